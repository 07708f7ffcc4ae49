"""Bodies that no longer exist (orgs39): organizations.tsv flags them ``old`` (the inter-zones and their Party
committees, the regional Party committees, the resistance committees), one place that the caption rule (a photo
caption naming such a body is of the past) and past_steps (a post in such a body is former) read through
``organizations.old_body_pattern``, on a text's key. The names are our own."""

from __future__ import annotations

from kg.loaders.extract.organizations import old_body_pattern
from kg.textkey import key as text_key


def names_an_old_body(text: str) -> bool:
    """As the caption rule asks: such a body named anywhere in the text."""
    return bool(old_body_pattern().search(text_key(text)))


def test_a_body_of_the_past_and_its_units_are_old_in_any_case_or_tone_style():
    assert names_an_old_body("Xứ ủy Trung Kỳ")
    assert names_an_old_body("Ban Tuyên huấn Liên khu ủy IV")  # a unit of such a body
    assert names_an_old_body("UỶ BAN KHÁNG CHIẾN HÀNH CHÍNH tỉnh Quảng Ngãi")
    assert names_an_old_body("Ủy ban hành chính kháng chiến Nam Bộ")


def test_a_body_of_today_is_not_old():
    assert not names_an_old_body("Tỉnh ủy Quảng Ngãi")
    assert not names_an_old_body("Ủy ban nhân dân tỉnh Quảng Ngãi")
    assert not names_an_old_body("Ban Chỉ đạo Tây Nguyên")
