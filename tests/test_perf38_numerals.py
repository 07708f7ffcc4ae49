"""A term's number written in capital Roman numerals ("khóa XIII"): which words are such numerals."""

from __future__ import annotations

import pytest

from kg.reference.numerals import is_roman, is_term_value


@pytest.mark.parametrize("word", ["I", "V", "XIII", "XIV", "LX", "CX", "IIIIIII"])
def test_capital_roman_numerals(word):
    assert is_roman(word)


@pytest.mark.parametrize("word", ["", "xiii", "Xiii", "XIIi", "XIIIa", "aXIII", "X I", "XI.", "MX", "DIV",
                                  "Ⅻ", "XIII\n", "Xe", "13"])
def test_not_capital_roman_numerals(word):
    assert not is_roman(word)


def test_a_term_value_is_a_capital_numeral_or_one_or_two_digits():
    assert [is_term_value(w) for w in ("XV", "15", "5", "115", "xv", "")] == [True, True, True, False, False, False]
