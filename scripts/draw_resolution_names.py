#!/usr/bin/env python3
"""Draw names for a blind person-resolution annotation, from kg's extraction only (never its clustering).

usage: python scripts/draw_resolution_names.py SEED N SET [--min 3] [--max 12] [--syllables 2]

Why a script: a resolution set is blind only if whoever annotates it never sees how kg grouped the
names, and a reader who distrusts the figure must be able to repeat the draw. The pool is every
person name (credits left out) of at least ``--syllables`` syllables that the officials extractor
finds in ``--min`` to ``--max`` corpus reports, leaving out the seed and rosters folders, the
held-out reports of every split (``bench/corpus_io.split_test_stems``) and the names of the other
sets of ``tests/gold/resolution.json`` (names of SET itself stay in, so a committed set can be
redrawn). ``random.Random(SEED).sample`` of the sorted pool. The fifth set is
``draw_resolution_names.py 20261205 20 fifth`` on the extraction of 47bad7b.

``--common`` keeps only names that ``kg.persons.is_rare`` does not call rare (common family, middle
and given names). Why: the fourth and fifth sets, drawn from all names, held no namesakes at all, so
they could not show a wrongly merged pair; common names are where namesakes live. The rarity
estimate uses syllable counts only, never kg's clustering, so the draw stays blind.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus_io import read_report, split_test_stems  # noqa: E402

from kg.loaders.extract.officials import extract_officials  # noqa: E402
from kg.model import Extraction  # noqa: E402
from kg.persons import is_rare  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int)
    ap.add_argument("set", help="the name of the set being drawn; its own names stay in the pool")
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--max", type=int, default=12)
    ap.add_argument("--syllables", type=int, default=2)
    ap.add_argument("--common", action="store_true", help="only names kg.persons.is_rare calls common")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    held = split_test_stems()
    gold = json.loads((ROOT / "tests" / "gold" / "resolution.json").read_text(encoding="utf-8"))
    known = {n["name"].casefold() for n in gold["names"] if n.get("set") != args.set}
    where: dict[str, set[str]] = defaultdict(set)
    for txt in sorted(args.corpus.glob("*/*.txt")):
        if txt.parent.name in ("seed", "rosters") or txt.stem in held:
            continue
        report = read_report(txt)
        ex = Extraction(report=report)
        extract_officials(report, ex)
        for person in ex.persons:
            if not person.credit and person.name:
                where[person.name].add(txt.stem)
    pool = {
        name: stems for name, stems in where.items()
        if len(name.split()) >= args.syllables and args.min <= len(stems) <= args.max
        and name.casefold() not in known
        and not (args.common and is_rare(name))
    }
    drawn = random.Random(args.seed).sample(sorted(pool), args.n)
    print(json.dumps({"seed": args.seed, "pool_size": len(pool),
                      "names": [{"name": n, "reports": sorted(pool[n])} for n in drawn]},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
