"""Who leads a delegation took part in the event the report tells of.

"Đoàn công tác … do Thượng tướng X, Thứ trưởng Bộ Quốc phòng, dẫn đầu" and "Bộ trưởng Y dẫn đầu đoàn công tác …":
the leader is the last person of the verb's clause ('lead_verb', after 'lead_by' or before 'lead_object',
event_sentence_words.tsv). "Dẫn đầu" is also "ranked first": with neither "do" before the person nor "đoàn" after
the verb, nobody is read.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_VISIT = "Sáng 12/5, Ủy ban nhân dân tỉnh Lào Cai có buổi làm việc với đoàn công tác của Bộ Quốc phòng. "


def _names(ex) -> list[str]:
    return [p.person.name for ev in ex.events for p in ev.participants]


def test_the_leader_written_after_do_took_part(doc):
    ex = run(doc(_VISIT + "Đoàn công tác do Thượng tướng Hoàng Văn Phong, Thứ trưởng Bộ Quốc phòng, dẫn đầu.",
                 "2019-05-12").org("Ủy ban nhân dân tỉnh Lào Cai").person("Hoàng Văn Phong"))
    assert _names(ex) == ["Hoàng Văn Phong"]


def test_the_leader_written_before_the_verb_and_doan_took_part(doc):
    ex = run(doc(_VISIT + "Các bên trao đổi nhiều nội dung. Bộ trưởng Bộ Quốc phòng Trần Quang Vinh dẫn đầu đoàn công "
                 "tác của Bộ.", "2019-05-12")
             .org("Ủy ban nhân dân tỉnh Lào Cai").person("Trần Quang Vinh"))
    assert _names(ex) == ["Trần Quang Vinh"]


def test_a_province_ranked_first_names_no_leader(doc):
    ex = run(doc(_VISIT + "Các bên trao đổi nhiều nội dung. Ông Trần Quang Vinh nói rằng tỉnh dẫn đầu cả nước về "
                 "thu hút đầu tư.", "2019-05-12").org("Ủy ban nhân dân tỉnh Lào Cai").person("Trần Quang Vinh"))
    assert _names(ex) == []
