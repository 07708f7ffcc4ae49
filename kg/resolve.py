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
  latest report that states it, the dates of the first and last, and the start and end the reports
  state, chosen by a rule that reads no report order (:func:`tenure_start`, :func:`tenure_end`).
- A directive is keyed by the ``identity`` the directives extractor gives it ((symbol, term) for
  Party documents, whose numbers restart every term).
- An event with a full date and an organizer is (kind, date, organizer), so two outlets reporting the
  same conference meet; otherwise it stays in its report.

The result is a :class:`Resolution`: IRIs for every mention, one display label per entity, and the
cross-report aggregates (tenure status and dates) that no single report can state.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from sys import intern
from urllib.parse import quote

from rdflib import URIRef

from kg.decisions import DecisionsFile
from kg.iris import PersonRegistry, cached_in_front, identity, mint, mint_once, minted_kind
from kg.model import (
    CampaignMention,
    DirectiveMention,
    EventMention,
    Extraction,
    OrgMention,
    PartialDate,
    PostMention,
)
from kg.persons import (
    CueMemo,
    Link,
    Occurrence,
    base_key,
    cluster,
    credit_newspaper,
    credit_publishers,
    family_names,
    is_epithet,
    occurrences,
    tone_placed,
)
from kg.reference.documents import document_types
from kg.reference.numerals import is_roman, is_term_value, read_term, to_roman
from kg.reference.tables import table
from kg.resolution_inputs import Answered, AnsweredPost
from kg.tally import Tally
from kg.textkey import key as text_key
from kg.textkey import vietnamese_syllable
from kg.vocab import ID, tenure_statuses

STATUS_ORDER = tenure_statuses()  # as ontology/shapes.ttl lists them


@dataclass(slots=True)
class TenureRecord:
    """What all reports together say about one person holding one post.

    Only the aggregates are kept, updated as each report's statement comes (:meth:`state`): an
    archive build holds one record per tenure to the end, and a list of every statement and date
    cost about 100 bytes a post mention."""

    iri: URIRef
    person: URIRef
    post: URIRef
    latest: tuple[str, str, str] | None = None  # the greatest (date iso or "", report id, status) stated
    first_seen: PartialDate | None = None  # the earliest full report date that states it
    last_seen: PartialDate | None = None  # the latest
    # the start and end dates the reports state: one date, or a tuple of the distinct ones when
    # reports disagree (a few tenures in a thousand); :func:`tenure_start` / :func:`tenure_end` choose
    starts: PartialDate | tuple[PartialDate, ...] | None = None
    ends: PartialDate | tuple[PartialDate, ...] | None = None

    def state(self, when: PartialDate | None, report_id: str, status: str) -> None:
        """One report (published ``when``) states the tenure with ``status``."""
        said = (intern(when.iso()) if when else "", report_id, status)
        if self.latest is None or said > self.latest:
            self.latest = said
        if when is not None and when.year is not None:
            if self.first_seen is None or when < self.first_seen:
                self.first_seen = when
            if self.last_seen is None or when > self.last_seen:
                self.last_seen = when

    def date_stated(self, start: PartialDate | None, end: PartialDate | None) -> None:
        """One report states the tenure's start and/or end (each kept; the choice is made at the end)."""
        if start is not None and start.iso():
            self.starts = _with_date(self.starts, start)
        if end is not None and end.iso():
            self.ends = _with_date(self.ends, end)

    @property
    def status(self) -> str:
        """The status stated by the latest dated report (undated reports count as earliest)."""
        return self.latest[2] if self.latest is not None else "holds"

    @property
    def start(self) -> PartialDate | None:
        """The start the reports state, chosen by :func:`tenure_start`."""
        return tenure_start(self.starts)

    @property
    def end(self) -> PartialDate | None:
        """The end the reports state, chosen by :func:`tenure_end`."""
        return tenure_end(self.ends)


def _with_date(kept: PartialDate | tuple[PartialDate, ...] | None,
               new: PartialDate) -> PartialDate | tuple[PartialDate, ...]:
    if kept is None:
        return new
    dates = kept if isinstance(kept, tuple) else (kept,)
    if any(_same_date(d, new) for d in dates):
        # the same date with its year stated and with it inferred (from the report's date) is one
        # date: the stated year is kept, whichever report came first
        if new.inferred_year:
            return kept
        return tuple(new if _same_date(d, new) else d for d in dates) if len(dates) > 1 else new
    return (*dates, new)


def _same_date(a: PartialDate, b: PartialDate) -> bool:
    return (a.year, a.month, a.day) == (b.year, b.month, b.day)


def _refines(a: PartialDate, b: PartialDate) -> bool:
    """Whether ``a`` says all ``b`` says and more: "5/2020" refines "2020", "15/5/2020" both."""
    fields = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    return not _same_date(a, b) and all(y is None or x == y for x, y in fields)


def _precise(dates: PartialDate | tuple[PartialDate, ...]) -> list[PartialDate]:
    """The dates no other of ``dates`` refines (:func:`_refines`): "2020" gives way to "5/2020". Of
    those left, which disagree, a date whose year the text states goes before one whose year was
    taken from the report's own date ("ngày 5/5" in a 2021 report): stated over observed."""
    if not isinstance(dates, tuple):
        return [dates]
    left = [d for d in dates if not any(_refines(o, d) for o in dates)]
    stated = [d for d in left if d.year is not None and not d.inferred_year]
    return stated or left


def _date_order(d: PartialDate) -> tuple[int, int, int]:
    """Dates in time order where they can be compared (a missing month or day as the earliest): a
    fixed order, so the choice never depends on which report came first."""
    return (d.year or 0, d.month or 0, d.day or 0)


