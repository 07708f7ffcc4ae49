"""Who reads out a decision at the ceremony that hands it over took part in it, as who hands it over does.

"Ông Lê Văn Tú, Phó Trưởng ban Tổ chức Trung ương, công bố Quyết định của Bộ Chính trị …" and "ông X đọc quyết
định …": the reader was there. "Ông Y được Ban Tổ chức Thành ủy công bố quyết định điều động …" is the one moved,
told in the passive: not the reader.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_LEAD = "Sáng 12/6, Tỉnh ủy Ninh Bình tổ chức hội nghị công bố quyết định về công tác cán bộ. "


def _parts(ex) -> list[tuple[str, str]]:
    return [(p.person.name, p.role) for ev in ex.events for p in ev.participants]


def test_who_reads_the_decision_took_part(doc):
    text = _LEAD + ("Phát biểu khai mạc xong, ông Lê Văn Tú, Phó Trưởng ban Tổ chức Trung ương, công bố Quyết định "
                    "của Bộ Chính trị điều động ông Đào Minh Khang giữ chức Bí thư Tỉnh ủy.")
    ex = run(doc(text, "2019-06-12").org("Tỉnh ủy Ninh Bình").person("Lê Văn Tú").person("Đào Minh Khang"))
    assert ("Lê Văn Tú", "attended") in _parts(ex)


def test_who_is_read_a_decision_in_the_passive_is_not_its_reader(doc):
    text = _LEAD + ("Tháng 8 năm trước, ông Đào Minh Khang được Ban Tổ chức Thành ủy công bố quyết định điều động "
                    "sang Ban Dân vận.")
    ex = run(doc(text, "2019-06-12").org("Tỉnh ủy Ninh Bình").person("Đào Minh Khang"))
    assert _parts(ex) == []
