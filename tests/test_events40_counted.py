"""Two reviews of different spans are two events.

A conference reviewing six months' work ("Hội nghị … sơ kết công tác 6 tháng …") may hand out tasks told after it,
undated: "Bộ Tài chính tổ chức sơ kết 5 năm thực hiện Chỉ thị số 12 …" is a review still to be held, of five years
of a directive, not the conference again. Read as the conference, it gave that conference its organizer (the
ministry) and its document. The span a review or an anniversary counts ("6 tháng", "5 năm") is part of which event
it is; a bare mention without one ("Tại hội nghị, …") still names the conference told before.
"""

from __future__ import annotations

from tests.fixtures_directives import event_facts
from tests.fixtures_directives import run_events as run

_LEAD = ("Chiều 8/7, Phó Thủ tướng Lê Văn Tâm chủ trì Hội nghị trực tuyến sơ kết công tác 6 tháng của Ban Chỉ đạo "
         "phòng chống thiên tai. ")


def test_a_task_reviewing_another_span_is_not_the_conference(doc):
    text = _LEAD + ("Phó Thủ tướng giao nhiều nhiệm vụ cho các bộ. Bộ Tài chính tổ chức sơ kết 5 năm thực hiện Chỉ "
                    "thị số 12 của Thủ tướng về phòng chống thiên tai.")
    ex = run(doc(text).org("Ban Chỉ đạo phòng chống thiên tai").org("Bộ Tài chính").person("Lê Văn Tâm"))
    conference = ex.events[0]
    assert (conference.kind, conference.date.iso(), conference.organizer) == ("Hội nghị", "--07-08", None)
    assert [d.symbol or d.name for d in conference.concerns] == []


def test_a_bare_mention_of_the_conference_is_still_the_conference(doc):
    text = _LEAD + "Tại hội nghị, Phó Thủ tướng Lê Văn Tâm yêu cầu các địa phương chủ động ứng phó."
    ex = run(doc(text).org("Ban Chỉ đạo phòng chống thiên tai").person("Lê Văn Tâm"))
    assert event_facts(ex) == [("Hội nghị", "--07-08", None)]


def test_the_same_span_named_again_is_the_same_review(doc):
    text = ("Sáng 3/5, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05 của Bộ Chính trị. "
            "Tại hội nghị sơ kết 5 năm, nhiều tập thể được khen thưởng.")
    ex = run(doc(text, "2021-05-03").org("Tỉnh ủy Hà Tĩnh"))
    assert event_facts(ex) == [("Hội nghị", "2021-05-03", "Tỉnh ủy Hà Tĩnh")]
