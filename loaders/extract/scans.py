"""Regex scans that start where a pattern's words do.

A pattern that opens with a lookbehind (a word-start guard, "not after trực") is tried by ``re`` at every
position of the text; over a whole report that is the costliest part of a scan (docs/scale.md, sixteenth
round). The same pattern without its leading lookbehinds opens with letters, which ``re`` finds fast; the
full pattern is then tried only there. Shared by the directives and events extractors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


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


def inside_brackets(k: str, lo: int, pos: int) -> bool:
    """``pos`` lies inside a bracket opened after ``lo`` (and not closed before ``pos``).

    >>> inside_brackets("ông A (sinh ngày 5/6) nhận", 0, 10), inside_brackets("ông A (sinh ngày 5/6) nhận", 0, 24)
    (True, False)
    """
    return k.rfind("(", lo, pos) > k.rfind(")", lo, pos)