def tenure_start(dates: PartialDate | tuple[PartialDate, ...] | None) -> PartialDate | None:
    """The start of a tenure whose reports state ``dates``, by a rule a user can read:

    - a date another report makes more precise gives way to it ("2020" and "tháng 5/2020": 5/2020);
    - of the dates left, which disagree, those whose year the text states go before those whose
      year was taken from the report's date;
    - of those, the earliest: the reports agree on the post (one tenure is one person in one post,
      of one term for an elected body), and each says it was held from then.

    Only stated dates count: the date of a report that merely names the post holder is its
    ``first_seen``, never its start. Every report's own date stays readable in its sentence (the
    tenure's kg:Mention)."""
    if dates is None:
        return None
    # a date with no year ("ngày 5/5") is placed in no year: chosen only when no other is left
    return min(_precise(dates), key=lambda d: (d.year is None, *_date_order(d), d.inferred_year))


def tenure_end(dates: PartialDate | tuple[PartialDate, ...] | None) -> PartialDate | None:
    """The end of a tenure whose reports state ``dates``: as :func:`tenure_start`, the latest of
    the most precise ("2016" and "tháng 2/2016": 2/2016; "2008" and "2011": 2011)."""
    if dates is None:
        return None
    return max(_precise(dates), key=lambda d: (d.year is not None, *_date_order(d), not d.inferred_year))


@dataclass
class Resolution:
    """Entity IRIs for every mention, display labels, and cross-report aggregates."""

    iri: dict[int, URIRef] = field(default_factory=dict)  # id(mention) -> entity IRI
    labels: Tally = field(default_factory=Tally)  # IRI -> its written forms, counted (kg.tally)
    tenures: dict[URIRef, TenureRecord] = field(default_factory=dict)
    tenure_of: dict[int, URIRef] = field(default_factory=dict)  # id(PostMention) -> tenure IRI
    post_role: dict[int, URIRef] = field(default_factory=dict)  # id(PostMention) -> role IRI
    symbols: Tally = field(default_factory=Tally)
    person_links: list[IdentityLink] = field(default_factory=list)
    redirects: dict[URIRef, set[URIRef]] = field(default_factory=dict)  # an own-key IRI -> its person
    redirect_reasons: dict[URIRef, str] = field(default_factory=dict)  # why an old IRI is its person now
    successions: list[tuple[URIRef, URIRef, str]] = field(default_factory=list)  # (later, earlier tenure, why)
    english: dict[URIRef, str] = field(default_factory=dict)  # the English name kept (add_english)
    registry: PersonRegistry = field(default_factory=PersonRegistry)  # the person IRIs to keep (kg.iris)
    # a person one report names under two spellings (a ``spelling`` link): the spelling written first
    # there, unless its family name is no official's (:func:`_first_forms`); the label when the two are
    # named by as many mentions (:meth:`label`)
    first_form: dict[URIRef, str] = field(default_factory=dict)
    # report id -> how many of its body-less post mentions were folded into a bodied post
    # (:func:`_bodied_post_for`): a count an analyst's tools can read, not a fact of the graph
    folded: dict[str, int] = field(default_factory=dict)

    # A mention's answers: on the record itself for a compact input (kg.resolution_inputs.Answered,
    # so an archive build keeps no dict entry per mention), else in the dicts keyed by identity.

    def of(self, mention: object) -> URIRef:
        if isinstance(mention, Answered):
            try:
                return mention.answer
            except AttributeError:
                raise KeyError(mention) from None
        return self.iri[id(mention)]

    def get(self, mention: object) -> URIRef | None:
        """The entity IRI of ``mention``, or None when it has none (yet)."""
        if isinstance(mention, Answered):
            return getattr(mention, "answer", None)
        return self.iri.get(id(mention))

    def put(self, mention: object, iri: URIRef) -> None:
        if isinstance(mention, Answered):
            mention.answer = iri
        else:
            self.iri[id(mention)] = iri

    def role_of(self, post: PostMention) -> URIRef:
        if isinstance(post, AnsweredPost):
            return post.role_answer
        return self.post_role[id(post)]

    def tenure_of_post(self, post: PostMention) -> URIRef:
        if isinstance(post, AnsweredPost):
            return post.tenure_answer
        return self.tenure_of[id(post)]

    def put_post(self, post: PostMention, role: URIRef, tenure: URIRef) -> None:
        if isinstance(post, AnsweredPost):
            post.role_answer, post.tenure_answer = role, tenure
        else:
            self.post_role[id(post)], self.tenure_of[id(post)] = role, tenure

    def label(self, iri: URIRef) -> str:
        """The wording most mentions write, whatever the order of the reports: forms that differ only
        in tone style or case ("Uỷ viên ..." / "Ủy viên ...", "Phó bí thư" / "Phó Bí thư") count as
        one wording (:func:`kg.textkey.key`, the project's matching key), the wording with the most
        mentions wins, ties to the first by its key; of its forms, the one written most, ties to the
        alphabetically first. A body's name without a term goes before its names with one ("Hội
        đồng nhân dân tỉnh X", not "... khóa IX": the node is the body across its terms,
        :func:`body_term`). A person one report names under two spellings, as many mentions each,
        is labelled by the one that report writes first (:attr:`first_form`): the lead, which
        introduces the person with a title, is the copy an editor read most carefully, and the
        annotation lists such a person under its first spelling (tests/gold/README.md, mid21); not
        when that spelling's family name is no official's ("Trinh" for "Trịnh", mid25:
        :func:`_first_forms`)."""
        counts = self.labels[iri]
        if len(counts) == 1:
            return next(iter(counts))
        return chosen_label(list(counts.items()), termless=minted_kind(iri) == "org",
                            prefer=self.first_form.get(iri))

    def symbol(self, iri: URIRef) -> str:
        """One symbol per directive, however the reports wrote it (most frequent, then first)."""
        return min(self.symbols[iri].items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def known(self, iri: URIRef) -> bool:
        """Whether some report of the build names the entity ``iri``."""
        return bool(self.labels.get(iri))

    def add_english(self, iri: URIRef, name: str) -> None:
        """Keep the best English name a mention gives (the longest, then the first alphabetically):
        only the one kept, not a set of all of them per entity."""
        kept = self.english.get(iri)
        if kept is None or (-len(name), name) < (-len(kept), kept):
            self.english[iri] = name

    def english_name(self, iri: URIRef) -> str | None:
        """One English name per entity: the most specific (longest) of those its mentions gave."""
        return self.english.get(iri) or None

    def alt_labels(self, iri: URIRef) -> list[str]:
        main = self.label(iri)
        return sorted(x for x in self.labels[iri] if x != main)


def chosen_label(counts: list[tuple[str, int]], termless: bool = False, prefer: str | None = None) -> str:
    """The label of :meth:`Resolution.label` from ``(written form, mentions)`` pairs: the wording
    (forms equal under :func:`kg.textkey.key`, a closed syllable's tone put on its vowel by
    :func:`kg.persons.tone_placed`) most mentions write, ties to the first by its key;
    then its form written most, ties to the alphabetically first. With ``termless`` (a body), a
    wording without a term at its end goes first ("HĐND tỉnh X" before "HĐND tỉnh X khóa IX").

    >>> chosen_label([("Uỷ viên Trung ương", 2), ("Ủy viên Trung ương", 2), ("Ủy viên Ban Chấp hành", 3)])
    'Uỷ viên Trung ương'
    >>> chosen_label([("Ủy viên Ban Chấp hành", 3), ("Uỷ viên Trung ương", 2)])
    'Ủy viên Ban Chấp hành'

    ``prefer``: a form whose wording goes first among wordings of as many mentions (before the key).

    >>> chosen_label([("Huỳnh Thanh Đạt", 1), ("Huỳnh Thành Đạt", 1)], prefer="Huỳnh Thành Đạt")
    'Huỳnh Thành Đạt'
    """
    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for form, n in counts:
        groups[_wording(form)].append((form, n))
    preferred = _wording(prefer) if prefer else None
    best = min(groups, key=lambda k: (termless and bool(body_term(groups[k][0][0])),
                                      -sum(n for _, n in groups[k]), k != preferred, k))
    return min(groups[best], key=lambda kv: (-kv[1], kv[0]))[0]


@lru_cache(maxsize=16384)
def _wording(form: str) -> str:
    """The wording ``form`` belongs to in :func:`chosen_label` (its key, a closed syllable's tone on its
    vowel). Cached: the writer asks an entity's label once for each triple naming it, about four times
    an entity, and each time every form of the entity was keyed again (a whole-corpus build: 365,000
    keys of under a thousand distinct forms)."""
    return tone_placed(text_key(unicodedata.normalize("NFC", form)))


def report_iri(report_id: str) -> URIRef:
    """The report's IRI: its id, percent-encoded (file names may hold spaces, brackets, quotes)."""
    return ID[f"report/{quote(report_id, safe='')}"]


def mention_iri(report_id: str, start: int, end: int) -> URIRef:
    # ID's own term (the namespace + the local name), made without the namespace's lookups and its
    # cache of terms (a mention's IRI is asked for once or twice: 124,000 a whole-corpus build, each
    # filling the cache the vocabulary's few hundred terms live in), its report's part quoted once
    return URIRef(f"{_ID_BASE}mention/{_quoted_id(report_id)}-{start}-{end}")


_ID_BASE = str(ID)


@lru_cache(maxsize=256)
def _quoted_id(report_id: str) -> str:
    """``report_id`` percent-encoded (a report's mentions are written one after another)."""
    return quote(report_id, safe="")


# ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _mint_recent(kind: str, key: str, readable: str | None = None) -> URIRef:
    return mint_once(kind, key, readable)


cached_in_front(_mint_recent.cache_clear)


def _mint(kind: str, key: str, readable: str | None = None) -> URIRef:
    """:func:`kg.iris.mint`, except for a key scoped to one report ("...|report ID"): no other
    report mints it, so it goes through a small cache of recent keys (resolution goes report by
    report) rather than mint's, which would keep every such key until it is full (about 460 bytes
    a key, half of what it held at 2,000 reports). The IRI is the same either way."""
    return (_mint_recent if "|report " in key else mint)(kind, key, readable)


def _slug_of(iri: URIRef) -> str:
    """The readable part of a minted IRI (its local name without the hash)."""
    return str(iri).rsplit("/", 1)[-1].rsplit("-", 1)[0]


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """loaders/data/abbreviations.tsv as one pattern (case kept: "TƯ" is an abbreviation, "tư" a word)."""
    expand = {r["abbreviation"]: r["expansion"] for r in table("abbreviations.tsv") if r["abbreviation"]}
    alternation = "|".join(re.escape(a) for a in sorted(expand, key=lambda a: (-len(a), a)))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), expand


