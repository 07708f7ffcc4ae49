"""Variants of one body are one organization, round 33 (orgs33): "Ủy ban MTTQ Việt Nam" (or
"UBMTTQVN") written with no place, in a report that names the "Ủy ban Trung ương MTTQ Việt Nam", is
that central committee (central_short_forms.tsv); a province's committee is written with its place,
and one followed by "các tỉnh" is the provinces'. Sentences written for these tests, in the shape of
the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_the_front_committee_with_the_country_and_no_place_is_the_central_one():
    text = ("Ông Nguyễn Văn An, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu. Bà Lê Thị Hạnh là "
            "thành viên của Ủy ban MTTQ Việt Nam.")
    assert orgs_of(text) == {
        ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}


def test_the_presidium_of_the_front_committee_written_by_its_acronym_is_the_central_presidium():
    text = ("Ông Nguyễn Văn An, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu. Trong báo cáo, "
            "Đoàn Chủ tịch UBMTTQVN nêu 5 kiến nghị.")
    assert orgs_of(text) == {
        ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Đoàn Chủ tịch UBMTTQVN", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}


def test_a_front_committee_with_its_place_stays_the_provinces():
    text = ("Ông Nguyễn Văn An, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu. Bà Lê Thị Hạnh, "
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An, dự họp.")
    assert orgs_of(text) == {
        ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An")}


def test_without_the_central_committee_named_the_front_committee_stays_as_written():
    assert orgs_of("Bà Lê Thị Hạnh là thành viên của Ủy ban MTTQ Việt Nam.") == {
        ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam")}


def test_the_front_committee_followed_by_the_provinces_is_not_the_central_one():
    text = ("Ông Nguyễn Văn An, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, chủ trì hội nghị Chủ tịch "
            "Ủy ban MTTQ Việt Nam các tỉnh, thành phố.")
    assert orgs_of(text) == {
        ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
