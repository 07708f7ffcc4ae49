"""Persons, twenty-sixth round: a name that closes a campaign's or a doctrine's name ("học tập và làm
theo tư tưởng, đạo đức, phong cách" + a leader's name) is no person of its own; the report's other
words for the man ("Bác Hồ", "Chủ tịch ...") still name him, under the campaign's full name (the
read sets' convention, tests/gold/README.md). Every sentence is written for these tests; the
leader's name is the one the campaign carries."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of

_CAMPAIGN = "Đảng bộ đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong năm nay."


@pytest.mark.parametrize("text", [
    _CAMPAIGN,
    # in the quotes of a directive's subject
    "Chỉ thị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” được quán triệt.",
    # "học tập, làm theo" with a comma
    "Các chi bộ tiếp tục học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    # the campaign's older name
    "Công đoàn cụ thể hóa việc học tập tấm gương đạo đức Hồ Chí Minh vào phong trào thi đua.",
])
def test_a_campaign_s_namesake_alone_is_no_person(text):
    assert persons_of(officials(text)) == []


@pytest.mark.parametrize("text", [
    # the report tells of the man elsewhere
    _CAMPAIGN + " Bác Hồ đã dặn phải giữ gìn sự đoàn kết.",
    _CAMPAIGN + " Chủ tịch Hồ Chí Minh đã dặn phải giữ gìn sự đoàn kết.",
    # an example followed, with no campaign's words before the cue
    "Ông sống giản dị theo tấm gương đạo đức Hồ Chí Minh.",
])
def test_the_man_told_of_is_a_person(text):
    assert persons_of(officials(text)) == ["Hồ Chí Minh"]



def test_a_writer_in_capitals_in_brackets_signs_a_section():
    text = ("Ông Lạc Văn Tùng dự lễ. Buổi lễ thành công tốt đẹp. (XUÂN LỘC) * Tối 20-6, tại Hà Nội, Thành đoàn "
            "tổ chức lễ trao giải. Các đại biểu giao lưu. (HỒNG THÁI)")
    ex = officials(text)
    assert persons_of(ex) == ["Lạc Văn Tùng", "Xuân Lộc", "Hồng Thái"]
    assert [p.credit for p in ex.persons] == [False, True, True]


@pytest.mark.parametrize("text", [
    "Ông Lạc Văn Tùng dự lễ. (UBKT TƯ) * Tối nay, hội nghị bế mạc.",  # an abbreviation: no syllables
    "Ông Lạc Văn Tùng dự lễ. (TP HCM)",
    "Ông Lạc Văn Tùng dự lễ do Ủy ban Kiểm tra Trung ương (UBKT TƯ) tổ chức.",
    "Ông Lạc Văn Tùng dự lễ. (XUÂN LỘC) cho biết thêm về buổi lễ.",  # the sentence goes on after it
])
def test_no_signature_in_brackets(text):
    assert persons_of(officials(text)) == ["Lạc Văn Tùng"]
