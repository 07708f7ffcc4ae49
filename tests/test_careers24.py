"""Career histories, twenty-fourth round: steps told as moves ("hai năm sau đó giữ chức X", "Sau
khi đi luân chuyển làm X, năm 2008 ông trở về làm Y", "được điều động từ <body> về làm X") and a
career that "bắt đầu là" an unread first step.

The sentences are our own, written in the shape of corpus biographies.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_a_later_clause_opened_by_a_time_step_gives_its_post_to_the_subject_as_former():
    got = facts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh. Từ năm 1990 đến 1994, ông là Phó bí thư "
                "Tỉnh đoàn Long An, hai năm sau đó giữ chức Bí thư Tỉnh đoàn Long An.")
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh đoàn Long An", "former", "", "") in got


def test_a_sau_khi_move_and_the_move_after_it_are_the_named_subjects_and_former():
    got = facts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh. Sau khi đi luân chuyển làm Bí thư Huyện ủy "
                "Cần Đước, năm 2010 ông trở về làm Phó Bí thư Tỉnh ủy Long An.")
    assert ("Lê Văn Tâm", "Bí thư", "Huyện ủy Cần Đước", "former", "", "") in got  # 2010 is the next step's
    assert ("Lê Văn Tâm", "Phó Bí thư", "Tỉnh ủy Long An", "former", "2010", "") in got


def test_a_move_from_a_body_gives_the_post_it_leads_to():
    got = facts("Tháng trước, ông Trần Văn Hòa được điều động từ Văn phòng UBND tỉnh về làm Chủ tịch UBND "
                "huyện Đức Hòa.")
    assert ("Trần Văn Hòa", "Chủ tịch", "UBND huyện Đức Hòa", "appointed", "", "") in got


def test_a_career_that_begins_with_an_unread_step_goes_on_after_roi():
    got = facts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh. Ông Tâm bắt đầu là giáo viên rồi Bí thư "
                "Huyện đoàn Cần Đước.")
    assert ("Lê Văn Tâm", "Bí thư", "Huyện đoàn Cần Đước", "former", "", "") in got


def test_a_move_word_after_an_object_is_no_step_of_the_subject():
    # "điều động ông B về làm X": B's post (the linker's), never the sentence subject's
    got = facts("Ông Lê Văn Tâm cho biết tỉnh sẽ điều động ông Nguyễn Văn Bình về làm Giám đốc Sở Y tế.")
    assert not any(f[0] == "Lê Văn Tâm" and f[1] == "Giám đốc" for f in got)


def test_a_move_without_a_step_nor_a_move_word_is_not_read():
    got = facts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh. Bà Hoa cho rằng, làm Giám đốc Sở Y tế rất khó.")
    assert not any(f[1] == "Giám đốc" for f in got)


def test_a_career_list_may_open_with_several_unread_items():
    # "cán bộ Đội X" and "Phó Đội trưởng Đội X" are not read; the list goes on to the title after them
    got = facts("Ông Ngô Văn Châu lần lượt giữ các chức vụ cán bộ Đội An ninh, Phó Đội trưởng Đội An ninh; "
                "Phó Trưởng Công an quận 8.")
    assert ("Ngô Văn Châu", "Phó Trưởng", "Công an quận 8", "former", "", "") in got


def test_an_unread_first_item_with_no_title_after_it_opens_no_list():
    got = facts("Ông Ngô Văn Châu lần lượt giữ các chức vụ cán bộ Đội An ninh, đội phó. Phó Trưởng Công an quận 8 "
                "Lê Văn Bảy dự họp.")
    assert not any(f[0] == "Ngô Văn Châu" for f in got)


def test_a_move_after_thi_is_the_subjects():
    got = facts("Ông Nguyễn Văn Nhân khi đang giữ chức Chủ tịch Hội Nông dân thì được phân công về làm Bí thư "
                "Tỉnh ủy Long An.")
    assert ("Nguyễn Văn Nhân", "Bí thư", "Tỉnh ủy Long An", "appointed", "", "") in got


def test_a_move_whose_post_is_held_to_this_day_holds():
    got = facts("Ông Lê Văn Tâm từng là Phó Giám đốc Sở Tài chính, hai năm sau được điều động về làm Giám đốc "
                "Sở Xây dựng và giữ chức này đến nay.")
    assert ("Lê Văn Tâm", "Giám đốc", "Sở Xây dựng", "holds", "", "") in got
    assert ("Lê Văn Tâm", "Phó Giám đốc", "Sở Tài chính", "former", "", "") in got


def test_a_move_told_with_no_date_in_a_biography_is_former():
    got = facts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh. Sau 3 năm công tác tại Công ty Điện lực, ông "
                "chuyển lên làm Giám đốc Sở Công Thương tỉnh Long An.")
    assert ("Lê Văn Tâm", "Giám đốc", "Sở Công Thương tỉnh Long An", "former", "", "") in got


def test_a_step_fronting_the_sentence_dates_the_first_post_after_it_only():
    got = facts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh. Từ năm 1994, ông chuyển công tác sang UBND "
                "tỉnh, làm Chánh Văn phòng UBND tỉnh Long An, rồi làm Giám đốc Sở Tài chính tỉnh Long An.")
    assert ("Lê Văn Tâm", "Giám đốc", "Sở Tài chính tỉnh Long An", "former", "", "") in got


def test_a_date_before_thi_may_start_a_post_still_held():
    # "đến tháng 6/2016 thì giữ chức X": no step of a move; the post is the linker's, held
    got = facts("Bí thư Đảng ủy xã Tân An Lê Văn Tâm được khen thưởng. Ông Lê Văn Tâm đã có 20 năm công tác tại "
                "UBND xã Tân An, đến tháng 6/2016 thì giữ chức Bí thư Đảng ủy xã Tân An.")
    assert not any(f[1] == "Bí thư" and f[3] == "former" for f in got)
