"""Tenure dates, thirty-seventh careers round: the date of a re-election ("tái đắc cử", "được bầu lại làm",
"được bầu tái giữ chức", reelection_cues.tsv) is when a new term began, not when the tenure did: the post was
held before, so that date is no start. A first election keeps its date; so does a re-election dated by a year
or a month that the report tells as its own event, which the status rules still read (past_steps).

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def tenures(text: str, date: str | None = None) -> set[tuple[str, str, str, str, str | None]]:
    """(person, role, body as written, status, start) of every post of ``text``."""
    report = build_report(report_id="r", source_file="r.txt", text=f"Nhân sự\n{text}", encoding="utf-8",
                          meta={"date": date} if date else {})
    return {(p.person.name, p.role, p.org.written if p.org else "", p.status, p.start.iso() if p.start else None)
            for p in extract(report).posts}


def test_a_re_election_told_in_a_profile_gives_no_start():
    got = tenures("Ông Hoàng Minh Đức sinh năm 1958, quê Phú Thọ. Đến tháng 10/2015, tại Đại hội lần thứ XVIII của "
                  "Đảng bộ tỉnh, ông được bầu tái giữ chức Bí thư Tỉnh ủy Phú Thọ.", "2018-10-24")
    assert got == {("Hoàng Minh Đức", "Bí thư", "Tỉnh ủy Phú Thọ", "holds", None)}


def test_a_re_election_at_a_congress_on_its_day_gives_no_start():
    got = tenures("Ngày 20/10/2020, tại Đại hội Đảng bộ tỉnh lần thứ XIX, ông Hoàng Minh Đức tái đắc cử Bí thư Tỉnh "
                  "ủy Phú Thọ.")
    assert got == {("Hoàng Minh Đức", "Bí thư", "Tỉnh ủy Phú Thọ", "appointed", None)}


def test_a_council_choosing_its_chairman_again_gives_no_start_and_a_first_election_keeps_its_day():
    got = tenures("Ngày 28/6/2021, tại kỳ họp thứ nhất, ông Hoàng Minh Đức được bầu lại làm Chủ tịch UBND tỉnh "
                  "Phú Thọ; ông Lê Văn Nam được bầu làm Phó Chủ tịch UBND tỉnh Phú Thọ.")
    assert ("Hoàng Minh Đức", "Chủ tịch", "UBND tỉnh Phú Thọ", "appointed", None) in got
    assert ("Lê Văn Nam", "Phó Chủ tịch", "UBND tỉnh Phú Thọ", "appointed", "2021-06-28") in got


def test_a_re_election_to_a_run_of_titles_dates_none_of_them():
    got = tenures("Ngày 20/10/2020, tại Đại hội Đảng bộ tỉnh, ông Hoàng Minh Đức tái đắc cử Phó Bí thư Tỉnh ủy, Chủ "
                  "tịch UBND tỉnh Phú Thọ.")
    assert {start for *_, start in got} == {None}
    assert len(got) == 2


def test_a_re_election_in_the_next_clause_leaves_the_first_clause_dated():
    got = tenures("Ngày 20/10/2020, tại Đại hội Đảng bộ tỉnh, ông Hoàng Minh Đức được bầu làm Bí thư Tỉnh ủy Phú "
                  "Thọ; ông Lê Văn Nam tái đắc cử Phó Bí thư Tỉnh ủy Phú Thọ.")
    assert ("Hoàng Minh Đức", "Bí thư", "Tỉnh ủy Phú Thọ", "appointed", "2020-10-20") in got
    assert ("Lê Văn Nam", "Phó Bí thư", "Tỉnh ủy Phú Thọ", "appointed", None) in got
