"""Career lines of the written tuning set wtune32 (round 32): the shapes, in sentences of our own.

A period written after a title, closing its clause before a semicolon, is that title's period
(loaders/extract/careers.py, ``_closes_title_clause``), as one in brackets after it is: "ông từng là
Phó Chủ tịch UBND tỉnh X giai đoạn 2011-2015; hiện là đại biểu Quốc hội" — the range dates the Phó
Chủ tịch, and the title after the semicolon, held now, takes none of it (it had been read as held
2011-2015, former). A period opening its own clause after the semicolon still dates what follows it.

The names are made up; the sentences are written in the shape of real ones, not copied.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates


def test_a_period_closing_a_title_clause_does_not_date_the_title_after_the_semicolon() -> None:
    got = post_dates("Ông Đoàn Văn Khiêm sinh năm 1970, quê Nghệ An. Ông từng là Phó Giám đốc Sở Xây "
                     "dựng tỉnh Nghệ An giai đoạn 2012-2016; hiện là Phó Chủ tịch UBND tỉnh Nghệ An.")
    assert got["Đoàn Văn Khiêm: Phó Giám đốc Sở Xây dựng tỉnh Nghệ An"] == ("2012", "2016", "former")
    assert got["Đoàn Văn Khiêm: Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == (None, None, "holds")


def test_a_range_closing_a_title_clause_is_that_titles_not_the_next_ones() -> None:
    got = post_dates("Bà Lò Thị Hạnh từng giữ chức Bí thư Huyện ủy Mường Tè giai đoạn 2010-2015; "
                     "nay là Trưởng Ban Dân vận Tỉnh ủy Lai Châu.")
    assert got["Lò Thị Hạnh: Bí thư Huyện ủy Mường Tè"] == ("2010", "2015", "former")
    assert got["Lò Thị Hạnh: Trưởng Ban Dân vận Tỉnh ủy Lai Châu"] == (None, None, "holds")


def test_a_period_opening_the_clause_after_the_semicolon_still_dates_it() -> None:
    got = post_dates("Ông Hà Văn Tường từng giữ chức Bí thư Huyện ủy Quỳ Hợp; từ năm 2010 đến năm 2015, ông là "
                     "Phó Chủ tịch UBND tỉnh Nghệ An.")
    assert got["Hà Văn Tường: Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == ("2010", "2015", "former")


def test_each_title_of_a_list_keeps_its_own_period_before_a_semicolon() -> None:
    got = post_dates("Ông Hà Văn Tường từng là Bí thư Huyện ủy Quỳ Hợp giai đoạn 2005-2010; Phó Chủ tịch UBND "
                     "tỉnh Nghệ An giai đoạn 2010-2015.")
    assert got["Hà Văn Tường: Bí thư Huyện ủy Quỳ Hợp"] == ("2005", "2010", "former")
    assert got["Hà Văn Tường: Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == ("2010", "2015", "former")
