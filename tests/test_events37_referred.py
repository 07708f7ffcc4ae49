"""An event only referred to in a sentence does not take the people of the event the report tells of.

"Sau lễ khai mạc, …", "… chuẩn bị cho Đại hội …", "… gửi đến kỳ họp thứ 2" name an event as a point in time, a
purpose or an addressee (event_reference_cues.tsv); the story goes on at the event told held before. Who speaks or
presents in that sentence and after it spoke at that event, not at the one referred to.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_SESSION = ("Sáng 20/10, Quốc hội khóa XIV khai mạc kỳ họp thứ 6 tại Nhà Quốc hội. Buổi sáng có nhiều nội dung. "
            "Các đại biểu dự đông đủ. Chương trình được thông qua. ")


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_presenters_after_the_opening_ceremony_referred_to_spoke_at_the_session(doc):
    ex = run(doc(_SESSION + "Sau lễ khai mạc, Quốc hội nghe Bộ trưởng Bộ Tài chính Hồ Đức Phớc trình bày Báo cáo về "
                 "ngân sách. Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh trình bày Báo cáo thẩm tra.", "2018-10-20")
             .org("Quốc hội khóa XIV").person("Hồ Đức Phớc").person("Vũ Hồng Thanh"))
    assert _parts(ex) == [("Kỳ họp", "Hồ Đức Phớc", "spokeAt"), ("Kỳ họp", "Vũ Hồng Thanh", "spokeAt")]


def test_a_speaker_naming_a_congress_to_come_spoke_at_the_dialogue(doc):
    ex = run(doc("Ngày 8/10, Hội Liên hiệp Phụ nữ thành phố tổ chức buổi đối thoại với cán bộ nữ. Nhiều ý kiến được "
                 "nêu. Các ý kiến khác cũng vậy. Bí thư Thành ủy Trần Văn Hưng cho biết, chuẩn bị cho Đại hội Đảng bộ "
                 "thành phố lần thứ XX, thành phố sẽ giới thiệu thêm cán bộ nữ.", "2019-10-08")
             .org("Hội Liên hiệp Phụ nữ thành phố").person("Trần Văn Hưng"))
    assert [(k, n) for k, n, _r in _parts(ex)] == [("Đối thoại", "Trần Văn Hưng")]


def test_an_event_told_held_in_the_sentence_takes_its_speaker(doc):
    ex = run(doc(_SESSION + "Chiều 22/10, tại phiên họp, Bộ trưởng Bộ Tư pháp Lê Thành Long cho biết dự án đã "
                 "sẵn sàng.", "2018-10-20").org("Quốc hội khóa XIV").person("Lê Thành Long"))
    assert ("Lê Thành Long", "spokeAt") in [(n, r) for _k, n, r in _parts(ex)]
