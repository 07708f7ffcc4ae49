"""Titles split right, thirty-sixth officials round (c): the head of a division named after an inspectorate
("Trưởng Phòng Thanh tra, Trường Đại học X") is the "Trưởng" of the "Phòng Thanh tra", not a "Trưởng phòng" of a
body "Thanh tra" (division_heads.tsv).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_head_of_an_inspection_division_heads_the_division():
    got = pipeline_posts("Bà Đoàn Thị Hạnh, Trưởng Phòng Thanh tra, Trường Đại học Tân An, phát biểu tại hội nghị.",
                         "Hội nghị cán bộ")
    assert ("Đoàn Thị Hạnh", "Trưởng", "Phòng Thanh tra", "holds") in got
    assert all(p[2] != "Thanh tra" for p in got)


def test_a_deputy_head_of_an_inspection_division_before_the_name():
    got = pipeline_posts("Phó Trưởng phòng Thanh tra Lê Văn Ba cho biết đã kiểm tra 12 đơn vị. Ông Hà Văn Tư, Trưởng "
                         "phòng Tổ chức cán bộ Sở Nội vụ, cũng dự.", "Thanh tra")
    assert ("Lê Văn Ba", "Phó Trưởng", "phòng Thanh tra", "holds") in got
    assert ("Hà Văn Tư", "Trưởng", "phòng Tổ chức cán bộ Sở Nội vụ", "holds") in got  # no body after the noun
