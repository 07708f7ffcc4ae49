"""Persons, round 31 (persons42): the reverent name "Bác Hồ" after a cue that names a thing after a
person ("thành phố mang tên ...") is the man himself when a word of reverence follows it
("... mang tên Bác Hồ kính yêu": loaders/data/person_reverence.tsv), as the gold convention of conv25
reads it; without such a word the city's name names no one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of


def test_a_revered_name_after_a_naming_cue_is_the_man():
    ex = officials("Cán bộ và nhân dân quyết tâm xây dựng thành phố mang tên Bác Hồ kính yêu ngày càng văn minh.")
    assert persons_of(ex) == ["Bác Hồ"]


@pytest.mark.parametrize("text", [
    "Cán bộ và nhân dân quyết tâm xây dựng thành phố mang tên Bác ngày càng văn minh.",
    "Cán bộ và nhân dân quyết tâm xây dựng thành phố mang tên Bác Hồ ngày càng văn minh.",
])
def test_a_city_named_after_the_man_without_reverence_names_no_one(text):
    assert persons_of(officials(text)) == []


def test_an_honour_after_the_revered_name_names_no_one():
    assert persons_of(officials("Các em học sinh phấn đấu trở thành cháu ngoan Bác Hồ kính yêu.")) == []
