"""Persons (issue 15, seventeenth round): a name written right after a country whose last syllable
is also a common noun of place ("Nhật Bản": "bản" is a village only in lower case). Every sentence
is written for these tests; the names are made up."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of


@pytest.mark.parametrize(("text", "persons"), [
    # an ambassador named after the country he serves in
    ("Dự lễ có Đại sứ Việt Nam tại Nhật Bản Lương Văn Tâm và đại diện các bộ.", ["Lương Văn Tâm"]),
    # the same after another title in a list
    ("Có mặt Bí thư Tỉnh ủy Lò Văn Hải; Đại sứ Việt Nam tại Nhật Bản Đặng Minh Quý.",
     ["Lò Văn Hải", "Đặng Minh Quý"]),
])
def test_a_name_after_a_country_ending_in_a_place_word(text, persons):
    assert persons_of(officials(text)) == persons


@pytest.mark.parametrize("text", [
    # a village written with its word in lower case is still a village
    "Đoàn công tác về thăm bản Lò Văn Mạnh của huyện.",
    # a street is still a street
    "Cửa hàng nằm trên phố Lê Văn Hưu.",
])
def test_a_lower_case_place_word_still_names_a_place(text):
    assert persons_of(officials(text)) == []
