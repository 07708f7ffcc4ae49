"""Twenty-fifth round (events28), events. Sentences we write, in the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_an_anniversary_of_a_founding_is_in_the_founding_year_plus_the_years_counted(doc):
    """"Chiều 24/5, X tổ chức lễ kỷ niệm 10 năm thành lập. … X thành lập theo Quyết định … ngày 11/4/2007": in a
    report without a year, the ceremony is in 2017, a year the text writes by its founding year and its count; the
    day remembered is never the ceremony's."""
    ex = run(doc("Chiều 24/5, Viện Nghiên cứu Phát triển tỉnh tổ chức lễ kỷ niệm 10 năm thành lập. Nhân lễ kỷ niệm 10 "
                 "năm thành lập, Viện đón nhận cờ thi đua năm 2016. Viện thành lập theo Quyết định số 15 ngày 3/4/2007 "
                 "của UBND tỉnh.").org("Viện Nghiên cứu Phát triển tỉnh"))
    assert dated(ex) == [("Lễ kỷ niệm", "2017-05-24", "Viện Nghiên cứu Phát triển tỉnh")]
    ex = run(doc("Sáng 8/7, Công ty Xây dựng số 5 tổ chức lễ kỷ niệm 35 năm thành lập. Công ty được thành lập năm 1982 "
                 "với nhiệm vụ thi công nền móng.").org("Công ty Xây dựng số 5"))
    assert dated(ex) == [("Lễ kỷ niệm", "2017-07-08", "Công ty Xây dựng số 5")]


def test_an_anniversary_with_no_founding_year_or_two_keeps_no_year(doc):
    """No founding year written, or two that disagree: no year is guessed."""
    ex = run(doc("Sáng 8/7, Công ty Xây dựng số 5 tổ chức lễ kỷ niệm 35 năm thành lập.").org("Công ty Xây dựng số 5"))
    assert dated(ex) == [("Lễ kỷ niệm", "--07-08", "Công ty Xây dựng số 5")]
    ex = run(doc("Sáng 8/7, Công ty Xây dựng số 5 tổ chức lễ kỷ niệm 35 năm thành lập. Công ty được thành lập năm "
                 "1982. Chi nhánh phía Nam thành lập năm 1995.").org("Công ty Xây dựng số 5"))
    assert dated(ex) == [("Lễ kỷ niệm", "--07-08", "Công ty Xây dựng số 5")]


def test_an_anniversary_naming_its_span_of_years_is_in_the_last_of_them(doc):
    """"lễ kỷ niệm 995 năm Thăng Long - Hà Nội (1010-2005)": the span's end is the ceremony's year when the span is the
    count; a span that is not ("(1010-2004)") gives none."""
    ex = run(doc("Tối 9/10, Thành ủy Hà Nội tổ chức lễ kỷ niệm 995 năm Thăng Long - Hà Nội (1010-2005).")
             .org("Thành ủy Hà Nội"))
    assert dated(ex) == [("Lễ kỷ niệm", "2005-10-09", "Thành ủy Hà Nội")]
    ex = run(doc("Tối 9/10, Thành ủy Hà Nội tổ chức lễ kỷ niệm 995 năm Thăng Long - Hà Nội (1010-2004).")
             .org("Thành ủy Hà Nội"))
    assert dated(ex) == [("Lễ kỷ niệm", "--10-09", "Thành ủy Hà Nội")]