@cache
def body_key(name: str) -> str:
    """One key for the wordings of one body: abbreviations expanded, "và" and dashes dropped, so
    "Bộ KH-ĐT", "Bộ Kế hoạch - Đầu tư" and "Bộ Kế hoạch và Đầu tư" are one organization.

    >>> body_key("Bộ KH-ĐT") == body_key("Bộ Kế hoạch Đầu tư") == body_key("Bộ Kế hoạch và Đầu tư")
    True
    """
    pattern, expand = _abbreviations()
    expanded = _in_roman(pattern.sub(lambda m: expand[m.group(0)], name))
    if (end := _term_at_end(expanded)) is not None:
        expanded = expanded[: end.start()]
    return " ".join(w for w in identity(expanded).split() if w not in ("và", "&", "-"))


@lru_cache(maxsize=16384)
def body_term(name: str) -> str:
    """The term written at the end of a body's name, in Roman numerals ("" when none): a period of
    the one body, so not part of :func:`body_key`, but part of a post's key, so that a deputy of
    the XIIIth and of the XIVth Assembly holds two posts, each tenure with its own status.

    >>> body_term("Quốc hội khóa 14"), body_term("HĐND tỉnh Phú Yên khoá VII"), body_term("Quốc hội")
    ('XIV', 'VII', '')
    >>> body_key("Quốc hội khóa XIV") == body_key("Quốc hội khoá 13") == body_key("Quốc hội")
    True

    Cached: :func:`chosen_label` asks it of a body's every wording each time the writer asks the
    body's label (271,000 times in a whole-corpus build, for about 150 distinct names).
    """
    m = _term_at_end(_in_roman(name))
    return m.group(2) if m else ""


