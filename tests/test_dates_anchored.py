"""Dates are looked for only where an anchor word is written (dates.anchored): the same dates as a
scan of the whole text, for every anchor the patterns know."""

from __future__ import annotations

from datetime import date

import pytest

from kg.loaders.dates import (
    _ANNIVERSARY_FIRST,
    _ANNIVERSARY_SPAN,
    _MONTH_YEAR,
    _MONTH_YEAR_FIRST,
    _PERIOD,
    _PERIOD_FIRST,
    _RANGE,
    _SHORT,
    _WRITTEN,
    _anchor_starts,
    _relative_pattern,
    _word_starts,
    _written_starts,
    anchored,
    find_dates,
    relative_dates,
    written_dates,
)
from kg.textkey import key

TEXT = ("Sáng 3/2, đoàn đến xã. Trưa 4-2 họp; chiều 5/2 về. Tối hôm qua 6/2 và đêm 7.2 có mưa; "
        "khuya hôm nay, 8/2 còn gió. Hôm 9/2 (thứ Hai, ngày 10/2/2020) ông Hà tới, rạng sáng 11/2 đi. "
        "Ánh sáng 12/2 là tên một ấn phẩm; kỳ họp từ ngày 13 - 15/2/2020, tối 16 đến 18/3; "
        "chủ nhật 19/2 nghỉ; hômnay 20/2 không phải một mốc; sáng mai (21-2) họp tiếp.")


def test_dates_behind_anchor_words_are_the_whole_text_scans():
    k = key(TEXT)
    starts = _anchor_starts(k)
    for pattern in (_SHORT, _RANGE):
        assert [m.span() for m in anchored(pattern, k, starts)] == [m.span() for m in pattern.finditer(k)]


def test_every_anchor_gives_its_day():
    days = [d.date.iso() for d in find_dates(TEXT, report_year=2020)]
    assert days == ["2020-02-03", "2020-02-04", "2020-02-05", "2020-02-06", "2020-02-07", "2020-02-08",
                    "2020-02-09", "2020-02-10", "2020-02-11", "2020-02-12", "2020-02-13", "2020-03-16",
                    "2020-02-21"]


OTHER = ("Ông sinh ngày 2 tháng 9 năm 1945, nhập ngũ 12/1965 (thángg 3 năm 1970 là lỗi gõ); tháng 4/1975, "
         "tháng 5 năm 1980 và tháng 6-1985 ông là cán bộ nhiệm kỳ 2010-2015, giai đoạn 2016 - 2020, "
         "thời kỳ 1986-1990 (không phải nhiệmkỳ 1991-1995). Lễ kỷ niệm 70 năm Ngày thành lập (20/5/1947 - "
         "20/5/2017), kỷ niệm 3 năm (2001-2010); hạn 7.8.2019 và 31/2/2019; số 1234/2019.")


@pytest.mark.parametrize(("pattern", "first"), [
    (_WRITTEN, None), (_MONTH_YEAR, _MONTH_YEAR_FIRST), (_PERIOD, _PERIOD_FIRST),
    (_ANNIVERSARY_SPAN, _ANNIVERSARY_FIRST)])
def test_other_date_patterns_behind_their_first_words_are_the_whole_text_scans(pattern, first):
    k = key(OTHER)
    starts = _written_starts(k) if first is None else _word_starts(k, first)
    found = [m.span() for m in anchored(pattern, k, starts)]
    assert found and found == [m.span() for m in pattern.finditer(k)]


def test_dates_written_with_their_year():
    assert [w.date.iso() for w in written_dates(OTHER)] == ["1945-09-02", "1947-05-20", "2017-05-20", "2019-08-07"]


RELATIVE = ("Sáng nay, đoàn đến xã; chiều hôm qua họp, tối qua về. Ngày mai (21-2) họp tiếp, ngày hôm nay 5/3 "
            "nghỉ; trong những ngày qua có mưa. Ánh sáng nay đã tắt; hômnay không phải một mốc; đêm hôm qua, "
            "khuya hôm nay và hôm kia cũng vậy; SÁNG NAY, sáng\nmai có họp, chiều  nay thì không.")


def test_relative_days_behind_their_first_words_are_the_whole_text_scan():
    """relative_dates tries its pattern only where a first word of relative_days.tsv is written (twenty-second
    round): the same matches as the scan of every character."""
    k = key(RELATIVE)
    pattern, _offsets, firsts = _relative_pattern()
    found = [m.span() for m in anchored(pattern, k, _word_starts(k, firsts))]
    assert len(found) >= 8 and found == [m.span() for m in pattern.finditer(k)]
    assert [r.text for r in relative_dates(RELATIVE, date(2024, 3, 1))][:3] == ["Sáng nay", "chiều hôm qua", "tối qua"]


def test_written_dates_behind_a_day_and_its_separator_are_the_whole_text_scan():
    """_written_starts: a day of one or two digits then its separator (or "ngày"); numbers glued to a date, a
    date after a slash or a dot, spaces around the separators, three-digit days."""
    text = ("lúc 10.30, văn bản 123/4/2019 và 1/2/3/2020, ngày 5 - 6 - 2019, 05 /06/ 2021, 2.9.1945.7, "
            "12-12-2012-13-1-2013, 3/ 4/2015, 99/99/2000, 31.12.1999 và ngày 1 tháng 5 năm 2000")
    k = key(text)
    found = [m.span() for m in anchored(_WRITTEN, k, _written_starts(k))]
    assert len(found) >= 6 and found == [m.span() for m in _WRITTEN.finditer(k)]
