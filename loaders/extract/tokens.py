"""A report's text as a token stream: words and punctuation with offsets, case and line breaks.

The officials extractor walks tokens instead of running one regex per rule: phrases from the data
files (role words, organization names, honorifics) are looked up by their first token, so a report
costs one pass plus a few dictionary lookups per token. Tokens are taken from ``report.key`` (the
folded matching form, same length as the text), so "Tỉnh uỷ" and "TỈNH ỦY" give the same tokens;
case is read from the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, count, filterfalse, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kg.textkey import FOLDED_TO_SPACE, SYLLABLE_ONSET, vietnamese_syllable
from kg.textkey import key as text_key

if TYPE_CHECKING:
    from kg.model import Report

# Letters and digits are separate tokens: list numbers glued to words ("Bạc Liêu35") are not names.
T = TypeVar("T")
P = TypeVar("P")  # what a PhraseIndex gives for each phrase (a row of a data file, a label)

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TOKEN_PARTS = re.compile(f"({_TOKEN.pattern})")  # split() keeps the tokens between the gaps

# The same split, faster on the texts kg reads: ``re`` tests "\w" and "\d" by a Unicode category
# lookup at every character, and a class written as ranges of code points by a bitmap. The ranges
# are read off the classes above for every code point below _LISTED (Latin, Vietnamese, the general
# punctuation: all of the corpus's letters), so they cannot disagree with them there; a key holding
# any code point above (_UNLISTED) is split with _TOKEN_PARTS.
_LISTED = 0x2100
_UNLISTED = re.compile("[^\\x00-" + re.escape(chr(_LISTED - 1)) + "]")


def _code_point_ranges(test: re.Pattern[str]) -> str:
    """The code points below _LISTED that ``test`` matches, as the ranges of a character class."""
    out = []
    start = None
    for cp in range(_LISTED + 1):
        hit = cp < _LISTED and test.fullmatch(chr(cp)) is not None
        if hit and start is None:
            start = cp
        elif not hit and start is not None:
            out.append(re.escape(chr(start)) + ("" if cp - 1 == start else "-" + re.escape(chr(cp - 1))))
            start = None
    return "".join(out)


@cache
def _token_parts_listed() -> re.Pattern[str]:
    """_TOKEN_PARTS for keys with no code point from _LISTED on (made on first use: 10 ms)."""
    letters = _code_point_ranges(re.compile(r"[^\W\d_]"))
    digits = _code_point_ranges(re.compile(r"\d"))
    marks = _code_point_ranges(re.compile(r"[^\w\s]"))
    return re.compile(f"([{letters}]+|[{digits}]+|[{marks}])")


@cache
def _phrase_parts_listed() -> re.Pattern[str]:
    """_token_parts_listed with a letter run extended over single spaces and the letter runs after
    them: "Ủy ban nhân dân" is one part, "(" and "2024" are parts as before. The regex engine costs
    about as much for every part it splits off as for a page of characters, and most of a report
    is such words one space apart: a tenth of the parts, a third of the split's instructions."""
    letters, rest = _token_parts_listed().pattern[1:-1].split("+|", 1)
    with_space = letters[:-1] + " ]"
    return re.compile(f"({letters}{with_space}*(?<={letters})|{rest})")


def _token_parts(key: str) -> list[str]:
    """``_TOKEN_PARTS.split(key)``: gap, token, gap ... token, gap.

    Split by :func:`_phrase_parts_listed` when the key has no unlisted code point, each part
    holding a space then written out as its words with a " " gap between them; a part holding two
    spaces in a row (rare) is split by the token pattern itself. Same list, about two thirds of
    the instructions (bench: every report of the readable corpus gives the same list).

    Whether the key holds an unlisted code point is asked of the split's gaps, not of the whole key:
    such a code point is in none of the listed classes, so it lands in a gap, and the gaps are a
    short part of the text (a search of the whole key was a twentieth of making the tokens)."""
    raw = _phrase_parts_listed().split(key)
    if _UNLISTED.search("".join(raw[0::2])):
        return _TOKEN_PARTS.split(key)
    tokens_only = _token_parts_listed()
    it = iter(raw)
    parts = [next(it)]
    append = parts.append
    for unit, gap in zip(it, it, strict=True):  # (a part, the gap after it)
        if " " not in unit:
            append(unit)
        elif "  " in unit:
            parts += tokens_only.split(unit)[1:-1]
        else:
            words = unit.split(" ")
            spaced = [" "] * (2 * len(words) - 1)
            spaced[0::2] = words
            parts += spaced
        append(gap)
    return parts

