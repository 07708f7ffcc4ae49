"""Linking mentions from many reports into stable entities.

Extractors see one report at a time; the resolver decides which mentions across reports are the
same person, organization, post, directive or event, and gives each entity one IRI minted from its
identity key (:mod:`kg.iris`). The keys are chosen so that what should merge does and what should
not stays apart:

- An organization is its canonical name, plus its province for provincial bodies. A provincial body
  whose province is unknown ("Tỉnh ủy" in a report with no place) is scoped to its report, so it is
  never merged with another province's Tỉnh ủy.
- A person is their full name plus a context: the province of their provincial posts, else
  "national" for people who hold only central posts, else their report. Two "Nguyễn Văn Hùng" in two
  provinces stay two people; the same name seen once with a central post and once with a post in
  one province is one person when that province is the only one the name is seen in.
- A post is its role plus its organization; a tenure is a person plus a post, with the status of the
  latest report that states it and the dates of the first and last.
- A directive is keyed by the ``identity`` the directives extractor gives it ((symbol, term) for
  Party documents, whose numbers restart every term).
- An event with a full date and an organizer is (kind, date, organizer), so two outlets reporting the
  same conference meet; otherwise it stays in its report.

The result is a :class:`Resolution`: IRIs for every mention, one display label per entity, and the
cross-report aggregates (tenure status and dates) that no single report can state.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import quote

from rdflib import URIRef

from kg.iris import identity, mint
from kg.model import (
    CampaignMention,
    DirectiveMention,
    EventMention,
    Extraction,
    OrgMention,
    PartialDate,
    PersonMention,
    PostMention,
)
from kg.reference.documents import document_types
from kg.vocab import ID, tenure_statuses

STATUS_ORDER = tenure_statuses()  # as ontology/shapes.ttl lists them


@dataclass
class TenureRecord:
    """What all reports together say about one person holding one post."""

    iri: URIRef
    person: URIRef
    post: URIRef
    statuses: list[tuple[str, str, str]] = field(default_factory=list)  # (date iso or "", report id, status)
    dates: list[PartialDate] = field(default_factory=list)
    start: PartialDate | None = None
    end: PartialDate | None = None

    @property
    def status(self) -> str:
        """The status stated by the latest dated report (undated reports count as earliest)."""
        return max(self.statuses)[2] if self.statuses else "holds"

    @property
    def first_seen(self) -> PartialDate | None:
        full = [d for d in self.dates if d.year is not None]
        return min(full) if full else None

    @property
    def last_seen(self) -> PartialDate | None:
        full = [d for d in self.dates if d.year is not None]
        return max(full) if full else None


@dataclass
class Resolution:
    """Entity IRIs for every mention, display labels, and cross-report aggregates."""

    iri: dict[int, URIRef] = field(default_factory=dict)  # id(mention) -> entity IRI
    labels: dict[URIRef, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    tenures: dict[URIRef, TenureRecord] = field(default_factory=dict)
    tenure_of: dict[int, URIRef] = field(default_factory=dict)  # id(PostMention) -> tenure IRI
    post_role: dict[int, URIRef] = field(default_factory=dict)  # id(PostMention) -> role IRI
    symbols: dict[URIRef, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    english: dict[URIRef, set[str]] = field(default_factory=lambda: defaultdict(set))

    def of(self, mention: object) -> URIRef:
        return self.iri[id(mention)]

    def label(self, iri: URIRef) -> str:
        """The most frequent written form; ties go to the alphabetically first, so builds agree."""
        counts = self.labels[iri]
        return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def symbol(self, iri: URIRef) -> str:
        """One symbol per directive, however the reports wrote it (most frequent, then first)."""
        return min(self.symbols[iri].items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def english_name(self, iri: URIRef) -> str | None:
        """One English name per entity: the most specific (longest) of those its mentions gave."""
        names = self.english.get(iri)
        return min(names, key=lambda n: (-len(n), n)) if names else None

    def alt_labels(self, iri: URIRef) -> list[str]:
        main = self.label(iri)
        return sorted(x for x in self.labels[iri] if x != main)


def report_iri(report_id: str) -> URIRef:
    """The report's IRI: its id, percent-encoded (file names may hold spaces, brackets, quotes)."""
    return ID[f"report/{quote(report_id, safe='')}"]


