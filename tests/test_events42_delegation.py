"""The members of a visiting delegation took part in its visit.

"Tham gia Đoàn có: …" / "Tham gia đoàn còn có …" lists who goes with a delegation's leader, as "Cùng đi với Thủ
tướng có …" does (event_sentence_words.tsv 'list_side'): the people named after "có" took part in the visit.
"… được phân công tham gia Đoàn đại biểu Quốc hội tỉnh" (a member joining a body, no "có" after it) lists no one.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_VISIT = "Sáng 4/6, Thủ tướng Phạm Văn Hòa lên đường thăm chính thức Cộng hòa Ấn Độ. "


def _parts(ex) -> list[tuple[str, str, str]]:
    return [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_a_delegation_s_members_took_part_in_its_visit(doc):
    text = _VISIT + ("Tham gia đoàn có: Bộ trưởng Bộ Công Thương Lê Văn Khánh; Thứ trưởng Bộ Ngoại giao Đỗ Thị "
                     "Nga. Tham gia Đoàn còn có Bí thư Tỉnh ủy Nghệ An Hồ Văn Sơn và lãnh đạo một số bộ, ngành.")
    ex = run(doc(text, "2018-06-04").person("Phạm Văn Hòa").person("Lê Văn Khánh").person("Đỗ Thị Nga")
             .person("Hồ Văn Sơn"))
    assert [(k, n, r) for k, n, r in _parts(ex) if n != "Phạm Văn Hòa"] == [
        ("Chuyến thăm", "Lê Văn Khánh", "attended"), ("Chuyến thăm", "Đỗ Thị Nga", "attended"),
        ("Chuyến thăm", "Hồ Văn Sơn", "attended")]


def test_joining_a_delegation_of_deputies_lists_no_one(doc):
    text = _VISIT + "Ông Hồ Văn Sơn được phân công tham gia Đoàn đại biểu Quốc hội tỉnh Nghệ An."
    ex = run(doc(text, "2018-06-04").person("Phạm Văn Hòa").person("Hồ Văn Sơn"))
    assert "Hồ Văn Sơn" not in [n for _k, n, _r in _parts(ex)]


def test_those_listed_right_after_the_event_s_word_attended(doc):
    """ "Dự mít tinh có …": the list follows the event's word at once, with no name of the event between."""
    text = ("Sáng 7/5, tại thành phố Điện Biên Phủ, tỉnh Điện Biên tổ chức mít tinh kỷ niệm ngày chiến thắng. Dự mít "
            "tinh có Chủ tịch nước Trần Văn Lâm, Phó Thủ tướng Ngô Thị Hạnh, cùng hàng nghìn người dân.")
    ex = run(doc(text, "2019-05-07").person("Trần Văn Lâm").person("Ngô Thị Hạnh"))
    assert [(n, r) for _k, n, r in _parts(ex)] == [("Trần Văn Lâm", "attended"), ("Ngô Thị Hạnh", "attended")]


def test_a_count_right_after_the_event_s_word_lists_no_one(doc):
    text = ("Sáng 7/5, tỉnh Điện Biên tổ chức mít tinh kỷ niệm ngày chiến thắng. Dự mít tinh có 5.000 người, trong "
            "đó ông Trần Văn Lâm, Chủ tịch nước, đã đọc diễn văn từ năm ngoái.")
    ex = run(doc(text, "2019-05-07").person("Trần Văn Lâm"))
    assert ("Trần Văn Lâm", "attended") not in [(n, r) for _k, n, r in _parts(ex)]
