"""A secretary written with a bare place ("Bí thư TP.HCM") where the report names that place's Party
committee ("Thành ủy TP.HCM"): the secretary is the committee's, and that mention of the place is no
body of the report by itself. With no committee named, the place stays the post's body (the gold
convention: "Bí thư | tỉnh Đồng Tháp"). Sentences written for these tests; the people in them are
fictional."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def _bodies(text: str) -> set[str]:
    return {o.name for o in officials(text).organizations}


def test_a_headline_secretary_of_the_city_beside_its_committee_names_no_city():
    text = "Bí thư TP.HCM thăm hộ dân. Bí thư Thành ủy TP.HCM Nguyễn Văn Nam nói."
    assert _bodies(text) == {"Thành ủy Hồ Chí Minh"}
    assert facts(text) == {("Nguyễn Văn Nam", "Bí thư", "Thành ủy TP.HCM", "holds")}


def test_the_citys_other_bodies_stay():
    text = "Bí thư TP.HCM thăm UBND TP.HCM. Ông Nguyễn Văn Nam, Bí thư Thành ủy TP.HCM, nói."
    assert _bodies(text) == {"Thành ủy Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"}


def test_with_no_committee_named_the_place_is_the_posts_body():
    text = "Bí thư TP.HCM Nguyễn Văn Nam thăm hộ dân."
    assert _bodies(text) == {"thành phố Hồ Chí Minh"}
    assert facts(text) == {("Nguyễn Văn Nam", "Bí thư", "TP.HCM", "holds")}
