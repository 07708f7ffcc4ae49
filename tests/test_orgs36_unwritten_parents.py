"""Organizations, thirty-sixth round: the parent a data rule puts above a body (Sở -> UBND tỉnh) is a body of
the report only where the text writes a body of that kind at that level: a report that writes "UBND huyện"
but no UBND of the province has no "UBND tỉnh" (the graph may still link the department to the provincial
committee some other report names). The sentences are our own.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def _parents(text: str) -> dict[str, str | None]:
    """canonical name -> its parent's canonical name (None: no parent of this report) of every organization."""
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2023-06-01"},
                     title_from_first_line=False)
    return {o.name: o.parent.name if o.parent else None for o in extract(r).organizations}


def test_a_department_in_a_report_writing_only_a_district_committee_has_no_provincial_committee_of_it():
    got = _parents("UBND huyện Cẩm Thủy đã giao đất sai quy định. Ông Lê Văn Đức, nguyên Giám đốc Sở Xây dựng "
                   "tỉnh Thanh Hóa, bị khiển trách.")
    assert got["Sở Xây dựng tỉnh Thanh Hóa"] is None
    # where the text writes the provincial committee, the department's parent is it
    got = _parents("UBND tỉnh Thanh Hóa đã họp. Ông Lê Văn Đức, nguyên Giám đốc Sở Xây dựng tỉnh Thanh Hóa, "
                   "bị khiển trách.")
    assert got["Sở Xây dựng tỉnh Thanh Hóa"] == "Ủy ban nhân dân tỉnh Thanh Hóa"
