"""Profiles: a pronoun subject after a dated heading, a rank before the titles, and career lines
that name nobody under a profile's heading. The sentences are our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_officials import officials


def facts(text: str) -> set[tuple[str, str, str | None, str, str, str]]:
    """(person, role, organization as written, status, start, end) of every post."""
    ex = officials(text)
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status,
             p.start.iso() if p.start else "", p.end.iso() if p.end else "") for p in ex.posts}


def test_a_rank_before_the_titles_does_not_hide_them():
    got = facts("Ông Đỗ Văn Khải sinh năm 1968. Ông hiện là Thiếu tướng, Thành uỷ viên, Phó Bí thư Đảng uỷ "
                "Công an Thành phố.")
    assert got == {
        ("Đỗ Văn Khải", "Thành uỷ viên", None, "holds", "", ""),
        ("Đỗ Văn Khải", "Phó Bí thư", "Đảng uỷ Công an Thành phố", "holds", "", ""),
    }


def test_a_pronoun_after_a_dated_heading_is_the_person_named_before():
    got = facts("Ông Đỗ Văn Khải sinh năm 1968.\n"
                "Từ tháng 2/2003 đến tháng 5/2007: Ông là Uỷ viên Ban Thường vụ Quận uỷ, Trưởng Công an "
                "quận Ba.\n"
                "Từ tháng 5/2007 đến nay: Ông là Phó Giám đốc Công an tỉnh Hà Nam.")
    assert got == {
        ("Đỗ Văn Khải", "Uỷ viên", "Ban Thường vụ Quận uỷ", "former", "2003-02", "2007-05"),
        ("Đỗ Văn Khải", "Trưởng", "Công an quận Ba", "former", "2003-02", "2007-05"),
        ("Đỗ Văn Khải", "Phó Giám đốc", "Công an tỉnh Hà Nam", "holds", "2007-05", ""),
    }


def test_a_pronoun_after_a_dated_heading_is_nobody_when_two_men_were_named():
    got = facts("Ông Đỗ Văn Khải và ông Lâm Quang Tú cùng sinh năm 1968.\n"
                "Từ tháng 2/2003 đến tháng 5/2007: Ông là Trưởng Công an quận Ba.")
    assert got == set()


def test_a_pronoun_after_a_dated_heading_takes_the_one_of_its_gender():
    got = facts("Bà Vi Thị Mơ và ông Lâm Quang Tú cùng sinh năm 1968.\n"
                "Từ tháng 2/2003 đến tháng 5/2007: Ông là Trưởng Công an quận Ba.")
    assert got == {("Lâm Quang Tú", "Trưởng", "Công an quận Ba", "former", "2003-02", "2007-05")}


def test_career_lines_naming_nobody_belong_to_the_profiles_person():
    got = facts("Tiểu sử ông Đỗ Văn Khải\n"
                "Sinh năm 1968. Quê quán: Hà Nam.\n"
                "5/1997-12/1999: Thành ủy viên, Giám đốc Sở Khoa học, Công nghệ và Môi trường tỉnh Hà Nam.\n"
                "- Từ 1/2000 đến nay: Phó Chủ tịch UBND tỉnh Hà Nam.")
    assert got == {
        ("Đỗ Văn Khải", "Thành ủy viên", None, "former", "1997-05", "1999-12"),
        ("Đỗ Văn Khải", "Giám đốc", "Sở Khoa học, Công nghệ và Môi trường tỉnh Hà Nam", "former",
         "1997-05", "1999-12"),
        ("Đỗ Văn Khải", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds", "2000-01", ""),
    }


def test_career_lines_under_two_names_belong_to_nobody():
    got = facts("Ông Đỗ Văn Khải và ông Lâm Quang Tú nhận quyết định.\n"
                "5/1997-12/1999: Thành ủy viên, Giám đốc Sở Tài chính.")
    assert got == set()


def test_a_name_inside_a_career_lines_words_does_not_take_the_lines_after_it():
    got = facts("Tiểu sử ông Đỗ Văn Khải\n"
                "1990-1992: Học viên Trường Đảng cao cấp Lâm Quang Tú.\n"
                "1993-1996: Giám đốc Sở Tài chính tỉnh Hà Nam.")
    assert ("Đỗ Văn Khải", "Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former", "1993", "1996") in got
    assert not {f for f in got if f[0] == "Lâm Quang Tú"}
