"""Organizations, round 32 (orgs32): a level word closing one body's name before a comma and a
capitalised body ("Ban Dân tộc tỉnh, Tỉnh đoàn") ends that body: the capitalised word after the comma
starts a body of its own ("Tỉnh đoàn", "Huyện ủy"), it does not list a second level of the first
("HĐND huyện, thị xã" lists levels, in lower case). Sentences written for these tests, in the shape
of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_body_closed_by_its_level_word_then_a_level_compound_body_are_two_bodies():
    assert orgs_of("Dự buổi làm việc có lãnh đạo Ban Dân tộc tỉnh, Tỉnh đoàn và các sở, ngành.") == {
        ("Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh"), ("Tỉnh đoàn", "Tỉnh đoàn")}


def test_a_district_office_then_the_district_committee():
    assert orgs_of("Phòng Nội vụ huyện, Huyện ủy đã thống nhất phương án.") == {
        ("Phòng Nội vụ huyện", "Phòng Nội vụ huyện"), ("Huyện ủy", "Huyện ủy")}


def test_levels_listed_in_lower_case_are_still_levels():
    # "UBND huyện, xã": the committees of both levels, no one body
    assert orgs_of("Lãnh đạo UBND huyện, xã đã có mặt.") == set()
