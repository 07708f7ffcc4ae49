"""Seats, thirty-sixth careers round (b): a member elected into a body with no role word: "trúng cử Ban Chấp hành …"
with no "vào"; "được <the electing body> bầu vào …"; a second election of the same subject after a comma or "sau
đó"; not a count of persons ("53 đồng chí trúng cử …").

The sentences are our own, written in the shape of wtune36 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_elected_into_a_body_written_right_after_trung_cu_is_a_member():
    got = pipeline_posts("Tại Đại hội, ông Lò Văn Hưng trúng cử Ban Chấp hành Đảng bộ huyện khóa mới.",
                         "Đại hội Đảng bộ huyện")
    assert ("Lò Văn Hưng", "Ủy viên", "Ban Chấp hành Đảng bộ huyện", "appointed") in got
    counted = pipeline_posts("Dự có đồng chí Lò Văn Hưng, nguyên Bí thư Huyện ủy. Kết quả, 41 đồng chí trúng cử Ban "
                             "Chấp hành Đảng bộ huyện khóa mới.", "Đại hội Đảng bộ huyện")
    assert not any(role == "Ủy viên" for _p, role, _b, _s in counted)  # a count of persons names no one


def test_elected_by_a_body_named_between_duoc_and_bau_is_a_member():
    got = pipeline_posts("Ông Vàng Văn Chử được Ban Chấp hành tín nhiệm bầu vào Ban Thường vụ Huyện ủy.",
                         "Hội nghị lần thứ nhất")
    assert ("Vàng Văn Chử", "Ủy viên", "Ban Thường vụ Huyện ủy", "appointed") in got
    put_forward = pipeline_posts("Ông Vàng Văn Chử được giới thiệu để bầu vào Ban Thường vụ Huyện ủy.", "Hội nghị")
    assert not any(role == "Ủy viên" for _p, role, _b, _s in put_forward)  # no electing body: not elected


def test_a_second_election_of_the_same_subject_after_a_comma():
    got = pipeline_posts("Tại Đại hội, bà Hà Thị Nhung trúng cử Ban Chấp hành Đảng bộ tỉnh, sau đó được Ban Chấp hành "
                         "bầu vào Ban Thường vụ Tỉnh ủy Tuyên Quang.", "Đại hội Đảng bộ tỉnh")
    assert ("Hà Thị Nhung", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh", "appointed") in got
    assert ("Hà Thị Nhung", "Ủy viên", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "appointed") in got


def test_re_elected_into_the_central_committee_then_elected_by_it_into_the_politburo():
    got = pipeline_posts("Tại Đại hội, ông Lê Minh Khoa được bầu lại vào Ban Chấp hành Trung ương Đảng, được Trung "
                         "ương tiếp tục bầu vào Bộ Chính trị.", "Đại hội Đảng toàn quốc")
    assert ("Lê Minh Khoa", "Ủy viên", "Bộ Chính trị", "appointed") in got
