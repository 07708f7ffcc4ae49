"""A family name read inside a country's name begun before it is no person: "Hàn" of "Đại Hàn Dân Quốc".

The sentences are our own, written in the shape of wtune35 reports.
"""

from __future__ import annotations

from kg.loaders.extract.pipeline import extract
from kg.model import Report


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Report(id="r", text=text, source_file="r.txt")).persons}


def test_a_family_name_inside_a_country_begun_before_it_is_no_person():
    assert _persons("Chiều 5/3, Chủ tịch UBND tỉnh tiếp Đại sứ Đặc mệnh toàn quyền Đại Hàn Dân Quốc tại Việt Nam "
                    "Park Min Soo.") == {"Park Min Soo"}
    assert _persons("Đoàn doanh nghiệp Đại Hàn Dân Quốc đã thăm tỉnh Bắc Ninh.") == set()
    # the same family name starting a name is read
    assert _persons("Đoàn doanh nghiệp Đại Hàn Dân Quốc do ông Hàn Văn Dân dẫn đầu.") == {"Hàn Văn Dân"}
