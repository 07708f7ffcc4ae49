"""Titles, thirty-ninth round: one role written over two coordinated bodies ("Chủ tịch Hội đồng Nhà
nước và Hội đồng Bộ trưởng nước X", "Chủ tịch HĐND và UBND xã X") is one post in each body, and the
name after the last body is the holder's. Two bodies of one kind, or a pair coordinated_bodies.tsv
lists, are read so; a role joined by "và" to a body it does not head ("Phó Chủ tịch UBND tỉnh và Sở Y
tế") names two actors, and the second gives no post.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_one_role_over_two_councils_of_one_kind_before_the_name_is_a_post_in_each():
    got = facts("Đoàn đã hội kiến Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng nước Cộng hòa Ba Lan "
                "Jan Kowalski.")
    assert got == {("Jan Kowalski", "Chủ tịch", "Hội đồng Nhà nước", "holds"),
                   ("Jan Kowalski", "Chủ tịch", "Hội đồng Bộ trưởng nước Cộng hòa Ba Lan", "holds")}


def test_the_chair_of_a_commune_council_and_its_committee_holds_both():
    got = facts("Ông Lâm Văn Tư, Chủ tịch HĐND và UBND xã Phước Hòa, phát biểu tại buổi lễ.")
    assert got == {("Lâm Văn Tư", "Chủ tịch", "HĐND", "holds"),
                   ("Lâm Văn Tư", "Chủ tịch", "UBND xã Phước Hòa", "holds")}


def test_a_body_the_role_does_not_head_after_va_is_another_actor():
    got = facts("Ông Lâm Văn Tư, Chủ tịch HĐND và UBND xã Phước Hòa, dự họp. Ông Đỗ Văn Ba, Phó Chủ tịch UBND "
                "tỉnh và Sở Y tế, đã kiểm tra bệnh viện.")
    assert got == {("Lâm Văn Tư", "Chủ tịch", "HĐND", "holds"),
                   ("Lâm Văn Tư", "Chủ tịch", "UBND xã Phước Hòa", "holds"),
                   ("Đỗ Văn Ba", "Phó Chủ tịch", "UBND tỉnh", "holds")}


def test_a_second_body_followed_by_a_verb_is_a_second_subject():
    got = facts("Ông Lâm Văn Tư, Giám đốc Sở Nội vụ và Sở Tư pháp tỉnh Phú Yên, dự họp. Ông Đỗ Văn Ba, Giám đốc "
                "Sở Xây dựng và Sở Tài chính cùng kiểm tra hồ sơ.")
    assert got == {("Lâm Văn Tư", "Giám đốc", "Sở Nội vụ", "holds"),
                   ("Lâm Văn Tư", "Giám đốc", "Sở Tư pháp tỉnh Phú Yên", "holds"),
                   ("Đỗ Văn Ba", "Giám đốc", "Sở Xây dựng", "holds")}
