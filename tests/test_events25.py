"""Twenty-third round (events25), events: the year a review of one year states for its events, an event named
with a month-year of its own, an event in what was said, a sitting's body before "họp", a bare event word that
refers back. Sentences we write, in the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_review_of_one_year_dates_its_day_month_events_in_that_year(doc):
    """Headline "Những quyết định nhân sự cấp cao trong năm 2017", no date of its own: "Ngày 26/10, Quốc hội bỏ phiếu
    …" is of 2017, the year the text states for what it reviews."""
    ex = run(doc("Những quyết định nhân sự cấp cao trong năm 2017\n\nTrong năm 2017, Quốc hội đã có nhiều quyết định. "
                 "Ngày 26/10, Quốc hội bỏ phiếu phê chuẩn ông Nguyễn Văn A làm Bộ trưởng.").org("Quốc hội"))
    assert ("Kỳ họp", "2017-10-26", "Quốc hội") in dated(ex)


def test_a_count_of_events_of_a_year_is_a_review_too(doc):
    ex = run(doc("10 sự kiện chính trị - xã hội năm 2004\n\nNgày 1/6, Quốc hội đã bỏ phiếu miễn nhiệm ông B.")
             .org("Quốc hội"))
    assert dated(ex) == [("Kỳ họp", "2004-06-01", "Quốc hội")]


def test_a_headline_about_one_matter_of_a_year_dates_nothing(doc):
    """"… chi thu nhập tăng thêm trong năm 2019" is no review: the day stays without a year."""
    ex = run(doc("Chưa thông qua quyết định chi thu nhập tăng thêm trong năm 2019\n\nNgày 5/12, HĐND thành phố họp "
                 "bất thường.").org("HĐND thành phố"))
    assert [day for _k, day, _o in dated(ex)] == ["--12-05"]


def test_an_event_named_with_a_month_of_its_own_takes_no_other_day(doc):
    """"Ngày 15-5, … đánh giá cao kết quả chuyến thăm I-ta-li-a của Chủ tịch nước tháng 11-2016": the visit is of
    November 2016, neither of the sentence's day nor the later visit ("Chiều 15-5, … kết thúc chuyến thăm …") the
    report dates: the only dated visit is that later one, first told there."""
    text = ("Ngày 15-5, Thủ tướng I-ta-li-a đánh giá cao kết quả chuyến thăm I-ta-li-a của Chủ tịch nước tháng "
            "11-2016. Chiều 15-5, Chủ tịch nước rời Bắc Kinh, kết thúc chuyến thăm cấp nhà nước tới Trung Quốc.")
    ex = run(doc(text, "2017-05-15"))
    assert [(ev.kind, ev.date.iso(), ev.span.start > text.index("Chiều")) for ev in ex.events if ev.date] == [
        ("Chuyến thăm", "2017-05-15", True)]


def test_an_event_in_what_was_said_takes_no_day_of_the_saying(doc):
    """"Ngày 7/7, Đoàn đại biểu … tiếp xúc cử tri nhằm báo cáo với cử tri về kết quả của Kỳ họp thứ ba": the session
    is what was reported, the day is the meeting with voters'; "cho biết … tại kỳ họp này" is the session going on,
    dated by the sentence; "nhấn mạnh tại hội nghị" is where it was said."""
    ex = run(doc("Ngày 7/7, tại Hà Nội, Đoàn đại biểu Quốc hội thành phố đã có buổi tiếp xúc cử tri nhằm báo cáo "
                 "với cử tri về kết quả của Kỳ họp thứ ba, Quốc hội khóa XIV.", "2017-07-07")
             .org("Đoàn đại biểu Quốc hội thành phố").org("Quốc hội khóa XIV"))
    assert ("Kỳ họp", None, "Quốc hội khóa XIV") in dated(ex)
    ex = run(doc("Sáng 8/6, Chủ tịch Quốc hội cho biết, Bộ trưởng sẽ không trả lời chất vấn tại kỳ họp này.",
                 "2005-06-08"))
    assert [(kind, day) for kind, day, _o in dated(ex)] == [("Kỳ họp", "2005-06-08")]
    ex = run(doc("Sáng 5/6, Thủ tướng nhấn mạnh tại hội nghị tổng kết của Bộ Tư pháp.", "2019-06-05"))
    assert [(kind, day) for kind, day, _o in dated(ex)] == [("Hội nghị", "2019-06-05")]


def test_a_body_holding_its_sitting_by_hop_is_its_organizer(doc):
    """"Chính phủ họp trực tuyến phiên họp thường kỳ", "Quốc hội họp phiên toàn thể": the body before "họp" holds it."""
    ex = run(doc("Sáng 3/7, dưới sự chủ trì của Thủ tướng, Chính phủ họp trực tuyến phiên họp thường kỳ tháng 6.",
                 "2017-07-03").org("Chính phủ"))
    assert dated(ex) == [("Phiên họp", "2017-07-03", "Chính phủ")]


def test_the_owner_after_the_day_of_a_briefing(doc):
    """"Tại buổi họp báo thường kỳ chiều 27-6 của Bộ Nội vụ, …": the day stands between the event and its owner."""
    ex = run(doc("Tại buổi họp báo thường kỳ chiều 27-6 của Bộ Nội vụ, ông A cho hay việc bổ nhiệm là đúng.",
                 "2017-06-27").org("Bộ Nội vụ"))
    assert dated(ex) == [("Họp báo", "2017-06-27", "Bộ Nội vụ")]


