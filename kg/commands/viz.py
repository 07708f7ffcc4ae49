"""``kg viz DIR --out FILE``: an HTML view (or GraphML/GEXF export) of a built graph or part of it.

Examples::

    kg viz out --out out/all.html
    kg viz out --focus "Nguyễn Chí Dũng" --depth 2 --out dung.html
    kg viz out --focus "62-KL/TW" --out kl62.html          # who issued it, which events, who attended
    kg viz out --types Person,Organization --province "Bình Định" --from 2020 --to 2025 --out bd.html
    kg viz out --format graphml --out graph.graphml        # for Gephi or yEd
    kg viz out --timeline "Nguyễn Chí Dũng" --out career.html   # a career, or a post's holders, over time
    kg viz out --overview --out overview.html             # provinces and central bodies, sized by people

Exit codes: 0 written; 1 the focus matched several nodes (they are listed, pick one with ``--pick N``
or by IRI) or none, or the input could not be read; 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "draw a built graph (or a person's, organization's or directive's part of it) as HTML, GraphML or GEXF"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, metavar="DIR", help="a build output folder (with graph.ttl) or a Turtle file")
    p.add_argument("--out", type=Path, required=True, help="file to write")
    p.add_argument("--format", choices=("html", "graphml", "gexf"), default=None,
                   help="output format (default: from --out's extension, else html)")
    p.add_argument("--focus", help="a name (any tone style, case, with or without diacritics), symbol or IRI")
    p.add_argument("--depth", type=int, default=2, help="neighbourhood radius around --focus (default 2)")
    p.add_argument("--pick", type=int, help="when --focus matches several nodes, take the N-th (1-based)")
    p.add_argument("--types", help="comma-separated classes to keep: Person,Organization,Post,Directive,Event...")
    p.add_argument("--province", help="keep what belongs to this province")
    p.add_argument("--from", dest="date_from", help="keep what is dated on or after this date (YYYY[-MM[-DD]])")
    p.add_argument("--to", dest="date_to", help="keep what is dated on or before this date")
    p.add_argument("--size-by", choices=("degree", "betweenness"), help="node size by this measure")
    p.add_argument("--title", help="page title (default: from the selection)")
    p.add_argument("--max-nodes", type=int, default=None, help="draw at most this many nodes (most connected first)")
    p.add_argument("--timeline", metavar="NAME", help="a person's career or a post's holders as a timeline page")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--overview", action="store_true",
                   help="one node per province and central body, sized by people, linked by shared officials")


def _real_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a day, month or year that exists (not 9999-99-99, 2023-02-29)."""
    import datetime

    parts = value.strip().split("-")
    if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return False
    y, m, d = (int(p) for p in parts + ["1"] * (3 - len(parts)))
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def run(args: argparse.Namespace) -> int:
    import networkx as nx

    from kg import analytics
    from kg.viz import cache, selection
    from kg.viz.html import MAX_NODES, write_view
    from kg.viz.projection import exportable
    from kg.vocab import KG, local_name

    fmt = args.format or {".graphml": "graphml", ".gexf": "gexf"}.get(args.out.suffix.lower(), "html")
    try:
        # graph.view.json from kg build when current (light: quotes and report lists are read only for
        # what is drawn, view.fill), else parsed and projected
        view = cache.projected_lazy(args.dir)
        G = view.G
    except Exception as exc:  # unreadable or malformed input: one line, exit 1
        print(f"kg viz: {args.dir}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    title = args.title
    if args.timeline:
        return _timeline(G, args, view)
    if args.overview:
        from kg.viz.overview import overview

        H, sizes = overview(view.fill(G), build=str(args.dir))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        notice = (f"{H.graph['left_out']} nhóm nhỏ hơn không vẽ / {H.graph['left_out']} smaller groups "
                  "left out" if H.graph.get("left_out") else "")
        write_view(H, args.out, title=args.title or "Tổng quan / Overview: provinces and central bodies",
                   size_by=sizes, size_label="people", notice=notice)
        print(f"kg viz: overview of {G.number_of_nodes()} nodes as {H.number_of_nodes()} groups, "
              f"{H.number_of_edges()} links -> {args.out}")
        return 0
    if args.focus:
        matches = selection.find_nodes(G, args.focus)
        if not matches:
            print(f"kg viz: nothing in the graph is named {args.focus!r}", file=sys.stderr)
            return 1
        centre = _pick(G, matches, args.pick, f"{args.focus!r} matches {len(matches)} nodes; "
                                               "choose one with --pick N or --focus IRI:")
        if isinstance(centre, int):
            return centre
        if G.nodes[centre]["cls"] == local_name(KG.Directive):
            G = selection.directive_reach(G, centre)
            title = title or f"{G.nodes[centre]['label']}: ban hành, hội nghị, người tham dự"
        else:
            G = selection.neighbourhood(G, centre, args.depth, build=str(args.dir))
            title = title or f"{G.nodes[centre]['label']} (±{args.depth})"
    # Province and dates first: they need the places and posts that --types may then drop.
    try:
        if args.province:
            G = selection.filter_province(G, args.province)
        if args.date_from or args.date_to:
            for value in (args.date_from, args.date_to):
                if value and (selection.date_bounds(value) is None or not _real_date(value)):
                    raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
            G = selection.filter_dates(G, args.date_from, args.date_to)
        if args.types:
            G = selection.filter_types(G, selection.class_names(G, args.types.split(",")))
    except ValueError as exc:
        print(f"kg viz: {exc}", file=sys.stderr)
        return 1 if str(exc).startswith("no place") else 2
    title = title or "kg"
    G = view.fill(G)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        size_by = None
        if args.size_by == "degree":
            size_by = {n: float(v) for n, v in analytics.degree(G, cls=None).items()}
        elif args.size_by == "betweenness":
            size_by = analytics.betweenness(G, cls=None)
        from kg import progress

        with progress.session(quiet=args.quiet):
            bar = progress.bar(f"layout and page ({G.number_of_nodes():,} nodes)", total=1, unit="view")
            write_view(G, args.out, title=title, size_by=size_by, max_nodes=args.max_nodes or MAX_NODES,
                       size_label=args.size_by or "score")
            bar.update()
            bar.close()
    else:
        H = exportable(G)
        if args.size_by:
            scores = analytics.degree(G, cls=None) if args.size_by == "degree" else analytics.betweenness(G, cls=None)
            nx.set_node_attributes(H, {n: float(v) for n, v in scores.items()}, args.size_by)
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(H, args.out)
    print(f"kg viz: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges -> {args.out}")
    return 0


def _pick(G, matches: list[str], pick: int | None, ambiguous: str) -> str | int:
    """The node ``--pick`` chooses among several matches, or the exit code after saying why not:
    1 when the name is ambiguous (the candidates are listed), 2 when --pick is out of range."""
    from kg.viz import selection

    if len(matches) > 1 and pick is None:
        print(f"kg viz: {ambiguous}", file=sys.stderr)
        for i, n in enumerate(matches, 1):
            print(f"  {i}. {selection.describe(G, n)}", file=sys.stderr)
        return 1
    if pick is not None and not 1 <= pick <= len(matches):
        print(f"kg viz: --pick must be between 1 and {len(matches)}", file=sys.stderr)
        return 2
    return matches[(pick or 1) - 1]


def _timeline(G, args: argparse.Namespace, view) -> int:
    """``--timeline NAME``: the tenures of a person (career) or of a post (holders) over time."""
    from kg.viz import selection, timeline

    matches = [n for n in selection.find_nodes(G, args.timeline) if G.nodes[n]["cls"] in ("Person", "Post")]
    if not matches:
        print(f"kg viz: no person or post is named {args.timeline!r}", file=sys.stderr)
        return 1
    node = _pick(G, matches, args.pick, f"{args.timeline!r} matches {len(matches)} people or posts; "
                                        "choose one with --pick N:")
    if isinstance(node, int):
        return node
    args.out.parent.mkdir(parents=True, exist_ok=True)
    near = {node, *G.predecessors(node), *G.successors(node)}
    near |= {o for n in list(near) for _, o, k in G.out_edges(n, keys=True) if k == "postIn"}
    G = view.fill(G.subgraph(near).copy())  # the tenures' report counts
    args.out.write_text(timeline.render(G, node, title=args.title), encoding="utf-8")
    print(f"kg viz: timeline of {G.nodes[node]['label']} ({len(timeline.tenures(G, node))} tenures) -> {args.out}")
    return 0
