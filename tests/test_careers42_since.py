"""Careers, forty-second round: the step a career says is held since a date, and a career line's bracket.

- "từ <date> là X" closing a sentence, with no end and no step after it, is held: in a clause chained to a
  pronoun subject ("Bà công tác trong ngành tư pháp, từ năm 2021 là X."), after a colon's list ("Bà có nhiều
  năm công tác trong ngành tư pháp: A (2010 - 2015); từ năm 2021 là X; đại biểu HĐND tỉnh các khoá XIV,
  XV."), and after a past cue that opens no list of ours ("Bà từng công tác trong ngành tư pháp: ...").
- A dated career line's bracket holding a title after a link ("- Từ 1972 đến 1985: Trưởng phòng X (từ năm
  1980 là Phó Giám đốc Sở Y)") is a step of the line.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

MAI = "Bà Đinh Thị Mai sinh năm 1976. "


def test_a_step_since_a_date_closing_a_chained_clause_is_held():
    got = facts(MAI + "Bà công tác trong ngành tư pháp, từ năm 2021 là Trưởng Ban Pháp chế HĐND tỉnh Hà Nam.")
    assert got == {("Đinh Thị Mai", "Trưởng", "Ban Pháp chế HĐND tỉnh Hà Nam", "holds")}


def test_a_step_since_a_date_after_a_colons_list_is_held_with_a_term_list_after_it():
    got = facts(MAI + "Bà có nhiều năm công tác trong ngành tư pháp: Phó Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh Hà Nam "
                "(2010 - 2015); từ năm 2021 là Tỉnh uỷ viên, Trưởng Ban Pháp chế HĐND tỉnh Hà Nam khoá XV; đại "
                "biểu HĐND tỉnh các khoá XIV, XV.")
    assert ("Đinh Thị Mai", "Trưởng", "Ban Pháp chế HĐND tỉnh Hà Nam", "holds") in got
    assert ("Đinh Thị Mai", "Tỉnh uỷ viên", None, "holds") in got


def test_a_step_since_a_date_after_tung_that_opens_no_list_is_held():
    got = facts(MAI + "Bà từng công tác trong ngành tư pháp: Phó Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh Hà Nam (2010 - "
                "2015); từ năm 2021 là Trưởng Ban Pháp chế HĐND tỉnh Hà Nam.")
    assert ("Đinh Thị Mai", "Trưởng", "Ban Pháp chế HĐND tỉnh Hà Nam", "holds") in got


def test_a_step_since_a_date_followed_by_a_later_step_stays_past():
    got = facts("Ông Lê Văn Ba sinh năm 1960. Năm 1990, ông về công tác tại tỉnh, từ năm 1995 là Phó Chủ tịch UBND "
                "tỉnh; năm 2000 được bầu làm Chủ tịch UBND tỉnh. Ông công tác trong ngành tư pháp, từ năm 2021 là "
                "Trưởng Ban Pháp chế HĐND tỉnh Hà Nam.")
    assert ("Lê Văn Ba", "Phó Chủ tịch", "UBND tỉnh", "former") in got
    assert ("Lê Văn Ba", "Trưởng", "Ban Pháp chế HĐND tỉnh Hà Nam", "holds") in got


def test_a_title_in_a_career_lines_bracket_is_a_step_of_the_line():
    text = ("Đồng chí Trần Văn Minh sinh năm 1940.\n"
            "Tóm tắt quá trình công tác:\n"
            "- Từ 1972 đến 1985: Trưởng phòng Nông nghiệp huyện Gia Lộc (từ năm 1980 là Phó Giám đốc Sở Nông "
            "nghiệp tỉnh Hải Hưng).\n"
            "- Từ 1989 đến 1996: Chủ tịch UBND tỉnh Thái Bình.")
    got = facts(text)
    assert ("Trần Văn Minh", "Phó Giám đốc", "Sở Nông nghiệp tỉnh Hải Hưng", "former") in got
