"""A period opening a clause dates a title held only through a real link word, not a compound that ends in one.

"Tháng 3/2014, Ban Tổ chức Trung ương trao quyết định …" tells when a decision was handed over; the
"chức" of "Tổ chức" is not the "chức" of "giữ chức" (loaders/data/link_compounds.tsv). The sentences are
our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8",
                          meta={"date": "2017-05-10"})
    ex = extract(report)
    return {f"{p.person.name}: {p.role} {p.org.name if p.org else ''}".strip():
            (p.status, p.start.iso() if p.start else None, p.end.iso() if p.end else None) for p in ex.posts}


def test_a_decision_handed_over_by_the_organisation_commission_dates_no_title():
    got = posts("Tháng 3/2014, đại diện Ban Tổ chức Trung ương đến dự buổi làm việc với Bí thư Trung ương Đoàn "
                "Trần Văn Bình.")
    assert got["Trần Văn Bình: Bí thư Trung ương Đoàn"] == ("holds", None, None)


def test_a_real_link_after_the_period_still_dates_the_title():
    got = posts("Từ năm 2006 đến năm 2011, ông Trần Văn Bình giữ chức Bí thư Tỉnh ủy Nghệ An.")
    assert got["Trần Văn Bình: Bí thư Tỉnh ủy Nghệ An"] == ("former", "2006", "2011")
