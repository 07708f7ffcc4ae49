"""Twenty-second round (events23), events: a series number written in Roman numerals, in digits or as an ordinal
word is one number. Sentences we write, in the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_plenum_numbered_in_roman_and_in_words_is_one_event(doc):
    """"Hội nghị lần thứ I Ban Chấp hành Trung ương" then "Hội nghị lần thứ nhất …" name one plenum: one event,
    dated by the sentence that gives its day."""
    ex = run(doc("Ngày 25/4, Ban Chấp hành Trung ương Đảng họp Hội nghị lần thứ I để bầu Bộ Chính trị. "
                 "Ông A cho biết kết quả bầu cử. Báo chí đưa tin rộng rãi. Các đại biểu đã về địa phương. "
                 "Dư luận đánh giá cao. Nhân dân tin tưởng. Hội nghị lần thứ nhất Ban Chấp hành Trung ương Đảng "
                 "đã kết thúc tốt đẹp.").org("Ban Chấp hành Trung ương Đảng"))
    assert dated(ex) == [("Hội nghị", "--04-25", "Ban Chấp hành Trung ương Đảng")]


def test_a_day_takes_its_year_from_the_month_that_ends_the_events_name(doc):
    """Undated, "Ngày 8/2, … tổ chức Hội nghị báo cáo viên …, tháng 2/2017." is the conference of February 2017,
    held on the 8th of that month: 2017-02-08 (inferred). A month the day is not in gives it no year."""
    ex = run(doc("Ngày 8/2, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên các tỉnh ủy, thành "
                 "ủy, tháng 2/2017.").org("Ban Tuyên giáo Trung ương"))
    assert dated(ex) == [("Hội nghị", "2017-02-08", "Ban Tuyên giáo Trung ương")]
    ex = run(doc("Ngày 8/3, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên các tỉnh ủy, thành "
                 "ủy, tháng 2/2017.").org("Ban Tuyên giáo Trung ương"))
    assert dated(ex) == [("Hội nghị", "--03-08", "Ban Tuyên giáo Trung ương")]


def test_a_working_day_in_brackets_before_the_event_dates_it(doc):
    """"Thông cáo … về ngày làm việc thứ 2 (ngày 3/10) trong khuôn khổ Hội nghị Trung ương 8, …": the plenum
    referred to ("trong khuôn khổ") is dated by its working day written in brackets before its word."""
    ex = run(doc("Trước đó, Thông cáo về ngày làm việc thứ 2 (ngày 3/10) trong khuôn khổ Hội nghị Trung ương 8, "
                 "Ban Chấp hành Trung ương thống nhất giới thiệu nhân sự.").org("Ban Chấp hành Trung ương"))
    assert [(kind, day) for kind, day, _org in dated(ex)] == [("Hội nghị", "--10-03")]


def test_each_session_of_a_body_is_no_one_event(doc):
    """"mỗi kỳ họp của Ủy ban Kiểm tra Trung ương": sessions of a kind in general, like "các kỳ họp"."""
    ex = run(doc("Gần hai năm nay, mỗi kỳ họp của Ủy ban Kiểm tra Trung ương đều được dư luận quan tâm.")
             .org("Ủy ban Kiểm tra Trung ương"))
    assert dated(ex) == []


def test_the_body_that_chairs_a_meeting_in_the_passive_organizes_it(doc):
    """"Cuộc họp do Tổng cục Du lịch chủ trì chiều 11/5 …": the body after "do" and before "chủ trì" is the
    meeting's organizer, as before "tổ chức"."""
    ex = run(doc("Cuộc họp do Tổng cục Du lịch chủ trì chiều 11/5 nhằm giải quyết các kiến nghị của doanh nghiệp.")
             .org("Tổng cục Du lịch"))
    assert dated(ex) == [("Cuộc họp", "--05-11", "Tổng cục Du lịch")]


def test_a_plenum_of_a_city_committee_and_of_its_executive_board_is_one_event(doc):
    """"Hội nghị 16 Ban Chấp hành Thành ủy Đà Nẵng …" then, later, "Hội nghị 16 Thành ủy Đà Nẵng …": the Party
    committee is its executive board, so the sixteenth plenum is one event."""
    ex = run(doc("Thông cáo báo chí Hội nghị 16 Ban Chấp hành Thành ủy Đà Nẵng đã nêu nhận định này. Ông A cho biết "
                 "thêm. Báo chí đưa tin. Dư luận quan tâm. Nhân dân đồng tình. Các ngành vào cuộc. Hội nghị 16 "
                 "Thành ủy Đà Nẵng đã thẳng thắn nhìn nhận tồn tại.")
             .org("Ban Chấp hành Thành ủy Đà Nẵng").org("Thành ủy Đà Nẵng"))
    assert [kind for kind, _day, _org in dated(ex)] == ["Hội nghị"]
