"""A bare "đồng chí" / "ông" before "chịu" or "cùng" is a pronoun for the person named before it
(pronoun_next.tsv), so a fronted clause "Trong thời gian giữ cương vị A, B, đồng chí chịu trách
nhiệm ..." gives A and B to that person as former posts. The sentences are our own, written in the
shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_fronted_posts_before_dong_chi_chiu_are_the_named_persons_former_posts():
    got = facts("Ủy ban Kiểm tra Trung ương đã xem xét sai phạm của ông Trần Văn Nam. Trong thời gian giữ "
                "cương vị Bí thư Đảng ủy, Giám đốc Công an tỉnh Hoà Bình, đồng chí chịu trách nhiệm người "
                "đứng đầu.")
    assert ("Trần Văn Nam", "Bí thư", "Đảng ủy", "former") in got
    assert ("Trần Văn Nam", "Giám đốc", "Công an tỉnh Hoà Bình", "former") in got


def test_fronted_posts_before_dong_chi_cung_chiu_are_the_named_persons_former_posts():
    got = facts("Ủy ban Kiểm tra Trung ương đã xem xét sai phạm của ông Trần Văn Nam. Trong thời gian giữ "
                "cương vị Phó Giám đốc Công an tỉnh Hoà Bình, đồng chí cùng chịu trách nhiệm.")
    assert ("Trần Văn Nam", "Phó Giám đốc", "Công an tỉnh Hoà Bình", "former") in got
