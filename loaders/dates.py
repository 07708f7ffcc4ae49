"""Dates and periods as Vietnamese reports write them.

A bare ``d/m`` is too ambiguous to trust ("tỉ lệ 18/12"), so a short date needs an anchor word
before it (ngày, hôm, sáng, trưa, chiều, tối, đêm). Long dates ("ngày 03 tháng 4 năm 2018") and
periods ("giai đoạn 2012-2015", "nhiệm kỳ 2020 – 2025") carry their own anchor. A date without a
year takes the report's year when that is known and stays yearless otherwise.

>>> [ (m.date.iso(), m.text) for m in find_dates("Sáng 18/12, Tỉnh ủy họp.") ]
[('--12-18', 'Sáng 18/12')]
>>> find_dates("Sáng nay (30/1), Tổng Bí thư tiếp đoàn.", report_year=2026)[0].date.iso()
'2026-01-30'
>>> [m.text for m in find_dates("Sáng qua, 3-4, Bộ Chính trị họp. Hôm nay 4-4, Bộ trưởng nộp đơn.")]
['Sáng qua, 3-4', 'Hôm nay 4-4']
>>> find_dates("Ngày 18-12", report_year=2012)[0].date.iso()
'2012-12-18'
>>> find_dates("ngày 03 tháng 4 năm 2018")[0].date.iso()
'2018-04-03'
>>> [(p.kind, p.start_year, p.end_year) for p in find_periods("giai đoạn 2012-2015 và nhiệm kỳ 2020 – 2025")]
[('giai đoạn', 2012, 2015), ('nhiệm kỳ', 2020, 2025)]
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from kg.model import PartialDate, Span
from kg.reference.tables import table
from kg.textkey import key as text_key

# Matched on the key (lower case, dashes folded to "-"), so the patterns are lower case.
# "Sáng 24/6", "hôm 28/1", and the days named from the report's own ("sáng nay (22/5)", "chiều qua 5-11",
# "Hôm nay, 4-4", "khuya hôm nay, 21-4", "chiều mai (24-4)"), followed by a space, a comma or a bracket.
_TIME_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm", "khuya", "hôm")
# "Sau hai ngày làm việc 25 và 26/12, Hội nghị …": the working days are the days
_ANCHOR = (rf"(?:ngày(?:\s+làm\s+việc)?|(?:rạng\s+)?(?:{'|'.join(_TIME_OF_DAY)})(?:\s+(?:hôm\s+)?(?:nay|qua|mai))?)"
           r"(?:\s*,\s*|\s+)")
# The words an anchor begins with: every match of _SHORT and _RANGE starts at one of them.
_ANCHOR_FIRST = ("ngày", "rạng", *_TIME_OF_DAY)
_SEP = r"\s*[/.\-]\s*"
_SHORT = re.compile(
    rf"\b{_ANCHOR}(?:\(\s*)?(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*(?:ngày\s+)?)?"
    rf"(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}})(?:{_SEP}(?P<y>\d{{4}}))?(?![\d/])"
)
# (?<!\wngày) after the word is the \b before it: a pattern that begins with a plain word lets
# the regex engine jump from one "ngày" to the next instead of trying every position of the text.
_LONG = re.compile(
    r"ngày(?<!\wngày)\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>\d{4}))?"
)
# A range of days in one month: "ngày 27-28/3/2021", "(27-28/4)", "từ ngày 24 - 27/4/2021", "Từ ngày 27
# đến ngày 30-6-2017". It is dated by its first day, in the month (and year) written after the last.
# Two days joined by "và" are one too ("trong hai ngày 8 và 9-6-2005"), and so is a list of days that "và"
# closes ("trong các ngày 25, 26 và 27/9/2014"); "từ" opens a range without "ngày" ("từ 29 đến 31/5").
_RANGE = re.compile(
    rf"\b(?:{_ANCHOR}|từ\s+)(?:\(\s*)?(?P<d>\d{{1,2}})(?:(?:\s*,\s*\d{{1,2}})+\s*,?(?=\s*và\s))?\s*"
    rf"(?:-|đến|tới|và)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}}){_SEP}"
    rf"(?P<m>\d{{1,2}})(?:{_SEP}(?P<y>\d{{4}}))?(?![\d/])"
)
# "từ ngày 25/1 đến ngày 1/2/2021": a first day written without its year takes the last day's.
_RANGE_END = re.compile(r"\s*(?:-|đến|tới)\s*(?:ngày\s+)?")
_MONTH_YEAR = re.compile(r"\btháng\s+(?P<m>\d{1,2})\s*(?:năm|/|-)\s*(?P<y>\d{4})")
_MONTH_YEAR_FIRST = ("tháng",)  # the words a match begins with (see anchored)
_PERIOD = re.compile(
    r"(?P<kind>giai đoạn(?<!\wgiai đoạn)|nhiệm kỳ(?<!\wnhiệm kỳ)|thời kỳ(?<!\wthời kỳ))"  # as _LONG's
    r"\s+(?P<a>(?:19|20)\d{2})\s*-\s*(?P<b>(?:19|20)\d{2})"
)
_PERIOD_FIRST = ("giai đoạn", "nhiệm kỳ", "thời kỳ")


@dataclass(frozen=True)
class DateMatch:
    span: Span
    text: str
    date: PartialDate


@dataclass(frozen=True)
class PeriodMatch:
    span: Span
    text: str
    kind: str
    start_year: int
    end_year: int


def _valid(day: int | None, month: int | None, year: int | None) -> bool:
    """A date that exists: 29/2 only in a leap year (or when the year is unknown), never 31/4."""
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    if year is not None and not 1900 <= year <= 2100:
        return False
    if day is not None and month is not None:
        return day <= calendar.monthrange(year if year is not None else 2000, month)[1]
    return True


def impossible_date(value: str) -> bool:
    """``value`` is written as a full numeric date that no calendar has ("2023-02-29", "31/2/2012")."""
    m = _ISO.match(value) or _NUMERIC_DATE.match(value)
    if not m or (m.re is _ISO and not m.group(3)):
        return False
    a, b, c = (int(x) for x in m.groups())
    y, mo, d = (a, b, c) if m.re is _ISO else (c, b, a)
    return 1 <= mo <= 12 and 1900 <= y <= 2100 and not _valid(d, mo, y)


# A yearless day this far from the report's date in the report's year, and within ``_ROLLOVER_NEAR`` days of
# it in the year before or after, is in that year: "Sáng 28/12" in a report of 10 January is last December's.
_ROLLOVER_FAR = 183
_ROLLOVER_NEAR = 62


def year_near(day: int, month: int, report_date: date) -> int:
    """The year of a yearless day-month in a report of ``report_date``: the report's year, unless the day
    falls across New Year from it (a January report's "28/12" is last year's, a December report's
    "ngày 5/1" next year's).

    >>> year_near(28, 12, date(2018, 1, 10)), year_near(5, 1, date(2017, 12, 28)), year_near(20, 12, date(2017, 6, 20))
    (2017, 2018, 2017)
    """
    y = report_date.year
    if not _valid(day, month, y) or abs((date(y, month, day) - report_date).days) <= _ROLLOVER_FAR:
        return y
    for other in (y - 1, y + 1):
        if _valid(day, month, other) and abs((date(other, month, day) - report_date).days) <= _ROLLOVER_NEAR:
            return other
    return y


_ANY_YEAR = 2000  # a leap year: two days written without a year are read in it, near each other


def days_from(start: PartialDate, day: PartialDate, *, after: bool = False) -> int | None:
    """Days from ``start`` to ``day`` (negative when ``day`` is before it); both have a month and a day, else None.
    A side written without its year (or with an inferred one) takes the year :func:`year_near` gives near the
    other side, the nearest reading: "từ ngày 1-1" after an event of "29-12" is next year's; two yearless days are
    read near each other. With ``after`` the text tells ``day`` as the later of the two (a report's own day after
    an act it looks back on: "Sáng 12/5, ..." after "Ngày 9-9-2016, ... đã ký ..."): a yearless ``day`` is the
    first such day on or after ``start``. None too for a day no calendar has (29 February of a year without it).

    >>> days_from(PartialDate(None, 12, 29), PartialDate(None, 1, 1))
    3
    >>> days_from(PartialDate(2016, 9, 9), PartialDate(None, 5, 12), after=True)
    245
    """
    if start.month is None or start.day is None or day.month is None or day.day is None:
        return None
    y0 = start.year if start.year is not None and not start.inferred_year else None
    y1 = day.year if day.year is not None and not day.inferred_year else None
    try:
        if y0 is None and y1 is None:
            y0 = _ANY_YEAR
        if y0 is None:
            assert y1 is not None
            y0 = year_near(start.day, start.month, date(y1, day.month, day.day))
        first = date(y0, start.month, start.day)
        if y1 is None:
            if after:
                y1 = y0 if (day.month, day.day) >= (start.month, start.day) else y0 + 1
            else:
                y1 = year_near(day.day, day.month, first)
        return (date(y1, day.month, day.day) - first).days
    except ValueError:
        return None


def find_dates(text: str, *, report_year: int | None = None, key: str | None = None,
               report_date: date | None = None) -> list[DateMatch]:
    """Every anchored date in ``text``, in order; ``key`` is ``text_key(text)`` if already known. A date
    without a year takes ``report_year``, or with ``report_date`` the year :func:`year_near` gives."""
    k = key if key is not None else text_key(text)

    def year_for(d: int, mo: int) -> int | None:
        return year_near(d, mo, report_date) if report_date is not None else report_year

    found: dict[int, DateMatch] = {}
    long_spans: list[Span] = []  # sorted and disjoint (one finditer): a short date inside one is skipped
    starts = _anchor_starts(k)
    for pattern in (_LONG, _SHORT):
        for m in pattern.finditer(k) if pattern is _LONG else anchored(_SHORT, k, starts):
            if pattern is _SHORT and long_spans:
                i = bisect_right(long_spans, m.start(), key=_span_start) - 1
                if i >= 0 and long_spans[i].start <= m.start() < long_spans[i].end:
                    continue
            d, mo = int(m.group("d")), int(m.group("m"))
            y = int(m.group("y")) if m.group("y") else None
            if not _valid(d, mo, y):
                continue
            y_or = y if y is not None else year_for(d, mo)
            found[m.start()] = DateMatch(Span(m.start(), m.end()), text[m.start() : m.end()],
                                         PartialDate(y_or, mo, d, inferred_year=y is None and y_or is not None))
            if pattern is _LONG:
                long_spans.append(Span(m.start(), m.end()))
    for m in anchored(_RANGE, k, sorted([*starts, *_word_starts(k, ("từ",))])):
        if m.start() in found and found[m.start()].span.end >= m.end():
            continue
        d, d2, mo = int(m.group("d")), int(m.group("d2")), int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        if not (d < d2 and _valid(d2, mo, y)):
            continue
        y_or = y if y is not None else year_for(d, mo)
        for i in [i for i in found if m.start() <= i < m.end()]:
            del found[i]  # "ngày 30-6-2017" inside "Từ ngày 27 đến ngày 30-6-2017" is the range's end
        found[m.start()] = DateMatch(Span(m.start(), m.end()), text[m.start() : m.end()],
                                     PartialDate(y_or, mo, d, inferred_year=y is None and y_or is not None))
    out = [found[i] for i in sorted(found)]
    for i, first in enumerate(out[:-1]):
        last = out[i + 1]
        if (first.date.year is None or first.date.inferred_year) and last.date.year is not None \
                and not last.date.inferred_year and first.date.month is not None and last.date.month is not None \
                and _RANGE_END.fullmatch(k, first.span.end, last.span.start):
            y = last.date.year - (1 if first.date.month > last.date.month else 0)
            if _valid(first.date.day, first.date.month, y):
                out[i] = DateMatch(first.span, first.text, PartialDate(y, first.date.month, first.date.day))
    return out


def day_spans(text: str, *, key: str | None = None) -> list[tuple[int, int, int, int]]:
    """Every span of days of one month written with its year, as (first day, last day, month, year), read by
    ``_RANGE`` as :func:`find_dates` reads it: "từ ngày 11 - 15/5/2017", "từ 5 đến 7/12/2005", "trong hai ngày
    20 và 21/8/2019". For the year of a yearless day the span holds (events), one reading of the shape."""
    k = key if key is not None else text_key(text)
    out = []
    for m in anchored(_RANGE, k, sorted([*_anchor_starts(k), *_word_starts(k, ("từ",))])):
        if m.group("y") is None:
            continue
        d, d2, mo, y = int(m.group("d")), int(m.group("d2")), int(m.group("m")), int(m.group("y"))
        if d < d2 and _valid(d2, mo, y):
            out.append((d, d2, mo, y))
    return out


def _anchor_starts(k: str) -> list[int]:
    """Where a word of ``_ANCHOR_FIRST`` is written in ``k`` (inside other words too), in order."""
    return _word_starts(k, _ANCHOR_FIRST)


def _word_starts(k: str, words: Iterable[str]) -> list[int]:
    """Where one of ``words`` is written in ``k`` (inside other words too), in order."""
    out: list[int] = []
    for w in words:
        out += _written_at(k, w)
    out.sort()
    return out


@lru_cache(maxsize=256)
def _written_at(k: str, w: str) -> tuple[int, ...]:
    """Where ``w`` is written in ``k``, in order, kept for the next question: the callers ask about one report's
    key a word at a time, and the same words again ("ngày", "sáng", "hôm" ... for find_dates, relative_dates,
    written_dates; twice for find_dates in a report with tenure acts), each a scan of the whole key (str.find
    of a word of several letters steps through every character: 1% of extraction, round 22). Kept by value, a
    few reports' keys at most, so reports may be read in parallel."""
    out = []
    i = k.find(w)
    while i >= 0:
        out.append(i)
        i = k.find(w, i + 1)
    return tuple(out)


def anchored(pattern: re.Pattern[str], k: str, starts: list[int],
             endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(k, 0, endpos)`` for a pattern whose matches begin at an anchor word, tried only at
    ``starts`` (:func:`_anchor_starts`). Why: the pattern opens with a word boundary and an
    alternation, so the regex engine would try it at every character of the report; a substring
    search for the few words finds the places it can match, and the same matches come out (each
    tried where the engine's scan would reach it, none inside a match already found)."""
    end = 0
    stop = len(k) if endpos is None else endpos
    for s in starts:
        if s < end:
            continue
        m = pattern.match(k, s, stop)
        if m is not None:
            yield m
            end = m.end()


def _span_start(s: Span) -> int:
    return s.start


def find_month_years(text: str, *, key: str | None = None) -> list[DateMatch]:
    """``tháng 4 năm 2018`` / ``tháng 4/2018`` as year-month dates."""
    k = key if key is not None else text_key(text)
    out = []
    for m in anchored(_MONTH_YEAR, k, _word_starts(k, _MONTH_YEAR_FIRST)):
        mo, y = int(m.group("m")), int(m.group("y"))
        if _valid(None, mo, y):
            out.append(DateMatch(Span(m.start(), m.end()), text[m.start() : m.end()], PartialDate(y, mo)))
    return out


def find_periods(text: str, *, key: str | None = None) -> list[PeriodMatch]:
    k = key if key is not None else text_key(text)
    out = []
    for m in anchored(_PERIOD, k, _word_starts(k, _PERIOD_FIRST)):
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= b:
            kind = text[m.start("kind") : m.end("kind")]
            out.append(PeriodMatch(Span(m.start(), m.end()), text[m.start() : m.end()], kind, a, b))
    return out


# A date written with its year anywhere in the text, anchored or not ("(19/5/1890 - 19/5/2017)"):
# evidence for the year of a yearless dateline, never a date of its own.
_WRITTEN = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})\s*(?P<s>[/.-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>(?:18|19|20)\d{2})(?!\d)"
    r"|\bngày\s+(?P<ld>\d{1,2})\s+tháng\s+(?P<lm>\d{1,2})\s*(?:năm|,)\s*(?P<ly>(?:18|19|20)\d{2})(?!\d)"
)
_WRITTEN_FIRST = ("ngày",)  # or the first digit of a number
# Where the first form may start: a day of one or two digits, then its separator. A finditer of this finds
# every such place (a match ends at its separator, and a day's first digit follows no digit, so none lies
# inside an earlier match), and few others; it opens with a digit, which ``re`` looks for by its fast
# first-character test, where the ``\d+`` used before (every number of the report) was tried at every character.
_WRITTEN_DAY = re.compile(r"\d\d?\s*[/.-]")
# The end of a span "(d/m/Y1 - d/m/Y2)": the day an anniversary is kept, this year.
_SPAN_GAP = re.compile(r"\s*[-/]\s*")
# "kỷ niệm 59 năm Cách mạng Tháng Tám (1945 - 2004)": the anniversary is kept in the second year.
_ANNIVERSARY_SPAN = re.compile(
    r"\bkỷ niệm\s+(?P<n>\d{1,3})\s+năm\b[^()\n]{0,160}\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?"
    r"(?P<a>(?:18|19|20)\d{2})\s*[-/]\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?P<b>(?:19|20)\d{2})\s*\)"
)
_ANNIVERSARY_FIRST = ("kỷ niệm",)
# How far from a yearless dateline ("Sáng 24/6") a date written with a year may be and still say
# which year the dateline is in: news reports date what happened in the days around them.
DATELINE_WINDOW_DAYS = 45
# Dates before this year are taken as remembered ones (a leader's death, a campaign launched by Hồ
# Chí Minh), never as the year of a yearless dateline: the online press kg reads began in the late
# 1990s, and a commemoration is dated on the very day it remembers ("Sáng 6-9 … ngày 6-9-1931").
EARLIEST_DATELINE_YEAR = 1990


@dataclass(frozen=True)
class WrittenDate:
    """A date written with its year; ``span_end``: it closes a span "d/m/Y1 - d/m/Y2"."""

    span: Span
    date: PartialDate
    span_start: bool = False
    span_end: bool = False


def _written_starts(k: str) -> list[int]:
    """Where a match of ``_WRITTEN`` may begin, in order: a day then its separator (``_WRITTEN_DAY``), or "ngày".
    Tried only there (see anchored)."""
    return sorted([m.start() for m in _WRITTEN_DAY.finditer(k)] + _word_starts(k, _WRITTEN_FIRST))


def written_dates(text: str, *, key: str | None = None) -> list[WrittenDate]:
    """Every date the text writes with a year (d/m/yyyy, d-m-yyyy, d.m.yyyy, "ngày d tháng m năm y"),
    with or without an anchor word, in order; impossible dates are left out.

    >>> [(w.date.iso(), w.span_start, w.span_end) for w in written_dates("(19/5/1890 - 19/5/2017), ngày 2.9.1945")]
    [('1890-05-19', True, False), ('2017-05-19', False, True), ('1945-09-02', False, False)]
    """
    return list(_written_dates(key if key is not None else text_key(text)))


@lru_cache(maxsize=8)
def _written_dates(k: str) -> tuple[WrittenDate, ...]:
    """:func:`written_dates` of a text's key, kept for the next question: events, tenure_dates and past_steps each
    ask it of the same report (kept by value, a few reports' keys at most, as :func:`_written_at`)."""
    found: list[tuple[Span, PartialDate]] = []
    firsts = _written_starts(k)
    for m in anchored(_WRITTEN, k, firsts):
        d, mo, y = (int(m.group(g)) for g in (("d", "m", "y") if m.group("d") else ("ld", "lm", "ly")))
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]:  # a birth in 1890 is a date too
            found.append((Span(m.start(), m.end()), PartialDate(y, mo, d)))
    out = []
    for i, (span, pd) in enumerate(found):
        starts = i + 1 < len(found) and _SPAN_GAP.fullmatch(k, span.end, found[i + 1][0].start) is not None
        ends = i > 0 and _SPAN_GAP.fullmatch(k, found[i - 1][0].end, span.start) is not None
        out.append(WrittenDate(span, pd, span_start=starts, span_end=ends))
    return tuple(out)


