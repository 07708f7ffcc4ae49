"""Warnings about a Cypher query before it runs: labels and relationship types the database lacks.

A misspelt label (``:Persn``) or one from another mapping (``:PERSON``) makes a query return no rows
without any error; Neo4j knows, and says so in the notifications of an ``EXPLAIN`` (GQL statuses
01N50 and 01N51). ``kg cypher`` asks for them on a session of its own (the shared driver keeps
notifications off) and prints one line per missing name.
"""

from __future__ import annotations

import logging
import re

_KINDS = {"01N50": "label", "01N51": "relationship type"}
_NAME = re.compile(r"`([^`]+)`")


def unknown_names(driver, database: str, query: str, params: dict | None = None) -> list[str]:
    """``["label `Persn`", "relationship type `HOLDZ`"]``: what the query names and the database lacks.

    Empty when EXPLAIN cannot plan the statement (a syntax error is reported when it runs).
    """
    log = logging.getLogger("neo4j.notifications")
    level = log.level
    log.setLevel(logging.ERROR)  # the driver would log each notification as a warning of its own
    try:
        with driver.session(database=database, notifications_min_severity="WARNING") as session:
            summary = session.run("EXPLAIN " + query, params or {}).consume()
    except Exception:
        return []
    finally:
        log.setLevel(level)
    out = []
    for status in getattr(summary, "gql_status_objects", ()):
        kind = _KINDS.get(status.gql_status)
        m = _NAME.search(status.status_description or "")
        if kind and m:
            out.append(f"{kind} `{m.group(1)}`")
    return sorted(set(out))
