"""Status, fortieth round (status40b): a post told in a sentence of a year decades before the report's own is a
post of history, held then: "former". The sentence opens with that year ("Đầu năm 1938, ...", "Tháng 10/1940,
...", "Từ năm 1961 - 1975, ..."), or goes on in its paragraph from one that does, opening with a word of that
time ("Thời gian này, ...") or telling its time by a person's age ("khi mới 25 tuổi"). The report's year is its
own, else the latest year its text writes (the end of a span "(1915 - 2015)" included). A post told to run to
this day ("đến nay") and a start with no end ("Từ năm 1990, ...") are left as read, and so is a post of a few
years back.

The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.fixtures_pipeline import pipeline_posts

TITLE = "Kỷ niệm 100 năm ngày sinh đồng chí Lê Văn Hòa"
CENTENARY = "Sáng 9/5/2015, Tỉnh ủy Nam Định tổ chức lễ kỷ niệm 100 năm ngày sinh đồng chí Lê Văn Hòa (1915 - 2015). "


def test_a_post_in_a_sentence_opening_with_a_year_decades_back_is_former():
    got = pipeline_posts(CENTENARY + "Đầu năm 1939, đồng chí Trần Minh Khang, Bí thư Thành ủy Nam Định, về huyện "
                         "Giao Thủy lập chi bộ.", TITLE)
    assert got == {("Trần Minh Khang", "Bí thư", "Thành ủy Nam Định", "former")}


def test_an_undated_report_takes_the_latest_year_it_writes_even_a_span_end():
    got = pipeline_posts("Đồng chí Lê Văn Hòa (12/3/1915 - 12/3/2015) quê ở Giao Thủy. Tháng 6/1941, đồng chí Trần "
                         "Minh Khang, Bí thư Thành ủy Nam Định, về huyện Giao Thủy lập chi bộ.", TITLE)
    assert got == {("Trần Minh Khang", "Bí thư", "Thành ủy Nam Định", "former")}


def test_a_sentence_going_on_in_that_time_keeps_it():
    got = pipeline_posts(CENTENARY + "Tháng 4/1972 đến năm 1975, đồng chí Lê Văn Hòa công tác tại Bộ Thủy lợi. "
                         "Thời gian này, đồng chí cùng Bộ trưởng Đào Quang Vinh chỉ đạo việc đắp đê.", TITLE)
    assert ("Đào Quang Vinh", "Bộ trưởng", "", "former") in got


def test_a_sentence_telling_its_time_by_an_age_keeps_it():
    got = pipeline_posts(CENTENARY + "Tháng 3/1940, Xứ ủy quyết định thành lập Đảng bộ tỉnh Nam Định. Đồng chí Trần "
                         "Văn Cừ làm Bí thư Tỉnh ủy Nam Định khi đồng chí mới 25 tuổi.", TITLE)
    assert got == {("Trần Văn Cừ", "Bí thư", "Tỉnh ủy Nam Định", "former")}


HELD = {("Phạm Văn Đông", "Chủ tịch", "Hội Cựu chiến binh tỉnh Nam Định", "holds")}
DONG = "ông Phạm Văn Đông, Chủ tịch Hội Cựu chiến binh tỉnh Nam Định,"


@pytest.mark.parametrize("sentence", [
    "Từ năm 1990 đến nay, ông Phạm Văn Đông là Chủ tịch Hội Cựu chiến binh tỉnh Nam Định.",  # held to this day
    "Từ năm 1990, ông Phạm Văn Đông là Chủ tịch Hội Cựu chiến binh tỉnh Nam Định.",  # an open start
    f"Năm 2008, {DONG} trao quà cho gia đình đồng chí.",  # a few years back
    f"Từ năm 1960 đến năm 2000, {DONG} giúp đỡ gia đình đồng chí.",  # a range ending 15 years back
    f"Năm 1945, đồng chí Lê Văn Hòa về quê hoạt động. Ông {DONG[4:]} phát biểu tại lễ.",  # no time of its own
])
def test_a_post_not_told_of_decades_back_stays_held(sentence):
    assert pipeline_posts(CENTENARY + sentence, TITLE) == HELD


def test_a_range_opening_the_sentence_dates_its_posts_by_its_end():
    got = pipeline_posts(CENTENARY + "Từ năm 1950 đến năm 1980, đồng chí Trần Minh Khang, Bí thư Thành ủy Nam Định, "
                         "giúp đỡ gia đình đồng chí.", TITLE)
    assert got == {("Trần Minh Khang", "Bí thư", "Thành ủy Nam Định", "former")}
