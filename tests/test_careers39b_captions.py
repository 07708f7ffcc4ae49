"""Captions, thirty-ninth round (second wave): a photo story shows an event the report dates elsewhere by its day in
brackets ("Lễ kỷ niệm 50 năm ký Hiệp định Genève (21/7/1954)"); a caption naming that event, ten years or more
before the report, shows the titles of that time, which are former. A caption's opening sentence with no title
("Các bức ảnh tại lễ ký Hiệp định Genève.") runs on into the next, which names the signatories; the caption of the
next photo of the series ("Ảnh sau ghi lại ...") with no year of its own is of the same time. A caption naming no
such event, and the same words outside a caption, are left as they read.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)

_OPENING = ("Sáng 20/7/2024, bảo tàng tỉnh khai mạc triển lãm nhân kỷ niệm 70 năm ký Hiệp định Genève (21/7/1954). ")


def test_a_caption_naming_an_event_dated_decades_before_and_the_sentence_it_runs_on_into_are_former():
    got = pipeline_posts(_OPENING + "Các bức ảnh tại lễ ký Hiệp định Genève. Đại diện gồm Bộ trưởng Ngoại giao Lê "
                         "Văn Hòa và Bộ trưởng Quốc phòng Trần Minh Sơn.", "Triển lãm ảnh về Hiệp định Genève")
    assert ("Lê Văn Hòa", "Bộ trưởng", "Ngoại giao", "former") in got
    assert ("Trần Minh Sơn", "Bộ trưởng", "Quốc phòng", "former") in got
    # a caption of today, and the same event named outside a caption, are left as they read
    got = pipeline_posts(_OPENING + "Các bức ảnh tại buổi khai mạc. Đại diện gồm Giám đốc Sở Văn hóa Lê Văn Hòa. Ông "
                         "Trần Minh Sơn, Chủ tịch UBND tỉnh, nhắc lại ý nghĩa của Hiệp định Genève.",
                         "Triển lãm ảnh về Hiệp định Genève")
    assert ("Lê Văn Hòa", "Giám đốc", "Sở Văn hóa", "holds") in got
    assert ("Trần Minh Sơn", "Chủ tịch", "UBND tỉnh", "holds") in got


def test_the_next_photo_of_the_series_with_no_year_of_its_own_is_of_the_same_time():
    got = pipeline_posts(_OPENING + "Các bức ảnh tại lễ ký Hiệp định Genève. Đại diện gồm Bộ trưởng Ngoại giao Lê "
                         "Văn Hòa. Ảnh sau ghi lại khoảnh khắc ông Phạm Văn Đức (trưởng đoàn đàm phán của Chính phủ) "
                         "ở buổi ký kết.", "Triển lãm ảnh về Hiệp định Genève")
    assert ("Phạm Văn Đức", "trưởng", "đoàn đàm phán của Chính phủ", "former") in got

