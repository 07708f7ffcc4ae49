"""Village heads, thirty-sixth officials round (c): a neighbourhood's head ("Trưởng khu phố"), whose level noun is
two words, is read as a village's head is ("Trưởng thôn"): the noun written again in the body when the place's
name follows; a village named by a number is a post with no body, the title running over the number to the name.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_neighbourhood_head_keeps_the_two_word_noun_in_role_and_body():
    got = pipeline_posts("Ông Nguyễn Văn Bảy, Trưởng khu phố Tân Phú, cho biết khu phố đã hoàn thành việc làm "
                         "đường.", "Khu phố văn hóa")
    assert ("Nguyễn Văn Bảy", "Trưởng khu phố", "khu phố Tân Phú", "holds") in got
    assert all(p[1] != "Trưởng" for p in got)


def test_a_neighbourhood_head_before_the_name():
    got = pipeline_posts("Trưởng khu phố Tân Phú Nguyễn Văn Bảy cho biết khu phố có 300 hộ.", "Khu phố văn hóa")
    assert ("Nguyễn Văn Bảy", "Trưởng khu phố", "khu phố Tân Phú", "holds") in got


def test_a_village_named_by_a_number_gives_a_post_without_a_body():
    got = pipeline_posts("Trò chuyện với chúng tôi, trưởng khu phố 2 Lê Văn Tám ở phường Tân Mai, TP Biên Hòa; "
                         "Trưởng thôn Tân Lộc Hà Văn Hai đều cho rằng công việc thuận lợi hơn.",
                         "Đảng viên làm trưởng thôn")
    assert ("Lê Văn Tám", "trưởng khu phố", "", "holds") in got
    assert ("Hà Văn Hai", "Trưởng thôn", "thôn Tân Lộc", "holds") in got


def test_a_numbered_hamlet_before_the_name():
    got = pipeline_posts("Trưởng ấp 4 Nguyễn Văn Bảy cho biết ấp đã có đường bê tông.", "Nông thôn mới")
    assert ("Nguyễn Văn Bảy", "Trưởng ấp", "", "holds") in got
