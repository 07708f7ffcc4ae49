"""Who took part in a meeting of two sides.

"Về phía tỉnh X có các đồng chí: A - …; B - …" lists one side's people at a working session; "Cùng đi với Tổng Bí
thư có các ông …" and "Tháp tùng Thủ tướng có …" list a delegation's. The people named after "có" (the first close
to it) took part. "Về phía UBND tỉnh đã có những hành động …" lists no one.

A reception or talks is told "<host> <verb> <guest>": "Chủ tịch nước A đã có buổi tiếp Đại sứ B", "A hội đàm với B";
both took part, the host's titles may stand between his name and the verb.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_SESSION = "Chiều 5/3, Ban Thường vụ Tỉnh ủy Hòa Bình làm việc với Tập đoàn Điện lực Việt Nam. "


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_one_side_s_list_took_part(doc):
    text = _SESSION + ("Về phía tỉnh Hòa Bình có các đồng chí: Nguyễn Văn An - Bí thư Tỉnh ủy; Trần Văn Bình - Chủ "
                       "tịch UBND tỉnh. Về phía Tập đoàn có ông Lê Văn Cư, Chủ tịch Hội đồng thành viên.")
    ex = run(doc(text, "2019-03-05").org("Ban Thường vụ Tỉnh ủy Hòa Bình").org("Tập đoàn Điện lực Việt Nam")
             .person("Nguyễn Văn An").person("Trần Văn Bình").person("Lê Văn Cư"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [
        ("Nguyễn Văn An", "attended"), ("Trần Văn Bình", "attended"), ("Lê Văn Cư", "attended")]


def test_a_side_that_lists_no_one_adds_no_one(doc):
    text = _SESSION + ("Về phía UBND tỉnh đã có những hành động cụ thể theo chỉ đạo của ông Nguyễn Văn An, Bí thư "
                       "Tỉnh ủy, tuần trước.")
    ex = run(doc(text, "2019-03-05").org("Ban Thường vụ Tỉnh ủy Hòa Bình").org("Tập đoàn Điện lực Việt Nam")
             .person("Nguyễn Văn An"))
    assert _parts(ex) == []


def test_a_delegation_going_with_its_leader_took_part(doc):
    text = ("Hôm nay, Tổng Bí thư Đỗ Văn Hùng bắt đầu chuyến thăm chính thức Cộng hòa Pháp. Cùng đi với Tổng Bí thư "
            "có các ông Vũ Văn Khang - Phó Thủ tướng; Ngô Văn Dũng - Chánh Văn phòng Trung ương Đảng.")
    ex = run(doc(text).person("Đỗ Văn Hùng").person("Vũ Văn Khang").person("Ngô Văn Dũng"))
    names = [n for _k, n, _r in _parts(ex)]
    assert "Vũ Văn Khang" in names and "Ngô Văn Dũng" in names


def test_host_and_guest_of_a_reception_took_part(doc):
    text = ("Chiều 12/4, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Cường đã có buổi tiếp Đại sứ Nhật Bản Tanaka "
            "Hiroshi. Hai bên trao đổi về hợp tác kinh tế.")
    ex = run(doc(text, "2018-04-12").person("Lê Văn Cường").person("Tanaka Hiroshi"))
    assert _parts(ex) == [("Buổi tiếp", "Lê Văn Cường", "attended"), ("Buổi tiếp", "Tanaka Hiroshi", "attended")]


def test_a_host_with_titles_and_a_guest_of_talks_took_part(doc):
    text = ("Ngày 20/6, ông Phạm Văn Đức, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, đã hội đàm với Chủ tịch Thượng "
            "viện Cam-pu-chia Say Chhum tại Hà Nội.")
    ex = run(doc(text, "2018-06-20").person("Phạm Văn Đức").person("Say Chhum"))
    assert _parts(ex) == [("Hội đàm", "Phạm Văn Đức", "attended"), ("Hội đàm", "Say Chhum", "attended")]
