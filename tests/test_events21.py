"""Twenty-first round, events: a body's meeting told with its time between the body and the verb ("Ủy ban Thường vụ
Quốc hội hôm nay họp phiên thứ 12"). A sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


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


def test_a_ceremony_told_by_its_verb_after_an_aspect_word_is_one_of_that_day(doc):
    """"Ngày 5/9/2016, … đã khai giảng", "Sáng 8/2, … đã được khởi công" (event_kinds.tsv): a ceremony on the day of
    its clause; what follows the verb is what was opened, and its subject holds the ceremony."""
    ex = run(doc("Ngày 5/9/2016, dù còn nhiều khó khăn, Trường Đại học Vinh cũng đã khai giảng năm học mới."))
    assert dated(ex) == [("Lễ", "2016-09-05", None)]
    ex = run(doc("Sáng 8/2, hai dự án cầu vượt dẫn vào sân bay đã được khởi công.", date="2017-02-09"))
    assert dated(ex) == [("Lễ", "2017-02-08", None)]
    ex = run(doc("Chiều 9-9, Văn phòng Chính phủ đã khai trương Cổng thông tin điện tử Chính phủ.", date="2005-09-10")
             .org("Văn phòng Chính phủ").org("Cổng thông tin điện tử Chính phủ"))
    assert dated(ex) == [("Lễ", "2005-09-09", "Văn phòng Chính phủ")]


def test_a_ceremony_verb_without_an_aspect_word_is_no_event(doc):
    """"Dự án khởi công tháng 6/2019" records when a project began: no ceremony told."""
    ex = run(doc("Ngày 3/6/2019, dự án khởi công từ năm 2015 vẫn chưa hoàn thành.", date="2019-06-03"))
    assert dated(ex) == []
