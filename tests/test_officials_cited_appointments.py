"""An appointment a report cites from an earlier year is not the report's event (issue 15): its
post is held since (or former when the report ends it), not "appointed". A tenure range that has
ended makes a post gained at its start former.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


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
