"""Organizations, thirty-sixth round: a body's own abbreviation in brackets inside its name is no word of the
name as written; the short form writes the abbreviation in place of the words it stands for. The sentences are
our own.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def _labels(text: str) -> dict[str, tuple[str, list[str]]]:
    """canonical name -> (written, other names) of every organization of ``text``."""
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2024-04-02"},
                     title_from_first_line=False)
    return {o.name: (o.written, o.alt_names) for o in extract(r).organizations}


def test_a_bracketed_abbreviation_of_the_name_end_is_no_word_of_the_written_name():
    got = _labels("Ông Vi Văn Sáu, Chủ tịch Hội Cựu chiến binh (CCB) huyện Bảo Lạc, phát biểu.")
    written, others = got["Hội Cựu chiến binh huyện Bảo Lạc"]
    assert written == "Hội Cựu chiến binh huyện Bảo Lạc"
    assert "Hội CCB huyện Bảo Lạc" in others


def test_a_bracketed_abbreviation_of_the_whole_name_gives_the_short_form_with_the_level_after_it():
    got = _labels("Bà Lò Thị Nga, Ủy viên Uỷ ban Kiểm tra (UBKT) Trung ương, dự họp.")
    written, others = got["Ủy ban Kiểm tra Trung ương"]
    assert written == "Uỷ ban Kiểm tra Trung ương"
    assert "UBKT Trung ương" in others
