#!/usr/bin/env python3
"""How far a set's score can be trusted: F1 per kind over one or more `kg eval --json` outputs, with a
95% interval from resampling the reports, and how the misses spread over the reports. Totals only, so a
held-out set's content is not shown (no report is named).

Why: the unseen sets are small (blind10 holds 99 posts, blind11 63) and a report's posts miss together
(one hard roster can hold a quarter of a set's misses), so a figure like 0.78 against 0.93 needs its
interval beside it. Resampling whole reports (not single posts) keeps that clustering in the interval.
Several files are pooled as one set (their reports together) after each is shown alone.

usage: kg eval SET --corpus ../shared/corpus --no-misses --json > e.json
       python scripts/score_spread.py e.json [f.json ...] [--kind "posts by node"] [--resamples 2000] [--seed 32]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_by_length import KINDS, totals  # noqa: E402


def interval(reports: list[dict], kind: str, resamples: int, seed: int) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of ``kind``'s F1 over ``resamples`` draws of as many reports, with
    replacement, as the set holds."""
    rng = random.Random(seed)
    scores = sorted(totals([rng.choice(reports) for _ in reports])[kind][2] for _ in range(resamples))
    return scores[int(0.025 * (resamples - 1))], scores[int(0.975 * (resamples - 1))]


def spread(reports: list[dict], kind: str) -> tuple[int, int, float, int]:
    """(gold items missed, reports with a miss, share of the misses in the three reports that miss most,
    reports) for ``kind``."""
    missed = sorted((r["counts"][kind]["gold"] - r["counts"][kind]["tp_gold"]
                     for r in reports if kind in r["counts"]), reverse=True)
    total = sum(missed)
    return total, sum(1 for m in missed if m), (sum(missed[:3]) / total if total else 0.0), len(reports)


def line(label: str, reports: list[dict], kinds: list[str], resamples: int, seed: int) -> str:
    """One set's figures: per kind P / R / F1 [interval] (gold items), then the spread of the misses."""
    tot = totals(reports)
    parts = []
    for kind in kinds:
        p, r, f, g = tot[kind]
        lo, hi = interval(reports, kind, resamples, seed)
        missed, with_miss, top3, n = spread(reports, kind)
        parts.append(f"{kind} {p:.2f}/{r:.2f}/{f:.3f} [{lo:.3f}-{hi:.3f}] ({g} gold; {missed} missed in "
                     f"{with_miss} of {n} reports, {top3:.0%} in the worst three)")
    return f"{label}: " + " | ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_json", type=Path, nargs="+")
    ap.add_argument("--kind", action="append", choices=KINDS,
                    help="kinds to show (default: posts by node, organizations, persons)")
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=32)
    args = ap.parse_args(argv)
    kinds = args.kind or ["posts by node", "organizations", "persons"]
    pooled: list[dict] = []
    for path in args.eval_json:
        try:
            reports = json.loads(path.read_text(encoding="utf-8"))["reports"]
        except (OSError, ValueError, KeyError) as err:
            print(f"{path}: not a kg eval --json output ({err})", file=sys.stderr)
            return 2
        pooled += reports
        print(line(str(path), reports, kinds, args.resamples, args.seed))
    if len(args.eval_json) > 1:
        print(line("pooled", pooled, kinds, args.resamples, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
