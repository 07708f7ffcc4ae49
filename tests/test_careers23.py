"""Career histories, twenty-third round: a profile box under a heading line naming its person
("Ông Nguyễn Văn A ⏎ Sinh năm 1965. Quê quán: ... Chức vụ đã đảm nhiệm: ...").

The sentences are our own, written in the shape of corpus profiles.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_a_profile_box_gives_its_labelled_posts_to_the_person_of_its_heading():
    got = facts("Ông Hoàng Văn Khải\nSinh năm 1965. Quê quán: huyện Kim Bảng, tỉnh "
                "Hà Nam. Trình độ: thạc sĩ kinh tế. Chức vụ đã đảm nhiệm: Phó Giám đốc Sở Tài chính; "
                "Giám đốc Sở Tài chính; Bí thư Huyện ủy Kim Bảng.\nHội nghị diễn ra trong một ngày.")
    assert got == {
        ("Hoàng Văn Khải", "Phó Giám đốc", "Sở Tài chính", "former", "", ""),
        ("Hoàng Văn Khải", "Giám đốc", "Sở Tài chính", "former", "", ""),
        ("Hoàng Văn Khải", "Bí thư", "Huyện ủy Kim Bảng", "former", "", ""),
    }


def test_the_posts_under_a_label_of_now_are_held():
    got = facts("Tiểu sử đồng chí Lò Văn Puốn\nSinh ngày 2/5/1968.\nQuê quán: xã Mường Chà.\nChức vụ hiện "
                "nay: Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Điện Biên.")
    assert ("Lò Văn Puốn", "Phó Bí thư", "Tỉnh ủy", "holds", "", "") in got
    assert ("Lò Văn Puốn", "Chủ tịch", "HĐND tỉnh Điện Biên", "holds", "", "") in got


def test_a_heading_naming_two_persons_binds_the_box_to_nobody():
    got = facts("Ông Hoàng Văn Khải và ông Trần Đức Lâm\nSinh năm 1965. Chức vụ đã đảm nhiệm: Giám đốc Sở "
                "Tài chính.")
    assert not any(f[1] == "Giám đốc" for f in got)


def test_a_box_must_open_with_the_birth_right_under_its_heading():
    # a story line between the heading and the box: the heading is no box's
    got = facts("Ông Hoàng Văn Khải\nHội nghị đã bầu các chức danh chủ chốt.\nChức vụ đã đảm nhiệm: Giám đốc "
                "Sở Tài chính.")
    assert not any(f[0] == "Hoàng Văn Khải" and f[1] == "Giám đốc" for f in got)


def test_a_label_inside_a_sentence_opens_no_list():
    got = facts("Ông Hoàng Văn Khải\nSinh năm 1965. Ông nói về chức vụ đã đảm nhiệm: Giám đốc Sở Tài chính.")
    assert not any(f[1] == "Giám đốc" for f in got)


def test_da_over_a_list_of_posts_tells_a_career_as_tung_does():
    got = facts("Ông Nguyễn Văn Thạch sinh ngày 5/3/1962, tại xã Tiêu Động, huyện Bình Lục. Ông đã đảm nhiệm "
                "các chức vụ Giám đốc Sở Xây dựng, Bí thư Huyện ủy Bình Lục.")
    assert got == {
        ("Nguyễn Văn Thạch", "Giám đốc", "Sở Xây dựng", "former", "", ""),
        ("Nguyễn Văn Thạch", "Bí thư", "Huyện ủy Bình Lục", "former", "", ""),
    }


def test_a_period_in_brackets_after_a_title_dates_that_title_only():
    got = facts("Ông Nguyễn Văn Hải, Giám đốc Sở Tài chính (2010-2015), nay là Phó Chủ tịch UBND tỉnh Hà Nam.")
    assert got == {
        ("Nguyễn Văn Hải", "Giám đốc", "Sở Tài chính", "former", "2010", "2015"),
        ("Nguyễn Văn Hải", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds", "", ""),
    }
    got = facts("Ông Trần Văn Lộc - nguyên bí thư Tỉnh ủy nhiệm kỳ 2010-2015 (đến tháng 2-2015), chủ tịch HĐND "
                "tỉnh Hà Nam nhiệm kỳ 2011-2016.")
    assert not any(f[1] == "chủ tịch" and f[4] for f in got)


def test_a_period_in_brackets_after_a_term_still_dates_the_clause_it_opens():
    got = facts("Trong nhiệm kỳ Quốc hội khóa XIII (2011-2016) ông Nguyễn Văn Hải giữ chức Bộ trưởng Bộ Tài chính.")
    assert got == {("Nguyễn Văn Hải", "Bộ trưởng", "Bộ Tài chính", "former", "2011", "2016")}


def test_a_year_opening_the_text_is_read_as_a_time_expression():
    got = facts("Năm 2010, ông Nguyễn Văn Hải được bầu làm Bí thư Huyện ủy Kim Bảng.")
    assert got == {("Nguyễn Văn Hải", "Bí thư", "Huyện ủy Kim Bảng", "appointed", "2010", "")}


def test_a_box_line_opening_with_titles_gives_them_to_the_heading():
    got = facts("Ông Lê Thành Đạt\nSinh năm 1965. Quê quán: huyện Lý Nhân.\nPhó Bí thư Tỉnh ủy, Chủ tịch HĐND "
                "tỉnh Hà Nam.")
    assert got == {
        ("Lê Thành Đạt", "Phó Bí thư", "Tỉnh ủy", "holds", "", ""),
        ("Lê Thành Đạt", "Chủ tịch", "HĐND tỉnh Hà Nam", "holds", "", ""),
    }


def test_a_profile_under_a_heading_lists_its_posts_after_the_birth():
    got = facts("Ông Lê Thành Đạt\nSinh năm 1965, quê huyện Lý Nhân; Ủy viên Trung ương Đảng, Phó Chủ tịch "
                "UBND tỉnh Hà Nam.\nHội nghị kết thúc.")
    assert got == {
        ("Lê Thành Đạt", "Ủy viên", "Trung ương Đảng", "holds", "", ""),
        ("Lê Thành Đạt", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds", "", ""),
    }


def test_a_title_opening_a_sentence_after_a_birth_in_a_story_is_not_the_born_persons():
    got = facts("Ông Lê Thành Đạt sinh năm 1965, quê Hà Nam. Chủ tịch UBND tỉnh Nguyễn Văn Bình cho biết tình hình.")
    assert got == {("Nguyễn Văn Bình", "Chủ tịch", "UBND tỉnh", "holds", "", "")}
