"""kg: Vietnamese political news reports -> an RDF knowledge graph -> Neo4j and HTML views."""

from __future__ import annotations


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:  # run from a checkout without installing
        return "0+unknown"


__version__ = _version()
