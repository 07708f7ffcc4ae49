"""A removal voters ask about is an earlier decision: "former", not "left" in this report's event
(loaders/extract/asked_removals.py, loaders/data/asked_removal_cues.tsv).

The sentences are our own, written in the shape of corpus reports on a meeting with voters; the names
are made up.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts


def facts(text: str) -> set[tuple[str, str, str, str]]:
    return pipeline_posts(text, title="Tin cử tri")


def test_voters_worrying_about_an_earlier_removal_make_it_former():
    got = facts("Sáng 13/5, tại buổi tiếp xúc cử tri, một số cử tri băn khoăn việc cho ông Lê Văn Tâm thôi chức "
                "Bí thư Tỉnh ủy Long An rồi về làm Phó trưởng Ban Kinh tế Trung ương.")
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "former") in got


def test_a_quoted_question_after_a_sentence_naming_the_voter_is_theirs():
    got = facts("Theo cử tri Trần Văn Bình, việc kỷ luật là chưa tương xứng. \"Ông Lê Văn Tâm bị cảnh cáo và "
                "thôi chức Bí thư Tỉnh ủy Long An, việc thôi chức này là tự nguyện hay bắt buộc? Chúng tôi "
                "đề nghị trả lời\", ông Bình nói.")
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "former") in got


def test_a_removal_the_report_tells_stays_left():
    got = facts("Ban Chấp hành Trung ương đã quyết định cho ông Lê Văn Tâm thôi chức Bí thư Tỉnh ủy Long An.")
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "left") in got
