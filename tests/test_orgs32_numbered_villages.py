"""Organizations, round 32 (orgs32): a village's name with the number that tells its parts apart
("tổ dân phố Phú Thọ 2", "xóm Ba Khe 1") keeps the number, as a commune's keeps its letter ("xã Vĩnh
Lộc B"); a number that counts ("3 năm") is no part of it. Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_residential_group_keeps_its_number():
    assert orgs_of("Bà Lê Thị Hoa, Tổ trưởng Tổ dân phố Tân Lập 2, cho biết.") == {
        ("Tổ dân phố Tân Lập 2", "tổ dân phố Tân Lập 2")}


def test_a_hamlet_named_like_a_district_keeps_its_number():
    # "Đông Hà" is also a city: the hamlet's name goes on with its number
    assert orgs_of("Ông Trần Văn Sơn, Bí thư chi bộ thôn Đông Hà 3, phát biểu.") == {
        ("chi bộ thôn Đông Hà 3", "Chi bộ thôn Đông Hà 3")}


def test_a_count_after_a_hamlet_is_no_part_of_its_name():
    assert orgs_of("Ông Trần Văn Sơn, Bí thư chi bộ thôn Tân Lập 3 năm liền, được khen.") == {
        ("chi bộ thôn Tân Lập", "Chi bộ thôn Tân Lập")}
