"""Paragraphs and sentences as character spans of ``Report.text``.

A paragraph is a non-empty line: news text puts one paragraph per line, and a blank line between
paragraphs is just a wider gap. A sentence ends at ``. ! ? …`` (and any closing quotes or
brackets after it) followed by white space and a capital, digit, quote or dash, and always at a
line break. Dots that are not sentence ends stay inside: within a token ("62-KL/TW", "TP.HCM",
"T.Ư", "5.6.2012", "3.288") there is no space after the dot; after an abbreviation from
``data/sentence_abbreviations.tsv`` ("ThS.", "TP.", "PGS.TS.") or a single capital initial ("Nguyễn V. Anh")
the dot is the abbreviation's; a list number opening a line ("1. Tỉnh ủy ...") is not a sentence.

>>> t = "Sáng 5.6.2012, ThS. Nguyễn Văn A dự họp tại TP.HCM. Ông phát biểu! Xong…"
>>> [t[s.start:s.end] for s in split_sentences(t)]
['Sáng 5.6.2012, ThS. Nguyễn Văn A dự họp tại TP.HCM.', 'Ông phát biểu!', 'Xong…']
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Span
from kg.reference.tables import table

# A line without its surrounding white space.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# End punctuation, then closing quotes/brackets, then the white space before the next sentence's
# first character (searched within one line, so the white space never crosses a line break).
# The run of marks is written one branch per first mark ("\.[.!?]*", not "[.!?]+"), the same
# matches: a pattern opening with a branch of single characters is looked for by ``re`` as those
# characters (a fast scan to the next mark), one opening with a repeat is tried at every
# character of the text (four fifths of the instructions of a report's split, bench).
_END = re.compile(r"(?P<punct>\.[.!?]*|![.!?]*|\?[.!?]*|…)[\"'”’»)\]]*(?P<ws>\s+)(?=(?P<next>\S))")
_ALNUM = re.compile(r"[^\W_]")
_OPENERS = "\"'“‘«(-–—["


@cache
def abbreviations() -> frozenset[str]:
    """Lower-cased abbreviations (without their final dot) after which a dot does not end a sentence."""
    return frozenset(row["abbreviation"].rstrip(".").lower() for row in table("sentence_abbreviations.tsv"))


def split_paragraphs(text: str) -> list[Span]:
    """Every non-blank line, trimmed of surrounding white space."""
    return [Span(m.start(), m.end()) for m in _LINE.finditer(text)]


def _word_before(text: str, end: int) -> str:
    """The token ending at ``end`` (the dot's position), back to the previous space."""
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“‘«[":
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _word_before(text, dot)
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Nguyễn V. Anh"
    low = word.lower()
    abbrevs = abbreviations()
    if low in abbrevs:
        return True
    # "PGS.TS." and "TS.BS.": every dotted part an abbreviation
    parts = low.split(".")
    return len(parts) > 1 and all(p in abbrevs for p in parts if p)


def _is_list_number(text: str, sentence_start: int, dot: int) -> bool:
    """"1." or "IV." opening a sentence is a list marker, not a sentence of its own."""
    word = text[sentence_start:dot]
    return len(word) <= 4 and (word.isdigit() or (word.isupper() and set(word) <= set("IVXL")))


def _sentences_in(text: str, start: int, end: int) -> list[Span]:
    out = []
    pos = start
    for m in _END.finditer(text, start, end):
        nxt = m.group("next")
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        if m.group("punct") == "." and (
            _is_abbreviation(text, m.start()) or _is_list_number(text, pos, m.start())
        ):
            continue
        out.append(Span(pos, m.start("ws")))
        pos = m.start("next")
    if pos < end:
        out.append(Span(pos, end))
    return [s for s in out if _ALNUM.search(text, s.start, s.end)]


def split_sentences(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentence spans, none crossing a paragraph (line) boundary."""
    paras = paragraphs if paragraphs is not None else split_paragraphs(text)
    out: list[Span] = []
    for p in paras:
        out.extend(_sentences_in(text, p.start, p.end))
    return out
