"""The Neo4j commands as a user runs them: one-line errors, kg cypher's formats and parameters,
kg export from a build and from Neo4j."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from tests.fixtures_neo4j import local_settings

pytestmark = pytest.mark.neo4j


def kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          env=e, timeout=120)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_line_error(p: subprocess.CompletedProcess) -> str:
    assert p.returncode == 1, (p.returncode, p.stderr)
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def test_server_down_is_one_line_and_fast(neo4j_db, build_ab):
    port = free_port()
    p = kg("sync", str(build_ab), "--uri", f"bolt://127.0.0.1:{port}")
    assert one_line_error(p) == f"kg sync: Neo4j is not reachable at bolt://127.0.0.1:{port}"


def test_default_server_down_says_how_to_start_it(build_ab):
    p = kg("cypher", "RETURN 1", env={"KG_NEO4J_PORT": str(free_port())})
    assert one_line_error(p).endswith("(is the local server running? `make neo4j-start`)")


def test_wrong_password_is_one_line(neo4j_db, build_ab):
    p = kg("sync", str(build_ab), "--uri", local_settings().uri, env={"NEO4J_PASSWORD": "not-the-password"})
    assert one_line_error(p) == (f"kg sync: Neo4j refused the credentials of user 'neo4j' at "
                                 f"{local_settings().uri}: wrong user or password")


def test_missing_database_is_one_line(neo4j_db, build_ab):
    p = kg("sync", str(build_ab), "--uri", local_settings().uri, "--database", "baocao")
    assert one_line_error(p).startswith(f"kg sync: Neo4j at {local_settings().uri} has no database 'baocao'")


def test_environment_variables_choose_the_server(neo4j_db, build_ab):
    s = local_settings()
    env = {"NEO4J_URI": s.uri.replace("bolt://", "neo4j://"), "NEO4J_USERNAME": s.user,
           "NEO4J_PASSWORD": s.password, "NEO4J_DATABASE": "neo4j"}
    p = kg("sync", str(build_ab), env=env)
    assert p.returncode == 0, p.stderr
    assert "3 changed" in p.stdout
    bad = kg("sync", str(build_ab), env=env | {"NEO4J_DATABASE": "baocao"})
    assert "has no database 'baocao'" in one_line_error(bad)


def test_missing_build_is_one_line(neo4j_db, tmp_path):
    p = kg("sync", str(tmp_path / "nowhere"), "--uri", local_settings().uri)
    assert "no graph.trig or graph.ttl" in one_line_error(p)


def test_cypher_table_json_csv_and_params(neo4j_db, build_ab):
    assert kg("sync", str(build_ab), "--uri", local_settings().uri).returncode == 0
    query = ("MATCH (p:Person)-[h:HOLDS]->(:Post)-[:POST_IN]->(o:Organization) WHERE p.name = $name "
             "RETURN p.name AS person, o.name AS org, h.firstSeen AS since")
    table = kg("cypher", query, "--param", "name=Hồ Quốc Dũng", "--uri", local_settings().uri)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[2].split(" | ") == ["Hồ Quốc Dũng", "Tỉnh ủy Bình Định", "2024-03-15"]
    js = kg("cypher", query, "--param", "name=Hồ Quốc Dũng", "--format", "json", "--uri", local_settings().uri)
    assert json.loads(js.stdout) == [{"person": "Hồ Quốc Dũng", "org": "Tỉnh ủy Bình Định", "since": "2024-03-15"}]
    c = kg("cypher", query, "--param", "name=Nguyễn Chí Dũng", "--format", "csv", "--uri", local_settings().uri)
    assert list(csv.reader(io.StringIO(c.stdout))) == [["person", "org", "since"],
                                                       ["Nguyễn Chí Dũng", "Tỉnh ủy Bình Định", "2024-05"]]


def test_cypher_param_values_never_reach_the_query_text(neo4j_db, build_ab):
    assert kg("sync", str(build_ab), "--uri", local_settings().uri).returncode == 0
    evil = "x' }) DETACH DELETE n //"
    p = kg("cypher", "MATCH (n:Person {name: $name}) RETURN count(n) AS n", "--param", f"name={evil}",
           "--format", "json", "--uri", local_settings().uri)
    assert json.loads(p.stdout) == [{"n": 0}]
    assert kg("cypher", "MATCH (n:Person) RETURN count(n) AS n", "--format", "json",
              "--uri", local_settings().uri).stdout.count('"n": 3') == 1


def test_cypher_file_runs_each_statement_and_reports_a_bad_one(neo4j_db, build_ab, tmp_path):
    assert kg("sync", str(build_ab), "--uri", local_settings().uri).returncode == 0
    f = tmp_path / "q.cypher"
    f.write_text("// people\nMATCH (p:Person) RETURN count(p) AS people;\n"
                 "MATCH (d:Directive) RETURN d.symbol AS symbol;\nRETURN nonsense(;\n", encoding="utf-8")
    p = kg("cypher", "--file", str(f), "--format", "json", "--uri", local_settings().uri)
    assert p.returncode == 1
    assert "[\n  {\n    \"people\": 3\n  }\n]" in p.stdout and '"symbol": "62-KL/TW"' in p.stdout
    assert p.stderr.startswith("kg cypher: statement 3:") and len(p.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt, rdflib_format", [("nt", "nt"), ("xml", "xml"), ("json-ld", "json-ld"),
                                                 ("turtle", "turtle")])
def test_export_a_build_in_each_syntax(build_ab, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"g.{fmt}"
    p = kg("export", str(build_ab), "--format", fmt, "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert isomorphic(Graph().parse(out, format=rdflib_format), Graph().parse(build_ab / "graph.ttl"))


def test_export_from_neo4j_gives_back_the_build(neo4j_db, build_ab, tmp_path):
    assert kg("sync", str(build_ab), "--uri", local_settings().uri).returncode == 0
    out = tmp_path / "synced.ttl"
    p = kg("export", "--from-neo4j", "--out", str(out), "--uri", local_settings().uri)
    assert p.returncode == 0, p.stderr
    assert isomorphic(Graph().parse(out), Graph().parse(build_ab / "graph.ttl"))


def test_grass_style_has_the_ontology_colours(tmp_path):
    from kg import vocab

    out = tmp_path / "kg.grass"
    assert kg("sync", "--grass", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    person = vocab.load().cls("Person")
    assert f"node.Person {{\n  color: {person.colour};" in text
    # a subclass's rule comes after its superclass's, so Browser shows the more specific colour
    assert text.index("node.Organization {") < text.index("node.PartyOrganization {")


