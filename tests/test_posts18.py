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


# a posting abroad after a role: "Đại sứ Việt Nam tại X" names countries, not a body


def test_an_ambassador_written_after_the_name_holds_the_role_alone():
    got = facts("Ông Hà Văn Khải, Đại sứ Việt Nam tại Nhật Bản, cho biết hai bên đã ký kết.")
    assert got == {("Hà Văn Khải", "Đại sứ", None, "holds")}


def test_an_ambassador_in_brackets_after_the_name():
    got = facts("Nhiều người đã tham gia, như ông Hà Văn Khải (đại sứ Việt Nam tại Mỹ), ông Lò Văn Tám "
                "(Thứ trưởng Bộ Ngoại giao).")
    assert ("Hà Văn Khải", "đại sứ", None, "holds") in got
    assert ("Lò Văn Tám", "Thứ trưởng", "Bộ Ngoại giao", "holds") in got


def test_an_appointed_ambassador():
    got = facts("Chủ tịch nước trao Quyết định bổ nhiệm ông Hà Văn Khải, Phó Tổng Giám đốc TTXVN làm Đại sứ "
                "Việt Nam tại Mexico.")
    assert ("Hà Văn Khải", "Đại sứ", None, "appointed") in got
    assert ("Hà Văn Khải", "Phó Tổng Giám đốc", "TTXVN", "holds") in got


def test_an_ambassador_before_the_name_starts_a_new_item_of_a_guest_list():
    got = facts("Dự lễ có đồng chí Hà Văn Khải - Chủ tịch UBND Thành phố Hồ Chí Minh; Đại sứ Việt Nam tại "
                "Trung Quốc Lò Văn Tám; các đồng chí khác.")
    assert got == {("Hà Văn Khải", "Chủ tịch", "UBND Thành phố Hồ Chí Minh", "holds"),
                   ("Lò Văn Tám", "Đại sứ", None, "holds")}
