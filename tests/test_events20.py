"""Twentieth round, events: days written relative to the report's date ("hôm nay", "chiều qua", "ngày mai",
loaders/data/relative_days.tsv). A sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from datetime import date

from kg.loaders.dates import relative_dates
from tests.fixtures_directives import run_events as run


def dated(ex):
    return [(ev.kind, ev.date.iso() if ev.date else None) for ev in ex.events]


def test_each_relative_word_gives_the_report_s_date_plus_its_offset():
    """relative_days.tsv: "nay" is the report's day, "qua" the day before, "mai" the day after, "hôm kia" two days
    before; "hôm" may come between the part of the day and "nay"/"qua". Across a month's end too."""
    got = [(r.text, r.date.iso()) for r in relative_dates(
        "Tối hôm qua đoàn đến; hôm nay họp; sáng mai bế mạc; hôm kia đã chuẩn bị.", date(2024, 3, 1))]
    assert got == [("Tối hôm qua", "2024-02-29"), ("hôm nay", "2024-03-01"), ("sáng mai", "2024-03-02"),
                   ("hôm kia", "2024-02-28")]
    assert relative_dates("Trong những ngày qua, tỉnh đã chuẩn bị chu đáo.", date(2024, 3, 1)) == []


def test_a_session_told_as_today_s_takes_the_report_s_date(doc):
    """"Hôm nay, Quốc hội tiếp tục kỳ họp thứ 9 …" in a report dated 2025-05-20: the session's day is that date."""
    ex = run(doc("Hôm nay, Quốc hội khóa XV tiếp tục kỳ họp thứ 9, thảo luận về dự án Luật Đất đai sửa đổi.",
                 date="2025-05-20").org("Quốc hội khóa XV"))
    assert dated(ex) == [("Kỳ họp", "2025-05-20")]


def test_a_relative_day_dates_the_event_though_the_sentence_writes_another_day(doc):
    """"Sáng nay, Ủy ban Thường vụ Quốc hội họp phiên thứ 40, cho ý kiến về luật có hiệu lực từ ngày 1/7/2025":
    the day written is a bound, not the session's; "sáng nay" is its time."""
    ex = run(doc("Sáng nay, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 40, cho ý kiến về việc bổ sung luật "
                 "có hiệu lực từ ngày 1/7/2025.", date="2025-03-10").org("Ủy ban Thường vụ Quốc hội"))
    assert dated(ex) == [("Phiên họp", "2025-03-10")]


def test_after_the_event_s_name_and_its_commas_its_own_verb_ties_the_relative_day(doc):
    """"Kỳ họp thứ 8, Quốc hội khóa XV khai mạc sáng nay": the session's verb right before the day makes it the
    session's, across the commas of its name; "tomorrow" is the report's day plus one."""
    ex = run(doc("Kỳ họp thứ 8, Quốc hội khóa XV bế mạc chiều qua tại Nhà Quốc hội.", date="2024-11-30")
             .org("Quốc hội khóa XV"))
    assert dated(ex) == [("Kỳ họp", "2024-11-29")]
    ex = run(doc("Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội sẽ diễn ra ngày mai tại Hà Nội.",
                 date="2024-06-02").org("Ủy ban Thường vụ Quốc hội"))
    assert dated(ex) == [("Phiên họp", "2024-06-03")]


def test_a_relative_day_that_is_a_bound_or_a_day_put_off_to_dates_no_event(doc):
    """"không thể kéo dài thảo luận sang sáng mai", "trước ngày mai": not the day of the session; nor a relative
    day in an undated report, nor one of another clause."""
    ex = run(doc("Lịch làm việc của kỳ họp thứ 6 đã kín nên Quốc hội không thể kéo dài thảo luận sang sáng mai.",
                 date="2023-10-30").org("Quốc hội"))
    assert [d for _k, d in dated(ex)] in ([], [None])
    ex = run(doc("Hôm qua, Quốc hội khóa XV bế mạc kỳ họp thứ 6.", date=None).org("Quốc hội khóa XV"))
    assert [d for _k, d in dated(ex)] == [None]
    ex = run(doc("Gần 2 năm nữa sẽ diễn ra Đại hội Đảng, hội thảo ngày mai sẽ bàn về doanh nghiệp.",
                 date="2019-05-02"))
    assert ("Đại hội", "2019-05-03") not in dated(ex)


