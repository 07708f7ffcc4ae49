"""Titles written before a name with the place of their body between them and the name, as items of their own:
"Chủ tịch UBND xã X, huyện Y (Z) Tên", "Bí thư Đảng ủy phường X, thành phố Y Tên". The titles are the name's; the
place items are not a person's and give no post.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_district_and_a_bracketed_province_between_a_commune_title_and_the_name():
    got = pipeline_posts("Chủ tịch UBND xã Phúc Sơn, huyện Lục Ngạn (Bắc Giang) Hà Văn Toàn cho biết xã đã làm "
                         "xong đường liên thôn.", "Nông thôn mới ở Lục Ngạn")
    assert ("Hà Văn Toàn", "Chủ tịch", "UBND xã Phúc Sơn", "holds") in got
    # a place after a verb is where someone went, not the body of a title written before it
    got = pipeline_posts("Ông Lê Văn Quang, Chủ tịch UBND tỉnh, đã đến xã Phúc Sơn, huyện Lục Ngạn (Bắc Giang) Hà "
                         "Văn Toàn đón đoàn.", "Kiểm tra mô hình")
    assert not any(p[0] == "Hà Văn Toàn" for p in got)


def test_a_district_and_a_province_each_after_a_comma_between_the_title_and_the_name():
    got = pipeline_posts("Theo Bí thư Đảng ủy xã Đông Hưng, huyện Tiên Lãng, thành phố Hải Phòng Vũ Thị Lan, xã đã "
                         "hoàn thành chỉ tiêu.", "Xây dựng Đảng ở cơ sở")
    assert ("Vũ Thị Lan", "Bí thư", "Đảng ủy xã Đông Hưng", "holds") in got


def test_a_town_written_with_a_two_word_level_between_the_title_and_the_name():
    got = pipeline_posts("Phó Chủ tịch UBND phường Nam Sơn, thị xã Phú Lộc (Huế) Trịnh Văn Hải phát biểu tại buổi lễ.",
                         "Lễ ra quân")
    assert ("Trịnh Văn Hải", "Phó Chủ tịch", "UBND phường Nam Sơn", "holds") in got

