"""Seventeenth round, dated events and directives: a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import run_events as run


def events_of(doc, text, *orgs, date=None):
    t = doc(text, date=date)
    for o in orgs:
        t = t.org(o)
    return [(e.kind, e.date.iso() if e.date else None) for e in run(t).events]


def test_an_event_named_as_the_subject_of_a_notice_takes_not_the_notices_date(doc):
    """"thông báo về kỳ họp", "họp báo về nội dung kỳ họp": the day is the notice's or the briefing's. (events34: the
    numbered session, the commission's, is still an event, undated: _series_body.)"""
    assert events_of(doc, "Chiều 9/8, Ủy ban Kiểm tra Trung ương ra thông báo về kỳ họp thứ 12 của Ủy ban.",
                     "Ủy ban Kiểm tra Trung ương") == [("Kỳ họp", None)]
    assert events_of(doc, "Sáng 3/4, Văn phòng Quốc hội tổ chức buổi họp báo về nội dung kỳ họp thứ 6, "
                          "Quốc hội khóa 12.",
                     "Văn phòng Quốc hội", "Quốc hội khóa 12") == [("Họp báo", "--04-03"), ("Kỳ họp", None)]


def test_what_was_sent_to_a_session_is_read_at_another_meeting(doc):
    # (events28: the committee giving its opinion that day holds its own sitting, meeting_verbs "cho ý kiến")
    assert events_of(doc, "Chiều 11/3, Ủy ban Thường vụ Quốc hội cho ý kiến về báo cáo kiến nghị của cử tri gửi đến "
                          "kỳ họp thứ 5 của Quốc hội.", "Ủy ban Thường vụ Quốc hội", "Quốc hội") == [
        ("Phiên họp", "--03-11"), ("Kỳ họp", None)]


def test_a_bracket_after_the_name_still_dates_an_event_only_referred_to(doc):
    """A reference takes no date from its sentence, but a bracket right after the name dates the event itself."""
    assert events_of(doc, "Ngày 2/4, Chính phủ đề nghị chưa đưa dự luật vào nội dung kỳ họp thứ 9 (dự kiến diễn ra "
                          "vào ngày 20/5 tới).", "Chính phủ") == [("Kỳ họp", "--05-20")]


def test_going_to_visit_is_no_reference(doc):
    """"về thăm và làm việc": "về" is "go to" before a verb; the visit is that day's."""
    assert events_of(doc, "Sáng 12/6, Chủ tịch nước về thăm và làm việc tại tỉnh Cà Mau.") == [
        ("Buổi làm việc", "--06-12")]


def test_the_assembly_discussing_is_no_workshop(doc):
    """"Quốc hội thảo luận" is the Assembly discussing, not a "hội thảo"; "thảo luận ở hội trường" is the sitting."""
    assert events_of(doc, "Chiều 8/6, Quốc hội thảo luận về dự án Luật Thủy lợi.") == []
    assert events_of(doc, "Sáng 9/6, Quốc hội thảo luận ở hội trường về dự án Luật Quy hoạch.") == [
        ("Phiên thảo luận", "--06-09")]


def test_many_workshops_are_no_event(doc):
    assert events_of(doc, "Ban soạn thảo đã tổ chức nhiều cuộc hội thảo để lấy ý kiến chuyên gia.",
                     "Ban soạn thảo") == []


def test_a_remembered_day_does_not_date_the_event_the_report_tells_of(doc):
    """An undated mention of this year's event, then the first such event decades before: two events, and the
    remembered day stays with the remembered one."""
    t = doc("Tết trồng cây: huyện Tam Nông sẽ trồng 200 nghìn cây. Ngày 11/1/1960, Chủ tịch Hồ Chí Minh tổ chức "
            "Tết trồng cây đầu tiên. Ngày 5/2/2019, tỉnh phát động phong trào trồng rừng.")
    assert [(e.kind, e.date.iso() if e.date else None, e.span.start) for e in run(t).events] == [
        ("Tết trồng cây", "1960-01-11", t.report.text.index("Tết trồng cây đầu tiên"))]


def test_leaders_who_convene_a_meeting_hold_one(doc):
    """"nhóm họp" (to convene) names a meeting, its subject persons as often as a body."""
    assert events_of(doc, "Ngày 12/5, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh đã nhóm họp khẩn với các sở.",
                     date="2021-05-13") == [("Cuộc họp", "2021-05-12")]


def test_a_yearless_day_right_after_a_written_date_takes_its_year(doc):
    """In an undated report, "Ngay sau ngày 2/9/1945, ngày 3/9 …" is 1945; not after a day remembered
    ("kỷ niệm … 2/9/1945, sáng 1/9": the day comes first), nor a day weeks later."""
    assert events_of(doc, "Ngay sau ngày độc lập 2/9/1945, ngày 4/9 Chủ tịch triệu tập cuộc họp đầu tiên.") == [
        ("Cuộc họp", "1945-09-04")]
    assert events_of(doc, "Kỷ niệm ngày Quốc khánh 2/9/1945, sáng 1/9, Tỉnh ủy tổ chức hội nghị.", "Tỉnh ủy") == [
        ("Hội nghị", "--09-01")]
    assert events_of(doc, "Sau ngày 2/9/1945, ngày 20/12 ông chủ trì cuộc họp.") == [("Cuộc họp", "--12-20")]


def test_a_notice_of_a_session_is_dated_not_the_session(doc):
    """"ra thông báo kỳ họp thứ 20": the day is the notice's; "thông báo kỳ họp 35 phát đi chiều nay 5-5": the day
    after the name is the clause's verb's (its part of the day says so), not the session's own."""
    assert events_of(doc, "Trước đó ngày 16/12, Ủy ban Kiểm tra Trung ương ra thông báo kỳ họp thứ 20 về kỷ luật.",
                     "Ủy ban Kiểm tra Trung ương") == [("Kỳ họp", None)]  # (events34: the commission's, undated)
    assert events_of(doc, "Tại thông báo kỳ họp 41 phát đi chiều nay 7-6, Ủy ban cho biết đã kỷ luật ông Nam.") == []
    assert events_of(doc, "Sau cuộc hội đàm ngày 20/4, hai bên ký thỏa thuận.") == [("Hội đàm", "--04-20")]


def test_a_visit_framing_the_days_activity_takes_not_its_day(doc):
    """"Trong khuôn khổ chuyến thăm …, ngày 20/9 … đã tiếp …": the visit runs over days, the day is the reception's;
    "ngày thứ hai (4/10) trong khuôn khổ Hội nghị Trung ương 6": the conference began before it."""
    assert [d for _k, d in events_of(doc, "Trong khuôn khổ chuyến thăm chính thức Nhật Bản, ngày 20/9, Chủ tịch nước "
                                          "đã tiếp một số doanh nhân.") if d] == []
    assert [d for _k, d in events_of(doc, "Ngày thứ hai (ngày 4/10) trong khuôn khổ Hội nghị Trung ương 6, Ban Chấp "
                                          "hành Trung ương thảo luận dự thảo.", "Ban Chấp hành Trung ương") if d] == []


def test_two_days_joined_by_and_and_a_range_opened_by_from_date_the_event_by_its_first_day(doc):
    """"trong hai ngày 8 và 9-6-2005", "từ 14 đến 16/9" (no "ngày"): one span, dated by its first day."""
    from kg.loaders.dates import find_dates

    assert [d.date.iso() for d in find_dates("Trong hai ngày 8 và 9-6-2005, Hội nghị họp.")] == ["2005-06-08"]
    assert [d.date.iso() for d in find_dates("Kỳ họp thứ 7 (từ 14 đến 16/9), Ủy ban xem xét.")] == ["--09-14"]
    assert events_of(doc, "Hội nghị lần thứ 9 của Tỉnh ủy diễn ra trong hai ngày 11 và 12/10.", "Tỉnh ủy") == [
        ("Hội nghị", "--10-11")]


def test_the_days_in_a_bracket_after_a_sessions_name_are_not_the_clauses(doc):
    """"Tại kỳ họp thứ 12 (từ 3 đến 5/6), Ủy ban … kỳ thi …": the exam named after it takes not the session's
    days (undated, with no organizer, it is no event)."""
    assert events_of(doc, "Tại kỳ họp thứ 12 (từ 3 đến 5/6), Ủy ban Kiểm tra Trung ương kết luận sai phạm trong "
                          "công tác tổ chức kỳ thi năm 2019.", "Ủy ban Kiểm tra Trung ương") == [
        ("Kỳ họp", "--06-03")]


def test_a_bracket_telling_when_the_event_is_held_dates_it_however_long_its_name(doc):
    """"Sáng 3/4, Tỉnh ủy quyết định hoãn Lễ công bố Nghị quyết … (thị xã X, dự kiến tổ chức vào 20h, ngày 6/4)": the
    ceremony's day is the bracket's, not the clause's (the decision's)."""
    assert events_of(doc, "Sáng 3/4, Tỉnh ủy vừa quyết định hoãn Lễ công bố Nghị quyết của Ủy ban Thường vụ Quốc hội "
                          "về việc thành lập thị xã Tân Phong và khai mạc lễ hội văn hóa miền biển Tân Phong "
                          "(thị xã Tân Phong, dự kiến tổ chức vào 20h, ngày 6/4).", "Tỉnh ủy") == [("Lễ", "--04-06")]


def test_a_bare_series_number_before_the_body_that_meets(doc):
    """"kỳ họp 11 của Quốc hội khóa XIV": the number written without "thứ", the body after it meets."""
    t = doc("Ông được bầu tại kỳ họp 11 của Quốc hội khóa XIV, hồi tháng 3.").org("Quốc hội khóa XIV")
    assert [(e.kind, e.organizer.name if e.organizer else None) for e in run(t).events] == [
        ("Kỳ họp", "Quốc hội khóa XIV")]
