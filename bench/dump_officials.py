#!/usr/bin/env python3
"""Print what the officials extractor finds in some corpus reports, for reading by eye.

usage: dump_officials.py CORPUS_DIR [--sample N] [--seed S] [STEM ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems, picked_files, read_report  # noqa: E402

from kg.loaders.extract.officials import extract_officials  # noqa: E402
from kg.model import Extraction  # noqa: E402


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    held_out = held_out_stems()
    files = picked_files(sorted(corpus.glob("*/*.txt")), argv[1:])
    files = [f for f in files if f.stem not in held_out]
    for f in files:
        r = read_report(f)
        ex = Extraction(report=r)
        extract_officials(r, ex)
        print(f"=== {f.stem}")
        for p in ex.persons:
            posts = [f"{t.role} @ {t.org.name if t.org else '-'} [{t.status}]" for t in ex.posts if t.person is p]
            print(f"  P {p.name}{' (credit)' if p.credit else ''} x{len(p.spans)}: " + "; ".join(posts))
        seen = set()
        for o in ex.organizations:
            if o.name not in seen:
                seen.add(o.name)
                print(f"  O {o.name}  <{o.written}> {o.kind}/{o.category}/{o.scope}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
