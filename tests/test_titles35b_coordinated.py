"""Coordinated subjects with ranks, thirty-fifth titles round: "Đại tá A, <post> và Đại tá B, <post>,
được bổ nhiệm giữ chức X": a rank before the second name does not break the list, so both are given X
(as with "ông A, ... và ông B, ...").

The sentences are our own, written in the shape of police and army personnel reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_two_ranked_subjects_share_one_appointment():
    got = pipeline_posts("Đại tá Nguyễn Văn Hải, Trưởng phòng Cảnh sát hình sự (cũ) và Đại tá Trần Văn Nam, Trưởng "
                         "phòng An ninh kinh tế (cũ), được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh.", "Bổ nhiệm")
    assert ("Nguyễn Văn Hải", "Phó Giám đốc", "Công an tỉnh", "appointed") in got
    assert ("Trần Văn Nam", "Phó Giám đốc", "Công an tỉnh", "appointed") in got
