"""Twenty-seventh round (events34), events. Sentences we write, in the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_sitting_of_a_session_named_after_it_is_one_event_the_bodys(doc):
    """"Ngày 10/12, tại phiên bế mạc kỳ họp thứ 18, HĐND tỉnh X đã bầu …": the closing sitting of session 18 is one
    event, dated by the sentence and held by the council whose session it is; the session word makes no second one."""
    ex = run(doc("Ngày 10/12, tại phiên bế mạc kỳ họp thứ 18, HĐND tỉnh Bình An khoá VIII đã bầu ông Lê Văn An giữ "
                 "chức Chủ tịch UBND tỉnh.", date="2015-12-11").org("HĐND tỉnh Bình An khoá VIII"))
    assert dated(ex) == [("Phiên họp", "2015-12-10", "HĐND tỉnh Bình An khoá VIII")]


def test_a_question_sitting_takes_the_body_of_the_session_named_after_it(doc):
    """"phiên chất vấn kỳ họp HĐND thành phố": the body is named after the session's word, and is the sitting's."""
    ex = run(doc("Sáng 7/7, Chủ tịch UBND thành phố Lê Văn An đã giải trình nhiều vấn đề tại phiên chất vấn kỳ họp "
                 "HĐND thành phố.", date="2017-07-08").org("HĐND thành phố"))
    assert dated(ex) == [("Phiên chất vấn", "2017-07-07", "HĐND thành phố")]


def test_a_sitting_of_a_session_told_before_takes_that_sessions_body(doc):
    """"… tại phiên bế mạc kỳ họp": the session told before (the council's) is the sitting's; it stays one event, and
    the sitting is the council's."""
    ex = run(doc("Kỳ họp thứ 5 của HĐND thành phố đã thông qua nhiều nghị quyết. Đại biểu Lê Văn An, trong phát "
                 "biểu tại phiên bế mạc kỳ họp cũng đã đề cập vấn đề này.")
             .org("HĐND thành phố").person("Lê Văn An"))
    assert dated(ex) == [("Kỳ họp", None, "HĐND thành phố"), ("Phiên họp", None, "HĐND thành phố")]


def test_a_session_after_a_comma_is_not_the_sittings(doc):
    """"tại phiên bế mạc, kỳ họp thứ 18 đã …": a comma between, the session is its own mention."""
    ex = run(doc("Ngày 10/12, HĐND tỉnh Bình An tổ chức phiên bế mạc. Trước đó, kỳ họp thứ 18 của HĐND tỉnh Bình An "
                 "đã thông qua 20 nghị quyết.", date="2015-12-11").org("HĐND tỉnh Bình An").org("HĐND tỉnh Bình An"))
    assert [kind for kind, _d, _o in dated(ex)] == ["Phiên họp", "Kỳ họp"]


def test_a_body_a_nominee_is_put_to_is_no_meeting_held(doc):
    """"Thành ủy gửi văn bản xin ý kiến để giới thiệu HĐND thành phố bầu ông X. Đến ngày 3-4, …": a nomination
    proposed to the council, no council meeting held on the letter's day."""
    ex = run(doc("Thành ủy có văn bản gửi Trung ương xin ý kiến, giới thiệu HĐND thành phố bầu ông Lê Văn An làm Phó "
                 "Chủ tịch UBND thành phố ngày 3-4.", date="2017-09-20").org("HĐND thành phố").person("Lê Văn An"))
    assert dated(ex) == []


def test_in_a_row_is_no_reception(doc):
    """"đây là lần thứ 4 liên tiếp ông X phải trả lời chất vấn": "liên tiếp" (in a row) before "ông" receives nobody."""
    ex = run(doc("Ngày 24/11, Quốc hội chất vấn Bộ trưởng. Đây là lần thứ 4 liên tiếp ông Lê Văn An phải trả lời chất "
                 "vấn.", date="2005-11-25").person("Lê Văn An"))
    assert [kind for kind, _d, _o in dated(ex)] == []


def test_a_session_things_are_submitted_to_takes_no_date_of_the_preparing(doc):
    """"Ngày 18/6, ông X ký công văn … chuẩn bị nội dung trình tại kỳ họp thứ tư HĐND thành phố": the day is the
    letter's; the session the contents go to is only referred to (event_reference_cues 'trình', 'trình tại')."""
    ex = run(doc("Ngày 18/6, Phó Chủ tịch UBND thành phố Lê Văn An đã ký công văn gửi các sở khẩn trương chuẩn bị nội "
                 "dung trình tại kỳ họp thứ tư HĐND thành phố.", date="2017-07-05")
             .org("UBND thành phố").org("HĐND thành phố").person("Lê Văn An"))
    assert dated(ex) == [("Kỳ họp", None, "HĐND thành phố")]


def test_the_programme_of_a_session_is_no_submission_to_it(doc):
    """"Tiếp tục chương trình Kỳ họp thứ 9, sáng 20/5, Quốc hội thảo luận …": "trình" in "chương trình" refers to
    nothing; the session is that day's."""
    ex = run(doc("Tiếp tục chương trình Kỳ họp thứ 9, Quốc hội khóa XV, sáng 20/5, Quốc hội thảo luận về dự án Luật "
                 "Đất đai.", date="2025-05-20").org("Quốc hội khóa XV").org("Quốc hội"))
    assert [(kind, date) for kind, date, _o in dated(ex)] == [("Kỳ họp", "2025-05-20")]


def test_a_discussion_sitting_is_named_by_buoi_thao_luan(doc):
    """"tại buổi thảo luận chiều 10-11, nhiều đại biểu …": the sitting of the discussion, that afternoon's."""
    ex = run(doc("Tại buổi thảo luận chiều 10-11, nhiều đại biểu Quốc hội vẫn băn khoăn về dự án Luật Nhà ở.",
                 date="2005-11-11"))
    assert dated(ex) == [("Phiên thảo luận", "2005-11-10", None)]


def test_any_session_is_no_session_held(doc):
    """"kỳ họp nào Chính phủ hứa, cũng …", "chưa có kỳ họp nào …": any session of the kind, none held."""
    for text in ("Ngày 12/11, đại biểu Lê Văn An nói: kỳ họp nào Chính phủ cũng hứa đề ra các biện pháp mạnh.",
                 "Ngày 12/11, Chủ tịch HĐND Lê Văn An thừa nhận chưa có kỳ họp nào có nhiều vấn đề phức tạp."):
        assert dated(run(doc(text, date="2005-11-12").person("Lê Văn An"))) == [], text


def test_a_delegation_named_before_a_meeting_with_voters_holds_it(doc):
    """"Ngày 28/4, Đoàn đại biểu Quốc hội TP X do Chủ tịch Quốc hội Y dẫn đầu đã tiếp xúc cử tri quận Z": the
    delegation, however long the clause after it, holds the meeting with voters."""
    ex = run(doc("Ngày 28/4, Đoàn đại biểu Quốc hội TP Cần Thơ do ông Lê Văn An, Ủy viên Bộ Chính trị, Chủ tịch Quốc "
                 "hội dẫn đầu đã tiếp xúc cử tri quận Ninh Kiều.", date="2017-04-29")
             .org("Đoàn đại biểu Quốc hội TP Cần Thơ").org("Bộ Chính trị").org("Quốc hội").person("Lê Văn An"))
    assert dated(ex) == [("Tiếp xúc cử tri", "2017-04-28", "Đoàn đại biểu Quốc hội TP Cần Thơ")]


def test_the_head_of_a_delegation_chairing_a_meeting_with_voters_is_no_organizer(doc):
    """"…, Trưởng đoàn Đại biểu Quốc hội TP X, đã chủ trì buổi tiếp xúc cử tri": the delegation is in the chair's
    title; the meeting keeps no organizer (the gold names none)."""
    ex = run(doc("Chiều 4/10, ông Lê Văn An, Trưởng đoàn Đại biểu Quốc hội TP Đà Nẵng, đã chủ trì buổi tiếp xúc cử tri "
                 "quận Liên Chiểu.", date="2017-10-05").org("đoàn Đại biểu Quốc hội TP Đà Nẵng").person("Lê Văn An"))
    assert dated(ex) == [("Tiếp xúc cử tri", "2017-10-04", None)]


def test_a_numbered_session_is_the_one_body_of_its_sentence_that_holds_sessions(doc):
    """"Thông báo kết luận kỳ họp 17 (từ 13 đến 16-9) được Uỷ ban Kiểm tra Trung ương phát đi …": session 17 is the
    commission's, named after it as the passive's agent (meeting_bodies.tsv: the commission holds sessions)."""
    ex = run(doc("Thông báo kết luận kỳ họp 17 (từ 13 đến 16-9) được Uỷ ban Kiểm tra Trung ương phát đi chiều 18-9 "
                 "khẳng định ông Lê Văn An có 4 vi phạm.", date="2017-09-19")
             .org("Uỷ ban Kiểm tra Trung ương").person("Lê Văn An"))
    assert dated(ex) == [("Kỳ họp", "2017-09-13", "Uỷ ban Kiểm tra Trung ương")]


def test_a_numbered_session_with_two_bodies_that_hold_sessions_keeps_none(doc):
    """"Ông X, Phó Chủ tịch HĐND tỉnh, được bầu … tại kỳ họp thứ 11 … Quốc hội": two bodies hold sessions; neither
    is known to be the session's."""
    ex = run(doc("Ngày 3/4, ông Lê Văn An, Phó Chủ tịch HĐND tỉnh, đã phát biểu tại kỳ họp thứ 11, khi Quốc hội bàn "
                 "về ngân sách.", date="2016-04-04").org("HĐND tỉnh").org("Quốc hội").person("Lê Văn An"))
    assert dated(ex) == [("Kỳ họp", "2016-04-03", None)]


def test_a_body_in_a_title_holds_no_numbered_conference(doc):
    """"…, Bí thư Tỉnh ủy X được hội nghị hiệp thương lần thứ hai nhất trí …": the conference is the Front's; the Party
    committee in the person's title holds no conference of it, and leaves the conference's body unknown."""
    ex = run(doc("Ngày 17/3, ông Lê Văn An, Bí thư Tỉnh ủy Hà Tĩnh, được hội nghị hiệp thương lần thứ hai nhất trí cho "
                 "rút khỏi danh sách ứng cử.", date="2016-03-18").org("Tỉnh ủy Hà Tĩnh").person("Lê Văn An"))
    assert dated(ex) == [("Hội nghị", "2016-03-17", None)]


def test_a_numbered_plenum_told_on_two_days_of_its_run_is_one_event_of_its_first_day(doc):
    """"Chiều 6/10, Hội nghị Trung ương 8 … bế mạc" then "Hội nghị lần thứ 8 … diễn ra trong 5 ngày (từ ngày 2 đến
    6/10)": one plenum, dated by the first day of its run (as our gold dates an event held over days)."""
    ex = run(doc("Chiều 6/10, Hội nghị Trung ương 8 khóa XII của Ban Chấp hành Trung ương Đảng đã bế mạc. Theo thông "
                 "cáo, Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng đã diễn ra trong 5 ngày (từ ngày 2 đến 6/10).",
                 date="2018-10-07").org("Ban Chấp hành Trung ương Đảng").org("Ban Chấp hành Trung ương Đảng"))
    assert dated(ex) == [("Hội nghị", "2018-10-02", "Ban Chấp hành Trung ương Đảng")]


def test_a_numbered_session_told_with_a_deadline_keeps_its_own_day(doc):
    """"kỳ họp thứ tư … dự kiến diễn ra từ ngày 5-7/7" then "… tài liệu trình kỳ họp thứ tư gửi … vào ngày 19/6": one
    session; a day that opens no run of days (a deadline) does not move its date."""
    ex = run(doc("Kỳ họp thứ tư HĐND thành phố dự kiến diễn ra từ ngày 5-7/7. Các sở phải gửi tài liệu của kỳ họp thứ "
                 "tư HĐND thành phố vào ngày 19/6.", date="2017-06-10").org("HĐND thành phố").org("HĐND thành phố"))
    assert dated(ex) == [("Kỳ họp", "2017-07-05", "HĐND thành phố")]


def test_a_city_party_committee_is_one_body_under_its_two_names(doc):
    """"Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ TP X" then "Hội nghị Thành ủy TP X lần thứ 15": one plenum of one
    committee."""
    ex = run(doc("Ngày 30/11, Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh khai mạc. Hội nghị Thành "
                 "ủy Hồ Chí Minh lần thứ 15 sẽ diễn ra trong 2 ngày.", date="2017-11-30")
             .org("Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh").org("Thành ủy Hồ Chí Minh"))
    assert dated(ex) == [("Hội nghị", "2017-11-30", "Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh")]


def test_a_meeting_told_by_its_bodys_verb_then_named_is_one_event(doc):
    """"Ngày 3/4, HĐND tỉnh X đã bầu ông A …" then "Ngày 3/4, HĐND tỉnh X khoá IX đã tổ chức kỳ họp thứ 9 …": the
    session the verb told, named now; one event, with the body's term."""
    ex = run(doc("Ngày 3/4, HĐND tỉnh Bình Dương đã bầu ông Lê Văn An giữ chức Chủ tịch UBND tỉnh. Ngày 3/4, HĐND tỉnh "
                 "Bình Dương khoá IX đã tổ chức kỳ họp thứ 9 để kiện toàn nhân sự.", date="2018-04-04")
             .org("HĐND tỉnh Bình Dương", nth=0).org("HĐND tỉnh Bình Dương khoá IX").person("Lê Văn An"))
    assert dated(ex) == [("Kỳ họp", "2018-04-03", "HĐND tỉnh Bình Dương khoá IX")]


def test_a_sentence_opening_with_a_part_of_the_day_is_of_the_day_just_written(doc):
    """"Sáng 9/5, Ban Chấp hành … làm việc …. Đầu giờ chiều, Ban Chấp hành … tổ chức hội nghị …": that afternoon; after
    an aside back in time ("Trước đó, chiều 8/5, …") the aside's day is not the story's."""
    ex = run(doc("Sáng 9/5, Quốc hội khai mạc kỳ họp thứ 3. Đầu giờ chiều, Ban Chấp hành Đảng bộ tỉnh Bình An tổ "
                 "chức hội nghị lấy phiếu tín nhiệm.", date="2017-05-10").org("Ban Chấp hành Đảng bộ tỉnh Bình An"))
    assert dated(ex)[-1] == ("Hội nghị", "2017-05-09", "Ban Chấp hành Đảng bộ tỉnh Bình An")
    ex = run(doc("Trước đó, chiều 8/5, Quốc hội đã thảo luận ở tổ. Buổi chiều, Ban Chấp hành Đảng bộ tỉnh Bình An tổ "
                 "chức hội nghị lấy phiếu tín nhiệm.", date="2017-05-10").org("Ban Chấp hành Đảng bộ tỉnh Bình An"))
    assert dated(ex)[-1] == ("Hội nghị", None, "Ban Chấp hành Đảng bộ tỉnh Bình An")


def test_a_proposal_to_hold_an_event_holds_none(doc):
    """"Tại buổi làm việc, Hiệp hội X cũng đề xuất nên tổ chức cuộc hội thảo …": a workshop proposed, none held (and
    the proposer holds none)."""
    ex = run(doc("Chiều 11/5, tại buổi làm việc, Hiệp hội Du lịch Đà Nẵng cũng đề xuất nên tổ chức cuộc hội thảo quy "
                 "tụ các nhà khoa học.", date="2017-05-12").org("Hiệp hội Du lịch Đà Nẵng"))
    assert [kind for kind, _d, _o in dated(ex)] == ["Buổi làm việc"]


def test_the_lettered_items_of_a_laws_list_are_categories_of_events(doc):
    """"Sự kiện đặc biệt quan trọng gồm: a) Đại hội đại biểu toàn quốc của Đảng; b) Hội nghị của Ban chấp hành Trung
    ương Đảng; c) Kỳ họp của Quốc hội": kinds of events the law protects, none held."""
    ex = run(doc("4. Sự kiện đặc biệt quan trọng gồm: a) Đại hội đại biểu toàn quốc của Đảng; b) Hội nghị của Ban chấp "
                 "hành Trung ương Đảng; c) Kỳ họp của Quốc hội.").org("Đảng", nth=0).org("Quốc hội"))
    assert dated(ex) == []
