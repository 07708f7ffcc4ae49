"""A "nguyên" on a title does not carry onto a full-time post written after it (issue 15, round 24).

"ông A, nguyên Giám đốc Sở Tư pháp, đại biểu Quốc hội chuyên trách": he left the department for the
full-time seat, which he holds (full_time_words.tsv). Without the word the "nguyên" still carries.
The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_nguyen_does_not_carry_onto_a_full_time_seat():
    got = facts("Ông Trần Văn Nam, nguyên Giám đốc Sở Tư pháp tỉnh Kon Tum, đại biểu Quốc hội chuyên trách, "
                "phát biểu tại phiên họp.")
    assert ("Trần Văn Nam", "Giám đốc", "Sở Tư pháp tỉnh Kon Tum", "former") in got
    assert ("Trần Văn Nam", "đại biểu", "Quốc hội", "holds") in got


def test_nguyen_still_carries_onto_the_next_title_without_it():
    got = facts("Ông Trần Văn Nam, nguyên Bí thư Tỉnh ủy Kon Tum, Chủ tịch UBND tỉnh Kon Tum, phát biểu.")
    assert ("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Kon Tum", "former") in got
