"""A bare "Sở" closing a Giám đốc's title is the Sở the sentence named before (thirty-fourth round,
officials34b; ``bare_head_bodies.tsv``).

"Về phía Đảng bộ Sở X có ông A, Bí thư Đảng ủy, Giám đốc Sở" writes the department once; the read
sets' gold keeps the bare "Sở" as written, for the Sở the sentence names. The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_bare_so_after_the_director_is_the_one_named_before():
    ex = officials("Về phía Đảng bộ Sở Xây dựng có ông Lý Văn Thành, Bí thư Đảng ủy, Giám đốc Sở; bà Hà Thị "
                   "Lan, Phó Giám đốc Sở.")
    assert ("Lý Văn Thành", "Giám đốc", "Sở") in posts_of(ex)
    assert ("Hà Thị Lan", "Phó Giám đốc", "Sở") in posts_of(ex)
    assert {p.org.name for p in ex.posts if p.role.endswith("Giám đốc") and p.org} == {"Sở Xây dựng"}


def test_two_so_named_before_leave_the_bare_one_alone():
    ex = officials("Sở Xây dựng và Sở Tài chính phối hợp; ông Lý Văn Thành, Giám đốc Sở, cho biết.")
    assert not any(p.role == "Giám đốc" for p in ex.posts)
