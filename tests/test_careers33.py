"""Statuses, thirty-third careers round: a list of members a session approves ("Các phó chủ tịch HĐND
khoá mới được thông qua gồm bà A và ông B") is an appointment, as "được bầu" is.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts  # (person, role, body as written, status)
from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_members_of_a_list_the_session_approves_are_appointed():
    assert facts("Các phó chủ tịch HĐND khoá mới được thông qua gồm bà Nguyễn Thị An và ông Lê Văn Bình.") == {
        ("Nguyễn Thị An", "phó chủ tịch", "HĐND", "appointed"),
        ("Lê Văn Bình", "phó chủ tịch", "HĐND", "appointed"),
    }


def test_a_law_approved_in_the_same_sentence_as_a_held_title_gives_it_nothing():
    assert facts("Theo Chủ tịch Quốc hội Nguyễn Văn An, Luật Đất đai được thông qua tại kỳ họp thứ 4.") == {
        ("Nguyễn Văn An", "Chủ tịch", "Quốc hội", "holds"),
    }


def test_the_head_of_a_body_founded_in_the_act_is_appointed_and_keeps_the_title_he_is_named_with():
    assert pipeline_posts("Chiều 17/3, Ban lễ tang nguyên Chủ tịch nước Lê Văn Khải được thành lập do Tổng bí "
                          "thư Nguyễn Văn Trọng làm trưởng ban.", "Tin trong ngày") == {
        ("Nguyễn Văn Trọng", "trưởng ban", "Ban lễ tang nguyên Chủ tịch nước Lê Văn Khải", "appointed"),
        ("Nguyễn Văn Trọng", "Tổng bí thư", "", "holds"),
    }


def test_each_head_of_a_list_of_founded_bodies_is_appointed():
    got = pipeline_posts("Hội nghị quyết định thành lập 5 tiểu ban gồm: Tiểu ban Văn kiện do Tổng bí thư Nguyễn "
                         "Văn Trọng làm Trưởng tiểu ban; Tiểu ban Kinh tế xã hội do Thủ tướng Nguyễn Xuân Phương "
                         "đứng đầu.", "Tin trong ngày")
    assert ("Nguyễn Văn Trọng", "Trưởng tiểu ban", "Tiểu ban Văn kiện", "appointed") in got
    assert ("Nguyễn Xuân Phương", "Thủ tướng", "", "holds") in got


def test_a_founding_named_as_a_fault_or_a_body_without_a_founding_leaves_the_head_held():
    assert ("Nguyễn Văn An", "Chủ tịch HĐQT", "Công ty Minh Phát", "holds") in pipeline_posts(
        "Ông Lê Văn Bình có vi phạm trong việc thành lập Công ty Minh Phát do Nguyễn Văn An làm Chủ tịch HĐQT.",
        "Tin trong ngày")
    assert pipeline_posts("Công ty Minh Phát do ông Nguyễn Văn An làm giám đốc đã mở chi nhánh mới.",
                          "Tin trong ngày") == {("Nguyễn Văn An", "giám đốc", "Công ty Minh Phát", "holds")}
