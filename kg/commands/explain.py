"""``kg explain DIR PERSON``: why kg took the mentions of a name to be one person (or several).

For every Person node of the build in DIR whose name matches PERSON (typed with or without accents,
in any case) or whose IRI is PERSON (also an old IRI listed in ``redirects.tsv``): its reports, its
posts in time, and each identity link that joined two of its mentions, with the evidence and how
sure it is. The least certain links come first, as in ``kg review``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.identities import explain_lines, find_persons, load_store, read_redirects

HELP = "show why the mentions of a person were joined (evidence, reports, posts) in a build"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, help="a build folder (kg build --out DIR)")
    p.add_argument("person", help="a name (accents optional) or a person IRI")


def run(args: argparse.Namespace) -> int:
    try:
        store = load_store(args.dir)
    except FileNotFoundError as exc:
        print(f"kg explain: {exc}", file=sys.stderr)
        return 2
    redirects = read_redirects(args.dir)
    found = find_persons(store, args.person, redirects)
    if not found:
        print(f"kg explain: no person {args.person!r} in {args.dir}", file=sys.stderr)
        return 1
    if len(found) > 1:
        print(f"{len(found)} people are named {found[0][1]} in this build (namesakes kept apart, or mentions "
              "with no evidence to join them):\n")
    for iri, name in found:
        print("\n".join(explain_lines(store, iri, name, redirects)))
        print()
    return 0
