"""A body written only in the headline of a link to another report is no organization of this one
(round 33, orgs33). Pages of the 2005 reports list links after the text, each a headline with its
date glued in brackets ("Bộ trưởng Công nghiệp nhận lỗi(24/11/2005)"); the gold reads the title,
sapo, body and captions only, so a ministry named in such a headline alone is not listed (31 of the
989 texts carry such lists). Held when a fact holds it, and kept where the text itself names it.
Sentences written for these tests, in the shape of the reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def names(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2005-06-10"},
                     title_from_first_line=False)
    return {o.name for o in extract(r).organizations}


BODY = "Sáng 9/6, Quốc hội tiếp tục phiên chất vấn các thành viên Chính phủ.\n"


def test_ministries_named_only_in_linked_headlines_are_not_the_report_s():
    text = (BODY + "Bộ trưởng Thương mại hứa giảm giá xăng dầu(08/06/2005)\n"
            "'Bộ Tư pháp sẽ rà soát lại các văn bản'(07/06/2005)\n")
    assert names(text) == {"Quốc hội", "Chính phủ"}


def test_links_written_on_one_line_each_end_at_their_own_date():
    text = BODY + "Bộ trưởng Thương mại hứa giảm giá(08/06/2005) Bộ Tư pháp rà soát văn bản(07/06/2005)\n"
    assert names(text) == {"Quốc hội", "Chính phủ"}


def test_a_body_the_text_names_stays_though_a_headline_names_it_too():
    text = (BODY + "Bộ Thương mại cho biết sẽ kiểm tra các doanh nghiệp.\n"
            "Bộ trưởng Thương mại hứa giảm giá xăng dầu(08/06/2005)\n")
    assert names(text) == {"Quốc hội", "Chính phủ", "Bộ Thương mại"}


def test_a_date_in_brackets_after_a_space_or_a_sentence_end_is_no_link():
    text = ("Bộ Thương mại đã báo cáo Chính phủ (08/06/2005). Bộ Tư pháp đã trả lời. (07/06/2005)\n")
    assert names(text) == {"Bộ Thương mại", "Chính phủ", "Bộ Tư pháp"}
