"""A plural title heading its sentence over a list of holders ("Các Phó Chủ tịch gồm ông B và ông C."): its
status is read in its own sentence, never from the verbs that end the sentence before; a list that goes on
the assignments of the sentence before takes their act.

The sentences are our own, written in the shape of wtune35 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)

_TITLE = "Hội Nông dân huyện kiện toàn nhân sự"


def test_a_list_under_gom_goes_on_the_appointment_of_the_sentence_before():
    got = pipeline_posts("Theo quyết định, ông Lê Văn Hải, nguyên Chủ tịch Hội Nông dân huyện An Lão, được chỉ định "
                         "làm Chủ tịch Hội Nông dân huyện Hoài Ân. Các Phó Chủ tịch gồm ông Trần Văn Nam và ông Đỗ "
                         "Văn Bình.", _TITLE)
    assert ("Trần Văn Nam", "Phó Chủ tịch", "Hội Nông dân huyện Hoài Ân", "appointed") in got
    assert ("Đỗ Văn Bình", "Phó Chủ tịch", "Hội Nông dân huyện Hoài Ân", "appointed") in got


def test_a_list_under_la_goes_on_the_election_of_the_sentence_before():
    got = pipeline_posts("Ông Lê Văn Hải được bầu làm Chủ tịch Hội Nông dân huyện Hoài Ân. Hai Phó Chủ tịch là ông "
                         "Trần Văn Nam và ông Đỗ Văn Bình.", _TITLE)
    assert ("Trần Văn Nam", "Phó Chủ tịch", "Hội Nông dân huyện Hoài Ân", "appointed") in got
    assert ("Đỗ Văn Bình", "Phó Chủ tịch", "Hội Nông dân huyện Hoài Ân", "appointed") in got


def test_a_retirement_ending_the_sentence_before_is_not_the_lists_act():
    got = pipeline_posts("Ông Lê Văn Hải đã nghỉ hưu từ năm 2020. Các Phó Chủ tịch Hội Nông dân huyện là ông Trần "
                         "Văn Nam và ông Đỗ Văn Bình.", _TITLE)
    assert ("Trần Văn Nam", "Phó Chủ tịch", "Hội Nông dân huyện", "holds") in got
    assert ("Đỗ Văn Bình", "Phó Chủ tịch", "Hội Nông dân huyện", "holds") in got


def test_a_removal_ending_the_sentence_before_is_not_the_lists_act():
    got = pipeline_posts("Bộ Chính trị đã cách chức ông Lê Văn Hải. Hai Phó Chủ tịch UBND tỉnh là ông Trần Văn Nam "
                         "và ông Đỗ Văn Bình.", "Kỷ luật cán bộ")
    assert ("Trần Văn Nam", "Phó Chủ tịch", "UBND tỉnh", "holds") in got
    assert ("Đỗ Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "holds") in got
    # an appointment before does not reach holders named with no list opener: they act, they are not listed
    got = pipeline_posts("Ông Lê Văn Hải được bầu làm Chủ tịch Hội Nông dân huyện Hoài Ân. Các Phó Chủ tịch Trần "
                         "Văn Nam và Đỗ Văn Bình chúc mừng ông.", _TITLE)
    assert not any(p[0] == "Trần Văn Nam" and p[3] == "appointed" for p in got)
