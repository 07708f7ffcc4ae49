"""Twenty-fourth round (events26), events: the year a sentence summing up the news gives its yearless days, today
named by the text in a report dated only by its crawl. Sentences we write, in the shape of reports'; the exact
facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_span_in_the_sentence_summing_up_the_news_gives_its_month_a_year(doc):
    """Undated report: "Ngày 12/4, Ban X tổ chức hội nghị triển khai quyết định … điều động ông A" then "Như vậy, ông A
    đã giữ chức Bí thư Tỉnh ủy từ tháng 3/2015 đến tháng 4/2018": the tenure ends with the news, so the 12th of
    April is in 2018."""
    text = ("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định điều động ông Trần Văn A. "
            "Như vậy, ông Trần Văn A đã giữ chức Bí thư Tỉnh ủy B trong 3 năm, từ tháng 3/2015 đến tháng 4/2018.")
    ex = run(doc(text).org("Ban Tổ chức Trung ương"))
    assert dated(ex) == [("Hội nghị", "2018-04-12", "Ban Tổ chức Trung ương")]


def test_a_span_of_another_month_or_outside_a_summing_up_gives_no_year(doc):
    """The span's end is of March, the day of April: no year. A career line "Từ tháng 3/2015 đến tháng 4/2018, ông
    …" tells a past step, not the news: no year either."""
    ex = run(doc("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định. Như vậy, ông Trần Văn A "
                 "làm Bí thư từ 3/2015-3/2018.").org("Ban Tổ chức Trung ương"))
    assert dated(ex) == [("Hội nghị", "--04-12", "Ban Tổ chức Trung ương")]
    ex = run(doc("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định. Từ tháng 3/2015 "
                 "đến tháng 4/2018, ông Trần Văn A làm Bí thư.").org("Ban Tổ chức Trung ương"))
    assert dated(ex) == [("Hội nghị", "--04-12", "Ban Tổ chức Trung ương")]


def test_a_summing_up_span_older_than_a_date_the_text_states_gives_no_year(doc):
    """"Ngày 5/6/2019, …" written in the text: a span ending in 4/2018 is no time of the news."""
    ex = run(doc("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định. Như vậy, ông A "
                 "làm Bí thư từ tháng 3/2015 đến tháng 4/2018. Ngày 5/6/2019, ông A nghỉ hưu.")
             .org("Ban Tổ chức Trung ương"))
    assert [day for _k, day, _o in dated(ex)] == ["--04-12"]


def test_today_named_by_the_text_is_the_day_of_its_sayings_of_today(doc):
    """The sidecar dates the report 7/2, the text names its today "Hôm nay (30/1)": "Chiều nay, hội nghị toàn quốc …
    tiếp tục diễn ra" is of the 30th of January, not of the 7th of February."""
    text = ("Chiều nay, hội nghị toàn quốc quán triệt Nghị quyết tiếp tục diễn ra. Hôm nay (30/1), Tổng Bí thư ký "
            "quyết định phân công nhiệm vụ.")
    assert [day for _k, day, _o in dated(run(doc(text, "2026-02-07")))] == ["2026-01-30"]
    # without the text's own today, "nay" is the report's date
    text = "Chiều nay, hội nghị toàn quốc quán triệt Nghị quyết tiếp tục diễn ra."
    assert [day for _k, day, _o in dated(run(doc(text, "2026-02-07")))] == ["2026-02-07"]


def test_a_body_hearing_or_debating_on_a_dated_day_holds_its_sitting(doc):
    """"Chiều 16/5, Ủy ban Thường vụ Quốc hội đã nghe Báo cáo …", "Sáng 7/5, Ban Chấp hành Trung ương làm việc tại hội
    trường …", "Ngày 5/6, Quốc hội thảo luận về …": the body sits that day, an event of its kind."""
    ex = run(doc("Chiều 16/5, Ủy ban Thường vụ Quốc hội đã nghe Báo cáo tổng hợp ý kiến cử tri.", "2019-05-16")
             .org("Ủy ban Thường vụ Quốc hội"))
    assert dated(ex) == [("Phiên họp", "2019-05-16", "Ủy ban Thường vụ Quốc hội")]
    ex = run(doc("Sáng 7/5, Ban Chấp hành Trung ương làm việc tại hội trường.", "2019-05-07")
             .org("Ban Chấp hành Trung ương"))
    assert dated(ex) == [("Hội nghị", "2019-05-07", "Ban Chấp hành Trung ương")]
    ex = run(doc("Ngày 5/6, Quốc hội thảo luận về dự án Luật Đất đai.", "2019-06-05").org("Quốc hội"))
    assert dated(ex) == [("Kỳ họp", "2019-06-05", "Quốc hội")]


