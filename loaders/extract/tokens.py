"""A report's text as a token stream: words and punctuation with offsets, case and line breaks.

The officials extractor walks tokens instead of running one regex per rule: phrases from the data
files (role words, organization names, honorifics) are looked up by their first token, so a report
costs one pass plus a few dictionary lookups per token. Tokens are taken from ``report.key`` (the
folded matching form, same length as the text), so "Tỉnh uỷ" and "TỈNH ỦY" give the same tokens;
case is read from the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from kg.textkey import key as text_key

# Letters and digits are separate tokens: list numbers glued to words ("Bạc Liêu35") are not names.
T = TypeVar("T")

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


@lru_cache(maxsize=8192)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The matching tokens of a phrase written in a data file (cached: also used on names)."""
    return tuple(_TOKEN.findall(text_key(phrase.strip())))


@dataclass
class Tokens:
    """Parallel arrays over the tokens of one text (index ``i`` is the i-th token)."""

    text: str
    k: list[str]  # key form (lower case, one tone style)
    t: list[str]  # text form
    s: list[int]  # start offsets
    e: list[int]  # end offsets
    cap: list[bool]  # first letter upper case in the text
    upper: list[bool]  # whole word upper case in the text ("UBND", "TỰ TRUNG")
    word: list[bool]  # letters/digits (not punctuation)
    brk: list[bool]  # a line break lies between this token and the previous one
    gap: list[str]  # the text between the previous token and this one
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def remember(self, name: str, compute: Callable[[], T]) -> T:
        """What ``compute()`` derives from these tokens, computed once and kept on them (not in a
        module global keyed by identity, so texts may be read in parallel)."""
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]

    @classmethod
    def of(cls, text: str, key: str) -> Tokens:
        spans = [m.span() for m in _TOKEN.finditer(key)]
        s = [a for a, _ in spans]
        e = [b for _, b in spans]
        k = [key[a:b] for a, b in spans]
        t = [text[a:b] for a, b in spans]
        word = [x[0].isalnum() for x in t]
        cap = [x[0].isupper() for x in t]
        upper = [x.isupper() for x in t]
        gap = [text[a:b] for a, b in zip([0, *e[:-1]] if e else [], s, strict=True)]
        brk = ["\n" in g for g in gap]
        return cls(text, k, t, s, e, cap, upper, word, brk, gap)

    def __len__(self) -> int:
        return len(self.k)

    def joined(self, i: int, j: int) -> bool:
        """Tokens i..j-1 are on one line (no line break inside the range)."""
        return not any(self.brk[x] for x in range(i + 1, j))

    def surface(self, i: int, j: int) -> str:
        """The original text of tokens i..j-1, spacing squeezed."""
        if j <= i:
            return ""
        return " ".join(self.text[self.s[i] : self.e[j - 1]].split())


class PhraseIndex:
    """Phrases (token tuples) indexed by their first token; lookups return the longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.firsts = self._by_first  # "token in index.firsts": the cheap test before a lookup

    def add(self, tokens: tuple[str, ...], payload: object) -> None:
        if not tokens:
            return
        bucket = self._by_first.setdefault(tokens[0], [])
        if any(p == tokens and q is payload for p, q in bucket):
            return
        bucket.append((tokens, payload))
        bucket.sort(key=lambda x: -len(x[0]))

    def match(self, toks: Tokens, i: int) -> list[tuple[int, object]]:
        """(length, payload) of every phrase that starts at token i, longest first."""
        k = toks.k
        if i >= len(k):
            return []
        bucket = self._by_first.get(k[i])
        if not bucket:
            return []
        out = []
        n = len(k)
        brk = toks.brk
        for phrase, payload in bucket:
            m = len(phrase)
            if m == 1:
                out.append((1, payload))
            elif i + m <= n and k[i + 1] == phrase[1] and tuple(k[i : i + m]) == phrase \
                    and not any(brk[i + 1 : i + m]):
                out.append((m, payload))
        return out

    def longest(self, toks: Tokens, i: int) -> tuple[int, object] | None:
        found = self.match(toks, i)
        return found[0] if found else None

    def __contains__(self, first: str) -> bool:
        return first in self._by_first


def phrase_index(phrases: Iterable[str]) -> PhraseIndex:
    """An index of ``phrases``, each its own payload: the word lists the rules look up by their
    longest match ("giữ chức", "giữ chức vụ" ...), built one way wherever they are declared."""
    idx = PhraseIndex()
    for phrase in phrases:
        idx.add(phrase_tokens(phrase), phrase)
    return idx
