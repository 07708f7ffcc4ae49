"""Twenty-first round, events: a body's meeting told with its time between the body and the verb ("Ủy ban Thường vụ
Quốc hội hôm nay họp phiên thứ 12"). A sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.extract.directives import extract_directives
from kg.loaders.extract.events import extract_events


def run(t):
    extract_directives(t.report, t.extraction)
    extract_events(t.report, t.extraction)
    return t.extraction


def dated(ex):
    return [(ev.kind, ev.date.iso() if ev.date else None, ev.organizer.name if ev.organizer else None)
            for ev in ex.events]


def test_a_body_then_a_relative_day_then_its_meeting_verb_is_a_sitting_of_that_day(doc):
    """"<body> hôm nay họp phiên thứ N": the body holds its sitting (meeting_bodies.tsv) on the report's day
    (relative_days.tsv), as "Sáng nay, <body> họp …" does."""
    ex = run(doc("Theo tin từ Văn phòng Quốc hội, Ủy ban Thường vụ Quốc hội hôm nay họp phiên thứ 12 xem xét "
                 "báo cáo công tác dân nguyện.", date="2022-06-14").org("Ủy ban Thường vụ Quốc hội"))
    assert dated(ex) == [("Phiên họp", "2022-06-14", "Ủy ban Thường vụ Quốc hội")]
    ex = run(doc("Chính phủ chiều qua đã họp phiên chuyên đề về xây dựng pháp luật.", date="2022-06-14")
             .org("Chính phủ"))
    assert dated(ex) == [("Phiên họp", "2022-06-13", "Chính phủ")]


def test_a_body_not_listed_meets_in_a_sitting_when_the_verb_names_one(doc):
    """"Thường trực Tỉnh ủy chiều qua họp phiên thường kỳ": a body meeting_bodies.tsv does not list holds a "Cuộc họp",
    but "họp phiên …" names a sitting; without "phiên" it stays a meeting."""
    ex = run(doc("Thường trực Tỉnh ủy chiều qua họp phiên thường kỳ tháng 5.", date="2022-06-14")
             .org("Thường trực Tỉnh ủy"))
    assert dated(ex) == [("Phiên họp", "2022-06-13", "Thường trực Tỉnh ủy")]
    ex = run(doc("Thường trực Tỉnh ủy chiều qua họp cho ý kiến về công tác cán bộ.", date="2022-06-14")
             .org("Thường trực Tỉnh ủy"))
    assert dated(ex) == [("Cuộc họp", "2022-06-13", "Thường trực Tỉnh ủy")]


def test_a_relative_day_dates_no_meeting_in_a_report_without_its_day(doc):
    """A report with no date has no "today": the meeting is no dated event, and no year is guessed."""
    ex = run(doc("Ủy ban Thường vụ Quốc hội hôm nay họp phiên thứ 12.").org("Ủy ban Thường vụ Quốc hội"))
    assert [d for _k, d, _o in dated(ex)] in ([], [None])
