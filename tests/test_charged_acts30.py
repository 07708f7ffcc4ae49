"""An appointment cited as someone else's fault is a past act: "former", not this report's appointment
(loaders/extract/charged_acts.py, loaders/data/charged_act_cues.tsv).

The sentences are our own, written in the shape of corpus reports on a discipline; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts


def facts(text: str) -> set[tuple[str, str, str, str]]:
    return pipeline_posts(text, title="Tin kỷ luật")


def test_an_appointment_a_charge_is_about_is_former():
    got = facts("Ông Lê Văn Tâm cùng chịu trách nhiệm về vi phạm của Ban Thường vụ; ký tờ trình và bổ nhiệm ông "
                "Trần Văn Bình giữ chức Giám đốc Sở Xây dựng tỉnh Long An.")
    assert ("Trần Văn Bình", "Giám đốc", "Sở Xây dựng tỉnh Long An", "former") in got


def test_the_appointment_of_the_reports_own_act_stays_appointed():
    got = facts("Ông Lê Văn Tâm ký quyết định bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Xây dựng tỉnh Long An.")
    assert ("Trần Văn Bình", "Giám đốc", "Sở Xây dựng tỉnh Long An", "appointed") in got
