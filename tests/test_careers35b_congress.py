"""A Central Committee seat won at a Party congress named by its number alone, told in a report written after the
next term began, is a seat of a term over (thirty-fifth careers round, b): "former", ending when the next term
began, as the read sets' gold writes a seat of an earlier congress. Within the term it stays appointed
(tests/test_term_seats25.py). The sentence is our own; the name is made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def seat(date: str) -> tuple[str, str | None, str | None]:
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8", meta={"date": date},
                          text="Tiểu sử\nTại Đại hội Đảng khoá XII, ông Trần Văn Bình trúng cử Uỷ viên dự khuyết Ban "
                               "Chấp hành Trung ương.")
    (pm,) = extract(report).posts
    return pm.status, pm.start.iso() if pm.start else None, pm.end.iso() if pm.end else None


def test_a_seat_of_a_congress_whose_term_is_over_is_former():
    assert seat("2022-06-01") == ("former", "2016", "2021")


def test_a_report_written_the_day_the_next_term_began_finds_the_seat_over():
    assert seat("2021-02-01") == ("former", "2016", "2021")