# Two words glued together in the source ("Trung QuốcNgụy", "Nguyễn Văn Ađến", "ÔngTrần") are two
# tokens. A Vietnamese syllable is (onset) vowels (coda); a letter run that is exactly two of them,
# the second with its onset, is two words when the second holds a letter only Vietnamese writes
# (ă â ê ô ơ ư đ, a dot below, a hook above) or the first has an onset, a final consonant and a
# tone or such a letter ("Bìnhmong"): a foreign name ("Ramón", "Liège") is neither, and a
# capitalised run followed by another capitalised word is a transliterated name ("Khămtày
# Xiphănđon"), left whole. A lower-case letter followed by a capital inside a run is a boundary
# too when either side is Vietnamese ("QuốcNgụy"), not in brand names in ASCII ("VnExpress").
_VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_ONSET = SYLLABLE_ONSET  # the onsets kg.textkey.vietnamese_syllable reads
_SYLLABLE = f"{_ONSET}?[{_VOWELS}]+(?:ch|nh|ng|c|m|n|p|t)?"
_GLUED = re.compile(rf"({_SYLLABLE})({_ONSET}[{_VOWELS}]+(?:ch|nh|ng|c|m|n|p|t)?)")
_TWO_VOWEL_RUNS = re.compile(rf"[{_VOWELS}][bcdđghklmnpqrstvx]+[{_VOWELS}]")  # the cheap test first
_VIETNAMESE_ONLY = frozenset("ăâêôơưđĩũỹẽạảặẳậẩẹẻệểịỉọỏộổợởụủựửỵỷắằẵấầẫếềễốồỗớờỡứừữ")
_LOWER = "a-zđ" + "".join(sorted(set(_VOWELS) - set("aeiouy")))
# A capital after a lower-case letter; the pattern starts with the capital so that the regex engine
# looks for capitals (few) rather than trying every lower-case letter of the text.
_CAMEL = re.compile(f"[{_LOWER.upper()}](?<=[{_LOWER}][{_LOWER.upper()}])")


def _positions(k: list[str]) -> dict[str, list[int]]:
    """The indexes of the tokens of each key form in ``k``, in order (:meth:`Tokens.positions`)."""
    out: dict[str, list[int]] = {}
    get = out.get
    for i, w in enumerate(k):
        at = get(w)
        if at is None:
            out[w] = [i]
        else:
            at.append(i)
    return out


def _two_vowel_tokens(pos: dict[str, list[int]], joined: str) -> list[int]:
    """The indexes of the tokens in which ``_TWO_VOWEL_RUNS`` matches, in order, ``pos`` being the
    tokens' :func:`_positions` (``joined``: its keys one a line): such a run is letters only, so it
    lies inside one token. Looked for in the text's distinct tokens written one a line (a quarter of
    its characters) by one search, not in the whole key (the search stops at every vowel), and most
    reports have no such token at all."""
    m = _TWO_VOWEL_RUNS.search(joined)
    if m is None:
        return []
    hits = []
    while m is not None:
        end = joined.find("\n", m.end())
        end = len(joined) if end < 0 else end
        hits.append(joined[joined.rfind("\n", 0, m.start()) + 1 : end])
        m = _TWO_VOWEL_RUNS.search(joined, end)
    return sorted(chain.from_iterable(map(pos.__getitem__, hits)))


def _glue_points(text: str, key: str, s: list[int], e: list[int], pos: dict[str, list[int]], joined: str) -> list[int]:
    """Offsets where two words glued in the source part (see the comment above ``_GLUED``), the key's
    tokens starting at ``s``, ending at ``e``, placed by ``pos`` (:func:`_positions`; ``joined``: its
    keys one a line)."""
    out = _acronym_glued(text, s, joined, pos)
    done = 0
    for m in chain.from_iterable(_TWO_VOWEL_RUNS.finditer(key, s[i], e[i]) for i in _two_vowel_tokens(pos, joined)):
        a = m.start()
        if a < done:
            continue
        while a > 0 and key[a - 1].isalpha():
            a -= 1
        end = m.end()
        while end < len(key) and key[end].isalpha():
            end += 1
        done = end
        glued = _GLUED.fullmatch(key, a, end)
        if glued is None or any(c.isupper() for c in text[a + 1 : end]):
            continue  # "MinhỦy": parted at its capital below; "ASEAN": an acronym
        if text[a].isupper() and (text[end : end + 2].strip()[:1].isupper() or _after_foreign_word(text, a)):
            continue  # "Khămtày Xiphănđon", "Vilay Sikhăm,": a transliterated name; "Trọngmong rằng" is not
        first, second = glued.group(1), glued.group(2)
        if second in _GLUED_FUNCTION_WORDS or any(c in _VIETNAMESE_ONLY for c in second) or (
                first[0] not in _VOWELS and first[-1] not in _VOWELS and not first.isascii()):  # "Bìnhmong"
            out.append(glued.end(1))  # (but "Êban", a name of the Central Highlands, is one word)
    for m in _CAMEL.finditer(text):
        a = m.start() - 1  # the lower-case letter before the capital
        s = a
        while s > 0 and text[s - 1].isalpha():
            s -= 1
        e = a + 1
        while e < len(text) and text[e].isalpha():
            e += 1
        if any(c in _VIETNAMESE_ONLY for c in key[s:e]):
            out.append(a + 1)
    return out


