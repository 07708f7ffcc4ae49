"""A list of those present after the event's name: "Dự lễ kỷ niệm có …", "Cùng dự lễ khánh thành có …".

"Dự lễ có các đồng chí …" was read as a list already; with the event's name running on between its word and
"có" ("lễ kỷ niệm", "hội nghị tại điểm cầu X", "phiên khai mạc") the list is the same, when its first person is
named right after; "có" before a number ("dự lễ tuyên dương có 88,3% là …") opens no list.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_CEREMONY = "Sáng 2/9, Tỉnh ủy Bắc Ninh tổ chức Lễ kỷ niệm 70 năm Ngày thành lập Đảng bộ tỉnh. "


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_a_list_after_the_ceremony_s_name_attended_it(doc):
    ex = run(doc(_CEREMONY + "Dự lễ kỷ niệm có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Trung ương; "
                 "Đào Hồng Lan, Bí thư Tỉnh ủy.", "2017-09-02")
             .org("Tỉnh ủy Bắc Ninh").person("Nguyễn Văn Thông").person("Đào Hồng Lan"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Nguyễn Văn Thông", "attended"), ("Đào Hồng Lan", "attended")]


def test_a_list_after_a_sitting_s_name_attended_it(doc):
    ex = run(doc(_CEREMONY + "Cùng đến dự buổi khánh thành tượng đài có Chủ tịch UBND tỉnh Nguyễn Tử Quỳnh.",
                 "2017-09-02").org("Tỉnh ủy Bắc Ninh").person("Nguyễn Tử Quỳnh"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Nguyễn Tử Quỳnh", "attended")]


def test_a_number_after_co_opens_no_list(doc):
    ex = run(doc(_CEREMONY + "Số người dự lễ tuyên dương có 88% là cá nhân do ông Nguyễn Tử Quỳnh bình chọn.",
                 "2017-09-02").org("Tỉnh ủy Bắc Ninh").person("Nguyễn Tử Quỳnh"))
    assert _parts(ex) == []