def anniversary_years(text: str, *, key: str | None = None) -> list[int]:
    """The years in which anniversaries the text names are kept: "kỷ niệm 59 năm … (1945 - 2004)"
    gives 2004 (only when the span is as long as the anniversary says).

    >>> anniversary_years("Lễ kỷ niệm 70 năm Ngày thành lập (20/5/1947 - 20/5/2017) và kỷ niệm 3 năm (2001-2010)")
    [2017]
    """
    k = key if key is not None else text_key(text)
    return [int(m.group("b")) for m in anchored(_ANNIVERSARY_SPAN, k, _word_starts(k, _ANNIVERSARY_FIRST))
            if int(m.group("b")) - int(m.group("a")) == int(m.group("n"))]


# "kỷ niệm lần thứ 74 ngày mất của đồng chí …", "kỷ niệm 76 năm ngày thành lập Đảng": how many years a
# commemoration counts.
_ANNIVERSARY_COUNT = re.compile(r"\bkỷ niệm\s+(?:lần\s+thứ\s+)?(?P<n>\d{1,3})(?!\d)(?:\s+năm)?")
# A commemoration is held on the day it remembers or within this many days of it.
ANNIVERSARY_WINDOW_DAYS = 7


def anniversary_days(text: str, *, key: str | None = None) -> list[PartialDate]:
    """The days the anniversaries the text counts fall on: "kỷ niệm lần thứ 74 ngày mất" with a day written
    elsewhere with its year ("ngày 6-9-1931") falls on 2005-09-06. Every count is paired with every date
    the text writes with a year (which of them is remembered the text does not say), except the end of a
    span, which is the day kept already; only a day the dateline is close to is ever used
    (:func:`dateline_year`). Days before ``EARLIEST_DATELINE_YEAR`` are left out.

    >>> [d.iso() for d in anniversary_days("lễ kỷ niệm lần thứ 74 ngày mất. Ngày 6-9-1931, đồng chí hy sinh.")]
    ['2005-09-06']
    """
    k = key if key is not None else text_key(text)
    counts = sorted({int(m.group("n")) for m in _ANNIVERSARY_COUNT.finditer(k)})
    if not counts:
        return []
    out = []
    for w in written_dates(text, key=k):
        if w.span_end or w.date.year is None:  # "(26/3/1975 - 26/3/2005)": 2005 is the day kept, not one
            continue  # remembered (and a written date always has its year: the test is for the type checker)
        for n in counts:
            y = w.date.year + n
            if EARLIEST_DATELINE_YEAR <= y <= 2100 and _valid(w.date.day, w.date.month, y):
                out.append(PartialDate(y, w.date.month, w.date.day))
    return out


