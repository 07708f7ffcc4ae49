"""Thirty-fourth careers round, second wave: steps of a biography told with a pronoun subject.

The sentences are our own, written in the shape of corpus and wtune34 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)

_ACT = "HĐND tỉnh Nam Định bầu ông Trần Văn Hùng, Giám đốc Sở Tài chính, giữ chức Phó Chủ tịch UBND tỉnh. "
_BIO = "Ông Trần Văn Hùng sinh năm 1975, quê huyện Hải Hậu, có trình độ thạc sĩ kinh tế. "


def test_a_biographys_pronoun_subject_elected_into_a_committee_is_its_member():
    got = pipeline_posts(_ACT + _BIO + "Tại Đại hội Đảng bộ tỉnh lần thứ XX, ông được bầu vào Ban Chấp hành "
                         "Đảng bộ tỉnh nhiệm kỳ 2020-2025.", "Bầu Phó Chủ tịch UBND tỉnh")
    assert ("Trần Văn Hùng", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh", "holds") in got
    assert ("Trần Văn Hùng", "Phó Chủ tịch", "UBND tỉnh", "appointed") in got


def test_a_pronoun_subject_elected_into_the_politburo_alone_is_its_member():
    got = pipeline_posts("Ông Lê Minh Quân sinh năm 1962, quê tỉnh Nghệ An. Năm 2016, ông được bầu vào Bộ Chính "
                         "trị tại Hội nghị lần thứ nhất Ban Chấp hành Trung ương khóa XII.", "Chân dung")
    assert {(r, b) for _, r, b, _ in got} == {("Ủy viên", "Bộ Chính trị")}


def test_a_pronoun_subject_not_elected_gets_no_seat():
    got = pipeline_posts(_ACT + _BIO + "Tại Đại hội Đảng bộ tỉnh lần thứ XX, ông không được bầu vào Ban Chấp "
                         "hành Đảng bộ tỉnh.", "Bầu Phó Chủ tịch UBND tỉnh")
    assert not any(b.startswith("Ban Chấp hành") for _, _, b, _ in got)


def test_a_predecessor_named_moving_to_another_post_holds_it():
    got = pipeline_posts("Ban Chấp hành Đảng bộ huyện đã bầu đồng chí Hoàng Thị Thu giữ chức Bí thư Huyện ủy Hải "
                         "Lăng, thay đồng chí Trần Văn Lộc được điều động nhận nhiệm vụ Giám đốc Sở Tài chính "
                         "từ tháng 5.",
                         "Bầu Bí thư Huyện ủy")
    assert ("Trần Văn Lộc", "Giám đốc", "Sở Tài chính", "holds") in got
    assert ("Hoàng Thị Thu", "Bí thư", "Huyện ủy Hải Lăng", "appointed") in got


def test_a_predecessor_just_elected_elsewhere_holds_that_post():
    got = pipeline_posts("Ông Nguyễn Văn Tâm được bầu làm Chủ tịch UBND thành phố, thay ông Lê Văn Bình vừa được bầu "
                         "làm Chủ tịch HĐND thành phố.", "Bầu Chủ tịch UBND")
    assert ("Lê Văn Bình", "Chủ tịch", "HĐND thành phố", "holds") in got


def test_a_predecessors_appointment_told_in_its_own_sentence_stays_appointed():
    got = pipeline_posts("Ông Nguyễn Văn Tâm được bầu làm Chủ tịch UBND thành phố, thay ông Lê Văn Bình. Ông Lê Văn "
                         "Bình được bầu làm Chủ tịch HĐND thành phố.", "Bầu Chủ tịch UBND")
    assert ("Lê Văn Bình", "Chủ tịch", "HĐND thành phố", "appointed") in got


def test_a_second_subject_after_a_semicolon_keeps_its_own_second_predicate():
    got = pipeline_posts("Đồng chí Lương Văn Thịnh được chỉ định giữ chức Bí thư Tỉnh ủy; đồng chí Y Bhim Niê, nguyên "
                         "Chủ tịch UBND tỉnh Phú Yên, được chỉ định giữ chức Phó Bí thư Tỉnh ủy và được HĐND tỉnh bầu "
                         "giữ chức Chủ tịch UBND tỉnh Đắk Lắk.", "Công bố quyết định về công tác cán bộ")
    assert ("Y Bhim Niê", "Chủ tịch", "UBND tỉnh Đắk Lắk", "appointed") in got
    assert ("Y Bhim Niê", "Chủ tịch", "UBND tỉnh Phú Yên", "former") in got
    assert not any(p == "Lương Văn Thịnh" and r == "Chủ tịch" for p, r, _, _ in got)
