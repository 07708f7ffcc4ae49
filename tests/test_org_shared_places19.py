"""Organizations, nineteenth round: a place written once after a list of bodies is each body's.

In a list of bodies joined by "," or "và" whose items are bare heads of local bodies ("Thành ủy",
"Tỉnh ủy", "HĐND", "UBND", "Ủy ban MTTQ", a "Sở" by its field), the place written after the last
item is the place of each bare item: "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh X" names four bodies of
X; a level word alone ("Huyện ủy và UBND huyện") too. An item that writes its own place keeps it
and ends the list; so does a word that is no body's head, and a place of another level than the
body's ("Tỉnh ủy, Thành ủy Y": a city's place is no province's). A plural with no place's name
("UBND, UBMTTQ các xã") has no place to share.

Sentences are ours, in the shape of the reports'; the names are made up or generic.
"""

from __future__ import annotations

from tests.test_resolution import report


def names(text: str) -> set[str]:
    return {o.name for o in report("t", text).organizations}


def test_four_bodies_of_one_province():
    got = names("Sáng 3/2, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức lễ kỷ niệm "
                "ngày thành lập Đảng.")
    assert {"Tỉnh ủy Lào Cai", "Hội đồng nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai"} <= got
    assert "Hội đồng nhân dân" not in got and "Ủy ban nhân dân" not in got


def test_a_city_list_joined_by_and():
    got = names("Thành ủy, HĐND, UBND và Liên đoàn Lao động TP Đà Nẵng đã gặp mặt các doanh nghiệp.")
    assert {"Thành ủy Đà Nẵng", "Hội đồng nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng",
            "Liên đoàn Lao động thành phố Đà Nẵng"} <= got
    assert "Hội đồng nhân dân" not in got


def test_departments_by_field_share_the_province():
    got = names("Sở Tài chính, Sở Xây dựng tỉnh Hà Giang được giao rà soát dự án.")
    assert {"Sở Tài chính tỉnh Hà Giang", "Sở Xây dựng tỉnh Hà Giang"} <= got


def test_a_district_list():
    got = names("Huyện ủy, UBND huyện Quảng Xương chỉ đạo xử lý nghiêm vụ việc.")
    assert {"Huyện ủy Quảng Xương", "Ủy ban nhân dân huyện Quảng Xương"} <= got


def test_a_place_of_another_level_is_not_shared():
    got = names("Đoàn đã làm việc với Sở Nội vụ, Thành ủy Phan Thiết về công tác cán bộ.")
    assert "Sở Nội vụ thành phố Phan Thiết" not in got and "Thành ủy Phan Thiết" in got


def test_a_plural_has_no_place_to_share():
    got = names("UBND, UBMTTQ các xã đã ra quân dọn vệ sinh.")
    assert not any("xã" in n for n in got)


def test_a_level_word_is_shared_like_a_name():
    got = names("UBND huyện Yên Thành nhận phản ánh việc chậm cấp giấy. Huyện ủy và UBND huyện đã chỉ đạo "
                "các xã rà soát hồ sơ.")
    assert got == {"Huyện ủy Yên Thành", "Ủy ban nhân dân huyện Yên Thành"}