# "khóa 14" and "khóa XIV" are one term of one body: reports write either, the national
# Quốc hội khóa XIV of one report is the same term as another's Quốc hội khóa 14. The word after
# "khóa" is read by kg.reference.numerals (the one reader of terms and Roman numerals).
_TERM_WORD = re.compile(r"(?<!\w)([Kk]h(?:óa|oá)) (\w+)(?!\w)")
# A term ending a body's name ("đại biểu Quốc hội khóa XIV", organizations.tsv flag termname) is a
# period of the one body, not another body: the node is the body's, the written name with its term
# one of its labels (as the Party's organs, whose term is read but not named); the post keeps it.
_LAST_TERM_WORD = re.compile(r" ([Kk]h(?:óa|oá)) (\w+)$")


def _in_roman(name: str) -> str:
    """``name`` with each term written in digits rewritten in Roman numerals ("khóa 14" -> "khóa XIV")."""
    return _TERM_WORD.sub(_term_in_roman, name)


def _term_in_roman(m: re.Match[str]) -> str:
    word = m.group(2)
    if not (word.isdecimal() and is_term_value(word)):
        return m.group(0)
    return f"{m.group(1)} {to_roman(read_term(word))}"


def _term_at_end(name: str) -> re.Match[str] | None:
    """The term in Roman numerals that ends ``name`` (group 2 the numeral as written), if any."""
    m = _LAST_TERM_WORD.search(name)
    if m is None or not is_roman(m.group(2)) or read_term(m.group(2)) is None:
        return None
    return m


def organization_key(name: str, scope: str, province: str | None, report_id: str) -> str:
    """The identity of a body: its name (abbreviations expanded), plus its province when provincial,
    or its report when provincial with no known province (never merged with another report's)."""
    key = body_key(name)
    if scope == "report" or (scope == "province" and not province):
        return f"{key}|report {report_id}"
    if scope == "province":
        return f"{key}|{province}"
    return key


def organization_iri(key: str) -> URIRef:
    """The IRI of the body ``organization_key`` names; the graph's reference facts (the 2025
    changes of bodies) mint theirs here too, so they meet the bodies the reports name."""
    name, _, ctx = key.partition("|")
    return _mint("org", key, readable=f"{name} {ctx.removeprefix('report ')}" if ctx.startswith("report ") else name)


def _org_key(org: OrgMention, report_id: str) -> str:
    return organization_key(org.name, org.scope, org.province, report_id)


def _resolve_org(res: Resolution, org: OrgMention, report_id: str, abroad: bool = False) -> URIRef:
    """The body's IRI; ``abroad``: a foreign state's body written with Việt Nam's words
    (:func:`_abroad`), keyed to its report as a body of no known province is."""
    if (known := res.get(org)) is not None:
        return known
    iri = organization_iri(organization_key(org.name, "report", None, report_id) if abroad
                           else _org_key(org, report_id))
    res.put(org, iri)
    res.labels[iri][org.name] += 1
    if org.name_en:
        res.add_english(iri, org.name_en)
    if org.parent is not None:
        _resolve_org(res, org.parent, report_id)
    return iri


_NAME_WORDS = re.compile(r"[^\W\d_]+")


def foreign_name(name: str) -> bool:
    """No word of the name is a Vietnamese syllable: a foreign person ("Sergey Lavrov", "Pany
    Yathotou", "Miguel Diaz - Canel"). An ethnic-minority Vietnamese name has one ("Ksor Phước",
    "Điểu Kré", "Êban Y Phu"); a Chinese name read in Sino-Vietnamese is not told apart.

    >>> foreign_name("Sergey Lavrov"), foreign_name("Ksor Phước"), foreign_name("Phạm Bình Minh")
    (True, False, False)
    """
    words = _NAME_WORDS.findall(name)
    return bool(words) and not any(vietnamese_syllable(w) for w in words)


@cache
def _countries() -> tuple[str, ...]:
    """Other countries and regions (loaders/data/other_places.txt, Việt Nam left out), as matching keys."""
    home = text_key("Việt Nam")
    return tuple(k for row in table("other_places.txt") if (k := text_key(row["name"])) and k != home)


def _names_country(name: str) -> bool:
    """The body's name says whose it is ("Quốc hội Cộng hòa Liên bang Myanmar", "Bộ Quốc phòng Nga")."""
    key = f" {text_key(name)} "
    return any(f" {c} " in key for c in _countries())


@cache
def _state_kinds() -> frozenset[str]:
    """The kinds of body a state, a Party or a Front has (organizations.tsv category party, state or
    front: "bo", "chinh_phu", "bo_chinh_tri"), which each country has its own of; not an international
    body ("ipu", "aipa": category other), one body whoever holds its posts."""
    return frozenset(row["id"] for row in table("organizations.tsv") if row["category"] in ("party", "state", "front"))


def _abroad(ex: Extraction) -> set[int]:
    """The bodies (``id`` of the mention) of posts a foreign person holds (:func:`foreign_name`) that are
    written with Việt Nam's words only: "Bộ trưởng Ngoại giao Sergey Lavrov" in a report of talks is the
    guest country's "Bộ Ngoại giao", not Việt Nam's, which a Vietnamese minister heads in other reports.
    Such a body is its report's own node; the text does not say which country's (kg has no country of a
    body), and a body whose name does say it ("Bộ Quốc phòng Nga") keeps its one node across reports, as
    an international body does ("Liên minh Nghị viện ASEAN": :func:`_state_kinds`)."""
    return {id(p.org) for p in ex.posts
            if p.org is not None and p.org.scope == "national" and p.org.kind in _state_kinds()
            and foreign_name(p.person.name) and not _names_country(p.org.name)}


@dataclass(frozen=True, slots=True)
class IdentityLink:
    """One join of two mentions of a person, as data: which reports, what evidence, how sure."""

    iri: URIRef
    person: URIRef
    mentions: tuple[URIRef, URIRef]
    reports: tuple[str, str]
    kind: str
    reason: str
    confidence: float


def _base_rank(key: str) -> tuple[int, str]:
    """Keys a cluster may be named after, best first: a province or "national", an outlet, a report."""
    ctx = key.split("|", 1)[1]
    return (2 if ctx.startswith("report ") else 1 if ctx.startswith("publisher ") else 0, identity(key))


