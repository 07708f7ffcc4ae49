"""A penalty on a former title: "bị xoá tư cách nguyên Bộ trưởng Bộ Y" (loaders/extract/officials.py,
loaders/data/expulsion_words.tsv). The title is the person's, former as "nguyên" says.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_former_title_struck_is_the_persons_former_post():
    assert facts("Ông Lê Văn Tâm bị xoá tư cách nguyên Bộ trưởng Bộ Nội vụ.") == {
        ("Lê Văn Tâm", "Bộ trưởng", "Bộ Nội vụ", "former")}
    # a title struck without "nguyên" is not read by this rule: a seat held, whose loss is not read here
    assert not facts("Ông Lê Văn Tâm bị xoá tư cách đại biểu Hội đồng nhân dân tỉnh Hà Tĩnh.")


def test_the_second_clause_of_a_sentence_of_penalties_is_read_too():
    assert facts("Ông Trần Văn Hòa bị miễn nhiệm chức vụ Bộ trưởng Bộ Tư pháp, ông Lê Văn Tâm bị xóa tư cách nguyên "
                 "Bộ trưởng Bộ Nội vụ.") == {("Trần Văn Hòa", "Bộ trưởng", "Bộ Tư pháp", "left"),
                                             ("Lê Văn Tâm", "Bộ trưởng", "Bộ Nội vụ", "former")}
