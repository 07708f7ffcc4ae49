"""Posts on reports nobody tuned for (issue 15), eighteenth round: shapes read in the pooled misses
of mid14-mid17.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

# a plural title, then "như" and the names it names: each holds the title


def test_a_plural_title_gives_itself_to_the_names_after_nhu():
    got = facts("Các đại biểu HĐND tỉnh Lai Châu như Hà Văn Khải, Phó ban Pháp chế HĐND tỉnh; Lò Văn Tám, "
                "Giám đốc Sở Xây dựng cũng đưa ra ý kiến.")
    assert got == {("Hà Văn Khải", "đại biểu", "HĐND tỉnh Lai Châu", "holds"),
                   ("Hà Văn Khải", "Phó", "ban Pháp chế HĐND tỉnh", "holds"),
                   ("Lò Văn Tám", "đại biểu", "HĐND tỉnh Lai Châu", "holds"),
                   ("Lò Văn Tám", "Giám đốc", "Sở Xây dựng", "holds")}


def test_a_former_title_gives_itself_to_the_names_after_nhu():
    got = facts("Trung ương đã xử lý một loạt đồng chí nguyên Ủy viên Trung ương như đồng chí Hà Văn Khải, "
                "Lò Văn Tám, sắp tới còn nữa.")
    assert ("Hà Văn Khải", "Ủy viên", "Trung ương", "former") in got
    assert ("Lò Văn Tám", "Ủy viên", "Trung ương", "former") in got


def test_nguyen_la_after_the_form_of_address_makes_the_listed_holders_former():
    got = facts("Trước đó đã xử lý các đồng chí nguyên là Ủy viên Trung ương như Hà Văn Khải, Lò Văn Tám, "
                "Nguyễn Văn Hùng.")
    assert {f for f in got if f[1] == "Ủy viên"} == {
        ("Hà Văn Khải", "Ủy viên", "Trung ương", "former"),
        ("Lò Văn Tám", "Ủy viên", "Trung ương", "former"),
        ("Nguyễn Văn Hùng", "Ủy viên", "Trung ương", "former")}


def test_a_single_title_before_nhu_is_no_list():
    got = facts("Bí thư Tỉnh ủy Lai Châu như ông Hà Văn Khải đã nói, cần làm rõ.")
    assert not any(f[0] == "Hà Văn Khải" and f[1] == "Bí thư" for f in got)
