"""Round 31, officials42: titles written after "của" before a name.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_every_title_with_its_own_body_after_cua_is_the_named_persons():
    # "Nhận lời mời của <title> <body>, <title> <state> X, ...": the phrase closes after the name,
    # so both titles are X's
    got = facts("Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch "
                "nước CHND Trung Hoa Lý Minh Quân, chiều 12/6, Chủ tịch nước Lê Văn Hòa lên đường thăm "
                "Trung Quốc.")
    assert got == {
        ("Lý Minh Quân", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "holds"),
        ("Lý Minh Quân", "Chủ tịch nước", None, "holds"),
        ("Lê Văn Hòa", "Chủ tịch nước", None, "holds"),
    }
    got = facts("Theo đề nghị của Bí thư Tỉnh ủy Hà Giang, Trưởng Đoàn ĐBQH tỉnh Vũ Văn Khoa, hội nghị "
                "đã thống nhất.")
    assert ("Vũ Văn Khoa", "Bí thư", "Tỉnh ủy Hà Giang", "holds") in got


def test_a_name_going_on_into_a_verb_after_cua_keeps_only_the_adjacent_title():
    # the name is the subject of the clause after the phrase: the first title is another person's
    got = facts("Đồng tình với ý kiến của Chủ tịch Hội đồng Dân tộc, Chủ tịch Quốc hội Trần Thị Lan cho "
                "rằng cần làm rõ.")
    assert got == {("Trần Thị Lan", "Chủ tịch", "Quốc hội", "holds")}


def test_a_delegation_cue_before_cua_keeps_the_delegating_title_apart():
    got = facts("Thừa ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Đỗ Văn Tâm, trao quyết định.")
    assert got == {("Đỗ Văn Tâm", "Giám đốc", "Sở Nội vụ", "holds")}
    # a bare first title names an office by itself
    got = facts("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Phú, trao Huân chương.")
    assert got == {("Hoàng Văn Phú", "Bí thư", "Tỉnh ủy Lạng Sơn", "holds")}
