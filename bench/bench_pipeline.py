"""CPU time of each extraction component over a corpus, in reports per second per core.

usage: python bench/bench_pipeline.py [CORPUS_DIR] [--runs N] [--profile FILE.pstats] [--top N] [--tree DIR]

Process CPU time (not wall time) is measured, so a loaded shared machine slows the figure less;
the matching key is timed on its own, since every component reads it. Medians of N runs. The
components run as :func:`kg.loaders.extract.pipeline.extract` runs them in a build: with the cyclic
garbage collector paused for the report (the collections that follow are in the total), and each
report's per-report memo (its tokens among them) dropped after it, as a build drops it, so that every
run makes the tokens again (until round 30 runs 2 and 3 reused run 1's tokens: the median left
tokenising out, and the collections walked every report's kept tokens).
``--profile`` runs the same loop once under cProfile instead (a speed change starts from the
largest shares, not from a guess), writes the stats to FILE and prints the top functions by their
own time and by cumulative time. ``--tree`` times another kg checkout (a snapshot of an earlier
commit, ``git archive COMMIT | tar -x -C DIR``) with this venv, as bench_instructions.py imports it:
run it alternately with this checkout, at the same load, to compare the two.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", metavar="FILE", help="run once under cProfile, stats to FILE")
    ap.add_argument("--top", type=int, default=40, help="functions printed with --profile")
    ap.add_argument("--tree", metavar="DIR", help="import kg from this checkout (default: the installed kg)")
    args = ap.parse_args()
    if args.tree:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_instructions import _import_from

        _import_from(Path(args.tree).resolve())
    from kg.loaders import load
    from kg.loaders.extract.pipeline import collector_paused, components
    from kg.model import Extraction

    reports = load([args.corpus]).reports
    comps = components()
    if args.profile:
        _profile(reports, comps, args.profile, args.top)
        return
    stages: dict[str, list[float]] = {"key": [], **{c.__name__: [] for c in comps}}
    totals = []
    for _ in range(args.runs):
        spent = dict.fromkeys(stages, 0.0)
        for r in reports:
            r._key = None  # recompute the key in every run
        start = time.process_time()
        for r in reports:
            t = time.process_time()
            r.key  # noqa: B018 - computing the cached key is what is timed here
            spent["key"] += time.process_time() - t
            ex = Extraction(report=r)
            with collector_paused():  # as pipeline.extract runs the components in a build
                for c in comps:
                    t = time.process_time()
                    c(r, ex)
                    spent[c.__name__] += time.process_time() - t
                r._memo.clear()  # as a build drops them (pipeline.extract, parallel.extract_one): the next
                # run makes the tokens again, and no collection walks every report's leftovers
        totals.append(time.process_time() - start)
        for k, v in spent.items():
            stages[k].append(v)
    n, total = len(reports), statistics.median(totals)
    print(f"kg from {Path(load.__code__.co_filename).parent.parent}")
    print(f"{n} reports, median of {args.runs} runs: {total:.2f} s CPU = {n / total:.0f} reports/s/core")
    for k, v in stages.items():
        m = statistics.median(v)
        print(f"  {k:22s} {m:6.2f} s  {100 * m / total:5.1f}%")


def _profile(reports: list, comps: list, out: str, top: int) -> None:
    """One pass of key and components over ``reports`` under cProfile (the key recomputed, as in
    the timed runs); the stats go to ``out`` for pstats or snakeviz."""
    from kg.loaders.extract.pipeline import collector_paused
    from kg.model import Extraction

    for r in reports:
        r._key = None
    prof = cProfile.Profile()
    prof.enable()
    for r in reports:
        r.key  # noqa: B018 - the key is part of what is profiled
        ex = Extraction(report=r)
        with collector_paused():
            for c in comps:
                c(r, ex)
            r._memo.clear()
    prof.disable()
    prof.dump_stats(out)
    stats = pstats.Stats(out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


if __name__ == "__main__":
    main()