def test_a_count_after_the_name_of_a_session_is_no_number_of_it(doc):
    """"Như tại kỳ họp Quốc hội này có tới 6 luật sửa đổi": "6" counts laws; the session is the 3rd told before, not a
    6th; "Hội nghị Ban Chấp hành Trung ương 10" still has its number (a plenum apart from the 4th)."""
    ex = run(doc("Kỳ họp thứ 3, Quốc hội khóa XIV sẽ khai mạc vào cuối tháng 5. Cử tri cho rằng luật bị sửa nhiều lần. "
                 "Như tại kỳ họp Quốc hội này có tới 6 luật sửa đổi.").org("Quốc hội khóa XIV").org("Quốc hội"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa XIV")]
    ex = run(doc("Hội nghị Ban Chấp hành Trung ương 4 đã bàn về kinh tế. Hội nghị Ban Chấp hành Trung ương 10 bàn về "
                 "nhân sự.").org("Ban Chấp hành Trung ương"))
    assert dated(ex) == [("Hội nghị", None, "Ban Chấp hành Trung ương"), ("Hội nghị", None, "Ban Chấp hành Trung ương")]


def test_a_numbered_event_named_short_is_the_one_of_that_number_told_before(doc):
    """"Đại hội VI" after "Đại hội lần thứ VI của Đảng" and another congress: the short name, with no body, is the
    congress of that number told before, not a third one."""
    ex = run(doc("Ông Trần Văn Hùng đã chuẩn bị các văn kiện Đại hội lần thứ VI của Đảng. Ông từng dự Đại hội lần thứ "
                 "II của Đảng. Trong quá trình chuẩn bị Đại hội VI, ông Trần Văn Hùng nhấn mạnh yêu cầu đổi mới.")
             .org("Đảng").org("Đảng").person("Trần Văn Hùng"))
    assert [(e.kind, e.organizer.name if e.organizer else None) for e in ex.events] == [("Đại hội", "Đảng")] * 2


def test_a_dated_short_mention_of_a_numbered_session_dates_it(doc):
    """"Kỳ họp thứ 3, Quốc hội khóa XIV đã thông qua …" (past the lead) then, far on, "… Quốc hội … khóa XIV, kỳ họp
    thứ 3, thông qua ngày 19 tháng 6 năm 2017": one session, dated by its later mention."""
    filler = "Ông Trần Văn Hùng là Thẩm phán cao cấp. " * 6
    ex = run(doc(filler[:80] + "Kỳ họp thứ 3, Quốc hội khóa XIV đã thông qua Nghị quyết phê chuẩn việc bổ nhiệm "
                 "thẩm phán. " + filler
                 + "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 3, thông "
                 "qua ngày 19 tháng 6 năm 2017.").org("Quốc hội khóa XIV").person("Trần Văn Hùng"))
    assert dated(ex) == [("Kỳ họp", "2017-06-19", "Quốc hội khóa XIV")]


def test_the_congresses_of_a_kind_of_body_in_every_province_are_no_one_event(doc):
    """"thống nhất thời gian tổ chức đại hội Hội Luật gia các tỉnh, thành phố": the congresses of every province's
    association, no one congress; "Hội nghị các tỉnh miền Trung" is one conference."""
    ex = run(doc("Cần thống nhất thời gian tổ chức đại hội Hội Luật gia các tỉnh, thành phố trong năm tới.")
             .org("Hội Luật gia"))
    assert dated(ex) == []
    ex = run(doc("Sáng 5/3, Hội nghị các tỉnh miền Trung về phòng chống thiên tai đã khai mạc."))
    assert dated(ex) == [("Hội nghị", "--03-05", None)]


def test_the_day_of_a_briefing_on_a_session_to_come_is_not_the_sessions(doc):
    """"Chiều 21/10, ông X cho biết, tại kỳ họp lần 6, … sẽ được truyền hình trực tiếp": the day is the briefing's; the
    session is told as still to come. "…, trong phiên họp thường kỳ tháng 4, Thủ tướng chỉ đạo …" (done) keeps it."""
    ex = run(doc("Chiều 21/10, Chủ nhiệm Văn phòng Quốc hội Trần Văn Hùng cho biết, tại kỳ họp lần 6, phiên khai mạc "
                 "và phiên bế mạc sẽ được truyền hình trực tiếp.").org("Quốc hội").person("Trần Văn Hùng"))
    assert dated(ex) == [("Kỳ họp", None, None)]
    ex = run(doc("Chiều 28/4, người phát ngôn Trần Văn Hùng cho biết, trong phiên họp thường kỳ tháng 4, Thủ tướng chỉ "
                 "đạo các bộ tiếp tục kiềm chế tăng giá.").person("Trần Văn Hùng"))
    assert dated(ex) == [("Phiên họp", "--04-28", None)]


def test_a_second_dialogue_told_by_its_verb_is_an_event_of_its_day(doc):
    """"Ngày 22/4, ông X về UBND xã đối thoại trực tiếp với người dân": a dialogue of its own day, besides one of 20/4;
    "Tại buổi đối thoại, …" next is that one."""
    ex = run(doc("Chiều 20/4, ông Trần Văn Hùng về UBND huyện để đối thoại với người dân. Ngày 22/4, ông Trần Văn Hùng "
                 "về UBND xã đối thoại trực tiếp với người dân trong xã. Tại buổi đối thoại, ông ghi nhận 21 vấn đề.")
             .person("Trần Văn Hùng"))
    assert dated(ex) == [("Đối thoại", "--04-20", None), ("Đối thoại", "--04-22", None)]


def test_an_activity_named_as_a_topic_or_a_kind_of_work_is_no_event(doc):
    """"hội nghị quán triệt quy chế về tiếp xúc, đối thoại trực tiếp với nhân dân", "công tác đối thoại với nhân dân",
    "tăng cường các hình thức tiếp xúc cử tri": no dialogue or voters' meeting held; a working delegation ("đoàn công
    tác") still holds its events."""
    ex = run(doc("Sáng 16/6, Thành ủy tổ chức hội nghị quán triệt quy chế về tiếp xúc, đối thoại trực tiếp với nhân "
                 "dân. Việc ban hành quy chế có ý nghĩa với công tác đối thoại với nhân dân.").org("Thành ủy"))
    assert dated(ex) == [("Hội nghị", "--06-16", "Thành ủy")]
    ex = run(doc("Chiều 29/4, Phó Thủ tướng Trần Văn Hùng cùng đoàn công tác đến thăm cán bộ, chiến sĩ Bộ đội Biên "
                 "phòng.").person("Trần Văn Hùng"))
    assert [k for k, _d, _o in dated(ex)] == ["Chuyến thăm"]


def test_an_assembly_election_named_by_its_verb_is_an_event(doc):
    """"Ngày 22-5-2016, khi bầu cử ĐBQH, ông X đã trúng cử …": the election, on its day; "Dự kiến công bố kết quả bầu
    cử ĐBQH khóa XVI sớm nhất ngày 22/3": the results' earliest day, no day of the election."""
    ex = run(doc("Ngày 22-5-2016, khi bầu cử ĐBQH, ông Trần Văn Hùng đã trúng cử ĐBQH tại tỉnh Hà Tĩnh.")
             .person("Trần Văn Hùng"))
    assert dated(ex) == [("Bầu cử", "2016-05-22", None)]
    ex = run(doc("Chủ tịch Quốc hội: Dự kiến công bố kết quả bầu cử ĐBQH khóa XVI sớm nhất ngày 22/3."))
    assert dated(ex) == []


def test_many_bodies_holding_events_of_a_kind_is_no_one_event(doc):
    """"Trước đó, ngày 24/9, hàng loạt tỉnh trên cả nước cũng tổ chức Đại hội Đại biểu Đảng bộ …": many provinces'
    congresses, no one congress that day; one province's ("Tỉnh Nam Định tổ chức Đại hội …") is one."""
    ex = run(doc("Trước đó, ngày 24/9, hàng loạt tỉnh trên cả nước cũng tổ chức Đại hội Đại biểu Đảng bộ nhiệm kỳ "
                 "2015-2020.").org("Đảng bộ"))
    assert dated(ex) == []
    ex = run(doc("Ngày 24/9, Đảng bộ tỉnh Nam Định tổ chức Đại hội Đại biểu Đảng bộ nhiệm kỳ 2015-2020.")
             .org("Đảng bộ tỉnh Nam Định"))
    assert dated(ex) == [("Đại hội", "--09-24", "Đảng bộ tỉnh Nam Định")]


def test_an_event_word_naming_a_place_is_no_event(doc):
    """"khu vực triển lãm Giảng Võ cũng được quy hoạch xây dựng nhà cao tầng": the exhibition grounds, a place; "nước
    chủ nhà Diễn đàn APEC được tổ chức vào cuối năm" is the forum."""
    ex = run(doc("Sáng 13/5, khu vực triển lãm Giảng Võ được quy hoạch xây dựng nhà cao tầng."))
    assert dated(ex) == []
    ex = run(doc("Việt Nam là nước chủ nhà Diễn đàn APEC được tổ chức vào ngày 10/11.").org("APEC"))
    assert dated(ex) == [("Diễn đàn", "--11-10", "APEC")]


def test_a_body_giving_its_opinion_on_a_day_holds_its_sitting(doc):
    """"Chiều 16/5, Ủy ban Thường vụ Quốc hội cho ý kiến về Báo cáo …": the committee's sitting that day; "cho ý
    kiến chỉ đạo" (a direction) is none."""
    ex = run(doc("Chiều 16/5, Ủy ban Thường vụ Quốc hội cho ý kiến về Báo cáo giám sát việc giải quyết kiến nghị "
                 "của cử tri.").org("Ủy ban Thường vụ Quốc hội"))
    assert dated(ex) == [("Phiên họp", "--05-16", "Ủy ban Thường vụ Quốc hội")]
    ex = run(doc("Ngày 16/5, Tỉnh ủy cho ý kiến chỉ đạo về việc khắc phục hậu quả bão.").org("Tỉnh ủy"))
    assert dated(ex) == []


def test_a_body_told_to_have_held_its_numbered_sitting_holds_it_undated(doc):
    """"Ban Chấp hành Đảng bộ tỉnh X khoá 16 đã họp phiên đầu tiên để bầu …": the committee's first plenum, an event
    though the text gives no day; "sẽ họp phiên đầu tiên" (to come) and a bare "đã họp" are none."""
    ex = run(doc("Ban Chấp hành Đảng bộ tỉnh Quảng Trị khoá 16 đã họp phiên đầu tiên để bầu Ban Thường vụ Tỉnh uỷ.")
             .org("Ban Chấp hành Đảng bộ tỉnh Quảng Trị"))
    assert dated(ex) == [("Hội nghị", None, "Ban Chấp hành Đảng bộ tỉnh Quảng Trị")]
    ex = run(doc("Ban Chấp hành Đảng bộ tỉnh Quảng Trị khoá 16 sẽ họp phiên đầu tiên để bầu Ban Thường vụ Tỉnh uỷ.")
             .org("Ban Chấp hành Đảng bộ tỉnh Quảng Trị"))
    assert dated(ex) == []
    ex = run(doc("Ban Chấp hành Đảng bộ tỉnh Quảng Trị đã họp để bầu Ban Thường vụ Tỉnh uỷ.")
             .org("Ban Chấp hành Đảng bộ tỉnh Quảng Trị"))
    assert dated(ex) == []
