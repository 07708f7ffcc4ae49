"""The members listed under a body's heading after the report tells their election into it are elected now.

A congress report tells the election, then lists the new body: "Đại hội đã bầu 59 người vào Ban chấp hành
Đảng bộ và 15 người vào Ban thường vụ Thành ủy khóa mới." ... "Danh sách Ban Thường vụ Thành ủy khóa VIII:" then
"1- A - Bí thư Thành ủy", "2- B - ...". The officials extractor reads each item as a member of the body, and
the heading itself ("Danh sách Ban Thường vụ ...:") carries no verb, so the membership reads as held. The
report's own event put them there: "appointed" (the gold reads a re-elected member so too). A list under a
bare heading with no election told ("Bộ Chính trị:" then "- Tổng Bí thư A"), as a congress's closing report
writes its new leadership, stays held (mid21 vntc-0072's gold).

A list is the held memberships of three or more persons that one mention of a body gives (the heading). It is
elected when an earlier sentence writes an election verb (``election_cues.tsv``: "bầu", "được bầu",
"trúng cử") and then "vào" before a mention of that body (the same kind of body, one name the other's
start: "Ủy ban Kiểm tra Trung ương" / "Ủy ban Kiểm tra Trung ương Đảng"), with no negation right before the
verb ("không trúng cử vào"). The verb may also take the body as its object, with no "vào": "Đại hội đã bầu
Ban Chấp hành Đảng bộ tỉnh khóa XIX gồm 53 đồng chí, Ban Thường vụ Tỉnh ủy gồm 15 đồng chí", "Hội nghị lần
thứ nhất bầu Ban Thường vụ, Bí thư Tỉnh ủy", "53 đồng chí trúng cử Ban Chấp hành" (:func:`_election_of`).

A list headed by the count of the members it names goes on with the election the sentences before it told
into the same body (:func:`_counted_after_election`, thirty-sixth round): "HĐND thành phố bầu ông A giữ chức Chủ
tịch UBND thành phố. Ông B và bà C giữ chức Phó Chủ tịch. Ngoài ra, còn có 5 ủy viên UBND, gồm: ông D - Giám đốc
Công an thành phố; ..." (mid27's gold: the five members appointed).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import cache

from kg.model import Extraction, OrgMention, PostMention, Report, Span
from kg.reference.numerals import cardinal_words
from kg.textkey import key as text_key

from .doc_tables import alternation, read_tsv
from .lexicon import lexicon
from .sentences import sentences

_MIN_LISTED = 3  # persons under one heading: fewer is a sentence, not a list
_ELECTION_REACH = 2  # sentences before a counted list's heading that may tell the election it goes on with


def _cue_keys(*tables: str) -> list[str]:
    """The "cue" column of each table (``election_cues.tsv``, ``roster_designation_cues.tsv``), folded as the
    report's key is, in the tables' order."""
    return [text_key(r["cue"]) for name in tables for r in read_tsv(name)]


@cache
def _election_into() -> re.Pattern[str]:
    """An election verb and "vào" after it in the same stretch of a sentence, on the report's key: "đã bầu 15
    người vào", "được bầu vào", "trúng cử vào"; not after "không"."""
    cues = _cue_keys("election_cues.tsv")
    return re.compile(rf"(?<![\w])(?<!không )(?:{alternation(cues)})(?![\w])[^.;:]*?(?<![\w])vào(?![\w])")


@cache
def _election_of() -> re.Pattern[str]:
    """An election verb whose object is the body written right after it, on the report's key, matched up to
    the body's first character: "bầu ban thường vụ", "bầu ra ban chấp hành", "trúng cử ban chấp hành"; or the
    second (third …) body of a list of bodies each with its count, "bầu ban chấp hành … gồm 53 đồng chí, ban
    thường vụ …" (";" between them too), or the second of two bodies, "chỉ định Ban Chấp hành, Ban Thường vụ
    Tỉnh uỷ"; not after "không". A higher body's designation (``roster_designation_cues.tsv``: "chỉ định")
    names the new members as an election does."""
    cues = _cue_keys("election_cues.tsv", "roster_designation_cues.tsv")
    return re.compile(rf"(?<![\w])(?<!không )(?:{alternation(cues)})(?: ra)? "
                      rf"(?:[^.:]*? gồm (?:có )?\d+ [^.;:,]*?[,;] (?:và )?|ban [^.;:,]*?(?:, | và ))?$")


def _member_role(pm: PostMention) -> bool:
    return pm.role_id == "uy_vien" and not pm.deputy


def _same_body(a: OrgMention, b: OrgMention) -> bool:
    """One body written twice: the same kind, and one name the start of the other."""
    if a.kind != b.kind:
        return False
    x, y = text_key(a.name).lower(), text_key(b.name).lower()
    return x.startswith(y) or y.startswith(x)


