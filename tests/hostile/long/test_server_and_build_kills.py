"""Long faults (make test-hostile): the Neo4j server killed mid-sync and restarted, and a real kg build
SIGKILLed at random moments.

- Neo4j killed (SIGKILL) in the middle of a sync: kg sync says so in one line; after a restart the
  next sync converges to exactly what a clean sync gives (same nodes, relationships and properties,
  no duplicates).
- kg build killed at random moments, again and again, into one folder: every time, the folder shows
  one complete generation (its Turtle parses and matches its summary), and the next full run leaves
  no generation of the killed runs behind.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.outputs import CURRENT, STATE
from kg.sync import synthetic
from kg.sync.connection import connect
from tests.conftest import EXAMPLES, REPO
from tests.fixtures_neo4j import local_settings
from tests.test_neo4j_sync import counts, snapshot

CATEGORY = "Long faults: a killed server, a build killed at random"  # its heading in docs/reliability.md

SERVER = [sys.executable, str(REPO / "tools" / "neo4j" / "server.py")]


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=600)


@pytest.mark.neo4j
def test_neo4j_killed_mid_sync_then_restarted_converges_to_a_clean_sync(neo4j_db, tmp_path):
    build = synthetic.write(tmp_path / "build", 400)
    uri = local_settings().uri
    assert _kg("sync", str(build), "--uri", uri).returncode == 0
    clean = snapshot(neo4j_db)
    assert _kg("sync", str(build), "--uri", uri, "--clear").returncode == 0  # same graph again, from empty
    pid = int((REPO / ".neo4j" / "neo4j.pid").read_text().strip())
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "sync", str(build), "--uri", uri, "--clear",
                             "--batch-size", "100"], stderr=subprocess.PIPE, text=True, cwd=REPO)
    time.sleep(1.5)
    os.kill(pid, signal.SIGKILL)  # the server dies under the sync
    err = proc.communicate(timeout=300)[1]
    assert proc.returncode == 1 and "Traceback" not in err
    assert len([x for x in err.splitlines() if x.strip()]) == 1, err
    subprocess.run(SERVER + ["start"], check=True, cwd=REPO, timeout=300)
    driver = connect(local_settings())
    try:
        assert _kg("sync", str(build), "--uri", uri).returncode == 0
        assert snapshot(driver) == clean
        n, r = counts(driver)
        assert (n, r) == (len(clean[0]), len(clean[1]))
    finally:
        driver.close()


def test_kg_build_killed_at_random_moments_always_leaves_one_complete_generation(tmp_path):
    out = tmp_path / "out"
    assert _kg("build", str(EXAMPLES), "--out", str(out), "--no-store").returncode == 0
    rng = random.Random(14)
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--out", str(out),
                                 "--no-store", "--jobs", "1"], cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 6.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        assert len(Graph().parse(out / "graph.ttl", format="turtle")) == summary["triples"]
        assert (out / "graph.html").is_file() and (out / "graph.trig").is_file()
        assert len({os.path.realpath(out / n).rsplit("/", 2)[1] for n in
                    ("graph.ttl", "graph.trig", "graph.html", "summary.json")}) == 1
    assert _kg("build", str(EXAMPLES), "--out", str(out), "--no-store").returncode == 0
    gens = [p.name for p in (out / STATE).iterdir() if p.name.startswith("gen-")]
    assert os.readlink(out / STATE / CURRENT) in gens and len(gens) <= 2
    assert not [p for p in Path(out).rglob("*.tmp")]
