"""A deputy in charge of the body ("Phó Cục trưởng phụ trách Cục X") holds the acting post, its role
written with "phụ trách" (role_qualifiers.tsv; wtune32 causes, section 5).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_deputy_in_charge_of_the_body_named_after_it():
    got = facts("Bà Đoàn Thị Mơ, Phó Viện trưởng phụ trách Viện Kiểm sát nhân dân huyện Thạch Hà, cho biết như vậy.")
    assert got == {("Đoàn Thị Mơ", "Phó Viện trưởng phụ trách", "Viện Kiểm sát nhân dân huyện Thạch Hà", "holds")}


def test_the_acting_post_beside_the_appointment():
    got = facts("Ông Kiều Văn Tâm, Phó Cục trưởng phụ trách Cục Thống kê, được bổ nhiệm giữ chức Cục trưởng Cục "
                "Thống kê.")
    assert ("Kiều Văn Tâm", "Phó Cục trưởng phụ trách", "Cục Thống kê", "holds") in got
    assert ("Kiều Văn Tâm", "Cục trưởng", "Cục Thống kê", "appointed") in got