def _words(pos: dict[str, list[int]], n: int) -> list[bool]:
    """For each of the ``n`` tokens placed by ``pos`` (:func:`_positions`), whether it is a word (a
    letter or digit run) rather than a mark. A mark is one character, so its key form is no letters or
    digits (``str.isalnum``), and a letter or digit run's is all of them: the marks are the tokens of
    the few distinct key forms that are not (",", ".", "(" ...), a tenth of the tokens, set in a list
    of words. A pass over every token's first character cost a third more of making the tokens.

    >>> k = ["ông", "A", ",", "năm", "2024", "."]
    >>> _words(_positions(k), len(k))
    [True, True, False, True, True, False]
    """
    out = [True] * n
    for i in chain.from_iterable(map(pos.__getitem__, filterfalse(str.isalnum, pos))):
        out[i] = False
    return out


def _after_foreign_word(text: str, a: int) -> bool:
    """The word before offset ``a`` (across one space) is capitalised and no Vietnamese syllable
    ("Vilay" before "Sikhăm"): the run at ``a`` is the second part of a transliterated name (Lao
    "Sikhăm", "Xaynhạvông"), whole even where a comma follows. A glued word after a Vietnamese
    name ("Nguyễn Văn Ađến", "Tô Lâmtrao") still parts: "Văn" and "Tô" are syllables."""
    b = a - 1
    if b < 1 or text[b] != " ":
        return False
    c = b
    while c > 0 and text[c - 1].isalpha():
        c -= 1
    return c < b and text[c].isupper() and not vietnamese_syllable(text[c:b])


# An acronym glued to the conjunction or preposition after it in the source ("Tập đoàn FLCvà Trung
# tâm ..."): no Vietnamese word is capitals then a lower-case "và" / "của" / "tại" / "với", so the
# capitals are a word of their own. Looked for among the text's distinct key forms (one a line).
_ACRONYM_GLUE = re.compile(r"[a-zđ]{2,}(?:và|của|tại|với)")
# ... and so after a Vietnamese syllable ("đô thị xanhvà tối ưu", "Trương Văn Camvà đồng phạm"):
# no word ends in these toned syllables, where the rule above keeps an ASCII first part whole
_GLUED_FUNCTION_WORDS = frozenset(("và", "của", "tại", "với"))
_GLUED_WORDS_IN_ORDER = ("và", "của", "tại", "với")  # (the same, in a fixed order: _acronym_glued)


def _acronym_glued(text: str, s: list[int], joined: str, pos: dict[str, list[int]]) -> list[int]:
    """Offsets where an acronym and the function word glued after it part (a line of ``joined`` that is
    all ``_ACRONYM_GLUE``): only where the text writes the letters before the word in capitals
    ("FLCvà", not "xanhvà"). The lines are found by where each word is written at a line's end
    (``str.find``, a handful of places: the word's own line and the few glued ones), not by the
    pattern tried at every line of ``joined`` (twice the instructions). The letters before the word
    are none of its own ("à", "ủ", "ạ", "ớ"), so a line ends with one of the words at most.

    >>> _acronym_glued("FLCvà xanhvà", [0, 6], "flcvà\\nxanhvà", {"flcvà": [0], "xanhvà": [1]})
    [3]
    """
    out = []
    n = len(joined)
    for w in _GLUED_WORDS_IN_ORDER:
        at = joined.find(w)
        while at >= 0:
            end = at + len(w)
            if end == n or joined[end] == "\n":
                start = joined.rfind("\n", 0, at) + 1
                if at - start >= 2 and _ACRONYM_GLUE.fullmatch(joined, start, end):
                    cut = at - start
                    for i in pos[joined[start:end]]:
                        if text[s[i] : s[i] + cut].isupper():
                            out.append(s[i] + cut)
            at = joined.find(w, end)
    return out


