"""Acts told in a relative clause about the person just named, thirty-seventh status round: "ông A - người bị Ban
Chấp hành Trung ương cách chức Bí thư Tỉnh ủy", "ông B, người trước đó đã được Bộ Chính trị điều động giữ chức Phó
Trưởng Ban ..." say who the person is by an act before the report's event (relative_acts.tsv): the post gained is held,
the post removed former (the gold's conv25). A word of the same day in the clause keeps the act this event's.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_removal_told_in_a_relative_clause_is_former():
    got = pipeline_posts("Tại buổi họp báo, lãnh đạo tỉnh cho biết ông Trần Văn Hòa - người bị Ban Chấp hành Trung "
                         "ương cách chức Bí thư Tỉnh ủy Phú Yên - vẫn đang là đại biểu HĐND tỉnh.",
                         "Phú Yên họp báo về đất đai")
    assert ("Trần Văn Hòa", "Bí thư", "Tỉnh ủy Phú Yên", "former") in got


def test_a_move_told_in_a_relative_clause_is_a_post_held():
    got = pipeline_posts("Hội nghị bầu Bí thư Tỉnh ủy thay cho ông Mai Văn Hùng, người trước đó đã được Bộ Chính trị "
                         "điều động giữ chức Phó Trưởng Ban Tổ chức Trung ương. Ông Hoàng Văn Nam, người đã được bầu "
                         "giữ chức Chủ tịch UBND tỉnh Sơn La sáng nay, phát biểu nhận nhiệm vụ.",
                         "Ninh Bình có Bí thư mới")
    assert ("Mai Văn Hùng", "Phó Trưởng", "Ban Tổ chức Trung ương", "holds") in got
    # a word of the same day keeps the act this event's
    assert ("Hoàng Văn Nam", "Chủ tịch", "UBND tỉnh Sơn La", "appointed") in got


def test_the_clause_ends_at_a_second_person():
    got = pipeline_posts("Ông Lê Văn Tâm, người trước đó đã được điều động giữ chức Phó Chủ tịch UBND tỉnh Hà Nam, và "
                         "ông Đỗ Văn Lực được bầu giữ chức Ủy viên UBND tỉnh Hà Nam.", "Hà Nam kiện toàn nhân sự")
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds") in got
    assert ("Đỗ Văn Lực", "Ủy viên", "UBND tỉnh Hà Nam", "appointed") in got
