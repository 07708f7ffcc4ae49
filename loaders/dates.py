"""Dates and periods as Vietnamese reports write them.

A bare ``d/m`` is too ambiguous to trust ("tỉ lệ 18/12"), so a short date needs an anchor word
before it (ngày, hôm, sáng, trưa, chiều, tối, đêm). Long dates ("ngày 03 tháng 4 năm 2018") and
periods ("giai đoạn 2012-2015", "nhiệm kỳ 2020 – 2025") carry their own anchor. A date without a
year takes the report's year when that is known and stays yearless otherwise.

>>> [ (m.date.iso(), m.text) for m in find_dates("Sáng 18/12, Tỉnh ủy họp.") ]
[('--12-18', 'Sáng 18/12')]
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
from dataclasses import dataclass

from kg.model import PartialDate, Span
from kg.textkey import key as text_key

# Matched on the key (lower case, dashes folded to "-"), so the patterns are lower case.
_ANCHOR = r"(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng|sáng nay|chiều nay)"
_SEP = r"\s*[/.\-]\s*"
_SHORT = re.compile(
    rf"\b{_ANCHOR}\s+(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*(?:ngày\s+)?)?"
    rf"(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}})(?:{_SEP}(?P<y>\d{{4}}))?(?![\d/])"
)
_LONG = re.compile(
    r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>\d{4}))?"
)
_MONTH_YEAR = re.compile(r"\btháng\s+(?P<m>\d{1,2})\s*(?:năm|/|-)\s*(?P<y>\d{4})")
_PERIOD = re.compile(
    r"\b(?P<kind>giai đoạn|nhiệm kỳ|thời kỳ)\s+(?P<a>(?:19|20)\d{2})\s*-\s*(?P<b>(?:19|20)\d{2})"
)


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


def find_dates(text: str, *, report_year: int | None = None, key: str | None = None) -> list[DateMatch]:
    """Every anchored date in ``text``, in order; ``key`` is ``text_key(text)`` if already known."""
    k = key if key is not None else text_key(text)
    found: dict[int, DateMatch] = {}
    long_spans: list[Span] = []  # sorted and disjoint (one finditer): a short date inside one is skipped
    for pattern in (_LONG, _SHORT):
        for m in pattern.finditer(k):
            if pattern is _SHORT and long_spans:
                i = bisect_right(long_spans, m.start(), key=_span_start) - 1
                if i >= 0 and long_spans[i].start <= m.start() < long_spans[i].end:
                    continue
            d, mo = int(m.group("d")), int(m.group("m"))
            y = int(m.group("y")) if m.group("y") else None
            if not _valid(d, mo, y):
                continue
            inferred = y is None and report_year is not None
            date = PartialDate(y if y is not None else report_year, mo, d, inferred_year=inferred)
            found[m.start()] = DateMatch(Span(m.start(), m.end()), text[m.start() : m.end()], date)
            if pattern is _LONG:
                long_spans.append(Span(m.start(), m.end()))
    return [found[i] for i in sorted(found)]


def _span_start(s: Span) -> int:
    return s.start


def find_month_years(text: str, *, key: str | None = None) -> list[DateMatch]:
    """``tháng 4 năm 2018`` / ``tháng 4/2018`` as year-month dates."""
    k = key if key is not None else text_key(text)
    out = []
    for m in _MONTH_YEAR.finditer(k):
        mo, y = int(m.group("m")), int(m.group("y"))
        if _valid(None, mo, y):
            out.append(DateMatch(Span(m.start(), m.end()), text[m.start() : m.end()], PartialDate(y, mo)))
    return out


def find_periods(text: str, *, key: str | None = None) -> list[PeriodMatch]:
    k = key if key is not None else text_key(text)
    out = []
    for m in _PERIOD.finditer(k):
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= b:
            kind = text[m.start("kind") : m.end("kind")]
            out.append(PeriodMatch(Span(m.start(), m.end()), text[m.start() : m.end()], kind, a, b))
    return out


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
