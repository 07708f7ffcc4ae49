"""A term of office written between two titles joined by "và" ("cách chức Ủy viên Ban Thường vụ
Tỉnh ủy nhiệm kỳ 2015 - 2020 và Trưởng Ban Nội chính Tỉnh ủy") does not end the run: both titles
are read, with the status of the verb before them. The sentences are our own, written in the shape
of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_term_of_office_between_two_removed_titles_keeps_the_second():
    got = facts("Ban Bí thư quyết định kỷ luật ông Trần Văn Nam bằng hình thức cách chức Ủy viên Ban Thường vụ "
                "Tỉnh ủy Hoà Bình nhiệm kỳ 2015 - 2020 và Trưởng Ban Tổ chức Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Ủy viên", "Ban Thường vụ Tỉnh ủy Hoà Bình", "left") in got
    assert ("Trần Văn Nam", "Trưởng", "Ban Tổ chức Tỉnh ủy Hoà Bình", "left") in got
