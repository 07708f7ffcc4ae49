"""A Party unit written bare in a run of titles is the unit of the body the next title names (issue 15,
fourteenth round; orgs14's rule, landed by the lead). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import officials


def posts(text: str) -> set[tuple[str, str, str]]:
    """(role, organization as written, canonical organization name) of every post read from ``text``."""
    return {(p.role, p.org.written, p.org.name) for p in officials(text).posts if p.org is not None}


def test_a_bare_party_committee_before_a_department_is_that_department_s():
    assert posts("Ông Trần Văn Hùng, Bí thư Đảng ủy, Giám đốc Sở Xây dựng tỉnh Nam Định, cho biết.") == {
        ("Bí thư", "Đảng ủy", "Đảng ủy Sở Xây dựng tỉnh Nam Định"),
        ("Giám đốc", "Sở Xây dựng tỉnh Nam Định", "Sở Xây dựng tỉnh Nam Định")}


def test_the_party_committee_before_a_commune_s_government_is_the_commune_s():
    assert ("Bí thư", "Đảng ủy", "Đảng ủy phường Tân Định") in posts(
        "Bà Lê Thị Mai, Bí thư Đảng ủy, Chủ tịch UBND phường Tân Định, phát biểu.")


def test_the_party_board_before_a_provincial_government_is_that_government_s():
    assert ("Bí thư", "Ban cán sự đảng", "Ban cán sự Đảng Ủy ban nhân dân tỉnh Nam Định") in posts(
        "Ông Phạm Văn Nam, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Nam Định, chủ trì.")


def test_a_body_named_neither_by_place_nor_name_leaves_the_unit_bare():
    assert ("Bí thư", "Đảng ủy", "Đảng ủy") in posts(
        "Ông Vũ Văn Hải, Bí thư Đảng ủy, Phó Giám đốc Công an cho biết.")
