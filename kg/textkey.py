"""Matching keys for Vietnamese text: one form for every way the same words are written.

Reports write the same word in two tone-mark styles ("Tỉnh ủy" / "Tỉnh uỷ", "hòa" / "hoà",
"khóa" / "khoá"), in upper and lower case, and with several dash and quote characters. Extractors
match on a *key* and report offsets into the original text, so every key here has exactly the same
length as its input: position ``i`` of the key is character ``i`` of the text. That is why tone
folding moves a tone mark between two adjacent letters instead of rewriting the syllable.

Only open syllables ending in ``oa``, ``oe`` or ``uy`` differ between the styles; closed ones
(hoàn, toàn, khoảng, Quỳnh) are written one way, and are left alone. The key puts the tone on the
last vowel of such a syllable ("hoà", "uỷ", "quý"), whichever style the text used.

>>> key("Tỉnh ủy") == key("TỈNH UỶ")
True
>>> key("hoàn") == "hoàn" and key("Quỳnh") == "quỳnh"
True
>>> len(key("Phó Bí thư Thường trực Tỉnh ủy")) == len("Phó Bí thư Thường trực Tỉnh ủy")
True
>>> ascii_key("Nguyễn Chí Dũng")
'nguyen chi dung'

These are kg's normalisers; the few others that exist differ on purpose, and say why where they are:

- ``kg.evaluate.name_key`` / ``symbol_key`` copy the gold set's own scorer (``shared/gold/score.py``)
  letter for letter, so that ``kg eval`` and that script agree; they must not follow changes here.
- ``kg.loaders.build.date_key`` is a cheaper key for date patterns only (no oa/oe/uy in their words),
  falling back to :func:`key`; ``kg.sync.engine.search_key`` is :func:`ascii_key` in C speed for the
  Neo4j full-text index (a test checks they agree on names); ``kg.viz.html.search_key`` is
  :func:`key` and :func:`ascii_key` word by word, cached.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from types import MappingProxyType

# Tone marks as combining characters; every other diacritic (circumflex, breve, horn) is part of
# the letter itself and never moves.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")

# Characters folded one-for-one so that the key keeps the text's length.
_FOLD = {
    "\u00d0": "đ", "\u00f0": "đ",  # Ð/ð (Icelandic eth) typed in place of Đ/đ
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
}

_SYLLABLE = re.compile(r"[^\W\d_]+")
_OPEN_PAIRS = ("oa", "oe", "uy")


def _split_tone(ch: str) -> tuple[str, str]:
    """A precomposed letter as (letter without its tone, tone mark or '')."""
    parts = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in parts if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
    return base, tone


def _with_tone(base: str, tone: str) -> str:
    combined = unicodedata.normalize("NFC", base + tone)
    return combined if len(combined) == 1 else base + tone


def fold_syllable(syl: str) -> str:
    """Put the tone of an open ``oa``/``oe``/``uy`` syllable on its last vowel; else unchanged.

    >>> fold_syllable("ủy"), fold_syllable("hòa"), fold_syllable("khỏe"), fold_syllable("hoàn")
    ('uỷ', 'hoà', 'khoẻ', 'hoàn')
    """
    if len(syl) < 2:
        return syl
    b1, t1 = _split_tone(syl[-2])
    b2, t2 = _split_tone(syl[-1])
    if (b1.lower() + b2.lower()) not in _OPEN_PAIRS or not t1 or t2:
        return syl
    moved = syl[:-2] + b1 + _with_tone(b2, t1)
    return moved if len(moved) == len(syl) else syl


def _lower_keep_length_slow(text: str) -> str:
    out = []
    for ch in text:
        low = _FOLD.get(ch) or ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


# str.translate looks every character of a text up in its table (most of the time of a report's
# key); one str.replace per folded character present costs a fast search each instead. No folded
# form is itself folded, so replacing one character after another is the one-for-one table.
_FOLD_PAIRS = tuple(_FOLD.items())
# The only characters whose key is a white space they are not (a tokenizer reads gaps off the key).
FOLDED_TO_SPACE = tuple(ch for ch, to in _FOLD_PAIRS if to.isspace())
assert not set(_FOLD) & set(_FOLD.values())


def _lower_keep_length(text: str) -> str:
    folded = text
    for ch, to in _FOLD_PAIRS:
        if ch in folded:
            folded = folded.replace(ch, to)
    low = folded.lower()
    # str.lower() changes the length only for a few non-Vietnamese letters (İ): then go char by char.
    return low if len(low) == len(text) else _lower_keep_length_slow(text)


def _tone_pairs() -> dict[str, str]:
    """Every toned first vowel of an open oa/oe/uy ending, with the tone moved to the second."""
    pairs = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for tone in _TONES:
            toned = unicodedata.normalize("NFC", first + tone)
            for second in seconds:
                pairs[toned + second] = first + unicodedata.normalize("NFC", second + tone)
    return pairs


_TONE_PAIRS = _tone_pairs()
TONE_PAIRS = MappingProxyType(_TONE_PAIRS)
"""Each toned first vowel of "oa", "oe", "uy" -> the pair with the tone on the second ("òa" -> "oà"); the
open-syllable move of :func:`key` and kg.persons' closed-syllable :func:`kg.persons.tone_placed` share it."""
# A toned o/u followed by a plain a/e/y that ends the syllable (no letter after it).
_TONE_PAIR_RE = re.compile("(" + "|".join(sorted(_TONE_PAIRS)) + r")(?![^\W\d_])")


