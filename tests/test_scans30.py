"""``matches_at_tokens`` finds what ``finditer`` finds for a pattern that opens with a word-start guard and
then one of its phrases, trying the full pattern only at the tokens that are a phrase's first."""

from __future__ import annotations

import re

from kg.loaders.extract.scans import matches_at_tokens
from kg.loaders.extract.tokens import Tokens, phrase_tokens
from kg.textkey import key

PHRASES = ["buổi làm việc", "cuộc họp", "họp báo", "họp", "hội nghị", "g20", "tiếp xúc cử tri"]
FULL = re.compile(r"(?<![\w])(?<!trực )(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True))
                  + r")(?![\w])")
FIRSTS = frozenset(phrase_tokens(p)[0] for p in PHRASES)


def _both(text: str) -> tuple[list, list]:
    k = key(text)
    got = [(m.span(), m.group()) for m in matches_at_tokens(FULL, k, Tokens.of(text, k), FIRSTS)]
    return got, [(m.span(), m.group()) for m in FULL.finditer(k)]


def test_the_same_matches_as_finditer_at_word_starts_only():
    got, want = _both("Sau buổi làm việc, Hội nghị G20 (khai mạc) có cuộc họp báo; ông trực họp, "
                      "họpx, xhọp, tiếp xúc cử tri.")
    assert got == want
    assert [g for _, g in got] == ["buổi làm việc", "hội nghị", "g20", "cuộc họp", "tiếp xúc cử tri"]


def test_a_match_is_not_found_twice_inside_an_earlier_one():
    got, want = _both("cuộc họp báo họp họp báo")
    assert got == want
    assert [g for _, g in got] == ["cuộc họp", "họp", "họp báo"]  # "báo" after "cuộc họp" starts no phrase
