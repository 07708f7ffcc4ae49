"""Nineteenth round, dated events: a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.dates import find_dates
from kg.loaders.extract.events import extract_events
from tests.test_events18 import dated  # (kind, ISO date, the event word's first 20 characters) of dated events


def test_a_list_of_days_closed_by_va_is_one_span_dated_by_its_first_day():
    """"trong các ngày 12, 13 và 14/10/2019": the event's days; it is dated by the first. A list that "và" does not
    close, or a number after a comma, is no date."""
    assert [(d.text, d.date.iso()) for d in find_dates("Hội nghị diễn ra trong các ngày 12, 13 và 14/10/2019.")] \
        == [("ngày 12, 13 và 14/10/2019", "2019-10-12")]
    assert [d.date.iso() for d in find_dates("Ngày 3, 4, và 5/8 vừa qua, tỉnh tổ chức hội thi.")] == ["--08-03"]
    assert find_dates("Ngày 12, 3 xã đã họp; ngày 7, 8, 9/5") == []


def test_an_event_held_over_a_list_of_days_takes_the_first(doc):
    text = ("Tại Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VII diễn ra trong các ngày 12, 13 và "
            "14/10/2019, ông Trần Văn Bình được bầu làm Chủ tịch.")
    assert dated(doc, text, "Hội Nông dân Việt Nam") == [("Đại hội", "2019-10-12", "Đại hội đại biểu toà")]


def test_the_organizer_of_a_national_congress_is_the_body_after_dai_bieu_toan_quoc(doc):
    t = doc("Tại Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VII, ông Bình phát biểu.").org(
        "Hội Nông dân Việt Nam")
    extract_events(t.report, t.extraction)
    assert [e.organizer.name for e in t.extraction.events] == ["Hội Nông dân Việt Nam"]


def test_an_undated_report_dates_its_days_by_the_tet_it_names(doc):
    """A report with no date that names "Tết Nguyên đán Canh Tý 2020" tells of days after that Tết: "Sáng 3/2" is
    2020-02-03. A Tết to come ("chuẩn bị cho Tết …") or one of years before the dates the text writes gives none,
    nor does a Tết to a day of May."""
    text = ("Ngay sau kỳ nghỉ Tết Nguyên đán Canh Tý 2020, các đơn vị bắt tay vào việc. Sáng 3/2, Sở Tư pháp tổ "
            "chức cuộc họp giao ban đầu năm.")
    assert dated(doc, text, "Sở Tư pháp") == [("Cuộc họp", "2020-02-03", "cuộc họp giao ban đầ")]
    coming = ("Các đơn vị chuẩn bị cho Tết Nguyên đán Canh Tý 2020. Sáng 3/2, Sở Tư pháp tổ chức cuộc họp giao ban.")
    assert dated(doc, coming, "Sở Tư pháp") == [("Cuộc họp", "--02-03", "cuộc họp giao ban.")]
    may = ("Sau kỳ nghỉ Tết Nguyên đán Canh Tý 2020, các đơn vị bắt tay vào việc. Sáng 3/5, Sở Tư pháp tổ chức "
           "cuộc họp giao ban.")
    assert dated(doc, may, "Sở Tư pháp") == [("Cuộc họp", "--05-03", "cuộc họp giao ban.")]
    older = ("Sau kỳ nghỉ Tết Nguyên đán Canh Tý 2020, các đơn vị bắt tay vào việc. Sáng 3/2, Sở Tư pháp tổ chức "
             "cuộc họp giao ban, rà soát Quyết định ban hành ngày 5/1/2023.")
    assert dated(doc, older, "Sở Tư pháp") == [("Cuộc họp", "--02-03", "cuộc họp giao ban, r")]
