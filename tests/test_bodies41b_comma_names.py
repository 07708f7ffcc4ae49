"""Bodies, forty-first round: a comma inside a body's name. A body named for a list of fields writes
them "X, Y và Z" in lower case after its head, and a unit named for a pair of acts writes "A, B"
(``name_joins.tsv``: "thẩm định, đánh giá", "hòa giải, đối thoại"); the name goes on past the comma
after a title whose first word is the body's head ("Viện trưởng Viện ...", "Cục trưởng ..."). A comma
before a person, a title or a clause still ends the name.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_lower_case_list_of_fields_closed_by_va_stays_in_the_institute_name_a_comma_before_a_person_ends_it():
    got = facts("Ông Lò Văn Thiết, Viện trưởng Viện nghiên cứu văn hóa, giáo dục và du lịch, tự ứng cử tại Điện Biên.")
    assert got == {("Lò Văn Thiết", "Viện trưởng", "Viện nghiên cứu văn hóa, giáo dục và du lịch", "holds")}
    # a comma before another person or a clause still ends the name
    assert facts("Ông Lò Văn Thiết, Viện trưởng Viện nghiên cứu văn hóa, ông Lò Văn Hai, Phó Viện trưởng.") >= \
        {("Lò Văn Thiết", "Viện trưởng", "Viện nghiên cứu văn hóa", "holds")}
    got = facts("Ông Lò Văn Thiết, Viện trưởng Viện nghiên cứu văn hóa, đã phát biểu và trao đổi với cử tri.")
    assert got == {("Lò Văn Thiết", "Viện trưởng", "Viện nghiên cứu văn hóa", "holds")}


def test_a_pair_of_acts_after_the_bare_head_title_stays_in_the_department_name():
    got = facts("Trong thời gian giữ chức vụ Cục trưởng Thẩm định, đánh giá chất lượng công trình, ông Lò Văn Thiết "
                "đã thiếu trách nhiệm.")
    assert got == {("Lò Văn Thiết", "Cục trưởng", "Cục Thẩm định, đánh giá chất lượng công trình", "former")}
    # "và" before another person's honorific ends the name
    got = facts("Ông Lò Văn Thiết, Cục trưởng Thẩm định, đánh giá chất lượng công trình và ông Lò Văn Hai đã bị "
                "kỷ luật.")
    assert ("Lò Văn Thiết", "Cục trưởng", "Cục Thẩm định, đánh giá chất lượng công trình", "holds") in got


def test_a_steering_board_named_for_a_pair_of_acts_keeps_both_and_its_province():
    got = facts("Ông Lò Văn Thiết được giao làm Trưởng ban Chỉ đạo hòa giải, đối thoại tỉnh Điện Biên.")
    assert {(p, t, b) for p, t, b, _ in got} == \
        {("Lò Văn Thiết", "Trưởng", "ban Chỉ đạo hòa giải, đối thoại tỉnh Điện Biên")}

