"""``kg export --format neo4j-admin``: the real ``neo4j-admin database import full`` loads the CSV files
into a fresh database, and that database holds exactly what ``kg sync`` writes.

The importer is neo4j-admin's own (Maven's ``org.neo4j:neo4j-import-tool``, tools/neo4j/admin); the
fresh database is served by a second local server (tools/neo4j) on its own port and folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build_graph, write_outputs
from tests.conftest import EXAMPLES, REPO
from tests.fixtures_neo4j import local_settings

pytestmark = pytest.mark.neo4j

ADMIN_CLASSPATH = REPO / "tools" / "neo4j" / "admin-classpath.txt"


def kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dump(driver) -> tuple[dict, dict]:
    """Every node (labels, properties) by its key, every relationship's properties by its ends and type."""

    def plain(props: dict) -> dict:
        return {k: v.iso_format() if hasattr(v, "iso_format") else v for k, v in props.items()}

    nodes = {}
    for r in driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p").records:
        p = plain(r["p"])
        key = p.get("iri") or f"{r['labels']}:{p.get('name', p.get('id'))}"
        nodes[key] = (sorted(r["labels"]), p)
    rels = {}
    for r in driver.execute_query("MATCH (a)-[r]->(b) RETURN a.iri AS a, type(r) AS t, b.iri AS b, "
                                  "properties(r) AS p").records:
        rels[(r["a"], r["t"], r["b"])] = plain(r["p"])
    return nodes, rels


@pytest.fixture()
def fresh_server(tmp_path: Path):
    """A second local server over ``tmp_path/home`` (the importer writes there first)."""
    home, port = tmp_path / "home", free_port()
    # No HTTP connector: the suite's own server already holds the HTTP port.
    env = {**os.environ, "KG_NEO4J_HOME": str(home), "KG_NEO4J_PORT": str(port), "KG_NEO4J_HTTP_PORT": "off"}
    server = [sys.executable, str(REPO / "tools" / "neo4j" / "server.py")]
    yield home, port, lambda: subprocess.run([*server, "start"], env=env, capture_output=True, text=True,
                                             timeout=300)
    subprocess.run([*server, "stop"], env=env, capture_output=True, timeout=120)


def test_neo4j_admin_import_gives_the_database_kg_sync_gives(neo4j_db, tmp_path: Path, fresh_server):
    assert ADMIN_CLASSPATH.is_file(), "run `make neo4j-start` (it fetches neo4j-admin's importer with Maven)"
    build = tmp_path / "build"
    write_outputs(build_graph([str(EXAMPLES)]), build)

    # What kg sync writes, on the local server.
    synced = kg("sync", str(build), "--uri", local_settings().uri)
    assert synced.returncode == 0, synced.stderr

    # The CSV files, loaded by neo4j-admin into a fresh folder, served by a second server.
    csv_dir = tmp_path / "csv"
    done = kg("export", str(build), "--format", "neo4j-admin", "--out", str(csv_dir))
    assert done.returncode == 0, done.stderr
    home, port, start = fresh_server
    home.mkdir()
    imported = subprocess.run(
        ["java", "-cp", ADMIN_CLASSPATH.read_text().strip(), "org.neo4j.cli.AdminTool", "database", "import",
         "full", "neo4j", "@import.args"],
        cwd=csv_dir, env={**os.environ, "NEO4J_HOME": str(home)}, capture_output=True, text=True, timeout=600)
    assert imported.returncode == 0, imported.stdout[-3000:] + imported.stderr[-3000:]
    assert "IMPORT DONE" in imported.stdout
    started = start()
    assert started.returncode == 0, started.stdout + started.stderr
    uri = f"bolt://127.0.0.1:{port}"
    after = kg("cypher", "--write", "--file", str(csv_dir / "after-import.cypher"), "--uri", uri)
    assert after.returncode == 0, after.stderr

    from kg.sync.connection import Settings, connect

    s = local_settings()
    fresh = connect(Settings(uri=uri, user=s.user, password=s.password, database="neo4j"))
    try:
        imported_nodes, imported_rels = dump(fresh)
    finally:
        fresh.close()
    synced_nodes, synced_rels = dump(neo4j_db)
    assert len(imported_nodes) == len(synced_nodes) and len(imported_rels) == len(synced_rels)
    assert imported_nodes == synced_nodes
    assert imported_rels == synced_rels
    assert any(t == "HOLDS" and "tenure" in p for (_, t, _), p in imported_rels.items()), \
        "HOLDS edges carry their tenure, as a sync leaves them"

    # The sync's own bookkeeping came along: syncing the same build finds nothing to do.
    again = kg("sync", str(build), "--uri", uri)
    assert again.returncode == 0 and "unchanged" in again.stdout, again.stdout + again.stderr
