"""``kg validate DIR``: check a build against the ontology's SHACL shapes, violations in words.

    kg validate out                      # ontology/shapes.ttl, the fast engine
    kg validate out --shapes my.ttl      # other shapes; SHACL the fast engine lacks goes to pySHACL
    kg validate out --format json        # one JSON object per violation, for scripts

Exit 0 when the graph conforms, 1 when it does not (or cannot be read), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.errors import first_line

HELP = "check a build against the SHACL shapes; say which node broke which rule, from which report"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, help="build folder (graph.trig / graph.ttl) or an RDF file")
    p.add_argument("--shapes", type=Path, help="a SHACL shapes file (default: kg's ontology/shapes.ttl)")
    p.add_argument("--engine", choices=["auto", "fast", "pyshacl"], default="auto",
                   help="fast: kg's streaming checker for the SHACL kg's shapes use; pyshacl: any SHACL, "
                        "~10x slower; auto (default): fast when the shapes allow it")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--limit", type=int, default=50, help="violations to print in text (default 50; all in json)")


def run(args: argparse.Namespace) -> int:
    from kg.export.shacl import UnsupportedShapes, report, validate_path
    from kg.sync.source import SourceError

    started = time.perf_counter()
    try:
        violations, f, engine = validate_path(args.dir, args.shapes, args.engine)
    except (SourceError, UnsupportedShapes) as exc:
        print(f"kg validate: {exc}", file=sys.stderr)
        return 1
    except (SyntaxError, ValueError, OSError) as exc:
        print(f"kg validate: {args.dir}: {first_line(exc)}",
              file=sys.stderr)
        return 1
    report(violations, f, fmt=args.format, limit=args.limit)
    print(f"kg validate: {engine} engine, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 1 if violations else 0
