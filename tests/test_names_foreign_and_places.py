"""Persons on unseen reports (issue 15): foreign names after a title, and places that look like
names (a district before a name, "TP" + a city, communes, listed villages, route ends), bylines
followed by their source. Every sentence is written for these tests; the names are made up."""

from __future__ import annotations

import pytest

from kg.loaders.extract.names import foreign_fold
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
    # but a name written alone after a title elsewhere is the person's own
    ("Chủ tịch Trung Quốc Tề Khải Minh gửi điện. Chủ tịch Tề nhấn mạnh quan hệ hai nước.", ["Tề Khải Minh"]),
    ("Lãnh tụ Ernesto Valdés Ruiz qua đời. Ông Ernesto là người bạn lớn.", ["Ernesto Valdés Ruiz"]),
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


@pytest.mark.parametrize(("text", "names"), [
    # a one-syllable city between the body and the name does not start the name
    ("Chủ tịch UBND thành phố Pleiku Trần Văn Hưng phát biểu.", ["Trần Văn Hưng"]),
    ("Ông Lê Văn Tám dự phiên họp tổ Đoàn đại biểu TP Hà Nội chiều 23/10.", ["Lê Văn Tám"]),
    # a commune's two syllables, elsewhere written alone
    ("UBND xã Đồng Lạc đã họp. Người dân Đồng Lạc vui mừng.", []),
    # villages listed in brackets after a plural place word
    ("Tỉnh giãn cách 2 thôn (Hoàng Mai và Lạc Khê, thuộc xã Tiên Tiến) từ hôm nay.", []),
    # the ends of routes
    ("Thủ tướng giao hoàn thành tuyến Đồng Văn, tỉnh Lạng Sơn - Trà Linh, tỉnh Cao Bằng và các tuyến "
     "kết nối như Vinh - Thanh Thủy, Mỹ Thủy - La Lay.", []),
    # a dash between a body and a name is an apposition: the person stays
    ("Tổng Giám đốc VOV – Nguyễn Văn Kỷ cho biết.", ["Nguyễn Văn Kỷ"]),
])
def test_places_that_look_like_names(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize("tail", ["Minh PhươngTheo Reuters", "Minh Phương Theo Reuters", "Minh Phương Theo TTXVN"])
def test_a_byline_followed_by_its_source(tail):
    ex = officials(f"Hội nghị diễn ra sáng nay.\n{tail}")
    assert [(p.name, p.credit) for p in ex.persons] == [("Minh Phương", True)]


@pytest.mark.parametrize(("text", "names"), [
    ("Hai đại biểu là ông Trần Anh Tuấn và Văn Thị Bạch Tuyết dự.", ["Trần Anh Tuấn", "Văn Thị Bạch Tuyết"]),
    ("Tại Thị xã Sơn Tây và Thị Trấn Đông Anh, người dân vui mừng.", []),
])
def test_a_family_name_not_on_the_list_before_thi(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Các tổ chức tôn giáo do Hòa thượng Thích Trí Minh, Phó Chủ tịch Hội đồng Trị sự dẫn đầu.", ["Thích Trí Minh"]),
    ("Dự lễ có thượng tọa Thích Minh Đức.", ["Thích Minh Đức"]),
])
def test_a_monk_after_his_rank(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Dự có các đồng chí Nguyễn Văn Đạm, Sa Như Hoa, Nguyễn Minh Quảng.",
     ["Nguyễn Văn Đạm", "Sa Như Hoa", "Nguyễn Minh Quảng"]),
    ("Các nhạc sĩ Nguyễn Ngọc Thiên, Hoài Ân và Nguyễn Nhất Hải cùng hát.",
     ["Nguyễn Ngọc Thiên", "Hoài Ân", "Nguyễn Nhất Hải"]),
    ("Ông Nguyễn Văn Đạm, Bộ Công an, Nguyễn Minh Quảng dự.", ["Nguyễn Văn Đạm", "Nguyễn Minh Quảng"]),
])
def test_a_name_listed_between_two_names(text, names):
    assert persons_of(officials(text)) == names


def test_foreign_fold_joins_two_spellings_of_a_foreign_name_only():
    caption, text = ("esteban", "lazo", "hernández"), ("juan", "esteban", "lazo", "hernandez")
    assert tuple(map(foreign_fold, caption)) == tuple(map(foreign_fold, text))[-3:]
    assert foreign_fold("josé") == "jose"
    assert [foreign_fold(w) for w in ("hùng", "hưng", "cự", "cử", "thành", "thanh")] == \
        ["hùng", "hưng", "cự", "cử", "thành", "thanh"]
