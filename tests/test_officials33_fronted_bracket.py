"""A fronted clause whose last title carries a bracketed aside ("Trong thời gian là Giám đốc Sở X (nay là Sở
Y), bà A ...", "Trên cương vị Bí thư Chi bộ, Vụ trưởng Vụ 12 (Viện Kiểm sát nhân dân tối cao), đồng chí B
...") gives its titles to the subject named after the comma, a full name or a short one: the rule of titles
written right before a name does not reach past the bracket. The aside may be as long as a parent body's
name (12 tokens). Corpus: a fronted cue, a title, a bracket and the subject: 7 reports, 2 of them with a
title before the bracket (the others date the clause)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_renamed_body_in_brackets_before_a_short_name() -> None:
    got = facts("Bà Phan Thị Mỹ Hạnh bị kỷ luật cảnh cáo. Trong thời gian là Giám đốc Sở Công nghiệp (nay là "
                "Sở Công Thương), bà Hạnh đã thiếu trách nhiệm trong quản lý dự án.")
    assert got == {("Phan Thị Mỹ Hạnh", "Giám đốc", "Sở Công nghiệp", "former")}


def test_a_parent_body_in_brackets_before_a_full_name() -> None:
    got = facts("Trên cương vị Bí thư Chi bộ, Vụ trưởng Vụ 7 (Viện Kiểm sát nhân dân tối cao), đồng chí "
                "Trần Văn Sáu luôn hoàn thành tốt nhiệm vụ được giao.")
    assert got == {("Trần Văn Sáu", "Bí thư", "Chi bộ", "holds"), ("Trần Văn Sáu", "Vụ trưởng", "Vụ 7", "holds")}
