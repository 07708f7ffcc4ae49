#!/usr/bin/env python3
"""Speed of the directives and events components over the corpus.

usage: bench_directives.py [CORPUS_DIR] [--runs N]

Prints the median time of N runs (default 5) of: the baseline (computing every report's matching key,
which every extractor needs), find_symbols, extract_directives, and extract_directives followed by
extract_events; each as reports per second and as a ratio to the baseline measured in the same run.
Keys are computed once before the component runs, as the pipeline does.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import unicodedata
from pathlib import Path

from kg.loaders.dates import parse_date_value
from kg.loaders.extract.directives import extract_directives
from kg.loaders.extract.events import extract_events
from kg.loaders.extract.symbols import find_symbols
from kg.model import Extraction, Report
from kg.textkey import key as text_key


def load(corpus: Path) -> list[Report]:
    out = []
    for txt in sorted(corpus.glob("*/*.txt")):
        side = txt.with_suffix(".json")
        meta = json.loads(side.read_text(encoding="utf-8")) if side.exists() else {}
        out.append(Report(id=txt.stem, text=unicodedata.normalize("NFC", txt.read_text(encoding="utf-8")),
                          source_file=str(txt), published=parse_date_value(meta.get("date") or "")))
    return out


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    if "--runs" in argv:
        args.remove(str(runs))
    corpus = Path(args[0]) if args else Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    reports = load(corpus)
    n = len(reports)
    base = timed(lambda: [text_key(r.text) for r in reports], runs)
    for r in reports:
        _ = r.key

    def directives() -> None:
        for r in reports:
            extract_directives(r, Extraction(report=r))

    def both() -> None:
        for r in reports:
            ex = Extraction(report=r)
            extract_directives(r, ex)
            extract_events(r, ex)

    rows = [("baseline: text key", base),
            ("find_symbols", timed(lambda: [find_symbols(r.text, r.key) for r in reports], runs)),
            ("extract_directives", timed(directives, runs)),
            ("extract_directives + extract_events", timed(both, runs))]
    print(f"# {n} reports, median of {runs} runs, one core")
    for name, t in rows:
        print(f"{name:40s} {t * 1000:8.1f} ms  {n / t:8.0f} reports/s  {t / base:5.2f}x baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
