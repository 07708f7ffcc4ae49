"""Army bodies and roles, thirty-seventh officials round (b): a numbered body ("Quân khu 5") that a report
names once with its number and then writes bare ("Tham mưu trưởng Quân khu") is the one such body the report
names (bare_head_bodies.tsv, reach "report"); a capacity title whose body is not read no longer costs
the appointment that follows it; the heads of an army body's branches and a unit's political officer are
roles (roles.tsv); a capitalised "Trung tâm" right after a title refers back to the one centre the report named
(back_reference_bodies.tsv).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_bare_numbered_head_is_the_one_such_body_the_report_names_even_named_after_it():
    got = pipeline_posts("Thiếu tướng Nguyễn Văn An, Phó Tư lệnh, Tham mưu trưởng Quân khu chủ trì hội nghị tổng kết "
                         "của Quân khu 5.", "Hội nghị quân sự")
    assert ("Nguyễn Văn An", "Phó Tư lệnh", "Quân khu", "holds") in got
    assert ("Nguyễn Văn An", "Tham mưu trưởng", "Quân khu", "holds") in got


def test_a_bare_numbered_head_in_a_later_sentence_unless_the_report_names_two():
    got = pipeline_posts("Quân khu 5 tổ chức hội nghị. Ông Trần Văn Minh, Chính ủy Quân khu, phát biểu.", "Hội nghị")
    assert ("Trần Văn Minh", "Chính ủy", "Quân khu", "holds") in got
    # two such bodies named: which one? nothing is read
    got = pipeline_posts("Quân khu 5 và Quân khu 7 tổ chức hội nghị. Ông Trần Văn Minh, Chính ủy Quân khu, phát "
                         "biểu.", "Hội nghị")
    assert not [p for p in got if p[0] == "Trần Văn Minh"]


def test_an_unread_capacity_title_does_not_cost_the_appointment():
    got = pipeline_posts("Bộ Quốc phòng bổ nhiệm Đại tá Lê Văn Bình, Phó Tham mưu trưởng Quân khu, giữ chức Tham mưu "
                         "trưởng Quân khu 5.", "Bổ nhiệm")
    assert ("Lê Văn Bình", "Tham mưu trưởng", "Quân khu 5", "appointed") in got
    got = pipeline_posts("UBND tỉnh bổ nhiệm ông Lê Văn Bình, Phó Giám đốc Công ty, giữ chức Giám đốc Sở Tư pháp.",
                         "Bổ nhiệm")
    assert ("Lê Văn Bình", "Giám đốc", "Sở Tư pháp", "appointed") in got


def test_army_branch_heads_and_political_officers_are_roles():
    got = pipeline_posts("Ông Nguyễn Văn Tư, Phó Chủ nhiệm Chính trị Quân khu 5, và ông Ngô Văn Tài, Chủ nhiệm Hậu cần "
                         "Quân khu 5, dự lễ. Ông Trần Văn Sáu, Chính trị viên Tiểu đoàn 307, phát biểu.", "Lễ")
    assert ("Nguyễn Văn Tư", "Phó Chủ nhiệm Chính trị", "Quân khu 5", "holds") in got
    assert ("Ngô Văn Tài", "Chủ nhiệm Hậu cần", "Quân khu 5", "holds") in got
    assert ("Trần Văn Sáu", "Chính trị viên", "Tiểu đoàn 307", "holds") in got


def test_a_capitalised_bare_centre_refers_back_to_the_one_centre_named():
    got = pipeline_posts("Đoàn đến thăm Trung tâm Điều dưỡng người cao tuổi Bình Minh. Ông Trần Văn Lực, Giám đốc "
                         "Trung tâm cho biết đơn vị đang chăm sóc 80 cụ.", "Thăm hỏi")
    assert ("Trần Văn Lực", "Giám đốc", "Trung tâm Điều dưỡng người cao tuổi Bình Minh", "holds") in got
    got = pipeline_posts("Đoàn đến thăm Trung tâm Y tế huyện Tân An và Trung tâm Văn hóa huyện. Ông Trần Văn Lực, "
                         "Giám đốc Trung tâm cho biết.", "Thăm hỏi")
    assert not [p for p in got if p[0] == "Trần Văn Lực"]
