"""``kg eval GOLD_DIR [--corpus DIR]``: build each gold report alone, score it, print P/R/F1."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = "score extraction against hand-checked gold answers (P/R/F1 per kind and per report, with misses)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold_dir", type=Path, help="folder of STEM.gold.json files")
    p.add_argument("--corpus", type=Path, default=None,
                   help="folder holding the reports (searched recursively for STEM.txt); "
                   "default: GOLD_DIR/../../corpus")
    p.add_argument("--out", type=Path, default=None, help="also write each report's graph as OUT/STEM.ttl")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--no-misses", action="store_true", help="do not list what was missed")


def _fmt(c) -> str:
    p, r, f = c.prf()
    return f"{f:4.2f} ({c.tp_gold}/{c.gold} found, {c.tp_pred}/{c.pred} right)"


def run(args: argparse.Namespace) -> int:
    from kg.build import build_graph
    from kg.evaluate import (
        DATED_EVENTS,
        KINDS,
        NAMED_DIRECTIVES,
        POSTS_BY_NODE,
        Counts,
        find_report,
        load_gold,
        score_graph,
    )
    from kg.graph import serialize_turtle

    gold_files = sorted(args.gold_dir.glob("*.gold.json"))
    if not gold_files:
        print(f"kg eval: {args.gold_dir}: no *.gold.json files", file=sys.stderr)
        return 2
    corpus = args.corpus or args.gold_dir.parent.parent / "corpus"
    totals = {k: Counts() for k in (*KINDS, DATED_EVENTS, POSTS_BY_NODE, NAMED_DIRECTIVES)}
    attributes: dict[str, list[bool]] = {"type": [], "issuer": [], "term": [], "post status": []}
    scores, failed = [], 0
    for gf in gold_files:
        gold = load_gold(gf)
        stem = gf.name.removesuffix(".gold.json")
        path = find_report(stem, corpus)
        if path is None:
            print(f"kg eval: {gf}: no report {stem}.* under {corpus}", file=sys.stderr)
            failed += 1
            continue
        result = build_graph([str(path)])
        for err in result.errors:
            print(f"kg eval: {err}", file=sys.stderr)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{stem}.ttl").write_bytes(serialize_turtle(result.triples.union()))
        s = score_graph(gold, result.graph)
        s.report = stem
        scores.append(s)
        for k in totals:
            totals[k] += s.counts[k]
        for a, values in s.attributes.items():
            attributes[a].extend(values)

    if args.json:
        print(json.dumps({
            "totals": {k: dict(vars(c), f1=round(c.prf()[2], 4)) for k, c in totals.items()},
            "attributes": {a: {"right": sum(v), "of": len(v)} for a, v in attributes.items()},
            "reports": [{"report": s.report, "counts": {k: vars(c) for k, c in s.counts.items()},
                         "misses": s.misses, "extras": s.extras} for s in scores],
        }, ensure_ascii=False, indent=2))
        return 1 if failed else 0

    width = max((len(s.report) for s in scores), default=10)
    header = f"{'report':{width}s}  " + "  ".join(f"{k[:6]:>6s}" for k in KINDS) + "   (F1; events: recall)"
    print(header)
    print("-" * len(header))
    for s in scores:
        cells = [f"{s.counts[k].prf()[1 if k == 'events' else 2]:6.2f}" for k in KINDS]
        print(f"{s.report:{width}s}  " + "  ".join(cells))
    print()
    print(f"{'kind':14s}  {'P':>5s} {'R':>5s} {'F1':>5s}   pred  gold")
    for k in KINDS:
        p, r, f = totals[k].prf()
        if k == "events":  # the gold lists every event but dates only some: only recall means something
            print(f"{k:14s}  {'-':>5s} {r:5.2f} {'-':>5s}  {totals[k].pred:5d} {totals[k].gold:5d}"
                  "   (recall of dated gold events only)")
            p, r, f = totals[DATED_EVENTS].prf()
            print(f"{DATED_EVENTS:14s}  {p:5.2f} {r:5.2f} {f:5.2f}  {totals[DATED_EVENTS].pred:5d} "
                  f"{totals[DATED_EVENTS].gold:5d}   (precision over kg's events whose date has a year)")
        else:
            print(f"{k:14s}  {p:5.2f} {r:5.2f} {f:5.2f}  {totals[k].pred:5d} {totals[k].gold:5d}")
        if k == "posts":  # the same posts, each post node counted once (score.py counts each label pair)
            p, r, f = totals[POSTS_BY_NODE].prf()
            print(f"{POSTS_BY_NODE:14s}  {p:5.2f} {r:5.2f} {f:5.2f}  {totals[POSTS_BY_NODE].pred:5d} "
                  f"{totals[POSTS_BY_NODE].gold:5d}   (each post node once, not each label pair)")
        if k == "directives":  # documents without a symbol, matched by type and title (kg.evaluate)
            p, r, f = totals[NAMED_DIRECTIVES].prf()
            print(f"{NAMED_DIRECTIVES:16s}{p:5.2f} {r:5.2f} {f:5.2f}  {totals[NAMED_DIRECTIVES].pred:5d} "
                  f"{totals[NAMED_DIRECTIVES].gold:5d}   (without a symbol: by type and title)")
    print()
    for a, values in attributes.items():
        if values:
            what = "posts with the right status" if a == "post status" else f"directives with the right {a}"
            print(f"matched {what}: {sum(values)}/{len(values)} "
                  f"({100 * sum(values) / len(values):.0f}%)")
    if not args.no_misses:
        for s in scores:
            lines = [f"  missed {k}: {m}" for k in (*KINDS, NAMED_DIRECTIVES) for m in s.misses.get(k, [])]
            lines += [f"  extra {k}: {m}" for k in ("persons", "posts", "organizations", "directives", "events",
                                                    NAMED_DIRECTIVES)
                      for m in s.extras.get(k, [])]
            if lines:
                print(f"\n{s.report}:")
                print("\n".join(lines))
    return 1 if failed else 0
