"""A steering committee named in full after a role, then written bare in running text, is that one
committee, as a bare head already is the one body the running text names in full (issue 15,
fourteenth round: "Trưởng ban chỉ đạo X" in lower case is read only after the role, so the bare "Ban
Chỉ đạo" of the next sentences stayed a body of its own). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of

NAMED = "Bà Lê Thị Hà, Trưởng ban chỉ đạo phòng chống thiên tai, cho biết mưa lớn sắp tới. "


def test_a_bare_head_in_running_text_is_the_one_committee_named_after_a_role():
    assert orgs_of(NAMED + "Trong tuần, Ban Chỉ đạo đã đề nghị các xã gia cố đê.") == {
        ("ban chỉ đạo phòng chống thiên tai", "Ban Chỉ đạo phòng chống thiên tai")}
    assert orgs_of(NAMED + "Các xã làm theo kế hoạch của Ban Chỉ đạo.") == {
        ("ban chỉ đạo phòng chống thiên tai", "Ban Chỉ đạo phòng chống thiên tai")}


def test_two_committees_named_leave_the_bare_head_alone():
    text = NAMED + "Ông Trần Văn Nam, Trưởng ban chỉ đạo cải cách hành chính, cho biết. " \
        "Ban Chỉ đạo đã đề nghị các xã gia cố đê."
    assert ("Ban Chỉ đạo", "Ban Chỉ đạo") in orgs_of(text)


def test_a_title_s_body_stays_as_the_title_writes_it():
    # the gold of a post is its body as written after the role
    text = NAMED + "Ông Trần Văn Nam, Phó Trưởng ban Thường trực Ban Chỉ đạo, đi kiểm tra đê."
    assert ("Ban Chỉ đạo", "Ban Chỉ đạo") in orgs_of(text)


def test_a_bare_head_going_on_in_lower_case_is_another_committee():
    # (seventeenth round: its lower-case name is read up to the predicate, no longer cut short)
    assert orgs_of(NAMED + "Ban Chỉ đạo tổng kết công tác bầu cử đã họp.") == {
        ("ban chỉ đạo phòng chống thiên tai", "Ban Chỉ đạo phòng chống thiên tai"),
        ("Ban Chỉ đạo tổng kết công tác bầu cử", "Ban Chỉ đạo tổng kết công tác bầu cử")}


def test_a_bare_head_is_the_one_listed_body_however_the_report_writes_that_body():
    # the full name in the new tone style and by its abbreviation, the bare head in the old style
    text = ("Uỷ ban Thường vụ Quốc hội đã họp phiên thứ 12. Các ý kiến được gửi Uỷ ban Thường vụ QH. "
            "Đoàn đại biểu cũng đã có văn bản gửi Ủy ban Thường vụ về vấn đề này.")
    assert {name for _, name in orgs_of(text)} == {"Ủy ban Thường vụ Quốc hội"}
