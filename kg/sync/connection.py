"""Where kg finds Neo4j, and a connection check that fails fast with one line instead of a traceback.

Settings come from the command line, else the environment (``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_PASSWORD``, ``NEO4J_DATABASE``), else the local server that ``make neo4j-start`` runs
(``tools/neo4j/Launcher.java``: Bolt on 127.0.0.1, port ``KG_NEO4J_PORT`` or 7687, user ``neo4j``,
password ``kg-local-neo4j``). The defaults here and the launcher's must stay equal.

Why check first: with driver 6.x a query against a port where nothing listens retries for 30-60 s
before it raises, while ``verify_connectivity()`` fails in milliseconds. It does not notice a missing
database over ``bolt://``, so a ``RETURN 1`` on the chosen database follows it.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "kg-local-neo4j"
DEFAULT_DATABASE = "neo4j"


def default_uri() -> str:
    return f"bolt://127.0.0.1:{os.environ.get('KG_NEO4J_PORT', '7687')}"


class Neo4jUnavailable(Exception):
    """The server cannot be used; ``str(e)`` is the one line shown to the user."""


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str
    database: str

    @classmethod
    def resolve(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                database: str | None = None) -> Settings:
        env = os.environ
        return cls(
            uri=uri or env.get("NEO4J_URI") or default_uri(),
            user=user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or DEFAULT_USER,
            password=password if password is not None else env.get("NEO4J_PASSWORD", DEFAULT_PASSWORD),
            database=database or env.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
        )

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Settings:
        return cls.resolve(args.uri, args.user, args.password, args.database)

    def where(self) -> str:
        return f"{self.uri} (database {self.database!r}, user {self.user!r})"


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("Neo4j connection (default: env NEO4J_*, else `make neo4j-start`'s server)")
    g.add_argument("--uri", help="bolt://, neo4j:// or neo4j+s:// URI (env NEO4J_URI; default "
                   "bolt://127.0.0.1:$KG_NEO4J_PORT or 7687)")
    g.add_argument("--user", help=f"user name (env NEO4J_USERNAME; default {DEFAULT_USER})")
    g.add_argument("--password", help="password (env NEO4J_PASSWORD; default the local server's)")
    g.add_argument("--database", help=f"database name (env NEO4J_DATABASE; default {DEFAULT_DATABASE})")


def _explain(exc: Exception, settings: Settings) -> str:
    from neo4j import exceptions as ex

    code = getattr(exc, "code", None) or ""
    if isinstance(exc, ex.AuthError) or code.startswith("Neo.ClientError.Security"):
        return (f"Neo4j refused the credentials of user {settings.user!r} at {settings.uri}: "
                "wrong user or password")
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return (f"Neo4j at {settings.uri} has no database {settings.database!r} "
                "(Community edition has only 'neo4j'; create it or pass --database)")
    if isinstance(exc, ex.ServiceUnavailable):
        hint = " (is the local server running? `make neo4j-start`)" if settings.uri == default_uri() else ""
        return f"Neo4j is not reachable at {settings.uri}{hint}"
    if isinstance(exc, ex.ConfigurationError | ValueError):
        return f"bad Neo4j URI {settings.uri!r}: {str(exc).splitlines()[0] if str(exc) else exc}"
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"Neo4j at {settings.uri}: {first}"


def connect(settings: Settings):
    """An open, checked ``neo4j.Driver``; raises ``Neo4jUnavailable`` with a one-line reason."""
    from neo4j import GraphDatabase

    try:
        driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                      notifications_min_severity="OFF")
    except Exception as exc:  # malformed URI, unknown scheme
        raise Neo4jUnavailable(_explain(exc, settings)) from None
    try:
        driver.verify_connectivity()
        with driver.session(database=settings.database) as session:
            session.run("RETURN 1").consume()
    except Exception as exc:
        driver.close()
        raise Neo4jUnavailable(_explain(exc, settings)) from None
    return driver
