"""Appointments and the holders they replace, thirty-seventh officials round (b): a bare role closing a
person's capacity titles ("bầu ông A, Phó Bí thư Tỉnh ủy, Phó Chủ tịch làm Chủ tịch UBND tỉnh") no longer costs
the appointment; the replaced holder is read after a rank ("thay Thiếu tướng Y") and inside brackets ("(thay
ông Y nghỉ hưu)").

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_bare_role_closing_the_capacity_titles_does_not_cost_the_appointment():
    got = pipeline_posts("HĐND tỉnh bầu ông Lê Văn Bình, Phó Bí thư Tỉnh ủy, Phó Chủ tịch làm Chủ tịch UBND tỉnh Cao "
                         "Bằng.", "Kỳ họp HĐND")
    assert ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh Cao Bằng", "appointed") in got
    assert ("Lê Văn Bình", "Phó Bí thư", "Tỉnh ủy", "holds") in got


def test_the_replaced_holder_after_a_rank():
    got = pipeline_posts("Bộ Quốc phòng bổ nhiệm Đại tá Trần Văn Miên giữ chức Tham mưu trưởng Quân khu 5 thay Thiếu "
                         "tướng Phùng Văn Viết.", "Bổ nhiệm")
    assert ("Phùng Văn Viết", "Tham mưu trưởng", "Quân khu 5", "left") in got
    assert ("Trần Văn Miên", "Tham mưu trưởng", "Quân khu 5", "appointed") in got


def test_the_replaced_holder_in_brackets():
    got = pipeline_posts("HĐND tỉnh bầu ông Trần Văn Miên làm Phó Chủ tịch UBND tỉnh (thay ông Phùng Văn Viết nghỉ "
                         "hưu).", "Kỳ họp HĐND")
    assert ("Phùng Văn Viết", "Phó Chủ tịch", "UBND tỉnh", "left") in got

