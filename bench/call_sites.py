"""CPU time of one function of the extraction, by the function that called it, over a corpus.

usage: python bench/call_sites.py MODULE:FUNCTION [CORPUS_DIR] [--top N]
       e.g.  python bench/call_sites.py kg.loaders.extract.tokens:Tokens.where

Why: cProfile charges about a microsecond to every call, so a helper called a million times looks
several times dearer than it is, and its callers' shares with it. Here only the one function is
wrapped (two clock reads a call), the components run as bench_pipeline.py runs them (the cyclic
collector paused, each report's memo dropped after it), and its process CPU time is summed by call
site (file and function of the caller), with the calls and what the calls returned (its length,
where the result has one). A call with the same first two argument objects as an earlier call of
the report (at any site) is counted at its site as "again": an answer that could be made once a
report and shared. A call's time holds the calls nested in it. Only names of
functions and figures are printed: no fact of any report, so the whole corpus may be read.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _target(spec: str) -> tuple[object, str, object]:
    """(the object holding the function, its attribute name, the function) for MODULE:NAME[.NAME]."""
    module, _, path = spec.partition(":")
    owner: object = importlib.import_module(module)
    *outer, name = path.split(".")
    for part in outer:
        owner = getattr(owner, part)
    return owner, name, getattr(owner, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("function", help="MODULE:FUNCTION or MODULE:CLASS.METHOD")
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--top", type=int, default=15, help="call sites printed")
    args = ap.parse_args()

    from kg.loaders import load
    from kg.loaders.extract.pipeline import collector_paused, components
    from kg.model import Extraction

    owner, name, real = _target(args.function)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    again: Counter[str] = Counter()
    asked: set[tuple[int, int]] = set()  # (id of the first argument, id of the second)
    clock = time.process_time

    def wrapped(*a, **kw):
        t = clock()
        out = real(*a, **kw)
        d = clock() - t
        caller = sys._getframe(1).f_code
        site = f"{Path(caller.co_filename).name}:{caller.co_name}"
        spent[site] += d
        calls[site] += 1
        sizes[site] += len(out) if hasattr(out, "__len__") else 0
        key = (id(a[0]) if a else 0, id(a[1]) if len(a) > 1 else 0)
        if key in asked:
            again[site] += 1
        asked.add(key)
        return out

    setattr(owner, name, wrapped)
    reports = load([args.corpus]).reports
    comps = components()
    start = clock()
    for r in reports:
        ex = Extraction(report=r)
        with collector_paused():
            for c in comps:
                c(r, ex)
            r._memo.clear()
        asked.clear()  # (ids are reused once a report's objects are freed)
    total = clock() - start
    inside = sum(spent.values())
    print(f"{len(reports)} reports, {total:.2f} s CPU (the wrapper's clock reads included)")
    print(f"{args.function}: {sum(calls.values())} calls, {inside:.3f} s = {100 * inside / total:.1f}%")
    print(f"  {'call site':52s} {'s':>7s} {'calls':>7s} {'returned':>9s} {'again':>6s}")
    for site, s in spent.most_common(args.top):
        print(f"  {site:52s} {s:7.3f} {calls[site]:7d} {sizes[site]:9d} {again[site]:6d}")


if __name__ == "__main__":
    main()
