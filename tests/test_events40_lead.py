"""The people a report's headline and sapo name are the first event's, and "đến dự án" is nobody attending.

A report often names its people before the event's word: "Ông Lê Văn Hòa tái đắc cử Chủ tịch Ủy ban …" (the
headline), then "Đại hội … lần thứ VII chiều qua đã bế mạc …". The two sentences right before the first one naming
an event tell of that event, as the sentences after it do; further back, a report tells of other times.

"đến dự" (to come and attend) is also the end of "liên quan đến dự án …" (concerning the project): no one attended.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_the_headline_s_elected_took_part_in_the_congress(doc):
    text = ("Ông Lê Văn Hòa tái đắc cử Chủ tịch Ủy ban Mặt trận tỉnh.\n\n"
            "Đại hội đại biểu Mặt trận Tổ quốc tỉnh lần thứ VII chiều qua 23-9 đã bế mạc sau hai ngày làm việc.")
    ex = run(doc(text).person("Lê Văn Hòa"))
    assert [(k, n) for k, n, _r in _parts(ex)] == [("Đại hội", "Lê Văn Hòa")]


def test_a_sentence_far_before_the_first_event_is_not_its(doc):
    text = ("Ông Lê Văn Hòa tái đắc cử Chủ tịch Ủy ban Mặt trận tỉnh. Ông sinh năm 1960. Ông quê ở Nam Định. "
            "Ông từng công tác ở nhiều nơi. Đại hội đại biểu Mặt trận Tổ quốc tỉnh lần thứ VII chiều qua 23-9 đã bế "
            "mạc sau hai ngày làm việc.")
    ex = run(doc(text).person("Lê Văn Hòa"))
    assert _parts(ex) == []


def test_a_project_after_den_du_is_no_attendance(doc):
    text = ("Sáng 12/5, Ban Thường vụ Tỉnh ủy họp nghe báo cáo. Ông Trần Văn Minh bị kỷ luật vì vi phạm liên quan "
            "đến dự án khu đô thị mới.")
    ex = run(doc(text, "2019-05-12").org("Ban Thường vụ Tỉnh ủy").person("Trần Văn Minh"))
    assert _parts(ex) == []
