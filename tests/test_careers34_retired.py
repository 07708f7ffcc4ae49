"""Statuses, thirty-fourth careers round: a predecessor the report's act replaces, named as already retired
("thay bà B, Trưởng ban, đã nghỉ hưu"), left the post before the event: former; "thay ông B nghỉ hưu", told
with the act, stays left.

The sentences are our own, written in the shape of corpus and wtune reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_predecessor_already_retired_with_apposed_titles_is_former():
    got = pipeline_posts("Sáng 5/8, HĐND tỉnh đã bầu bà Nguyễn Thị An, Phó Trưởng Ban Pháp chế HĐND tỉnh giữ chức "
                         "Trưởng Ban Pháp chế HĐND tỉnh, thay bà Lê Thị Bình, Trưởng ban, đã nghỉ hưu theo chế độ.",
                         "Kỳ họp HĐND")
    assert ("Nguyễn Thị An", "Trưởng", "Ban Pháp chế HĐND tỉnh", "appointed") in got
    assert ("Lê Thị Bình", "Trưởng", "Ban Pháp chế HĐND tỉnh", "former") in got


def test_a_predecessor_retired_from_a_past_day_is_former():
    got = pipeline_posts("Ban Thường vụ Tỉnh ủy chỉ định ông Trần Văn Hùng giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, "
                         "thay ông Phạm Văn Long được nghỉ hưu theo chế độ từ ngày 1/3.", "Nhân sự")
    assert ("Phạm Văn Long", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy", "former") in got


def test_a_predecessor_retiring_with_the_act_stays_left():
    got = pipeline_posts("Ban Thường vụ Tỉnh ủy chỉ định ông Trần Văn Hùng giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, "
                         "thay ông Phạm Văn Long nghỉ hưu theo chế độ.", "Nhân sự")
    assert ("Phạm Văn Long", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy", "left") in got
