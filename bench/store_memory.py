"""What a build with the store held in memory that a ``--no-store`` build did not, measured apart.

usage: python bench/store_memory.py [--trig OUT/graph.trig] [--store OUT/.kg-store.sqlite] [--folder REPORTS]

``bench/bench_rss_phases.py --store`` gives the whole build's RSS by phase; this measures three of
the store's holders by ``tracemalloc`` from what a build leaves, so that their slope can be read off
builds already made (thirteenth round, docs/scale.md):

- ``--trig``: the default graph's keys as the writer held them for the store until the thirteenth
  round (one list, each chunk of 1,000 unpickled from a sorted run), and their whole pickle (the
  blob the store got), from the default graph of a build's ``graph.trig``;
- ``--store``: the votes the writer keeps between its passes for the store (one entry a report),
  as tuples of strings and pickled + compressed, from a store's block rows;
- ``--folder``: :class:`kg.store.FileMemo`'s tables for a folder of reports: this build's files and
  the last build's (a rebuild's), as they were held to the end of the build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sqlite3
import tracemalloc
import zlib
from pathlib import Path

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _default_graph_text(trig: Path) -> str:
    """graph.trig's prefixes and default graph (it comes first, up to the first line "}")."""
    head = []
    with trig.open(encoding="utf-8") as f:
        for line in f:
            head.append(line)
            if line == "}\n":
                break
    return "".join(head)


def default_keys(trig: Path) -> None:
    intern: dict[str, str] = {}

    def key(q: ox.Quad) -> tuple:
        s, p, o = q.subject, q.predicate, q.object
        lit = isinstance(o, ox.Literal)
        dt = o.datatype.value if lit and not o.language and o.datatype.value != XSD_STRING else ""
        lang = (o.language or "") if lit else ""
        return (s.value, intern.setdefault(p.value, p.value), lit, o.value, intern.setdefault(dt, dt),
                intern.setdefault(lang, lang), "b" if isinstance(s, ox.BlankNode) else "",
                "b" if isinstance(o, ox.BlankNode) else "")

    quads = ox.parse(_default_graph_text(trig).encode(), format=ox.RdfFormat.TRIG)
    keys = sorted(key(q) for q in quads if isinstance(q.graph_name, ox.DefaultGraph))
    blobs = [pickle.dumps(keys[i:i + 1000], protocol=5) for i in range(0, len(keys), 1000)]
    n = len(keys)
    del keys
    tracemalloc.start()
    held: list = []
    for b in blobs:
        held.extend(pickle.loads(b))
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    whole = len(pickle.dumps(held, protocol=5))
    print(f"{trig}: {n:,} default-graph keys; as one list {size / 2**20:.0f} MB ({size / max(n, 1):.0f} B a key); "
          f"its whole pickle {whole / 2**20:.0f} MB")


def votes(store: Path) -> None:
    db = sqlite3.connect(store)
    metas = [m for (m,) in db.execute("SELECT meta FROM block")]
    db.close()
    tracemalloc.start()
    held = {i: pickle.loads(zlib.decompress(m))["votes"] for i, m in enumerate(metas)}
    as_tuples, _ = tracemalloc.get_traced_memory()
    packed = {i: zlib.compress(pickle.dumps(v, protocol=5), 1) for i, v in held.items()}
    both, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = max(len(packed), 1)
    print(f"{store}: {len(packed):,} reports' votes; as tuples {as_tuples / 2**20:.1f} MB "
          f"({as_tuples / n:.0f} B a report), packed {(both - as_tuples) / 2**20:.1f} MB "
          f"({(both - as_tuples) / n:.0f} B a report)")


def file_memo(folder: Path) -> None:
    from kg.loaders.api import _Item, file_stamp
    from kg.store import Known

    items = [(os.path.abspath(p), file_stamp(_Item(display=str(p), path=p, kind="txt", report_id=p.stem), 5_000_000))
             for p in sorted(folder.glob("*.txt"))]
    digests = [hashlib.sha256(p.encode()).hexdigest()[:40] for p, _ in items]

    def fresh(text: str) -> str:  # a string of its own, as the loader's and the store's are
        return text.encode().decode()

    tracemalloc.start()
    seen = [(fresh(p), json.dumps(st), Known(fresh(d))) for (p, st), d in zip(items, digests, strict=True)]
    this, _ = tracemalloc.get_traced_memory()
    known = {fresh(p): (json.dumps(st), fresh(d)) for (p, st), d in zip(items, digests, strict=True)}
    both, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = max(len(seen), 1)
    print(f"{folder}: {len(known):,} files; this build's {this / 2**20:.1f} MB ({this / n:.0f} B a file), "
          f"the last build's {(both - this) / 2**20:.1f} MB ({(both - this) / n:.0f} B a file)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trig", type=Path, nargs="*", default=[])
    ap.add_argument("--store", type=Path, nargs="*", default=[])
    ap.add_argument("--folder", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    for p in args.trig:
        default_keys(p)
    for p in args.store:
        votes(p)
    for p in args.folder:
        file_memo(p)


if __name__ == "__main__":
    main()
