"""Appointments and the holders they replace, thirty-seventh officials round (b): a bare role closing a
person's capacity titles ("bầu ông A, Phó Bí thư Tỉnh ủy, Phó Chủ tịch làm Chủ tịch UBND tỉnh") no longer costs
the appointment; the replaced holder is read after a rank ("thay Thiếu tướng Y"), inside brackets ("(thay ông Y
nghỉ hưu)") and after a newly taken title in apposition ("ông A - tân Bí thư Tỉnh ủy X thay thế ông Y"), not
where "thay" means acting for someone ("ông A, Giám đốc Sở, thay ông Y trao quà").

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


def test_the_replaced_holder_after_a_new_title_in_apposition_not_after_acting_for():
    got = pipeline_posts("Ông Đặng Văn Khánh - tân Bí thư Tỉnh ủy Hà Nam thay thế ông Triệu Văn Vinh.", "Nhân sự")
    assert ("Triệu Văn Vinh", "Bí thư", "Tỉnh ủy Hà Nam", "left") in got
    got = pipeline_posts("Ông Đặng Văn Khánh, Giám đốc Sở Tư pháp thay ông Triệu Văn Vinh trao quà.", "Trao quà")
    assert not [p for p in got if p[0] == "Triệu Văn Vinh"]