def test_the_same_day_refers_to_the_day_written_not_to_a_source_s_today(doc):
    """"Chuyến thăm … diễn ra vào ngày 6/2, theo thông cáo hôm nay của Bộ Ngoại giao. Cùng ngày, … Cuộc gặp": "Cùng
    ngày" is the 6th, the day written before it; "hôm nay" there is the communiqué's day."""
    ex = run(doc("Chuyến thăm Lào của Chủ tịch nước diễn ra vào ngày 6/2, theo thông cáo hôm nay của Bộ Ngoại giao. "
                 "Cùng ngày, Chủ tịch nước sẽ chủ trì Cuộc gặp cấp cao hai nước.", date="2026-01-31"))
    assert dated(ex) == [("Chuyến thăm", "2026-02-06"), ("Cuộc gặp", "2026-02-06")]


def test_a_question_time_sitting_is_a_session_event(doc):
    """"phiên chất vấn (và trả lời chất vấn)" is a sitting of an assembly (event_kinds.tsv: Phiên chất vấn): dated
    by its clause like any session, today's when told so."""
    ex = run(doc("Sáng 8/11, tại phiên chất vấn kỳ họp HĐND tỉnh, ông Lê Văn Nam đã giải trình nhiều vấn đề.",
                 date="2023-11-08").person("Lê Văn Nam"))
    assert ("Phiên chất vấn", "2023-11-08") in dated(ex)
    ex = run(doc("Chiều nay, Quốc hội tiếp tục phiên chất vấn và trả lời chất vấn các thành viên Chính phủ.",
                 date="2023-11-07").org("Quốc hội"))
    assert dated(ex)[0] == ("Phiên chất vấn", "2023-11-07")


def test_an_event_whose_name_ends_as_one_to_come_takes_not_the_clause_s_day(doc):
    """"Chiều nay, Ủy ban Thường vụ thảo luận …, Chính phủ phải báo cáo trong kỳ họp tới.": the session is the next
    one (to_come of event_sentence_words.tsv), not this afternoon's; "tới" as "to" ("hội nghị trực tuyến tới các
    tỉnh") or after a day ("ngày 5/5 tới") leaves the event dated."""
    ex = run(doc("Chiều nay, Ủy ban Thường vụ Quốc hội thảo luận đề nghị này, kết luận Chính phủ phải báo cáo trong "
                 "kỳ họp tới.", date="2004-06-02").org("Ủy ban Thường vụ Quốc hội"))
    assert ("Kỳ họp", "2004-06-02") not in dated(ex)
    ex = run(doc("Sáng 3/3, Ban Tuyên giáo tổ chức hội nghị trực tuyến tới các tỉnh, thành phố.", date="2021-03-03")
             .org("Ban Tuyên giáo"))
    assert dated(ex) == [("Hội nghị", "2021-03-03")]


def test_a_relative_day_opening_the_main_clause_dates_the_session_the_sentence_opens_with(doc):
    """"Tiếp tục chương trình Kỳ họp thứ 9, Quốc hội khóa XV, sáng nay, các đại biểu …": the day opens the main
    clause, and the phrase the sentence opens with names the session it continues: the session's day, as "sáng 20/5"
    there would be. "…, Diễn đàn hôm nay …" stays the forum's (right after a noun)."""
    ex = run(doc("Tiếp tục chương trình Kỳ họp thứ 9, Quốc hội khóa XV, sáng nay, các đại biểu Quốc hội làm việc tại "
                 "hội trường.", date="2025-05-20").org("Quốc hội khóa XV"))
    assert dated(ex)[0] == ("Kỳ họp", "2025-05-20")
    ex = run(doc("Gần 2 năm nữa sẽ diễn ra Đại hội Đảng, diễn đàn hôm nay là dịp lắng nghe doanh nghiệp.",
                 date="2019-05-02"))
    assert ("Đại hội", "2019-05-02") not in dated(ex)