def key(text: str) -> str:
    """Case-, tone-style-, dash- and quote-insensitive form of NFC ``text``, of the same length."""
    if len(text) <= _SHORT:
        return _short_key(text)
    return _key(text)


def _key(text: str) -> str:
    low = _lower_keep_length(text)
    return _TONE_PAIR_RE.sub(lambda m: _TONE_PAIRS[m.group(0)], low)


# The extractors ask for the key of a short text (a name, a word, a phrase of a data file) about
# eighty times a report, half of them a text asked before; each costs some thirty searches and a
# substitution, a remembered one a lookup.
_SHORT = 64
_short_key = lru_cache(maxsize=16384)(_key)


def _ascii_table() -> dict[int, str]:
    table = {ord("đ"): "d"}
    for code in range(0xC0, 0x2000):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[code] = base
    return table


_ASCII_TABLE = _ascii_table()


def ascii_key(text: str) -> str:
    """``key`` without any diacritic ("Nguyễn" -> "nguyen"), for users who type without them.

    Same length as the input for NFC text; letters whose decomposition has no ASCII base stay.
    """
    return key(text).translate(_ASCII_TABLE)


def compact(text: str) -> str:
    """``key`` with runs of white space and punctuation squeezed: for identity, not offsets.

    >>> compact("  Ban  Dân vận, Tỉnh uỷ ") == compact("ban dân vận tỉnh ủy")
    True
    """
    if len(text) <= _SHORT:
        return _short_compact(text)
    return _compact(text)


_WORD_RUNS = re.compile(r"[^\W_]+")


def _compact(text: str) -> str:
    return " ".join(_WORD_RUNS.findall(key(unicodedata.normalize("NFC", text))))


# The extractors compact a role's or a body's name (a post's identity) some twenty times a report,
# mostly names asked before in the same report or an earlier one: remembered as short keys are.
_short_compact = lru_cache(maxsize=16384)(_compact)

# The test of one Vietnamese syllable lives here, below the extractors, because the resolver
# (kg.resolve: a foreign holder keeps a foreign body apart) asks it as well as the name finders
# (kg.loaders.extract.tokens re-exports it), and kg.resolve may not import the extractors.
SYLLABLE_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)"
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))  # huyền sắc ngã hỏi nặng
# A syllable's rime is a vowel group with a final consonant, or one that ends in a glide and takes
# none ("oai", "ươu"); the tone is set aside first, the hat, breve and horn kept.
_CLOSABLE = "uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uơ|uy|oo|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
_OPEN_ONLY = "iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu"
_SYLLABLE_SHAPE = re.compile(f"(?:{SYLLABLE_ONSET})?(?:(?:{_OPEN_ONLY})|(?:{_CLOSABLE})(?:ch|nh|ng|c|m|n|p|t)?)")


@lru_cache(maxsize=16384)
def vietnamese_syllable(word: str) -> bool:
    """``word`` has the letters of one Vietnamese syllable: (onset) rime, as "Nguyễn", "Khuya",
    "Tập". Foreign names do not ("Fidel", "Castro", "Hernández", "Aung", "Putin"); nor do
    ethnic-minority syllables with a final "k" ("Đắk"). Case does not matter."""
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONE_MARKS))
    return _SYLLABLE_SHAPE.fullmatch(bare) is not None
