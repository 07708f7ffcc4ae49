"""``kg diff OLD NEW``: facts added and removed between two builds, per kind and per report.

    kg diff out-monday out-tuesday                 # a table per kind, then one line per report
    kg diff out-monday out-tuesday --facts         # and every added (+) / removed (-) triple
    kg diff out-monday out-tuesday --format json   # for scripts

Exit 0 when the builds hold the same facts, 1 when they differ (like diff(1)), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SHOWN = 30  # report names listed in text before "... (N more)"; --format json lists all

HELP = "facts added and removed between two builds, per kind of entity and per report"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("old", type=Path, help="the earlier build folder (or graph.trig)")
    p.add_argument("new", type=Path, help="the later build folder (or graph.trig)")
    p.add_argument("--facts", action="store_true", help="also print each added/removed triple (N-Triples)")
    p.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    from kg.export.diff import diff_builds, nt
    from kg.sync.source import SourceError

    try:
        d = diff_builds(args.old, args.new)
    except SourceError as exc:
        print(f"kg diff: {exc}", file=sys.stderr)
        return 1
    out = sys.stdout
    if args.format == "json":
        doc = {
            "kinds": {k: {"added": a, "removed": r} for k, (a, r) in d.per_kind().items()},
            "reports": [{"report": g.name, "added": len(g.added), "removed": len(g.removed),
                         **({"facts": {"added": sorted(nt(t) for t in g.added),
                                       "removed": sorted(nt(t) for t in g.removed)}} if args.facts else {})}
                        for g in d.graphs],
            "addedReports": d.added_reports, "removedReports": d.removed_reports,
        }
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 1 if not d.empty else 0
    if d.empty:
        print("kg diff: the two builds hold the same facts", file=sys.stderr)
        return 0
    kinds = d.per_kind()
    width = max(len("kind"), *(len(k) for k in kinds))
    out.write(f"{'kind':{width}}  {'added':>7}  {'removed':>7}\n")
    for k, (a, r) in kinds.items():
        out.write(f"{k:{width}}  {a:7d}  {r:7d}\n")
    out.write("\n")
    for title, names in (("new reports", d.added_reports), ("reports gone", d.removed_reports)):
        if names:
            shown = ", ".join(names[:SHOWN]) + (f", ... ({len(names) - SHOWN} more)" if len(names) > SHOWN else "")
            out.write(f"{title} ({len(names)}): {shown}\n")
    for g in d.graphs:
        by_kind: dict[str, list[int]] = {}
        for sign, triples in ((0, g.added), (1, g.removed)):
            for t in triples:
                by_kind.setdefault(d.kind(t[0]), [0, 0])[sign] += 1
        parts = ", ".join(f"{k} +{a} -{r}" for k, (a, r) in sorted(by_kind.items()))
        out.write(f"{g.name}: +{len(g.added)} -{len(g.removed)} ({parts})\n")
        if args.facts:
            for t in sorted(g.added, key=nt):
                out.write(f"  + {nt(t)}\n")
            for t in sorted(g.removed, key=nt):
                out.write(f"  - {nt(t)}\n")
    return 1
