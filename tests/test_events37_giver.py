"""Who hands over a decision or an award at the event the report tells of took part in it.

"Trưởng ban Tổ chức Trung ương X trao quyết định cho ông Y", "bà Z, Phó Chủ tịch nước, đã trao tặng Huân chương …":
the giver is the last person of the verb's clause ('give_verb' then 'give_object', event_sentence_words.tsv), in any
sentence of the report, as a presenter is; "trao đổi" (to discuss) gives nothing, and a giver alone keeps no event.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_CONFERENCE = ("Sáng 10/5, Tỉnh ủy Quảng Trị tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. "
               "Hội nghị diễn ra trang trọng. Nhiều đại biểu có mặt. ")


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_the_giver_of_a_decision_took_part_in_the_conference(doc):
    ex = run(doc(_CONFERENCE + "Trưởng ban Tổ chức Trung ương Lê Văn Hòa đã trao quyết định và tặng hoa chúc mừng.",
                 "2017-05-10").org("Tỉnh ủy Quảng Trị").person("Lê Văn Hòa"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Lê Văn Hòa", "attended")]


def test_the_giver_of_an_award_written_with_titles_took_part(doc):
    ex = run(doc(_CONFERENCE + "Bà Trần Thị Mai, Ủy viên Trung ương Đảng, Phó Chủ tịch nước, đã trao tặng Huân chương "
                 "Lao động hạng Nhất cho tỉnh.", "2017-05-10").org("Tỉnh ủy Quảng Trị").person("Trần Thị Mai"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Trần Thị Mai", "attended")]


def test_discussing_hands_nothing_over(doc):
    ex = run(doc(_CONFERENCE + "Ông Lê Văn Hòa trao đổi quyết định với phóng viên.", "2017-05-10")
             .org("Tỉnh ủy Quảng Trị").person("Lê Văn Hòa"))
    assert _parts(ex) == []
