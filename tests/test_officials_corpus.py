"""The officials extractor on real reports: the seed's attendee list, and the gold set's scores.

These read ../shared (skipped with the reason when it is absent). The gold thresholds are issue 4's
targets, measured the way ``kg eval`` measures them: each gold report built alone, scored against
its gold file through the public vocabulary.
"""

from __future__ import annotations

import pytest

from kg.build import build_graph
from kg.evaluate import Counts, find_report, load_gold, score_graph
from kg.loaders import load
from kg.loaders.extract.officials import extract_officials
from kg.model import Extraction

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def seed(corpus_dir) -> Extraction:
    loaded = load([str(corpus_dir / "seed" / "seed-tinhuy-62kl.txt")])
    (report,) = loaded.reports
    ex = Extraction(report=report)
    extract_officials(report, ex)
    return ex


def test_seed_attendee_list_as_the_reference_expects(seed):
    got = {(p.person.name, p.role, p.qualifier, p.org.written if p.org else None) for p in seed.posts}
    assert got == {
        ("Nguyễn Chí Dũng", "Ủy viên", None, "Trung ương Đảng"),
        ("Nguyễn Chí Dũng", "Bí thư", None, "Tỉnh ủy"),
        ("Nguyễn Đức Dũng", "Phó Bí thư Thường trực", "Thường trực", "Tỉnh ủy"),
        ("Nguyễn Đức Thanh", "Chủ tịch", None, "UBND tỉnh"),
    }


def test_seed_two_dungs_and_the_short_reference(seed):
    by_name = {p.name: p for p in seed.persons}
    # "đồng chí Nguyễn Đức Dũng" twice, then "đồng chí yêu cầu": three mentions of the second Dũng
    assert len(by_name["Nguyễn Chí Dũng"].spans) == 1
    assert len(by_name["Nguyễn Đức Dũng"].spans) >= 2
    assert {p.name for p in seed.persons if p.credit} == {"Thanh Long", "Văn Miên"}


def test_seed_bodies_scoped_to_the_report(seed):
    tinh_uy = [o for o in seed.organizations if o.kind == "tinh_uy"]
    assert tinh_uy and all(o.scope == "report" and o.province is None for o in tinh_uy)
    assert {o.name for o in seed.organizations} >= {
        "Tỉnh ủy", "Bộ Chính trị", "Mặt trận Tổ quốc Việt Nam", "Ban Chấp hành Trung ương Đảng",
        "Ủy ban nhân dân tỉnh", "Ban Chấp hành Đảng bộ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ban Thường vụ Tỉnh ủy", "Ban Dân vận Tỉnh ủy"}


def test_gold_dev_scores_meet_the_issue_targets(gold_dir, corpus_dir):
    totals = {k: Counts() for k in ("persons", "posts", "organizations")}
    seed_scores = None
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        stem = gold_file.name.removesuffix(".gold.json")
        result = build_graph([str(find_report(stem, corpus_dir))])
        score = score_graph(load_gold(gold_file), result.graph)
        for k in totals:
            totals[k] += score.counts[k]
        if stem == "seed-tinhuy-62kl":
            seed_scores = score
    f1 = {k: c.prf()[2] for k, c in totals.items()}
    assert f1["persons"] >= 0.95, f1
    assert f1["posts"] >= 0.85, f1
    assert f1["organizations"] >= 0.85, f1
    assert seed_scores.counts["persons"].prf()[2] == 1.0
    assert seed_scores.counts["posts"].prf()[2] == 1.0
