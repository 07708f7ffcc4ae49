"""Benchmark ``kg sync`` against the real local Neo4j (``make neo4j-start``), with a naive baseline.

usage: python bench/bench_sync.py [--build DIR] [--synthetic-reports N] [--runs N]
                                  [--baseline-sample N] [--batch-sizes 1000,5000,20000]

For each data set (a ``kg build`` output folder, and a synthetic corpus written by
``kg.sync.synthetic``; 5,500 reports is about a million triples):

- first sync into an empty database: median seconds, graph elements (nodes + relationships) per
  second and triples per second;
- the naive baseline, measured in the same run: one MERGE statement per triple, each in its own
  transaction. It is far too slow for the whole set, so it runs on the first N triples and is
  extrapolated (the output says so);
- re-sync of the unchanged build, and re-sync after 1% of the reports changed (alternately
  changed and changed back, so every run is a 1% change), as shares of the first sync's time;
- optionally, first-sync time per batch size (the tuning behind ``DEFAULT_BATCH``).

It DELETES everything in the target database. Medians over ``--runs``; the machine may be shared,
so compare the ratios printed, which come from the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from kg.sync import synthetic
from kg.sync.connection import Neo4jUnavailable, Settings, connect
from kg.sync.engine import DEFAULT_BATCH, Syncer, clear
from kg.sync.mapping import RDF_TYPE, KeyMap
from kg.sync.source import read, split_blocks

OUT = Path(__file__).resolve().parent / "results"


def first_sync(driver, db: str, path: Path, batch: int) -> tuple[float, object]:
    clear(driver, db)
    t = time.perf_counter()
    res = Syncer(driver, db, batch_size=batch).sync(path)
    return time.perf_counter() - t, res


def naive(driver, db: str, path: Path, sample: int) -> tuple[float, int, int]:
    """One MERGE per triple, one transaction each: what a straightforward loader does."""
    src = read(path)
    triples = [t for g in sorted(src.graphs) for t in src.graphs[g]]
    total = len(triples)
    rng = random.Random(7)
    picked = rng.sample(triples, min(sample, total))
    km = KeyMap()
    clear(driver, db)
    t = time.perf_counter()
    def one(tx, query: str, params: dict) -> None:
        tx.run(query, params).consume()

    with driver.session(database=db) as session:
        for s, p, (kind, value, _dt, lang) in picked:
            if kind == "iri" and p != RDF_TYPE:
                q = (f"MERGE (a:Resource {{iri: $s}}) MERGE (b:Resource {{iri: $o}}) "
                     f"MERGE (a)-[:{km.rel_type(p)}]->(b)")
                session.execute_write(one, q, {"s": s, "o": value})
            elif kind == "iri":
                session.execute_write(one, "MERGE (a:Resource {iri: $s}) SET a.rdfType = $o",
                                      {"s": s, "o": value})
            else:
                session.execute_write(one, "MERGE (a:Resource {iri: $s}) SET a[$k] = $v",
                                      {"s": s, "k": km.prop_key(p, lang), "v": value})
    return time.perf_counter() - t, len(picked), total


def changed_copy(path: Path, out: Path, share: float, seed: int) -> Path:
    """The build's TriG rewritten with ``share`` of its report graphs edited (one label changed in
    each), in the same layout, so unchanged graphs keep their block hashes."""
    src_file = path / "graph.trig" if path.is_dir() else path
    split = split_blocks(src_file.read_text(encoding="utf-8"))
    assert split is not None, f"{src_file}: not in kg's TriG layout"
    header, blocks = split
    named = [k for k, body in blocks if k and '"@vi' in body]
    k = max(1, round(len(named) * share)) if share > 0 else 0
    chosen = set(random.Random(seed).sample(named, k))
    parts = [header, ""]
    for key, body in blocks:
        if key in chosen:
            body = body.replace('"@vi', ' (sửa)"@vi', 1)
        parts.append(f"{key + ' ' if key else ''}{{\n{body}\n}}\n")
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.trig").write_text("\n".join(parts), encoding="utf-8")
    return out


def bench_dataset(driver, db: str, name: str, path: Path, runs: int, sample: int, batch: int,
                  scratch: Path) -> dict:
    print(f"\n== {name}: {path}", flush=True)
    firsts = []
    for i in range(runs):
        secs, res = first_sync(driver, db, path, batch)
        firsts.append((secs, res))
        print(f"  first sync run {i + 1}: {secs:.2f} s, {res.elements} elements, {res.triples} triples "
              f"({res.elements / secs:,.0f} elements/s), load average {os.getloadavg()[0]:.2f}, "
              f"phases {({k: round(v, 2) for k, v in res.phases.items()})}", flush=True)
    first = statistics.median(s for s, _ in firsts)
    res = firsts[0][1]
    el_rate, tr_rate = res.elements / first, res.triples / first

    # the database now holds the build (last run); unchanged re-sync
    resyncs = []
    for _ in range(runs):
        t = time.perf_counter()
        r = Syncer(driver, db, batch_size=batch).sync(path)
        resyncs.append(time.perf_counter() - t)
        assert r.unchanged
    # unchanged build but the file rewritten (every graph hashed, none written): the slow path
    changed = changed_copy(path, scratch / f"{name}-v1", 0.0, seed=0)
    t = time.perf_counter()
    r = Syncer(driver, db, batch_size=batch).sync(changed)
    rehash = time.perf_counter() - t
    assert r.changed == 0, r.summary()
    # 1% of the reports changed, then changed back: each run is a 1% change
    v2 = changed_copy(path, scratch / f"{name}-v2", 0.01, seed=1)
    one_pct = []
    for i in range(runs):
        target = v2 if i % 2 == 0 else changed
        t = time.perf_counter()
        r = Syncer(driver, db, batch_size=batch).sync(target)
        one_pct.append(time.perf_counter() - t)
        print(f"  1% re-sync run {i + 1}: {one_pct[-1]:.2f} s ({r.changed} reports changed, "
              f"{r.elements} elements written)", flush=True)

    base_secs, base_n, total = naive(driver, db, path, sample)
    base_rate = base_n / base_secs
    out = {
        "dataset": name, "path": str(path), "triples": res.triples, "graphs": res.graphs,
        "elements": res.elements, "nodes": res.nodes_written, "relationships": res.rels_written,
        "first_sync_s_median": first, "elements_per_s": el_rate, "triples_per_s": tr_rate,
        "resync_unchanged_s_median": statistics.median(resyncs),
        "resync_unchanged_share": statistics.median(resyncs) / first,
        "resync_rewritten_file_unchanged_graphs_s": rehash, "resync_rewritten_share": rehash / first,
        "resync_1pct_s_median": statistics.median(one_pct),
        "resync_1pct_share": statistics.median(one_pct) / first,
        "naive_sample_triples": base_n, "naive_sample_s": base_secs, "naive_triples_per_s": base_rate,
        "naive_extrapolated_s": total / base_rate, "speedup_vs_naive": tr_rate / base_rate,
        "runs": runs, "batch_size": batch, "load_average_1min_end": os.getloadavg()[0],
    }
    print(f"  first sync (median of {runs}): {first:.2f} s = {el_rate:,.0f} elements/s, {tr_rate:,.0f} triples/s")
    print(f"  naive baseline (one MERGE per triple, {base_n} of {total} triples, extrapolated): "
          f"{base_rate:,.0f} triples/s -> {total / base_rate:,.0f} s for all; kg sync is "
          f"{tr_rate / base_rate:,.1f}x faster")
    print(f"  re-sync unchanged: {out['resync_unchanged_s_median']:.2f} s "
          f"({100 * out['resync_unchanged_share']:.1f}% of first); same graphs in a rewritten file: "
          f"{rehash:.2f} s ({100 * out['resync_rewritten_share']:.1f}%)")
    print(f"  re-sync after 1% of reports changed: {out['resync_1pct_s_median']:.2f} s "
          f"({100 * out['resync_1pct_share']:.1f}% of first)", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=Path, help="a kg build output folder (graph.trig)")
    ap.add_argument("--synthetic-reports", type=int, default=5500, help="0 to skip (5500 ~ 1M triples)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-sample", type=int, default=3000)
    ap.add_argument("--batch-sizes", default="", help="comma-separated batch sizes to time on --build")
    ap.add_argument("--scratch", type=Path, default=Path("/tmp/kg-bench-sync"))
    args = ap.parse_args(argv)
    settings = Settings.resolve()
    try:
        driver = connect(settings)
    except Neo4jUnavailable as exc:
        print(f"bench_sync: {exc}", file=sys.stderr)
        return 1
    db = settings.database
    results = []
    if args.batch_sizes and args.build:
        print("== batch size (first sync of --build, one run each)")
        for bs in [int(x) for x in args.batch_sizes.split(",")]:
            secs, res = first_sync(driver, db, args.build, bs)
            print(f"  batch {bs:>6}: {secs:.2f} s, {res.elements / secs:,.0f} elements/s", flush=True)
            results.append({"batch_size": bs, "first_sync_s": secs, "elements_per_s": res.elements / secs})
    if args.build:
        results.append(bench_dataset(driver, db, "build", args.build, args.runs, args.baseline_sample,
                                     DEFAULT_BATCH, args.scratch))
    if args.synthetic_reports:
        path = synthetic.write(args.scratch / f"synthetic-{args.synthetic_reports}", args.synthetic_reports)
        results.append(bench_dataset(driver, db, "synthetic", path, args.runs, args.baseline_sample,
                                     DEFAULT_BATCH, args.scratch))
    clear(driver, db)
    driver.close()
    OUT.mkdir(exist_ok=True)
    (OUT / "bench_sync.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwrote {OUT / 'bench_sync.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