def dateline_year(day: int, month: int, evidence: Iterable[PartialDate],
                  window_days: int = DATELINE_WINDOW_DAYS, not_before: int | None = None,
                  nearby: Iterable[PartialDate] | None = None,
                  anniversaries: Iterable[PartialDate] = ()) -> int | None:
    """The year of a yearless dateline ("Sáng 24/6") from dates the text writes with a year, or None.

    ``evidence`` holds only dates that may speak for the report's time (the caller leaves out the
    dates of cited documents, births and remembered events). In order:

    1. a written date with the same day and month ("Tối 19/5 … (19/5/1890 - 19/5/2017)"): the
       latest such year;
    2. written dates up to ``window_days`` before the dateline in some year: that year, when they
       all give the same one (only the ``nearby`` dates when given: those of the lead and the sentences
       after it, since a career history further on is full of dates close to any day of the year);
    3. a year alone (an anniversary kept that year, "kỷ niệm 59 năm … (1945 - 2004)"): when there
       is only one.

    Between 1 and 2, ``anniversaries`` (days anniversaries the text counts fall on,
    :func:`anniversary_days`): the year of those within ``ANNIVERSARY_WINDOW_DAYS`` of the dateline,
    when they all give the same one, else the next rules decide ("Sáng 6-9, … lễ khánh thành … đúng
    dịp kỷ niệm lần thứ 74 ngày mất … ngày 6-9-1931" is 2005).

    A month-year ("tháng 5-2013") is no evidence: career histories are full of them.

    A year before ``not_before`` (the caller passes the latest year the text writes a date in, less
    one: a report is not written years before the dates it states) is no answer. Otherwise None: a year is never
    guessed.

    >>> dateline_year(14, 1, [PartialDate(2019, 1, 1)])
    2019
    >>> dateline_year(16, 11, [PartialDate(2018, 1, 1)]) is None  # a date to come, 46 days on
    True
    >>> dateline_year(15, 5, [PartialDate(2016, 5, 22)]) is None  # a week after: not this year's
    True
    >>> dateline_year(6, 9, [PartialDate(1931, 9, 6)]) is None  # the day a commemoration remembers
    True
    >>> dateline_year(1, 9, [PartialDate(1945, 9, 2), PartialDate(2004)], not_before=2003)  # 1945 is remembered
    2004
    >>> dateline_year(6, 9, [PartialDate(1931, 9, 6)], anniversaries=[PartialDate(2005, 9, 6)])
    2005
    """
    floor = max(EARLIEST_DATELINE_YEAR, not_before or 0)
    ev = [e for e in evidence if e.year and e.year >= floor]
    same = {e.year for e in ev if e.year is not None and e.month == month and e.day == day}
    if same:
        return max(same)
    kept: set[int] = set()
    for a in anniversaries:
        day_of = a.to_date()
        if day_of is None:
            continue
        for y in (day_of.year - 1, day_of.year, day_of.year + 1):  # a dateline in late December, an
            if y >= floor and _valid(day, month, y) and \
                    abs((date(y, month, day) - day_of).days) <= ANNIVERSARY_WINDOW_DAYS:  # anniversary on 1 January
                kept.add(y)
    if len(kept) == 1:
        return kept.pop()
    near: set[int] = set()
    for e in ev if nearby is None else [e for e in nearby if e.year and e.year >= floor]:
        seen = e.to_date()
        if seen is None:
            continue
        for y in (seen.year, seen.year + 1):
            if y < floor or not _valid(day, month, y):
                continue
            # only days before the dateline: what a report tells happened in the weeks before it
            # ("Sáng 14/1 … nghỉ hưu từ ngày 1/1/2019"); a later date is a plan or another year's
            # event ("chiều nay 15.5 … trong cuộc bầu cử ngày 22.5.2016" is 2017, not 2016)
            if timedelta(0) <= date(y, month, day) - seen <= timedelta(days=window_days):
                near.add(y)
    if near:
        return near.pop() if len(near) == 1 else None
    years = {e.year for e in ev if e.month is None}
    return years.pop() if len(years) == 1 else None



