"""A sentence opening with "Sau đó" after a sentence of the same person's past posts tells one more
past step of the career, not the report's act. The sentences are our own, written in the shape of
corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_then_step_after_a_career_list_is_a_past_step_not_the_reports_act():
    got = facts("Ông Trần Văn Nam từng làm các chức vụ Chủ tịch UBND quận 3, Bí thư Quận ủy quận 3. Sau đó, "
                "ông Nam được điều động sang làm Chánh Văn phòng Tỉnh ủy Hoà Bình. Năm 2015, ông Nam giữ chức "
                "Phó Bí thư Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng Tỉnh ủy Hoà Bình", "former") in got


def test_a_then_step_told_last_is_held():
    got = facts("Ông Trần Văn Nam từng làm các chức vụ Chủ tịch UBND quận 3, Bí thư Quận ủy quận 3. Sau đó, "
                "ông Nam được điều động sang làm Chánh Văn phòng Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng Tỉnh ủy Hoà Bình", "holds") in got


def test_a_then_step_with_no_career_told_before_keeps_its_appointment():
    got = facts("Hội nghị đã bầu ông Lê Văn Tám làm Phó Chủ tịch UBND tỉnh Hoà Bình. Sau đó, ông Trần Văn Nam "
                "được bổ nhiệm làm Chánh Văn phòng Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng Tỉnh ủy Hoà Bình", "appointed") in got