def test_working_with_another_working_all_night_or_a_planned_debate_is_no_sitting(doc):
    """"làm việc với" is a working session (an event word of its own, no body's sitting); "Ban Kiểm phiếu làm việc
    suốt đêm 23/4" tells hours worked; "sẽ được Quốc hội thảo luận vào ngày 7/6" a plan."""
    ex = run(doc("Ngày 23/4, Ban Kiểm phiếu làm việc suốt đêm.", "2019-04-24").org("Ban Kiểm phiếu"))
    assert dated(ex) == []
    ex = run(doc("Báo cáo quy hoạch sẽ được Quốc hội thảo luận vào ngày 7/6.", "2019-05-20").org("Quốc hội"))
    assert dated(ex) == []
    ex = run(doc("Ngày 10/2, Ủy ban nhân dân tỉnh làm việc với Tập đoàn X.", "2019-02-10")
             .org("Ủy ban nhân dân tỉnh").org("Tập đoàn X"))
    assert [kind for kind, _d, _o in dated(ex)] == ["Buổi làm việc"]


def test_the_bare_event_word_right_after_a_meeting_told_by_its_verb_names_it(doc):
    """"Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến … Bí thư Tỉnh ủy chủ trì cuộc làm việc. … Tại cuộc làm
    việc, …": one meeting, dated, with its body; the word names it from then on."""
    text = ("Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến về chủ trương đầu tư một số dự án. Bí thư Tỉnh ủy "
            "chủ trì cuộc làm việc. Sở Kế hoạch báo cáo tiến độ dự án. Các đại biểu góp ý. Tại cuộc làm việc, "
            "lãnh đạo Sở Giao thông đề xuất mở rộng đường.")
    ex = run(doc(text, "2019-02-10").org("Ban Thường vụ Tỉnh ủy"))
    assert dated(ex) == [("Cuộc họp", "2019-02-10", "Ban Thường vụ Tỉnh ủy")]
    # two sentences on, the bare word is not joined by this rule
    text = ("Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến về chủ trương đầu tư một số dự án. Sở Kế hoạch "
            "báo cáo tiến độ dự án. Bí thư Tỉnh ủy Nguyễn Văn B chủ trì cuộc làm việc.")
    ex = run(doc(text, "2019-02-10").org("Ban Thường vụ Tỉnh ủy").person("Nguyễn Văn B"))
    assert [(kind, day) for kind, day, _o in dated(ex)] == [("Cuộc họp", "2019-02-10"), ("Buổi làm việc", None)]


def test_a_count_of_events_is_no_event(doc):
    """"thông qua 2.073 cuộc tiếp xúc cử tri", "đã tổ chức 3 Hội nghị Thành ủy": events of a kind counted, none of them
    one event; "Nghị quyết 13 Đại hội Đảng bộ" is a document's number, "1 cuộc họp" one meeting."""
    ex = run(doc("Ban Dân nguyện cho biết, thông qua 2.073 cuộc tiếp xúc cử tri của các đại biểu, đã chuyển 3.320 kiến "
                 "nghị.").org("Ban Dân nguyện"))
    assert dated(ex) == []
    ex = run(doc("Sau Đại hội, Ban Chấp hành đã tổ chức 3 Hội nghị Thành ủy để kiện toàn nhân sự.").org("Thành ủy")
             .org("Ban Chấp hành"))
    assert [kind for kind, _d, _o in dated(ex)] == []
    ex = run(doc("Ngày 5/6, Ban Thường vụ tổ chức 1 cuộc họp về dự án.", "2019-06-05").org("Ban Thường vụ"))
    assert dated(ex) == [("Cuộc họp", "2019-06-05", "Ban Thường vụ")]


def test_a_number_written_lan_n_tells_one_conference_of_a_series_from_another(doc):
    """"hội nghị hiệp thương lần thứ 2" told undated, then "Ngày 17/4, phường … chốt hội nghị hiệp thương lần 3": the
    third conference is of the 17th of April, the second keeps no day of it."""
    text = ("Tại hội nghị hiệp thương lần thứ 2, Ủy ban MTTQ phường giới thiệu ông A. Ngày 17/4, phường chốt hội nghị "
            "hiệp thương lần 3.")
    ex = run(doc(text, "2021-04-30").org("Ủy ban MTTQ phường"))
    third = text.index("hiệp thương lần 3")
    assert [(ev.date.iso(), ev.span.start > third - 12) for ev in ex.events if ev.date] == [("2021-04-17", True)]


