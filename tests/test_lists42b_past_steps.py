"""Past steps told around a sitting's own act (loaders/extract/past_steps.py): a congress named by its term
alone is a named sitting; a move a cited submission says was already made is held.

The sentences are our own, written in the shape of reports on an appointment followed by the person's career,
and of a council sitting that removes a moved official; the names are made up.
"""

from __future__ import annotations

from tests.test_past_steps34 import posts  # role and body -> status, on a report headed "Tin nhân sự"


def test_an_election_at_a_congress_named_by_its_term_told_after_the_reports_act_is_held():
    got = posts("Thủ tướng Chính phủ bổ nhiệm ông Lê Văn Tâm giữ chức Thứ trưởng Bộ Giao thông vận tải. Tại Đại hội "
                "Đảng bộ tỉnh Sóc Trăng nhiệm kỳ 2020 - 2025, ông Lê Văn Tâm được bầu vào Ban Thường vụ Tỉnh ủy Sóc "
                "Trăng.")
    assert got["Thứ trưởng Bộ Giao thông vận tải"] == "appointed"
    assert got["Ủy viên Ban Thường vụ Tỉnh ủy Sóc Trăng"] == "holds"
    # the report's own election at such a congress, told first, stays its act
    got = posts("Tại Đại hội Đảng bộ tỉnh Sóc Trăng nhiệm kỳ 2020 - 2025, ông Lê Văn Tâm được bầu làm Bí thư Tỉnh ủy "
                "Sóc Trăng.")
    assert got["Bí thư Tỉnh ủy Sóc Trăng"] == "appointed"


def test_a_move_a_cited_submission_says_was_made_is_held_and_the_seat_left():
    got = posts("Chiều 20/9, HĐND tỉnh Hòa Bình họp kỳ họp bất thường. Theo tờ trình của Thường trực HĐND tỉnh, ông "
                "Trần Văn Bình, Chủ tịch UBND tỉnh Hòa Bình đã được Bộ Chính trị điều động, phân công giữ chức Phó "
                "Trưởng Ban Tổ chức Trung ương. HĐND tỉnh đã miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Trần Văn "
                "Bình.")
    assert got["Phó Trưởng Ban Tổ chức Trung ương"] == "holds"
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình"] == "left"


def test_the_sittings_own_act_after_a_semicolon_in_a_submission_sentence_stays_appointed():
    got = posts("Theo tờ trình của Thủ tướng, ông Lê Văn Tâm đã được Ban Bí thư điều động giữ chức Bí thư Tỉnh ủy Hà "
                "Giang; Quốc hội bầu ông Lê Văn Tâm giữ chức Bộ trưởng Bộ Nội vụ.")
    assert got["Bí thư Tỉnh ủy Hà Giang"] == "holds"
    assert got["Bộ trưởng Bộ Nội vụ"] == "appointed"
    # an election the submission asks for is the sitting's own act
    got = posts("Theo tờ trình của Thủ tướng, Quốc hội bầu ông Lê Văn Tâm giữ chức Bộ trưởng Bộ Nội vụ.")
    assert got["Bộ trưởng Bộ Nội vụ"] == "appointed"
