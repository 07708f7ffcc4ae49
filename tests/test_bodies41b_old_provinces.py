"""Bodies, forty-first round: a province of before 1976 that an older official's career names ("Nam Hà",
"Hồng Quảng", "Quảng Đà"; ``places.tsv``, each with its years in a comment) is the place of the body
written before it, not a word after a bare "tỉnh". They stay old names: kg.reference.places, the
provinces of today and the 2025 mergers, does not list them.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from kg.reference.places import canonical_province
from tests.fixtures_officials import officials


def named(text: str) -> set[tuple[str, str, str | None]]:
    """(person, role, organization's full name) of every post read from ``text``."""
    return {(p.person.name, p.role, p.org.name if p.org else None) for p in officials(text).posts}


def test_a_peoples_committee_of_nam_ha_keeps_its_province():
    got = named("Từ năm 1992 đến năm 1996, ông Lò Văn Thiết là Phó Chủ tịch UBND tỉnh Nam Hà.")
    assert got == {("Lò Văn Thiết", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Hà")}


def test_a_party_committee_of_quang_da_keeps_its_province_and_it_is_no_province_of_today():
    got = named("Năm 1970, ông Lò Văn Thiết là Phó Bí thư Tỉnh ủy Quảng Đà.")
    assert got == {("Lò Văn Thiết", "Phó Bí thư", "Tỉnh ủy Quảng Đà")}
    assert canonical_province("Quảng Đà") is None and canonical_province("Nam Hà") is None
