"""Who spoke on a meeting's floor: delegates and voters who speak, ministers who answer questions.

A report of a session tells its debate sentence after sentence, far from the sentence that names the
session; a delegate ("đại biểu X", "ĐB X") who speaks there spoke at it, and so did a minister who
answers questions ("trả lời chất vấn"). A person quoted without such a title is not taken so far
away, a voter speaks only at a meeting with voters, and speakers found only this way keep no event
of their own (a sitting of a session, "phiên thảo luận", is told of that session).
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_SESSION = ("Sáng 14/11, Quốc hội tiếp tục kỳ họp thứ 6 tại Nhà Quốc hội. Buổi sáng dành cho dự án luật về "
            "quản lý nợ công. Nhiều ý kiến tập trung vào việc vay lại của các địa phương. Sau giờ giải lao, "
            "các nội dung khác được đưa ra. ")


def _speakers(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_a_delegate_speaking_far_from_the_session_sentence_spoke_at_it(doc):
    ex = run(doc(_SESSION + "Đại biểu Hà Minh Lực (Tuyên Quang), Phó trưởng đoàn, cho rằng cần siết chặt "
                 "điều kiện cho vay lại.", "2018-11-14").org("Quốc hội").person("Hà Minh Lực"))
    assert _speakers(ex) == [("Kỳ họp", "Hà Minh Lực", "spokeAt")]


def test_a_delegate_written_short_after_a_quote_spoke_at_it(doc):
    ex = run(doc(_SESSION + "“Địa phương vay thì địa phương phải trả” - ĐB Đinh Thị Lan (Hà Giang) nói.",
                 "2018-11-14").org("Quốc hội").person("Đinh Thị Lan"))
    assert _speakers(ex) == [("Kỳ họp", "Đinh Thị Lan", "spokeAt")]


def test_a_minister_answering_questions_spoke_at_the_session(doc):
    ex = run(doc(_SESSION + "Chiều cùng ngày, Bộ trưởng Tài chính Lương Văn Quý trả lời chất vấn về bội chi.",
                 "2018-11-14").org("Quốc hội").person("Lương Văn Quý"))
    assert _speakers(ex) == [("Kỳ họp", "Lương Văn Quý", "spokeAt")]


def test_a_person_quoted_without_a_delegates_title_far_away_is_no_speaker(doc):
    ex = run(doc(_SESSION + "Ông Hà Minh Lực cho rằng cần siết chặt điều kiện cho vay lại.",
                 "2018-11-14").org("Quốc hội").person("Hà Minh Lực"))
    assert _speakers(ex) == []


def test_an_answer_not_given_or_named_as_a_noun_is_no_speech(doc):
    ex = run(doc(_SESSION + "Bộ trưởng Lương Văn Quý chưa trả lời chất vấn ở kỳ họp này. Theo ông Tạ Đức Vinh, "
                 "Chánh Văn phòng, sẽ rút ngắn thời gian trả lời chất vấn.", "2018-11-14")
             .org("Quốc hội").person("Lương Văn Quý").person("Tạ Đức Vinh"))
    assert _speakers(ex) == []


def test_a_voter_speaks_at_a_meeting_with_voters(doc):
    ex = run(doc("Sáng 9/7, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Yên Sơn. Cử tri nêu nhiều ý kiến. "
                 "Các ý kiến tập trung vào đất đai. Sau đó là vấn đề môi trường. Cử tri Lò Văn Sáng (xã Tân Long) "
                 "đề nghị làm rõ việc thu hồi đất.", "2018-07-09")
             .org("Đoàn đại biểu Quốc hội tỉnh").person("Lò Văn Sáng"))
    assert _speakers(ex) == [("Tiếp xúc cử tri", "Lò Văn Sáng", "spokeAt")]


def test_a_voter_quoted_in_a_report_of_a_plenum_did_not_speak_at_the_plenum(doc):
    ex = run(doc("Ngày 9/7, Ban Chấp hành Trung ương Đảng họp Hội nghị lần thứ 5. Hội nghị bàn về đất đai. "
                 "Nhiều nội dung được thảo luận. Dư luận quan tâm. Cử tri Lò Văn Sáng (xã Tân Long) đề nghị làm "
                 "rõ việc thu hồi đất.", "2018-07-09")
             .org("Ban Chấp hành Trung ương Đảng").person("Lò Văn Sáng"))
    assert _speakers(ex) == []


def test_floor_speakers_alone_keep_no_undated_sitting(doc):
    """An undated sitting no body holds ("phiên thảo luận") with only delegates' speeches is the session's
    debate, no event of its own (before: dropped for want of participants; now found, still dropped)."""
    ex = run(doc("Các đại biểu tiếp tục phiên thảo luận về dự án luật. Nhiều ý kiến được nêu ra. Các ý kiến "
                 "khác cũng vậy. Đại biểu Hà Minh Lực cho rằng cần siết chặt việc vay lại.", None)
             .person("Hà Minh Lực"))
    assert ex.events == []