def test_a_gala_night_is_an_event(doc):
    """"Tối 8/1, Thành đoàn đã tổ chức Đêm hội Văn hóa truyền thống sinh viên": a gala night held that evening."""
    ex = run(doc("Tối 8/1, Thành đoàn đã tổ chức Đêm hội Văn hóa truyền thống sinh viên tại Nhà Văn hóa Thanh niên.",
                 "2006-01-09").org("Thành đoàn"))
    assert dated(ex) == [("Đêm hội", "2006-01-08", "Thành đoàn")]


def test_no_working_session_scheduled_is_no_event(doc):
    """"Thành phố vẫn chưa có lịch làm việc với Công ty X": a working session not (yet) held."""
    ex = run(doc("Ông A cho biết hiện UBND thành phố vẫn chưa có lịch làm việc với Công ty X.").org("UBND thành phố")
             .org("Công ty X"))
    assert ex.events == []


def test_a_body_holding_a_briefing_on_a_congress_does_not_organize_the_congress(doc):
    """"Chiều 26/1, Đảng ủy Quốc hội tổ chức Hội nghị thông báo nhanh kết quả Đại hội XIV của Đảng": the committee
    holds the briefing; the congress is only told of, not the committee's."""
    ex = run(doc("Chiều 26/1, Đảng ủy Quốc hội tổ chức Hội nghị thông báo nhanh kết quả Đại hội XIV của Đảng.",
                 "2026-01-26").org("Đảng ủy Quốc hội"))
    assert dated(ex) == [("Hội nghị", "2026-01-26", "Đảng ủy Quốc hội")]


def test_congresses_of_a_whole_level_of_a_mass_body_are_no_event(doc):
    """"Tập trung tổ chức Đại hội Công đoàn các cấp": the congresses of every trade union level, none held by the
    body a later sentence names; "cuộc bầu cử HĐND các cấp" is one election day across the country, kept."""
    ex = run(doc("Tập trung tổ chức Đại hội Công đoàn các cấp. Ban Bí thư đã có chỉ thị về việc này.")
             .org("Ban Bí thư"))
    assert ex.events == []
    ex = run(doc("Ngày 25/4/2004, cử tri cả nước đi bầu tại cuộc bầu cử HĐND các cấp nhiệm kỳ 2004-2009."))
    assert [day for _k, day, _o in dated(ex)] == ["2004-04-25"]


def test_a_newspapers_readers_page_is_no_forum(doc):
    """"đặt tựa cho diễn đàn của Tuổi Trẻ Online" names a page of the paper's website, not a forum held."""
    ex = run(doc("Xin mượn tựa bài để đặt tựa cho diễn đàn của Báo Tuổi Trẻ.").org("Báo Tuổi Trẻ"))
    assert ex.events == []


def test_a_time_to_come_goes_on_over_the_sentences_words_of_its_kind(doc):
    """"Trong tuần tới, Quốc hội sẽ thảo luận ở tổ về …; thảo luận ở hội trường về dự án Luật X": both debates are
    planned, none held."""
    ex = run(doc("Trong tuần tới, Quốc hội sẽ thảo luận ở tổ về dự thảo Nghị quyết A; thảo luận ở hội trường về dự án "
                 "Luật Xuất bản.").org("Quốc hội"))
    assert ex.events == []


def test_a_session_prepared_for_takes_no_day_of_its_sentence_when_named_again(doc):
    """"Chuẩn bị Kỳ họp thứ ba Quốc hội khóa XIV, ngày 13/5, ông X cùng Đoàn đại biểu … đã tiếp xúc cử tri để thông báo
    nội dung, chương trình Kỳ họp": the 13th of May is the meeting with voters', the session is still to come."""
    ex = run(doc("Chuẩn bị Kỳ họp thứ ba Quốc hội khóa XIV, ngày 13/5, ông Nguyễn Văn A cùng Đoàn đại biểu Quốc hội "
                 "thành phố đã gặp cử tri quận Ba Đình để thông báo nội dung, chương trình Kỳ họp.", "2017-05-14")
             .org("Quốc hội khóa XIV").org("Đoàn đại biểu Quốc hội thành phố"))
    assert ("Kỳ họp", None, "Quốc hội khóa XIV") in dated(ex)
    assert not [e for e in ex.events if e.kind == "Kỳ họp" and e.date]


def test_meeting_with_voters_written_with_a_word_between(doc):
    """"Chiều 13/5, Tổng Bí thư … đã tiếp xúc với cử tri quận Ba Đình": a meeting with voters that day."""
    ex = run(doc("Chiều 13/5, Tổng Bí thư Nguyễn Văn A đã tiếp xúc với cử tri quận Ba Đình.", "2017-05-13")
             .person("Nguyễn Văn A"))
    assert [(kind, day) for kind, day, _o in dated(ex)] == [("Tiếp xúc cử tri", "2017-05-13")]


