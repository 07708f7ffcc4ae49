"""Bodies that no longer exist (orgs39): organizations.tsv flags them ``old`` (the inter-zones and their Party
committees, the regional Party committees, the resistance committees), one place that the caption rule (a photo
caption naming such a body is of the past) and any other reader ask through ``organizations.is_old_body``. The
names are our own."""

from __future__ import annotations

from kg.loaders.extract.organizations import is_old_body


def test_a_body_of_the_past_and_its_units_are_old_in_any_case_or_tone_style():
    assert is_old_body("Xứ ủy Trung Kỳ")
    assert is_old_body("Ban Tuyên huấn Liên khu ủy IV")  # a unit of such a body
    assert is_old_body("UỶ BAN KHÁNG CHIẾN HÀNH CHÍNH tỉnh Quảng Ngãi")
    assert is_old_body("Ủy ban hành chính kháng chiến Nam Bộ")


def test_a_body_of_today_is_not_old():
    assert not is_old_body("Tỉnh ủy Quảng Ngãi")
    assert not is_old_body("Ủy ban nhân dân tỉnh Quảng Ngãi")
    assert not is_old_body("Ban Chỉ đạo Tây Nguyên")
