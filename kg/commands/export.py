"""``kg export``: a build's graph in another RDF syntax, or the synced Neo4j graph back as RDF.

    kg export out --format nt --out graph.nt         # streamed from DIR/graph.ttl (quads: graph.trig)
    kg export out --format json-ld --out graph.jsonld   # compact, with kg's context inline
    kg export --ontology --out kg.ttl                 # the ontology itself, with its version IRI
    kg export --from-neo4j --out synced.ttl          # what Neo4j holds, through the inverse mapping
    kg export out --format neo4j-admin --out csv/    # CSV for `neo4j-admin database import full`
    kg export out --format ftm --out entities.jsonl  # FollowTheMoney entities (OpenSanctions, Aleph)

Exports of a build stream (kg.export.rdf): memory stays flat however large the graph.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import first_line
from kg.rdfformat import count_phrase
from kg.sync.connection import Neo4jUnavailable, Settings, add_connection_arguments, connect

HELP = "write a build's graph, or the graph synced to Neo4j (--from-neo4j), as Turtle, N-Triples, ..."

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "xml": "xml", "json-ld": "json-ld",
           "trig": "trig", "nquads": "nquads", "neo4j-admin": "neo4j-admin",
           "ftm": "ftm"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", nargs="?", type=Path, help="build folder (graph.trig / graph.ttl) or an RDF file")
    p.add_argument("--format", help="turtle, nt (ntriples), nquads, trig, xml (rdfxml, pretty-xml), json-ld "
                   "(jsonld), neo4j-admin, ftm; default: from --out's extension, else turtle")
    p.add_argument("--out", type=Path, help="output file (default: standard output)")
    p.add_argument("--from-neo4j", action="store_true", help="read the graph from Neo4j instead of DIR")
    p.add_argument("--ontology", action="store_true", help="write kg's ontology (kg.ttl) instead of a graph")
    p.add_argument("--context-url", nargs="?", const="https://w3id.org/vnkg/context.jsonld", default=None,
                   metavar="URL", help="json-ld: refer to the published @context instead of embedding it")
    add_connection_arguments(p)


def _ontology(args: argparse.Namespace, fmt: str) -> int:
    from kg.ontology import ONTOLOGY_TTL

    if fmt == "turtle":
        data = ONTOLOGY_TTL.read_bytes()
    else:
        import io

        from kg.export.rdf import export

        buf = io.BytesIO()
        export(ONTOLOGY_TTL, fmt, buf)
        data = buf.getvalue()
    if args.out:
        args.out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _neo4j_admin(args: argparse.Namespace) -> int:
    from kg.export.neo4j_admin import Neo4jAdminError, export_neo4j_admin
    from kg.sync.source import SourceError

    if args.out is None:
        print("kg export: --format neo4j-admin writes a folder of CSV files: give --out FOLDER", file=sys.stderr)
        return 2
    try:
        done = export_neo4j_admin(args.dir, args.out)
    except (SourceError, Neo4jAdminError) as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(done.files)} CSV files into {args.out} ({done.nodes} nodes, {done.relationships} "
          f"relationships); load them into an empty database with\n"
          f"  cd {args.out} && neo4j-admin database import full @import.args\n"
          f"then run after-import.cypher on it (kg cypher --write --file after-import.cypher)",
          file=sys.stderr)
    return 0


def _ftm(args: argparse.Namespace) -> int:
    from kg.export.ftm import write_ftm
    from kg.sync.source import SourceError

    try:
        if args.out:
            with open(args.out, "w", encoding="utf-8") as out:
                n = write_ftm(args.dir, out)
            print(f"wrote {args.out} ({n} FollowTheMoney entities)", file=sys.stderr)
        else:
            write_ftm(args.dir, sys.stdout)
    except SourceError as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 1
    return 0


def _stream(args: argparse.Namespace, fmt: str) -> int:
    from kg.export.rdf import export
    from kg.sync.source import SourceError

    try:
        if args.out:
            tmp = args.out.with_name(f".{args.out.name}.partial")
            with open(tmp, "wb") as out:
                n = export(args.dir, fmt, out, context_ref=args.context_url)
            tmp.replace(args.out)
            print(f"wrote {args.out}" + (f" ({count_phrase(n, fmt)})" if n is not None else ""), file=sys.stderr)
        else:
            export(args.dir, fmt, sys.stdout.buffer, context_ref=args.context_url)
    except SourceError as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 1
    except (SyntaxError, ValueError, OSError) as exc:
        print(f"kg export: {args.dir}: {first_line(exc)}",
              file=sys.stderr)
        return 1
    finally:
        if args.out and (partial := args.out.with_name(f".{args.out.name}.partial")).exists():
            partial.unlink()
    return 0


def run(args: argparse.Namespace) -> int:
    from kg.rdfformat import resolve_format

    try:  # kg's, rdflib's and rapper's names; or --out's extension (kg.rdfformat)
        fmt = args.format if args.format in ("neo4j-admin", "ftm") else resolve_format(args.format, args.out)
    except ValueError as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 2
    fmt = FORMATS.get(fmt, "xml" if fmt == "pretty-xml" else fmt)  # the streaming writer's RDF/XML is flat
    if args.ontology:
        return _ontology(args, fmt)
    if not args.from_neo4j:
        if args.dir is None:
            print("kg export: give a build folder, --ontology or --from-neo4j", file=sys.stderr)
            return 2
        if fmt == "neo4j-admin":
            return _neo4j_admin(args)
        if fmt == "ftm":
            return _ftm(args)
        return _stream(args, fmt)
    if fmt in ("trig", "nquads", "neo4j-admin", "ftm"):
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
    data = graph.serialize(format=fmt, encoding="utf-8")
    if args.out:
        args.out.write_bytes(data)
        print(f"wrote {args.out} ({count_phrase(len(graph), fmt)})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0
