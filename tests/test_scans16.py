"""``matches_at_words`` finds what ``finditer`` finds, trying the full pattern only where its words start."""

from __future__ import annotations

import doctest
import importlib
import re

import pytest

from kg.loaders.extract.scans import matches_at_words

SENTENCE = ("Thực hiện NQ 54 của Quốc hội và NĐ 61 về bán nhà, UBND tỉnh ban hành Quyết định số 512; "
            "ông trực tiếp chỉ đạo, còn QNQ 7 không phải văn bản")


def test_the_same_matches_as_finditer_where_a_lookbehind_opens_the_pattern():
    full = re.compile(r"(?<![\w/.-])(?:NQ|NĐ|Quyết định số) (\d+)")
    words = re.compile(r"(?:NQ|NĐ|Quyết định số) (\d+)")
    got = [(m.span(), m.group(1)) for m in matches_at_words(full, words, SENTENCE)]
    assert got == [(m.span(), m.group(1)) for m in full.finditer(SENTENCE)]
    assert [g for _, g in got] == ["54", "61", "512"]  # "QNQ 7" is not "NQ 7"


def test_a_match_is_not_found_twice_inside_an_earlier_one():
    full = re.compile(r"(?<!\w)tiếp(?: lãnh đạo)?")
    words = re.compile(r"tiếp(?: lãnh đạo)?")
    text = "ông trực tiếp lãnh đạo; tiếp lãnh đạo tỉnh, tiếptiếp"
    assert [m.span() for m in matches_at_words(full, words, text)] == [m.span() for m in full.finditer(text)]
    assert [m.group() for m in matches_at_words(full, words, text)] == ["tiếp lãnh đạo", "tiếp lãnh đạo", "tiếp"]


@pytest.mark.parametrize("module", ["kg.loaders.extract.scans", "kg.loaders.extract.events",
                                    "kg.loaders.extract.directives"])
def test_the_examples_in_the_scanning_modules_hold(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
