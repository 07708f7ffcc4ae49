"""Builds at scale: the same output for any number of jobs, extraction as a pure, picklable function."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg.loaders as kg_loaders
from kg.build import build, build_graph, write_outputs
from kg.graph import build_dataset, serialize_trig, serialize_turtle
from kg.loaders import load
from kg.parallel import Workers, extract_one, map_extract
from kg.resolve import resolve
from kg.store import STORE_NAME, Store, code_version, report_digest, restore_text
from tests.conftest import EXAMPLES, REPO


def kg(*args: str, hash_seed: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed} if hash_seed else None
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env=env)


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
    """Also under two hash seeds: no set or dict order may leak into the output."""
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = kg("build", str(sample), "--out", str(one), "--jobs", "1", hash_seed="1")
    r2 = kg("build", str(sample), "--out", str(two), "--jobs", "2", hash_seed="2")
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr + r2.stderr
    assert f"{len(list(sample.glob('*.txt')))} reports" in r1.stdout
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()
    assert (one / "graph.trig").read_bytes() == (two / "graph.trig").read_bytes()
    assert (one / "summary.json").read_bytes() == (two / "summary.json").read_bytes()
    assert (one / "graph.html").read_bytes() == (two / "graph.html").read_bytes()  # the layout too


def test_an_extraction_survives_pickling_with_the_same_graph():
    reports = load([str(EXAMPLES)]).reports
    direct = [extract_one(r) for r in reports]
    shipped = [pickle.loads(pickle.dumps(ex)) for ex in direct]
    a, b = build_dataset(direct, resolve(direct)), build_dataset(shipped, resolve(shipped))
    assert serialize_turtle(a.union()) == serialize_turtle(b.union())
    assert serialize_trig(a) == serialize_trig(b)


def test_an_extraction_leaves_the_extractors_caches_behind_and_writes_the_same_graph():
    from kg.loaders.extract.pipeline import extract

    reports = load([str(EXAMPLES)]).reports
    kept = [extract(r) for r in load([str(EXAMPLES)]).reports]
    assert any(ex.report._memo for ex in kept)  # the extractors do cache per report
    dropped = [extract_one(r) for r in reports]
    assert all(not ex.report._memo for ex in dropped)
    a, b = build_dataset(kept, resolve(kept)), build_dataset(dropped, resolve(dropped))
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


def test_workers_started_before_the_reports_are_loaded_give_each_failure_its_line_in_order():
    with Workers(2) as workers:  # forked first, as kg build does: they hold none of the loaded texts
        reports = load([str(EXAMPLES)]).reports
        broken = reports[1]
        broken.text, broken._key = None, None  # type: ignore[assignment]  # every extractor fails on it
        results = list(map_extract(reports, jobs=2, workers=workers))
    assert isinstance(results[1], str) and results[1].startswith(f"{broken.source_file}: extraction failed:")
    assert "\n" not in results[1]
    direct = [extract_one(r) for r in load([str(EXAMPLES)]).reports]
    assert [r if isinstance(r, str) else r.report.id for r in results] == [
        results[1] if i == 1 else ex.report.id for i, ex in enumerate(direct)]


def test_a_build_with_two_jobs_forks_its_workers_before_loading_and_writes_the_one_job_bytes(sample, tmp_path,
                                                                                             monkeypatch):
    import kg.parallel as kg_parallel

    kg_build = sys.modules["kg.build"]  # the package's attribute kg.build may be the function
    events: list[str] = []
    real_init, real_map, real_load = kg_parallel.Workers.__init__, kg_parallel.Workers.map, kg_build.load

    def init(self, jobs):
        events.append(f"fork {jobs}")
        real_init(self, jobs)

    def workers_map(self, reports):
        events.append(f"extract {len(reports)}")
        return real_map(self, reports)

    def loading(*args, **kwargs):
        events.append("load")
        return real_load(*args, **kwargs)

    monkeypatch.setattr(kg_parallel.Workers, "__init__", init)
    monkeypatch.setattr(kg_parallel.Workers, "map", workers_map)
    monkeypatch.setattr(kg_build, "load", loading)
    n = len(list(sample.glob("*.txt")))
    two, one = tmp_path / "two", tmp_path / "one"
    assert build([str(sample)], two, jobs=2, use_store=False).extracted == n
    assert events == ["fork 2", "load", f"extract {n}"]
    events.clear()
    build([str(sample)], one, jobs=1, use_store=False)
    assert events == ["load"]  # one job: no pool
    assert _same_outputs(one, two)


def test_jobs_must_be_a_positive_number():
    assert kg("build", str(EXAMPLES), "--jobs", "0").returncode == 2
    assert kg("build", str(EXAMPLES), "--jobs", "many").returncode == 2


def test_build_graph_takes_jobs():
    one, two = build_graph([str(EXAMPLES)], jobs=1), build_graph([str(EXAMPLES)], jobs=2)
    assert serialize_trig(one.triples) == serialize_trig(two.triples)
    assert [r.id for r in one.reports] == [r.id for r in two.reports]


# ---------------------------------------------------------------------------------------------
# The store: a rebuild extracts only new and changed reports, and gives a clean build's bytes


def _same_outputs(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in ("graph.ttl", "graph.trig", "summary.json"))


def test_an_unchanged_rebuild_rewrites_nothing(sample, tmp_path):
    out = tmp_path / "out"
    assert kg("build", str(sample), "--out", str(out), "--no-html", "-j", "1").returncode == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if not p.name.startswith(".")}
    again = kg("build", str(sample), "--out", str(out), "--no-html", "-j", "1")
    assert again.returncode == 0 and "nothing rewritten" in again.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*") if p.name in stamps} == stamps
    # Someone edits an output: the next build writes the folder again, from the store.
    (out / "graph.ttl").write_text("edited", encoding="utf-8")
    third = kg("build", str(sample), "--out", str(out), "--no-html", "-j", "1")
    assert "nothing rewritten" not in third.stdout and "extracted 0 reports" in third.stdout
    assert (out / "graph.ttl").read_text(encoding="utf-8") != "edited"


def test_a_rebuild_extracts_only_new_and_changed_reports_and_drops_removed_ones(sample, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(sample, corpus)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert kg("build", str(corpus), "--out", str(out), "--no-html", "-j", "2").returncode == 0
    texts = sorted(corpus.glob("*.txt"))
    texts[0].unlink()  # removed
    with texts[1].open("a", encoding="utf-8") as f:  # changed: one more sentence
        f.write("\nĐồng chí Lê Thị Mười, Phó Bí thư Tỉnh ủy, phát biểu chỉ đạo hội nghị.\n")
    new = corpus / "kg-added-report.txt"  # added
    new.write_text("Bổ nhiệm Giám đốc Sở Tài chính\n\nNgày 3/3/2024, Chủ tịch UBND tỉnh Lạng Sơn đã trao quyết "
                   "định bổ nhiệm ông Trần Văn Bảy giữ chức Giám đốc Sở Tài chính tỉnh Lạng Sơn.\n", encoding="utf-8")
    r = kg("build", str(corpus), "--out", str(out), "--no-html", "-j", "2")
    assert r.returncode == 0, r.stderr
    assert f"extracted 2 reports, {len(texts) - 2} from the store" in r.stdout
    assert kg("build", str(corpus), "--out", str(clean), "--no-html", "-j", "1", "--no-store").returncode == 0
    assert _same_outputs(out, clean)
    assert not (clean / STORE_NAME).exists()
    with Store(out / STORE_NAME) as store:
        assert store.count() == len(texts)  # one row per report of this build: the removed one is gone


def test_the_extractor_version_follows_the_extraction_code_and_data(tmp_path):
    data = tmp_path / "loaders"
    shutil.copytree(Path(kg_loaders.__file__).parent, data, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_version([("kg.loaders", data, ())])
    assert code_version([("kg.loaders", data, ())]) == before
    roles = data / "data" / "roles.tsv"
    roles.write_text(roles.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert code_version([("kg.loaders", data, ())]) != before


def test_a_store_of_another_extractor_version_is_not_used(tmp_path):
    reports = load([str(EXAMPLES)]).reports
    with Store(tmp_path / STORE_NAME, version="old") as old:
        old.put_many((report_digest(r), extract_one(r)) for r in reports)
    with Store(tmp_path / STORE_NAME, version="new") as new:
        assert new.get_many([report_digest(r) for r in reports]) == {}
        new.prune([report_digest(r) for r in reports])
        assert new.count() == 0  # the old version's rows are gone


# ---------------------------------------------------------------------------------------------
# Dask: the same per-report function on a dask.distributed cluster


def test_a_dask_cluster_of_two_workers_builds_the_same_bytes(sample, tmp_path):
    from dask.distributed import LocalCluster

    local = tmp_path / "local"
    assert kg("build", str(sample), "--out", str(local), "--no-html", "-j", "1", "--no-store").returncode == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = tmp_path / "dask"
        r = kg("build", str(sample), "--out", str(on_dask), "--no-html", "--no-store",
               "--executor", "dask", "--scheduler", cluster.scheduler_address)
        assert r.returncode == 0, r.stderr
        assert len(cluster.scheduler.workers) == 2
    assert _same_outputs(local, on_dask)


def test_the_dask_executor_without_a_scheduler_is_a_usage_error(tmp_path):
    r = kg("build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--executor", "dask")
    assert r.returncode == 2 and "--scheduler" in r.stderr and "Traceback" not in r.stderr


# ---------------------------------------------------------------------------------------------
# Streaming: kg build writes report by report, with the bytes of the in-memory build


def test_the_streamed_build_writes_the_bytes_of_the_in_memory_build(sample, tmp_path):
    from functools import partial

    from kg.viz.html import write_html

    html = partial(write_html, title="sample")
    streamed, in_memory = tmp_path / "streamed", tmp_path / "in-memory"
    # spill=2000: the Turtle is merged from a dozen sorted runs on disk, as in an archive build
    outcome = build([str(sample)], streamed, jobs=2, html=html, spill=2000, use_store=False)
    assert outcome.extracted == outcome.reports == len(list(sample.glob("*.txt")))
    write_outputs(build_graph([str(sample)]), in_memory, html=html)
    assert _same_outputs(streamed, in_memory)
    assert (streamed / "graph.html").read_bytes() == (in_memory / "graph.html").read_bytes()
    assert not [p for p in streamed.rglob("*") if "store" in p.name or "blocks" in p.name], "no scratch left"


def test_a_stored_extraction_keeps_its_text_apart_and_gets_it_back(tmp_path):
    report = load([str(EXAMPLES)]).reports[0]
    ex = extract_one(report)
    with Store(tmp_path / STORE_NAME, version="v") as store:
        store.put_many([("d", ex)])
        assert ex.report.text and ex.report.sentences  # storing leaves the caller's extraction whole
        slim = store.get_many(["d"], with_text=False)["d"]
        assert slim.report.text == "" and slim.report.sentences == []
        assert [p.name for p in slim.persons] == [p.name for p in ex.persons]
        restore_text(slim, store.text_of("d"))
        assert slim.report.text == ex.report.text and slim.report.sentences == ex.report.sentences
        assert slim.report._key == ex.report.key  # the matching form comes back made, not made again
        whole = store.get_many(["d"])["d"]
        assert whole.report._key == ex.report.key and whole.report.text == ex.report.text


def _snapshot(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.trig", "summary.json", "redirects.tsv")}


def test_a_rebuild_rewrites_only_the_blocks_whose_facts_changed_and_patches_graph_ttl(sample, tmp_path):
    """Adding a report, then taking it away again: each rebuild reuses the other reports' blocks,
    patches the last graph.ttl, and writes the bytes of a clean build of the same reports."""
    corpus = tmp_path / "corpus"
    shutil.copytree(sample, corpus)
    out = tmp_path / "out"
    first = build([str(corpus)], out)
    assert not first.patched and first.reused == 0
    before = _snapshot(out)
    new = corpus / "kg-added-report.txt"
    new.write_text("Bổ nhiệm Giám đốc Sở Tài chính\n\nNgày 3/3/2024, Chủ tịch UBND tỉnh Lạng Sơn đã trao quyết "
                   "định bổ nhiệm ông Trần Văn Bảy giữ chức Giám đốc Sở Tài chính tỉnh Lạng Sơn.\n", encoding="utf-8")
    added = build([str(corpus)], out)
    assert added.patched and added.extracted == 1
    assert 0 < added.reused <= first.reports  # the new report's block is written, most others are not
    build([str(corpus)], tmp_path / "clean", use_store=False)
    assert _snapshot(out) == _snapshot(tmp_path / "clean")
    assert added.summary["reports"] == first.reports + 1
    new.unlink()
    removed = build([str(corpus)], out)
    assert removed.patched and removed.extracted == 0 and removed.reused > 0
    assert _snapshot(out) == before


def test_a_graph_ttl_that_does_not_match_the_store_is_merged_again_from_the_blocks(sample, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(sample, corpus)
    out = tmp_path / "out"
    build([str(corpus)], out)
    before = _snapshot(out)
    with Store(out / STORE_NAME) as store:  # the table of subjects loses one: graph.ttl no longer lines up
        first = next(store.subjects_in_order())
        store.delete_subjects([first])
        store.commit()
    (corpus / "kg-added-report.txt").write_text("Ngày 3/3/2024, ông Trần Văn Bảy được bổ nhiệm giữ chức Giám đốc "
                                                "Sở Tài chính tỉnh Lạng Sơn.\n", encoding="utf-8")
    again = build([str(corpus)], out)
    assert not again.patched and again.reused > 0
    build([str(corpus)], tmp_path / "clean", use_store=False)
    assert _snapshot(out) == _snapshot(tmp_path / "clean") != before


def test_the_last_graph_ttl_is_cut_into_subjects_whatever_the_size_of_a_read(tmp_path, monkeypatch):
    import kg.blocks as blocks

    ttl = tmp_path / "graph.ttl"
    text = ("@prefix a: <https://a/> .\n\na:x a:p a:o ;\n\ta:q \"Hà Nội\" .\n<https://b/y> a:p a:o .\n"
            "a:z a:p a:o ,\n\t\ta:o2 .\n")
    ttl.write_text(text, encoding="utf-8")
    data = text.encode()
    at = [data.index(b"a:x"), data.index(b"<https://b/y>"), data.index(b"a:z")]
    for size in (1, 2, 3, 7, 1 << 22):
        monkeypatch.setattr(blocks, "_READ", size)
        assert blocks._subject_starts(ttl, [0, 1, 2, 3]) == ({0: at[0], 1: at[1], 2: at[2]}, 3)
        assert blocks._subject_starts(ttl, [2]) == ({2: at[2]}, 3)


def test_a_changed_subject_finds_its_place_among_the_last_builds_subjects():
    import kg.blocks as blocks

    old = ["a:b", "a:d", "a:f"]
    assert blocks._ranks(iter(old), ["a:a", "a:d", "a:e", "a:g"]) == [(0, False), (1, True), (2, False),
                                                                      (3, False)]
    assert blocks._ranks(iter(old), ["a:f"]) == [(2, True)]
    assert blocks._ranks(iter([]), ["a:a"]) == [(0, False)]
