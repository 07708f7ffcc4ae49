"""Officials, forty-first round: names kg did not read.

- "Xa" is a family name of the Tày and Thái (surnames.txt): "Xa Văn Tiến, Phó Chủ tịch HĐND tỉnh Hòa Bình".
- A foreign name opening a later item of a list parted by ";", "NAME, TITLE" ("Phía Lào có các đồng chí A,
  Bí thư Tỉnh ủy X; B, Bí thư Tỉnh ủy Y"): the first is read after "đồng chí", the second by the item's shape.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_xa_is_a_family_name():
    got = facts("Các đồng chí Nguyễn Thị Lan, Phó Chủ tịch HĐND tỉnh Sơn La và Xa Văn Tiến, Phó Chủ tịch HĐND tỉnh "
                "Hòa Bình dự hội nghị.")
    assert ("Xa Văn Tiến", "Phó Chủ tịch", "HĐND tỉnh Hòa Bình", "holds") in got


def test_a_foreign_name_opening_the_second_item_of_a_list_is_read():
    got = facts("Phía Lào có các đồng chí Khamphanh Phommathat, Bí thư Tỉnh ủy Savannakhet; Bounchan Sinthavong, "
                "Bí thư Tỉnh ủy Champasak.")
    assert got == {("Khamphanh Phommathat", "Bí thư", "Tỉnh ủy Savannakhet", "holds"),
                   ("Bounchan Sinthavong", "Bí thư", "Tỉnh ủy Champasak", "holds")}
