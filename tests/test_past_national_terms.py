"""A seat of a past National Assembly or Central Committee term is a former post.

"Đại biểu Quốc hội khóa XI" in a report written after the twelfth term began (loaders/data/terms.tsv)
no longer holds; the current term's seat does. A province's Party committee counts its own terms
and is left alone. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def statuses(text: str, date: str | None) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8",
                          meta={"date": date} if date else None)
    ex = extract(report)
    return {(p.role, p.org.name if p.org else ""): p.status for p in ex.posts}


def test_a_past_assembly_term_is_former_and_the_current_one_holds():
    got = statuses("Tiếp xúc cử tri\nÔng Trần Văn Bình, đại biểu Quốc hội khóa XI, và bà Lê Thị Hoa, "
                   "đại biểu Quốc hội khóa XIV, tiếp xúc cử tri.", "2017-05-10")
    assert got[("đại biểu", "Quốc hội khóa XI")] == "former"
    assert got[("đại biểu", "Quốc hội khóa XIV")] == "holds"


def test_a_term_still_running_when_the_report_was_written_holds():
    got = statuses("Tiếp xúc cử tri\nÔng Trần Văn Bình, đại biểu Quốc hội khóa XI, tiếp xúc cử tri.",
                   "2005-05-10")
    assert got[("đại biểu", "Quốc hội khóa XI")] == "holds"
