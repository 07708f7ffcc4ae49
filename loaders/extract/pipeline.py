"""The extraction pipeline: components run in order over one report, each adding mentions.

Like spaCy's pipeline, a component is a callable ``(report, extraction) -> None`` that reads the
report (and what earlier components added) and appends its own mentions; components do not call
each other. The order is this list: officials first (organizations, persons, posts), because
directives look up their issuer and events their organizer and participants among those.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module

from kg.model import Extraction, Report

Component = Callable[[Report, Extraction], None]

# "module:function" under kg.loaders.extract, in the order they run.
COMPONENTS: list[str] = [
    "officials:extract_officials",
    "directives:extract_directives",
    "events:extract_events",
]


class MissingComponent(ImportError):
    """A component named in :data:`COMPONENTS` does not exist: a build without it would silently
    lack a whole kind of fact, so kg stops instead."""


def _resolve(spec: str) -> Component:
    module_name, func = spec.split(":")
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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while one report is extracted, back on after.

    Extraction allocates some hundred thousand containers a report (token arrays, parses, mentions)
    and the collector, left on, walks the young ones every 700 allocations and, ever so often,
    everything the process holds (in a build: every loaded report and every extraction so far):
    about a tenth of the extraction CPU on the corpus. Almost all of it is freed by reference
    counting as soon as the report is done; what is cyclic (a token stream and the memo that
    points back at it) waits for the one young collection that runs on the first allocation after
    the collector is back on, so memory stays bounded by one report's garbage. Nested and
    concurrent uses (Dask runs tasks in threads) leave the collector as they found it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract(report: Report) -> Extraction:
    """Run every component over ``report``, then give every mention its stable id."""
    extraction = Extraction(report=report)
    with collector_paused():
        for component in components():
            component(report, extraction)
        extraction.assign_ids()
    return extraction
