"""Statuses, thirty-eighth round (second wave): an act the report tells as earlier than its own event is not its
event. A predecessor's own move, told with the body that made it ("thay ông B - vừa được Ban Bí thư chỉ định làm
Bí thư Huyện ủy"), is held; a post given years before to a man whose successor the report's undated act elects
("Tháng 10/2015, ... bầu ông B giữ chức Bí thư Tỉnh ủy") is a past one; an appointment dated "vào ngày D" with its
year months before the report's day is held.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_predecessor_moved_by_a_named_body_holds_his_new_post():
    got = pipeline_posts("Sáng 12/3, Hội nghị Ủy ban Mặt trận Tổ quốc tỉnh Lào Cai đã hiệp thương cử bà Giàng Thị "
                         "Dung làm Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Lào Cai thay ông Lý Văn Sử - vừa được Ban "
                         "Bí thư chỉ định làm Bí thư Huyện ủy Sa Pa.", "Hiệp thương")
    assert ("Lý Văn Sử", "Bí thư", "Huyện ủy Sa Pa", "holds") in got
    assert ("Giàng Thị Dung", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc tỉnh Lào Cai", "appointed") in got


def test_a_post_given_in_a_year_dated_step_to_the_predecessor_of_the_reports_act_is_former():
    got = pipeline_posts("Hội nghị Ban Chấp hành Đảng bộ tỉnh Lai Châu đã bầu bà Lò Thị Mai giữ chức Bí thư Tỉnh ủy "
                         "Lai Châu. Tháng 10/2015, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lai Châu bầu ông "
                         "Vàng Văn Páo giữ chức Bí thư Tỉnh ủy Lai Châu.", "Bầu Bí thư Tỉnh ủy")
    assert ("Vàng Văn Páo", "Bí thư", "Tỉnh ủy Lai Châu", "former") in got
    assert ("Lò Thị Mai", "Bí thư", "Tỉnh ủy Lai Châu", "appointed") in got


def test_an_appointment_dated_on_its_day_months_before_the_report_is_held():
    got = pipeline_posts("Trưa nay (12.7), HĐND tỉnh Quảng Nam đã bỏ phiếu miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh "
                         "đối với ông Lê Văn Tâm. Ông Lê Văn Tâm được Ban Thường vụ Tỉnh ủy bổ nhiệm giữ chức Trưởng "
                         "ban Dân vận Tỉnh ủy Quảng Nam vào ngày 3.2.2017. Trước khi được bổ nhiệm làm Trưởng ban Dân "
                         "vận Tỉnh ủy, ông Lê Văn Tâm giữ chức Phó Chủ tịch UBND tỉnh Quảng Nam.",
                         "Miễn nhiệm Phó Chủ tịch")
    assert ("Lê Văn Tâm", "Trưởng", "ban Dân vận Tỉnh ủy", "holds") in got
