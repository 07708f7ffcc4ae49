"""CPU of each extraction component on one endless sentence, at two sizes: which ones are not linear.

tests/hostile/test_time.py's endless-sentence case (a megabyte on one line with no ". ! ?") is
the bounded-time test with the least margin, and bench/bench_hostile_time.py --endless times the
whole extraction only. This splits the time by component (pipeline.COMPONENTS, as
bench/bench_pipeline.py does for the corpus) and prints each one's ratio between the sizes: a
linear component grows by the size ratio (2x a doubling). With --profile FILE, the larger size
runs once more under cProfile (stats to FILE, the top functions by cumulative time printed).

    python bench/endless_components.py                      # 0.5 MB and 1 MB
    python bench/endless_components.py --sizes 1 2 --profile /tmp/endless.pstats --leave-out STEM ...

The texts are bench_hostile_time's (every split's held-out reports left out, and the stems given
to --leave-out).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import bench_hostile_time  # noqa: E402

from kg.loaders.build import build_report  # noqa: E402
from kg.loaders.extract.pipeline import collector_paused, components  # noqa: E402
from kg.loaders.extract.tokens import REPORT_TOKENS  # noqa: E402
from kg.model import Extraction  # noqa: E402


def by_component(text: str) -> dict[str, float]:
    """CPU seconds of each component (and of making the report's key) on ``text``, one run."""
    report = build_report(report_id="endless", source_file="endless.txt", text=text, encoding="utf-8",
                          meta={"title": "endless"})
    spent: dict[str, float] = {}
    t = time.process_time()
    report.key  # noqa: B018 - the key is made once a report, before the components
    spent["key"] = time.process_time() - t
    extraction = Extraction(report=report)
    with collector_paused():
        for component in components():
            t = time.process_time()
            component(report, extraction)
            spent[component.__name__] = time.process_time() - t
        report._memo.pop(REPORT_TOKENS, None)
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--sizes", type=float, nargs=2, default=[0.5, 1.0], metavar=("SMALL_MB", "BIG_MB"))
    ap.add_argument("--runs", type=int, default=2, help="the lowest CPU of this many runs is kept")
    ap.add_argument("--profile", metavar="FILE", help="profile the larger size once, stats to FILE")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--leave-out", nargs="*", default=[], metavar="STEM", help="reports not to put in the texts")
    args = ap.parse_args(argv)
    bench_hostile_time.LEAVE_OUT.update(args.leave_out)
    texts = [bench_hostile_time.shapes(args.corpus, int(mb * 1_000_000))["one line, no sentence end"]
             for mb in args.sizes]
    small, big = ({name: min(ts) for name, ts in zip(runs[0], zip(*(r.values() for r in runs), strict=True),
                                                      strict=True)}
                  for runs in ([by_component(text) for _ in range(args.runs)] for text in texts))
    linear = args.sizes[1] / args.sizes[0]
    print(f"{'component':24} {args.sizes[0]:>7g}MB {args.sizes[1]:>7g}MB {'x':>6}  (linear {linear:g}x)")
    for name in small:
        print(f"{name:24} {small[name]:9.3f} {big[name]:9.3f} {big[name] / max(small[name], 1e-9):6.2f}")
    print(f"{'total':24} {sum(small.values()):9.3f} {sum(big.values()):9.3f} "
          f"{sum(big.values()) / max(sum(small.values()), 1e-9):6.2f}")
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(by_component, texts[1])
        prof.dump_stats(args.profile)
        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
