"""``kg export``: every syntax streamed from the build's files, the same facts, the same bytes twice.

The JSON-LD is compact under kg's published context (``ontology/context.jsonld``), which must be
exactly what ``kg.ttl`` generates; the ontology itself exports with its version IRI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build_graph, write_outputs
from kg.cli import main
from kg.export.rdf import CONTEXT_URL, context
from kg.ontology import ONTOLOGY_DIR, ONTOLOGY_TTL
from tests.conftest import EXAMPLES
from tests.test_sparql import TRIG

PARSE = {"nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML, "json-ld": ox.RdfFormat.JSON_LD,
         "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    write_outputs(build_graph([str(EXAMPLES)]), out, html=None)
    return out


def _triples(f: Path, fmt: ox.RdfFormat) -> set:
    return {q.triple for q in ox.parse(path=str(f), format=fmt)}


def _export(build: Path, out: Path, *args: str) -> bytes:
    assert main(["export", str(build), *args, "--out", str(out)]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["nt", "xml", "json-ld", "turtle"])
def test_each_triple_syntax_holds_exactly_the_build_graph(build: Path, tmp_path: Path, fmt: str):
    data = _export(build, tmp_path / "a", "--format", fmt)
    assert _triples(tmp_path / "a", PARSE[fmt]) == _triples(build / "graph.ttl", ox.RdfFormat.TURTLE)
    assert _export(build, tmp_path / "b", "--format", fmt) == data, "the same build gives the same bytes"


def test_quads_keep_each_report_in_its_graph(build: Path, tmp_path: Path):
    _export(build, tmp_path / "g.nq", "--format", "nquads")
    got = set(ox.parse(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS))
    assert got == set(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert len({q.graph_name for q in got}) == 1 + len(list(EXAMPLES.glob("*.txt")))


def test_turtle_and_trig_of_a_build_are_its_own_files(build: Path, tmp_path: Path):
    assert _export(build, tmp_path / "g.ttl", "--format", "turtle") == (build / "graph.ttl").read_bytes()
    assert _export(build, tmp_path / "g.trig", "--format", "trig") == (build / "graph.trig").read_bytes()


def test_a_fact_two_reports_state_is_written_once_from_a_lone_trig(tmp_path: Path, capsys):
    f = tmp_path / "two.trig"
    f.write_text(TRIG, encoding="utf-8")
    assert main(["export", str(f), "--format", "nt"]) == 0
    lines = capsys.readouterr().out.splitlines()
    holds = [line for line in lines if "#holds>" in line]
    assert len(holds) == 2, "Lan holds two posts; r1 and r2 both state the first"
    assert len(lines) == len(set(lines)) == 10, "2 facts of the place, 4 of Lan, 2 of each post"


def test_json_ld_is_compact_and_readable(build: Path, tmp_path: Path):
    _export(build, tmp_path / "g.jsonld", "--format", "json-ld")
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == context()["@context"]
    people = [n for n in doc["@graph"] if n.get("@type") == "Person"]
    assert people and all(isinstance(p["label"], str) and p["@id"].startswith("person:") for p in people)
    mention = next(n for n in doc["@graph"] if n.get("@type") == "Mention")
    assert isinstance(mention["start"], int) and mention["inReport"].startswith("report:")


def test_json_ld_can_refer_to_the_published_context(build: Path, tmp_path: Path):
    inline = _export(build, tmp_path / "a.jsonld", "--format", "json-ld")
    referred = _export(build, tmp_path / "b.jsonld", "--format", "json-ld", "--context-url")
    assert json.loads(referred)["@context"] == CONTEXT_URL
    assert json.loads(referred)["@graph"] == json.loads(inline)["@graph"]


def test_the_published_context_is_what_the_ontology_generates():
    published = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))
    assert published == context(), (
        "kg.ttl changed: regenerate the context with .venv/bin/python -c 'from pathlib import Path; "
        "from kg.export.rdf import write_context; write_context(Path(\"ontology/context.jsonld\"))'")


def test_the_ontology_exports_with_its_version_iri(tmp_path: Path, capsys):
    assert main(["export", "--ontology"]) == 0
    assert capsys.readouterr().out.encode() == ONTOLOGY_TTL.read_bytes()
    assert main(["export", "--ontology", "--format", "nt", "--out", str(tmp_path / "kg.nt")]) == 0
    triples = _triples(tmp_path / "kg.nt", ox.RdfFormat.N_TRIPLES)
    version = ox.NamedNode("http://www.w3.org/2002/07/owl#versionIRI")
    (t,) = [t for t in triples if t.predicate == version]
    assert t.subject.value == "https://w3id.org/vnkg/ontology"
    assert t.object.value.startswith("https://w3id.org/vnkg/ontology/")


def test_a_missing_build_is_one_line(tmp_path: Path, capsys):
    assert main(["export", str(tmp_path / "nowhere"), "--format", "nt"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere" in err
