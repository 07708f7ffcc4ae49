"""``kg sync DIR``: write a build (``DIR/graph.trig``) into Neo4j, incrementally and idempotently."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.sync.connection import Neo4jUnavailable, Settings, add_connection_arguments, connect, sync_lock

HELP = "write a build's graph (DIR/graph.trig) into Neo4j: incremental, idempotent, with provenance"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", nargs="?", type=Path, help="build output folder (or a .trig/.ttl file)")
    add_connection_arguments(p)
    p.add_argument("--batch-size", type=int, default=None, help="rows per UNWIND transaction")
    p.add_argument("--force", action="store_true", help="rewrite every report, even unchanged ones")
    p.add_argument("--clear", action="store_true", help="delete everything kg synced before syncing")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary table")
    p.add_argument("--grass", type=Path, metavar="FILE",
                   help="also write a Neo4j Browser style file (.grass) with the ontology's colours")


def run(args: argparse.Namespace) -> int:
    if args.grass:
        from kg.sync.grass import grass

        args.grass.write_text(grass(), encoding="utf-8")
        print(f"wrote {args.grass}")
        if args.dir is None:
            return 0
    if args.dir is None:
        print("kg sync: give a build folder (kg build ... --out DIR)", file=sys.stderr)
        return 2
    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

    from kg.sync.engine import DEFAULT_BATCH, Syncer, clear
    from kg.sync.source import SourceError, locate

    settings = Settings.from_args(args)
    try:
        locate(args.dir)
        driver = connect(settings)
    except (SourceError, Neo4jUnavailable) as exc:
        print(f"kg sync: {exc}", file=sys.stderr)
        return 1
    try:
        with sync_lock(driver, settings.database):  # a second sync into the database waits for this one
            if args.clear:
                clear(driver, settings.database)
            from kg import progress

            with progress.session(quiet=getattr(args, "quiet", False)):
                result = Syncer(driver, settings.database, batch_size=args.batch_size or DEFAULT_BATCH).sync(
                    args.dir, force=args.force)
    except SourceError as exc:
        print(f"kg sync: {exc}", file=sys.stderr)
        return 1
    except (ServiceUnavailable, SessionExpired) as exc:
        print(f"kg sync: lost Neo4j at {settings.uri} during the sync ({str(exc).splitlines()[0]}); "
              "run it again: it resumes where it stopped", file=sys.stderr)
        return 1
    except Neo4jError as exc:
        print(f"kg sync: Neo4j error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    finally:
        driver.close()
    print(result.summary())
    if not getattr(args, "quiet", False) and not result.unchanged:
        from kg.progress import table

        print(table([("report graphs", result.graphs), ("changed", result.changed), ("removed", result.removed),
                     ("triples read", result.triples), ("nodes written", result.nodes_written),
                     ("nodes deleted", result.nodes_deleted), ("relationships written", result.rels_written),
                     ("relationships deleted", result.rels_deleted), ("seconds", round(result.seconds, 2))],
                    title="kg sync"))
    return 0
