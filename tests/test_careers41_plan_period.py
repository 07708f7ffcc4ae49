"""A period set off by commas after a title, when the clause after it tells a plan ("..., Phó Trưởng Ban Chỉ đạo
X, giai đoạn 2018 - 2021, cả nước sẽ sắp xếp lại ..."), is the plan's period, not the title's tenure
(loaders/extract/careers.py, ``_plan_follows``; loaders/data/plan_clause_words.tsv). A period followed by what
is told of the title's holder still dates the title.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates as dates


def test_a_plans_period_after_a_title_is_no_tenure():
    got = dates("Theo ông Lê Văn Hòa, Phó Chủ nhiệm Văn phòng Chính phủ, Phó Trưởng Ban Chỉ đạo Đổi mới doanh "
                "nghiệp, giai đoạn 2018 - 2021, cả nước sẽ sắp xếp lại 120 doanh nghiệp.")
    assert got["Lê Văn Hòa: Phó Trưởng Ban Chỉ đạo Đổi mới doanh nghiệp"] == (None, None, "holds")
    held = dates("Ông Lê Văn Hòa, Ủy viên Ban Thường vụ Đảng ủy Tổng công ty Điện lực, giai đoạn 2009-2014, được "
                 "xác định có vi phạm.")
    assert held["Lê Văn Hòa: Ủy viên Ban Thường vụ Đảng ủy Tổng công ty Điện lực"] == ("2009", "2014", "former")
