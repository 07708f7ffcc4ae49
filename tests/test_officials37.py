"""Officials, thirty-seventh round: a profile's "Ông có học hàm ..." makes the honorific a pronoun for the
person named before, so the posts after the degrees are that person's.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_academic_rank_of_a_profile_leaves_the_posts_after_it_with_the_person():
    got = facts("Ông Lê Quang Thành sinh năm 1962 tại Nam Định. Ông có học hàm phó giáo sư, học vị tiến sĩ, "
                "là Ủy viên Trung ương Đảng khóa XII, đại biểu Quốc hội khóa XIV.")
    assert got == {("Lê Quang Thành", "Ủy viên", "Trung ương Đảng", "holds"),
                   ("Lê Quang Thành", "đại biểu", "Quốc hội khóa XIV", "holds")}

