"""``kg build PATH... --out DIR``: reports in, ``graph.ttl``, ``graph.trig`` and ``graph.html`` out."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HELP = "build the graph from report files, folders, globs or - (stdin) into an output folder"

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)?\s*$", re.I)


def parse_size(text: str) -> int:
    """'5MB', '500k', '1048576' -> bytes (decimal units, as file managers and the messages show them)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5MB, 500KB or a number of bytes)")
    unit = (m.group(2) or "").lower().rstrip("b")
    return int(float(m.group(1)) * {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3}[unit])


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files (.txt, .html, .jsonl), folders, globs, or -")
    p.add_argument("--out", default="out", type=Path, help="output folder (default: out)")
    p.add_argument("--max-size", default="5MB", type=parse_size, help="refuse files larger than this (default 5MB)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--title", default="kg", help="title of the HTML view")
    p.add_argument("--quiet", action="store_true", help="print no summary and no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON (the keys of summary.json)")


def run(args: argparse.Namespace) -> int:
    from functools import partial

    from kg import progress
    from kg.build import build_graph, write_outputs
    from kg.viz.html import write_html

    t0 = time.perf_counter()
    with progress.session(quiet=args.quiet or args.json):
        result = build_graph(args.paths, max_bytes=args.max_size)
    for err in result.errors:
        print(f"kg build: {err}", file=sys.stderr)
    if not result.reports and result.errors:
        print("kg build: no report could be loaded; nothing written", file=sys.stderr)
        return 1
    with progress.session(quiet=args.quiet or args.json):
        written = write_outputs(result, args.out,
                                html=None if args.no_html else partial(write_html, title=args.title))
    s = result.summary()
    if args.json:  # the keys of summary.json, plus where the files went and how long it took
        print(json.dumps(dict(s, failed=result.errors, written=[str(p) for p in written],
                              seconds=round(time.perf_counter() - t0, 2)), ensure_ascii=False, indent=2))
    elif not args.quiet:
        secs = time.perf_counter() - t0
        print(progress.table(s.items(), title=f"kg build: {s['reports']} reports in {secs:.1f} s"))
        print("wrote " + ", ".join(str(p) for p in written))
    return 1 if result.errors else 0
