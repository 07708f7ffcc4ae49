"""The document model every stage shares: a report, spans into its text, and what was found there.

Data flows one way: loaders make a :class:`Report`; extractors read it and return an
:class:`Extraction` of mentions, each carrying the :class:`Span` it was read from; the resolver
turns mentions from many reports into entities; the graph module writes those as RDF. No stage
edits what an earlier one produced, so a report can be re-extracted without reloading it.

Offsets are character offsets into ``Report.text`` (NFC). ``Report.key`` is the same text folded
by :func:`kg.textkey.key` and has the same length, so a match found in the key is a span of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kg.textkey import key as text_key

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

    @property
    def key(self) -> str:
        """Matching form of ``text`` (same length); computed once."""
        if self._key is None:
            self._key = text_key(self.text)
        return self._key

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_of(self, span: Span) -> Span:
        """The sentence containing ``span.start`` (the whole text when sentences are unknown)."""
        for s in self.sentences:
            if s.start <= span.start < s.end:
                return s
        return Span(0, len(self.text))


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
    alt_names: list[str] = field(default_factory=list)
    category: str = ""  # "party" | "state" | "front" | "other": kg:PartyOrganization, ... (issue 4)


@dataclass
class PersonMention:
    """A person named in the report; ``name`` is the fullest form the report uses."""

    span: Span
    name: str
    spans: list[Span] = field(default_factory=list)  # every mention, full or short
    gender: str | None = None  # "male" from ông, "female" from bà, when stated
    credit: bool = False  # named as a photo or text credit ("Ảnh: Thanh Long")


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


@dataclass
class DirectiveMention:
    """A Party or State document, by symbol or by a distinctive name."""

    span: Span
    symbol: str | None  # normalised: "62-KL/TW", "100/2019/NĐ-CP"
    written: str = ""
    number: str | None = None
    doc_type: str | None = None  # type id from loaders/data/document_types.tsv ("KL")
    type_word: str | None = None  # as the text says it: "Kết luận"
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


@dataclass
class Participation:
    person: PersonMention
    role: str = "attended"  # attended | chaired | spokeAt


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


@dataclass
class CampaignMention:
    span: Span
    name: str
    kind: str = "Cuộc vận động"
    promoted_by: list[OrgMention] = field(default_factory=list)


@dataclass
class PeriodMention:
    span: Span
    kind: str  # "giai đoạn" | "nhiệm kỳ"
    start_year: int
    end_year: int


@dataclass
class TaskMention:
    """A task the report assigns to a body ("Ban Dân vận Tỉnh uỷ nghiên cứu xây dựng đề án …")."""

    span: Span
    assignee: OrgMention
    description: str
    directive: DirectiveMention | None = None


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
