"""The extraction pipeline: components run in order over one report, each adding mentions.

Like spaCy's pipeline, a component is a callable ``(report, extraction) -> None`` that reads the
report (and what earlier components added) and appends its own mentions; components do not call
each other. The order is this list: officials first (organizations, persons, posts), because
directives look up their issuer and events their organizer and participants among those.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from kg.model import Extraction, Report

Component = Callable[[Report, Extraction], None]

# "module:function" under kg.loaders.extract, in the order they run.
COMPONENTS: list[str] = [
    "officials:extract_officials",
    "directives:extract_directives",
    "events:extract_events",
]


def _resolve(spec: str) -> Component | None:
    module_name, func = spec.split(":")
    try:
        module = import_module(f"kg.loaders.extract.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"kg.loaders.extract.{module_name}":
            return None
        raise
    return getattr(module, func)


def components() -> list[Component]:
    return [c for c in (_resolve(s) for s in COMPONENTS) if c is not None]


def extract(report: Report) -> Extraction:
    """Run every component over ``report``."""
    extraction = Extraction(report=report)
    for component in components():
        component(report, extraction)
    return extraction
