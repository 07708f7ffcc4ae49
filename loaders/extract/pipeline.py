"""The extraction pipeline: components run in order over one report, each adding mentions.

Like spaCy's pipeline, a component is a callable ``(report, extraction) -> None`` that reads the
report (and what earlier components added) and appends its own mentions; components do not call
each other. The order is this list: officials first (organizations, persons, posts), because
directives look up their issuer and events their organizer and participants among those.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module

from kg.collector import collector_paused
from kg.loaders.extract.tokens import REPORT_TOKENS
from kg.model import Extraction, Report

Component = Callable[[Report, Extraction], None]

# "module:function" under kg.loaders.extract, in the order they run.
COMPONENTS: list[str] = [
    "officials:extract_officials",
    "directives:extract_directives",
    "events:extract_events",
    "tenure_dates:date_tenure_acts",  # after events: an act's sentence may be dated by its event
    "past_steps:settle_past_steps",  # after tenure_dates: reads the start an act's date gave
    "party_removals:end_party_posts",  # "cách chức tất cả các chức vụ trong Đảng": the posts named earlier
    "organizations:drop_generic_bodies",  # last: it keeps the bare bodies the facts above hold
]


class MissingComponent(ImportError):
    """A component named in :data:`COMPONENTS` does not exist: a build without it would silently
    lack a whole kind of fact, so kg stops instead."""


def _resolve(spec: str) -> Component:
    module_name, func = spec.split(":")
    # Resolved for every report (a patched component is the one that runs): a module imported
    # already is read from sys.modules, without import_module's checks and locking (components()
    # 24 -> 10 microseconds, at load 5)
    module = sys.modules.get(f"kg.loaders.extract.{module_name}")
    if module is not None:
        component = getattr(module, func, None)
        if callable(component):
            return component
    try:
        module = import_module(f"kg.loaders.extract.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"kg.loaders.extract.{module_name}":
            raise MissingComponent(f"extraction component {spec!r}: "
                                   f"no module kg.loaders.extract.{module_name}") from exc
        raise
    component = getattr(module, func, None)
    if not callable(component):
        raise MissingComponent(f"extraction component {spec!r}: kg.loaders.extract.{module_name} has no {func}()")
    return component


def components() -> list[Component]:
    """The components of :data:`COMPONENTS`, in order; a missing one raises :class:`MissingComponent`."""
    return [_resolve(s) for s in COMPONENTS]


def extract(report: Report) -> Extraction:
    """Run every component over ``report``, then give every mention its stable id."""
    extraction = Extraction(report=report)
    with collector_paused():
        try:
            for component in components():
                component(report, extraction)
        finally:
            report._memo.pop(REPORT_TOKENS, None)  # the tokens the components shared: freed now
        extraction.assign_ids()
    return extraction
