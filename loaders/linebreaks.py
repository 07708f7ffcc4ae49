"""Line breaks that are not there: a break right after "TP." that an upstream splitter put in.

Some outlets' pages reach the corpus cut into lines at every full stop, the dot of "TP." included:
"Chủ tịch UBND TP.\\nHuế khoá XII". The extractors treat a line break as the end of a sentence, so
the post lost its body and the body its city (21 corpus reports, 32 breaks). A break after an
abbreviation of ``data/line_split_abbreviations.tsv`` followed by a capital is a space again.
The text keeps its length, so every offset (mentions, quotes, sentence spans) stays where the
source put it.

>>> mend_line_splits("Chủ tịch UBND TP.\\nHuế khoá XII.\\nÔng A (TP.\\nhôm nay)")
'Chủ tịch UBND TP. Huế khoá XII.\\nÔng A (TP.\\nhôm nay)'
"""

from __future__ import annotations

import re
from functools import cache

from kg.reference.tables import table


@cache
def _split_after_abbreviation() -> re.Pattern[str]:
    words = sorted((row["abbreviation"] for row in table("line_split_abbreviations.tsv")), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")\n(?=\w)")


def mend_line_splits(text: str) -> str:
    """``text`` with each false break after a place abbreviation made a space (same length)."""
    if "." not in text or "\n" not in text:
        return text
    pattern = _split_after_abbreviation()
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: m.group(0)[:-1] + " " if text[m.end()].isupper() else m.group(0), text)