@cache
def _review_pattern() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    rows = table("review_periods.tsv")
    months = {text_key(r["cue"]): (int(r["first_month"]), int(r["last_month"])) for r in rows}
    body = "|".join(re.escape(c) for c in sorted(months, key=len, reverse=True))
    return (re.compile(rf"(?<![^\W_])(?P<cue>{body})\s*(?:năm\s+|/\s*|-\s*)?(?P<y>(?:19|20)\d\d)(?!\d)"),
            months)


# "so với 6 tháng đầu năm 2016", "cùng kỳ": a period compared with is another year's; "dự kiến
# hoàn thành vào quý III/2006", "phấn đấu đến quý IV": a deadline to come may be in any later year.
_COMPARED = re.compile(r"(?<![^\W_])(?:so với|cùng kỳ|như|vào|đến|trước|dự kiến|phấn đấu|kế hoạch)"
                       r"(?:\s+(?:cùng kỳ|trong|cuối|hết))?\s+$")


def review_year(key: str, start: int, end: int, day: int, month: int,
                months: Iterable[tuple[int, tuple[int, int]]] = ()) -> int | None:
    """The year of a yearless dateline (``day``/``month``) from the parts of a year the text between
    ``start`` and ``end`` says are reviewed ("họp báo 6 tháng đầu năm 2017"), or None. ``months``
    adds single months reviewed, as (offset, (year, month)): the caller passes only those of the
    dateline's own sentence ("Sáng 6-2, … giao ban … tháng 1-2017"), since career histories
    elsewhere are full of month-years.

    A period says year Y when the dateline in Y falls within it or up to ``DATELINE_WINDOW_DAYS``
    after its end; every period must agree on one year (``data/review_periods.tsv``). A period
    compared with or planned for ("so với", "dự kiến") says nothing.

    >>> review_year("ngày 20/6, tỉnh họp báo 6 tháng đầu năm 2017.", 0, 46, 20, 6)
    2017
    >>> review_year("ngày 20/12, tỉnh họp báo 6 tháng đầu năm 2017.", 0, 47, 20, 12) is None
    True
    """
    pattern, cues = _review_pattern()
    periods = [(m.start(), *cues[m.group("cue")], int(m.group("y"))) for m in pattern.finditer(key, start, end)]
    periods += [(at, mo, mo, y) for at, (y, mo) in months]
    years: set[int] = set()
    for at, first, last, y in periods:
        if _COMPARED.search(key, max(start, at - 20), at):
            continue
        period_start = date(y, first, 1)
        period_end = date(y, last, calendar.monthrange(y, last)[1])
        # the dateline in the period's year, or in the next when the period ends in December
        # ("Sáng 6-1, … đánh giá tháng 12-2016")
        fits = [c for c in (y, y + 1) if _valid_day(c, month, day)
                and period_start <= date(c, month, day) <= period_end + timedelta(days=DATELINE_WINDOW_DAYS)]
        if not fits:
            return None  # a period of another part of the year: the lead is not of this one
        years.update(fits)
    return years.pop() if len(years) == 1 else None


