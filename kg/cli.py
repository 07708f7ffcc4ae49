"""The ``kg`` command line: one module per subcommand under ``kg.commands``.

Each command module defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Modules are imported only when their command runs, so ``kg --help`` stays fast and a command's
heavy dependencies (the Neo4j driver, pyvis) load only when needed.

Exit codes: 0 success, 1 some input or operation failed (the rest was still done), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys

# command name -> module under kg.commands; the order is the order of `kg --help`.
COMMANDS = ["build", "eval", "export", "validate", "sparql", "diff", "sync", "cypher", "viz", "stats", "explain",
            "review"]


def _module_name(command: str) -> str:
    return f"kg.commands.{command}"


def available_commands() -> list[str]:
    return [c for c in COMMANDS if importlib.util.find_spec(_module_name(c)) is not None]


def _version() -> str:
    from kg import __version__

    return __version__


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of Vietnamese officials, posts, organizations and directives "
        "from news reports; export it as RDF, sync it to Neo4j, and draw it as HTML.",
    )
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in available_commands():
        module = importlib.import_module(_module_name(name))
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def _one_line_warnings(command: str) -> None:
    """kg's own warnings ("a date that does not exist, dropped") as one line each, named like its
    errors; other libraries' loggers (the Neo4j driver's retries) are left quiet."""
    log = logging.getLogger("kg")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(f"kg {command}: warning: %(message)s"))
        log.addHandler(handler)
        log.propagate = False


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    _one_line_warnings(args.command)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg stats out | head`: the reader left; not an error of kg's
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0


if __name__ == "__main__":
    sys.exit(main())
