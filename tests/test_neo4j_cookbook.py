"""Every query of docs/cypher.md runs on the real Neo4j and gives the answer the text promises."""

from __future__ import annotations

import json

import pytest

from kg.commands.cypher import plain
from kg.sync.engine import Syncer
from tests.fixtures_cookbook import (
    cookbook,
    corpus_params,
    shared_with_merger,
    shared_with_org_change,
    shared_with_same_as,
)

pytestmark = pytest.mark.neo4j

# The first row each query gives on the two-report fixture (tests/fixtures_neo4j.py).
EXPECTED = {
    "Current post holders of a province": {"person": "Hồ Quốc Dũng", "post": "Bí thư Tỉnh ủy Bình Định",
                                           "level": "province", "lastSeen": "2024-05-02"},
    "Province-level posts only": {"person": "Hồ Quốc Dũng", "organization": "Tỉnh ủy Bình Định"},
    "The provinces merged in 2025": {"province": "Gia Lai (từ 1/7/2025)", "level": "province",
                                     "mergedFrom": ["Bình Định (đến 30/6/2025)", "Gia Lai (đến 30/6/2025)"]},
    "A person's career": {"post": "Bí thư Tỉnh ủy Bình Định", "firstSeen": "2024-03-15", "reports": 2},
    "Who attended conferences about a directive": {"event": "Hội nghị sơ kết 3 năm thực hiện Kết luận 62",
                                                   "attendees": ["Hồ Quốc Dũng"]},
    "Directives by issuer and term": {"symbol": "62-KL/TW", "type": "Kết luận", "issued": "--12-08"},
    "Co-attendance network of two officials": {"event": "Hội nghị Ban Thường vụ Tỉnh ủy"},
    "Sentences supporting a fact": {"quote": "đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định"},
    "Find a name however it is typed": {"name": "Nguyễn Chí Dũng", "labels": ["Person"], "nodes": 1},
    "Where a fact comes from": {"report": "Tỉnh ủy Bình Định sơ kết Kết luận 62"},
    "Who held a post on a date": {"person": "Phạm Anh Tuấn", "since": "2025-01-10"},
    "A career in order": {"post": "Chủ tịch Ủy ban nhân dân tỉnh Bình Định", "since": "2021-06",
                          "until": "2024-12", "status": "former"},
    "Who succeeded whom in a post": {"predecessor": "Nguyễn Chí Dũng", "successor": "Phạm Anh Tuấn",
                                     "predecessorUntil": "2024-05-02", "successorSince": "2025-01-10"},
    "Every official of a province on a date": {"person": "Hồ Quốc Dũng", "post": "Bí thư Tỉnh ủy Bình Định"},
    "Older IRIs of a person": {"person": "Hồ Quốc Dũng", "olderIri": "https://w3id.org/vnkg/id/person/ho-quoc-dung-report-a"},
    "The person behind an older IRI": {"person": "Hồ Quốc Dũng", "iri": "https://w3id.org/vnkg/id/person/ho-quoc-dung"},
    "What a body became, and when": {"became": "Ban Tuyên giáo và Dân vận Trung ương", "date": "2025-02-03",
                                     "mergedFrom": ["Ban Dân vận Trung ương", "Ban Tuyên giáo Trung ương"]},
}

# Every row each of these gives on the fixture: a date between two holders picks the right one; a
# holder with no successor is taken to stay (Hồ Quốc Dũng in 2025), one with a successor is not.
ALL_ROWS = {
    ("Every official of a province on a date", "2025-03-01"): [{"person": "Hồ Quốc Dũng"},
                                                                {"person": "Phạm Anh Tuấn"}],
    ("Who held a post on a date", "2024-05-02"): [{"person": "Nguyễn Chí Dũng"}],
    ("Who held a post on a date", "2024-04-01"): [],
    ("Every official of a province on a date", "2024-05-02"): [{"person": "Hồ Quốc Dũng"},
                                                                {"person": "Nguyễn Chí Dũng"},
                                                                {"person": "Phạm Anh Tuấn"}],
}


