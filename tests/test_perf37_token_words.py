"""Speed, thirty-seventh round: the directive readers' head words are found among the report's tokens.

:func:`_scan_words` ran one regex over the whole key of every report; :func:`_token_words` runs it over the distinct
token keys (:meth:`Tokens.whole_run_keys`) and places each hit at its tokens' ends. The places found are the same,
and a text whose glued words were parted (a letter run of two tokens) is still scanned whole. The texts are our own.
"""

from __future__ import annotations

from kg.loaders.extract.directives import _scan_words, _token_words
from kg.loaders.extract.tokens import Tokens


def test_the_head_words_are_found_where_the_scan_finds_them():
    k = "theo quyết định số 12, kế hoạch 5 và xquyết định; quy2 chế, luật đất đai; bộ_luật, luật"
    toks = Tokens.of(k, k)
    assert toks.whole_run_keys() is not None
    assert _token_words(k, toks) == _scan_words(k) == {
        "quyết": [5, 38],  # "xquyết": a word's end, as the scan finds it
        "kế": [23],
        "luật": [60, 77, 83],  # not "quy" of "quy2" (a digit after it), nor "bộ" of "bộ_luật" ("_" after it)
    }


def test_a_text_with_parted_glued_words_is_scanned_whole():
    text = "Ông A đã kýThông báo số 5 và Nghị quyết"  # "kýThông": two words glued, parted into tokens
    k = text.lower()
    toks = Tokens.of(text, k)
    assert toks.whole_run_keys() is None
    assert _token_words(k, toks) == _scan_words(k)
    assert _token_words(k, toks)["thông"] == [11]
