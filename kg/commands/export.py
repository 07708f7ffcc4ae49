"""``kg export``: a build's graph in another RDF syntax, or the synced Neo4j graph back as RDF.

    kg export out --format nt --out graph.nt         # from DIR/graph.trig (or graph.ttl)
    kg export --from-neo4j --out synced.ttl          # what Neo4j holds, through the inverse mapping
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.sync.connection import Neo4jUnavailable, Settings, add_connection_arguments, connect

HELP = "write a build's graph, or the graph synced to Neo4j (--from-neo4j), as Turtle, N-Triples, ..."

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "xml": "xml", "json-ld": "json-ld",
           "trig": "trig", "nquads": "nquads"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", nargs="?", type=Path, help="build folder (graph.trig / graph.ttl) or an RDF file")
    p.add_argument("--format", help="turtle, nt/ntriples, nquads, trig, xml, pretty-xml, json-ld/jsonld "
                   "(default: from --out's extension, else turtle)")
    p.add_argument("--out", type=Path, help="output file (default: standard output)")
    p.add_argument("--from-neo4j", action="store_true", help="read the graph from Neo4j instead of DIR")
    add_connection_arguments(p)


def _load_dir(path: Path, fmt: str):
    from rdflib import Dataset

    from kg.sync.source import locate

    f = locate(path)
    ds = Dataset()
    ds.parse(f, format="trig" if f.suffix == ".trig" else None)
    if fmt in ("trig", "nquads"):
        return ds
    from rdflib import Graph

    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def run(args: argparse.Namespace) -> int:
    from kg.rdfformat import count_phrase, resolve_format

    try:
        fmt = resolve_format(args.format, args.out)
    except ValueError as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 2
    if args.from_neo4j:
        if fmt in ("trig", "nquads"):
            print("kg export: --from-neo4j writes one graph (turtle, nt, xml, json-ld); per-report graphs "
                  "are in the build's graph.trig", file=sys.stderr)
            return 2
        from kg.sync.reader import read_graph

        settings = Settings.from_args(args)
        try:
            driver = connect(settings)
        except Neo4jUnavailable as exc:
            print(f"kg export: {exc}", file=sys.stderr)
            return 1
        try:
            graph = read_graph(driver, settings.database)
        finally:
            driver.close()
    else:
        if args.dir is None:
            print("kg export: give a build folder or --from-neo4j", file=sys.stderr)
            return 2
        from kg.sync.source import SourceError

        try:
            graph = _load_dir(args.dir, fmt)
        except SourceError as exc:
            print(f"kg export: {exc}", file=sys.stderr)
            return 1
        except (SyntaxError, ValueError, OSError) as exc:
            print(f"kg export: {args.dir}: {str(exc).splitlines()[0]}", file=sys.stderr)
            return 1
    data = graph.serialize(format=fmt, encoding="utf-8")
    if args.out:
        args.out.write_bytes(data)
        n = sum(1 for _ in graph.quads((None, None, None, None))) if fmt in ("trig", "nquads") else len(graph)
        print(f"wrote {args.out} ({count_phrase(n, fmt)})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0
