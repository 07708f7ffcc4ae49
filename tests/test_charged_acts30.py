"""An appointment cited as someone else's fault is a past act: "former", not this report's appointment
(loaders/extract/charged_acts.py, loaders/data/charged_act_cues.tsv).

The sentences are our own, written in the shape of corpus reports on a discipline; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def facts(text: str) -> set[tuple[str, str, str, str]]:
    """(person, role, body as written, status) of every post of ``text``."""
    report = build_report(report_id="r", source_file="r.txt", text="Tin kỷ luật\n" + text, encoding="utf-8")
    return {(p.person.name, p.role, p.org.written if p.org else "", p.status) for p in extract(report).posts}


def test_an_appointment_a_charge_is_about_is_former():
    got = facts("Ông Lê Văn Tâm cùng chịu trách nhiệm về vi phạm của Ban Thường vụ; ký tờ trình và bổ nhiệm ông "
                "Trần Văn Bình giữ chức Giám đốc Sở Xây dựng tỉnh Long An.")
    assert ("Trần Văn Bình", "Giám đốc", "Sở Xây dựng tỉnh Long An", "former") in got


def test_the_appointment_of_the_reports_own_act_stays_appointed():
    got = facts("Ông Lê Văn Tâm ký quyết định bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Xây dựng tỉnh Long An.")
    assert ("Trần Văn Bình", "Giám đốc", "Sở Xây dựng tỉnh Long An", "appointed") in got
