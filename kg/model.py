"""The document model every stage shares: a report, spans into its text, and what was found there.

Data flows one way: loaders make a :class:`Report`; extractors read it and return an
:class:`Extraction` of mentions, each carrying the :class:`Span` it was read from; the resolver
turns mentions from many reports into entities; the graph module writes those as RDF. No stage
edits what an earlier one produced, so a report can be re-extracted without reloading it.

Offsets are character offsets into ``Report.text`` (NFC). ``Report.key`` is the same text folded
by :func:`kg.textkey.key` and has the same length, so a match found in the key is a span of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from kg.textkey import key as text_key
from kg.vocab import participation_roles

T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# Dates that may lack a year or a day


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date of which the year (or day) may be unknown.

    Reports write "Ngày 18-12" without a year; the year comes from the report's date when it is
    known and stays unknown otherwise, instead of being guessed.

    >>> PartialDate(2012, 12, 18).iso(), PartialDate(None, 12, 18).iso(), PartialDate(2012).iso()
    ('2012-12-18', '--12-18', '2012')
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    inferred_year: bool = field(default=False, compare=False)

    def iso(self) -> str:
        """ISO 8601 / XSD lexical form: date, gYearMonth, gYear, gMonthDay or gMonth."""
        if self.year is not None:
            if self.month is None:
                return f"{self.year:04d}"
            if self.day is None:
                return f"{self.year:04d}-{self.month:02d}"
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None and self.day is not None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"--{self.month:02d}"
        return ""

    def to_date(self) -> date | None:
        if self.year and self.month and self.day:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)


# --------------------------------------------------------------------------------------------
# Reports


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` of ``Report.text``."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class Report:
    """One news report, as loaded: cleaned original text plus metadata.

    ``id`` is stable across runs (the file stem, or ``stem-LINE`` for a JSON Lines batch) because
    entity IRIs scoped to a report are minted from it.
    """

    id: str
    text: str
    source_file: str
    title: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    publisher: str | None = None
    province: str | None = None  # canonical pre-2025 province name ("Bình Định"), or None
    encoding: str = "utf-8"
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    _key: str | None = field(default=None, repr=False, compare=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def key(self) -> str:
        """Matching form of ``text`` (same length); computed once."""
        if self._key is None:
            self._key = text_key(self.text)
        return self._key

    def memo(self, name: str, compute: Callable[[], T]) -> T:
        """What ``compute()`` derives from this report, computed once and kept on the report.

        Per-report caches live here, not in module globals keyed by object identity, so that
        extracting reports in several threads or processes gives the same result as one by one.
        """
        memo = self._memo
        try:
            return memo[name]  # asked tens of times a report: one lookup, the miss once
        except KeyError:
            value = memo[name] = compute()
            return value

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_of(self, span: Span) -> Span:
        """The sentence containing ``span.start`` (the whole text when sentences are unknown)."""
        for s in self.sentences:
            if s.start <= span.start < s.end:
                return s
        return Span(0, len(self.text))


DATASET_OUTLET = "dataset "  # the prefix of an outlet that is a report's source dataset, not its publisher


def credit_outlet(report: Report) -> str | None:
    """Whose bylines and photo credits are one person per name: the report's publisher, else the
    source dataset its sidecar names (``source.dataset``: one crawl, whose writers sign under one
    name each, "Võ Hải" in the VietNews crawl), else nobody (the credit stays its report's).

    >>> credit_outlet(Report("a", "", "a.txt", publisher="Dân trí"))
    'Dân trí'
    >>> credit_outlet(Report("b", "", "b.txt", extra={"source.dataset": "VNDS"}))
    'dataset VNDS'
    """
    if report.publisher:
        return report.publisher
    dataset = report.extra.get("source.dataset")
    return f"{DATASET_OUTLET}{dataset}" if dataset else None


# --------------------------------------------------------------------------------------------
# Mentions: what extractors find in one report


@dataclass
class OrgMention:
    """An organization as written, with its canonical expansion.

    ``name`` is the canonical full name ("Ủy ban nhân dân tỉnh"), ``written`` the surface form
    ("UBND tỉnh"). ``province`` is the province the organization belongs to, from the text or the
    report; ``None`` for central bodies, and ``scope == "report"`` when it is provincial but the
    province is unknown, so it is never merged with another province's body of the same name.
    """

    span: Span
    written: str
    name: str
    kind: str = ""  # the organization type id from loaders/data/organizations.tsv ("tinh_uy")
    name_en: str | None = None
    province: str | None = None
    scope: str = "national"  # "national" | "province" | "report"
    parent: OrgMention | None = None
    # The body a data rule puts above this one (Bộ -> Chính phủ) when the report does not write it:
    # not a mention of the report (nothing walks into it); the graph links to it only when some
    # report of the build names that body ("a parent the text does not write is a link, not a mention").
    unwritten_parent: OrgMention | None = None
    alt_names: list[str] = field(default_factory=list)
    category: str = ""  # "party" | "state" | "front" | "other": kg:PartyOrganization, ... (issue 4)
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class PersonMention:
    """A person named in the report; ``name`` is the fullest form the report uses."""

    span: Span
    name: str
    spans: list[Span] = field(default_factory=list)  # every mention, full or short
    gender: str | None = None  # "male" from ông, "female" from bà, when stated
    credit: bool = False  # named as a photo or text credit ("Ảnh: Thanh Long")
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class PostMention:
    """A person holding (or gaining, losing, having held) a post in an organization.

    ``role`` is the role as the gold convention writes it, deputy and qualifier included
    ("Phó Bí thư Thường trực"); ``role_id`` points into loaders/data/roles.tsv.
    """

    span: Span
    person: PersonMention
    role: str
    role_id: str = ""
    role_en: str | None = None
    deputy: bool = False
    qualifier: str | None = None
    org: OrgMention | None = None
    status: str = "holds"  # holds | appointed | nominated | former | left
    start: PartialDate | None = None
    end: PartialDate | None = None
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids
    # ``start`` only bounds the post from below (a later step of a career that climbs within one
    # body: "Tháng 5/2008, ông làm Phó Bí thư, Bí thư Tỉnh ủy"): it sets the status and is unstated
    # before the extraction is handed on, so it is never true outside the officials extractor
    start_floor: bool = field(default=False, compare=False, repr=False)


@dataclass
class DirectiveMention:
    """A Party or State document, by symbol or by a distinctive name."""

    span: Span
    symbol: str | None  # normalised: "62-KL/TW", "100/2019/NĐ-CP"
    written: str = ""
    number: str | None = None
    doc_type: str | None = None  # type id from loaders/data/document_types.tsv ("KL")
    type_word: str | None = None  # as the text says it: "Kết luận"
    # The type the symbol's own abbreviation names (TB in "50-TB/TW"), whatever the text calls the
    # document: the graph breaks ties between reports that call one document different types with it.
    symbol_type: str | None = None
    issuer_code: str | None = None  # "TW", "NĐ-CP" issuer part: "CP"
    issuer: OrgMention | None = None
    system: str = "party"  # party | state
    term: int | None = None
    term_inferred: bool = False
    year: int | None = None
    date_issued: PartialDate | None = None
    title: str | None = None
    name: str | None = None  # for documents named without a symbol ("Luật Đất đai")
    relations: list[tuple[str, DirectiveMention]] = field(default_factory=list)  # (eli prop, target)
    spans: list[Span] = field(default_factory=list)  # every mention of this document in the report
    # Its identity across reports, set by the directives extractor (which owns the rules of document
    # symbols: Party numbers restart every term); None when the report does not say enough.
    identity: str | None = None
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class Participation:
    person: PersonMention
    role: str = "attended"  # kg:attended or one of its sub-properties (chaired, spokeAt)

    def __post_init__(self) -> None:
        # The graph writes the role as a property of the ontology; one it does not declare would be dropped.
        if self.role not in participation_roles():
            raise ValueError(f"not a participation role of the ontology: {self.role!r} "
                             f"(one of {', '.join(sorted(participation_roles()))})")


@dataclass
class EventMention:
    span: Span
    kind: str  # "Hội nghị", "Kỳ họp", "Đại hội", "Lễ" …
    name: str | None = None
    date: PartialDate | None = None
    place: str | None = None
    organizer: OrgMention | None = None
    concerns: list[DirectiveMention] = field(default_factory=list)
    participants: list[Participation] = field(default_factory=list)
    campaigns: list[CampaignMention] = field(default_factory=list)
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class CampaignMention:
    span: Span
    name: str
    kind: str = "Cuộc vận động"
    promoted_by: list[OrgMention] = field(default_factory=list)
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class PeriodMention:
    span: Span
    kind: str  # "giai đoạn" | "nhiệm kỳ"
    start_year: int
    end_year: int
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class TaskMention:
    """A task the report assigns to a body ("Ban Dân vận Tỉnh uỷ nghiên cứu xây dựng đề án …")."""

    span: Span
    assignee: OrgMention
    description: str
    directive: DirectiveMention | None = None
    id: str = field(default="", compare=False)  # stable mention id, see Extraction.assign_ids


@dataclass
class Extraction:
    """Everything the extractors found in one report."""

    report: Report
    persons: list[PersonMention] = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    posts: list[PostMention] = field(default_factory=list)
    directives: list[DirectiveMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    campaigns: list[CampaignMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    tasks: list[TaskMention] = field(default_factory=list)

    def mentions(self) -> Iterator[Mention]:
        """Every mention of the extraction once, those only referred to (a post's organization, a
        document's issuer, an event's participants) included, in a fixed order: the lists in field
        order, each mention followed by the mentions it refers to (depth first).

        Walked with a stack of the mentions still to visit, not by a recursive generator (a chain
        of ``yield from``, a frame a level for every mention; assign_ids and drop_generic_bodies
        walk every extraction). The stack holds a mention's references last first, so they come in
        field order, each followed by its own before the next; a mention seen before is skipped
        when its turn comes, as the recursive walk skipped it on entry."""
        seen: set[int] = set()  # identities of this call's objects only, never kept
        stack: list[Mention | None] = []
        for name in _MENTION_LISTS:
            for top in getattr(self, name):
                stack.append(top)
                while stack:
                    m = stack.pop()
                    if m is None or id(m) in seen:
                        continue
                    seen.add(id(m))
                    yield m
                    if m.__class__ is not PersonMention:  # a person refers to nothing: no call
                        refs = references(m)
                        if refs:
                            refs.reverse()
                            stack += refs

    def assign_ids(self) -> None:
        """Give every mention its stable id: ``REPORT:KIND:START-END``, and ``~N`` after it for the N-th
        further mention of the same kind over the same span (two persons under one title).

        The id depends only on the report and what was read from it, never on object identity or
        on which process extracted it, so mentions can cross process boundaries and be cached.
        """
        counts: dict[str, int] = {}
        report_id = self.report.id
        for m in self.mentions():
            base = mention_id(report_id, MENTION_KINDS[type(m)], m.span)
            n = counts.get(base, 0)
            counts[base] = n + 1
            m.id = base if n == 0 else f"{base}~{n}"


# The lists of an Extraction, in the order :meth:`Extraction.mentions` walks them.
_MENTION_LISTS = ("persons", "organizations", "posts", "directives", "events", "campaigns", "periods", "tasks")


Mention = (OrgMention | PersonMention | PostMention | DirectiveMention | EventMention | CampaignMention
           | PeriodMention | TaskMention)

MENTION_KINDS: dict[type, str] = {
    PersonMention: "person", OrgMention: "organization", PostMention: "post", DirectiveMention: "directive",
    EventMention: "event", CampaignMention: "campaign", PeriodMention: "period", TaskMention: "task",
}


def mention_id(report_id: str, kind: str, span: Span) -> str:
    """The stable id of a mention of ``kind`` over ``span`` in report ``report_id``."""
    return f"{report_id}:{kind}:{span.start}-{span.end}"


def references(m: Mention) -> list[Mention]:
    """The mentions ``m`` refers to, in field order: a new list, the caller's to change (a list,
    not a generator: most mentions refer to one or two others, read at every walk)."""
    if isinstance(m, OrgMention):
        return [] if m.parent is None else [m.parent]
    if isinstance(m, PostMention):
        return [m.person] if m.org is None else [m.person, m.org]
    if isinstance(m, DirectiveMention):
        out: list[Mention] = [] if m.issuer is None else [m.issuer]
        out += [target for _, target in m.relations]
        return out
    if isinstance(m, EventMention):
        out = [] if m.organizer is None else [m.organizer]
        out += m.concerns
        out += [p.person for p in m.participants]
        out += m.campaigns
        return out
    if isinstance(m, CampaignMention):
        return list(m.promoted_by)
    if isinstance(m, TaskMention):
        return [m.assignee] if m.directive is None else [m.assignee, m.directive]
    return []
