"""A bare role whose body is guessed from the context is not a second post of a person who holds
that role with a body written out.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_minister_named_with_his_office_is_not_the_minister_of_the_ministry_named_before():
    got = facts("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn An trả lời phỏng vấn. Thủ tướng giao Bộ Giao "
                "thông Vận tải thuê tư vấn. Bộ trưởng Trần Văn An: Việc thuê tư vấn là cần thiết.")
    assert ("Trần Văn An", "Bộ trưởng", "Bộ Giao thông Vận tải", "holds") not in got
    assert ("Trần Văn An", "Bộ trưởng", "Văn phòng Chính phủ", "holds") in got


def test_a_minister_named_by_field_earlier_keeps_that_ministry():
    # the sentence before ends with another minister's field: not a second ministry for the first
    got = facts("Danh sách gồm Bộ trưởng Y tế Lê Thị Bình và Bộ trưởng Công an Phạm Văn Cường. Bộ trưởng Lê Thị "
                "Bình nhận được 18 chất vấn.")
    assert {f for f in got if f[0] == "Lê Thị Bình"} == {("Lê Thị Bình", "Bộ trưởng", "Y tế", "holds")}


def test_a_bare_minister_with_no_other_post_still_takes_the_ministry_named_before():
    got = facts("Bộ Nội vụ vừa báo cáo Chính phủ. Theo Bộ trưởng Trần Văn An, việc sắp xếp đã xong.")
    assert ("Trần Văn An", "Bộ trưởng", "Bộ Nội vụ", "holds") in got
