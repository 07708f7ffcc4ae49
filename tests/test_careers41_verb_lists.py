"""Career steps told inside verb phrases: "giữ các cương vị A, B rồi C" lists past posts as "giữ các chức vụ"
does (loaders/data/career_cues.tsv), and "kiêm" joining a second post whose title kg does not read does not end a
career list (loaders/data/career_joins.tsv; careers._follow): the posts after it are still the person's.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_giu_cac_cuong_vi_lists_past_posts():
    got = facts("Đồng chí Lê Văn Hòa ghi nhận đóng góp của đồng chí Trần Văn Bình trong hơn 30 năm công tác, trong "
                "đó có gần 8 năm giữ các cương vị Chủ tịch UBND tỉnh, Phó Bí thư Tỉnh ủy rồi Bí thư Tỉnh ủy Phú Yên.")
    assert got == {("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "former"),
                   ("Trần Văn Bình", "Phó Bí thư", "Tỉnh ủy", "former"),
                   ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Phú Yên", "former")}


def test_an_unread_post_after_kiem_does_not_end_the_list():
    got = facts("Ông Lê Văn Hòa từng giữ chức Giám đốc Sở Tài chính kiêm Chủ tịch Hội đồng quản lý Quỹ Đầu tư phát "
                "triển tỉnh Phú Yên, Phó Chủ tịch UBND tỉnh.")
    assert got == {("Lê Văn Hòa", "Giám đốc", "Sở Tài chính", "former"),
                   ("Lê Văn Hòa", "Phó Chủ tịch", "UBND tỉnh", "former")}
