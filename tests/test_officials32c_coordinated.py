"""Two subjects, each with its titles set off by commas and joined by ", và", share the verb's post
(wtune32 causes, section 1).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_comma_before_va_joins_two_titled_subjects():
    got = facts("Hội nghị đã bầu bổ sung: ông Hà Văn Phúc, Trưởng Ban Dân vận Tỉnh ủy, và bà Trịnh Thị Yến, "
                "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    assert ("Hà Văn Phúc", "Phó Bí thư", "Tỉnh ủy", "appointed") in got
    assert ("Trịnh Thị Yến", "Phó Bí thư", "Tỉnh ủy", "appointed") in got
    assert ("Hà Văn Phúc", "Trưởng", "Ban Dân vận Tỉnh ủy", "holds") in got


def test_the_plural_address_and_two_titles_after_the_second_name():
    got = facts("Các đồng chí Hà Văn Phúc, Tỉnh ủy viên, và Trịnh Thị Yến, Tỉnh ủy viên, Trưởng Ban Pháp chế "
                "HĐND tỉnh, được bầu giữ chức Phó Chủ tịch HĐND tỉnh.")
    assert ("Hà Văn Phúc", "Phó Chủ tịch", "HĐND tỉnh", "appointed") in got
    assert ("Trịnh Thị Yến", "Phó Chủ tịch", "HĐND tỉnh", "appointed") in got
