"""The elected took part in the session, congress or plenum that elected them, wherever the report tells it.

Near the event's sentence an election's verb already made its people participants; a report of a
session tells its elections over many sentences ("Ông X … được bầu giữ chức …", "HĐND tỉnh cũng bầu
ông Y …"). Not: "bầu" as a noun ("kết quả bầu", "phiếu bầu"), an election of a career ("từng được
bầu … năm 2010"), a round-up of several bodies' congresses (each elected told after another body's
name), nor an event the elected alone would keep.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_SESSION = ("Sáng 29/6, HĐND thành phố khóa 15 khai mạc kỳ họp thứ nhất. Kỳ họp nghe báo cáo về kinh tế. Các "
            "đại biểu thảo luận về ngân sách. Nhiều ý kiến được nêu. ")


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_one_elected_far_from_the_session_sentence_took_part_in_it(doc):
    ex = run(doc(_SESSION + "Ông Vũ Đình Khải, Giám đốc Sở Tài chính, được bầu giữ chức Phó chủ tịch UBND thành "
                 "phố.", "2016-06-29").org("HĐND thành phố khóa 15").person("Vũ Đình Khải"))
    assert _parts(ex) == [("Kỳ họp", "Vũ Đình Khải", "attended")]


def test_the_elected_after_bau_far_from_the_session_sentence_took_part_in_it(doc):
    ex = run(doc(_SESSION + "HĐND thành phố cũng bầu ông Vũ Đình Khải (Giám đốc Sở Tài chính), ông Lê Hữu Tâm "
                 "(Giám đốc Sở Xây dựng) làm Ủy viên UBND.", "2016-06-29")
             .org("HĐND thành phố khóa 15").person("Vũ Đình Khải").person("Lê Hữu Tâm"))
    assert _parts(ex) == [("Kỳ họp", "Vũ Đình Khải", "attended"), ("Kỳ họp", "Lê Hữu Tâm", "attended")]


def test_bau_as_a_noun_or_a_past_election_elects_no_one_there(doc):
    ex = run(doc(_SESSION + "Thủ tướng đã phê chuẩn kết quả bầu chức vụ Chủ tịch UBND đối với ông Vũ Đình Khải. "
                 "Ông Lê Hữu Tâm từng được bầu làm Phó chủ tịch năm 2010.", "2016-06-29")
             .org("HĐND thành phố khóa 15").person("Vũ Đình Khải").person("Lê Hữu Tâm"))
    assert _parts(ex) == []


def test_in_a_round_up_of_three_bodies_congresses_the_far_elected_are_not_joined(doc):
    ex = run(doc("Ngày 20/10, Đại hội Đảng bộ tỉnh Hà Giang khai mạc. Ngày 20/10, Đại hội Đảng bộ tỉnh Cao Bằng "
                 "khai mạc. Ngày 20/10, Đại hội Đảng bộ tỉnh Lào Cai khai mạc. Các đại hội bàn về kinh tế. Nhiều "
                 "ý kiến được nêu. Ông Vũ Đình Khải được bầu giữ chức Bí thư Tỉnh ủy.", "2015-10-20")
             .org("Đảng bộ tỉnh Hà Giang").org("Đảng bộ tỉnh Cao Bằng").org("Đảng bộ tỉnh Lào Cai")
             .person("Vũ Đình Khải"))
    assert _parts(ex) == []


def test_the_elected_alone_keep_no_undated_event(doc):
    ex = run(doc("Các đại biểu tiếp tục phiên họp về nhân sự. Nhiều ý kiến được nêu ra. Các ý kiến khác cũng vậy. "
                 "Ông Vũ Đình Khải được bầu giữ chức Phó chủ tịch UBND.", None).person("Vũ Đình Khải"))
    assert ex.events == []
