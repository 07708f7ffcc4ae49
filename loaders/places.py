"""Provinces before and after the 1 July 2025 merger, and finding them in text.

The data is ``data/provinces.tsv`` (63 pre-2025 provinces, 34 post-2025 units, which merged into
which). Names are canonicalised to the pre-2025 province, because a report speaks of the province
of its day: a 2012 report's "Tỉnh ủy Ninh Thuận" stays Ninh Thuận, and the graph links Ninh Thuận
to today's Khánh Hòa through ``merged_into``.

>>> canonical_province("TP.HCM"), canonical_province("tỉnh Khánh Hoà"), canonical_province("Thừa Thiên - Huế")
('Hồ Chí Minh', 'Khánh Hòa', 'Huế')
>>> successor("Ninh Thuận")
'Khánh Hòa'
>>> from kg.textkey import key
>>> [(s.start, n) for s, n in find_provinces(key("Đoàn công tác tỉnh Ninh Thuận thăm TP HCM"))]
[(19, 'Ninh Thuận'), (35, 'Hồ Chí Minh')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from kg.model import Span
from kg.textkey import compact
from kg.textkey import key as make_key

# Words before a name that make it a province ("tỉnh Hòa Bình", "TP Hồ Chí Minh"), in key form.
_PREFIX = r"(?:tỉnh|thành phố|tp\.?|t\.p\.?|thủ đô)\s*"
_PREFIX_WORDS = ("tỉnh", "thành phố", "tp", "t p", "thủ đô")


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
    text = resources.files("kg.loaders").joinpath("data/provinces.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("id\t"):
            continue
        c = line.split("\t")
        c += [""] * (10 - len(c))
        out.append(PlaceRecord(
            id=c[0], name=c[1], kind=c[2], era=c[3], merged_into=c[4] or None,
            merged_into_id=c[5] or None, valid_from=_date(c[6]), valid_until=_date(c[7]),
            alt_names=tuple(a for a in c[8].split("|") if a), match=c[9] or "bare",
        ))
    return tuple(out)


@cache
def _provinces() -> dict[str, PlaceRecord]:
    """Canonical pre-2025 name -> record (eras pre2025 and both)."""
    return {p.name: p for p in _all_places() if p.era != "post2025"}


@cache
def _aliases() -> dict[str, str]:
    """compact(spelling) -> canonical pre-2025 name; every name, alternative, and post-2025 name."""
    out: dict[str, str] = {}
    for p in _provinces().values():
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
    for prefix in _PREFIX_WORDS:
        if c.startswith(prefix + " ") and c[len(prefix) + 1 :] in aliases:
            return aliases[c[len(prefix) + 1 :]]
    return None


def place(name: str) -> PlaceRecord | None:
    """The pre-2025 (or unchanged) record of a province name in any spelling."""
    canonical = canonical_province(name)
    return _provinces().get(canonical) if canonical else None


def successor(name: str) -> str | None:
    """The post-2025 unit a province is part of today (itself when unchanged)."""
    p = place(name)
    if p is None:
        return None
    return p.merged_into or p.name


def _spelling_regex(spelling_key: str) -> str:
    """A spelling in key form as a regex tolerant of spacing around dots and dashes."""
    out = []
    for tok in re.split(r"(\s+|-|\.)", spelling_key):
        if not tok:
            continue
        if tok.isspace():
            out.append(r"\s+")
        elif tok == "-":
            out.append(r"\s*-\s*")
        elif tok == ".":
            out.append(r"\.\s*")
        else:
            out.append(re.escape(tok))
    return "".join(out)


_BLOCKED = ""  # the rule of a phrase from place_exceptions.tsv: matched only to be skipped


@cache
def _matcher() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One regex over key text for every spelling and exception phrase, longest first, and
    compact(spelling) -> (canonical name, match rule)."""
    entries: dict[str, tuple[str, str]] = {}
    spellings: dict[str, str] = {}
    text = resources.files("kg.loaders").joinpath("data/place_exceptions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith(("#", "phrase\t")):
            phrase = line.split("\t")[0]
            entries[compact(phrase)] = ("", _BLOCKED)
            spellings[make_key(phrase)] = phrase
    for p in _provinces().values():
        for spelling, rule in ((p.name, p.match), *((alt, "bare") for alt in p.alt_names)):
            entries.setdefault(compact(spelling), (p.name, rule))
            spellings[make_key(spelling)] = spelling
    alternatives = sorted(spellings, key=len, reverse=True)
    body = "|".join(_spelling_regex(k) for k in alternatives)
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])"), entries


_PREFIX_BEFORE = re.compile(rf"{_PREFIX}$")


def find_provinces(text_key: str, text: str | None = None) -> list[tuple[Span, str]]:
    """Every province named in ``text_key`` (a :func:`kg.textkey.key`), as (span, canonical name).

    Names that are also common words or a person's name follow their ``match`` rule: "prefixed"
    ones only after tỉnh/thành phố/TP, "capitalised" ones only when ``text`` (the original, same
    length) shows capitals, or after a prefix when ``text`` is not given. The longest spelling
    wins ("Thái Bình Dương" is the ocean, not Thái Bình).
    """
    pattern, entries = _matcher()
    found: list[tuple[Span, str]] = []
    for m in pattern.finditer(text_key):
        name, rule = entries.get(compact(m.group(0)), ("", _BLOCKED))
        if rule == _BLOCKED:
            continue
        if rule in ("prefixed", "capitalised"):
            prefixed = _PREFIX_BEFORE.search(text_key, max(0, m.start() - 12), m.start()) is not None
            if not prefixed:
                if rule == "prefixed" or text is None:
                    continue
                if not all(w[:1].isupper() for w in text[m.start() : m.end()].split()):
                    continue
        found.append((Span(m.start(), m.end()), name))
    return found
