"""Persons, thirty-sixth round (c): a photo credit "Ảnh: T.L" is the abbreviation of "tư liệu" (a file
photo), no photographer's initials.

The sentences are our own.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def _persons(text: str) -> list[str]:
    report = build_report(report_id="r", source_file="r.txt", text=f"Tin địa phương\n{text}", encoding="utf-8")
    return [p.name for p in extract(report).persons]


def test_a_file_photo_credit_written_t_l_names_no_one():
    assert _persons("Ông Lê Văn Hòa thăm nhà máy xi măng. Ảnh: T.L") == ["Lê Văn Hòa"]
    assert _persons("Ông Lê Văn Hòa thăm nhà máy xi măng (Ảnh: T.L).") == ["Lê Văn Hòa"]
    # a photographer's initials with a name are still a person
    assert "T. Lâm" in _persons("Ông Lê Văn Hòa thăm nhà máy xi măng. Ảnh: T. Lâm")


def test_the_artists_of_a_town_the_report_names_are_no_person_a_person_named_like_a_place_still_is():
    assert _persons("Người dân thị xã Cẩm Xuyên đón Tết. Các nghệ sĩ Cẩm Xuyên biểu diễn.") == []
    assert _persons("Nhà thơ Thanh Hải quê ở xã Thanh Hải. Ông Thanh Hải là đảng viên.") == ["Thanh Hải"]
