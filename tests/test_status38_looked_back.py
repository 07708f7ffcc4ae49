"""Acts the report looks back on, thirty-eighth status round: an appointment or a removal dated with its day and
its year at the head of its sentence, months before the day the report tells its own event by ("Sáng 12/5, ..."),
is background. The appointment's post is held at the report's date, the removal's post is a past one ("former").
An act a few days before the report's day stays the report's act.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_an_appointment_dated_with_its_year_months_before_the_report_is_a_post_held_now():
    got = pipeline_posts("Sáng 12/5, Thanh tra tỉnh Quảng Trị công bố kết luận thanh tra về quản lý đất đai. "
                         "Ngày 9-9-2016, Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm ông Trần Văn Lâm giữ chức "
                         "Giám đốc Sở Nội vụ tỉnh Quảng Trị.", "Công bố kết luận thanh tra đất đai")
    assert ("Trần Văn Lâm", "Giám đốc", "Sở Nội vụ tỉnh Quảng Trị", "holds") in got
    # an act signed two days before the ceremony the report tells is that ceremony's act
    got = pipeline_posts("Sáng 8/2, Tỉnh ủy Quảng Trị tổ chức hội nghị công bố quyết định về công tác cán bộ. "
                         "Ngày 6/2/2017, Ban Bí thư đã ký quyết định chỉ định ông Hồ Văn Tâm giữ chức Phó Bí thư "
                         "Tỉnh ủy Quảng Trị.", "Công bố quyết định nhân sự")
    assert ("Hồ Văn Tâm", "Phó Bí thư", "Tỉnh ủy Quảng Trị", "appointed") in got


def test_a_removal_dated_with_its_year_months_before_the_report_is_a_past_post():
    got = pipeline_posts("Chiều 20/4, Tòa án nhân dân tỉnh Hòa Bình mở phiên xét xử sơ thẩm vụ án. "
                         "Ngày 3/10/2016, ông Lê Văn Khải bị cách chức Giám đốc Sở Tài chính tỉnh Hòa Bình.",
                         "Xét xử vụ án tại Sở Tài chính")
    assert ("Lê Văn Khải", "Giám đốc", "Sở Tài chính tỉnh Hòa Bình", "former") in got


def test_the_content_of_an_act_dated_months_before_the_report_is_looked_back_on_too():
    got = pipeline_posts("Chiều 18-9, Ủy ban Kiểm tra Trung ương công bố kết luận kiểm tra tại Quảng Trị. Ngày "
                         "6-2-2017, Ban Thường vụ Tỉnh ủy Quảng Trị công bố quyết định về công tác cán bộ. Theo đó, "
                         "ông Lê Minh Sơn thôi giữ chức Trưởng Ban Dân vận Tỉnh ủy Quảng Trị, đến nhận nhiệm vụ Bí thư "
                         "Huyện ủy Cam Lộ.", "Kết luận kiểm tra")
    assert ("Lê Minh Sơn", "Bí thư", "Huyện ủy Cam Lộ", "holds") in got
    assert ("Lê Minh Sơn", "Trưởng", "Ban Dân vận Tỉnh ủy Quảng Trị", "former") in got
