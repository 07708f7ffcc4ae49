"""Line breaks that are not there (a break right after "TP." that an upstream splitter put in), and
line breaks that are missing (the items of a numbered list run together on one line).

Some outlets' pages reach the corpus cut into lines at every full stop, the dot of "TP." included:
"Chủ tịch UBND TP.\\nHuế khoá XII". The extractors treat a line break as the end of a sentence, so
the post lost its body and the body its city (21 corpus reports, 32 breaks). A break after an
abbreviation of ``data/line_split_abbreviations.tsv`` followed by a capital is a space again.
The text keeps its length, so every offset (mentions, quotes, sentence spans) stays where the
source put it.

>>> mend_line_splits("Chủ tịch UBND TP.\\nHuế khoá XII.\\nÔng A (TP.\\nhôm nay)")
'Chủ tịch UBND TP. Huế khoá XII.\\nÔng A (TP.\\nhôm nay)'

Other pages lose the break between the items of a numbered list, and the items run together: "1. A,
Bí thư Tỉnh ủy Tây Ninh2. B, Chính ủy Quân khu 73. C, ...". The number of the next item is then
glued to the last word of the one before, and read with it ("Quân khu 73", "Ban Chỉ đạo Tây Bắc15"):
the body takes a number that is not its own and the next name loses its item. Where a line holds a
list numbered 1, 2, 3 ... with at least ``_MIN_GLUED`` items glued so, each item gets its line back
(:func:`break_glued_items`); that adds one character per item, so offsets are those of the mended
text. A number is the next item's only when it is the next in the count and a capital follows its
mark: "Quân khu 718. D" after item 17 is "Quân khu 7" and item 18.
"""

from __future__ import annotations

import re
from functools import cache

from kg.reference.tables import table


@cache
def _split_after_abbreviation() -> re.Pattern[str]:
    words = sorted((row["abbreviation"] for row in table("line_split_abbreviations.tsv")), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")\n(?=\w)")


_MIN_GLUED = 3  # items of one line whose number is glued to the item before: fewer is chance ("H5N1. Theo")
_ITEM_ONE = re.compile(r"(?<![\w.,/])1\. (?=[^\W\d_])")  # "1. " not inside a number, before a word
_MAX_ITEM_NUMBER = 999
_MAX_ITEM_LENGTH = 400  # characters of one item: its name and titles; the next number is no further


def _item_at(line: str, n: int, start: int) -> tuple[int, bool] | None:
    """Where item ``n``'s number stands in ``line`` within ``_MAX_ITEM_LENGTH`` characters from
    ``start``, and whether it is glued to the character before it; None when it is not there. The
    number is followed by its mark and a capital ("n. A", "n.A"), or, glued to a word, by a space and a
    capital with the mark left out ("Trung ương23 Ngô")."""
    pattern = re.compile(rf"(?<![.,/]){n}(?:\. ?| )(?=[^\W\d_])")
    for m in pattern.finditer(line, start, start + _MAX_ITEM_LENGTH):
        glued = m.start() > 0 and not line[m.start() - 1].isspace()
        if m.end() >= len(line) or not line[m.end()].isupper():
            continue
        if "." not in m.group(0) and not (glued and line[m.start() - 1].isalpha()):
            continue  # "Quân khu 7 Hoàng": a number without its mark is an item only glued to a word
        return m.start(), glued
    return None


def _glued_cuts(line: str) -> list[int]:
    """The places in ``line`` where a numbered list's items run together: before each item's number
    ("Tây Ninh2. B", "Tiền Giang 17. C"), for every list 1, 2, 3 ... of the line with at least
    ``_MIN_GLUED`` items glued to the item before; a list's "1. " glued to what precedes it ("(8
    người):1. A") is cut too."""
    cuts: list[int] = []
    for one in _ITEM_ONE.finditer(line):
        if cuts and one.start() < cuts[-1]:
            continue
        here: list[int] = [one.start()] if one.start() > 0 else []
        glued = 0
        at = one.end()
        n = 2
        while n <= _MAX_ITEM_NUMBER:
            hit = _item_at(line, n, at)
            if hit is None:
                break
            where, is_glued = hit
            here.append(where)
            glued += is_glued
            at = where + len(str(n)) + 1
            n += 1
        if glued >= _MIN_GLUED:
            cuts.extend(here)
    return cuts


def break_glued_items(text: str) -> str:
    """``text`` with a line break before each numbered item glued to the item before it (module
    docstring); the text grows by one character per break."""
    if ". " not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        cuts = _glued_cuts(line) if "1. " in line else []
        if cuts:
            pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
            line = "\n".join(p.rstrip(" ") if i < len(pieces) - 1 else p for i, p in enumerate(pieces))
        out.append(line)
    return "\n".join(out)


def mend_line_splits(text: str) -> str:
    """``text`` with each false break after a place abbreviation made a space (same length), and the
    items of a glued numbered list on lines of their own (:func:`break_glued_items`)."""
    text = break_glued_items(text)
    if "." not in text or "\n" not in text:
        return text
    pattern = _split_after_abbreviation()
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: m.group(0)[:-1] + " " if text[m.end()].isupper() else m.group(0), text)
