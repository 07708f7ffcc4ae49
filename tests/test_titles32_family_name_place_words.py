"""A family name that is also a place's common noun ("Hồ" lake, "Lăng" mausoleum, "Đình" communal house),
written capitalised right after a title and before a comma, is the holder's name, not the body's place: the
title is the name's, not the next name's (found by scripts/metamorphic_eval.py, which renamed read reports'
persons and lost 11 posts in 6 reports this way)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_leader_named_ho_in_a_list_keeps_his_title() -> None:
    got = facts("Dự mít tinh có Tổng Bí thư Hồ Thế Trung, Phó Chủ tịch nước Nịnh Minh Mãi, Thủ tướng Lê Văn Khải.")
    assert ("Hồ Thế Trung", "Tổng Bí thư", None, "holds") in got
    assert ("Nịnh Minh Mãi", "Tổng Bí thư", None, "holds") not in got


def test_a_secretary_named_lang_before_the_next_title() -> None:
    got = facts("Tham dự có Bí thư Tỉnh ủy Lăng Văn Hòa, Chủ tịch UBND tỉnh Vi Đức Hậu.")
    assert ("Lăng Văn Hòa", "Bí thư", "Tỉnh ủy", "holds") in got
    assert ("Vi Đức Hậu", "Bí thư", "Tỉnh ủy", "holds") not in got


def test_a_body_s_province_written_after_it_still_closes_the_title() -> None:
    # a guard: the lower-case place word with its province before ';' stays the body's place, no person
    got = facts("Ông Trần Văn Sơn từng là Phó giám đốc Xí nghiệp Khảo sát tỉnh Đồng Tháp; Phó giám đốc Sở Xây dựng.")
    assert got == {("Trần Văn Sơn", "Phó giám đốc", "Xí nghiệp Khảo sát", "former"),
                   ("Trần Văn Sơn", "Phó giám đốc", "Sở Xây dựng", "former")}
