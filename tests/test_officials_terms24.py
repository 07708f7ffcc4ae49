"""Terms of office in an undated report, a climb within one body, and an appointment to a post the
report calls "nguyên" (issue 15, round 24). The sentences are our own, in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_party_term_still_running_is_held_beside_a_later_state_term():
    # undated: the latest year outside the terms is 2019; "2016-2021" (another body's term) is no date
    got = facts("Ngày 11/4/2019, Tỉnh ủy công bố quyết định giao quyền Chủ tịch UBND tỉnh An Giang nhiệm kỳ "
                "2016-2021 cho ông Trần Văn Nam, Uỷ viên Ban Thường vụ Tỉnh uỷ An Giang nhiệm kỳ 2015-2020.")
    assert ("Trần Văn Nam", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ An Giang", "holds") in got


def test_a_term_that_ended_when_a_later_term_began_is_over_in_an_undated_report():
    got = facts("Ông Trần Văn Nam, Phó Bí thư Tỉnh uỷ Vĩnh Phúc nhiệm kỳ 2010-2015, bị kỷ luật. Bà Lê Thị Hoa, "
                "Bí thư Tỉnh uỷ Vĩnh Phúc nhiệm kỳ 2015-2020, chịu trách nhiệm người đứng đầu.")
    assert ("Trần Văn Nam", "Phó Bí thư", "Tỉnh uỷ Vĩnh Phúc", "former") in got
    assert ("Lê Thị Hoa", "Bí thư", "Tỉnh uỷ Vĩnh Phúc", "holds") in got


def test_a_deputy_post_and_the_head_post_of_one_body_in_one_run_the_deputy_is_a_past_step():
    got = facts("Sau đó ông Trần Văn Nam được điều động, bổ nhiệm giữ chức Phó Giám đốc, Giám đốc Sở Giáo dục "
                "và Đào tạo tỉnh An Giang.")
    assert ("Trần Văn Nam", "Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh An Giang", "former") in got


def test_an_appointment_to_a_post_the_report_calls_nguyen_elsewhere_is_a_past_step():
    got = facts("Ông Trần Văn Nam, nguyên Giám đốc Sở Tư pháp tỉnh Kon Tum, phát biểu. Năm 2009, ông Trần Văn "
                "Nam được bổ nhiệm giữ chức Giám đốc Sở Tư pháp tỉnh Kon Tum.")
    assert got == {("Trần Văn Nam", "Giám đốc", "Sở Tư pháp tỉnh Kon Tum", "former")}


def test_nguyen_and_a_re_election_in_one_sentence_stay_this_report_s_event():
    got = facts("Ông Trần Văn Nam, nguyên Phó Bí thư Tỉnh ủy Đồng Nai, được bầu lại làm Phó Bí thư Tỉnh ủy Đồng Nai.")
    assert ("Trần Văn Nam", "Phó Bí thư", "Tỉnh ủy Đồng Nai", "appointed") in got
