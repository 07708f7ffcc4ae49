"""A person put forward to succeed someone is nominated to that person's post (loaders/extract/successors.py).

"Người được Trung ương giới thiệu kế nhiệm ông B là C", "C được giới thiệu kế nhiệm ông B": the text names C's post
only through B, whose post it gave before. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates


def test_the_person_named_after_the_nomination_takes_the_predecessors_post():
    got = post_dates("Quốc hội miễn nhiệm Chủ tịch nước Lê Văn Tâm. Người được Trung ương giới thiệu kế nhiệm ông Tâm "
                     "là Bộ trưởng Tư pháp Trần Văn Hòa.")
    assert got["Trần Văn Hòa: Chủ tịch nước"] == (None, None, "nominated")
    assert got["Trần Văn Hòa: Bộ trưởng Bộ Tư pháp"] == (None, None, "holds")


def test_the_subject_put_forward_to_succeed_takes_the_predecessors_post():
    got = post_dates("Ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Tĩnh, nghỉ hưu theo chế độ. Phó Bí thư Tỉnh ủy Trần Văn Hòa "
                     "được giới thiệu kế nhiệm ông Lê Văn Tâm.")
    assert got["Trần Văn Hòa: Bí thư Tỉnh ủy Hà Tĩnh"] == (None, None, "nominated")
    # "kế nhiệm ông" with no name: whom "ông" stands for is not read
    got = post_dates("Ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Tĩnh, nghỉ hưu theo chế độ. Người được giới thiệu kế nhiệm "
                     "ông là Phó Bí thư Tỉnh ủy Trần Văn Hòa.")
    assert "Trần Văn Hòa: Bí thư Tỉnh ủy Hà Tĩnh" not in got
