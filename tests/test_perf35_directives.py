"""Speed, thirty-fifth round: the directive readers' phrase starts are planned once per tuple of phrases.

:func:`_written_starts` read every phrase's first word by a regex match and asked the scanned-words cache about
it at each of its calls (five a report); :func:`_phrase_plan` works that out once for each tuple of phrases. The
places found are the same: the texts here are our own.
"""

from __future__ import annotations

from kg.loaders.extract.directives import _phrase_plan, _written_starts


def test_a_phrase_plan_gives_each_phrase_its_first_word_whether_it_is_scanned_and_whether_it_goes_on():
    assert _phrase_plan(("quy chế", "luật", "xyz")) == (
        ("quy chế", "quy", True, True),  # "quy": a type word's first word, found by the one scan
        ("luật", "luật", True, False),
        ("xyz", "xyz", False, False),  # no reader's word: found by str.find
    )


def test_the_plan_is_made_once_for_a_tuple_of_phrases():
    phrases = ("quyết định", "kế hoạch")
    assert _phrase_plan(phrases) is _phrase_plan(phrases)


def test_written_starts_with_the_plan_finds_the_same_places():
    k = "theo quyết định số 12, kế hoạch 5 và xquyết định; quy chế làm việc, luật đất đai"
    assert _written_starts(k, ("quyết định", "kế hoạch"), word_start=True) == [5, 23]
    assert _written_starts(k, ("quyết định",), word_start=False) == [5, 38]
    assert _written_starts(k, ("quy chế", "luật", "xyz"), word_start=True) == [50, 68]
