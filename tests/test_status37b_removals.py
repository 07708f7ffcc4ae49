"""Removals, thirty-seventh status round (b): a decision that names no post ends the titles written with its person
after "đối với" (named_removals.decided_objects, named_removal_cues.tsv uses retire and decision); a removal only
asked for leaves the post held (asked_removals._asked_for, asked_acts.tsv).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_retirement_decision_ends_the_title_written_after_the_person():
    got = pipeline_posts("Hội nghị công bố quyết định nghỉ hưu theo chế độ kể từ 1/1/2019 đối với Thiếu tướng Lê Văn "
                         "Tâm, Phó Tư lệnh Quân khu 5.", "Quân khu 5 tổng kết năm")
    assert ("Lê Văn Tâm", "Phó Tư lệnh", "Quân khu 5", "left") in got


def test_a_retirement_decision_ends_the_offices_of_the_person_not_the_party_posts():
    got = pipeline_posts("Chiều 3/5, Thành ủy trao quyết định nghỉ hưu đối với bà Trần Thị Mai, Phó Bí thư Thành ủy, "
                         "Chủ tịch HĐND thành phố.", "Trao quyết định cán bộ")
    assert ("Trần Thị Mai", "Phó Bí thư", "Thành ủy", "holds") in got
    assert ("Trần Thị Mai", "Chủ tịch", "HĐND thành phố", "left") in got


def test_a_removal_decision_without_a_post_ends_the_apposed_title_and_no_one_elses():
    got = pipeline_posts("Tỉnh ủy công bố quyết định miễn nhiệm đối với ông Trần Văn Hải, Giám đốc Sở Tài chính; ông "
                         "Lê Văn Nam, Phó Giám đốc Sở, được giao phụ trách.", "Công bố quyết định")
    assert ("Trần Văn Hải", "Giám đốc", "Sở Tài chính", "left") in got
    assert ("Lê Văn Nam", "Phó Giám đốc", "Sở", "holds") in got
    # asked for only: nothing ends yet
    got = pipeline_posts("Tỉnh ủy đề nghị xem xét quyết định nghỉ hưu đối với ông Trần Văn Hải, Giám đốc Sở Tài chính.",
                         "Đề nghị nghỉ hưu")
    assert ("Trần Văn Hải", "Giám đốc", "Sở Tài chính", "holds") in got


def test_a_seat_the_assembly_is_asked_to_end_is_still_held():
    got = pipeline_posts("Ban Bí thư quyết định cách chức Ủy viên Ban Thường vụ Tỉnh ủy đối với ông Trần Văn Hải; đề "
                         "nghị Ủy ban Thường vụ Quốc hội xem xét để ông Trần Văn Hải thôi làm đại biểu Quốc hội khóa "
                         "XIV.", "Kỷ luật cán bộ")
    assert ("Trần Văn Hải", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "left") in got
    assert ("Trần Văn Hải", "đại biểu", "Quốc hội khóa XIV", "holds") in got


def test_a_removal_recommended_by_the_inspectors_is_not_done():
    got = pipeline_posts("Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh cách chức Giám đốc Sở Xây dựng đối với ông "
                         "Lê Văn Bình.", "Kết luận thanh tra")
    assert ("Lê Văn Bình", "Giám đốc", "Sở Xây dựng", "holds") in got
    # a request answered ("theo đề nghị của"), a review followed by the vote: done
    got = pipeline_posts("Theo đề nghị của Sở Nội vụ Chủ tịch UBND tỉnh quyết định cách chức Giám đốc Sở Xây dựng đối "
                         "với ông Lê Văn Bình.", "Cách chức giám đốc sở")
    assert ("Lê Văn Bình", "Giám đốc", "Sở Xây dựng", "left") in got
    got = pipeline_posts("HĐND tỉnh đã xem xét và biểu quyết miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông Lê Văn "
                         "Bình.",
                         "Kỳ họp HĐND tỉnh")
    assert ("Lê Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "left") in got
    got = pipeline_posts("Hội nghị Trung ương đã xem xét thi hành kỷ luật và cho thôi giữ chức Ủy viên Bộ Chính trị "
                         "đối với ông Lê Văn Bình.", "Hội nghị Trung ương")
    assert ("Lê Văn Bình", "Ủy viên", "Bộ Chính trị", "left") in got
