"""Score person resolution on the corpus against tests/gold/resolution.json.

Usage: python scripts/resolution_eval.py [--corpus ../shared/corpus] [--sweep | --sweep-career] [-v]

--sweep also prints the scores for other rare-name thresholds (kg.persons.RARE_NAME_LOG10), the
measurement the threshold was chosen from; --sweep-career does the same for the uncommon-name
threshold of careers in the leadership tier (kg.persons.CAREER_NAME_LOG10).
Each line is given for the whole annotation and for each of its sets apart: "first" (the names read
while the resolver was tuned), "second" and "third" (names added later, decided by reading the
reports before looking at kg's clusters: the fairer figures).
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
    ap.add_argument("--sweep-career", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gold = read_gold(args.gold)
    exs = extract_all(load([args.corpus]).reports, [])
    knob, label = ("CAREER_NAME_LOG10", "career below") if args.sweep_career else ("RARE_NAME_LOG10", "rare below")
    thresholds = [getattr(kg.persons, knob)]
    if args.sweep:
        thresholds += [-4.0, -4.5, -5.0, -5.5, -6.0, -6.5, -7.0, -8.0, -99.0]
    if args.sweep_career:
        thresholds += [-3.0, -3.5, -4.0, -4.5, -5.0, -5.5, -99.0]
    for t in thresholds:
        setattr(kg.persons, knob, t)
        t0 = time.perf_counter()
        res = resolve(exs)
        took = time.perf_counter() - t0
        s = score(gold, exs, res)
        print(f"{label} {t:6.1f}: all: {s.summary()}; resolve {took:.1f} s")
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
