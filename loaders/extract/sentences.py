"""Sentence spans of a report, for extractors that relate things said in the same sentence.

The loader may already have split the report (``Report.sentences``); when it has not, a simple
splitter is enough here: a sentence ends at a line break, or at ``.``/``!``/``?``/``…`` followed by
space and a capital letter, a digit or an opening quote. Abbreviations with a dot ("TP. HCM") may
split a sentence in two, which only loses a relation, never invents one.
"""

from __future__ import annotations

import re

from kg.model import Report, Span

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


_last: tuple[str, list[Span]] | None = None


def sentences(report: Report) -> list[Span]:
    """The report's sentences; the split is kept for the last text seen, since the directives and
    events components both ask for it."""
    global _last
    if report.sentences:
        return report.sentences
    if _last is None or _last[0] is not report.text:
        _last = (report.text, split_sentences(report.text))
    return _last[1]
