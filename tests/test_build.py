"""kg build end to end on the bundled examples: outputs, exit codes, determinism, safety of --out."""

from __future__ import annotations

import shutil
import subprocess
import sys

from rdflib import Graph

from tests.conftest import EXAMPLES, REPO


def kg(*args: str, cwd=REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_build_writes_turtle_trig_html_and_summary(tmp_path):
    out = tmp_path / "out"
    r = kg("build", str(EXAMPLES), "--out", str(out))
    assert r.returncode == 0, r.stderr
    for name in ("graph.ttl", "graph.trig", "graph.html", "summary.json"):
        assert (out / name).stat().st_size > 0, name
    g = Graph().parse(out / "graph.ttl")
    assert dict(g.namespaces())["kg"].endswith("ontology#")
    assert "3 reports" in r.stdout and "triples" in r.stdout


def test_building_the_same_input_twice_gives_byte_identical_turtle(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert kg("build", str(EXAMPLES), "--out", str(a), "--no-html").returncode == 0
    assert kg("build", str(EXAMPLES), "--out", str(b), "--no-html").returncode == 0
    assert (a / "graph.ttl").read_bytes() == (b / "graph.ttl").read_bytes()
    assert (a / "graph.trig").read_bytes() == (b / "graph.trig").read_bytes()


def test_a_missing_input_fails_that_input_only_and_exits_1(tmp_path):
    out = tmp_path / "out"
    r = kg("build", str(EXAMPLES), str(tmp_path / "no-such-report.txt"), "--out", str(out), "--no-html")
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "no-such-report.txt" in errors[0] and "Traceback" not in r.stderr
    assert "3 reports" in r.stdout


def test_a_run_where_nothing_loads_keeps_the_previous_graph(tmp_path):
    out = tmp_path / "out"
    assert kg("build", str(EXAMPLES), "--out", str(out), "--no-html").returncode == 0
    before = (out / "graph.ttl").read_bytes()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    r = kg("build", str(tmp_path / "missing"), "--out", str(out), "--no-html")
    assert r.returncode == 1
    assert (out / "graph.ttl").read_bytes() == before
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-build-")], "no staging folder left behind"


def test_usage_error_exits_2(tmp_path):
    assert kg("build").returncode == 2
    assert kg("build", str(EXAMPLES), "--max-size", "lots").returncode == 2


def test_a_copy_of_the_examples_elsewhere_builds_the_same_graph(tmp_path):
    """IRIs come from normalised keys, not from paths: moving the reports changes only kg:sourceFile."""
    copy = tmp_path / "copy"
    shutil.copytree(EXAMPLES, copy)
    assert kg("build", str(EXAMPLES), "--out", str(tmp_path / "a"), "--no-html").returncode == 0
    assert kg("build", str(copy), "--out", str(tmp_path / "b"), "--no-html").returncode == 0
    ga, gb = Graph().parse(tmp_path / "a" / "graph.ttl"), Graph().parse(tmp_path / "b" / "graph.ttl")
    assert set(ga.subjects()) == set(gb.subjects())


def test_every_load_error_is_one_line_even_when_the_cause_spans_several():
    from kg.loaders.result import LoadError

    assert str(LoadError("a.html", "could not be read: ImportError: first line\nsecond line")) == (
        "a.html: could not be read: ImportError: first line second line")
