"""``kg build --executor dask`` on a real ``dask.distributed`` LocalCluster against ``--jobs N`` on a process pool.

usage: python bench/bench_dask.py CORPUS_DIR [--workers 2] [--runs 1] [--out /tmp/kg-bench-dask]

Both builds run the same ``kg build`` command line in a fresh process, one after the other, on the
same reports (make a synthetic archive with ``python bench/synth_corpus.py 5000 /tmp/syn5k``). The
cluster is started before the clock (a real deployment keeps its scheduler running) with
``--workers`` single-threaded worker processes, the same number as the pool's ``--jobs``. The
script then compares ``graph.ttl``, ``graph.trig`` and ``summary.json`` byte for byte: the executor
must not change the graph. The incremental store is removed before each run, so both extract
every report. The machine is shared: compare the ratio (same run), not the seconds.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

KG = [str(Path(sys.executable).with_name("kg"))]  # the installed entry point, as a user runs it


def build(corpus: Path, out: Path, extra: list[str]) -> float:
    if out.exists():
        shutil.rmtree(out)
    t = time.perf_counter()
    proc = subprocess.run([*KG, "build", str(corpus), "--out", str(out), "--no-html", *extra],
                          capture_output=True, text=True)
    secs = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kg build {' '.join(extra)} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-bench-dask"))
    args = ap.parse_args(argv)
    from dask.distributed import LocalCluster

    n = sum(1 for _ in args.corpus.rglob("*.txt"))
    pool_out, dask_out = args.out / "pool", args.out / "dask"
    times: dict[str, list[float]] = {"process pool": [], "dask LocalCluster": []}
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        print(f"{n:,} reports; LocalCluster {cluster.scheduler_address}, {args.workers} workers x 1 thread",
              flush=True)
        for run in range(args.runs):
            times["process pool"].append(build(args.corpus, pool_out, ["--jobs", str(args.workers)]))
            times["dask LocalCluster"].append(
                build(args.corpus, dask_out, ["--executor", "dask", "--scheduler", cluster.scheduler_address]))
            print(f"  run {run + 1}: pool {times['process pool'][-1]:.1f} s, "
                  f"dask {times['dask LocalCluster'][-1]:.1f} s, load {os.getloadavg()[0]:.1f}", flush=True)
    same = all(filecmp.cmp(pool_out / f, dask_out / f, shallow=False)
               for f in ("graph.ttl", "graph.trig", "summary.json"))
    med = {k: statistics.median(v) for k, v in times.items()}
    base = med["process pool"]
    print(f"\nmedians of {args.runs} (same run), {n:,} reports:")
    for name, secs in med.items():
        print(f"  {name:18} {secs:7.1f} s  {n / secs:6.1f} reports/s  {secs / base:4.2f}x the pool")
    print(f"  outputs byte-identical (graph.ttl, graph.trig, summary.json): {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
