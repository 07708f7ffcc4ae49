"""Posts missed where a person's titles go on past something that is no read title (issue 15):
a rank or an item whose body is not read inside a career list, a term of office inside a
predicate's titles, an apposition's first item whose body is not read.

The sentences are our own, written in the shape of corpus biographies and disciplinary reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_rank_and_an_unread_item_do_not_end_a_career_list():
    got = facts("Đồng chí Lê Văn Tâm đã kinh qua nhiều cương vị, tiêu biểu là: Bí thư Tỉnh ủy Hà Tây; "
                "Thiếu tướng Quân đội nhân dân Việt Nam, Chính ủy Mặt trận Đường 9; Thứ trưởng Bộ "
                "Công an; Bộ trưởng Bộ Giao thông - Vận tải.")
    assert got == {
        ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Hà Tây", "former"),
        ("Lê Văn Tâm", "Thứ trưởng", "Bộ Công an", "former"),
        ("Lê Văn Tâm", "Bộ trưởng", "Bộ Giao thông - Vận tải", "former"),
    }


def test_a_numbered_unit_inside_a_career_list_is_read():
    # 'Đoàn' + a number is a unit (organizations.tsv), so the item is read, and the list goes on
    got = facts("Đồng chí Lê Văn Tâm đã kinh qua nhiều cương vị, tiêu biểu là: Bí thư Tỉnh ủy Hà Tây; "
                "Thiếu tướng Quân đội nhân dân Việt Nam, Tư lệnh kiêm Chính ủy Đoàn 379; Thứ trưởng Bộ "
                "Công an.")
    assert got == {
        ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Hà Tây", "former"),
        ("Lê Văn Tâm", "Tư lệnh", "Đoàn 379", "former"),
        ("Lê Văn Tâm", "Chính ủy", "Đoàn 379", "former"),
        ("Lê Văn Tâm", "Thứ trưởng", "Bộ Công an", "former"),
    }


def test_a_long_unread_item_does_not_end_a_career_list():
    got = facts("Ông Trần Văn Bình từng giữ các chức vụ: Bí thư Tỉnh ủy Hà Tây, Bí thư liên tỉnh Hà Nội - "
                "Hà Tây - Sơn Tây - Hòa Bình; Thứ trưởng Bộ Tài chính.")
    assert ("Trần Văn Bình", "Thứ trưởng", "Bộ Tài chính", "former") in got


def test_a_rank_alone_does_not_make_a_career_list():
    # a rank opens no list: only the titles a cue opens are the career's
    got = facts("Ông Trần Văn Bình từng giữ chức Giám đốc Sở Tài chính. Thiếu tướng Lê Văn Tâm, Phó Tư lệnh "
                "Quân khu 4, phát biểu.")
    assert ("Trần Văn Bình", "Giám đốc", "Sở Tài chính", "former") in got
    assert ("Lê Văn Tâm", "Phó Tư lệnh", "Quân khu 4", "holds") in got
    assert not any(f[0] == "Trần Văn Bình" and f[1] == "Phó Tư lệnh" for f in got)


def test_a_term_of_office_inside_a_predicates_titles():
    got = facts("Trách nhiệm thuộc về ông Lê Văn Tâm trong thời gian giữ cương vị Phó Bí thư Tỉnh ủy, Chủ "
                "tịch UBND tỉnh nhiệm kỳ 2011-2016, Phó Chủ tịch UBND tỉnh kiêm Trưởng ban Quản lý Khu "
                "kinh tế (2008-2010).")
    assert got == {
        ("Lê Văn Tâm", "Phó Bí thư", "Tỉnh ủy", "former"),
        ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh", "former"),
        ("Lê Văn Tâm", "Phó Chủ tịch", "UBND tỉnh", "former"),
        ("Lê Văn Tâm", "Trưởng", "ban Quản lý Khu kinh tế", "former"),
    }


def test_bracketed_periods_inside_a_predicates_titles():
    got = facts("Ông Lê Văn Tâm trong thời gian giữ chức Phó Chủ tịch UBND tỉnh (2008-2010), Chủ tịch UBND "
                "tỉnh (2010-2015) đã để xảy ra sai phạm.")
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "UBND tỉnh", "former") in got
    assert ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh", "former") in got


def test_an_apposition_goes_on_past_a_first_item_whose_body_is_not_read():
    got = facts("Bị cảnh cáo là ông Lê Văn Tâm, phó trưởng Ban đổi mới doanh nghiệp, nguyên bí thư chi bộ, "
                "vụ trưởng Vụ Pháp chế, Văn phòng Chính phủ.")
    assert ("Lê Văn Tâm", "bí thư", "chi bộ", "former") in got
    assert ("Lê Văn Tâm", "vụ trưởng", "Vụ Pháp chế", "former") in got


def test_an_unread_first_item_never_spans_another_person():
    got = facts("Bổ nhiệm ông Lê Văn Tâm, Thư ký đồng chí Trần Văn Bình, Phó Thủ tướng Chính phủ.")
    # Tâm holds only the aide's post, with no body (tests/test_officials_aides21.py), never Bình's title
    assert {f for f in got if f[0] == "Lê Văn Tâm"} == {("Lê Văn Tâm", "Thư ký", None, "holds")}
    got = facts("Hai ông Lê Văn Tâm, Tổng Giám đốc và Trần Văn Bình, nguyên Tổng Giám đốc Tổng công ty Hóa "
                "chất bị kiểm điểm.")
    assert not any(f[0] == "Lê Văn Tâm" for f in got)


def test_a_semicolon_after_a_term_inside_a_predicates_titles():
    got = facts("Sai phạm xảy ra khi ông Lê Văn Tâm giữ cương vị Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016; Phó "
                "Chủ tịch UBND tỉnh (2008-2010).")
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "UBND tỉnh", "former") in got
    # the title before the next name after ";" stays that name's
    got = facts("Ông Lê Văn Tâm giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016; Phó Chủ tịch UBND tỉnh Trần "
                "Văn Bình phát biểu.")
    assert ("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "holds") in got
    assert not any(f[0] == "Lê Văn Tâm" and f[1] == "Phó Chủ tịch" for f in got)


def test_a_move_to_a_place_between_the_person_and_the_verb():
    got = facts("Ông Trần Văn Bình sinh năm 1950. Năm 1995, ông ra Trung ương làm Thứ trưởng Bộ Công an.")
    assert {f[:3] for f in got} == {("Trần Văn Bình", "Thứ trưởng", "Bộ Công an")}
    got = facts("Năm 2010, ông Trần Văn Bình được điều động về tỉnh làm Phó Chủ tịch UBND tỉnh Lào Cai.")
    assert ("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh Lào Cai", "appointed") in got
    got = facts("Ông Trần Văn Bình về Hà Nội giữ chức Phó Bí thư Thành ủy.")
    assert {f[:3] for f in got} == {("Trần Văn Bình", "Phó Bí thư", "Thành ủy")}


def test_a_move_without_a_linking_verb_gives_no_post():
    got = facts("Ông Trần Văn Bình về Hà Nội dự họp với Bộ trưởng Bộ Công an.")
    assert not any(f[0] == "Trần Văn Bình" for f in got)


def test_a_clause_that_opens_with_a_move_still_gives_its_post():
    # the move words of a subjectless clause ("đi làm", "ra Trung ương làm") are not the move cues
    # read between a name and its verb: both rules hold together
    got = facts("Ông Lê Văn Tâm (thời điểm luân chuyển là Thứ trưởng Bộ Xây dựng, đi làm Phó Bí thư Tỉnh ủy "
                "Kiên Giang), hiện giữ chức Bí thư Tỉnh ủy Kiên Giang.")
    # (a rotation of years before, then "hiện giữ chức": the post rotated to is held no more, see
    # test_officials_posts23.py)
    assert ("Lê Văn Tâm", "Phó Bí thư", "Tỉnh ủy Kiên Giang", "former") in got


def test_posts_by_themselves_after_cua_name_one_holder():
    got = facts("Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư, Chủ tịch nước Trần Văn Bình.")
    assert {f[:3] for f in got} == {("Trần Văn Bình", "Tổng Bí thư", None), ("Trần Văn Bình", "Chủ tịch nước", None)}
    # a title with a body after "của" is still another holder's
    got = facts("Theo đề nghị của Chủ tịch nước, Bí thư Tỉnh ủy Trần Văn Bình đã ký.")
    assert {f[:3] for f in got} == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy")}
