"""``kg cypher``: run Cypher against the synced graph and print the result as a table, JSON or CSV.

Values given with ``--param k=v`` travel as query parameters (``$k``), never pasted into the query:
``v`` is read as JSON when it parses (numbers, lists, quoted strings), else taken as a string.
``--file`` runs every statement of a file (statements end with ``;``; ``//`` comments are skipped).

Read-only by default: statements run in read transactions (read access mode), so a ``CREATE``,
``SET`` or ``DELETE`` typed into an analyst's query is refused by the server; ``--write`` runs them
in write transactions.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from kg.sync.connection import Neo4jUnavailable, Settings, add_connection_arguments, connect

HELP = "run a Cypher query on Neo4j and print the rows (table, json or csv)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="?", help="the Cypher query (or use --file)")
    p.add_argument("--param", action="append", default=[], metavar="K=V",
                   help="query parameter $K (V as JSON if it parses, else a string); repeatable")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--file", type=Path, help="run every ;-separated statement of this file")
    p.add_argument("--write", action="store_true",
                   help="allow statements that change the graph (default: read-only transactions)")
    add_connection_arguments(p)


_INT64 = (-(2**63), 2**63 - 1)


def _check_value(name: str, value) -> None:
    """A parameter value Neo4j can take: integers are 64-bit, text is valid Unicode (no lone surrogates)."""
    if isinstance(value, bool):
        return
    if isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
        raise ValueError(f"--param {name}: {value} does not fit a 64-bit integer (quote it to pass a string)")
    if isinstance(value, str) and _has_surrogate(value):
        raise ValueError(f"--param {name}: not valid text (bytes that are not UTF-8)")
    if isinstance(value, list):
        for v in value:
            _check_value(name, v)
    if isinstance(value, dict):
        for k, v in value.items():
            _check_value(name, k)
            _check_value(name, v)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def parse_params(items: list[str]) -> dict:
    params = {}
    for item in items:
        if "=" not in item:
            raise ValueError(f"--param {item.encode('utf-8', 'replace').decode()!r}: expected K=V")
        k, v = item.split("=", 1)
        if _has_surrogate(k):
            raise ValueError("--param: a name that is not valid text (bytes that are not UTF-8)")
        try:
            params[k] = json.loads(v)
        except (json.JSONDecodeError, RecursionError):
            params[k] = v
        _check_value(k, params[k])
    return params


def split_statements(text: str) -> list[str]:
    """Statements of a .cypher file: ``;``-terminated, ``//`` comment lines dropped."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def plain(value):
    """A Neo4j value as JSON-friendly Python (dates as ISO strings, nodes as their properties)."""
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "element_id") and hasattr(value, "items"):
        d = {k: plain(v) for k, v in value.items() if k != "_facts"}
        if hasattr(value, "labels"):
            d["_labels"] = sorted(value.labels)
        if hasattr(value, "type"):
            d["_type"] = value.type
        return d
    return value


def _cell(v) -> str:
    v = plain(v)
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def render(keys: list[str], rows: list[list], fmt: str, out=sys.stdout) -> None:
    if fmt == "json":
        json.dump([{k: plain(v) for k, v in zip(keys, r, strict=True)} for r in rows], out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")  # \n in a terminal and a pipe alike, not \r\n
        w.writerow(keys)
        for r in rows:
            w.writerow([_cell(v) for v in r])
    else:
        cells = [[_cell(v).replace("\n", " ") for v in r] for r in rows]
        widths = [max([len(k)] + [len(r[i]) for r in cells]) for i, k in enumerate(keys)]
        out.write(" | ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True)).rstrip() + "\n")
        out.write("-+-".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _run(driver, database: str, stmt: str, params: dict, *, write: bool) -> tuple[list[str], list[list]]:
    """One statement in a read transaction (the server refuses writes in it), or a write one with --write."""
    import neo4j

    def work(tx):
        result = tx.run(stmt, params)
        return list(result.keys()), [list(r.values()) for r in result]

    if write:  # auto-commit, as before: CALL { ... } IN TRANSACTIONS needs it
        with driver.session(database=database, default_access_mode=neo4j.WRITE_ACCESS) as session:
            result = session.run(stmt, params)
            return list(result.keys()), [list(r.values()) for r in result]
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        return session.execute_read(work)


def run(args: argparse.Namespace) -> int:
    from neo4j.exceptions import Neo4jError

    if not args.query and not args.file:
        print("kg cypher: give a query or --file", file=sys.stderr)
        return 2
    try:
        params = parse_params(args.param)
        statements = [args.query] if args.query else split_statements(args.file.read_text(encoding="utf-8"))
        if any(_has_surrogate(s) for s in statements):
            raise ValueError("the query is not valid text (bytes that are not UTF-8)")
    except (ValueError, OSError) as exc:
        print(f"kg cypher: {exc}", file=sys.stderr)
        return 2
    settings = Settings.from_args(args)
    try:
        driver = connect(settings)
    except Neo4jUnavailable as exc:
        print(f"kg cypher: {exc}", file=sys.stderr)
        return 1
    status = 0
    try:
        for i, stmt in enumerate(statements):
            try:
                from kg.sync.check import unknown_names

                for name in unknown_names(driver, settings.database, stmt, params):
                    print(f"kg cypher: warning: statement {i + 1}: the database has no {name}", file=sys.stderr)
                keys, rows = _run(driver, settings.database, stmt, params, write=args.write)
            except Neo4jError as exc:
                msg = (getattr(exc, "message", None) or str(exc)).splitlines()[0]
                code = getattr(exc, "code", None) or ""
                if not args.write and ("AccessMode" in code or "read access mode" in msg.lower()):
                    msg = "this statement writes; kg cypher is read-only unless given --write"
                print(f"kg cypher: statement {i + 1}: {msg}", file=sys.stderr)
                status = 1
                continue
            except (TypeError, ValueError, OverflowError) as exc:  # a value the driver cannot send
                print(f"kg cypher: statement {i + 1}: {str(exc).splitlines()[0]}", file=sys.stderr)
                status = 1
                continue
            if len(statements) > 1 and args.format == "table":
                print(f"// {stmt.splitlines()[0][:100]}")
            render(keys, rows, args.format)
    finally:
        driver.close()
    return status
