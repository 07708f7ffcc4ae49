#!/usr/bin/env python3
"""Draw a blind test set of corpus reports, reproducibly, before anyone reads them.

usage: python scripts/draw_blind.py SEED N [--corpus ../shared/corpus] [--min-chars 1200] [--max-chars 7000]

Why a script: a blind test is only worth its score if the draw can be repeated by someone who
distrusts it. The rule is the one ``tests/gold/README.md`` states: reports of 1,200-7,000
characters that no file in ``../shared/gold/dev`` covers, that no other split in
``tests/gold/split*.json`` holds, that the repository does not name, and that were not in the
30-report samples read by hand in earlier rounds (``bench/dump_officials.py --sample 30 --seed S``
for the seeds in ``READ_SAMPLE_SEEDS``). ``random.Random(SEED).sample`` of the sorted rest.

The length bounds are options because the 1,200-7,000 pool ran out at the ninth draw: the tenth
(``20261210 23 --min-chars 0 --max-chars 100000``) takes every unread report of any length, which
leaves the long reports (7,000-10,000 characters) and the short ones the earlier rule passed over.

Repeat a draw at the commit that made it (``git checkout`` the commit that added its split): the
files of the repository name more reports as rounds go on, and a report named later leaves the
pools of later draws, not of the draw that already chose it. The draw's own reports named later
(its scoring notes) are kept in its pool, so the latest draw also repeats on the current tree.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READ_SAMPLE_SEEDS = (4, 99, 123, 555, 1515)
# Samples read after a draw: seed -> the draw seed they came after. They leave later draws' pools
# but not that draw's own, so that an earlier draw stays reproducible.
READ_AFTER_DRAW = {2612: 20261204, 7001: 20261205, 7002: 20261205, 7003: 20261205, 7004: 20261205,
                   9105: 20261205, 7301: 20261205, 8842: 20261205, 9157: 20261205,
                   6060: 20261206, 6307: 20261206, 6529: 20261206, 2026: 20261206,
                   6203: 20261206, 6411: 20261206,
                   7070: 20261207, 7707: 20261207,
                   3131: 20261208, 8181: 20261208, 9393: 20261208, 3141: 20261208,
                   4242: 20261209, 6868: 20261209, 4417: 20261209, 5813: 20261209, 9901: 20261209,
                   10010: 20261209, 10020: 20261209, 1010: 20261209, 1015: 20261209}
SAMPLE_SIZE = 30
# Samples of another size than SAMPLE_SIZE (``dump_officials.py --sample N``): seed -> N.
SAMPLE_SIZES = {6203: 120, 6411: 200, 8181: 20, 9393: 20, 3141: 20,
                4242: 24, 6868: 26, 4417: 20, 5813: 5, 9901: 52}


def named_in_repo(stems: list[str]) -> set[str]:
    """The stems that a tracked file other than a split or its annotations mentions (read by someone, so not blind).

    Splits and their ``*.gold.json`` are left to ``eligible``, so that a draw can be repeated after its own
    split and annotations are committed.
    """
    out = subprocess.run(
        ["git", "grep", "-h", "-o", "-E", r"(baomoi|crawlnews|unc|vietnews|vntc|rosters)-[0-9]{4}",
         "--", ".", ":!tests/gold/split*.json", ":!tests/gold/*/*.gold.json"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout
    named = set(out.split())
    return {s for s in stems if s in named}


def eligible(corpus: Path, draw_seed: int, min_chars: int = 1200, max_chars: int = 7000) -> list[Path]:
    files = sorted(corpus.glob("*/*.txt"))
    read: set[str] = set()
    for sample_seed in READ_SAMPLE_SEEDS:
        read |= {f.stem for f in random.Random(sample_seed).sample(files, SAMPLE_SIZE)}
    for sample_seed, after in READ_AFTER_DRAW.items():
        if draw_seed > after:
            size = SAMPLE_SIZES.get(sample_seed, SAMPLE_SIZE)
            read |= {f.stem for f in random.Random(sample_seed).sample(files, size)}
    dev = {p.name.removesuffix(".gold.json") for p in (corpus.parent / "gold" / "dev").glob("*.gold.json")}
    own: set[str] = set()
    for split in (ROOT / "tests" / "gold").glob("split*.json"):
        data = json.loads(split.read_text(encoding="utf-8"))
        stems = {s for key, val in data.items() if isinstance(val, list) for s in val}
        if data.get("seed") == draw_seed:
            own = stems
            continue
        read |= stems
    # A draw's own reports may be named later by files about its scoring (tests/gold/README.md, the
    # convention log): that does not take them out of the draw that chose them.
    read |= named_in_repo([f.stem for f in files]) - own
    keep = []
    for f in files:
        if f.stem in read or f.stem in dev or f.parent.name in ("seed", "rosters"):
            continue
        if min_chars <= len(f.read_text(encoding="utf-8")) <= max_chars:
            keep.append(f)
    return keep


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--min-chars", type=int, default=1200)
    ap.add_argument("--max-chars", type=int, default=7000)
    args = ap.parse_args()
    pool = eligible(args.corpus, args.seed, args.min_chars, args.max_chars)
    if len(pool) < args.n:
        print(f"draw_blind: only {len(pool)} unread reports are eligible, fewer than the {args.n} asked",
              file=sys.stderr)
        return 2
    drawn = random.Random(args.seed).sample(pool, args.n)
    print(json.dumps({"pool": len(pool), "drawn": [f.stem for f in drawn]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
