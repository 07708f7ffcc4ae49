"""Which mentions of one name, across all reports, are one person: evidence, scores and reasons.

A report names people; whether "Nguyễn Văn An" in one report is the "Nguyễn Văn An" of another is
decided here, over the whole corpus at once, from evidence the texts give (never from who the person
is). Mentions are grouped by name, and within a name joined step by step, strongest evidence first:

1. **shared post or body** (an *anchor*): both mentions hold a post in the same organization, the
   same national post, or posts in the same province. A report that states two posts of one person
   (a career step, "nguyên Bí thư Tỉnh ủy ..., Trưởng Ban Tổ chức Trung ương") carries the anchors of
   both, so careers across provinces join through it.
2. **title words** around a bare mention ("Tổng Bí thư X", "Bí thư Thành ủy X"): joined to the one
   cluster of that name whose posts carry that title.
3. **co-mentioned colleagues**: at least two officials named in the same report are also named
   beside the one candidate cluster.
4. **the report's province** is the province of the one candidate cluster's posts (for a mention
   with no post, or with roles and no body: "nguyên Chủ tịch X"); a body written
   without its province ("UBND tỉnh") in a report naming several provinces is read as one of them,
   the one where the only official of the name holds a post in a body of that kind.
5. **a career in the leadership tier**: two clusters of an uncommon name that both hold a post of
   loaders/data/leadership_posts.tsv (a provincial Party secretary, later a minister); **a career in
   one province**: two clusters of an uncommon name with posts in the province's own bodies (a
   deputy chairman of its People's Committee, later the chairman of its Council).
6. **a rare name**: a mention with no evidence at all joins the one candidate of its name only when
   the name is rare (:func:`name_rarity`); otherwise it stays its own node.

Bylines and photo credits are one person per (name, outlet) and never join an official; the outlet
is the publisher, else the crawl the report's sidecar names (:func:`credit_outlet`). Namesakes
are kept apart by conflict checks that every step except a shared anchor must pass: posts in
different provinces with no national post between them, dates too far apart for one career, an
official and a citizen ("anh X", "chị X"), and a "different" decision of the analyst.

Every join is a :class:`Link` (the two mentions, the kind of evidence, a sentence saying what was
shared, a confidence), written into the graph so that ``kg explain`` and ``kg review`` can show it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from sys import intern
from types import MappingProxyType

from kg.model import DATASET_OUTLET, Extraction, OrgMention, PartialDate, PersonMention, PostMention, credit_outlet
from kg.reference.status_cues import status_cue_rows
from kg.reference.tables import TableError, table
from kg.textkey import TONE_PAIRS
from kg.textkey import key as text_key

MAX_CAREER_YEARS = 40
"""Two clusters whose report dates lie further apart than this are never joined by soft evidence."""

RARE_NAME_LOG10 = -5.5
"""A name is rare when log10 of its estimated frequency (:func:`name_rarity`) is below this.
Measured on tests/gold/resolution.json (scripts/resolution_eval.py --sweep): the loosest threshold of
the sweep that merges no namesake there (-5.0 merges two); see docs/resolution.md."""

CAREER_NAME_LOG10 = -4.3
"""Two clusters of one name that both hold a leadership post (loaders/data/leadership_posts.tsv)
join when log10 of the name's estimated share (:func:`name_rarity`) is below this. Measured on
tests/gold/resolution.json (scripts/resolution_eval.py --sweep-career): -4.0 merges two namesakes
there, each of them an official of a province and a member of a central body; see docs/resolution.md."""

PROVINCE_CAREER_NAME_LOG10 = -3.8
"""Two clusters of one name that both hold posts in the own bodies of one province (its Party
committee and boards, People's Committee, Council, departments; not a district's or a commune's)
join when log10 of the name's estimated share (:func:`name_rarity`) is below this: a career that
continues in one province (Phó Chủ tịch UBND, later Chủ tịch HĐND and Phó Bí thư Thành ủy). One
province's own bodies hold a small share of the country's officials, so a commoner name joins here
than in the national leadership tier (:data:`CAREER_NAME_LOG10`). Measured on
tests/gold/resolution.json (scripts/resolution_eval.py --sweep-province): -3.5 and looser merge a
city's deputy mayor with an earlier Party secretary of the city (log10 share -3.55); see
docs/resolution.md."""

DEPUTY_CAREER_NAME_LOG10 = -4.5
"""A career through the deputies of the tier's central bodies (loaders/data/leadership_posts.tsv, level
``deputy``; :func:`_join_deputy_career`) under a name rarer than this: the deputies add about half
the tier's people to the pool (some 230 vice ministers and deputy heads beside some 450 members of
the Central Committee and provincial leaders), so the name must be rarer by log10(1.5) ≈ 0.2 than
:data:`CAREER_NAME_LOG10`."""

RARE_CAREER_NAME_LOG10 = -6.0
"""Two clusters of one name that both hold posts, none shared, join when log10 of the name's
estimated share (:func:`name_rarity`) is below this and the conflict checks let them: a career the
texts never link (a department director later a province's deputy secretary, a bank's chairman
later a provincial secretary) under a name so rare that two officials bearing it are unlikely.
Read on the corpus build (twenty-second round, docs/resolution.md): the split pairs with posts
below -6.0 outside the held-out reports are one person each (7 joins read, all right); between
-6.0 and -5.5 two of three are namesakes (a deputy prime minister of the 1990s and a province's
office chief; a vice minister and a district's chairman). A cluster of a district's posts only, or
two clusters of deputies only, never join so (:func:`_career_step`, :func:`_head_post`)."""

_FORMER = frozenset({"nguyên", "cựu", "tân", "đương", "kim"})  # "nguyên Bộ trưởng": still the same title
_GLUE = frozenset({"và", "của", "-", "&"})  # words inside a title: "Ủy ban Kinh tế và Ngân sách của Quốc hội"

MAX_TITLE_WORDS = 14
"""The longest title read before a name: "Chủ nhiệm Ủy ban Kinh tế và Ngân sách của Quốc hội" is 11."""

MAX_LISTED_TITLES = 5
"""The most titles read from a list of them beside a name ("Ủy viên Bộ Chính trị, Bí thư Trung ương
Đảng, Trưởng ban Kinh tế Trung ương X" is three)."""

MIN_SHARED_TITLE_WORDS = 3
"""Two mentions with no post join on the same title words only when these say more than a bare
role: "Trưởng ban Dân nguyện" yes, "Phó Chủ tịch" no."""

MAX_REPORT_PROVINCES = 2
"""A report is "about" its provinces only when it names this few: a list of the Central Committee
names sixty provinces and says nothing about where one bare name belongs."""

REPORT_BODY_WEIGHT = 2.0
"""A body named in a report is evidence for a bare mention there (step 5e) when log(reports /
reports naming it) is at least this: named in at most one report in seven. Measured on the corpus
build (scripts/resolution_eval.py --corpus-stats --sample report-body); see docs/resolution.md."""

MIN_SHARED_COLLEAGUES = 2
MIN_COLLEAGUE_WEIGHT = 6.0
"""Two clusters of one name named beside the same people join when the shared names weigh this much
(the sum of their log(reports / reports naming them)): two names seen in ~30 reports each, or three
seen in ~70."""

BARE_COLLEAGUE_WEIGHT = 3.5
"""Two clusters of bare mentions of an uncommon name (no post, no title, no private person's cue in
any of their reports) join when one name co-mentioned in both weighs at least this much
(:func:`colleague_weight`: named in at most one report in 33, a list's co-mention weighing less):
step 4 asks two names weighing 6.0 of anyone, but two reports that name "X" with no post beside the
same minister, who is in one report in forty, are about one affair (a scandal's "ông X" in the
minister's interview and in the Prime Minister's comment on it). Measured on the resolution gold
and read on the corpus build (twenty-sixth round, docs/resolution.md)."""

BARE_BODY_WEIGHT = 3.5
"""The same for a body both reports name (log(reports / reports naming it), among reports naming
people): a project board named in one report in 33 ("Ban Quản lý dự án giao thông 18" in every report
on its director's affair)."""

COLLEAGUE_LIST_NAMES = 30
"""The most officials a report names and still says all a co-mention is worth in the colleagues step
(step 4): the reports of one event, one board or one trial name up to ~30 (the corpus's mean is 5).
A longer list (a Central Committee of ~180 names) names each member beside every other, so a name
co-mentioned only there weighs its log(reports / reports naming it) less log(names / this)
(:func:`colleague_weight`). Read on the corpus build (twenty-third round, docs/resolution.md)."""

CC_LIST_BODIES = frozenset({"bch_tw", "bo_chinh_tri"})
"""The bodies whose members a congress's list names ("Danh sách ủy viên chính thức và ủy viên dự
khuyết BCH T.Ư Đảng khóa X: 1. X, Bí thư Tỉnh ủy ...; 2. ..."): a report naming more than
:data:`COLLEAGUE_LIST_NAMES` officials and one of these bodies, a name written as a numbered item of
its list is a member of the Central Committee (the Politburo's are too), a post of the leadership
tier whatever post the item writes beside it (:func:`_cc_list_member`)."""

_NUMBERED_ITEM = re.compile(r"\d{1,3}\.\s*$")

# Confidence of each kind of evidence: what ``kg review`` sorts by (lowest first).
CONFIDENCE = {
    "decision": 1.0,
    "post": 0.97,
    "body": 0.95,
    "credit": 0.9,
    "province": 0.85,
    "title": 0.85,
    "delegation": 0.8,
    "colleagues": 0.75,
    "report-province": 0.7,
    "career": 0.65,
    "province-career": 0.65,
    "role": 0.65,
    "unplaced": 0.65,
    "report-body": 0.62,
    "rare-name": 0.6,
    "spelling": 0.8,
    "epithet": 0.9,
}


@dataclass(slots=True)
class Occurrence:
    """One person mention of one report, with the evidence it carries.

    An archive build holds one per person mention of every report while it resolves, so it is
    slotted, and what many share is shared (:func:`_share`): the report's set of names, empty
    containers, and the strings of anchors and titles that recur across reports.
    """

    index: int
    report_id: str
    mention: PersonMention
    name_key: str
    date: PartialDate | None
    outlet: str | None  # the report's outlet, for a credit (:func:`credit_outlet`); kg.resolve puts the
    # newspaper its byline names there (:func:`credit_newspaper`)
    posts: list[PostMention]
    anchors: dict[str, str] = field(default_factory=dict)  # anchor -> readable description
    titles: set[str] = field(default_factory=set)  # its posts' title descriptors ("role:thủ tướng"); later a tuple
    cues: dict[str, str] = field(default_factory=dict)  # title descriptors read around bare mentions
    provinces: set[str] = field(default_factory=set)  # provinces of its provincial posts
    # provinces the extractor gave a body written without one ("UBND tỉnh") in a report naming
    # several provinces: the report's choice, not the text's, so no evidence against a namesake
    guessed: dict[str, set[str]] = field(default_factory=dict)  # province -> kinds of those bodies
    national: bool = False  # holds a national (or body-less) post
    report_provinces: set[str] = field(default_factory=set)
    named: frozenset[str] = frozenset()  # name keys of the report's people (one set per report)
    bodies: frozenset[str] = frozenset()  # IRIs of the placed bodies the report names (one set per report)
    citizen: bool = False
    leader: str = ""  # its first leadership post (loaders/data/leadership_posts.tsv), as written
    deputy: str = ""  # its first deputy's post of a central body of the tier (:func:`deputy_post`), as written
    base_key: str = ""  # the report-local identity key (name|province / national / outlet / report)

    @property
    def colleagues(self) -> frozenset[str]:
        """Name keys of the report's other officials."""
        return self.named - {self.name_key}

    @property
    def official(self) -> bool:
        return bool(self.posts)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date is not None else None


_EMPTY: frozenset = frozenset()
_NO_ENTRIES: MappingProxyType = MappingProxyType({})


def _share(occ: Occurrence) -> None:
    """Once an occurrence's evidence is read: its empty containers become shared empty ones (an
    empty set is 216 bytes, and most mentions have no post), its anchors and titles interned
    strings (a body's anchor is the same for everyone holding a post there). Nothing changes them
    after :func:`occurrences`."""
    if not occ.posts:
        occ.posts = ()  # type: ignore[assignment]
    occ.anchors = {intern(k): intern(v) for k, v in occ.anchors.items()} if occ.anchors else _NO_ENTRIES  # type: ignore[assignment]
    # a sorted tuple: 40 bytes and 8 a title, against 216 for a set of a few (it is only iterated)
    occ.titles = tuple(sorted({intern(t) for t in occ.titles})) if occ.titles else ()  # type: ignore[assignment]
    if not occ.provinces:
        occ.provinces = _EMPTY  # type: ignore[assignment]
    if not occ.guessed:
        occ.guessed = _NO_ENTRIES  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Link:
    """Why two occurrences were joined."""

    a: int
    b: int
    kind: str
    reason: str
    confidence: float


@dataclass
class Decisions:
    """The analyst's overrides: pairs of occurrence sets that must (or must not) be one person."""

    same: list[tuple[set[int], set[int], str]] = field(default_factory=list)
    different: list[tuple[set[int], set[int], str]] = field(default_factory=list)


def colleague_weight(idf: float, names: int) -> float:
    """What a colleague co-mentioned in a report naming ``names`` officials weighs: his ``idf``
    (log(reports / reports naming him), the surprise of finding him in a report), less the log of how
    many times more names the report holds than :data:`COLLEAGUE_LIST_NAMES`. The chance that a
    report names a given official grows with the number of officials it names, so a co-mention in a
    list of 180 surprises log(180 / 30) = 1.8 less than one in the report of a meeting: two namesakes,
    one a member of a 2006 Central Committee, the other named in 2017 beside two of its members, no
    longer join on those two names alone."""
    if names <= COLLEAGUE_LIST_NAMES:
        return idf
    return max(0.0, idf - math.log(names / COLLEAGUE_LIST_NAMES))


def _colleague_lists(members: Iterable[Occurrence]) -> dict[str, int]:
    """The colleagues of a cluster, each with the fewest names of a report where the cluster is named
    beside it (the report that says most about the pair: :func:`colleague_weight`)."""
    fewest: dict[str, int] = {}
    for x in members:
        n = len(x.named)
        for c in x.colleagues:
            if fewest.get(c, n + 1) > n:
                fewest[c] = n
    return fewest


# ----------------------------------------------------------------------------------------------
# Name rarity


@cache
def _syllable_counts() -> tuple[dict[str, Counter[str]], dict[str, int]]:
    counts: dict[str, Counter[str]] = {"family": Counter(), "middle": Counter(), "given": Counter()}
    for row in table("name_syllables.tsv"):
        counts[row["position"]][row["syllable"]] += int(row["count"])
    totals = {pos: sum(c.values()) for pos, c in counts.items()}
    return counts, totals


@lru_cache(maxsize=1 << 16)  # asked for each cluster pair of a name, over and over; a pure function of the name
def name_rarity(name: str) -> float:
    """log10 of the estimated share of people bearing ``name``: the product of the shares of its
    family name, middle names and given name among officials' names (loaders/data/name_syllables.tsv,
    add-one smoothed). "Nguyễn Văn Hùng" is about -3.1, a three-syllable name of uncommon syllables
    -7 or below.

    >>> name_rarity("Nguyễn Văn Hùng") > name_rarity("Tạ Quang Bửu")
    True
    """
    counts, totals = _syllable_counts()
    syls = text_key(name).split()
    if not syls:
        return 0.0
    parts = [("family", syls[0])] + [("middle", s) for s in syls[1:-1]]
    if len(syls) > 1:
        parts.append(("given", syls[-1]))
    total = 0.0
    for pos, syl in parts:
        c = counts[pos]
        total += math.log10((c.get(syl, 0) + 1) / (totals[pos] + len(c) + 1))
    return total


@cache
def family_names() -> frozenset[str]:
    """The family names of officials (loaders/data/name_syllables.tsv), as matching keys."""
    return frozenset(text_key(s) for s in _syllable_counts()[0]["family"])


def is_rare(name: str) -> bool:
    return name_rarity(name) < RARE_NAME_LOG10


# ----------------------------------------------------------------------------------------------
# Evidence of each occurrence


@cache
def _citizen_words() -> frozenset[str]:
    """Words before a name that mark a private person (loaders/data/citizen_cues.tsv)."""
    return frozenset(text_key(row["cue"]) for row in table("citizen_cues.tsv") if row["cue"])


@cache
def _honorific_words() -> tuple[str, ...]:
    out = {text_key(row["honorific"]) for row in table("honorifics.txt") if row["honorific"]}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@cache
def _honorifics_by_last_word() -> dict[str, tuple[str, ...]]:
    """:func:`_honorific_words` by their last word, in the same order: only those can end a window
    (a word that ends it is the window's last space-separated token), so :func:`_before` tries a
    few instead of every honorific at each of the corpus's name mentions, at every build."""
    out: dict[str, list[str]] = defaultdict(list)
    for h in _honorific_words():
        out[h.rsplit(" ", 1)[-1]].append(h)
    return {w: tuple(hs) for w, hs in out.items()}


@cache
def _role_phrases() -> frozenset[str]:
    """The role words of loaders/data/roles.tsv, with "phó" before each: where a title may begin."""
    out = set()
    for row in table("roles.tsv"):
        if phrase := text_key(row["phrase"]):
            out.add(phrase)
            out.add("phó " + phrase)
    return frozenset(out)


def _strip_province(name: str, province: str | None) -> str:
    if province and name.endswith(" " + province):
        return name[: -len(province) - 1]
    return name


def title_descriptors(post: PostMention, report_key: str = "") -> dict[str, str]:
    """What a post lets a bare title match: the role alone, the role with its body's kind, and the
    title as the report wrote it ("chủ nhiệm vpcp")."""
    role = text_key(post.role)
    out = {f"role:{role}": post.role}
    written = " ".join(report_key[post.span.start: post.span.end].replace(",", " ").split())
    if written and len(written.split()) >= 2:
        out[f"written:{written}"] = written
    if post.org is not None:
        body = _strip_province(post.org.name, post.org.province)
        out[f"title:{role}|{text_key(body)}"] = f"{post.role} {body}"
    return out


def _before(report_key: str, start: int) -> tuple[str, list[str]]:
    """The words before a mention, honorifics dropped ("... tổng bí thư" for "Tổng Bí thư ông X"),
    and the honorifics dropped, nearest first ("đại biểu", "đb" are titles too). Words before a comma
    or colon are another clause's ("Bộ trưởng Tài chính, đại biểu X"): none are returned then."""
    window = report_key[max(0, start - 120): start].rstrip()
    dropped: list[str] = []
    by_last = _honorifics_by_last_word()
    changed = True
    while changed:
        changed = False
        for h in by_last.get(window.rsplit(" ", 1)[-1], ()):
            if window.endswith(" " + h) or window == h:
                window = window[: -len(h)].rstrip()
                dropped.append(h)
                changed = True
                break
    if window.endswith((",", ":", ";", "(")):
        return "", dropped
    return window, dropped


@cache
def _province_forms() -> dict[str, str]:
    """Every written form of a province (loaders/data/places.tsv), as a text key, to its name."""
    out: dict[str, str] = {}
    for row in table("places.tsv"):
        canonical = row.cells[0]
        for form in [canonical, *(row.cells[1].split("|") if len(row.cells) > 1 else [])]:
            if form.strip():
                out[text_key(form)] = canonical
    return out


@cache
def _expansions() -> dict[str, str]:
    """loaders/data/abbreviations.tsv as text keys ("qh" -> "quốc hội"), for comparing titles."""
    out = {}
    for row in table("abbreviations.tsv"):
        if row.cells and row.cells[0] and len(row.cells) > 1:
            out[text_key(row.cells[0])] = text_key(row.cells[1])
    return out


@lru_cache(maxsize=1 << 16)  # asked for the same few hundred titles at every mention that carries one
def title_form(phrase: str) -> str:
    """A title phrase in one form for comparing: abbreviations expanded, "và", "của", dashes dropped
    ("chủ nhiệm uỷ ban kinh tế và ngân sách của qh" = "chủ nhiệm uỷ ban kinh tế ngân sách quốc hội")."""
    words = []
    for w in phrase.split():
        words.extend(_expansions().get(w, w).split())
    return " ".join(w for w in words if w not in _GLUE)


DEPUTY_ROLES = "Phó *"
"""A role of loaders/data/leadership_posts.tsv standing for every deputy of the body ("Phó Trưởng ban",
"Phó trưởng ban Thường trực", "Phó Chủ nhiệm", or "Phó" alone as a list writes it): any role whose
words begin with "Phó"."""


@cache
def _leadership() -> tuple[frozenset[tuple[str, str, str]], dict[str, str]]:
    """loaders/data/leadership_posts.tsv as (role key or "*", body kind or "-", level), and the
    canonical name of each kind of body (organizations.tsv) as a text key."""
    canonical = {row["id"]: text_key(row["canonical"]) for row in table("organizations.tsv")}
    rules = set()
    for row in table("leadership_posts.tsv"):
        body, level = row["body"], row["level"]
        if body != "-" and body not in canonical:
            raise TableError(f"{row.where()}: body {body!r} is not an id of loaders/data/organizations.tsv")
        if level not in ("central", "province", "deputy"):
            raise TableError(f"{row.where()}: level {level!r} is not central, province or deputy")
        role = row["role"]
        rules.add((role if role in ("*", DEPUTY_ROLES) else text_key(role), body, level))
    return frozenset(rules), canonical


def leadership_post(post: PostMention) -> bool:
    """Whether a post is of the leadership tier (loaders/data/leadership_posts.tsv): a central post
    listed there, or the head of a province's own Party committee, People's Committee or Council.

    A province's body is written "Tỉnh ủy Thái Bình" or "Ủy ban nhân dân thành phố Hà Nội"; the
    People's Committee of a district or of a city inside a province ("thành phố Hạ Long") is not."""
    rules, canonical = _leadership()
    org = post.org
    role = text_key(post.role)
    kind = org.kind if org is not None else ""
    for r_role, body, level in ((role, kind, "central"), (role, "-", "central"), ("*", kind, "central"),
                                (role, kind, "province")):
        if (r_role, body, level) not in rules:
            continue
        if level == "central" and (org is None or org.scope == "national"):
            return True
        if level == "province" and org is not None and org.scope == "province" and org.province:
            rest = text_key(_strip_province(org.name, org.province))
            head = canonical.get(kind, "")
            if rest in (head, f"{head} tỉnh", f"{head} thành phố"):
                return True
    return False


def deputy_post(post: PostMention) -> bool:
    """Whether a post is a deputy's of a central body of the leadership tier (the rows of level
    ``deputy`` in loaders/data/leadership_posts.tsv: "Thứ trưởng Bộ ...", "Phó Trưởng ban Tổ chức
    Trung ương", "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội"; :data:`DEPUTY_ROLES` for any deputy of a
    body): the pool the tier is filled from, counted in a career under a rarer name
    (:data:`DEPUTY_CAREER_NAME_LOG10`)."""
    rules, _ = _leadership()
    org = post.org
    if org is not None and org.scope != "national":
        return False
    role = text_key(post.role)
    kind = org.kind if org is not None else "-"
    deputy = DEPUTY_ROLES if role == "phó" or role.startswith("phó ") else ""
    return any(r in rules for r in ((role, kind, "deputy"), (deputy, kind, "deputy"), (role, "-", "deputy")))


def occurrences(extractions: list[Extraction],
                org_iri: Callable[[OrgMention], str | None] | Mapping[int, str]) -> list[Occurrence]:
    """One :class:`Occurrence` per person mention of every report, with its anchors. ``org_iri``
    gives an organization mention's IRI: a function of the mention (``Resolution.get``, which
    reads a compact input's answer off its record), or a mapping by ``id(mention)``."""
    if not callable(org_iri):
        by_id = org_iri
        org_iri = lambda o: by_id.get(id(o))  # noqa: E731
    occs: list[Occurrence] = []
    for ex in extractions:
        report = ex.report
        outlet = report.outlet if hasattr(report, "outlet") else credit_outlet(report)  # a compact input carries it
        by_person: dict[int, list[PostMention]] = defaultdict(list)
        for post in ex.posts:
            by_person[id(post.person)].append(post)
        report_provinces = {o.province for o in ex.organizations if o.scope == "province" and o.province}
        if report.province:
            report_provinces.add(report.province)
        named = frozenset(intern(text_key(p.name)) for p in ex.persons if not p.credit)
        bodies = frozenset(intern(str(iri)) for o in ex.organizations
                           if (o.scope == "national" or (o.scope == "province" and o.province))
                           and (iri := org_iri(o)))
        cc_list = len(named) > COLLEAGUE_LIST_NAMES and any(o.kind in CC_LIST_BODIES for o in ex.organizations)
        for person in ex.persons:
            posts = by_person[id(person)]
            occ = Occurrence(len(occs), report.id, person, intern(text_key(person.name)), report.published,
                             outlet, posts, report_provinces=report_provinces, named=named,
                             bodies=bodies)
            for post in posts:
                org = post.org
                # the role as data knows it ("ĐB" and "Đại biểu" are one role, dai_bieu), so a post's
                # anchor does not depend on how the report abbreviated the title
                role = post.role_id or text_key(post.role)
                occ.titles.update(title_descriptors(post, report.key))
                if not occ.leader and leadership_post(post):
                    occ.leader = f"{post.role} {org.name if org is not None else ''}".strip()
                elif not occ.deputy and deputy_post(post):
                    occ.deputy = f"{post.role} {org.name if org is not None else ''}".strip()
                if org is not None and (org.scope == "national" or (org.scope == "province" and org.province)):
                    iri = org_iri(org)
                    if iri:
                        occ.anchors[f"post:{role}|{iri}"] = f"post {post.role} {org.name}"
                        occ.anchors[f"body:{iri}"] = f"body {org.name}"
                    parent = org.parent
                    if org.scope == "province" and parent is not None and parent.scope == "province" \
                            and (piri := org_iri(parent)):
                        occ.anchors[f"body:{piri}"] = f"body {parent.name} (or one of its bodies)"
                if org is not None and org.scope == "province" and org.province:
                    if len(report_provinces) > 1 and not _names_province(org.written, org.province):
                        occ.guessed.setdefault(org.province, set()).add(org.kind)
                        continue
                    occ.provinces.add(org.province)
                    occ.anchors[f"province:{org.province}"] = f"posts in {org.province}"
                elif org is None or org.scope == "national":
                    occ.national = True
                    occ.anchors[f"post:{role}|national"] = f"national post {post.role}"
            if cc_list and not occ.leader and _cc_list_member(report.key, person.span.start):
                occ.leader = "Ủy viên Ban Chấp hành Trung ương (a numbered item of its list)"
            occ.citizen = not posts and any(
                (_citizen_cue(report.key, s.start) and not _bracketed_office(report.key, s.end))
                or (report.key[s.start: s.end] == occ.name_key and _residence_after(report.key, s.end))
                for s in {person.span, *person.spans})
            _share(occ)
            occs.append(occ)
    return occs


def _cc_list_member(report_key: str, start: int) -> bool:
    """Whether the name starting at ``start`` is a numbered item of a list ("29. Trịnh Đình Dũng, Bí
    thư Tỉnh ủy ...", "3. Mai Văn Chính, Tỉnh ủy viên, Bí thư Huyện ủy ..."), read in a report that
    lists a congress's Central Committee (:data:`CC_LIST_BODIES`): the item is a member of it, the
    post of the leadership tier the list's heading gives every item. The people the report's
    introduction names ("Sáng nay, ông X khai mạc ...") are no items and gain nothing. Before, such a
    member under an uncommon name, named later as "Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức
    Trung ương", joined him only through the colleagues of the list, which a list of 180 names no
    longer says enough for (:func:`colleague_weight`)."""
    return bool(_NUMBERED_ITEM.search(report_key[max(0, start - 6): start]))


def _citizen_cue(report_key: str, start: int) -> bool:
    """Whether a word marking a private person (citizen_cues.tsv: "anh", "chị", "sinh viên") is
    written right before the name ("anh Nguyễn Văn A", "sinh viên: Nguyễn Văn A"). A comma between
    them is not allowed: in a list of names the cue would be the last syllable of the name before
    ("các ông Nguyễn Văn Anh, Trần Văn B" is no "anh Trần Văn B")."""
    before = " " + report_key[max(0, start - 40): start].rstrip(" :")
    return before.endswith(_citizen_suffixes())


@cache
def _residence_words() -> tuple[str, ...]:
    """loaders/data/residence_cues.tsv as text keys, longest first ("thường trú" before "trú")."""
    words = {text_key(row["cue"]) for row in table("residence_cues.tsv") if row["cue"]}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _residence_after(report_key: str, end: int) -> bool:
    """Whether a home address follows the name, in brackets or after a comma: "bà X (SN 1975,
    thường trú tổ 51 ...)", "ông X, ngụ huyện ..." (loaders/data/residence_cues.tsv). Each item of
    the bracket (or the comma clause) is read; a residence word must begin one."""
    after = report_key[end: end + 80].lstrip()
    if after.startswith("("):
        items = after[1:].split(")", 1)[0].split(",")
    elif after.startswith(","):
        items = after[1:].split(",", 1)[:1]
    else:
        return False
    return any(f"{item.strip()} ".startswith(f"{w} ") for item in items for w in _residence_words())


@cache
def _citizen_suffixes() -> tuple[str, ...]:
    return tuple(" " + w for w in sorted(_citizen_words()))


def _names_province(written: str, province: str) -> bool:
    """Whether a body's written form names ``province`` ("UBND tỉnh Thanh Hoá" yes, "UBND tỉnh" no)."""
    padded = f" {text_key(written)} "
    return any(f" {form} " in padded for form in _forms_of().get(province, ()))


@cache
def _forms_of() -> dict[str, tuple[str, ...]]:
    """Each province's written forms as text keys (the inverse of :func:`_province_forms`)."""
    out: dict[str, list[str]] = defaultdict(list)
    for form, canonical in _province_forms().items():
        out[canonical].append(form)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _body_openings() -> frozenset[str]:
    """The first two words of every kind of body of two words or more (organizations.tsv), as text
    keys: "đoàn đại" (Đoàn đại biểu ...), "ủy ban", "ban chấp"."""
    out = set()
    for row in table("organizations.tsv"):
        words = text_key(row["canonical"]).split()
        if len(words) >= 2:
            out.add(" ".join(words[:2]))
    return frozenset(out)


def _bracketed_office(report_key: str, end: int) -> bool:
    """Whether brackets right after a name give an office: a role or a body ("anh X (đoàn đại biểu
    Đảng bộ Khối ...)", "chị Y (Phó Bí thư Tỉnh đoàn)"): whoever "anh" or "chị" calls so is no private
    person (Youth Union leaders and congress delegates are called so)."""
    after = report_key[end: end + 60].lstrip()
    if not after.startswith("("):
        return False
    words = after[1:].replace(",", " ").replace(")", " ").split()
    return " ".join(words[:2]) in _body_openings() or any(
        " ".join(words[:k]) in _role_phrases() for k in (1, 2, 3, 4))


def _initials_only(name_key: str) -> bool:
    """Whether a name is letters alone ("q.p", "h.y", "t. l"): a signature many writers share."""
    parts = name_key.replace(".", " ").split()
    return all(len(part) == 1 for part in parts)


def _credit_outlet_of(occ: Occurrence) -> str | None:
    """The outlet a credit is one person of (:func:`credit_outlet`); a dataset gathers several
    newsrooms, so initials alone ("Ảnh: Q.P") join only within a named publisher."""
    if occ.outlet and occ.outlet.startswith(DATASET_OUTLET) and _initials_only(occ.name_key):
        return None
    return occ.outlet


@cache
def _credit_agencies() -> dict[str, str]:
    """The news agencies a byline may name after the writer (loaders/data/credit_agencies.tsv): matching
    key -> the name as the table writes it."""
    return {text_key(row["agency"]): row["agency"] for row in table("credit_agencies.tsv") if row["agency"]}


# what follows a writer's name when it names the agency: "(ttxvn)", "/ ttxvn", "- vov" (a matching key)
_AGENCY_AFTER = re.compile(r"[ \t]*(?:\([ \t]*([^()\n]{2,24}?)[ \t]*\)|[/\u2013\u2014-][ \t]*([^\s()]{2,24}))")
_AGENCY_READ = 40  # characters read after a credit for its agency
# the same at the end of a byline line, after up to two co-writers: "kim tân - phương thảo (theo dân trí)",
# "thế kha - tuấn hợp/dân trí"; the word may be a newspaper's of two words
_WRITER = r"[^\W\d_][\w.]*(?:[ \t]+[^\W\d_][\w.]*){0,3}"
_LINE_TAIL = re.compile(rf"(?:[ \t]*[,\u2013\u2014-][ \t]*{_WRITER}){{0,2}}?[ \t]*(?:\([ \t]*([^()\n]{{2,24}}?)[ \t]*\)"
                        r"|[/\u2013\u2014-][ \t]*([^\s()/][^()/\n]{0,22}?))[ \t.]*(?:\n|$)")
_LINE_READ = 80  # characters read after a credit for the end of its line
# an agency on a line of its own under the writer's ("Hiền Hạnh" over "TTXVN")
_AGENCY_BELOW = re.compile(r"[ \t]*\n[ \t]*([^\s()/]{2,24})[ \t]*(?:\n|$)")
# an agency written before a photographer's name with a slash ("ảnh: vgp/nhật bắc", "vgp / quang hiếu")
_AGENCY_BEFORE = re.compile(r"(?:^|[\s(:])([^\s()/:]{2,24})[ \t]*/[ \t]*$")
_BEFORE_READ = 30
_FROM = "theo "  # "(Theo Dân Trí)": the report was taken from that newspaper


def _spans(occ: Occurrence) -> list:
    return sorted({occ.mention.span, *occ.mention.spans}, key=lambda x: x.start)


def _named_after(occ: Occurrence, report_key: str) -> list[str]:
    """The words a byline writes after the writer's name for where the writer works, as matching keys,
    nearest first: right after the name ("(ttxvn)", "/ vov"), or ending the byline's line after its
    co-writers ("- tuấn hợp/dân trí", "(theo dân trí)"); "theo" dropped."""
    out = []
    for s in _spans(occ):
        after = report_key[s.end: s.end + _LINE_READ]
        for m in (_AGENCY_AFTER.match(after[:_AGENCY_READ]), _LINE_TAIL.match(after)):
            if m and (word := (m.group(1) or m.group(2)).strip().rstrip(".,;:")):
                out.append(word.removeprefix(_FROM))
    return out


def credit_agency(occ: Occurrence, report_key: str) -> str | None:
    """The news agency a credit names (``credit_agencies.tsv``), as the table writes it, or None: right
    after the writer's name ("Hoàng Hoa (TTXVN)", "Theo Hoàng Hoa / TTXVN"), at the end of the byline's
    line after co-writers ("Kim Tân - Hoàng Hoa (TTXVN)"), alone on the line below the name ("Hoàng Hoa"
    over "TTXVN"), or before the name with a slash ("Ảnh: VGP/Hoàng Hoa"). Read on the report's matching
    text at any of the mention's spans; a word that is no agency of the table ("(tổng hợp)", "(Theo Dân
    Trí)", a second writer after a dash) is none."""
    agencies = _credit_agencies()
    words = _named_after(occ, report_key)
    for s in _spans(occ):
        if m := _AGENCY_BELOW.match(report_key[s.end: s.end + _AGENCY_READ]):
            words.append(m.group(1))
        if m := _AGENCY_BEFORE.search(report_key[max(0, s.start - _BEFORE_READ): s.start]):
            words.append(m.group(1))
    return next((agencies[w] for w in words if w in agencies), None)


def credit_newspaper(occ: Occurrence, report_key: str, publishers: Mapping[str, str]) -> str | None:
    """The newspaper a byline names after the writer ("Theo Đặng Dương (Dân Trí)", "Thế Kha - Tuấn
    Hợp/Dân Trí"), as its reports' publisher is written, when the build holds reports it published
    (``publishers``: matching key -> publisher): an aggregator's copy of that newspaper's report, whose
    writer is that newspaper's reporter, one person with the credits of its own reports; else None."""
    return next((publishers[w] for w in _named_after(occ, report_key) if w in publishers), None)


def credit_publishers(occs: Iterable[Occurrence]) -> dict[str, str]:
    """The publishers of the build's reports that credits name, by matching key ("dân trí" -> "Dân trí");
    a source dataset is no newspaper a byline names."""
    return {text_key(o.outlet): o.outlet for o in occs
            if o.mention.credit and o.outlet and not o.outlet.startswith(DATASET_OUTLET)}


def base_key(occ: Occurrence) -> str:
    """The identity key a mention would have on its own (the rule before corpus-wide resolution):
    name plus the province of its posts, "national", the outlet of a credit, or its report."""
    name = occ.mention.name
    if occ.provinces or occ.guessed:
        return f"{name}|{sorted(occ.provinces or occ.guessed)[0]}"
    if occ.national:
        return f"{name}|national"
    if occ.mention.credit and (outlet := _credit_outlet_of(occ)):
        return f"{name}|publisher {outlet}"
    return f"{name}|report {occ.report_id}"


# ----------------------------------------------------------------------------------------------
# Clustering


class _Clusters:
    """Union-find over the occurrences of one name, with what each cluster knows about itself."""

    def __init__(self, occs: list[Occurrence], decisions: Decisions):
        self.parent = {o.index: o.index for o in occs}
        self.members: dict[int, list[Occurrence]] = {o.index: [o] for o in occs}
        self.links: list[Link] = []
        self.forbidden: list[tuple[set[int], set[int]]] = [(a, b) for a, b, _ in decisions.different]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def roots(self) -> list[int]:
        return sorted({self.find(i) for i in self.parent})

    def provinces(self, r: int) -> set[str]:
        return set().union(*(o.provinces for o in self.members[r]))

    def national(self, r: int) -> bool:
        return any(o.national for o in self.members[r])

    def years(self, r: int) -> list[int]:
        return [y for o in self.members[r] if (y := o.year) is not None]

    def official(self, r: int) -> bool:
        return any(o.official for o in self.members[r])

    def seats(self, r: int) -> set[str]:
        """The provinces its mentions speak for as deputies ("ĐB X (Kon Tum)")."""
        return {d for o in self.members[r] for d in o.cues if d.startswith("delegation:")}

    def titles(self, r: int) -> set[str]:
        return set().union(*(o.titles for o in self.members[r]))

    def conflict(self, a: int, b: int, soft: bool) -> bool:
        """Whether joining the clusters of ``a`` and ``b`` would merge namesakes."""
        ra, rb = self.find(a), self.find(b)
        ma = {o.index for o in self.members[ra]}
        mb = {o.index for o in self.members[rb]}
        for x, y in self.forbidden:
            if (x & ma and y & mb) or (x & mb and y & ma):
                return True
        ya, yb = self.years(ra), self.years(rb)
        if ya and yb and (max(ya) - min(yb) > MAX_CAREER_YEARS or max(yb) - min(ya) > MAX_CAREER_YEARS):
            return True
        sa, sb = self.seats(ra), self.seats(rb)
        if sa and sb and not (sa & sb):
            return True  # deputies of two provinces, even when they share the assembly's post
        if not soft:
            return False
        if self.credit(ra) != self.credit(rb):
            return True  # a byline or photo credit is one person per outlet, never the official of its name
        pa, pb = self.provinces(ra), self.provinces(rb)
        if pa and pb and not (pa & pb) and not (self.national(ra) or self.national(rb)):
            return True  # different bodies in different provinces, no career link
        if self.official(ra) != self.official(rb):
            citizen = any(o.citizen for o in self.members[ra if not self.official(ra) else rb])
            if citizen:
                return True
        return False

    def credit(self, r: int) -> bool:
        return any(o.mention.credit for o in self.members[r])

    def union(self, a: int, b: int, kind: str, reason: str, soft: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.conflict(a, b, soft):
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.links.append(Link(a, b, kind, reason, CONFIDENCE[kind]))
        return True


def _cues(occ: Occurrence, report_keys: dict[str, str], vocabulary: dict[str, str],
          title_words: frozenset[str], initials: dict[str, str] | None = None) -> dict[str, str]:
    """Title descriptors written right before a full-name mention: a title the corpus's posts carry,
    or words of titles beginning with a role word ("trưởng ban dân nguyện"); an honorific that is a
    title ("đại biểu X", "ĐB X": ``initials`` maps "đb" to "đại biểu"); and the province a deputy
    speaks for, in brackets after the name ("ĐB X (Kon Tum)": ``delegation:Kon Tum``)."""
    out: dict[str, str] = {}
    key = report_keys[occ.report_id]
    name_key = occ.name_key
    for span in sorted({occ.mention.span, *occ.mention.spans}):
        if key[span.start: span.end] != name_key:
            continue  # a short reference ("ông Trân") says too little about the words before it
        before, dropped = _before(key, span.start)
        for h in dropped[:1]:
            phrase = h if h in vocabulary else (initials or {}).get(h, "")
            if hits := vocabulary.get(phrase):
                for d in hits.split("\x1f"):
                    out.setdefault(d, phrase)
        after = key[span.end: span.end + 80].lstrip()
        if after.startswith("(") and ")" in after:
            inner = after[1: after.index(")")].strip()
            # "ĐB X (Kon Tum)", or the delegation written out: "đại biểu X (Đoàn đại biểu Quốc hội tỉnh
            # Quảng Bình)" (not a Party congress's "(đoàn đại biểu Tuyên Quang)": no Assembly named)
            place = _province_forms().get(inner) or _seat_in_title(title_form(inner))
            if place:
                out[f"delegation:{place}"] = f"({place})"
        # longest title of the vocabulary that ends the words before the name
        words = before.replace(",", " , ").split()
        found_vocab = found_role = False
        for n in range(min(MAX_TITLE_WORDS, len(words)), 0, -1):
            if "," in words[-n:] or "." in "".join(words[-n:]):
                continue
            phrase = " ".join(words[-n:])
            hits = vocabulary.get(phrase)
            if hits and not found_vocab:
                for d in hits.split("\x1f"):
                    out[d] = phrase
                found_vocab = True
            if not found_role and n >= 2 and all(w in title_words for w in words[-n:]) \
                    and any(" ".join(words[-n:][:k]) in _role_phrases() for k in (1, 2, 3, 4)):
                out[f"cue:{title_form(phrase)}"] = phrase  # the same title words before two mentions
                found_role = True
        if found_role or found_vocab:  # "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban X": each
            for phrase in _title_list(reversed(before.split(",")[:-1]), title_words):
                _add_title(out, phrase, vocabulary)
        # ... or set off after it: "ông X – Phó Chủ tịch, Tổng Thư ký Ủy ban ...", "ông X (nguyên Bộ trưởng ...)",
        # or linked to it by a verb or a status: "ông X thôi giữ chức vụ Chủ tịch ...", "ông X nguyên Bí thư ..."
        after = key[span.end: span.end + 160].lstrip()
        if after[:1] in (",", "-", "(", ":") or after[:1] == "–":
            rest = after[1:]
        else:
            rest = _after_link(after)
        if rest is None:
            continue
        words = rest.replace(",", " , ").replace(")", " ) ").replace(".", " . ").split()
        while words and words[0] in _FORMER:
            words = words[1:]
        n = 0
        while n < len(words) and n < 10 and words[n] in title_words:
            n += 1
        while n >= 2:
            phrase = " ".join(words[:n])
            if any(" ".join(words[:k]) in _role_phrases() for k in (1, 2, 3, 4)):
                out.setdefault(f"cue:{title_form(phrase)}", phrase)
                if hits := vocabulary.get(phrase):
                    for d in hits.split("\x1f"):
                        out.setdefault(d, phrase)
                # the titles listed after it ("X, Phó Bí thư Đảng đoàn, Phó Chủ tịch, Tổng Thư ký Hội ...")
                clause = re.split(r"[.;:()\n]", rest, maxsplit=1)[0]
                for more in _title_list(clause.split(",")[1:], title_words):
                    _add_title(out, more, vocabulary)
                break
            n -= 1
    for desc in [d for d in out if d.startswith("cue:")]:  # "đại biểu Quốc hội tỉnh Nghệ An X": a seat too
        if place := _seat_in_title(desc[4:]):
            out.setdefault(f"delegation:{place}", f"({place})")
    return out


def _seat_in_title(form: str) -> str | None:
    """The province a title read beside a name gives a deputy of the National Assembly: "đại biểu
    Quốc hội tỉnh Nghệ An", "Trưởng đoàn ĐBQH tỉnh Bắc Ninh" (``form`` is :func:`title_form`'s, the
    abbreviations expanded). A deputy's seat keeps two deputies of one name apart as the bracketed
    seat does ("ĐB X (Kon Tum)")."""
    head = "đại biểu quốc hội"
    if head not in form:
        return None
    tail = f" {form.split(head, 1)[1]} "
    hits = [(tail.index(f" {f} "), -len(f), p) for f, p in _province_forms().items() if f" {f} " in tail]
    return min(hits)[2] if hits else None


class _Asked:
    """A table as :func:`_cues` reads it (``in`` and ``get``), noting every key it is asked."""

    __slots__ = ("table", "asked")

    def __init__(self, table: Mapping[str, str] | frozenset[str], asked: list[str]) -> None:
        self.table, self.asked = table, asked

    def __contains__(self, key: str) -> bool:
        self.asked.append(key)
        return key in self.table

    def get(self, key: str, default: str | None = None) -> str | None:
        self.asked.append(key)
        return self.table.get(key, default)

    def __bool__(self) -> bool:  # "initials or {}": the table is asked even when empty
        return True


CueKey = tuple[str, str, tuple[tuple[int, int], ...]]  # report digest, name key, the mention's spans
Reading = tuple[dict[str, str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # cues, keys asked of each table


class CueMemo:
    """The title cues one build read around each person mention (:func:`_cues`), for the next build.

    A mention's cues are a function of its report's text, its name and spans, and of what three
    corpus-wide tables answer (the title vocabulary, the title words, the titles by initials); new
    reports change those tables in a few entries only. So each reading is kept with the keys it
    asked of each table, and the next build reuses it when none of those keys answers otherwise now
    (the same answers take :func:`_cues` down the same path to the same cues), else reads again.
    ``digests`` maps a report id to its content digest (a changed report's mentions are read again);
    a report without one is always read. Kept under the store's code version (:mod:`kg.store`); at
    most :attr:`LIMIT` readings are kept (about 2.4 KB each in memory: 80 MB at the limit, the
    corpus's 700 reports need 4,200), so an archive's memory stays bounded: past the limit its
    mentions are read at every build, as they were before this memo.
    """

    LIMIT = 1 << 15

    def __init__(self, stored: dict | None, digests: Mapping[str, str]) -> None:
        stored = stored or {}
        self.before: tuple[dict, frozenset, dict] | None = stored.get("tables")
        self.entries: dict[CueKey, Reading] = stored.get("entries", {})
        self.digests = digests
        self.kept: dict[CueKey, Reading] = {}
        self.tables: tuple[dict, frozenset, dict] | None = None
        self.reused = self.read = 0

    def reader(self, vocab: dict[str, str], title_words: frozenset[str], initials: dict[str, str]
               ) -> Callable[..., dict[str, str]]:
        """:func:`_cues` for this build's tables, through the memo."""
        self.tables = (vocab, title_words, initials)
        changed: tuple[set[str], ...] | None = None
        if self.before is not None:
            old_vocab, old_words, old_initials = self.before
            changed = ({k for k in old_vocab.keys() | vocab.keys() if old_vocab.get(k) != vocab.get(k)},
                       set(old_words ^ title_words),
                       {k for k in old_initials.keys() | initials.keys() if old_initials.get(k) != initials.get(k)})

        def read(occ: Occurrence, report_keys: dict[str, str], vocab: dict[str, str], title_words: frozenset[str],
                 initials: dict[str, str] | None = None) -> dict[str, str]:
            digest = self.digests.get(occ.report_id)
            if digest is None or initials is None:
                return _cues(occ, report_keys, vocab, title_words, initials)
            spans = {(s.start, s.end) for s in (occ.mention.span, *occ.mention.spans)}
            key = (digest, occ.name_key, tuple(sorted(spans)))
            hit = self.kept.get(key)
            if hit is None and changed is not None:
                hit = self.entries.get(key)
                if hit is not None and not all(c.isdisjoint(a) for c, a in zip(changed, hit[1:], strict=True)):
                    hit = None
                if hit is not None:
                    self.reused += 1
                    self._keep(key, hit)
            if hit is not None:
                return hit[0]
            asked: tuple[list[str], list[str], list[str]] = ([], [], [])
            out = _cues(occ, report_keys, _Asked(vocab, asked[0]), _Asked(title_words, asked[1]),
                        _Asked(initials, asked[2]))
            self.read += 1
            self._keep(key, (out, *(tuple(intern(k) for k in dict.fromkeys(a)) for a in asked)))
            return out

        return read

    def _keep(self, key: CueKey, reading: Reading) -> None:
        if len(self.kept) < self.LIMIT:
            self.kept[key] = reading

    def table(self) -> dict:
        """What to keep for the next build: this build's tables and the readings it used."""
        return {"tables": self.tables, "entries": self.kept} if self.tables is not None else {}


@cache
def _link_phrases() -> tuple[tuple[str, ...], ...]:
    """What may stand between a name and the title it is given after it: the words that link them
    (loaders/data/link_verbs.tsv: "giữ chức vụ", "làm") and the words that say what happens to the
    post (kg.reference.status_cues: "thôi giữ chức", "nguyên", "được bầu", "được lựa chọn"), and
    a status whose last words begin a link ("thôi giữ chức" + "giữ chức vụ" = "thôi giữ chức vụ"); longest first."""
    links = {tuple(text_key(row.cells[0]).split()) for row in table("link_verbs.tsv") if row.cells and row.cells[0]}
    status = {tuple(text_key(c.cue).split()) for c in status_cue_rows()}
    out = {p for p in links | status if p}
    for s in status:
        for link in links:
            for k in range(1, min(len(s), len(link))):
                if s[-k:] == link[:k]:
                    out.add(s + link[k:])
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


@cache
def _link_phrases_by_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_link_phrases` by their first word, longest first as there: the phrase that opens a
    run of words starts with its first word, so :func:`_after_link` tries only those."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for p in _link_phrases():
        out[p[0]].append(p)
    return {w: tuple(ps) for w, ps in out.items()}


def _after_link(after: str) -> str | None:
    """The words after a name once the linking verbs and statuses that open them are dropped
    ("thôi giữ chức vụ Chủ tịch ..." -> "Chủ tịch ..."), or None when none opens them."""
    words = after.split()
    by_first = _link_phrases_by_word()
    dropped = 0
    for _ in range(3):
        if dropped >= len(words):
            break
        match = next((p for p in by_first.get(words[dropped], ()) if tuple(words[dropped: dropped + len(p)]) == p),
                     None)
        if match is None:
            break
        dropped += len(match)
    return " ".join(words[dropped:]) if dropped else None


@cache
def _lower_place_words() -> tuple[str, ...]:
    """The words that name a place below a province ("huyện", "quận", "xã": loaders/data/place_words.tsv)."""
    return tuple(sorted({f" {text_key(row.cells[0])} " for row in table("place_words.tsv")
                         if len(row.cells) > 1 and row.cells[1] in ("district", "commune", "village")}))


@cache
def _place_word_compounds() -> tuple[str, ...]:
    """Phrases that hold a place word without naming a place ("xã hội", "nông thôn", "Đảng ủy Khối":
    loaders/data/place_word_compounds.tsv), longest first."""
    out = {f" {text_key(row['phrase'])} " for row in table("place_word_compounds.tsv") if row["phrase"]}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1 << 14)  # asked for the same few thousand bodies by every step that weighs a career
def _below_province(body: str) -> bool:
    """Whether a body's name says it is a district's or a commune's ("Ủy ban nhân dân quận"). A place
    word inside a phrase of place_word_compounds.tsv names no place: "Bộ Lao động - Thương binh và Xã
    hội" and "Đảng ủy Khối các cơ quan Trung ương" are no commune's or ward's bodies, where "Ủy ban
    nhân dân xã Quảng Thái" and "Phòng Lao động - Thương binh và Xã hội huyện Đông Sơn" are
    (tests/test_resolution_bodies23.py)."""
    padded = f" {text_key(body)} "
    for phrase in _place_word_compounds():
        if phrase in padded:
            padded = padded.replace(phrase, " ")
    return any(w in padded for w in _lower_place_words())


def _title_list(items: Iterable[str], title_words: frozenset[str]) -> list[str]:
    """The items of a list of titles, in order, up to the first item that is not one: an item is a
    title when every word is a title word and it begins with a role ("Phó Chủ tịch", "Tổng Thư ký
    Hội Luật gia Việt Nam"); "nguyên" before it is dropped. A name, a verb or a place ends the list,
    so the titles of the person named before ("Bộ trưởng Tài chính Y, ...") are never read as X's."""
    out: list[str] = []
    for item in items:
        words = item.split()
        while words and words[0] in _FORMER:
            words = words[1:]
        if len(words) < 2 or len(out) >= MAX_LISTED_TITLES or not all(w in title_words for w in words) \
                or not any(" ".join(words[:k]) in _role_phrases() for k in (1, 2, 3, 4)):
            break
        out.append(" ".join(words))
    return out


def _add_title(out: dict[str, str], phrase: str, vocabulary: dict[str, str]) -> None:
    """Record a title read beside a name: its words (for step 3b) and the posts written so."""
    out.setdefault(f"cue:{title_form(phrase)}", phrase)
    if hits := vocabulary.get(phrase):
        for d in hits.split("\x1f"):
            out.setdefault(d, phrase)


def _fitting(uf: _Clusters, occ: Occurrence, phrase: str, holders: Mapping[str, list[Occurrence]]) -> set[int]:
    """Every anchored cluster whose posts fit the title ``phrase`` read beside ``occ``, by any of the
    descriptors the phrase stands for. "Phó Chủ tịch X" may match one namesake's post written "Phó chủ
    tịch" in a list ("... có sáu Phó chủ tịch gồm ...") and, by the role alone, the other namesake's
    "Phó Chủ tịch UBND thành phố Đà Nẵng": a title that two same-named persons both hold tells them
    apart no better than no title, so it must join neither."""
    return {uf.find(x.index) for d, p in occ.cues.items() if p == phrase
            for x in holders.get(d, ()) if x.anchors}


def _kinds_in(occ: Occurrence, provinces: set[str]) -> set[str]:
    """The kinds of body ("ubnd", "tinh_uy") of an occurrence's posts in ``provinces``."""
    return {p.org.kind for p in occ.posts if p.org is not None and p.org.province in provinces
            and p.org.province in occ.provinces}


_PLACE_AS_BODY = "dia_phuong"  # "Bí thư tỉnh Đồng Tháp": the province written for its body


def _fits_guess(x: Occurrence, o: Occurrence, kinds: set[str]) -> bool:
    """x holds a post in one of o's report's provinces in a body of a kind o's guessed bodies have
    ("UBND tỉnh", "Tỉnh uỷ"), or the same role as o's guessed post written with the province itself
    for the body ("Bí thư tỉnh Đồng Tháp" against "Bí thư Tỉnh uỷ")."""
    return bool(x.provinces & o.report_provinces) and bool(
        kinds & _kinds_in(x, o.report_provinces) or _guessed_roles(o) & _roles_of_place(x, set(o.guessed)))


def _guessed_roles(occ: Occurrence) -> set[tuple[str, bool, str]]:
    """The roles (deputy and qualifier included) of an occurrence's posts in a body whose province
    the extractor guessed ("Bí thư Tỉnh uỷ" in a report naming several provinces)."""
    return {_post_role(p) for p in occ.posts if p.org is not None and p.org.province in occ.guessed}


def _roles_of_place(occ: Occurrence, provinces: set[str]) -> set[tuple[str, bool, str]]:
    """The roles of an occurrence's posts written with the province itself for the body ("Bí thư
    tỉnh Đồng Tháp", kind ``dia_phuong``) in one of ``provinces``: the same role there is the same
    post as "Bí thư Tỉnh uỷ" of that province, whatever kind the other report's body has."""
    return {_post_role(p) for p in occ.posts if p.org is not None and p.org.kind == _PLACE_AS_BODY
            and p.org.province in provinces and p.org.province in occ.provinces}


def _names_by_report(occs: list[Occurrence]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for o in occs:
        if not o.mention.credit:
            out[o.report_id].add(o.name_key)
    return out


def cluster(occs: list[Occurrence], report_keys: dict[str, str], decisions: Decisions | None = None,
            cues: CueMemo | None = None) -> tuple[dict[int, int], list[Link]]:
    """Group occurrences into persons: occurrence index -> representative index, and the links.

    ``cues``: the title cues an earlier build read around the same mentions, reused where the
    tables they looked up answer as they did then (:class:`CueMemo`)."""
    decisions = decisions or Decisions()
    # The title vocabulary: every way a post of the corpus is written, role alone or role + body.
    vocabulary: dict[str, set[str]] = defaultdict(set)
    for o in occs:
        for d in o.titles:
            kind, _, rest = d.partition(":")
            vocabulary[rest.replace("|", " ")].add(d)
    vocab = {k: "\x1f".join(sorted(v)) for k, v in vocabulary.items()}
    title_words = frozenset(w for phrase in list(vocabulary) + list(_role_phrases()) for w in phrase.split()) | _GLUE
    # A title written by its initials ("ĐB" for "đại biểu"), when only one title of the corpus has them.
    by_initials: dict[str, set[str]] = defaultdict(set)
    for phrase in vocabulary:
        if 2 <= len(phrase.split()) <= 3:
            by_initials["".join(w[0] for w in phrase.split())].add(phrase)
    initials = {k: next(iter(v)) for k, v in by_initials.items() if len(v) == 1}
    read_cues = _cues if cues is None else cues.reader(vocab, title_words, initials)

    # How telling a co-mentioned name is: log(reports / reports naming it); "Hồ Chí Minh" tells little.
    df: Counter[str] = Counter()
    for _r, names in _names_by_report(occs).items():
        df.update(names)
    n_reports = max(1, len(report_keys))
    idf = {name: math.log(n_reports / n) for name, n in df.items()}
    # How telling a body named in a report is, the same way: "Quốc hội" little, "Văn phòng Quốc hội" more.
    body_df: Counter[str] = Counter()
    seen_reports: set[str] = set()
    for o in occs:
        if o.report_id not in seen_reports:
            seen_reports.add(o.report_id)
            body_df.update(o.bodies)
    body_idf = {b: math.log(len(seen_reports) / n) for b, n in body_df.items()}  # among reports naming people
    session_reports = _session_reports(occs)
    by_name: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occs:
        by_name[_group_key(o.name_key)].append(o)
    rep: dict[int, int] = {}
    links: list[Link] = []
    for name_key in sorted(by_name):
        group = by_name[name_key]
        uf = _Clusters(group, decisions)
        _cluster_name(uf, group, report_keys, vocab, title_words, decisions, idf, initials, body_idf, read_cues,
                      session_reports)
        for o in group:
            rep[o.index] = uf.find(o.index)
            o.cues = _NO_ENTRIES  # read only while its name is clustered (made again on the next call)
        links.extend(uf.links)
    _join_misspellings(occs, rep, links)
    _join_misspelt_letters(occs, rep, links)
    _join_tone_slips(occs, rep, links, decisions)
    _join_epithets(occs, rep, links)
    return rep, links


_CLOSED_TONE_PAIRS = TONE_PAIRS
_CLOSED_TONE_RE = re.compile("(" + "|".join(sorted(_CLOSED_TONE_PAIRS)) + r")(?=[^\W\d_])")
_TONED_O_U = frozenset(pair[0] for pair in _CLOSED_TONE_PAIRS)


_SPACED_DOT = re.compile(r"\.\s+")


def _group_key(name_key: str) -> str:
    """The key a name's mentions are clustered under: its tone placed on the vowel
    (:func:`tone_placed`), a hyphen set in spaces glued ("miguel diaz - canel" and "miguel
    diaz-canel": one foreign name as two outlets space it, not two names), and the space after an
    initial's dot dropped ("T. Dũng" and "T.Dũng": one writer's signature as two reports of one
    newspaper space it; a name's key has no sentence end, so every dot in it is an initial's).

    >>> _group_key("miguel diaz - canel") == _group_key("miguel diaz-canel")
    True
    >>> _group_key("t. dũng") == _group_key("t.dũng") == "t.dũng"
    True
    """
    if " - " in name_key:
        name_key = name_key.replace(" - ", "-")
    if ". " in name_key:
        name_key = _SPACED_DOT.sub(".", name_key)
    return tone_placed(name_key)


def tone_placed(name_key: str) -> str:
    """A name key with the tone of a closed "oa", "oe", "uy" syllable on its second vowel, where
    every spelling puts it ("Hoàng", "Ngoạn", "Doãn", "Huỳnh"): "Hòang", "Ngọan" and "Dõan" are
    those names mistyped, not other names. The matching key (kg.textkey) moves the tone of open
    syllables only, where both styles are written ("hòa", "hoà"); a closed one has one spelling, so
    the move is safe there too. Names are grouped by this key before they are clustered, so a
    mistyped name meets the person it names.

    >>> tone_placed("đỗ trọng ngọan"), tone_placed("hòang thiện cát"), tone_placed("lê dõan hồng")
    ('đỗ trọng ngoạn', 'hoàng thiện cát', 'lê doãn hồng')
    >>> tone_placed("nguyễn thị hoà") == "nguyễn thị hoà" and tone_placed("tống thị hòa") == "tống thị hòa"
    True
    """
    if _TONED_O_U.isdisjoint(name_key):
        return name_key
    return _CLOSED_TONE_RE.sub(lambda m: _CLOSED_TONE_PAIRS[m.group(0)], name_key)


@cache
def _epithets() -> Mapping[str, str]:
    """An epithet's name key -> the key of the one person it names (loaders/data/person_epithets.tsv)."""
    return MappingProxyType({text_key(row["epithet"]): text_key(row["name"])
                             for row in table("person_epithets.tsv") if row["epithet"] and row["name"]})


def is_epithet(name_key: str) -> bool:
    """The name key is an epithet of ``person_epithets.tsv`` ("bác hồ"), not a full name."""
    return name_key in _epithets()


def _join_epithets(occs: list[Occurrence], rep: dict[int, int], links: list[Link]) -> None:
    """Every mention under an epithet ("Bác Hồ") joins the person written under the full name it
    stands for; of several such persons (namesakes kept apart), the one of most mentions. A build
    without the full name joins the mentions under the epithets of one person to each other ("Hồ
    Chủ tịch" and "Bác Hồ" in one report: one person, under the epithet written most)."""
    epithets = _epithets()
    by_name: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occs:
        if o.name_key in epithets or o.name_key in epithets.values():
            by_name[o.name_key].append(o)
    if not by_name:
        return
    for full in sorted(set(epithets.values())):
        forms = [e for e in sorted(epithets) if epithets[e] == full and by_name[e]]
        anchor = by_name[full] or [o for e in forms for o in by_name[e]]
        if not forms or (not by_name[full] and len(forms) < 2):
            continue
        size = Counter(rep[o.index] for o in anchor)
        root = min(size, key=lambda r: (-size[r], r))
        target = min((o for o in anchor if rep[o.index] == root), key=lambda o: o.index)
        joined = [o for e in forms for o in by_name[e] if rep[o.index] != root]
        olds = {rep[o.index] for o in joined}
        for i, r in rep.items():
            if r in olds:
                rep[i] = root
        for o in joined:
            links.append(Link(target.index, o.index, "epithet",
                              f'"{o.mention.name}" is what the press calls {target.mention.name} and nobody else',
                              CONFIDENCE["epithet"]))


_MIN_SPELT_SYLLABLES = 3  # "Trần Hòa" and "Trần Hóa" may be two people; a full name of three is not


def _spelling(name_key: str) -> tuple[str, ...]:
    """A name's syllables without tone marks or vowel marks, in any order: what a misspelt mention
    of the same name keeps ("Nguyễn Thành Quang" for "Nguyễn Thanh Quang", "Hoàng Đức Tiến" for
    "Hoàng Tiến Đức")."""
    bare = unicodedata.normalize("NFD", name_key).replace("đ", "d")
    return tuple(sorted("".join(c for c in bare if unicodedata.category(c) != "Mn").split()))


def _join_misspellings(occs: list[Occurrence], rep: dict[int, int], links: list[Link]) -> None:
    """In one report, a full name written once that is another name of the report written at least
    twice with a tone, a vowel mark or the order of two syllables changed is that person misspelt
    (one report writing both "Nguyễn Thanh Quang" twice and "Nguyễn Thành Quang" once names one
    deputy): its mention joins that person, when nothing else joined it. Two names written once
    each are one person when only one of them holds a post (:func:`_once_each`); each with a post
    ("Nguyễn Văn Hiến", "Nguyễn Văn Hiện" in a list of the Central Committee) they stay apart."""
    by_report: dict[str, dict[str, list[Occurrence]]] = defaultdict(lambda: defaultdict(list))
    for o in occs:
        if not o.mention.credit and len(o.name_key.split()) >= _MIN_SPELT_SYLLABLES:
            by_report[o.report_id][o.name_key].append(o)
    if not by_report:
        return
    size = Counter(rep.values())
    for report_id in sorted(by_report):
        names = by_report[report_id]
        if len(names) < 2:
            continue
        by_spelling: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for key in names:
            by_spelling[_spelling(key)].append(key)
        for keys in by_spelling.values():
            if len(keys) < 2:
                continue
            written = {k: sum(len(o.mention.spans) or 1 for o in names[k]) for k in keys}
            main = [k for k in keys if written[k] >= 2]
            if not main and len(keys) == 2 and len(names[keys[0]]) == len(names[keys[1]]) == 1:
                pair = _once_each(names[keys[0]][0], names[keys[1]][0])
                if pair is not None:
                    target, o = pair
                    if size[rep[o.index]] == 1:
                        rep[o.index] = rep[target.index]
                        links.append(Link(target.index, o.index, "spelling",
                                          f'"{o.mention.name}" and "{target.mention.name}" written once each in '
                                          f"{report_id}, only the first with a post: the same name misspelt",
                                          CONFIDENCE["spelling"]))
                continue
            if len(main) != 1:
                continue
            target = names[main[0]][0]
            for k in sorted(keys):
                if written[k] != 1:
                    continue
                o = names[k][0]
                if size[rep[o.index]] != 1:
                    continue  # joined to someone already: the evidence there stands
                rep[o.index] = rep[target.index]
                links.append(Link(target.index, o.index, "spelling",
                                  f'"{o.mention.name}" written once in {report_id}, where "{target.mention.name}" '
                                  f"is written {written[main[0]]} times: the same name misspelt",
                                  CONFIDENCE["spelling"]))


@cache
def _shared_roles() -> frozenset[str]:
    """Roles several people hold at once in one body (loaders/data/shared_roles.tsv)."""
    return frozenset(text_key(row["role"]) for row in table("shared_roles.tsv") if row["role"])


def _one_holder_posts(o: Occurrence) -> set[tuple[str, str]]:
    """(role, body) of the posts of ``o`` that one person holds at a time in its body: not a member's
    role ("Ủy viên", shared_roles.tsv) and not a deputy's ("Phó Chủ tịch": a body has several)."""
    out: set[tuple[str, str]] = set()
    for post in o.posts:
        role = text_key(post.role)
        if not role or role.split()[0] == "phó" or role in _shared_roles():
            continue
        out.add((post.role_id or role, text_key(post.org.name) if post.org is not None else ""))
    return out


def _bare(syllable: str) -> str:
    """A syllable without its tone and vowel marks ("tuấn" -> "tuan", "đoàn" -> "doan")."""
    bare = unicodedata.normalize("NFD", syllable).replace("đ", "d")
    return "".join(c for c in bare if unicodedata.category(c) != "Mn")


def _one_letter(a: str, b: str) -> bool:
    """Two different strings one letter apart: one letter changed, added or dropped ("tuan", "tan")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _letter_apart(a: str, b: str) -> bool:
    """Two name keys of as many syllables (three or more) that differ in one syllable only, by one
    letter once the marks are set aside ("Lê Tuấn Tài", "Lê Tấn Tài"), and whose family name is a
    Vietnamese one (name_syllables.tsv): a foreign name cut by a stray space ("Macr i") is not a
    misspelling of this kind.

    >>> _letter_apart("lê tuấn tài", "lê tấn tài"), _letter_apart("nguyễn văn hà", "nguyễn văn hải")
    (True, True)
    >>> _letter_apart("lê tuấn tài", "lê tuấn tài"), _letter_apart("đào duy linh", "đoàn duy linh")
    (False, False)
    """
    sa, sb = a.split(), b.split()
    if len(sa) != len(sb) or len(sa) < _MIN_SPELT_SYLLABLES:
        return False
    differ = [i for i, (x, y) in enumerate(zip(sa, sb, strict=True)) if x != y]
    if len(differ) != 1 or sa[0] not in _syllable_counts()[0]["family"]:
        return False
    return _one_letter(_bare(sa[differ[0]]), _bare(sb[differ[0]]))


def _join_misspelt_letters(occs: list[Occurrence], rep: dict[int, int], links: list[Link]) -> None:
    """In one report, a name written once whose syllables are those of a name written at least
    twice but for one letter of one syllable ("Lê Tấn Tài" once, "Lê Tuấn Tài" three times) is that
    person misspelt when the two hold the same post that one person holds at a time ("Chủ tịch UBND
    huyện X" both): a letter is a typo only when the post says so, since names one letter apart are
    common among colleagues ("Nguyễn Văn Hà", Chủ tịch HĐND huyện, and "Nguyễn Văn Hải", Phó Chủ
    tịch UBND of the same huyện, in one report). Only a mention nothing else joined moves."""
    by_report: dict[str, dict[str, list[Occurrence]]] = defaultdict(lambda: defaultdict(list))
    for o in occs:
        if o.posts and not o.mention.credit and len(o.name_key.split()) >= _MIN_SPELT_SYLLABLES:
            by_report[o.report_id][o.name_key].append(o)
    size = Counter(rep.values())
    for report_id in sorted(by_report):
        names = by_report[report_id]
        if len(names) < 2:
            continue
        written = {k: sum(len(o.mention.spans) or 1 for o in ms) for k, ms in names.items()}
        buckets: dict[tuple[int, tuple[str, ...]], list[str]] = defaultdict(list)
        for k in sorted(names):
            syls = k.split()
            for i in range(len(syls)):
                buckets[(i, tuple(syls[:i] + syls[i + 1:]))].append(k)
        for keys in buckets.values():
            for once in keys:
                if written[once] != 1 or len(names[once]) != 1:
                    continue
                o = names[once][0]
                mains = [k for k in keys if written[k] >= 2 and _letter_apart(k, once)
                         and _one_holder_posts(o) & set().union(*map(_one_holder_posts, names[k]))]
                if len(mains) != 1 or size[rep[o.index]] != 1:
                    continue
                target = names[mains[0]][0]
                shared = sorted(_one_holder_posts(o) & _one_holder_posts(target))
                rep[o.index] = rep[target.index]
                size[rep[o.index]] += 1
                links.append(Link(target.index, o.index, "spelling",
                                  f'"{o.mention.name}" written once in {report_id}, where "{target.mention.name}" '
                                  f"is written {written[mains[0]]} times, one letter apart and both "
                                  f"{' '.join(x for x in shared[0] if x) if shared else 'in the same post'}: "
                                  "the same name misspelt", CONFIDENCE["spelling"]))


def _held_posts(o: Occurrence) -> dict[str, str]:
    """The post anchors of ``o`` that name it among few: a role in one named body that is not a
    member's or a delegate's (shared_roles.tsv: "Ủy viên", "Đại biểu"), or a central post of the
    leadership tier written with no body ("Tổng Bí thư", "Thủ tướng"), not a bare "Phó Chủ tịch";
    each with how it reads."""
    out: dict[str, str] = {}
    shared = {post.role_id or text_key(post.role) for post in o.posts if text_key(post.role) in _shared_roles()}
    for anchor, readable in o.anchors.items():
        if not anchor.startswith("post:"):
            continue
        role, _, body = anchor[5:].partition("|")
        if role in shared or role in _shared_roles():
            continue
        if body != "national":
            out[anchor] = readable
    for post in o.posts:
        if post.org is None and leadership_post(post):
            out[f"post:{post.role_id or text_key(post.role)}|national"] = f"post {post.role}"
    return out


def _join_tone_slips(occs: list[Occurrence], rep: dict[int, int], links: list[Link],
                     decisions: Decisions | None = None) -> None:
    """Across reports, two clusters whose full names (three syllables or more) are the same letters
    in the same order, one tone or vowel mark apart in one syllable ("Lê Bá Trình", "Lê Ba Trình";
    "Nguyễn Phú Trọng", "Nguyễn Phú Trong"), and that hold the same post (:func:`_held_posts`: the
    same role in the same body, or the same central post) are one person whose name a report
    misspelt; the smaller joins the larger. Names one mark apart that hold different posts stay
    apart ("Nguyễn Văn Hiến", Thứ trưởng; "Nguyễn Văn Hiện", Chánh án), and so do two an analyst
    said are different (``decisions``)."""
    forbidden = decisions.different if decisions is not None else []
    by_letters: dict[str, set[str]] = defaultdict(set)
    members: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occs:
        if o.posts and not o.mention.credit and len(o.name_key.split()) >= _MIN_SPELT_SYLLABLES:
            members[o.name_key].append(o)
            by_letters[_bare(o.name_key)].add(o.name_key)
    for letters in sorted(by_letters):
        keys = sorted(by_letters[letters])
        if len(keys) < 2:
            continue
        roots = sorted({rep[o.index] for k in keys for o in members[k]})
        held: dict[int, dict[str, str]] = {r: {} for r in roots}
        for k in keys:
            for o in members[k]:
                held[rep[o.index]].update(_held_posts(o))
        size = Counter(rep.values())
        for a, b in ((a, b) for i, a in enumerate(roots) for b in roots[i + 1:]):
            ra, rb = rep[a], rep[b]
            if ra == rb:
                continue
            names_a = {k for k in keys for o in members[k] if rep[o.index] == ra}
            names_b = {k for k in keys for o in members[k] if rep[o.index] == rb}
            shared = sorted(held[a].keys() & held[b].keys())
            if not shared or not names_a.isdisjoint(names_b) or not _one_mark_apart(min(names_a), min(names_b)):
                continue
            in_a = {i for i, r in rep.items() if r == ra}
            in_b = {i for i, r in rep.items() if r == rb}
            if any((x & in_a and y & in_b) or (x & in_b and y & in_a) for x, y, _note in forbidden):
                continue
            big, small = (ra, rb) if (size[ra], rb) >= (size[rb], ra) else (rb, ra)
            target = next(o for k in keys for o in members[k] if rep[o.index] == big)
            moved = next(o for k in keys for o in members[k] if rep[o.index] == small)
            for i, r in rep.items():
                if r == small:
                    rep[i] = big
            size[big] += size.pop(small, 0)
            links.append(Link(target.index, moved.index, "spelling",
                              f'"{moved.mention.name}" ({moved.report_id}) and "{target.mention.name}" '
                              f"({target.report_id}) are one mark apart and hold the same post "
                              f"({held[a][shared[0]].removeprefix('post ')}): the same name misspelt",
                              CONFIDENCE["spelling"]))


def _one_mark_apart(a: str, b: str) -> bool:
    """Two name keys whose syllables differ in one place only, by a tone or vowel mark."""
    sa, sb = a.split(), b.split()
    return len(sa) == len(sb) and sum(x != y for x, y in zip(sa, sb, strict=True)) == 1


def _once_each(a: Occurrence, b: Occurrence) -> tuple[Occurrence, Occurrence] | None:
    """Two spellings of one name written once each in a report: one person (the one with a post
    first, the other as its misspelling) when one of them holds a post and the other none ("ông Từ
    Nam Thành, Giám đốc Sở ...", then "ông Từ Thành Nam được ... bỏ phiếu"); two people when each
    holds a post (a list of members: "Lê Văn Hiến, Tư lệnh ...; Lê Văn Hiện, Chánh án ...", and a
    list of deputies may give two of them one title) or neither holds any (nothing tells them one)."""
    if bool(a.titles) == bool(b.titles):
        return None
    return (a, b) if a.titles else (b, a)


def _cluster_name(uf: _Clusters, group: list[Occurrence], report_keys: dict[str, str],
                  vocab: dict[str, str], title_words: frozenset[str], decisions: Decisions,
                  idf: dict[str, float], initials: dict[str, str], body_idf: dict[str, float] | None = None,
                  read_cues: Callable[..., dict[str, str]] | None = None,
                  session_reports: frozenset[str] | None = None) -> None:
    members = {o.index for o in group}
    by_index = {o.index: o for o in group}
    # 0. the analyst's "same" decisions
    for a, b, note in decisions.same:
        both = sorted((a | b) & members)
        if a & members and b & members:
            for extra in both[1:]:
                uf.union(both[0], extra, "decision", f"decision: same person{f' ({note})' if note else ''}", soft=False)
    # 1. credits: one person per (name, outlet); never with anyone else. The outlet is the newspaper a
    # byline names ("Theo X (Dân Trí)" in an aggregator's copy) when the build holds its reports: the
    # resolver sets it before clustering (kg.resolve, :func:`credit_newspaper`)
    credits = [o for o in group if o.mention.credit]
    by_outlet: dict[str, int] = {}
    for o in credits:
        if outlet := _credit_outlet_of(o):
            first = by_outlet.setdefault(outlet, o.index)
            if first != o.index:
                uf.union(first, o.index, "credit", f"credit line of the same outlet ({outlet})", soft=False)
    # 1a. a byline naming its news agency ("X (TTXVN)") is the agency's reporter whichever outlet carried
    # the report: one person per (name, agency) too; not initials alone, which many reporters share
    by_agency: dict[str, int] = {}
    for o in credits:
        if _initials_only(o.name_key) or not (agency := credit_agency(o, report_keys[o.report_id])):
            continue
        first = by_agency.setdefault(agency, o.index)
        if first != o.index:
            uf.union(first, o.index, "credit", f"credit line of the same news agency ({agency}) in "
                     f"{by_index[first].report_id} and {o.report_id}", soft=False)
    people = [o for o in group if not o.mention.credit]
    for o in people:  # title words and deputy seats around each mention: seats keep step 2 apart too
        o.cues = (read_cues or _cues)(o, report_keys, vocab, title_words, initials)
    # 2. shared anchors: the same post, body, or province
    for prefix, kind in (("post:", "post"), ("body:", "body")):
        first_of: dict[str, int] = {}
        for o in people:
            for anchor, desc in sorted(o.anchors.items()):
                if not anchor.startswith(prefix):
                    continue
                if anchor in first_of:
                    other = by_index[first_of[anchor]]
                    uf.union(first_of[anchor], o.index, kind,
                             f"same {desc} in {other.report_id} and {o.report_id}", soft=(kind == "province"))
                else:
                    first_of[anchor] = o.index
    # 3. title words around mentions of clusters with no post of their own
    def anchored(r: int) -> bool:
        return any(x.anchors for x in uf.members[r])

    holders: dict[str, list[Occurrence]] = defaultdict(list)
    for x in people:
        for d in sorted(x.titles):
            holders[d].append(x)
    for o in people:
        if anchored(uf.find(o.index)):
            continue
        for desc, phrase in sorted(o.cues.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            own = uf.find(o.index)
            roots = {uf.find(x.index) for x in holders.get(desc, ()) if x.anchors} - {own}
            if len(roots) == 1 and len(_fitting(uf, o, phrase, holders) - {own}) > 1:
                continue  # the words fit two namesakes by another descriptor: no evidence for either
            if len(roots) == 1:
                target = next(x for x in holders[desc] if x.anchors and uf.find(x.index) in roots)
                why = f'title "{phrase}" beside the name in {o.report_id} matches the post in {target.report_id}'
                if uf.union(target.index, o.index, "title", why):
                    break
    # 3a. a longer or shorter form of a post's title ("Chủ nhiệm Ủy ban Kinh tế và Ngân sách của
    # Quốc hội" before the name, "Chủ nhiệm Ủy ban Kinh tế" as the post)
    phrases = [(d.partition(":")[2].replace("|", " "), x) for x in people if x.anchors
               for d in sorted(x.titles) if not d.startswith("role:")]
    # a role alone ("phó chủ tịch" as a list wrote it) names no body: "Phó Chủ tịch Thường trực HĐND"
    # beside a name does not extend the "Phó chủ tịch" of a People's Committee
    phrases = [(t, x) for t, x in phrases if len(t.split()) >= 3 and t not in _role_phrases()]
    for o in people:
        if anchored(uf.find(o.index)):
            continue
        for desc, phrase in sorted(o.cues.items()):
            if not desc.startswith("cue:") or len(phrase.split()) < 3:
                continue
            own = uf.find(o.index)
            form = title_form(phrase)
            hits = {uf.find(x.index): (t, x) for t, x in phrases
                    if form.startswith(title_form(t)) or title_form(t).startswith(form)}
            hits.pop(own, None)
            if len(hits) == 1:
                t, x = next(iter(hits.values()))
                why = f'title "{phrase}" beside the name in {o.report_id} extends the post "{t}" in {x.report_id}'
                if uf.union(x.index, o.index, "title", why):
                    break
    # 3b. the same title words before the name in two reports ("Trưởng ban Dân nguyện X")
    first_cue: dict[str, Occurrence] = {}
    for o in people:
        for desc, phrase in sorted(o.cues.items()):
            if not desc.startswith("cue:") or len(phrase.split()) < MIN_SHARED_TITLE_WORDS:
                continue
            other = first_cue.setdefault(desc, o)
            if other is not o:
                uf.union(other.index, o.index, "title",
                         f'the same title "{phrase}" beside the name in {other.report_id} and {o.report_id}')
    # 3c. the province a deputy speaks for, in brackets after the name ("ĐB X (Kon Tum)"): the same
    # province after the name in two reports, or the one cluster of the name with posts there
    first_seat: dict[str, Occurrence] = {}
    for o in people:
        for desc in sorted(d for d in o.cues if d.startswith("delegation:")):
            place = desc.partition(":")[2]
            other = first_seat.setdefault(desc, o)
            if other is not o:
                uf.union(other.index, o.index, "delegation",
                         f"the seat ({place}) beside the name in {other.report_id} and {o.report_id}")
            cands = sorted({uf.find(x.index) for x in people if place in x.provinces} - {uf.find(o.index)})
            if len(cands) == 1 and not uf.provinces(uf.find(o.index)):
                x = next(x for x in people if place in x.provinces and uf.find(x.index) == cands[0])
                uf.union(x.index, o.index, "delegation",
                         f"the seat ({place}) beside the name in {o.report_id}; the only official of this name "
                         f"with posts in {place} ({x.report_id})")
    # 3d. the same post in one named body the texts place nowhere ("Chủ tịch HĐQT Tập đoàn FLC"):
    # after the title words, which read the same bodies around bare mentions and say so in their reasons
    _join_named_body(uf, people)
    # 4. colleagues: clusters named beside the same (not ubiquitous) people; a credit is one person
    # per outlet (step 1), whoever its reports name
    roots = sorted({uf.find(o.index) for o in people})
    seen = {r: _colleague_lists(uf.members[r]) for r in roots}
    for i, r1 in enumerate(roots):
        for r2 in roots[i + 1:]:
            a, b = uf.find(r1), uf.find(r2)
            if a == b:
                continue
            both = seen[r1].keys() & seen[r2].keys()
            if len(both) < MIN_SHARED_COLLEAGUES:
                continue
            weight = sum(colleague_weight(idf.get(c, 0.0), max(seen[r1][c], seen[r2][c])) for c in both)
            if weight >= MIN_COLLEAGUE_WEIGHT:
                x, y = uf.members[a][0], uf.members[b][0]
                uf.union(a, b, "colleagues", f"named beside the same {len(both)} people "
                         f"({x.report_id}, {y.report_id}; weight {weight:.1f})")
    # 4a. bare mentions of an uncommon name beside one telling colleague in two reports
    _join_bare_colleagues(uf, people, idf, body_idf or {})
    # 5. the report's province is the province of the one official of this name; a cluster whose
    # posts are roles with no body ("nguyên Chủ tịch X") says no more about where it belongs than a
    # bare one, unless the role alone is a central post ("Tổng Bí thư", "Thủ tướng")
    def bodiless(r: int) -> bool:
        posts = [p for x in uf.members[r] for p in x.posts]
        return bool(posts) and all(p.org is None and not leadership_post(p) for p in posts)

    for o in people:
        own = uf.find(o.index)
        if uf.provinces(own) or (anchored(own) and not bodiless(own)) \
                or len(o.report_provinces) > MAX_REPORT_PROVINCES:
            continue
        cands = sorted({uf.find(x.index) for x in people if x.provinces & o.report_provinces} - {own})
        if len(cands) == 1:
            prov = sorted(uf.provinces(cands[0]) & o.report_provinces)[0]
            uf.union(cands[0], o.index, "report-province",
                     f"{o.report_id} is about {prov}, where the only official of this name holds posts")
    # 5a. a body written without its province ("UBND tỉnh") in a report naming several provinces:
    # the one cluster of this name with a post in a body of that kind in one of those provinces
    for o in people:
        own = uf.find(o.index)
        if not o.guessed or uf.provinces(own):
            continue
        kinds = set().union(*o.guessed.values())
        cands = sorted({uf.find(x.index) for x in people if _fits_guess(x, o, kinds)} - {own})
        if len(cands) == 1:
            x = next(x for x in people if uf.find(x.index) == cands[0] and _fits_guess(x, o, kinds))
            prov = sorted(x.provinces & o.report_provinces)[0]
            written = sorted({p.org.written for p in o.posts if p.org is not None and p.org.kind in kinds})[0]
            uf.union(cands[0], o.index, "report-province",
                     f'"{written}" in {o.report_id} names no province (the report names several); the only '
                     f"official of this name with a post in such a body there holds one in {prov} ({x.report_id})")
    # 5b. a career in the leadership tier: an uncommon name holding leadership posts in two clusters
    if name_rarity(group[0].mention.name) < CAREER_NAME_LOG10:
        leaders = sorted({uf.find(x.index) for x in people if x.leader})
        for i, r1 in enumerate(leaders):
            for r2 in leaders[i + 1:]:
                a, b = uf.find(r1), uf.find(r2)
                if a == b:
                    continue
                x = next(m for m in sorted(uf.members[a], key=lambda m: m.index) if m.leader)
                y = next(m for m in sorted(uf.members[b], key=lambda m: m.index) if m.leader)
                uf.union(a, b, "career", f"leadership posts under an uncommon name (log10 share "
                         f"{name_rarity(group[0].mention.name):.1f}): {x.leader} in {x.report_id}, "
                         f"{y.leader} in {y.report_id}; nothing sets them apart")
    # 5b+. a career through the tier's deputies ("Phó Chủ nhiệm Tổng cục Chính trị" -> "Phó Chủ tịch
    # Quốc hội") under a rarer name
    _join_deputy_career(uf, people)
    # 5b'. a career that continues in one province: an uncommon name holding posts in one province's
    # own bodies in two clusters (a rare name: posts in any of its bodies, a district's too)
    _join_province_career(uf, people)
    # 5b''. an assembly deputy with no seat under an uncommon name and the one leader of the name
    _join_seatless_deputy(uf, people)
    # 5c. a post written by its role alone ("Đại biểu X", no body) and the one cluster holding the
    # same role in a body that step 2's national anchor does not reach ("đại biểu HĐND tỉnh X"): one
    # person, for a rare name or when the bare mentions carry a title or a seat of that cluster
    _join_role_only(uf, people)
    # 5d. a post in a body the text places in no province ("Bí thư Tỉnh ủy" in a report naming none)
    # and the one cluster of this name holding that role in such a body of a named province
    _join_unplaced(uf, people)
    # 5e. a bare mention in a report that names a body (not a ubiquitous one) where the one official
    # of this name holds a post
    _join_report_body(uf, people, body_idf or {})
    # 5f. a bare mention in a report of the assembly's debate and the one deputy of this name
    _join_session_deputy(uf, people, session_reports or frozenset())
    # 6. a rare name: what has no evidence joins the one candidate
    if not is_rare(group[0].mention.name):
        return
    score = name_rarity(group[0].mention.name)
    official_roots = sorted({uf.find(x.index) for x in people if x.official})
    if score < RARE_CAREER_NAME_LOG10 and len(official_roots) > 1:
        # 6a. a very rare name: its officials are one person unless something sets them apart (a
        # career, as step 5b, whatever the posts; :func:`_career_posts` says which clusters count)
        careers = [r for r in official_roots if _career_step(uf.members[r])]
        heads = [r for r in careers if _head_post(uf.members[r])]
        x = next((m for r in heads[:1] for m in sorted(uf.members[r], key=lambda m: m.index) if m.posts), None)
        for r in careers:
            if x is None:
                break
            if uf.find(r) == uf.find(x.index):
                continue
            y = next(m for m in sorted(uf.members[uf.find(r)], key=lambda m: m.index) if m.posts)
            uf.union(x.index, y.index, "career", f"a very rare name (log10 share {score:.1f}) held by "
                     f"officials in {x.report_id} and {y.report_id}; nothing sets them apart")
        official_roots = sorted({uf.find(x.index) for x in people if x.official})
    loose = [o for o in people if not uf.official(uf.find(o.index)) and not o.citizen]
    # an official whose every post is in a body placed nowhere ("Trưởng Ban Chỉ đạo", scope report)
    # anchors nothing: as little evidence as no post, so it joins the one placed official too; not a
    # post of a district or commune ("Chủ tịch UBND quận"): an official below a province is someone else
    # so does a deputy of the assembly with no seat ("đại biểu X" in a session's debate): a seat many
    # hold at once, which the province's leaders hold too, places him nowhere
    def seatless_deputy(r: int) -> bool:
        return not uf.seats(r) and _assembly_deputy_only(uf.members[r])

    placed = sorted({r for r in official_roots if anchored(r) and not seatless_deputy(r)})
    if len(official_roots) > 1 and len(placed) == 1:
        for r in official_roots:
            unplaced = not anchored(uf.find(r)) or seatless_deputy(uf.find(r))
            if r != placed[0] and unplaced and not any(
                    p.org is not None and _below_province(p.org.name) for o in uf.members[uf.find(r)] for p in o.posts):
                x = next(m for m in sorted(uf.members[uf.find(r)], key=lambda m: m.index) if m.posts)
                uf.union(placed[0], x.index, "rare-name", f"rare name (log10 share {score:.1f}), one official "
                         f"of this name in a body the texts place; the posts in {x.report_id} are in bodies "
                         "placed nowhere or an assembly deputy's with no seat")
        official_roots = sorted({uf.find(x.index) for x in people if x.official})
    if len(official_roots) == 1:
        for o in loose:
            uf.union(official_roots[0], o.index, "rare-name", f"rare name (log10 share {score:.1f}), one "
                     f"official of this name; no other evidence in {o.report_id}")
    elif not official_roots and len(loose) > 1:
        for o in loose[1:]:
            uf.union(loose[0].index, o.index, "rare-name", f"rare name (log10 share {score:.1f}), no official "
                     f"of this name; {o.report_id} and {loose[0].report_id}")


def _join_deputy_career(uf: _Clusters, people: list[Occurrence]) -> None:
    """Join two clusters of a name rarer than :data:`DEPUTY_CAREER_NAME_LOG10` when each holds a post
    of the leadership tier or a deputy's post of one of its central bodies (:func:`deputy_post`), and
    at least one a deputy's: a vice minister, a central commission's or an Assembly committee's
    deputy head is drawn from and promoted into the tier, and as few hold such posts at one time.
    The pool is about half again the tier's, so the name must be rarer than the tier's own step asks
    (step 5b, :data:`CAREER_NAME_LOG10`). The conflict checks hold (provinces, years, seats)."""
    if not people or name_rarity(people[0].mention.name) >= DEPUTY_CAREER_NAME_LOG10:
        return
    def step(r: int) -> Occurrence | None:
        return next((m for m in sorted(uf.members[r], key=lambda m: m.index) if m.leader or m.deputy), None)

    roots = sorted({uf.find(x.index) for x in people if x.leader or x.deputy})
    for i, r1 in enumerate(roots):
        for r2 in roots[i + 1:]:
            a, b = uf.find(r1), uf.find(r2)
            if a == b or not any(m.deputy for m in uf.members[a] + uf.members[b]):
                continue
            x, y = step(a), step(b)
            if x is None or y is None:
                continue
            uf.union(a, b, "career", f"posts of the tier or its deputies under a rare name (log10 share "
                     f"{name_rarity(people[0].mention.name):.1f}): {x.leader or x.deputy} in {x.report_id}, "
                     f"{y.leader or y.deputy} in {y.report_id}; nothing sets them apart")


def _join_seatless_deputy(uf: _Clusters, people: list[Occurrence]) -> None:
    """A cluster whose every post is a deputy's of the National Assembly with no seat beside the name
    ("ĐB X" in a session's debate: :func:`_assembly_deputy_only`) joins the one cluster of an
    uncommon name (log10 share below :data:`CAREER_NAME_LOG10`) holding a leadership-tier post
    (step 5b has made the name's leaders one when nothing sets them apart): the provinces' secretaries
    and chairs and the ministers sit in the assembly, and a seat many hold at once places the
    deputy nowhere. Not when the name has two leaders still apart (namesakes), nor a deputy with a
    seat ("ĐB X (Kon Tum)"), nor across more years than one career (the conflict checks). A rare
    name's deputy joins its one placed official in step 6 (a ``rare-name`` join), as before."""
    if not people or not RARE_NAME_LOG10 <= name_rarity(people[0].mention.name) < CAREER_NAME_LOG10:
        return
    roots = sorted({uf.find(o.index) for o in people})
    leaders = [r for r in roots if any(m.leader for m in uf.members[r])]
    if len(leaders) != 1:
        return
    x = next(m for m in sorted(uf.members[leaders[0]], key=lambda m: m.index) if m.leader)
    for r in roots:
        if r == leaders[0] or uf.seats(r) or not _assembly_deputy_only(uf.members[r]):
            continue
        y = min(uf.members[r], key=lambda m: m.index)
        uf.union(x.index, y.index, "career", f"an assembly deputy with no seat in {y.report_id} under an uncommon "
                 f"name (log10 share {name_rarity(people[0].mention.name):.1f}), and the one leader of the "
                 f"name: {x.leader} in {x.report_id}")


def _join_bare_colleagues(uf: _Clusters, people: list[Occurrence], idf: dict[str, float],
                          body_idf: dict[str, float] | None = None) -> None:
    """Join two clusters of bare mentions of an uncommon name (log10 share below
    :data:`CAREER_NAME_LOG10`) that are named beside one telling colleague
    (:data:`BARE_COLLEAGUE_WEIGHT`): "ông X" with no post, in a minister's interview and in a later
    report on the same affair that names the minister again; or whose reports both name one telling
    body (:data:`BARE_BODY_WEIGHT`, ``body_idf`` as step 5e reads it: a project board named only in
    the reports of its director's affair), a ``report-body`` join. A bare cluster has no post, no title
    or seat read beside the name, and no private person's cue: it says nothing that could set it
    apart, and step 4's two names are more than a short report names. An official's cluster never
    joins this way (one shared name is too little against a career elsewhere: two namesakes of a
    list report share its famous names), and the conflict checks still hold."""
    if not people or name_rarity(people[0].mention.name) >= CAREER_NAME_LOG10:
        return
    def bare(r: int) -> bool:
        return not any(m.posts or m.cues or m.citizen for m in uf.members[r])

    roots = sorted(r for r in {uf.find(o.index) for o in people} if bare(r))
    if len(roots) < 2:
        return
    cols = {r: _colleague_lists(uf.members[r]) for r in roots}
    bodies_of = {r: frozenset().union(*(m.bodies for m in uf.members[r])) for r in roots}
    for i, r1 in enumerate(roots):
        for r2 in roots[i + 1:]:
            a, b = uf.find(r1), uf.find(r2)
            if a == b:
                continue
            both = sorted(cols[r1].keys() & cols[r2].keys())
            weights = {c: colleague_weight(idf.get(c, 0.0), max(cols[r1][c], cols[r2][c])) for c in both}
            telling = [c for c in both if weights[c] >= BARE_COLLEAGUE_WEIGHT]
            x, y = uf.members[a][0], uf.members[b][0]
            if telling:
                uf.union(a, b, "colleagues", f"no post beside the name in {x.report_id} and {y.report_id}; "
                         f"both name {telling[0]} (weight {weights[telling[0]]:.1f})")
                continue
            if body_idf:
                bodies = sorted(b_ for b_ in bodies_of[r1] & bodies_of[r2] if body_idf.get(b_, 0.0) >= BARE_BODY_WEIGHT)
                if bodies:
                    uf.union(a, b, "report-body", f"no post beside the name in {x.report_id} and {y.report_id}; "
                             f"both name the body {bodies[0].rsplit('/', 1)[-1]} (weight {body_idf[bodies[0]]:.1f})")


def _assembly_deputy_only(members: Iterable[Occurrence]) -> bool:
    """Whether a cluster's every post is a deputy's of the National Assembly with no seat beside the
    name ("đại biểu X", "ĐB X" in a session's debate): the assembly's post anchors every deputy of the
    country, so for a rare name it places him no better than a bare mention (step 6), and a
    province's secretary is often its deputy too ("đại biểu Trần Văn X" in a 2004 budget debate, the
    one official of the name a provincial Party secretary in 2006). A seat read beside the name
    ("ĐB X (Kon Tum)", :meth:`_Clusters.seats`) keeps the cluster placed; the caller asks."""
    posts = [p for o in members for p in o.posts]
    return bool(posts) and not any(o.provinces or o.guessed for o in members) and all(
        _assembly_deputy_post(p) for p in posts)


def _assembly_deputy_post(post: PostMention) -> bool:
    """Whether a post is a deputy's seat in the National Assembly ("đại biểu X", "ĐB X", "đại biểu
    Quốc hội X"): the role alone, or the role in the assembly."""
    return text_key(post.role) == "đại biểu" and (post.org is None or post.org.kind == "quoc_hoi")


def _career_step(members: Iterable[Occurrence]) -> bool:
    """Whether a cluster's posts may be a step of a career under a very rare name (step 6a): not
    when they are only a district's or a commune's, in bodies the texts place nowhere ("nguyên Chủ
    tịch UBND quận": an official below a province is someone else, as for a rare name's bare
    mention)."""
    members = list(members)
    return any(o.anchors for o in members) or any(
        p.org is None or not _below_province(p.org.name) for o in members for p in o.posts)


def _head_post(members: Iterable[Occurrence]) -> bool:
    """Whether a cluster holds a post that is not a role many hold at once (shared_roles.tsv): two
    clusters of deputies alone ("Đại biểu X" of the assembly, "đại biểu HĐND tỉnh X") are no career."""
    return any(text_key(p.role) not in _shared_roles() for o in members for p in o.posts)


def career_provinces(occ: Occurrence, any_level: bool = False) -> set[str]:
    """The provinces in whose own bodies ``occ`` holds a post: a body placed in a province ("UBND
    thành phố Hà Nội", "Ban Tổ chức Tỉnh ủy Quảng Nam"), and a body the text places nowhere ("Tỉnh
    ủy", "HĐND thành phố") in a report whose bodies name one province only. A district's or a
    commune's body ("UBND huyện Ba Vì", "Quận ủy") counts only with ``any_level``, and so does a
    province the extractor guessed in a report naming several (:attr:`Occurrence.guessed`: "Chủ tịch
    UBND huyện Hoàng Su Phì, Hà Giang" in a list of the Central Committee), the tolerance the
    rare-name step already has."""
    out: set[str] = set(occ.guessed) if any_level else set()
    for p in occ.posts:
        org = p.org
        if org is None or (not any_level and _below_province(org.name)):
            continue
        if org.scope == "province" and org.province in occ.provinces:
            out.add(org.province)
        elif org.scope == "report" and len(occ.report_provinces) == 1:
            out |= occ.report_provinces
    return out


def _join_province_career(uf: _Clusters, people: list[Occurrence]) -> None:
    """Join the clusters of an uncommon name (:data:`PROVINCE_CAREER_NAME_LOG10`) that hold posts in
    the own bodies of one province (:func:`career_provinces`), however many: a deputy chairman of a
    city's People's Committee in one report and the chairman of its Council in another, with no
    body in common, are one career. A rare name (:func:`is_rare`) joins on posts in any body of the
    province, a district's too (a district chairman who later leads the province), and on a province
    the extractor guessed. The conflict checks still hold: posts in another province with no
    national post between, eras, seats."""
    if not people:
        return
    score = name_rarity(people[0].mention.name)
    if score >= PROVINCE_CAREER_NAME_LOG10:
        return
    any_level = score < RARE_NAME_LOG10
    first: dict[str, Occurrence] = {}
    for x in sorted(people, key=lambda m: m.index):
        for q in sorted(career_provinces(x, any_level)):
            other = first.setdefault(q, x)
            if other is not x and uf.find(other.index) != uf.find(x.index):
                uf.union(other.index, x.index, "province-career",
                         f"posts in bodies of {q} under an uncommon name (log10 share {score:.1f}): "
                         f"{_posts_in(other, q)} in {other.report_id}, {_posts_in(x, q)} in {x.report_id}")


def _posts_in(occ: Occurrence, province: str) -> str:
    """The posts of ``occ`` in ``province`` (or placed nowhere), as written: for a join's reason."""
    return "; ".join(f"{p.role} {p.org.name}" for p in occ.posts if p.org is not None
                     and (p.org.province == province or p.org.scope == "report")) or "posts"


def _join_role_only(uf: _Clusters, people: list[Occurrence]) -> None:
    """Join each cluster whose posts all lack a body to the one cluster holding the same role
    (``role_id``) in a body. A national holder is already joined in step 2 (a role alone anchors as
    the national post of that role); what is left is a holder in a provincial body ("Đại biểu X" in
    some reports, "đại biểu HĐND tỉnh X" in another): two officials, which the rare-name step, needing
    one, would never join. The name must be rare, or the bare mentions must carry a title or a
    deputy's seat of that cluster; :meth:`_Clusters.conflict` still keeps namesakes apart."""
    rare = is_rare(people[0].mention.name) if people else False
    for r in uf.roots():
        own = uf.find(r)
        posts = [p for o in uf.members[own] for p in o.posts]
        if not posts or any(p.org is not None for p in posts):
            continue
        roles = {p.role_id for p in posts if p.role_id}
        holders = [x for x in people if uf.find(x.index) != own
                   and any(p.org is not None and p.role_id in roles for p in x.posts)]
        cands = {uf.find(x.index) for x in holders}
        if len(cands) != 1:
            continue
        target = next(iter(cands))
        x = next(h for h in holders if uf.find(h.index) == target)
        o = next(m for m in sorted(uf.members[own], key=lambda m: m.index) if m.posts)
        role = next(p for p in x.posts if p.org is not None and p.role_id in roles)
        assert role.org is not None
        shared = sorted(d for m in uf.members[own] for d in m.cues
                        if d.startswith(("title:", "written:")) and d in uf.titles(target))
        seats = sorted(uf.seats(own) & uf.seats(target))
        if rare:
            why = f"rare name (log10 share {name_rarity(o.mention.name):.1f})"
        elif shared or seats:
            why = f"{(shared + seats)[0]} beside the name in both"
        else:
            continue
        uf.union(target, o.index, "role",
                 f'"{o.posts[0].role}" with no body in {o.report_id}; the only official of this name holding '
                 f"that role in a body: {role.role} {role.org.name} in {x.report_id}; {why}")


_PLACE_LEVEL_WORDS = frozenset({"tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})


@cache
def _body_kinds() -> frozenset[str]:
    """Every kind of body by its bare name (organizations.tsv "canonical", as text keys): "đảng ủy",
    "ủy ban nhân dân", "hội đồng quản trị", "ban chỉ đạo"."""
    return frozenset(" ".join(text_key(row["canonical"]).split()) for row in table("organizations.tsv")
                     if row["canonical"])


def named_body(name: str) -> str | None:
    """The key of a body placed nowhere whose name says which body it is, or None.

    The extractor scopes a body to its report when it cannot place it: a province's body written
    without its province ("UBND tỉnh", "Đảng ủy Khối các cơ quan tỉnh"), a kind alone ("Hội đồng
    quản trị", "Ban Chỉ đạo"), but also bodies whose own name is unique ("Hội đồng quản trị Tập đoàn
    FLC", "Ủy ban Dân tộc", "Đảng ủy Khối Doanh nghiệp Trung ương"). Only the last name one body
    wherever they are written: not a kind's bare name, no place-level word ("tỉnh", "huyện", "xã"
    ...: a unit the text did not name, or one whose name other provinces' units share).

    >>> named_body("Hội đồng quản trị Tập đoàn FLC"), named_body("Ủy ban nhân dân tỉnh")
    ('hội đồng quản trị tập đoàn flc', None)
    >>> named_body("Hội đồng quản trị"), named_body("Đảng ủy xã Quế Long"), named_body("Đảng ủy Khối các cơ quan tỉnh")
    (None, None, None)
    """
    key = " ".join(text_key(name).replace(".", " ").split())
    words = f" {key} "
    if key in _body_kinds() or any(f" {w} " in words for w in _PLACE_LEVEL_WORDS) or _below_province(name):
        return None
    return key


def _join_named_body(uf: _Clusters, people: list[Occurrence]) -> None:
    """Join the mentions that hold the same post (role, deputy, qualifier) in one body placed nowhere
    but named so that it is one body (:func:`named_body`): step 2's anchors take placed bodies only,
    so two reports on one company's chairman ("Chủ tịch HĐQT Tập đoàn FLC") stayed two people.
    A soft join: :meth:`_Clusters.conflict` keeps namesakes apart (posts in different provinces,
    careers too far apart, deputies of two seats)."""
    first: dict[tuple[tuple[str, bool, str], str], Occurrence] = {}
    for o in people:
        for post in o.posts:
            org = post.org
            if org is None or org.scope != "report" or (body := named_body(org.name)) is None:
                continue
            other = first.setdefault((_post_role(post), body), o)
            if other is not o:
                uf.union(other.index, o.index, "post",
                         f"same post {post.role} {org.name} (a body placed nowhere, named alike) "
                         f"in {other.report_id} and {o.report_id}")


def _post_role(post: PostMention) -> tuple[str, bool, str]:
    """A post's role with its deputy and qualifier: "Phó Bí thư" is not "Bí thư" (``role_id`` is
    the same for both)."""
    return post.role_id or text_key(post.role), post.deputy, text_key(post.qualifier or "")


def _join_unplaced(uf: _Clusters, people: list[Occurrence]) -> None:
    """Join each cluster with no anchor whose posts are in bodies the text places in no province
    (scope "report": "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh" in a report that names no province) to
    the one cluster of its name holding the same role (deputy and qualifier too) in the same body of a named
    province ("Bí thư Tỉnh ủy Quảng Bình"): the body's name with the province left out is the same.
    Such a post anchors nothing in step 2 (a body of unknown province is no body of the graph), so
    without this a provincial leader named once without the province is a node of its own. A body
    whose name says more than its kind ("Hội đồng thành viên" of some company) is not placed so; the
    conflict checks (provinces, eras, seats, citizens, decisions) still keep namesakes apart."""
    for r in uf.roots():
        own = uf.find(r)
        if any(o.anchors for o in uf.members[own]):
            continue
        unplaced = {(_post_role(p), text_key(p.org.name)): (o, p)
                    for o in uf.members[own] for p in o.posts
                    if p.org is not None and p.org.scope == "report"}
        if not unplaced:
            continue
        holders: dict[int, tuple[Occurrence, PostMention, PostMention]] = {}
        for x in people:
            rx = uf.find(x.index)
            if rx == own:
                continue
            for p in x.posts:
                org = p.org
                if org is None or org.scope != "province" or not org.province:
                    continue
                body = text_key(_strip_province(org.name, org.province))
                if (hit := unplaced.get((_post_role(p), body))) is not None:
                    holders.setdefault(rx, (x, p, hit[1]))
        if len(holders) != 1:
            continue
        x, held, mine = next(iter(holders.values()))
        o = next(m for m in sorted(uf.members[own], key=lambda m: m.index) if mine in m.posts)
        assert held.org is not None and mine.org is not None
        uf.union(x.index, o.index, "unplaced",
                 f'"{mine.role} {mine.org.name}" in {o.report_id} names no province; the only official of '
                 f"this name holding that post in a named province: {held.role} {held.org.name} in {x.report_id}")


def _join_report_body(uf: _Clusters, people: list[Occurrence], body_idf: dict[str, float]) -> None:
    """Join each cluster of bare mentions (no post in any of its reports, no title read) to the one
    official of its name holding a post in a body that one of those reports names, when the body is
    telling: log(reports / reports naming it) at least :data:`REPORT_BODY_WEIGHT` ("Văn phòng Quốc
    hội", a province's Party committee; not "Quốc hội" or "Bộ Chính trị", named in a report of ten).
    A report about the Office of the National Assembly that names "ông X" with no post is about the
    X who holds a post there, when there is one such X. The conflict checks still hold: a private
    person ("anh X", "cử tri X" is no cue, see docs/resolution.md) never joins an official."""
    for r in uf.roots():
        own = uf.find(r)
        members = uf.members[own]
        if any(m.posts or m.citizen or m.cues for m in members):
            continue
        cands: dict[int, tuple[Occurrence, Occurrence, str]] = {}
        for o in sorted(members, key=lambda m: m.index):
            heavy = {b for b in o.bodies if body_idf.get(b, 0.0) >= REPORT_BODY_WEIGHT}
            if not heavy:
                continue
            for x in people:
                rx = uf.find(x.index)
                if rx == own or not x.posts:
                    continue
                for b in sorted(heavy):
                    if f"body:{b}" in x.anchors:
                        cands.setdefault(rx, (o, x, x.anchors[f"body:{b}"]))
        if len(cands) != 1:
            continue
        o, x, desc = next(iter(cands.values()))
        uf.union(x.index, o.index, "report-body",
                 f"{o.report_id} names {desc.removeprefix('body ')}, where the only official of this name "
                 f"holds a post ({x.report_id}); no post or title beside the name in {o.report_id}")


SESSION_DEPUTIES = 2
"""How many people a report names as deputies of the National Assembly with no other post for it
to be a report of the assembly's debate (:func:`_session_reports`)."""


def _session_reports(occs: Iterable[Occurrence]) -> frozenset[str]:
    """The reports of the assembly's debate: those naming at least :data:`SESSION_DEPUTIES` people
    whose every post is the assembly's deputy ("ĐB X (Kon Tum) cho rằng ...", "đại biểu Y nói ..."),
    where a name written with no title is most often one more deputy taking the floor."""
    count: Counter[str] = Counter()
    for o in occs:
        if any(_assembly_deputy_post(p) for p in o.posts):
            count[o.report_id] += 1
    return frozenset(r for r, n in count.items() if n >= SESSION_DEPUTIES)


def _join_session_deputy(uf: _Clusters, people: list[Occurrence], session_reports: frozenset[str]) -> None:
    """Join a cluster of bare mentions (no post, title, seat or private person's cue in any of its
    reports) named in a report of the assembly's debate (:func:`_session_reports`: "ông X không thỏa
    mãn với câu trả lời của Bộ trưởng", "ông X ghi nhận: ...", where the deputies around him are
    titled) to the one cluster of its name that holds a deputy's seat in the assembly. The conflict
    checks still hold (years, a private person); a name with two deputies' clusters apart joins
    neither. A ``report-body`` join: the body the report is about, the assembly in session, is the
    evidence, as a telling body is in step 5e."""
    deputies = sorted({uf.find(x.index) for x in people if any(_assembly_deputy_post(p) for p in x.posts)})
    if not deputies:
        return
    for r in uf.roots():
        own = uf.find(r)
        members = uf.members[own]
        if any(m.posts or m.citizen or m.cues for m in members):
            continue
        o = next((m for m in sorted(members, key=lambda m: m.index) if m.report_id in session_reports), None)
        cands = sorted({uf.find(d) for d in deputies} - {own})
        if o is None or len(cands) != 1:
            continue
        x = next(m for m in sorted(uf.members[cands[0]], key=lambda m: m.index)
                 if any(_assembly_deputy_post(p) for p in m.posts))
        uf.union(x.index, o.index, "report-body",
                 f"{o.report_id} reports the assembly's debate (deputies named around him), no post or title "
                 f"beside the name; the only deputy of this name sits in the assembly ({x.report_id})")
