"""Provinces before and after the 1 July 2025 merger: the one table of them (``provinces.tsv``).

63 pre-2025 provinces and 34 post-2025 units, which merged into which, and every other way their
names are written. Names are canonicalised to the pre-2025 province, because a report speaks of the
province of its day: a 2012 report's "Tỉnh ủy Ninh Thuận" stays Ninh Thuận, and the graph links
Ninh Thuận to today's Khánh Hòa through ``merged_into``. Finding the names in running text is the
loaders' business (:func:`kg.loaders.places.find_provinces`); this module is what every stage may ask.

>>> canonical_province("TP.HCM"), canonical_province("tỉnh Khánh Hoà"), canonical_province("Thừa Thiên - Huế")
('Hồ Chí Minh', 'Khánh Hòa', 'Huế')
>>> successor("Ninh Thuận")
'Khánh Hòa'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from kg.reference.tables import table
from kg.textkey import compact

# Words before a name that make it a province ("tỉnh Hòa Bình", "TP Hồ Chí Minh"), in compact form.
PREFIX_WORDS = ("tỉnh", "thành phố", "tp", "t p", "thủ đô")


@dataclass(frozen=True)
class PlaceRecord:
    """One province-level unit. Pre- and post-2025 units may share a name; ``id`` is unique."""

    id: str
    name: str
    kind: str  # "tỉnh" | "thành phố"
    era: str  # "pre2025" | "post2025" | "both"
    merged_into: str | None = None  # post-2025 name, for a pre2025 province
    merged_into_id: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    alt_names: tuple[str, ...] = field(default_factory=tuple)
    match: str = "bare"  # bare | capitalised | prefixed (see provinces.tsv)


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def all_places() -> list[PlaceRecord]:
    """Every unit in ``provinces.tsv``, in file order (north to south, as the CSV lists them).

    For graph nodes use ``id`` (and ``merged_into_id``), not ``name``: a merged unit took one of
    its predecessors' names, so "Khánh Hòa" before and after 1 July 2025 are two records.
    """
    return list(_all_places())


def place_by_id(place_id: str) -> PlaceRecord | None:
    return next((p for p in _all_places() if p.id == place_id), None)


@cache
def _all_places() -> tuple[PlaceRecord, ...]:
    out = []
    for row in table("provinces.tsv"):  # merged_into(_id) checked against the table itself when read
        c = row.padded(10)
        out.append(PlaceRecord(
            id=c[0], name=c[1], kind=c[2], era=c[3], merged_into=c[4] or None,
            merged_into_id=c[5] or None, valid_from=_date(c[6]), valid_until=_date(c[7]),
            alt_names=tuple(a for a in c[8].split("|") if a), match=c[9] or "bare",
        ))
    return tuple(out)


@cache
def provinces() -> dict[str, PlaceRecord]:
    """Canonical pre-2025 name -> record (eras pre2025 and both)."""
    return {p.name: p for p in _all_places() if p.era != "post2025"}


@cache
def _aliases() -> dict[str, str]:
    """compact(spelling) -> canonical pre-2025 name; every name, alternative, and post-2025 name."""
    out: dict[str, str] = {}
    for p in provinces().values():
        for spelling in (p.name, *p.alt_names):
            out.setdefault(compact(spelling), p.name)
    for p in _all_places():
        if p.era == "post2025":  # each took a predecessor's name; map it to that predecessor
            out.setdefault(compact(p.name), p.name)
    return out


def canonical_province(text: str) -> str | None:
    """The pre-2025 province a written name denotes ("tỉnh Khánh Hoà" -> "Khánh Hòa"), or None."""
    if not text:
        return None
    c = compact(text)
    aliases = _aliases()
    if c in aliases:
        return aliases[c]
    for prefix in PREFIX_WORDS:
        if c.startswith(prefix + " ") and c[len(prefix) + 1 :] in aliases:
            return aliases[c[len(prefix) + 1 :]]
    return None


def place(name: str) -> PlaceRecord | None:
    """The pre-2025 (or unchanged) record of a province name in any spelling."""
    canonical = canonical_province(name)
    return provinces().get(canonical) if canonical else None


def successor(name: str) -> str | None:
    """The post-2025 unit a province is part of today (itself when unchanged)."""
    p = place(name)
    if p is None:
        return None
    return p.merged_into or p.name


def pre2025_names() -> list[str]:
    """The 63 provinces of before 1 July 2025 (and the units unchanged by the merger), in file order."""
    return list(provinces())
