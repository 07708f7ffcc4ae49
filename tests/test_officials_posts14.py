"""Posts on reports nobody tuned for (issue 15), fourteenth round: shapes counted in random reads.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_standing_board_written_alone_does_not_end_the_titles():
    # (thirty-fourth round: the board written alone is also the seat "Ủy viên" of it, as the shared
    # gold README writes "Ủy viên Ban Thường vụ Tỉnh ủy"; see tests/test_officials34_seats.py)
    got = facts("Ông Lò Văn Tám, Ủy viên dự khuyết Trung ương Đảng, Thường vụ Tỉnh ủy, Trưởng ban Dân vận "
                "Tỉnh ủy Lai Châu phát biểu tại hội nghị.")
    assert got == {("Lò Văn Tám", "Trưởng", "ban Dân vận Tỉnh ủy Lai Châu", "holds"),
                   ("Lò Văn Tám", "Ủy viên dự khuyết", "Trung ương Đảng", "holds"),
                   ("Lò Văn Tám", "Ủy viên", "Thường vụ Tỉnh ủy", "holds")}


def test_a_standing_board_right_after_the_name():
    got = facts("Ông Lò Văn Tám, Thường vụ Thành ủy, Bí thư Quận ủy Ninh Kiều đã dự buổi lễ.")
    assert got == {("Lò Văn Tám", "Bí thư", "Quận ủy Ninh Kiều", "holds"),
                   ("Lò Văn Tám", "Ủy viên", "Thường vụ Thành ủy", "holds")}


def test_a_body_alone_before_a_name_is_no_title_of_the_one_before():
    # the next item is another person, not a title: the list of the first one ends at the body
    got = facts("Dự buổi làm việc có ông Lò Văn Tám, Giám đốc Sở Tài chính, Công an tỉnh Lai Châu, "
                "Nguyễn Văn Hùng và các sở, ngành.")
    assert ("Lò Văn Tám", "Giám đốc", "Sở Tài chính", "holds") in got
    assert not any(f[0] == "Nguyễn Văn Hùng" for f in got)


def test_an_assistant_of_a_leader_holds_the_whole_phrase():
    got = facts("Cùng đi có ông Hồ Văn Nghị, Ủy viên Trung ương Đảng, Trợ lý Tổng Bí thư; "
                "ông Đỗ Văn Tá, Bộ trưởng Bộ Tư pháp.")
    assert ("Hồ Văn Nghị", "Trợ lý Tổng Bí thư", None, "holds") in got
    assert ("Đỗ Văn Tá", "Bộ trưởng", "Bộ Tư pháp", "holds") in got


def test_the_leader_named_after_his_own_title_is_not_the_assistant():
    got = facts("Tổng Bí thư Nguyễn Văn Trọng tiếp đoàn đại biểu tỉnh Lai Châu.")
    assert got == {("Nguyễn Văn Trọng", "Tổng Bí thư", None, "holds")}


def test_a_director_named_with_his_departments_name_alone():
    got = facts("Ông Lê Văn Hạnh, Cục trưởng Kiểm soát hoạt động khoáng sản, đã thiếu trách nhiệm.")
    assert got == {("Lê Văn Hạnh", "Cục trưởng", "Cục Kiểm soát hoạt động khoáng sản", "holds")}


def test_the_departments_name_ends_before_the_persons_name():
    got = facts("Bộ đã đình chỉ chức vụ Cục trưởng Hàng hải Nguyễn Văn Tuấn vì phát ngôn thiếu trách nhiệm.")
    assert got == {("Nguyễn Văn Tuấn", "Cục trưởng", "Cục Hàng hải", "holds")}


def test_an_acronym_takes_only_the_capitals_after_it():
    got = facts("Ông Lê Văn Hạnh, Bí thư Đảng ủy, Cục trưởng THADS Nam Định chúc mừng các đảng viên mới.")
    assert ("Lê Văn Hạnh", "Cục trưởng", "Cục THADS Nam Định", "holds") in got


def test_a_head_written_again_before_a_lower_case_name():
    got = facts("Bà Lê Thị Hạnh, Phó vụ trưởng Vụ tổ chức cán bộ, Văn phòng Quốc hội.")
    assert got == {("Lê Thị Hạnh", "Phó vụ trưởng", "Vụ tổ chức cán bộ", "holds")}


def test_a_name_running_into_a_verb_is_not_read():
    # no mark, name, stop word or verb of saying ends "Kiểm soát tham dự hội nghị": not read
    got = facts("Ông Lê Văn Hạnh, Cục trưởng Kiểm soát tham dự hội nghị.")
    assert not any(f[2] and f[2].startswith("Cục Kiểm") for f in got)


def test_a_verb_of_saying_ends_the_departments_name():
    got = facts("Cục trưởng Hàng hải Nguyễn Văn Tuấn cho biết. Ông Lê Văn Hạnh, Cục trưởng Kiểm lâm "
                "cho biết sẽ kiểm tra.")
    assert ("Lê Văn Hạnh", "Cục trưởng", "Cục Kiểm lâm", "holds") in got


def test_a_place_after_the_term_of_the_last_body_is_still_the_title():
    got = facts("Theo quyết định, đồng chí Lò Văn Tám, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa XIV "
                "tỉnh Lai Châu thôi giữ chức Bí thư Tỉnh ủy Lai Châu để nhận nhiệm vụ mới.")
    assert ("Lò Văn Tám", "Bí thư", "Tỉnh ủy Lai Châu", "left") in got


def test_a_place_after_the_term_before_the_verb_that_elects():
    got = facts("Trung ương bầu ông Lò Văn Tám, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa XIV "
                "tỉnh Lai Châu giữ chức Ủy viên Ủy ban Kiểm tra Trung ương.")
    assert ("Lò Văn Tám", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "appointed") in got
