"""Build time and peak memory of ``kg build`` at several archive sizes, for 1 and 2 jobs.

usage: python bench/bench_scale.py [--sizes 1000 5000] [--jobs 1 2] [--runs 1] [--work /tmp/kg-scale]

Each size is a synthetic archive made by ``bench/synth_corpus.py`` from the real corpus (made once
and kept in WORK). Every run is a clean build (``--no-store``, ``--no-html``: the HTML view of a whole
archive is not what a big build is for) as a separate process; memory is the peak summed RSS of the
build and its pool workers (``bench/runmeter.py``). Prints one line per (size, jobs): median wall
time, CPU time, peak memory, and memory per report.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from runmeter import measure  # noqa: E402
from synth_corpus import synthetic_corpus  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-scale"))
    args = ap.parse_args()
    print(f"{'reports':>8} {'jobs':>4} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'MB/report':>9}")
    for size in args.sizes:
        corpus = synthetic_corpus(size, args.work)
        for jobs in args.jobs:
            runs = []
            for _ in range(args.runs):
                out = args.work / f"out-{size}-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                run = measure([*KG, "build", str(corpus), "--out", str(out), "--no-html", "--no-store",
                               "--quiet", "--jobs", str(jobs)])
                if run.returncode not in (0, 1):
                    sys.exit(f"kg build failed ({run.returncode}): {run.stderr[-2000:]}")
                runs.append(run)
            wall = statistics.median(r.wall for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            peak = statistics.median(r.peak_mb for r in runs)
            print(f"{size:>8} {jobs:>4} {wall:>8.1f} {cpu:>8.1f} {peak:>8.0f} {peak / size:>9.3f}", flush=True)


if __name__ == "__main__":
    main()
