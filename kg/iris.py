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
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import URIRef

from kg.textkey import ascii_key, compact
from kg.vocab import ID

_MAX_SLUG = 60


def slug(text: str) -> str:
    """ASCII, lower case, dash-separated form of ``text`` (for reading IRIs, not for identity)."""
    # ASCII text is its own NFC form, and its ascii_key is its lower case (kg.textkey folds no ASCII
    # character): most readable parts are, and a build mints tens of thousands of IRIs
    s = text.lower() if text.isascii() else ascii_key(unicodedata.normalize("NFC", text))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:_MAX_SLUG].rstrip("-") or "x"


_WORDS = re.compile(r"[^\W_]+")


def identity(text: str) -> str:
    """The identity form of a key: NFC, tone-style and case folded, punctuation squeezed.

    An ASCII part (an IRI inside a key: an identity link or a tenure is keyed on the IRIs it joins)
    takes a short way to the same form: :func:`kg.textkey.compact` of ASCII text is its lower
    case's words, since NFC, the fold table and the tone pairs leave ASCII as it is (tested).
    """
    if text.isascii():
        return " ".join(_WORDS.findall(text.lower()))
    return compact(text)


def mint_once(kind: str, key: str, readable: str | None = None) -> URIRef:
    """IRI of the entity of ``kind`` whose identity key is ``key``, not remembered by this process
    (while a build's :class:`MintMemo` is on, by that memo: see :func:`remembering`).

    The hash comes from ``key``; the readable part from ``readable`` when the key itself holds
    other IRIs (a post is keyed on its organization's IRI, but reads better as its title).
    For keys minted once each (an identity link's key names its two mentions), where a cache
    would only hold every long key until it fills.
    """
    memo = _memo
    if memo is not None:
        return memo.mint(kind, key, readable)
    return _mint_once(kind, key, readable)


def _mint_once(kind: str, key: str, readable: str | None = None) -> URIRef:
    """:func:`mint_once` computed: the identity form of each part of the key, its hash, the slug."""
    ident = "|".join(identity(part) for part in key.split("|"))
    digest = hashlib.sha1(f"{kind}\x1f{ident}".encode()).hexdigest()[:8]
    return ID[f"{kind}/{slug(readable if readable is not None else ident)}-{digest}"]


@lru_cache(maxsize=1 << 18)
def mint(kind: str, key: str, readable: str | None = None) -> URIRef:
    """:func:`mint_once`, remembered (a pure function of its arguments).

    Resolution mints the same role, organization and post keys thousands of times (the cache
    halves resolution's time on a corpus sample).
    """
    return mint_once(kind, key, readable)


def minted_kind(iri: str) -> str:
    """The kind an IRI of :func:`mint_once` was minted as ("org", "person", ...; "" for another IRI).

    >>> minted_kind(mint("org", "Quốc hội")), minted_kind(mint("person", "a|b")), minted_kind("http://x.org/y")
    ('org', 'person', '')
    """
    base = str(ID)
    if not iri.startswith(base):
        return ""
    kind, sep, _ = iri[len(base):].partition("/")
    return kind if sep else ""


MintKey = tuple[str, str, "str | None"]


class MintMemo:
    """The IRIs one build minted, by ``(kind, key, readable)``, to be kept for the next build.

    Minting is a pure function of its arguments and of the code (the identity form of a key, its
    hash, the slug): about 28 µs a key, and a build of 700 reports mints some 16,000 keys, nearly
    all of them again when a few reports are added (9% of such a build's CPU). A store keeps this
    build's table under its code version (:meth:`kg.store.Store.memo`), so the next build with the
    same code looks most IRIs up instead. A key the table lacks is minted as ever; the IRI is the
    same either way (tested). Only the keys this build used are kept, at most :attr:`LIMIT` (an
    archive mints millions of keys, most of them once: past the limit a key is minted as it was
    before this memo, so its memory stays bounded, about 480 bytes a key and side: 30 MB each for
    the last build's table and this one's at the limit; the corpus's 700 reports mint 16,000).
    """

    LIMIT = 1 << 16

    def __init__(self, known: dict[MintKey, str] | None = None) -> None:
        self.known = known or {}  # the last build's table (IRIs as text)
        self.used: dict[MintKey, URIRef] = {}

    def mint(self, kind: str, key: str, readable: str | None) -> URIRef:
        k = (kind, key, readable)
        got = self.used.get(k)
        if got is None:
            text = self.known.get(k)
            # an IRI of the table was minted (and checked by rdflib) when it was made
            got = str.__new__(URIRef, text) if text is not None else _mint_once(kind, key, readable)
            if len(self.used) < self.LIMIT:
                self.used[k] = got
        return got

    def table(self) -> dict[MintKey, str]:
        """What to keep for the next build: this build's keys and IRIs (as text)."""
        return {k: str(v) for k, v in self.used.items()}


_memo: MintMemo | None = None
_process_caches: list[Callable[[], None]] = []  # cache_clear of caches in front of mint_once


def cached_in_front(clear: Callable[[], None]) -> None:
    """Register a cache that answers before :func:`mint_once` (its ``cache_clear``): it is emptied
    when a memo starts, so that the memo sees every key the build mints."""
    _process_caches.append(clear)


cached_in_front(mint.cache_clear)


@contextmanager
def remembering(memo: MintMemo) -> Iterator[MintMemo]:
    """Mint through ``memo`` within the block (one build; not for threads minting apart)."""
    global _memo
    for clear in _process_caches:
        clear()
    _memo = memo
    try:
        yield memo
    finally:
        _memo = None


REGISTRY_FILE = "person-iris.tsv"


@dataclass
class PersonRegistry:
    """The person IRIs minted into one output folder, and what each named, kept from build to build.

    A person's IRI is minted from its cluster's best key (:func:`kg.resolve._cluster_iris`), and new
    reports can change that key (a namesake takes the plain key first, a better-keyed mention joins).
    The registry keeps each IRI with the mentions it named, as ``(report id, name key)`` pairs, so the
    next build into the same folder gives a person the IRI that already named most of its mentions,
    and an IRI whose mentions joined another person's redirects to it. A same-corpus rebuild finds
    every cluster's own IRI, so its output is byte-identical. One line a fact, TAB-separated::

        IRI  REPORT_ID  NAME_KEY          the IRI named this mention
        IRI  =          TARGET_IRI        the IRI was merged into TARGET (kept for ever)

    IRIs whose reports left the corpus stay in the file (reserved), so they come back if the reports do.
    """

    members: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> PersonRegistry:
        out = cls()
        if not path.exists():
            return out
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                print(f"{path}:{n}: not a registry line (want IRI TAB report TAB name); skipped", file=sys.stderr)
                continue
            if cols[1] == "=":
                out.merged[cols[0]] = cols[2]
            else:
                out.members.setdefault(cols[0], set()).add((cols[1], cols[2]))
        return out

    def reserved(self) -> set[str]:
        return set(self.members) | set(self.merged)

    def text(self) -> str:
        lines = ["# person IRI\treport id\tname key (or: IRI\t=\tthe IRI it was merged into); kg build keeps it"]
        for iri in sorted(self.members):
            lines.extend(f"{iri}\t{r}\t{n}" for r, n in sorted(self.members[iri]))
        lines.extend(f"{old}\t=\t{new}" for old, new in sorted(self.merged.items()))
        return "\n".join(lines) + "\n"
