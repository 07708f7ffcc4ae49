"""A place written once after two bodies, each after the same role ("Chủ tịch HĐND, Chủ tịch UBND
TP X"), is the place of both: one person heads the place's council and committee. Another role
between them keeps the first body to the rules it had. Sentences written for these tests; the
people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_the_same_role_before_each_body_shares_the_city():
    assert org_names("Ông Lê Văn Tư, Chủ tịch HĐND, Chủ tịch UBND TP Hải Phòng, dự họp.") == {
        "Hội đồng nhân dân thành phố Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng"}


def test_the_same_deputy_role_joined_by_và_shares_the_province():
    assert org_names("Bà Trần Thị Mai, Phó Chủ tịch HĐND và Phó Chủ tịch UBND tỉnh Lâm Đồng, phát biểu.") == {
        "Hội đồng nhân dân tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng"}


def test_a_list_of_places_after_the_bodies_shares_none():
    assert "Hội đồng nhân dân" in org_names("Ông Lê Văn Tư, Chủ tịch HĐND, Chủ tịch UBND Hà Nội và TP HCM, được hưởng.")
