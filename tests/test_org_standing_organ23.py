""""cơ quan thường trực của X" says what a body is (X's standing organ); "thường trực" written there
in lower case is no standing unit of X. Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_the_standing_organ_of_a_body_is_no_unit_of_it():
    assert org_names("Ủy ban Thường vụ Quốc hội là cơ quan thường trực của Quốc hội.") == {
        "Ủy ban Thường vụ Quốc hội", "Quốc hội"}


def test_a_standing_unit_with_its_capital_stays():
    assert "Thường trực Hội đồng nhân dân tỉnh" in org_names("Thường trực HĐND tỉnh đã họp phiên thường kỳ.")


def test_a_standing_agency_named_without_của_stays():
    assert "Thường trực Ban Chỉ đạo Tây Bắc" in org_names("Đoàn làm việc với Cơ quan thường trực Ban chỉ đạo Tây Bắc.")
