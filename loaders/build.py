"""Metadata plus cleaned text into a :class:`Report`: the one place each field's fallback is decided.

Every format (text with sidecar or front matter, HTML, JSON Lines, stdin) ends here, so a report
gets the same title, date and province rules whichever way it arrived:

- title: the metadata's; for plain text without a ``title`` key, the first non-empty line (the
  corpus and most pasted articles put it there) when that line is short enough to be a title;
  a ``"title": null`` in the metadata means "no title" and is respected.
- published: the metadata date; else the lead's dateline (the first date in the title and first
  sentences that is not a cited or remembered one), with its year as written or, for "Sáng 24/6",
  the year the rest of the text states for that day (see :func:`first_dated`); else None.
  Never today's date, never a guessed year.
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
from kg.loaders.dates import (
    anniversary_days,
    anniversary_years,
    dateline_year,
    find_dates,
    find_month_years,
    impossible_date,
    occasion_years,
    parse_date_value,
    review_year,
    written_dates,
)
from kg.loaders.linebreaks import mend_line_splits
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
def _cue_pattern(name: str) -> re.Pattern[str]:
    """The cues of a data table (column ``cue``) as one whole-word pattern, longest first."""
    cues = [row["cue"] for row in table(name)]
    body = "|".join(re.escape(text_key(c)) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


def _cited_cues() -> re.Pattern[str]:
    return _cue_pattern("cited_date_cues.tsv")


def _is_cited(key: str, start: int, end: int | None = None, opens_sentence: bool = False) -> bool:
    """True when the words just before ``start`` (same sentence) say the date is a cited one, or,
    given the date's ``end``, the words right after it do ("Ngày 18/11/2016, Chính phủ ban hành …").

    ``opens_sentence``: the date's first word is written with a capital ("Sáng 3/7, …"), so it opens a
    sentence even where the source lost the full stop before it ("Ảnh: Thu Giang Sáng 3/7, Chính phủ
    họp …"): the words before it are another sentence's."""
    window = "" if opens_sentence else key[max(0, start - _CUE_WINDOW) : start]
    # a clause closed by a bracket ("… ngày sinh đồng chí X (9/7/1912 - 9/7/2017), chiều 7/7, …") is over
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("), "))
    if cut >= 0:
        window = window[cut + 1 :]
    if _cited_cues().search(window) or _SYMBOL.search(window):
        return True
    if end is None:
        return False
    after = key[end : end + _AFTER_WINDOW]
    stop = re.search(r"[.;\n]", after)
    return bool(_cited_after().search(after[: stop.start()] if stop else after))


def _looks_back(key: str, sents: list[Span], pos: int) -> bool:
    """The sentence around ``pos`` tells of a past time ("…; khi đó ông là …": data/past_sentence_cues.tsv)."""
    sent = next((x for x in sents if x.start <= pos < x.end), None)
    return sent is not None and _cue_pattern("past_sentence_cues.tsv").search(key, sent.start, sent.end) is not None


# How far after a date its clause may say the date is a document's ("…, Chính phủ ban hành …").
_AFTER_WINDOW = 50


def _cited_after() -> re.Pattern[str]:
    return _cue_pattern("cited_date_after_cues.tsv")


# Dates written this far into the report (in sentences) may fix a yearless dateline's year by being
# within weeks of it; further on, career histories and background paragraphs begin.
_NEARBY_SENTENCES = 2 * LEAD_SENTENCES
# A date this many years before the latest date the lead writes is a remembered one
# ("Ngày 20/5/1947, Bác Hồ …" in a report on the 70th anniversary, "(20/5/1947 – 20/5/2017)").
_HISTORICAL_GAP = 2


