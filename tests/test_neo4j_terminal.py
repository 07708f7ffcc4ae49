"""kg cypher and kg export as a terminal user meets them: \\n line ends, warnings, formats by extension."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph

from tests.fixtures_neo4j import local_settings
from tests.test_neo4j_cli import kg

pytestmark = pytest.mark.neo4j


def test_cypher_csv_ends_lines_with_newline_only(neo4j_db, build_ab):
    assert kg("sync", str(build_ab), "--uri", local_settings().uri).returncode == 0
    c = kg("cypher", "MATCH (p:Person) RETURN p.name AS person ORDER BY person", "--format", "csv",
           "--uri", local_settings().uri)
    assert c.returncode == 0, c.stderr
    assert "\r" not in c.stdout and c.stdout.startswith("person\n")


def test_cypher_warns_about_a_label_or_type_the_database_lacks(neo4j_db, build_ab):
    assert kg("sync", str(build_ab), "--uri", local_settings().uri).returncode == 0
    bad = kg("cypher", "MATCH (p:Persn)-[:HOLDZ]->(x) RETURN p", "--uri", local_settings().uri)
    assert bad.returncode == 0, bad.stderr
    assert "the database has no label `Persn`" in bad.stderr
    assert "the database has no relationship type `HOLDZ`" in bad.stderr
    good = kg("cypher", "MATCH (p:Person)-[:HOLDS]->(x) RETURN count(p) AS n", "--uri", local_settings().uri)
    assert "warning" not in good.stderr


@pytest.mark.parametrize("name, unit", [("g.nq", "quads"), ("g.trig", None), ("g.nt", "triples"),
                                        ("g.jsonld", "triples")])
def test_export_takes_the_format_from_the_extension(build_ab, tmp_path, name, unit):
    out = tmp_path / name
    p = kg("export", str(build_ab), "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert unit is None or unit in p.stderr  # (graph.trig is copied as it is, without a count)
    if name in ("g.nq", "g.trig"):
        ds = Dataset()
        ds.parse(out, format={"g.nq": "nquads", "g.trig": "trig"}[name])
        assert len(list(ds.contexts())) > 1, "named graphs kept"
    else:
        assert len(Graph().parse(out, format={"g.nt": "nt", "g.jsonld": "json-ld"}[name])) > 0


def test_export_accepts_rapper_and_rdflib_names(build_ab, tmp_path):
    for fmt in ("ntriples", "jsonld", "pretty-xml"):
        p = kg("export", str(build_ab), "--format", fmt, "--out", str(tmp_path / f"g.{fmt}"))
        assert p.returncode == 0, (fmt, p.stderr)
    bad = kg("export", str(build_ab), "--format", "yaml")
    assert bad.returncode == 2 and "unknown RDF format" in bad.stderr
