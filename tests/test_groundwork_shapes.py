"""Shapes seen on reports nobody tuned for (issue 15): date ranges, event words that are not events,
teams that are bodies, numbers in names. The sentences are our own; the names are made up."""

from __future__ import annotations

import pytest

from kg.loaders.build import build_report
from kg.loaders.dates import find_dates
from kg.loaders.extract.pipeline import extract
from kg.model import Extraction


def run(text: str, date: str | None = "2021-05-03") -> Extraction:
    meta = {"date": date} if date else {}
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta=meta,
                     title_from_first_line=False)
    return extract(r)


@pytest.mark.parametrize(("text", "year", "iso"), [
    ("Hội nghị diễn ra trong hai ngày 14-15/3/2019 tại Hà Nội.", None, "2019-03-14"),
    ("Đoàn thăm chính thức nước bạn từ ngày 8 - 11/9/2018.", None, "2018-09-08"),
    ("Từ ngày 6 đến ngày 9-10-2015, Ủy ban họp kỳ thứ 12.", None, "2015-10-06"),
    ("Trong 2 ngày (21-22/4), Đảng ủy tổ chức hội nghị.", 2021, "2021-04-21"),
    ("Đại hội diễn ra từ ngày 28/12 đến ngày 2/1/2020.", 2019, "2019-12-28"),  # the year before
    ("Đại hội diễn ra từ ngày 3/2 đến ngày 7/2/2020.", 2021, "2020-02-03"),  # the last day's year
])
def test_a_range_of_days_is_dated_by_its_first_day(text, year, iso):
    assert find_dates(text, report_year=year)[0].date.iso() == iso


def test_a_range_keeps_no_second_date_of_its_own():
    assert [d.date.iso() for d in find_dates("Từ ngày 6 đến ngày 9-10-2015, Ủy ban họp.")] == ["2015-10-06"]


def test_a_range_of_days_dates_the_event():
    ex = run("Từ ngày 6 đến ngày 9-10-2015, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 12.")
    assert [(e.kind, e.date.iso()) for e in ex.events] == [("Kỳ họp", "2015-10-06")]


def test_an_event_word_inside_a_venue_name_is_no_event():
    ex = run("Ngày 2/4/2021, ông Trần Văn Hòa đến Trung tâm Hội nghị tỉnh Kon Tum để kiểm tra công tác chuẩn bị.")
    assert ex.events == []


def test_a_press_conference_is_its_own_kind():
    ex = run("Sáng 20/4, Sở Y tế tổ chức họp báo về tình hình dịch bệnh.")
    assert [(e.kind, e.date.iso()) for e in ex.events] == [("Họp báo", "2021-04-20")]


def test_an_event_organised_after_a_document_keeps_its_date():
    ex = run("Cán bộ theo dõi Hội nghị học tập Nghị quyết Đại hội XIII của Đảng do Ban Bí thư tổ chức vào "
             "ngày 27-28/3/2021 vừa qua.")
    assert ("Hội nghị", "2021-03-27") in [(e.kind, e.date.iso() if e.date else None) for e in ex.events]


def test_an_inspection_team_is_a_body_not_an_event():
    ex = run("Ngày 14/9/2016, Đoàn thanh tra của Bộ Nội vụ làm việc với tỉnh. Đoàn giám sát của HĐND tỉnh "
             "cũng có mặt.")
    assert {"Đoàn thanh tra của Bộ Nội vụ", "Đoàn giám sát của HĐND tỉnh"} <= {o.written for o in ex.organizations}
    assert [e.kind for e in ex.events] == ["Buổi làm việc"]


def test_a_number_in_a_military_region_name():
    ex = run("Ông Lê Văn Tâm, Tư lệnh Quân khu 9, và Bộ Tư lệnh Quân khu II dự lễ.")
    assert {"Quân khu 9", "Quân khu II"} <= {o.written for o in ex.organizations}


def test_a_congress_number_is_not_a_party_name():
    ex = run("Ông được giới thiệu tái cử tại Đại hội Đảng XII nhưng đã xin rút.")
    assert not [o for o in ex.organizations if o.written.endswith("XII")]
