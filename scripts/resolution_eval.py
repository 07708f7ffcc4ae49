"""Score person resolution on the corpus against tests/gold/resolution.json.

Usage: python scripts/resolution_eval.py [--corpus ../shared/corpus] [--sweep]

--sweep also prints the scores for other rare-name thresholds (kg.persons.RARE_NAME_LOG10), the
measurement the threshold was chosen from. Each line is given for the whole annotation and for each
of its sets apart: "first" (the names read while the resolver was tuned) and "second" (names added
later, decided by reading the reports before looking at kg's clusters: the fairer figure).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import kg.persons
from kg.build import extract_all
from kg.loaders import load
from kg.resolution_eval import read_gold, score
from kg.resolve import resolve

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--gold", default=str(REPO / "tests" / "gold" / "resolution.json"))
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gold = read_gold(args.gold)
    exs = extract_all(load([args.corpus]).reports, [])
    thresholds = [kg.persons.RARE_NAME_LOG10]
    if args.sweep:
        thresholds += [-4.0, -4.5, -5.0, -5.5, -6.0, -6.5, -7.0, -8.0, -99.0]
    for t in thresholds:
        kg.persons.RARE_NAME_LOG10 = t
        t0 = time.perf_counter()
        res = resolve(exs)
        took = time.perf_counter() - t0
        s = score(gold, exs, res)
        print(f"rare below {t:6.1f}: all: {s.summary()}; resolve {took:.1f} s")
        for name in sorted({n.get("set", "first") for n in gold}):
            part = score([n for n in gold if n.get("set", "first") == name], exs, res)
            print(f"{'':18s}{name}: {part.summary()}")
        if args.verbose and t == thresholds[0]:
            for line in s.namesakes_merged:
                print("  merged:", line)
            for line in s.split:
                print("  split:", line)
            for line in s.missing:
                print("  missing:", line)


if __name__ == "__main__":
    main()
