"""The bare-head readers of officials (a body's head that takes a name, written bare and capitalised:
"Giám đốc Công ty Trần Văn Khải") start from the tokens holding a first word of organizations.tsv. Those tokens
are found once a report, by organizations (first_word_tokens), and officials reads that list, where
it looked for them a second time (officials43: a speed change; the facts below hold before and after)."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials

_TEXT = ("Sáng nay, Công ty Cổ phần Cơ khí Đông Anh tổ chức đại hội cổ đông. Phát biểu tại đại hội, "
         "Giám đốc Công ty Trần Văn Khải cho biết năm nay doanh thu tăng 12%.")


def test_the_first_words_of_bodies_are_looked_for_once_a_report(first_word_lookups: list[int]) -> None:
    ex = officials(_TEXT)
    assert ex.posts
    assert len(first_word_lookups) == 1


def test_the_director_of_the_company_written_bare() -> None:
    """The bare head as written ("Công ty"), before the name: the same fact before and after."""
    assert facts(_TEXT) == {("Trần Văn Khải", "Giám đốc", "Công ty", "holds")}
