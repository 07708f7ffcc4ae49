"""Statuses and career lists, thirty-sixth careers round (c): a time span named by the person who held a post in it
("trong thời gian ông A làm Giám đốc Sở X", "giai đoạn ông A là Bộ trưởng", "thời kỳ ông A giữ chức ...") is past,
so the title after the verb is former, as it is when the span is written without the name ("Trong thời gian giữ
chức ..., ông A ..."); an unread first item of a career list that carries its years in brackets before its comma
is still one item, and the list goes on past it; a chairman elected as "Chủ tịch huyện X" takes the post of the
"Chủ tịch UBND huyện X" the report names, who leaves it.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_span_named_by_its_holder_inside_a_sentence_is_past():
    got = pipeline_posts("Cơ quan điều tra xác định, trong giai đoạn ông Hoàng Minh Đức làm Giám đốc Sở Xây dựng "
                         "tỉnh Phú Thọ, nhiều dự án bị chậm tiến độ.", "Kỷ luật cán bộ")
    assert ("Hoàng Minh Đức", "Giám đốc", "Sở Xây dựng tỉnh Phú Thọ", "former") in got


def test_a_period_named_by_its_holder_opening_a_sentence_is_past():
    got = pipeline_posts("Trong thời kỳ ông Hoàng Minh Đức làm Bí thư Huyện ủy Yên Lập, huyện phát triển mạnh.",
                         "Nhìn lại một chặng đường")
    assert ("Hoàng Minh Đức", "Bí thư", "Huyện ủy Yên Lập", "former") in got



def test_an_unread_first_item_with_its_years_in_brackets_does_not_drop_the_list():
    got = pipeline_posts("Ông Hoàng Minh Đức sinh năm 1962, từng giữ các chức vụ: nhân viên Trạm khuyến nông số 2 "
                         "(1986-1991), Phó Giám đốc Sở Nông nghiệp tỉnh Tuyên Quang, Giám đốc Sở Nông nghiệp tỉnh "
                         "Tuyên Quang.", "Tiểu sử tóm tắt")
    assert ("Hoàng Minh Đức", "Phó Giám đốc", "Sở Nông nghiệp tỉnh Tuyên Quang", "former") in got
    assert ("Hoàng Minh Đức", "Giám đốc", "Sở Nông nghiệp tỉnh Tuyên Quang", "former") in got


def test_a_chairman_of_the_place_elected_ends_the_post_of_the_peoples_committee_chairman():
    got = pipeline_posts("Sáng 28/6, HĐND huyện Yên Lập khóa XX tổ chức kỳ họp thứ nhất. Ông Nguyễn Văn An, Phó Bí thư "
                         "Huyện ủy, được bầu giữ chức Chủ tịch huyện Yên Lập nhiệm kỳ 2021-2026. Ông Trần Văn Bình, "
                         "Chủ tịch UBND huyện Yên Lập, không được giới thiệu tái cử.", "Kỳ họp thứ nhất HĐND huyện")
    assert ("Nguyễn Văn An", "Chủ tịch", "huyện Yên Lập", "appointed") in got
    assert ("Trần Văn Bình", "Chủ tịch", "UBND huyện Yên Lập", "left") in got
