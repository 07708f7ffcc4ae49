"""Metadata plus cleaned text into a :class:`Report`: the one place each field's fallback is decided.

Every format (text with sidecar or front matter, HTML, JSON Lines, stdin) ends here, so a report
gets the same title, date and province rules whichever way it arrived:

- title: the metadata's; for plain text without a ``title`` key, the first non-empty line (the
  corpus and most pasted articles put it there) when that line is short enough to be a title;
  a ``"title": null`` in the metadata means "no title" and is respected.
- published: the metadata date; else the first date with a year in the lead (title and first
  sentences) that is not a cited date (a decision's issue date, a birth date); else None.
  Never today's date.
- province: the metadata's, canonicalised to the pre-2025 name; else the province of a known
  provincial publisher (name or URL); else None.
- anything else in the metadata is kept as text in ``Report.extra`` (nested objects flattened to
  ``source.dataset``), with ``date_source`` and ``title_source`` saying where those came from.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from kg.loaders.clean import clean_text, clean_value
from kg.loaders.dates import find_dates, impossible_date, parse_date_value
from kg.loaders.places import canonical_province
from kg.loaders.publishers import province_of_publisher
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report, Span
from kg.reference.tables import table
from kg.textkey import key as text_key

_log = logging.getLogger("kg.loaders")

KNOWN_FIELDS = ("title", "date", "url", "publisher", "province")
MAX_TITLE_LINE = 300


class EmptyText(ValueError):
    """The report has no text after cleanup."""


def flatten(meta: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Metadata values as strings; nested objects become dotted keys, lists are joined with "; "."""
    out: dict[str, str] = {}
    for k, v in meta.items():
        name = f"{prefix}{k}"
        if v is None:
            continue
        if isinstance(v, Mapping):
            out.update(flatten(v, name + "."))
        elif isinstance(v, list | tuple):
            out[name] = "; ".join(str(x) for x in v if x is not None and not isinstance(x, Mapping))
        elif isinstance(v, bool):
            out[name] = "true" if v else "false"
        else:
            out[name] = str(v)
    return out


def _str(meta: Mapping[str, Any], name: str) -> str | None:
    v = meta.get(name)
    if v is None or isinstance(v, Mapping | list):
        return None
    s = clean_value(str(v))
    return s or None


_DASHES = re.compile("[\u2010-\u2015\u2212]")


def date_key(text: str) -> str:
    """A cheap stand-in for :func:`kg.textkey.key` that is enough for date patterns.

    Dates are matched on lower case with dashes folded; their anchor words (ngày, tháng, năm, sáng)
    have no oa/oe/uy syllable, so the full key's tone folding, which costs most of a load, is not
    needed here. ``Report.key`` is still computed, once, when an extractor first asks for it.
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: use the real key
        return text_key(text)
    return _DASHES.sub("-", low)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The report's own date, when the metadata has none, is looked for in its lead: the title and the
# first sentences, where news reports date the event they report ("Sáng 18/12/2012, Tỉnh ủy ...").
# Later dates are mostly cited ones (a decision's issue date, a birth date, a past event).
LEAD_SENTENCES = 4
# A symbol-like token ("1694/QĐ-TTg", "40-CT/TW", "122/1999/QĐ-TTg") before a date: a document's date.
_SYMBOL = re.compile(r"\d+\s*[/-]\s*[^\W\d_]{1,8}\b|[^\W\d_]+/[^\W\d_]+")
_CUE_WINDOW = 60


@cache
def _cited_cues() -> re.Pattern[str]:
    cues = [row["cue"] for row in table("cited_date_cues.tsv")]
    body = "|".join(re.escape(text_key(c)) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


def _is_cited(key: str, start: int) -> bool:
    """True when the words just before ``start`` (same sentence) say the date is a cited one."""
    window = key[max(0, start - _CUE_WINDOW) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1 :]
    return bool(_cited_cues().search(window) or _SYMBOL.search(window))


def first_dated(text: str, sentences: list[Span] | None = None) -> PartialDate | None:
    """The report's date as its lead writes it: the first date with a year in the first
    ``LEAD_SENTENCES`` sentences that is not a cited date (see ``data/cited_date_cues.tsv``)."""
    sents = sentences if sentences is not None else split_sentences(text)
    if not sents:
        return None
    end = sents[min(len(sents), LEAD_SENTENCES) - 1].end
    if not _YEAR.search(text, 0, end):
        return None
    lead = text[:end]
    key = date_key(lead)
    for m in find_dates(lead, key=key):
        if m.date.year is not None and not m.date.inferred_year and not _is_cited(key, m.span.start):
            return m.date
    return None


def build_report(
    *,
    report_id: str,
    source_file: str,
    text: str,
    encoding: str,
    meta: Mapping[str, Any] | None = None,
    title_from_first_line: bool = True,
) -> Report:
    """A Report from raw (decoded) text and metadata; raises :class:`EmptyText`."""
    meta = dict(meta or {})
    body = clean_text(text)
    if not body:
        raise EmptyText("empty file (no text)")
    report = Report(id=report_id, text=body, source_file=source_file, encoding=encoding)
    extra = flatten({k: v for k, v in meta.items() if k not in KNOWN_FIELDS})

    report.title = _str(meta, "title")
    if report.title:
        extra["title_source"] = "metadata"
    elif title_from_first_line and "title" not in meta:
        first = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
        if first and len(first) <= MAX_TITLE_LINE:
            report.title = first
            extra["title_source"] = "first_line"

    report.url = _str(meta, "url")
    report.publisher = _str(meta, "publisher")

    raw_date = _str(meta, "date")
    if raw_date:
        report.published = parse_date_value(raw_date)
        if report.published is None:
            extra["date_unparsed"] = raw_date
            if impossible_date(raw_date):  # kept out of the graph, said once
                _log.warning("%s: date %r does not exist; dropped (the text's date is used if any)",
                             source_file, raw_date)
        else:
            extra["date_source"] = "metadata"
    if report.published is None:
        report.paragraphs = split_paragraphs(body)
        report.sentences = split_sentences(body, report.paragraphs)
        report.published = first_dated(body, report.sentences)
        if report.published is not None:
            extra["date_source"] = "text"

    raw_province = _str(meta, "province")
    if raw_province:
        report.province = canonical_province(raw_province)
        if report.province is None:
            extra["province_unknown"] = raw_province
        else:
            extra["province_source"] = "metadata"
    if report.province is None:
        report.province = province_of_publisher(report.publisher, report.url)
        if report.province is not None:
            extra["province_source"] = "publisher"

    if not report.paragraphs:
        report.paragraphs = split_paragraphs(body)
        report.sentences = split_sentences(body, report.paragraphs)
    report.extra = extra
    return report
