"""A build makes its resolution inputs, resolves and writes with the cyclic garbage collector paused,
and leaves it as it found it.

Resolution and the writer build what lives to the end of a build (the compact inputs, the
resolution, the writer's tables and the view's graph); with the collector on, every full collection
walked all of it and found next to nothing (a build of the 989 corpus reports: 37 full collections,
about a fifth of the main process's CPU). These tests state where the collector is off, that it is on
again after the build, and that the outputs are the ones a build with the collector on writes.
"""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

from kg.build import build, build_graph
from kg.collector import collector_paused, young_collection
from tests.conftest import EXAMPLES

kg_build = sys.modules["kg.build"]  # the module (``kg.build`` on the package is also the API call)


def _recording(monkeypatch, names: list[str]) -> dict[str, list[bool]]:
    """Each of kg.build's ``names`` replaced by itself, recording whether the collector was on."""
    seen: dict[str, list[bool]] = {name: [] for name in names}
    for name in names:
        real = getattr(kg_build, name)

        def call(*args, _real=real, _name=name, **kwargs):
            seen[_name].append(gc.isenabled())
            return _real(*args, **kwargs)

        monkeypatch.setattr(kg_build, name, call)
    return seen


def test_build_resolves_and_writes_with_the_collector_paused(tmp_path: Path, monkeypatch) -> None:
    assert gc.isenabled()
    seen = _recording(monkeypatch, ["resolution_inputs", "resolve", "write_streamed", "load"])
    build([str(EXAMPLES)], tmp_path / "out", jobs=1, html=None)
    assert seen == {"resolution_inputs": [False], "resolve": [False], "write_streamed": [False], "load": [True]}
    assert gc.isenabled()  # on again after the build


def test_build_graph_resolves_with_the_collector_paused(monkeypatch) -> None:
    seen = _recording(monkeypatch, ["resolve", "build_dataset"])
    build_graph([str(EXAMPLES)], jobs=1)
    assert seen == {"resolve": [False], "build_dataset": [False]}
    assert gc.isenabled()


def test_a_build_with_the_collector_off_from_the_start_leaves_it_off(tmp_path: Path) -> None:
    gc.disable()
    try:
        build([str(EXAMPLES)], tmp_path / "out", jobs=1, html=None)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_outputs_do_not_depend_on_the_collector(tmp_path: Path, monkeypatch) -> None:
    build([str(EXAMPLES)], tmp_path / "paused", jobs=1, html=None, use_store=False)
    monkeypatch.setattr(kg_build, "collector_paused", _collector_left_on)
    build([str(EXAMPLES)], tmp_path / "on", jobs=1, html=None, use_store=False)
    for name in ("graph.ttl", "graph.trig", "graph.sync.jsonl", "summary.json"):
        assert (tmp_path / "paused" / name).read_bytes() == (tmp_path / "on" / name).read_bytes(), name


class _Node:
    """An object that can be made part of a reference cycle and watched by a weak reference."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_a_young_collection_frees_a_cycle_made_while_the_collector_is_paused() -> None:
    with collector_paused():
        gone = _cycle()
        assert gone() is not None  # paused: nothing frees it by itself
        young_collection()
        assert gone() is None


def test_a_young_collection_does_not_walk_the_oldest_generation() -> None:
    with collector_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        gc.collect()  # a full collection: the live cycle goes to the oldest generation
        del a, b
        young_collection()
        assert gone() is not None  # a young collection leaves the oldest generation alone
        gc.collect()
        assert gone() is None


def test_build_collects_young_garbage_at_each_stored_batch(tmp_path: Path, monkeypatch) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(kg_build, "young_collection", lambda: calls.append(gc.isenabled()))
    build([str(EXAMPLES)], tmp_path / "out", jobs=1, html=None)
    assert calls and not any(calls)  # called, and always inside the paused step


class _collector_left_on:
    """A stand-in for kg.collector.collector_paused that leaves the collector as it is."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
