"""A photo credit right after its label names the photographer even when the first word of the name is
also a form of address ("Ảnh: Anh Tuấn"): the label says a credit follows (loaders/extract/names.py).

The sentences are our own, written in the shape of crawled news captions; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def persons(text: str) -> set[str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin hội nghị\n" + text, encoding="utf-8")
    return {p.name for p in extract(report).persons}


def test_a_credit_named_anh_after_the_label_is_a_person():
    got = persons("Bộ trưởng Trần Văn Bình phát biểu tại hội nghị. Ảnh: Anh Khoa\nSáng nay, hội nghị bế mạc.")
    assert got == {"Trần Văn Bình", "Anh Khoa"}


def test_a_credit_named_anh_in_parentheses_and_in_a_list():
    assert persons("Quang cảnh hội nghị (Ảnh: Anh Khoa)\nHội nghị bế mạc.") == {"Anh Khoa"}
    assert persons("Quang cảnh hội nghị. Ảnh: Anh Khoa - Minh Hưng\nHội nghị bế mạc.") == {"Anh Khoa", "Minh Hưng"}


def test_a_caption_that_goes_on_after_the_label_names_no_credit():
    assert persons("Ảnh: Chị Hoa chăm sóc vườn rau của gia đình.\nHội nghị bế mạc.") == set()