def _occurrence_rank(o: Occurrence) -> tuple[int, bool, str]:
    """:func:`_base_rank` of an occurrence's own key, a province the text writes before one the
    extractor guessed ("UBND tỉnh" in a report naming several provinces)."""
    rank, key = _base_rank(o.base_key)
    return rank, bool(o.guessed and not o.provinces), key


def _resolve_persons(res: Resolution, extractions: list[Extraction], decisions: DecisionsFile | None,
                     registry: PersonRegistry | None = None, texts_read: Callable[[], None] | None = None,
                     cues: CueMemo | None = None) -> None:
    occs = occurrences(extractions, res.get)  # the organizations' IRIs so far (a URIRef reads as its str)
    report_keys = {ex.report.id: ex.report.key for ex in extractions}
    publishers = credit_publishers(occs)
    for o in occs:
        # an aggregator's copy of a newspaper's report ("Theo X (Dân Trí)"): the credit is named after
        # that newspaper, as its own reports' credits of the name are (kg.persons.credit_newspaper)
        if o.mention.credit and (paper := credit_newspaper(o, report_keys[o.report_id], publishers)):
            o.outlet = paper
        o.base_key = base_key(o)
    rep, links = cluster(occs, report_keys, cues=cues)
    if decisions is not None and decisions.rows:
        auto, _ = _cluster_iris(occs, rep, registry, _spelt(links))
        rep, links = cluster(occs, report_keys, decisions.resolve(occs, auto), cues=cues)
    report_keys.clear()  # the texts are read: nothing below looks at them
    if texts_read is not None:
        texts_read()
    iris, res.registry = _cluster_iris(occs, rep, registry, _spelt(links))
    for old, new in res.registry.merged.items():
        res.redirects.setdefault(URIRef(old), set()).add(URIRef(new))
        res.redirect_reasons[URIRef(old)] = ("an IRI an earlier build into this folder gave a person whose "
                                             "mentions now belong to this one (new evidence or a decision)")
    by_index = {o.index: o for o in occs}
    current = set(iris.values())
    named: dict[URIRef, list[Occurrence]] = defaultdict(list)  # an old own-key IRI -> the mentions it named
    for o in occs:
        iri = iris[o.index]
        res.put(o.mention, iri)
        res.labels[iri][o.mention.name] += 1
        base = _mint("person", o.base_key)
        if base != iri and base not in current:  # a live person's IRI never redirects
            res.redirects.setdefault(base, set()).add(iri)
            named[base].append(o)
    # the kinds of evidence that joined each mention an old IRI named (only those: a set per
    # mention of the archive would be ~1 KB a report at the fullest point of resolution)
    wanted = {o.index for ms in named.values() for o in ms}
    kinds: dict[int, set[str]] = defaultdict(set)
    for link in links:
        for i in (link.a, link.b):
            if i in wanted:
                kinds[i].add(link.kind)
    del wanted
    for base, ms in named.items():
        if base in res.redirect_reasons:
            continue
        reports = sorted({o.report_id for o in ms})
        why = sorted(set().union(*(kinds[o.index] for o in ms)))
        res.redirect_reasons[base] = (
            f"the IRI of {ms[0].base_key!r} on its own (the mention in {', '.join(reports[:5])}"
            + (f" and {len(reports) - 5} more reports" if len(reports) > 5 else "")
            + f"), joined to this person by {', '.join(why) or 'its cluster'} evidence")
    _first_forms(res, links, by_index, iris)
    for link in links:
        a, b = by_index[link.a], by_index[link.b]
        person = iris[a.index]
        ma = mention_iri(a.report_id, a.mention.span.start, a.mention.span.end)
        mb = mention_iri(b.report_id, b.mention.span.start, b.mention.span.end)
        iri = mint_once("identity", f"{person}|{ma}|{mb}",
                        readable=f"{_slug_of(person)} {a.report_id} {b.report_id}")
        res.person_links.append(IdentityLink(iri, person, (ma, mb), (a.report_id, b.report_id),
                                             link.kind, link.reason, link.confidence))


def _first_forms(res: Resolution, links: list[Link], by_index: Mapping[int, Occurrence],
                 iris: Mapping[int, URIRef]) -> None:
    """For each person a ``spelling`` link joined, the spelling its report writes first, unless its
    family name is one no official of the name table bears (:func:`_unknown_family`: "Trinh" for
    "Trịnh", a mark left out) and the other's is (:attr:`Resolution.first_form`); of several such
    reports, the first by id. The read sets' gold lists a person so: "Lê Thành A" in a lead and "Lê
    Thanh A" twice after it under the first (mid21), "Lê Thanh A" twice and "Lê Thành A" in a last
    caption under the first (blind8), "Trinh Văn A" in a sapo and "Trịnh Văn A" twice after it under
    "Trịnh Văn A" (mid25). For a person an ``epithet`` link joined, the full name when a mention
    writes it ("Hồ Chí Minh" before "Bác Hồ"), else the epithet its report writes first ("Hồ Chủ
    tịch" in a heading before "Bác Hồ" in the text: mid26 lists the person so)."""
    firsts: dict[URIRef, tuple[str, int, str]] = {}
    for link in links:
        if link.kind not in ("spelling", "epithet"):
            continue
        a, b = by_index[link.a], by_index[link.b]
        if link.kind == "epithet":
            first = min((a, b), key=lambda o: (is_epithet(o.name_key), o.report_id,
                                               min(s.start for s in (o.mention.span, *o.mention.spans))))
        else:
            first = min((a, b), key=lambda o: (_unknown_family(o.name_key),
                                               min(s.start for s in (o.mention.span, *o.mention.spans))))
        here = (first.report_id, first.index, first.mention.name)
        person = iris[a.index]
        if person not in firsts or here < firsts[person]:
            firsts[person] = here
    res.first_form.update((person, name) for person, (_, _, name) in firsts.items())


