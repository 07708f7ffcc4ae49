"""A plural title opening a list whose items each write that role with their own body gives each item
its own title, with the plural's status, and not the plural title besides (wtune32 causes, section 2).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_each_item_names_the_office_the_plural_title_gives():
    got = facts("Hội đồng nhân dân tỉnh đã bầu các Trưởng ban của HĐND tỉnh gồm: ông Vũ Đình Toàn - Trưởng Ban "
                "Dân tộc; bà Lưu Thị Nga - Trưởng Ban Pháp chế.")
    assert got == {("Vũ Đình Toàn", "Trưởng", "Ban Dân tộc", "appointed"),
                   ("Lưu Thị Nga", "Trưởng", "Ban Pháp chế", "appointed")}


def test_items_without_their_own_title_keep_the_plural_title():
    got = facts("Hội đồng nhân dân tỉnh đã bầu các Phó Chủ tịch UBND tỉnh gồm: ông Vũ Đình Toàn, bà Lưu Thị Nga.")
    assert got == {("Vũ Đình Toàn", "Phó Chủ tịch", "UBND tỉnh", "appointed"),
                   ("Lưu Thị Nga", "Phó Chủ tịch", "UBND tỉnh", "appointed")}
