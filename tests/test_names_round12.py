"""Persons on unseen reports (issue 15, twelfth round): places written the way names are (streets
in a list, a spot after "ở"/"tại", a city's short name), a credit that names its source, the news
agency's transliterated countries and initials, a country between an honorific and a foreign name,
rare family names. Every sentence is written for these tests; the names are made up."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of


@pytest.mark.parametrize(("text", "names"), [
    # the agency writes a country in hyphenated syllables: the country, then the person
    ("Thủ tướng Ma-lai-xi-a Na-bin Ra-xát dự hội nghị.", ["Na-bin Ra-xát"]),
    ("Tổng thống In-đô-nê-xi-a Gia-cô Xu-tô-mô phát biểu.", ["Gia-cô Xu-tô-mô"]),
    # and a foreign given name by its initial, glued to the family name with a dot
    ("Tại cuộc gặp Tổng thống Bê-la-rút A.Pê-trô-vích, hai bên nhất trí.", ["A.Pê-trô-vích"]),
    ("Chủ tịch nước hội đàm với Tổng thống P.Ma-lô-xi.", ["P.Ma-lô-xi"]),
    # written in full elsewhere in the report: one person, named there
    ("Tổng thống Nga Vladimir Orlov đón đoàn. Tổng thống V.Orlov nhấn mạnh quan hệ hai nước.",
     ["Vladimir Orlov"]),
])
def test_transliterated_countries_and_initials(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize("text", [
    # "Q." abbreviates quận: a district after a title, no initial of a name
    "Bà Hà Thị Lụa, Chủ tịch UBND Q.Tân Phú, dự họp.",
])
def test_a_place_abbreviation_is_no_initial(text):
    assert persons_of(officials(text)) == ["Hà Thị Lụa"]


@pytest.mark.parametrize(("text", "names"), [
    ("Nhà báo Mỹ David Kellner kể lại chuyến đi.", ["David Kellner"]),
    ("Bà Mỹ Linh hát bài ca chiến thắng.", ["Mỹ Linh"]),  # a name that begins like a country
])
def test_a_country_between_an_honorific_and_a_foreign_name(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize("text", [
    # a list of streets after "như", and a street named after someone with four syllables
    "Dọc các phố lớn như Trần Văn Ất, Lê Thị Bính, Phan Đình Cúc tấp nập người.",
    "Người dân bày hàng trên đường Nguyễn Văn Giáp, Lê Thị Hồng Dậu, Hàm Nghi.",
    # a commune or a spot right after "ở" / "tại", two syllables
    "Đối thoại với người dân ở Đồng Khê đã diễn ra. Vụ việc ở Đồng Khê được làm rõ.",
    "Nhà máy dự kiến đặt tại Long Hà (Vũng Tàu).",
    # a city's short name, as people say it
    "Hai cánh cửa mang tên Nha Trang và Phan Rang.",
])
def test_places_that_look_like_names(text):
    assert persons_of(officials(text)) == []


def test_a_person_after_a_preposition_keeps_three_syllables():
    assert persons_of(officials("Vụ việc liên quan đến Trần Văn Khuê được làm rõ.")) == ["Trần Văn Khuê"]


@pytest.mark.parametrize(("text", "names"), [
    ("Ông Võ Văn Tâm phát biểu. (Ảnh: Tuổi Trẻ)", ["Võ Văn Tâm"]),
    ("Ông Võ Văn Tâm phát biểu. Ảnh: Internet Ngày 2/5, hội nghị khai mạc.", ["Võ Văn Tâm"]),
    ("Ông Võ Văn Tâm phát biểu. (Ảnh: Đại Đoàn Kết)", ["Võ Văn Tâm"]),
    ("Ông Võ Văn Tâm phát biểu. Ảnh: Thanh Lâm", ["Võ Văn Tâm", "Thanh Lâm"]),  # a photographer
])
def test_a_credit_that_names_its_source(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Ứng cử viên gồm Khuất Văn Lộc (sinh năm 1970); Chử Thị Hằng (sinh năm 1975).",
     ["Khuất Văn Lộc", "Chử Thị Hằng"]),
    ("Bộ trưởng Quốc phòng Trung Quốc Ngụy Quang Hòa dự.", ["Ngụy Quang Hòa"]),
])
def test_rare_family_names(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize(("text", "names"), [
    # a bare house number, the street, then a ward or a district: an address
    ("Ông Lê Văn Nghĩa, công nhân, 19C Nguyễn Văn Bính, phường 4, nói.", ["Lê Văn Nghĩa"]),
    ("Lễ khánh thành tòa nhà (12 Đinh Văn Toàn, Q.1) có Phó Chủ tịch nước Trương Mỹ Lan.", ["Trương Mỹ Lan"]),
    # a ward's own number, then its secretary: a person
    ("Theo Bí thư Đảng ủy phường Mỹ Đình 2 Lưu Chí Hải, phường đang làm đường.", ["Lưu Chí Hải"]),
])
def test_an_address_with_a_bare_house_number(text, names):
    assert persons_of(officials(text)) == names


def test_a_chinese_leaders_family_name():
    text = "Truyền thống do Chủ tịch Hồ Chí Minh và Chủ tịch Mao Trạch Đông gây dựng."
    assert persons_of(officials(text)) == ["Hồ Chí Minh", "Mao Trạch Đông"]


def test_a_byline_that_begins_with_a_middle_name_like_a_place_word():
    text = "Ông Trần Văn Lực được bầu làm Bí thư.\nĐình Tấn (Tổng hợp)\nÔng Lực sinh năm 1970."
    assert persons_of(officials(text)) == ["Trần Văn Lực", "Đình Tấn"]


def test_a_line_that_begins_with_a_street_is_no_byline():
    text = "Ông Trần Văn Lực được bầu làm Bí thư.\nĐường Lê Thánh\nÔng Lực sinh năm 1970."
    assert persons_of(officials(text)) == ["Trần Văn Lực"]


@pytest.mark.parametrize(("text", "names"), [
    # a hyphen glued between two Vietnamese names of a credit parts two writers
    ("Hai bên ký biên bản./. Hà Tường-Việt Khánh/VOV.VN", ["Hà Tường", "Việt Khánh"]),
    # a Lao name's hyphens join its syllables
    ("Bộ trưởng Lào Bun-Thon Xẻng-Khăm-Mi dự.", ["Bun-Thon Xẻng-Khăm-Mi"]),
    # a crossroads named by its two streets
    ("Tôi thường đi qua ngã tư rất đông là Thái Hà-Láng Trung mỗi sáng.", []),
])
def test_a_glued_hyphen_between_vietnamese_names(text, names):
    assert persons_of(officials(text)) == names
