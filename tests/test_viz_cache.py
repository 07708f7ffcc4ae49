"""kg build leaves the view's projection beside the graph; kg viz and kg stats read it only when current."""

from __future__ import annotations

import subprocess
import sys

from kg.build import read_graph
from kg.viz import cache
from kg.viz.projection import project
from tests.conftest import EXAMPLES, REPO


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO)


def test_build_writes_the_projection_and_it_reads_back_as_the_same_graph(tmp_path):
    out = tmp_path / "out"
    assert kg("build", str(EXAMPLES), "--out", str(out)).returncode == 0
    assert (out / cache.CACHE_NAME).is_file()
    G = cache.load(out)
    fresh = project(read_graph(out))
    assert G is not None
    assert set(G.nodes) == set(fresh.nodes)
    assert sorted(map(repr, G.edges(keys=True))) == sorted(map(repr, fresh.edges(keys=True)))
    n = next(iter(fresh.nodes))
    assert G.nodes[n]["label"] == fresh.nodes[n]["label"]


def test_a_cache_of_another_graph_or_a_broken_one_is_not_used(tmp_path):
    out = tmp_path / "out"
    assert kg("build", str(EXAMPLES), "--out", str(out)).returncode == 0
    ttl = out / "graph.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cache.load(out) is None, "graph.ttl changed: the cache is stale"
    (out / cache.CACHE_NAME).write_text("{not json", encoding="utf-8")
    assert cache.load(out) is None
    r = kg("viz", str(out), "--focus", "62-KL/TW", "--out", str(tmp_path / "v.html"))
    assert r.returncode == 0, r.stderr
    assert cache.load(out) is not None, "kg viz left a current cache behind"


def test_the_cache_is_json_not_code(tmp_path):
    out = tmp_path / "out"
    assert kg("build", str(EXAMPLES), "--out", str(out)).returncode == 0
    assert (out / cache.CACHE_NAME).read_bytes()[:1] == b"{"  # JSON lines


def test_a_part_filled_from_the_lazy_cache_has_every_attribute_of_the_projection(tmp_path):
    out = tmp_path / "out"
    assert kg("build", str(EXAMPLES), "--out", str(out)).returncode == 0
    fresh = project(read_graph(out))
    lazy = cache.load_lazy(out)
    assert lazy is not None
    assert all("mentions" not in d for _, d in lazy.G.nodes(data=True)), "the first line stays light"
    person = next(n for n, d in fresh.nodes(data=True) if d["cls"] == "Person" and d.get("mentions"))
    part = lazy.fill(lazy.G.subgraph({person, *fresh.successors(person)}).copy())
    for n, d in part.nodes(data=True):
        assert d == fresh.nodes[n], n
    for u, v, k, e in part.edges(keys=True, data=True):
        assert e == fresh.edges[u, v, k], (u, v, k)
