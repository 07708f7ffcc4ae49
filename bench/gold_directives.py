#!/usr/bin/env python3
"""Compare directive and event mentions with the gold answers, before `kg eval` exists.

usage: gold_directives.py [GOLD_DIR] [CORPUS_DIR] [-v]

Runs the directives and events components alone (no officials component: organizations and persons
come from nowhere, so organizers and participants are not scored here) and prints, over the gold
reports: symbol precision/recall/F1 (symbols compared as score.py does), and for matched directives
how often type, issuer and stated term agree with the gold; then the recall of dated gold events
(a gold event with a date is found when an extracted event has that date, as score.py does).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from kg.evaluate import find_report, load_gold, symbol_key  # the gold scorer's rule, not a copy of it
from kg.loaders.dates import parse_date_value
from kg.loaders.extract.directives import extract_directives, roman_to_int
from kg.loaders.extract.doc_tables import tables
from kg.loaders.extract.events import extract_events
from kg.model import Extraction, Report
from kg.textkey import compact


def load(txt: Path) -> Report:
    meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    return Report(id=txt.stem, text=unicodedata.normalize("NFC", txt.read_text(encoding="utf-8")),
                  source_file=str(txt), published=parse_date_value(meta.get("date") or ""),
                  province=meta.get("province"))


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    root = Path(__file__).resolve().parent.parent.parent / "shared"
    gold_dir = Path(args[0]) if args else root / "gold" / "dev"
    corpus = Path(args[1]) if len(args) > 1 else root / "corpus"
    tp = pred_n = gold_n = 0
    agree = {"type": [0, 0], "issuer": [0, 0], "term": [0, 0]}
    ev_hit = ev_gold = 0
    for gf in sorted(gold_dir.glob("*.gold.json")):
        gold = load_gold(gf)
        stem = gf.name.removesuffix(".gold.json")
        txt = find_report(stem, corpus)
        report = load(txt)
        ex = Extraction(report=report)
        extract_directives(report, ex)
        extract_events(report, ex)
        pred = {symbol_key(d.symbol): d for d in ex.directives if d.symbol}
        gsyms = {symbol_key(g["symbol"]): g for g in gold["directives"] if g.get("symbol")}
        both = set(pred) & set(gsyms)
        tp += len(both)
        pred_n += len(pred)
        gold_n += len(gsyms)
        for s in sorted(both):
            d, g = pred[s], gsyms[s]
            dt = tables().type_by_id.get(d.doc_type or "")
            checks = {
                "type": compact(dt.vi if dt else "") == compact(g.get("type") or ""),
                "issuer": compact(d.issuer.name if d.issuer else "") == compact(g.get("issuer") or ""),
                "term": (None if d.term_inferred else d.term)
                == (roman_to_int(g["term"]) if g.get("term") else None),
            }
            for name, ok in checks.items():
                agree[name][0] += ok
                agree[name][1] += 1
                if verbose and not ok:
                    inferred = "(inferred)" if d.term_inferred else ""
                    print(f"  {stem} {s} {name}: predicted {d.doc_type} {d.issuer and d.issuer.name} "
                          f"{d.term}{inferred}; gold {g.get('type')} {g.get('issuer')} {g.get('term')}")
        if verbose:
            for s in set(pred) - set(gsyms):
                print(f"  {stem} extra {s}")
            for s in set(gsyms) - set(pred):
                print(f"  {stem} missed {s}")
        dates = {e.date.iso() for e in ex.events if e.date}
        for g in gold["events"]:
            if g.get("date"):
                ev_gold += 1
                ev_hit += g["date"] in dates
                if verbose and g["date"] not in dates:
                    print(f"  {stem} missed event {g['kind']} {g['date']}")
    p = tp / pred_n if pred_n else 1.0
    r = tp / gold_n if gold_n else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"directives (symbol): pred={pred_n} gold={gold_n} tp={tp} P={p:.2f} R={r:.2f} F1={f:.2f}")
    for name, (ok, n) in agree.items():
        print(f"  matched directives, {name} right: {ok}/{n} = {ok / n if n else 1:.2f}")
    print(f"events with a date: recall {ev_hit}/{ev_gold} = {ev_hit / ev_gold if ev_gold else 1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
