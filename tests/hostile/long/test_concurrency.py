"""Concurrency (make test-hostile): several builds into one folder, two syncs into one database.

- three kg build runs into one folder at once all succeed, one after the other (a lock serialises
  the write and switch), and leave one generation and no debris;
- two kg sync runs into one database at once both succeed (the second waits for the first) and give
  exactly the counts of one clean sync.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, REPO
from tests.fixtures_neo4j import local_settings
from tests.hostile.test_neo4j_faults import kg
from tests.hostile.test_outputs import _debris

CATEGORY = "Long: concurrent builds and syncs"  # its heading in docs/reliability.md


def test_concurrent_builds_into_one_folder_finish_one_after_the_other(tmp_path):
    out = tmp_path / "out"
    procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--out", str(out),
                               "--no-html", "--quiet"], cwd=REPO, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read() if p.stderr else ""
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["reports"] == 3
    assert _debris(out) == []


@pytest.mark.neo4j
def test_two_syncs_at_once_both_succeed_and_give_the_counts_of_one(neo4j_db, tmp_path):
    from tests.conftest import EXAMPLES

    out = tmp_path / "out"
    assert kg("build", str(EXAMPLES), "--out", str(out), "--no-html").returncode == 0
    uri = local_settings().uri
    query = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels"
    assert kg("sync", str(out), "--uri", uri).returncode == 0
    clean = kg("cypher", query, "--format", "json", "--uri", uri).stdout
    e = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "sync", str(out), "--clear", "--uri", uri],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=e) for _ in range(2)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert all("Traceback" not in err and not err.strip() for err in errs), errs
    assert kg("cypher", query, "--format", "json", "--uri", uri).stdout == clean
