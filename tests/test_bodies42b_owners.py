"""Bodies, forty-second round, second wave: which body a bare provincial body or Party group is of (kind 8 of
the round's random read, a body borrowed from the neighbouring list item).

- A provincial body written bare, then "ở" and a province ("nguyên Bí thư Tỉnh ủy ở Sóc Trăng", as a spoken
  list writes it) is that province's, not the province of the man named before.
- A ministry's Party group ("Ban cán sự đảng", "Đảng đoàn") written bare before a run of titles ending in a
  general department, a department or a Sở (party_groupless_units.tsv) is not that unit's: they have none.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates


def test_a_province_told_after_o_is_the_bare_bodys_own():
    got = post_dates("Dự có ông Nguyễn Văn An, nguyên Bí thư Tỉnh ủy Hòa Bình; ông Trần Văn Bình, nguyên Bí thư "
                     "Tỉnh ủy ở Sóc Trăng, rồi ông Lê Văn Cường.")
    assert got == {"Nguyễn Văn An: Bí thư Tỉnh ủy Hòa Bình": (None, None, "former"),
                   "Trần Văn Bình: Bí thư Tỉnh ủy Sóc Trăng": (None, None, "former")}
    assert post_dates("Ông Trần Văn Bình, Phó Bí thư Tỉnh ủy ở huyện Mỹ Tú, phát biểu.") == {
        "Trần Văn Bình: Phó Bí thư Tỉnh ủy": (None, None, "holds")}


def test_a_party_group_is_not_a_general_departments():
    got = post_dates("Ông Trần Văn Bình, nguyên Ủy viên Ban cán sự đảng, nguyên Thứ trưởng, nguyên Tổng cục trưởng "
                     "Tổng cục Thủy sản, bị kỷ luật.")
    assert got == {"Trần Văn Bình: Ủy viên Ban cán sự Đảng": (None, None, "former"),
                   "Trần Văn Bình: Thứ trưởng": (None, None, "former"),
                   "Trần Văn Bình: Tổng cục trưởng Tổng cục Thủy sản": (None, None, "former")}
    # a province's government and a ministry keep their groups
    assert post_dates("Ông Trần Văn Bình, nguyên Ủy viên Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Hà Nam, dự.") == {
        "Trần Văn Bình: Ủy viên Ban cán sự Đảng Ủy ban nhân dân tỉnh Hà Nam": (None, None, "former"),
        "Trần Văn Bình: Chủ tịch Ủy ban nhân dân tỉnh Hà Nam": (None, None, "former")}


def test_the_group_is_then_the_one_the_report_names():
    got = post_dates("Ủy ban Kiểm tra Trung ương kết luận Ban cán sự đảng Bộ Nông nghiệp và Phát triển nông thôn có "
                     "vi phạm. Ông Trần Văn Bình, nguyên Ủy viên Ban cán sự đảng, nguyên Thứ trưởng, nguyên Tổng cục "
                     "trưởng Tổng cục Thủy sản, bị kỷ luật.")
    assert got["Trần Văn Bình: Ủy viên Ban cán sự Đảng Bộ Nông nghiệp và Phát triển nông thôn"] == (
        None, None, "former")
    assert "Trần Văn Bình: Ủy viên Ban cán sự Đảng Tổng cục Thủy sản" not in got

