"""A standing body and the person named after "do" as its head: "BODY do ông X làm <Role>" (led_by.tsv), for
an inspection committee, an association branch and a group, as for a delegation or a board.

The sentences are our own, written in the shape of wtune35 reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_an_inspection_committee_is_headed_by_its_chu_nhiem():
    got = facts("Ủy ban Kiểm tra Đảng ủy xã Đông Hòa do đồng chí Trần Văn Lâm làm Chủ nhiệm.")
    assert got == {("Trần Văn Lâm", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy xã Đông Hòa", "holds")}


def test_an_apposition_and_a_count_may_stand_between_the_committee_and_its_chu_nhiem():
    got = facts("Ủy ban Kiểm tra Huyện ủy gồm 7 thành viên do ông Đặng Văn Hùng, Ủy viên Ban Thường vụ Huyện ủy, "
                "làm Chủ nhiệm.")
    assert got == {
        ("Đặng Văn Hùng", "Ủy viên", "Ban Thường vụ Huyện ủy", "holds"),
        ("Đặng Văn Hùng", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy", "holds"),
    }


def test_the_deputy_chu_nhiem_in_the_other_tone_style():
    assert facts("Uỷ ban Kiểm tra Đảng uỷ xã do đồng chí Trần Văn Lâm làm Phó Chủ nhiệm.") == {
        ("Trần Văn Lâm", "Phó Chủ nhiệm", "Uỷ ban Kiểm tra Đảng uỷ xã", "holds")}


def test_an_association_branch_is_headed_by_its_chi_hoi_truong():
    got = facts("Chi hội Nông dân thôn Bắc do ông Hà Văn Sơn làm Chi hội trưởng đạt danh hiệu xuất sắc.")
    assert got == {("Hà Văn Sơn", "Chi hội trưởng", "Chi hội Nông dân thôn Bắc", "holds")}


def test_a_group_is_headed_by_its_to_truong():
    got = facts("Tổ hòa giải thôn Đông do bà Lý Thị Mai làm Tổ trưởng đã hòa giải 12 vụ.")
    assert got == {("Lý Thị Mai", "Tổ trưởng", "Tổ hòa giải thôn Đông", "holds")}
    # the head word decides: a committee has no "Tổ trưởng"
    assert facts("Ủy ban Kiểm tra Huyện ủy do ông Đặng Văn Hùng làm Tổ trưởng.") == set()
