"""``kg build PATH... --out DIR``: reports in, ``graph.ttl``, ``graph.trig`` and ``graph.html`` out."""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

from kg.errors import first_line

HELP = "build the graph from report files, folders, globs or - (stdin) into an output folder"

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)?\s*$", re.I)


def parse_size(text: str) -> int:
    """'5MB', '500k', '1048576' -> bytes (decimal units, as file managers and the messages show them)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5MB, 500KB or a number of bytes)")
    unit = (m.group(2) or "").lower().rstrip("b")
    return int(float(m.group(1)) * {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3}[unit])


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r} (a whole number, 1 or more)")
    return n


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files (.txt, .html, .jsonl), folders, globs, or -")
    p.add_argument("--out", default="out", type=Path, help="output folder (default: out)")
    p.add_argument("--max-size", default="5MB", type=parse_size, help="refuse files larger than this (default 5MB)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--title", default="kg", help="title of the HTML view")
    p.add_argument("--quiet", action="store_true", help="print no summary and no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON (the keys of summary.json)")
    p.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                   help="extract on N processes (default: the machine's cores); the output is the same for any N")
    p.add_argument("--executor", choices=("process", "dask"), default="process",
                   help="where extraction runs: local processes (default) or a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler (tcp://host:8786) for --executor dask")
    p.add_argument("--no-store", action="store_true",
                   help="extract every report again and keep no store (.kg-store.sqlite) in the output folder")
    p.add_argument("--rehash", action="store_true",
                   help="read and hash every report file, even those whose path, size and mtime are unchanged")
    p.add_argument("--validate", action="store_true",
                   help="check the written graph against the SHACL shapes (exit 1 on violations)")
    p.add_argument("--decisions", type=Path, default=None,
                   help="identity decisions to apply (same/different; default: DIR/decisions.tsv when it "
                        "exists); see kg review")


def _os_reason(exc: Exception, out: Path) -> str:
    """One line for a disk error, whether the OS or SQLite (the store) reported it."""
    import errno

    text = first_line(exc)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "no space left on the device"
        if exc.errno == errno.EROFS:
            return "read-only file system"
        return exc.strerror or text
    try:
        if os.statvfs(out).f_flag & os.ST_RDONLY:  # SQLite says only "unable to open database file"
            return "read-only file system"
    except OSError:
        pass
    if "full" in text:
        return "no space left on the device"
    if "readonly" in text or "read-only" in text:
        return "read-only file system"
    return text


def run(args: argparse.Namespace) -> int:
    from functools import partial

    from kg.build import build
    from kg.decisions import DecisionsFile
    from kg.outputs import OutputError, check_out_dir
    from kg.parallel import ExecutorUnavailable, default_jobs

    if args.decisions is not None and not args.decisions.exists():
        print(f"kg build: {args.decisions}: no such decisions file", file=sys.stderr)
        return 2
    decisions_path = args.decisions or (args.out / "decisions.tsv")
    decisions = DecisionsFile.read(decisions_path) if decisions_path.exists() else None

    if args.executor == "dask" and not args.scheduler:
        print("kg build: --executor dask needs --scheduler ADDRESS (a dask.distributed scheduler, "
              "tcp://host:8786)", file=sys.stderr)
        return 2
    try:
        check_out_dir(args.out)  # before the work, not after it
    except OutputError as exc:
        print(f"kg build: --out {exc}", file=sys.stderr)
        return 2
    from kg import progress

    t0 = time.perf_counter()
    html = None
    if not args.no_html:  # the view pulls networkx and the layout: ~0.2 s no --no-html build needs
        from kg.viz.html import write_html

        html = partial(write_html, title=args.title)
    try:
        with progress.session(quiet=args.quiet or args.json):
            outcome = build(args.paths, args.out, max_bytes=args.max_size, jobs=args.jobs or default_jobs(),
                            executor=args.executor, scheduler=args.scheduler, html=html,
                            options={"title": args.title}, use_store=not args.no_store, decisions=decisions,
                            rehash=args.rehash)
    except ExecutorUnavailable as exc:  # found once the run started (dask not installed)
        print(f"kg build: {exc}", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"kg build: {exc}; the previous graph is kept", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:  # the store in the output folder (full or read-only disk)
        why = _os_reason(exc, args.out)
        print(f"kg build: {args.out}: cannot write ({why}); the previous graph is kept", file=sys.stderr)
        return 1
    for err in outcome.errors:
        print(f"kg build: {err}", file=sys.stderr)
    if not outcome.reports:
        why = "no report could be loaded" if outcome.errors else "no report found in the inputs"
        print(f"kg build: {why}; nothing written (the previous graph is kept)", file=sys.stderr)
        return 1
    s = outcome.summary
    if args.json:  # the keys of summary.json, plus what was done and how long it took
        print(json.dumps(dict(s, failed=list(outcome.errors), written=[str(p) for p in outcome.written],
                              extracted=outcome.extracted, unchanged=outcome.unchanged,
                              seconds=round(time.perf_counter() - t0, 2)), ensure_ascii=False, indent=2))
    elif not args.quiet:
        secs = time.perf_counter() - t0
        print(progress.table([(k, v) for k, v in s.items() if k != "failed"],
                             title=f"kg build: {s['reports']} reports in {secs:.1f} s"))
        if outcome.unchanged:
            print(f"nothing changed since the last build into {args.out}: nothing rewritten")
        else:
            stored = outcome.reports - outcome.extracted
            print(f"extracted {outcome.extracted} reports" + (f", {stored} from the store" if stored else ""))
            print("wrote " + ", ".join(str(p) for p in outcome.written))
    if args.validate:
        from kg.export.shacl import report, validate_path

        violations, f, _ = validate_path(args.out)
        report(violations, f, out=sys.stderr, prog="kg build --validate")
        if violations:
            return 1
    return 1 if outcome.errors else 0
