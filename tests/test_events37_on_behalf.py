"""Who speaks for a body, in a sentence opening "Thay mặt …,", spoke at the event the report tells of.

"Thay mặt lãnh đạo thành phố, Chủ tịch UBND thành phố X khẳng định …" is a speech at the ceremony or the meeting
the report is about, wherever the sentence stands ('on_behalf', event_sentence_words.tsv). The speaker is the first
person after the opening clause, named within 80 characters of it; one named further on is not read.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_CEREMONY = ("Sáng 2/9, Tỉnh ủy Bắc Ninh tổ chức Lễ kỷ niệm 70 năm Ngày thành lập Đảng bộ tỉnh. Buổi lễ diễn ra trang "
             "trọng. Nhiều đại biểu có mặt. Các tiết mục văn nghệ được biểu diễn. ")


def _parts(ex) -> list[tuple[str, str]]:
    return [(p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_the_speaker_for_a_body_spoke_at_the_ceremony(doc):
    ex = run(doc(_CEREMONY + "Thay mặt lãnh đạo Đảng, Nhà nước, Phó Chủ tịch nước Đặng Thị Mai biểu dương những "
                 "thành tích của tỉnh.", "2017-09-02").org("Tỉnh ủy Bắc Ninh").person("Đặng Thị Mai"))
    assert _parts(ex) == [("Đặng Thị Mai", "spokeAt")]


def test_a_person_named_far_after_the_clause_is_not_read(doc):
    ex = run(doc(_CEREMONY + "Thay mặt lãnh đạo tỉnh, các đại biểu chúc mừng thành tích của các cơ quan, đơn vị và các "
                 "địa phương trong tỉnh trong những năm qua mà ông Đặng Văn Tùng nêu ra.", "2017-09-02")
             .org("Tỉnh ủy Bắc Ninh").person("Đặng Văn Tùng"))
    assert _parts(ex) == []
