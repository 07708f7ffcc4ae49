"""A reason clause telling a move already made ("đối với ông X do được <agent> điều động, bổ nhiệm giữ
chức Y") gives X the post Y, held: the move is the reason of this event's act, told as done (tests/gold
README, "A move told as before the report's event"; wtune32 causes, section 3).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_post_of_an_unnamed_reason_clause_is_the_removed_persons():
    got = facts("HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Phan Văn Lộc do được "
                "Ban Bí thư điều động, chỉ định giữ chức Phó Bí thư Tỉnh ủy Cà Mau.")
    assert got == {("Phan Văn Lộc", "Phó Chủ tịch", "UBND tỉnh", "left"),
                   ("Phan Văn Lộc", "Phó Bí thư", "Tỉnh ủy Cà Mau", "holds")}


def test_after_an_apposition_and_with_several_move_verbs():
    got = facts("Kỳ họp miễn nhiệm Ủy viên UBND tỉnh đối với bà Ngô Thị Hạnh, Giám đốc Sở Tư pháp, do đã được "
                "Bộ Tư pháp điều động, bổ nhiệm làm Cục trưởng Cục Con nuôi.")
    assert ("Ngô Thị Hạnh", "Cục trưởng", "Cục Con nuôi", "holds") in got
    assert ("Ngô Thị Hạnh", "Ủy viên", "UBND tỉnh", "left") in got


def test_a_reason_clause_naming_its_subject_again():
    got = facts("HĐND huyện cho thôi làm Ủy viên UBND huyện đối với ông Đỗ Văn Khánh do ông Khánh đã được "
                "điều động làm Bí thư Đảng ủy xã Tân Phú.")
    assert ("Đỗ Văn Khánh", "Bí thư", "Đảng ủy xã Tân Phú", "holds") in got
