"""Incremental rebuilds against a clean build, in the same run: unchanged corpus, and 1% new reports.

usage: python bench/bench_incremental.py [CORPUS_DIR] [--runs 3] [--jobs 2] [--html]

CORPUS_DIR (default: the real corpus, its blind test half left out) is copied to a scratch folder
with every 100th report held back. Each run times, as separate ``kg build`` processes:

- clean: the whole corpus into an empty output folder (store written);
- unchanged: the same corpus again into that folder;
- +1%: the folder rebuilt without the held-back reports (not timed), then with them added back;
- no store: a clean build with ``--no-store`` (what keeping the store costs a first build).

Prints the median wall and CPU time of each and their ratios to the clean build (goals: unchanged
<= 10%, +1% <= 15%), and checks that the +1% build wrote the same graph.ttl, graph.trig and
summary.json as the clean build of the same reports. Without ``--html`` the builds write no view
(the view is rebuilt whole). On a shared machine compare the CPU ratios: wall time follows the load.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from runmeter import measure  # noqa: E402
from synth_corpus import DEFAULT_CORPUS, real_reports  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--html", action="store_true")
    args = ap.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="kg-incr-"))
    base, held, out = scratch / "corpus", scratch / "held", scratch / "out"
    base.mkdir()
    held.mkdir()
    reports = real_reports(args.corpus) if args.corpus == DEFAULT_CORPUS else sorted(args.corpus.rglob("*.txt"))
    for i, txt in enumerate(reports):
        dest = held if i % 100 == 50 else base
        for f in (txt, txt.with_suffix(".json")):
            if f.exists():
                shutil.copy(f, dest / f.name)
    n_held = len(list(held.glob("*.txt")))
    flags = ["--quiet", "--jobs", str(args.jobs), *([] if args.html else ["--no-html"])]

    def build(*extra: str, into: Path = out) -> tuple[float, float]:
        run = measure([*KG, "build", str(base), "--out", str(into), *flags, *extra])
        if run.returncode != 0:
            sys.exit(f"kg build failed: {run.stderr[-2000:]}")
        return run.wall, run.cpu

    names = ("graph.ttl", "graph.trig", "summary.json")

    def outputs() -> dict[str, bytes]:
        return {n: (out / n).read_bytes() for n in names}

    held_names = [f.name for f in held.iterdir()]

    def hold_back() -> None:
        for name in held_names:
            (base / name).rename(held / name)

    def give_back() -> None:
        for name in held_names:
            (held / name).rename(base / name)

    times: dict[str, list[tuple[float, float]]] = {"clean": [], "unchanged": [], "+1%": [], "no store": []}
    same = True
    give_back()
    try:
        for _ in range(args.runs):
            shutil.rmtree(out, ignore_errors=True)
            times["clean"].append(build())
            clean = outputs()
            times["unchanged"].append(build())
            hold_back()
            build()  # the folder as it was before the new reports came
            give_back()
            times["+1%"].append(build())
            same = same and outputs() == clean
            times["no store"].append(build("--no-store", into=scratch / "nostore"))  # what the store costs
            shutil.rmtree(scratch / "nostore")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    total = len(reports)
    print(f"{total} reports ({n_held} held back as the 1%), jobs {args.jobs}, "
          f"{'with' if args.html else 'without'} the HTML view, medians of {args.runs} runs")
    for k in ("clean", "unchanged", "+1%", "no store"):
        ratio = "" if k == "clean" else (f"  {wall[k] / wall['clean']:6.1%} of clean (wall), "
                                         f"{cpu[k] / cpu['clean']:6.1%} (cpu)")
        print(f"  {k:>9}: {wall[k]:6.2f} s wall {cpu[k]:6.2f} s cpu{ratio}")
    print(f"  +1% build and clean build: {'the same bytes' if same else 'DIFFERENT bytes'} ({', '.join(names)})")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
