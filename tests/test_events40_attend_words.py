"""More ways of writing attendance: "tới dự", "về dự" beside "đến dự", and "dự" before a rally, an opening, a forum.

"Phó Thủ tướng X … đã về dự." and "Y tới dự và phát biểu" attended the event told; "Tổng Bí thư Z dự khánh thành
nhà tưởng niệm" and "Chủ tịch nước dự Diễn đàn …" name the event they attended after the bare "dự".
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_ve_du_and_toi_du_attend(doc):
    text = ("Sáng 8/4, UBND tỉnh Phú Thọ tổ chức Lễ dâng hương tại Đền Hùng. Phó Thủ tướng Lê Văn Khiêm cùng đông "
            "đảo nhân dân đã về dự. Bộ trưởng Trần Thị Hạnh tới dự và trao quà cho các gia đình chính sách.")
    ex = run(doc(text, "2006-04-08").org("UBND tỉnh Phú Thọ").person("Lê Văn Khiêm").person("Trần Thị Hạnh"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Lê Văn Khiêm", "attended"), ("Trần Thị Hạnh", "attended")]


def test_du_before_an_opening_attends(doc):
    text = ("Chiều 19/12, tại tỉnh Lai Châu, Tổng Bí thư Đỗ Văn Thành dự khánh thành nhà văn hóa của bản Nậm Cha "
            "do Ban Tuyên giáo tỉnh tổ chức.")
    ex = run(doc(text, "2025-12-19").person("Đỗ Văn Thành"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Đỗ Văn Thành", "attended")]
