"""Leaving cues written after a person's titles, forty-first round (kinds3233 class 8). "không tái cử" ends the
person's member seats and no office; "thôi tham gia / không tham gia BODY" ends the person's posts in the bodies it
names; a retirement decision handed "cho" the person ends the titles written with them, the Party's too where a
Party body hands it. A person joined to another by "và" before the cue is its subject as well.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_not_standing_again_ends_the_seats_of_each_subject_and_no_office():
    got = pipeline_posts("Sáng 5/8, Đại hội Đảng bộ tỉnh Yên Bái bế mạc. Trong đó, đồng chí Lò Văn Sáu, Uỷ viên Ban "
                         "Thường vụ Tỉnh uỷ, Giám đốc Sở Tài chính và đồng chí Hà Thị Tám, Uỷ viên Ban Thường vụ Tỉnh "
                         "uỷ, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ không tái cử do đủ tuổi nghỉ hưu.", "Đại hội")
    assert ("Lò Văn Sáu", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ", "left") in got
    assert ("Hà Thị Tám", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ", "left") in got
    assert ("Lò Văn Sáu", "Giám đốc", "Sở Tài chính", "holds") in got
    assert ("Hà Thị Tám", "Chủ nhiệm", "Uỷ ban Kiểm tra Tỉnh uỷ", "holds") in got
    # the cue's subject is another ("nhiều đồng chí"): the titles before it stay held
    got = pipeline_posts("Sáng 5/8, Đại hội Đảng bộ tỉnh Yên Bái bế mạc. Đồng chí Lò Văn Sáu, Uỷ viên Ban Thường vụ "
                         "Tỉnh uỷ, Giám đốc Sở Tài chính phát biểu; nhiều đồng chí không tái cử do đủ tuổi nghỉ hưu.",
                         "Đại hội")
    assert ("Lò Văn Sáu", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ", "holds") in got


def test_leaving_a_committee_for_its_new_term_ends_the_post_in_it():
    got = pipeline_posts("Sáng 5/8, Đại hội MTTQ tỉnh Yên Bái bế mạc. Ông Lò Văn Sáu, Phó Chủ tịch Uỷ ban MTTQ Việt "
                         "Nam tỉnh khoá XI không tham gia Uỷ ban khoá mới để nghỉ hưu.", "Đại hội")
    assert ("Lò Văn Sáu", "Phó Chủ tịch", "Uỷ ban MTTQ Việt Nam tỉnh", "left") in got


def test_quitting_the_boards_ends_the_seat_written_among_the_titles():
    got = pipeline_posts("Sáng 5/8, hội nghị công bố quyết định của Ban Bí thư cho đồng chí Lò Văn Sáu, Uỷ viên Ban "
                         "Thường vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh Yên Bái, thôi tham gia Ban Chấp hành, Ban Thường "
                         "vụ Tỉnh uỷ, thôi giữ chức Phó Chủ tịch UBND tỉnh để nghỉ hưu.", "Hội nghị")
    assert ("Lò Văn Sáu", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ", "left") in got
    # a bare "Ban Chấp hành" is the province's, not the central committee the official sits on
    got = pipeline_posts("Sáng 5/8, Bộ Chính trị quyết định ông Lò Văn Sáu, Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ "
                         "Yên Bái thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh uỷ để nhận nhiệm vụ mới.",
                         "Bộ Chính trị")
    assert not any(p == "Lò Văn Sáu" and r == "Uỷ viên" and s == "left" for p, r, _, s in got)


def test_a_retirement_handed_by_the_party_ends_every_title_written_with_the_person():
    got = pipeline_posts("Sáng 5/8, Ban Thường vụ Tỉnh uỷ Yên Bái đã trao quyết định nghỉ hưu cho đồng chí Lò Văn "
                         "Sáu, Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng Ban Tuyên giáo Tỉnh uỷ, Chủ tịch Hội Nông dân "
                         "tỉnh.", "Nghỉ hưu")
    assert ("Lò Văn Sáu", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ", "left") in got
    assert ("Lò Văn Sáu", "Trưởng", "Ban Tuyên giáo Tỉnh uỷ", "left") in got
    assert ("Lò Văn Sáu", "Chủ tịch", "Hội Nông dân tỉnh", "left") in got
    # a decision the army hands ends the office, not the Party's seat
    got = pipeline_posts("Sáng 5/8, Bộ Quốc phòng tổ chức lễ công bố quyết định nghỉ hưu đối với Thiếu tướng Lò Văn "
                         "Sáu, Uỷ viên Ban Thường vụ Đảng uỷ Quân khu, Phó Tư lệnh Quân khu 2.", "Nghỉ hưu")
    assert ("Lò Văn Sáu", "Phó Tư lệnh", "Quân khu 2", "left") in got
    assert not any(p == "Lò Văn Sáu" and r == "Uỷ viên" and s == "left" for p, r, _, s in got)
