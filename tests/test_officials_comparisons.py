"""A title a comparison names is another person's ("Tương tự Bộ trưởng X, Tổng thanh tra Y ..."), and so
is the subject of what "Theo ông X," reports ("Theo ông X, Thủ tướng nhiều lần ...").

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


def test_after_theo_ong_x_a_title_followed_by_a_verb_is_the_reported_subject():
    # attribution_openers.tsv: "Theo ông X, Thủ tướng nhiều lần ..." reports what X says of the Thủ tướng
    got = facts("Đại biểu Lê Quang Bình chất vấn về tham nhũng. Theo ông Bình, Thủ tướng nhiều lần đề cập vấn đề "
                "này.")
    assert not any(f[1] == "Thủ tướng" for f in got)


def test_after_theo_ong_x_a_title_closed_by_a_comma_is_xs():
    got = facts("Theo ông Trần Văn An, Giám đốc Sở Y tế tỉnh Nghệ An, dịch đã được khống chế.")
    assert got == {("Trần Văn An", "Giám đốc", "Sở Y tế tỉnh Nghệ An", "holds")}