def test_handing_over_a_decision_at_a_conference_told_before_it_is_that_conference(doc):
    """"Chiều 27/2, tại hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ, ông X đã trao quyết định …":
    one conference, whose organizer the decision's issuer is not; "Tại hội nghị, ông X công bố Quyết định …" after it
    is that conference again."""
    text = ("Chiều 27/2, Thành ủy tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Tại hội "
            "nghị, ông Nguyễn Văn A đã trao quyết định của Bộ Chính trị cho ông Trần Văn B.")
    ex = run(doc(text, "2017-02-27").org("Thành ủy").org("Bộ Chính trị").person("Nguyễn Văn A")
             .person("Trần Văn B"))
    assert dated(ex) == [("Hội nghị", "2017-02-27", "Thành ủy")]


def test_a_caption_handing_over_the_decision_later_is_that_conference_again(doc):
    """After "Chiều 27/2, tại hội nghị công bố quyết định …, ông X đã trao quyết định …", a caption further on "Ông X
    (phải) trao quyết định cho ông Y" is the same handing over: still one conference."""
    text = ("Chiều 27/2, Thành ủy tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Ông Trần "
            "Văn B sinh năm 1965. Ông B từng giữ nhiều chức vụ. Ông Nguyễn Văn A (phải) trao quyết định cho ông Trần "
            "Văn B.")
    ex = run(doc(text, "2017-02-27").org("Thành ủy").person("Nguyễn Văn A").person("Trần Văn B", "Ông B"))
    assert dated(ex) == [("Hội nghị", "2017-02-27", "Thành ủy")]


def test_a_get_together_is_one_gathering_however_it_is_named(doc):
    """"Ngày 28/4, Thành ủy đã tổ chức buổi họp mặt kỷ niệm …" then "Phát biểu tại cuộc họp mặt, …": one get-together
    (not a meeting, "Cuộc họp", then a "Gặp mặt")."""
    ex = run(doc("Ngày 28/4, Thành ủy đã tổ chức buổi họp mặt kỷ niệm 46 năm Ngày Giải phóng. Phát biểu tại cuộc họp "
                 "mặt, Bí thư Thành ủy Nguyễn Văn A nhấn mạnh truyền thống.", "2021-04-29").org("Thành ủy")
             .person("Nguyễn Văn A"))
    assert dated(ex) == [("Gặp mặt", "2021-04-28", "Thành ủy")]


def test_a_body_named_in_an_earlier_events_name_organizes_no_later_event(doc):
    """"hai bên tiến hành Cuộc gặp đại diện hai Bộ Chính trị (10/2016), tổ chức tốt Hội thảo Lý luận lần thứ 12": the
    Politburos are the meeting's, the workshop is held by the two Parties (no body of the text)."""
    ex = run(doc("Lần đầu tiên hai bên tiến hành Cuộc gặp đại diện hai Bộ Chính trị (10/2016), tổ chức tốt Hội thảo "
                 "Lý luận lần thứ 12 giữa hai Đảng.").org("Bộ Chính trị"))
    assert ("Hội thảo", None, "Bộ Chính trị") not in dated(ex)


def test_a_meeting_told_by_its_verb_is_the_one_a_later_clause_at_it_names(doc):
    """"Thông báo cho biết tại cuộc họp vừa kết thúc, Bộ Chính trị đã nghe …": the Politburo's meeting. "Sáng 3/4, Bộ
    Chính trị đã họp bàn về … Cuộc họp diễn ra sau khi …": the bare word of the meeting's own kind right after is that
    meeting again."""
    ex = run(doc("Thông báo của Văn phòng Trung ương cho biết tại cuộc họp vừa kết thúc, Bộ Chính trị đã nghe Ủy ban "
                 "Kiểm tra báo cáo.").org("Bộ Chính trị").org("Ủy ban Kiểm tra"))
    assert dated(ex) == [("Cuộc họp", None, "Bộ Chính trị")]
    ex = run(doc("Sáng 3/4, Bộ Chính trị đã họp bàn về trường hợp Bộ trưởng A. Cuộc họp diễn ra sau khi Bộ Chính trị "
                 "nhận được báo cáo. Tại cuộc họp nói trên, Bộ Chính trị đã đánh giá khách quan.", "2005-04-04")
             .org("Bộ Chính trị"))
    assert dated(ex) == [("Cuộc họp", "2005-04-03", "Bộ Chính trị")]