def mention_iri(report_id: str, start: int, end: int) -> URIRef:
    return ID[f"mention/{quote(report_id, safe='')}-{start}-{end}"]


# ----------------------------------------------------------------------------------------------


def _slug_of(iri: URIRef) -> str:
    """The readable part of a minted IRI (its local name without the hash)."""
    return str(iri).rsplit("/", 1)[-1].rsplit("-", 1)[0]


def _org_key(org: OrgMention, report_id: str) -> str:
    if org.scope == "report" or (org.scope == "province" and not org.province):
        return f"{org.name}|report {report_id}"
    if org.scope == "province":
        return f"{org.name}|{org.province}"
    return org.name


def _resolve_org(res: Resolution, org: OrgMention, report_id: str) -> URIRef:
    if id(org) in res.iri:
        return res.iri[id(org)]
    key = _org_key(org, report_id)
    iri = mint("org", key, readable=org.name if "|report " not in key else f"{org.name} {report_id}")
    res.iri[id(org)] = iri
    res.labels[iri][org.name] += 1
    if org.name_en:
        res.english[iri].add(org.name_en)
    if org.parent is not None:
        _resolve_org(res, org.parent, report_id)
    return iri


def _person_contexts(ex: Extraction, res: Resolution) -> dict[int, str]:
    """For each person of one report: the province, "national", or "" (only this report)."""
    posts_by_person: dict[int, list[PostMention]] = defaultdict(list)
    for post in ex.posts:
        posts_by_person[id(post.person)].append(post)
    out: dict[int, str] = {}
    for person in ex.persons:
        provinces = sorted({p.org.province for p in posts_by_person[id(person)]
                            if p.org is not None and p.org.scope == "province" and p.org.province})
        if provinces:
            out[id(person)] = provinces[0]
        elif any(p.org is None or p.org.scope == "national" for p in posts_by_person[id(person)]):
            out[id(person)] = "national"
        else:
            out[id(person)] = ""
    return out


def _directive_key(d: DirectiveMention, report_id: str) -> str:
    k = d.identity  # the directives extractor owns the identity rules of document symbols
    if k:
        return k
    # Not identifiable across reports (a Party number with neither term nor date): this report only.
    return f"{d.symbol or d.name or d.written}|report {report_id}"


