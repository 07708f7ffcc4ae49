"""The previous holder named after "thay" when a term written in Roman numerals, or a "tại <meeting>"
adjunct, stands between the post and "thay" (wtune32 causes, section 8).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_term_in_roman_numerals_before_thay():
    got = facts("Hội đồng nhân dân tỉnh đã bầu bà Phạm Thị Hồng giữ chức Trưởng Ban Pháp chế HĐND tỉnh "
                "khóa XVII, thay bà Đỗ Thị Lan nghỉ hưu.")
    assert ("Phạm Thị Hồng", "Trưởng", "Ban Pháp chế HĐND tỉnh", "appointed") in got
    assert any(f[0] == "Đỗ Thị Lan" and f[1] == "Trưởng" for f in got)


def test_a_meeting_adjunct_before_thay():
    got = facts("Ông Hoàng Minh Đức được bầu giữ chức Phó Chủ tịch UBND tỉnh Quảng Bình tại kỳ họp thứ 6, "
                "thay ông Vũ Văn Tiến nghỉ hưu theo chế độ.")
    assert ("Hoàng Minh Đức", "Phó Chủ tịch", "UBND tỉnh Quảng Bình", "appointed") in got
    assert any(f[0] == "Vũ Văn Tiến" and f[1] == "Phó Chủ tịch" for f in got)


def test_a_role_whose_first_word_ends_a_link_phrase():
    """"giữ chức Vụ trưởng Vụ X" is "giữ chức" + "Vụ trưởng": case-folded, the link "giữ chức vụ"
    would eat the role's first word (wtune32 causes, section 6)."""
    got = facts("Bộ trưởng đã ký quyết định bổ nhiệm ông Đặng Văn Hải giữ chức Vụ trưởng Vụ Hợp tác quốc tế.")
    assert got == {("Đặng Văn Hải", "Vụ trưởng", "Vụ Hợp tác quốc tế", "appointed")}
    got = facts("Ông Đặng Văn Hải được điều động, bổ nhiệm giữ chức vụ Vụ phó Vụ Kế hoạch - Tài chính.")
    assert got == {("Đặng Văn Hải", "Vụ phó", "Vụ Kế hoạch - Tài chính", "appointed")}
