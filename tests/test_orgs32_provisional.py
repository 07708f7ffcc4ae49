"""Organizations, round 32 (orgs32): "lâm thời" written after a body's whole name ("UBND tỉnh X
lâm thời", "Chính phủ lâm thời", "Thành ủy lâm thời") names the provisional body, a body of its own
(the gold's "Chính phủ lâm thời", "UBND tỉnh Hà Tĩnh lâm thời"). Sentences written for these tests,
in the shape of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_provincial_committee_written_provisional_is_its_own_body():
    text = "Năm 1946, ông Lê Văn Hòa được chỉ định làm Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định lâm thời."
    assert ("UBND tỉnh Nam Định lâm thời", "Ủy ban nhân dân tỉnh Nam Định lâm thời") in orgs_of(text)
    assert ("Lê Văn Hòa", "Chủ tịch", "UBND tỉnh Nam Định lâm thời", "appointed") in facts(text)


def test_the_provisional_government():
    assert orgs_of("Ông là Bộ trưởng trong Chính phủ lâm thời đầu tiên của nước ta.") == {
        ("Chính phủ lâm thời", "Chính phủ lâm thời")}


def test_a_unit_of_a_provisional_committee_keeps_it():
    assert orgs_of("Ban Chấp hành Thành ủy lâm thời gồm 7 ủy viên.") == {
        ("Ban Chấp hành Thành ủy lâm thời", "Ban Chấp hành Thành ủy lâm thời"),
        ("Thành ủy lâm thời", "Thành ủy lâm thời")}


def test_provisional_written_apart_from_a_name_is_no_part_of_it():
    # "hoạt động lâm thời": the work, not a body's name
    assert orgs_of("Sau một năm hoạt động lâm thời, Tỉnh ủy Quảng Trị đã tổ chức đại hội.") == {
        ("Tỉnh ủy Quảng Trị", "Tỉnh ủy Quảng Trị")}
