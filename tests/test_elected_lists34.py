"""The members listed under a body's heading after the report tells their election into it are elected now
(loaders/extract/elected_lists.py).

The sentences are our own, written in the shape of congress reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract

_LIST = ("Danh sách Ban Thường vụ Tỉnh ủy khóa XIX:\n1- Lê Văn Tâm - Bí thư Tỉnh ủy\n2- Trần Văn Hòa - Phó Bí thư "
         "Tỉnh ủy\n3- Nguyễn Thị Lan - Trưởng Ban Tổ chức Tỉnh ủy\n")


def members(text: str) -> dict[str, str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin đại hội\n" + text, encoding="utf-8")
    return {p.person.name: p.status for p in extract(report).posts
            if p.role.lower() in ("ủy viên", "uỷ viên") and p.org is not None and "Thường vụ" in p.org.name}


def test_a_list_under_a_body_the_congress_elected_is_appointed():
    got = members("Sáng 20/10, Đại hội Đảng bộ tỉnh Phú Yên đã bầu 51 người vào Ban Chấp hành Đảng bộ tỉnh và "
                  "15 người vào Ban Thường vụ Tỉnh ủy khóa mới.\n" + _LIST)
    assert got == {"Lê Văn Tâm": "appointed", "Trần Văn Hòa": "appointed", "Nguyễn Thị Lan": "appointed"}


def test_a_list_under_a_bare_heading_stays_held():
    got = members("Sáng 20/10, Đại hội Đảng bộ tỉnh Phú Yên bế mạc.\n" + _LIST)
    assert set(got.values()) == {"holds"}
