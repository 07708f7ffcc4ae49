"""The default graph's keys a build with a store keeps for the next one: on disk and in the store a
chunk at a time (never one list in memory), and the change between two builds' default graphs
counted by walking both in order."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.blocks import _CHUNK, _default_change, _KeyLog, _StaleTtl
from kg.store import STORE_NAME, Store


def _k(subject: str, obj: str) -> tuple:
    return (f"https://kg.example/{subject}", "http://www.w3.org/2002/07/owl#sameAs", False,
            f"https://kg.example/{obj}", "", "", "", "")


def _chunked(keys: list, size: int = 2) -> list[list]:
    return [keys[i:i + size] for i in range(0, len(keys), size)]


def test_the_change_of_the_default_graph_is_what_update_then_subtract_counted():
    old = sorted([_k("a", "b"), _k("c", "d"), _k("e", "f"), _k("g", "h")])
    new = sorted([_k("a", "b"), _k("c", "x"), _k("e", "f"), _k("g", "h"), _k("i", "j")])
    delta: Counter = Counter({_k("c", "d"): 2})  # two report blocks also state this triple
    _default_change(_chunked(old), _chunked(new, 3), delta)
    assert dict(delta) == {_k("c", "d"): 1, _k("c", "x"): 1, _k("i", "j"): 1}
    expected: Counter = Counter({_k("c", "d"): 2})
    expected.update(new)
    expected.subtract(old)
    assert {k: c for k, c in expected.items() if c} == dict(delta)


def test_an_unchanged_default_graph_adds_nothing_to_the_change():
    keys = sorted(_k(f"p{i}", f"o{i}") for i in range(7))
    delta: Counter = Counter()
    _default_change(_chunked(keys, 3), _chunked(keys, 4), delta)
    assert delta == Counter() and len(delta) == 0  # not even a zero entry a key


def test_a_recorded_default_graph_out_of_order_is_not_trusted():
    keys = sorted(_k(f"p{i}", "o") for i in range(4))
    with pytest.raises(_StaleTtl):
        _default_change([keys[2:], keys[:2]], [keys], Counter())


def test_the_key_log_gives_back_its_keys_in_order_a_chunk_at_a_time(tmp_path):
    keys = [_k(f"p{i:04d}", "o") for i in range(2 * _CHUNK + 5)]
    log = _KeyLog(tmp_path / "keys.pickle")
    for k in keys:
        log.add(k)
    log.close()
    chunks = list(log.chunks())
    assert [len(c) for c in chunks] == [_CHUNK, _CHUNK, 5]
    assert [k for c in chunks for k in c] == keys


def test_the_store_keeps_the_last_builds_default_graph_in_chunks(tmp_path):
    with Store(tmp_path / STORE_NAME, version="v") as store:
        assert store.default_keys() is None  # no build recorded one
        store.set_meta("default_keys", "an older kg's whole list")
        store.put_default_keys(iter([[_k("a", "b"), _k("c", "d")], [_k("e", "f")]]))
        store.commit()
    with Store(tmp_path / STORE_NAME, version="v") as store:
        assert list(store.default_keys()) == [[_k("a", "b"), _k("c", "d")], [_k("e", "f")]]
        assert store.get_meta("default_keys") is None
        store.put_default_keys(iter([[_k("g", "h")]]))  # the next build's replaces it
        assert list(store.default_keys()) == [[_k("g", "h")]]
        store.put_default_keys(iter([]))  # an empty default graph is recorded, not missing
        assert list(store.default_keys()) == []
