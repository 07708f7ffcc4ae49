"""Dates are looked for only where an anchor word is written (dates._anchored): the same dates as a
scan of the whole text, for every anchor the patterns know."""

from __future__ import annotations

from kg.loaders.dates import _RANGE, _SHORT, _anchor_starts, _anchored, find_dates
from kg.textkey import key

TEXT = ("Sáng 3/2, đoàn đến xã. Trưa 4-2 họp; chiều 5/2 về. Tối hôm qua 6/2 và đêm 7.2 có mưa; "
        "khuya hôm nay, 8/2 còn gió. Hôm 9/2 (thứ Hai, ngày 10/2/2020) ông Hà tới, rạng sáng 11/2 đi. "
        "Ánh sáng 12/2 là tên một ấn phẩm; kỳ họp từ ngày 13 - 15/2/2020, tối 16 đến 18/3; "
        "chủ nhật 19/2 nghỉ; hômnay 20/2 không phải một mốc; sáng mai (21-2) họp tiếp.")


def test_dates_behind_anchor_words_are_the_whole_text_scans():
    k = key(TEXT)
    starts = _anchor_starts(k)
    for pattern in (_SHORT, _RANGE):
        assert [m.span() for m in _anchored(pattern, k, starts)] == [m.span() for m in pattern.finditer(k)]


def test_every_anchor_gives_its_day():
    days = [d.date.iso() for d in find_dates(TEXT, report_year=2020)]
    assert days == ["2020-02-03", "2020-02-04", "2020-02-05", "2020-02-06", "2020-02-07", "2020-02-08",
                    "2020-02-09", "2020-02-10", "2020-02-11", "2020-02-12", "2020-02-13", "2020-03-16",
                    "2020-02-21"]
