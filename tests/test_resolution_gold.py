"""Person resolution on the real corpus, scored against our own annotation (tests/gold/resolution.json).

The annotation gives, for 90 names, which (name, report) occurrences are one real person; 28 of the
names have namesakes. Its "first" set (32 names) was read while the resolver was tuned; the "second"
(19 names) was decided from the reports before kg's clusters of them were looked at (and then used
to tune); the "third" (19 names) was annotated after that tuning and scored once; the "fourth" (20
names, each one person) was annotated blind while the resolver changed again and scored once on the
final code (recall 0.961 before those changes, 0.954 after). The goals of
the issue are pairwise precision >= 0.98, recall >= 0.9, at most 1.1 Person nodes per real person
and no namesake merged; the floors below are what kg reaches now (docs/resolution.md), so a change
that loses ground fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import extract_all
from kg.loaders import load
from kg.resolution_eval import read_gold, score
from kg.resolve import resolve

GOLD = Path(__file__).resolve().parent / "gold" / "resolution.json"


@pytest.fixture(scope="module")
def resolved(corpus_dir: Path):
    exs = extract_all(load([str(corpus_dir)]).reports, [])
    return exs, resolve(exs)


@pytest.fixture(scope="module")
def scored(resolved):
    return score(read_gold(GOLD), *resolved)


def test_the_annotation_is_large_enough_and_avoids_the_held_out_reports():
    gold = read_gold(GOLD)
    splits = [json.loads(split.read_text(encoding="utf-8")) for split in GOLD.parent.glob("split*.json")]
    # A split drawn from reports already read by hand says "blind": false (split13.json): the
    # resolution annotation may name them; every blind split's reports must stay out of it.
    held_out = {stem for split in splits if split.get("blind", True) for stem in split["test"]}
    assert len(held_out) >= 200
    assert len(gold) >= 70 and all(sum(1 for n in gold if n.get("set") == s) >= 10 for s in ("second", "third"))
    assert sum(1 for n in gold if len({o["cluster"] for o in n["occurrences"]}) > 1) >= 10, "namesakes"
    assert not {o["report"] for n in gold for o in n["occurrences"]} & held_out


def test_no_namesake_is_merged_and_precision_holds(scored):
    assert scored.namesakes_merged == []
    assert scored.precision >= 0.98, scored.summary()


def test_recall_and_nodes_per_person_do_not_fall(scored):
    assert len(scored.missing) <= 2, scored.missing  # mentions the extraction does not find
    assert scored.recall >= 0.96, scored.summary()
    assert scored.nodes_per_person <= 1.11, scored.summary()


@pytest.mark.parametrize(("name", "recall"), [("second", 0.95), ("third", 0.90), ("fourth", 0.95)])
def test_the_names_annotated_later_keep_their_figures(resolved, name, recall):
    later = score([n for n in read_gold(GOLD) if n.get("set") == name], *resolved)
    assert later.namesakes_merged == []
    assert later.precision >= 0.98 and later.recall >= recall, later.summary()
