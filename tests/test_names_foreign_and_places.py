"""Persons on unseen reports (issue 15): foreign names after a title. Every sentence is written
for these tests; the names are made up."""

from __future__ import annotations

import pytest

from kg.loaders.extract.tokens import vietnamese_syllable
from tests.fixtures_officials import officials, persons_of


@pytest.mark.parametrize("word", ["Nguyễn", "Khuya", "Quốc", "gìn", "Tập", "Bình", "Thuỷ", "UỶ", "Heng"])
def test_vietnamese_syllables(word):
    assert vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["Juan", "Fidel", "Castro", "Hernández", "Aung", "Putin", "Kovind", "Đắk"])
def test_foreign_words_are_no_vietnamese_syllable(word):
    assert not vietnamese_syllable(word)


@pytest.mark.parametrize(("text", "names"), [
    # a title, a body and a country written with its state's words, then four foreign names
    ("Chủ tịch Quốc hội Cộng hòa Cuba Pedro Alonso Ruiz Gómez phát biểu.", ["Pedro Alonso Ruiz Gómez"]),
    ("Ông bày tỏ tin tưởng vào di huấn của lãnh tụ Ernesto Valdés, tiếp tục vững bước.", ["Ernesto Valdés"]),
    ("Quan hệ được cựu Chủ tịch Ernesto Valdés và Chủ tịch Hồ Chí Minh gây dựng.",
     ["Ernesto Valdés", "Hồ Chí Minh"]),
    # a hyphen set in spaces inside a foreign name; between Vietnamese names it parts two credits
    ("Chủ tịch Cuba Miguel Soto - Vargas gửi lời chúc.", ["Miguel Soto - Vargas"]),
    ("Các đại biểu dự lễ. Ảnh: Hoàng Hoa - Văn Cảnh", ["Hoàng Hoa", "Văn Cảnh"]),
    # Sino-Vietnamese syllables after a country that follows a title
    ("Chủ tịch Trung Quốc Tề Khải Minh gửi điện mừng.", ["Tề Khải Minh"]),
    ("Quan hệ do Chủ tịch Hồ Chí Minh và Tướng Khin Maung Win gây dựng.", ["Hồ Chí Minh", "Khin Maung Win"]),
    # a company named alone elsewhere is not the person's first name
    ("Chủ tịch Microsoft Bill Gates dự. Microsoft là công ty lớn.", ["Bill Gates"]),
])
def test_foreign_names_after_a_title(text, names):
    assert persons_of(officials(text)) == names


def test_a_foreign_leader_gets_the_title_as_a_post():
    ex = officials("Quan hệ được cựu Chủ tịch Ernesto Valdés gây dựng.")
    assert [(p.person.name, p.role) for p in ex.posts] == [("Ernesto Valdés", "Chủ tịch")]


@pytest.mark.parametrize("text", [
    "Thủ tướng phát biểu tại New York hôm qua.",  # a city after a preposition
    "Năm 1994, ông được bầu làm Bí thư Thứ nhất Tỉnh ủy Villa Clara.",  # a foreign province's committee
    "Ông từng là Thị trưởng Buenos Aires.",  # "trưởng" ends "Thị trưởng": no role starts there
    "Hội nghị Ban Chấp hành Trung ương Đảng (Khóa V) diễn ra.",  # a term's numeral
])
def test_foreign_looking_words_that_are_no_person(text):
    assert persons_of(officials(text)) == []