def _event_key(e: EventMention, report_id: str, organizer: URIRef | None, index: int) -> str:
    if e.date is not None and e.date.to_date() is not None and organizer is not None:
        return f"{e.kind}|{e.date.iso()}|{organizer}"
    return f"{e.kind}|report {report_id}|{index}"


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Give every mention of every extraction an entity IRI."""
    res = Resolution()
    extractions = list(extractions)

    # Organizations first: persons and posts are keyed on them.
    for ex in extractions:
        for org in ex.organizations:
            _resolve_org(res, org, ex.report.id)
        for post in ex.posts:
            if post.org is not None:
                _resolve_org(res, post.org, ex.report.id)

    # Persons: group by name; a name seen in exactly one province absorbs its "national" sightings.
    contexts: list[tuple[Extraction, PersonMention, str]] = []
    provinces_of_name: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        ctx = _person_contexts(ex, res)
        for person in ex.persons:
            c = ctx[id(person)]
            contexts.append((ex, person, c))
            if c and c != "national":
                provinces_of_name[identity(person.name)].add(c)
    for ex, person, c in contexts:
        provinces = provinces_of_name[identity(person.name)]
        if c == "national" and len(provinces) == 1:
            c = next(iter(provinces))
        if not c:
            # Credited photographers and people without posts: same name from the same outlet.
            c = f"publisher {ex.report.publisher}" if person.credit and ex.report.publisher else (
                f"report {ex.report.id}")
        iri = mint("person", f"{person.name}|{c}")
        res.iri[id(person)] = iri
        res.labels[iri][person.name] += 1

    # Posts, roles and tenures.
    for ex in extractions:
        rid = ex.report.id
        when = ex.report.published
        for post in ex.posts:
            role_iri = mint("role", post.role)
            res.labels[role_iri][post.role] += 1
            if post.role_en:
                res.english[role_iri].add(post.role_en)
            res.post_role[id(post)] = role_iri
            org_iri = res.iri.get(id(post.org)) if post.org is not None else None
            # Readable parts come from the key's own IRIs, so one key always gives one IRI.
            post_iri = mint("post", f"{post.role}|{org_iri or ''}",
                            readable=f"{post.role} {_slug_of(org_iri) if org_iri else ''}")
            res.iri[id(post)] = post_iri
            res.labels[post_iri][f"{post.role} {post.org.name if post.org is not None else ''}".strip()] += 1
            person_iri = res.iri[id(post.person)]
            t_iri = mint("tenure", f"{person_iri}|{post_iri}",
                         readable=f"{_slug_of(person_iri)} {_slug_of(post_iri)}")
            rec = res.tenures.setdefault(t_iri, TenureRecord(t_iri, person_iri, post_iri))
            rec.statuses.append((when.iso() if when else "", rid, post.status))
            if when is not None:
                rec.dates.append(when)
            rec.start = rec.start or post.start
            rec.end = rec.end or post.end
            res.tenure_of[id(post)] = t_iri

    # Directives, events, campaigns.
    for ex in extractions:
        rid = ex.report.id
        for d in ex.directives:
            _resolve_directive(res, d, rid)
        for i, e in enumerate(ex.events):
            organizer = res.iri.get(id(e.organizer)) if e.organizer is not None else None
            if e.organizer is not None and organizer is None:
                organizer = _resolve_org(res, e.organizer, rid)
            key = _event_key(e, rid, organizer, i)
            scope = _slug_of(organizer) if organizer is not None and "|report " not in key else rid
            iri = mint("event", key, readable=f"{e.kind} {e.date.iso() if e.date else ''} {scope}")
            res.iri[id(e)] = iri
            res.labels[iri][e.name or e.kind] += 1
            for d in e.concerns:
                _resolve_directive(res, d, rid)
        for c in ex.campaigns:
            _resolve_campaign(res, c)
        for e in ex.events:
            for c in e.campaigns:
                _resolve_campaign(res, c)
    return res


def _resolve_directive(res: Resolution, d: DirectiveMention, report_id: str) -> URIRef:
    if id(d) in res.iri:
        return res.iri[id(d)]
    iri = mint("directive", _directive_key(d, report_id))
    res.iri[id(d)] = iri
    if d.symbol:
        res.symbols[iri][d.symbol] += 1
    res.labels[iri][directive_label(d)] += 1
    if d.issuer is not None:
        _resolve_org(res, d.issuer, report_id)
    for _, target in d.relations:
        _resolve_directive(res, target, report_id)
    return iri


@cache
def _type_names() -> dict[str, str]:
    return {t.id: t.vi for t in document_types()}


def directive_label(d: DirectiveMention) -> str:
    """'Kết luận 62-KL/TW' (the type's own name, however the text cased it), or a document's name."""
    if d.symbol:
        word = _type_names().get(d.doc_type or "") or d.type_word
        return f"{word} {d.symbol}" if word else d.symbol
    return d.name or d.written


def _resolve_campaign(res: Resolution, c: CampaignMention) -> URIRef:
    if id(c) in res.iri:
        return res.iri[id(c)]
    iri = mint("campaign", c.name)
    res.iri[id(c)] = iri
    res.labels[iri][c.name] += 1
    return iri