def _unknown_family(name_key: str) -> bool:
    """The name's first word is no family name of an official (loaders/data/name_syllables.tsv).

    >>> _unknown_family("trinh văn chiến"), _unknown_family("trịnh văn chiến")
    (True, False)
    """
    return name_key.split()[0] not in family_names() if name_key else True


def _mention_key(o: Occurrence) -> tuple[str, str]:
    """How the registry names a mention: its report and its name (TABs would break the file)."""
    return o.report_id.replace("\t", " "), o.name_key.replace("\t", " ")


def _spelt(links: list[Link]) -> frozenset[int]:
    """The occurrences joined to their person only as a misspelling of its name (a ``spelling`` link
    joins a mention nothing else joined) or under an epithet ("Bác Hồ", an ``epithet`` link): they
    name the person's IRI last."""
    return frozenset(link.b for link in links if link.kind in ("spelling", "epithet"))


def _cluster_iris(occs: list[Occurrence], rep: dict[int, int], registry: PersonRegistry | None = None,
                  spelt: frozenset[int] = frozenset()) -> tuple[dict[int, URIRef], PersonRegistry]:
    """One IRI per cluster, and the registry to keep for the next build.

    With a ``registry`` (the IRIs an earlier build into the same folder minted), a cluster takes the
    registered IRI that named most of its mentions, so adding reports renames nobody; a registered
    IRI whose mentions now belong to another person's cluster is recorded as merged into it (a
    redirect). Other clusters are named after the best of their members' own keys
    (:func:`_base_rank`), a mention in ``spelt`` (a misspelling, :func:`_spelt`) last, so a person
    keeps the IRI it had before other reports joined it unless a better key arrives (the old one then
    redirects). Two clusters that would get the same IRI (namesakes kept apart), or an IRI the
    registry holds for someone else, are told apart by the cluster's first report."""
    prior = registry or PersonRegistry()
    members: dict[int, list[Occurrence]] = defaultdict(list)
    for o in occs:
        members[rep[o.index]].append(o)
    owner = {m: iri for iri, ms in prior.members.items() for m in ms}
    overlaps = []
    for root, ms in members.items():
        counts = Counter(owner[k] for o in ms if (k := _mention_key(o)) in owner)
        overlaps.extend((-n, iri, root) for iri, n in counts.items())
    fixed: dict[int, str] = {}
    given: set[str] = set()
    for _, iri, root in sorted(overlaps):
        if root not in fixed and iri not in given:
            fixed[root] = iri
            given.add(iri)
    def rank(o: Occurrence) -> tuple[bool, tuple[int, bool, str]]:
        return o.index in spelt, _occurrence_rank(o)

    order = sorted(members.items(), key=lambda kv: min(rank(o) for o in kv[1]))
    taken: set[URIRef] = {URIRef(i) for i in prior.reserved()}
    out: dict[int, URIRef] = {}
    for root, ms in order:
        if root in fixed:
            iri = URIRef(fixed[root])
        else:
            key = min(ms, key=rank).base_key
            iri = _mint("person", key)
            first = min(o.report_id for o in ms)
            n = 1
            while iri in taken:
                suffix = f"|report {first}" + (f"|{n}" if n > 1 else "")
                iri = mint("person", key + suffix, readable=f"{key.split('|')[0]} {first}")
                n += 1
        taken.add(iri)
        for o in ms:
            out[o.index] = iri
    kept = PersonRegistry()
    named: dict[URIRef, set[tuple[str, str]]] = {}  # by the URIRef (a URIRef never equals a str)
    for o in occs:
        named.setdefault(out[o.index], set()).add(_mention_key(o))
    kept.members = {str(iri): ms for iri, ms in named.items()}
    del named
    for _, iri, root in sorted(overlaps):
        if iri not in given and iri not in kept.merged:
            kept.merged[iri] = str(out[members[root][0].index])
    present = {_mention_key(o)[0] for o in occs}
    for iri, ms in prior.members.items():
        if iri in kept.merged:
            continue
        if iri not in given:
            kept.members.setdefault(iri, set()).update(ms)  # its reports are gone: reserved
        elif gone := {m for m in ms if m[0] not in present}:
            # what it named in reports that left this build stays its own, so when they come back
            # their mentions count for it, not for an IRI minted while they were away
            kept.members[iri].update(gone)
    for old, target in prior.merged.items():
        seen = {old}
        while target in kept.merged and target not in seen:
            seen.add(target)
            target = kept.merged[target]
        kept.merged.setdefault(old, target)
    # what each IRI named, as a sorted tuple: kept to the end of the build for person-iris.tsv (and
    # read as a prior only by iterating), it is 48 bytes for a person named once, a set 216
    kept.members = {iri: tuple(sorted(ms)) for iri, ms in kept.members.items()}  # type: ignore[misc]
    return out, kept


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


