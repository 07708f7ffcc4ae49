"""Every graph kg writes satisfies the ontology's SHACL shapes."""

from __future__ import annotations

from pyshacl import validate
from rdflib import RDF

from kg.build import build_graph
from kg.vocab import KG, shapes_graph
from tests.conftest import EXAMPLES


def test_the_examples_graph_conforms_to_the_shapes():
    g = build_graph([str(EXAMPLES)]).graph
    assert len(set(g.subjects(RDF.type, KG.Person))) >= 8, "the examples name at least eight people"
    conforms, _, text = validate(g, shacl_graph=shapes_graph(), inference="none")
    assert conforms, text


def test_the_corpus_sample_conforms_to_the_shapes(corpus_dir):
    files = sorted(corpus_dir.glob("baomoi/*.txt"))[:40] + sorted(corpus_dir.glob("vntc/*.txt"))[:20]
    g = build_graph([str(f) for f in files]).graph
    conforms, _, text = validate(g, shacl_graph=shapes_graph(), inference="none")
    assert conforms, text[:3000]
