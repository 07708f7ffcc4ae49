"""Posts on reports nobody tuned for (issue 15), seventeenth round: shapes read in mid16's misses.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

# a role that is a post by itself, written once with its body and once bare: one post


def test_a_bare_general_secretary_after_the_full_title_is_the_same_post():
    got = facts("Hội nghị giới thiệu đồng chí Hà Văn Khải, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản "
                "Việt Nam, để Quốc hội bầu. Bế mạc hội nghị, Tổng Bí thư Hà Văn Khải phát biểu.")
    assert got == {("Hà Văn Khải", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "holds")}


def test_a_bare_general_secretary_beside_a_past_term_is_kept():
    got = facts("Ông Hà Văn Khải, nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng, dự. Sau đó Tổng Bí thư "
                "Hà Văn Khải phát biểu.")
    assert got == {("Hà Văn Khải", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former"),
                   ("Hà Văn Khải", "Tổng Bí thư", None, "holds")}
