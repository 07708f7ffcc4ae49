"""A numbered roster whose items a crawler ran together on one line gets its lines back: the next
item's number is not part of the body before it ("Quân khu 7" then "8.", not "Quân khu 78").

Sentences written for this spec in the shape of the corpus's glued rosters ("… Tây Ninh2. B, …").
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.loaders.linebreaks import break_glued_items

_ROSTER = ("DANH SÁCH BAN CHẤP HÀNH TỈNH HỘI\n"
           "1. Hoàng Văn An, Phó Cục trưởng Cục Du lịch2. Lê Văn Bình, Chính ủy Quân khu 73. Trần Thị Cúc, "
           "Giám đốc Sở Tư pháp 4. Ngô Văn Dũng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy5 Lý Văn Em, Giám đốc Sở Y tế")


def test_each_glued_item_gets_its_own_line():
    assert break_glued_items(_ROSTER).split("\n")[1:] == [
        "1. Hoàng Văn An, Phó Cục trưởng Cục Du lịch",
        "2. Lê Văn Bình, Chính ủy Quân khu 7",
        "3. Trần Thị Cúc, Giám đốc Sở Tư pháp",
        "4. Ngô Văn Dũng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "5 Lý Văn Em, Giám đốc Sở Y tế",
    ]


def test_numbers_that_are_not_a_count_of_items_stay():
    text = "Ca bệnh H5N1. Theo 1. Ông A2. Bà B. Quân khu 7 có 3. Giá 35 triệu đồng/m2. Đền bù"
    assert break_glued_items(text) == text


def test_the_body_keeps_its_own_number_and_loses_the_next_items():
    report = build_report(report_id="r", source_file="r.txt", text=_ROSTER, encoding="utf-8",
                          meta={"title": "Danh sách", "date": "2020-10-15"})
    bodies = {(p.person.name, p.role, p.org.name) for p in extract(report).posts if p.org is not None}
    assert ("Lê Văn Bình", "Chính ủy", "Quân khu 7") in bodies
    assert not any(org.startswith("Quân khu 73") for _, _, org in bodies)
