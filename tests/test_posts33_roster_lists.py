"""Posts, thirty-third round: a congress's roster written as a body's heading and its members,
"<Ban Thường vụ ...> nhiệm kỳ 2025 - 2030 còn có các đồng chí: A - <titles>; B - <titles>; ...",
gives each listed member the body's "Ủy viên" when the heading says "còn có" after a term, when an
item's name is one no rule reads, and when an item's titles go on with words no rule reads.

The sentences are our own, written in the shape of congress reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

_BODY = "Ban Thường vụ Thành uỷ Hải Phòng"


def _members(got: set) -> set[str]:
    return {p for p, r, o, _ in got if r == "Ủy viên" and o == _BODY}


def test_the_rest_of_a_roster_after_a_term_and_con_co():
    got = facts(f"{_BODY} nhiệm kỳ 2025 - 2030 còn có các đồng chí: Trần Văn Bình - Chủ nhiệm Uỷ ban Kiểm "
                "tra Thành uỷ; Lê Thị Hoa - Trưởng Ban Tổ chức Thành uỷ.")
    assert _members(got) == {"Trần Văn Bình", "Lê Thị Hoa"}


def test_an_unread_name_with_its_titles_after_a_dash_does_not_end_the_roster():
    got = facts(f"{_BODY} gồm các đồng chí: Kỳ Minh Quân - Chánh Văn phòng Thành uỷ; Trần Văn Bình - "
                "Trưởng Ban Tổ chức Thành uỷ; Lê Thị Hoa - Giám đốc Công an thành phố.")
    assert {"Trần Văn Bình", "Lê Thị Hoa"} <= _members(got)


def test_unread_words_ending_an_items_titles_do_not_end_the_roster():
    got = facts(f"{_BODY} gồm các đồng chí: Trần Văn Bình - Trưởng Ban Tổ chức Thành uỷ; Phạm Quốc Toàn - "
                "Bí thư Đảng uỷ các cơ quan Đảng thành phố; Lê Thị Hoa - Giám đốc Công an thành phố.")
    assert _members(got) == {"Trần Văn Bình", "Phạm Quốc Toàn", "Lê Thị Hoa"}


def test_a_sentence_after_the_roster_is_not_read_into_it():
    got = facts(f"{_BODY} gồm các đồng chí: Trần Văn Bình - Trưởng Ban Tổ chức Thành uỷ; Lê Thị Hoa - "
                "Giám đốc Công an thành phố. Ông Phạm Quốc Toàn phát biểu tại đại hội.")
    assert "Phạm Quốc Toàn" not in _members(got)