@cache
def _occasion_cues(*roles: str) -> tuple[str, ...]:
    """The cues of ``data/occasion_cues.tsv`` of the given roles, in key form, longest first."""
    return tuple(sorted((text_key(r["cue"]) for r in table("occasion_cues.tsv") if r["role"] in roles),
                        key=len, reverse=True))


@cache
def _occasion_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(season, occasion, not_before, not_name) patterns of ``data/occasion_cues.tsv``."""

    def alt(role: str) -> str:
        return "|".join(re.escape(c) for c in _occasion_cues(role))

    year = r"(?:\s+năm|\s*-)?\s+(?P<y>(?:19|20)\d\d)(?!\d)(?!\s*[-/]\s*\d)"
    return (re.compile(rf"(?<![^\W_])(?:{alt('season')})(?P<name>(?:\s+[^\W\d_]+){{0,2}}?){year}"),
            re.compile(rf"(?<![^\W_])(?:{alt('occasion')})(?![^\W_])(?P<name>[^.,;:()\n\d]{{0,100}}?){year}"),
            re.compile(rf"(?<![^\W_])(?:{alt('not_before')})(?![^\W_])[^.,;:()\n]{{0,40}}$"),
            re.compile(rf"(?<![^\W_])(?:{alt('not_name')})(?![^\W_])"))


# A Tết named by its cycle year alone is the cycle year within this many years of the latest year the text writes
# (a report at Tết writes this year's plans and last year's results; a history's Tết is decades away).
CYCLE_REACH = 1


@cache
def _cycle_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """A Tết, a spring or a lunar new year named by its cycle year with no number ("dịp Tết Đinh Dậu", "đón xuân
    Ất Dậu", "năm mới Mậu Tuất", "Xuân mới Đinh Dậu"; ``occasion_cues.tsv`` roles season and new_year), and the
    offsets of ``cycle_years.tsv``."""
    offsets = {text_key(r["name"]): int(r["offset"]) for r in table("cycle_years.tsv")}
    cues = _occasion_cues("season", "new_year")
    names = sorted(offsets, key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, cues))})(?:\s+mới)?\s+"
                      rf"(?P<name>{'|'.join(map(re.escape, names))})(?![^\W_])(?!\s*(?:năm\s*|[-–]\s*)?\d)"), offsets


def cycle_year(offset: int, near: int) -> int:
    """The year of the cycle's ``offset`` (``cycle_years.tsv``) nearest to the year ``near``.

    >>> cycle_year(33, 2017), cycle_year(33, 2016), cycle_year(44, 2017)
    (2017, 2017, 2028)
    """
    before = near - (near - 4 - offset) % 60
    return before if near - before <= before + 60 - near else before + 60


# "năm 2017": a year the text writes (as a date's year, see written_dates, or after "năm").
_YEAR_WORD = re.compile(r"(?<![^\W_])năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def latest_year_written(text: str, *, key: str | None = None) -> int | None:
    """The latest year the text writes in a full date or after "năm" ("năm 2017"), or None when it writes none.

    >>> latest_year_written("Chủ đề của năm 2017; Nghị quyết ngày 26/3/2004"), latest_year_written("Tết Đinh Dậu")
    (2017, None)
    """
    k = key if key is not None else text_key(text)
    years = [w.date.year for w in written_dates(text, key=k) if w.date.year is not None]
    years += [int(m.group("y")) for m in _YEAR_WORD.finditer(k)]
    return max(years, default=None)


def occasion_years(text: str, month: int, *, key: str | None = None, lead_end: int | None = None,
                   near_year: int | None = None) -> list[int]:
    """The years that occasions named with their year in ``text`` give a yearless dateline in ``month``
    (``data/occasion_cues.tsv``): "dịp Tết 2006" gives 2006 to a dateline in January to March and
    2005 to one in December (none otherwise); "Ngày hội Giao lưu … 2017" gives 2017. An occasion to come
    or compared with ("chuẩn bị cho Tết 2018") and a year that is a term, a reviewed period or a target
    ("Ngày hội … giai đoạn 2016-2020", "Tháng hành động … đến năm 2020") give none. A named occasion
    counts only before ``lead_end`` (the lead, which tells what the report is about): further on, an
    occasion is as often last year's results or next year's plan ("Hội chợ … năm 2016", "Liên hoan …
    năm 2018 … sắp tới"); Tết is checked against the dateline's month instead.

    A Tết named by its cycle year alone ("dịp Tết Đinh Dậu") gives the cycle year nearest ``near_year`` (the latest
    year the text writes: :func:`latest_year_written`) when within ``CYCLE_REACH`` of it, and only to days of
    January to March: a report at Tết writes its plans and results of those years, and a remembered Tết ("Tết Mậu
    Thân" 1968, "Xuân Kỷ Dậu" of 1789) is decades from them; a December report names the Tết to come as often as a
    review of the year names the Tết past ("Hơn một tháng sau Tết Quý Mùi, …" in a review of 2003), so December
    takes none. None without ``near_year``.

    >>> occasion_years("Trong dịp Tết Đinh Dậu, … chương trình công tác năm 2017", 2, near_year=2017)
    [2017]
    >>> occasion_years("Hơn một tháng sau Tết Quý Mùi, … năm 2003", 12, near_year=2003)
    []
    >>> occasion_years("nổi dậy Tết Mậu Thân, … năm 2017", 2, near_year=2017)
    []

    >>> occasion_years("Tối 26-1, … Doanh thu trong dịp Tết Bính Tuất 2006 đạt 250 tỉ đồng.", 1)
    [2006]
    >>> occasion_years("chuẩn bị cho Tết 2018; Ông Nguyễn Xuân Phúc sinh năm 1954", 12)
    []
    >>> occasion_years("hưởng ứng Tháng hành động Vì trẻ em năm 2017, chiều 26/5", 5)
    [2017]
    """
    k = key if key is not None else text_key(text)
    season, occasion, not_before, not_name = _occasion_patterns()
    out = []
    # each pattern opens with "not after a letter" and then its cues: tried only where a cue is written (anchored)
    for m in anchored(season, k, _word_starts(k, _occasion_cues("season"))):
        names = text[m.start("name") : m.end("name")].split()
        if any(not w[0].isupper() for w in names) or not_before.search(k, max(0, m.start() - 60), m.start()):
            continue
        y = int(m.group("y"))
        if 1 <= month <= 3:
            out.append(y)
        elif month == 12:
            out.append(y - 1)
    for m in anchored(occasion, k, _word_starts(k, _occasion_cues("occasion")), lead_end):
        if not_name.search(k, m.start("name"), m.end("name")) or "năm" in k[m.start("name") : m.end("name")].split() \
                or not_before.search(k, max(0, m.start() - 60), m.start()):
            continue
        out.append(int(m.group("y")))
    if near_year is not None and 1 <= month <= 3:
        cycle, offsets = _cycle_pattern()
        for m in anchored(cycle, k, _word_starts(k, _occasion_cues("season", "new_year"))):
            name = text[m.start("name") : m.end("name")].split()
            if any(not w[0].isupper() for w in name) or not_before.search(k, max(0, m.start() - 60), m.start()):
                continue
            y = cycle_year(offsets[m.group("name")], near_year)
            if abs(y - near_year) <= CYCLE_REACH:
                out.append(y)
    return out


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?")


def parse_date_value(value: str) -> PartialDate | None:
    """A metadata date ("2017-02-08", "2017-02-08T10:00:00+07:00", "08/02/2017") or None."""
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        d = int(m.group(3)) if m.group(3) else None
        return PartialDate(y, mo, d) if _valid(d, mo, y) else None
    m = _NUMERIC_DATE.match(value)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return PartialDate(y, mo, d) if _valid(d, mo, y) else None
    found = find_dates(value)
    return found[0].date if found and found[0].date.year else None


@dataclass(frozen=True)
class RelativeDate(DateMatch):
    """A day the text writes relative to the report's date ("hôm nay", "chiều qua", "ngày mai"): ``date`` is
    the report's date plus ``offset`` days (``relative_days.tsv``), its year marked inferred (the text does
    not write it)."""

    offset: int = 0


@cache
def relative_offsets() -> dict[str, int]:
    """relative_days.tsv: each word's key ("hôm qua") -> its offset in days from the report's date (-1)."""
    return {" ".join(text_key(r["word"]).split()): int(r["offset"]) for r in table("relative_days.tsv")}


@cache
def _relative_pattern() -> tuple[re.Pattern[str], dict[str, int], tuple[str, ...]]:
    """The pattern of relative_days.tsv's words, each word's offset, and the words a match begins with."""
    offsets = relative_offsets()
    words = sorted(offsets, key=len, reverse=True)  # the longest form first: "sáng hôm qua" before "hôm qua"
    alts = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
    firsts = tuple(dict.fromkeys(word.split()[0] for word in words))
    # not with a day written right after it ("sáng nay 5/3", "hôm qua (12-4)"): find_dates reads those
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])(?!\s*[,(]?\s*(?:ngày\s+)?\d)"), offsets, firsts


def relative_dates(text: str, report_date: date, *, key: str | None = None) -> list[RelativeDate]:
    """The days the text writes relative to the report's date ``report_date`` (``relative_days.tsv``), in
    order. The caller passes a date known to the day (a report dated only by its year or an inferred year has
    no "today"); which event such a day is the time of, the caller decides (loaders/extract/events.py).

    >>> [(r.text, r.date.iso(), r.offset) for r in relative_dates("Chiều qua, hội nghị bế mạc; ngày mai họp tiếp.",
    ...                                                           date(2021, 3, 1))]
    [('Chiều qua', '2021-02-28', -1), ('ngày mai', '2021-03-02', 1)]
    >>> relative_dates("Sáng nay (5/3), Quốc hội họp.", date(2021, 3, 5))  # a written day: find_dates reads it
    []
    """
    k = key if key is not None else text_key(text)
    pattern, offsets, firsts = _relative_pattern()
    out = []
    # the pattern opens with "not after a letter": tried only where a first word is written (anchored), not
    # at every character of the report (the whole-text scan was 1.5% of extraction, round 22)
    for m in anchored(pattern, k, _word_starts(k, firsts)):
        offset = offsets[" ".join(m.group().split())]
        day = report_date + timedelta(days=offset)
        out.append(RelativeDate(Span(m.start(), m.end()), text[m.start() : m.end()],
                                PartialDate(day.year, day.month, day.day, inferred_year=True), offset))
    return out
