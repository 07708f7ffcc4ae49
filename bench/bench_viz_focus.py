"""``kg viz --focus`` on a build: with the projection cache ``kg build`` leaves (graph.view.json) and without.

    python bench/bench_viz_focus.py --build DIR --focus "NAME" [--depth 2] [--runs 3] [--baseline-runs 1]

Each run is the whole command in a fresh process (``python -m kg.cli viz ...``), wall time, medians.
The baseline is the same command with the cache moved aside (what every run cost before the cache:
parse graph.ttl with rdflib, project, then select), measured in the same run; the cache is put back.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(build: Path, focus: str, depth: int, out: Path) -> float:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "kg.cli", "viz", str(build), "--focus", focus, "--depth", str(depth),
                        "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"kg viz failed: {p.stderr.strip()}")
    return dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=Path, required=True)
    ap.add_argument("--focus", required=True)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-runs", type=int, default=1)
    args = ap.parse_args()
    cache = args.build / "graph.view.json"
    if not cache.is_file():
        raise SystemExit(f"{cache} missing: build with `kg build ... --out {args.build}` (with the HTML view)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "focus.html"
        cached = [run_once(args.build, args.focus, args.depth, out) for _ in range(args.runs)]
        aside = Path(tmp) / "graph.view.json"
        shutil.copy2(cache, aside)
        baseline = []
        try:
            for _ in range(args.baseline_runs):
                cache.unlink(missing_ok=True)
                baseline.append(run_once(args.build, args.focus, args.depth, out))
        finally:
            shutil.copy2(aside, cache)
    load = os.getloadavg()[0]
    c, b = statistics.median(cached), statistics.median(baseline)
    print(f"kg viz --focus {args.focus!r} --depth {args.depth} on {args.build} (1-min load {load:.1f})")
    print(f"  with graph.view.json:    median {c:.2f} s of {args.runs} runs {[round(x, 2) for x in cached]}")
    print(f"  without (parse+project): median {b:.2f} s of {args.baseline_runs} runs {[round(x, 2) for x in baseline]}")
    print(f"  {b / c:.1f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
