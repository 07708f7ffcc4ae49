"""Who presents a report, a submission or a speech at the event the report tells of spoke at it.

"Bộ trưởng X trình bày Tờ trình …", "X đọc diễn văn khai mạc", "Y đọc báo cáo thẩm tra" are told
sentence after sentence in a report of a session or a congress, far from the sentence naming it; the
presenter spoke there. Like the floor's speakers, a presenter alone keeps no undated event.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_SESSION = ("Sáng 20/10, Quốc hội khóa XIV khai mạc kỳ họp thứ 6 tại Nhà Quốc hội. Buổi sáng có nhiều nội dung. "
            "Các đại biểu dự đông đủ. Chương trình được thông qua. ")


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_a_minister_presenting_a_submission_far_from_the_session_sentence_spoke_at_it(doc):
    ex = run(doc(_SESSION + "Tiếp đó, Bộ trưởng Bộ Tư pháp Lê Thành Long trình bày Tờ trình dự án Luật Đặc xá.",
                 "2018-10-20").org("Quốc hội khóa XIV").person("Lê Thành Long"))
    assert _parts(ex) == [("Kỳ họp", "Lê Thành Long", "spokeAt")]


def test_a_chair_reading_the_closing_speech_spoke_at_the_congress(doc):
    ex = run(doc("Ngày 25/10, Đại hội Đảng bộ tỉnh Yên Bái lần thứ XIX khai mạc. Đại hội bàn về kinh tế. Nhiều ý "
                 "kiến được nêu. Chiều 27/10, Bí thư Tỉnh ủy Phạm Thị Thanh Trà đọc diễn văn bế mạc.", "2015-10-25")
             .org("Đảng bộ tỉnh Yên Bái").person("Phạm Thị Thanh Trà"))
    assert _parts(ex) == [("Đại hội", "Phạm Thị Thanh Trà", "spokeAt")]


def test_a_presenter_alone_keeps_no_undated_event(doc):
    ex = run(doc("Các đại biểu tiếp tục phiên họp về ngân sách. Nhiều ý kiến được nêu ra. Các ý kiến khác cũng "
                 "vậy. Ông Lê Thành Long trình bày báo cáo thẩm tra.", None).person("Lê Thành Long"))
    assert ex.events == []
