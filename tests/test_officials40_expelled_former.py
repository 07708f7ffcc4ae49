"""A penalty on a former title: "bị xoá tư cách nguyên Bộ trưởng Bộ Y" (loaders/extract/officials.py,
loaders/data/expulsion_words.tsv). The title is the person's, former as "nguyên" says.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} {p.org.name if p.org else ''}".strip()): p.status for p in extract(report).posts}


def test_the_former_title_struck_is_the_persons_former_post():
    got = posts("Ông Lê Văn Tâm bị xoá tư cách nguyên Bộ trưởng Bộ Nội vụ.")
    assert got == {("Lê Văn Tâm", "Bộ trưởng Bộ Nội vụ"): "former"}
    # a title struck without "nguyên" is not read by this rule: a seat held, whose loss is not read here
    got = posts("Ông Lê Văn Tâm bị xoá tư cách đại biểu Hội đồng nhân dân tỉnh Hà Tĩnh.")
    assert ("Lê Văn Tâm", "đại biểu Hội đồng nhân dân tỉnh Hà Tĩnh") not in got


def test_the_second_clause_of_a_sentence_of_penalties_is_read_too():
    got = posts("Ông Trần Văn Hòa bị miễn nhiệm chức vụ Bộ trưởng Bộ Tư pháp, ông Lê Văn Tâm bị xóa tư cách nguyên "
                "Bộ trưởng Bộ Nội vụ.")
    assert got == {("Trần Văn Hòa", "Bộ trưởng Bộ Tư pháp"): "left", ("Lê Văn Tâm", "Bộ trưởng Bộ Nội vụ"): "former"}

