"""Careers, thirty-ninth round (second wave): a negotiating team is a body. "trưởng đoàn đàm phán của X", at a
peace conference or in a company's talks, is the head of the team, as an inspection team's head is
(tests/gold/README.md, thirty-sixth round: the team is listed as an organization, its head holds
"Trưởng đoàn"); before the team was a body, the person had no post at all.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_company_negotiating_teams_head_holds_the_head_of_the_team():
    got = facts("Tại buổi làm việc, ông Trần Văn Nam, trưởng đoàn đàm phán của Tổng công ty Sông Hồng, khẳng "
                "định công ty ủng hộ phương án chuyển giao.")
    assert got == {("Trần Văn Nam", "trưởng", "đoàn đàm phán của Tổng công ty Sông Hồng", "holds")}


def test_a_capitalised_team_after_la_is_read_the_same():
    got = facts("Bà Lê Thị Mai là Trưởng đoàn đàm phán của Bộ Công Thương tại vòng đàm phán thứ ba.")
    assert got == {("Lê Thị Mai", "Trưởng", "đoàn đàm phán của Bộ Công Thương", "holds")}


def test_the_provisional_governments_team_is_read_with_its_whole_owner():
    got = facts("Năm 1970, bà Hoàng Thị Lan là phó trưởng đoàn đàm phán của Chính phủ Cách mạng Lâm thời Cộng hòa "
                "miền Nam Việt Nam.")
    assert {(p, r, b) for p, r, b, _ in got} == {
        ("Hoàng Thị Lan", "phó trưởng", "đoàn đàm phán của Chính phủ Cách mạng Lâm thời Cộng hòa miền Nam Việt Nam")}
