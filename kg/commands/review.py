"""``kg review DIR``: the least certain joins of person mentions, first, with a decision line to paste.

Each identity link of the build (``kg:IdentityLink``) is listed with its confidence, evidence and the
two reports it joined. An analyst who finds a wrong one copies its ``different`` line into
``DIR/decisions.tsv`` (or the file given to ``kg build --decisions``) and rebuilds; to join two
nodes kg left apart, write a ``same`` line (see :mod:`kg.decisions`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.identities import load_store, review_rows

HELP = "list the least certain joins of person mentions first, with decision lines to paste"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, help="a build folder (kg build --out DIR)")
    p.add_argument("--limit", type=int, default=30, help="how many links to list (default 30; 0: all)")
    p.add_argument("--kind", action="append", help="only links of this kind of evidence (repeatable)")


def run(args: argparse.Namespace) -> int:
    from urllib.parse import unquote

    try:
        store = load_store(args.dir)
    except FileNotFoundError as exc:
        print(f"kg review: {exc}", file=sys.stderr)
        return 2
    rows = review_rows(store)
    if args.kind:
        rows = [r for r in rows if r[1] in args.kind]
    if args.limit:
        rows = rows[: args.limit]
    if not rows:
        print("no identity links to review")
        return 0
    for conf, kind, name, iri, reason, reports in rows:
        a, b = (sorted(unquote(x) for x in reports) + [""])[:2]
        print(f"{conf:.2f}  {kind:15s} {name}  <{iri}>")
        print(f"      {reason}")
        print(f"      if wrong, add to decisions.tsv:  different\t{a}#{name}\t{b or a}#{name}")
    return 0
