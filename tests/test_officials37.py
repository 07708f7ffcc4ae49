"""Officials, thirty-seventh round: a profile's "Ông có học hàm ..." makes the honorific a pronoun for the
person named before, so the posts after the degrees are that person's; a delegation written with its term
and then its province ("Trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh X") is that province's delegation of
that term.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_the_academic_rank_of_a_profile_leaves_the_posts_after_it_with_the_person():
    got = facts("Ông Lê Quang Thành sinh năm 1962 tại Nam Định. Ông có học hàm phó giáo sư, học vị tiến sĩ, "
                "là Ủy viên Trung ương Đảng khóa XII, đại biểu Quốc hội khóa XIV.")
    assert got == {("Lê Quang Thành", "Ủy viên", "Trung ương Đảng", "holds"),
                   ("Lê Quang Thành", "đại biểu", "Quốc hội khóa XIV", "holds")}


def test_a_delegation_written_with_its_term_then_its_province_keeps_both():
    ex = officials("Ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh Bình Phước "
                   "phát biểu tại hội nghị.")
    got = {(p.person.name, p.role, p.org.name, p.org.written, p.status) for p in ex.posts}
    assert got == {("Lê Văn Hòa", "Phó Bí thư", "Tỉnh ủy Bình Phước", "Tỉnh ủy", "holds"),
                   ("Lê Văn Hòa", "Trưởng", "Đoàn đại biểu Quốc hội tỉnh Bình Phước khóa XIV",
                    "Đoàn đại biểu Quốc hội khoá XIV tỉnh Bình Phước", "holds")}


def test_a_delegation_written_with_its_province_alone_is_as_before():
    got = facts("Ông Lê Văn Hòa, Trưởng Đoàn đại biểu Quốc hội tỉnh Bình Phước phát biểu tại hội nghị.")
    assert got == {("Lê Văn Hòa", "Trưởng", "Đoàn đại biểu Quốc hội tỉnh Bình Phước", "holds")}
