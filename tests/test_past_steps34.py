"""An appointment told at a numbered sitting, after the person's own act in the report, is a past step
(loaders/extract/past_steps.py, earlier_acts.tsv use "sitting").

The sentences are our own, written in the shape of corpus reports on an appointment followed by the person's
career; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[str, str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {f"{p.role} {p.org.name if p.org else ''}".strip(): p.status for p in extract(report).posts}


def test_an_election_at_a_numbered_congress_told_after_the_reports_act_is_held():
    got = posts("Bộ Chính trị phân công ông Lê Văn Tâm giữ chức Bí thư Thành ủy Hà Nội. Tại Đại hội đại biểu toàn "
                "quốc lần thứ XII, ông Lê Văn Tâm được bầu vào Bộ Chính trị.")
    assert got["Bí thư Thành ủy Hà Nội"] == "appointed"
    assert got["Ủy viên Bộ Chính trị"] == "holds"


def test_the_reports_own_election_at_a_numbered_congress_stays_appointed():
    got = posts("Tại Đại hội đại biểu toàn quốc lần thứ XII, ông Lê Văn Tâm được bầu vào Bộ Chính trị.")
    assert got["Ủy viên Bộ Chính trị"] == "appointed"


def test_an_act_told_by_theo_do_after_an_earlier_sentence_is_earlier_too():
    got = posts("Kỳ họp thứ nhất HĐND tỉnh Hà Tĩnh khai mạc sáng nay. Trước đó ngày 21/4, HĐND tỉnh Hà Tĩnh tổ chức kỳ "
                "họp bất thường. Theo đó, ông Lê Văn Tâm được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh.")
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"] == "holds"
