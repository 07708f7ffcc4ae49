"""Builds at scale: the same output for any number of jobs, extraction as a pure, picklable function."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build_graph
from kg.graph import build_dataset, serialize_trig, serialize_turtle
from kg.loaders import load
from kg.parallel import extract_one, map_extract
from kg.resolve import resolve
from tests.conftest import EXAMPLES, REPO


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO)


@pytest.fixture(scope="module")
def sample(shared: Path, tmp_path_factory) -> Path:
    """Every 25th corpus report (the blind test half left out), copied with its sidecar."""
    held_out = set(json.loads((REPO / "tests/gold/split.json").read_text(encoding="utf-8"))["test"])
    reports = [p for p in sorted((shared / "corpus").rglob("*.txt")) if p.stem not in held_out][::25]
    out = tmp_path_factory.mktemp("sample")
    for p in reports:
        shutil.copy(p, out / p.name)
        if p.with_suffix(".json").exists():
            shutil.copy(p.with_suffix(".json"), out / p.with_suffix(".json").name)
    return out


def test_one_job_and_two_jobs_write_byte_identical_graphs(sample, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = kg("build", str(sample), "--out", str(one), "--no-html", "--jobs", "1")
    r2 = kg("build", str(sample), "--out", str(two), "--no-html", "--jobs", "2")
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr + r2.stderr
    assert f"{len(list(sample.glob('*.txt')))} reports" in r1.stdout
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()
    assert (one / "graph.trig").read_bytes() == (two / "graph.trig").read_bytes()
    assert (one / "summary.json").read_bytes() == (two / "summary.json").read_bytes()


def test_an_extraction_survives_pickling_with_the_same_graph():
    reports = load([str(EXAMPLES)]).reports
    direct = [extract_one(r) for r in reports]
    shipped = [pickle.loads(pickle.dumps(ex)) for ex in direct]
    a, b = build_dataset(direct, resolve(direct)), build_dataset(shipped, resolve(shipped))
    assert serialize_turtle(a.union()) == serialize_turtle(b.union())
    assert serialize_trig(a) == serialize_trig(b)


def test_a_failing_report_is_one_line_in_order_and_the_pool_goes_on():
    reports = load([str(EXAMPLES)]).reports
    broken = reports[1]
    broken.text, broken._key = None, None  # type: ignore[assignment]  # every extractor fails on it
    results = list(map_extract(reports, jobs=2))
    assert len(results) == len(reports)
    assert isinstance(results[1], str) and results[1].startswith(f"{broken.source_file}: extraction failed:")
    assert "\n" not in results[1]
    assert [r.report.id for r in results if not isinstance(r, str)] == [reports[0].id, *[r.id for r in reports[2:]]]


def test_jobs_must_be_a_positive_number():
    assert kg("build", str(EXAMPLES), "--jobs", "0").returncode == 2
    assert kg("build", str(EXAMPLES), "--jobs", "many").returncode == 2


def test_build_graph_takes_jobs():
    one, two = build_graph([str(EXAMPLES)], jobs=1), build_graph([str(EXAMPLES)], jobs=2)
    assert serialize_trig(one.triples) == serialize_trig(two.triples)
    assert [r.id for r in one.reports] == [r.id for r in two.reports]
