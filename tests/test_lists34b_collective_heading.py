"""A colon list headed by a standing office ("các đồng chí Thường trực Tỉnh ủy: A, title; B, title") gives
each listed person the titles written after the name, and no seat "Thường trực" of the committee: the heading
names the office they make up (loaders/extract/lists.py, loaders/data/list_collective_headings.tsv). A
heading that names a seat ("Ủy viên Ban Thường vụ") is still shared, and so is the office heading a list whose
names carry no titles of their own.

The sentences are our own, written in the shape of provincial conference reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> set[tuple[str, str, str | None]]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin hội nghị\n" + text, encoding="utf-8")
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in extract(report).posts}


def test_a_standing_office_heading_gives_no_seat_to_its_titled_names():
    got = posts("Dự hội nghị có các đồng chí Thường trực Tỉnh uỷ: Lò Thị Hạnh, Phó Bí thư Thường trực Tỉnh uỷ; "
                "Vi Văn Tấn, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh.")
    assert got == {("Lò Thị Hạnh", "Phó Bí thư Thường trực", "Tỉnh ủy"), ("Vi Văn Tấn", "Phó Bí thư", "Tỉnh ủy"),
                   ("Vi Văn Tấn", "Chủ tịch", "Ủy ban nhân dân tỉnh")}


def test_a_seat_heading_is_still_shared_by_titled_names():
    got = posts("Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh uỷ: Lò Thị Hạnh, Trưởng Ban Tổ chức "
                "Tỉnh uỷ; Vi Văn Tấn, Trưởng Ban Dân vận Tỉnh uỷ.")
    assert ("Lò Thị Hạnh", "Ủy viên", "Ban Thường vụ Tỉnh ủy") in got
    assert ("Vi Văn Tấn", "Ủy viên", "Ban Thường vụ Tỉnh ủy") in got
