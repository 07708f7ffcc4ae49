"""Posts on reports nobody tuned for (issue 15), seventeenth round: shapes read in mid16's misses.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

# a role that is a post by itself, written once with its body and once bare: one post


def test_a_bare_general_secretary_after_the_full_title_is_the_same_post():
    got = facts("Hội nghị giới thiệu đồng chí Hà Văn Khải, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản "
                "Việt Nam, để Quốc hội bầu. Bế mạc hội nghị, Tổng Bí thư Hà Văn Khải phát biểu.")
    assert got == {("Hà Văn Khải", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "holds")}


def test_a_bare_general_secretary_beside_a_past_term_is_kept():
    got = facts("Ông Hà Văn Khải, nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng, dự. Sau đó Tổng Bí thư "
                "Hà Văn Khải phát biểu.")
    assert got == {("Hà Văn Khải", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former"),
                   ("Hà Văn Khải", "Tổng Bí thư", None, "holds")}


# a career over a list of terms of a central body: the latest term written says whether it is past


def test_a_seat_over_a_list_of_assembly_terms_that_ended_is_former():
    got = facts("Năm 2017, ông Hà Văn Khải nghỉ hưu. Ông là Uỷ viên Trung ương Đảng khoá X, XI, XII; đại biểu "
                "Quốc hội khoá XI, XIII.")
    assert ("Hà Văn Khải", "đại biểu", "Quốc hội", "former") in got  # the khoá XIV began in 2016
    assert ("Hà Văn Khải", "Uỷ viên", "Trung ương Đảng", "holds") in got  # the khoá XII still ran


def test_a_term_list_goes_on_past_a_parenthesis():
    got = facts("Năm 2025, ông Hà Văn Khải là Ủy viên Trung ương Đảng khóa 12 (dự khuyết), 13, 14.")
    assert ("Hà Văn Khải", "Ủy viên", "Trung ương Đảng", "holds") in got


def test_a_term_end_year_is_no_date_of_an_undated_report():
    got = facts("Ông Hà Văn Khải, Uỷ viên dự khuyết Trung ương Đảng khoá XI, được bầu làm Bí thư Tỉnh ủy nhiệm "
                "kỳ 2015-2020. Ông sinh năm 1966.")
    assert ("Hà Văn Khải", "Uỷ viên dự khuyết", "Trung ương Đảng", "holds") in got


def test_a_seat_of_an_earlier_term_beside_a_later_term_held_is_former():
    got = facts("Ông Hà Văn Khải có học vị tiến sĩ; ông là Uỷ viên dự khuyết Ban Chấp hành Trung ương Đảng khoá "
                "XI; Uỷ viên Trung ương Đảng khoá XII.")
    assert got == {("Hà Văn Khải", "Uỷ viên dự khuyết", "Ban Chấp hành Trung ương Đảng", "former"),
                   ("Hà Văn Khải", "Uỷ viên", "Trung ương Đảng", "holds")}
    got = facts("Bà Lò Thị Mai là Chủ tịch Quốc hội khoá 14; đại biểu Quốc hội khoá 12, 13.")
    assert ("Lò Thị Mai", "đại biểu", "Quốc hội", "former") in got


# a negated election verb: the listed are not elected


def test_those_not_re_elected_into_a_body_are_not_its_members():
    assert facts("Các Ủy viên Bộ Chính trị khoá IX không tái cử vào Ban Chấp hành Trung ương mới: Hà Văn Khải, "
                 "Lò Văn Tám, Nguyễn Văn Hùng.") == set()
    assert facts("Ông Hà Văn Khải không được bầu vào Ban Thường vụ Tỉnh ủy.") == set()
    assert facts("Ông Hà Văn Khải được bầu vào Ban Thường vụ Tỉnh ủy.") == {
        ("Hà Văn Khải", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "appointed")}


# "Tổng cục trưởng Môi trường": the field names the body the role heads, up to the predicate


def test_a_head_role_with_its_field_before_a_predicate_has_the_body():
    got = facts("Ông Lò Văn Tám, nguyên Thứ trưởng Bộ Y tế, nguyên Tổng cục trưởng Dân số cùng chịu trách nhiệm.")
    assert ("Lò Văn Tám", "Tổng cục trưởng", "Tổng cục Dân số", "former") in got


# a body heading the list of its members: a count in brackets; the owner inside its name is no heading


def test_a_bodys_list_with_its_count_in_brackets_names_its_members():
    got = facts("Ủy ban Kiểm tra Trung ương Đảng khóa X (12 người): Hà Văn Khải, Lò Văn Tám, Nguyễn Văn Hùng.")
    assert got == {(n, "Ủy viên", "Ủy ban Kiểm tra Trung ương Đảng", "holds")
                   for n in ("Hà Văn Khải", "Lò Văn Tám", "Nguyễn Văn Hùng")}


def test_db_before_a_name_in_a_council_session_is_the_post_deputy_of_that_council():
    got = facts("Tại phiên chất vấn của HĐND thành phố, ĐB Hà Văn Khải (quận Ba Đình) hỏi Giám đốc Sở Y tế.")
    assert ("Hà Văn Khải", "Đại biểu", "HĐND thành phố", "holds") in got  # the session's council as written


# a plural subject whose clause ends in a list: "Các TITLE <predicate> gồm: A, B"


def test_a_plural_title_subject_listed_after_its_predicate_holds_the_title():
    got = facts("Các Ủy viên Bộ Chính trị khóa IX tiếp tục tham gia danh sách bầu cử BCH T.Ư khóa X gồm: Hà Văn "
                "Khải, Lò Văn Tám và Nguyễn Văn Hùng.")
    for n in ("Hà Văn Khải", "Lò Văn Tám", "Nguyễn Văn Hùng"):
        assert (n, "Ủy viên", "Bộ Chính trị", "holds") in got


def test_the_comrades_who_are_members_listed_after_a_colon_hold_the_title():
    got = facts("Đại tá Lò Thị Mai, Phó Bí thư Đảng ủy và các đồng chí là Ủy viên Ban Thường vụ Đảng ủy, Phó Giám "
                "đốc, gồm: Đại tá Hà Văn Khải, Đại tá Nguyễn Văn Hùng cùng chịu trách nhiệm.")
    assert ("Hà Văn Khải", "Ủy viên", "Ban Thường vụ Đảng ủy", "holds") in got
    assert ("Nguyễn Văn Hùng", "Ủy viên", "Ban Thường vụ Đảng ủy", "holds") in got


def test_a_plural_title_with_a_predicate_and_no_colon_lists_no_one():
    got = facts("Các Phó Chủ tịch UBND tỉnh đã họp với Sở Y tế và ông Hà Văn Khải, ông Lò Văn Tám.")
    assert not any(f[1] == "Phó Chủ tịch" for f in got)


def test_a_held_title_and_a_nomination_to_the_same_body_are_both_kept():
    got = facts("Các Bí thư Trung ương Đảng khóa IX tiếp tục tham gia danh sách bầu cử Ban Chấp hành Trung ương "
                "khóa X gồm: Hà Văn Khải, Lò Văn Tám.")
    assert ("Hà Văn Khải", "Bí thư", "Ban Chấp hành Trung ương Đảng", "holds") in got
    assert any(f[0] == "Hà Văn Khải" and f[1] == "Ủy viên" and f[3] == "nominated" for f in got)
