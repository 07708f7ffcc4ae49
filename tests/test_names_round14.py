"""Persons on unseen reports (issue 15, fourteenth round): the last name of a list whose family name
is not on the list, ethnic-minority names (Ê Đê, Jrai: "Niê", "Y", "H'"), a photo credit labelled
"Ảnh minh họa", and a caption running into the next sentence at a time of day ("Sáng nay 8-2, ...").
Every sentence is written for these tests; the names are made up."""

from __future__ import annotations

import pytest

from kg.loaders.extract.names import find_names
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.fixtures_officials import officials, persons_of


@pytest.mark.parametrize(("text", "persons"), [
    # the list ends with a full stop
    ("Ngân hàng đã cho vay 3 ông: Nguyễn Văn Lực, Lê Đức Hòa, Cát Quang Vũ.",
     ["Nguyễn Văn Lực", "Lê Đức Hòa", "Cát Quang Vũ"]),
    # a verb follows the list
    ("Với 100% phiếu bầu, ông Hoàng Văn Lâm, Trinh Văn Khải được bầu giữ chức Chủ tịch HĐND.",
     ["Hoàng Văn Lâm", "Trinh Văn Khải"]),
    # "và" before the last name, a semicolon after it
    ("Kỷ luật các ông Trần Minh Đạt và Hàm Hữu Lộc; trong đó ông Đạt bị cảnh cáo.",
     ["Trần Minh Đạt", "Hàm Hữu Lộc"]),
    # a foreign leader after "và", his title after a dash
    ("Ông gặp Chủ tịch Mao Trạch Đông và Josip Broz Tito - Tổng thống nước này.",
     ["Mao Trạch Đông", "Josip Broz Tito"]),
])
def test_the_last_name_of_a_list(text, persons):
    assert persons_of(officials(text)) == persons


@pytest.mark.parametrize("text", [
    # a place after the comma is no person
    "Theo ông Nguyễn Văn Lực, Thanh Hóa cần thêm vốn.",
    # a road named after a person, after the comma
    "Theo đại biểu Phương Hữu Lực, Đường Hồ Chí Minh chủ yếu phục vụ vận tải.",
    # a title after the comma
    "Ông Nguyễn Văn Lực, Phó Chủ tịch UBND tỉnh, cho biết như vậy.",
])
def test_what_follows_a_name_and_a_comma_is_not_always_a_person(text):
    assert persons_of(officials(text)) == [persons_of(officials(text))[0]]


@pytest.mark.parametrize(("text", "persons"), [
    # Ê Đê family names written first, in a numbered list with the title after
    ("Danh sách: 1. Niê Kdam, Bí thư Tỉnh ủy Đắk Lắk; 2. Y Khuê, Bí thư Tỉnh ủy Kon Tum.",
     ["Niê Kdam", "Y Khuê"]),
    # a woman's name begins with "H'" (its family name is no Kinh one either)
    ("Hai chị em Y Ngôn Mlô và H’Lan Mlô phải nhập viện.", ["Y Ngôn Mlô", "H’Lan Mlô"]),
    # a rare Kinh family name after a profession
    ("Trong đó, Luật gia Ấu Duy Lâm, Chủ tịch Hội Luật gia tỉnh, tái cử.", ["Ấu Duy Lâm"]),
])
def test_ethnic_minority_and_rare_family_names(text, persons):
    assert persons_of(officials(text)) == persons


def test_a_photo_credited_as_an_illustration():
    ex = officials("Ông Trần Văn Lực dự lễ.\nẢnh minh họa: Xuân Mai\nBuổi lễ diễn ra trang trọng.")
    assert persons_of(ex) == ["Trần Văn Lực", "Xuân Mai"]
    assert ex.persons[1].credit


def test_an_illustration_credit_running_into_the_next_sentence():
    ex = officials("Hàng hóa qua cửa khẩu tăng. Ảnh minh hoạ: Phạm Công Đáng chú ý, lượng xe giảm.")
    assert persons_of(ex) == ["Phạm Công"]


@pytest.mark.parametrize("start", ["Sáng nay 8-2,", "Trưa qua,", "Đáng chú ý,", "Trao đổi với phóng viên,"])
def test_a_time_of_day_ends_a_caption_that_runs_on(start):
    # a caption's name glued to the next sentence, with no full stop between
    ex = officials(f"Đại biểu Lê Văn Lực {start} hội nghị tiếp tục làm việc.")
    assert persons_of(ex) == ["Lê Văn Lực"]


@pytest.mark.parametrize(("text", "persons"), [
    # a role, the level's word with no place named, then the officer's full name
    ("Vợ Chủ tịch xã Trần Văn Lực cũng được giao đất.", ["Trần Văn Lực"]),
    ("Kỷ luật hai phó chủ tịch huyện Nguyễn Văn Hòa, Nguyễn Đình Lâm.", ["Nguyễn Văn Hòa", "Nguyễn Đình Lâm"]),
    ("Chủ tịch thành phố Huỳnh Đức Lâm được 29 phiếu tín nhiệm cao.", ["Huỳnh Đức Lâm"]),
    ("Ông Lê Văn Lực là Chánh văn phòng HĐND - UBND huyện Trương Văn Lộc.", ["Lê Văn Lực", "Trương Văn Lộc"]),
])
def test_the_officer_of_a_level_named_after_it(text, persons):
    assert persons_of(officials(text)) == persons


@pytest.mark.parametrize("text", [
    # a district named like a person stays a place
    "Ông Lê Văn Lực, Chủ tịch UBND huyện Trần Văn Thời, dự lễ.",
    # a street after "phố" stays a street, a role or not
    "Ông Lê Văn Lực, Tổ trưởng tổ dân phố Lý Thường Kiệt, dự lễ.",
])
def test_a_place_after_the_level_stays_a_place(text):
    assert persons_of(officials(text)) == ["Lê Văn Lực"]


def test_a_writers_credit_labelled_bai():
    ex = officials("Ông Trần Văn Lực dự lễ. Buổi lễ diễn ra trang trọng.\nTin, bài: Minh Vương - Lê Khánh")
    assert persons_of(ex) == ["Trần Văn Lực", "Minh Vương", "Lê Khánh"]
    assert [p.credit for p in ex.persons] == [False, True, True]


@pytest.mark.parametrize("text", [
    # a ward: wards are often named after persons
    "Ông Lê Văn Lực, Chủ tịch UBND phường Trần Hưng Đạo, dự lễ.",
    # the run's own place after it: a commune named after a person
    "Ông Lê Văn Lực, Chủ tịch UBND xã Hoàng Văn Thụ, huyện Bình Lục, dự lễ.",
])
def test_the_name_reader_leaves_a_ward_or_a_placed_commune_a_place(text):
    # (the title reader of officials.py still reads such a place as a person: requests.md)
    toks = Tokens.of(text, key(text))
    names = [" ".join(toks.t[h.start : h.end]) for h in find_names(toks, set())]
    assert names == ["Lê Văn Lực"]
