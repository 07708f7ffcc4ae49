"""A fronted clause "Trong thời gian giữ chức A, B, C (tỉnh X), ông Y ..." before a full name gives
its titles the fronted cue's status (issue 15, round 24): the place in brackets after the last
title does not stop the rule. The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_titles_of_a_fronted_clause_before_a_full_name_are_former():
    got = facts("Trong thời gian giữ chức Bí thư Chi bộ, Trưởng phòng Tài nguyên và Môi trường thành phố Hoà "
                "Bình (tỉnh Hoà Bình), ông Trần Văn Nam đã thiếu trách nhiệm trong công tác quản lý đất đai.")
    assert got == {("Trần Văn Nam", "Bí thư", "Chi bộ", "former"),
                   ("Trần Văn Nam", "Trưởng", "phòng Tài nguyên và Môi trường thành phố Hoà Bình", "former")}


def test_a_fronted_clause_with_a_held_cue_leaves_the_titles_held():
    got = facts("Trên cương vị Giám đốc Sở Tài chính tỉnh Hoà Bình, ông Trần Văn Nam đã chỉ đạo quyết liệt.")
    assert ("Trần Văn Nam", "Giám đốc", "Sở Tài chính tỉnh Hoà Bình", "holds") in got
