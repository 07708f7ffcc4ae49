"""Statuses, thirty-sixth careers round: the members of a body listed under their count right after the report's
election into that body are elected now; a list with no count, or with no election told before it, names members
who hold the seat.

The sentences are our own, written in the shape of corpus reports of council sessions.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)

_SESSION = ("Sáng 12/7, HĐND tỉnh Yên Bình bầu ông Hà Văn Toản, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh "
            "Yên Bình nhiệm kỳ 2021-2026.\n")


def test_members_listed_under_their_count_after_the_election_into_the_body_are_elected():
    got = pipeline_posts(_SESSION + "Ngoài ra, còn có 3 ủy viên UBND, gồm: ông Lò Văn Sinh - Giám đốc Sở Nội vụ; "
                         "bà Đinh Thị Huế - Giám đốc Sở Tài chính và ông Vi Văn Đức - Giám đốc Sở Y tế.",
                         "Kỳ họp HĐND tỉnh Yên Bình")
    for name in ("Lò Văn Sinh", "Đinh Thị Huế", "Vi Văn Đức"):
        assert (name, "ủy viên", "UBND", "appointed") in got
    assert ("Lò Văn Sinh", "Giám đốc", "Sở Nội vụ", "holds") in got
    # with no count, or with no election into the body told before it, the list names those who hold the seat
    got = pipeline_posts(_SESSION + "Dự kỳ họp có các ủy viên UBND: ông Lò Văn Sinh - Giám đốc Sở Nội vụ; bà Đinh "
                         "Thị Huế - Giám đốc Sở Tài chính và ông Vi Văn Đức - Giám đốc Sở Y tế.",
                         "Kỳ họp HĐND tỉnh Yên Bình")
    assert not any(p[0] == "Đinh Thị Huế" and p[3] == "appointed" for p in got)
    got = pipeline_posts("Sáng 12/7, HĐND tỉnh Yên Bình bầu ông Hà Văn Toản giữ chức Chủ tịch HĐND tỉnh Yên Bình.\n"
                         "Hiện UBND tỉnh có 3 ủy viên UBND, gồm: ông Lò Văn Sinh - Giám đốc Sở Nội vụ; bà Đinh Thị "
                         "Huế - Giám đốc Sở Tài chính và ông Vi Văn Đức - Giám đốc Sở Y tế.",
                         "Kỳ họp HĐND tỉnh Yên Bình")
    assert not any(p[0] == "Đinh Thị Huế" and p[3] == "appointed" for p in got)


def test_an_appointment_the_report_tells_as_halted_leaves_the_post_held():
    got = pipeline_posts("Phó Chủ tịch UBND tỉnh Lê Văn Hào cho biết, tỉnh sẽ tạm dừng việc bổ nhiệm lại chức Giám "
                         "đốc Trung tâm Y tế huyện Mường Tè đối với ông Lò Văn Khánh để làm rõ các sai phạm.",
                         "Tạm dừng bổ nhiệm lại Giám đốc Trung tâm Y tế")
    assert ("Lò Văn Khánh", "Giám đốc", "Trung tâm Y tế huyện Mường Tè", "holds") in got
    got = pipeline_posts("Chiều 5/6, HĐND tỉnh đã tạm dừng bầu chức danh Phó Chủ tịch UBND tỉnh đối với ông Vi Văn "
                         "Hùng.", "Kỳ họp HĐND tỉnh")
    assert not any(p[0] == "Vi Văn Hùng" and p[3] == "appointed" for p in got)
    # an act done stays the report's own
    got = pipeline_posts("Chiều 5/6, UBND tỉnh đã bổ nhiệm lại ông Lò Văn Khánh giữ chức Giám đốc Trung tâm Y tế "
                         "huyện Mường Tè.", "Bổ nhiệm lại Giám đốc Trung tâm Y tế")
    assert ("Lò Văn Khánh", "Giám đốc", "Trung tâm Y tế huyện Mường Tè", "appointed") in got
