"""The real corpus: every report of ../shared/corpus loads, with the sidecars' titles and dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.loaders import load
from kg.loaders.clean import clean_value

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def loaded(corpus_dir: Path):
    return load([str(corpus_dir)])


def test_every_corpus_report_loads_without_error(loaded, corpus_dir: Path):
    txt_files = sorted(p for p in corpus_dir.rglob("*.txt") if "rosters" not in p.parts)
    assert loaded.errors == []
    assert len(txt_files) >= 988  # 988 reports plus the seed report
    assert [Path(r.source_file).resolve() for r in loaded.reports] == [p.resolve() for p in txt_files]
    assert len({r.id for r in loaded.reports}) == len(loaded.reports)
    assert {r.encoding for r in loaded.reports} == {"utf-8"}


def test_titles_and_dates_match_the_sidecars(loaded):
    for report in loaded.reports:
        sidecar = json.loads(Path(report.source_file).with_suffix(".json").read_text(encoding="utf-8"))
        expected_title = clean_value(sidecar["title"]) if sidecar["title"] else None
        assert report.title == expected_title, report.id
        if sidecar["date"]:
            assert report.published is not None and report.published.iso() == sidecar["date"], report.id
            assert report.extra["date_source"] == "metadata"
        elif report.published is not None:
            assert report.extra["date_source"] == "text" and report.published.year is not None


def test_the_seed_report_has_no_date_or_province_because_its_text_gives_none(loaded):
    seed = next(r for r in loaded.reports if r.id == "seed-tinhuy-62kl")
    assert seed.published is None and seed.province is None
    assert seed.title.startswith("Tỉnh ủy: Sơ kết 3 năm thực hiện kết luận số 62-KL/TW")
    first = seed.quote(seed.sentences[1])
    assert first.startswith("Ngày 18-12, Tỉnh ủy tổ chức Hội nghị") and first.endswith("”.")


def test_sentences_and_paragraphs_lie_inside_the_text_in_order(loaded):
    for report in loaded.reports:
        assert report.paragraphs and report.sentences, report.id
        prev = 0
        for s in report.sentences:
            assert prev <= s.start < s.end <= len(report.text), report.id
            assert report.text[s.start] != " " and report.text[s.end - 1] != " "
            prev = s.end