def _elected_body(k: str, start: int, at: int) -> bool:
    """The body written at ``at`` is the object of an election verb of its sentence (opening at ``start``)."""
    return _election_of().search(k[start:at]) is not None


def elected_lists(report: Report, extraction: Extraction) -> None:
    """Give the members of a body's list "appointed" when the report told their election (module docstring), and
    an item's own narrower title the act of its heading (:func:`narrowed_items`)."""
    narrowed_items(report, extraction)
    bracketed_items(report, extraction)
    lists: dict[int, list[PostMention]] = defaultdict(list)
    for pm in extraction.posts:
        if pm.status == "holds" and pm.org is not None and _member_role(pm):
            lists[pm.span.start].append(pm)
    lists = {s: ps for s, ps in lists.items() if len({id(p.person) for p in ps}) >= _MIN_LISTED}
    if not lists:
        return
    k = report.key
    sents = sentences(report)
    starts = [s.start for s in sents]
    election = _election_into()
    for at, posts in lists.items():
        body = posts[0].org
        assert body is not None
        i = bisect_right(starts, at) - 1
        for org in extraction.organizations:
            if org.span.start < 0 or not _same_body(org, body):
                continue
            j = bisect_right(starts, org.span.start) - 1
            if j < 0 or j >= i:
                continue
            m = election.search(k, sents[j].start, org.span.start)
            told = m is not None and "." not in k[m.end() : org.span.start]
            if told or _elected_body(k, sents[j].start, org.span.start):
                for pm in posts:
                    pm.status = "appointed"
                break
        else:
            if _counted_after_election(k, sents[i].start, at, i, posts, extraction.posts, starts):
                for pm in posts:
                    pm.status = "appointed"
        rest_of_roster(report, extraction, posts, sents, starts)


@cache
def _count_before() -> re.Pattern[str]:
    """A count written right before a list's heading, on the report's key: "còn có 5 |ủy viên UBND, gồm:", "bầu
    ba |ủy viên"."""
    words = [text_key(w) for w in cardinal_words()]
    return re.compile(rf"(?<![\w])(?:\d+|{alternation(words)})\s+$")


def _counted_after_election(k: str, first: int, at: int, i: int, listed: list[PostMention],
                            posts: list[PostMention], starts: list[int]) -> bool:
    """The list headed at ``at`` (in sentence ``i``, opening at ``first``) gives the count of its members right
    before the heading ("5 ủy viên UBND, gồm: ..."), and one of the :data:`_ELECTION_REACH` sentences before it
    tells the appointment of someone else into the same body ("... bầu ông A giữ chức Chủ tịch UBND thành
    phố."): the list goes on with that election. A list with no count ("Dự có các ủy viên UBND: ...") names those
    who hold the seat."""
    if _count_before().search(k, first, at) is None:
        return False
    body = listed[0].org
    assert body is not None
    names = {id(p.person) for p in listed}
    for pm in posts:
        if pm.status != "appointed" or pm.org is None or id(pm.person) in names or not _same_body(pm.org, body):
            continue
        j = bisect_right(starts, pm.span.start) - 1
        if i - _ELECTION_REACH <= j < i:
            return True
    return False


def narrowed_items(report: Report, extraction: Extraction) -> None:
    """An item of a roster whose heading gives its post to each item, written with its own title that is the
    heading's role narrowed by a qualifier in the same body, holds that title by the heading's act: "Các Phó Chủ
    tịch UBND tỉnh được bầu gồm: ông A, Phó Chủ tịch Thường trực; ông B; ông C." gives B and C "Phó Chủ tịch"
    (appointed) at the heading, and A's "Phó Chủ tịch Thường trực" is the post A was elected to, not one he held
    before (the item's title is his share of the heading's role: written alone, it would be that post).

    A heading is a post of two persons or more that one mention gives ("appointed" or "nominated"); the narrowed
    title is a held post of another person of the heading's sentence, written after the heading, whose role
    starts with the heading's role and goes on ("Phó Chủ tịch" + "Thường trực"), in the same body."""
    by_span: dict[int, list[PostMention]] = defaultdict(list)
    for pm in extraction.posts:
        if pm.status in ("appointed", "nominated") and pm.org is not None:
            by_span[pm.span.start].append(pm)
    headings = [ps for ps in by_span.values() if len({id(p.person) for p in ps}) >= 2]
    if not headings:
        return
    sents = sentences(report)
    starts = [s.start for s in sents]
    for heading in headings:
        first = heading[0]
        assert first.org is not None
        i = bisect_right(starts, first.span.start) - 1
        if i < 0:
            continue
        role = text_key(first.role).lower() + " "
        listed = {id(p.person) for p in heading}
        for pm in extraction.posts:
            if (pm.status == "holds" and pm.org is not None and id(pm.person) not in listed
                    and first.span.end <= pm.span.start < sents[i].end
                    and text_key(pm.role).lower().startswith(role) and _same_body(pm.org, first.org)):
                pm.status = first.status