def first_dated(text: str, sentences: list[Span] | None = None) -> PartialDate | None:
    """The report's date as its lead writes it (its dateline), or None.

    The dateline is the first date in the first ``LEAD_SENTENCES`` sentences that is neither cited
    (a decision's issue date, a birth date: ``data/cited_date_cues.tsv`` before it,
    ``data/cited_date_after_cues.tsv`` after it) nor remembered (``_HISTORICAL_GAP`` years or more
    before the latest date the lead writes with a year). Written with a year, it is the date.
    Written without one ("Sáng 24/6"), it takes the year the rest of the text states for it
    (:func:`kg.loaders.dates.dateline_year`: the same day written with a year, dates written within
    weeks of it, or the year an anniversary is kept; cited and remembered dates and the start of a
    span "1890 - 2017" are no evidence) or the year of an occasion the text names ("dịp Tết 2006"); else
    the year of the part of a year the lead reviews ("họp báo 6 tháng đầu năm 2017"), marked
    ``inferred_year`` (the report's date, but not a year the text states for its events); with none,
    the report stays undated: the lead's other dates are not the report's own, and a year is never
    guessed.
    """
    sents = sentences if sentences is not None else split_sentences(text)
    if not sents:
        return None
    end = sents[min(len(sents), LEAD_SENTENCES) - 1].end
    lead = text[:end]
    lead_key = date_key(lead)
    dated = find_dates(lead, key=lead_key)
    if not dated:
        return None
    key: str | None = None
    written: list = []
    if _YEAR.search(text):
        key = date_key(text)
        written = [w for w in written_dates(text, key=key)
                   if w.span_end or not (w.span_start or _is_cited(key, w.span.start, w.span.end)
                                         or _looks_back(key, sents, w.span.start))]
    in_lead = [w.date.year for w in written if w.span.start < end and w.date.year is not None]
    latest = max(in_lead, default=None)
    kept = anniversary_years(text, key=key) if key is not None else []
    months = [] if key is None else find_month_years(text, key=key)
    # The latest year the text writes a date in (cited ones too: a document is cited after it is
    # issued): the report is not years older than that.
    # (every written date and month-year has its year: the tests are for the type checker)
    floor = max([w.date.year for w in written_dates(text, key=key) if w.date.year is not None]
                + [d.date.year for d in months if d.date.year is not None] + kept
                if key is not None else [], default=None)
    for m in dated:
        if _is_cited(lead_key, m.span.start, m.span.end, opens_sentence=lead[m.span.start].isupper()):
            continue
        year = m.date.year
        if year is not None and not m.date.inferred_year:
            if (latest is not None and year <= latest - _HISTORICAL_GAP) or (
                    floor is not None and year <= floor - _HISTORICAL_GAP):
                continue
            return m.date
        if m.date.month is None or m.date.day is None:
            continue
        assert key is not None or not written
        # the year of an occasion the text names ("dịp Tết 2006", "Ngày hội … 2017"), as a year alone
        occasions = occasion_years(text, m.date.month, key=key, lead_end=end) if key is not None else []
        evidence = [w.date for w in written] + [PartialDate(y) for y in kept + occasions]
        near_end = sents[min(len(sents), _NEARBY_SENTENCES) - 1].end
        y = dateline_year(m.date.day, m.date.month, evidence,
                          not_before=floor - _HISTORICAL_GAP + 1 if floor is not None else None,
                          nearby=[w.date for w in written if w.span.start < near_end],
                          anniversaries=anniversary_days(text, key=key) if key is not None else ())
        reviewed = False
        if y is None and key is not None:
            sent = next((x for x in sents if x.start <= m.span.start < x.end), None)
            own = [(d.span.start, (d.date.year, d.date.month)) for d in months
                   if sent is not None and sent.start <= d.span.start < sent.end
                   and d.date.year is not None and d.date.month is not None]
            y = review_year(key, 0, near_end, m.date.day, m.date.month, own)
            reviewed = y is not None
        # a year from a reviewed period dates the report but is marked inferred: the text does not state
        # it, so the events of the report take no year from it (tests/gold/README)
        return PartialDate(y, m.date.month, m.date.day, inferred_year=reviewed) if y is not None else None
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
    body = mend_line_splits(clean_text(text))
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
