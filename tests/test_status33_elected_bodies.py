"""A congress that elects a body as the object of its verb ("bầu Ban Thường vụ ...", no "vào") makes the members
listed under that body's heading elected now (loaders/extract/elected_lists.py).

The sentences are our own, written in the shape of provincial congress reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract

_ROSTER = ("Ban Thường vụ Tỉnh ủy khóa XX gồm 13 đồng chí: đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy; đồng chí Trần Văn "
           "Hòa, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Lan, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Phạm Quốc Bảo, "
           "Giám đốc Công an tỉnh.\n")


def members(text: str) -> dict[str, str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin đại hội\n" + text, encoding="utf-8")
    return {p.person.name: p.status for p in extract(report).posts
            if p.role.lower() in ("ủy viên", "uỷ viên") and p.org is not None and "Thường vụ" in p.org.name}


_ALL_ELECTED = {"Lê Văn Tâm": "appointed", "Trần Văn Hòa": "appointed", "Nguyễn Thị Lan": "appointed",
                "Phạm Quốc Bảo": "appointed"}


def test_a_body_listed_second_among_the_bodies_a_congress_elected_with_their_counts():
    got = members("Đại hội Đảng bộ tỉnh Bình Sơn lần thứ XX đã bế mạc. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh "
                  "khóa XX gồm 50 đồng chí, Ban Thường vụ Tỉnh ủy gồm 13 đồng chí.\n" + _ROSTER)
    assert got == _ALL_ELECTED


def test_a_first_sitting_that_elects_the_standing_committee():
    got = members("Ngay sau bế mạc, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu Ban Thường vụ, "
                  "Bí thư và các Phó Bí thư Tỉnh ủy.\n" + _ROSTER)
    assert got == _ALL_ELECTED


def test_a_body_named_without_an_election_keeps_its_roster_held():
    got = members("Ban Thường vụ Tỉnh ủy đã họp phiên thường kỳ tháng 9.\n" + _ROSTER)
    assert set(got.values()) == {"holds"}


def test_a_body_not_elected_keeps_its_roster_held():
    got = members("Đại hội không bầu Ban Thường vụ Tỉnh ủy mới tại phiên này.\n" + _ROSTER)
    assert set(got.values()) == {"holds"}
