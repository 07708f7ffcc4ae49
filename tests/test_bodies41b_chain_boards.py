"""Bodies, forty-first round: a board written bare in a chain of titles ("Ủy viên Đoàn Chủ tịch, Phó Chủ
tịch ...", "Ủy viên Ban Thường vụ, Trưởng Ban ... Hội ...") is the board of the body the next title's
body is or belongs to, where the board's table (``chain_boards.tsv``) lets that body own it: a place's
Party committee, or a mass organisation of the Front. A next body of another kind (a people's
committee) leaves the board bare.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import officials


def named(text: str) -> set[tuple[str, str, str | None]]:
    """(person, role, organization's full name) of every post read from ``text``."""
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in officials(text).posts}


def test_a_bare_presidium_before_a_vice_chair_of_the_labour_confederation_is_the_confederations():
    got = named("Dự hội nghị có ông Lò Văn Thiết, Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Tổng Liên đoàn Lao động "
                "Việt Nam.")
    assert ("Lò Văn Thiết", "Ủy viên", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam") in got


def test_a_bare_presidium_before_a_vice_chair_of_the_fronts_central_committee_is_that_committees():
    got = named("Bà Lò Thị Mai, Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, đã trao quà.")
    assert ("Lò Thị Mai", "Ủy viên", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in got


def test_a_bare_standing_board_before_a_department_of_the_womens_union_is_the_unions_board():
    got = named("Bà Lò Thị Mai, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh Điện Biên, "
                "phát biểu.")
    assert ("Lò Thị Mai", "Ủy viên", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Điện Biên") in got
    # a people's committee owns no standing board: the board stays as written
    got = named("Ông Lò Văn Thiết, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh Điện Biên, phát biểu.")
    assert ("Lò Văn Thiết", "Ủy viên", "Ban Thường vụ") in got
