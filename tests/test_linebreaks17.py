"""A line break an upstream splitter put after "TP." is a space: the post keeps its body.

Sentences written for this spec in the shape of the corpus's cut pages ("… Chủ tịch UBND TP.\\nHuế …").
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.loaders.linebreaks import mend_line_splits


def _posts(text: str) -> set[tuple[str, str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8",
                          meta={"title": "Kỳ họp", "date": "2019-09-06"})
    ex = extract(report)
    return {(p.person.name, p.role, p.org.name if p.org else "", p.status) for p in ex.posts}


def test_a_break_after_tp_is_a_space_and_the_text_keeps_its_length():
    text = "Kỳ họp miễn nhiệm chức danh Chủ tịch UBND TP.\nVinh đối với ông Lê Văn An.\nÔng phát biểu."
    mended = mend_line_splits(text)
    assert mended == text.replace("TP.\nVinh", "TP. Vinh")
    assert len(mended) == len(text)


def test_a_break_after_tp_before_a_lower_case_word_or_after_a_single_letter_stays():
    assert mend_line_splits("về TP.\nhôm nay") == "về TP.\nhôm nay"
    assert mend_line_splits("Ảnh: Q.\nHà Nội") == "Ảnh: Q.\nHà Nội"


def test_the_post_across_the_mended_break_gets_its_city():
    posts = _posts("HĐND thành phố thông qua việc miễn nhiệm chức danh Chủ tịch UBND TP.\n"
                   "Vinh đối với ông Lê Văn An với lý do nghỉ hưu theo chế độ.")
    assert ("Lê Văn An", "Chủ tịch", "Ủy ban nhân dân thành phố Vinh", "left") in posts
