"""A roster under a heading line that names an elected body ("Danh sách Ban Chấp hành ... khóa ...")
gives each person numbered under it a seat in that body; a section line "Ủy viên chính thức" under
the heading is passed over, and the list ends at "Ủy viên dự khuyết" (an alternate's seat is not the
body's plain "Ủy viên"). One person a numbered line, whatever titles follow the name.

Sentences written for this spec in the shape of congress reports that print the elected body.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract

_TEXT = ("Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XV đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XV gồm "
         "45 đồng chí.\n"
         "DANH SÁCH BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV\n"
         "I- ỦY VIÊN CHÍNH THỨC\n"
         "1. Trần Văn Khải, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh\n"
         "2. Lê Thị Hồng Nhung, Giám đốc Sở Tài chính\n"
         "3. Phạm Quốc Toản, Bí thư Huyện ủy Đông Sơn\n"
         "II- ỦY VIÊN DỰ KHUYẾT\n"
         "1. Đỗ Minh Quân, Phó Giám đốc Sở Y tế\n"
         "2. Vũ Thị Lan, Phó Bí thư Huyện ủy Tây Sơn\n"
         "3. Hà Văn Tùng, Trưởng phòng Sở Nội vụ\n")


def _seats(text: str) -> set[tuple[str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8",
                          meta={"title": "Đại hội", "date": "2020-10-15"})
    return {(p.person.name, p.org.name, p.status) for p in extract(report).posts
            if p.org is not None and p.role == "Ủy viên"}


def test_each_numbered_member_holds_a_seat_in_the_body_of_the_heading():
    body = "Ban Chấp hành Đảng bộ tỉnh"
    seats = _seats(_TEXT)
    assert {(n, o, s) for n, o, s in seats if o.startswith("Ban Chấp hành")} == {
        ("Trần Văn Khải", body, "appointed"),
        ("Lê Thị Hồng Nhung", body, "appointed"),
        ("Phạm Quốc Toản", body, "appointed"),
    }


def test_a_heading_line_after_other_words_is_no_roster():
    text = _TEXT.replace("DANH SÁCH BAN CHẤP HÀNH", "Ông Hồ Văn Ba giới thiệu BAN CHẤP HÀNH")
    assert not any(o.startswith("Ban Chấp hành") for _, o, _ in _seats(text))
