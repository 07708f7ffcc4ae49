""""Đồng" is a form of address only with "chí" after it ("đồng chí"); before a capitalised word it is a family
name, and a list that names "Đồng X Y" goes on through it (``lists.address_word_at``)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_family_name_dong_inside_a_list_after_a_colon() -> None:
    got = facts("Các Phó Bí thư Tỉnh đoàn Nam Định: Khúc Văn Lâm, Đồng Thị Huệ và Ninh Quang Vũ cùng dự lễ.")
    for name in ("Khúc Văn Lâm", "Đồng Thị Huệ", "Ninh Quang Vũ"):
        assert (name, "Phó Bí thư", "Tỉnh đoàn Nam Định", "holds") in got


def test_family_name_dong_in_a_list_after_gom() -> None:
    got = facts("Ban Thường vụ Huyện uỷ gồm các ông bà: Mai Đức Thọ, Đồng Quang Vịnh và Lục Thị Xuyến.")
    for name in ("Mai Đức Thọ", "Đồng Quang Vịnh", "Lục Thị Xuyến"):
        assert (name, "Ủy viên", "Ban Thường vụ Huyện uỷ", "holds") in got


def test_dong_chi_still_opens_an_item_of_a_list() -> None:
    got = facts("Cùng dự có các đồng chí: Mai Đức Thọ, Bí thư Huyện ủy; đồng chí Lục Thị Xuyến, Chủ tịch UBND huyện.")
    assert ("Mai Đức Thọ", "Bí thư", "Huyện ủy", "holds") in got
    assert ("Lục Thị Xuyến", "Chủ tịch", "UBND huyện", "holds") in got
