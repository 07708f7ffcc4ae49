"""Sentence spans of a report, for extractors that relate things said in the same sentence.

The loader may already have split the report (``Report.sentences``); when it has not, a simple
splitter is enough here: a sentence ends at a line break, or at ``.``/``!``/``?``/``…`` followed by
space and a capital letter, a digit or an opening quote. Abbreviations with a dot ("TP. HCM") may
split a sentence in two, which only loses a relation, never invents one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from kg.model import PostMention, Report, Span

_BREAK = re.compile(r"\n+|[.!?…][ \t]+")


def _starts_sentence(text: str, i: int) -> bool:
    while i < len(text) and text[i] in "\"“'(":
        i += 1
    return i < len(text) and (text[i].isupper() or text[i].isdigit())


def split_sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in _BREAK.finditer(text):
        end = m.start()
        if text[end] != "\n":
            if not _starts_sentence(text, m.end()):
                continue
            end += 1  # the full stop belongs to the sentence
        if end > start and text[start:end].strip():
            out.append(Span(start, end))
        start = m.end()
    if start < len(text) and text[start:].strip():
        out.append(Span(start, len(text)))
    return out


def sentences(report: Report) -> list[Span]:
    """The report's sentences; a split made here is kept on the report (the directives and events
    components both ask for it), not in this module, so reports may be extracted in parallel."""
    if report.sentences:
        return report.sentences
    return report.memo("extract.sentences", lambda: split_sentences(report.text))


def sentence_index(report: Report, pos: int) -> int:
    """The index in :func:`sentences` of the sentence holding offset ``pos`` (-1 before the first): the
    status rules that judge a post by its own sentence ask it for every post (the starts are made once)."""
    starts = report.memo("extract.sentence_starts", lambda: [s.start for s in sentences(report)])
    return bisect_right(starts, pos) - 1


def posts_by_sentence(report: Report, posts: Iterable[PostMention], status: str,
                      gate: re.Pattern[str]) -> Iterator[tuple[PostMention, Span]]:
    """Each post of ``status`` with its sentence, in a report whose key the ``gate`` cue matches (none
    otherwise). The rules that re-judge one status by a cue of the post's own sentence (an appointment
    cited in a charge, the head of a body founded in the act) start so;
    the posts are chosen before any is re-judged, so a post a rule changes is not seen twice."""
    chosen = [pm for pm in posts if pm.status == status]
    if not chosen or not gate.search(report.key):
        return
    sents = sentences(report)
    for pm in chosen:
        i = sentence_index(report, pm.span.start)
        if i >= 0:
            yield pm, sents[i]
