"""Regex scans that start where a pattern's words do.

A pattern that opens with a lookbehind (a word-start guard, "not after trực") is tried by ``re`` at every
position of the text; over a whole report that is the costliest part of a scan (docs/scale.md, sixteenth
round). The same pattern without its leading lookbehinds opens with letters, which ``re`` finds fast; the
full pattern is then tried only there. Shared by the directives and events extractors.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.loaders.extract.tokens import Tokens


def matches_at_words(full: re.Pattern[str], words: re.Pattern[str], k: str) -> Iterator[re.Match[str]]:
    r"""The matches of ``full`` over ``k``, as its ``finditer`` gives them, where ``words`` is ``full`` without the
    lookbehinds it opens with: ``full`` is tried only where ``words`` matches (every match of ``full`` starts
    where one of ``words`` does), not at every position of the text, as a pattern that opens with a lookbehind
    is tried.

    >>> [m.group() for m in matches_at_words(re.compile(r"(?<![\w])ab"), re.compile("ab"), "ab cab abab ab")]
    ['ab', 'ab', 'ab']
    """
    pos = 0
    search, match = words.search, full.match
    while (c := search(k, pos)) is not None:
        if (m := match(k, c.start())) is not None:
            yield m
            pos = m.end()
        else:
            pos = c.start() + 1


def matches_at_tokens(full: re.Pattern[str], k: str, toks: Tokens, firsts: Container[str]) -> Iterator[re.Match[str]]:
    r"""The matches of ``full`` over ``k`` (the key ``toks`` were made from), as its ``finditer`` gives them, for a
    pattern whose every match starts at a token whose key is one of ``firsts``: one that opens with a word-start
    guard and then one of its phrases, ``firsts`` being their first tokens. A match starts after a character no
    word holds, so a token starts there, and it runs over the phrase's first token to its end (the phrase goes
    on with a space, a mark or a digit, or the guard after a one-word phrase), so that token is the phrase's.
    ``full`` is tried only at those tokens (:meth:`Tokens.where`), not at every place where a pattern of its words
    matches (:func:`matches_at_words`): when the words' first letters are most of the alphabet's, ``re`` enters
    that pattern at most letters of the text.

    >>> from kg.loaders.extract.tokens import Tokens
    >>> k = "họp báo; cuộc họp, hội họp"
    >>> [m.group() for m in matches_at_tokens(re.compile(r"(?<![\w])(?:cuộc |hội )?họp(?![\w])"), k,
    ...                                        Tokens.of(k, k), {"cuộc", "hội", "họp"})]
    ['họp', 'cuộc họp', 'hội họp']
    """
    end = 0
    starts, match = toks.s, full.match
    for i in toks.where(firsts):
        if starts[i] >= end and (m := match(k, starts[i])) is not None:
            yield m
            end = m.end()


def inside_brackets(k: str, lo: int, pos: int) -> bool:
    """``pos`` lies inside a bracket opened after ``lo`` (and not closed before ``pos``).

    >>> inside_brackets("ông A (sinh ngày 5/6) nhận", 0, 10), inside_brackets("ông A (sinh ngày 5/6) nhận", 0, 24)
    (True, False)
    """
    return k.rfind("(", lo, pos) > k.rfind(")", lo, pos)