def test_the_cookbook_has_every_recipe_the_issue_asks_for():
    titles = {t for t, _, _ in cookbook()}
    assert set(EXPECTED) <= titles
    assert len(cookbook()) >= 9


@pytest.fixture(scope="module")
def synced(neo4j_driver, tmp_path_factory):
    from kg.sync.engine import clear
    from tests.fixtures_neo4j import REPORT_A, REPORT_B, REPORT_C, SHARED_C, write_build

    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    clear(neo4j_driver, "neo4j")
    Syncer(neo4j_driver, "neo4j").sync(write_build(tmp_path_factory.mktemp("cookbook"), REPORT_A, REPORT_B,
                                                   REPORT_C,
                                                   shared=shared_with_same_as(
                                                       shared_with_org_change(shared_with_merger(SHARED_C)))))
    return neo4j_driver


@pytest.mark.parametrize("title, query, params", cookbook(), ids=lambda v: v if isinstance(v, str) and
                         len(v) < 60 and "\n" not in v else "")
def test_cookbook_query(synced, title, query, params):
    records, _, _ = synced.execute_query(query, params, database_="neo4j")
    assert records, f"{title}: no rows"
    first = {k: plain(v) for k, v in records[0].data().items()}
    if title in EXPECTED and query == next(q for t, q, _ in cookbook() if t == title):
        assert {k: first.get(k) for k in EXPECTED[title]} == EXPECTED[title]


@pytest.mark.parametrize("title, date", sorted(ALL_ROWS))
def test_time_questions_on_another_date(synced, title, date):
    query, params = next((q, p) for t, q, p in cookbook() if t == title)
    records, _, _ = synced.execute_query(query, {**params, "date": date}, database_="neo4j")
    want = ALL_ROWS[(title, date)]
    assert [{k: plain(r.data()[k]) for k in w} for r, w in zip(records, want, strict=False)] == want
    assert len(records) == len(want)


def _rows(records) -> list[str]:
    return [json.dumps({k: plain(v) for k, v in r.data().items()}, ensure_ascii=False, sort_keys=True)
            for r in records]


@pytest.mark.parametrize("title, query, params", cookbook(), ids=lambda v: v if isinstance(v, str) and
                         len(v) < 60 and "\n" not in v else "")
def test_cookbook_query_gives_no_duplicate_rows(synced, title, query, params):
    rows = _rows(synced.execute_query(query, params, database_="neo4j")[0])
    assert len(rows) == len(set(rows)), f"{title}: duplicate rows {sorted(r for r in rows if rows.count(r) > 1)[:3]}"


@pytest.fixture(scope="module")
def corpus_synced(neo4j_driver, corpus_dir, tmp_path_factory):
    """The whole corpus built and synced (about 2 minutes on 2 shared cores)."""
    from kg.build import build_graph, write_outputs
    from kg.sync.engine import clear

    out = tmp_path_factory.mktemp("cookbook-corpus")
    write_outputs(build_graph([str(corpus_dir)]), out)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    clear(neo4j_driver, "neo4j")
    Syncer(neo4j_driver, "neo4j").sync(out)
    return neo4j_driver


@pytest.mark.corpus
@pytest.mark.parametrize("title, query, params", cookbook(), ids=lambda v: v if isinstance(v, str) and
                         len(v) < 60 and "\n" not in v else "")
def test_cookbook_query_on_the_corpus(corpus_synced, title, query, params):
    """Every recipe answers on the real corpus, with parameters the data chooses, and no row twice."""
    cparams = corpus_params(corpus_synced, params, title=title)
    rows = _rows(corpus_synced.execute_query(query, cparams if cparams is not None else params,
                                             database_="neo4j")[0])
    if cparams is not None:  # a recipe whose parameters have no finder yet still runs, without the row check
        assert rows, f"{title}: no rows on the corpus with {cparams}"
    assert len(rows) == len(set(rows)), f"{title}: duplicate rows on the corpus"
