"""Minting entity IRIs from normalised keys.

An IRI is a readable ASCII slug plus a short hash of the full key, so two builds of the same input
give the same IRIs (byte-identical Turtle), "Tỉnh ủy" and "Tỉnh uỷ" give the same IRI (the key folds
tone style and case), and "Dũng" and "Dụng", which fold to the same ASCII, still get different ones.

>>> mint("person", "nguyễn chí dũng|bình định") == mint("person", "Nguyễn Chí Dũng|Bình Định")
True
>>> str(mint("person", "nguyễn chí dũng|bình định")).startswith("https://w3id.org/vnkg/id/person/nguyen-chi-dung-binh-dinh-")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from kg.textkey import ascii_key, compact
from kg.vocab import ID

_MAX_SLUG = 60


def slug(text: str) -> str:
    """ASCII, lower case, dash-separated form of ``text`` (for reading IRIs, not for identity)."""
    s = ascii_key(unicodedata.normalize("NFC", text))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:_MAX_SLUG].rstrip("-") or "x"


def identity(text: str) -> str:
    """The identity form of a key: NFC, tone-style and case folded, punctuation squeezed."""
    return compact(text)


@lru_cache(maxsize=1 << 18)
def mint(kind: str, key: str, readable: str | None = None) -> URIRef:
    """IRI of the entity of ``kind`` whose identity key is ``key``.

    The hash comes from ``key``; the readable part from ``readable`` when the key itself holds
    other IRIs (a post is keyed on its organization's IRI, but reads better as its title).
    Remembered (a pure function of its arguments): resolution mints the same role, organization
    and post keys thousands of times (the cache halves resolution's time on a corpus sample).
    """
    ident = "|".join(identity(part) for part in key.split("|"))
    digest = hashlib.sha1(f"{kind}\x1f{ident}".encode()).hexdigest()[:8]
    return ID[f"{kind}/{slug(readable if readable is not None else ident)}-{digest}"]
