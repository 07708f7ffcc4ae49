"""A removal voters ask about is an earlier decision: the post is "former", not left in this report's event.

A report on a meeting of voters with an official retells their questions: "Sáng 13/5, tại buổi tiếp xúc
cử tri, một số cử tri băn khoăn việc cho ông X thôi Ủy viên Bộ Chính trị, thôi chức Bí thư Thành ủy ...",
"'Ông X bị cảnh cáo và thôi chức Ủy viên Bộ Chính trị, việc thôi chức này là cho thôi chức hay Đảng buộc
phải thôi? ...'", "'Việc cho thôi chức Bí thư Thành ủy đối với ông X ... thì có phù hợp hay không?', cử tri Y
hỏi". The officials extractor reads each "thôi" as this report's removal (left); the voters speak of a
decision already taken. A "left" post is "former" when a word of ``asked_removal_cues.tsv`` ("cử tri") is
written in its sentence (a quotation's attribution is written in the sentence it closes), or in the
sentence before one that opens a quotation.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Extraction, Report, Span
from kg.textkey import key as text_key

from .doc_tables import read_tsv
from .sentences import sentence_index, sentences

_QUOTES = "\"“"


@cache
def _askers() -> re.Pattern[str]:
    """The words of ``asked_removal_cues.tsv`` as a pattern on the report's key."""
    words = sorted((text_key(r["word"]) for r in read_tsv("asked_removal_cues.tsv")), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})(?![\w])")


def asked_removals(report: Report, extraction: Extraction) -> None:
    """Give a removal voters ask about the status "former" (see the module's docstring)."""
    left = [pm for pm in extraction.posts if pm.status == "left"]
    if not left:
        return
    k = report.key
    askers = _askers()
    if not askers.search(k):
        return
    sents = sentences(report)
    for pm in left:
        i = sentence_index(report, pm.span.start)
        if i >= 0 and _asked(k, sents, i, askers):
            pm.status = "former"


def _asked(k: str, sents: list[Span], i: int, askers: re.Pattern[str]) -> bool:
    """Sentence ``i`` names the voters ('"Việc cho thôi chức X ... có phù hợp hay không?", cử tri Y hỏi.'),
    or it opens a quotation and the sentence before it names them ("Theo cử tri Y, ... . "Ông X bị cảnh cáo
    và thôi chức ...")."""
    s = sents[i]
    if askers.search(k, s.start, s.end):
        return True
    return i > 0 and k[s.start : s.end].lstrip()[:1] in _QUOTES and \
        askers.search(k, sents[i - 1].start, sents[i - 1].end) is not None