def test_a_bare_event_word_as_the_subject_refers_to_the_event_just_told(doc):
    """"Chính phủ họp phiên họp thường kỳ … Hội nghị được tổ chức theo hình thức trực tuyến": one sitting; a named
    conference after it ("Hội nghị tổng kết …") is another."""
    ex = run(doc("Sáng 3/7, Chính phủ họp phiên họp thường kỳ tháng 6. Hội nghị được tổ chức theo hình thức trực "
                 "tuyến, với sự tham dự của Phó Thủ tướng Trương Hòa Bình.", "2017-07-03").org("Chính phủ")
             .person("Trương Hòa Bình"))
    assert dated(ex) == [("Phiên họp", "2017-07-03", "Chính phủ")]
    assert [p.person.name for p in ex.events[0].participants] == ["Trương Hòa Bình"]


def test_a_body_holding_an_event_later_the_same_day_holds_another(doc):
    """"Sáng 22-6, Ủy ban X tổ chức Hội nghị lần thứ 7 … * Chiều cùng ngày, Ủy ban X tổ chức hội nghị Chủ tịch các
    tỉnh …": two conferences of that day (the list mark keeps the second inside the first's sentence); "Chiều cùng
    ngày, trong chương trình kỳ họp …" is the session going on."""
    ex = run(doc("Sáng 22-6, tại Hà Nội, Ủy ban Trung ương MTTQ tổ chức Hội nghị lần thứ 7 hiệp thương cử Chủ tịch. "
                 "Hội nghị đã thông qua Nghị quyết. * Chiều cùng ngày, Ủy ban Trung ương MTTQ tổ chức hội nghị Chủ "
                 "tịch Ủy ban MTTQ các tỉnh.").org("Ủy ban Trung ương MTTQ"))
    assert dated(ex) == [("Hội nghị", "--06-22", "Ủy ban Trung ương MTTQ")] * 2
    ex = run(doc("Sáng 19-6, HĐND tỉnh khai mạc kỳ họp thứ 8. Chiều cùng ngày, trong chương trình kỳ họp thứ 8, HĐND "
                 "tỉnh bầu ông A.").org("HĐND tỉnh", nth=0))
    assert [(kind, day) for kind, day, _o in dated(ex)] == [("Kỳ họp", "--06-19")]


def test_a_special_or_enlarged_meeting_of_a_body(doc):
    """"tại phiên họp đặc biệt của Ban Chấp hành Trung ương Đảng", "Hội nghị mở rộng của Ban Thường vụ Trung ương
    Đảng (ngày 9-3-1945)": the body after the meeting's attribute holds it."""
    ex = run(doc("Ngày 14-7-1986, tại phiên họp đặc biệt của Ban Chấp hành Trung ương Đảng, ông A được bầu làm Tổng "
                 "Bí thư.").org("Ban Chấp hành Trung ương Đảng"))
    assert dated(ex) == [("Phiên họp", "1986-07-14", "Ban Chấp hành Trung ương Đảng")]
    ex = run(doc("Tại Hội nghị mở rộng của Ban Thường vụ Trung ương Đảng (ngày 9-3-1945), ông A phân tích tình hình.")
             .org("Ban Thường vụ Trung ương Đảng"))
    assert dated(ex) == [("Hội nghị", "1945-03-09", "Ban Thường vụ Trung ương Đảng")]


def test_working_days_date_the_plenum_that_ends_after_them(doc):
    """"Sau hai ngày làm việc 25 và 26/12, Hội nghị Trung ương 9 … vừa kết thúc": the working days are its days."""
    ex = run(doc("Sau hai ngày làm việc 25 và 26/12, Hội nghị Trung ương 9, khoá XII, Ban Chấp hành Trung ương Đảng "
                 "vừa kết thúc tốt đẹp.", "2018-12-27").org("Ban Chấp hành Trung ương Đảng"))
    assert dated(ex) == [("Hội nghị", "2018-12-25", "Ban Chấp hành Trung ương Đảng")]


def test_the_body_acting_after_a_session_it_holds_with_its_abbreviation(doc):
    """"Đến kỳ họp thứ 31 diễn ra từ ngày 12 đến 14/11/2018, Uỷ ban Kiểm tra Trung ương (UBKTTW) đã kết luận …":
    the committee, its abbreviation in brackets before its verb, holds the session."""
    ex = run(doc("Đến kỳ họp thứ 31 diễn ra từ ngày 12 đến 14/11/2018, Ủy ban Kiểm tra Trung ương (UBKTTW) đã kết luận "
                 "những vi phạm của ông A.").org("Ủy ban Kiểm tra Trung ương"))
    assert dated(ex) == [("Kỳ họp", "2018-11-12", "Ủy ban Kiểm tra Trung ương")]


def test_the_floor_of_the_assembly_is_no_forum(doc):
    """"phát biểu tại diễn đàn Quốc hội": the Assembly's floor, a figure of speech; a forum named with capitals is
    one."""
    ex = run(doc("Một số đại biểu đã thẳng thắn phát biểu tại diễn đàn Quốc hội khi thảo luận dự thảo luật.")
             .org("Quốc hội"))
    assert dated(ex) == []
    ex = run(doc("Sáng 5/6, Bộ Công Thương tổ chức Diễn đàn Doanh nghiệp tại Hà Nội.").org("Bộ Công Thương"))
    assert dated(ex) == [("Diễn đàn", "--06-05", "Bộ Công Thương")]
