"""Acts told as planned, thirty-seventh status round: a removal or an appointment written after a step still to
come ("sẽ được", "sẽ họp ... để", "sẽ dành thời gian cho ...: bỏ phiếu", undone_acts.tsv's reach stretch) is not
done in the report's event. A removal planned leaves the post held, as "sẽ miễn nhiệm" already did
(status_cues.tsv); an appointment planned puts the person forward ("nominated"), as "để bầu" does. "sẽ" right
before the act's own verb tells a decision taken ("bà sẽ thôi giữ chức ...") and is left as it was; so is "sẽ" of
another verb behind a comma, and the post a planned move goes to.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_removal_the_text_says_will_be_done_leaves_the_posts_held():
    got = pipeline_posts("Theo kế hoạch, các ông Trần Văn Bình, Lê Văn Hùng sẽ được miễn nhiệm chức danh Phó Chủ tịch "
                         "UBND huyện Kim Sơn. Theo quy định, bà Lê Thị Hoa sẽ thôi giữ chức Phó Bí thư Tỉnh ủy Nam "
                         "Định.", "Huyện Kim Sơn sẽ họp HĐND bất thường")
    assert ("Trần Văn Bình", "Phó Chủ tịch", "UBND huyện Kim Sơn", "holds") in got
    assert ("Lê Văn Hùng", "Phó Chủ tịch", "UBND huyện Kim Sơn", "holds") in got
    # "sẽ" right before the removal's own verb: the decision is taken
    assert ("Lê Thị Hoa", "Phó Bí thư", "Tỉnh ủy Nam Định", "left") in got


def test_a_council_meeting_to_remove_someone_has_not_removed_him_yet():
    got = pipeline_posts("Cùng ngày, huyện Gia Viễn sẽ họp HĐND để miễn nhiệm chức danh Chủ tịch UBND huyện Gia Viễn "
                         "đối với ông Phạm Quốc Toản. Theo quyết định của Bộ Chính trị, ông Trần Văn Bình sẽ thôi chức "
                         "Bí thư Tỉnh ủy Lạng Sơn để làm Phó Trưởng Ban Kinh tế Trung ương.",
                         "Nhiều huyện sắp có chủ tịch mới")
    assert ("Phạm Quốc Toản", "Chủ tịch", "UBND huyện Gia Viễn", "holds") in got
    # the post a move goes to keeps the move's act
    assert ("Trần Văn Bình", "Phó Trưởng", "Ban Kinh tế Trung ương", "appointed") in got


def test_a_planned_step_reaches_over_a_colon_that_opens_the_agenda():
    got = pipeline_posts("Hội đồng nhân dân tỉnh cũng sẽ dành thời gian cho phần nhân sự: bỏ phiếu bãi nhiệm Phó Chủ "
                         "tịch HĐND tỉnh đối với ông Phạm Văn Tài.", "Kỳ họp HĐND tỉnh Ninh Bình")
    assert ("Phạm Văn Tài", "Phó Chủ tịch", "HĐND tỉnh", "holds") in got


def test_an_election_the_council_will_hold_is_a_nomination():
    got = pipeline_posts("Chiều nay, HĐND tỉnh sẽ bỏ phiếu bầu ông Nguyễn Văn Long giữ chức Chủ tịch UBND tỉnh Hòa "
                         "Bình. Tỉnh sẽ đẩy mạnh cải cách hành chính, ông Lê Văn Nam được bầu giữ chức Phó Chủ tịch "
                         "UBND tỉnh Hòa Bình.", "Kỳ họp HĐND tỉnh Hòa Bình")
    assert ("Nguyễn Văn Long", "Chủ tịch", "UBND tỉnh Hòa Bình", "nominated") in got
    # "sẽ" of another verb, behind a comma, does not reach the act
    assert ("Lê Văn Nam", "Phó Chủ tịch", "UBND tỉnh Hòa Bình", "appointed") in got
