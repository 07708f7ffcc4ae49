"""Officials, forty-first round: three clauses around a name.

- A delegation elected to a congress, its members counted before "do" ("đoàn đại biểu đi dự Đại hội ... gồm
  20 đại biểu chính thức và 3 đại biểu dự khuyết, do X làm trưởng đoàn"): the body is read back from "gồm".
- "Thay mặt Ban Bí thư Trung ương Đoàn, anh X ...": the body X speaks for, a capacity, not X's title, though
  its tail reads like one ("Bí thư Trung ương Đoàn").
- A unit's owner set off by a comma before the verb ("X, Trưởng phòng Tổng hợp, Văn phòng Ban giữ chức ..."):
  the verb still gives X the post.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_congress_delegation_counted_before_do_is_the_heads_body():
    got = facts("Đại hội đã tiến hành bầu đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng gồm "
                "20 đại biểu chính thức và 3 đại biểu dự khuyết, do đồng chí Hoàng Văn Nam làm trưởng đoàn.")
    assert got == {("Hoàng Văn Nam", "trưởng đoàn",
                    "đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "holds")}


def test_a_body_spoken_for_gives_no_title():
    assert facts("Thay mặt Ban Bí thư Trung ương Đoàn, anh Nguyễn Văn Hải trao Bằng khen cho các tập thể.") == set()
    assert facts("Thay mặt Ban Chấp hành, Bí thư Tỉnh ủy Nguyễn Văn Hải phát biểu.") == \
        {("Nguyễn Văn Hải", "Bí thư", "Tỉnh ủy", "holds")}


def test_a_units_owner_after_a_comma_does_not_stop_the_verb():
    got = facts("Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Trần Văn Hòa, Trưởng phòng Tổng hợp, Văn phòng Tỉnh ủy "
                "giữ chức Phó Chánh Văn phòng Tỉnh ủy.")
    assert ("Trần Văn Hòa", "Phó Chánh", "Văn phòng Tỉnh ủy", "appointed") in got
