"""Statuses of careers told in prose (thirty-fifth careers round, c). The sentences are our own; the names are made
up.

A Central Committee seat won at a congress named by its number alone, in a report written after the next term
began, is a seat of a term over (tests/test_careers35b_congress.py), unless the report shows its holder still in
the Central Committee: a later Politburo seat he holds is one (the Politburo is elected from its members).
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def seats(text: str) -> set[tuple[str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8", meta={"date": "2019-03-04"},
                          text=text)
    return {(pm.role, pm.org.name if pm.org else "-", pm.status) for pm in extract(report).posts
            if pm.person.name == "Trần Văn Bình"}


def test_a_seat_of_an_earlier_congress_whose_holder_sits_in_the_politburo_now_is_held():
    got = seats("Tiểu sử\nTại Đại hội Đảng khoá XI, ông Trần Văn Bình trúng cử Uỷ viên Ban Chấp hành Trung ương. "
                "Tại Đại hội Đảng khoá XII, ông Trần Văn Bình tái đắc cử Ủy viên Bộ Chính trị.")
    assert ("Uỷ viên", "Ban Chấp hành Trung ương Đảng", "holds") in got



def posts(text: str) -> set[tuple[str, str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8", meta={"date": "2019-03-04"},
                          text=text)
    return {(pm.person.name, pm.role, pm.org.name if pm.org else "-", pm.status) for pm in extract(report).posts}


def test_people_named_with_their_titles_on_the_next_line_take_the_election_of_the_line_before():
    got = posts("Kỳ họp HĐND tỉnh Tây Ninh\nHĐND tỉnh Tây Ninh bầu ông Lê Văn Khánh làm Phó Chủ tịch UBND tỉnh.\n"
                "Ông Đỗ Minh Quân, Giám đốc Sở Tài chính và ông Phạm Văn Lộc, Giám đốc Sở Xây dựng làm uỷ viên "
                "UBND tỉnh.")
    assert {p for p in got if p[1] == "uỷ viên"} == {
        ("Đỗ Minh Quân", "uỷ viên", "Ủy ban nhân dân tỉnh Tây Ninh", "appointed"),
        ("Phạm Văn Lộc", "uỷ viên", "Ủy ban nhân dân tỉnh Tây Ninh", "appointed")}
    assert ("Đỗ Minh Quân", "Giám đốc", "Sở Tài chính tỉnh Tây Ninh", "holds") in got


def test_a_post_held_now_after_a_title_dated_to_the_past_is_held():
    got = posts("Hồi ức\nSau đó, chúng tôi cùng với đồng chí Lê Văn Tâm, bí thư tỉnh ủy Kon Tum lúc bấy giờ, nay là "
                "phó chủ tịch Quốc hội, đi thăm cảng cá.")
    assert {p for p in got if p[0] == "Lê Văn Tâm"} == {
        ("Lê Văn Tâm", "bí thư", "Tỉnh ủy Kon Tum", "former"), ("Lê Văn Tâm", "phó chủ tịch", "Quốc hội", "holds")}
