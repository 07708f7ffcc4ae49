"""``kg stats DIR``: who is most connected, who sits between groups, who meets whom.

Prints, as plain-text tables: node counts per class, the top officials by betweenness (with
degree and co-attendance community), the co-attendance communities, and, with ``--path A B``, the
shortest chain of relationships between two officials. See :mod:`kg.analytics`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HELP = "network statistics of a built graph: central officials, co-attendance communities, shortest paths"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, metavar="DIR", help="a build output folder (with graph.ttl) or a Turtle file")
    p.add_argument("--top", type=int, default=20, help="how many officials to list (default 20)")
    p.add_argument("--by", choices=("betweenness", "degree"), default="betweenness", help="ranking measure")
    p.add_argument("--path", nargs=2, metavar=("A", "B"), help="print the shortest path between two officials")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON (stable keys) instead of tables")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A fixed-width text table (columns as wide as their longest cell)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _pick(G, query: str) -> str | None:
    from kg.viz import selection

    matches = selection.find_nodes(G, query)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        print(f"kg stats: nothing named {query!r}", file=sys.stderr)
    else:
        print(f"kg stats: {query!r} matches {len(matches)} nodes; give an IRI:", file=sys.stderr)
        for n in matches:
            print(f"  {selection.describe(G, n)}", file=sys.stderr)
    return None


def run(args: argparse.Namespace) -> int:
    from kg import analytics, progress
    from kg.viz import cache

    try:
        G = cache.projected(args.dir)  # graph.view.json from kg build when current, else parsed
    except Exception as exc:
        print(f"kg stats: {args.dir}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    counts = Counter(d["cls"] for _, d in G.nodes(data=True))
    with progress.session(quiet=args.quiet or args.json):
        step = progress.bar("stats", total=2, unit="step")
        groups = analytics.communities(G)
        step.update()
        rows = analytics.rank_officials(G, top=args.top, by=args.by)
        step.update()
        step.close()
    if args.json:
        out = {
            "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "classes": dict(sorted(counts.items(), key=lambda x: (-x[1], x[0]))),
            "by": args.by,
            "officials": [{"rank": i, "iri": r.node, "name": r.label, "degree": r.degree,
                           "betweenness": round(r.betweenness, 6),
                           "community": None if r.community is None else r.community + 1}
                          for i, r in enumerate(rows, 1)],
            "communities": [{"community": i, "members": len(c), "officials": sorted(G.nodes[n]["label"] for n in c)}
                            for i, c in enumerate(groups, 1)],
        }
        if args.path:
            a, b = (_pick(G, q) for q in args.path)
            if a is None or b is None:
                return 1
            out["path"] = [{"step": i, "relationship": h.pred, "forward": h.forward, "name": h.label}
                           for i, h in enumerate(analytics.shortest_path(G, a, b) or [])]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(table(["class", "nodes"], [[c, n] for c, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]))
    print(f"\n{G.number_of_nodes()} nodes, {G.number_of_edges()} edges\n")
    print(f"Top {len(rows)} officials by {args.by}")
    print(table(["#", "official", "degree", "betweenness", "community"],
                [[i, r.label, r.degree, f"{r.betweenness:.4f}", "" if r.community is None else r.community + 1]
                 for i, r in enumerate(rows, 1)]))
    print(f"\nCo-attendance communities ({len(groups)})")
    print(table(["community", "members", "officials"],
                [[i, len(c), "; ".join(sorted(G.nodes[n]["label"] for n in c))[:160]]
                 for i, c in enumerate(groups, 1)]))
    if args.path:
        a, b = (_pick(G, q) for q in args.path)
        if a is None or b is None:
            return 1
        hops = analytics.shortest_path(G, a, b)
        print(f"\nShortest path: {G.nodes[a]['label']} -> {G.nodes[b]['label']}")
        if not hops:
            print("(not connected)")
        else:
            print(table(["step", "relationship", "node"],
                        [[i, "" if h.pred is None else (h.pred if h.forward else f"<- {h.pred}"), h.label]
                         for i, h in enumerate(hops)]))
    return 0
