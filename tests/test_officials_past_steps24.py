"""Which past appointment a report tells is still held (issue 15, round 24).

A post gained on a date before the report is a step of a career, not the report's event. It stays
held when nothing the report tells ends it (the person's latest step, a seat held beside other
posts, a post the text says is held now), and is former when a later dated step of the same person,
a later date in its sentence or the head's post of the same body follows it. A post the text says is
held now ("hiện là") stays held though a dated career line repeats it.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from kg.model import PartialDate
from tests.fixtures_officials import facts
from tests.test_officials_cited_appointments import _dated_facts

_EVENT = "Sáng 11/5, HĐND thành phố bầu ông Trần Văn Nam giữ chức Phó Chủ tịch UBND thành phố Cần Thơ. "


def test_the_latest_dated_appointment_is_held_and_the_earlier_step_former():
    got = facts(_EVENT + "Ngày 2/11/2010, ông được bổ nhiệm chức vụ Phó Chánh Văn phòng UBND thành phố Cần Thơ. "
                "Ngày 13/11/2015, ông Trần Văn Nam được Chủ tịch UBND TP. Cần Thơ bổ nhiệm giữ chức vụ Chánh Văn "
                "phòng UBND thành phố Cần Thơ. Nhiệm kỳ 2016 - 2021 đã qua một nửa.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng UBND thành phố Cần Thơ", "holds") in got
    assert ("Trần Văn Nam", "Phó Chánh", "Văn phòng UBND thành phố Cần Thơ", "former") in got
    assert ("Trần Văn Nam", "Phó Chủ tịch", "UBND thành phố Cần Thơ", "appointed") in got


def test_a_dated_appointment_of_an_earlier_year_than_a_dated_report_is_held_when_nothing_follows():
    got = _dated_facts("Ngày 27/6/2016, ông Trần Văn Nam được bầu làm Chủ tịch UBND tỉnh Hà Tĩnh.",
                       PartialDate(2019, 7, 6))
    assert got == {("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Hà Tĩnh", "holds")}


def test_a_later_date_in_the_same_sentence_ends_the_step():
    got = _dated_facts("Năm 2011, ông Trần Văn Nam được bổ nhiệm chức Phó Chủ tịch UBND thành phố Đà Nẵng, "
                       "đến tháng 4/2014 được bầu giữ chức Phó Bí thư Thành ủy.", PartialDate(2017, 10, 1))
    assert ("Trần Văn Nam", "Phó Chủ tịch", "UBND thành phố Đà Nẵng", "former") in got


def test_a_term_of_office_written_after_the_post_is_no_later_date():
    got = _dated_facts("Tháng 5/2016, ông Trần Văn Nam được bầu làm Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ "
                       "2016 - 2021.", PartialDate(2018, 3, 1))
    assert got == {("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Nghệ An", "holds")}


def test_a_seat_beside_other_posts_is_not_ended_by_a_later_step_elsewhere():
    got = _dated_facts("Tháng 1/2016, ông Trần Văn Nam được bầu làm Uỷ viên dự khuyết Ban Chấp hành Trung ương "
                       "Đảng. Ngày 21/4/2016, ông Trần Văn Nam được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh.",
                       PartialDate(2019, 7, 6))
    assert ("Trần Văn Nam", "Uỷ viên dự khuyết", "Ban Chấp hành Trung ương Đảng", "holds") in got
    assert ("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Hà Tĩnh", "holds") in got


def test_a_deputy_post_beside_the_head_of_the_same_body_is_former():
    got = _dated_facts("Ông Trần Văn Nam, Trưởng Ban Nội chính Trung ương, phát biểu. Từ tháng 1/2013, ông "
                       "Trần Văn Nam được điều động làm Phó Trưởng Ban Nội chính Trung ương.", PartialDate(2016, 4, 1))
    assert ("Trần Văn Nam", "Phó Trưởng", "Ban Nội chính Trung ương", "former") in got
    assert ("Trần Văn Nam", "Trưởng", "Ban Nội chính Trung ương", "holds") in got


def test_a_post_said_held_now_stays_held_though_a_dated_line_repeats_it():
    got = facts("Ông Trần Văn Nam hiện là Thành ủy viên, Phó Giám đốc Công an thành phố Cần Thơ. "
                "Tháng 5/2007 đến 12/05/2011: Ông Trần Văn Nam được bổ nhiệm là Phó Giám đốc Công an thành phố "
                "Cần Thơ.")
    assert ("Trần Văn Nam", "Phó Giám đốc", "Công an thành phố Cần Thơ", "holds") in got


def test_held_now_does_not_reach_past_another_status_word():
    got = facts("Ông Trần Văn Nam hiện là Phó Chủ tịch UBND tỉnh, từng giữ chức Giám đốc Sở Tư pháp tỉnh Kon Tum. "
                "Tháng 5/2007 đến 12/05/2011: Ông Trần Văn Nam là Giám đốc Sở Tư pháp tỉnh Kon Tum.")
    assert ("Trần Văn Nam", "Giám đốc", "Sở Tư pháp tỉnh Kon Tum", "former") in got


def test_a_later_step_told_with_sau_do_ends_the_dated_step_before_it():
    got = _dated_facts("Ngày 17/3/2015, bà Trần Thị Lan được bổ nhiệm làm Quyền Trưởng Phòng Giáo dục huyện Tuy "
                       "Đức. Sau đó gần 4 tháng, bà Lan chính thức được bổ nhiệm làm Trưởng Phòng Giáo dục huyện Tuy "
                       "Đức.", PartialDate(2018, 5, 1))
    assert ("Trần Thị Lan", "Quyền Trưởng", "Phòng Giáo dục huyện Tuy Đức", "former") in got


def test_earlier_steps_listed_after_sau_do_in_a_career_list_end_nothing():
    got = _dated_facts("Ngày 21/4/2016, ông Trần Văn Nam được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh. Trước khi giữ "
                       "chức Chủ tịch UBND tỉnh Hà Tĩnh, ông Trần Văn Nam từng giữ các chức vụ: Phó giám đốc và sau "
                       "đó là Giám đốc Sở Xây dựng tỉnh Hà Tĩnh.", PartialDate(2019, 7, 6))
    assert ("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Hà Tĩnh", "holds") in got


def test_a_step_later_in_the_same_month_ends_the_one_before():
    got = _dated_facts("Ngày 9/4/2016, ông Trần Văn Nam được bầu giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh. Ngày 21/4/2016, "
                       "ông Trần Văn Nam được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh.", PartialDate(2019, 7, 6))
    assert ("Trần Văn Nam", "Phó Bí thư", "Tỉnh ủy Hà Tĩnh", "former") in got
    assert ("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Hà Tĩnh", "holds") in got
