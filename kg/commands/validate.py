"""``kg validate DIR``: check a build against the ontology's SHACL shapes, violations in words.

    kg validate out                      # ontology/shapes.ttl, the fast engine
    kg validate out --shapes my.ttl      # other shapes; SHACL the fast engine lacks goes to pySHACL
    kg validate out --format json        # one JSON object per violation, for scripts

Exit 0 when the graph conforms, 1 when it does not (or cannot be read), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HELP = "check a build against the SHACL shapes; say which node broke which rule, from which report"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, help="build folder (graph.trig / graph.ttl) or an RDF file")
    p.add_argument("--shapes", type=Path, help="a SHACL shapes file (default: kg's ontology/shapes.ttl)")
    p.add_argument("--engine", choices=["auto", "fast", "pyshacl"], default="auto",
                   help="fast: kg's streaming checker for the SHACL kg's shapes use; pyshacl: any SHACL, "
                        "~10x slower; auto (default): fast when the shapes allow it")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--limit", type=int, default=50, help="violations to print in text (default 50; all in json)")


def validate_path(path: Path, shapes: Path | None = None, engine: str = "auto"):
    """(violations, file read, engine used); raises SourceError/SyntaxError/UnsupportedShapes."""
    from kg.export.shacl import UnsupportedShapes, shacl_constraints, validate_file, validate_with_pyshacl
    from kg.export.store import source_file

    f = source_file(path)
    if engine != "pyshacl":
        try:
            constraints = shacl_constraints(shapes)
        except UnsupportedShapes:
            if engine == "fast":
                raise
        else:
            return validate_file(f, constraints), f, "fast"
    return validate_with_pyshacl(f, shapes), f, "pyshacl"


def report(violations, f: Path, *, fmt: str = "text", limit: int = 50, out=None, prog: str = "kg validate") -> None:
    """Print the violations: one paragraph-line each in text, one JSON object a line in json."""
    out = out or sys.stdout
    if fmt == "json":
        for v in violations:
            out.write(json.dumps(v.as_dict(), ensure_ascii=False) + "\n")
        return
    for v in violations[:limit]:
        out.write(v.words() + "\n")
    if len(violations) > limit:
        out.write(f"... and {len(violations) - limit} more (--limit, or --format json for all)\n")
    rules = len({(v.constraint.shape, v.constraint.path, v.constraint.kind) for v in violations})
    print(f"{prog}: {f}: {len(violations)} violation{'s' if len(violations) != 1 else ''} of "
          f"{rules} rule{'s' if rules != 1 else ''}" if violations else f"{prog}: {f}: conforms to the shapes",
          file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from kg.export.shacl import UnsupportedShapes
    from kg.sync.source import SourceError

    started = time.perf_counter()
    try:
        violations, f, engine = validate_path(args.dir, args.shapes, args.engine)
    except (SourceError, UnsupportedShapes) as exc:
        print(f"kg validate: {exc}", file=sys.stderr)
        return 1
    except (SyntaxError, ValueError, OSError) as exc:
        print(f"kg validate: {args.dir}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
              file=sys.stderr)
        return 1
    report(violations, f, fmt=args.format, limit=args.limit)
    print(f"kg validate: {engine} engine, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 1 if violations else 0
