"""Twenty-fourth round (events27), events: a session's planned end is no day it is held. Sentences we write, in the
shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_planned_end_of_a_session_does_not_date_it(doc):
    """"Dự kiến, kỳ họp thứ 7 sẽ kết thúc vào ngày 20/6": the day the session is to close, told as a plan, is no
    day it is held on; a closing day told done ("bế mạc ngày 20/6") still dates it."""
    ex = run(doc("Kỳ họp thứ 7, Quốc hội khóa 12 đã đi được nửa chặng đường. Dự kiến, kỳ họp thứ 7 sẽ kết thúc vào "
                 "ngày 20/6.").org("Quốc hội khóa 12"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa 12")]
    ex = run(doc("Kỳ họp thứ 7, Quốc hội khóa 12 đã đi được nửa chặng đường. Kỳ họp thứ 7 sẽ bế mạc vào chiều "
                 "20/6.").org("Quốc hội khóa 12"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa 12")]
    ex = run(doc("Kỳ họp thứ 7, Quốc hội khóa 12 bế mạc ngày 20/6.").org("Quốc hội khóa 12"))
    assert dated(ex) == [("Kỳ họp", "--06-20", "Quốc hội khóa 12")]


def test_a_body_giving_a_whole_day_to_a_debate_holds_it(doc):
    """"Ngày 8/11, Quốc hội dành cả ngày để thảo luận ở hội trường về …": the clause's body gives its day to the debate,
    its own sitting."""
    ex = run(doc("Ngày 8/11, Quốc hội dành cả ngày để thảo luận ở hội trường về dự án Luật Đất đai (sửa đổi).")
             .org("Quốc hội"))
    assert dated(ex) == [("Phiên thảo luận", "--11-08", "Quốc hội")]


def test_a_later_ceremony_of_handing_over_the_decision_is_that_handing_over(doc):
    """"Sáng 3/8, ông X đã trao quyết định … Tại lễ trao quyết định, ông Y cho biết …": the ceremony named later is the
    handing over already told, no second event."""
    ex = run(doc("Sáng 3/8, Bí thư Tỉnh ủy Lê Văn Nam đã trao quyết định phân công ông Trần Văn Hùng làm Trưởng ban "
                 "Tuyên giáo Tỉnh ủy. Tại lễ trao quyết định, ông Trần Văn Hùng cảm ơn sự tin tưởng của tập thể.")
             .person("Lê Văn Nam").person("Trần Văn Hùng"))
    assert dated(ex) == [("Trao quyết định", "--08-03", None)]


def test_the_body_holding_a_ceremony_of_a_decision_is_its_organizer_not_the_issuer(doc):
    """"Sáng 21/2, Đảng đoàn X tổ chức Lễ công bố quyết định của Bộ Chính trị …": the body whose verb holds the
    ceremony is its organizer; the decision's issuer only when no body holds it ("ông A công bố Quyết định của Bộ
    Chính trị")."""
    ex = run(doc("Sáng 21/2, Đảng đoàn Mặt trận Tổ quốc Việt Nam tổ chức Lễ công bố quyết định của Bộ Chính trị "
                 "chỉ định ông Trần Văn Hùng giữ chức Phó bí thư Đảng đoàn.")
             .org("Đảng đoàn Mặt trận Tổ quốc Việt Nam").org("Bộ Chính trị").person("Trần Văn Hùng"))
    assert dated(ex) == [("Trao quyết định", "--02-21", "Đảng đoàn Mặt trận Tổ quốc Việt Nam")]
    ex = run(doc("Sáng 21/2, ông Lê Văn Nam, Phó Trưởng Ban Tổ chức Trung ương công bố Quyết định của Bộ Chính trị.")
             .org("Ban Tổ chức Trung ương").org("Bộ Chính trị").person("Lê Văn Nam"))
    assert dated(ex) == [("Trao quyết định", "--02-21", "Bộ Chính trị")]


def test_the_deputies_sitting_on_a_day_are_their_bodys_sitting(doc):
    """"Chiều 12/11, các đại biểu Quốc hội làm việc tại hội trường, biểu quyết …": the deputies as a whole are the
    Assembly at its sitting that day; one deputy by his title ("đại biểu Quốc hội Lê Văn Nam làm việc …") is a
    person, no sitting."""
    ex = run(doc("Chiều 12/11, các đại biểu Quốc hội làm việc tại hội trường, biểu quyết thông qua dự án Luật Đất đai.")
             .org("Quốc hội"))
    assert dated(ex) == [("Kỳ họp", "--11-12", "Quốc hội")]
    ex = run(doc("Chiều 12/11, đại biểu Quốc hội Lê Văn Nam làm việc tại hội trường với cử tri.")
             .org("Quốc hội").person("Lê Văn Nam"))
    assert dated(ex) == []


def test_the_body_that_passed_a_document_at_a_session_holds_it(doc):
    """"Đây là 2 nghị quyết đã được Quốc hội khóa XII thông qua tại kỳ họp thứ 4 vừa qua": the session that decided is
    the body's (an event by the gold convention), though the sentence tells no day of it."""
    ex = run(doc("Đây là 2 nghị quyết đã được Quốc hội khóa XII thông qua tại kỳ họp thứ 4 vừa qua.")
             .org("Quốc hội khóa XII"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa XII")]


def test_a_dash_between_an_events_number_and_its_body(doc):
    """"Sáng 18/8, … khai mạc Hội nghị lần thứ 9 - Ban Chấp hành Đảng bộ tỉnh khóa XV": the body after the number's
    dash holds the conference, as after a comma."""
    ex = run(doc("Sáng 18/8, phát biểu khai mạc Hội nghị lần thứ 9 - Ban Chấp hành Đảng bộ tỉnh khóa XV, Bí thư Tỉnh "
                 "ủy Lê Văn Nam nhấn mạnh nhiệm vụ cuối năm.").org("Ban Chấp hành Đảng bộ tỉnh khóa XV")
             .person("Lê Văn Nam"))
    assert dated(ex) == [("Hội nghị", "--08-18", "Ban Chấp hành Đảng bộ tỉnh khóa XV")]


def test_the_deputies_body_holds_the_session_they_sit_in(doc):
    """"… các ý kiến của ĐB QH ở kỳ họp này đều tâm huyết": the Assembly's session; "đại biểu đoàn TPHCM tại Đại hội
    Đảng": a delegation at a congress, which it does not hold."""
    ex = run(doc("Ông nhận xét, các ý kiến của ĐB QH ở kỳ họp này đều tâm huyết.").org("QH", "Quốc hội"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội")]
    ex = run(doc("Ông là đại biểu Đoàn thanh niên tại Đại hội Đảng.").org("Đoàn thanh niên"))
    assert dated(ex) == []