@cache
def _qualifiers() -> str:
    """The qualifiers of ``role_qualifiers.tsv`` ("Thường trực", "dự khuyết" ...): an alternation on the key."""
    return alternation([text_key(r["word"]).lower() for r in read_tsv("role_qualifiers.tsv")])


def bracketed_items(report: Report, extraction: Extraction) -> None:
    """An item of a list under a plural title, its name followed by the heading's role and a qualifier in brackets,
    holds that narrowed role in the heading's body: "các đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương: A (Phó
    Chủ nhiệm Thường trực), B, C" gives A "Phó Chủ nhiệm Thường trực" (B and C "Phó Chủ nhiệm"), as "A, Phó Chủ
    nhiệm Thường trực Ủy ban Kiểm tra Trung ương" would: the bracket says which of the heading's posts is his.

    A heading is a post with a body and no qualifier that one mention gives two persons or more; the bracket is
    written right after a mention of the person's name, after the heading, and holds the heading's role (any case
    or tone style) and one qualifier of ``role_qualifiers.tsv``, nothing else."""
    by_span: dict[tuple[int, int], list[PostMention]] = defaultdict(list)
    for pm in extraction.posts:
        if pm.org is not None and pm.qualifier is None:
            by_span[(pm.span.start, pm.span.end)].append(pm)
    headings = [ps for ps in by_span.values() if len({id(p.person) for p in ps}) >= 2]
    if not headings or "(" not in report.text:
        return
    k = report.key
    for heading in headings:
        role = re.escape(text_key(heading[0].role).lower())
        bracket = re.compile(rf"\s*\(\s*{role}\s+({_qualifiers()})\s*\)")
        for pm in heading:
            m = next((m for s in pm.person.spans if s.start >= pm.span.end and (m := bracket.match(k, s.end))), None)
            if m is None:
                continue
            qualifier = report.text[m.start(1) : m.end(1)]
            pm.role, pm.qualifier = f"{pm.role} {qualifier}", qualifier
            if pm.role_en:
                pm.role_en = ("Standing " if qualifier.lower().startswith("th") else "Alternate ") + pm.role_en


@cache
def _rest_words() -> re.Pattern[str]:
    """``roster_rest_words.tsv`` ("còn lại") right after a roster's heading body, on the report's key."""
    return re.compile(rf"\s*(?:{alternation([text_key(r['word']).lower() for r in read_tsv('roster_rest_words.tsv')])})"
                      r"(?![\w])")


def _owner_name(org: OrgMention) -> str:
    """The name of the body a board belongs to, on the key, lower case: "ban thường vụ đảng ủy xã" -> "đảng ủy xã" (a
    row of organizations.tsv flagged ``sub`` names the board's head words); the whole name for another body."""
    name = text_key(org.name).lower()
    row = lexicon().orgs.get(org.kind)
    if row is not None and "sub" in row.flags:
        head = text_key(row.canonical).lower()
        name = name[len(head):].lstrip() if name.startswith(head) else name
    return name


def rest_of_roster(report: Report, extraction: Extraction, roster: list[PostMention], sents: list[Span],
                   starts: list[int]) -> None:
    """A roster whose heading body is followed by "còn lại" (``roster_rest_words.tsv``) names the members left after
    those the sentences before it named: "Ban Chấp hành Đảng bộ xã đã bầu Ban Thường vụ Đảng ủy gồm 7 đồng chí. Ông A
    tiếp tục được bầu giữ chức Bí thư Đảng ủy xã; bà B được bầu giữ chức Phó Bí thư Đảng ủy xã. Các Ủy viên Ban
    Thường vụ Đảng ủy xã còn lại gồm các đồng chí: C, D, E." A and B, named in one of the :data:`_ELECTION_REACH`
    sentences before the roster's and holding or gaining a post of the board's own body (the Đảng ủy xã, the post
    perhaps read at an earlier mention: the lead's "ông A, Bí thư Đảng ủy xã"), sit on the board too, with the
    roster's status."""
    seat = roster[0]
    if seat.org is None or not _rest_words().match(report.key, seat.span.end):
        return
    owner = _owner_name(seat.org)
    i = bisect_right(starts, seat.span.start) - 1
    listed = {id(p.person) for p in roster} | {id(p.person) for p in extraction.posts
                                                if p.org is not None and _same_body(p.org, seat.org)}
    added: list[PostMention] = []
    lo = sents[max(0, i - _ELECTION_REACH)].start
    for pm in extraction.posts:
        if pm.status not in ("appointed", "holds") or pm.org is None or id(pm.person) in listed:
            continue
        name = text_key(pm.org.name).lower()
        if owner and (name.startswith(owner) or owner.startswith(name)) \
                and any(lo <= s.start < sents[i].start for s in pm.person.spans):
            listed.add(id(pm.person))
            added.append(replace(seat, person=pm.person, id=""))
    extraction.posts.extend(added)
