"""Extraction time against input size on hostile shapes: does every report finish in linear time?

Issue 14 found a run of organization-like words that took minutes (the organization parser
recursed into itself) and a 1 MB report on one line that took 3.8 s. This script times
``extract`` on those shapes at two sizes and prints, for each, the median seconds and the ratio
between the sizes: a linear extractor shows a ratio near the size ratio. The floor is
``build_report`` alone (cleaning and the sentence split) on the same text, measured in the same run.

    python bench/bench_hostile_time.py                  # 1 MB and 4 MB, org runs of 200 and 2,000 words
    python bench/bench_hostile_time.py --sizes 0.5 2 --runs 5
    python bench/bench_hostile_time.py --endless 0.25 0.5 1 2    # CPU of one endless sentence per size

The texts leave out every split's held-out reports (and any stem given to ``--leave-out``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from corpus_io import split_test_stems  # noqa: E402

LEAVE_OUT: set[str] = set()  # stems left out of the texts besides the held-out ones (--leave-out)


def corpus_text(corpus: Path, size: int) -> list[str]:
    """Real report texts (from ../shared/corpus, not a held-out one), concatenated until ``size`` bytes."""
    parts, total = [], 0
    skip = split_test_stems() | LEAVE_OUT
    for f in sorted(corpus.rglob("*.txt")):
        if f.stem in skip:
            continue
        t = f.read_text(encoding="utf-8")
        parts.append(t)
        total += len(t.encode())
        if total >= size:
            break
    return parts


def shapes(corpus: Path, size: int) -> dict[str, str]:
    """The hostile shapes at ``size`` bytes: reports one per line, all on one line, no sentence end."""
    parts = corpus_text(corpus, size)
    one_line = " ".join(p.replace("\n", " ") for p in parts)
    return {
        "reports, one per line": "\n".join(parts)[:size],
        "all on one line": one_line[:size],
        "one line, no sentence end": one_line.translate(str.maketrans(".?!", "   "))[:size],
    }


def org_run(n: int) -> str:
    """A short text with a run of ``n`` organization-like words (the parser's old blow-up)."""
    return "Tỉnh ủy Bình Định họp với " + " ".join(["Ủy ban"] * n) + " hôm nay."


def timed(text: str, runs: int) -> tuple[float, float]:
    """Median CPU seconds of the floor (build_report) and of build_report + extract."""
    floor, full = [], []
    for _ in range(runs):
        t0 = time.process_time()
        report = build_report(report_id="bench", source_file="bench.txt", text=text, encoding="utf-8",
                              meta={"title": "bench"})
        t1 = time.process_time()
        extract(report)
        t2 = time.process_time()
        floor.append(t1 - t0)
        full.append(t2 - t0)
    return statistics.median(floor), statistics.median(full)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--sizes", type=float, nargs=2, default=[1.0, 4.0], metavar=("SMALL_MB", "BIG_MB"))
    ap.add_argument("--org-runs", type=int, nargs=2, default=[200, 2000], metavar=("SMALL_N", "BIG_N"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--endless", type=float, nargs="+", metavar="MB",
                    help="only the endless sentence (one line, no sentence end), at each size: CPU and the "
                         "ratio to the size before")
    ap.add_argument("--leave-out", nargs="*", default=[], metavar="STEM", help="reports not to put in the texts")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench_hostile_time: {args.corpus}: no corpus folder (pass --corpus)", file=sys.stderr)
        return 2
    LEAVE_OUT.update(args.leave_out)
    if args.endless:
        return endless(args.corpus, args.endless, args.runs)
    small, big = (int(s * 1_000_000) for s in args.sizes)
    print(f"{'shape':32} {'size':>10} {'floor s':>9} {'extract s':>10} {'x floor':>8}")
    ratios = []
    small_shapes, big_shapes = shapes(args.corpus, small), shapes(args.corpus, big)
    for name in small_shapes:
        times = []
        for label, text in ((f"{args.sizes[0]:g} MB", small_shapes[name]),
                            (f"{args.sizes[1]:g} MB", big_shapes[name])):
            floor, full = timed(text, args.runs)
            times.append(full)
            print(f"{name:32} {label:>10} {floor:9.3f} {full:10.3f} {full / max(floor, 1e-9):8.1f}")
        ratios.append((name, times[1] / max(times[0], 1e-9), big / small))
    times = []
    for n in args.org_runs:
        floor, full = timed(org_run(n), args.runs)
        times.append(full)
        label = f"{n} words"
        print(f"{'organization-word run':32} {label:>10} {floor:9.3f} {full:10.3f} {full / max(floor, 1e-9):8.1f}")
    ratios.append(("organization-word run", times[1] / max(times[0], 1e-9), args.org_runs[1] / args.org_runs[0]))
    print()
    for name, got, linear in ratios:
        print(f"{name}: {got:.1f}x the time for {linear:.0f}x the input (linear: {linear:.0f}x)")
    return 0


def endless(corpus: Path, sizes: list[float], runs: int) -> int:
    """CPU seconds of extracting one endless sentence at each size, and the ratio to the size before
    (linear: the ratio of the sizes, 2x a doubling)."""
    print(f"{'size':>8} {'floor s':>9} {'extract s':>10} {'x before':>9} {'linear':>7}")
    before: tuple[float, float] | None = None
    for mb in sizes:
        text = shapes(corpus, int(mb * 1_000_000))["one line, no sentence end"]
        floor, full = timed(text, runs)
        grow = f"{full / max(before[1], 1e-9):9.2f} {mb / before[0]:7.1f}" if before else f"{'':9} {'':7}"
        print(f"{mb:6g}MB {floor:9.3f} {full:10.3f} {grow}")
        before = (mb, full)
    return 0


if __name__ == "__main__":
    sys.exit(main())
