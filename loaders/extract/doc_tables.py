"""The data files behind directive and event extraction, read once.

Domain knowledge (document types, issuing bodies, term dates, relation and event words) lives in
TSV files under ``loaders/data/`` that an analyst can read and extend; this module only parses
them. Lines starting with ``#`` are comments; the first other line is the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.reference.documents import DocType, document_types
from kg.reference.tables import table
from kg.textkey import ascii_key, key


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``loaders/data/NAME`` as dicts keyed by the header (read by :mod:`kg.reference.tables`)."""
    return [row.as_dict() for row in table(name)]


def alternation(words: list[str] | set[str]) -> str:
    """A regex matching any of ``words``, as a trie of non-capturing groups.

    Python's ``re`` tries the branches of ``a|b|c`` one after another at every position; with dozens
    of cue words that dominates the extractors' time. A trie tests each character once.

    >>> import re; bool(re.fullmatch(alternation(["hội nghị", "hội thảo", "kỳ họp"]), "hội thảo"))
    True
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = f"(?:{body})?"
        return body

    return build(trie)


def _split(value: str, sep: str) -> list[str]:
    return [p.strip() for p in value.split(sep) if p.strip()]


@dataclass(frozen=True)
class Issuer:
    codes: tuple[str, ...]
    vi: str
    en: str
    aliases: tuple[str, ...]
    system: str
    level: str


@dataclass(frozen=True)
class DocTables:
    types: tuple[DocType, ...]
    type_by_id: dict[str, DocType]
    abbr_exact: dict[str, DocType]  # key("QĐi") -> type
    abbr_ascii: dict[str, DocType]  # ascii_key("QDNS") -> type, used only when no exact match
    type_by_word: dict[str, DocType]  # key("Kết luận") -> type
    issuers: tuple[Issuer, ...]
    issuer_by_code: dict[str, Issuer]  # key("TTg") -> issuer
    issuer_code_ascii: dict[str, str]  # ascii_key("BGDDT") -> "BGDĐT"
    issuer_by_alias: dict[str, Issuer]  # key("Bộ Chính trị") -> issuer
    canonical_code: dict[str, str]  # key("ttg") -> "TTg"
    party_terms: tuple[tuple[date, int], ...]
    na_terms: tuple[tuple[date, int], ...]
    relations: tuple[tuple[str, str, str], ...]  # (key(cue), relation, direction), longest first


@lru_cache(maxsize=1)
def tables() -> DocTables:
    types = document_types()
    abbr_exact: dict[str, DocType] = {}
    abbr_ascii: dict[str, DocType] = {}
    by_word: dict[str, DocType] = {}
    for t in types:
        for a in t.abbrs:
            abbr_exact.setdefault(key(a), t)
            abbr_ascii.setdefault(ascii_key(a), t)
        for w in (t.vi, *t.words):
            by_word.setdefault(key(w), t)
    issuers = tuple(
        Issuer(tuple(_split(r["codes"], ",")), r["vi"], r["en"], tuple(_split(r["aliases"], "|")),
               r["system"], r["level"])
        for r in read_tsv("issuers.tsv")
    )
    by_code: dict[str, Issuer] = {}
    code_ascii: dict[str, str] = {}
    canonical: dict[str, str] = {}
    by_alias: dict[str, Issuer] = {}
    for i in issuers:
        for c in i.codes:
            by_code.setdefault(key(c), i)
            code_ascii.setdefault(ascii_key(c), c)
            canonical.setdefault(key(c), c)
        for a in (i.vi, *i.aliases):
            by_alias.setdefault(key(a), i)
    party, na = [], []
    for r in read_tsv("terms.tsv"):
        y, m, d = (int(x) for x in r["start"].split("-"))
        (party if r["body"] == "party" else na).append((date(y, m, d), int(r["term"])))
    rows = read_tsv("directive_relations.tsv")
    rel = sorted(((key(r["cue"]), r["relation"], r["direction"]) for r in rows), key=lambda x: -len(x[0]))
    return DocTables(types, {t.id: t for t in types}, abbr_exact, abbr_ascii, by_word, issuers, by_code,
                     code_ascii, by_alias, canonical, tuple(sorted(party)), tuple(sorted(na)), tuple(rel))


def term_at(day: date, body: str = "party") -> int | None:
    """The term (khóa) running on ``day``: the latest term that began on or before it."""
    t = tables()
    found = None
    for start, term in t.party_terms if body == "party" else t.na_terms:
        if start <= day:
            found = term
    return found
