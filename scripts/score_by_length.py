#!/usr/bin/env python3
"""Totals of one `kg eval --json` output split by report length: the reports of at least N characters and the
shorter ones, each scored as kg eval scores a set (P / R / F1 over the summed counts). Totals only, so a
held-out set's content is not shown.

Why: blind10 scores lower than every fresh set, and 13 of its 23 reports are longer than any fresh set's
before round 31; this tells whether length is where kg loses (round 31: it is not).

usage: kg eval SET --corpus ../shared/corpus --no-misses --json > e.json
       python scripts/score_by_length.py e.json [--corpus ../shared/corpus] [--chars 7000]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("persons", "posts", "posts by node", "organizations", "directives", "named directives", "dated events")


def totals(reports: list[dict]) -> dict[str, tuple[float, float, float, int]]:
    """(P, R, F1, gold items) per kind over ``reports`` (kg eval's per-report counts summed)."""
    out = {}
    for kind in KINDS:
        tp_gold = tp_pred = pred = gold = 0
        for r in reports:
            c = r["counts"].get(kind)
            if c:
                tp_gold += c["tp_gold"]
                tp_pred += c["tp_pred"]
                pred += c["pred"]
                gold += c["gold"]
        p = tp_pred / pred if pred else 0.0
        rec = tp_gold / gold if gold else 0.0
        out[kind] = (p, rec, 2 * p * rec / (p + rec) if p + rec else 0.0, gold)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_json", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "corpus")
    ap.add_argument("--chars", type=int, default=7000)
    args = ap.parse_args(argv)
    reports = json.loads(args.eval_json.read_text(encoding="utf-8"))["reports"]
    length = {}
    for r in reports:
        found = sorted(args.corpus.rglob(r["report"] + ".txt"))
        if not found:
            print(f"{r['report']}: no report text under {args.corpus}", file=sys.stderr)
            return 2
        length[r["report"]] = len(found[0].read_text(encoding="utf-8"))
    for label, keep in ((f">= {args.chars}", lambda s: length[s] >= args.chars),
                        (f"< {args.chars}", lambda s: length[s] < args.chars)):
        group = [r for r in reports if keep(r["report"])]
        line = " | ".join(f"{k} {p:.2f}/{r:.2f}/{f:.3f} ({g})" for k, (p, r, f, g) in totals(group).items())
        print(f"{label} chars, {len(group)} reports: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
