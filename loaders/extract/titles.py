"""Titles: "[nguyên] [Phó] ROLE [qualifier] [ORG]" and lists of them around a person's name.

A title is parsed at a token: optional status prefix ("nguyên", "tân"), optional "Phó", the
longest role phrase from ``roles.tsv`` that is followed by what it needs, an optional qualifier
("Thường trực", "dự khuyết"), then the organization (``organizations.parse_org`` in the lenient
"post" context). If the longest role phrase leaves no organization ("Trưởng ban" + "Tuyên giáo
tỉnh uỷ"), a shorter one is tried ("Trưởng" + "ban Tuyên giáo tỉnh uỷ"): that is the shared head
noun rule. A *run* is a list of titles joined by ",", "-", "kiêm" or "và"; a role that needs a body
and has none borrows the next one's across "-"/"kiêm" ("Phó Chủ tịch - Tổng Thư ký Ủy ban ...").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from kg.loaders.extract.directives import find_term
from kg.loaders.extract.lexicon import RoleRow, lexicon, past_honorific_segment, phrase_table, read_rows, role_row
from kg.loaders.extract.names import _officer_of_level as officer_of_level  # one rule, kept by names.py
from kg.loaders.extract.organizations import (
    OrgFinder,
    OrgParse,
    field_list_end,
    joining_comma,
    old_government_at,
    parse_org,
    parse_place,
    short_field_at,
)
from kg.loaders.extract.status import prefix_status
from kg.loaders.extract.tokens import Tokens, joined_hyphen, phrase_index, phrase_tokens
from kg.model import OrgMention, Span
from kg.reference.numerals import is_roman as _roman

_DEPUTY = frozenset(phrase_tokens("phó"))
_ACTING = frozenset(phrase_tokens("quyền"))
_DEPUTY_OR_ACTING = _DEPUTY | _ACTING
_SHARE = frozenset({"-", *phrase_tokens("kiêm")})
_KIEM = phrase_tokens("kiêm")[0]
_RUN_SEP = frozenset({",", "-", ";", *phrase_tokens("kiêm và rồi")})
# "Phó Giám đốc, Giám đốc Sở Tài chính": a role and its deputy (or the reverse) share the body
_LEVELS = phrase_table("role_levels.tsv")
_BACK_POINTING = frozenset(phrase_tokens("này đó ấy"))  # "chủ tịch xã này": the level names no new body
_CARRY_SEP = frozenset({",", "-", *phrase_tokens("kiêm")})  # a prefix carries over these
_SAME_ROLE_SEP = frozenset({",", *phrase_tokens("và rồi")})
# "Phó giám đốc và sau đó là Giám đốc Sở X": a "then" of several words between two titles of one
# career joins them as "rồi" does (the deputy shares the body)
_THEN = phrase_index(f"{a}sau đó{b}" for a in ("", "và ", "rồi ") for b in ("", " là", " làm"))
_THEN_SEP = phrase_tokens("rồi")[0]
_THEN_FIRSTS = frozenset({",", *_THEN.firsts})  # where a "then" may be written (tested before _then_end is called)

_TERM = phrase_tokens("khóa")[0]
_OF = phrase_tokens("của")[0]
_NOT_A_TRAP = frozenset(phrase_tokens("đoàn hội"))
_MEMBER = phrase_tokens("biểu")[0]  # "đại biểu"
_MEMBER_FIRST = phrase_tokens("đại")[0]
_TITLE_END = frozenset({",", ";", ".", ")", ":"})
_QUALIFIERS = phrase_table("role_qualifiers.tsv")  # "Phó Bí thư Thường trực", "phó chủ tịch chuyên trách"
_COUNTRY_FORMS = phrase_table("country_forms.tsv")
_AT = phrase_tokens("tại")[0]
_MAX_NAME = 5  # syllables of a Vietnamese full name


@dataclass
class Title:
    start: int  # first token, status prefix included
    role_start: int  # first token of "Phó"/role
    end: int
    role: str  # label in the gold convention: "Phó Bí thư Thường trực"
    row: RoleRow
    deputy: bool = False
    qualifier: str | None = None
    qual_at: int | None = None  # token where the qualifier starts
    org: OrgMention | None = None
    prefix: str | None = None  # status from a prefix cue
    abroad: bool = False  # a foreign country's post, written with the country and no body
    level: str | None = None  # "chủ tịch xã": the level of government written instead of a body
    committee: tuple[str, str] | None = None  # "Bí thư tỉnh X": (kind of the Tỉnh ủy, "X"), see _place_committee
    place: object | None = None  # "Phó chủ tịch Sơn La": the place written alone for the body, see _place_body
    bare: bool = False  # a post whose body the text leaves unsaid (see _unshared_body)
    foreign_place: str | None = None  # "Tỉnh trưởng tỉnh Luông Pha-bang": the foreign province (_foreign_body)

    @property
    def missing_org(self) -> bool:
        return self.row.needs_org and self.org is None and not self.abroad and self.level is None and not self.bare


def _seat_of_term(t: Title) -> bool:
    """A seat written with its own term ("đại biểu Quốc hội khóa XIV", "Ủy viên Trung ương Đảng khóa
    XII"): the term dates it, so a "nguyên" before an earlier title does not carry onto it ("nguyên
    Bộ trưởng Bộ Công Thương, đại biểu Quốc hội khóa XIV": the deputy's seat is held while the term
    runs; a past term's seat is former by the term, see officials._national_term_ended)."""
    return not t.deputy and t.org is not None and (t.row.english.startswith("Member") or t.row.english == "Deputy") \
        and find_term(t.org.name) is not None


_FULL_TIME = phrase_table("full_time_words.tsv")


def _full_time(toks: Tokens, t: Title) -> bool:
    """A full-time post ("đại biểu Quốc hội chuyên trách", "Phó Chủ tịch chuyên trách Hội Nông dân";
    ``full_time_words.tsv``), the words inside the title or right after it: the job held now, which
    a "nguyên" before an earlier title does not carry onto ("nguyên Giám đốc Sở Tư pháp, đại biểu
    Quốc hội chuyên trách")."""
    stop = min(t.end + 1, len(toks.k))
    return any(toks.k[x] in _FULL_TIME.firsts and _FULL_TIME.longest(toks, x) for x in range(t.role_start, stop))


def role_english(t: Title) -> str | None:
    en = t.row.english
    if not en:
        return None
    if t.deputy:
        en = t.row.deputy_en or f"Deputy {en}"
    if t.qualifier:
        en = ("Standing " if t.qualifier.lower().startswith("th") else "Alternate ") + en
    return en


def _inside_country(toks: Tokens, i: int) -> bool:
    """Token i is a later word of a country's name begun before it ("Trung | Quốc Vương Gia Thụy":
    "Quốc" ends "Trung Quốc", it opens no role "Quốc vương")."""
    if i >= len(toks.k):
        return False
    places = lexicon().other_places
    for back in (1, 2):
        if i - back < 0 or toks.brk[i - back + 1]:
            return False
        hit = places.longest(toks, i - back) if toks.k[i - back] in places.firsts else None
        if hit and hit[0] > back:
            return True
    return False


def _officer_after_level(toks: Tokens, i: int) -> bool:
    """A person's full name, not a place, begins at token i right after a level word ("Chủ tịch xã
    Trần Văn Nam", "Phó chủ tịch huyện Lê Văn Bình"): the names reader's rule
    (``names._officer_of_level``), over the run of capitalised words from i."""
    n = len(toks.k)
    end = i
    while end < n and toks.cap[end] and toks.word[end] and not toks.brk[end] and end - i < _MAX_NAME:
        end += 1
    return officer_of_level(toks, i, end, lexicon())


def _domain_org(finder: OrgFinder, row_id: str, i: int) -> tuple[OrgMention, int] | None:
    """"Bộ trưởng Giao thông Vận tải": the ministry named by its field alone."""
    lex = lexicon()
    row = lex.orgs.get(row_id)
    toks = finder.toks
    if row is None or "domain" not in row.takes or i >= len(toks.k):
        return None
    if not toks.cap[i]:
        return None
    hit = lex.domains.longest(toks, i)
    short = False
    if not hit and row_id == _MINISTRY:
        hit = _ministry_field(toks, i)
        short = hit is not None
    if not hit:
        return None
    m, (field_name, en) = hit  # type: ignore[misc]
    gone = old_government_at(toks, i + m)  # "Bộ trưởng Ngoại giao | Chính phủ Cách mạng Lâm thời ..."
    if gone is not None:
        return finder.mention(OrgParse(row, i, gone.end, extra=field_name, extra_en=en, parent=gone)), gone.end
    country = lex.other_places.longest(toks, i + m) if i + m < len(toks.k) and toks.cap[i + m] \
        and not toks.brk[i + m] else None
    end = i + m + country[0] if country else 0
    if country and (end >= len(toks.k) or not toks.word[end] or toks.cap[end]):
        # "Bộ trưởng Giao thông Singapore": another country's ministry, the country in its name
        # (not a lower-case word after it: the country was the start of something else)
        written = toks.surface(i, i + m) if short else field_name  # (another country's ministry: as written)
        p = OrgParse(row, i, end, extra=f"{written} {toks.surface(i + m, end)}", extra_en=en, foreign=True)
        return finder.mention(p), end
    p = OrgParse(row, i, i + m, extra=field_name, extra_en=en)
    mention = finder.mention(p)
    if short:
        mention.written = mention.name  # the short field is no name of the ministry of its own
    return mention, i + m


_MINISTRY = "bo"  # organizations.tsv: the Bộ a minister's role names by its field


def _ministry_field(toks: Tokens, i: int) -> tuple[int, tuple[str, str]] | None:
    """The field a short field written at token i stands for, after a minister's role ("Bộ trưởng
    Giao thông"): (tokens read, the domains.tsv payload of the full field), or None. The reading is
    organizations.short_field_at's, the one that also reads "Bộ Giao thông" as the ministry."""
    hit = short_field_at(toks, i, lexicon())
    return (hit[0] - i, (hit[1], hit[2])) if hit else None


@dataclass
class _Start:
    """Where a title starts: its status prefix, "Phó", and the first token of the role."""

    start: int
    role_start: int
    role_at: int
    deputy: bool
    prefix: str | None


# role phrases whose head is one whole title with no body (bodyless_heads.tsv); the deputy keeps the row's
_BODYLESS_HEADS = frozenset(phrase_tokens(phrase) for (phrase,) in read_rows("bodyless_heads.tsv", 1))


def _make(toks: Tokens, at: _Start, row: RoleRow, r_end: int, q_len: int, org: OrgMention | None,
          end: int) -> Title:
    """A title whose role phrase ends at ``r_end``, followed by a qualifier of ``q_len`` tokens."""
    label_end = r_end + q_len
    if not at.deputy and not q_len and tuple(toks.k[at.role_at : r_end]) in _BODYLESS_HEADS:
        label, org = toks.surface(at.role_start, r_end), None  # "Tổng Kiểm toán Nhà nước": one title, no body
    elif row.role:
        label = ("Phó " if at.deputy else "") + row.role
    else:
        label = toks.surface(at.role_start, label_end)
    qualifier = toks.surface(r_end, label_end) if q_len else None
    if org is not None and org.kind in _CENTRAL_ORGANS:  # (the test _past_parent_committee asks first)
        end = _past_parent_committee(toks, org, end)
    return Title(at.start, at.role_start, end, label, row, at.deputy, qualifier,
                 r_end if q_len else None, org, at.prefix)


_CENTRAL_ORGANS = frozenset({"bo_chinh_tri", "ban_bi_thu"})  # organs the Party Central Committee elects


def _past_parent_committee(toks: Tokens, org: OrgMention | None, end: int) -> int:
    """Past the Central Committee written right after one of its organs ("Ủy viên Bộ Chính trị Ban
    Chấp hành Trung ương Đảng, Trưởng Ban Kinh tế Trung ương", "ủy viên Bộ Chính trị BCH trung ương
    Đảng, …"): the committee only says whose Politburo it is, and the title goes on to it, so the
    next title of the run follows this one (it was lost: the committee stood between them)."""
    if org is None or org.kind not in _CENTRAL_ORGANS or end >= len(toks.k) or toks.brk[end]:
        return end
    p = parse_org(toks, end, "chain")
    return p.end if p is not None and p.row.id == "bch_tw" and not p.place and not p.extra else end


@cache
def first_words() -> frozenset[str]:
    """The words a title can begin with: a status prefix's first word, "Phó", an acting word or a
    role's first word. Why: the officials pass tries a title at every status cue and role word of
    a report (about a hundred thousand tokens on the corpus), most of which begin none ("có",
    "được", "trong"), and one set lookup says so before the prefix, deputy and role lookups."""
    lex = lexicon()
    return frozenset({*lex.prefix_firsts, *_DEPUTY_OR_ACTING, *lex.roles.firsts})


def _scan_start(toks: Tokens, i: int) -> _Start:
    """Read what may stand before a role at token i: a status prefix ("nguyên"), then "Phó" or an
    acting word; the role itself starts after them."""
    start, prefix = i, None
    k = toks.k
    n = len(k)
    hit = prefix_status(toks, i) if i < n and k[i] in lexicon().prefix_firsts else None
    if hit:
        prefix, m = hit
        i += m
    role_start, deputy = i, False
    if i < n and k[i] in _DEPUTY_OR_ACTING:
        deputy = k[i] in _DEPUTY
        i += 1
    return _Start(start, role_start, i, deputy, prefix)


def role_alone(toks: Tokens, i: int, end: int) -> Title | None:
    """A role that needs a body written alone from token i to ``end`` ("Phó tổng giám đốc", "nguyên
    Kế toán trưởng", "Quyền Bộ trưởng"), with its status prefix, "Phó" or acting word: a title with
    no body, or None when the tokens are anything more or less than that."""
    if i >= end or toks.k[i] not in first_words():
        return None
    at = _scan_start(toks, i)
    for m, row in lexicon().roles.match(toks, at.role_at):
        if at.role_at + m == end and isinstance(row, RoleRow) and row.needs_org and not row.deputy_only:
            return _make(toks, at, row, end, 0, None, end)
    return None


def parse_title(toks: Tokens, i: int, finder: OrgFinder, context: OrgMention | None = None) -> Title | None:
    """The title written from token i, or None. ``context``: the body a role written without one
    belongs to ("công tác ở Tạp chí Cộng sản và giữ chức Tổng biên tập"), tried last."""
    if i >= len(toks.k) or toks.k[i] not in first_words():
        return None  # (most tries: see first_words)
    lex = lexicon()
    at = _scan_start(toks, i)
    i, deputy = at.role_at, at.deputy
    # the roles written at i, read once for the three passes below (no pass changes the index); none
    # in one try of five ("quyền lợi", "cán bộ"): no title, and no country's name asked about
    matches = lex.roles.match(toks, i)
    if not matches:
        return None
    firsts = lex.other_places.firsts  # (the test _inside_country asks of the one or two tokens before i)
    if i > 0 and (toks.k[i - 1] in firsts or (i > 1 and toks.k[i - 2] in firsts)) and _inside_country(toks, i):
        return None  # "... toàn quốc Trung Quốc Vương Gia Thụy": no "Quốc vương" inside a country's name
    for m, row in matches:
        assert isinstance(row, RoleRow)
        if row.deputy_only:
            if deputy:  # "Phó ban Kinh tế Trung ương": "Phó" of the Ban, the Ban's noun shared
                standing = _standing_deputy(toks, at, row, i + m, finder)
                if standing is not None:
                    return standing
                org = finder.at(i, "post") if not toks.brk[i] else None
                if org is not None and not _cut_short(toks, i, finder.last_end):
                    return _make(toks, at, row, i, 0, org, finder.last_end)
            continue
        title = _with_body(toks, at, row, i + m, finder)
        if title is not None and title.org is not None and tuple(toks.k[i : i + m]) in _DIVISION_HEADS:
            title = _division_head(toks, at, i + m, finder, title)
        if title is not None and not (context is not None and title.missing_org):
            # (a role left without its body waits for the context body: "Thành ủy X có 3 Phó Bí
            # thư, gồm: ..." is the Thành ủy's; a run is read with a context only when, read
            # without, none of its roles found a body to borrow)
            return title
        q = _QUALIFIERS.longest(toks, i + m)
        e = i + m + q[0] if q else 0
        if q and (e >= len(toks.k) or toks.k[e] in _TITLE_END
                  or (toks.cap[e] and toks.word[e] and toks.k[e] not in lex.org_index.firsts)):
            # "Phó trưởng ban Thường trực;", "Phó trưởng ban Thường trực Nguyễn Văn A": a whole
            # title without its body, not "Phó" of a "ban Thường trực" (the context's, when given:
            # "4 Phó Bí thư là ông A - ..., Phó Bí thư Thường trực;")
            return _make(toks, at, row, i + m, q[0], context, e) if context is not None else None
    for m, row in matches:
        shared = _head_in_role(toks, at, row, i + m, finder) if row.needs_org and not row.deputy_only else None
        if shared is not None:
            return shared
    if context is not None:
        for m, row in matches:
            assert isinstance(row, RoleRow)
            if row.deputy_only and deputy and _named_by_head(context, row):
                # "Ba Phó ban kiêm nhiệm gồm: ..." after "Các Phó ban Kinh tế Trung ương ...": the
                # deputy of the board the context names, its noun shared with the role (labelled
                # "Phó", as "Phó ban Kinh tế Trung ương" is: the noun belongs to the body)
                return _make(toks, at, row, i, 0, context, i + m)
            if row.deputy_only or not row.needs_org:
                continue
            q = _QUALIFIERS.longest(toks, i + m)
            q_len = q[0] if q else 0
            return _make(toks, at, row, i + m, q_len, context, i + m + q_len)
    return None


def _named_by_head(body: OrgMention, row: RoleRow) -> bool:
    """The body's name starts with the noun a deputy-only role shares with it ("Ban Kinh tế Trung
    ương" for "Phó ban"): only such a body is the one a bare "Phó ban" is deputy of."""
    head = phrase_tokens(row.phrase)
    return tuple(phrase_tokens(body.name)[: len(head)]) == head


def _cut_short(toks: Tokens, a: int, b: int) -> bool:
    """A body read as its bare head noun alone in lower case (tokens [a, b), two at most) while the
    lower-case words after it go on naming it: "Phó văn phòng quản lý đất đai thuộc Sở X" is no
    "Phó" of a "văn phòng"; the body the text names is not read. A word that joins the next title
    ("Phó văn phòng kiêm Trưởng phòng Tổng hợp, Bộ X") ends the title, not the body's name."""
    return b - a <= 2 and b < len(toks.k) and not any(toks.cap[a:b]) \
        and toks.word[b] and not toks.cap[b] and not toks.brk[b] and toks.k[b] not in _RUN_SEP


def _standing_deputy(toks: Tokens, at: _Start, row: RoleRow, r_end: int, finder: OrgFinder) -> Title | None:
    """"Phó ban Thường trực Ban Dân vận Trung ương", "Phó Ban thường trực Ban Tổ chức Thành ủy": the
    deputy's noun, a qualifier, then the body with its head noun written again. The title is the
    standing deputy head of that body (as "Phó Trưởng ban Thường trực Ban X"), not "Phó" of a "ban
    Thường trực Ban X". None unless the body written after the qualifier begins with the role's
    own noun."""
    q = _QUALIFIERS.longest(toks, r_end)
    if q is None:
        return None
    b = r_end + q[0]
    if b >= len(toks.k) or toks.brk[b] or not toks.cap[b] or toks.k[b] != toks.k[r_end - 1]:
        return None
    org = finder.at(b, "post")
    return _make(toks, at, row, r_end, q[0], org, finder.last_end) if org is not None else None


# role phrase -> the shorter role before its division noun ("Trưởng phòng" -> "Trưởng"), division_heads.tsv
_DIVISION_HEADS = {phrase_tokens(role): head for role, head in read_rows("division_heads.tsv", 2)}


def _division_head(toks: Tokens, at: _Start, r_end: int, finder: OrgFinder, title: Title) -> Title:
    """"Trưởng Phòng Thanh tra, Trường Đại học X": a role ending with a division's noun
    (``division_heads.tsv``) whose body read after it ("Thanh tra") is also the rest of the
    division's own name read from the noun ("Phòng Thanh tra"): the head of that division, the noun
    shared, as "Trưởng phòng Tổ chức cán bộ" already is when nothing after the noun is a body. The
    whole phrase's reading (``title``) stays when the division's name stops short of its body."""
    head = role_row(_DIVISION_HEADS[tuple(toks.k[at.role_at : r_end])])
    noun = r_end - 1
    org = finder.at(noun, "post") if head is not None else None
    if org is None or finder.last_end < title.end:
        return title
    return _make(toks, at, head, noun, 0, org, finder.last_end)


def _head_in_role(toks: Tokens, at: _Start, row: RoleRow, r_end: int, finder: OrgFinder) -> Title | None:
    """"Tổng Thanh tra Nhà nước", "Phó Tổng thanh tra Nhà nước": a role whose last words are the
    head noun of its body ("Thanh tra" of the Thanh tra Nhà nước), the body's name running on past
    the role. Tried only when neither the role with a body after it nor a shorter role read one
    (the shared-head rule the other way round: "Trưởng Ban Tổ chức" shares "Ban" by the shorter
    role "Trưởng"). The body must start on a capital inside the role and end after it."""
    firsts = lexicon().org_index.firsts
    for s in range(at.role_at + 1, r_end):
        if toks.k[s] not in firsts or r_end >= len(toks.k) or toks.brk[r_end]:
            continue
        p = parse_org(toks, s, "post")
        if p is None or p.end <= r_end:
            continue
        org = finder.at(s, "post")
        if org is not None and finder.last_end > r_end:
            return _make(toks, at, row, r_end, 0, org, finder.last_end)
    return None


def bare_title(toks: Tokens, i: int, name_starts: set[int]) -> Title | None:
    """A capitalised role written right before a name with no body ("Bộ trưởng Nguyễn Thị Hằng",
    "Phó chủ tịch Trương Quang Được"): the post as the text gives it, role without organization.
    A role with a body elsewhere for the same person is not a second post (see officials._posts)."""
    if i >= len(toks.k) or toks.k[i] not in first_words():
        return None  # (most tries: see first_words)
    lex = lexicon()
    at = _scan_start(toks, i)
    i, deputy = at.role_at, at.deputy
    if i >= len(toks.k):
        return None
    # a role in lower case too ("bí thư Lê Văn A"), but "đại biểu X" is a delegate or a guest
    # unless the report is an assembly's session (officials._session_deputies reads those)
    lower = not toks.cap[at.role_start]
    if lower and toks.k[i] == _MEMBER_FIRST:
        return None
    for m, row in lex.roles.match(toks, i):
        assert isinstance(row, RoleRow)
        if row.deputy_only and not deputy:
            continue
        q = _QUALIFIERS.longest(toks, i + m)
        q_len = q[0] if q else 0
        end = i + m + q_len
        if not row.needs_org or end >= len(toks.k) or toks.gap[end] != " ":
            continue
        # "Chủ tịch Trung Quốc Tập Cận Bình": a country between the role and the name (one is
        # looked for only when the name does not start right there, and a country's is capitalised)
        country = abroad_length(toks, end) if end not in name_starts and toks.cap[end] else 0
        if end in name_starts or (country and end + country in name_starts):
            return _make(toks, at, row, i + m, q_len, None, end)
    return None


def abroad_length(toks: Tokens, i: int) -> int:
    """How many tokens from i name a country, with its state's words (``country_forms.tsv``:
    "Liên bang Nga", "Cộng hòa Pháp") and, after "tại", the country or city where a post abroad is
    held ("Việt Nam tại Nhật Bản", "Hungary tại TPHCM", "Lào tại Việt Nam"); 0 when none.
    Between a role and a name these words leave the post the role's alone: "Đại sứ Việt Nam tại
    Nhật Bản X" is X's post Đại sứ."""
    n = len(toks.k)
    j = _country_end(toks, i)
    if j == i:
        return 0
    if j + 1 < n and toks.k[j] == _AT and toks.cap[j + 1]:
        where = lexicon().other_places.longest(toks, j + 1) or lexicon().places.longest(toks, j + 1)
        if where:
            j += 1 + where[0]
    return j - i


def _country_end(toks: Tokens, i: int) -> int:
    """The token after a country's name written from i, with its state's words if any
    (``country_forms.tsv``: "Cuba", "Cộng hòa Cuba", "Liên bang Nga"); i when none is written there."""
    n = len(toks.k)
    if i >= n or not toks.cap[i]:
        return i
    other = lexicon().other_places
    # the first-word tests spare the lookups that miss at once (most capitalised words name no country)
    form = _COUNTRY_FORMS.longest(toks, i) if toks.k[i] in _COUNTRY_FORMS.firsts else None
    starts = [i] + ([i + form[0]] if form and i + form[0] < n else [])
    return max((a + hit[0] for a in starts if toks.k[a] in other.firsts and (hit := other.longest(toks, a))),
               default=i)


def _longer_implied_body(toks: Tokens, at: _Start, row: RoleRow, r_end: int, q_end: int,
                         finder: OrgFinder) -> OrgMention | None:
    """The body whose name the role phrase's own words begin and the capitalised words after it go
    on: "Bí thư Trung ương Đảng | Nhân dân Cách mạng Lào" is a secretary of the Lao party's Central
    Committee, not of the body the phrase alone implies (roles.tsv implied_org, the home party's).
    None unless a capitalised word follows the phrase and a body of the implied kind read from
    inside the phrase ends past it, and no body's head stands right before the phrase ("Ban Bí thư
    ...": a body's name, no title)."""
    n = len(toks.k)
    if q_end >= n or toks.brk[q_end] or not toks.cap[q_end] or not toks.word[q_end]:
        return None
    if at.start > 0 and not toks.brk[at.start] and toks.k[at.start - 1] in lexicon().org_index.firsts:
        return None  # "thay mặt Ban | Bí thư Trung ương Đảng Cộng sản Việt Nam": the role's words name a body
    for x in range(at.role_start + 1, r_end):
        if not toks.cap[x]:
            continue
        org = finder.at(x, "post")
        if org is not None and org.kind == row.implied_org and finder.last_end > q_end:
            return org
    return None


def _level_unlike_default(toks: Tokens, finder: OrgFinder, r_end: int) -> bool:
    """The role phrase ending before token ``r_end`` ends with a level word ("Chủ tịch tỉnh") that is
    not the kind of the province a body without one takes (the report's, else the one its text
    names most): "Ông A, Phó ban Tổ chức Tỉnh ủy được bầu giữ chức Phó chủ tịch tỉnh" in a round-up
    whose bodies name TP.HCM most is no Phó chủ tịch of the UBND TP.HCM. The body then has no
    province, as "UBND tỉnh" written with none has (its report's own body)."""
    own = finder.report_province or finder.text_province
    if not own or r_end < 1 or toks.k[r_end - 1] not in _LEVEL_KINDS:
        return False
    place = next(iter(lexicon().places.exactly(phrase_tokens(own))), None)
    return place is not None and phrase_tokens(place.kind) != (toks.k[r_end - 1],)  # type: ignore[attr-defined]


_LEVEL_KINDS = frozenset(phrase_tokens("tỉnh"))  # the level word a role phrase of roles.tsv may end with


def _posting_abroad(toks: Tokens, i: int) -> int:
    """How many tokens from i write a posting abroad after a role, no name after it: a country,
    "tại" and where the post is held ("Việt Nam tại Nhật Bản", "Lào tại Việt Nam"), on one line;
    0 when they do not."""
    m = abroad_length(toks, i) if i < len(toks.k) and not toks.brk[i] else 0
    if m == 0 or _AT not in toks.k[i : i + m] or any(toks.brk[i : i + m]):
        return 0
    e = i + m  # a capitalised word after it is the holder's name: "Đại sứ Việt Nam tại Lào X" is
    # read with the name (officials._posting_before)
    return 0 if e < len(toks.k) and toks.cap[e] and toks.word[e] and not toks.brk[e] else m


def _with_body(toks: Tokens, at: _Start, row: RoleRow, r_end: int, finder: OrgFinder) -> Title | None:
    """The title for one role phrase, with the body after it (None when the role needs one and
    none follows: the caller then tries a shorter role phrase, the shared-head-noun rule)."""
    lex = lexicon()
    n = len(toks.k)
    q = _QUALIFIERS.longest(toks, r_end) if r_end < n and toks.k[r_end] in _QUALIFIERS.firsts else None
    q_len = q[0] if q else 0
    q_end = r_end + q_len
    if row.implied_org and not row.needs_org and row.role:  # the traps: "Bí thư Trung ương Đảng"
        if q_end < n and toks.k[q_end] in _NOT_A_TRAP and toks.cap[q_end]:
            return None  # "Bí thư Trung ương Đoàn": the secretary of that body, a shorter role
        longer = _longer_implied_body(toks, at, row, r_end, q_end, finder)
        if longer is not None:
            return _make(toks, at, row, r_end, q_len, longer, finder.last_end)
        end = q_end
        province = None
        place = lex.places.longest(toks, q_end) if q_end < n and toks.cap[q_end] and not toks.brk[q_end] else None
        if place is not None and lex.orgs.get(row.implied_org) is not None \
                and lex.orgs[row.implied_org].level != "central":
            end = q_end + place[0]  # "Chủ tịch tỉnh Quảng Nam": the province the role names
            province = place[1].canonical  # type: ignore[union-attr]
        elif place is None and _level_unlike_default(toks, finder, r_end):
            province = ""  # "Phó chủ tịch tỉnh" in a report on a city: no province (the body stays the report's own)
        term = _implied_term(toks, row, end) if place is None else end
        org = finder.implied(row.implied_org, toks.s[at.role_start], toks.e[term - 1], province,
                             listed=not _body_in_lower_title(toks, at.role_start, r_end, row))
        written_term = toks.surface(end, term) if term > end else ""
        if written_term and org is not None and org.kind == row.implied_org and org.name == org.written \
                and not org.name.endswith(written_term):
            org.name = org.written = f"{org.name} {written_term}"  # "ĐBQH khóa 14": the Quốc hội khóa 14
        return _make(toks, at, row, r_end, q_len, org, term)
    # (the helpers below are called only where their first test passes: a role's last word, the
    # capital or the list word after it; most roles read here are none of theirs)
    village = _village_body(toks, at, row, r_end, finder) if not q_len and toks.k[r_end - 1] in _VILLAGE_LASTS \
        else None
    if village is not None:
        return village
    ctx = "member" if toks.k[r_end - 1] == _MEMBER else "post"
    org = finder.at(q_end, ctx) if q_end < n and not toks.brk[q_end] else None
    if org is not None and not row.needs_org and org.kind != row.implied_org \
            and not _heads_party_body(finder, row, org) and not _implied_body_of_the_past(row, org):
        return _make(toks, at, row, r_end, q_len, None, q_end)  # "Thủ tướng Bộ Ngoại giao": not its body
    if org is not None:
        # the fields set on the new title in place, not dataclasses.replace's copy (a title a role read)
        title = _make(toks, at, row, r_end, q_len, org, finder.last_end)
        if _is_secretary(row):  # (the test _place_committee asks first)
            title.committee = _place_committee(finder, row, org)
        return title
    if q:  # "Thường trực HĐND": the qualifier was the start of the body
        org = finder.at(r_end, "post")
        if org is not None:
            return _make(toks, at, row, r_end, 0, org, finder.last_end)
    if row.implied_org:
        dom = _domain_org(finder, row.implied_org, q_end)
        if dom:
            return _make(toks, at, row, r_end, q_len, dom[0], dom[1])
    if row.needs_org and q_end + 1 < n and toks.k[q_end] == _OF and toks.cap[q_end + 1] and not toks.brk[q_end + 1]:
        org = finder.at(q_end + 1, "post")  # "người phát ngôn của UBND tỉnh": the body after "của"
        if org is not None:
            return _make(toks, at, row, r_end, q_len, org, finder.last_end)
        head = parse_title(toks, q_end + 1, finder)
        if head is not None and head.org is not None and not head.row.needs_org:
            # "người phát ngôn của Thủ tướng Chính phủ": the body the head's title names, and the
            # head's title is no post of the name written after
            return _make(toks, at, row, r_end, q_len, head.org, head.end)
    word_after = row.needs_org and not q_len and q_end < n and not toks.brk[q_end]  # on the role's line
    headed = _head_named_body(toks, row, q_end, finder) if word_after and toks.word[q_end] else None
    if headed is not None:
        return _make(toks, at, row, r_end, q_len, headed[0], headed[1])
    placed = _place_body(toks, at, row, r_end, finder) if word_after and toks.cap[r_end] else None
    if placed is not None:
        return placed
    foreign = _foreign_body(toks, at, row, r_end, finder) if not q_len and toks.k[r_end - 1] in _FOREIGN_LASTS \
        else None
    if foreign is not None:
        return foreign
    posting = _posting_abroad(toks, q_end) if word_after and toks.cap[q_end] else 0
    if posting:
        # "ông X, Đại sứ Việt Nam tại Nhật Bản, cho biết", "làm Đại sứ Việt Nam tại Mexico": a
        # posting abroad names countries, not a body; the post is the role alone, as it is with
        # the name written after it
        title = _make(toks, at, row, r_end, q_len, None, q_end + posting)
        title.abroad = True
        return title
    country = lex.other_places.longest(toks, q_end) if row.needs_org and not q_len and q_end < n \
        and toks.cap[q_end] and not toks.brk[q_end] and toks.k[q_end] in lex.other_places.firsts else None
    after = q_end + country[0] if country else n
    if after < n and toks.cap[after] and toks.word[after] and not toks.brk[after] \
            and toks.k[after] not in lex.org_index.firsts:
        # "Chủ tịch Lào Bounnhang Vorachith": the head of another country, no body written (the
        # country is not a body; as for "Thủ tướng Singapore X", the post is the role alone). A
        # capitalised name must follow the country: "Trưởng ban Pháp chế" is no French post.
        title = _make(toks, at, row, r_end, q_len, None, q_end)
        title.abroad = True
        return title
    level = _LEVELS.longest(toks, q_end) if row.needs_org and not row.deputy_only and not q_len \
        and q_end < n and not toks.brk[q_end] and toks.k[q_end] in _LEVELS.firsts else None
    if level and (q_end + level[0] >= n or not (toks.cap[q_end + level[0]] and toks.word[q_end + level[0]])
                  or toks.brk[q_end + level[0]] or _officer_after_level(toks, q_end + level[0])):
        # "chủ tịch xã", "(nguyên bí thư xã)": the level alone, no place, no body named; so too
        # before the officer's own name ("Phó chủ tịch xã Nguyễn Văn Lộc")
        e = q_end + level[0]
        title = _make(toks, at, row, r_end, q_len, None, e)
        title.role, title.level = toks.surface(at.role_start, e), toks.surface(q_end, e)
        if e < n and toks.k[e] in _BACK_POINTING and not toks.brk[e]:
            # "cán bộ địa chính xã này": the level points back to a body named before; the post is
            # the role alone (the gold writes "cán bộ địa chính", no organization)
            title.role = toks.surface(at.role_start, q_end)
        return title
    sep = _past_tenure(toks, q_end)  # "Phó Giám đốc (từ 3/2012 đến 5/2014) và Giám đốc Sở X"
    listed = sep < n and toks.k[sep] in _SAME_ROLE_SEP and not toks.brk[sep]  # (both list tests ask it first)
    if not row.needs_org or (r_end < n and toks.k[r_end] in _SHARE) \
            or (listed and (_same_role_next(toks, sep, row) or _role_list_next(toks, sep, finder))) \
            or (q_end < n and toks.k[q_end] in _THEN_FIRSTS and (then := _then_end(toks, q_end, True)) is not None
                and parse_title(toks, then, finder) is not None) \
            or (_is_secretary(row) and q_end < n and toks.k[q_end] == "," and not toks.brk[q_end]):
        return _make(toks, at, row, r_end, q_len, None, q_end)
    return None


_VILLAGE_HEADS = frozenset(phrase_tokens(role) for (role,) in read_rows("village_heads.tsv", 1))
_VILLAGE_LASTS = frozenset(role[-1] for role in _VILLAGE_HEADS)  # (tested before _village_body is called)


def _village_body(toks: Tokens, at: _Start, row: RoleRow, r_end: int, finder: OrgFinder) -> Title | None:
    """"Trưởng thôn Nà Phái": a village head's role (``village_heads.tsv``) is "Trưởng" and the
    village's level noun, which also begins the body named after it; the post is "Trưởng thôn" @
    "thôn Nà Phái", "Trưởng khu phố" @ "khu phố Tân Phú", the noun read twice, as the gold writes
    it. Written with no village ("ông A, Phó Trưởng thôn, phát biểu", "ông B làm trưởng thôn từ năm
    2008"), the role is a post whose village the text leaves unsaid (``bare``: a repeat of the post
    with its village is then no second post); so is one whose village has a number for its name
    ("trưởng khu phố 2 Lê Văn A ở phường B": no body a reader could tell from another report's, but
    the title runs over the number to the name). None when the role is no such role, or when a
    capitalised word follows it, or in lower case a comma and a capitalised word ("đảng viên là
    trưởng thôn, Bí thư Huyện ủy A cho biết": the common noun, which would open A's titles)."""
    n = len(toks.k)
    if tuple(toks.k[at.role_at : r_end]) not in _VILLAGE_HEADS:
        return None
    if r_end < n and not toks.brk[r_end] and toks.cap[r_end]:
        org = finder.at(at.role_at + 1, "post")  # the level noun after "Trưởng", of one word or two ("khu phố")
        if org is not None and finder.last_end > r_end:
            return _make(toks, at, row, r_end, 0, org, finder.last_end)
        return None
    if not toks.cap[at.role_start] and r_end + 1 < n and toks.k[r_end] == "," and toks.cap[r_end + 1] \
            and not toks.brk[r_end + 1]:
        return None
    end = r_end + 1 if r_end < n and toks.k[r_end].isdigit() and not toks.brk[r_end] else r_end
    title = _make(toks, at, row, r_end, 0, None, end)
    title.bare = True
    return title


# role phrase -> (lead word, body written with it) of a foreign state's post (foreign_bodies.tsv)
_FOREIGN_BODIES = {phrase_tokens(role): (phrase_tokens(lead), keep == "yes")
                   for role, lead, keep in read_rows("foreign_bodies.tsv", 3)}
_FOREIGN_LASTS = frozenset(role[-1] for role in _FOREIGN_BODIES)  # (tested before _foreign_body is called)
_HOME = phrase_tokens("Việt Nam")  # a post of Vietnam's own abroad is not a foreign state's (the sets write no body)
_COUNTRY_LEAD = phrase_tokens("nước")  # the lead word of a country's name (foreign_bodies.tsv), may be left out
_MAX_FOREIGN_NAME = 3  # words of a foreign province's or country's name: "Luông Nậm Thà", "CHDCND Lào"


def _foreign_name_end(toks: Tokens, j: int) -> int:
    """The token after a foreign name of capitalised words written from j, a hyphenated word one
    word ("Luông Pha-bang", "Chăm-pa-sắc"); j when there is none or it runs on past
    ``_MAX_FOREIGN_NAME`` words (then it is no place's name alone: a person's name follows it)."""
    n = len(toks.k)
    k, words = j, 0
    while k < n and not toks.brk[k] and toks.cap[k] and toks.word[k]:
        k += 1
        while k + 1 < n and joined_hyphen(toks, k) and not toks.brk[k + 1]:
            k += 2
        words += 1
    return k if 0 < words <= _MAX_FOREIGN_NAME else j


def _foreign_body(toks: Tokens, at: _Start, row: RoleRow, r_end: int, finder: OrgFinder) -> Title | None:
    """The title of a foreign state's post written with its body (``foreign_bodies.tsv``):
    "Tỉnh trưởng tỉnh Luông Pha-bang" -> Tỉnh trưởng @ "tỉnh Luông Pha-bang"; "Đại sứ đặc mệnh toàn
    quyền nước CHDCND Lào tại Việt Nam" -> Đại sứ đặc mệnh toàn quyền @ "CHDCND Lào", the title
    running over "tại" and where the post is held. A country's post may leave out the lead "nước"
    when a country kg knows follows: "Đại sứ Cộng hòa Cuba tại Việt Nam" -> Đại sứ @ "Cộng hòa Cuba".
    None when the role is no such role or the lead word and a name do not follow it, and for
    Vietnam's own envoy ("Đại sứ Việt Nam tại Nhật Bản": the read sets' gold writes no body)."""
    entry = _FOREIGN_BODIES.get(tuple(toks.k[at.role_at : r_end]))
    if entry is None:
        return None
    lead, keep = entry
    b = r_end + len(lead)
    if tuple(toks.k[r_end:b]) == lead and not any(toks.brk[r_end : b + 1]):
        e = _foreign_name_end(toks, b)
    elif lead == _COUNTRY_LEAD and r_end < len(toks.k) and not toks.brk[r_end]:
        # "Đại sứ Cuba tại Việt Nam", "Đại sứ Cộng hòa Cuba": a known country written without the
        # lead word "nước" is the body as written, state's words and all (wtune35's gold)
        b, keep = r_end, False
        e = _country_end(toks, b)
        if any(toks.brk[b + 1 : e]):
            return None
    else:
        return None
    if e == b or tuple(toks.k[e - len(_HOME) : e]) == _HOME:
        return None  # "Đại sứ đặc mệnh toàn quyền nước CHXHCN Việt Nam tại X": Vietnam's own envoy, the role alone
    start = r_end if keep else b
    written = toks.surface(start, e)
    org = OrgMention(span=Span(toks.s[start], toks.e[e - 1]), written=written, name=written, scope="national")
    finder.mentions.append(org)
    end = e
    if end + 1 < len(toks.k) and toks.k[end] == _AT and toks.cap[end + 1] and not toks.brk[end + 1]:
        lex = lexicon()
        where = lex.other_places.longest(toks, end + 1) or lex.places.longest(toks, end + 1)
        if where:
            end += 1 + where[0]  # "tại Việt Nam": where the post is held, part of the title
    title = _make(toks, at, row, r_end, 0, org, end)
    if keep:
        title.foreign_place = toks.surface(b, e)
    return title


_FOREIGN_COMMITTEES = frozenset({phrase_tokens("Tỉnh ủy")})  # a province's Party committee written bare


def _foreign_committees(titles: list[Title], finder: OrgFinder) -> None:
    """A bare "Tỉnh ủy" among the titles of a foreign province's head is that province's committee,
    not the report's: "đồng chí A, Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Luông Pha-bang" in a
    report on Điện Biên is of the Tỉnh ủy Luông Pha-bang (written "Tỉnh ủy", as the text writes it)."""
    place = next((t.foreign_place for t in titles if t.foreign_place), None)
    if place is None:
        return
    for t in titles:
        if t.org is not None and t.org.kind and phrase_tokens(t.org.written) in _FOREIGN_COMMITTEES:
            t.org = replace(t.org, name=f"{t.org.written} {place}", province=None, scope="report", id="")
            finder.mentions.append(t.org)


# a board written bare in a chain of titles -> who may own it (chain_boards.tsv: "committee", "front")
_CHAIN_BOARDS = {phrase_tokens(board): frozenset(o.strip() for o in owners.split(","))
                 for board, owners in read_rows("chain_boards.tsv", 2)}
_CHAIN_BOARD_LENGTHS = frozenset(len(board) for board in _CHAIN_BOARDS)


@cache
def _place_committees() -> frozenset[str]:
    """The organizations.tsv ids of a place's Party committee (``place_committees.tsv``)."""
    return frozenset(lexicon().place_committees.values())


def _board_owner(q: OrgParse, owners: frozenset[str]) -> OrgParse | None:
    """The body of the next title (or the body it belongs to) that owns a board written bare before it:
    a place's Party committee ("Ban Tổ chức Tỉnh uỷ X" -> Tỉnh uỷ X) or a mass organisation of the Front,
    itself ("Phó Chủ tịch Tổng Liên đoàn ...") or as the body its board belongs to ("Trưởng Ban Tuyên
    giáo Hội Liên hiệp Phụ nữ tỉnh"); never a unit ("sub") or a body of another kind (a UBND)."""
    for body in (q.parent, q):
        if body is None:
            continue
        if "committee" in owners and body is q.parent and body.row.id in _place_committees():
            return body
        if "front" in owners and body.row.category == "front" and "sub" not in body.row.flags:
            return body
    return None


def _standing_boards_of_next(toks: Tokens, titles: list[Title], seps: list[str], finder: OrgFinder) -> None:
    """A board written bare in a chain of titles (``chain_boards.tsv``), a comma before the next title,
    is the board of the body the next title's body is or belongs to: "Uỷ viên Ban Thường vụ, Trưởng Ban
    Tổ chức Tỉnh uỷ Quảng Trị" -> "Ban Thường vụ Tỉnh ủy Quảng Trị", not the board of another
    committee; "Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam" -> "Đoàn Chủ tịch
    Tổng Liên đoàn Lao động Việt Nam". The owner is a committee of a place (``place_committees.tsv``)
    or a mass organisation of the Front, as the table allows each board."""
    for x in range(min(len(titles) - 1, len(seps))):
        t, nxt = titles[x], titles[x + 1]
        if seps[x] != "," or t.org is None or nxt.org is None:
            continue
        board = phrase_tokens(t.org.written)
        owners = _CHAIN_BOARDS.get(board) if len(board) in _CHAIN_BOARD_LENGTHS else None
        if owners is None or t.end < len(board) or tuple(toks.k[t.end - len(board) : t.end]) != board:
            continue
        q = finder.parse_of.get(id(nxt.org))
        body = _board_owner(q, owners) if q is not None else None
        if body is None:
            continue
        owner = finder.mention(body)
        # the text writes the board bare (kept as written, as the gold writes it): its owner is the next title's
        t.org = replace(t.org, name=f"{t.org.written} {owner.name}", province=owner.province, scope=owner.scope,
                        parent=owner, id="")
        finder.mentions.append(t.org)


# role phrase -> the organizations.tsv row its first word heads ("Cục trưởng" -> Cục), read from role_heads.tsv
_HEAD_ROLES = {phrase_tokens(role): org for role, org in read_rows("role_heads.tsv", 2)}
# words that never stand inside such a body's name: where it ends ("Cục trưởng C50 bị khởi tố")
_HEAD_NAME_STOPS = frozenset(phrase_tokens("đã đang sẽ bị được vừa cũng là thì nên cho cùng chịu"))
_HEAD_NAME_ENDS = frozenset({",", ";", ":", "(", ")"})
_SAYING = phrase_table("saying_verbs.tsv")  # "Cục trưởng Đường sắt cho biết": the verb ends the name
_MAX_HEAD_NAME = 9  # tokens of such a name: "Kiểm soát hoạt động bảo vệ môi trường"


def _head_named_body(toks: Tokens, row: RoleRow, i: int, finder: OrgFinder) -> tuple[OrgMention, int] | None:
    """(body, token after it) of a role whose first word heads the body, when the body's own name
    follows the role without that head (``role_heads.tsv``): "Cục trưởng Chống tham nhũng (Thanh
    tra Chính phủ)", "Cục trưởng Đường sắt Nguyễn Văn A", "Vụ trưởng Tiền lương và Tiền công, Bộ
    Lao động"; or with the head written again before a name the body reader does not take, in lower
    case ("Cục trưởng Cục thi hành án dân sự tỉnh X."). The name runs to a mark, a person's name or a
    word no such name holds ("đã", "bị", "cho": "Cục trưởng C50 bị khởi tố"); an acronym ("C50",
    "THADS Hà Nội") takes only the capitalised words after it. A name that ends otherwise is not
    read (the title is then the role alone, as before)."""
    org_id = _HEAD_ROLES.get(phrase_tokens(row.phrase))
    n = len(toks.k)
    lex = lexicon()
    if org_id is None or i >= n or toks.brk[i] or not toks.word[i]:
        return None
    start = i
    head = lex.org_index.longest(toks, i)
    if head is not None:
        if head[1].id != org_id:  # type: ignore[union-attr]
            return None  # another body's head ("cục trưởng" inside "Chi cục trưởng Chi cục ...")
        i += head[0]
        if i >= n or toks.brk[i] or not toks.word[i] or toks.gap[i] != " ":
            return None
        if toks.k[i] in _BACK_POINTING:  # "giữ chức Cục trưởng Cục này": the one Cục the report names
            named = finder.one_named_as(org_id, start, i + 1) if _head_name_ended(toks, i + 1, True) else None
            return (named, i + 1) if named is not None else None
    elif not toks.cap[i] or lex.places.longest(toks, i) or _person_at(toks, i):
        return None  # (a body written there was read before this is tried)
    e = i + 1
    while e < n and toks.gap[e] == "" and not toks.brk[e] and toks.word[e]:
        e += 1  # "C50": one word
    acronym = toks.upper[i] and ((toks.e[i] - toks.s[i]) > 1 or e > i + 1)
    joined: int | None = None  # the first comma of a pair of acts taken into the name
    while e < n and e - i < _MAX_HEAD_NAME + (joined is not None) and not _and_person(toks, e) and not toks.brk[e] and (
            (toks.word[e] and not _person_at(toks, e) and (toks.cap[e] or not acronym)
             and toks.k[e] not in _HEAD_NAME_STOPS and not _body_head_at(toks, e)
             and not (toks.k[e] in _SAYING.firsts and _SAYING.longest(toks, e)))
            or (not acronym and joining_comma(toks, e))):  # "Cục trưởng Thẩm định, đánh giá ...": a pair of acts
        if toks.k[e] == ",":
            joined = joined if joined is not None else e
        e += 1
    if not acronym and e < n and toks.k[e] == ",":
        e = field_list_end(toks, e, lex)  # "Viện trưởng Viện nghiên cứu xã hội, kinh tế và môi trường": one name
    if joined is not None and not _head_name_ended(toks, e, start < i) and not _and_person(toks, e):
        e = joined  # the words after a pair's comma ran on into the clause: the name as it was before it
    if not (_head_name_ended(toks, e, start < i) or _and_person(toks, e)) and not acronym:
        return None
    body = lex.orgs.get(org_id)
    if body is None:
        return None
    mention = finder.mention(OrgParse(body, start, e, extra=toks.surface(i, e)))
    mention.written = mention.name  # the head is written only inside the role
    return mention, e


def _head_name_ended(toks: Tokens, e: int, head_written: bool) -> bool:
    """The name of a body after its head's role closes cleanly at token e: a mark, the line's end, a
    word no such name holds, a person, another body or a saying verb. A sentence's end closes it only
    after a head written again ("Cục trưởng Cục thi hành án dân sự tỉnh X."); after the bare role,
    lower-case words up to a stop are often the predicate."""
    return e >= len(toks.k) or toks.brk[e] or toks.k[e] in _HEAD_NAME_ENDS or toks.k[e] in _HEAD_NAME_STOPS \
        or (toks.k[e] == "." and head_written) or _person_at(toks, e) or _body_head_at(toks, e) \
        or (toks.k[e] in _SAYING.firsts and _SAYING.longest(toks, e) is not None)


def _and_person(toks: Tokens, e: int) -> bool:
    """Token e is "và" before an honorific ("... môi trường và ông X"): the name ends, another person follows."""
    return e + 1 < len(toks.k) and toks.k[e] == _AND and lexicon().honorifics.longest(toks, e + 1) is not None


def _body_head_at(toks: Tokens, k: int) -> bool:
    """Another body's head word starts at token k ("Vụ 4 | ban Nội chính T.Ư": the Vụ's parent)."""
    if toks.k[k] not in lexicon().org_index.firsts:
        return False
    hit = lexicon().org_index.longest(toks, k)
    if hit is None or hit[1].category == "none":  # type: ignore[union-attr]
        return False  # ("hội nghị", "báo cáo": words, not bodies)
    if toks.cap[k] or "cap" not in hit[1].flags:  # type: ignore[union-attr]
        return True
    # a head that is one only when capitalised is a word of the name in lower case ("Vụ tổ chức cán
    # bộ"), unless its own capitalised name follows ("vụ 4 | ban Nội chính T.Ư")
    e = k + hit[0]
    return e < len(toks.k) and toks.cap[e] and toks.word[e] and not toks.brk[e] and not _person_at(toks, e)


def _person_at(toks: Tokens, k: int) -> bool:
    """A person's name starts at token k: a family name followed by a capitalised word, not a place
    ("Hà Nội")."""
    n = len(toks.k)
    return k + 1 < n and toks.k[k] in lexicon().surnames and toks.cap[k] and toks.cap[k + 1] \
        and toks.word[k + 1] and not toks.brk[k + 1] and toks.gap[k + 1] == " " \
        and not lexicon().places.longest(toks, k)


_SECRETARY = phrase_tokens("Bí thư")
# role phrase -> the body a place written alone after it stands for ("committee": the place's Party
# committee), read from role_places.tsv
_PLACE_ROLES = {phrase_tokens(role): body for role, body in read_rows("role_places.tsv", 2)}


def _place_body(toks: Tokens, at: _Start, row: RoleRow, r_end: int, finder: OrgFinder) -> Title | None:
    """"Bí thư Hải Phòng Lê Văn Thành", "Chủ tịch Đà Nẵng Huỳnh Đức Thơ": a province or city written
    alone between a role of ``role_places.tsv`` and a person's name stands for the body the role
    heads there (the Thành ủy Hải Phòng, the UBND TP Đà Nẵng), read as "Chủ tịch tỉnh Quảng Nam" is.
    Before a family name, or where the title ends (a comma, a stop, "kiêm": "ông X, Phó chủ tịch Sơn
    La, bị kỷ luật", "Chủ tịch kiêm Bí thư Hà Tĩnh"). Not before other words: "Bí thư Hà Nội khẳng
    định" names nobody; and never "Chủ tịch Hồ Chí Minh", the President, not a chairman of the city."""
    body = _PLACE_ROLES.get(phrase_tokens(row.phrase))
    n = len(toks.k)
    if body is None or r_end >= n or not toks.cap[r_end] or toks.brk[r_end] or toks.k[r_end] == _HO:
        return None
    lex = lexicon()
    hit = lex.places.longest(toks, r_end)
    end = r_end + hit[0] if hit else n
    if not hit or not (_place_title_ends(toks, end) or (
            end < n and not toks.brk[end] and toks.gap[end] == " " and toks.cap[end] and toks.k[end] in lex.surnames)
            or (end < n and toks.word[end] and not toks.cap[end] and _inside_run(toks, at.start))):
        return None
    place = hit[1]  # type: ignore[index]
    org = _place_org(finder, body, place, toks.s[at.role_start], toks.e[end - 1])
    return replace(_make(toks, at, row, r_end, 0, org, end), place=place) if org is not None else None


_JOINS = frozenset({",", *phrase_tokens("kiêm")})


def _inside_run(toks: Tokens, start: int) -> bool:
    """The title at token ``start`` continues a run ("Ông Lê Văn A, Chủ tịch kiêm Bí thư Hà Tĩnh được
    ...", "cách chức Ủy viên Bộ Chính trị, Bí thư TP.HCM và ..."): "kiêm" before it, or a comma
    after a capitalised word (a name or a body). There a role with a place written alone and a verb
    after it is a title all the same; a comma after a quote or a lower-case word is no such run
    ("... tin nhắn”, Bí thư Hải Phòng nói": the secretary speaking, named by his post)."""
    if start < 2 or toks.brk[start] or toks.k[start - 1] not in _JOINS:
        return False
    return toks.k[start - 1] != "," or (toks.cap[start - 2] and toks.word[start - 2] and not toks.brk[start - 1])


def _place_org(finder: OrgFinder, body: str, place: object, start: int, end: int) -> OrgMention | None:
    """The body ``body`` (a row of ``role_places.tsv``) of ``place`` that a title spanning the
    characters start..end names."""
    kind = lexicon().place_committees.get(place.kind, "") if body == "committee" else body  # type: ignore[attr-defined]
    return finder.implied(kind, start, end, place.canonical) if kind else None  # type: ignore[attr-defined]


def _own_place_body(toks: Tokens, finder: OrgFinder, t: Title, nxt: Title) -> OrgMention | None:
    """"Chủ tịch kiêm Bí thư Hà Tĩnh": a role of ``role_places.tsv`` written bare before another
    role's title of a place written alone heads its own body of that place (the UBND tỉnh Hà
    Tĩnh), not the other role's (the Tỉnh ủy)."""
    body = _PLACE_ROLES.get(phrase_tokens(t.row.phrase))
    if nxt.place is None or body is None or nxt.row is t.row:
        return None
    return _place_org(finder, body, nxt.place, toks.s[t.role_start], toks.e[t.end - 1])


_HO = phrase_tokens("Hồ")[0]
_PLACE_TITLE_END = frozenset({",", ";", ".", ")", "-", _KIEM})


def _place_title_ends(toks: Tokens, end: int) -> bool:
    """The title "role + place" ends at token ``end``: the text ends, or a comma, a stop, a bracket, a
    dash or "kiêm" follows on the same line (the next title or the rest of the sentence)."""
    return end >= len(toks.k) or (toks.k[end] in _PLACE_TITLE_END and not toks.brk[end])


def _is_secretary(row: RoleRow) -> bool:
    return phrase_tokens(row.phrase) == _SECRETARY


def _committee_of(finder: OrgFinder, org: OrgMention | None, at: tuple[int, int]) -> OrgMention | None:
    """The Party committee of the place a People's Committee or Council is written with
    (``place_committees.tsv``): "UBND huyện Tuy Đức" -> "Huyện ủy huyện Tuy Đức". A body the title
    implies ("Chủ tịch tỉnh Hà Tĩnh": the UBND tỉnh Hà Tĩnh, no parse of its own) gives its
    province's committee, implied by the secretary's title (``at``: its first and last character)."""
    p = finder.parse_of.get(id(org)) if org is not None else None
    lex = lexicon()
    if p is None and org is not None and org.kind in ("ubnd", "hdnd") and org.province:
        # (no province known: "Bí thư, Chủ tịch tỉnh là đối tượng ..." names roles, no committee)
        place = next(iter(lex.places.exactly(phrase_tokens(org.province))), None)
        kind = lex.place_committees.get(place.kind, "") if place is not None else ""  # type: ignore[union-attr]
        return finder.implied(kind, at[0], at[1], org.province) if kind else None
    if p is None or p.row.id not in ("ubnd", "hdnd") or p.place is None:
        return None
    row = lex.orgs.get(lex.place_committees.get(p.place.word, ""))
    if row is None:
        return None
    m = finder.mention(OrgParse(row, p.place.start, p.place.end, place=p.place))
    m.written = m.name  # the text writes only the place: the committee is named in full
    return m


def _body_in_lower_title(toks: Tokens, role_start: int, r_end: int, row: RoleRow) -> bool:
    """The role phrase ends with its body's whole name written in lower case ("Quốc hội bầu …, Tổng
    kiểm toán Nhà nước": the title of the State Auditor General as a common noun). The text names
    the title, not the body: the body is a holder's post's, not one the report names (the read
    sets' gold lists no body there in three reports, and lists it where the text writes "Tổng
    Kiểm toán Nhà nước" with the body's capital)."""
    org_row = lexicon().orgs.get(row.implied_org)
    if org_row is None:
        return False
    words = tuple(phrase_tokens(org_row.canonical))
    b = r_end - len(words)
    return role_start < b and tuple(toks.k[b:r_end]) == words and not toks.cap[b]


def _place_committee(finder: OrgFinder, row: RoleRow, org: OrgMention) -> tuple[str, str] | None:
    """A secretary of a place written without its body ("Bí thư TP.HCM", "Phó Bí thư tỉnh Quảng
    Nam") holds the post in that place's Party committee (``place_committees.tsv``): the kind of
    that committee and the place's name, so that the same post written with the committee ("Bí
    thư Thành ủy TP.HCM") is not counted twice. The post stays as written (the gold convention:
    "Bí thư | tỉnh Đồng Tháp")."""
    p = finder.parse_of.get(id(org))
    if not _is_secretary(row) or p is None or p.row.id != "dia_phuong" or p.place is None or not p.place.name:
        return None
    lex = lexicon()
    kind = lex.place_committees.get(p.place.word, "")
    if not kind:
        return None
    finder.committee_places[id(org)] = (kind, p.place.name)
    return (kind, p.place.name)


def _unit_in(finder: OrgFinder, unit: OrgMention | None, body: OrgMention | None,
             sep: str = ",") -> OrgMention | None:
    """A unit that is no body by itself ("Văn phòng", "Ban Tổ chức": flagged ``sub``, not ``alone``)
    written alone, in the body of the next title of the same run: "Chánh Văn phòng, người phát ngôn
    UBND tỉnh X" -> the Văn phòng of the UBND tỉnh X; a company's board (a unit of category other)
    also across "kiêm" or "-": "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X" -> the HĐQT of Công ty X.
    A body that may stand alone ("Ban cán sự
    đảng") stays as written."""
    p = finder.parse_of.get(id(unit)) if unit is not None else None
    q = finder.parse_of.get(id(body)) if body is not None else None
    if p is None or q is None or "sub" not in p.row.flags or "alone" in p.row.flags \
            or p.parent or p.place or p.extra or p.term or q.row is p.row:
        return None
    if not (sep == "," and q.row.category in ("state", "party", "front")) \
            and not (sep in _SHARE | {","} and p.row.category == "other" == q.row.category):
        return None  # "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X": a company's board is the company's
    # a mention of its own (the hint makes its key), not the unit's mention read alone
    m = finder.mention(replace(p, parent=q), body.province or "")  # type: ignore[union-attr]
    m.written = f"{unit.written} {body.written}"  # type: ignore[union-attr]
    return m


def _heads_party_body(finder: OrgFinder, row: RoleRow, org: OrgMention) -> bool:
    """A role that needs no body keeps a Party body written right after it: "Tổng Bí thư Ban Chấp
    hành Trung ương Đảng" is the post as the text states it, body included (the gold convention:
    split as the text allows); "Tổng Bí thư" alone stays a post without a body."""
    if row.implied_org or row.role:
        return False
    p = finder.parse_of.get(id(org))
    return p is not None and p.row.category == "party"


def _implied_body_of_the_past(row: RoleRow, org: OrgMention) -> bool:
    """A role that needs no body keeps a body of the past (organizations.tsv flag ``old``) whose name goes
    on from the name of the body the role implies: "Phó Thủ tướng | Chính phủ nước Việt Nam Dân chủ Cộng hòa"
    and "Thủ tướng | Chính phủ Cách mạng Lâm thời ..." are posts in those governments, not in today's
    Chính phủ, and not posts without a body ("Thủ tướng Bộ Ngoại giao" still is one)."""
    lex = lexicon()
    implied, body = lex.orgs.get(row.implied_org), lex.orgs.get(org.kind)
    return implied is not None and body is not None and "old" in body.flags \
        and body.canonical.startswith(implied.canonical + " ")


def _same_role_next(toks: Tokens, j: int, row: RoleRow) -> bool:
    """"Phó Giám đốc, Giám đốc Sở ...": the same role (with or without "Phó") follows a list word."""
    n = len(toks.k)
    if j >= n or toks.k[j] not in _SAME_ROLE_SEP or toks.brk[j]:
        return False
    j += 1
    if j < n and toks.k[j] in _DEPUTY:
        j += 1
    phrase = phrase_tokens(row.phrase)
    return tuple(toks.k[j : j + len(phrase)]) == phrase


def _role_list_next(toks: Tokens, j: int, finder: OrgFinder) -> bool:
    """"Phó trưởng khoa, Trưởng khoa, Phó hiệu trưởng Trường Đại học X": a role written without its
    body and followed by a list word and another title shares that title's body (a career's steps
    in one institution). Whether the next title has a body is settled when the run is read: a
    role that finds none is dropped there."""
    n = len(toks.k)
    if j + 1 >= n or toks.k[j] not in _SAME_ROLE_SEP or toks.brk[j] or toks.brk[j + 1]:
        return False
    return parse_title(toks, j + 1, finder) is not None


_BOARDS = frozenset({"hoi_dong_quan_tri", "hoi_dong_thanh_vien"})  # a company's boards (organizations.tsv)


@cache
def _unshared_kinds() -> dict[tuple[str, ...], frozenset[str]]:
    out: dict[tuple[str, ...], set[str]] = {}
    for role, kind in read_rows("role_unshared_bodies.tsv", 2):
        out.setdefault(phrase_tokens(role), set()).add(kind)
    return {k: frozenset(v) for k, v in out.items()}


def _unshared_body(row: RoleRow, org: OrgMention | None) -> bool:
    """The next title's body is of a kind the role can never hold (``role_unshared_bodies.tsv``: a
    Thứ trưởng's body is a ministry, never a Tổng cục, Cục or Vụ inside one): the role keeps no body,
    a post whose body the text leaves unsaid, rather than a wrong one."""
    return org is not None and org.kind in _unshared_kinds().get(phrase_tokens(row.phrase), frozenset())


def _heads_another_kind(t: Title, nxt: Title) -> bool:
    """A role whose first word is the head noun of its own body (``role_heads.tsv``: "Vụ trưởng" heads
    a Vụ), written without a body before a different title whose body is no body of that kind nor
    inside one: "nguyên Vụ trưởng, Chánh văn phòng Ban cán sự đảng Bộ X", "nguyên Tổng cục trưởng,
    Thủ trưởng Cơ quan Cảnh sát điều tra": the text leaves the Vụ or Tổng cục unnamed, and the post is
    kept with no body rather than the next title's. The same role ("Phó viện trưởng, Viện trưởng Viện
    X") and a body inside the unit ("Cục trưởng, Bí thư Đảng ủy Cục X") share as before."""
    head = _HEAD_ROLES.get(phrase_tokens(t.row.phrase))
    if head is None or nxt.org is None or nxt.row is t.row:
        return False
    org: OrgMention | None = nxt.org
    while org is not None:
        if org.kind == head:
            return False
        org = org.parent
    return True


def _shared_body(org: OrgMention | None) -> OrgMention | None:
    """The body a different role written before a title shares ("Trưởng khoa, Phó hiệu trưởng
    Trường X": the Trường X). A Party committee is no body of a non-Party role: "Tổng giám đốc, Bí
    thư Đảng ủy Tổng công ty X" is the Tổng công ty's director, and a committee with no parent
    written gives none. A company's board is no body of a role that is not the board's: the
    company is."""
    if org is not None and org.kind in _BOARDS and org.parent is not None:
        return org.parent  # "Tổng giám đốc, Chủ tịch HĐQT Công ty X": the company's director
    if org is None or org.category != "party":
        return org
    parent = org.parent
    return parent if parent is not None and parent.category != "party" else None


# roles a Party committee has: written bare before a committee's title, they are the committee's
# ("nguyên Đảng ủy viên, Bí thư Đảng ủy, Cục trưởng Cục X" is no member of the Cục)
_COMMITTEE_ROLES = frozenset(phrase_tokens(r) for r in ("Bí thư", "Bí thư thứ nhất", "Ủy viên", "Đảng ủy viên",
                                                         "Thành viên", "Thường trực", "UV"))


def _body_past_committees(titles: list[Title], seps: list[str], y: int) -> OrgMention | None:
    """The body a role written bare before Party committee titles shares with the first title
    after them ("Tổng giám đốc, Bí thư Đảng ủy, Chủ tịch HĐQT Tổng công ty X": the Tổng công
    ty's director; the committee written bare is the company's own, and a list of one person's
    posts in one company names the company once, at the end). Only over commas and only past
    committees written without a body of their own (None when anything else comes between)."""
    while y < len(titles) and seps[y - 1] == "," and titles[y].org is not None \
            and titles[y].org.category == "party" and titles[y].org.parent is None:
        y += 1
    if y == len(titles) or seps[y - 1] != "," or y < 2 or titles[y - 1].org is None \
            or titles[y - 1].org.category != "party":
        return None
    return _shared_body(titles[y].org)


def _then_end(toks: Tokens, j: int, bare: bool = False) -> int | None:
    """The token after a "then" of several words written at j, a comma before it allowed ("và sau đó
    là", ", sau đó"), or None when none is written there (a one-word "rồi" is a run separator; after
    a comma it is read here when the title before it has no body (``bare``): "Phó Giám đốc, rồi Giám
    đốc Sở X", the deputy's body is the head's; after a title with its body, ", rồi" may open the next
    clause: "ông A là Giám đốc Sở Y tế, rồi Bí thư Tỉnh ủy B phát biểu")."""
    n = len(toks.k)
    comma = j < n and toks.k[j] == ","
    k = j + 1 if comma else j
    if comma and bare and k + 1 < n and toks.k[k] == _THEN_SEP and not toks.brk[k] and not toks.brk[k + 1]:
        return k + 1
    hit = _THEN.longest(toks, k) if k < n and toks.k[k] in _THEN.firsts and not toks.brk[k] else None
    if hit is None or hit[0] < 2 or k + hit[0] >= n or any(toks.brk[k : k + hit[0] + 1]):
        return None
    return k + hit[0]


def _past_leftovers(toks: Tokens, j: int) -> int:
    """Past what may trail a title before the next one: more terms ("khóa XIII; XIV", "các khóa
    X, XI") or the lower-case end of a body's name we did not read ("Xí nghiệp Khảo sát thiết kế
    giao thông; Phó giám đốc ...")."""
    n = len(toks.k)
    k = j
    first = toks.k[k] if k < n else ""  # (the helpers below are called only at their first word)
    r = _term_range(toks, k) if first == _FROM else k
    if r != k:
        k = r  # "đại biểu Quốc hội từ khóa II đến khóa VI"
    elif k + 1 < n and toks.k[k] == _TERM and (_roman(toks.t[k + 1]) or toks.k[k + 1].isdigit()):
        k += 2  # "khóa XIII"
    elif k + 3 < n and toks.k[k] == "(" and toks.k[k + 1] == _TERM and toks.k[k + 3] == ")":
        k += 4  # "(khóa VIII)"
    elif k + 2 < n and toks.k[k] == "các" and toks.k[k + 1] == _TERM and _roman(toks.t[k + 2]):
        k += 3  # "các khóa X"
    while k + 1 < n and toks.k[k] in (",", ";") and (_roman(toks.t[k + 1]) or
                                                      (k > j and toks.k[k + 1].isdigit() and len(toks.k[k + 1]) <= 2)):
        k += 2  # "; XI; XII", "khoá 9, 10, 11"
    if k != j:
        return _past_seat_place(toks, k)
    seat = _past_seat_place(toks, k) if first in _SEAT_PLACE_WORDS.firsts else k
    if seat != k:
        return seat
    office = _past_term_of_office(toks, k) if first == _TERM_OF_OFFICE[0] else None
    if office is not None:
        return office
    place = lexicon().places.longest(toks, k) if k < n and toks.cap[k] else None
    if place and k + place[0] < n and toks.k[k + place[0]] in (",", ";"):
        return k + place[0]  # "Chủ tịch Hội Sinh viên Việt Nam TP HCM, Bí thư ...": the body's city
    lex = lexicon()
    word = lex.place_words.longest(toks, k) if k < n else None
    if word and word[1].level == "other" and toks.cap[k] and toks.k[k] in lex.surnames:  # type: ignore[union-attr]
        word = None  # "Tổng Bí thư Hồ Văn Nam, Chủ tịch nước ...": a place's common noun capitalised is a family name
    if word:  # "Phó giám đốc Xí nghiệp Khảo sát tỉnh Đồng Tháp; Phó giám đốc ...": the body's province
        m = k + word[0]
        while m < n and m - k < 6 and toks.cap[m] and toks.word[m] and not toks.brk[m]:
            m += 1
        if m > k + word[0] and m < n and toks.k[m] in (",", ";"):
            return m
    while k < n and k - j < 5 and toks.word[k] and not toks.cap[k] and not toks.brk[k] \
            and not toks.k[k].isdigit() and toks.k[k] != _KIEM:
        k += 1
    if k < n and k != j and toks.k[k] in (",", ";", _KIEM):
        return k  # "Phó Tổng giám đốc Xí nghiệp Liên hiệp Dệt [may] kiêm giám đốc Nhà máy ..."
    return j


_TERM_OF_OFFICE = tuple(phrase_tokens("nhiệm kỳ"))
_OFFICE_CLOSERS = frozenset(phrase_tokens("và kiêm"))


def _past_term_of_office(toks: Tokens, k: int) -> int | None:
    """Past a term of office written after a title, "nhiệm kỳ 2015 - 2020", when a mark or "và" /
    "kiêm" follows it: "cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015 - 2020 và Trưởng Ban
    Nội chính Tỉnh ủy" is one run of two titles, both removed. The years stay out of the title (the
    body of a post is written without its years of office). None when no such term is at token k,
    or no "và" / "kiêm" follows it: after a comma the run is left split there as before, each part
    keeping its own prefix ("Phó ban Tổ chức, nguyên Thành ủy viên nhiệm kỳ 2010-2015, nguyên Bí
    thư ...": joined, the held first title was read as former)."""
    n = len(toks.k)
    if k + 2 >= n or (toks.k[k], toks.k[k + 1]) != _TERM_OF_OFFICE or not toks.k[k + 2].isdigit():
        return None
    m = k + 2
    while m < n and (toks.k[m].isdigit() or toks.k[m] == "-") and not toks.brk[m]:
        m += 1
    return m if m < n and toks.k[m] in _OFFICE_CLOSERS and not toks.brk[m] else None


_SEAT_PLACE_WORDS = phrase_table("seat_place_words.tsv")  # "đoàn", "đơn vị": "đại biểu Quốc hội đoàn Hà Tĩnh"


def _past_seat_place(toks: Tokens, k: int) -> int:
    """Past the place a seat is held for, written at token k between a title and the next one
    (``seat_place_words.tsv``): "đại biểu Quốc hội | đoàn Hà Tĩnh |, Ủy viên Ủy ban Kinh tế của Quốc
    hội", "đại biểu Quốc hội khóa XIII | đơn vị thành phố Cần Thơ |; Ủy viên ...". Only a word of the
    table, a province or city and a comma or ";" after it on the same line; else k."""
    n = len(toks.k)
    if k >= n or toks.brk[k] or toks.k[k] not in _SEAT_PLACE_WORDS.firsts:
        return k
    hit = _SEAT_PLACE_WORDS.longest(toks, k)
    if hit is None:
        return k
    m = past_place(toks, k + hit[0])
    if m == k + hit[0] or m >= n or toks.brk[m] or toks.k[m] not in (",", ";"):
        return k
    return m


def _past_place_after_term(toks: Tokens, t: Title, finder: OrgFinder) -> None:
    """"Trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh Hà Giang thôi giữ chức ...": a term, then the
    body's place, written after the body: both are still the title's, which ends after them, so
    that what follows (another title, the predicate) is read from there; and both are the body's
    (see :func:`_placed_after_term`)."""
    n = len(toks.k)
    k = t.end
    if t.org is None or k + 2 >= n or toks.k[k] != _TERM or toks.brk[k + 1] \
            or not (_roman(toks.t[k + 1]) or _term_number(toks.k[k + 1])):
        return
    e = past_place(toks, k + 2)
    if e > k + 2:
        t.end = e
        _placed_after_term(toks, t, finder, k, e)


def _placed_after_term(toks: Tokens, t: Title, finder: OrgFinder, k: int, e: int) -> None:
    """The body of "Trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh Hà Giang" (term at token k, place up
    to e) is that place's body of that term, as the text writes it: the place and the term join the
    body's name when the body takes both and none of its own was read. Elsewhere the place after the
    term was dropped with the term: a bare "Đoàn đại biểu Quốc hội" of no province."""
    p = finder.parse_of.get(id(t.org)) if t.org is not None else None
    if p is None or p.end != k or p.place is not None or p.parent is not None \
            or "place" not in p.row.takes or "term" not in p.row.takes:
        return
    place = parse_place(toks, k + 2, p.row, lexicon())
    if place is None or place.end != e:
        return
    bare, t.org = t.org, finder.mention(replace(p, place=place, term=toks.t[k + 1], said_term=None, end=e))
    finder.mentions = [m for m in finder.mentions if m is not bare]  # the place-less body named no body


def past_place(toks: Tokens, k: int) -> int:
    """Past a province or city written at token k with its level word ("tỉnh Hà Giang", "TP Cần
    Thơ") or alone ("Hà Giang"), else k: the place of a body whose term was written before it."""
    n = len(toks.k)
    if k >= n or toks.brk[k]:
        return k
    lex = lexicon()
    word = lex.place_words.longest(toks, k)
    m = k + word[0] if word else k
    if m < n and toks.cap[m] and not toks.brk[m]:
        place = lex.places.longest(toks, m)
        if place:
            return m + place[0]
    return k


_AND = phrase_tokens("và")[0]
_FROM = phrase_tokens("từ")[0]
_UNTIL = frozenset(phrase_tokens("đến tới"))


def _term_range(toks: Tokens, k: int) -> int:
    """Past a range of terms after a title, else k: "từ khóa II đến khóa VI", "từ khóa X đến XII"."""
    n = len(toks.k)
    if k + 4 >= n or toks.k[k] != _FROM or toks.k[k + 1] != _TERM or not _roman(toks.t[k + 2]) \
            or toks.k[k + 3] not in _UNTIL or any(toks.brk[k + 1 : k + 5]):
        return k
    m = k + 5 if toks.k[k + 4] == _TERM else k + 4
    return m + 1 if m < n and _roman(toks.t[m]) and not toks.brk[m] else k


def _implied_term(toks: Tokens, row: RoleRow, k: int) -> int:
    """Past a term written right after a role phrase that implies its body ("ĐBQH | khóa 14", "ĐBQH
    khoá XIV"), when the term is part of that body's name for its members (organizations.tsv flag
    ``termname``: the Quốc hội, a HĐND), as in "đại biểu Quốc hội khóa 14" written out; a Party
    body's term is not ("Bí thư Trung ương Đảng khoá 11": the body without it, the gold convention).
    k when no such term follows on the line."""
    body = lexicon().orgs.get(row.implied_org)
    n = len(toks.k)
    if body is None or "termname" not in body.flags or k + 1 >= n or toks.k[k] != _TERM or toks.brk[k] \
            or toks.brk[k + 1] or not (_roman(toks.t[k + 1]) or _term_number(toks.k[k + 1])):
        return k
    return k + 2


def _term_number(k: str) -> bool:
    """A term written in digits: a Quốc hội or a Party committee has had fewer than 30 ("khóa 13"),
    so "khóa 13, 45 tuổi" does not read 45 as a term."""
    return k.isdigit() and 1 <= int(k) < 30


def _more_terms(toks: Tokens, t: Title, finder: OrgFinder) -> int:
    """"đại biểu Quốc hội các khóa XI, XII, XIII": a career over a list of terms is ONE post in
    the body without its term (tests/gold/README.md, "A term written after a body"; a single term
    stays: "đại biểu Quốc hội khóa XIII" sits in the Quốc hội khóa XIII). ``t`` then takes the
    term-less body; returns the token after the last term read."""
    p = finder.parse_of.get(id(t.org)) if t.org is not None else None
    if p is None or not p.term or "termname" not in p.row.flags:
        return t.end
    k = t.end
    n = len(toks.k)
    arabic = p.term.isdigit()  # "khóa 9, 10, 11 và 13": the further terms are written as the first
    while k + 1 < n and (toks.k[k] in (",", ";") or toks.k[k] == _AND) and not toks.brk[k + 1] and (
            _roman(toks.t[k + 1]) if not arabic else _term_number(toks.k[k + 1])):
        k += 2
    if k > t.end:
        body_end = p.end
        while body_end > p.start + 1 and toks.k[body_end - 1] != _TERM:
            body_end -= 1  # the body's own words, before "khóa XI"
        if body_end > p.start + 1:
            body_end -= 1
            if toks.k[body_end - 1] == "(" and body_end > p.start + 1:
                body_end -= 1  # "Quốc hội (khóa XI, XII)"
        termed, t.org = t.org, finder.mention(replace(p, term=None, end=body_end), None)
        # the body of the first term, read on the way, is no body of the report: kept, it would
        # lend its term to the report's later bare "Chủ tịch Quốc hội"
        finder.mentions = [m for m in finder.mentions if m is not termed]
    return k


_PLURAL_TERM = phrase_tokens("các khóa")
_MORE_TERM_SEPS = frozenset({",", ";", _AND})  # what stands before each further term (_more_terms)


def _past_plural_terms(toks: Tokens, k: int) -> int:
    """Past "các khóa X, XI và XII" written right after a title whose body was read without it ("Ủy
    viên Trung ương Đảng các khóa X, XI và XII, Đại biểu Quốc hội khóa XI"): a career over several
    terms, one post in the body without its term (see :func:`_more_terms`); the run goes on after it.
    k when no such list follows."""
    n = len(toks.k)
    m = len(_PLURAL_TERM)
    if k + m >= n or tuple(toks.k[k : k + m]) != _PLURAL_TERM or any(toks.brk[k : k + m + 1]):
        return k
    j = k + m
    first = toks.k[j]
    arabic = first.isdigit()
    if not (_term_number(first) if arabic else _roman(toks.t[j])):
        return k
    j += 1
    while j + 1 < n and (toks.k[j] == "," or toks.k[j] == _AND) and not toks.brk[j + 1] and (
            _term_number(toks.k[j + 1]) if arabic else _roman(toks.t[j + 1])):
        j += 2
    return j


def past_body_alone(toks: Tokens, i: int, closers: frozenset[str] = frozenset({","})) -> int | None:
    """The token after the mark (``closers``: ", " unless told) that closes a body written alone at
    token i among a person's titles, or None. "Ủy viên dự khuyết Trung ương Đảng, Thường vụ Tỉnh ủy,
    Trưởng ban Dân vận Tỉnh ủy" and "ông A, Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố": the
    standing board the person sits on, written without its role. The body is no post of its own (the
    role is not written), but it does not end the person's list: the titles after it are still
    theirs. Only a body's head word may start it (not a place or a person's name: "ông A, Hà Nội,
    ..." or the next person of a list). Inside a run, "; " may close it too: a career list's item
    names the department it was in after a comma ("trưởng phòng Kế hoạch, Sở Tài chính tỉnh X; Phó
    giám đốc Sở ..."), and the items after the ";" are still the person's."""
    n = len(toks.k)
    if i >= n or toks.brk[i] or not toks.cap[i] or toks.k[i] not in lexicon().org_index.firsts:
        return None
    p = parse_org(toks, i, "post")
    if p is None:
        return None
    e = past_bracket_aside(toks, _past_lower_tail(toks, p.end))  # "Tổng cục Y (Bộ Công an), nguyên ..."
    return e + 1 if e + 1 < n and toks.k[e] in closers and not toks.brk[e + 1] else None


_SEATS = {body: role for body, role in read_rows("seat_bodies.tsv", 2)}  # "thuong_vu" -> "Ủy viên"


def seat_title(toks: Tokens, i: int, end: int, finder: OrgFinder) -> Title | None:
    """The seat a body written alone among a person's titles at token i (its closing mark at token
    ``end`` - 1, :func:`past_body_alone`) gives them, or None: "ông A, Thường vụ Tỉnh ủy, Trưởng ban
    Dân vận Tỉnh ủy" is short for "Ủy viên Ban Thường vụ Tỉnh ủy" (``seat_bodies.tsv``: the standing
    board's seat is "Ủy viên" of it). The caller has read a title or a name before the body and a
    title after its mark; other bodies written alone stay no post (their role is not written)."""
    if i >= len(toks.k) or toks.brk[i]:
        return None
    p = parse_org(toks, i, "post")
    if p is None or p.row.id not in _SEATS:
        return None
    body = finder.at(i, "post")
    if body is None or body.kind not in _SEATS or finder.last_end >= end:
        return None
    row = role_row(_SEATS[body.kind])
    if row is None:
        return None
    return Title(i, i, finder.last_end, row.role or _SEATS[body.kind], row, org=body)


_PARENT_CLOSERS = frozenset({",", ";", ".", ")"})


def _parent_after_comma(toks: Tokens, i: int, finder: OrgFinder, titles: list[Title], seps: list[str]) -> None:
    """A body written alone after the comma that closes a title whose body is a unit with no parent
    ("Văn phòng", "Phòng Tổng hợp": ``sub`` in organizations.tsv) is that unit's parent: "làm Phó
    văn phòng kiêm Trưởng phòng Tổng hợp, Bộ Năng lượng" -> the Văn phòng and the Phòng Tổng hợp of
    the Bộ Năng lượng ("trưởng phòng Kế hoạch, Sở Tài chính tỉnh X; ..." alike). The titles joined
    to the last one by "kiêm" or "-" take it too. Only a body in its own right (not a unit itself:
    "..., Thường vụ Tỉnh ủy" is a seat), closed by a mark, a break or the text's end."""
    n = len(toks.k)
    if i >= n or toks.brk[i] or not toks.cap[i] or toks.k[i] not in lexicon().org_index.firsts \
            or not titles or titles[-1].org is None:
        return
    q = parse_org(toks, i, "post")
    if q is None or "sub" in q.row.flags or "needparent" in q.row.flags or q.row.category not in ("state", "party"):
        return
    if q.end < n and not toks.brk[q.end] and toks.k[q.end] not in _PARENT_CLOSERS:
        return
    body = finder.at(i)
    if body is None:
        return
    q = finder.parse_of.get(id(body))
    x = len(titles) - 1
    while True:
        org = titles[x].org
        p = finder.parse_of.get(id(org)) if org is not None else None
        if org is not None and p is not None and q is not None and "sub" in p.row.flags \
                and "alone" not in p.row.flags and not (p.parent or p.place or p.term) and q.row is not p.row:
            unit = finder.mention(replace(p, parent=q), body.province or "")
            unit.written = org.written  # the unit as the text writes it stays a label of the node
            titles[x].org = unit
        if x == 0 or seps[x - 1] not in _SHARE:
            break
        x -= 1


def _bare_last_title(toks: Tokens, i: int) -> Title | None:
    """The last item of a person's list of titles written at token i as a role without its body
    (:func:`_ends_list_bare`), "Phó" allowed, no status prefix of its own: a post whose body the
    text leaves unsaid, or None."""
    if i >= len(toks.k) or toks.brk[i] or toks.k[i] not in first_words():
        return None
    at = _scan_start(toks, i)
    if at.prefix is not None:
        # "nguyên Bí thư Đảng ủy, Chủ tịch HĐTV, nguyên Phó tổng giám đốc.": a second written
        # "nguyên" would make the titles between read as held (status.own_prefixes_only), on an item
        # whose body we cannot read; on the corpus that misread one post and split one person
        return None
    for m, row in lexicon().roles.match(toks, at.role_at):
        if isinstance(row, RoleRow) and row.needs_org and not row.deputy_only \
                and _ends_list_bare(toks, at.role_at + m):
            return replace(_make(toks, at, row, at.role_at + m, 0, None, at.role_at + m), bare=True)
    return None


def _ends_list_bare(toks: Tokens, e: int) -> bool:
    """A role written without its body ends a list of titles at token e, closed by ";", "." or ")" or
    the line's end: the list's last item, its body left unsaid ("Trung tướng A, nguyên Ủy viên Ban
    Thường vụ Đảng ủy, Phó Tổng cục trưởng; Trung tướng B, ..."). The post is the role alone (the
    read gold sets write it with no body). Not before a word: "Phó trưởng ban Thường trực", "Kế toán
    trưởng cơ quan ...", "Chủ tịch nhóm nghị sĩ ..." go on with a body we do not read, and "Phó chủ
    tịch làm ..." or "..., Bí thư các Tỉnh ủy ..." with another clause."""
    n = len(toks.k)
    return e >= n or toks.brk[e] or (toks.k[e] in (";", ".", ")") and not (e + 1 < n and toks.gap[e + 1] == ""
                                                                            and toks.word[e + 1]))


_JOIN_BODIES = phrase_table("join_bodies.tsv")  # "tham gia", "thôi tham gia": the bodies a person joins


def _past_joined_item(toks: Tokens, i: int) -> int | None:
    """The token after the mark that closes an item of a person's list of titles telling a body
    they joined, with no role (``join_bodies.tsv``), its period in brackets allowed: "Uỷ viên Bộ
    Chính trị các khoá VIII, IX; tham gia Thường trực Bộ Chính trị (8/1999-4/2001); đại biểu Quốc
    hội các khoá XI, XII". Like a body written alone (:func:`past_body_alone`), the item is no post of
    its own (no role is written) and the titles after it are still the person's. None when no such
    item starts at token i."""
    n = len(toks.k)
    hit = _JOIN_BODIES.longest(toks, i) if i < n and toks.k[i] in _JOIN_BODIES.firsts and not toks.brk[i] else None
    if hit is None or i + hit[0] >= n or not toks.cap[i + hit[0]]:
        return None
    p = parse_org(toks, i + hit[0], "post")
    if p is None:
        return None
    e = _past_period_in_brackets(toks, p.end)
    return e + 1 if e + 1 < n and toks.k[e] in _BODY_ALONE_CLOSERS and not toks.brk[e] and not toks.brk[e + 1] \
        else None


def _past_period_in_brackets(toks: Tokens, j: int) -> int:
    """Past a parenthesis at token j holding only numbers and their marks ("(8/1999-4/2001)", "(8/1 99
    9-4/2001)" as a lost space splits it), else j."""
    n = len(toks.k)
    if j >= n or toks.k[j] != "(" or toks.brk[j]:
        return j
    for k in range(j + 1, min(n, j + _MAX_BRACKET_ASIDE + 2)):
        if toks.brk[k]:
            return j
        if toks.k[k] == ")":
            return k + 1 if k > j + 1 else j
        if not (toks.k[k].isdigit() or toks.k[k] in ("/", "-", "–", ".")):
            return j
    return j


_MAX_LOWER_TAIL = 8  # lower-case words ending a body's name we did not read: "Thi [hành án và hỗ trợ tư pháp]"


def _past_lower_tail(toks: Tokens, e: int) -> int:
    """Past the lower-case end of a body's name read only in part, when a glossing parenthesis
    (:func:`past_bracket_aside`) closes it, else e: "Tổng cục Cảnh sát Thi hành án và hỗ trợ tư pháp
    (Bộ Công an), ..." (the name is read up to "Thi"). Without the parenthesis the words may be the
    sentence's verb ("Sở Y tế cho biết, ..."), so they are not passed."""
    n = len(toks.k)
    k = e
    while k < n and k - e < _MAX_LOWER_TAIL and toks.word[k] and not toks.cap[k] and not toks.brk[k] \
            and not toks.k[k].isdigit():
        k += 1
    return k if k > e and k < n and toks.k[k] == "(" and past_bracket_aside(toks, k) != k else e


_FORMER_NAME_MARKS = phrase_table("former_name_marks.tsv")  # "(cũ)": a body's old name, a gloss like "(UVBCT)"
_BODY_ALONE_CLOSERS = frozenset({",", ";"})  # what may close a body written alone inside a run
_MAX_BRACKET_ASIDE = 10  # tokens inside "(Bộ Công an)", "(UVBCT)", "(tỉnh Quảng Nam)" within a run


def past_bracket_aside(toks: Tokens, j: int) -> int:
    """Past a short parenthesis at token j that only glosses the title or body before it, else j: the
    body's abbreviation ("Ủy viên Bộ Chính trị (UVBCT), Thường trực Ban Bí thư"), the parent body of
    the unit just named ("Phó Cục trưởng Cục X, Tổng cục Y (Bộ Công an), nguyên Phó Giám đốc ...")
    or its place ("Chủ tịch UBND huyện X (tỉnh Y), ..."). It is no title and no end of the person's
    list: the titles after it are still theirs. Anything else in brackets (a period, a name, a
    sentence) is not passed over."""
    n = len(toks.k)
    if j + 2 >= n or toks.k[j] != "(" or toks.brk[j + 1]:
        return j
    e = next((x for x in range(j + 1, min(n, j + _MAX_BRACKET_ASIDE + 2))
              if toks.k[x] in ("(", ")", ",", ";", ".", ":") or toks.brk[x]), None)
    if e is None or toks.k[e] != ")" or toks.brk[e] or e == j + 1:
        return j
    a = j + 1
    if e == a + 1 and toks.upper[a] and toks.word[a] and len(toks.k[a]) >= 2:
        return e + 1  # "(UVBCT)"
    if _names_place_or_body(toks, a, e):
        return e + 1  # "(Bộ Công an)", "(tỉnh Quảng Nam)", "(Hà Nội)"
    if _FORMER_NAME_MARKS.spans(toks, a, e):
        return e + 1  # "Sở Tài chính tỉnh Y (cũ), Phó Giám đốc ...": the body's old name
    later = _LATER_NAME_MARKS.longest(toks, a) if toks.k[a] in _LATER_NAME_MARKS.firsts else None
    if later is not None and _names_place_or_body(toks, a + later[0], e):
        return e + 1  # "UBND tỉnh Nam Hà (nay là tỉnh Nam Định), nguyên Giám đốc ...": its later name
    return j


_LATER_NAME_MARKS = phrase_table("later_name_marks.tsv")  # "(nay là tỉnh Nam Định)": a name's later one


def _names_place_or_body(toks: Tokens, a: int, e: int) -> bool:
    """Tokens a to e are a place's name ("tỉnh Nam Định", "Hà Nội") or a body's ("Bộ Công an"), all of them."""
    if a >= e:
        return False
    if toks.cap[a] and toks.k[a] in lexicon().org_index.firsts:
        p = parse_org(toks, a, "post")
        if p is not None and p.end == e:
            return True
    return past_place(toks, a) == e


_TENURE_AFTER = frozenset({",", ";", _AND})
_MAX_TENURE = 12  # tokens inside "(từ tháng 3/2012 đến tháng 5/2014)"


def _past_tenure(toks: Tokens, j: int) -> int:
    """Past the tenure in brackets at token j that dates the title before it, else j: "Phó Giám đốc (từ 3/2012
    đến 5/2014) và Giám đốc Sở X (từ 6/2014 đến nay)". Why passed: the list of one career goes on behind it (the
    deputy shares the body of the title after the list word), and the officials read the dates from the bracket
    itself. The bracket opens with "từ", holds a number, closes on the same line within :data:`_MAX_TENURE`
    tokens, and a list word (",", ";" or "và") follows it; a bracket of any other kind, or one that ends the
    list, is not passed."""
    n = len(toks.k)
    if j + 2 >= n or toks.k[j] != "(" or toks.k[j + 1] != _FROM or toks.brk[j + 1]:
        return j
    e = next((x for x in range(j + 2, min(n, j + _MAX_TENURE + 2)) if toks.k[x] in ("(", ")") or toks.brk[x]), None)
    if e is None or toks.k[e] != ")" or toks.brk[e] or not any(toks.k[x][:1].isdigit() for x in range(j + 2, e)):
        return j
    if e + 1 < n and toks.k[e + 1] in _TENURE_AFTER and not toks.brk[e + 1]:
        return e + 1
    return j


_LOCAL_UNIT = "dia_phuong"  # a place written for its body ("Bí thư Thành ủy TP HCM và TP Hà Nội"): no body of its own


@cache
def _coordinated_kinds() -> frozenset[tuple[str, str]]:
    """Pairs of body kinds one role is written over at once (coordinated_bodies.tsv)."""
    return frozenset((a, b) for a, b in read_rows("coordinated_bodies.tsv", 2))


def _coordinated_body(toks: Tokens, i: int, t: Title, finder: OrgFinder) -> Title | None:
    """The same role held in a second body written after "và" at token i, with no role word of its own:
    "Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng nước Cộng hòa Cuba", "Chủ tịch HĐND và UBND xã
    X". Why: one role over coordinated bodies is one post in each (the shared README's post is a role
    plus the body it is held in), and the name written after the last body is the holder's; without
    this the run stopped at "và" and the title was lost with its holder. Only a body of the first's
    kind, or of a pair coordinated_bodies.tsv lists, whose name ends the title (at a comma, a full stop
    or a capitalised word that begins no body: the holder's name) is read so; "Phó Chủ tịch UBND tỉnh và
    Sở Y tế" and "Chủ tịch UBND tỉnh và Sở Y tế kiểm tra ..." join two actors, not two posts."""
    if t.org is None or toks.brk[i] or toks.k[i] in first_words() or t.org.kind == _LOCAL_UNIT:
        return None
    p = parse_org(toks, i, "post")  # (asked before the finder, which keeps every body it reads)
    if p is None or not (p.row.id == t.org.kind or (t.org.kind, p.row.id) in _coordinated_kinds()):
        return None
    org = finder.at(i, "post")
    if org is None:
        return None
    end = finder.last_end
    if end < len(toks.k) and toks.k[end] not in _TITLE_END and not (
            toks.cap[end] and toks.word[end] and toks.k[end] not in lexicon().org_index.firsts):
        return None
    return replace(t, start=i, role_start=i, end=end, org=org, qualifier=None, qual_at=None)


def parse_run(toks: Tokens, i: int, finder: OrgFinder, context: OrgMention | None = None) -> list[Title]:
    """The titles of one person written one after another from token i (``context``: the body of
    roles written without one, see :func:`parse_title`)."""
    titles: list[Title] = []
    seps: list[str] = []
    j = i
    n = len(toks.k)
    ahead: Title | None = None  # the title at j, read already to see whether the run goes on
    while j < n:
        t = ahead if ahead is not None else parse_title(toks, j, finder, context)
        ahead = None
        if t is None:
            break
        titles.append(t)
        # (each helper below reads nothing unless its first word ends the title: the tests spare
        # the calls at most titles' ends)
        if t.end + 2 < n and toks.k[t.end] == _TERM:
            _past_place_after_term(toks, t, finder)
        after = _more_terms(toks, t, finder) if t.end + 1 < n and toks.k[t.end] in _MORE_TERM_SEPS else t.end
        if after < n and toks.k[after] == _PLURAL_TERM[0]:
            after = _past_plural_terms(toks, after)
        j = _past_leftovers(toks, after)
        if j + 1 < n and toks.k[j] == "(":
            b = past_bracket_aside(toks, j)
            if b != j and b < n and toks.k[b] in (",", ";", "-") and not toks.brk[b]:
                j = b  # "Ủy viên Bộ Chính trị (UVBCT), Thường trực Ban Bí thư"; "Vụ trưởng Vụ X (Bộ Y) - Trưởng đoàn"
            elif (past := _past_tenure(toks, j)) != j and _then_end(toks, past) is None:
                # "Phó Giám đốc (từ 3/2012 đến 5/2014) và Giám đốc Sở X"; not before a "then" ("(từ 7/2014 -
                # 10/2017), sau đó là Chủ tịch UBND huyện X từ năm 2017 đến nay"): the officials chain
                # such runs, each keeping its own period and status
                j = past
        if after > t.end and toks.k[after - 2] == _AND and j < n and toks.k[j] == ";":
            break  # "đại biểu Quốc hội khóa II, IV và IX; Ủy viên ... Trần B": "và" closed the list
        if j + 1 < n and toks.k[j] == "," and toks.k[j + 1] == _KIEM and not toks.brk[j + 1]:
            j += 1  # "Chủ tịch HĐQT, kiêm Tổng giám đốc Công ty X": the comma before "kiêm" joins the same
        then = _then_end(toks, j, t.missing_org) if j < n and toks.k[j] in _THEN_FIRSTS else None
        if then is not None:
            ahead = parse_title(toks, then, finder, context)
            if ahead is None:
                break
            seps.append(_THEN_SEP)
            j = then
            continue
        if j < n and toks.k[j] in _RUN_SEP and not toks.brk[j]:
            # the next title is read once: kept for the next turn instead of read again there (a
            # title's reading depends only on the text and the bodies read, which it leaves as it
            # finds them when read twice)
            ahead = parse_title(toks, j + 1, finder, context) if j + 1 < n else None
            if ahead is None and toks.k[j] == _AND and j + 1 < n:
                ahead = _coordinated_body(toks, j + 1, t, finder)
            rank = past_honorific_segment(toks, j + 1) if ahead is None and toks.k[j] == "," else None
            if ahead is None and toks.k[j] == ",":
                _parent_after_comma(toks, j + 1, finder, titles, seps)
            if rank is None and ahead is None and toks.k[j] == ",":
                rank = past_body_alone(toks, j + 1, _BODY_ALONE_CLOSERS)
            if rank is None and ahead is None and toks.k[j] in _BODY_ALONE_CLOSERS:
                rank = _past_joined_item(toks, j + 1)  # "...; tham gia Thường trực Bộ Chính trị (8/1999-4/2001); ..."
            if rank is None and ahead is None and toks.k[j] in _BODY_ALONE_CLOSERS and titles[-1].org is not None:
                last = _bare_last_title(toks, j + 1)  # "..., nguyên Ủy viên BCSĐ, nguyên Thứ trưởng chịu ..."
                if last is not None:
                    titles.append(last)
                    seps.append(toks.k[j])
                    break
            if rank is not None:
                ahead = parse_title(toks, rank, finder, context)
                seat = seat_title(toks, j + 1, rank, finder) if ahead is not None else None
                if seat is not None:  # "..., Thường vụ Tỉnh ủy, Trưởng ban ...": the board's Ủy viên
                    titles.append(seat)
                    seps.append(toks.k[j])
                if ahead is not None:
                    j = rank - 1  # "Ủy viên Thường vụ Quân ủy Trung ương, Đại tướng, Chủ nhiệm ...": past the rank
            if ahead is None:
                break
            seps.append(toks.k[j])
            j += 1
            continue
        break
    if not titles:
        return titles  # no title at i (nine tries in ten): nothing below to settle
    # a role without its body borrows the next title's across "-" or "kiêm"
    for x in range(len(titles) - 2, -1, -1):
        sep = seps[x]
        if titles[x].missing_org and _unshared_body(titles[x].row, titles[x + 1].org):
            titles[x].bare = True  # "Thứ trưởng, Tổng cục trưởng Tổng cục X": a ministry's, not the Tổng cục's
            continue
        if titles[x].missing_org and _heads_another_kind(titles[x], titles[x + 1]):
            titles[x].bare = True  # "Vụ trưởng, Chánh văn phòng Ban cán sự đảng Bộ X": some Vụ, unnamed
            continue
        span = (toks.s[titles[x].role_start], toks.e[titles[x].end - 1])
        committee = _committee_of(finder, titles[x + 1].org, span) \
            if titles[x].missing_org and _is_secretary(titles[x].row) and sep in _SHARE | _SAME_ROLE_SEP else None
        if committee is None and titles[x].missing_org and _is_secretary(titles[x].row) \
                and titles[x + 1].org is not None and titles[x + 1].org.category == "state":
            continue  # "Bí thư và Chủ tịch UBND xã X" with no place read: no secretary of the UBND
        unit = _unit_in(finder, titles[x].org, titles[x + 1].org, sep)
        own = _own_place_body(toks, finder, titles[x], titles[x + 1]) if titles[x].missing_org else None
        if own is not None:
            titles[x].org = own  # "Chủ tịch kiêm Bí thư Hà Tĩnh": the UBND tỉnh Hà Tĩnh's Chủ tịch
        elif committee is not None:
            titles[x].org = committee  # "nguyên Bí thư, Chủ tịch UBND huyện X": the Huyện ủy huyện X
        elif unit is not None:
            titles[x].org = unit  # "Chánh Văn phòng, người phát ngôn UBND tỉnh": the Văn phòng UBND tỉnh
        elif titles[x].missing_org and titles[x + 1].org is not None and (
                seps[x] in _SHARE or (seps[x] in _SAME_ROLE_SEP and titles[x + 1].row is titles[x].row)):
            titles[x].org = titles[x + 1].org
        elif titles[x].missing_org and seps[x] in _SAME_ROLE_SEP and _shared_body(titles[x + 1].org) is not None:
            titles[x].org = _shared_body(titles[x + 1].org)
        elif titles[x].missing_org and phrase_tokens(titles[x].row.phrase) not in _COMMITTEE_ROLES \
                and (body := _body_past_committees(titles, seps, x + 1)) is not None:
            titles[x].org = body  # "Phó Bí thư Đảng ủy, Tổng giám đốc, Bí thư Đảng ủy, Chủ tịch HĐQT Công ty X"
        elif x < len(seps) and titles[x].org is not None and titles[x + 1].org is not None \
                and seps[x] in _SAME_ROLE_SEP \
                and titles[x + 1].row is titles[x].row and titles[x].org is not titles[x + 1].org \
                and titles[x + 1].org.name.startswith(titles[x].org.name + " ") \
                and finder.parse_of.get(id(titles[x].org)) is not None \
                and not finder.parse_of[id(titles[x].org)].has_place():
            titles[x].org = titles[x + 1].org  # "Phó Chánh Văn phòng, Chánh Văn phòng Sở Tư pháp"
    # "nguyên Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": a former title's "nguyên" carries over the
    # titles joined to it by a comma, "-" or "kiêm", up to one with its own prefix
    for x in range(1, len(titles)):
        if titles[x].prefix is None and titles[x - 1].prefix == "former" and x - 1 < len(seps) \
                and seps[x - 1] in _CARRY_SEP and not _seat_of_term(titles[x]) and not _full_time(toks, titles[x]):
            titles[x].prefix = "former"
    titles = [t for t in titles if not t.missing_org]
    # one person's bodies without a place take the province another of their titles names
    named = {t.org.province for t in titles if t.org is not None and t.org.scope == "province"
             and finder.parse_of.get(id(t.org)) is not None
             and finder.parse_of[id(t.org)].province() is not None}
    if len(named) == 1:
        (province,) = named
        for t in titles:
            if t.org is not None:
                t.org = finder.in_province(t.org, province)
    _foreign_committees(titles, finder)
    if len(titles) > 1:  # (one title has no next one: most runs)
        _standing_boards_of_next(toks, titles, seps, finder)
    return titles
