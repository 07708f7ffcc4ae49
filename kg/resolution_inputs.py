"""What resolution reads of a report, kept small: the compact inputs a build of an archive resolves.

:func:`kg.resolve.resolve` (with :mod:`kg.persons`) reads of each extraction only its mentions'
identity keys and candidate posts and a few windows of the report's matching text
(``docs/resolution.md``, "What resolution reads of a report"). A whole extraction is about 44 KB in
memory, and an archive build would hold 100,000 of them while resolving. Here each extraction is
turned into a :class:`CompactExtraction`: the same lists and references, made of slotted records
carrying exactly the attributes resolution reads (plus a few of the same kind, so a reader added
later finds them), and a :class:`KeyWindows` instead of the full matching text. ``kg.resolve`` and
``kg.persons`` read it as they read an extraction; they are not changed for it. Lists are tuples,
spans packed ints (:class:`CompactSpan`), and only persons and posts keep a span: resolution reads
no other mention's (a reader that does fails loudly, with an AttributeError). A build holds these
for every report of the archive while it resolves: every byte here is 100 MB at 100,000 reports
(``bench/bench_memory.py --inputs-only`` sizes them by field).

Resolution answers a whole extraction's mentions by object identity (``Resolution.iri[id(mention)]``)
and a compact input's on its records (:class:`Answered`: one slot each, no dict entry or int key per
mention). After resolving compact inputs, :func:`mention_map` turns those answers into each
report's own small table by mention *position* (a mention's index in
:meth:`kg.model.Extraction.mentions`, recorded as ``pos`` when the compact record is made), so the
compact inputs can go; :func:`install` puts one report's answers back under the identities of its
full extraction, read again from the store, while its block is written. The writer then sees
exactly what it would have seen with the full extraction resolved.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kg.model import (
    CampaignMention,
    DirectiveMention,
    EventMention,
    Extraction,
    OrgMention,
    PartialDate,
    PersonMention,
    PostMention,
    Span,
    credit_outlet,
)


class CompactSpan(int):
    """A :class:`kg.model.Span` as resolution reads it (``start``, ``end``, its length; among
    themselves hashed, compared and ordered as spans are), packed into one int, ``start << 32 |
    end``: about 32 bytes, against 112 for a pair of ints and 56 for the dataclass with its ints.
    An archive's compact inputs hold about 70 spans a report. Made and unpickled by ``int``'s own
    constructor, so reading one back from the store runs no Python code."""

    __slots__ = ()

    @property
    def start(self) -> int:
        return self >> 32

    @property
    def end(self) -> int:
        return self & 0xFFFFFFFF

    def __len__(self) -> int:  # as Span's: the characters it covers
        return (self & 0xFFFFFFFF) - (self >> 32)

    def __repr__(self) -> str:
        return f"CompactSpan({self >> 32}, {self & 0xFFFFFFFF})"


def _span(s: Span) -> CompactSpan:
    if not 0 <= s.start <= s.end < 1 << 32:
        raise ValueError(f"a span {s.start}..{s.end} outside what a compact span holds")
    return CompactSpan(s.start << 32 | s.end)


BEFORE, AFTER = 120, 160  # characters of the matching text resolution reads around a person span
_WHOLE_SHARE = 0.6  # windows covering more of the text than this: keep the whole text as one window


class KeyWindows:
    """The parts of a report's matching text (``Report.key``) resolution reads, in its coordinates.

    ``key[a:b]`` gives the same string as the full text when ``[a, b)`` lies inside one window. Any
    other read (a slice no window covers, a string method) fetches the whole text with ``fetch``
    (set by the build after loading: the store's copy), so a reader that looks further than today's
    windows gets the right answer, only slower; without ``fetch`` it fails loudly.

    The windows are kept as UTF-8 (two thirds of the size of a Vietnamese ``str``, which takes two
    bytes a character) and decoded when read; the last window decoded is remembered, since
    resolution reads one report's windows one after another.
    """

    __slots__ = ("length", "starts", "ends", "parts", "fetch")

    def __init__(self, length: int, starts: tuple[int, ...], ends: tuple[int, ...], parts: tuple[bytes, ...]) -> None:
        self.length, self.starts, self.ends, self.parts = length, starts, ends, parts
        self.fetch: Callable[[], str] | None = None

    def __getstate__(self) -> tuple:
        return self.length, self.starts, self.ends, self.parts

    def __setstate__(self, state: tuple) -> None:
        self.length, self.starts, self.ends, self.parts = state
        self.fetch = None

    def __len__(self) -> int:
        return self.length

    def _whole(self) -> str:
        if self.fetch is None:
            raise LookupError("resolution read a part of a report's text outside the windows kept for it "
                              "(kg.resolution_inputs), and no full text can be fetched")
        return self.fetch()

    def _part(self, i: int) -> str:
        owner, index, text = _last_part
        if owner is not self or index != i:
            text = self.parts[i].decode()
            _last_part[:] = (self, i, text)
        return text

    def __getitem__(self, item: Any) -> str:
        if isinstance(item, slice) and item.step in (None, 1):
            a, b, _ = item.indices(self.length)
            if b <= a:
                return ""
            i = bisect_right(self.starts, a) - 1
            if i >= 0 and b <= self.ends[i]:
                s = self.starts[i]
                return self._part(i)[a - s:b - s]
        return self._whole()[item]

    def __getattr__(self, name: str) -> Any:  # any other use of the text reads the whole of it
        if name in KeyWindows.__slots__:
            raise AttributeError(name)
        return getattr(self._whole(), name)


_last_part: list = [None, -1, ""]  # (KeyWindows, window index, its text): the window read last


def key_windows(key: str, spans: list[Span]) -> KeyWindows:
    """The windows of ``key`` around ``spans`` (merged), or one window of all of it when they cover most of it."""
    cuts = sorted((max(0, s.start - BEFORE), min(len(key), s.end + AFTER)) for s in spans)
    merged: list[list[int]] = []
    for a, b in cuts:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if sum(b - a for a, b in merged) > _WHOLE_SHARE * len(key):
        merged = [[0, len(key)]]
    return KeyWindows(len(key), tuple(a for a, _ in merged), tuple(b for _, b in merged),
                      tuple(key[a:b].encode() for a, b in merged))


class Answered:
    """A compact record that carries resolution's answer for its mention (the entity IRI), set by
    :mod:`kg.resolve` in place of ``Resolution.iri[id(mention)]``: one slot on a record that exists
    anyway, against a dict entry and an int key per mention (about 100 bytes; 5 KB a report of an
    archive). Not a dataclass field, so the store never pickles it (it is unset when stored)."""

    __slots__ = ("answer",)


class AnsweredPost(Answered):
    """A post's answers: its entity IRI, its role's IRI and its tenure's IRI."""

    __slots__ = ("role_answer", "tenure_answer")


@dataclass(slots=True, eq=False)
class CompactReport:
    id: str
    published: PartialDate | None
    publisher: str | None
    province: str | None
    key: KeyWindows | None  # None once person clustering is done (drop_windows): nothing later reads it
    outlet: str | None = None  # whose credits are one person per name (kg.model.credit_outlet)


@dataclass(slots=True, eq=False)
class CompactPerson(Answered):
    pos: int
    span: CompactSpan
    name: str
    spans: tuple[CompactSpan, ...]
    gender: str | None
    credit: bool


@dataclass(slots=True, eq=False)
class CompactOrg(Answered):
    pos: int
    name: str
    written: str
    kind: str
    name_en: str | None
    province: str | None
    scope: str
    parent: CompactOrg | None


@dataclass(slots=True, eq=False)
class CompactPost(AnsweredPost):
    pos: int
    span: CompactSpan
    person: CompactPerson
    role: str
    role_id: str
    role_en: str | None
    deputy: bool
    qualifier: str | None
    org: CompactOrg | None
    status: str
    start: PartialDate | None
    end: PartialDate | None


@dataclass(slots=True, eq=False)
class CompactDirective(Answered):
    pos: int
    symbol: str | None
    written: str
    number: str | None
    doc_type: str | None
    type_word: str | None
    symbol_type: str | None
    issuer_code: str | None
    issuer: CompactOrg | None
    system: str
    term: int | None
    year: int | None
    date_issued: PartialDate | None
    name: str | None
    relations: tuple[tuple[str, CompactDirective], ...]
    identity: str | None


@dataclass(slots=True, eq=False)
class CompactCampaign(Answered):
    pos: int
    name: str
    kind: str


@dataclass(slots=True, eq=False)
class CompactEvent(Answered):
    pos: int
    kind: str
    name: str | None
    date: PartialDate | None
    place: str | None
    organizer: CompactOrg | None
    concerns: tuple[CompactDirective, ...]
    campaigns: tuple[CompactCampaign, ...]


@dataclass(slots=True, eq=False)
class CompactExtraction:
    """An extraction as resolution reads it (same names, tuples for lists: exactly sized, and an empty
    one is shared; no periods or tasks: resolution reads none)."""

    report: CompactReport
    persons: tuple[CompactPerson, ...]
    organizations: tuple[CompactOrg, ...]
    posts: tuple[CompactPost, ...]
    directives: tuple[CompactDirective, ...]
    events: tuple[CompactEvent, ...]
    campaigns: tuple[CompactCampaign, ...]
    count: int  # mentions of the full extraction (Extraction.mentions)
    periods: tuple = ()
    tasks: tuple = ()


def compact(ex: Extraction) -> CompactExtraction:
    """The compact resolution input of ``ex`` (which keeps its text: the windows are cut from it)."""
    pos = {id(m): i for i, m in enumerate(ex.mentions())}
    made: dict[int, Any] = {}

    def org(o: OrgMention | None) -> CompactOrg | None:
        if o is None:
            return None
        if id(o) not in made:
            made[id(o)] = c = CompactOrg(pos[id(o)], o.name, o.written, o.kind, o.name_en, o.province, o.scope, None)
            c.parent = org(o.parent)
        return made[id(o)]

    def person(p: PersonMention) -> CompactPerson:
        if id(p) not in made:
            made[id(p)] = CompactPerson(pos[id(p)], _span(p.span), p.name, tuple(_span(x) for x in p.spans),
                                                p.gender, p.credit)
        return made[id(p)]

    def post(p: PostMention) -> CompactPost:
        if id(p) not in made:
            made[id(p)] = CompactPost(pos[id(p)], _span(p.span), person(p.person), p.role, p.role_id, p.role_en,
                                          p.deputy, p.qualifier, org(p.org), p.status, p.start, p.end)
        return made[id(p)]

    def directive(d: DirectiveMention) -> CompactDirective:
        if id(d) not in made:
            made[id(d)] = c = CompactDirective(pos[id(d)], d.symbol, d.written, d.number, d.doc_type,
                                               d.type_word, d.symbol_type, d.issuer_code, None, d.system, d.term,
                                               d.year, d.date_issued, d.name, (), d.identity)
            c.issuer = org(d.issuer)
            c.relations = tuple((prop, directive(t)) for prop, t in d.relations)
        return made[id(d)]

    def campaign(c: CampaignMention) -> CompactCampaign:
        if id(c) not in made:
            made[id(c)] = CompactCampaign(pos[id(c)], c.name, c.kind)
        return made[id(c)]

    def event(e: EventMention) -> CompactEvent:
        if id(e) not in made:
            made[id(e)] = CompactEvent(pos[id(e)], e.kind, e.name, e.date, e.place, org(e.organizer),
                                           tuple(directive(d) for d in e.concerns),
                                           tuple(campaign(k) for k in e.campaigns))
        return made[id(e)]

    r = ex.report
    persons = tuple(person(p) for p in ex.persons)
    orgs = tuple(org(o) for o in ex.organizations)
    posts = tuple(post(p) for p in ex.posts)
    spans = [s for p in ex.persons for s in (p.span, *p.spans)] + [p.span for p in ex.posts]
    report = CompactReport(r.id, r.published, r.publisher, r.province, key_windows(r.key, spans), credit_outlet(r))
    return CompactExtraction(report, persons, orgs, posts, tuple(directive(d) for d in ex.directives),
                             tuple(event(e) for e in ex.events), tuple(campaign(c) for c in ex.campaigns), len(pos))


def records(cx: CompactExtraction) -> list:
    """Every compact record of ``cx`` (each once): what its lists reach, parents, issuers, the
    directives and campaigns of events included. Walked when wanted rather than kept in a list."""
    seen: dict[int, Any] = {}
    stack: list = [*cx.persons, *cx.organizations, *cx.posts, *cx.directives, *cx.events, *cx.campaigns]
    while stack:
        c = stack.pop()
        if c is None or id(c) in seen:
            continue
        seen[id(c)] = c
        if isinstance(c, CompactOrg):
            stack.append(c.parent)
        elif isinstance(c, CompactPost):
            stack += (c.person, c.org)
        elif isinstance(c, CompactDirective):
            stack.append(c.issuer)
            stack += (t for _, t in c.relations)
        elif isinstance(c, CompactEvent):
            stack.append(c.organizer)
            stack += c.concerns
            stack += c.campaigns
    return list(seen.values())


_SHARED = {CompactOrg: ("name", "written", "kind", "name_en", "province", "scope"),
           CompactPerson: ("name", "gender"),
           CompactPost: ("role", "role_id", "role_en", "status", "qualifier"),
           CompactDirective: ("doc_type", "type_word", "symbol_type", "issuer_code", "system"),
           CompactEvent: ("kind",), CompactCampaign: ("kind",)}


def share_strings(cx: CompactExtraction, pool: dict[str, str]) -> CompactExtraction:
    """Make the words many reports repeat (body names, roles, statuses, provinces) one string each,
    across the build: each report's copy read from the store is a string of its own otherwise."""
    for node in records(cx):
        for name in _SHARED.get(type(node), ()):
            v = getattr(node, name)
            if v is not None:
                setattr(node, name, pool.setdefault(v, v))
    r = cx.report
    for name in ("publisher", "province", "outlet"):
        v = getattr(r, name)
        if v is not None:
            setattr(r, name, pool.setdefault(v, v))
    return cx


def drop_windows(inputs: list[CompactExtraction]) -> None:
    """Let go of every input's text windows (about a fifth of an input's size) once person
    clustering has read them (``kg.resolve.resolve(texts_read=...)``): what follows it,
    :func:`mention_map` and the writer read no compact input's text, so the windows would only sit
    in memory while those passes allocate theirs. A read of the text after this fails loudly (``None`` has no slice)."""
    for cx in inputs:
        cx.report.key = None
    _last_part[:] = (None, -1, "")


MentionMap = tuple
"""One report's answers by mention position: ``(count, pos, iri, role, tenure, pos, iri, ...)``."""


def mention_map(cx: CompactExtraction, res: Any = None) -> MentionMap:
    """What resolution answered for the mentions of ``cx`` (on its records, :class:`Answered`), by
    position: the entity IRI, the post's role IRI and the tenure IRI (None when absent). ``res`` is
    not read (the answers are on the records); it is accepted so callers that pass it still work."""
    out: list = [cx.count]
    for c in sorted(records(cx), key=lambda c: c.pos):
        a = getattr(c, "answer", None)
        b = getattr(c, "role_answer", None)
        t = getattr(c, "tenure_answer", None)
        if a is not None or b is not None or t is not None:
            out.extend((c.pos, a, b, t))
    return tuple(out)


def map_digest_parts(mapping: MentionMap) -> Any:
    """Each mention's ``(iri, role, tenure)`` in position order, "" when absent: what
    :func:`kg.blocks._mapping_digest` hashes."""
    entries = {mapping[i]: mapping[i + 1:i + 4] for i in range(1, len(mapping), 4)}
    for p in range(mapping[0]):
        got = entries.get(p)
        if got is None:
            yield "", "", ""
        else:
            yield tuple("" if v is None else v for v in got)


def install(ex: Extraction, mapping: MentionMap, res: Any) -> list[int]:
    """Put one report's answers back into ``res`` under the identities of its full extraction ``ex``;
    returns the identities to :func:`uninstall` once its block is written."""
    ms = list(ex.mentions())
    if len(ms) != mapping[0]:
        raise RuntimeError(f"{ex.report.id}: the stored extraction has {len(ms)} mentions, "
                           f"its resolution {mapping[0]}: not the same extraction")
    keys = []
    for i in range(1, len(mapping), 4):
        p, a, b, t = mapping[i:i + 4]
        k = id(ms[p])
        keys.append(k)
        if a is not None:
            res.iri[k] = a
        if b is not None:
            res.post_role[k] = b
        if t is not None:
            res.tenure_of[k] = t
    return keys


def uninstall(keys: list[int], res: Any) -> None:
    for k in keys:
        res.iri.pop(k, None)
        res.post_role.pop(k, None)
        res.tenure_of.pop(k, None)
