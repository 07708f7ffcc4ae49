"""A plural subject: "Các ông A, B và bà C được bầu …" elects each of them, not only the last one named.

The verb's subject is read as the last person before it; a plural head ("các ông", "hai bà", "các đồng chí") opening
the clause, then names joined by commas and "và" only, makes each of them the subject. Names with titles between
them are left to the other rules.
"""

from __future__ import annotations

from tests.fixtures_directives import run_events as run

_SESSION = "Sáng 29/6, HĐND tỉnh Nam Định khóa XVIII tổ chức kỳ họp thứ nhất. "


def _names(ex) -> list[str]:
    return sorted(p.person.name for ev in ex.events for p in ev.participants)


def test_each_of_a_plural_subject_is_elected(doc):
    text = _SESSION + "Các ông Trần Văn Hưng, Lê Quốc Bảo và bà Đỗ Thị Hà được bầu giữ chức Phó Chủ tịch UBND tỉnh."
    ex = run(doc(text, "2016-06-29").org("HĐND tỉnh Nam Định khóa XVIII")
             .person("Trần Văn Hưng").person("Lê Quốc Bảo").person("Đỗ Thị Hà"))
    assert _names(ex) == ["Lê Quốc Bảo", "Trần Văn Hưng", "Đỗ Thị Hà"]


def test_names_with_titles_between_are_not_a_plain_list(doc):
    text = _SESSION + ("Các ông Trần Văn Hưng, Giám đốc Sở Tài chính, Lê Quốc Bảo, Giám đốc Sở Nội vụ được bầu làm "
                       "ủy viên UBND tỉnh.")
    ex = run(doc(text, "2016-06-29").org("HĐND tỉnh Nam Định khóa XVIII")
             .person("Trần Văn Hưng").person("Lê Quốc Bảo"))
    assert _names(ex) == ["Lê Quốc Bảo"]
