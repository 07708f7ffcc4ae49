"""A seat held for whole terms dates its tenure by the terms written with it (loaders/data/term_seats.tsv).

A National Assembly deputy and a member of the Party Central Committee are elected when a term begins and
hold the seat to its end, so "đại biểu Quốc hội khóa XIV" says the tenure began in 2016 (loaders/data/
terms.tsv); a seat a body fills mid-term (Bộ Chính trị, "bầu bổ sung") says nothing of its start. The
sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def seats(text: str, date: str | None = "2017-05-10") -> dict[str, tuple[str, str | None, str | None]]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8",
                          meta={"date": date} if date else None)
    ex = extract(report)
    return {f"{p.role} {p.org.name if p.org else ''}".strip():
            (p.status, p.start.iso() if p.start else None, p.end.iso() if p.end else None) for p in ex.posts}


def test_the_deputys_term_in_the_title_is_the_year_the_seat_began():
    got = seats("Ông Trần Văn Bình đang là đại biểu Quốc hội khóa XIV, tiếp xúc cử tri huyện Yên Thành.")
    assert got["đại biểu Quốc hội khóa XIV"] == ("holds", "2016", None)


def test_a_list_of_terms_with_a_gap_dates_the_seat_from_its_last_unbroken_run():
    got = seats("Ông Trần Văn Bình là đại biểu Quốc hội các khóa X, XII, XIII, XIV.")
    assert got["đại biểu Quốc hội"] == ("holds", "2007", None)


def test_a_full_member_does_not_count_the_term_he_was_an_alternate_in():
    got = seats("Ông Trần Văn Bình là Ủy viên Trung ương Đảng khóa 12 (dự khuyết), 13, 14.", "2026-02-01")
    assert got["Ủy viên Ban Chấp hành Trung ương Đảng"] == ("holds", "2021", None)


def test_a_former_seat_ends_when_the_term_after_its_last_began():
    got = seats("Ông Trần Văn Bình, nguyên Ủy viên Trung ương Đảng các khóa X, XI, nguyên Bộ trưởng Bộ Tài chính, "
                "dự buổi lễ.")
    assert got["Ủy viên Ban Chấp hành Trung ương Đảng"] == ("former", "2006", "2016")


def test_a_seat_left_before_its_term_ended_takes_no_end_from_the_term():
    got = seats("Ông Trần Văn Bình, nguyên đại biểu Quốc hội khóa XIV, bị khởi tố.", "2018-05-03")
    assert got["đại biểu Quốc hội khóa XIV"] == ("former", "2016", None)


def test_a_seat_filled_mid_term_takes_no_start_from_the_term():
    got = seats("Hội nghị bầu bổ sung ông Trần Văn Bình làm Ủy viên Trung ương Đảng khóa XII.")
    assert got["Ủy viên Ban Chấp hành Trung ương Đảng"][1] is None


def test_a_body_that_fills_its_seats_mid_term_is_no_term_seat():
    got = seats("Ông Trần Văn Bình là Ủy viên Bộ Chính trị khóa XII.")
    assert got["Ủy viên Bộ Chính trị"][1] is None


def test_a_candidate_holds_no_seat_yet():
    got = seats("Ông Trần Văn Bình ứng cử đại biểu Quốc hội khóa XV.", "2021-04-10")
    assert got["đại biểu Quốc hội khóa XV"] == ("nominated", None, None)


def test_the_deputy_written_short_is_a_term_seat_too():
    got = seats("Ông Trần Văn Bình, ĐBQH khóa XIV, phát biểu tại hội trường.")
    assert got["Đại biểu Quốc hội khóa XIV"] == ("holds", "2016", None)


def test_the_party_congress_that_elects_a_central_committee_seat_names_its_term():
    got = seats("Tại Đại hội Đảng khoá XII, ông Trần Văn Bình trúng cử Uỷ viên dự khuyết Ban Chấp hành Trung ương.")
    assert got["Uỷ viên dự khuyết Ban Chấp hành Trung ương Đảng"] == ("appointed", "2016", None)


def test_a_provinces_congress_names_no_central_term():
    got = seats("Tại Đại hội Đảng bộ tỉnh Nghệ An lần thứ XVIII, ông Trần Văn Bình được bầu làm Ủy viên Ban "
                "Chấp hành Trung ương.")
    assert got["Ủy viên Ban Chấp hành Trung ương Đảng"][1] is None
