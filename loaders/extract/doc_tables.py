"""The data files behind directive and event extraction, read once.

Domain knowledge (document types, issuing bodies, term dates, relation and event words) lives in
TSV files under ``loaders/data/`` that an analyst can read and extend; this module only parses
them. Lines starting with ``#`` are comments; the first other line is the header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from kg.reference.documents import DocType, document_types
from kg.reference.tables import TableError, table
from kg.textkey import ascii_key, key


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``loaders/data/NAME`` as dicts keyed by the header (read by :mod:`kg.reference.tables`)."""
    return [row.as_dict() for row in table(name)]


@cache
def words_by_use(name: str, *, keyed: bool = True) -> dict[str, tuple[str, ...]]:
    """The ``word`` column of a word table (``loaders/data/NAME``, columns ``word`` and ``use``) grouped
    by ``use``, in the table's order (where alternatives are tried in order, the order decides a span);
    ``keyed``: each word as :func:`kg.textkey.key` folds it, to match against a report's key."""
    out: dict[str, list[str]] = {}
    for row in read_tsv(name):
        out.setdefault(row["use"], []).append(key(row["word"]) if keyed else row["word"])
    return {use: tuple(words) for use, words in out.items()}


def whole_words(words: Iterable[str]) -> re.Pattern[str]:
    r"""Any of ``words`` standing whole: no letter, digit or "_" on either side. The cue tables of the
    status and career rules are each read this way; one compiled form, so they cannot drift apart.

    The test before the word is written after its first character (``alternation(word_start=True)``),
    so the pattern opens with the words' first letters and ``re`` looks for those by a C loop, where
    ``(?<![\w])`` in front was tried at every character of what is searched: the same matches, and a
    rule that searches a whole report for its cue (``sentences.posts_by_sentence``'s gate) scans it
    three times as fast (founded_head_cues.tsv over the corpus: 84 -> 24 ms).

    >>> [m.group() for m in whole_words(["thôi", "miễn nhiệm"]).finditer("thôi giữ, thôichức, miễn nhiệm")]
    ['thôi', 'miễn nhiệm']
    """
    trie = alternation(words, word_start=True)
    if not trie:  # no word: the empty match between two non-word characters, as the look-behind in front gave
        return re.compile(r"(?<![\w])(?![\w])")
    return re.compile(rf"(?:{trie})(?![\w])")


def alternation(words: Iterable[str], *, word_start: bool = False) -> str:
    r"""A regex matching any of ``words``, as a trie of non-capturing groups.

    Python's ``re`` tries the branches of ``a|b|c`` one after another at every position; with dozens
    of cue words that dominates the extractors' time. A trie tests each character once.

    ``word_start``: the match starts a word (no letter, digit or "_" before it), the test written
    after each first character (``(?<![\w].)``) rather than as a ``(?<![\w])`` before the trie. A
    pattern that starts with the trie then starts with its first characters, and ``re`` searches
    for those with a C loop over the text, trying a match only where one is written; a pattern that
    starts with a look-behind is tried at every character. (It pays where the words begin with few
    letters: campaign words with "c", "p", "v", "đ" scan twice as fast; document types, which begin
    with most letters, gain nothing.)

    >>> import re; bool(re.fullmatch(alternation(["hội nghị", "hội thảo", "kỳ họp"]), "hội thảo"))
    True
    >>> [m.group() for m in re.finditer(alternation(["hội", "kỳ"], word_start=True), "xhội hội, kỳ")]
    ['hội', 'kỳ']
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, top: bool = False) -> str:
        end = "" in node
        after_first = r"(?<![\w].)" if top and word_start else ""
        branches = [re.escape(ch) + after_first + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = f"(?:{body})?"
        return body

    return build(trie, top=True)


def _split(value: str, sep: str) -> list[str]:
    return [p.strip() for p in value.split(sep) if p.strip()]


@dataclass(frozen=True)
class Issuer:
    """A body (or an office) that issues documents, as issuers.tsv describes it: only what is about
    documents (the symbol codes, the phrases naming it as an issuer) and the organizations.tsv row of
    the body; its names come from there (:func:`issuer_names`)."""

    codes: tuple[str, ...]
    org: str  # organizations.tsv id; "" for an office ("Thủ tướng Chính phủ")
    phrases: tuple[str, ...]  # the full name first
    english: str  # an office's English name ("" for a body: organizations.tsv gives it)
    system: str
    level: str
    where: str  # "loaders/data/issuers.tsv:LINE", for messages

    @property
    def vi(self) -> str:
        return issuer_names(self)[0]

    @property
    def en(self) -> str:
        return issuer_names(self)[1]


@cache
def issuer_names(issuer: Issuer) -> tuple[str, str]:
    """The issuer's canonical Vietnamese and English names: an office's from issuers.tsv, a body's
    as organizations.tsv names its first phrase, read in a sentence by the organizations rules
    ("Ban Tổ chức Trung ương" is the kind Ban Tổ chức with the suffix Trung ương; "Bộ Y tế" the
    kind Bộ with the field Y tế), so a document's issuer and a post's body are named alike.

    A body whose phrase is not read whole as its kind keeps its row's own names when the phrase is
    that name ("Đảng ủy" is read only with a place after it); any other is a data error, named with
    the file and line. Read lazily: only an issuer the organizations rules miss in a report needs it.
    """
    from kg.loaders.extract.organizations import OrgFinder
    from kg.loaders.extract.tokens import Tokens

    phrase = issuer.phrases[0]
    if not issuer.org:
        return phrase, issuer.english
    text = f"Theo văn bản của {phrase} ban hành."
    start = text.index(phrase)
    finder = OrgFinder(Tokens.of(text, key(text)), None)
    finder.scan()
    for m in finder.mentions:
        if (m.span.start, m.span.end, m.kind) == (start, start + len(phrase), issuer.org):
            return m.name, m.name_en or ""
    row = next(r for r in table("organizations.tsv") if r["id"] == issuer.org)
    if key(row["canonical"]) == key(phrase):
        return row["canonical"], row["english"]
    raise TableError(f"{issuer.where}: {phrase!r} is not read as a body of kind {issuer.org!r} "
                     f"of loaders/data/organizations.tsv")


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
        Issuer(tuple(_split(r["codes"], ",")), r["org"], tuple(_split(r["phrases"], "|")), r["english"],
               r["system"], r["level"], r.where())
        for r in table("issuers.tsv")
    )
    for i in issuers:
        if not i.phrases or bool(i.org) == bool(i.english):
            raise TableError(f"{i.where}: an issuer needs its phrases and either an org (a body) or an "
                             f"english name (an office), not both")
    by_code: dict[str, Issuer] = {}
    code_ascii: dict[str, str] = {}
    canonical: dict[str, str] = {}
    by_alias: dict[str, Issuer] = {}
    for i in issuers:
        for c in i.codes:
            by_code.setdefault(key(c), i)
            code_ascii.setdefault(ascii_key(c), c)
            canonical.setdefault(key(c), c)
        for a in i.phrases:
            by_alias.setdefault(key(a), i)
    party: list[tuple[date, int]] = []
    na: list[tuple[date, int]] = []
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
