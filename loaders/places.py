"""Finding provinces in text.

The provinces themselves (``data/provinces.tsv``: before and after the 1 July 2025 merger, their
other spellings) are reference data every stage may ask, in :mod:`kg.reference.places`; they are
re-exported here for the loaders and extractors that always found them here.

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
from functools import cache

from kg.model import Span
from kg.reference.places import (  # noqa: F401 - the province facts, re-exported for the loaders
    PlaceRecord,
    all_places,
    canonical_province,
    place,
    place_by_id,
    provinces,
    successor,
)
from kg.reference.tables import table
from kg.textkey import compact
from kg.textkey import key as make_key

# Words before a name that make it a province ("tỉnh Hòa Bình", "TP Hồ Chí Minh"), in key form.
_PREFIX = r"(?:tỉnh|thành phố|tp\.?|t\.p\.?|thủ đô)\s*"


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
    for row in table("place_exceptions.tsv"):
        phrase = row["phrase"]
        entries[compact(phrase)] = ("", _BLOCKED)
        spellings[make_key(phrase)] = phrase
    for p in provinces().values():
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
