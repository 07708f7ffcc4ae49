"""Words glued together in the source, places and buildings that look like names, and bodies whose
names the tables now know (issue 15, classes "persons" and "names cut short"). Sentences written
for these tests; the people in them are fictional."""

from __future__ import annotations

from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.fixtures_officials import officials, orgs_of


def _tokens(text: str) -> list[str]:
    return Tokens.of(text, key(text)).t



def _persons(text: str) -> set[str]:
    return {p.name for p in officials(text).persons}


def test_two_vietnamese_words_glued_together_are_two_tokens():
    assert _tokens("Trung QuốcNgụy Văn") == ["Trung", "Quốc", "Ngụy", "Văn"]
    assert _tokens("Trần Văn Bìnhmong rằng") == ["Trần", "Văn", "Bình", "mong", "rằng"]
    assert _tokens("Lê Văn Ađến dự") == ["Lê", "Văn", "A", "đến", "dự"]
    assert _tokens("ÔngLê Văn Tâm") == ["Ông", "Lê", "Văn", "Tâm"]


def test_foreign_and_transliterated_names_and_brands_stay_whole():
    assert _tokens("Ramón, José, Đại học Liège") == ["Ramón", ",", "José", ",", "Đại", "học", "Liège"]
    assert _tokens("Êban Y Phu gặp Khămtày Xiphănđon") == ["Êban", "Y", "Phu", "gặp", "Khămtày", "Xiphănđon"]
    assert _tokens("VnExpress, OceanBank, ASEAN") == ["VnExpress", ",", "OceanBank", ",", "ASEAN"]


def test_a_word_glued_to_a_name_is_not_part_of_the_person():
    assert _persons("Tổng Bí thư Trần Văn Bìnhmong rằng hai bên hợp tác.") == {"Trần Văn Bình"}
    assert _persons("ÔngLê Văn Tâm (60 tuổi) kể lại.") == {"Lê Văn Tâm"}


def test_streets_pavilions_palaces_and_farms_are_not_persons():
    assert _persons("Đoàn đến phố đi bộ Nguyễn Huệ, thăm Lầu Tả, Lầu Hữu.") == set()
    assert _persons("Lễ mít tinh tại Cung Văn hóa Hữu nghị.") == set()
    found = orgs_of("Ông Trần Văn Bình từng là giám đốc Nông trường Lê Văn Tám.")
    assert ("Nông trường Lê Văn Tám", "Nông trường Lê Văn Tám") in found
    assert _persons("Ông Trần Văn Bình từng là giám đốc Nông trường Lê Văn Tám.") == {"Trần Văn Bình"}


def test_a_foreign_central_military_commission_is_that_country_s():
    assert ("Quân ủy Trung ương Trung Quốc", "Quân ủy Trung ương Trung Quốc") in orgs_of(
        "Phó Chủ tịch Quân ủy Trung ương Trung Quốc Trần Văn Bình đến thăm.")


def test_departments_by_their_older_and_abbreviated_fields():
    assert orgs_of("Giám đốc Sở Khoa học, Công nghệ và Môi trường và Sở VH-TT rà soát.") == {
        ("Sở Khoa học, Công nghệ và Môi trường", "Sở Khoa học, Công nghệ và Môi trường"),
        ("Sở VH-TT", "Sở Văn hóa, Thông tin")}
    assert orgs_of("Phòng Văn hóa – Xã hội phường An Phú xác minh.") == {
        ("Phòng Văn hóa – Xã hội phường An Phú", "Phòng Văn hóa - Xã hội phường An Phú")}


def test_a_ward_named_after_a_city_with_one_more_word():
    assert orgs_of("UBND phường Quy Nhơn Nam yêu cầu hoàn trả.") == {
        ("UBND phường Quy Nhơn Nam", "Ủy ban nhân dân phường Quy Nhơn Nam")}


def test_an_intergovernmental_committee_and_a_steering_committee_with_commas():
    assert orgs_of("Kỳ họp Ủy ban Liên Chính phủ Việt Nam - Lào diễn ra.") == {
        ("Ủy ban Liên Chính phủ Việt Nam - Lào", "Ủy ban Liên Chính phủ Việt Nam - Lào")}
    written = {w for w, _ in orgs_of("Theo chỉ đạo của Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, "
                                    "tiêu cực tỉnh Thanh Hóa đối với các dự án.")}
    assert written == {"Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Thanh Hóa"}


def test_a_person_after_a_long_name_that_holds_a_place_is_not_part_of_it():
    found = orgs_of("Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh Trần Văn Bình phát biểu.")
    # (the academy's row writes its official name, "quốc gia" in lower case)
    assert ("Học viện Chính trị Quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh") in found
    assert "Trần Văn Bình" in _persons("Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh Trần Văn Bình phát biểu.")


def test_foreign_capitals_and_two_districts_are_not_persons():
    assert _persons("Đoàn thăm Trường Hữu nghị tại Viên Chăn.") == set()
    assert _persons("Các huyện Quảng Xương, Nông Cống Như Thanh, Như Xuân bầu cử.") == set()
    assert ("Ban Quản lý Khu kinh tế mở Chu Lai", "Ban Quản lý Khu kinh tế mở Chu Lai") in orgs_of(
        "Ban Quản lý Khu kinh tế mở Chu Lai đã cấp phép.")


def test_streets_after_a_house_number_with_a_letter_a_lane_or_a_slope_are_not_persons():
    assert _persons("Kéo dài phố: từ số nhà 181 Bùi Văn Xuân đến số nhà 6D Trần Phiên.") == set()
    assert _persons("Phố Bồ Đề: từ ngõ 118 Lê Văn Cừ đến dốc Hòa Kết.") == set()


def test_embassies_and_consulates_with_tai_and_a_foreign_army():
    assert orgs_of("Ông là tùy viên giáo dục Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức.") == {
        ("Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức", "Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức")}
    assert orgs_of("Tổng Lãnh sự quán Việt Nam tại Côn Minh tổ chức họp mặt.") == {
        ("Tổng Lãnh sự quán Việt Nam tại Côn Minh", "Tổng Lãnh sự quán Việt Nam tại Côn Minh")}
    assert ("Quân giải phóng nhân dân Trung Quốc", "Quân Giải phóng Nhân dân Trung Quốc") in orgs_of(
        "Đoàn đại biểu Quân giải phóng nhân dân Trung Quốc sang thăm.")
