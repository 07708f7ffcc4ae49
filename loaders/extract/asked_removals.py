"""A removal voters ask about is an earlier decision: the post is "former", not left in this report's event.

A report on a meeting of voters with an official retells their questions: "Sáng 13/5, tại buổi tiếp xúc
cử tri, một số cử tri băn khoăn việc cho ông X thôi Ủy viên Bộ Chính trị, thôi chức Bí thư Thành ủy ...",
"'Ông X bị cảnh cáo và thôi chức Ủy viên Bộ Chính trị, việc thôi chức này là cho thôi chức hay Đảng buộc
phải thôi? ...'", "'Việc cho thôi chức Bí thư Thành ủy đối với ông X ... thì có phù hợp hay không?', cử tri Y
hỏi". The officials extractor reads each "thôi" as this report's removal (left); the voters speak of a
decision already taken. A "left" post is "former" when a word of ``asked_removal_cues.tsv`` ("cử tri") is
written in its sentence (a quotation's attribution is written in the sentence it closes), or in the
sentence before one that opens a quotation. A question put at a press briefing (the row "câu hỏi") is
asked the same way: "Trả lời câu hỏi về việc Ủy ban Thường vụ Quốc hội cho thôi nhiệm vụ đại biểu đối với ông X,
ông Y cho biết ... 'Ủy ban Thường vụ Quốc hội đã xem xét và đồng ý cho thôi nhiệm vụ đại biểu của ông X'": the
briefing explains a removal decided before it.

A removal only asked for leaves the post held (thirty-seventh round): "Ban Bí thư ... đề nghị Ủy ban Thường vụ
Quốc hội xem xét để ông X thôi làm đại biểu Quốc hội khóa XIV". The officials extractor reads "thôi làm" right
before the title as the act (left); the request before it, in the same stretch of the sentence, says the body
asked has not decided yet (:func:`_asked_for`: ``undone_acts.tsv``, reach request, and ``asked_acts.tsv``).
status_cues.tsv's phrases ("đề nghị cho thôi") do not reach it: the body asked and "để <person>" stand between the
request and the verb.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Extraction, Report, Span
from kg.textkey import key as text_key

from .doc_tables import alternation, read_tsv, whole_words, words_by_use
from .sentences import sentence_index, sentences
from .status import undone_words

_QUOTES = "\"“"


@cache
def _askers() -> re.Pattern[str]:
    """The words of ``asked_removal_cues.tsv`` as a pattern on the report's key."""
    words = sorted((text_key(r["word"]) for r in read_tsv("asked_removal_cues.tsv")), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})(?![\w])")


def asked_removals(report: Report, extraction: Extraction) -> None:
    """Give a removal voters ask about the status "former", and one only asked for "holds" (see the module's
    docstring)."""
    left = [pm for pm in extraction.posts if pm.status == "left"]
    if not left:
        return
    k = report.key
    for pm in left:
        if _asked_for(k, pm.span.start):
            pm.status = "holds"
    left = [pm for pm in left if pm.status == "left"]
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


@cache
def _requests() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a request not written as the noun of one answered, a word of a decision taken, a stop of the stretch, a
    word right before a request that makes it the noun of one answered: "theo đề nghị", "xét đề nghị"), on the
    report's key (``undone_acts.tsv`` reach request; ``asked_acts.tsv``, read once)."""
    w = words_by_use("asked_acts.tsv")
    asks = alternation(text_key(x) for x in undone_words("request"))
    ask = re.compile(rf"(?<![\w])(?:{asks})(?![\w])(?!\s+{text_key('của')}(?![\w]))")
    noun = re.compile(rf"(?<![\w])(?:{alternation(w['noun_before'])})\s+$")
    return ask, whole_words(w["decided"]), re.compile(r"[,;.!?\n]"), noun


_DONE_BEFORE = 8  # characters before the request read for a decision taken: "đã xem xét"
_STRETCH = 160  # characters before a title searched for the request: the body asked, "để <person>", the verb


def _asked_for(k: str, at: int) -> bool:
    """A request or review (``undone_acts.tsv``, reach request: "đề nghị", "kiến nghị", "xem xét") is written
    before the title at ``at`` in its stretch of the sentence (no comma, ";", full stop or line break between), with
    no word of a decision taken after it ("quyết định", "đã") or right before it ("đã xem xét"), and is not the noun
    of a request already answered ("theo đề nghị của ...")."""
    ask, decided, stop, noun = _requests()
    a = max(0, at - _STRETCH)
    for m in stop.finditer(k, a, at):
        a = m.end()
    for m in ask.finditer(k, a, at):
        if noun.search(k, max(a, m.start() - 12), m.start()):
            continue
        if decided.search(k, max(a, m.start() - _DONE_BEFORE), m.start()) or decided.search(k, m.end(), at):
            continue  # "đã xem xét thi hành kỷ luật ... và cho thôi giữ chức ...": reviewed and decided
        return True
    return False

