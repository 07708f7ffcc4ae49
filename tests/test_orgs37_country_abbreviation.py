"""A State body written with its country's abbreviation ("Chính phủ VN", abbreviations.tsv's "VN") is
the body of that country, named as written (orgs37). The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def test_the_government_written_with_vn():
    assert pipeline_orgs("Đại diện Chính phủ VN đã ký thỏa thuận hợp tác với phía Nhật Bản.") == [
        ("Chính phủ", "Chính phủ VN")]


def test_the_assembly_written_with_vn():
    assert pipeline_orgs("Ông An cho biết Quốc hội VN sẽ xem xét dự án luật này.") == [("Quốc hội", "Quốc hội VN")]


def test_the_country_written_in_full_as_before():
    assert pipeline_orgs("Chính phủ Việt Nam đã ký thỏa thuận.") == [("Chính phủ", "Chính phủ Việt Nam")]
