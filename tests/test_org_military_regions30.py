"""A military region abbreviated "QK" and a department of a region or of a ministry ("Cục Hậu cần
Quân khu 5", the body a "Bí thư Đảng ủy, Cục trưởng Cục X" is of; orgs30, from the audit24 rows).
The sentences are our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs

orgs = pipeline_orgs


def test_a_military_region_abbreviated_and_its_department():
    got = orgs("Đoàn công tác của Cục Hậu cần QK 9 đã lên đường. Cục Hậu cần QK9 cũng cử người.")
    assert ("Cục Hậu cần Quân khu 9", "Cục Hậu cần QK 9") in got
    assert ("Cục Hậu cần Quân khu 9", "Cục Hậu cần QK9") in got
    assert {name for name, _ in got} == {"Cục Hậu cần Quân khu 9", "Quân khu 9"}  # (the working
    # delegation, sent out once and held by no fact, is no body: orgs34, audit24 vntc-0116)


def test_a_department_head_s_party_committee_is_the_department_s():
    got = orgs("Ông Lê Văn Tư, nguyên Bí thư Đảng ủy, Cục trưởng Cục Kỹ thuật nghiệp vụ, bị kỷ luật.")
    assert ("Đảng ủy Cục Kỹ thuật nghiệp vụ", "Đảng ủy") in got