def resolve(extractions: Iterable[Extraction], decisions: DecisionsFile | None = None,
            registry: PersonRegistry | None = None, *, texts_read: Callable[[], None] | None = None,
            cues: CueMemo | None = None) -> Resolution:
    """Give every mention of every extraction an entity IRI (``decisions``: the analyst's overrides;
    ``registry``: the person IRIs an earlier build into the same folder minted, kept stable).

    ``texts_read`` is called once person clustering is done: nothing after it reads the reports'
    texts (``Report.key``), so an archive build drops the text windows of its compact inputs there
    (:func:`kg.resolution_inputs.drop_windows`), before the person IRIs, the registry and the
    identity links, and the passes that follow, allocate theirs (the build's peak is where person
    resolution returns). ``cues``: the title cues an earlier build read around person mentions
    (:class:`kg.persons.CueMemo`)."""
    res = Resolution()
    # One order whatever order the reports came in (a folder listing, a store's digests, a shuffled
    # batch): every choice below that keeps the first of equals (a cluster's identity links, which
    # of two namesakes keeps the plain IRI) then falls the same way, so the same reports give the
    # same graph, byte for byte (tests/test_resolution_order21.py).
    extractions = sorted(extractions, key=_report_order)

    # Organizations first: persons and posts are keyed on them.
    for ex in extractions:
        abroad = _abroad(ex)
        for org in ex.organizations:
            _resolve_org(res, org, ex.report.id, id(org) in abroad)
        for post in ex.posts:
            if post.org is not None:
                _resolve_org(res, post.org, ex.report.id, id(post.org) in abroad)

    # Persons: evidence over the whole corpus (kg.persons), then one IRI per cluster.
    _resolve_persons(res, extractions, decisions, registry, texts_read, cues)

    # Posts, roles and tenures.
    _resolve_posts(res, extractions)
    res.successions = _successions(res, extractions)

    # Directives, events, campaigns.
    for ex in extractions:
        rid = ex.report.id
        for d in ex.directives:
            _resolve_directive(res, d, rid)
        for i, e in enumerate(ex.events):
            organizer = res.get(e.organizer) if e.organizer is not None else None
            if e.organizer is not None and organizer is None:
                organizer = _resolve_org(res, e.organizer, rid)
            key = _event_key(e, rid, organizer, i)
            scope = _slug_of(organizer) if organizer is not None and "|report " not in key else rid
            iri = _mint("event", key, readable=f"{e.kind} {e.date.iso() if e.date else ''} {scope}")
            res.put(e, iri)
            res.labels[iri][e.name or e.kind] += 1
            for d in e.concerns:
                _resolve_directive(res, d, rid)
        for c in ex.campaigns:
            _resolve_campaign(res, c)
        for e in ex.events:
            for c in e.campaigns:
                _resolve_campaign(res, c)
    return res


def _post_iri(res: Resolution, post: PostMention) -> URIRef:
    """The Post IRI of a mention's own words: its role, its body and a term written with the body."""
    org = post.org
    org_iri = res.get(org) if org is not None else None
    # Readable parts come from the key's own IRIs, so one key always gives one IRI.
    # A term written with the body is the post's, not the body's (body_term): one post per term.
    term = body_term(org.name) if org is not None else ""
    role = post.role
    return mint("post", f"{role}|{org_iri or ''}" + (f"|khóa {term}" if term else ""),
                readable=f"{role} {_slug_of(org_iri) if org_iri else ''}" + (f" khóa {term}" if term else ""))


def _resolve_posts(res: Resolution, extractions: list[Extraction]) -> None:
    """Every post mention's Post, Role and Tenure IRIs, and the tenures' aggregates.

    A post written with its body is the post of that role in that body. A post written with no body
    ("Thủ tướng Nguyễn Xuân Phúc", "nguyên Tổng Bí thư Đỗ Mười") is folded into the one bodied post
    of that role its holder has in the build, when :func:`_bodied_post_for` finds it safe; otherwise
    it stays a post of the role alone. Bodied mentions are resolved first, so the fold reads every
    report's bodies and dates whatever the order. A folded mention keeps its provenance: its Tenure
    is the bodied post's, and the mention's sentence supports that Tenure (kg.graph).
    """
    tenure_iris: dict[tuple[URIRef, URIRef], URIRef] = {}
    # (person, role) -> the bodied Post IRIs held; role -> the bodies anyone holds it in. Keyed by the
    # role's IRI, as Posts are: "Tổng bí thư" and "Tổng Bí thư" are one role
    held: dict[tuple[URIRef, URIRef], set[URIRef]] = defaultdict(set)
    bodies_of_role: dict[URIRef, set[URIRef]] = defaultdict(set)
    body_of: dict[URIRef, URIRef] = {}  # a bodied Post IRI -> its body's IRI
    # (person, bodied Post) -> up to two reports stating it: enough to know one other than a given one
    stated_in: dict[tuple[URIRef, URIRef], set[str]] = defaultdict(set)

    def state(post: PostMention, post_iri: URIRef, person_iri: URIRef, rid: str, when: PartialDate | None) -> None:
        role_iri = mint("role", post.role)
        res.labels[role_iri][post.role] += 1
        if post.role_en:
            res.add_english(role_iri, post.role_en)
        res.put(post, post_iri)
        t_iri = tenure_iris.get((person_iri, post_iri))
        if t_iri is None:  # minted once per tenure, past mint's cache (a 140-character key used once)
            t_iri = tenure_iris[person_iri, post_iri] = mint_once(
                "tenure", f"{person_iri}|{post_iri}", readable=f"{_slug_of(person_iri)} {_slug_of(post_iri)}")
        rec = res.tenures.get(t_iri)
        if rec is None:
            rec = res.tenures[t_iri] = TenureRecord(t_iri, person_iri, post_iri)
        rec.state(when, rid, post.status)
        rec.date_stated(post.start, post.end)
        res.put_post(post, role_iri, t_iri)

    bare: list[tuple[Extraction, PostMention]] = []
    for ex in extractions:
        for post in ex.posts:
            if post.org is None:
                bare.append((ex, post))
                continue
            post_iri = _post_iri(res, post)
            res.labels[post_iri][f"{post.role} {post.org.name}".strip()] += 1
            person_iri = res.of(post.person)
            role_iri = mint("role", post.role)
            held[person_iri, role_iri].add(post_iri)
            if len(said := stated_in[person_iri, post_iri]) < 2:
                said.add(ex.report.id)
            if (org_iri := res.get(post.org)) is not None:
                bodies_of_role[role_iri].add(org_iri)
                body_of[post_iri] = org_iri
            state(post, post_iri, person_iri, ex.report.id, ex.report.published)
    named: dict[str, set[URIRef]] = {}  # report id -> the bodies it names (asked only for a fold)
    for ex, post in bare:
        person_iri = res.of(post.person)
        folded_into = _bodied_post_for(res, ex, post, person_iri, held, bodies_of_role, body_of, tenure_iris, named,
                                       stated_in)
        if folded_into is None:
            post_iri = _post_iri(res, post)
            res.labels[post_iri][post.role.strip()] += 1
        else:
            post_iri = folded_into
            res.folded[ex.report.id] = res.folded.get(ex.report.id, 0) + 1
        state(post, post_iri, person_iri, ex.report.id, ex.report.published)


