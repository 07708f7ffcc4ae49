"""kg eval scores exactly as the gold set's own scorer does, on the same graphs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import RDF

from kg.build import build_graph
from kg.evaluate import KINDS, find_report, load_gold, name_key, org_key, post_key, score_graph, symbol_key
from kg.graph import serialize_turtle
from kg.vocab import KG


def test_keys_fold_tone_style_case_abbreviations_and_dashes():
    assert name_key("Tỉnh ủy") == name_key("TỈNH UỶ")
    assert org_key("UBND tỉnh Bình Định") == org_key("Ủy ban nhân dân tỉnh")
    assert post_key("Trưởng ban", "Tổ chức Tỉnh ủy") == post_key("Trưởng", "Ban Tổ chức Tỉnh ủy")
    assert symbol_key("18 – NQ/TW") == symbol_key("18-NQ/TW")


@pytest.mark.corpus
def test_kg_eval_agrees_with_score_py_on_every_gold_report(gold_dir, corpus_dir, tmp_path):
    scorer = gold_dir.parent / "score.py"
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        stem = gold_file.name.removesuffix(".gold.json")
        report = find_report(stem, corpus_dir)
        assert report is not None, stem
        result = build_graph([str(report)])
        ttl = tmp_path / f"{stem}.ttl"
        ttl.write_bytes(serialize_turtle(result.triples.union()))
        theirs = json.loads(subprocess.run([sys.executable, str(scorer), str(gold_file), str(ttl), "--json"],
                                           capture_output=True, text=True, check=True).stdout)
        ours = score_graph(load_gold(gold_file), result.graph)
        for kind in KINDS:
            assert vars(ours.counts[kind]) == theirs[kind], (stem, kind)


@pytest.mark.corpus
def test_the_province_names_stripped_from_organizations_are_the_gold_scorers(gold_dir):
    """kg eval takes the provinces from kg's one province table plus the scorer's extra spellings;
    together they must be exactly the scorer's own list, or the two would score differently."""
    import importlib.util

    import kg.evaluate

    spec = importlib.util.spec_from_file_location("gold_score", gold_dir.parent / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert sorted(kg.evaluate._PROVINCE_KEYS) == sorted(scorer.PROV_KEYS)


def test_dated_events_are_scored_both_ways_and_a_yearless_date_is_no_claim():
    from rdflib import XSD, Graph, Literal, URIRef

    from kg.evaluate import DATED_EVENTS

    g = Graph()
    for i, (value, dtype) in enumerate([("2017-06-24", XSD.date), ("2017-06-20", XSD.date),
                                        ("--06-24", XSD.gMonthDay)]):
        e = URIRef(f"urn:e{i}")
        g.add((e, RDF.type, KG.Event))
        g.add((e, KG.date, Literal(value, datatype=dtype)))
    gold = {"report": "r", "persons": [], "organizations": [], "directives": [],
            "events": [{"kind": "Hội nghị", "date": "2017-06-24"}, {"kind": "Lễ", "date": "2017-06-30"},
                       {"kind": "Hội thảo", "date": None}]}
    c = score_graph(gold, g).counts[DATED_EVENTS]
    assert (c.tp_gold, c.gold, c.tp_pred, c.pred) == (1, 2, 1, 2)


def test_a_post_in_a_body_with_two_labels_is_two_predictions_for_score_py_and_one_post_node():
    """The main posts row counts every (role label, body label) pair, as score.py does; the
    "posts by node" row counts the post once, right when any of its pairs matches the gold."""
    from rdflib import RDFS, SKOS, Graph, Literal, URIRef

    from kg.evaluate import POSTS_BY_NODE

    g = Graph()
    person, post, role, body = (URIRef(f"urn:{x}") for x in ("person", "post", "role", "body"))
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal("Trần Văn Bình")))
    g.add((person, KG.holds, post))
    g.add((post, KG.hasRole, role))
    g.add((role, RDFS.label, Literal("Bộ trưởng")))
    g.add((post, KG.postIn, body))
    g.add((body, RDFS.label, Literal("Bộ Giao thông Vận tải")))
    g.add((body, SKOS.altLabel, Literal("Bộ Quốc phòng")))  # a wrong second label
    gold = {"report": "r", "organizations": [], "directives": [], "events": [],
            "persons": [{"name": "Trần Văn Bình",
                         "posts": [{"role": "Bộ trưởng", "organization": "Bộ Giao thông Vận tải"}]}]}
    counts = score_graph(gold, g).counts
    assert vars(counts["posts"]) == {"tp_gold": 1, "tp_pred": 1, "pred": 2, "gold": 1}
    assert vars(counts[POSTS_BY_NODE]) == {"tp_gold": 1, "tp_pred": 1, "pred": 1, "gold": 1}
