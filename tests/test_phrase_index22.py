"""PhraseIndex.ending_at walks the trie in place and Tokens.line_starts is kept per text (twenty-second round,
speed): the answers the rules read, written out by hand."""

from __future__ import annotations

from kg.loaders.extract.tokens import Tokens, phrase_index
from kg.textkey import key


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_ending_at_gives_the_longest_phrase_written_right_before_a_token():
    idx = phrase_index(["được chuyển", "chuyển", "được điều động về"])
    toks = _toks("ông A được chuyển từ tỉnh, được điều động về Hà Nội; chuyển\ntừ")
    k = toks.k
    assert [toks.k[j] for j in (4, 11)] == ["từ", "hà"]
    assert idx.ending_at(toks, 4) == 2  # "được chuyển", not "chuyển" alone
    assert idx.ending_at(toks, 11) == 4
    assert idx.ending_at(toks, 10) == 0  # "được điều động" is no phrase of its own
    assert idx.ending_at(toks, len(k) - 1) == 1  # "chuyển" before the line break
    assert idx.ending_at(toks, 0) == 0 and idx.ending_at(toks, len(k) + 1) == 0


def test_a_phrase_never_spans_a_line_break():
    idx = phrase_index(["được chuyển"])
    toks = _toks("ông được\nchuyển từ")
    assert idx.ending_at(toks, 3) == 0 and idx.match(toks, 1) == []


def test_line_starts_are_the_tokens_after_a_line_break_once_per_text():
    toks = _toks("Tin A\nông B\n\nbà C")
    assert toks.line_starts() == [2, 4]
    assert toks.line_starts() is toks.line_starts()  # kept, not made again
