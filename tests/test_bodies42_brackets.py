"""Titles, forty-second round: a bracket that gives a body's or a place's later name ("(nay là tỉnh Nam Định)")
glosses the name before it, as its old name "(cũ)" does, and the person's titles go on after it (class D of
the round-42 error classes on written34/35).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_later_name_in_brackets_does_not_end_the_titles():
    assert facts("Ông Lê Văn An, nguyên Phó Chủ tịch UBND tỉnh Hà Tuyên (nay là tỉnh Tuyên Quang), nguyên Giám "
                 "đốc Sở Xây dựng tỉnh Hà Tuyên, dự lễ.") == {
        ("Lê Văn An", "Phó Chủ tịch", "UBND tỉnh Hà Tuyên", "former"),
        ("Lê Văn An", "Giám đốc", "Sở Xây dựng tỉnh Hà Tuyên", "former")}
    assert facts("Bà Hà Thị Lan, Giám đốc Sở Thương mại (nay là Sở Công Thương), Bí thư Chi bộ, phát biểu.") >= {
        ("Hà Thị Lan", "Giám đốc", "Sở Thương mại", "holds")}

