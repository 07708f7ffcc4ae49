#!/usr/bin/env python3
"""Print what the officials extractor finds in some corpus reports, for reading by eye.

usage: dump_officials.py CORPUS_DIR [--sample N] [--seed S] [STEM ...]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems, read_report  # noqa: E402

from kg.loaders.extract.officials import extract_officials  # noqa: E402
from kg.model import Extraction  # noqa: E402


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    held_out = held_out_stems()
    files = sorted(corpus.glob("*/*.txt"))
    stems = [a for a in argv[1:] if not a.startswith("--") and not a.isdigit()]
    if stems:
        files = [f for f in files if f.stem in stems]
    elif "--sample" in argv:
        k = int(argv[argv.index("--sample") + 1])
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 4
        files = random.Random(seed).sample(files, k)
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
