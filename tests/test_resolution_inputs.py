"""Compact resolution inputs: resolving them answers exactly what resolving the whole extractions does."""

from __future__ import annotations

import pickle

import pytest

from kg.loaders import load
from kg.model import Span
from kg.parallel import extract_one
from kg.resolution_inputs import KeyWindows, compact, install, key_windows, mention_map, share_strings, uninstall
from kg.resolve import resolve
from tests.conftest import EXAMPLES


def _answers(ex, res) -> list[tuple]:
    """Each mention's (entity, role, tenure) IRIs, in mention order."""
    return [(res.iri.get(id(m)), res.post_role.get(id(m)), res.tenure_of.get(id(m))) for m in ex.mentions()]


def test_compact_inputs_resolve_to_the_same_iris_labels_and_tenures_as_whole_extractions():
    full = [extract_one(r) for r in load([str(EXAMPLES)]).reports]
    assert sum(len(ex.posts) for ex in full) > 5  # the examples do hold posts, persons and tenures
    whole = resolve(full)
    # through pickling, as a build reads them from its store, their common words shared
    pool: dict[str, str] = {}
    inputs = [share_strings(pickle.loads(pickle.dumps(compact(ex))), pool) for ex in full]
    small = resolve(inputs)
    assert small.labels == whole.labels
    assert small.redirects == whole.redirects
    assert small.successions == whole.successions
    assert {k: (r.status, r.start, r.end, r.first_seen) for k, r in small.tenures.items()} == \
           {k: (r.status, r.start, r.end, r.first_seen) for k, r in whole.tenures.items()}
    maps = [mention_map(cx, small) for cx in inputs]
    small.iri.clear()
    small.post_role.clear()
    small.tenure_of.clear()
    for ex, mapping in zip(full, maps, strict=True):
        keys = install(ex, mapping, small)
        assert _answers(ex, small) == _answers(ex, whole)
        uninstall(keys, small)
    assert not small.iri and not small.post_role and not small.tenure_of


def test_a_mapping_for_another_extraction_is_refused():
    """A stored extraction that does not have the mentions its answers were counted on is an error, not a guess."""
    ex = extract_one(load([str(EXAMPLES)]).reports[0])
    cx = compact(ex)
    res = resolve([cx])
    mapping = mention_map(cx, res)
    other = (mapping[0] + 1, *mapping[1:])
    with pytest.raises(RuntimeError, match="not the same extraction"):
        install(ex, other, res)


def test_text_windows_give_the_text_inside_them_and_fetch_the_whole_text_outside():
    key = "ông nguyễn văn a, chủ tịch ubnd tỉnh, phát biểu. " * 20
    got = key_windows(key, [Span(400, 416)])
    assert isinstance(got, KeyWindows)
    assert got[280:400] == key[280:400] and got[416:576] == key[416:576] and got[400:416] == key[400:416]
    with pytest.raises(LookupError, match="outside the windows"):
        got[0:10]
    got.fetch = lambda: key
    assert got[0:10] == key[0:10] and got[900:2000] == key[900:2000] and got.count("ông") == 20
    assert len(got) == len(key)
    again = pickle.loads(pickle.dumps(got))  # the fetcher is the build's, never stored
    assert again.fetch is None and again[400:416] == key[400:416]


def test_windows_covering_most_of_a_text_keep_all_of_it_as_one_window():
    key = "bà trần thị b phát biểu"
    got = key_windows(key, [Span(3, 13)])
    assert len(got.parts) == 1  # no fetcher: every read below is answered from memory
    assert got[0:len(key)] == key and got[3:13] == "trần thị b" and got[14:] == "phát biểu"


def test_text_windows_are_read_as_the_text_across_several_windows_and_reports():
    one = "ông lê văn c " + "x" * 1000 + " bà đỗ thị d ủy viên"
    two = "đồng chí phạm văn e " + "y" * 1000 + " anh vũ văn f"
    a = key_windows(one, [Span(4, 12), Span(1017, 1025)])
    b = key_windows(two, [Span(9, 19), Span(1026, 1032)])
    assert len(a.parts) == 2 and len(b.parts) == 2
    for _ in range(2):  # interleaved reads of two reports give each its own text
        assert a[1017:1025] == one[1017:1025] == "đỗ thị d" and b[9:19] == two[9:19] == "phạm văn e"
        assert a[0:12] == one[0:12] and b[1020:] == two[1020:]
