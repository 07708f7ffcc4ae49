#!/usr/bin/env python3
"""List every string in the corpus that looks like a document symbol but did not parse, with counts.

usage: scan_symbols.py [CORPUS_DIR] [--all]

"Looks like" is deliberately looser than the parser: a number, then capitals joined by "/" or "-"
in any spacing ("98 - NQ / CP", "966 A / CV", "59-NQ/T"). A candidate counts as parsed when a symbol
found by kg.loaders.extract.symbols.find_symbols overlaps it. ``--all`` also prints the parsed
symbols with their counts. Prints a timing line (median of 3 runs of find_symbols over the corpus).
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from kg.loaders.extract.symbols import find_symbols
from kg.textkey import key as text_key

LOOSE = re.compile(
    r"(?<![\w/.])\d{1,5}[ \t]*/[ \t]*(?:19|20)\d\d[ \t]*/[ \t]*[A-Z]{1,8}\d{1,2}\b|"
    r"(?<![\w/.])\d{1,5}(?:\.\d{1,3})?[ \t]*(?:[A-Z][ \t]*)?[-–—/ ][ \t]*(?:(?:19|20)\d\d[ \t]*/[ \t]*)?"
    r"[A-ZĐƯ][A-Za-zĐđƯư.]{0,9}[ \t]*[/\-–][ \t]*[A-ZĐƯ][A-Za-zĐđƯư0-9.]*(?:[ \t]*[-–/][ \t]*[A-ZĐƯ][\wĐđ]*)*"
)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    files = sorted(corpus.glob("*/*.txt"))
    if not files:
        print(f"{corpus}: no reports found", file=sys.stderr)
        return 2
    texts = [unicodedata.normalize("NFC", f.read_text(encoding="utf-8", errors="replace")) for f in files]
    keys = [text_key(t) for t in texts]
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        found = [find_symbols(t, k) for t, k in zip(texts, keys, strict=True)]
        runs.append(time.perf_counter() - t0)
    unparsed: Counter[str] = Counter()
    parsed: Counter[str] = Counter()
    candidates = 0
    for text, syms in zip(texts, found, strict=True):
        for s in syms:
            parsed[s.parse.symbol] += 1
        for m in LOOSE.finditer(text):
            candidates += 1
            if not any(s.span.start < m.end() and m.start() < s.span.end for s in syms):
                unparsed[m.group(0)] += 1
    med = statistics.median(runs)
    print(f"# {len(files)} reports; {candidates} symbol-like strings; {sum(parsed.values())} symbols parsed "
          f"({len(parsed)} distinct); {sum(unparsed.values())} symbol-like strings not parsed "
          f"({len(unparsed)} distinct)")
    print(f"# find_symbols over the corpus: median {med * 1000:.1f} ms of 3 runs, "
          f"{len(files) / med:.0f} reports/s")
    print("# count\tunparsed string")
    for s, n in unparsed.most_common():
        print(f"{n}\t{s}")
    if "--all" in argv:
        print("# count\tparsed symbol")
        for s, n in parsed.most_common():
            print(f"{n}\t{s}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
