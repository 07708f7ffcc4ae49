"""A Politburo member's title written with the Central Committee after the organ ("Ủy viên Bộ Chính
trị Ban Chấp hành Trung ương Đảng, Trưởng Ban …"): the committee belongs to the first title, and the
next title of the run is the same person's. Sentences written for these tests; the people in them
are fictional."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_title_after_the_politburo_and_its_committee_is_kept():
    assert facts("Ông Trần Văn Nam, Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng, Trưởng Ban Kinh tế "
                 "Trung ương, cho biết.") == {
        ("Trần Văn Nam", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Trần Văn Nam", "Trưởng", "Ban Kinh tế Trung ương", "holds")}


def test_the_committee_abbreviated_in_lower_case_inside_brackets():
    assert facts("Ông Trần Văn Nam (hiện là ủy viên Bộ Chính trị BCH trung ương Đảng, trưởng Ban Kinh tế "
                 "trung ương) phát biểu.") == {
        ("Trần Văn Nam", "ủy viên", "Bộ Chính trị", "holds"),
        ("Trần Văn Nam", "trưởng", "Ban Kinh tế trung ương", "holds")}
