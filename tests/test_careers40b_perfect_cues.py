"""A career told with "đã" before a verb of holding a post ("Trước đó, ông đã đảm nhiệm A, B, C") lists
posts held before, as "từng đảm nhiệm" does (loaders/data/career_cues.tsv): an item whose role kg does not
read ("Tổ trưởng tổ ...") opens the list without losing the titles after it, and a post the text says is
still held ("... đến nay") is not made former. Inside the words of a profile box's label ("các chức vụ
đã đảm nhận: ...", loaders/data/profile_labels.tsv) the verb names the posts and opens no list.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_an_earlier_career_told_with_da_dam_nhiem_lists_former_posts():
    got = facts("Ông Lê Văn Hòa là Vụ trưởng Vụ 9. Trước đó, ông đã đảm nhiệm Tổ trưởng tổ Hành chính - lưu trữ, "
                "Trưởng phòng Hành chính – Thông tin, Phó Chánh thanh tra Tòa án nhân dân tối cao, tham gia "
                "nhiều đề tài.")
    assert got == {("Lê Văn Hòa", "Vụ trưởng", "Vụ 9", "holds"),
                   ("Lê Văn Hòa", "Trưởng", "phòng Hành chính – Thông tin", "former"),
                   ("Lê Văn Hòa", "Phó Chánh", "thanh tra Tòa án nhân dân tối cao", "former")}


def test_da_dam_nhan_lists_former_posts_but_a_post_held_to_this_day_is_not_former():
    got = facts("Bà Trần Thị Mai đã đảm nhận Tổ trưởng tổ Pháp chế - văn thư, Phó Giám đốc Sở Tư pháp tỉnh Phú Yên.")
    assert got == {("Trần Thị Mai", "Phó Giám đốc", "Sở Tư pháp tỉnh Phú Yên", "former")}
    now = facts("Bà Trần Thị Mai đã đảm nhận chức vụ Giám đốc Sở Tư pháp tỉnh Phú Yên từ năm 2015 đến nay.")
    assert now and all(status != "former" for *_, status in now)  # "đến nay": not a past post
    label = facts("Bà Trần Thị Mai kể về các chức vụ đã đảm nhận: Phó Giám đốc Sở Tư pháp tỉnh Phú Yên.")
    assert not label  # the words name the posts (a label's words), they do not say she held them
