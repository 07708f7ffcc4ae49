"""Statuses of posts not yet given or taken (issue 15), sixteenth round, second leg.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

# an election written under a condition or a plan is not done: nominated


def test_an_election_under_a_condition_is_a_nomination():
    got = facts("Trả lời câu hỏi nếu Tổng bí thư Hà Văn Khải được Quốc hội bầu làm Chủ tịch nước thì hai "
                "văn phòng có sáp nhập, ông Lò Văn Tám nói chưa bàn.")
    assert ("Hà Văn Khải", "Chủ tịch nước", None, "nominated") in got
    assert ("Hà Văn Khải", "Tổng bí thư", None, "holds") in got


def test_an_election_told_as_done_stays_an_appointment():
    got = facts("Ông Hà Văn Khải được bầu làm Chủ tịch UBND tỉnh, ông sẽ nhận việc từ ngày mai.")
    assert got == {("Hà Văn Khải", "Chủ tịch", "UBND tỉnh", "appointed")}


# a removal asked about or planned leaves the post held


def test_a_removal_put_to_the_politburo_leaves_the_post_held():
    got = facts("Ban Thường vụ Thành ủy đã gửi văn bản xin ý kiến Bộ Chính trị về nhân sự, trong đó có "
                "việc miễn nhiệm chức danh Chủ tịch HĐND thành phố với ông Hà Văn Khải.")
    assert got == {("Hà Văn Khải", "Chủ tịch", "HĐND thành phố", "holds")}


def test_a_removal_on_the_agenda_leaves_the_post_held():
    got = facts("Trong những ngày cuối kỳ họp, Quốc hội sẽ xem xét việc miễn nhiệm tư cách đại biểu Quốc "
                "hội của ông Hà Văn Khải.")
    assert got == {("Hà Văn Khải", "đại biểu", "Quốc hội", "holds")}


def test_a_removal_already_decided_told_with_se_is_left():
    got = facts("Theo đó, sẽ cách chức Trưởng phòng Tài nguyên và Môi trường huyện đối với ông Hà Văn Khải.")
    assert got == {("Hà Văn Khải", "Trưởng", "phòng Tài nguyên và Môi trường huyện", "left")}


def test_a_removal_told_as_done_is_left():
    got = facts("Chiều qua, HĐND tỉnh đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Hà Văn Khải.")
    assert ("Hà Văn Khải", "Phó Chủ tịch", "UBND tỉnh", "left") in got


# the one replaced by a nominee keeps the post until the vote


def test_the_one_a_nominee_would_replace_still_holds_the_post():
    got = facts("Bà Lò Thị Mai, Chủ nhiệm Ủy ban Kinh tế được giới thiệu giữ chức Trưởng ban Dân nguyện "
                "thay ông Lò Văn Tám.")
    assert ("Lò Thị Mai", "Trưởng", "ban Dân nguyện", "nominated") in got
    assert ("Lò Văn Tám", "Trưởng", "ban Dân nguyện", "holds") in got


def test_the_one_an_elected_person_replaces_left_the_post():
    got = facts("Ông Hà Văn Khải được bầu giữ chức Chủ tịch UBND tỉnh Lai Châu thay ông Lò Văn Tám nghỉ hưu.")
    assert ("Hà Văn Khải", "Chủ tịch", "UBND tỉnh Lai Châu", "appointed") in got
    assert ("Lò Văn Tám", "Chủ tịch", "UBND tỉnh Lai Châu", "left") in got


def test_a_post_taken_already_after_a_plan_stays_taken():
    got = facts("Kỳ họp thứ 4 sẽ phê chuẩn Bộ trưởng Giao thông thay ông Hà Văn Khải đã làm Bí thư Thành ủy "
                "Đà Nẵng.")
    assert ("Hà Văn Khải", "Bí thư", "Thành ủy Đà Nẵng", "appointed") in got


# a removal told as background, dated before the report's event: former


def test_a_removal_dated_before_the_report_event_is_former():
    got = facts("Trước đó ngày 6/10, Ban Chấp hành Trung ương Đảng đã kỷ luật ông Hà Văn Khải bằng hình thức "
                "cách chức Bí thư Thành ủy Đà Nẵng.")
    assert got == {("Hà Văn Khải", "Bí thư", "Thành ủy Đà Nẵng", "former")}


def test_a_removal_earlier_in_the_same_session_without_a_day_is_left():
    got = facts("Trước đó, các đại biểu nhất trí miễn nhiệm chức vụ Chủ tịch UBND tỉnh với ông Hà Văn Khải.")
    assert got == {("Hà Văn Khải", "Chủ tịch", "UBND tỉnh", "left")}


# a post held while something was done: former


def test_a_post_held_while_breaking_the_law_is_former():
    got = facts("Các bị cáo gồm Hà Văn Khải (phạm pháp khi đang là Thứ trưởng Bộ Nông nghiệp và Phát triển "
                "nông thôn), Lò Văn Tám (phạm pháp khi giữ cương vị Phó Viện trưởng VKSND Tối cao).")
    assert got == {("Hà Văn Khải", "Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn", "former"),
                   ("Lò Văn Tám", "Phó Viện trưởng", "VKSND Tối cao", "former")}


def test_a_fronted_post_held_while_moved_is_former():
    got = facts("Năm 2014, khi đang là Ủy viên Ủy ban Kiểm tra Trung ương, ông Hà Văn Khải được Trung ương "
                "điều động làm Phó Bí thư Tỉnh ủy Phú Yên.")
    assert ("Hà Văn Khải", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "former") in got


def test_a_post_held_now_is_held():
    assert facts("Hiện nay, ông Hà Văn Khải đang là Bí thư Tỉnh ủy Lai Châu.") == {
        ("Hà Văn Khải", "Bí thư", "Tỉnh ủy Lai Châu", "holds")}


# titles of a few unnamed holders before a name are not the name's


def test_titles_of_a_few_unnamed_holders_are_not_the_next_names():
    got = facts("Chính quyền đã xử lý rồi, rồi mấy ông Bộ trưởng, Thứ trưởng Tài nguyên - Môi trường, ông Hà "
                "Văn Khải, nguyên Bí thư Tỉnh ủy Hà Tĩnh cũng thôi.")
    assert got == {("Hà Văn Khải", "Bí thư", "Tỉnh ủy Hà Tĩnh", "former")}


def test_a_title_set_off_before_a_name_is_still_the_names():
    assert facts("Dự buổi làm việc có Bộ trưởng Bộ Y tế, ông Hà Văn Khải.") == {
        ("Hà Văn Khải", "Bộ trưởng", "Bộ Y tế", "holds")}


# "Đối với trường hợp của X, <title> <verb>": the title is the clause's subject, not X's


def test_the_subject_after_a_case_opener_is_not_the_cases_person():
    got = facts("Tôi đã nói rồi, thôi cả đại biểu Quốc hội...” Đối với trường hợp của Lò Văn Tám, Tổng Bí "
                "thư nhấn mạnh đã khai trừ khỏi Đảng.")
    assert not any(f[0] == "Lò Văn Tám" for f in got)


def test_the_cases_person_keeps_a_title_closed_by_a_comma():
    got = facts("Về trường hợp của bà Lò Thị Mai, Giám đốc Sở Y tế tỉnh, UBKT kết luận bà đã vi phạm.")
    assert got == {("Lò Thị Mai", "Giám đốc", "Sở Y tế tỉnh", "holds")}
