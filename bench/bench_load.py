"""Loading throughput on the real corpus, and the loaders' share of load + extract time.

Prints the median of N runs of ``kg.loaders.load`` over ../shared/corpus in reports/s and MB/s,
with two baselines measured in the same run: reading the same files' bytes only, and reading +
UTF-8 decoding them (what any loader must do). If the extraction pipeline is importable, times
``kg.loaders.extract.pipeline.extract`` on the same reports and prints the loaders' share.

Usage: .venv/bin/python bench/bench_load.py [--runs 5] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from kg.loaders import load

REPO = Path(__file__).resolve().parent.parent


def _median_time(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    files = sorted(
        p for p in args.corpus.rglob("*") if p.suffix in (".txt", ".json") and "rosters" not in p.parts
    )
    mb = sum(p.stat().st_size for p in files) / 1_000_000

    read_s, _ = _median_time(lambda: [p.read_bytes() for p in files], args.runs)
    decode_s, _ = _median_time(lambda: [p.read_bytes().decode("utf-8") for p in files], args.runs)
    load([str(args.corpus)])  # warm caches: tables, regexes
    load_s, result = _median_time(lambda: load([str(args.corpus)]), args.runs)
    n = len(result.reports)

    print(f"corpus: {n} reports, {len(result.errors)} errors, {mb:.2f} MB (txt + sidecars), {args.runs} runs")
    print(f"baseline read bytes:       {read_s * 1000:8.1f} ms")
    print(f"baseline read+utf8 decode: {decode_s * 1000:8.1f} ms")
    print(f"kg.loaders.load:           {load_s * 1000:8.1f} ms  = {n / load_s:8.0f} reports/s, "
          f"{mb / load_s:6.2f} MB/s, {load_s / decode_s:5.1f}x read+decode")

    from kg.textkey import key

    key_s, _ = _median_time(lambda: [key(r.text) for r in result.reports], max(1, min(args.runs, 3)))
    print(f"Report.key for all (paid once, by the first extractor): {key_s * 1000:8.1f} ms")

    try:
        from kg.loaders.extract.pipeline import components, extract
    except ImportError:
        print("extraction pipeline not importable: loaders' share not measured")
        return 0
    if not components():
        print("extraction pipeline has no components yet: loaders' share not measured")
        return 0
    def run_extract() -> None:
        for r in result.reports:
            r._key = None  # each run pays for the key, as a fresh build does
            extract(r)

    extract_s, _ = _median_time(run_extract, max(1, min(args.runs, 3)))
    share = load_s / (load_s + extract_s)
    print(f"extract (pipeline):        {extract_s * 1000:8.1f} ms  = {n / extract_s:8.0f} reports/s")
    print(f"loaders' share of load+extract: {share:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
