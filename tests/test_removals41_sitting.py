"""A removal told after "Trước đó" and a word of the reported sitting, forty-first round (kinds3233 class 11):
"Trước đó, buổi sáng, Quốc hội đã ... miễn nhiệm ..." and "Trước đó, kỳ họp đã miễn nhiệm ..." tell an earlier
item on the agenda of the sitting the report tells, still this event: left, not former. "Trước đó, tại kỳ họp thứ
N" names another sitting: the removal is cited as past.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_removal_earlier_in_the_reported_sitting_is_left():
    got = pipeline_posts("Chiều 12/7, HĐND tỉnh Hà Giang khai mạc kỳ họp thứ 5. Kỳ họp đã bầu ông Nguyễn Văn Bình giữ "
                         "chức Chủ tịch UBND tỉnh. Trước đó, kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với "
                         "ông Lò Văn Sáu để nghỉ hưu theo chế độ.", "Kỳ họp")
    assert ("Lò Văn Sáu", "Chủ tịch", "UBND tỉnh", "left") in got
    # another sitting, named by its number: cited as past
    got = pipeline_posts("Chiều 12/7, HĐND tỉnh Hà Giang khai mạc kỳ họp thứ 5. Trước đó, tại kỳ họp thứ 3, HĐND tỉnh "
                         "đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Lò Văn Sáu.", "Kỳ họp")
    assert ("Lò Văn Sáu", "Chủ tịch", "UBND tỉnh", "left") not in got


def test_every_removal_of_a_morning_vote_is_left_also_one_whose_verb_is_not_repeated():
    got = pipeline_posts("Chiều 12/7, Quốc hội phê chuẩn bổ nhiệm ông Nguyễn Văn Bình làm Bộ trưởng Bộ Công Thương. "
                         "Trước đó, buổi sáng, Quốc hội đã thông qua các nghị quyết miễn nhiệm chức vụ Phó Thủ tướng "
                         "Chính phủ đối với ông Đàm Văn Sáu và miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với bà Lê Thị "
                         "Tám, Bộ trưởng Bộ Xây dựng đối với ông Hà Văn Chín.", "Quốc hội")
    assert ("Đàm Văn Sáu", "Phó Thủ tướng", "Chính phủ", "left") in got
    assert ("Lê Thị Tám", "Bộ trưởng", "Bộ Y tế", "left") in got
    assert ("Hà Văn Chín", "Bộ trưởng", "Bộ Xây dựng", "left") in got
