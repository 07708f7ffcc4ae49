"""Run the whole extraction pipeline (every component, as ``kg build`` does) on a report we write, and read
the facts back: for specifications whose rule sits in a later component (organizations' names, statuses
settled after the officials extractor)."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def pipeline_orgs(text: str, date: str = "2017-05-03") -> list[tuple[str, str]]:
    """(canonical name, as written) of every organization, in the order read; the text has no title line."""
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": date},
                     title_from_first_line=False)
    return [(o.name, o.written) for o in extract(r).organizations]


def pipeline_posts(text: str, title: str) -> set[tuple[str, str, str, str]]:
    """(person, role, body as written or "", status) of every post of ``text`` under the title line ``title``."""
    report = build_report(report_id="r", source_file="r.txt", text=f"{title}\n{text}", encoding="utf-8")
    return {(p.person.name, p.role, p.org.written if p.org else "", p.status) for p in extract(report).posts}
