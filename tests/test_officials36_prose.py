"""A post given in running prose by a verb of choosing between the name and the link ("selection_verbs.tsv"):
"ông X được bầu chọn là Bí thư Tỉnh ủy Y", "bà Z được Ủy ban bầu cử xã lựa chọn làm Tổ trưởng Tổ bầu cử thôn"
(read35 kind 2: the post was lost).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_post_elected_by_choosing_is_the_persons():
    got = pipeline_posts("Tại Đại hội Đảng bộ tỉnh lần thứ XI, ông Lê Quang Vinh được bầu chọn là Bí thư Tỉnh ủy Tây "
                         "Ninh.", "Đại hội Đảng bộ tỉnh Tây Ninh")
    assert ("Lê Quang Vinh", "Bí thư", "Tỉnh ủy Tây Ninh", "appointed") in got


def test_an_earlier_choice_told_with_before_that_is_held():
    got = pipeline_posts("Ông Lê Quang Vinh vừa được bầu giữ chức Chủ tịch HĐND tỉnh Tây Ninh. Trước đó, tại Đại hội "
                         "Đảng bộ tỉnh, ông Lê Quang Vinh được bầu chọn là Bí thư Tỉnh ủy Tây Ninh.",
                         "Kỳ họp HĐND tỉnh Tây Ninh")
    assert ("Lê Quang Vinh", "Bí thư", "Tỉnh ủy Tây Ninh", "holds") in got
    assert ("Lê Quang Vinh", "Chủ tịch", "HĐND tỉnh Tây Ninh", "appointed") in got
