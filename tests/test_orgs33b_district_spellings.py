"""A district the press spells otherwise than districts.tsv's source ("Mù Cang Chải" beside the
source's "Mù Căng Chải") is the same place: its committee's name runs to the place's last syllable
(round 33, orgs33b). Sentences written for these tests, in the shape of the reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def named(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2021-05-04"},
                     title_from_first_line=False)
    return {o.name for o in extract(r).organizations}


def test_the_press_spelling_of_a_district_ends_its_committee_s_name():
    assert named("Bà Lò Thị Mai, Trưởng Ban Tổ chức Huyện ủy Mù Cang Chải, phát biểu.") == {
        "Ban Tổ chức Huyện ủy Mù Cang Chải", "Huyện ủy Mù Cang Chải"}