def _cut(s: list[int], e: list[int], k: list[str], key: str, points: list[int]) -> None:
    """Cut the tokens (starts ``s``, ends ``e``, key forms ``k``) that hold one of ``points`` there,
    in place: a handful of points in a long text, so each finds its token by bisection instead of
    a walk over every token."""
    for c in sorted(set(points), reverse=True):  # from the end: the tokens before keep their places
        x = bisect_right(s, c) - 1
        if x >= 0 and c < e[x]:
            if c == s[x]:
                continue  # already a token boundary
            s.insert(x + 1, c)
            e.insert(x, c)
            k[x : x + 1] = [key[s[x] : c], key[c : e[x + 1]]]


@lru_cache(maxsize=8192)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The matching tokens of a phrase written in a data file (cached: also used on names)."""
    return tuple(_TOKEN.findall(text_key(phrase.strip())))


def _breaks(key: str, s: list[int]) -> tuple[list[bool], list[int]]:
    """For each token (starts ``s``), whether a line break lies in the gap before it: found from
    the text's line breaks (tens a report), each placed by bisection, not by a test of every gap.
    A line break is never inside a token, and the key has the text's line breaks where it has them.
    With the flags, the indexes of the tokens they mark, in order (each once: the next search starts
    past the token marked), which :meth:`Tokens.line_starts` would otherwise find by a pass over
    every flag."""
    out = [False] * len(s)
    marked: list[int] = []
    n = len(s)
    at = key.find("\n")
    while at >= 0:
        i = bisect_right(s, at)
        if i < n:
            out[i] = True
            marked.append(i)
        at = key.find("\n", s[i] if i < n else len(key))
    return out, marked


class TokenTexts:
    """The text form of each token (``toks.t[i]``), sliced from the text when asked.

    Why not a list: the rules ask for a token's own spelling about once for every four tokens of a
    report (they match on the key), and slicing every token of every report up front was a tenth
    of making the tokens. Reads like a list: an index (negative too), a slice, ``len``, iteration
    and equality with a list.
    """

    __slots__ = ("_text", "_s", "_e")

    def __init__(self, text: str, s: list[int], e: list[int]) -> None:
        self._text, self._s, self._e = text, s, e

    def __getitem__(self, i):  # int -> str, slice -> list[str]
        if i.__class__ is int:
            return self._text[self._s[i] : self._e[i]]
        text = self._text
        return [text[a:b] for a, b in zip(self._s[i], self._e[i], strict=True)]

    def __len__(self) -> int:
        return len(self._s)

    def __iter__(self) -> Iterator[str]:
        text = self._text
        return (text[a:b] for a, b in zip(self._s, self._e, strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TokenTexts):
            other = list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]  # compared like a list, so not hashable either

    def __repr__(self) -> str:
        return repr(list(self))


@dataclass
class Tokens:
    """Parallel arrays over the tokens of one text (index ``i`` is the i-th token)."""

    text: str
    k: list[str]  # key form (lower case, one tone style)
    t: TokenTexts  # text form (a list in all but name: see TokenTexts)
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
        memo = self._memo
        try:
            return memo[name]  # asked hundreds of times a text: one lookup, the miss once a text
        except KeyError:
            value = memo[name] = compute()
            return value

    @classmethod
    def of(cls, text: str, key: str) -> Tokens:
        # This runs over every token of every report (about a million on the corpus) before any
        # rule: one regex split gives the key tokens without a slice each, and its parts alternate
        # gap, token, gap ... token, gap, so the running sum of their lengths gives every token's
        # start (even places) and end (odd places). Glued words (few reports) are parted after.
        parts = _token_parts(key)
        ends = list(accumulate(map(len, parts)))
        s = ends[0:-1:2]
        e = ends[1::2]
        k = parts[1::2]
        # The positions of the key forms are made here (where() asks for them in every report, and
        # their keys are the distinct words, where glued words are looked for), again if cut.
        pos: dict[str, list[int]] | None = _positions(k)
        joined = "\n".join(pos)  # (kept for :meth:`whole_run_keys` unless words are parted)
        points = _glue_points(text, key, s, e, pos, joined)
        if points:
            _cut(s, e, k, key, points)
            pos = None
        t = TokenTexts(text, s, e)
        # A token's first letter: one itemgetter call reads them all (``map(text.__getitem__, s)``
        # calls a slot wrapper that packs each index into an argument tuple: 1.5 times the work).
        firsts = itemgetter(*s)(text) if len(s) > 1 else [text[a] for a in s]
        cap = list(map(str.isupper, firsts))
        # A letter or digit keys to one and nothing else does (checked on every code point), and
        # the key's gaps (white space, "_") are the text's unless a folded space is in the text.
        # A token is a letter run, a digit run or one mark, so its first character tells whether it
        # is a word (the text's and the key's give the same answer).
        word = _words(pos, len(s)) if pos is not None else list(map(str.isalnum, firsts))
        # A token whose first character is not a capital is not all capitals (a letter run starts
        # in lower case, a digit run or a mark has no case): only the capitalised ones are sliced,
        # and their texts are kept (:meth:`capitalised`).
        caps = list(compress(range(len(s)), cap))
        cap_texts = [text[s[i] : e[i]] for i in caps]
        upper = [False] * len(s)
        for i in compress(caps, map(str.isupper, cap_texts)):
            upper[i] = True
        if points or any(c in text for c in FOLDED_TO_SPACE):
            gap = [text[a:b] for a, b in zip([0, *e[:-1]] if e else [], s, strict=True)]
        else:
            gap = parts[0:-1:2]
        brk, broken = _breaks(key, s)
        toks = cls(text, k, t, s, e, cap, upper, word, brk, gap)
        toks._memo["tokens.capitalised"] = (caps, cap_texts)
        toks._memo["tokens.line_starts"] = broken[1:] if broken and broken[0] == 0 else broken
        if pos is not None:
            toks._memo["tokens.positions"] = pos
            toks._memo["tokens.whole_run_keys"] = joined
        return toks

    def __len__(self) -> int:
        return len(self.k)

    def where(self, words: Container[str]) -> list[int]:
        """Indexes of the tokens whose key is one of ``words`` (a set, or an index's ``firsts``), in
        order: a rule that starts only at given words finds them without a Python step at every
        token of the report. The rules ask this about eight times a report, each for other words,
        so the indexes of every word are listed once (:meth:`positions`) and each question joins
        the lists of its words. The words written in the text are found by a set intersection (in
        C, over the smaller side: an index's first words are thousands, a report's few hundred),
        and only their lists are read; a tuple of words (which may repeat one) is taken as a set."""
        if not isinstance(words, (set, frozenset, dict, tuple, list)):
            return list(compress(count(), map(words.__contains__, self.k)))  # any other container
        pos = self.positions()
        if isinstance(words, dict):
            common = pos.keys() & words.keys()  # two key views: the smaller is iterated
        elif isinstance(words, (tuple, list)):
            common = pos.keys() & frozenset(words)
        elif len(words) < len(pos):
            common = pos.keys() & words  # iterates ``words``
        else:
            common = words.intersection(pos)  # iterates ``pos``
        if len(common) <= 1:
            return list(pos[next(iter(common))]) if common else []
        return sorted(chain.from_iterable(map(pos.__getitem__, common)))

    def capitalised(self) -> tuple[list[int], list[str]]:
        """The indexes of the capitalised tokens, in order, and their texts: a tenth of a report's
        tokens, where names are looked for. Kept by :meth:`of`, which slices these tokens anyway."""
        def both() -> tuple[list[int], list[str]]:
            caps = list(compress(range(len(self.cap)), self.cap))
            return caps, [self.text[self.s[i] : self.e[i]] for i in caps]
        return self.remember("tokens.capitalised", both)

    def positions(self) -> dict[str, list[int]]:
        """The indexes of the tokens of each key, in order (made once per text). Looked up before
        the function making them is made: :meth:`where` asks for them about twenty times a text."""
        pos = self._memo.get("tokens.positions")
        if pos is not None:
            return pos
        return self.remember("tokens.positions", lambda: _positions(self.k))

    def whole_run_keys(self) -> str | None:
        """The distinct key forms of the tokens, one a line (in the order :meth:`positions` lists them), when each
        run of letters in the key is one whole token, as in most texts; None when glued words were parted (a run
        then holds two tokens). A reader looking for the words a letter run ends with searches these lines, a
        third of the key's characters, and places each hit by its token's ends: the run ends where its token does.
        Made with the tokens (their glued words are looked for in it), so None too for tokens not made by :meth:`of`."""
        return self._memo.get("tokens.whole_run_keys")

    def line_starts(self) -> list[int]:
        """Indexes of the tokens a line break comes before (the text's first token left out). Made once per
        text (asked by the sentence table and by the names' byline reader, each a pass over every token;
        :meth:`of` keeps the list it finds the breaks by): the one list, not to be changed by the caller."""
        starts = self._memo.get("tokens.line_starts")
        if starts is None:
            starts = self._memo["tokens.line_starts"] = list(
                compress(range(1, len(self.brk)), islice(self.brk, 1, None)))
        return starts

    def joined(self, i: int, j: int) -> bool:
        """Tokens i..j-1 are on one line (no line break inside the range)."""
        return not any(self.brk[x] for x in range(i + 1, j))

    def surface(self, i: int, j: int) -> str:
        """The original text of tokens i..j-1, spacing squeezed."""
        if j <= i:
            return ""
        return " ".join(self.text[self.s[i] : self.e[j - 1]].split())


# The name a report's tokens are kept under while it is extracted (pipeline.extract drops them after).
REPORT_TOKENS = "extract.tokens"


def report_tokens(report: Report) -> Tokens:
    """The tokens of a report's text, made once for every component of its extraction: officials
    reads them first, organizations' drop_generic_bodies last (it made them again, in two reports of
    three: about 6% of extraction's time). Kept on the report only while it is extracted:
    :func:`kg.loaders.extract.pipeline.extract` drops them when its components are done, so the
    tokens are freed then, not kept with the report."""
    return report.memo(REPORT_TOKENS, lambda: Tokens.of(report.text, report.key))


_SENT_END = frozenset({".", "!", "?"})


@cache
def _name_abbreviations() -> tuple[dict[str, str], frozenset[str]]:
    """``data/name_abbreviations.tsv``: each abbreviation as written without its final dot ("TP",
    "Th.S") -> the kind of word that must follow it; and the keys of their last parts ("tp", "s"),
    the set lookup that guards every other test."""
    from kg.reference.tables import table

    kinds = {row["abbreviation"].removesuffix("."): row["next"] for row in table("name_abbreviations.tsv")}
    return kinds, frozenset(text_key(a.rsplit(".", 1)[-1]) for a in kinds)


@cache
def _place_names() -> PhraseIndex[str]:
    """The places an abbreviation may stand before: provinces and their other spellings
    (``places.tsv``) and districts (``districts.tsv``)."""
    from kg.reference.tables import table

    forms = []
    for row in table("places.tsv"):
        cols = row.padded(2)
        forms.append(cols[0])
        forms.extend(f for f in cols[1].split("|") if f)
    forms.extend(row.padded(1)[0] for row in table("districts.tsv"))
    return phrase_index(forms)


def continues_name(toks: Tokens, j: int) -> bool:
    """The "." at j is the dot of an abbreviation of ``data/name_abbreviations.tsv`` and the word
    after it (on the same line) goes on with the name: "UBND TP. HCM", "TP. Hồ Chí Minh", "Q. 1",
    "PGS. TS Nguyễn Văn A". Why the next word decides: "TP" is also a word of its own that may end
    a sentence ("... xây dựng TP. Tôi nghĩ ..."), so only a place the tables know, a word in
    capitals or (for "Q.", "P.") a number after a place abbreviation, and a capitalised word after a
    title, keep the sentence going."""
    n = len(toks.k)
    if j == 0 or j + 1 >= n or toks.gap[j] or toks.brk[j + 1] or not toks.gap[j + 1]:
        return False
    kinds, lasts = _name_abbreviations()
    if toks.k[j - 1] not in lasts:
        return False
    a = j - 1  # the abbreviation's first token: back over glued dotted parts ("Th.S")
    while a >= 2 and toks.gap[a] == "" and toks.k[a - 1] == "." and toks.gap[a - 1] == "" and toks.word[a - 2]:
        a -= 2
    if a > 0 and toks.gap[a] == "" and toks.word[a - 1]:
        return False  # a longer glued word ("UBNDTP.")
    written = toks.text[toks.s[a] : toks.e[j - 1]]
    kind = kinds.get(written)
    if kind is None:  # titles run together: "GS.TS. Nguyễn Văn A" goes on as its last one does
        parts = written.split(".")
        kind = kinds[parts[-1]] if len(parts) > 1 and all(p in kinds for p in parts) else None
    if kind is None:
        return False
    nxt = j + 1
    if kind == "title":
        return toks.cap[nxt] and toks.word[nxt]
    if kind == "number" and toks.k[nxt].isdigit():
        return True
    if not toks.cap[nxt]:
        return False
    return (toks.upper[nxt] and toks.e[nxt] - toks.s[nxt] > 1) or _place_names().longest(toks, nxt) is not None


def ends_sentence(toks: Tokens, j: int) -> bool:
    """Token j (". ! ?") ends a sentence: a "." that is not one dot of "...", nor inside "TP.HCM",
    nor an abbreviation's before the name it goes on with ("TP. HCM": :func:`continues_name`)."""
    if toks.k[j] != ".":
        return True
    n = len(toks.k)
    if j + 1 < n and toks.k[j + 1] in (".", ",", ";") :
        return False
    if j > 0 and toks.k[j - 1] == ".":
        return j + 1 >= n or toks.cap[j + 1] or toks.brk[j + 1]
    if j + 1 < n and toks.gap[j + 1] == "":
        return False
    return not continues_name(toks, j)


def sentence_start(toks: Tokens, i: int) -> int:
    """First token of the sentence holding token i (a line break also starts one).

    Read from a table of every token's sentence start, made once per text in one forward pass:
    walking back from each cue cost the length of the sentence per call, quadratic on a text with
    no sentence end (a 2 MB line took 30 s). The table is filled sentence by sentence from the
    line starts and the stops (C-level repeats, not a Python step a token). Asked about ninety
    thousand times on the corpus: the table is looked up before the function making it is."""
    table = toks._memo.get("sentence_starts")
    if table is not None:
        return table[i]

    def starts() -> list[int]:
        n = len(toks.k)
        cuts = set(toks.line_starts())
        cuts.update(j + 1 for j in toks.where(_SENT_END) if j + 1 < n and ends_sentence(toks, j))
        out: list[int] = []
        current = 0
        for cut in sorted(cuts):
            out.extend(repeat(current, cut - current))
            current = cut
        out.extend(repeat(current, n - current))
        return out
    return toks.remember("sentence_starts", starts)[i]


def sentence_end(toks: Tokens, i: int) -> int:
    """The first position from token i on (``len(toks)`` at most) where the sentence holding the
    tokens before it stops: a token after a line break, or its ". ! ?". One table per text, made in
    one pass over the stops, for the same reasons as :func:`sentence_start`."""
    table = toks._memo.get("sentence_ends")
    if table is not None:
        return table[i]

    def ends() -> list[int]:
        n = len(toks.k)
        stops = set(toks.line_starts())  # every token after a line break (the first too, when one is before it)
        if toks.brk and toks.brk[0]:
            stops.add(0)
        stops.update(j for j in toks.where(_SENT_END) if ends_sentence(toks, j))
        out: list[int] = []
        current = 0
        for stop in sorted(stops):
            out.extend(repeat(stop, stop - current + 1))
            current = stop + 1
        out.extend(repeat(n, n - current + 1))
        return out
    return toks.remember("sentence_ends", ends)[i]


def joined_hyphen(toks: Tokens, y: int) -> bool:
    """Token y is a hyphen written inside a word, with no space on either side: the "-" of a foreign
    name transcribed syllable by syllable ("Luông Pha-bang", "Chăm-pa-sắc")."""
    return toks.k[y] == "-" and 0 < y < len(toks.k) - 1 and toks.s[y] == toks.e[y - 1] \
        and toks.e[y] == toks.s[y + 1] and toks.word[y + 1] and toks.word[y - 1]


class PhraseIndex(Generic[P]):
    """Phrases (token tuples) in a trie keyed by token; lookups return the longest first.

    Why a trie: the commonest first tokens ("ban", "ủy", "bộ", "sở") start hundreds of organization
    and role phrases, and a lookup at every token of every report compared each of them in turn;
    walking the trie costs at most one dictionary step per token of the longest phrase there.
    Generic in its payload (``PhraseIndex[OrgRow]``), so a rule reading ``hit[1].level`` is
    type-checked, and compiled natively by mypyc (bench/compile_mypyc.py), not as an ``object``.
    """

    def __init__(self) -> None:
        # node: (children by token, (length, payload) of each phrase ending here, in the order
        # added): the length of a phrase ending at a node is the node's depth, so the pairs that
        # match and longest give are made once here, not again at every lookup.
        self._root: dict[str, tuple[dict, list[tuple[int, P]]]] = {}
        self.firsts = self._root  # "token in index.firsts": the cheap test before a lookup
        # The last tokens of the phrases: "token in index.lasts", the cheap test before looking
        # back for a phrase that ends at a token (a title right before a name, a cue before a word)
        self.lasts: set[str] = set()
        # The words a phrase holds after its first: "token in index.laters", the cheap test before looking
        # back for a phrase begun before a token ("Hàn" of "Đại Hàn Dân Quốc")
        self.laters: set[str] = set()
        self.depth = 0  # tokens of the longest phrase added

    def add(self, tokens: tuple[str, ...], payload: P) -> None:
        if not tokens:
            return
        level = self._root
        node: tuple[dict, list[tuple[int, P]]] | None = None
        for tok in tokens:
            node = level.get(tok)
            if node is None:
                node = ({}, [])
                level[tok] = node
            level = node[0]
        assert node is not None
        if not any(q is payload for _, q in node[1]):
            node[1].append((len(tokens), payload))
        self.lasts.add(tokens[-1])
        self.laters.update(tokens[1:])
        self.depth = max(self.depth, len(tokens))

    def match(self, toks: Tokens, i: int) -> list[tuple[int, P]]:
        """(length, payload) of every phrase that starts at token i, longest first (phrases of one
        length in the order they were added); a phrase never spans a line break."""
        # Called at nearly every token by many rules (about a million times on the corpus): half
        # the calls end at the first lookup, most others at the second, so those paths come first
        # (and a token past the end is an IndexError caught, not a length compared at every call).
        k = toks.k
        try:
            node = self._root.get(k[i])
        except IndexError:
            return []
        if node is None:
            return []
        level, ends = node
        if not level:  # only one-token phrases start with this token
            return ends[:]
        found: list[list[tuple[int, P]]] = [ends] if ends else []
        brk = toks.brk
        j = i + 1
        try:
            while level and not brk[j]:
                node = level.get(k[j])
                if node is None:
                    break
                j += 1
                level, ends = node
                if ends:
                    found.append(ends)
        except IndexError:  # the text ends inside a phrase: no length to ask at every step
            pass
        if len(found) == 1:
            return found[0][:]  # a copy: the caller may change its list
        if not found:  # a first word with no phrase of its own, the next word no phrase's (half the walks)
            return []
        out: list[tuple[int, P]] = []
        for ends in reversed(found):
            out += ends
        return out

    def spans(self, toks: Tokens, a: int, b: int) -> bool:
        """A phrase of the index is written exactly at tokens [a, b) (not only one starting at a)."""
        return 0 <= a < b and any(m == b - a for m, _ in self.match(toks, a))

    def ending_at(self, toks: Tokens, j: int) -> int:
        """Tokens of the longest phrase written right before token j (ending there), 0 if none:
        the words a rule looks back at ("được chuyển | từ", "Tương tự | Bộ trưởng ..."). Bounded by
        the longest phrase added, so a longer row in a table is seen without a constant to raise."""
        # The trie walked from each start j - m to j in place (not :meth:`match`'s list of every phrase at the
        # start, made and read for each m): most starts hold no phrase's first word, a dictionary miss.
        k, brk, root = toks.k, toks.brk, self._root
        if j > len(k) or j < 1 or k[j - 1] not in self.lasts:
            return 0  # (no phrase ends with the word before j: most calls, spared the walks)
        for m in range(min(j, self.depth), 0, -1):
            node = root.get(k[j - m])
            x = j - m + 1
            while node is not None and x < j and not brk[x]:
                node = node[0].get(k[x])
                x += 1
            if node is not None and x == j and node[1]:
                return m
        return 0

    def exactly(self, tokens: tuple[str, ...]) -> list[P]:
        """The payloads of the phrase written exactly ``tokens``, in the order added."""
        level, node = self._root, None
        for tok in tokens:
            node = level.get(tok)
            if node is None:
                return []
            level = node[0]
        return [p for _, p in node[1]] if node is not None else []

    def longest(self, toks: Tokens, i: int) -> tuple[int, P] | None:
        """The first of :meth:`match` (the longest phrase at token i, the first added of that
        length), found by the same walk without building the whole list."""
        k = toks.k
        try:
            node = self._root.get(k[i])
        except IndexError:
            return None
        if node is None:
            return None
        level, ends = node
        best = ends[0] if ends else None
        brk = toks.brk
        j = i + 1
        try:
            while level and not brk[j]:
                node = level.get(k[j])
                if node is None:
                    break
                j += 1
                level, ends = node
                if ends:
                    best = ends[0]
        except IndexError:  # the text ends inside a phrase (as in match)
            pass
        return best

    def __contains__(self, first: str) -> bool:
        return first in self._root


def phrase_index(phrases: Iterable[str]) -> PhraseIndex[str]:
    """An index of ``phrases``, each its own payload: the word lists the rules look up by their
    longest match ("giữ chức", "giữ chức vụ" ...), built one way wherever they are declared."""
    idx: PhraseIndex[str] = PhraseIndex()
    for phrase in phrases:
        idx.add(phrase_tokens(phrase), phrase)
    return idx
