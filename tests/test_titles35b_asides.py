"""Titles near a name, thirty-fifth titles round: what a person acts for is no post of theirs ("Thay mặt
Thường trực HĐND tỉnh, ông X ..."), and a deputy's group in brackets between the name and the title
("Đại biểu A (tổ đại biểu xã X), Chủ tịch Hội ...") does not hide the title.

The sentences are our own, written in the shape of council and congress reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_body_one_acts_for_is_no_post():
    got = pipeline_posts("Thay mặt Thường trực HĐND tỉnh, ông Lê Văn Tâm trao hoa chúc mừng các đại biểu.", "Bế mạc")
    assert not any(p == "Lê Văn Tâm" for p, _, _, _ in got)
    got = pipeline_posts("Thay mặt Thường trực Tỉnh ủy, đồng chí Lê Văn Tâm, Phó Bí thư Thường trực Tỉnh ủy, "
                         "phát biểu.", "Bế mạc")
    assert ("Lê Văn Tâm", "Phó Bí thư Thường trực", "Tỉnh ủy", "holds") in got
    assert not any(r == "Thường trực" for _, r, _, _ in got)
    # written as the person's own title, after the name, it is the post
    got = pipeline_posts("Ông Lê Văn Tâm, Thường trực HĐND tỉnh, phát biểu.", "Bế mạc")
    assert ("Lê Văn Tâm", "Thường trực", "HĐND tỉnh", "holds") in got


def test_a_deputys_group_in_brackets_before_the_title():
    got = pipeline_posts("Đại biểu Lê Thị Vân (tổ đại biểu xã An Lão), Phó Chủ tịch Thường trực Hội Liên hiệp "
                         "Phụ nữ thành phố, chất vấn về giá phân bón.", "Phiên chất vấn")
    assert ("Lê Thị Vân", "Phó Chủ tịch Thường trực", "Hội Liên hiệp Phụ nữ thành phố", "holds") in got
    got = pipeline_posts("Đại biểu Hà Văn Sơn (tổ 3), Chủ tịch Hội Nông dân huyện, hỏi về giá phân bón.",
                         "Phiên chất vấn")
    assert ("Hà Văn Sơn", "Chủ tịch", "Hội Nông dân huyện", "holds") in got
