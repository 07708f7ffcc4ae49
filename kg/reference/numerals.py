"""Terms (khóa), the Roman numerals they are written in, and ordinal words ("lần thứ nhất"): the one reader of them.

Party congresses and National Assemblies are numbered by term, written in capital Roman numerals
("khóa XIII") or in digits ("khóa 13"). The extractors test whether a word after "khóa" is such a
number, read its value, and the evaluator writes a term back as a numeral to compare with the gold
answers; all of them ask this module.

>>> is_roman("XIII"), is_roman("xiii"), is_roman("Xe")
(True, False, False)
>>> roman_to_int("XII"), roman_to_int("ix"), roman_to_int("C")
(12, 9, None)
>>> read_term("XIV"), read_term("13"), read_term("vi")
(14, 13, None)
>>> to_roman(12)
'XII'
"""

from __future__ import annotations

_CAPITALS = "IVXLC"
_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def is_roman(word: str) -> bool:
    """A word written as a capital Roman numeral (I, V, X, L, C only): "XIII", not "xiii" or "Xe".
    (Stripping those letters off both ends leaves nothing only when every letter is one of them:
    one C-level call, where a generator tested each letter; officials ask it of every capitalised
    word after a term's cue, some fifty times a report.)"""
    return bool(word) and not word.strip(_CAPITALS)


def is_term_value(word: str) -> bool:
    """What may follow "khóa" as its number: a capital Roman numeral or one or two digits."""
    return is_roman(word) or (word.isdecimal() and len(word) <= 2)


def roman_to_int(s: str) -> int | None:
    """XII -> 12 (any case); None when ``s`` is not a small Roman numeral (1 to 59, the terms there are)."""
    s = s.lower()
    if not s or any(c not in _VALUES for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _VALUES[c]
        total += -v if i + 1 < len(s) and _VALUES[s[i + 1]] > v else v
    return total if 0 < total < 60 else None


def read_term(written: str) -> int | None:
    """The term a word after "khóa" names: digits, or a Roman numeral written in capitals.

    Lower case is refused: "khóa vi phạm" is not term VI.
    """
    if written.isdigit():
        return int(written)
    if not written.isupper():
        return None
    return roman_to_int(written)


# The ordinal words after "thứ" / "lần thứ" that name a number ("Hội nghị lần thứ nhất", "kỳ họp thứ mười").
_ORDINAL_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                  "mười": 10}


# The cardinal words that count ("hai nghị quyết", "năm luật"): the ordinal words less those only ordinals use.
_CARDINAL_WORDS = {w: n for w, n in _ORDINAL_WORDS.items() if w not in ("nhất", "tư")}


def cardinal_to_int(word: str) -> int | None:
    """"hai" -> 2, "mười" -> 10 (lower case); None for any other word ("một" is no count of a list)."""
    return _CARDINAL_WORDS.get(word)


def cardinal_words() -> tuple[str, ...]:
    """The cardinal words :func:`cardinal_to_int` reads."""
    return tuple(_CARDINAL_WORDS)


def ordinal_to_int(word: str) -> int | None:
    """"nhất" -> 1, "mười" -> 10 (lower case, as a text key writes them); None for any other word."""
    return _ORDINAL_WORDS.get(word)


def to_roman(n: int | None) -> str | None:
    """12 -> "XII" (terms stay below 40, so X, V and I and their subtractive pairs suffice)."""
    if n is None:
        return None
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out
