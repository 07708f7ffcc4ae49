"""Writing resolved extractions as RDF in the kg ontology.

The output is an RDF *dataset*: one named graph per report, named by the report's IRI, holding
exactly the facts read from that report (so every triple can be traced to its report, and a sync
can replace one report's facts without touching the others), and the default graph holding what
belongs to the build as a whole: places and their 2025 mergers, the document-type scheme, and the
tenure aggregates (status, first and last seen) that combine several reports.

Every fact read from text also gets a ``kg:Mention``: the span, the exact quote and its sentence,
``kg:supports`` the entity or tenure it is evidence for.

Triples are collected in plain Python sets (one per report) rather than rdflib graphs: on the
corpus, rdflib's indexed ``Graph.add`` and its Turtle serializer took 80% of a 224 s build. Turtle
and TriG are written by pyoxigraph's serializer from sorted triples, so the bytes are the same for
the same input; an rdflib graph is made only for the consumers that query it (views, eval).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.iris import mint, slug
from kg.model import DirectiveMention, Extraction, OrgMention, PartialDate, Span
from kg.reference.documents import document_types
from kg.reference.places import all_places, canonical_province
from kg.reference.tables import table
from kg.resolve import Resolution, directive_label, mention_iri, organization_iri, organization_key, report_iri
from kg.vocab import ELI, ID, KG, PREFIXES, participation_roles

W3C_ORG = Namespace("http://www.w3.org/ns/org#")
# The terms of a mention's seven triples and of an entity's three, read once: the namespace's
# attribute lookup is a Python call each (117,000 mentions and 116,000 entities a whole-corpus build)
_TYPE, _LABEL, _MENTIONED_IN = RDF.type, RDFS.label, KG.mentionedIn
_MENTION, _IN_REPORT, _START, _END = KG.Mention, KG.inReport, KG.start, KG.end
_QUOTE, _SENTENCE, _SUPPORTS = KG.quote, KG.sentence, KG.supports
_CATEGORY_CLASS = {"party": KG.PartyOrganization, "state": KG.StateOrganization, "front": KG.FrontOrganization}
_PARTICIPATION = {role: KG[role] for role in sorted(participation_roles())}  # attended, chaired, spokeAt
_RELATIONS = {"based_on": ELI.based_on, "amends": ELI.amends, "repeals": ELI.repeals, "cites": ELI.cites}


MAX_LABEL = 1000


def short_label(text: str) -> str:
    """A label of at most ``MAX_LABEL`` characters ("…" at the cut). Labels become the indexed
    ``name`` in Neo4j, whose index refuses values over ~8 kB: a 24 kB title made every sync fail.
    The full text stays where it belongs (a report's ``kg:title``)."""
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def date_literal(d: PartialDate) -> Literal | None:
    """A partial date as the XSD type its precision allows (date, gYearMonth, gYear, gMonthDay)."""
    iso = d.iso()
    if not iso:
        return None
    if d.month is not None and d.day is not None:
        try:  # an impossible date (29/2/2023, 31/4) from any extractor is no date, not an invalid literal
            date(d.year if d.year is not None else 2000, d.month, d.day)
        except ValueError:
            return None
    if d.year is not None:
        dtype = XSD.date if d.day is not None and d.month is not None else (
            XSD.gYearMonth if d.month is not None else XSD.gYear)
    else:
        dtype = XSD.gMonthDay if d.day is not None else XSD.gMonth
    return Literal(iso, datatype=dtype)


@lru_cache(maxsize=65536)
def _integer(n: int) -> Literal:
    return Literal(n)


# A literal is made through rdflib's casting of Python values (about 2 microseconds each; 520,000 a
# whole-corpus build): the labels and quotes written again and again are made once. (Literals are
# immutable: one object may stand in any number of triples.)
@lru_cache(maxsize=8192)
def _vi(text: str) -> Literal:
    """``Literal(text, lang="vi")``: an entity's label, written in each report that names it."""
    return Literal(text, lang="vi")


@lru_cache(maxsize=4096)
def _plain(text: str) -> Literal:
    """``Literal(text)``: a mention's quote (a name, a title quoted again and again)."""
    return Literal(text)


MERGER_DATE = date(2025, 7, 1)
"""The day the 34 provinces of the 2025 reorganisation replaced the 63 (reference §5)."""


def place_iri(place_id: str) -> URIRef:
    return ID[f"place/{place_id}"]


def place_for(name: str, when: PartialDate | None) -> str | None:
    """The id of the province-level unit a report means by ``name``, or None if it is not one.

    Pre- and post-2025 units may share a name (Khánh Hòa before and after absorbing Ninh Thuận):
    a report dated on or after 1 July 2025 means the new unit, any other report the old one.
    """
    canonical = canonical_province(name)
    if canonical is None:
        return None
    records = [p for p in all_places() if p.name == canonical]
    after = when is not None and when.to_date() is not None and when.to_date() >= MERGER_DATE
    for era in (("post2025", "both") if after else ("pre2025", "both")):
        for rec in records:
            if rec.era == era:
                return rec.id
    return records[0].id if records else None


def doctype_iri(type_id: str) -> URIRef:
    """The IRI of a document type of document_types.tsv. The type's id is its identity, and ids differ
    by "Đ" alone ("HĐ" Hợp đồng and "HD" Hướng dẫn, "ĐA" Đề án and "DA" Dự án), which ``slug`` folds to
    "d": đ is written "dd" here, as Telex types it, so no two types share a node (they did: a Đề án and a
    Dự án were one type with two Vietnamese labels, and which one a reader saw was arbitrary)."""
    return ID[f"doctype/{slug(type_id.replace('Đ', 'DD').replace('đ', 'dd'))}"]


@dataclass
class _Aggregates:
    """Single-valued facts that reports may disagree on, decided once for the whole build.

    The shapes allow one ``kg:jurisdiction`` per organization and one ``kg:documentType`` per
    directive, but an organization resolved across the 2025 reorganisation is placed in the old
    province by a 2024 report and in its successor by a 2026 one, and one report may call a
    "50-TB/TW" a Kết luận where another calls it a Thông báo. Each report graph that states such a
    fact gets the one value chosen here, so the per-report graphs and their union agree:

    - jurisdiction: the place as of the latest (dated) report that places the organization; the
      older unit reaches it through ``kg:mergedInto``, which lives on the place;
    - document type: the type most reports give; a tie goes to the type the symbol's own
      abbreviation names (TB: Thông báo), then to the first id, so builds agree.
    """

    # Only the winning vote is ever read (the latest dated report's place), so each organization keeps
    # that one (report date iso or "", place id), the max of its votes so far, not all of them.
    places: dict[URIRef, tuple[str, str]] = field(default_factory=dict)
    types: dict[URIRef, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    symbol_types: dict[URIRef, set[str]] = field(default_factory=lambda: defaultdict(set))
    pending: list[tuple[set[Triple], URIRef, URIRef]] = field(default_factory=list)

    def vote_place(self, org: URIRef, when: str, place: str) -> None:
        """One report places ``org`` in ``place`` as of ``when``: the later (then greater) vote wins."""
        vote = (when, place)
        if (best := self.places.get(org)) is None or vote > best:
            self.places[org] = vote

    def jurisdiction(self, org: URIRef) -> URIRef:
        return place_iri(self.places[org][1])

    def document_type(self, directive: URIRef) -> URIRef:
        votes = Counter(t for _, t in self.types[directive])
        own = min(self.symbol_types.get(directive, ()), default=None)
        return doctype_iri(min(votes, key=lambda t: (-votes[t], t != own, t)))

    def write(self) -> None:
        for g, s, p in self.pending:
            if p == KG.jurisdiction:
                g.add((s, p, self.jurisdiction(s)))
            else:
                g.add((s, p, self.document_type(s)))


class _ReportWriter:
    """Writes one report's facts into its named graph."""

    def __init__(self, g: set[Triple], ex: Extraction, res: Resolution, agg: _Aggregates):
        self.g, self.ex, self.res, self.agg = g, ex, res, agg
        self.report = ex.report
        self.riri = report_iri(ex.report.id)
        self._orgs: dict[int, URIRef] = {}  # id(OrgMention) -> IRI, for mentions already written
        self._sentences: dict[Span, Literal] = {}  # each sentence's literal, made once for its mentions

    # -- helpers ---------------------------------------------------------------------------
    def entity(self, iri: URIRef, cls: URIRef, label: str | None = None) -> None:
        g = self.g
        g.add((iri, _TYPE, cls))
        g.add((iri, _LABEL, _vi(short_label(label or self.res.label(iri)))))
        g.add((iri, _MENTIONED_IN, self.riri))

    def mention(self, span: Span, supports: URIRef) -> None:
        if span.end <= span.start:
            return
        m = mention_iri(self.report.id, span.start, span.end)
        g, rep = self.g, self.report
        g.add((m, _TYPE, _MENTION))
        g.add((m, _IN_REPORT, self.riri))
        g.add((m, _START, _integer(span.start)))
        g.add((m, _END, _integer(span.end)))
        g.add((m, _QUOTE, _plain(rep.quote(span))))
        sentence = rep.sentence_of(span)
        if len(sentence) < 2000:
            said = self._sentences.get(sentence)  # a sentence holds several mentions: one literal
            if said is None:
                said = self._sentences[sentence] = Literal(rep.quote(sentence).strip())
            g.add((m, _SENTENCE, said))
        g.add((m, _SUPPORTS, supports))

    # -- facts ------------------------------------------------------------------------------
    def write(self) -> None:
        self.write_report()
        for org in self.ex.organizations:
            self.write_org(org)
        for person in self.ex.persons:
            iri = self.res.of(person)
            self.entity(iri, KG.Person)
            for span in sorted({person.span, *person.spans}):
                self.mention(span, iri)
        for post in self.ex.posts:
            self.write_post(post)
        for d in self.ex.directives:
            self.write_directive(d)
        for e in self.ex.events:
            self.write_event(e)
        for c in self.ex.campaigns:
            self.write_campaign(c)

    def write_report(self) -> None:
        g, r, riri = self.g, self.report, self.riri
        g.add((riri, RDF.type, KG.Report))
        g.add((riri, KG.sourceFile, Literal(r.source_file)))
        g.add((riri, KG.encoding, Literal(r.encoding)))
        if r.title:
            g.add((riri, KG["title"], Literal(r.title, lang="vi")))  # the full title
            g.add((riri, RDFS.label, Literal(short_label(r.title), lang="vi")))
        else:
            g.add((riri, RDFS.label, Literal(r.id)))
        if r.published is not None and (lit := date_literal(r.published)) is not None:
            g.add((riri, KG.published, lit))
        if r.url:
            g.add((riri, KG.url, Literal(r.url, datatype=XSD.anyURI)))
        if r.publisher:
            g.add((riri, KG.publisher, Literal(r.publisher)))

    def write_org(self, org: OrgMention) -> URIRef:
        if id(org) in self._orgs:
            return self._orgs[id(org)]
        iri = self._orgs[id(org)] = self.res.of(org)
        g = self.g
        self.entity(iri, KG.Organization)
        category = getattr(org, "category", "")
        if category in _CATEGORY_CLASS:
            g.add((iri, RDF.type, _CATEGORY_CLASS[category]))
        if english := self.res.english_name(iri):
            g.add((iri, KG.labelEn, Literal(english, lang="en")))
        for alt in {org.written, *org.alt_names} - {self.res.label(iri)}:
            if alt:
                g.add((iri, SKOS.altLabel, _vi(alt)))
        if org.province and org.scope == "province" and (place := place_for(org.province, self.report.published)):
            when = self.report.published.iso() if self.report.published is not None else ""
            self.agg.vote_place(iri, when, place)
            self.agg.pending.append((g, iri, KG.jurisdiction))
        if org.parent is not None:
            parent = self.write_org(org.parent)
            g.add((iri, KG.subOrganizationOf, parent))
        elif (up := org.unwritten_parent) is not None:
            # A parent the text does not write is a link, not a mention: made only to a body some
            # report of the build names, so no report asserts a body it never mentions.
            parent = organization_iri(organization_key(up.name, up.scope, up.province, self.report.id))
            if self.res.known(parent):
                g.add((iri, KG.subOrganizationOf, parent))
        self.mention(org.span, iri)
        return iri

    def write_post(self, post) -> None:
        g, res = self.g, self.res
        post_iri, role_iri = res.of(post), res.post_role[id(post)]
        person_iri = res.of(post.person)
        self.entity(post_iri, KG.Post)
        self.entity(role_iri, KG.Role)
        if english := res.english_name(role_iri):
            g.add((role_iri, KG.labelEn, Literal(english, lang="en")))
        g.add((post_iri, KG.hasRole, role_iri))
        if post.org is not None:
            g.add((post_iri, KG.postIn, self.write_org(post.org)))
        g.add((person_iri, KG.holds, post_iri))
        t_iri = res.tenure_of[id(post)]
        g.add((t_iri, RDF.type, KG.Tenure))
        g.add((t_iri, RDFS.label, Literal(short_label(f"{res.label(person_iri)} — {res.label(post_iri)}"),
                                          lang="vi")))
        g.add((t_iri, KG.holder, person_iri))
        g.add((t_iri, KG.post, post_iri))
        g.add((t_iri, KG.mentionedIn, self.riri))
        self.mention(post.span, t_iri)

    def write_directive(self, d: DirectiveMention) -> URIRef:
        g, iri = self.g, self.res.of(d)
        self.entity(iri, KG.Directive, directive_label(d))
        if d.symbol:
            g.add((iri, KG.symbol, Literal(self.res.symbol(iri))))
        if d.doc_type:
            self.agg.types[iri].add((self.report.id, d.doc_type))
            if d.symbol_type:
                self.agg.symbol_types[iri].add(d.symbol_type)
            self.agg.pending.append((g, iri, KG.documentType))
        if d.issuer is not None:
            g.add((iri, KG.issuedBy, self.write_org(d.issuer)))
        if d.term is not None:
            g.add((iri, KG["term"], Literal(d.term, datatype=XSD.integer)))
            if d.term_inferred:
                g.add((iri, KG.termInferred, Literal(True)))
        if d.title:
            g.add((iri, KG["title"], Literal(d.title, lang="vi")))
        if d.date_issued is not None and (lit := date_literal(d.date_issued)) is not None:
            g.add((iri, KG.dateIssued, lit))
        for prop, target in d.relations:
            if prop in _RELATIONS:
                g.add((iri, _RELATIONS[prop], self.write_directive(target)))
        for span in sorted({d.span, *getattr(d, "spans", [])}):
            self.mention(span, iri)
        return iri

    def write_event(self, e) -> None:
        g, res, iri = self.g, self.res, self.res.of(e)
        self.entity(iri, KG.Event)
        g.add((iri, KG.kind, Literal(e.kind, lang="vi")))
        if e.date is not None and (lit := date_literal(e.date)) is not None:
            g.add((iri, KG.date, lit))
        if e.organizer is not None:
            g.add((iri, KG.organizedBy, self.write_org(e.organizer)))
        if e.place and (place := place_for(e.place, self.report.published)):
            g.add((iri, KG.heldIn, place_iri(place)))
        for d in e.concerns:
            g.add((iri, KG.concerns, self.write_directive(d)))
        for part in e.participants:
            person = res.of(part.person)
            g.add((person, KG.attended, iri))
            if part.role in _PARTICIPATION:
                g.add((person, _PARTICIPATION[part.role], iri))
        for c in e.campaigns:
            g.add((iri, KG.promotes, self.write_campaign(c)))
        self.mention(e.span, iri)

    def write_campaign(self, c) -> URIRef:
        g, iri = self.g, self.res.of(c)
        self.entity(iri, KG.Campaign)
        g.add((iri, KG.kind, Literal(c.kind, lang="vi")))
        for org in c.promoted_by:
            g.add((self.write_org(org), KG.promotes, iri))
        self.mention(c.span, iri)
        return iri


def _write_reference(g: set[Triple], res: Resolution) -> None:
    """Places, document types, tenure aggregates and the 2025 changes of the build's bodies: facts
    of the build, not of one report."""
    _write_org_changes(g, set(res.labels))
    for place in all_places():
        iri = place_iri(place.id)
        g.add((iri, RDF.type, KG.Place))
        g.add((iri, RDFS.label, Literal(place.name, lang="vi")))
        g.add((iri, KG.placeType, Literal(place.kind, lang="vi")))
        for alt in place.alt_names:
            g.add((iri, SKOS.altLabel, Literal(alt, lang="vi")))
        if place.merged_into_id and place.merged_into_id != place.id:
            g.add((iri, KG.mergedInto, place_iri(place.merged_into_id)))
        if place.valid_until:
            g.add((iri, KG.validUntil, Literal(place.valid_until.isoformat(), datatype=XSD.date)))
        if place.valid_from:
            g.add((iri, KG.validFrom, Literal(place.valid_from.isoformat(), datatype=XSD.date)))
    for t in document_types():
        iri = doctype_iri(t.id)
        g.add((iri, RDF.type, KG.DocumentType))
        g.add((iri, SKOS.inScheme, KG.documentTypes))
        g.add((iri, SKOS.prefLabel, Literal(t.vi, lang="vi")))
        g.add((iri, RDFS.label, Literal(t.vi, lang="vi")))
        if t.en:
            g.add((iri, SKOS.prefLabel, Literal(t.en, lang="en")))
            g.add((iri, KG.labelEn, Literal(t.en, lang="en")))
        g.add((iri, SKOS.notation, Literal(t.id)))
    _write_resolution_facts(g, res)


def _write_resolution_facts(g: set[Triple], res: Resolution) -> None:
    """The identity links, redirects, successions and tenure aggregates of a resolution: about 40
    triples a report, made again at every build (a rebuild that adds 1% of reports too). The
    terms are looked up once and the literals that repeat (evidence kinds, confidences, statuses,
    dates, report IRIs) made once each: rdflib's namespace look-up and ``Literal`` were most of
    this function's time."""
    a, identity_link, links_person, links_mention, links_report = (
        RDF.type, KG.IdentityLink, KG.linksPerson, KG.linksMention, KG.linksReport)
    evidence_kind, reason, confidence = KG.evidenceKind, KG.reason, KG.confidence
    plain: dict[str, Literal] = {}
    decimals: dict[str, Literal] = {}
    reports: dict[str, URIRef] = {}

    def literal(text: str) -> Literal:
        lit = plain.get(text)
        if lit is None:
            lit = plain[text] = Literal(text)
        return lit

    for link in res.person_links:
        iri = link.iri
        g.add((iri, a, identity_link))
        g.add((iri, links_person, link.person))
        for m in link.mentions:
            g.add((iri, links_mention, m))
        for rid in link.reports:
            r = reports.get(rid)
            if r is None:
                r = reports[rid] = report_iri(rid)
            g.add((iri, links_report, r))
        g.add((iri, evidence_kind, literal(link.kind)))
        g.add((iri, reason, Literal(link.reason, lang="en")))
        text = f"{link.confidence:.2f}"
        lit = decimals.get(text)
        if lit is None:
            lit = decimals[text] = Literal(text, datatype=XSD.decimal)
        g.add((iri, confidence, lit))
    same_as, same_as_reason = OWL.sameAs, KG.sameAsReason
    for old, targets in sorted(res.redirects.items()):
        if len(targets) == 1:  # an own key shared by namesakes kept apart is the same as neither
            g.add((old, same_as, next(iter(targets))))
            g.add((old, same_as_reason, literal(res.redirect_reasons.get(old, "merged by resolution"))))
    succeeds = KG.succeeds
    for later, earlier, _why in res.successions:
        g.add((later, succeeds, earlier))
    status = KG.status
    props = (KG.firstSeen, KG.lastSeen, KG.startDate, KG.endDate)
    dates: dict[tuple, object] = {}
    for rec in res.tenures.values():
        g.add((rec.iri, status, literal(rec.status)))
        for prop, value in zip(props, (rec.first_seen, rec.last_seen, rec.start, rec.end), strict=True):
            if value is None:
                continue
            key = value.year, value.month, value.day  # all date_literal reads
            lit = dates.get(key, _NO_DATE)
            if lit is _NO_DATE:
                lit = dates[key] = date_literal(value)
            if lit is not None:
                g.add((rec.iri, prop, lit))


_NO_DATE = object()  # a marker: no literal made yet for this date


Triple = tuple[Node, Node, Node]


@dataclass
class BuildGraph:
    """The triples of a build: one set per report (keyed by the report's IRI) and the default graph."""

    graphs: dict[URIRef, set[Triple]] = field(default_factory=dict)
    default: set[Triple] = field(default_factory=set)

    def union(self) -> set[Triple]:
        out = set(self.default)
        for triples in self.graphs.values():
            out |= triples
        return out

    def to_graph(self) -> Graph:
        """The union as an rdflib graph, with kg's prefixes bound (what ``graph.ttl`` holds)."""
        g = Graph()
        _bind(g)
        g.addN((s, p, o, g) for s, p, o in self.union())
        return g

    def to_dataset(self) -> Dataset:
        ds = Dataset(default_union=False)
        _bind(ds)
        for name, triples in self.graphs.items():
            ctx = ds.graph(name)
            ctx.addN((s, p, o, ctx) for s, p, o in triples)
        ds.default_graph.addN((s, p, o, ds.default_graph) for s, p, o in self.default)
        return ds


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.bind("skos", SKOS)


def build_dataset(extractions: Iterable[Extraction], res: Resolution) -> BuildGraph:
    """The triples of a build: a named graph per report plus the default graph."""
    bg = BuildGraph()
    agg = _Aggregates()
    for ex in extractions:
        triples: set[Triple] = bg.graphs.setdefault(report_iri(ex.report.id), set())
        _ReportWriter(triples, ex, res, agg).write()
    agg.write()
    _write_reference(bg.default, res)
    return bg


@dataclass(frozen=True)
class OrgChange:
    """One row of ``loaders/data/org_changes.tsv``: bodies merged (or renamed) into a new one."""

    date: PartialDate
    scope: str  # national | province
    original: tuple[str, ...]
    resulting: str
    decision: str


@lru_cache(maxsize=1)
def org_changes() -> tuple[OrgChange, ...]:
    out = []
    for row in table("org_changes.tsv"):
        y, _, rest = row["date"].partition("-")
        mo, _, d = rest.partition("-")
        out.append(OrgChange(PartialDate(int(y), int(mo) if mo else None, int(d) if d else None), row["scope"],
                             tuple(x.strip() for x in row["original"].split("|") if x.strip()),
                             row["resulting"].strip(), row["decision"]))
    return tuple(out)


def _org_node(name: str, province: str | None) -> URIRef:
    """The node of the body ``name`` (of ``province``), keyed as the resolver keys the bodies the
    reports name, so that a change written here and a report naming the body meet on one node."""
    full = f"{name} {province}" if province else name
    return organization_iri(organization_key(full, "province" if province else "national", province, ""))


def _write_org_changes(g: set[Triple], existing: set[URIRef]) -> None:
    """The 2025 mergers of ``org_changes.tsv`` as dated successor relations between organizations.

    A change is written for the bodies of this build (``existing``: the organizations some report
    names): a national one when a report names one of its bodies (before or after), a provincial
    one for each province where a report names one of the original bodies. Each is a
    ``kg:OrganizationChange`` (an ``org:ChangeEvent``) with its originals, its result, the date and
    the decision; the originals point to it with ``kg:changedBy``, the result with
    ``kg:resultedFrom``. As for the 2025 provinces, each original also reaches the result directly
    with ``kg:mergedInto`` (one approach for both: ``mergedInto`` says what a unit became, and the
    change, for bodies whose dates and decisions differ, says when and by what). A body no report
    of the build names is still a node, with its name from the table, but typed ``org:Organization``
    only: ``kg:Organization`` is what the reports name (each with the reports that mention it).
    """
    provinces = sorted({p.name for p in all_places()})
    for ch in org_changes():
        for province in (provinces if ch.scope == "province" else [None]):
            originals = [_org_node(n, province) for n in ch.original]
            result = _org_node(ch.resulting, province)
            named_original = any(o in existing for o in originals)
            if not (named_original or (ch.scope == "national" and result in existing)):
                continue
            where = f" ({province})" if province else ""
            iri = mint("change", f"{ch.date.iso()}|{result}", readable=f"{ch.resulting}{where} {ch.date.iso()}")
            g.add((iri, RDF.type, KG.OrganizationChange))
            g.add((iri, RDFS.label, Literal(f"{', '.join(ch.original)} → {ch.resulting}{where}", lang="vi")))
            if (lit := date_literal(ch.date)) is not None:
                g.add((iri, KG.changeDate, lit))
            g.add((iri, KG.decision, Literal(ch.decision, lang="vi")))
            for name, o in zip(ch.original, originals, strict=True):
                if o not in existing:
                    _reference_org(g, o, _full_name(name, province))
                g.add((iri, KG.originalOrganization, o))
                g.add((o, KG.changedBy, iri))
                if o != result:  # the shortcut places have too: the old unit reaches the new one
                    g.add((o, KG.mergedInto, result))
            if result not in existing:
                _reference_org(g, result, _full_name(ch.resulting, province))
            g.add((iri, KG.resultingOrganization, result))
            g.add((result, KG.resultedFrom, iri))


def _full_name(name: str, province: str | None) -> str:
    return f"{name} {province}" if province else name


def _reference_org(g: set[Triple], iri: URIRef, name: str) -> None:
    """A body known from the reference table only (no report names it): a W3C org:Organization
    with its name; it becomes a kg:Organization when a report of a build names it."""
    g.add((iri, RDF.type, W3C_ORG.Organization))
    g.add((iri, RDFS.label, Literal(name, lang="vi")))


# ----------------------------------------------------------------------------------------------
# Serialization

PREFIX_MAP = {**{p: str(ns) for p, ns in PREFIXES.items()}, "skos": str(SKOS), "rdfs": str(RDFS),
              "rdf": str(RDF), "xsd": str(XSD)}


class _OxTerms:
    """rdflib terms as pyoxigraph terms (IRIs cached: the same few thousand recur everywhere)."""

    def __init__(self) -> None:
        self.iris: dict[str, ox.NamedNode] = {}

    def __call__(self, t: Node):
        if isinstance(t, URIRef):
            key = str(t)
            n = self.iris.get(key)
            if n is None:
                n = self.iris[key] = ox.NamedNode(key)
            return n
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=self(t.datatype))
            return ox.Literal(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        raise TypeError(f"not an RDF term: {t!r}")


def _sort_key(t: Triple) -> tuple:
    s, p, o = t
    return (str(s), str(p), isinstance(o, Literal), str(o),
            str(getattr(o, "datatype", "") or ""), getattr(o, "language", "") or "")


def _turtle_body(triples: Iterable[Triple], conv: _OxTerms) -> str:
    ordered = sorted(triples, key=_sort_key)
    return turtle_of_ordered(ox.Triple(conv(s), conv(p), conv(o)) for s, p, o in ordered)


def turtle_of_ordered(triples: Iterable[ox.Triple]) -> str:
    """The Turtle of pyoxigraph triples already in kg's order, without the prefix lines (a graph's
    body; the prefixes are written once, by :func:`_prefix_header`). The one place that shapes it:
    :func:`_turtle_body` orders rdflib triples, ``kg.blocks`` gives its report's sorted keys."""
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP)
    text = data.decode("utf-8")
    return "\n".join(line for line in text.splitlines() if not line.startswith("@prefix")).strip()


def _prefix_header() -> str:
    return "".join(f"@prefix {p}: <{n}> .\n" for p, n in sorted(PREFIX_MAP.items()))


def serialize_turtle(triples: Iterable[Triple] | Graph) -> bytes:
    """Turtle with kg's prefixes, triples sorted: the same graph always gives the same bytes."""
    body = _turtle_body(iter(triples), _OxTerms())
    return (_prefix_header() + "\n" + body + "\n").encode("utf-8")


def serialize_trig(bg: BuildGraph) -> bytes:
    """TriG: the default graph, then the report graphs sorted by name, each block on lines of its own.

    The layout (``<name> {`` and ``}`` alone on their lines) lets the Neo4j sync hash each report's
    block as text and parse only the reports that changed since the last sync.
    """
    conv = _OxTerms()
    parts = [_prefix_header(), "\n{\n" + _turtle_body(bg.default, conv) + "\n}\n"]
    for name in sorted(bg.graphs, key=str):
        if bg.graphs[name]:
            parts.append(f"\n<{name}> {{\n" + _turtle_body(bg.graphs[name], conv) + "\n}\n")
    return "".join(parts).encode("utf-8")
