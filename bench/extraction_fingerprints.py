#!/usr/bin/env python3
"""One line per report: its stem and a hash of everything its extraction holds, every report
extracted in ONE process in the order given, so that what one report leaves behind (a module-level
memo, an id() kept of an object let go) reaches the next. Two runs under other orders or hash seeds
must print the same lines (sorted); a report whose line differs carries state from the ones before it.
Only hashes are printed: no fact of any report is shown, so held-out reports can be compared too.

usage: PYTHONHASHSEED=1 python bench/extraction_fingerprints.py [--reverse | --shuffle N] FILE... > a.txt
       PYTHONHASHSEED=2 python bench/extraction_fingerprints.py --reverse FILE... > b.txt
       join <(sort a.txt) <(sort b.txt) | awk '$2 != $3'     (the reports that differ)
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random

from kg.loaders.api import load
from kg.model import Extraction
from kg.parallel import extract_one

_LISTS = ("persons", "organizations", "posts", "directives", "events", "campaigns", "periods", "tasks")


def canon(x: object, seen: set[int]) -> object:
    """``x`` as nested tuples of reprs, sets and dicts sorted (their order is the hash seed's), each
    mention once (a mention met again is its id), the report by its id."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        if type(x).__name__ == "Report":
            return ("Report", getattr(x, "id", None))
        if id(x) in seen:
            return ("ref", getattr(x, "id", None))
        seen.add(id(x))
        return (type(x).__name__, tuple((f.name, canon(getattr(x, f.name), seen)) for f in dataclasses.fields(x)))
    if isinstance(x, (list, tuple)):
        return tuple(canon(i, seen) for i in x)
    if isinstance(x, (set, frozenset)):
        return ("set", tuple(sorted(repr(canon(i, seen)) for i in x)))
    if isinstance(x, dict):
        return ("dict", tuple(sorted((repr(k), repr(canon(v, seen))) for k, v in x.items())))
    return repr(x)


def fingerprint(ex: Extraction) -> str:
    return hashlib.sha256(repr(tuple(canon(getattr(ex, n), set()) for n in _LISTS)).encode()).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--reverse", action="store_true")
    ap.add_argument("--shuffle", type=int, default=None, metavar="N", help="shuffle with random seed N")
    a = ap.parse_args()
    files = a.files[::-1] if a.reverse else list(a.files)
    if a.shuffle is not None:
        random.Random(a.shuffle).shuffle(files)
    for r in load(files).reports:
        ex = extract_one(r)
        print(r.id, "failed" if isinstance(ex, str) else fingerprint(ex), flush=True)


if __name__ == "__main__":
    main()
