"""Issue 2's end-to-end check: the seed report built, synced, and queried back from the real Neo4j
gives its three officials with posts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.sync.engine import Syncer

pytestmark = [pytest.mark.neo4j, pytest.mark.corpus]

QUERY = "MATCH (p:Person)-[:HOLDS]->(:Post)-[:POST_IN]->(o:Organization) RETURN p.name, o.name"


def test_seed_officials_come_back_from_neo4j(neo4j_db, corpus_dir: Path, gold_dir: Path, tmp_path: Path):
    seed = corpus_dir / "seed" / "seed-tinhuy-62kl.txt"
    out = tmp_path / "seed"
    p = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seed), "--out", str(out), "--no-html",
                        "--quiet"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    Syncer(neo4j_db, "neo4j").sync(out)
    records, _, _ = neo4j_db.execute_query(QUERY, database_="neo4j")
    gold = json.loads((gold_dir / "seed-tinhuy-62kl.gold.json").read_text(encoding="utf-8"))
    officials = {person["name"] for person in gold["persons"] if person["posts"]}
    assert len(officials) == 3
    assert {r["p.name"] for r in records} == officials
