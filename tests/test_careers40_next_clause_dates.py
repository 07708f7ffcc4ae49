"""A date written after a title but belonging to what the sentence tells next does not date the title.

A period right after a title dates it ("Phó Chủ tịch Quốc hội từ năm 2011", "Giám đốc Sở (2010-2015)",
"Bí thư Tỉnh đoàn từ năm 1997-2001"). Two shapes put a date there that is not the title's
(loaders/extract/careers.py, ``_leads_clause``):

- a single date set off by a comma, with no "từ" before it: "..., Bí thư Thứ nhất Ban Chấp hành Trung ương
  Đảng, năm 1962 và 1968." (a photo caption's year), "..., Trưởng ban Chỉ đạo, vào ngày 25/5/2000, Ngân
  hàng giao ..." (the next clause's day): when the event came, not when the person began to hold the post;
- a date opening the next sentence after a headline that ends with the title, unpunctuated ("Ban Bí thư kỷ
  luật Đại tá X, Giám đốc Công an tỉnh Y" then "Ngày 10/9/2019, tại Hà Nội, Ban Bí thư họp ..."): that
  sentence's day.

The sentences are our own, written in the shape of corpus reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def dates(text: str, headline: str = "Tin nhân sự") -> dict[str, tuple[str | None, str | None, str]]:
    report = build_report(report_id="r", source_file="r.txt", text=headline + "\n\n" + text, encoding="utf-8")
    return {f"{p.person.name}: {p.role} {p.org.name if p.org else ''}".strip():
            (p.start.iso() if p.start else None, p.end.iso() if p.end else None, p.status)
            for p in extract(report).posts}


def test_a_year_after_a_comma_is_the_captions_not_the_posts_start():
    got = dates("Bà Trần Thị Mai gặp ông Lê Văn Hòa - Bí thư thứ nhất Đảng Lao động Việt Nam, năm 1962 và 1968.")
    post = got["Lê Văn Hòa: Bí thư thứ nhất Đảng Lao động Việt Nam"]
    assert post[:2] == (None, None)


def test_a_day_after_a_comma_opens_the_next_clause():
    got = dates("Theo chỉ đạo của Thủ tướng, ông Phạm Văn Tâm - Chủ tịch UBND tỉnh kiêm Trưởng ban Chỉ đạo xử lý "
                "nợ, vào ngày 12/4/2001, Ngân hàng giao hết tài sản cho Công ty.")
    assert got["Phạm Văn Tâm: Trưởng Ban Chỉ đạo xử lý nợ"][:2] == (None, None)
    assert got["Phạm Văn Tâm: Chủ tịch Ủy ban nhân dân tỉnh"][:2] == (None, None)


def test_a_start_after_a_comma_with_tu_still_dates_the_title():
    got = dates("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Phú Yên, từ năm 2011 đến nay.")
    assert got["Lê Văn Hòa: Phó Chủ tịch Ủy ban nhân dân tỉnh Phú Yên"][0] == "2011"


def test_a_range_after_a_comma_still_dates_the_title():
    got = dates("Ông Lê Văn Hòa từng là Bí thư Huyện ủy Tuy An, giai đoạn 2005-2010.")
    assert got["Lê Văn Hòa: Bí thư Huyện ủy Tuy An"][:2] == ("2005", "2010")


def test_a_year_right_after_the_title_still_dates_it():
    got = dates("Ông Lê Văn Hòa giữ chức Phó Chủ tịch UBND tỉnh Phú Yên rồi trở thành Bộ trưởng Bộ Xây dựng năm 2006.")
    assert got["Lê Văn Hòa: Bộ trưởng Bộ Xây dựng"][0] == "2006"


def test_the_date_opening_the_body_is_not_the_headlines_title():
    got = dates("Ngày 10/9/2019, tại Hà Nội, Ban Bí thư họp xem xét, thi hành kỷ luật đối với Đại tá Trần Văn "
                "Nam, Giám đốc Công an tỉnh Phú Yên.",
                headline="Ban Bí thư kỷ luật Đại tá Trần Văn Nam, Giám đốc Công an tỉnh Phú Yên")
    assert got["Trần Văn Nam: Giám đốc Công an tỉnh Phú Yên"][:2] == (None, None)
