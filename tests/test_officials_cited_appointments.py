"""An appointment a report cites from an earlier year is not the report's event (issue 15): its
post is held since (or former when the report ends it), not "appointed". A tenure range that has
ended makes a post gained at its start former.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from kg.loaders.extract.officials import extract_officials
from kg.model import Extraction, PartialDate, Report
from tests.fixtures_officials import facts, officials


def test_an_election_dated_in_an_earlier_year_in_a_report_of_a_later_event():
    # the report's own event is written without a year ("sáng 26/10"), the cited one with its year,
    # earlier than the latest year the report writes (here the end of a term)
    got = facts("Sáng 26/10, Quốc hội phê chuẩn ông Trần Văn Nam giữ chức Tổng thanh tra Chính phủ. Ngày "
                "2/10/2015, ông Nam được bầu giữ chức Bí thư Tỉnh ủy Bạc Liêu nhiệm kỳ 2015 - 2020.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Bạc Liêu", "holds") in got
    assert ("Trần Văn Nam", "Tổng thanh tra", "Chính phủ", "appointed") in got


def test_an_election_on_a_full_date_in_a_report_with_no_other_date_stays_appointed():
    got = facts("Ngày 2/10/2015, ông Trần Văn Nam được bầu giữ chức Bí thư Tỉnh ủy Bạc Liêu.")
    assert got == {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Bạc Liêu", "appointed")}


def test_a_post_gained_at_the_start_of_an_ended_range_is_former():
    got = facts("Tháng 5/2007 đến 12/05/2011: Ông Trần Văn Nam được bổ nhiệm là Phó Giám đốc Công an tỉnh Quảng Trị.")
    assert got == {("Trần Văn Nam", "Phó Giám đốc", "Công an tỉnh Quảng Trị", "former")}



def test_a_month_of_an_earlier_year_is_cited_too():
    got = facts("Sáng 10/5, Bộ Chính trị phân công ông Trần Văn Nam giữ chức Bí thư Thành ủy. Hồi tháng 5/2013, "
                "ông Trần Văn Nam được bầu bổ sung vào Bộ Chính trị. Nhiệm kỳ 2015 - 2020 đã qua một nửa.")
    assert ("Trần Văn Nam", "Ủy viên", "Bộ Chính trị", "holds") in got
    assert ("Trần Văn Nam", "Bí thư", "Thành ủy", "appointed") in got


def test_a_person_replaced_on_a_date_the_report_cites_left_then_and_the_post_is_former():
    # a removal of an earlier year, told in a report of a later event, is no event of the report
    got = facts("Sáng 26/10, Quốc hội phê chuẩn ông Lê Văn Bình giữ chức Tổng thanh tra Chính phủ. Ngày "
                "2/10/2015, ông Bình được bầu giữ chức Bí thư Tỉnh ủy Bạc Liêu thay ông Trần Văn Nam. Nhiệm kỳ "
                "2015 - 2020 đã qua một nửa.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Bạc Liêu", "former") in got


def test_a_post_the_report_removes_is_left_though_the_report_also_tells_its_appointment():
    # one person, one post, both verbs: the removal is the later event (status rank: left over appointed)
    got = facts("Ông Trần Văn Nam được bầu giữ chức Chủ tịch UBND tỉnh Nghệ An. Hôm nay, HĐND tỉnh miễn nhiệm "
                "chức vụ Chủ tịch UBND tỉnh Nghệ An đối với ông Trần Văn Nam.")
    assert got == {("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Nghệ An", "left")}


def _dated_facts(text: str, published: PartialDate) -> set[tuple[str, str, str | None, str]]:
    report = Report(id="example", text=text, source_file="example.txt", published=published)
    ex = Extraction(report=report)
    extract_officials(report, ex)
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts}


def test_an_election_of_an_earlier_month_of_the_report_year_is_cited():
    # a report of October 2016 tells an election of January 2016: held since, not its event
    got = _dated_facts("Tháng 1/2016, ông Trần Văn Nam được bầu làm Bí thư Tỉnh ủy Nghệ An.", PartialDate(2016, 10, 3))
    assert got == {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Nghệ An", "holds")}


def test_an_election_of_the_report_month_stays_the_report_event():
    got = _dated_facts("Ngày 2/10/2016, ông Trần Văn Nam được bầu làm Bí thư Tỉnh ủy Nghệ An.",
                       PartialDate(2016, 10, 3))
    assert got == {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Nghệ An", "appointed")}


def test_an_undated_report_dates_its_own_day_in_the_latest_year_it_writes():
    # "Sáng 7/5" is the report's day, of 2016 at least: an assignment of February 2016 is cited
    got = facts("Sáng 7/5, Hội nghị Trung ương xem xét kỷ luật ông Trần Văn Nam. Đầu tháng 2/2016, ông Nam "
                "được Bộ Chính trị phân công làm Bí thư Thành ủy Cần Thơ.")
    assert ("Trần Văn Nam", "Bí thư", "Thành ủy Cần Thơ", "holds") in got


def test_an_undated_report_without_own_days_cites_a_month_of_a_year_before_its_latest():
    got = facts("Tháng 1/2016, ông Trần Văn Nam được bầu vào Bộ Chính trị. Năm 2017, ông Nam dẫn đoàn "
                "công tác thăm tỉnh Hà Giang.")
    assert ("Trần Văn Nam", "Ủy viên", "Bộ Chính trị", "holds") in got


def test_an_undated_report_with_a_later_own_month_keeps_a_month_of_its_latest_year_as_its_event_if_later():
    # the own day "2/3" is before the written "tháng 5/2016": nothing says May 2016 is past
    got = facts("Ngày 2/3, tỉnh họp bàn nhân sự. Tháng 5/2016, ông Trần Văn Nam được bầu làm Bí thư Tỉnh ủy Nghệ An.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Nghệ An", "appointed") in got


def test_an_election_at_a_congress_held_over_days_of_an_earlier_year_is_cited():
    # "các ngày 12-19/1/2011": the congress's days, an act at it is of 1/2011; the report writes 2013 later
    got = facts("Tại Đại hội đại biểu toàn quốc lần thứ XI diễn ra trong các ngày 12-19/1/2011, ông Trần Văn Nam "
                "được bầu vào Ban Chấp hành Trung ương Đảng khóa XI. Năm 2013, ông Nam về công tác tại tỉnh.")
    assert ("Trần Văn Nam", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "holds") in got


def test_an_election_at_a_session_held_over_days_is_dated_by_its_month():
    ex = officials("Tại kỳ họp thứ nhất diễn ra từ 3-12/7/1975, ông Trần Văn Nam được bầu làm Chủ tịch Quốc hội.")
    assert [(p.role, p.start.iso() if p.start else None, p.end) for p in ex.posts] == [("Chủ tịch", "1975-07", None)]
