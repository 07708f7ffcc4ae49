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
import getpass
import logging
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import first_line

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "kg-local-neo4j"
DEFAULT_DATABASE = "neo4j"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def default_uri() -> str:
    return f"bolt://127.0.0.1:{os.environ.get('KG_NEO4J_PORT', '7687')}"


class Neo4jUnavailable(Exception):
    """The server cannot be used; ``str(e)`` is the one line shown to the user."""


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str = field(repr=False)  # never printed, not even in a traceback's locals
    database: str
    problem: str | None = field(default=None, repr=False)  # why the password could not be had: connect() says it

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
        """Settings of a command; the password from ``--password-file``, a prompt (``--ask-password``)
        or the environment, never from the command line, where every user's ``ps`` shows it."""
        password, problem = None, None
        if getattr(args, "password_file", None):
            try:
                password = Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                problem = f"cannot read the password file {args.password_file}: {reason}"
        elif getattr(args, "ask_password", False):
            try:
                if not (sys.stdin and sys.stdin.isatty()):
                    raise EOFError  # getpass would read the password from a pipe and echo its prompt
                password = getpass.getpass(f"Neo4j password for {args.user or DEFAULT_USER}: ")
            except (EOFError, OSError):
                problem = "--ask-password: no terminal to ask on (use NEO4J_PASSWORD or --password-file)"
        settings = cls.resolve(args.uri, args.user, password, args.database)
        return replace(settings, problem=problem) if problem else settings

    def where(self) -> str:
        return f"{self.uri} (database {self.database!r}, user {self.user!r})"


class _RefusePassword(argparse.Action):
    """``--password VALUE`` would show the password to every user of the machine (``ps``)."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001
        parser.error("--password is not accepted on the command line (every user can read it in the "
                     "process list): set NEO4J_PASSWORD, or use --password-file FILE or --ask-password")


def quiet_driver() -> None:
    """The driver's own log lines and warnings (retries, routing, TLS handshakes) stay out of kg's
    output: kg says what failed in one line of its own."""
    log = logging.getLogger("neo4j")
    log.setLevel(logging.CRITICAL + 1)
    log.propagate = False
    if not log.handlers:
        log.addHandler(logging.NullHandler())
    warnings.filterwarnings("ignore", module=r"neo4j(\.|$)")


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("Neo4j connection (default: env NEO4J_*, else `make neo4j-start`'s server)")
    g.add_argument("--uri", help="bolt://, neo4j:// or neo4j+s:// URI (env NEO4J_URI; default "
                   "bolt://127.0.0.1:$KG_NEO4J_PORT or 7687)")
    g.add_argument("--user", help=f"user name (env NEO4J_USERNAME; default {DEFAULT_USER})")
    g.add_argument("--password-file", metavar="FILE",
                   help="read the password from FILE (else env NEO4J_PASSWORD; default the local server's)")
    g.add_argument("--ask-password", action="store_true", help="prompt for the password")
    g.add_argument("--password", action=_RefusePassword, nargs="?", help=argparse.SUPPRESS)
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
    first = first_line(exc)
    return f"Neo4j at {settings.uri}: {first}"


@contextmanager
def sync_lock(driver, database: str) -> Iterator[None]:
    """One sync at a time per database: a second ``kg sync`` waits here until the first is done.

    Two syncs at once both MERGEd the same nodes and one failed on the uniqueness constraint. The
    lock is a node (``_KgSyncLock``, under its own uniqueness constraint, outside what ``--clear``
    deletes) MERGEd in a transaction kept open for the whole sync: another MERGE of it blocks on the
    constraint until that transaction ends. The transaction is rolled back at the end, so the node
    never exists for readers, and a sync that dies (killed, server lost) releases it with its connection.
    """
    driver.execute_query("CREATE CONSTRAINT kg_sync_lock IF NOT EXISTS FOR (n:_KgSyncLock) REQUIRE n.id IS UNIQUE",
                         database_=database)
    session = driver.session(database=database)
    tx = None
    try:
        tx = session.begin_transaction()
        tx.run("MERGE (l:_KgSyncLock {id: 'sync'}) SET l.pid = $pid", pid=os.getpid()).consume()
        yield
    finally:
        try:
            if tx is not None:
                tx.rollback()
        except Exception:  # noqa: BLE001 - the server is gone: the lock went with the connection
            pass
        session.close()


def connect(settings: Settings):
    """An open, checked ``neo4j.Driver``; raises ``Neo4jUnavailable`` with a one-line reason."""
    from neo4j import GraphDatabase

    quiet_driver()
    if settings.problem:
        raise Neo4jUnavailable(settings.problem)
    scheme = settings.uri.split("://", 1)[0].lower() if "://" in settings.uri else ""
    if scheme not in BOLT_SCHEMES:
        raise Neo4jUnavailable(f"bad Neo4j URI {settings.uri!r}: kg speaks Bolt; use "
                               + ", ".join(f"{s}://" for s in BOLT_SCHEMES))
    try:
        with warnings.catch_warnings():  # the driver's preview and deprecation notices are not kg's
            warnings.simplefilter("ignore")
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
