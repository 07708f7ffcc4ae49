"""A body named after a person whose middle syllable is also a country's name (orgs32, audit25 unc-0041):
the name runs to the person's given name. The sentences are our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def orgs(text: str) -> list[tuple[str, str]]:
    return pipeline_orgs(text, date="2017-05-03")


def test_a_university_named_after_a_person_with_a_country_syllable():
    assert orgs("Sinh viên trường ĐH Lê Đức Thịnh đã đoạt giải nhất.") == [
        ("Đại học Lê Đức Thịnh", "trường ĐH Lê Đức Thịnh")]


def test_a_museum_named_after_a_person_with_a_country_syllable():
    assert orgs("Đoàn đến thăm Bảo tàng Trần Anh Khoa ở Cần Thơ.")[0] == (
        "Bảo tàng Trần Anh Khoa", "Bảo tàng Trần Anh Khoa")


def test_a_country_s_embassy_still_ends_at_the_country():
    assert orgs("Ông gặp đại diện Đại sứ quán Đức Hans Müller nói.")[0][0] == "Đại sứ quán Đức"
