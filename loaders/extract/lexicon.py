"""The domain knowledge of the officials extractor, read once from ``loaders/data``.

Everything a Vietnamese-speaking analyst might want to extend lives in the data files (role words,
organization names and their abbreviations, family names, honorifics, status cues, provinces); this
module only parses them into lookup tables. Files are TSV (or one item a line) with ``#`` comments.
Abbreviations are applied to every organization form and role phrase, so "Ủy ban nhân dân" in the
data also matches "UBND" in a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_index, phrase_tokens
from kg.reference.status_cues import SCOPES, status_cue_rows
from kg.reference.tables import table
from kg.textkey import key as text_key


def read_rows(name: str, ncols: int) -> list[list[str]]:
    """Rows of a data table (read by :mod:`kg.reference.tables`), padded to ``ncols`` columns."""
    return [row.padded(ncols) for row in table(name)]


@cache
def phrase_table(name: str) -> PhraseIndex[str]:
    """A one-column data table (a list of phrases an analyst extends) as a phrase index."""
    return phrase_index(row[0] for row in read_rows(name, 1))


def status_cue_keys(status: str, scopes: tuple[str, ...] = SCOPES) -> list[str]:
    """The cues of ``status`` whose scope is one of ``scopes``, each as :func:`kg.textkey.key` folds it (in
    :func:`kg.reference.status_cues.status_cue_rows`' order), for the rules that search a report's key by regex.

    >>> "bổ nhiệm" in status_cue_keys("appointed", ("clause",))
    True
    """
    return [text_key(c.cue) for c in status_cue_rows() if c.status == status and c.scope in scopes]


@dataclass(frozen=True)
class OrgRow:
    id: str
    category: str
    level: str
    canonical: str
    english: str
    parent: str
    takes: frozenset[str]
    flags: frozenset[str]
    suffix: str


@dataclass(frozen=True)
class RoleRow:
    phrase: str
    role: str  # label to use instead of the written phrase ("" = as written)
    english: str
    deputy_en: str
    needs_org: bool
    implied_org: str
    deputy_only: bool = False  # a role only after "Phó" ("Phó ban Tuyên giáo": deputy head of that Ban)


@dataclass(frozen=True)
class Place:
    canonical: str
    kind: str  # "tỉnh" | "thành phố"


@dataclass(frozen=True)
class PlaceWord:
    level: str
    canonical: str


@dataclass
class Lexicon:
    orgs: dict[str, OrgRow] = field(default_factory=dict)
    org_index: PhraseIndex[OrgRow] = field(default_factory=PhraseIndex)
    roles: PhraseIndex[RoleRow] = field(default_factory=PhraseIndex)
    domains: PhraseIndex[tuple[str, str]] = field(default_factory=PhraseIndex)
    places: PhraseIndex[Place] = field(default_factory=PhraseIndex)
    place_words: PhraseIndex[PlaceWord] = field(default_factory=PhraseIndex)
    honorifics: PhraseIndex[str | None] = field(default_factory=PhraseIndex)
    status_cues: PhraseIndex[tuple[str, str]] = field(default_factory=PhraseIndex)
    surnames: frozenset[str] = frozenset()
    hierarchy: dict[tuple[str, str], str] = field(default_factory=dict)
    place_keys: frozenset[str] = frozenset()  # keys of every province name, for "not a person"
    other_places: PhraseIndex[str] = field(default_factory=PhraseIndex)  # countries, regions
    not_persons: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)
    abbreviation_tokens: frozenset[str] = frozenset()  # "ubnd", "tư": must be capitals in text
    districts: dict[str, frozenset[str]] = field(default_factory=dict)  # name key -> provinces
    aside_words: PhraseIndex[str] = field(default_factory=PhraseIndex)  # "sinh năm", "tuổi": kind
    workplace_cues: PhraseIndex[str] = field(default_factory=PhraseIndex)  # "công tác tại"
    place_committees: dict[str, str] = field(default_factory=dict)  # level word -> committee id
    session_cues: PhraseIndex[str] = field(default_factory=PhraseIndex)  # "kỳ họp", "chất vấn"
    member_bodies: dict[str, tuple[str, str]] = field(default_factory=dict)  # org id -> (role, english)
    election_cues: PhraseIndex[str] = field(default_factory=PhraseIndex)  # "được bầu" (before "vào")
    lower_heads: frozenset[str] = frozenset()  # first words of the forms of rows flagged lowerhead
    prefix_firsts: frozenset[str] = frozenset()  # first words of the "prefix" status cues ("nguyên")


def past_honorific_segment(toks: Tokens, i: int) -> int | None:
    """The token after ", " that closes a rank, degree or profession written between two titles or
    after an aside ("..., Đại tướng, Chủ nhiệm ...", "(Sinh năm 1978), Bác sĩ y khoa, Phó giám
    đốc ..."), or None when none starts at token i (``honorifics.txt``)."""
    hon = lexicon().honorifics
    n = len(toks.k)
    if i >= n or toks.k[i] not in hon.firsts or toks.brk[i]:
        return None
    hit = hon.longest(toks, i)
    if not hit:
        return None
    k = i + hit[0]
    while k < n and k - i < 6 and toks.word[k] and not toks.cap[k] and not toks.brk[k]:
        k += 1  # "Bác sĩ y khoa" (a capital would be a name: "đồng chí Đặng Văn A," is no rank)
    return k + 1 if k < n and toks.k[k] == "," and not toks.brk[k] else None


def role_row(phrase: str) -> RoleRow | None:
    """The row of ``roles.tsv`` written exactly ``phrase`` (any case or tone style)."""
    toks = phrase_tokens(phrase)
    return next((row for row in lexicon().roles.exactly(toks) if isinstance(row, RoleRow)), None)


def _abbreviations() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    out = []
    for abbr, expansion in read_rows("abbreviations.tsv", 2):
        out.append((phrase_tokens(expansion), phrase_tokens(abbr)))
    out.sort(key=lambda x: -len(x[0]))
    return out


def variants(tokens: tuple[str, ...], abbrs: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> set:
    """Every way of writing ``tokens`` with some of its expansions abbreviated."""
    seen = {tokens}
    todo = [tokens]
    while todo and len(seen) < 256:
        cur = todo.pop()
        for exp, ab in abbrs:
            n = len(exp)
            for i in range(len(cur) - n + 1):
                if cur[i : i + n] == exp:
                    new = cur[:i] + ab + cur[i + n :]
                    if new not in seen:
                        seen.add(new)
                        todo.append(new)
    return seen


_AND = phrase_tokens("và")[0]


def _and_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A field's name with its "và" also written "&", "-" or left out ("Kế hoạch và Đầu tư",
    "Kế hoạch & Đầu tư", "Kế hoạch - Đầu tư", "Kế hoạch Đầu tư")."""
    if _AND not in tokens:
        return [tokens]
    out = [tokens]
    for rep in (("&",), ("-",), ()):
        out.append(tuple(x for t in tokens for x in ((t,) if t != _AND else rep)))
    return out


def _split(cell: str, sep: str) -> frozenset[str]:
    return frozenset(x.strip() for x in cell.split(sep) if x.strip())


@cache
def lexicon() -> Lexicon:
    """All data files parsed once per process."""
    lex = Lexicon()
    abbrs = _abbreviations()
    lower_heads: set[str] = set()
    lex.abbreviation_tokens = frozenset(t for _, ab in abbrs for t in ab if t.isalpha() and len(t) > 1)
    for cols in read_rows("organizations.tsv", 10):
        oid, cat, level, canon, en, forms, parent, takes, flags, suffix = cols[:10]
        row = OrgRow(oid, cat, level, canon, en, parent, _split(takes, "+"), _split(flags, ","),
                     suffix or canon)
        lex.orgs[oid] = row
        for form in forms.split("|"):
            for v in variants(phrase_tokens(form), abbrs):
                lex.org_index.add(v, row)
                if "lowerhead" in row.flags:
                    lower_heads.add(v[0])
    lex.lower_heads = frozenset(lower_heads)
    for cols in read_rows("roles.tsv", 6):
        phrase, role, en, dep_en, needs, implied = cols[:6]
        row = RoleRow(phrase, role, en, dep_en, needs in ("yes", "deputy"), implied, needs == "deputy")
        for v in variants(phrase_tokens(phrase), abbrs):
            lex.roles.add(v, row)
    canonical_field: dict[str, str] = {}
    for cols in read_rows("domains.tsv", 2):
        # every way of writing a field names one field: its first row with that English label
        name = canonical_field.setdefault(cols[1], cols[0]) if cols[1] else cols[0]
        for v in variants(phrase_tokens(cols[0]), abbrs):
            for w in _and_variants(v):
                lex.domains.add(w, (name, cols[1]))
    keys = set()
    for cols in read_rows("places.tsv", 3):
        place = Place(cols[0], cols[2] or "tỉnh")
        for form in [cols[0], *cols[1].split("|")]:
            if form:
                lex.places.add(phrase_tokens(form), place)
                keys.add(" ".join(phrase_tokens(form)))
    lex.place_keys = frozenset(keys)
    for cols in read_rows("place_words.tsv", 3):
        lex.place_words.add(phrase_tokens(cols[0]), PlaceWord(cols[1], cols[2]))
    for cols in read_rows("honorifics.txt", 2):
        lex.honorifics.add(phrase_tokens(cols[0]), cols[1] or None)
    prefix_firsts: set[str] = set()
    for cue in status_cue_rows():
        lex.status_cues.add(phrase_tokens(cue.cue), (cue.status, cue.scope))
        if cue.scope == "prefix" and phrase_tokens(cue.cue):
            prefix_firsts.add(phrase_tokens(cue.cue)[0])
    lex.prefix_firsts = frozenset(prefix_firsts)
    for cols in read_rows("then_before_now.tsv", 2):  # "…, Bí thư Tỉnh ủy lúc bấy giờ": the title held then
        if cols[1]:
            lex.status_cues.add(phrase_tokens(cols[0]), (cols[1], "after"))
    lex.surnames = frozenset(text_key(c[0]) for c in read_rows("surnames.txt", 1))
    for cols in read_rows("other_places.txt", 1):
        lex.other_places.add(phrase_tokens(cols[0]), cols[0])
    for cols in read_rows("not_persons.tsv", 2):
        lex.not_persons.append((frozenset(text_key(w) for w in cols[0].split("|")),
                                frozenset(text_key(w) for w in cols[1].split("|"))))
    districts: dict[str, set[str]] = {}
    for name, _kind, province in read_rows("districts.tsv", 3):
        toks = phrase_tokens(province)
        canon = next((pl.canonical for pl in lex.places.exactly(toks)), province)
        districts.setdefault(" ".join(phrase_tokens(name)), set()).add(canon)
    lex.districts = {k: frozenset(v) for k, v in districts.items()}
    for child, context, parent in read_rows("hierarchy.tsv", 3):
        lex.hierarchy[(child, context)] = parent
    for word, kind in read_rows("aside_words.tsv", 2):
        lex.aside_words.add(phrase_tokens(word), kind)
    for (cue,) in read_rows("workplace_cues.tsv", 1):
        lex.workplace_cues.add(phrase_tokens(cue), cue)
    for word, committee in read_rows("place_committees.tsv", 2):
        lex.place_committees[word] = committee
    for (cue,) in read_rows("session_cues.tsv", 1):
        lex.session_cues.add(phrase_tokens(cue), cue)
    for org, role, english in read_rows("member_bodies.tsv", 3):
        lex.member_bodies[org] = (role, english)
    for (cue,) in read_rows("election_cues.tsv", 1):
        lex.election_cues.add(phrase_tokens(cue), cue)
    return lex
