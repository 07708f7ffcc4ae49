#!/usr/bin/env python3
"""Throughput of the officials extractor over the corpus: reports per second per core.

usage: bench_extract.py [CORPUS_DIR] [--runs N]
Loads every report once (loading is not timed), then times ``extract_officials`` over all of
them N times (default 5) on one core and prints the median, with the ratio to a baseline measured
in the same run: tokenising each report (``Tokens.of``), the floor any token-based extractor pays.
The goal is >= 200 reports/s/core. Times are CPU time of this process (``time.process_time``), so
other work on a shared machine does not count against the extractor.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import corpus_reports  # noqa: E402

from kg.loaders.extract.lexicon import lexicon  # noqa: E402
from kg.loaders.extract.officials import extract_officials  # noqa: E402
from kg.loaders.extract.tokens import (
    REPORT_TOKENS,  # noqa: E402
    Tokens,  # noqa: E402
)
from kg.model import Extraction  # noqa: E402


def timed(fn, reports, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.process_time()
        for r in reports:
            fn(r)
        out.append(time.process_time() - t0)
    return out


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("-") else \
        Path(__file__).resolve().parents[2] / "shared" / "corpus"
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    reports = corpus_reports(corpus)
    for r in reports:
        _ = r.key  # the matching key is the loader's work, computed once per report
    lexicon()  # data files are read once per process, not per report
    base = timed(lambda r: Tokens.of(r.text, r.key), reports, runs)
    def officials_alone(r) -> None:
        extract_officials(r, Extraction(report=r))
        r._memo.pop(REPORT_TOKENS, None)  # as pipeline.extract does: each run tokenises again

    full = timed(officials_alone, reports, runs)
    n = len(reports)
    mb, mf = statistics.median(base), statistics.median(full)
    print(f"reports: {n}, runs: {runs}")
    print(f"baseline (tokenise only):   {n / mb:8.0f} reports/s/core  median {mb * 1000:7.1f} ms")
    print(f"extract_officials:          {n / mf:8.0f} reports/s/core  median {mf * 1000:7.1f} ms")
    print(f"ratio extract/baseline:     {mf / mb:8.1f}x")
    print(f"per report:                 {mf / n * 1000:8.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
