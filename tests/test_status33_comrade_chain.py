"""A chain of assignments joined by ";" whose links name their persons "đồng chí NAME" (the Party's honorific)
carries the act of its first clause, as one naming them "ông/bà NAME" does (loaders/extract/status.py).

The sentences are our own, written in the shape of reports on a Party committee's personnel decisions; the
names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def statuses(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {(p.person.name, p.role): p.status for p in extract(report).posts}


def test_a_comrade_named_with_a_past_title_after_a_semicolon_takes_the_appointment():
    got = statuses("Theo quyết định của Ban Thường vụ Huyện ủy, đồng chí Lê Văn Tâm, nguyên Phó Chủ tịch UBND huyện "
                   "Đông Hưng, được chỉ định giữ chức Bí thư Đảng ủy xã Bình Minh; đồng chí Trần Thị Hoa, nguyên "
                   "Chủ tịch UBND xã An Lạc, giữ chức Phó Bí thư Đảng ủy xã.")
    assert got[("Trần Thị Hoa", "Phó Bí thư")] == "appointed"
    assert got[("Trần Thị Hoa", "Chủ tịch")] == "former"
    assert got[("Lê Văn Tâm", "Bí thư")] == "appointed"


def test_a_comrade_link_after_a_clause_that_tells_no_act_stays_held():
    got = statuses("Đồng chí Lê Văn Tâm phát biểu tại hội nghị; đồng chí Trần Thị Hoa, Chủ tịch UBND xã An Lạc, "
                   "giữ chức Phó Bí thư Đảng ủy xã.")
    assert got[("Trần Thị Hoa", "Phó Bí thư")] == "holds"
