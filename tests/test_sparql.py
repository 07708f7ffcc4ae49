"""``kg sparql``: SPARQL on a build, as a table, SPARQL-results JSON, CSV; kg's prefixes predeclared."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.cli import main

TRIG = """\
@prefix kg: <https://w3id.org/vnkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

{ id:place\\/a a kg:Place ; rdfs:label "Tỉnh Một"@vi . }

id:report\\/r1 {
  id:person\\/lan a kg:Person ; rdfs:label "Trần Thị Lan"@vi ; kg:holds id:post\\/bi-thu .
  id:post\\/bi-thu a kg:Post ; rdfs:label "Bí thư Tỉnh ủy Một"@vi .
}

id:report\\/r2 {
  id:person\\/lan a kg:Person ; rdfs:label "Trần Thị Lan"@vi ; kg:holds id:post\\/bi-thu , id:post\\/dai-bieu .
  id:post\\/bi-thu a kg:Post ; rdfs:label "Bí thư Tỉnh ủy Một"@vi .
  id:post\\/dai-bieu a kg:Post ; rdfs:label "Đại biểu Quốc hội"@vi .
}
"""

POSTS = ("SELECT ?name (COUNT(?post) AS ?posts) WHERE { ?p a kg:Person ; rdfs:label ?name ; kg:holds ?post } "
         "GROUP BY ?name")


@pytest.fixture()
def build(tmp_path: Path) -> Path:
    (tmp_path / "graph.trig").write_text(TRIG, encoding="utf-8")
    return tmp_path


def test_a_fact_stated_by_two_reports_counts_once(build: Path, capsys):
    assert main(["sparql", POSTS, str(build), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["name", "posts"], ["Trần Thị Lan", "2"]]


def test_the_table_is_aligned_and_shows_iris_with_kg_prefixes(build: Path, capsys):
    q = "SELECT ?post ?label WHERE { person:lan kg:holds ?post . ?post rdfs:label ?label } ORDER BY ?post"
    assert main(["sparql", q, str(build)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "post           label",
        "-------------  ------------------",
        "post:bi-thu    Bí thư Tỉnh ủy Một",
        "post:dai-bieu  Đại biểu Quốc hội",
    ]
    assert "2 rows" in err


def test_json_is_the_sparql_results_format(build: Path, capsys):
    q = "SELECT ?g WHERE { GRAPH ?g { ?p kg:holds post:dai-bieu } }"
    assert main(["sparql", q, str(build), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["g"]
    assert data["results"]["bindings"] == [{"g": {"type": "uri", "value": "https://w3id.org/vnkg/id/report/r2"}}]


def test_a_query_from_a_file_and_ask(build: Path, tmp_path: Path, capsys):
    f = tmp_path / "q.rq"
    f.write_text("ASK { person:lan kg:holds post:bi-thu }", encoding="utf-8")
    assert main(["sparql", "--file", str(f), str(build)]) == 0
    assert capsys.readouterr().out == "true\n"


def test_construct_prints_n_triples(build: Path, capsys):
    q = "CONSTRUCT { ?post kg:heldBy ?p } WHERE { ?p kg:holds ?post } ORDER BY ?post"
    assert main(["sparql", q, str(build)]) == 0
    lines = sorted(capsys.readouterr().out.splitlines())
    assert lines == [
        "<https://w3id.org/vnkg/id/post/bi-thu> <https://w3id.org/vnkg/ontology#heldBy> "
        "<https://w3id.org/vnkg/id/person/lan> .",
        "<https://w3id.org/vnkg/id/post/dai-bieu> <https://w3id.org/vnkg/ontology#heldBy> "
        "<https://w3id.org/vnkg/id/person/lan> .",
    ]


def test_bad_queries_and_missing_builds_get_one_line(build: Path, tmp_path: Path, capsys):
    assert main(["sparql", "SELEC ?x WHERE {}", str(build)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg sparql: the query does not parse") and err.count("\n") == 1
    assert main(["sparql", POSTS, str(tmp_path / "nowhere")]) == 1
    assert "no graph.trig or graph.ttl" in capsys.readouterr().err
    assert main(["sparql", str(build)]) == 2
