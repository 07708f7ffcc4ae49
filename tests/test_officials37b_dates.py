"""Tenure dates, thirty-seventh officials round (b): "lúc này là" before a title tells it as held at the time of
another act (while_held_cues.tsv), so a year opening the sentence is no start; a bracket after a term's years
("nhiệm kỳ 2011-2016 (đến tháng 5/2014)") is the person's own time in the post, the term's years the council's.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def tenures(text: str) -> set[tuple[str, str, str, str, str | None, str | None]]:
    """(person, role, body as written, status, start, end) of every post of ``text``."""
    report = build_report(report_id="r", source_file="r.txt", text=f"Nhân sự\n{text}", encoding="utf-8",
                          meta={"date": "2020-05-01"})
    return {(p.person.name, p.role, p.org.written if p.org else "", p.status, p.start.iso() if p.start else None,
             p.end.iso() if p.end else None) for p in extract(report).posts}


def test_lúc_này_là_in_brackets_tells_a_title_held_then_with_no_start():
    got = tenures("Năm 2015, ông Lê Văn An (lúc này là Giám đốc Sở Xây dựng tỉnh Nam Định) ký quyết định giao đất.")
    assert got == {("Lê Văn An", "Giám đốc", "Sở Xây dựng tỉnh Nam Định", "former", None, None)}


def test_a_bracket_after_the_term_dates_the_person_s_own_time_in_the_post():
    got = tenures("Ông Lê Văn An, nguyên Chủ tịch UBND tỉnh Nam Định nhiệm kỳ 2011-2016 (đến tháng 5/2014), vừa nghỉ "
                  "hưu.")
    assert got == {("Lê Văn An", "Chủ tịch", "UBND tỉnh Nam Định", "former", None, "2014-05")}
    got = tenures("Ông Lê Văn An, nguyên Chủ tịch UBND tỉnh Nam Định nhiệm kỳ 2011-2016 (từ tháng 3/2012 đến tháng "
                  "5/2014), vừa nghỉ hưu.")
    assert got == {("Lê Văn An", "Chủ tịch", "UBND tỉnh Nam Định", "former", "2012-03", "2014-05")}
    # the bracket is the termed title's own, not the titles before it
    got = tenures("Ông Lê Văn An - nguyên Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy nhiệm kỳ 2010-2015 (đến tháng "
                  "2/2015), chịu trách nhiệm chính.")
    assert ("Lê Văn An", "Bí thư", "Tỉnh ủy", "former", None, "2015-02") in got
    assert ("Lê Văn An", "Ủy viên", "Trung ương Đảng", "former", None, None) in got
