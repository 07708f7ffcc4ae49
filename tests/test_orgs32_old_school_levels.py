"""Organizations, round 32 (orgs32): the old school levels "Trường cấp I/II/III" (also "cấp 1/2/3"),
written in biographies of those who taught or studied before the 1990s, are schools named by their
level like "Trường THCS" (organizations.tsv, the truong row). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_an_old_lower_secondary_school_is_a_school():
    text = "Từ năm 1960 đến 1968, ông Phan Văn Lộc là giáo viên, rồi Hiệu trưởng Trường cấp II Nghi Lộc."
    assert orgs_of(text) == {("Trường cấp II Nghi Lộc", "Trường cấp II Nghi Lộc")}
    assert ("Phan Văn Lộc", "Hiệu trưởng", "Trường cấp II Nghi Lộc", "former") in facts(text)


def test_the_level_written_in_digits():
    assert orgs_of("Bà Lê Thị Lan, Hiệu trưởng Trường cấp 3 Lê Lợi, phát biểu.") == {
        ("Trường cấp 3 Lê Lợi", "Trường cấp 3 Lê Lợi")}
