"""A standing board written bare in a chain of titles is the board of the next title's committee
(thirty-fourth round, officials34b).

"Uỷ viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh uỷ X" writes the committee once, after the last
title: the standing board is the Tỉnh uỷ X's, not another board the report names (the Huyện ủy whose
congress the report is about). The sentences are our own, in the shape of congress reports.
"""

from __future__ import annotations

from tests.fixtures_officials import officials


def _bodies(text: str) -> dict[tuple[str, str], str]:
    return {(p.person.name, p.role): p.org.name for p in officials(text).posts if p.org is not None}


def test_the_bare_board_takes_the_committee_of_the_next_title():
    got = _bodies("Đại hội Đảng bộ huyện Cam Lộ lần thứ XX khai mạc. Ông Hồ Văn Bình, Ủy viên Ban Thường vụ "
                  "Huyện ủy Cam Lộ chủ trì. Dự có ông Trần Văn Tâm, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận "
                  "Tỉnh ủy Quảng Bình.")
    assert got[("Trần Văn Tâm", "Ủy viên")] == "Ban Thường vụ Tỉnh ủy Quảng Bình"
    assert got[("Hồ Văn Bình", "Ủy viên")] == "Ban Thường vụ Huyện ủy Cam Lộ"


def test_a_board_written_with_its_committee_is_left_as_written():
    got = _bodies("Dự có ông Trần Văn Tâm, Ủy viên Ban Thường vụ Huyện ủy Cam Lộ, Trưởng Ban Dân vận "
                  "Tỉnh ủy Quảng Bình.")
    assert got[("Trần Văn Tâm", "Ủy viên")] == "Ban Thường vụ Huyện ủy Cam Lộ"