def _bodied_post_for(res: Resolution, ex: Extraction, post: PostMention, person_iri: URIRef,
                     held: Mapping[tuple[URIRef, URIRef], set[URIRef]], bodies_of_role: Mapping[URIRef, set[URIRef]],
                     body_of: Mapping[URIRef, URIRef], tenure_iris: Mapping[tuple[URIRef, URIRef], URIRef],
                     named: dict[str, set[URIRef]],
                     stated_in: Mapping[tuple[URIRef, URIRef], set[str]]) -> URIRef | None:
    """The bodied Post a body-less post mention is, or None when that is not safe to say.

    Safe when (1) its holder holds that role in exactly one Post with a body in the whole build (a
    term written with the body makes another Post: two terms are two Posts, so no fold); (2) the
    mention's report names no other body anyone holds that role in (a report naming two provincial
    committees leaves a bare "Bí thư" undecided); (3) the dates do not conflict: a start or end both
    state in different years, or a report naming the person by the role in a year before the bodied
    post's stated start, or as holding it after its stated end (a career's other post of that title);
    (4) a report other than the mention's states the bodied post: the fold joins what reports say, and
    a report read alone keeps its own words (a title it writes both bare and with its body stays two
    posts there, as the gold writes a bare title with no body: tests/gold/README.md).
    """
    role = mint("role", post.role)
    posts = held.get((person_iri, role))
    if posts is None or len(posts) != 1:
        return None
    (bodied,) = posts
    body = body_of.get(bodied)
    rid = ex.report.id
    if body is None or not stated_in[person_iri, bodied] - {rid}:
        return None
    if rid not in named:
        named[rid] = {i for o in (*ex.organizations, *(p.org for p in ex.posts if p.org is not None))
                      if (i := res.get(o)) is not None}
    if any(b != body for b in named[rid] & bodies_of_role.get(role, set())):
        return None
    rec = res.tenures[tenure_iris[person_iri, bodied]]
    return bodied if _dates_agree(rec, post, ex.report.published) else None


def _dates_agree(rec: TenureRecord, post: PostMention, when: PartialDate | None) -> bool:
    """Whether a body-less mention (stating ``post.start``/``post.end``, in a report of ``when``) can
    be the tenure ``rec`` records, by years: no stated start or end in another year, no statement
    (but a nomination) dated before the tenure's stated start, and no current one after its stated end."""
    start, end = rec.start, rec.end
    said_start, said_end = post.start, post.end
    if said_start and said_start.year and start and start.year and said_start.year != start.year:
        return False
    if said_end and said_end.year and end and end.year and said_end.year != end.year:
        return False
    if when is None or not when.year:
        return True
    status = post.status
    if status != "nominated" and start and start.year and when.year < start.year:
        return False  # said to hold (or to have held) it before it began
    return not (status in ("holds", "appointed") and end and end.year and when.year > end.year)


def _report_order(ex: Extraction) -> str:
    """Reports are resolved in the order of their ids (unique in a build: a file's stem)."""
    return ex.report.id


def _successions(res: Resolution, extractions: list[Extraction]) -> list[tuple[URIRef, URIRef, str]]:
    """Who followed whom in a post, as (later tenure, earlier tenure, why).

    Stated: one report gives a post to someone newly appointed while its earlier holder is former or
    left ("bổ nhiệm ông B ... thay ông A", which the extractor reads as A former). Seen in time: for a
    post no report ever gives two holders at once (so not "Phó Chủ tịch", "Ủy viên"), a holder first
    seen holding it after the previous holder was last seen holding it. Only reports that say the post
    is held (holds, appointed) date the second rule: "nguyên Tổng Bí thư X" in a report of 2017 says
    nothing of when X held it (a former holder named years later is no later holder), and undated
    reports take no part.
    """
    out: dict[tuple[URIRef, URIRef], str] = {}
    shared: set[URIRef] = set()  # posts with two holders at once in some report
    held: dict[URIRef, tuple[PartialDate, PartialDate]] = {}  # tenure -> first and last report saying it is held
    for ex in extractions:
        published = ex.report.published
        when = published if published is not None and published.year is not None else None
        by_post: dict[URIRef, list[tuple[URIRef, str, bool]]] = defaultdict(list)
        for post in ex.posts:
            tenure = res.tenure_of_post(post)
            by_post[res.of(post)].append((tenure, post.status, post.deputy))
            if when is not None and post.status in ("holds", "appointed"):
                first, last = held.get(tenure, (when, when))
                held[tenure] = (min(first, when, key=_date_order), max(last, when, key=_date_order))
        for post_iri, items in by_post.items():
            current = {t for t, st, _ in items if st in ("holds", "appointed")}
            if len(current) > 1 or any(deputy for _, _, deputy in items):
                shared.add(post_iri)
            gone = sorted({t for t, st, _ in items if st in ("former", "left")})
            new = sorted({t for t, st, _ in items if st == "appointed"})
            for later in new:
                for earlier in gone:
                    if later != earlier:
                        out.setdefault((later, earlier), f"stated in {ex.report.id}")
    held_tenures: dict[URIRef, list[URIRef]] = defaultdict(list)  # post -> its tenures some report says are held
    for rec in res.tenures.values():
        if rec.iri in held:
            held_tenures[rec.post].append(rec.iri)
    for post_iri, tenures in held_tenures.items():
        if post_iri in shared:
            continue
        in_time = sorted(tenures, key=lambda t: (_date_order(held[t][0]), str(t)))
        for earlier, later in zip(in_time, in_time[1:], strict=False):
            if _date_order(held[earlier][1]) < _date_order(held[later][0]):
                out.setdefault((later, earlier), f"first seen holding it {held[later][0].iso()} after "
                                                 f"last seen holding it {held[earlier][1].iso()}")
    return [(a, b, why) for (a, b), why in sorted(out.items())]


def _resolve_directive(res: Resolution, d: DirectiveMention, report_id: str) -> URIRef:
    if (known := res.get(d)) is not None:
        return known
    iri = _mint("directive", _directive_key(d, report_id))
    res.put(d, iri)
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
    if (known := res.get(c)) is not None:
        return known
    iri = mint("campaign", c.name)
    res.put(c, iri)
    res.labels[iri][c.name] += 1
    return iri
