"""A title a comparison names is another person's: "Tương tự Bộ trưởng X, Tổng thanh tra Y ...".

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_compared_title_before_the_comma_is_not_the_subjects():
    got = facts("Tương tự Bộ trưởng Giao thông, Tổng thanh tra Chính phủ Trần Văn An là nhân sự do Bộ Chính trị "
                "quản lý.")
    assert got == {("Trần Văn An", "Tổng thanh tra", "Chính phủ", "holds")}


def test_giong_nhu_cuts_the_run_the_same_way():
    got = facts("Giống như Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn Bình cũng phải kê khai tài sản.")
    assert got == {("Lê Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "holds")}


def test_a_compared_person_named_with_the_title_keeps_it():
    got = facts("Giống như Bộ trưởng Bộ Y tế Trần Văn An, ông Lê Văn Bình cũng phải kê khai.")
    assert got == {("Trần Văn An", "Bộ trưởng", "Bộ Y tế", "holds")}


def test_a_run_with_no_comparison_is_one_persons():
    got = facts("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trần Văn An phát biểu.")
    assert got == {("Trần Văn An", "Ủy viên", "Bộ Chính trị", "holds"),
                   ("Trần Văn An", "Bí thư", "Thành ủy Hà Nội", "holds")}
