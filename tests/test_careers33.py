"""Statuses, thirty-third careers round: a list of members a session approves ("Các phó chủ tịch HĐND
khoá mới được thông qua gồm bà A và ông B") is an appointment, as "được bầu" is.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts  # (person, role, body as written, status)


def test_the_members_of_a_list_the_session_approves_are_appointed():
    assert facts("Các phó chủ tịch HĐND khoá mới được thông qua gồm bà Nguyễn Thị An và ông Lê Văn Bình.") == {
        ("Nguyễn Thị An", "phó chủ tịch", "HĐND", "appointed"),
        ("Lê Văn Bình", "phó chủ tịch", "HĐND", "appointed"),
    }


def test_a_law_approved_in_the_same_sentence_as_a_held_title_gives_it_nothing():
    assert facts("Theo Chủ tịch Quốc hội Nguyễn Văn An, Luật Đất đai được thông qua tại kỳ họp thứ 4.") == {
        ("Nguyễn Văn An", "Chủ tịch", "Quốc hội", "holds"),
    }
