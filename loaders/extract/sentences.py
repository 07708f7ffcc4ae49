"""Sentence spans of a report, for extractors that relate things said in the same sentence.

The loader may already have split the report (``Report.sentences``); when it has not, a simple
splitter is enough here: a sentence ends at a line break, or at ``.``/``!``/``?``/``…`` followed by
space and a capital letter, a digit or an opening quote. Abbreviations with a dot ("TP. HCM") may
split a sentence in two, which only loses a relation, never invents one.
"""

from __future__ import annotations

import re

from kg.model import Report, Span

_BREAK = re.compile(r"\n+|(?<=[.!?…])[ \t]+(?=[\"“'(]?\w)")


def _starts_sentence(text: str, i: int) -> bool:
    while i < len(text) and text[i] in "\"“'(":
        i += 1
    return i < len(text) and (text[i].isupper() or text[i].isdigit())


def split_sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.group(0)[0] != "\n" and not _starts_sentence(text, m.end()):
            continue
        if m.start() > start and text[start : m.start()].strip():
            out.append(Span(start, m.start()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        out.append(Span(start, len(text)))
    return out


def sentences(report: Report) -> list[Span]:
    return report.sentences or split_sentences(report.text)
