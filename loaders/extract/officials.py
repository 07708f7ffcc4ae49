"""Pipeline component: the officials of a report (organizations, persons, posts).

``extract_officials(report, extraction)`` runs four passes over the report's tokens:
1. organizations (:mod:`.organizations`): every named body, canonical name, place, parent;
2. names (:mod:`.names`): full names, short references, credits;
3. titles (:mod:`.titles`): runs of titles, attached to the name they follow ("ông X, Bí thư ...",
   "ông X (Phó Chủ tịch ...)", "bầu ông X giữ chức ...") or precede ("Bí thư Tỉnh ủy X");
4. persons and posts: names grouped into persons (a two-syllable run that is the start or end of a
   longer name is that person; a short reference goes to the nearest preceding person with that
   given name, preferring one whose title the text repeats), and one post per (person, role, body).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, NamedTuple

from kg.loaders.extract.careers import (
    Period,
    all_periods,
    career_lists,
    dated,
    heading_subject,
    held_since,
    past_written_place,
    read_period,
    transfer_lists,
)
from kg.loaders.extract.chronicle import chronicle
from kg.loaders.extract.directives import find_term
from kg.loaders.extract.doc_tables import tables as doc_tables
from kg.loaders.extract.doc_tables import words_by_use
from kg.loaders.extract.elections import NEGATIONS, candidates, cue_ending_at, elected_lines, elected_members
from kg.loaders.extract.lexicon import (
    OrgRow,
    RoleRow,
    lexicon,
    past_honorific_segment,
    phrase_table,
    read_rows,
    role_row,
)
from kg.loaders.extract.lists import (
    heading_lists,
    honorific_start,
    name_alone,
    names_in_list,
    plural_word,
    shared_titles,
    skip_honorifics,
)
from kg.loaders.extract.names import (
    NameHit,
    after_capacity_clause,
    after_place_kind,
    after_place_word,
    cap_name,
    find_names,
    foreign_fold,
    named_thing_at,
)
from kg.loaders.extract.organizations import (
    OrgFinder,
    bare_head_reach,
    first_word_tokens,
    parse_org,
    report_bare_heads,
)
from kg.loaders.extract.post_keys import post_key
from kg.loaders.extract.status import (
    CHAIN_CARRIED,
    SENTENCE_END,
    UNDONE,
    clause_start,
    clause_status,
    own_prefixes_only,
    undone_words,
)
from kg.loaders.extract.titles import (
    Title,
    abroad_length,
    bare_title,
    parse_run,
    parse_title,
    past_body_alone,
    past_place,
    role_alone,
    role_english,
    seat_title,
)
from kg.loaders.extract.titles import first_words as title_first_words
from kg.loaders.extract.tokens import (
    PhraseIndex,
    Tokens,
    joined_hyphen,
    phrase_index,
    phrase_tokens,
    report_tokens,
    sentence_end,
    sentence_start,
)
from kg.model import Extraction, OrgMention, PartialDate, PersonMention, PostMention, Report, Span
from kg.reference.numerals import cardinal_to_int, ordinal_to_int, read_term
from kg.reference.numerals import is_roman as _roman
from kg.textkey import compact
from kg.textkey import key as text_key

# Between a name and its titles: punctuation of an apposition ...
_APPOSITION = frozenset({",", "(", "-", ":"})
# Between a run of titles and the name it belongs to: "Giám đốc Sở Y tế - ông X", "Chủ tịch: ông X"
_BEFORE_NAME = frozenset({",", "-", ":"})
# ... or a verb that gives the person a post ("bầu ông X giữ chức ...").
_LINKS = phrase_table("link_verbs.tsv")
# Compounds whose second syllable is a link word but which link nothing ("Ban Tổ chức", "cách chức").
_NOT_LINKS = phrase_table("link_compounds.tsv")
_MAX_LINK_GAP = 10
# Between a title and the name it belongs to: "chức vụ Bộ trưởng ... với ông X".
_OF_LINKS = phrase_table("of_links.tsv")
_OF_LINK_STATUS = {w: status for w, status in read_rows("of_links.tsv", 2) if status}
_FILLERS = frozenset(phrase_tokens("được đã vừa sẽ đang cũng tiếp tục chính thức cùng lại tái ra về sang lên vẫn bị "
                                   "lần lượt hiện nay tuổi , sau đó đồng thời đến vào"))
_TERM_WORDS = frozenset(phrase_tokens("nhiệm kỳ khóa -"))
_KHOA = phrase_tokens("khóa")[0]
# how long a post was held, between the subject and the verb
_DURATION = phrase_table("duration_words.tsv")
_PURPOSE = phrase_tokens("để")[0]
_GO = phrase_tokens("đi")[0]  # "đi làm <title>": moved to the post
_LEVEL_WORDS = frozenset(phrase_tokens("tỉnh thành phố huyện quận xã"))
_REPLACES = phrase_table("replace_cues.tsv")
_REPLACE_ADJUNCTS = phrase_table("replace_gap_adjuncts.tsv")
_CONTINUED = phrase_table("continue_cues.tsv")
_BASIS = phrase_table("basis_cues.tsv")
_WHILE_HELD = phrase_table("while_held_cues.tsv")
_NOT_BEFORE_TITLE = frozenset(phrase_tokens("của thay với cho gửi"))
_SERVING = frozenset(phrase_tokens(w) for w in ("phát ngôn", "trợ lý", "thư ký", "người phát ngôn"))
# a few unnamed holders: "rồi mấy ông Bộ trưởng, Thứ trưởng Tài nguyên - Môi trường, ông X, nguyên Bí
# thư ...": the titles are theirs, not X's
_GROUP = frozenset((a, b) for a in phrase_tokens("mấy vài những nhiều") for b in phrase_tokens("ông bà vị"))
# "Thay mặt Thường trực HĐND tỉnh, ông X trao hoa": X acts for the body the title names, it is not his post
_ON_BEHALF = frozenset({phrase_tokens("thay mặt")})
_NOT_THE_NAMES = _SERVING | _GROUP | _ON_BEHALF
_HONORIFIC_WORDS = frozenset(phrase_tokens("ông bà đồng chí các anh chị"))


def _reaches(toks: Tokens, j: int, start: int) -> bool:
    """From token j, only honorifics ("ông", "bà", "đồng chí" ...) and ranks ("Đại tá": ``honorifics.txt``,
    :func:`.lists.honorific_start`) lie before the name at ``start``: the two names are neighbours in
    one list ("Đại tá A, Trưởng phòng X và Đại tá B, Trưởng phòng Y, được bổ nhiệm ...")."""
    return j <= start and honorific_start(toks, start) <= j

_STATUS_RANK = {"holds": 0, "former": 1, "nominated": 2, "appointed": 3, "left": 4}


@dataclass
class _Person:
    mention: PersonMention
    keys: tuple[str, ...]
    starts: list[int] = field(default_factory=list)  # token starts of its mentions
    titles: list[tuple[Title, str]] = field(default_factory=list)  # (title, status)
    only_credit: bool = True
    listed_former: set[int] = field(default_factory=set)  # ids of titles a career list gives as former
    fronted_former: set[int] = field(default_factory=set)  # ids of titles former only by a fronted cue


def _display(toks: Tokens, i: int, j: int) -> str:
    name = toks.surface(i, j)
    if name.isupper() and len(name) > 3 and "." not in name:
        name = " ".join(w[:1] + w[1:].lower() for w in name.split())
    return unicodedata.normalize("NFC", name)


def extract_officials(report: Report, extraction: Extraction) -> None:
    """Append the report's organizations, persons and posts to ``extraction``."""
    toks = report_tokens(report)
    finder = OrgFinder(toks, report.province)
    finder.scan()
    hits = find_names(toks, finder.covered)
    runs = _runs(toks, finder, {h.start for h in hits}, {x for h in hits for x in range(h.start + 1, h.end)},
                 {h.end for h in hits})
    for run in runs.values():
        own_prefixes_only(run, [toks.k[t.start - 1] if t.start else "" for t in run])
    guessed = _context_bodies(toks, runs, finder)
    hits += _title_names(toks, runs, hits, finder.covered, finder)
    hits.sort(key=lambda h: h.start)
    _split_between_names(toks, runs, hits)
    _split_between_parties(toks, runs, hits)
    persons, hit_person = _persons(toks, hits)
    claimed: set[int] = set()
    _share(toks, runs, hits, hit_person, claimed)
    _numbered_nominees(toks, runs, hits, hit_person, claimed)
    _spokesmen(toks, runs, hits, hit_person, claimed)
    read_of_runs: dict[str, Any] = {}  # what both passes of _attach read off the runs alone: made once
    used_quals = _attach(toks, runs, hits, hit_person, claimed, read_of_runs=read_of_runs)
    _resolve_shorts(toks, hits, persons, hit_person, runs)
    used_quals |= _attach(toks, runs, hits, hit_person, claimed, shorts=True, read_of_runs=read_of_runs)
    _held_while_acting(toks, runs, hits, hit_person, claimed)
    lists = career_lists(toks, {s: run[-1].end for s, run in runs.items()})
    used_quals |= _careers(toks, runs, hits, hit_person, claimed, lists)
    _subject_clauses(toks, runs, hits, hit_person, claimed)
    _fronted_clauses(toks, runs, hits, hit_person, claimed)
    _year_steps(toks, runs, hits, hit_person, claimed)
    _cv_lines(toks, runs, hits, hit_person, claimed)
    chronicle(toks, runs, hits, hit_person, claimed)
    _session_deputies(toks, hits, hit_person, finder)
    _deputy_standings(toks, hits, hit_person, finder)
    _aides(toks, hits, hit_person, runs)
    _roles_in_parens(toks, hits, hit_person, runs)
    _elections(toks, hits, hit_person, finder, runs)
    _candidates(toks, hits, hit_person, runs)
    _elected_lines(toks, hits, hit_person, runs)
    _led_by(toks, hits, hit_person, finder)
    _reason_moves(toks, runs, hits, hit_person, claimed)
    _replaced(toks, runs, hits, hit_person, claimed)
    _replaced_after_move(toks, runs, hits, hit_person)
    _same_post_as_before(toks, runs, hits, hit_person)
    _qualified_repeats(toks, persons)
    _shared_noun_deputies(persons)
    _state_heads_named_twice(persons)
    _finish(persons)
    _drop_guessed_repeats(persons, guessed)
    finder.drop_qualifiers(used_quals)
    extraction.organizations.extend(finder.mentions)
    for p in persons:
        extraction.persons.append(p.mention)
    _one_province_per_person(persons, finder)
    notes = _PostNotes()
    posts = _posts(toks, persons, _run_periods(toks, runs, lists, {h.start for h in hits}), notes)
    _pending(toks, posts)
    _told_before(toks, posts)
    _then_steps(toks, posts)
    _rotations(toks, posts)
    _past_terms(toks, posts, report, notes)
    _held_now_named(toks, posts)
    _later_term_held(toks, posts)
    _deceased(toks, persons, posts, report)
    _promoted(posts)
    posts = _qualified_holds(toks, _bare_repeats(_asked_acts(toks, posts)))
    _unstate_floors(posts)
    _drop_committee_places(extraction, posts, finder)
    extraction.posts.extend(posts)


_ASKED = phrase_table("asked_act_words.tsv")


def _asked_acts(toks: Tokens, posts: list[PostMention]) -> list[PostMention]:
    """Every post but an appointment or a nomination told in a question that asks whether the act
    happens (a sentence ending with "?" and holding a word of asked_act_words.tsv: "Ông có thể xác nhận
    thông tin rằng tới đây ông X sẽ được đề cử vào chức Chủ tịch nước?", "Liệu ông X có được bổ nhiệm
    ...?", "Ông X có được bầu làm Chủ tịch hay không?"): the report does not state the act, and the
    question states no post. The word stands before the title, or closes the question: a title before a
    question word inside the sentence is one the question takes as given ("Thưa tân Bộ trưởng A, ông có
    thể xác nhận ...?"). A question that takes the act as done ("Vì sao ông X được bổ nhiệm làm Giám đốc
    Sở?") keeps it."""
    asks = [x for x in toks.where(_ASKED.firsts) if _ASKED.longest(toks, x)]
    if not asks:
        return posts

    def asked(pm: PostMention) -> bool:
        k = bisect_left(toks.s, pm.span.start)
        a, e = sentence_start(toks, k), sentence_end(toks, k)
        return e < len(toks.k) and toks.k[e] == "?" \
            and any(a <= x < k or x > k and x + _ASKED.longest(toks, x)[0] == e for x in asks)  # type: ignore[index]
    return [pm for pm in posts if pm.status not in ("appointed", "nominated") or not asked(pm)]


def _drop_committee_places(extraction: Extraction, posts: list[PostMention], finder: OrgFinder) -> None:
    """The place a secretary's title was read with ("Bí thư TP.HCM xót xa …", "Bí thư TP.HCM" beside
    "Bí thư Thành ủy TP.HCM") when the report names that place's Party committee ("Thành ủy TP.HCM"):
    the secretary is the committee's, and that mention of the place is no body of the report by
    itself (the read sets' gold lists the Thành ủy and not the city in the reports of this shape). The
    place written elsewhere is another mention and stays; one a kept post has as its body stays too."""
    if not finder.committee_places:
        return
    kept = {id(pm.org) for pm in posts if pm.org is not None}
    named = {(m.kind, text_key(m.name)) for m in extraction.organizations}

    def committee_named(m: OrgMention) -> bool:
        kind, place = finder.committee_places[id(m)]
        return any(k == kind and name.endswith(text_key(place)) for k, name in named)

    extraction.organizations[:] = [m for m in extraction.organizations if id(m) not in finder.committee_places
                                   or id(m) in kept or not committee_named(m)]


def _unstate_floors(posts: list[PostMention]) -> None:
    """"Tháng 5/2008, ông làm Phó Bí thư, Bí thư Tỉnh ủy": the Bí thư came after May 2008, not then;
    that start has given the post its status (a past step, closed by a later one) and is not stated."""
    for pm in posts:
        if pm.start_floor:
            pm.start, pm.start_floor = None, False


# --------------------------------------------------------------------------------------------
# Titles


def _runs(toks: Tokens, finder: OrgFinder, name_starts: set[int],
          in_names: frozenset[int] | set[int] = frozenset(),
          name_ends: frozenset[int] | set[int] = frozenset()) -> dict[int, list[Title]]:
    """Every run of titles in the text, by its first token. None starts inside a name: a given
    name that is also a role's first word ("ông Lê Văn Chánh, Giám đốc Sở ...": "Chánh")."""
    lex = lexicon()
    runs: dict[int, list[Title]] = {}
    n = len(toks.k)
    inner = _inside_bodies(toks, finder)
    first_words = title_first_words()
    done = 0  # the token after the last run read
    ends_made = False  # _listed_body's table of the bodies read so far is made (see below)
    keys = toks.k
    cue_firsts = lex.status_cues.firsts
    roles = lex.roles
    role_root, brk = roles.firsts, toks.brk
    # the words the three guards look back for (below): a set lookup each before the guard is called
    company_last, compound_firsts, part_firsts = _COMPANY_FORM[-1], _ROLE_COMPOUNDS.firsts, _NAME_PARTS.firsts
    # a workplace cue reads a body only after it: before the text's first cue (in most reports there
    # is none) _workplace finds nothing and is not asked (it was asked about a hundred times a report)
    cues = toks.remember("officials.workplace_cues", lambda: _workplace_cues(toks))
    first_cue = cues[0][0] if cues else n
    # the word tests first: most tokens begin no title, and the checks after them are dearer; the
    # walk goes from one status cue or role word to the next (Tokens.where), not through every token
    for i in toks.where(_run_firsts()):
        if i < done:
            continue  # inside a run read already
        k = keys[i]
        cue = k in cue_firsts or k in ("phó", "quyền")
        if i in name_starts or i in in_names:
            continue
        if not cue:  # a role's first word: a role must start here (roles.longest, its first steps inline)
            level, ends = role_root[k]
            if not ends and (i + 1 >= n or brk[i + 1] or keys[i + 1] not in level or not roles.longest(toks, i)):
                continue  # (a word that is a role alone is one; one that is none needs the next word)
        # (a role's first word alone is often an ordinary word: "tỉnh", "người": the role asked
        # before the three guards, it turns away nearly half the candidates, they one in thirty.
        # Each guard is called only when the word it looks back for stands there: about four
        # hundred calls a report, nearly all of which found nothing)
        if i > 0 and ((keys[i - 1] == company_last and _company_form(toks, i))
                      or (keys[i - 1] in compound_firsts and _ends_compound(toks, i))
                      or (i > 1 and (keys[i - 2] in part_firsts or (i > 2 and keys[i - 3] in part_firsts))
                          and _in_a_name(toks, i))):
            continue
        if k not in first_words:
            # a status cue's first word that begins no title ("được", "có": three tries in four):
            # every reading below starts a title at i and finds none. Only what they leave behind
            # is made: the body a workplace cue reads (its mention is kept) and _listed_body's
            # table of the bodies read so far, made at the first try as before (asked of the
            # tokens' memo once per pass, not at each of these hundred tries a report)
            if i > first_cue:
                _workplace(toks, i, finder)
            if not ends_made:
                toks.remember("officials.org_ends", lambda: _org_ends(toks, finder))
                ends_made = True
            continue
        run = parse_run(toks, i, finder)
        if run and run[-1].end + 1 < n and toks.k[run[-1].end] == "," and not toks.brk[run[-1].end + 1]:
            last = bare_title(toks, run[-1].end + 1, name_starts)
            if last is not None:  # "Bí thư Đảng ủy, Tổng Giám đốc Lê Văn A": a last role written bare
                run = [*run, last]
        if not run:
            bare = bare_title(toks, i, name_starts)
            run = [bare] if bare is not None else []
        if not run and i > first_cue:
            where = _workplace(toks, i, finder)
            run = parse_run(toks, i, finder, where) if where is not None else []
        if not run:
            unit = _listed_body(toks, i, finder)
            run = parse_run(toks, i, finder, _whole_body(unit, finder)) if unit is not None else []
            for t in run:
                if t.row.phrase == _MEMBER_ROLE:  # "Thường trực HĐND gồm: ... bà B - Ủy viên"
                    t.org = unit
        if not run:
            voter = _electing_body(toks, i, finder)
            run = parse_run(toks, i, finder, voter) if voter is not None else []
        if not run:
            said = _plural_context_body(toks, i, finder, runs, name_starts)
            run = parse_run(toks, i, finder, said) if said is not None else []
        if not run:
            last_start = next(reversed(runs)) if runs else None
            goes_on = last_start is not None and toks.k[i - 1] == "," and runs[last_start][-1].end == i - 1
            run = _bare_head_title(toks, i, finder) or (_bare_head_between(toks, i, finder) if goes_on else []) \
                or _bare_head_before_name(toks, i, finder, name_starts)
            if run and goes_on:
                runs[last_start] = [*runs[last_start], *run]  # "Bí thư Đảng ủy, Chính ủy Quân khu": one run
                done = run[-1].end
                continue
        if not run and runs:
            run = _echoed_body_title(toks, i, finder, runs, name_starts, name_ends)
        if not run:
            run = _back_referred_title(toks, i, finder)
        if not run and i > 0 and toks.k[i - 1] == ",":
            run = _predicate_body_title(toks, i, finder, name_ends)
        if not run and i > 0 and toks.k[i - 1] == "," and runs:
            # the last title of the run before it, which the comma continues
            last_start = next(reversed(runs))
            qualified = _heading_qualified(toks, i, finder, runs)
            if qualified and runs[last_start][-1].end == i - 1:
                runs[last_start] = [*runs[last_start], *qualified]
                done = qualified[-1].end
                continue
            if qualified and i - 1 in name_ends:
                run = qualified  # "gồm các ông A, Phó trưởng ban Thường trực; B; C": A's own title
        if not run and i > 0 and toks.k[i - 1] == "(" and runs:
            # "6 Phó chủ tịch gồm các ông: A (Phó chủ tịch thường trực); B; ...": A's own run
            run = _heading_qualified(toks, i, finder, runs)
        if run and run[0].end <= inner.get(i, -1):
            run = []  # "thông báo của Ban Bí thư Trung ương, ông X": a role word inside a body's name
        if run:
            seat = _seat_before(toks, i, done, finder)
            done = run[-1].end
            cut = _past_compared(toks, i, run)
            if cut is not run:
                i, run, seat = cut[0].start, cut, None
        if run:
            _past_body_before_name(toks, run, finder, name_starts)
            if seat is not None:  # "ông A, Thường vụ Tỉnh ủy, Phó Chủ tịch ...": the seat opens the run
                i, run = seat.start, [seat, *run]
            runs[i] = run
    return runs


_COMPARISONS = phrase_table("comparison_words.tsv")


_SEAT_OPENERS = frozenset({",", ";", "-", "("})  # what may stand before a seat that opens a run
_BODY_ALONE_MARKS = frozenset({",", ";"})  # what may close the seat's body
_MAX_SEAT = 10  # tokens of a seat's body and its mark: "Thường vụ Đảng ủy Khối doanh nghiệp Trung ương,"


def _seat_before(toks: Tokens, i: int, floor: int, finder: OrgFinder) -> Title | None:
    """The seat written alone right before the run of titles at token i, after a name or an opening
    mark ("ông A, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh", "12. B, Thường vụ Thành ủy, Bí thư
    Quận ủy X": :func:`.titles.seat_title`), not before token ``floor`` (the last run's end), or None.
    Looked for only when a comma or ";" stands right before the run, a few tokens back."""
    if i < 3 or toks.k[i - 1] not in (",", ";") or toks.brk[i - 1]:
        return None
    for s in range(i - 2, max(floor, i - _MAX_SEAT, 1) - 1, -1):
        if toks.brk[s]:
            return None
        if toks.k[s - 1] in _SEAT_OPENERS and past_body_alone(toks, s, _BODY_ALONE_MARKS) == i:
            return seat_title(toks, s, i, finder)
    return None


def _past_compared(toks: Tokens, i: int, run: list[Title]) -> list[Title]:
    """The titles of a run after the one a comparison names (``comparison_words.tsv``): in "Tương
    tự Bộ trưởng Giao thông, Tổng thanh tra Chính phủ X là ..." the first title is another person's
    and X's run begins after the comma. A run of one title, or one with no comma after its first,
    is kept: "Giống như Bộ trưởng X, ông Y ..." names the compared person."""
    if i == 0 or toks.brk[i] or len(run) < 2 or toks.k[run[0].end] != ",":
        return run
    return run[1:] if _COMPARISONS.ending_at(toks, i) else run


@cache
def _run_firsts() -> frozenset[str]:
    """The words a run of titles is tried at: a status cue's or a role's first word, "phó", "quyền"."""
    lex = lexicon()
    return frozenset({*lex.status_cues.firsts, *lex.roles.firsts, "phó", "quyền"})


def _inside_bodies(toks: Tokens, finder: OrgFinder) -> dict[int, int]:
    """Each token inside a body's written name after its first, with the token after that name: a
    run of titles starting there whose first title ends within the name is part of the name
    ("thông báo của Ban Bí thư Trung ương, ông X ...": no "Bí thư Trung ương" for X); a first title
    reaching past it read the name better ("Ban Bí thư Trung ương Đoàn ...": the Ban Bí thư of the
    Trung ương Đoàn)."""
    out: dict[int, int] = {}
    for m in finder.mentions:
        if m.span.start >= 0:
            a = bisect_left(toks.s, m.span.start)
            e = bisect_left(toks.s, m.span.end)
            for x in range(a + 1, e):
                if out.get(x, -1) < e:  # (the furthest end of the names around x)
                    out[x] = e
    return out


_ROLE_COMPOUNDS = phrase_table("role_compounds.tsv")


_NAME_PARTS = phrase_table("role_name_parts.tsv")


def _in_a_name(toks: Tokens, i: int) -> bool:
    """The role word at token i is part of a name written from two or three words before it
    (``role_name_parts.tsv``): "Đại hội đại biểu Đảng bộ tỉnh X, ông Y" (the congress of delegates,
    not Y's post of delegate)."""
    for m in (2, 3):
        hit = _NAME_PARTS.longest(toks, i - m) if i - m >= 0 and toks.k[i - m] in _NAME_PARTS.firsts else None
        if hit and hit[0] > m and not any(toks.brk[i - m + 1 : i + 1]):
            return True
    return False


def _ends_compound(toks: Tokens, i: int) -> bool:
    """Token i, in lower case, ends a word begun before it (``role_compounds.tsv``: "chức vụ",
    "nhiệm vụ"): it starts no title ("giữ chức vụ Trưởng phòng" holds no "Vụ trưởng")."""
    if i == 0 or toks.cap[i] or toks.brk[i] or toks.k[i - 1] not in _ROLE_COMPOUNDS.firsts:
        return False
    hit = _ROLE_COMPOUNDS.longest(toks, i - 1)
    return hit is not None and hit[0] == 2


def _past_body_before_name(toks: Tokens, run: list[Title], finder: OrgFinder, name_starts: set[int]) -> None:
    """A body written between a run of titles and a name belongs to the run: after a comma, the
    body its last title's body is part of ("Chủ nhiệm Tổng cục Chính trị, Bộ Quốc phòng A"); right
    after a role that needs no body, that role's body ("Tổng Tham mưu trưởng Quân đội nhân dân Việt
    Nam A"). The run then reaches the name it belongs to."""
    last = run[-1]
    e = last.end
    n = len(toks.k)
    comma = e + 1 < n and toks.k[e] == "," and not toks.brk[e + 1]
    if not comma and last.org is not None:
        _parent_before_name(toks, last, finder, name_starts)
        return
    if not comma and last.row.needs_org:
        return
    if comma and last.org is None:
        return
    starts = toks.remember("officials.org_starts", lambda: _org_starts(toks, finder))
    m = starts.get(e + 1 if comma else e)
    if m is None:
        return
    end = bisect_left(toks.s, m.span.end)
    if end not in name_starts or toks.brk[end]:
        return
    if not comma:
        last.org = m
    last.end = end


def _parent_before_name(toks: Tokens, last: Title, finder: OrgFinder, name_starts: set[int]) -> None:
    """"Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ Lê Văn A", "Cục trưởng Cục Thuế Bộ Tài chính B": a
    unit's title, then the body the unit belongs to, then the name, with no mark between. The second
    body is the unit's parent written after it (the title's body is the unit of that body), and the
    run reaches the name it belongs to: without this the run ends before the parent and no name
    follows it. Only a unit with no place or parent of its own, of the parent's branch (state in
    state, Party in Party: "Chủ tịch BCH T.Ư Hội Nông dân" is no unit of the Party), and only when a
    name follows the parent at once (a body that ends elsewhere is another thing the sentence says)."""
    assert last.org is not None
    unit = finder.parse_of.get(id(last.org))
    e = last.end
    if unit is None or unit.end != e or unit.parent is not None or unit.place is not None \
            or e >= len(toks.k) or toks.brk[e] or not toks.cap[e]:
        return
    parent = parse_org(toks, e, "post")
    if parent is None or parent.row.id == unit.row.id or parent.end not in name_starts \
            or toks.brk[parent.end] or unit.row.category not in (parent.row.category, "any"):
        return  # (a unit of one branch in a body of another is two bodies: "Chủ tịch BCH T.Ư Hội X")
    last.org = finder.mention(replace(unit, end=parent.end, parent=parent))
    last.end = parent.end


def _org_starts(toks: Tokens, finder: OrgFinder) -> dict[int, OrgMention]:
    """The mention of the text starting at each token (the longest written one)."""
    out: dict[int, OrgMention] = {}
    for m in sorted(finder.mentions, key=lambda m: m.span.start - m.span.end):
        if m.span.start >= 0:
            a = bisect_left(toks.s, m.span.start)
            if a < len(toks.k) and toks.s[a] == m.span.start:
                out.setdefault(a, m)
    return out


_COMPANY_FORM = phrase_tokens("TNHH một")


def _company_form(toks: Tokens, i: int) -> bool:
    """Token i ends the legal form of a company's name: "Công ty TNHH một | thành viên X" is a
    one-member limited company, not a member."""
    m = len(_COMPANY_FORM)
    # its last word first: asked at every candidate of a run (about two hundred a report), it finds
    # two companies on the corpus, so the slice is built only where that word stands
    return i >= m and toks.k[i - 1] == _COMPANY_FORM[-1] and tuple(toks.k[i - m : i]) == _COMPANY_FORM


_MAX_TITLE_GAP = 8  # tokens between a title and its name: "Chủ tịch Ủy ban ... (MTTQ) Việt Nam A"


def _titled_before(toks: Tokens, b: int, run_ends: set[int]) -> bool:
    """A run of titles ends right before token b, or a few words before it with no comma between
    (an abbreviation in brackets, a country)."""
    for e in range(b, max(-1, b - _MAX_TITLE_GAP), -1):
        if e in run_ends:
            return True
        if e < b and (toks.k[e] in (",", ";", ".") or toks.brk[e + 1]):
            return False
    return False


_CAPITAL_ADDRESS = frozenset(phrase_tokens("ông bà"))


def _glued_sentence(toks: Tokens, b: int, start: int) -> bool:
    """"... nhận nhiệm vụ Phó Ban Kinh tế Trung ương Ông Nguyễn Văn B, Ủy viên ...": a capitalised
    form of address inside a sentence begins a new one (a headline run into the body without a
    stop), so the title before it is not the name's; so a line that opens with a capitalised form of
    address ("... rút khỏi danh sách ứng cử đại biểu Quốc hội" as a headline, then "Ông Lê Văn A, ..."
    on the next line): the title ends the line before, not the name's (a name alone on its line
    under its title, as a signature block writes it, keeps it)."""
    if not (b < start and b > 0 and toks.k[b] in _CAPITAL_ADDRESS and toks.t[b][:1].isupper()):
        return False
    return toks.brk[b] or (toks.word[b - 1] and sentence_start(toks, b) != b)


def _split_between_names(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit]) -> None:
    """A run set off after a name written without a title before it, and written right before
    another name, is two runs, split at its last "và" ("Đại tướng A, Ủy viên Bộ Chính trị, Bộ
    trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội B đồng chủ trì": the
    host's titles, then the guest's), or rather at its last ";" (a list of guests, each with its
    titles: "đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phó Bí thư Tỉnh ủy B"), else before
    its last title ("..., Bộ trưởng Bộ Quốc phòng, Thủ tướng B cũng hoan nghênh") unless each of its
    titles is a post by itself and none a deputy's (:func:`_sole_posts`: "..., Tổng Bí thư, Chủ tịch
    nước B": B's; "ông A, Phó Thủ tướng, Thủ tướng B" is still split)."""
    n = len(toks.k)
    named = [h for h in hits if h.how not in ("credit", "pronoun")]
    starts = {honorific_start(toks, h.start) for h in named}
    # names with no title written right before them: in "Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung
    # ương MTTQ A, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân B" each title run precedes its name;
    # a run set off after the name before it and ending at a comma ("ông A - Trưởng ban X, ông B - ...")
    # is that name's, not B's
    name_ends = {h.end for h in named}
    before_ends = {run[-1].end for s, run in runs.items() if run[-1].end in starts
                   or not (s >= 2 and toks.k[s - 1] in _APPOSITION and s - 1 in name_ends)}
    untitled = {h.end for h in named if not _titled_before(toks, honorific_start(toks, h.start), before_ends)}
    for s, run in list(runs.items()):
        if len(run) < 2 or s < 2 or toks.k[s - 1] not in _APPOSITION or s - 1 not in name_ends \
                or run[-1].end not in starts or run[-1].end >= n:
            continue
        cut = None
        for x in range(len(run) - 1):
            if any(toks.k[y] == _AND for y in range(run[x].end, run[x + 1].start)):
                cut = x + 1
        for x in range(len(run) - 1):
            if any(toks.k[y] == ";" for y in range(run[x].end, run[x + 1].start)):
                cut = x + 1  # "đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phó Bí thư Tỉnh ủy B"
        semicolon = cut is not None and any(toks.k[y] == ";" for y in range(run[cut - 1].end, run[cut].start))
        if s - 1 not in untitled and not semicolon:
            # a name with its title before it ("Bộ trưởng A, Ủy viên Bộ Chính trị; Thứ trưởng B")
            # is split only at a ";", which closes a guest's item whatever was written before the name
            continue
        if cut is None and toks.k[run[-2].end] == "," and not (_sole_posts(run) and not any(t.deputy for t in run)):
            cut = len(run) - 1  # "Đại tướng A, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, Thủ tướng B"
            # (not a run of posts by themselves, which names one holder, the name after it: "Bày tỏ
            # đánh giá cao ý kiến của ông A, Tổng Bí thư, Chủ tịch nước B nhấn mạnh ...")
        if cut is not None and run[cut].start not in runs:
            runs[s], runs[run[cut].start] = run[:cut], run[cut:]


_PARTY_OPENERS = phrase_table("party_openers.tsv")


def _split_between_parties(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit]) -> None:
    """A run set off after a name that "giữa" opens (``party_openers.tsv``), with no name after
    it, ends at its last "và": "ký giữa ông A, Chủ tịch HĐQT Tập đoàn và Chủ tịch HĐQT Ngân hàng X"
    names two parties, the second by its title alone; that title is no post of A's."""
    if not toks.where(_PARTY_OPENERS.firsts):
        return
    n = len(toks.k)
    named = [h for h in hits if h.how not in ("credit", "pronoun")]
    starts = {honorific_start(toks, h.start) for h in named}
    for h in named:
        b = honorific_start(toks, h.start)
        s = h.end + 1
        if b == 0 or toks.k[b - 1] not in _PARTY_OPENERS.firsts or not _PARTY_OPENERS.longest(toks, b - 1) \
                or h.end >= n or toks.k[h.end] != "," or s not in runs or len(runs[s]) < 2:
            continue
        run = runs[s]
        if run[-1].end in starts:
            continue  # "giữa ông A, Bộ trưởng X và Bộ trưởng Y ông B": the second party is named
        cut = None
        for x in range(len(run) - 1):
            if any(toks.k[y] == _AND for y in range(run[x].end, run[x + 1].start)):
                cut = x + 1
        if cut is not None and run[cut].org is not None and run[cut].start not in runs:
            runs[s] = run[:cut]  # the second party's title is left with no holder


@cache
def _context_kinds() -> dict[tuple[str, ...], str]:
    return {phrase_tokens(role): kind for role, kind in read_rows("context_bodies.tsv", 2)}


_LIST_JOINS = frozenset({",", ";", *phrase_tokens("và")})


def _listed_last(toks: Tokens, found: list[tuple[int, OrgMention]]) -> bool:
    """The nearest of the bodies ``found`` (first tokens and mentions, in order) closes a list of
    bodies of its kind ("các bộ: Công nghiệp, Y tế, Nông nghiệp"): the one before it ends right
    before a list's comma or "và" before it. A title after such a list may be any one's."""
    if len(found) < 2:
        return False
    (_, prev), (at, last) = found[-2], found[-1]
    end = bisect_left(toks.s, prev.span.end)
    return prev.name != last.name and at - end == 1 and toks.k[end] in _LIST_JOINS


def _context_bodies(toks: Tokens, runs: dict[int, list[Title]], finder: OrgFinder) -> set[int]:
    """A role written alone before a name whose body the report gives nearby
    (``context_bodies.tsv``): "Bộ Nội vụ báo cáo ... Theo Bộ trưởng X" is the Bộ Nội vụ's minister.
    The nearest body of the kind before the title in its sentence, else in the sentence before,
    else the only body of the kind the report names, if it is written before the title (a body
    named after it may be another minister's: "Bộ trưởng A ... Bộ trưởng Y tế B"). Returns the ids
    of the titles given a body so (see :func:`_drop_guessed_repeats`)."""
    kinds = _context_kinds()
    wanted = {id(t): kinds[phrase_tokens(t.row.phrase)] for run in runs.values() for t in run
              if t.org is None and t.row.needs_org and not t.abroad
              and t.level is None and phrase_tokens(t.row.phrase) in kinds}
    if not wanted:
        return set()
    by_kind: dict[str, list[tuple[int, OrgMention]]] = {}
    for m in finder.mentions:
        if m.span.start >= 0 and m.kind in wanted.values():
            a = bisect_left(toks.s, m.span.start)
            if _names_country(toks, a, bisect_left(toks.s, m.span.end)):
                continue  # "Bộ trưởng Bộ Quốc phòng Trung Quốc X cảm ơn Bộ trưởng Y": not Y's ministry
            by_kind.setdefault(m.kind, []).append((a, m))
    guessed: set[int] = set()
    for run in runs.values():
        for t in run:
            kind = wanted.get(id(t))
            found = sorted(by_kind.get(kind, ())) if kind else []
            if not found:
                continue
            here = sentence_start(toks, t.start)
            linked = _link_line(toks, t.start)
            before = sentence_start(toks, here - 1) if here > 0 and not linked else here
            near = [(at, m) for at, m in found if before <= at < t.start]
            if _listed_last(toks, near):
                continue  # "bộ trưởng các bộ: Công nghiệp, Y tế, Nông nghiệp. Riêng Bộ trưởng X": which one?
            mine = [m for at, m in near if here <= at]
            near = [m for _, m in near]
            names = {m.name for _, m in found}
            if len({m.name for m in (mine or near)}) > 1:
                continue  # "..., đại diện Bộ Nội vụ và ..., ông A nói việc Thứ trưởng B ...": which one?
            if mine:
                t.org = mine[-1]
            elif near:
                t.org = near[-1]
            elif len(names) == 1 and found[0][0] < t.start and not linked:  # "Bộ trưởng Bộ GTVT nên ..." in the title
                t.org = found[0][1]
            if t.org is not None:
                guessed.add(id(t))
    return guessed


# a headline of another report, alone on its line with its date in brackets, in a related-links list
# ("Bộ trưởng Y tế gặp khó với ...(25/11/2005)"); the same shape as directives' footer lines
_LINK_LINE = re.compile(r"[^\n]{5,200}\(\d\d?/\d\d?/\d{4}\)[ \t]*(?:\n|$)")


def _link_line(toks: Tokens, i: int) -> bool:
    """Token i is on a related-links line: another report's headline with its date in brackets. Each
    such line is a report of its own, so a title on it takes no body from the line before ("Bộ
    trưởng Y tế gặp khó ...(25/11/2005)" then "Bộ trưởng Mai Ái Trực muốn ...(25/11/2005)": not the
    Y tế minister)."""
    a = toks.text.rfind("\n", 0, toks.s[i]) + 1
    return _LINK_LINE.match(toks.text, a) is not None


@cache
def _back_references() -> PhraseIndex[frozenset[str]]:
    idx: PhraseIndex[frozenset[str]] = PhraseIndex()
    for word, kinds, _ in read_rows("back_reference_bodies.tsv", 3):
        idx.add(phrase_tokens(word), frozenset(kinds.split("|")))
    return idx


@cache
def _capital_back_references() -> frozenset[tuple[str, ...]]:
    """The words of ``back_reference_bodies.tsv`` that refer back also when capitalised ("Giám đốc
    Trung tâm cho biết")."""
    return frozenset(phrase_tokens(word) for word, _, cap in read_rows("back_reference_bodies.tsv", 3) if cap == "yes")


_BACK_REFERENCE_ENDS = frozenset({",", ".", ";", ":", ")", "-", "–", *phrase_tokens("và")})


def _back_referred_title(toks: Tokens, i: int, finder: OrgFinder) -> list[Title]:
    """A role whose body is written again in lower case by its kind alone
    (``back_reference_bodies.tsv``): "Công ty Vissan ... Ông A, Phó Giám đốc công ty cho biết" is
    the deputy director of Công ty Vissan; "ông B, Phó Hiệu trưởng nhà trường phát biểu". The
    word refers back only when it closes the title: a mark, "và", a line end or a lower-case verb
    follows it ("công ty | Cổ phần X", "công ty con" name another body), and the report names
    exactly one body of the kind before the role, or its sentence does (two: which one?)."""
    bare = _bare_role_end(toks, i)
    if bare is None:
        return []
    _, e = bare
    n = len(toks.k)
    refs = _back_references()
    if e >= n or toks.brk[e] or toks.k[e] not in refs.firsts:
        return []
    hit = refs.longest(toks, e)
    if hit is None or (toks.cap[e] and tuple(toks.k[e : e + hit[0]]) not in _capital_back_references()):
        return []
    size, kinds = hit
    after = e + size
    if after < n and not toks.brk[after] and toks.k[after] not in _BACK_REFERENCE_ENDS \
            and not (not toks.cap[after] and _back_reference_verbs().longest(toks, after) is not None):
        return []
    start = toks.s[i]
    before = [m for m in finder.mentions if m.kind in kinds and 0 <= m.span.start < start]
    if len({compact(m.name) for m in before}) != 1:
        # several named in the report: the one its sentence names ("Đại diện Sở Xây dựng, ông A, Giám đốc
        # sở, cho biết ...")
        first = toks.s[sentence_start(toks, i)]
        before = [m for m in before if m.span.start >= first]
        if len({compact(m.name) for m in before}) != 1:
            return []
    run = parse_run(toks, i, finder, before[-1])
    if len(run) != 1 or run[0].end != e or run[0].org is not before[-1]:
        return []
    run[0].end = after
    return run


@cache
def _back_reference_verbs() -> PhraseIndex[str]:
    return phrase_table("back_reference_verbs.tsv")


_HOME = frozenset({phrase_tokens(w) for w in
                   ("Việt Nam", "VN", "Cộng hòa xã hội chủ nghĩa Việt Nam", "CHXHCN Việt Nam")})


def _names_country(toks: Tokens, a: int, b: int) -> bool:
    """Tokens [a, b) name another country (``other_places.txt``, not Việt Nam): "Bộ Quốc phòng
    Trung Quốc", "Bộ Ngoại giao Lào"."""
    other = lexicon().other_places
    for i in range(a, b):
        if toks.k[i] in other.firsts and toks.cap[i]:
            hit = other.longest(toks, i)
            if hit and tuple(toks.k[i : i + hit[0]]) not in _HOME:
                return True
    return False


_MAX_WORKPLACE_GAP = 25  # tokens from the workplace cue to the role


def _workplace(toks: Tokens, i: int, finder: OrgFinder) -> OrgMention | None:
    """The body named by a workplace cue earlier in the sentence of token i, when a linking verb
    stands between it and i ("ông công tác ở Tạp chí Cộng sản và giữ chức | Tổng biên tập")."""
    cues = toks.remember("officials.workplace_cues", lambda: _workplace_cues(toks))
    x = bisect_left(cues, (i, 0)) - 1
    while x >= 0 and cues[x][1] >= i:
        x -= 1
    if x < 0:
        return None
    c, after = cues[x]
    if c < i - _MAX_WORKPLACE_GAP or c < sentence_start(toks, i):  # the distance first: no table lookup
        return None
    org = finder.at(after, "post")
    if org is None or finder.last_end > i:
        return None
    linked = any((lk := _link(toks, y)) and y + lk[0] <= i for y in range(finder.last_end, i))
    return org if linked else None


_HAS = phrase_tokens("có")[0]
_MEMBER_ROLE = "Ủy viên"  # roles.tsv: a member of the unit itself, not of the body above it
_LIST_OPEN = phrase_table("list_openers.tsv")
_BODY_TERM = frozenset(phrase_tokens("khóa mới nhiệm kỳ -"))
_MAX_LIST_REACH = 40  # tokens from "BODY gồm:" to a role of its list


_NOW = frozenset(phrase_tokens("hiện còn"))  # "UBND thành phố hiện có", "Ban X còn có"
_LA = phrase_tokens("là")[0]
_ONE = phrase_tokens("một")[0]
_MAX_HAS_REACH = 16  # tokens from "BODY có" to a further role of its list: "Chủ tịch là bà A và"


def _listed_body(toks: Tokens, i: int, finder: OrgFinder) -> OrgMention | None:
    """The body of a role written without one in the body's own list or sentence: "HĐND tỉnh khóa
    mới có Chủ tịch là bà X"; "Thường trực HĐND tỉnh gồm: ông A - Chủ tịch; bà B - Phó Chủ tịch"
    (a unit's list names posts in the body the unit belongs to)."""
    ends = toks.remember("officials.org_ends", lambda: _org_ends(toks, finder))
    k = i - 1
    if k >= 2 and toks.k[k] == _ONE and toks.k[k - 1] in (_AND, ",", _HAS) and not toks.brk[k] and not toks.brk[i]:
        k -= 1  # "HĐND tỉnh có Chủ tịch là bà A và | một | Phó Chủ tịch là ông B": one post of the list
    if k >= 1 and toks.k[k] in (_AND, ",") and i < len(toks.k) and not toks.brk[i]:
        # "HĐND tỉnh có Chủ tịch là bà A và | Phó Chủ tịch là ông B": the same "có" lists it. The
        # nearest "có" before is found by bisection in the text's list of them (asked before most
        # roles after a comma: 69k times on the corpus), not by a walk back over the sentence.
        c = _nearest_before(toks, _HAS, k, max(sentence_start(toks, i), i - _MAX_HAS_REACH))
        if c is not None and c + 1 < k and _link(toks, c + 1) is None \
                and any(toks.k[x] == _LA for x in range(c + 1, k)):
            k = c
    if k >= 2 and _has_at(toks, k - 1) and plural_word(toks.k[k]) and not toks.brk[k]:
        k -= 1  # "UBND thành phố có 6 | Phó chủ tịch gồm các ông: ...", "có các | Phó chủ tịch"
    if k >= 1 and _has_at(toks, k):  # "HĐND tỉnh (khóa mới) có | Chủ tịch là ..."
        b = k
        if b > 1 and toks.k[b - 1] in _NOW and not toks.brk[b]:
            b -= 1  # "UBND thành phố hiện có ..."
        while b > 0 and (toks.k[b - 1] in _BODY_TERM or _roman(toks.t[b - 1]) or toks.k[b - 1].isdigit()) \
                and not toks.brk[b]:
            b -= 1
        if b in ends:
            return ends[b]
    if k >= 0 and toks.k[k] in ("-", ":"):  # "... gồm: ông A - | Chủ tịch; ..."
        c = _nearest_before(toks, ":", k, max(sentence_start(toks, i), i - _MAX_LIST_REACH))
        if c is not None:
            for m in range(_LIST_OPEN.depth, 0, -1):  # "gồm có:", "gồm:"
                if _LIST_OPEN.spans(toks, c - m, c) and c - m in ends:
                    return ends[c - m]
    return None


_ELECTING = read_rows("electing_words.tsv", 2)
_ASSENT = phrase_index(phrase for phrase, use in _ELECTING if use == "assent")
_ELECT = phrase_index(phrase for phrase, use in _ELECTING if use == "verb")
_ELECTING_FOR_OTHERS = phrase_index(phrase for phrase, use in _ELECTING if use == "serves")


def _electing_body(toks: Tokens, i: int, finder: OrgFinder) -> OrgMention | None:
    """The body that elects a person to a role written right after it without a body: "ông X được
    Ủy ban Trung ương Hội Nông dân Việt Nam (nhất trí) bầu làm chủ tịch" is the chairman of that
    committee, as "HĐND tỉnh có Chủ tịch là ..." is the council's (_listed_body). A body that elects
    the head of another it serves (``electing_words.tsv`` "serves": "Ban Chấp hành Đảng bộ tỉnh bầu
    làm Bí thư" is the Tỉnh ủy's secretary, a body its name does not write) is left out."""
    if i < 2 or toks.k[i - 1] not in _LINKS.lasts:
        return None  # no link phrase ends right before the role (nearly every call): no walk back
    ends = toks.remember("officials.org_ends", lambda: _org_ends(toks, finder))
    k = next((i - m for m in range(1, _LINKS.depth + 1)
              if i - m > 0 and (_link(toks, i - m) or (0, ""))[0] == m), None)
    b = next((k - m for m in range(_ELECT.depth, 0, -1) if k - m > 0 and _ELECT.spans(toks, k - m, k)), None) \
        if k is not None and not toks.brk[i] and not toks.brk[k] else None
    if b is None:
        return None  # "... bầu | làm | chủ tịch": the electing verb, then the link
    for m in range(_ASSENT.depth, 0, -1):
        if b - m > 0 and _ASSENT.spans(toks, b - m, b):
            b -= m  # "nhất trí bầu"
            break
    body = ends.get(b)
    if body is None or any(toks.brk[x] for x in range(b, i)):
        return None
    a = bisect_left(toks.s, body.span.start)
    first = a
    while a > 1 and first - a < 2 and toks.k[a - 1] != _PASSIVE and not toks.brk[a]:
        a -= 1  # "Ủy ban Trung ương ...": the head words the body's own span leaves out
    if a < 1 or toks.k[a - 1] != _PASSIVE or _ELECTING_FOR_OTHERS.longest(toks, a):
        return None  # "được <body> bầu": the body is the agent of the election
    return _whole_body(body, finder)


_STILL = frozenset(phrase_tokens("hiện vẫn chỉ"))  # "Sở X hiện còn 3 Phó Giám đốc: ..."
_LEFT = phrase_tokens("còn")[0]


def _has_at(toks: Tokens, k: int) -> bool:
    """Token k says what a body has: "có", or "còn" right after "hiện", "vẫn" or "chỉ" ("Sở X hiện
    còn 3 Phó Giám đốc: A, B và C": the posts still filled, named in the list as "có" names them).
    "còn" alone is mostly "still" or "and", so it counts only behind one of those words."""
    if toks.k[k] == _HAS:
        return True
    return toks.k[k] == _LEFT and k >= 1 and toks.k[k - 1] in _STILL and not toks.brk[k]


def _nearest_before(toks: Tokens, word: str, k: int, lo: int) -> int | None:
    """The last token before token k, from token lo on, whose key is ``word`` (None if none)."""
    at = toks.positions().get(word)
    if not at:
        return None
    x = bisect_left(at, k) - 1
    return at[x] if x >= 0 and at[x] >= lo else None


_MAX_LIST_OPEN = 10  # tokens from a plural role to the word opening its list: "hai phó chủ tịch (chuyên trách) là"
_LIST_STOPS = frozenset({";", ":", "."})


def _opens_list(toks: Tokens, i: int, name_starts: set[int]) -> bool:
    """A list opener (``list_openers.tsv``) follows the role ending at token i within a few tokens
    of its own clause, and a name follows the opener: "ba Phó Chủ tịch (khóa 14, chuyên trách) |
    gồm các ông A, B" (a qualifier, term or aside may stand between); or a colon right after the
    role: "các Phó Tổng Giám đốc: A, B"."""
    n = len(toks.k)
    for j in range(i + 1, min(n, i + _MAX_LIST_OPEN)):
        if toks.k[j] == ":" and j == i + 1 and not toks.brk[j]:  # "các Phó Tổng Giám đốc: A, B"
            return _skip_honorific_words(toks, j + 1, name_starts) in name_starts
        if toks.brk[j] or toks.k[j] in _LIST_STOPS:
            return False
        op = _LIST_OPEN.longest(toks, j)
        if op is None:
            continue
        k = _skip_honorific_words(toks, j + op[0], name_starts)
        if k < n and toks.k[k] == ":":
            k = _skip_honorific_words(toks, k + 1, name_starts)
        return k in name_starts
    return False


def _plural_context_body(toks: Tokens, i: int, finder: OrgFinder, runs: dict[int, list[Title]],
                         name_starts: set[int]) -> OrgMention | None:
    """The body of a bare plural role that opens a list of names, when the sentence (or the one
    before) names it: "Chủ tịch HĐND tỉnh X là ông A; hai phó chủ tịch là ông B và ông C" (the same
    role, deputy or not, written earlier with its body), "Lãnh đạo Bộ X ... có bốn Thứ trưởng gồm
    ..." (a ministry's role, ``context_bodies.tsv``: the nearest ministry written before). Only a
    role a count or plural word stands before ("hai", "3", "các": ``list_words.tsv``) and whose
    list opener follows: a bare role alone is often a generic noun ("các phó chủ tịch xã")."""
    if i < 1 or toks.brk[i] or not plural_word(toks.k[i - 1]):
        return None
    r = i + 1 if toks.k[i] == _DEPUTY_WORD else i
    hit = lexicon().roles.longest(toks, r)
    if hit is None or not hit[1].needs_org or not _opens_list(toks, r + hit[0] - 1, name_starts):
        return None
    row = hit[1]
    here = sentence_start(toks, i)
    before = sentence_start(toks, here - 1) if here > 0 else here
    kind = _context_kinds().get(phrase_tokens(row.phrase))
    if kind is not None:
        near = [m for m in finder.mentions if m.kind == kind and m.span.start >= 0
                and before <= bisect_left(toks.s, m.span.start) < i]
        return max(near, key=lambda m: m.span.start) if near else None
    for s in reversed(runs):
        if s < before:
            break
        for t in reversed(runs[s]):
            if t.org is not None and t.row.phrase == row.phrase:
                return t.org
    return None


_DEPUTY_WORD = phrase_tokens("phó")[0]
_BARE_END = frozenset({",", ".", ";", ")", "-", "–"})


_MAX_ROLE_WORDS = 5  # tokens of "Phó" and a role phrase before a bare head: "Phó Tổng giám đốc"


_BARE_HEAD_REACH = bare_head_reach()  # "Sở" read bare as a head that takes a name is
# "Quân khu": a role before the bare head ("Tham mưu trưởng Quân khu"); a body whose own name ends in it ("Đảng ủy
# Quân khu", "Bộ Tư lệnh Quân khu") is given the report's one number by organizations, reading the same rows
_REPORT_BARE_HEADS = report_bare_heads()


def _capital_heads(toks: Tokens) -> list[tuple[int, OrgRow, int]]:
    """Every capitalised head of a body that takes a name ("Quân khu", "Công ty", "Ủy ban"): (its
    first token, its row, the token after it), read once per report for the bare-head readers. The
    tokens holding a first word of organizations.tsv are the ones organizations found for this report
    (:func:`first_word_tokens`), not looked for again."""
    lex = lexicon()
    out: list[tuple[int, OrgRow, int]] = []
    for h in first_word_tokens(toks):
        if not toks.cap[h]:
            continue
        hit = lex.org_index.longest(toks, h)
        if hit is None or ("name" not in hit[1].takes and hit[1].id not in _BARE_HEAD_REACH) \
                or "alone" in hit[1].flags:
            continue
        out.append((h, hit[1], h + hit[0]))
    return out


def _bare_heads(toks: Tokens) -> dict[int, tuple[OrgRow, int]]:
    """Where a body's head that takes a name ("Quân khu", "Công ty") is written bare and capitalised,
    a mark or a line end right after it: its first token -> (its row, the token after it). A head of
    ``bare_head_bodies.tsv`` with reach "report" also before a lower-case word ("Tham mưu trưởng Quân khu chủ trì ..."):
    with no number or name after it, it can only be bare."""
    n = len(toks.k)
    return {h: (row, e) for h, row, e in toks.remember("officials.capital_heads", lambda: _capital_heads(toks))
            if e >= n or toks.brk[e] or toks.k[e] in _BARE_END
            or (row.id in _REPORT_BARE_HEADS and toks.word[e] and not toks.cap[e] and not toks.k[e].isdigit())}


def _bare_head_title(toks: Tokens, i: int, finder: OrgFinder) -> list[Title]:
    """A role whose body is written as its bare head, a body that is named only with its number or
    name ("number+name" / "name" in organizations.tsv), which the sentence named before it: "Về
    phía Quân khu 4 có Trung tướng A – Bí thư Đảng ủy, Chính ủy Quân khu." is the Chính ủy of the
    Quân khu 4. The body is that mention, written as the bare head here (a mention of its own, so
    the written form is kept). Only the head alone at the title's end (a mark or a line end after
    it), and one body of that kind in the sentence before the role."""
    heads = toks.remember("officials.bare_heads", lambda: _bare_heads(toks))
    if not heads or heads.keys().isdisjoint(range(i + 1, i + 2 * _MAX_ROLE_WORDS + 2)):
        return []  # (asked at every role word no other reading took: the report's bare heads first)
    h = _bodied_role_end(toks, i)
    shared = h is not None and h not in heads and h + 1 < len(toks.k) and toks.k[h] == "," and not toks.brk[h + 1]
    if shared:
        # "Phó Tư lệnh, Tham mưu trưởng Quân khu chủ trì ...": two roles sharing the bare head
        h = _bodied_role_end(toks, h + 1)  # type: ignore[operator]
    if h is None or h not in heads or toks.brk[h] or (shared and heads[h][0].id not in _REPORT_BARE_HEADS):
        return []
    head, e = heads[h]
    first = sentence_start(toks, i)
    near = {m.name: m for m in finder.mentions
            if m.kind == head.id and m.span.start >= 0 and toks.s[first] <= m.span.start < toks.s[i]}
    if not near:
        # "Uỷ ban Kiểm tra Trung ương đã họp ... dưới sự chủ trì của ông A - Chủ nhiệm Uỷ ban.": a body
        # of another kind whose written name begins with the bare head
        words = toks.k[h:e]
        near = {m.name: m for m in finder.mentions
                if m.span.start >= 0 and toks.s[first] <= m.span.start < toks.s[i]
                and toks.k[(a := bisect_left(toks.s, m.span.start)) : a + len(words)] == words
                and bisect_left(toks.s, m.span.end) > a + len(words)}
        starts = {bisect_left(toks.s, m.span.start) for m in finder.mentions if m.span.start >= 0}
        if any(x + 1 in starts and toks.k[x] == "," for x in (bisect_left(toks.s, m.span.end) for m in near.values())) \
                or (near and _names_country(toks, first, i)):
            # "đoàn Ủy ban Đối ngoại, Hạ viện Cộng hòa Czech do ông A, Chủ nhiệm Ủy ban": a body whose
            # parent is written after it (a foreign one here): the mention alone may name another body
            return []
    if not near and head.id in _REPORT_BARE_HEADS:
        # "Tham mưu trưởng Quân khu chủ trì hội nghị của Quân khu 7": the one such body the report names
        near = {m.name: m for m in finder.mentions if m.kind == head.id and m.span.start >= 0}
    if len(near) != 1:
        return []
    return _run_on_bare_head(toks, i, finder, next(iter(near.values())), h, e, size=2 if shared else 1)


def _bodied_role_end(toks: Tokens, i: int) -> int | None:
    """The token after a role that needs a body ("Phó" before it allowed, not a deputy-only row)
    starting at token i; None when none starts there."""
    r = i + 1 if toks.k[i] == _DEPUTY_WORD else i
    hit = lexicon().roles.longest(toks, r) if r < len(toks.k) else None
    if hit is None or not hit[1].needs_org or hit[1].deputy_only:
        return None
    return r + hit[0]


def _run_on_bare_head(toks: Tokens, i: int, finder: OrgFinder, named: OrgMention, h: int, e: int, *,
                      size: int = 1) -> list[Title]:
    """The ``size`` titles of the run at token i whose body is ``named`` (a body the report wrote in full
    elsewhere) written here as its bare head, tokens h to e: the mention keeps the body and takes the
    words as written. Nothing when the run reads more or another body. The bare-head readings share it."""
    written = replace(named, span=Span(toks.s[h], toks.e[e - 1]), written=toks.surface(h, e), alt_names=[])
    return _run_with_body(toks, i, finder, written, e, size=size)


def _run_with_body(toks: Tokens, i: int, finder: OrgFinder, written: OrgMention, e: int, *,
                   size: int = 1) -> list[Title]:
    """The ``size`` titles of the run at token i read with ``written`` as their body (a bare head ending
    before token e), the mention kept: one title, or two sharing the head ("Phó Tư lệnh, Tham mưu trưởng
    Quân khu"); nothing when the run reads more or fewer titles, or another body."""
    run = parse_run(toks, i, finder, written)
    if len(run) != size or any(t.org is not written for t in run):
        return []
    finder.mentions.append(written)
    run[-1].end = max(run[-1].end, e)
    return run


def _role_before_bare_head(toks: Tokens, i: int, heads: dict) -> tuple[int, object, int] | None:
    """(h, head, e) when a role that needs a body starts at token i ("Phó" before it allowed) and is
    followed at once by one of ``heads`` (a body's bare head found by a per-report scan, starting at
    token h and ending before token e); None otherwise. The two bare-head readings below share it."""
    if not heads or heads.keys().isdisjoint(range(i + 1, i + _MAX_ROLE_WORDS + 1)):
        return None
    h = _bodied_role_end(toks, i)
    if h is None or h not in heads or toks.brk[h]:
        return None
    head, e = heads[h]
    return h, head, e


def _bare_head_between(toks: Tokens, i: int, finder: OrgFinder) -> list[Title]:
    """A role whose body is written as its bare head in the middle of one person's run of titles, a
    comma before the role and a comma and another title after the head: "ông A, Giám đốc Sở Giáo dục
    và Đào tạo, Chủ tịch Hội đồng, Trưởng Ban chấm thi ...". The body is the one the report named
    before the role under a name that begins with the head ("Hội đồng thi" ... "Chủ tịch Hội đồng,"),
    or is of the head's kind ("Tổng công ty Hoá chất Việt Nam" ... "Tổng Giám đốc Tổng công ty,"),
    written as the bare head here; where the report names none, the bare head as written, a body of
    this report alone (scope "report"); where it names two, which one is not known and nothing is
    read. The titles after the comma go on the run (the caller joins it to the run before the
    comma). :func:`_bare_head_title` reads the head when the sentence names the body before it."""
    heads = toks.remember("officials.bare_heads", lambda: _bare_heads(toks))
    at = _role_before_bare_head(toks, i, heads)
    if at is None:
        return []
    h, head, e = at
    if e + 1 >= len(toks.k) or toks.k[e] != "," or toks.brk[e + 1]:
        return []
    before = _named_with_head(toks, h, e, i, head.id, finder)
    if len(before) > 1:
        return []
    more = parse_run(toks, e + 1, finder)
    if not more:
        return []
    if before:
        run = _run_on_bare_head(toks, i, finder, next(iter(before.values())), h, e)
    else:
        run = _run_with_body(toks, i, finder, OrgMention(
            span=Span(toks.s[h], toks.e[e - 1]), written=toks.surface(h, e), name=head.canonical, kind=head.id,
            name_en=head.english or None, scope="report",
            category=head.category if head.category not in ("any", "none") else "state"), e)
    return [*run, *more] if run else []


def _bare_head_before_name(toks: Tokens, i: int, finder: OrgFinder, name_starts: set[int]) -> list[Title]:
    """A role whose body is written as its bare head right before the officer's own name, the body
    named earlier in the report: "Ủy ban người Việt Nam ở nước ngoài TP HCM đã kiến nghị ... Chủ
    nhiệm Ủy ban Nguyễn Văn A cho biết" is the Chủ nhiệm of that Ủy ban. The body is the one the
    report named before the role under a name that begins with the head or of the head's kind
    (:func:`_named_with_head`), written as the bare head here; where the report names none or two,
    nothing is read (a bare head with a name after it and no body before is no post we can place).
    :func:`_bare_head_title` reads a bare head with a mark after it, named in the same sentence."""
    heads = toks.remember("officials.heads_before_names", lambda: _heads_before_names(toks, name_starts))
    at = _role_before_bare_head(toks, i, heads)
    if at is None:
        return []
    h, head, e = at
    before = _named_with_head(toks, h, e, i, head.id, finder)
    if len(before) != 1:
        return []
    return _run_on_bare_head(toks, i, finder, next(iter(before.values())), h, e)


def _heads_before_names(toks: Tokens, name_starts: set[int]) -> dict[int, tuple[OrgRow, int]]:
    """Where a body's head that takes a name ("Ủy ban", "Trung tâm") is written bare and capitalised
    with a person's name right after it: its first token -> (its row, the token after it)."""
    return {h: (row, e) for h, row, e in toks.remember("officials.capital_heads", lambda: _capital_heads(toks))
            if e in name_starts and not toks.brk[e]}


def _named_with_head(toks: Tokens, h: int, e: int, i: int, kind: str, finder: OrgFinder) -> dict[str, OrgMention]:
    """The bodies the report names before token i that the bare head in tokens [h, e) may refer back
    to, by name: those of the head's kind, and those whose written name begins with the head's words
    and goes on ("Hội đồng thi" for "Hội đồng")."""
    words = toks.k[h:e]
    out: dict[str, OrgMention] = {}
    for m in finder.mentions:
        if m.span.start < 0 or m.span.start >= toks.s[i]:
            continue
        a = bisect_left(toks.s, m.span.start)
        if m.kind == kind or (toks.k[a : a + len(words)] == words and bisect_left(toks.s, m.span.end) > a + len(words)):
            out.setdefault(m.name, m)
    return out


def _heading_qualified(toks: Tokens, i: int, finder: OrgFinder, runs: dict[int, list[Title]]) -> list[Title]:
    """A role written bare in a list that a counted plural role opens, the heading's role with a
    qualifier ("TP hiện có 4 Phó Bí thư là ông A - Ủy viên Trung ương Đảng, Phó Bí thư Thường trực;
    ông B ..."): the heading's body is the qualified role's too (A is the Phó Bí thư Thường trực of
    the Thành ủy the heading's role was given). Only the same role (deputy or not) with a qualifier
    the heading lacks, one title, in the heading's sentence."""
    here = sentence_start(toks, i)
    for s in reversed(runs):
        if s < here:
            return []
        head = runs[s]
        if len(head) != 1 or head[0].org is None or s == 0 or not plural_word(toks.k[s - 1]):
            continue
        run = parse_run(toks, i, finder, head[0].org)
        if len(run) == 1 and same_post(run[0].row, head[0].row) and run[0].deputy == head[0].deputy \
                and run[0].qualifier is not None and head[0].qualifier is None:
            return run
        return []
    return []


_CLAUSE_END = frozenset({".", ";", ","})
_ROLE_QUALIFIERS = phrase_table("role_qualifiers.tsv")  # "Phó bí thư Thường trực"
_CLAUSE_STOPS = frozenset({";"})
_ECHO_SENTENCES = 3  # sentences back (this one and two before) where an echoed role's body is looked for


def _bare_role_end(toks: Tokens, i: int) -> tuple[RoleRow, int] | None:
    """A role that needs a body written alone from token i ("Phó bí thư", "Bí thư", "Phó chủ
    tịch"), with "Phó" or an acting word before it: its row and the token after it."""
    n = len(toks.k)
    r = i + 1 if toks.k[i] in _DEPUTY_OR_ACTING else i
    hit = lexicon().roles.longest(toks, r) if r < n and not toks.brk[r] else None
    if hit is None or not hit[1].needs_org or hit[1].deputy_only:
        return None
    return hit[1], r + hit[0]  # type: ignore[return-value]


@cache
def _echo_verb_firsts() -> frozenset[str]:
    """The first words of the verbs a bare echoed role follows (:func:`_echoed_body_title`): a
    linking verb's (``link_verbs.tsv``) or an election verb's (``election_cues.tsv``)."""
    return frozenset({*_LINKS.firsts, *lexicon().election_cues.firsts})


def _echoed_body_title(toks: Tokens, i: int, finder: OrgFinder, runs: dict[int, list[Title]],
                       name_starts: set[int] | None = None,
                       name_ends: frozenset[int] | set[int] = frozenset()) -> list[Title]:
    """A role written bare as the object of a linking verb, closing its clause, whose body is the
    one a title of the same post written just before was given: "Ông A được bầu giữ chức Bí thư
    Tỉnh ủy. Ông B và ông C được bầu giữ chức Phó bí thư." (the Tỉnh ủy's deputies); "HĐND bầu ông
    A giữ chức Chủ tịch UBND thành phố. Ông B ... giữ chức Phó chủ tịch." Only after a linking verb
    (``link_verbs.tsv``), with a mark or a line end right after the role, and from the nearest such
    title in this sentence or the two before it, its deputy or its head, of the same role word
    ("Chủ nhiệm" does not echo "Phó Chủ tịch UBND": another post; the same post again is another
    body's: "Ban Chỉ đạo do Trưởng Ban Tổ chức Trung ương A làm Trưởng ban."), never from a title in
    the subject's own clause ("bà B, Chủ tịch Liên đoàn Lao động, giữ chức Phó chủ tịch") but the
    same post in the subject's own apposition, re-elected: "ông C, Bí thư Tỉnh ủy tiếp tục được bầu
    giữ chức Bí thư khóa mới.", or promoted from its deputy: "ông D, Phó Giám đốc Sở Y tế, được bổ
    nhiệm làm Giám đốc." A qualifier may follow the role ("Phó Chủ tịch Thường trực",
    ``role_qualifiers.tsv``), a term may close it ("khóa mới"), a date after it ("từ ngày 15/6"), and
    the predecessor it replaces ("thay ông X đã nghỉ theo chế độ", ``replace_cues.tsv``)."""
    n = len(toks.k)
    links = _LINKS.firsts  # (a linking verb's first word looked up before the verb is read)
    # (asked at nearly every role word no other reading took: the four words before it hold no
    # first word of either kind of verb at most of them, and the verbs are not read there)
    if i == 0 or toks.brk[i] or _echo_verb_firsts().isdisjoint(toks.k[max(0, i - 4) : i]):
        return []
    if not (any(toks.k[i - m] in links and (hit := _link(toks, i - m)) and hit[0] == m
                for m in (1, 2, 3) if i - m >= 0)
            or cue_ending_at(toks, i) is not None):
        return []  # ("ông B tái đắc cử Phó bí thư.": an election verb too)
    bare = _bare_role_end(toks, i)
    if bare is None:
        return []
    row, e = bare
    q = _ROLE_QUALIFIERS.longest(toks, e) if e < n and not toks.brk[e] else None
    e += q[0] if q else 0  # "được chỉ định giữ chức Phó Chủ tịch Thường trực."
    e2 = past_term(toks, e)
    if e2 + 1 < n and toks.k[e2] == _KHOA and toks.k[e2 + 1] == _NEW and not toks.brk[e2 + 1]:
        e2 += 2  # "giữ chức Bí thư khóa mới."
    since = read_period(toks, e2) if e2 < n and not toks.brk[e2] and toks.k[e2] not in _CLAUSE_END else None
    end = e2 + since.length if since is not None else e2  # "làm Cục trưởng từ ngày 15/6/2020."
    if end < n and not toks.brk[end] and toks.k[end] not in _CLAUSE_END \
            and not (toks.k[end] in _REPLACES.firsts and _REPLACES.longest(toks, end)):
        return []  # (the predecessor may follow: "được bầu làm Chủ tịch thay ông X đã nghỉ hưu")
    lo = i
    for _ in range(_ECHO_SENTENCES):
        lo = sentence_start(toks, lo - 1) if lo > 0 else 0
    deputy = toks.k[i] == _DEPUTY_WORD
    here = sentence_start(toks, i)
    semi = toks.where(_CLAUSE_STOPS)
    x = bisect_left(semi, i)
    if x and semi[x - 1] > here:
        here = semi[x - 1]  # "làm Chủ tịch UBND tỉnh; ông B, ... làm Phó chủ tịch": the clause before
    body = None
    for s in reversed(runs):
        if s < here:
            break
        if s - 1 in name_ends and toks.k[s - 1] == "," and not any(x in (name_starts or ()) for x in range(s, i)):
            # the subject's own apposition, the same post: "ông C, Bí thư Tỉnh ủy tiếp tục được bầu
            # giữ chức Bí thư khóa mới" (re-elected), or its head's after the deputy's: "ông D, Phó
            # Cục trưởng Cục X, được bổ nhiệm làm Cục trưởng" (promoted; never the reverse)
            body = next((t.org for t in runs[s] if t.org is not None and t.row is row
                         and (t.deputy == deputy or (t.deputy and not deputy))), None)
            break
    for s in reversed(runs):
        if body is not None:
            break
        if runs[s][-1].end > here:
            continue  # not from the subject's own clause ("ông A, Giám đốc Sở X và bà B, Chủ tịch
            # Liên đoàn Y giữ chức Phó chủ tịch": not the Liên đoàn's)
        if s < lo:
            break
        # the head's post echoed by its deputy, or the reverse; the same post again is another body's
        # ("Ban Chỉ đạo do Trưởng Ban Tổ chức Trung ương A làm Trưởng ban.")
        body = next((t.org for t in reversed(runs[s]) if t.org is not None and t.row is row
                     and t.deputy != deputy), None)
        if body is not None:
            break
    if body is None:
        before = _title_before_subject(toks, i, runs, name_starts, name_ends)
        same = before is not None and before.row is row and (before.deputy == deputy and q is not None
                                                            or before.deputy and not deputy)
        if not same:
            return []
        assert before is not None
        if before.org is None:  # "phân công Thứ trưởng A làm thứ trưởng thường trực": the same body, unsaid
            label = ("Phó " if deputy else "") + row.role if row.role else toks.surface(i, e)
            return [replace(before, start=i, role_start=i, end=e2, role=label, deputy=deputy,
                            qualifier=toks.surface(e - q[0], e) if q else None, qual_at=e - q[0] if q else None)]
        body = before.org
    run = parse_run(toks, i, finder, body)
    return run if len(run) == 1 and run[0].org is body and run[0].end in (e, e2) else []


def _title_before_subject(toks: Tokens, i: int, runs: dict[int, list[Title]], name_starts: set[int] | None,
                          name_ends: frozenset[int] | set[int]) -> Title | None:
    """The last title of the run written right before the name that is the subject of the linking verb
    before the role at ``i``, the name then running up to the verb: "phân công Thứ trưởng A làm thứ
    trưởng thường trực" (A's own "Thứ trưởng"), whose post the bare role at ``i`` echoes as the subject's
    apposition after the name does ("ông D, Phó Cục trưởng Cục X, được bổ nhiệm làm Cục trưởng"). None
    where the verb does not follow the name (auxiliaries between: "được", "đã")."""
    verb = next((i - m for m in (1, 2, 3) if i - m >= 0 and toks.k[i - m] in _LINKS.firsts
                 and (hit := _link(toks, i - m)) and hit[0] == m), None)
    if verb is None or verb not in name_ends:
        return None
    for s in reversed(runs):
        last = runs[s][-1]
        if last.end < verb and last.end in (name_starts or ()) \
                and not any(x in (name_starts or ()) for x in range(last.end + 1, verb)):
            return last
        if last.end < verb:
            return None
    return None


def _predicate_body_title(toks: Tokens, i: int, finder: OrgFinder, name_ends: frozenset[int] | set[int]) -> list[Title]:
    """A role written bare in the apposition of a name, the name's new post of the same kind
    following it by a linking verb: "bầu ông A, Phó bí thư Thường trực giữ chức Bí thư Tỉnh ủy"
    (the Tỉnh ủy's Phó bí thư Thường trực), "ông B, Phó chủ tịch làm Chủ tịch UBND tỉnh" (the UBND
    tỉnh's Phó chủ tịch). The role (with a qualifier) right after the name's comma, or after another
    bare role so written ("ông C, Phó bí thư, Phó chủ tịch làm ..."); then only auxiliaries and the
    verb before the post."""
    n = len(toks.k)
    b = i - 1  # the comma
    while b not in name_ends:
        prev = b - 1  # "ông C, Phó bí thư, | Phó chủ tịch": past one bare role before
        while prev > 0 and prev > b - _MAX_ROLE_WORDS and toks.k[prev - 1] != "," and not toks.brk[prev]:
            prev -= 1
        if prev <= 0 or toks.k[prev - 1] != "," or prev == b or _bare_role_end(toks, prev) is None \
                or _bare_role_end(toks, prev)[1] != b:  # type: ignore[index]
            return []
        b = prev - 1
    bare = _bare_role_end(toks, i)
    if bare is None:
        return []
    row, e = bare
    q = _ROLE_QUALIFIERS.longest(toks, e) if e < n else None
    k = e + (q[0] if q else 0)
    while k < n and not toks.brk[k] and toks.k[k] in _FILLERS:
        k += 1
    link = _link(toks, k) if k < n and not toks.brk[k] and toks.k[k] in _LINKS.firsts else None
    if not link or (k + link[0] < n and toks.brk[k + link[0]]):
        return []
    then = parse_title(toks, k + link[0], finder)
    if then is None or then.org is None or then.row is not row:
        return []
    run = parse_run(toks, i, finder, then.org)
    return run if len(run) == 1 and run[0].org is then.org and run[0].end <= k else []


def same_post(a: RoleRow, b: RoleRow) -> bool:
    """Two rows of ``roles.tsv`` name one post: the same row, or two phrasings of it with the same
    English labels ("Phó ban Kinh tế Trung ương", the Ban's noun shared, and "Phó trưởng ban
    Thường trực" are both a Deputy Head of the board)."""
    return a is b or (a.english == b.english and a.deputy_en == b.deputy_en)


def _whole_body(m: OrgMention, finder: OrgFinder) -> OrgMention:
    """A unit's list (Thường trực, Ban lãnh đạo) names posts of the body it belongs to."""
    p = finder.parse_of.get(id(m))
    if p is not None and "needparent" in p.row.flags and m.parent is not None:
        return m.parent
    return m


def _org_ends(toks: Tokens, finder: OrgFinder) -> dict[int, OrgMention]:
    """The mention of the text ending right before each token (the longest written one)."""
    out: dict[int, OrgMention] = {}
    for m in sorted(finder.mentions, key=lambda m: m.span.start - m.span.end):
        if m.span.start < 0:
            continue
        e = bisect_left(toks.s, m.span.end)
        out.setdefault(e, m)
    return out


def _workplace_cues(toks: Tokens) -> list[tuple[int, int]]:
    """(first token, token after) of every workplace cue of the text, in order."""
    idx = lexicon().workplace_cues
    out = []
    for c in toks.where(idx.firsts):
        hit = idx.longest(toks, c)
        if hit:
            out.append((c, c + hit[0]))
    return out


def _title_names(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                 covered: set[int], finder: OrgFinder) -> list[NameHit]:
    """Names written right after a title whose family name is not on our list (foreigners):
    "Thủ tướng Campuchia Hun Manet". A country before the name is skipped; a run that starts
    like an organization ("Đảng Lao động") or a place is not a name."""
    lex = lexicon()
    starts = {h.start for h in hits}
    out = []
    for run in runs.values():
        e = run[-1].end
        last = finder.parse_of.get(id(run[-1].org)) if run[-1].org is not None else None
        if last is not None and last.row.id in _PLACE_BODIES and not last.has_place():
            continue  # "Bí thư Tỉnh ủy Sơn Tây": an old province, not a foreigner's name
        if _body_unwritten(toks, run[-1]):
            continue  # "giữ chức Cán bộ Đội An ninh Nhân dân": the capitals are the post's own body
        country = lex.other_places.longest(toks, e) if e < len(toks.k) else None
        if country:
            e += country[0]
        if e in starts or e >= len(toks.k) or toks.brk[e] or toks.gap[e] != " ":
            continue
        if named_thing_at(toks, e) or after_place_kind(toks, e):
            continue  # "Khu lưu niệm Tổng Bí thư Lý Văn A": a memorial named after him, no person
        if (toks.k[e] in lex.org_index.firsts and parse_org(toks, e, "top") is not None) \
                or lex.places.longest(toks, e):
            continue  # "Tổng Bí thư Trường Chinh" is a name, "Bộ trưởng Bộ Y tế" is not
        end = cap_name(toks, e, 4, lex, allow_upper=False)
        if len(toks.surface(e, end).split()) >= 2 and not any(x in covered for x in range(e, end)) \
                and not _written_as_place(toks, e, end):
            out.append(NameHit(e, end, "title"))  # two words at least: "Bô-li-khăm-xay" is a place
    return out


def _written_as_place(toks: Tokens, e: int, end: int) -> bool:
    """The words of tokens [e, end) are written elsewhere in the report right after a place word
    (``place_words.tsv``: "tỉnh Hủa Phăn", "huyện X"): a place we do not know, not a foreigner's name
    after a title ("Trưởng Ban Đối ngoại Tỉnh ủy Hủa Phăn"); not where the title itself ends in a place word
    ("Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân A"). Looked for as a substring of the text."""
    lex = lexicon()
    if toks.k[e] in lex.surnames:
        return False  # "phường Lê Lợi", "xã Võ Nguyên Giáp": a place named after a person; the person is one
    words = toks.surface(e, end)
    at = toks.text.find(words)
    while at >= 0:
        k = bisect_left(toks.s, at)
        if k != e and k < len(toks.s) and toks.s[k] == at and not toks.brk[k] \
                and after_place_word(toks, k, lex, lower=True):
            return True
        at = toks.text.find(words, at + 1)
    return False


def _body_unwritten(toks: Tokens, t: Title) -> bool:
    """The title is a role that is a post only with a body ("Cán bộ", "Trưởng", "Bí thư") and no
    body is written with it (none, or one guessed from elsewhere in the text): capitalised words
    right after it are that body, in a form the organization finder does not know ("lần lượt giữ
    các chức vụ Cán bộ Đội An ninh Nhân dân"), not a foreigner's name. A head of state or
    government ("Thủ tướng Hun Sen", "Tổng Bí thư Trường Chinh") needs no body."""
    if not t.row.needs_org or t.abroad or t.level is not None or t.place is not None or t.committee:
        return False
    return t.org is None or t.org.span.end <= toks.s[t.start] or t.org.span.start >= toks.e[t.end - 1]


_ONE_TITLE_SEPS = frozenset({"-", *phrase_tokens("kiêm")})


def _last_title(toks: Tokens, run: list[Title]) -> list[Title]:
    """The title written next to the name, with the titles joined to it by "-" or "kiêm" (one
    person's compound title: "với nguyên Ủy viên Bộ Chính trị - Chủ tịch Quốc hội X"), and the
    seats written before it with a comma ("của Ủy viên Bộ Chính trị, Chủ tịch Quốc hội X"): a seat
    one holds among many members names nobody by itself, so it is no other person "của" speaks of."""
    x = len(run) - 1
    while x > 0 and run[x].start > 0 and (toks.k[run[x].start - 1] in _ONE_TITLE_SEPS
                                          or toks.k[run[x].start - 1] == "," and _own_seat(toks, run[x - 1])):
        x -= 1
    return run[x:]


def _own_seat(toks: Tokens, t: Title) -> bool:
    """The title is a member's seat in a body written with it ("Ủy viên Bộ Chính trị"), not a bare
    word that borrows the body after it ("đại biểu, Bộ trưởng Tài chính")."""
    org = t.org
    return _membership(t) and t.row.english.startswith("Member") and org is not None \
        and (org.span.start < 0 or org.span.end <= toks.e[t.end - 1])


_DONE_WORDS = frozenset(phrase_tokens("đã vừa mới chính thức"))
_PAST_WORDS = frozenset(phrase_tokens("đã"))  # of _DONE_WORDS, the one that puts the end before now


def _cue_after(toks: Tokens, end: int) -> str | None:
    """Status of a cue right after a title set off by commas ("..., Bí thư Tỉnh ủy nghỉ hưu"). After
    the comma that closes the apposition only an end of the post counts, with words saying it is
    done before it ("ông X, Giám đốc Sở Y tế, đã nghỉ hưu theo chế độ": left; "sẽ nghỉ hưu" is no
    cue): a cue of another kind there opens a clause of its own. With no comma after the title the
    same words may stand between it and an end of the post: "ông X, Phó Chủ tịch UBND tỉnh đã nghỉ
    hưu từ tháng 5" tells a retirement already past, so the title is former (:func:`_ended_before`)."""
    n = len(toks.k)
    if end + 1 < n and toks.k[end] in _LEVEL_WORDS and not toks.cap[end] and toks.k[end + 1] in (",", "-"):
        end += 1  # "Trưởng ban Tôn giáo tỉnh, nghỉ hưu": a level word the body's name left unread
    closed = end + 1 < n and toks.k[end] in (",", "-") and not toks.brk[end + 1]
    k = end + 1 if closed else end
    while closed and k < n and toks.k[k] in _DONE_WORDS and not toks.brk[k]:
        k += 1
    if k < n and not toks.brk[k] and toks.k[k] in lexicon().status_cues.firsts:
        for _m, (status, scope) in lexicon().status_cues.match(toks, k):  # type: ignore[misc]
            if scope == "after" and (not closed or status == "left"):
                return status
    return None if closed else _ended_before(toks, end)


def _ended_before(toks: Tokens, k: int) -> str | None:
    """"former" when the words at token ``k``, right after a title with no comma closing it, say
    its end is already past: "đã" and an end of the post ("…, Phó Chủ tịch UBND tỉnh đã nghỉ hưu",
    status_cues.tsv scope "after", status "left"), other done words between allowed ("đã chính thức
    nghỉ hưu"). Without "đã" ("vừa nghỉ hưu") nothing is read: the end may be this report's event;
    a cue of another kind here opens a clause of its own."""
    n = len(toks.k)
    past = False
    while k < n and toks.k[k] in _DONE_WORDS and not toks.brk[k]:
        past = past or toks.k[k] in _PAST_WORDS
        k += 1
    if not past or k >= n or toks.brk[k] or toks.k[k] not in lexicon().status_cues.firsts:
        return None
    for _m, (status, scope) in lexicon().status_cues.match(toks, k):  # type: ignore[misc]
        if scope == "after" and status == "left":
            return "former"
    return None


def _fronted_status(toks: Tokens, start: int, runs: dict[int, list[Title]]) -> str | None:
    """The status a fronted clause gives the titles it ends with before the subject's comma
    ("Trong thời gian giữ chức Chủ tịch UBND huyện, ông X ...", "..., khi còn làm Thường trực Ban
    Bí thư, ông Y ..."): the cue of ``fronted_cues.tsv`` opening the clause (at the sentence's start,
    after a comma, or inside a clause when the cue itself says the post is past: "..., vì trong
    thời gian giữ các cương vị A, B, bà X ...") whose verb leads to the titles at ``start``, unless a
    verb between says otherwise."""
    first = sentence_start(toks, start)
    for x in range(start - 1, first - 1, -1):
        opens = x == first or toks.k[x - 1] == ","
        if not opens and not (toks.word[x - 1] and not toks.cap[x]):
            continue
        if toks.k[x] not in _FRONTED.firsts:
            continue
        cue = _FRONTED.longest(toks, x)
        if cue and not opens and not _FRONTED_STATUS.get(compact(toks.surface(x, x + cue[0]))):
            continue  # inside a clause only a cue that says the post is past: "..., vì trong thời
            # gian giữ các cương vị A, B, bà X ...", "xác định trong thời gian giữ ..." ("sau khi
            # nhậm chức ..." says nothing of its own)
        if cue:
            c = x + cue[0]
            if _linked_run(toks, c, runs) != start:
                return None  # "trong thời gian tham dự Diễn đàn ..., Tổng thống X": not the titles' clause
            return clause_status(toks, c, start) or _FRONTED_STATUS.get(compact(toks.surface(x, c))) or None
    return None


def _verb_before(toks: Tokens, start: int) -> str | None:
    """"left" when a cue for losing a post is written right before a run of titles ("cách chức")."""
    lex = lexicon()
    for back in (1, 2, 3):
        i = start - back
        if i < 0:
            break
        hit = lex.status_cues.longest(toks, i)
        if hit and i + hit[0] == start and hit[1][1] == "clause" and hit[1][0] == "left":  # type: ignore[index]
            # only losing a post: in "chỉ định Thứ trưởng Bộ Xây dựng X giữ chức ...", the title
            # before X is the one X holds, and the new post comes after
            return "left"
    return None


_PLACE_BODIES = frozenset({"tinh_uy", "thanh_uy", "huyen_uy", "quan_uy", "thi_uy", "ubnd", "hdnd"})


_MAX_PLACE_ITEM = 6  # tokens of a place written as an item of its own: "tỉnh Bà Rịa - Vũng Tàu"


def _place_item_before(toks: Tokens, c: int) -> int | None:
    """The comma before a place written as an item of its own that ends at the comma at token c,
    right before a name: "Trưởng Công an huyện X, tỉnh Y, đồng chí Z", "Trưởng phòng ... thành phố
    X, tỉnh Y, ông Z". The place is the province of the title's body, written after it; the titles
    before it are still the name's. None when no such place ends there."""
    for ps in range(c - 1, max(0, c - _MAX_PLACE_ITEM) - 1, -1):
        if ps > 0 and toks.k[ps - 1] == "," and not toks.brk[ps] and past_place(toks, ps) == c:
            return ps - 1
    return None


_ADMIN_LEVELS = frozenset({"province", "district", "commune"})  # place_words.tsv levels of an administrative unit


def _place_items_before(toks: Tokens, b: int) -> list[int]:
    """Where the titles before a name may end when the place of their body is written between them
    and the name as items of its own, the last one perhaps with its province in brackets: "Chủ tịch
    UBND xã X, huyện Y (Z) | Tên", "Bí thư Đảng ủy xã X, huyện Y, tỉnh Z | Tên" (no comma before the
    name, which ``_place_item_before`` reads). An item is an administrative level word
    (``place_words.tsv``: "huyện", "thị xã", "TP") and the capitalised words or number of its name,
    a comma before it or none. Every item's start is returned, nearest first: the body's own name
    may end with a place too ("UBND xã X"), and only the start where a run of titles ends counts."""
    a = _abbreviation_before(toks, b)
    k = a if a is not None else b
    words = lexicon().place_words
    starts: list[int] = []
    while k > 1 and not toks.brk[k]:
        item = None
        for ps in range(k - 2, max(0, k - _MAX_PLACE_ITEM) - 1, -1):
            if toks.brk[ps + 1]:
                break
            hit = words.longest(toks, ps) if toks.k[ps] in words.firsts else None
            if hit and ps + hit[0] < k and hit[1].level in _ADMIN_LEVELS \
                    and all(toks.cap[x] or toks.k[x].isdigit() for x in range(ps + hit[0], k)):
                longer = words.longest(toks, ps - 1) if ps > 0 and toks.k[ps - 1] in words.firsts else None
                if longer and longer[0] > hit[0]:
                    ps -= 1  # "thị xã", not its last word "xã"
                item = ps - 1 if ps > 0 and toks.k[ps - 1] == "," and not toks.brk[ps] else ps
                break
            if not (hit or toks.cap[ps] or toks.k[ps].isdigit()):
                break  # past the item's name (capitalised words, a number: "quận 12") and its level word
        if item is None:
            break
        starts.append(item)
        k = item
    return starts


_MAX_PARENT_ITEM = 6  # tokens of a parent body written as an item of its own: "Bộ Công an"


def _parent_item_before(toks: Tokens, c: int) -> int | None:
    """The comma before a parent body written as an item of its own that ends at the comma at token
    c, right before a name: "trong thời gian giữ cương vị Cục trưởng Cục B41, trưởng Ban Chỉ đạo dự
    án X, Bộ Công an, ông Y": the body the titles before it belong under, so they are still the
    name's. Only words that a capitalised body's head word opens (``organizations.tsv``), its next
    word capitalised too ("Bộ Công an", "Bộ Y tế"); None when no such item ends there."""
    firsts = lexicon().org_index.firsts
    for ps in range(c - 2, max(0, c - _MAX_PARENT_ITEM) - 1, -1):
        if not toks.word[ps] or toks.brk[ps]:
            return None
        if ps > 0 and toks.k[ps - 1] == "," and toks.k[ps] in firsts and toks.cap[ps] and toks.cap[ps + 1]:
            return ps - 1
    return None


def _titled_subject(toks: Tokens, start: int, by_end: dict[int, tuple[int, list[Title]]]) -> bool:
    """The run at ``start`` is the object of a verb whose subject is a title written right before
    it: "giới thiệu Tổng Bí thư giữ chức Chủ tịch nước, ông X cho rằng ..." (the General
    Secretary's post, not X's, whatever name the comma leads to)."""
    for back in range(1, _MAX_SUBJECT_VERB + 1):
        x = start - back
        if x <= 0 or toks.brk[x + 1]:
            return False
        link = _link(toks, x)
        if link is None:
            cue = lexicon().status_cues.longest(toks, x)
            link = cue if cue and cue[1][1] == "clause" else None  # type: ignore[index]
        if link is not None and x + link[0] == start and x in by_end:
            return True  # ("chức" alone is a link too: the longest verb ending at the run is sought)
    return False


_MAX_SUBJECT_VERB = 4  # tokens of the verb between a titled subject and its object: "được bầu giữ chức"


def _sole_posts(run: list[Title], country: bool = False) -> bool:
    """Every title of the run is a post by itself, with no body (roles.tsv needs_org "no": Tổng Bí
    thư, Chủ tịch nước, Thủ tướng): "dưới sự chủ trì của Tổng Bí thư, Chủ tịch nước X" names one
    holder of both, the way "của Chủ tịch nước, Bí thư Tỉnh ủy X" (a body written) does not.
    ``country``: a country stands between the run and the name, and it is the last title's body:
    "theo lời mời của Tổng Bí thư, Chủ tịch Trung Quốc X" names one holder of both too."""
    if len(run) < 2:
        return False
    sole = run[:-1] if country and run[-1].org is None else run
    return all(not t.row.needs_org and t.org is None for t in sole)


_DELEGATION = phrase_table("delegation_cues.tsv")
_OF = phrase_tokens("của")[0]
_CLAUSE_MARKS = frozenset({",", ";", ".", ")", ":"})


def _bodied_run_after_of(toks: Tokens, run: list[Title], start: int, name_end: int) -> bool:
    """The run of titles at ``start``, written after "của" and before a name that ends the phrase
    (a clause mark after it), is one person's when every title before the last writes its own body
    with it: "Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ
    tịch nước X, ..." (both are X's). Not when the name goes on into a verb, the subject of the
    clause after the phrase ("Đồng tình với ý kiến của Chủ tịch Hội đồng Dân tộc, Chủ tịch Quốc hội
    X cho rằng": the first title is another's), nor after a delegation cue before "của"
    (``delegation_cues.tsv``: "Thừa ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở X, ..."). A bare
    first title ("của Chủ tịch nước, Bí thư Tỉnh ủy X") names an office by itself and stays apart."""
    if len(run) < 2 or start < 1 or toks.k[start - 1] != _OF:
        return False
    if name_end < len(toks.k) and (toks.k[name_end] not in _CLAUSE_MARKS or toks.brk[name_end]):
        return False
    for t in run[:-1]:
        org = t.org
        if org is None or org.span.start < toks.s[t.role_start] or org.span.end > toks.e[t.end - 1]:
            return False
    return not _DELEGATION.ending_at(toks, start - 1)  # a delegation cue right before "của"


def _delegated_office(toks: Tokens, start: int) -> bool:
    """The run at ``start`` is the object of "của" after a delegation cue (``delegation_cues.tsv``):
    "Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng X gắn Huân chương": the first title names the office
    that delegates, the person after it holds only the title next to the name, even when both are posts
    by themselves (Chủ tịch nước, Phó Thủ tướng)."""
    return start >= 2 and toks.k[start - 1] == _OF and not toks.brk[start] \
        and bool(_DELEGATION.ending_at(toks, start - 1))


def _may_precede_name(toks: Tokens, start: int) -> bool:
    """A run of titles set off by a comma may name the person after it ("Chủ tịch UBND tỉnh, ông
    X") unless it is the object of "của", "thay"...: in "thừa ủy quyền của Chủ tịch nước, đồng chí
    X" the title is not X's."""
    if start == 0 or toks.brk[start]:
        return True
    if start >= 2 and (toks.k[start - 2], toks.k[start - 1]) in _NOT_THE_NAMES:
        return False  # "người phát ngôn Thủ tướng, ông X": X serves the Thủ tướng; "mấy ông Bộ trưởng, ông X";
        # "Thay mặt Thường trực Thành ủy, đồng chí X": X speaks for the standing committee
    if _inside_behalf_body(toks, start):
        return False
    return toks.k[start - 1] not in _NOT_BEFORE_TITLE


_MAX_BEHALF_HEAD = 3  # capitalised words of a body's name before a title read inside it: "Ban"


def _inside_behalf_body(toks: Tokens, start: int) -> bool:
    """The run at ``start`` is the tail of a body's name after "thay mặt": "Thay mặt Ban Bí thư Trung ương
    Đoàn, anh X trao ..." reads "Bí thư Trung ương Đoàn" as a title, but its capitalised head ("Ban") ties
    it to the body X speaks for, a capacity, not X's post."""
    x = start - 1
    while x >= 0 and start - x <= _MAX_BEHALF_HEAD and toks.cap[x] and toks.word[x] and not toks.brk[x + 1]:
        x -= 1
    return start - 1 > x >= 1 and not toks.brk[x + 1] and (toks.k[x - 1], toks.k[x]) in _ON_BEHALF


_NOW_ASIDES = phrase_table("now_cues.tsv")


def _now_aside(toks: Tokens, j: int) -> bool:
    """A parenthesis opening at token j says what the person is now (``now_cues.tsv``: "(nay là
    Phó Bí thư Thành ủy)", "(hiện là Bí thư Tỉnh ủy)")."""
    return j + 1 < len(toks.k) and toks.k[j] == "(" and not toks.brk[j + 1] and bool(_NOW_ASIDES.longest(toks, j + 1))


def _held_then(person: _Person, a: int, b: int) -> None:
    """The person's titles a..b, written before a parenthesis saying what the person is now, were
    held at the time the report tells of and are held no more: "holds" becomes "former" (a status
    the text gave them otherwise stays)."""
    for k in range(a, b):
        t, status = person.titles[k]
        if status == "holds":
            person.titles[k] = (t, "former")


def _opens_with_former(run: list[Title]) -> bool:
    """The run's first title is written after a "nguyên"/"cựu" prefix ("nguyên Bí thư Đảng ủy")."""
    return run[0].prefix == "former" and run[0].start < run[0].role_start


class _RunTables(NamedTuple):
    """What both passes of :func:`_attach` read off the runs, the names and the text alone (not off
    the persons, whom the second pass gives the short references): made once a report."""

    by_end: dict[int, tuple[int, list[Title]]]  # a run's end -> (its first token, the run)
    by_term_end: dict[int, int]  # the token after a run's term ("…, nhiệm kỳ 2015-2020") -> the run's end
    name_starts: list[int]  # the first tokens of the names (not credits, not pronouns), in order
    appositive: set[int]  # the first tokens of the runs set off after a name: that name's titles
    period_at_end: dict[int, int]  # the token after a period ("từ năm 2017 đến nay") -> its first token


def _run_tables(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit]) -> _RunTables:
    """The tables :func:`_attach` reads in both its passes (:class:`_RunTables`)."""
    n = len(toks.k)
    by_end = {run[-1].end: (s, run) for s, run in runs.items()}
    by_term_end = {past_term(toks, e): e for e in by_end}
    # runs set off after a name ("ông A - Chủ tịch X, ông B") are A's, never B's by the comma rule
    appositive = {h.end + 1 for h in hits if h.end < n and toks.k[h.end] in _APPOSITION}
    name_starts = sorted(h.start for h in hits if h.how not in ("credit", "pronoun"))
    # ... but not after "Theo ông A," when a word follows the run: "Theo ông A, Chủ tịch thành phố
    # đương nhiệm, ông B đã có đơn ...": the run is the reported clause's, and B's (:func:`_reported_subject`)
    appositive -= {h.end + 1 for h in hits if h.end + 1 in runs
                   and _reported_subject(toks, h.start, h.end, runs[h.end + 1], name_starts, by_end)}
    # ... and so after a status word and a verb: "ông A - khi đó (còn) là Phó Giám đốc Sở X, ông B -
    # cán bộ ...": A's title, not B's by the comma rule
    cue_firsts = lexicon().status_cues.firsts
    appositive |= {a for h in hits if h.end + 1 < n and toks.k[h.end] in _APPOSITION and toks.k[h.end + 1] in cue_firsts
                   and (a := _apposition_run(toks, h.end, runs, name_starts)) is not None}
    period_at_end = {i + p.length: i for i, p in _periods(toks)}
    return _RunTables(by_end, by_term_end, name_starts, appositive, period_at_end)


def _attach(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
            hit_person: dict[int, _Person], claimed: set[int], shorts: bool = False,
            read_of_runs: dict[str, Any] | None = None) -> set[int]:
    """Give each run of titles to the person it describes; returns qualifier tokens used.

    Titles written before a name ("Bí thư Tỉnh ủy Nguyễn Chí Dũng", "chức vụ Bộ trưởng ... với ông
    X") are given first, then titles after a name (apposition, or a linking verb: "bầu ông X giữ
    chức ..."), so that in "ông A, Thủ tướng Nguyễn Xuân Phúc" the title goes to the second name.
    Full names go first (``shorts`` False), so that a short reference can be told apart by the
    titles its candidates already have; then short references and pronouns.

    ``read_of_runs`` (the same dict for both passes over the same runs, which neither changes) keeps
    what is read off the runs and the text alone, not off the persons: :class:`_RunTables`, the runs
    each run continues, the runs a move leads to, the run a verb links to each name (a tenth of
    extraction's time was making them twice).
    """
    shared: dict[str, Any] = {} if read_of_runs is None else read_of_runs
    tables = shared.get("tables")
    if tables is None:
        tables = shared["tables"] = _run_tables(toks, runs, hits)
    by_end, by_term_end, name_starts, appositive, period_at_end = tables
    run_ends = {x: r[-1].end for x, r in runs.items()}
    used_quals: set[int] = set()
    n = len(toks.k)
    by_start = {h.start: hit_person[i] for i, h in enumerate(hits) if i in hit_person}
    person_at_end = {h.end: hit_person[i] for i, h in enumerate(hits) if i in hit_person and h.how != "credit"}
    mine = [(idx, h, hit_person[idx]) for idx, h in enumerate(hits)
            if idx in hit_person and h.how != "credit" and (h.short or h.how == "pronoun") == shorts]

    def give(person: _Person, start: int, status: str | None, last_only: bool = False) -> None:
        claimed.add(start)
        for t in _last_title(toks, runs[start]) if last_only else runs[start]:
            st = t.prefix or status or "holds"
            person.titles.append((t, st))
            if t.qual_at is not None:
                used_quals.add(t.qual_at)

    continues = shared.get("continues")
    if continues is None:
        continues = shared["continues"] = {
            s2: s for s in runs for s2 in _continued_runs(toks, runs[s][-1].end, runs)[:1]}
    reached_at: dict[tuple[int, int], int | None] = shared.setdefault("reached", {})

    def reached(h: NameHit, j: int) -> int | None:
        """The run the name ``h`` reaches from token ``j`` by a verb, unless the name is an agent."""
        key = (h.start, j)
        if key in reached_at:
            return reached_at[key]
        r = reached_at[key] = _linked_run(toks, j, runs, _given_to(toks, h.start)) \
            if not _agent(toks, h.start, by_end) else None
        return r

    # runs a name reaches by a verb ("ông A làm Bí thư Thành ủy X, ông B giữ chức ..."): A's predicate,
    # never the title of the name after the comma
    predicate_of: dict[int, _Person] = {}
    for idx, h in enumerate(hits):
        if idx in hit_person and h.how not in ("credit", "pronoun"):
            r = reached(h, h.end)
            if r is None and h.end + 1 in runs and toks.k[h.end] == "," and not toks.brk[h.end + 1]:
                # "ông A, Bí thư Tỉnh ủy X được điều ra giữ chức B, ông C, ...": past A's apposition
                r = reached(h, past_term(toks, runs[h.end + 1][-1].end))
            if r is None:  # past a capacity title whose body is not read, after the name or its titles
                after = past_term(toks, runs[h.end + 1][-1].end) if h.end + 1 in runs and toks.k[h.end] == "," \
                    else h.end
                r = _linked_past_unread(toks, h, after, runs, name_starts, reached)
            if r is not None:
                predicate_of.setdefault(r, hit_person[idx])
    content = shared.get("content")
    if content is None:  # the sentences that tell a decision's content (made once, from the text)
        content = shared["content"] = _decision_content(
            toks, [h for h in hits if h.how not in ("credit", "pronoun")], lambda h: reached(h, h.end) is not None)
    # runs a move leads to ("ông A từ Phó Giám đốc Sở X làm Giám đốc Trung tâm Y, ông B từ ..."): the
    # subject's new posts (:func:`.careers.transfer_lists`), never the title of the name after the comma
    moved_to = shared.get("moved_to")
    if moved_to is None:
        moved_to = shared["moved_to"] = {r for cl in transfer_lists(toks, {s: run[-1].end for s, run in runs.items()})
                                         if cl.status != "former" for r in cl.runs}
    # titles before the name
    given_before: dict[int, tuple[int, int]] = {}  # hit index -> where the titles written before it lie
    for _idx, h, person in mine:
        if h.how == "pronoun":
            continue
        n0 = len(person.titles)
        b = honorific_start(toks, h.start)
        ends = [h.start, b] + ([b - 1] if b > 0 and toks.k[b - 1] in _BEFORE_NAME
                               and (b < h.start or toks.k[b - 1] != ",")
                               and (toks.k[b - 1] != ":" or name_alone(toks, h.end)) else [])
        placed = _place_item_before(toks, b - 1) if b > 1 and toks.k[b - 1] == "," else None
        if placed is None and b > 1 and toks.k[b - 1] == ",":
            placed = _parent_item_before(toks, b - 1)  # "..., trưởng Ban Chỉ đạo X, Bộ Công an, ông Y"
        if placed is not None:
            ends.append(placed)  # "Trưởng Công an huyện X, tỉnh Y, đồng chí Z": the province between
        elif b > 1:
            ends += _place_items_before(toks, b)  # "Chủ tịch UBND xã X, huyện Y (Z) Tên"
        if b > 1 and toks.k[b - 1] == ",":
            cues = lexicon().status_cues
            for m in (1, 2, 3):  # "Bí thư Tỉnh ủy, Chủ tịch HĐND đương nhiệm, ông X"
                x = b - 1 - m
                cue = cues.longest(toks, x) if x > 0 and toks.k[x] in cues.firsts else None
                if cue and cue[0] == m:
                    ends.append(b - 1 - m)
                    break
        if _glued_sentence(toks, b, h.start):
            ends = []
        c = _country_before(toks, b)
        abroad = _posting_before(toks, b)
        if abroad is not None and (c is None or abroad < c):
            c = abroad  # "Đại sứ Việt Nam tại Lào X": the whole posting, not its last country
        if c is not None:
            ends.append(c)  # "Thủ tướng Italy Paolo Gentiloni": the country between title and name
        country = c
        a = _abbreviation_before(toks, b)
        if a is not None:
            ends.append(a)  # "Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Bằng"
            c = a if c is None else c
        elif b > 0 and toks.k[b - 1] == "," and _abbreviation_before(toks, b - 1) is not None:
            ends.append(_abbreviation_before(toks, b - 1))  # "... Tổng công ty X (PVC), ông Y"
        if 0 < b < h.start and toks.k[b - 1] == "," and b - 1 in period_at_end:
            # "Trong thời gian giữ chức vụ Chủ tịch UBND huyện từ năm 2017 đến nay, ông X ..."
            ends.append(period_at_end[b - 1])
        bracket = _bracketed_period_before(toks, b - 1, period_at_end) if 0 < b < h.start else None
        if bracket is not None:
            ends.append(bracket)  # "Trong thời gian giữ cương vị A, B (2011-2014), ông X ..."
        for e in ends:
            if e not in by_end and e == b - 1 and e in by_term_end:
                e = by_term_end[e]  # "Trước khi được bầu làm Bí thư Tỉnh ủy X, nhiệm kỳ 2015-2020, ông Y"
            if e in by_end and by_end[e][0] not in claimed:
                start = by_end[e][0]
                free = _may_precede_name(toks, start)
                if e != h.start and e != c and (not free or start in appositive
                                                or predicate_of.get(start, person) is not person
                                                or start in moved_to or _titled_subject(toks, start, by_end)
                                                or (e == b - 1 and _attributed_to(toks, start, h.end))):
                    continue
                # "giữ chức vụ Phó Chủ tịch UBND huyện, sau đó là Chủ tịch UBND huyện X, ông Y":
                # the runs that this one continues are Y's too ...
                chain = []
                p = continues.get(start) if e != h.start else None
                while p is not None and p not in claimed and p not in chain:
                    chain.append(p)
                    p = continues.get(p)
                if e != h.start and not all(_may_precede_name(toks, x) for x in chain):
                    continue  # ... unless they are the object of "của": "của Chủ tịch A, kiêm Chủ tịch B, ông Y"
                # "Cách chức Bí thư Thành ủy X": a verb right before the titles gives their status;
                # "của Chủ tịch nước, Bí thư Tỉnh ủy X": only the title next to X is X's
                status = _verb_before(toks, start)
                fronted = _fronted_status(toks, chain[-1] if chain else start, runs) \
                    if e == b - 1 or (placed is not None and e == placed) else None
                give(person, start, status or fronted,
                     last_only=not free and not _sole_posts(runs[start], country is not None and e == country)
                     and not _bodied_run_after_of(toks, runs[start], start, h.end)
                     or _delegated_office(toks, start))
                for x in chain:
                    give(person, x, _verb_before(toks, x) or fronted)
                linked = _linked_post_before(toks, chain[-1] if chain else start, by_end, claimed)
                if linked is not None and linked not in appositive \
                        and predicate_of.get(linked, person) is person:
                    # "giữ chức vụ Phó chủ tịch huyện sẽ là | Trưởng ban Tổ chức Huyện uỷ A và Chánh
                    # văn phòng B": the post before the link is A's, and B's after "và"
                    ln = _linked_post_status(toks, linked, chain[-1] if chain else start)
                    give(person, linked, ln)
                    for other in _titled_coordinated_after(toks, hits, _idx, hit_person, by_end):
                        other.titles.extend((t, t.prefix or ln or "holds") for t in runs[linked])
                break
        else:
            # "chức vụ Bộ trưởng X với ông Y", "Quyền Chủ tịch nước hiện là bà Y", "... là, ông Y"
            b2 = b - 1 if b > 0 and toks.k[b - 1] == "," else b
            for back in (1, 2, 3, 4):
                e = b2 - back
                link = _OF_LINKS.longest(toks, e) if e >= 0 else None
                if e not in by_end and e in by_term_end:
                    e = by_term_end[e]  # "chức vụ Chủ tịch UBND tỉnh khóa XVIII, nhiệm kỳ ... đối với ông X"
                elif e not in by_end and e > 0 and toks.k[e - 1] == "," and by_term_end.get(e - 1, e - 1) != e - 1:
                    e = by_term_end[e - 1]  # "cách chức Ủy viên Ban Thường vụ nhiệm kỳ 2005-2010, với ông X"
                if e in by_end and by_end[e][0] not in claimed and link and link[0] == back:
                    start = by_end[e][0]
                    verb = clause_status(toks, clause_start(toks, start), start)
                    if _OF_LINK_STATUS.get(link[1]) == "appointed" and "appointed" not in (  # type: ignore[index]
                            verb, clause_status(toks, clause_start(toks, start), start + 1)):
                        # "trao tặng Huân chương ... cho ông X": "cho" gives a post only when appointing
                        # (the cue may end inside the title: "giao [quyền] Chủ tịch UBND tỉnh cho ông X")
                        continue
                    # "Bí thư Thành ủy lúc bấy giờ là ông X": the link says the post was held then
                    status = _OF_LINK_STATUS.get(link[1]) or verb  # type: ignore[index]
                    give(person, start, status)
                    # "cách chức Ủy viên Ban Thường vụ Tỉnh ủy ..., bao gồm cả các chức vụ Bí thư ...
                    # của ông X": the runs this one continues are X's too
                    # (not over another name: "chức vụ X đối với ông A - Bí thư ... và chức vụ Y đối với ông B")
                    p, after = continues.get(start), start
                    while p is not None and p not in claimed and p not in appositive \
                            and bisect_left(name_starts, after) == bisect_left(name_starts, p):
                        give(person, p, clause_status(toks, clause_start(toks, p), p) or status)
                        p, after = continues.get(p), p
                    # "... là, ông A, Bí thư X và ông B, Ủy viên Y": B too
                    for other in _coordinated_after(toks, hits, _idx, hit_person, runs):
                        other.titles.extend((t, t.prefix or status or "holds") for t in runs[start])
                    for other in _with_after(toks, hits, _idx, hit_person):
                        other.titles.extend((t, t.prefix or status or "holds") for t in runs[start])
                    break
        given_before[_idx] = (n0, len(person.titles))
    # titles after the name
    for idx, h, person in mine:
        j = h.end
        mark = len(person.titles)  # the titles written after the name to identify the person start here
        if idx in given_before and _now_aside(toks, j):
            _held_then(person, *given_before[idx])  # "Chủ tịch thành phố A (nay là Phó Bí thư ...)"
        if h.how != "pronoun" and j in runs and j not in claimed and not toks.brk[j] and toks.gap[j] == " " \
                and (not h.short or _opens_with_former(runs[j])):
            # "ông A Bí thư Tỉnh ủy X;" (no comma); a short name only before "nguyên": "Ông Cường
            # nguyên Bí thư Đảng ủy, Cục trưởng Cục X" (a bare short name and a title may be one name)
            give(person, j, _cue_after(toks, runs[j][-1].end))
            j = runs[j][-1].end
        if j < n and toks.k[j] in _APPOSITION and not toks.brk[j]:
            timed = _time_aside_run(toks, j, runs)
            s = timed if timed is not None else _apposition_run(toks, j, runs, name_starts)
            if s is not None and s not in claimed \
                    and not _reported_subject(toks, h.start, j, runs[s], name_starts, by_end):
                # "bà A - khi đó là Chủ tịch ...": a status word between the mark and the titles
                before = "former" if timed is not None else clause_status(toks, j + 1, s) if s > j + 1 else None
                before = before or _continued_posts_status(toks, clause_start(toks, h.start))
                give(person, s, _cue_after(toks, runs[s][-1].end) or before)
                if timed is None and s > j + 1 and toks.k[j] == "," and before in _LIST_VERB_STATUSES:
                    # "Các ông A, B, tái đắc cử chức Phó chủ tịch tỉnh": after the list's last name
                    # the comma opens the predicate (a cue verb, not a title), so it is the list's
                    for other in _coordinated(toks, hits, idx, hit_person):
                        other.titles.extend((t, t.prefix or before) for t in runs[s])
                # "Dự có các đồng chí: A, B, nguyên Tổng Bí thư; C, ...": one title closes a group
                for other in _group_before(toks, hits, idx, hit_person, runs[s][-1].end):
                    other.titles.extend((t, t.prefix or "holds") for t in runs[s])
                opened = toks.k[j]
                j = runs[s][-1].end
                prev = runs[s]
                for s2 in _runs_past_terms(toks, j, runs, claimed, set(name_starts)):
                    # "ông A - Bí thư Tỉnh ủy nhiệm kỳ 2010-2015, Chủ tịch UBND tỉnh ...": A's too,
                    # and former after a "nguyên" that carries ("(nguyên Bí thư ... nhiệm kỳ ..., Chủ tịch ...)")
                    give(person, s2, _cue_after(toks, runs[s2][-1].end) or _carried_prefix(prev) or before)
                    prev = runs[s2]
                    j = runs[s2][-1].end
                if opened == "(" and j < n and toks.k[j] != ")":
                    j = _paren_close(toks, j)  # "(hiện là Ủy viên Bộ Chính trị BCH ...) khi đó là ..."
                if j < n and toks.k[j] == ")":
                    j += 1
                elif j < n and opened == "-" and (t_end := past_term(toks, j)) < n and toks.k[t_end] == "-" \
                        and not toks.brk[t_end]:
                    # "ông A - Phó Chủ tịch UBND tỉnh (khóa XV) - được bầu làm ...": the closing dash
                    j = t_end + 1
                # "ông A - Chủ tịch UBND tỉnh nhiệm kỳ 2010-2015 (hiện là Bí thư Tỉnh ủy)": the post
                # the parenthesis says the person holds now is theirs too
                p2 = past_term(toks, j)
                if _now_aside(toks, p2):
                    _held_then(person, mark, len(person.titles))  # "..., Chủ tịch UBND tỉnh (hiện là Bí thư ...)"
                cue = lexicon().status_cues.longest(toks, p2 + 1) if p2 + 1 < n and toks.k[p2] == "(" else None
                s2 = _apposition_run(toks, p2, runs) if cue and cue[1][1] == "clause" else None  # type: ignore[index]
                if s2 is None and p2 + 1 < n and toks.k[p2] == "(" and p2 + 1 in runs \
                        and (e2 := past_place(toks, runs[p2 + 1][-1].end)) < n and toks.k[e2] == ")":
                    # "ông A, Bí thư Thành ủy X (nguyên Bí thư Tỉnh ủy Y)": the former post; "ông B –
                    # Trưởng đoàn thanh tra (Phó Chánh thanh tra thành phố)": the post the team's head holds
                    s2 = p2 + 1
                timed = _time_aside_run(toks, p2, runs) if s2 is None else None
                if timed is not None and timed not in claimed:
                    # "ông A, Chủ tịch UBND xã (thời điểm cấp đất là Bí thư Đoàn xã)": held then
                    give(person, timed, "former")
                    j = _paren_close(toks, runs[timed][-1].end)
                    j = j + 1 if j < n and toks.k[j] == ")" else j
                elif s2 is not None and s2 not in claimed:
                    give(person, s2, clause_status(toks, p2 + 1, s2))
                    j = _paren_close(toks, runs[s2][-1].end)
                    j = j + 1 if j < n and toks.k[j] == ")" else j
        past = _past_unread_capacity(toks, h, j, runs, name_starts, reached)
        if past is not None:
            j = past  # "bầu ông A, Phó Bí thư Tỉnh ủy, Phó Chủ tịch làm Chủ tịch UBND tỉnh": past the bare role
        alone = len(person.titles) > mark and idx > 0 and _titled_after_bare_name(toks, hits[idx - 1], h)
        relative = _relative_clause(toks, j)
        s = reached(h, relative if relative is not None else j)
        if s is not None and s not in claimed:
            status = _linked_status(toks, clause_start(toks, h.start), h.start, s) \
                or _list_heading_status(toks, clause_start(toks, h.start)) \
                or _decision_content_status(toks, h, content)
            if status == "former" and held_since(toks, s, run_ends):
                status = "holds"  # "Bà công tác ở ngành X, từ năm 2021 là Y.": the "từ" is no past cue
            successor = _replacer(toks, h.start, person_at_end) if relative is None else None
            if successor is not None and successor is not person:
                # "ông X thay ông Y làm Chủ tịch UBND tỉnh": X gains the post, Y leaves it
                give(successor, s, status or "appointed")
                person.titles.extend((t, "left") for t in runs[s])
                continue
            others = _coordinated(toks, hits, idx, hit_person)
            if len(others) == 1 and _respective(toks, h.end, s, runs[s]):
                # "A và B được bầu giữ chức Chủ tịch HĐND và Chủ tịch UBND thành phố": one each, in order
                claimed.add(s)
                for holder, t in ((others[0], runs[s][0]), (person, runs[s][1])):
                    holder.titles.append((t, t.prefix or status or "holds"))
                    if t.qual_at is not None:
                        used_quals.add(t.qual_at)
                continue
            give(person, s, status)
            _left_by_replaced(toks, runs, s, person, by_start, status)
            # "giữ cương vị Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016, Phó Chủ tịch
            # UBND tỉnh (2008-2010)": the titles after the term are the same predicate's
            last = runs[s]
            for s2 in _runs_past_terms(toks, last[-1].end, runs, claimed, set(name_starts), (",", ";")):
                give(person, s2, _carried_prefix(last) or status)
                last = runs[s2]
            # "ông là Bí thư Thành ủy Hà Nội và sau đó giữ chức Chủ tịch Quốc hội": the same subject
            prev = last[-1].end
            for s2 in _continued_runs(toks, last[-1].end, runs, set(name_starts)):
                if s2 in claimed:
                    break
                # "chỉ định ông X giữ chức A và giới thiệu để HĐND bầu giữ chức B": B's own verb
                # "thôi giữ chức A về làm B": B is gained, not left (:func:`_later_clause_status`)
                before = _before_that_after(toks, prev)  # "ông là A trước khi trở thành B": A is held no
                # more, and B has the status of its own verb, not the "trước khi" of a fronted clause
                later = _later_clause_status(toks, clause_start(toks, h.start),
                                             before if before is not None else prev, s2, _first_cue)
                if before is not None:
                    _held_before(person, last)
                give(person, s2, later)
                _left_by_replaced(toks, runs, s2, person, by_start, later)
                prev = runs[s2][-1].end
                last = runs[s2]
            # "bầu các ông A (...), ông B (...) cùng giữ chức X": X is theirs too (not after B's own
            # titles in a bare list: "A, B, Phó Trưởng ban X, từng Bí thư Y": Y is B's alone)
            for other in ([] if alone else _coordinated(toks, hits, idx, hit_person, runs)):
                other.titles.extend((t, clause_status(toks, clause_start(toks, h.start), s) or "holds")
                                    for t in runs[s])
    return used_quals


def _past_unread_capacity(toks: Tokens, h: NameHit, j: int, runs: dict[int, list[Title]], name_starts: list[int],
                          reached: Callable[[NameHit, int], int | None]) -> int | None:
    """The token where a verb starts that links the name ``h`` to a run, past a capacity title whose
    body is not read after the comma at token j (right after the name or after its titles): "bổ
    nhiệm Đại tá A, Phó Tham mưu trưởng Quân khu, giữ chức Tham mưu trưởng Quân khu 5" (the bare
    "Quân khu" unread), "bầu ông B, Phó Bí thư Tỉnh ủy, Phó Chủ tịch làm Chủ tịch UBND tỉnh" (a role
    with no body, the verb right after it). The capacity title is no post (its body is unknown), but
    it must not cost the appointment. None when no such title stands there (never over another name
    or "và": :func:`_past_unread_item`), or no verb follows it."""
    n = len(toks.k)
    if j + 1 >= n or toks.k[j] != "," or toks.brk[j + 1] or j + 1 in runs:
        return None
    past = _past_unread_item(toks, j + 1, name_starts)
    if past is None:
        past = _bodied_role_end(toks, j + 1) if toks.cap[j + 1] else None
        x = bisect_left(name_starts, j + 1)
        if past is None or past >= n or toks.brk[past] or (x < len(name_starts) and name_starts[x] < past):
            return None
    return past if past is not None and reached(h, past) is not None else None


def _titled_after_bare_name(toks: Tokens, prev: NameHit, h: NameHit) -> bool:
    """The name ``h``, which has titles of its own set off by a comma after it, follows the bare name
    ``prev`` with only a comma between them: "..., A, B, Phó Trưởng ban X, từng Bí thư Tỉnh ủy Y; C, ...".
    In such a list each name is followed by its own titles, so a predicate written after B's titles is B's
    alone: the bare name A takes nothing. A list that shares a predicate joins its titled names with "và"
    ("ông A, Chủ tịch X và ông B, Phó Chủ tịch Y, được bầu làm ...") or gives each its titles in brackets
    ("bầu các ông A (...), ông B (...) cùng giữ chức ..."), which this does not touch."""
    b = honorific_start(toks, h.start)
    return h.end < len(toks.k) and toks.k[h.end] == "," and b > 0 and toks.k[b - 1] == "," \
        and prev.end == b - 1 and not toks.brk[b]


def _linked_past_unread(toks: Tokens, h: NameHit, j: int, runs: dict[int, list[Title]], name_starts: list[int],
                        reached: Callable[[NameHit, int], int | None]) -> int | None:
    """The run a verb links to the name ``h`` past an unread capacity title after the comma at token
    j (:func:`_past_unread_capacity`); None when there is none."""
    past = _past_unread_capacity(toks, h, j, runs, name_starts, reached)
    return reached(h, past) if past is not None else None


_MAX_LINK = 4  # tokens of the link between a post and a name's own titles: "lúc bấy giờ là"


def _linked_post_before(toks: Tokens, start: int, by_end: dict[int, tuple[int, list[Title]]],
                        claimed: set[int]) -> int | None:
    """The run written right before a link ("là", "sẽ là", ``of_links.tsv``) that stands right
    before the titles a name carries before it (at token ``start``): "được giới thiệu giữ chức vụ
    Phó chủ tịch UBND huyện | sẽ là | Trưởng ban Tổ chức Huyện uỷ A": the first post is A's (as
    "chức vụ P là ông A" gives P to A); the titles next to the name are what A holds. None when no
    such run and link stand there, or a mark or line break lies between."""
    for back in range(1, _MAX_LINK + 1):
        e = start - back
        if e < 1:
            break
        link = _OF_LINKS.longest(toks, e) if toks.k[e] in _OF_LINKS.firsts else None
        if link and link[0] == back and e in by_end and by_end[e][0] not in claimed \
                and not any(toks.brk[e : start + 1]) and _OF_LINK_STATUS.get(link[1]) != "appointed":
            return by_end[e][0]  # (not "cho": "trao ... cho Bộ trưởng A" gives no post)
    return None


def _linked_post_status(toks: Tokens, run: int, titles: int) -> str | None:
    """The status of the post a link gives a titled name (:func:`_linked_post_before`): what the
    link says ("lúc bấy giờ là": former), else the clause's verb before the post."""
    for back in range(_MAX_LINK, 0, -1):  # the longest link: "lúc bấy giờ là", not its "là"
        link = _OF_LINKS.longest(toks, titles - back) if titles - back >= 0 else None
        if link and link[0] == back:
            return _OF_LINK_STATUS.get(link[1]) or clause_status(toks, clause_start(toks, run), run)
    return clause_status(toks, clause_start(toks, run), run)


def _titled_coordinated_after(toks: Tokens, hits: list[NameHit], idx: int, hit_person: dict[int, _Person],
                              by_end: dict[int, tuple[int, list[Title]]]) -> list[_Person]:
    """The persons after hit ``idx`` joined to it by "và", each with its own titles written before
    its name: "... sẽ là Trưởng ban A | và Chánh văn phòng HĐND B". Only "và" (the list's last
    join): a comma between titled names is an attendee list's."""
    out: list[_Person] = []
    n = len(toks.k)
    j = hits[idx].end
    if j + 1 >= n or toks.k[j] != "và" or toks.brk[j + 1]:
        return out
    for k in range(idx + 1, len(hits)):
        h = hits[k]
        if h.how in ("credit", "pronoun") or k not in hit_person:
            break
        b = honorific_start(toks, h.start)
        run = by_end.get(b)
        if run is not None and run[0] == j + 1:
            out.append(hit_person[k])
        break
    return out


_CONTENT_OPENERS = phrase_index(w for w, use in read_rows("decision_content_cues.tsv", 2) if use == "opener")
_DECISION_ACTS = phrase_index(w for w, use in read_rows("decision_content_cues.tsv", 2) if use == "act")


def _decision_content(toks: Tokens, hits: list[NameHit], linked: Callable[[NameHit], bool]) -> set[int]:
    """The first tokens of the sentences that tell the content of a decision signed or announced in
    the sentence before (``decision_content_cues.tsv``): "Ngày 4/2, ... ký quyết định về việc phân
    công cán bộ. | Theo đó, ông A giữ vị trí X." A sentence that opens with a name reaching its title
    by a verb (``linked``: "Ông B làm Y; bà C giữ chức Z.") right after such a sentence goes on with
    the same decision; the first sentence of another shape ends it."""
    out: set[int] = set()
    for h in sorted(hits, key=lambda h: h.start):
        first = sentence_start(toks, h.start)
        b = honorific_start(toks, h.start)
        if first in out or first == 0 or not linked(h):
            continue
        if b == first and sentence_start(toks, first - 1) in out:
            out.add(first)  # "Ông B làm Y; bà C giữ chức Z.": the list goes on
        elif b - first >= 2 and toks.k[b - 1] == "," and _CONTENT_OPENERS.spans(toks, first, b - 1):
            before = sentence_start(toks, first - 1)
            acts = _DECISION_ACTS
            if any(toks.k[x] in acts.firsts and acts.longest(toks, x) for x in range(before, first)):
                out.add(first)
    return out


def _decision_content_status(toks: Tokens, h: NameHit, content: set[int]) -> str | None:
    """"appointed" for a post a name reaches by a bare link in a sentence that tells a decision's
    content (:func:`_decision_content`), the name opening its clause ("Theo đó, ông A làm X", "...;
    bà C giữ chức Z"); else None."""
    first = sentence_start(toks, h.start)
    if first not in content:
        return None
    b = honorific_start(toks, h.start)
    c = clause_start(toks, h.start)
    return "appointed" if b == c or (b > c and _CONTENT_OPENERS.spans(toks, c, b - 1)) else None


# statuses of a verb written between a name's comma and a title ("A, B, tái đắc cử chức X") that make
# the title the predicate of the whole list of names before it
_LIST_VERB_STATUSES = frozenset({"appointed", "left", "nominated"})


def _list_heading_status(toks: Tokens, c: int) -> str | None:
    """The status a list's heading gives the posts its items reach by a verb: "Ba nhân sự được giới
    thiệu vào các chức danh ... gồm: ông A, Phó Bí thư Tỉnh ủy X giữ chức Chủ nhiệm Ủy ban Kinh tế;
    ông B, ... giữ chức ...": each item's new post is nominated. ``c`` is the item's clause start;
    the heading is the clause before the ":" that opens the list (items apart by ";"), in the same
    sentence. Only appointing and nominating cues count: a heading's time word ("Từ năm 2015, ...")
    is no status of what the items are given."""
    heading = _list_heading(toks, c)
    status = clause_status(toks, *heading) if heading is not None else None
    return status if status in ("appointed", "nominated") else None


def _list_heading(toks: Tokens, c: int) -> tuple[int, int] | None:
    """Tokens [a, b) of the heading of the list whose item's clause starts at ``c``: the clause
    before the ":" that opens it, the items apart by ";" in one sentence."""
    i = c - 1
    while i >= 0 and toks.k[i] == ";" and not toks.brk[i + 1]:
        i = clause_start(toks, i) - 1
    if i < 0 or toks.k[i] != ":" or toks.brk[i + 1]:
        return None
    return clause_start(toks, i), i


def _continued_posts_status(toks: Tokens, c: int) -> str | None:
    """"Nhân sự được giới thiệu để bầu tiếp tục đảm nhiệm vị trí ... gồm: bà A, Chủ nhiệm Ủy ban X;
    ...": a heading that nominates (or appoints) its members to go on in their posts
    (``continue_cues.tsv``) gives each item's own title that status; ``c`` is the item's clause start."""
    heading = _list_heading(toks, c)
    if heading is None or not any(toks.k[i] in _CONTINUED.firsts and _CONTINUED.longest(toks, i)
                                  for i in range(*heading)):
        return None
    status = clause_status(toks, *heading)
    return status if status in ("appointed", "nominated") else None


_RESPECTIVELY = phrase_table("respective_words.tsv")


def _respective(toks: Tokens, name_end: int, s: int, run: list[Title]) -> bool:
    """Two titles joined by "và" that two coordinated names reach by one verb go one to each name,
    in order: "A và B lần lượt được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh" (a word saying so,
    ``respective_words.tsv``), or "A và B được bầu giữ chức Chủ tịch HĐND thành phố và Chủ tịch UBND
    thành phố" (the same role in two bodies: one holder each; the same role by its label, so "Chủ
    tịch tỉnh X và Chủ tịch HĐND tỉnh", two rows of roles.tsv, is one each too). Otherwise both names
    hold both."""
    if len(run) != 2 or run[1].start != run[0].end + 1 or toks.k[run[0].end] != _AND:
        return False
    if any(_RESPECTIVELY.longest(toks, k) for k in range(name_end, s) if toks.k[k] in _RESPECTIVELY.firsts):
        return True
    a, b = run
    return a.role == b.role and a.deputy == b.deputy and a.org is not None and b.org is not None \
        and a.org.name != b.org.name


def _runs_past_terms(toks: Tokens, k: int, runs: dict[int, list[Title]], claimed: set[int],
                     name_starts: set[int], marks: tuple[str, ...] = (",",)) -> list[int]:
    """The runs that go on with an apposition's titles after a term of office written at token k
    and a comma: "ông A - Bí thư Tỉnh ủy nhiệm kỳ 2010-2015, Bí thư Ban cán sự đảng, Chủ tịch UBND
    tỉnh nhiệm kỳ 2011-2016". The title grammar reads a term ("khóa X") inside a run but ends the
    run at "nhiệm kỳ YYYY-YYYY", so the titles after it are a run of their own that the name's
    apposition still holds. Only after a term (without one the grammar would have joined the two
    runs, so a run after a bare comma is something else), and not a run that a name follows (the
    title written before the next name of a list: "A - Bí thư ... nhiệm kỳ 2010-2015, Chủ tịch
    UBND tỉnh B"). A bracketed period after the term counts with it: "Bí thư Tỉnh ủy nhiệm kỳ
    2010-2015 (đến tháng 2/2015), Chủ tịch HĐND tỉnh nhiệm kỳ 2011-2016". ``marks``: what may stand
    after the term (a verb's object list may go on after ";": "giữ cương vị Chủ tịch UBND tỉnh
    nhiệm kỳ 2011-2016; Phó Chủ tịch UBND tỉnh (2008-2010)")."""
    out: list[int] = []
    n = len(toks.k)
    while k < n:
        t = _past_bracketed_period(toks, past_term(toks, k))
        if t == k or t + 1 >= n or toks.k[t] not in marks or toks.brk[t + 1]:
            break
        s = t + 1
        if s not in runs or s in claimed or _names_next(toks, runs[s][-1].end, name_starts):
            break
        out.append(s)
        k = runs[s][-1].end
    return out


def _past_bracketed_period(toks: Tokens, k: int) -> int:
    """Past a period in brackets at token k ("(2010-2012)", "(đến tháng 2/2015)"), else k."""
    n = len(toks.k)
    if k + 1 >= n or toks.k[k] != "(" or toks.brk[k + 1]:
        return k
    p = read_period(toks, k + 1)
    e = k + 1 + p.length if p else k
    return e + 1 if p and e < n and toks.k[e] == ")" and not toks.brk[e] else k


def _carried_prefix(run: list[Title]) -> str | None:
    """"former" when the run's last title is former by a "nguyên" that goes on over the titles after
    it (written once, as :func:`.status.own_prefixes_only` reads it: a writer who repeats
    "nguyên" marks each former title, so then none carries)."""
    written = sum(1 for t in run if t.prefix == "former" and t.start < t.role_start)
    return "former" if run[-1].prefix == "former" and written < 2 else None


def _left_by_replaced(toks: Tokens, runs: dict[int, list[Title]], s: int, person: _Person,
                      by_start: dict[int, _Person], status: str | None = None) -> None:
    """"... giữ chức Bí thư Tỉnh ủy thay ông Y": Y held the run's posts before, and left them in
    this event. When the subject is only put forward (``status`` "nominated": "ông X được giới
    thiệu làm Chủ nhiệm Ủy ban Y thay ông Z") nothing is decided yet: Z still holds the post, as a
    removal only proposed leaves it held (status_cues.tsv)."""
    n = len(toks.k)
    k = _past_replace_gap(toks, runs[s][-1].end)
    rep = _REPLACES.longest(toks, k) if k < n else None
    if not rep:
        return
    other = _replaced_holder(toks, k + rep[0], by_start)
    if other is not None and other is not person:
        other.titles.extend((t, "holds" if status == "nominated" else "left") for t in runs[s])


_MAX_HOLDER_LEAD = 4  # tokens of honorifics and a rank before the replaced holder's name: "Thiếu tướng"


def _replaced_holder(toks: Tokens, k: int, by_start: dict[int, _Person]) -> _Person | None:
    """The person whose name follows "thay" at token k, past honorifics and a rank ("thay ông Y",
    "thay Thiếu tướng Y", "thay đồng chí Đại tá Y": ``honorifics.txt``); None when no name does."""
    for start in range(k, min(len(toks.k), k + _MAX_HOLDER_LEAD + 1)):
        if start > k and toks.brk[start]:
            return None
        if start in by_start and _reaches(toks, k, start):
            return by_start[start]
    return None


_NEW = phrase_tokens("mới")[0]


def _replaced(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit], hit_person: dict[int, _Person],
              claimed: set[int]) -> None:
    """"Quốc hội sẽ phê chuẩn Bộ trưởng Giao thông Vận tải mới thay ông Y": a title nobody holds
    yet, followed by "thay" (replace_cues.tsv) and a name, is the post that name leaves. Read after
    every other way of giving a title, so a subject that gains it keeps it ("ông A được bầu làm X
    thay ông Y" is read with A)."""
    n = len(toks.k)
    by_start = {h.start: hit_person[i] for i, h in enumerate(hits) if i in hit_person and h.how != "credit"}
    for s in sorted(runs):
        if s in claimed:
            continue
        k = _past_replace_gap(toks, runs[s][-1].end)
        rep = _REPLACES.longest(toks, k) if k < n and not toks.brk[k] else None
        if not rep:
            continue
        other = _replaced_holder(toks, k + rep[0], by_start)
        if other is not None and all(t.org is not None or not t.row.needs_org for t in runs[s]):
            claimed.add(s)
            other.titles.extend((t, "left") for t in runs[s])


_REASON_ROWS = read_rows("reason_move_cues.tsv", 2)
_REASONS = phrase_index(p for p, kind in _REASON_ROWS if kind == "reason")
_REASON_PASSIVES = phrase_index(p for p, kind in _REASON_ROWS if kind in ("passive", "move"))
# tokens between the passive word and the link verb: the agent and the move verbs ("được Ban Thường vụ
# Tỉnh ủy Quảng Nam điều động, bổ nhiệm giữ chức": 12)
_REASON_REACH = 16
_REASON_NAME_REACH = 6  # tokens of the name (with its address) written between the cue and the passive


def _reason_moves(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit], hit_person: dict[int, _Person],
                  claimed: set[int]) -> None:
    """A reason clause telling a move already made gives its post, held: "... đối với ông X do được
    Bộ Chính trị điều động, chỉ định giữ chức Bí thư Tỉnh ủy Y" (reason_move_cues.tsv: the reason
    word, a passive word, the agent and move verbs, a linking verb, the titles), or told in the active
    voice: "... đối với ông X do chuyển công tác làm Phó Trưởng Ban Y". The clause's subject
    is the person named between the reason word and the passive ("do ông X đã được ...") or, when
    none is, the last person named before the reason word in its sentence."""
    n = len(toks.k)
    live: list[tuple[NameHit, _Person]] = []
    by_address: dict[int, tuple[NameHit, _Person]] = {}
    for c in toks.where(_REASONS.firsts):
        cue = _REASONS.longest(toks, c)
        if not cue or c + cue[0] >= n or toks.brk[c + cue[0]]:
            continue
        if not live:  # (made at the first reason word: most reports have a few, many none)
            live = [(h, hit_person[i]) for i, h in enumerate(hits) if i in hit_person and h.how != "credit"]
            by_address = {honorific_start(toks, h.start): (h, p) for h, p in reversed(live)}
        k = c + cue[0]
        named = by_address.get(k)
        person = named[1] if named is not None and named[0].end - k <= _REASON_NAME_REACH else None
        if person is not None and named is not None:
            k = named[0].end
        passive = _REASON_PASSIVES.longest(toks, k) if k < n and not toks.brk[k] else None
        if not passive:
            continue
        k += passive[0]
        s = _reason_link_run(toks, runs, k, {h.start for h, _ in live})
        if s is None:
            continue
        if person is None:
            first = sentence_start(toks, c)
            before = [p for h, p in live if first <= h.start and h.end <= c]
            if not before:
                continue
            person = before[-1]
        mine = {id(t) for t in runs[s]}
        had = [(t, st) for t, st in person.titles if id(t) in mine]
        if had:
            person.titles = [(t, "holds" if id(t) in mine and st == "appointed" else st) for t, st in person.titles]
        elif s not in claimed:
            claimed.add(s)
            person.titles.extend((t, "holds") for t in runs[s])


def _reason_link_run(toks: Tokens, runs: dict[int, list[Title]], k: int, name_starts: set[int]) -> int | None:
    """The start of the run of titles a linking verb (link_verbs.tsv) gives within
    ``_REASON_REACH`` tokens from token k, in the clause (no ";", ".", ":", line end or name
    between): "điều động, bổ nhiệm giữ chức | Cục trưởng Cục X". None if there is none."""
    n = len(toks.k)
    for j in range(k, min(n, k + _REASON_REACH)):
        if toks.brk[j] or toks.k[j] in (";", ".", ":") or j in name_starts:
            return None
        link = _link(toks, j) if toks.k[j] in _LINKS.firsts else None
        if link and j + link[0] in runs:
            return j + link[0]
    return None


_AFTER_WHEN = phrase_tokens("sau khi")


def _replaced_after_move(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                         hit_person: dict[int, _Person]) -> None:
    """"A đảm nhiệm vị trí Chủ tịch thay cho ông B sau khi ông B được phân công làm Bí thư Thành ủy":
    B's move is the reason of the replacement, an act before it. B had left the post A takes (former,
    not left in this event) and holds the one he moved to (not appointed now). Only "sau khi" right
    after the replaced name and B named again (or "ông") as the subject of its clause."""
    n = len(toks.k)
    w = len(_AFTER_WHEN)
    by_end = {h.end: (i, h) for i, h in enumerate(hits) if i in hit_person and h.how != "credit"}
    by_start = {h.start: hit_person[i] for i, h in enumerate(hits) if i in hit_person and h.how != "credit"}
    for c in toks.where(frozenset(_AFTER_WHEN[:1])):
        if tuple(toks.k[c : c + w]) != _AFTER_WHEN or c not in by_end or any(toks.brk[c : c + w + 1]):
            continue
        i, h = by_end[c]
        person = hit_person[i]
        b = honorific_start(toks, h.start)
        if not _replace_cue_before(toks, b):
            continue
        k = _skip_honorific_words(toks, c + w, by_start)
        again = next((x for x in range(k, min(n, k + 4)) if x in by_start), None)
        if again is None and k > c + w:
            again = c + w  # "sau khi ông được ..."
            name_end = k
        elif again is None or by_start[again] is not person or any(toks.brk[c + w : again + 1]):
            continue
        else:
            name_end = next(e for e, (_, hh) in by_end.items() if hh.start == again)
        r = _linked_run(toks, name_end, runs)
        if r is None:
            continue
        moved = {id(t) for t in runs[r]}
        first = sentence_start(toks, c)
        # the post he left, here and wherever the report says he was replaced in it ("cử A làm Chủ
        # tịch MTTQ Việt Nam thay ông B" in the lead): one act, done before this event
        left = {post_key(t) for t, st in person.titles if st == "left" and first <= t.start < b}
        person.titles = [(t, "holds" if id(t) in moved and st == "appointed" else
                          "former" if st == "left" and post_key(t) in left
                          else st) for t, st in person.titles]


def _agent(toks: Tokens, start: int, by_end: dict[int, tuple[int, list[Title]]]) -> bool:
    """The name at ``start`` is the agent of a passive verb ("ông A được Chủ tịch UBND tỉnh B bổ
    nhiệm giữ chức ..."): "được" stands right before it (or before its titles), so the post the
    verb gives is A's, not B's."""
    b = honorific_start(toks, start)
    if b in by_end:
        b = by_end[b][0]  # past the titles written before the name
    return b > 0 and toks.k[b - 1] == _PASSIVE and not toks.brk[b]


def _past_replace_gap(toks: Tokens, k: int) -> int:
    """Past what may stand between a title and "thay" naming its previous holder: a term ("nhiệm
    kỳ 2010-2015"), "mới", a comma ("giữ chức Bí thư Tỉnh ủy, thay ông Y nghỉ hưu")."""
    n = len(toks.k)
    while k < n and not toks.brk[k] and (toks.k[k] in _TERM_WORDS or toks.k[k].isdigit() or toks.k[k] == _NEW
                                         or (k > 0 and toks.k[k - 1] in _TERM_WORDS and _roman(toks.t[k]))):
        k += 1
    k = _past_replace_adjunct(toks, k)
    if k + 1 < n and toks.k[k] in (",", "(") and not toks.brk[k + 1] and toks.k[k + 1] in _REPLACES.firsts \
            and _REPLACES.longest(toks, k + 1):
        k += 1  # "giữ chức Bí thư Tỉnh ủy, thay ông Y", "(thay ông Y nghỉ hưu)"
    return k


_ADJUNCT_REACH = 16  # tokens an adjunct may run before "thay"


def _past_replace_adjunct(toks: Tokens, k: int) -> int:
    """Past an adjunct of place or meeting at token k (replace_gap_adjuncts.tsv: "tại kỳ họp thứ 4,
    HĐND tỉnh khóa XVII") when "thay" (replace_cues.tsv) follows it in the clause, within
    ``_ADJUNCT_REACH`` tokens and with no ";" or sentence end between; to the "," before "thay", or
    to "thay" itself. Else k."""
    n = len(toks.k)
    hit = _REPLACE_ADJUNCTS.longest(toks, k) if k < n and toks.k[k] in _REPLACE_ADJUNCTS.firsts else None
    if not hit:
        return k
    for j in range(k + hit[0], min(n, k + hit[0] + _ADJUNCT_REACH)):
        if toks.brk[j] or toks.k[j] in (";", ".", ":"):
            return k
        if toks.k[j] in _REPLACES.firsts and _REPLACES.longest(toks, j):
            return j - 1 if toks.k[j - 1] == "," else j
    return k


def _replace_cue_before(toks: Tokens, b: int) -> bool:
    """A replace cue ("thay", "thay cho": replace_cues.tsv) ends right before token b, in its sentence."""
    for m in (3, 2, 1):
        a = b - m
        if a > 0 and toks.k[a] in _REPLACES.firsts and not any(toks.brk[a : b + 1]):
            hit = _REPLACES.longest(toks, a)
            if hit and hit[0] == m:
                return True
    return False


def _replacer(toks: Tokens, start: int, by_end: dict[int, _Person]) -> _Person | None:
    """The person named right before "thay" that precedes the name at ``start`` ("ông X thay ông Y
    làm ..."): X, who takes what Y held; else None."""
    b = honorific_start(toks, start)
    for m in (3, 2, 1):
        a = b - m
        if a <= 0 or toks.k[a] not in _REPLACES.firsts:
            continue
        hit = _REPLACES.longest(toks, a)
        if hit and hit[0] == m and not any(toks.brk[a : b + 1]):
            return by_end.get(a)
    return None


_DEPUTY_WORDS = (phrase_tokens("đại biểu"), phrase_tokens("ĐB"))  # "ĐB X" in session reports
_ASSEMBLIES = ("quoc_hoi", "hdnd")  # the bodies whose members are "đại biểu"


def _session_deputies(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person],
                      finder: OrgFinder) -> None:
    """"đại biểu X" / "ĐB X" in the report of an assembly's session (``session_cues.tsv``: kỳ họp,
    chất vấn ...) is a deputy of that assembly: the post "Đại biểu" of the Quốc hội or of the HĐND the
    report names most often, as the report names it (tests/gold/README.md: a debating deputy takes
    the session's body, as the shared dev gold writes it). A "Đại biểu X" already read as a bare
    title gets that body too. Elsewhere "đại biểu" is a delegate or a guest, not a post."""
    lex = lexicon()
    after = [(i, h, len(w)) for i, h in enumerate(hits) for w in _DEPUTY_WORDS
             if i in hit_person and h.how not in ("credit", "pronoun") and h.start >= len(w)
             and tuple(toks.k[h.start - len(w) : h.start]) == w
             and h.start - 1 not in finder.covered]  # not "Trưởng Ban Công tác đại biểu A": a body's name
    after += _listed_deputies(toks, hits, hit_person, after)
    after += [(i, h, 0) for i, h in enumerate(hits)
              if i in hit_person and h.how not in ("credit", "pronoun") and _deputy_of_place_after(toks, h.end)]
    after += [(i, h, h.start - a) for i, h in enumerate(hits)
              if i in hit_person and h.how not in ("credit", "pronoun")
              and (a := _deputy_before_degree(toks, h.start, finder)) is not None]
    spans = [(i, h, (h.start - m, h.start) if m else (h.end + 1, h.end + 1 + _deputy_word_at(toks, h.end + 1)))
             for i, h, m in after] + _this_deputy(toks, hits, hit_person)
    firsts = lex.session_cues.firsts
    if not spans or not any(lex.session_cues.longest(toks, i) for i in toks.where(firsts)):
        return
    bodies = {kind: [o for o in finder.mentions if o.kind == kind] for kind in _ASSEMBLIES}
    kind = max(_ASSEMBLIES, key=lambda k: len(bodies[k]))
    row = role_row("Đại biểu")
    if not bodies[kind] or row is None or _congress_report(toks, len(bodies[kind])):
        return
    default = min(bodies[kind], key=lambda o: (o.province is None, o.span.start))
    for i, h, (a, b) in spans:
        person = hit_person[i]
        body = _sentence_assembly(toks, bodies[kind], h.start) or default
        if any(t.org is not None and (t.row is row or _same_assembly(t.org, body)) for t, _ in person.titles):
            continue  # "đại biểu Quốc hội A", "đại biểu A, Phó Chủ tịch Quốc hội": the body is written
        bare = [k for k, (t, _) in enumerate(person.titles) if t.row is row]
        for k in bare:  # "Đại biểu A" read as a title with no body: the session's
            t, status = person.titles[k]
            person.titles[k] = (replace(t, role=row.phrase, org=body), status)
        if not bare:
            person.titles.append((Title(a, a, b, row.phrase, row, org=body), "holds"))


_THIS = phrase_tokens("này")[0]
_ONE_OF = frozenset(phrase_tokens("vị"))  # "vị đại biểu này": one deputy (not "các vị", "những vị")


def _this_deputy(toks: Tokens, hits: list[NameHit],
                 hit_person: dict[int, _Person]) -> list[tuple[int, NameHit, tuple[int, int]]]:
    """Deputies the report calls "đại biểu này" / "vị đại biểu này" / "ĐB này" ("this deputy") right after
    naming them: "..., ông A đặt vấn đề. Đại biểu này cho rằng ...". The words open a sentence or a clause
    (after a comma: "Tuy nhiên, đại biểu này đề nghị ...") and the one person named in that sentence
    before them, or else in the sentence right before, is the deputy; when two persons are named there
    the words tell no one. Each as (hit index, hit, the span of "đại biểu"), for :func:`_session_deputies`,
    which gives the seat only in the report of a session."""
    out = []
    for p in toks.where((_THIS,)):  # from each "này" back to a deputy word ending right before it
        w = next((len(dw) for dw in _DEPUTY_WORDS if p - len(dw) >= 1 and tuple(toks.k[p - len(dw) : p]) == dw), 0)
        if not w or toks.brk[p]:
            continue
        k = p - w
        c = k - 1 if toks.k[k - 1] in _ONE_OF else k
        first = sentence_start(toks, k)
        if c != first and not (c > first and toks.k[c - 1] == "," and not toks.brk[c]):
            continue
        lo = first if any(first <= h.start < c and x in hit_person for x, h in enumerate(hits)) \
            else sentence_start(toks, first - 1) if first > 0 else first
        named = [(x, h) for x, h in enumerate(hits) if lo <= h.start < c and x in hit_person
                 and h.how not in ("credit", "pronoun")]
        if named and len({id(hit_person[x]) for x, _ in named}) == 1:
            x, h = named[-1]
            out.append((x, h, (k, k + w)))
    return out


_STANDING_WORDS = phrase_table("deputy_standing_words.tsv")
_STANDING_MARKS = (phrase_tokens("của"), phrase_tokens("đối với"), phrase_tokens("với"))


def _deputy_standings(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person],
                      finder: OrgFinder) -> None:
    """A deputy's standing written before his name with no body ("Quốc hội đã bãi nhiệm tư cách đại
    biểu của ông A", ``deputy_standing_words.tsv``): A is a deputy of the assembly (Quốc hội, HĐND)
    the sentence names before the words, the nearest one; the act before it gives the status as for
    any title (``status_cues.tsv``: "bãi nhiệm" left, "sẽ xem xét" the seat still held). Not read when
    the sentence names no assembly, nor when A already has that seat."""
    row = role_row("Đại biểu")
    assemblies = [o for o in finder.mentions if o.kind in _ASSEMBLIES]
    if row is None or not assemblies:
        return
    for i, h in enumerate(hits):
        if i not in hit_person or h.how in ("credit", "pronoun"):
            continue
        b = honorific_start(toks, h.start)
        for mark in _STANDING_MARKS:
            q = b - len(mark)
            if q < 2 or tuple(toks.k[q:b]) != mark or any(toks.brk[q : b + 1]) \
                    or not _STANDING_WORDS.ending_at(toks, q):
                continue
            first, at = toks.s[sentence_start(toks, q)], toks.s[q]
            near = [o for o in assemblies if first <= o.span.start < at]
            if not near:
                break
            body = max(near, key=lambda o: o.span.start)
            person = hit_person[i]
            if not any(t.row is row and t.org is not None and _same_assembly(t.org, body) for t, _ in person.titles):
                status = clause_status(toks, clause_start(toks, q), q - 2) or "holds"
                person.titles.append((Title(q - 2, q - 2, q, toks.surface(q - 2, q), row, org=body), status))
            break


def _same_assembly(org: OrgMention, session: OrgMention) -> bool:
    """``org`` (the body of a deputy's other title) is the assembly in session, or it as written in
    short: "Phó Chủ tịch Quốc hội" in a session of the "Quốc hội khóa XIII", "Chủ tịch HĐND thành
    phố" in one of the "HĐND thành phố Hà Nội". An assembly of another place is not: "đại biểu A,
    Chủ tịch HĐND quận Hoàn Kiếm" speaking in the city's HĐND sits in both, the city's as a deputy."""
    if org.kind != session.kind:
        return False
    a, b = text_key(org.name).split(), text_key(session.name).split()
    short = min(len(a), len(b))
    return a[:short] == b[:short]


def _listed_deputies(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person],
                     after: list[tuple[int, NameHit, int]]) -> list[tuple[int, NameHit, int]]:
    """The names listed after the first of a plural "các đại biểu A, B và C" / "các ĐB A (Kon Tum),
    B (TPHCM)" (a plural word of ``list_words.tsv`` or a count right before the deputy word): each is
    a deputy as A is, the word written once for all (``after``: the hits right after a deputy word,
    with its length). A name with a title of its own after it ends the list ("các đại biểu A - Bí thư
    ..., B"), as in any list a plural title opens. Each comes with its distance back to the deputy
    word, so its post is read from there."""
    out: list[tuple[int, NameHit, int]] = []
    heads = [(i, h, m) for i, h, m in after if h.start - m > 0 and plural_word(toks.k[h.start - m - 1])
             and not toks.brk[h.start - m]]
    if not heads:
        return out
    name_at = {h.start: i for i, h in enumerate(hits) if i in hit_person and h.how not in ("credit", "pronoun")}
    name_end = {i: hits[i].end for i in name_at.values()}
    for _i, h, m in heads:
        a = h.start - m
        for x in names_in_list(toks, h.start, name_at, name_end)[1:]:
            out.append((x, hits[x], hits[x].start - a))
    return out


_NOT_ONE_DEPUTY = frozenset(phrase_tokens("các những vài của nhiều"))  # "của đại biểu, ...": the deputies asked


def _deputy_before_degree(toks: Tokens, start: int, finder: OrgFinder) -> int | None:
    """The first token of "đại biểu" / "ĐB" written before a name across a comma and an academic
    title ("đại biểu, giáo sư A cho rằng ...", "ĐB, PGS.TS B"; ``degree_words.tsv`` or an upper-case
    abbreviation such as "GS"): the deputy is A. Not after a plural or a genitive word ("ý kiến của
    đại biểu, giáo sư A": the deputies are others), nor inside a body's name. None otherwise."""
    b = honorific_start(toks, start)
    if b >= start or b < 2 or toks.k[b - 1] != "," or toks.brk[b]:
        return None
    if not (toks.upper[b] or (toks.k[b] in _DEGREES.firsts and _DEGREES.longest(toks, b) is not None)):
        return None
    for w in _DEPUTY_WORDS:
        a = b - 1 - len(w)
        if a >= 0 and tuple(toks.k[a : b - 1]) == w and not toks.brk[b - 1] and a not in finder.covered \
                and not (a > 0 and toks.k[a - 1] in _NOT_ONE_DEPUTY):
            return a
    return None


def _sentence_assembly(toks: Tokens, bodies: list[OrgMention], start: int) -> OrgMention | None:
    """The assembly named with its term in the deputy's own sentence, before him: "Tại kỳ họp thứ
    11 Quốc hội khóa XIII, ..., đại biểu A (Thanh Hóa) ..." speaks in the 13th Assembly, whichever
    the report names first (tests/gold/README.md: the session's body as written). None when the
    sentence names none with a term."""
    first = toks.s[sentence_start(toks, start)]
    at = toks.s[start]
    near = [o for o in bodies if first <= o.span.start < at and find_term(o.name) is not None]
    return max(near, key=lambda o: o.span.start) if near else None


_DEPUTY_ASIDE = frozenset({"-", ",", "("})
_DEPUTY_ASIDE_END = frozenset({"-", ",", ")", ".", ";"})


def _deputy_word_at(toks: Tokens, k: int) -> int:
    """Length of "đại biểu" / "ĐB" at token k, or 0."""
    for w in _DEPUTY_WORDS:
        if tuple(toks.k[k : k + len(w)]) == w:
            return len(w)
    return 0


def _deputy_of_place_after(toks: Tokens, e: int) -> bool:
    """A name at ``e`` is set off with the deputation it sits in, a province alone after the deputy
    word: "Ông A - ĐB Cao Bằng - ủng hộ ...", "bà B, đại biểu Hà Nội, cho rằng ...", "ông C (ĐB Cà
    Mau)". In a session's report that is an assembly's deputy, like "ĐB A" (no body of its own: the
    province names the deputation, not an assembly)."""
    n = len(toks.k)
    if e + 2 >= n or toks.k[e] not in _DEPUTY_ASIDE or toks.brk[e + 1]:
        return False
    m = _deputy_word_at(toks, e + 1)
    if not m:
        return False
    k = e + 1 + m
    place = lexicon().places.longest(toks, k) if k < n and toks.cap[k] else None
    if not place:
        return False
    z = k + place[0]
    return z >= n or toks.brk[z] or toks.k[z] in _DEPUTY_ASIDE_END


_AIDE_ROWS = read_rows("assistant_posts.tsv", 3)
_AIDE_POSTS = phrase_index(p for p, _, kind in _AIDE_ROWS if kind == "post")
_AIDE_LINKS = phrase_index(p for p, _, kind in _AIDE_ROWS if kind == "link")
_AIDE_ENGLISH = {phrase_tokens(p): en for p, en, kind in _AIDE_ROWS if kind == "post"}
_AIDE_NOT_AFTER = frozenset(x for p, _, kind in _AIDE_ROWS if kind == "not after" for x in phrase_tokens(p))
_AIDE_FORMER = frozenset(phrase_tokens("nguyên cựu"))
_SPOKESMEN = phrase_index(p for p, _, kind in _AIDE_ROWS if kind == "spokesman")
_SPOKESMAN_ENGLISH = {phrase_tokens(p): en for p, en, kind in _AIDE_ROWS if kind == "spokesman"}
_MAX_AIDE_ASIDE = 5  # tokens of an aside between the aide's name and the aide word: "ông A, Hàm Vụ trưởng, Thư ký"
_MAX_AIDE_LINK = 4  # tokens of the linking verb before the aide word: "giữ chức vụ"


def _aide_leader(toks: Tokens, i: int, run_end: dict[int, int], name_at: set[int]) -> int | None:
    """Where the aide phrase at token i ends, when a leader's name follows it: the aide word
    (``assistant_posts.tsv``), its link words ("giúp việc", "của", "đồng chí") and at most the
    leader's own titles ("trợ lý nguyên Tổng Bí thư A"), then the name."""
    m = _AIDE_POSTS.longest(toks, i)
    if not m or (i > 0 and not toks.brk[i] and toks.k[i - 1] in _AIDE_NOT_AFTER):
        return None  # "Tổng Thư ký", "Phó Thư ký": a post of a body
    j = i + m[0]
    while j < len(toks.k) and not toks.brk[j] and (link := _AIDE_LINKS.longest(toks, j)):
        j += link[0]
    if j in run_end and not toks.brk[j]:
        j = run_end[j]
    return i + m[0] if j in name_at and not toks.brk[j] else None


def _spokesmen(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit], hit_person: dict[int, _Person],
               claimed: set[int]) -> None:
    """A leader's spokesman named after the leader's bare title (``assistant_posts.tsv``, kind
    spokesman): "Theo người phát ngôn của Thủ tướng Nguyễn Văn A, ...", "người phát ngôn Thủ tướng,
    ông A cho biết": A is the spokesman, with no body (the leader is a person), and the title is not
    A's (its run is claimed before titles are given to the names after them). Only when no name
    stands right before the spokesman word ("ông B, người phát ngôn của Thủ tướng A": B speaks for
    A) and every title of the run is a post by itself, written without a body ("Thủ tướng
    Chính phủ" gives the Chính phủ's spokesman, read by roles.tsv)."""
    cues = [(i, m) for i in toks.where(_SPOKESMEN.firsts) if (m := _SPOKESMEN.longest(toks, i)) is not None]
    if not cues:  # ("người" is common: the tables below are built only for a spokesman's phrase)
        return
    n = len(toks.k)
    name_at = {h.start: hit_person[x] for x, h in enumerate(hits)
               if x in hit_person and h.how not in ("credit", "pronoun")}
    described = {h.end for h in hits} | {run[-1].end for run in runs.values()}  # a name or its titles end there
    for i, m in cues:
        if i > 1 and not toks.brk[i] and toks.k[i - 1] in (",", "-", "–", "(") and i - 1 in described:
            continue
        e = i + m[0]
        j = e
        while j < n and not toks.brk[j] and (link := _AIDE_LINKS.longest(toks, j)):
            j += link[0]
        run = runs.get(j)
        if run is None or j in claimed or toks.brk[j] \
                or any(t.org is not None or t.row.needs_org or t.prefix for t in run):
            continue
        k = run[-1].end
        if k < n and toks.k[k] in (",", "-", "–") and not toks.brk[k]:
            k += 1
        k = _skip_honorific_words(toks, k, name_at)
        if k not in name_at or any(toks.brk[e : k + 1]):
            continue
        claimed.add(j)
        row = RoleRow(_display(toks, i, e), "", _SPOKESMAN_ENGLISH.get(tuple(toks.k[i:e]), ""), "", False, "")
        name_at[k].titles.append((Title(i, i, e, row.phrase, row), "holds"))


_SAME_POST = phrase_index(p for p, kind in read_rows("same_post_cues.tsv", 2) if kind == "same")
_THIS_POST = phrase_index(p for p, kind in read_rows("same_post_cues.tsv", 2) if kind == "this")
_GIVEN_TO = phrase_tokens("cho")[0]
_MAX_GIVEN_TO = 6  # tokens from "chức vụ này" to "cho": "đã được giao cho"


def _same_post_as_before(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                         hit_person: dict[int, _Person]) -> None:
    """"ông B ... cũng được bổ nhiệm chức vụ tương tự" (``same_post_cues.tsv``): B gains the titles of
    the last run that an appointment or election gave someone else before B's clause, in B's
    sentence or the one before, with the status of B's own clause. B is the last person named before
    the cue in its sentence; nothing when none is, or when no such run is found."""
    cues = [c for c in toks.where(_SAME_POST.firsts) if _SAME_POST.longest(toks, c)]
    if cues:
        _give_same_post(toks, runs, hits, hit_person, cues)
    _this_post_given(toks, runs, hits, hit_person)


def _give_same_post(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                    hit_person: dict[int, _Person], cues: list[int]) -> None:
    """The rule of :func:`_same_post_as_before` at each cue of ``cues`` (first tokens)."""
    given: dict[int, str] = {}  # id(title) -> the status it was given with
    for p in {id(p): p for p in hit_person.values()}.values():
        for t, st in p.titles:
            given.setdefault(id(t), st)
    starts = sorted(runs)
    for c in cues:
        here = sentence_start(toks, c)
        subject = [(h.start, hit_person[i]) for i, h in enumerate(hits)
                   if i in hit_person and h.how != "credit" and here <= h.start < c]
        if not subject:
            continue
        b, person = subject[-1]
        before = sentence_start(toks, here - 1) if here > 0 else here
        run = next((runs[s] for s in reversed(starts) if before <= s < b
                    and any(given.get(id(t)) in ("appointed", "nominated") for t in runs[s])), None)
        if run is None or {id(t) for t in run} & {id(x) for x, _ in person.titles}:
            continue
        status = clause_status(toks, clause_start(toks, b), c) or "holds"
        person.titles.extend((t, status) for t in run if given.get(id(t)) in ("appointed", "nominated"))


def _this_post_given(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                     hit_person: dict[int, _Person]) -> None:
    """"Chức vụ này đã được giao cho ông B." (``same_post_cues.tsv``, kind this) opening a sentence:
    B holds the last run of titles the sentence before wrote ("... ông A đã nhận quyết định thôi
    chức Bí thư Thành ủy TP.HCM."). Only "cho" and B's name a few words after the phrase."""
    cues = [(c, m) for c in toks.where(_THIS_POST.firsts)
            if c > 0 and (m := _THIS_POST.longest(toks, c)) is not None and sentence_start(toks, c) == c]
    if not cues:
        return
    n = len(toks.k)
    name_at = {h.start: hit_person[i] for i, h in enumerate(hits)
               if i in hit_person and h.how not in ("credit", "pronoun")}
    starts = sorted(runs)
    for c, m in cues:
        j = next((x for x in range(c + m[0], min(n, c + m[0] + _MAX_GIVEN_TO)) if toks.k[x] == _GIVEN_TO), None)
        if j is None or any(toks.brk[c + 1 : j + 2]):
            continue
        k = _skip_honorific_words(toks, j + 1, name_at)
        if k not in name_at:
            continue
        before = sentence_start(toks, c - 1)
        s = next((s for s in reversed(starts) if before <= s < c), None)
        if s is None:
            continue
        person = name_at[k]
        if {id(t) for t in runs[s]} & {id(x) for x, _ in person.titles}:
            continue
        person.titles.extend((t, "holds") for t in _last_title(toks, runs[s]))


def _aides(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person], runs: dict[int, list[Title]]) -> None:
    """The aide of a named leader holds the aide's post, with no body: "ông A, Thư ký giúp việc đồng
    chí B, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ" (A: Thư ký; the titles after B are B's),
    "ông A, trợ lý nguyên Tổng Bí thư B". The aide is the name right before the aide word (an aside
    of a few tokens between: "ông A, Hàm Vụ trưởng, Thư ký ..."), or, after a linking verb ("bổ
    nhiệm ông A, Thư ký ... đồng chí B, ..., giữ chức vụ Trợ lý đồng chí B"), the clause's subject:
    the last name before it that no aide word serves, or the aide of the leader it serves."""
    full = [(h, hit_person[i]) for i, h in enumerate(hits) if i in hit_person and h.how != "credit"]
    if not full:
        return
    name_at = {h.start for h, _ in full if h.how != "pronoun"}  # a leader is named
    at_end = {h.end: p for h, p in full}
    person_of = {h.start: p for h, p in full}
    run_end = {s: run[-1].end for s, run in runs.items()}
    served: dict[int, _Person] = {}  # a served leader's name start -> the aide
    for i in toks.where(_AIDE_POSTS.firsts):
        e = _aide_leader(toks, i, run_end, name_at)
        if e is None:
            continue
        b, status = i, "holds"
        if b > 0 and toks.k[b - 1] in _AIDE_FORMER and not toks.brk[b]:
            b, status = b - 1, "former"  # "ông A, nguyên thư ký của ..."
        aide = None
        if b > 0 and toks.k[b - 1] in (",", "-", "(") and not toks.brk[b]:
            for k in range(b - 1, max(b - 2 - _MAX_AIDE_ASIDE, 0), -1):
                if k < b - 1 and (toks.brk[k + 1] or k + 1 in name_at or toks.k[k] in (".", ";", ":")):
                    break
                if (k == b - 1 or toks.k[k] in (",", "-")) and k in at_end:
                    aide = at_end[k]
                    break
        else:
            linked = [k for k in range(max(b - _MAX_AIDE_LINK, 0), b)
                      if (lk := _link(toks, k)) and k + lk[0] == b and not any(toks.brk[k + 1 : b + 1])]
            before = [h for h, _ in full if h.end <= b and sentence_start(toks, h.start) == sentence_start(toks, b)]
            if linked and before:
                h = before[-1]
                aide = served.get(h.start) or (person_of[h.start] if h.start not in served else None)
                status = clause_status(toks, clause_start(toks, h.start), h.start) or clause_status(
                    toks, clause_start(toks, linked[0]), b) or status
        if aide is None:
            continue
        served[next(s for s in range(e, len(toks.k)) if s in name_at)] = aide
        row = RoleRow(_display(toks, i, e), "", _AIDE_ENGLISH.get(tuple(toks.k[i:e]), ""), "", False, "")
        aide.titles.append((Title(b, i, e, row.phrase, row), status))


_ITEM_SEPS = frozenset({",", ";", "-", "–", *phrase_tokens("kiêm")})


def _roles_in_parens(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person],
                     runs: dict[int, list[Title]]) -> None:
    """A role that needs a body, written alone in a parenthesis right after a name, is the person's
    post with no body, as the text gives it: "ông A (Phó tổng giám đốc) và ông B (kiểm soát viên) bị
    khiển trách", "bổ nhiệm ông C (Quyền Bộ trưởng)", "ông D (Bí thư chi bộ, Kế toán trưởng)" (the
    run with its body is read as ever, the bare role beside it). The parenthesis holds nothing but
    titles, one after another; anything else in it ("(43 tuổi)", "(Hà Nội)") reads none of them.
    A role written with its body elsewhere for the same person stays one post (:func:`_posts`)."""
    n = len(toks.k)
    for i, h in enumerate(hits):
        if i not in hit_person or h.how in ("credit", "pronoun") or h.end >= n or toks.k[h.end] != "(":
            continue
        close = _paren_close(toks, h.end + 1)
        if close == h.end + 1 or toks.k[close] != ")":
            continue
        bare: list[Title] = []
        j = h.end + 1
        while j < close:
            e = next((x for x in range(j, close) if toks.k[x] in _ITEM_SEPS and not toks.brk[x]), close)
            if j in runs and runs[j][-1].end <= close:
                e = max(e, runs[j][-1].end)
            elif (t := role_alone(toks, j, e)) is not None:
                bare.append(t)
            else:
                bare = []
                break
            j = e + 1
        for t in bare:
            hit_person[i].titles.append((t, t.prefix or "holds"))


_CONGRESS = phrase_tokens("đại hội")


def _congress_report(toks: Tokens, assemblies: int) -> bool:
    """The report is about a congress ("Đại hội Đảng", "Đại hội đại biểu ... tỉnh"), named more often
    than the assembly: its sittings ("phiên họp", "thảo luận tại hội trường") are the congress's and
    its "đại biểu" are the congress's delegates, not deputies of the Quốc hội or an HĐND."""
    m = len(_CONGRESS)
    named = sum(1 for i in toks.where({_CONGRESS[0]}) if tuple(toks.k[i : i + m]) == _CONGRESS)
    return named > assemblies


def _named_hits(hits: list[NameHit], hit_person: dict[int, _Person]) -> dict[int, NameHit]:
    """The hits that name a person in full (hit index -> hit): no byline credit, no pronoun; the
    rules that look for a name written out (elected members, aides, candidates) read only these."""
    return {i: h for i, h in enumerate(hits) if i in hit_person and h.how not in ("credit", "pronoun")}


def _elections(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person], finder: OrgFinder,
               runs: dict[int, list[Title]]) -> None:
    """Members elected into a body (:mod:`.elections`): "bầu bổ sung ông X vào Ban Thường vụ"."""
    lex = lexicon()
    bodies: list[tuple[int, int]] = []
    mentions: list[OrgMention] = []
    for m in finder.mentions:
        if m.kind in lex.member_bodies and m.span.start >= 0:
            a = bisect_left(toks.s, m.span.start)
            e = bisect_left(toks.s, m.span.end)
            if a < len(toks.k) and toks.s[a] == m.span.start:
                bodies.append((a, e))
                mentions.append(m)
    if not bodies:
        return
    full = _named_hits(hits, hit_person)
    # a biography's pronoun subject is elected too: "Ông A sinh năm 1976 ... Tại Đại hội Đảng bộ tỉnh
    # lần thứ XIX, ông được bầu vào Ban Chấp hành Đảng bộ tỉnh" (the pronoun resolved to A already)
    subjects = {**full, **{i: h for i, h in enumerate(hits) if i in hit_person and h.how == "pronoun"}}
    for el in elected_members(toks, bodies, {h.start: i for i, h in subjects.items()},
                              {i: h.end for i, h in subjects.items()}, {s: r[-1].end for s, r in runs.items()}):
        body = mentions[el.body]
        label, _en = lex.member_bodies[body.kind]
        row = role_row(label)
        person = hit_person[el.name]
        if row is None or any(t.org is body or (el.name not in full and t.org is not None and t.org.name == body.name)
                              for t, _ in person.titles):
            continue  # (a pronoun's biography step into a body the person is written holding: that post)
        a, e = bodies[el.body]
        person.titles.append((Title(a, a, e, label, row, org=body), "appointed"))
    for b, names in heading_lists(toks, bodies, {s: r[-1].end for s, r in runs.items()},
                                  {h.start: i for i, h in full.items()}, {i: h.end for i, h in full.items()}):
        body = mentions[b]
        label, _en = lex.member_bodies[body.kind]
        row = role_row(label)
        a, e = bodies[b]
        # "Hội nghị bầu ba người vào Ban Bí thư gồm:" appointed; "Bộ Chính trị:" as a heading holds
        c = clause_start(toks, a)
        if any(toks.k[x] in NEGATIONS for x in range(c, a)):
            continue  # "Các Ủy viên khóa cũ không tái cử vào Ban Chấp hành mới: A, B": not members
        status = clause_status(toks, c, a) or "holds"
        for idx in names:
            person = hit_person[idx]
            # "Ủy ban Kiểm tra Trung ương gồm: A (Chủ nhiệm Ủy ban Kiểm tra Trung ương), B": the
            # head's own post in the body says it; he is not counted a second time as a member (a
            # post of another status is no such count: "Các Bí thư Trung ương Đảng ... tiếp tục tham
            # gia danh sách bầu cử Ban Chấp hành Trung ương gồm: A" holds one, is nominated to the other)
            if row is not None and not any(t.org is not None and t.org.name == body.name and st == status
                                           for t, st in person.titles):
                person.titles.append((Title(a, a, e, label, row, org=body), status))


_ELECTION_WORDS = phrase_table("election_seat_cues.tsv")


def _election_seat(toks: Tokens, runs: dict[int, list[Title]]) -> Title | None:
    """The seat of the election the report names: the first title written right after "bầu cử" or
    "ứng cử" ("trong đợt bầu cử đại biểu Quốc hội khóa XV", "danh sách người ứng cử đại biểu Quốc
    hội khóa XV") with its term ("khóa XV"), as a reader takes it for every candidate the report
    names without a seat."""
    for s in sorted(runs):
        c = next((c for m in (3, 2) if (c := s - m) >= 0 and (hit := _ELECTION_WORDS.longest(toks, c))
                  and hit[0] == m and not any(toks.brk[c + 1 : s + 1])), None)
        run = runs[s]
        if c is None or run[0].org is None:
            continue
        if _KHOA in toks.k[run[0].start : run[0].end]:
            return run[0]
    return None


def _candidates(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person],
                runs: dict[int, list[Title]]) -> None:
    """Candidates standing at a place, the seat left unsaid (:func:`.elections.candidates`: "bà X
    tự ứng cử tại Nam Định"): nominated to the seat of the election the report names; a seat of that
    election already read for the person (a fronted "Trong đợt bầu cử đại biểu Quốc hội khóa XV, ông
    X ứng cử ở Hà Nội" gives it held) becomes nominated."""
    full = _named_hits(hits, hit_person)
    names = candidates(toks, {h.start: i for i, h in full.items()}, {i: h.end for i, h in full.items()})
    seat = _election_seat(toks, runs) if names else None
    if seat is None:
        return
    for idx in names:
        person = hit_person[idx]
        same = [n for n, (t, _st) in enumerate(person.titles) if t.start == seat.start]
        for n in same:
            person.titles[n] = (person.titles[n][0], "nominated")
        if not same:
            person.titles.append((seat, "nominated"))


def _elected_lines(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person],
                   runs: dict[int, list[Title]]) -> None:
    """Persons elected to a seat listed one a line after it (:func:`.elections.elected_lines`: "Có
    3 người trúng cử Ủy viên Trung ương Đảng là:" then "Ông A (...), hiện giữ chức ...;"): each holds
    the seat as an election gives it (appointed), the first title of the run after the verb."""
    full = _named_hits(hits, hit_person)
    name_at = {h.start: i for i, h in full.items()}
    ends = {s: r[-1].end for s, r in runs.items()}
    for s, run in runs.items():
        seat = run[0]
        for idx in elected_lines(toks, s, seat.end, name_at, ends):
            person = hit_person[idx]
            if not any(t.start == seat.start for t, _st in person.titles):
                person.titles.append((seat, "appointed"))


_BY = phrase_tokens("do")[0]
_DO_AS = phrase_tokens("làm")[0]
_MAX_BODY_ASIDE = 8  # tokens between the body and "do": "gồm 8 thành viên", "được thành lập"
_MAX_LED_REACH = 30  # tokens from the name to "làm trưởng đoàn" (its apposition between)


@dataclass(frozen=True)
class _LedBy:
    """One row of ``led_by.tsv``: the body's head word(s) and the role the phrase reads as."""

    head: tuple[str, ...]
    row: RoleRow
    deputy: bool


@cache
def _led_by_roles() -> PhraseIndex:
    """Each phrase of ``led_by.tsv`` with its rows (a phrase may head several kinds of body:
    "tổng giám đốc" of a Công ty or a Tổng công ty). A row whose role is not in roles.tsv is
    left out, so a typo in the table gives no post rather than a role with no English."""
    rows: dict[str, list[_LedBy]] = {}
    for phrase, head, row_phrase in read_rows("led_by.tsv", 3):
        toks = phrase_tokens(phrase)
        deputy = bool(row_phrase) and toks[0] == _DEPUTY_WORD
        row = role_row(row_phrase or phrase)
        if row is not None:
            rows.setdefault(phrase, []).append(_LedBy(phrase_tokens(head), row, deputy))
    phrases: PhraseIndex[tuple[_LedBy, ...]] = PhraseIndex()  # (speed15: the payload, for mypy)
    for phrase, entries in rows.items():
        phrases.add(phrase_tokens(phrase), tuple(entries))
    return phrases


# abbreviations that always stand before a place's name ("TP. Đà Nẵng", "TX. Sơn Tây"): their dot ends nothing
_PLACE_ABBREVIATIONS = frozenset(phrase_tokens(row[0].rstrip("."))[0]
                                 for row in read_rows("line_split_abbreviations.tsv", 2))


def _full_stop(toks: Tokens, y: int) -> bool:
    """Token y is a "." that ends a sentence, not the dot of a place's abbreviation before the place's
    capitalised name ("Chủ tịch UBND TP. Đà Nẵng Nguyễn Văn A": one phrase; ``line_split_abbreviations.tsv``)."""
    if toks.k[y] != ".":
        return False
    return not (0 < y < len(toks.k) - 1 and toks.k[y - 1] in _PLACE_ABBREVIATIONS and toks.cap[y + 1]
                and not toks.brk[y + 1])


def _led_by(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person], finder: OrgFinder) -> None:
    """"BODY do ông X (, title,) làm trưởng đoàn": X heads the body named before "do" (``led_by.tsv``).

    The body is an organization the text names just before "do" (past an aside such as "gồm 8 thành
    viên" or "được thành lập") whose name begins with the head word of the phrase; the name is the
    first after "do"; the phrase follows that person's apposition, with no other name, ";" or
    sentence end between."""
    phrases = _led_by_roles()
    if _BY not in toks.k:
        return
    ends = toks.remember("officials.org_ends", lambda: _org_ends(toks, finder))
    full = [(i, h) for i, h in enumerate(hits) if i in hit_person and h.how not in ("credit", "pronoun")]
    starts = [h.start for _, h in full]
    n = len(toks.k)
    for d in toks.where((_BY,)):
        body = next((ends[e] for e in range(d, max(-1, d - _MAX_BODY_ASIDE), -1)
                     if e in ends and not any(toks.brk[e : d + 1]) and not any(_full_stop(toks, y) for y in range(e, d))
                     and ";" not in toks.k[e:d]), None)
        x = bisect_left(starts, d + 1)
        if x >= len(full):
            continue
        idx, h = full[x]
        if h.start - d > _MAX_LED_REACH or any(toks.brk[d + 1 : h.start + 1]) \
                or any(toks.k[y] == ";" or _full_stop(toks, y) for y in range(d, h.start)):
            continue
        nxt = full[x + 1][1].start if x + 1 < len(full) else n
        k = h.end
        while k < min(n, h.end + _MAX_LED_REACH, nxt) and not toks.brk[k] and toks.k[k] != ";" \
                and not _full_stop(toks, k):
            if toks.k[k] == _DO_AS and k + 1 < n:
                hit = phrases.longest(toks, k + 1)
                if hit:
                    m, entries = hit
                    led = body if body is not None and _led_entry(body, entries) else None  # type: ignore[arg-type]
                    if led is None:
                        led = _written_body(toks, d, entries)  # type: ignore[arg-type]
                        if led is not None:
                            finder.mentions.append(led)
                    if led is not None:
                        _give_led(toks, hit_person[idx], led, k + 1, m, entries)  # type: ignore[arg-type]
                        for i2, m2, entries2 in _more_led_roles(toks, k + 1 + m, phrases):
                            # "Công ty X do A làm Chủ tịch HĐQT, Tổng giám đốc": each role of X
                            _give_led(toks, hit_person[idx], led, i2, m2, entries2, more=True)
                break
            k += 1


_LED_JOINS = frozenset({",", *phrase_tokens("và kiêm")})
_LED_ROLE_ENDS = _LED_JOINS | {".", ";", ")"}  # what may follow a further role: the list goes on or ends


def _more_led_roles(toks: Tokens, j: int, phrases: PhraseIndex) -> list[tuple[int, int, tuple[_LedBy, ...]]]:
    """Further roles of ``led_by.tsv`` written after the first one, from token j, each after a comma,
    "và" or "kiêm" and ending at one or at a mark: "do A làm Chủ tịch HĐQT, Tổng giám đốc, để ..."
    (where, length, rows of each)."""
    out: list[tuple[int, int, tuple[_LedBy, ...]]] = []
    n = len(toks.k)
    while j + 1 < n and toks.k[j] in _LED_JOINS and not toks.brk[j + 1]:
        hit = phrases.longest(toks, j + 1) if toks.k[j + 1] in phrases.firsts else None
        e = j + 1 + hit[0] if hit else j
        if not hit or not (e >= n or toks.brk[e] or toks.k[e] in _LED_ROLE_ENDS):
            break  # "làm Trưởng đoàn, Trưởng Đoàn kiểm tra A cho biết": a title of its own, not a role of the list
        out.append((j + 1, hit[0], hit[1]))
        j = e
    return out


def _give_led(toks: Tokens, person: _Person, body: OrgMention, i: int, m: int, entries: tuple[_LedBy, ...],
              more: bool = False) -> None:
    """Give ``person`` the role written at tokens [i, i+m) in ``body``, when the body's name begins
    with a row's head word, unless a title of the person already names that body: "Trưởng Đoàn kiểm
    tra số 471 ..." said the same post, named shorter."""
    e = _led_entry(body, entries)
    if e is None or any(t.org is not None and _same_body(t.org, body) and _same_head_word(t.org, body)
                        and (not more or (t.row is e.row and t.deputy == e.deputy)) for t, _ in person.titles):
        return  # (``more``: a further role written after the first is another post: "Chủ tịch HĐQT, Tổng giám đốc")
    title = Title(i, i, i + m, toks.surface(i, i + m), e.row, deputy=e.deputy, org=body)
    # the same words read before as a title with a bare board of their own ("làm Chủ tịch | Hội đồng
    # quản trị" of no named company): the body before "do" is the board's owner, and that post is this one
    person.titles[:] = [x for x in person.titles if not (i <= x[0].start and x[0].end <= i + m)]
    person.titles.append((title, "holds"))


def _same_head_word(a: OrgMention, b: OrgMention) -> bool:
    """The written names of two bodies begin with the same word: "Đoàn kiểm tra số 471" and "Đoàn
    kiểm tra" may be one delegation, "tỉnh Luông Pha-bang" (a governor's province) and "Đoàn đại
    biểu cấp cao tỉnh Luông Pha-bang" (his delegation) are two bodies."""
    wa, wb = (phrase_tokens(m.written or m.name) for m in (a, b))
    return wa[:1] == wb[:1]


def _led_entry(body: OrgMention, entries: tuple[_LedBy, ...]) -> _LedBy | None:
    """The row of ``led_by.tsv`` whose head word the body's written name begins with."""
    written = phrase_tokens(body.written or body.name)
    return next((e for e in entries if tuple(written[: len(e.head)]) == e.head), None)


_LED_ASIDES = frozenset(phrase_tokens(" ".join(w for (w,) in read_rows("led_by_asides.tsv", 1))))
_MAX_WRITTEN_BODY = 24  # tokens from a written body's head word to "do": a foreign body with its country's
# full name ("Đoàn đại biểu Ủy ban Kinh tế Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào do ...", 17 tokens)
_HEAD_ROLE = phrase_tokens("trưởng")[0]


def _written_body(toks: Tokens, d: int, entries: tuple[_LedBy, ...]) -> OrgMention | None:
    """A body no organization of the lexicon names, written before "do" (token ``d``) from a row's
    head word ("Đoàn đại biểu quân sự cấp cao Việt Nam do Thượng tướng X làm Trưởng đoàn", "Ban lễ
    tang ... được thành lập do ...", "hiện đoàn kiểm tra do ..."): the words from the head nearest
    "do" in its clause, up to an aside (``led_by_asides.tsv``: "được thành lập", "gồm 8 thành viên") or
    "do", names included ("Ban lễ tang nguyên Thủ tướng Phan Văn Khải"). A delegation or board
    made for one occasion: a body of this report only. None when only the head word is written."""
    k = d - 1 if d > 0 and toks.k[d - 1] == "," else d  # "ban kiểm phiếu gồm 10 thành viên, do ..."
    k = _members_aside_start(toks, k)
    lo = max(0, k - _MAX_WRITTEN_BODY)
    a = _clause_back(toks, k, lo)
    if a > lo + 1 and toks.k[a] == _COUNTRY_WORD and toks.k[a - 1] == "," and not toks.brk[a] \
            and a + 1 < k and toks.cap[a + 1]:
        # "Đoàn đại biểu tỉnh Luông Pha-bang, nước CHDCND Lào do ...": the country the delegation is
        # of, an apposition; the body is named before it
        k = a - 1
        lo = max(0, k - _MAX_WRITTEN_BODY)
        a = _clause_back(toks, k, lo)
    for s in range(k - 1, a - 1, -1):
        e = next((e for e in entries if tuple(toks.k[s : s + len(e.head)]) == e.head), None)
        if e is None or (s > 0 and toks.k[s - 1] == _HEAD_ROLE):
            continue  # "... làm Trưởng đoàn hội đàm với Đoàn X do ...": the role's word is no head
        end = s + len(e.head)
        while end < k and toks.k[end] not in _LED_ASIDES \
                and (toks.word[end] or toks.k[end] == "." and not _full_stop(toks, end) or joined_hyphen(toks, end)):
            end += 1  # "đoàn đại biểu HĐND TP. HCM": through the dot of the place's abbreviation
        if end == s + len(e.head):
            return None  # the head alone
        written = toks.surface(s, end)
        return OrgMention(span=Span(toks.s[s], toks.e[end - 1]), written=written, name=written, scope="report")
    return None


_COUNTRY_WORD = phrase_tokens("nước")[0]
_MEMBERS_WORD = phrase_tokens("gồm")[0]
_MAX_MEMBERS_ASIDE = 16  # tokens of a count of members: "gồm 24 đại biểu chính thức và 2 đại biểu dự khuyết"


def _members_aside_start(toks: Tokens, k: int) -> int:
    """Where a count of the body's members begins when it ends at token k ("đoàn đại biểu đi dự Đại hội
    ... gồm 24 đại biểu chính thức và 2 đại biểu dự khuyết, do ..."): the body's name is read back from
    "gồm", however long the count; k itself when no "gồm" stands in the clause within reach."""
    for x in range(k - 1, max(-1, k - _MAX_MEMBERS_ASIDE), -1):
        if toks.brk[x + 1] or toks.k[x] in _CLAUSE_MARKS:
            return k
        if toks.k[x] == _MEMBERS_WORD:
            return x
    return k


def _clause_back(toks: Tokens, k: int, lo: int) -> int:
    """The first token of the clause that ends before token k, no further back than ``lo``: it
    starts after ";", ":", ",", "(" or a quote, a line break or the sentence's start."""
    a = k
    while a > lo and not toks.brk[a] and sentence_start(toks, a) != a \
            and toks.k[a - 1] not in (";", ":", ",", "(", '"'):
        a -= 1
    return a


def _same_body(a: OrgMention, b: OrgMention) -> bool:
    """Two mentions of one kind name the same body when the capitalised words of one's name are all
    in the other's: "Đoàn kiểm tra số 471 của Bộ Chính trị" and "Đoàn kiểm tra của Bộ Chính trị"
    are one delegation; "Tiểu ban Văn kiện" and "Tiểu ban Nhân sự" are two, and a "Trưởng Ban Tổ
    chức" heading a "Ban Chỉ đạo" heads two bodies of two kinds."""
    if a.kind != b.kind:
        return False
    wa, wb = ({w for w in (m.written or m.name).split() if w[:1].isupper()} for m in (a, b))
    return wa <= wb or wb <= wa


_MAX_SHARE_VERB = 8  # tokens from a shared title back to the verb that gives it


def _joined_object_status(toks: Tokens, s: int) -> str | None:
    """A counted title joined by "và" to an earlier object of the clause's verb shares that verb's
    status: "bầu ông A làm Phó Bí thư Thường trực Tỉnh ủy nhiệm kỳ 2020-2025 và ba Phó Bí thư là:
    B, C, D" (the three are elected too, however far "bầu" stands in the comma-free stretch; not
    "Sau khi ông A bị cách chức, lãnh đạo Tỉnh ủy gồm Bí thư B và ba Phó Bí thư C, D và E"); so after
    a semicolon that goes on with the same act: "ông A được bầu giữ chức Bí thư; hai Phó bí thư là
    các ông B và ông C" (elected too)."""
    if s < 2 or toks.brk[s] or toks.brk[s - 1] or toks.k[s - 2] not in (_AND, ";") \
            or not (plural_word(toks.k[s - 1]) or toks.k[s - 1].isdigit()):
        return None
    a = s - 2
    while a > 0 and not toks.brk[a] and toks.k[a - 1] not in (",", ";", ":", "."):
        a -= 1
    return clause_status(toks, a, s)


def _share(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit], hit_person: dict[int, _Person],
           claimed: set[int]) -> None:
    """One run of titles over a list of names (:mod:`.lists`): "nguyên Tổng Bí thư: A, B"."""
    full = _named_hits(hits, hit_person)
    shared = shared_titles(toks, {s: past_term(toks, run[-1].end) for s, run in runs.items()},
                           {h.start: i for i, h in full.items()}, {i: h.end for i, h in full.items()},
                           {s for s, run in runs.items() if run[0].prefix == "former"})
    for sh in shared:
        if not sh.first_has_it:
            claimed.add(sh.run)
        # "miễn nhiệm chức danh Ủy viên ...: A, B", "bầu bốn Phó Chủ tịch ... gồm": the verb
        # written just before the title, in its own comma-free stretch, gives the status; not across
        # "cho", which names the act's recipients by the titles they hold ("trao quyết định luân chuyển
        # cho hai Bí thư ... A và B"), nor back over the sentence's start (the act of the sentence
        # before is the clause reader's to carry, not a verb of this stretch)
        a = sh.run
        first = sentence_start(toks, sh.run)
        while a > first and sh.run - a < _MAX_SHARE_VERB and not toks.brk[a] \
                and toks.k[a - 1] not in (",", ";", ":", _GIVEN_TO):
            a -= 1
        status = "holds" if sh.described else \
            clause_status(toks, a, sh.run) or _joined_object_status(toks, sh.run) or sh.status \
            or _heading_carried(toks, first, sh.run, runs, hits) or "holds"
        for idx in sh.names[1:] if sh.first_has_it else sh.names:
            person = hit_person[idx]
            own = _item_instance(toks, runs, hits[idx].end, runs[sh.run], claimed)
            if own is not None:
                claimed.add(own)
                person.titles.extend((t, t.prefix or status) for t in runs[own])
                continue
            person.titles.extend((t, t.prefix or status) for t in runs[sh.run])




def _heading_carried(toks: Tokens, first: int, s: int, runs: dict[int, list[Title]], hits: list[NameHit]) -> str | None:
    """The act a plural title heading its sentence carries over from the sentence before: "Ông A được chỉ
    định làm Chủ tịch Hội Nông dân tỉnh. Các Phó Chủ tịch gồm ông B và ông C." The holders a list opener
    (``list_openers.tsv``: "gồm", "là", a colon) names right after the title go on the assignments of
    the sentence before, on the same line, when that sentence names a person and appoints or nominates
    (as :func:`.status.clause_status` carries "Các Phó Chủ tịch là ..."). Only the title that opens its
    sentence behind a plural word (``first`` the sentence's start, ``s`` the run's): "Các Phó Chủ tịch
    B và C chúc mừng ông" names holders, not a list given."""
    if s - first > 1 or first == 0 or toks.brk[first] or toks.k[first - 1] not in SENTENCE_END:
        return None
    e = past_term(toks, runs[s][-1].end)
    if e >= len(toks.k) or toks.brk[e] or (toks.k[e] != ":" and _LIST_OPEN.longest(toks, e) is None):
        return None
    before = clause_start(toks, first - 1)
    if not any(before <= h.start < first - 1 for h in hits if h.how not in ("credit", "pronoun")):
        return None
    status = clause_status(toks, before, first - 1)
    return status if status in CHAIN_CARRIED else None


def _item_instance(toks: Tokens, runs: dict[int, list[Title]], e: int, shared: list[Title],
                   claimed: set[int]) -> int | None:
    """The run of titles a list item writes after its name (after a dash or a comma, at token e) when
    its one title is the shared plural title's role named with its own body: "bầu các Trưởng ban của
    HĐND tỉnh gồm: ông A - Trưởng Ban Kinh tế - Ngân sách; ..." ("Trưởng" + "Ban ..." spells "Trưởng
    ban"): the item names which office the plural title gives, so the item's title is the one given
    (with the plural title's status), not both. None otherwise."""
    n = len(toks.k)
    if len(shared) != 1 or e + 1 >= n or toks.brk[e + 1] or (toks.k[e] not in _DASHES and toks.k[e] != ","):
        return None
    own = runs.get(e + 1)
    if own is None or e + 1 in claimed or len(own) != 1 or own[0].org is None:
        return None
    head = phrase_tokens(own[0].org.written)[:1]
    return e + 1 if phrase_tokens(own[0].role) + head == phrase_tokens(shared[0].role) else None


def _held_while_acting(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                       hit_person: dict[int, _Person], claimed: set[int]) -> None:
    """A title told as held at the time of the sentence's act, after the act ("Ông A được bầu bổ
    sung làm Phó chủ tịch tỉnh trong cuộc họp tháng 5/2015 khi đang giữ cương vị Chánh văn phòng
    Ban cán sự Đảng Bộ Công Thương."; "ông B đã xử lý tốt vụ việc năm 2001 khi đang ở cương vị Bí thư
    Tỉnh ủy"): the sentence's subject held it then (former). The cue (``while_held_cues.tsv``) right
    before the run; the subject is the one person named in the sentence before the cue, opening it
    (after its form of address)."""
    cues = toks.where(_WHILE_HELD.firsts)
    if not cues:
        return
    named = sorted((h.start, i) for i, h in enumerate(hits) if i in hit_person and h.how != "credit")
    starts = [s for s, _ in named]
    for c in cues:
        for m, _ in _WHILE_HELD.match(toks, c):
            r = c + m
            if r not in runs or r in claimed or any(toks.brk[c + 1 : r + 1]) or c == 0 or toks.k[c - 1] == ",":
                continue  # (", khi đang là X, ông Y ...": a fronted clause, read by its own rule)
            first = sentence_start(toks, c)
            a, b = bisect_left(starts, first), bisect_left(starts, c)
            if b - a != 1 or honorific_start(toks, starts[a]) != first:
                continue
            claimed.add(r)
            person = hit_person[named[a][1]]
            person.titles.extend((t, t.prefix or "former") for t in runs[r])
            break


_TOWARDS = phrase_tokens("đối với")
_PLURAL_ADDRESS = phrase_tokens("các")[0]
_MAX_LIST_HEAD = 10  # tokens from "đối với các" to the colon: "ông có tên sau đây:"
_MAX_ITEM = 80  # tokens of one numbered item: the name, a birth date and titles


def _numbered_nominees(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                       hit_person: dict[int, _Person], claimed: set[int]) -> None:
    """A post given by "đối với" to a numbered list of persons, as a resolution writes it: "Phê chuẩn
    ... việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao đối với các ông có tên sau đây: 1. Ông A,
    sinh ngày ..., Phó Bí thư ... 2. Ông B, ...": each item's person gets the post, with the status
    of the verb before it ("bổ nhiệm": appointed). The run must end right before "đối với các"; the
    items are numbered from 1, one after another, each opening with its number, a full stop and
    the name (after its form of address); no name stands between "đối với" and the colon."""
    at = [c for c in toks.where({_TOWARDS[0]}) if tuple(toks.k[c : c + len(_TOWARDS)]) == _TOWARDS]
    if not at:
        return
    n = len(toks.k)
    by_end = {past_term(toks, run[-1].end): s for s, run in runs.items()}
    starts = {h.start: i for i, h in enumerate(hits) if i in hit_person and h.how not in ("credit", "pronoun")}
    for c in at:
        s = by_end.get(c)
        k = c + len(_TOWARDS)
        if s is None or s in claimed or k >= n or toks.k[k] != _PLURAL_ADDRESS:
            continue
        colon = next((x for x in range(k, min(n, k + _MAX_LIST_HEAD)) if toks.k[x] in (":", ".", ";")), None)
        if colon is None or toks.k[colon] != ":" or any(x in starts for x in range(k, colon)):
            continue
        names: list[int] = []
        j, num = colon + 1, 1
        while j + 1 < n and toks.k[j] == str(num) and toks.k[j + 1] == ".":
            h = skip_honorifics(toks, j + 2, n)
            if h not in starts:
                break
            names.append(starts[h])
            num += 1
            j = next((x for x in range(h, min(n - 1, h + _MAX_ITEM))
                      if toks.k[x] == str(num) and toks.k[x + 1] == "." and toks.k[x - 1] in (".", ";")), n)
        if not names:
            continue
        claimed.add(s)
        status = clause_status(toks, clause_start(toks, s), s) or "holds"
        for idx in names:
            hit_person[idx].titles.extend((t, t.prefix or status) for t in runs[s])


def _careers(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
             hit_person: dict[int, _Person], claimed: set[int], lists: list) -> set[int]:
    """Give the titles of each career list (:mod:`.careers`) to the sentence's subject: the person
    named last before the cue in that sentence ("Ông Tỉnh sinh năm 1958, ..., từng đảm nhiệm các
    chức vụ: ..."). A run already given to someone else ends the list."""
    used: set[int] = set()
    starts = [h.start for h in hits]
    for cl in lists:
        first = sentence_start(toks, cl.cue)
        x = bisect_left(starts, cl.cue) - 1
        while x >= 0 and (x not in hit_person or hits[x].how == "credit" or hits[x].end > cl.cue):
            x -= 1
        if x > 0 and hits[x].start >= first:
            x = _outer_of_aside(toks, hits, hit_person, x, cl.cue)
        if x < 0 or hits[x].start < first:  # a profile box's list: its heading's person, if any
            x = heading_subject(toks, cl.cue, [(h.start, h.end) if i in hit_person and h.how != "credit"
                                               else None for i, h in enumerate(hits)])
            if x is None:
                continue
        person = hit_person[x]
        for s in cl.runs:
            if s in claimed:
                if any(t is runs[s][0] for t, _ in person.titles):
                    continue
                break
            if _after_ellipsis_line(toks, s):
                break
            claimed.add(s)
            status = clause_status(toks, cl.cue + 1, s)
            status = status if status in ("holds", "left") else cl.status
            for t in runs[s]:
                person.titles.append((t, t.prefix or status))
                if (t.prefix or status) == "former":
                    person.listed_former.add(id(t))
                if t.qual_at is not None:
                    used.add(t.qual_at)
    return used


_MAX_ASIDE_NAME = 12  # tokens of a parenthesis naming someone else after a name: "(em ruột ông B)"


def _outer_of_aside(toks: Tokens, hits: list[NameHit], hit_person: dict[int, _Person], x: int, cue: int) -> int:
    """The hit the predicate at token ``cue`` belongs to when hit x is named inside a parenthesis
    right after another name and the parenthesis closes before the cue: "bà A (vợ ông B) lần lượt
    được bổ nhiệm các chức vụ: ...", "bà C (em ruột ông B) từ Trưởng phòng X được bổ nhiệm làm ...":
    the aside says who A is kin to, the career is A's. Else x."""
    w = x - 1
    while w >= 0 and (w not in hit_person or hits[w].how in ("credit", "pronoun")):
        w -= 1
    if w < 0:
        return x
    o = hits[w].end
    if o >= len(toks.k) or toks.k[o] != "(" or toks.brk[o] or hits[x].start <= o:
        return x
    for c in range(hits[x].end, min(cue, o + _MAX_ASIDE_NAME)):
        if toks.brk[c] or toks.k[c] in ("(", "."):
            return x
        if toks.k[c] == ")":
            return w if c + 1 <= cue else x
    return x


_ELLIPSES = frozenset({".", "…"})


def _after_ellipsis_line(toks: Tokens, s: int) -> bool:
    """The run at token s opens a line after one that an ellipsis ends ("... Phó chủ nhiệm Ủy ban
    Kiểm tra Trung ương...\nChủ tịch Hội Nông dân làm Bí thư Tỉnh ủy X"): the list was cut short,
    and the line after is the next section's heading, not one more item."""
    return s > 0 and toks.brk[s] and toks.k[s - 1] in _ELLIPSES and (toks.k[s - 1] == "…" or (
        s > 2 and toks.k[s - 2] == "." and toks.k[s - 3] == "."))


_SAYING = phrase_table("saying_verbs.tsv")
_CLAUSE_JOINS = frozenset({",", ";", *phrase_tokens("và rồi")})
_MOVES = frozenset(phrase_tokens("về ra lên sang đi chuyển"))  # "năm 1995 ra Trung ương làm ..."
_MAX_PLACE = 6  # tokens of the place after a verb of movement


def _subject_clauses(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                     hit_person: dict[int, _Person], claimed: set[int]) -> None:
    """Later clauses of a sentence that have no subject of their own are the sentence subject's.

    Biographies chain predicates: "Năm 2009, ông tham gia Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí
    thư Tỉnh ủy", "ông từng công tác tại Sở Tư pháp rồi được bổ nhiệm làm Giám đốc Sở Tài chính",
    "năm 1981 ông phục viên, ..., năm 1995 ra Trung ương làm Thứ trưởng". After a clause boundary
    (",", ";", "và", "rồi"), a clause that opens with a time expression, auxiliaries, a verb of
    movement and its place, then a linking verb reaching a run of titles, gives the run to the
    subject: the first person of the sentence, named (or a pronoun) at its start or behind a fronted
    time adverbial. Scanning stops at the next person named, a verb of saying
    (``saying_verbs.tsv``) or the sentence's end. Status: the sentence's last cue before the run."""
    n = len(toks.k)
    mentions = sorted((h.start, h.end, hit_person[i], h.how != "pronoun") for i, h in enumerate(hits)
                      if i in hit_person and h.how != "credit")
    seen_sentences: set[int] = set()
    for x, (s, e, person, named) in enumerate(mentions):
        first = sentence_start(toks, s)
        b = honorific_start(toks, s)
        if b > first and toks.k[b - 1] == ";" and not toks.brk[b]:
            # "A được chỉ định giữ chức X; đồng chí B, nguyên ..., được chỉ định ... và được HĐND tỉnh bầu giữ
            # chức Y": a subject opening a clause after ";" is its own clauses' subject, as a sentence's is
            first = b
        if first in seen_sentences:
            continue
        seen_sentences.add(first)
        if not _opens_clause(toks, first, s, named):
            continue
        limit = mentions[x + 1][0] if x + 1 < len(mentions) else n
        k = e
        while k < limit and not toks.brk[k] and toks.k[k] not in (".", "!", "?"):
            if toks.k[k] in _SAYING.firsts and _SAYING.longest(toks, k):
                break
            if toks.k[k] not in _CLAUSE_JOINS:
                k += 1
                continue
            c = k + 1
            p = read_period(toks, c) if c < n else None
            if p is not None:
                c += p.length
                if c < n and toks.k[c] == ",":
                    c += 1
            if c < n and toks.k[c] in _MOVES and not _link(toks, c):  # ("chuyển sang" links)
                m = c + 1
                while m < n and m - c <= _MAX_PLACE and toks.cap[m] and not toks.brk[m]:
                    m += 1
                c = m
            r = _linked_run(toks, c, runs) if c < limit else None
            if r is None or r >= limit or r in claimed or r <= k or any(toks.brk[k + 1 : r + 1]):
                k += 1
                continue
            status = _later_clause_status(toks, first, k, r)
            if p is not None and status == "holds" and _step_follows(toks, r, runs):
                status = "former"  # "..., năm 1997 chuyển sang A. Đến năm 2005 ông được ... làm B"
            elif p is not None and status == "former" and held_since(toks, r, {x: v[-1].end for x, v in runs.items()}):
                status = "holds"  # "...: A (2010 - 2015); từ năm 2021 là B.": the last step, held since
            claimed.add(r)
            person.titles.extend((t, t.prefix or status) for t in runs[r])
            k = runs[r][-1].end
            for s2 in _continued_runs(toks, k, runs):
                if s2 in claimed or s2 >= limit:
                    break
                claimed.add(s2)
                person.titles.extend((t, t.prefix or status) for t in runs[s2])
                k = runs[s2][-1].end


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "("})


def _year_step_run(toks: Tokens, first: int, runs: dict[int, list[Title]]) -> int | None:
    """The run of a sentence that is a bare year step of a career, with no subject: "Năm 2008 làm
    Giám đốc Phòng X.", "Đến năm 2016 được bổ nhiệm làm Giám đốc Sở Y" (a career told in the
    person's own words, the subject left out). A period opens the sentence (after a quote mark),
    then a comma at most, then a linking verb reaching the run. None otherwise."""
    n = len(toks.k)
    c = first
    while c < n and toks.k[c] in _QUOTE_MARKS:
        c += 1
    p = read_period(toks, c) if c < n else None
    if p is None:
        return None
    c += p.length
    if c < n and toks.k[c] == ",":
        c += 1
    if c >= n or toks.brk[c]:
        return None
    r = _linked_run(toks, c, runs)
    return r if r is not None and not any(toks.brk[c : r + 1]) else None


def _opens_with_period(toks: Tokens, first: int) -> bool:
    c = first
    while c < len(toks.k) and toks.k[c] in _QUOTE_MARKS:
        c += 1
    return c < len(toks.k) and read_period(toks, c) is not None


def _step_follows(toks: Tokens, r: int, runs: dict[int, list[Title]]) -> bool:
    """The sentence after the one holding run r opens with a period and has a run of titles: the
    career goes on ("Năm 2008 làm Giám đốc Phòng A. Năm 2011, tôi được bổ nhiệm làm ...")."""
    n = len(toks.k)
    end = sentence_end(toks, r)
    if end < n and toks.k[end] in (".", "!", "?"):
        end += 1
    if end >= n or not _opens_with_period(toks, end):
        return False
    after = sentence_end(toks, end)
    return any(end <= s < after for s in runs)


def _year_steps(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                hit_person: dict[int, _Person], claimed: set[int]) -> None:
    """A bare year step (:func:`_year_step_run`) is the career of the person the steps before it are
    about: "Đến năm 2005 ông X được chuyển sang làm Phó giám đốc Phòng A. “Năm 2008 làm Giám đốc
    Phòng A. Năm 2011, tôi được bổ nhiệm ... Đến năm 2016 được bổ nhiệm làm Giám đốc Sở B”". The
    subject is taken only when it is plain: walking back over sentences that name nobody and open
    with a period themselves (the run of steps), the first sentence naming someone names one person
    only, as its subject. A step is former when another such step of the person follows it, else
    held (an appointment told as a step of the career is not the report's act)."""
    n = len(toks.k)
    people = [(h.start, hit_person[i]) for i, h in enumerate(hits) if i in hit_person and h.how != "credit"]
    if not people:
        return
    steps: list[tuple[int, _Person]] = []
    for r in sorted(runs):
        if r in claimed:
            continue
        first = sentence_start(toks, r)
        if first == 0 or _year_step_run(toks, first, runs) != r:
            continue
        if any(first <= s < n and sentence_start(toks, s) == first for s, _ in people):
            continue  # the sentence names someone: the rules of subjects read it
        sent = first
        person: _Person | None = None
        for _ in range(_SUBJECT_LOOKBACK):
            prev = sentence_start(toks, sent - 1)
            named = [(s, p) for s, p in people if prev <= s < sent]
            if named:
                ids = {id(p) for _, p in named}
                if len(ids) == 1 and _opens_clause(toks, prev, named[0][0]):
                    person = named[0][1]
                break
            if prev == 0 or not _opens_with_period(toks, prev):
                break
            sent = prev
        if person is None:
            continue
        claimed.add(r)
        steps.append((r, person))
    for x, (r, person) in enumerate(steps):
        own = clause_status(toks, sentence_start(toks, r), r)
        later = any(p is person for _, p in steps[x + 1 :]) or _step_follows(toks, r, runs)
        status = own if own in ("left", "former") else "former" if later else "holds"
        person.titles.extend((t, t.prefix or status) for t in runs[r])


def _later_clause_status(toks: Tokens, first: int, k: int, r: int,
                         own_cue: Callable[[Tokens, int, int], str | None] | None = None) -> str:
    """Status of the run at r, in a later clause (opening at token k) of the sentence opening at
    ``first``: the clause's own cue (``own_cue``, :func:`.status.clause_status` by default), else
    the sentence's last cue before the run. A post left in an earlier clause is not what the later
    clause does: "ông X thôi giữ chức A để tham gia Ban Chấp hành ... và giữ chức B", "thôi giữ
    chức A về làm B", "..., thôi tham gia Ban Thường vụ để giữ chức B" gain B (appointed)."""
    own = (own_cue or clause_status)(toks, k, r)
    purpose = max((x for x in range(k, r) if toks.k[x] == _PURPOSE), default=None)
    if own == "left" and purpose is not None:
        # "..., thôi tham gia Ban Thường vụ Tỉnh ủy để giữ chức B": B is what the post is left for
        return (own_cue or clause_status)(toks, purpose, r) or "appointed"
    if own is not None:
        return own
    status = clause_status(toks, first, r) or "holds"
    return "appointed" if status == "left" else status


_FRONTED = phrase_index(row[0] for row in read_rows("fronted_cues.tsv", 2))
_FRONTED_STATUS = {compact(w): status for w, status in read_rows("fronted_cues.tsv", 2) if status}


def _fronted_clauses(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
                     hit_person: dict[int, _Person], claimed: set[int]) -> None:
    """"Trước khi làm Phó Thủ tướng, ông từng là ...": a clause fronted before the subject by a cue
    of ``fronted_cues.tsv`` and a comma has the subject's title. Titles before a full name are given
    by the comma rule already; this gives them to a pronoun subject ("ông", "bà", "đồng chí"),
    with the status of the fronted clause's own verb ("Sau khi được bầu làm ...": appointed)."""
    dated_to = {i + p.length: i for i, p in _periods(toks)}
    name_starts = sorted(h.start for h in hits if h.how not in ("credit", "pronoun"))
    fronted_at = toks.where(_FRONTED.firsts)  # (a cue's first word is rare: most sentences have none)
    for i, h in enumerate(hits):
        if i not in hit_person:
            continue
        b = honorific_start(toks, h.start)
        first = sentence_start(toks, h.start)
        if b - first < 3 or toks.k[b - 1] != "," or any(toks.brk[first + 1 : b]):
            continue
        first = _fronted_cue_start(toks, first, b, name_starts, fronted_at)
        cue = _FRONTED.longest(toks, first) if first is not None else None
        if not cue:
            continue
        c = first + cue[0]
        r = c if c in runs and _ends_in_link(toks, c) else _linked_run(toks, c, runs)
        if r is None or r >= b:
            continue
        last = past_term(toks, runs[r][-1].end)
        e = _past_place_aside(toks, last, b - 1)
        bracketed = e == b - 1 and last != e  # "Giám đốc Sở X (nay là Sở Y), bà A ...": an aside between
        if e != b - 1 and e == _parent_item_before(toks, b - 1):
            e = b - 1  # "..., trưởng Ban Chỉ đạo dự án X, Bộ Công an, ông Y": the titles' parent body
        if e != b - 1 and dated_to.get(b - 1) not in (e, e + 1) and not (r == c and _capacity_goes_on(toks, e, b)):
            continue  # the run must close the fronted clause, or its date: "Trước khi làm A từ 26/1/2015, ông"
        own = clause_status(toks, c, r)
        status = own or _FRONTED_STATUS.get(compact(toks.surface(first, c)), "holds")
        if own is None and status == "former":
            hit_person[i].fronted_former.update(id(t) for t in runs[r] if not t.prefix)
        if h.how != "pronoun":
            if own is None:  # (a verb of the clause's own was read by the rule of titles before a name)
                _restate_fronted(hit_person[i], runs[r], status)
            if not bracketed or r in claimed:
                continue
            # a name the rule of titles before a name did not reach past the fronted clause's bracketed
            # aside ("Trên cương vị A, Vụ trưởng Vụ 12 (Viện X), đồng chí B ..."): given here, as to a pronoun
        if r in claimed:
            continue
        claimed.add(r)
        hit_person[i].titles.extend((t, t.prefix or status) for t in runs[r])


_FRONTED_OPENERS = phrase_table("fronted_openers.tsv")
_MAX_FRONTED_CLAUSE = 80  # tokens from a clause-opening mark's cue to the subject: a cue and a long title run
_CLAUSE_OPENING_MARKS = frozenset({":", "-", "–"})


def _fronted_cue_start(toks: Tokens, first: int, b: int, name_starts: list[int], fronted_at: list[int]) -> int | None:
    """Where the fronted clause's cue starts: at the sentence's start, or after a comma that closes
    an adverbial before it with no name in it ("Sau Hội nghị, trên cương vị Tổng Bí thư, đồng chí
    ..."; "Sau ngày đất nước thống nhất, trên các cương vị A, B, đồng chí ..."). The last such cue
    before the subject ``b``; None when there is none. A clause opened by a colon or a dash
    (:func:`_clause_opened_at`) starts where the sentence does for this, and a conjunction of
    ``fronted_openers.tsv`` may stand before the cue ("Nhưng trên cương vị A, B, ông ...")."""
    first = _clause_opened_at(toks, first, b, fronted_at)
    at = first + _opener_length(toks, first)
    if toks.k[at] in _FRONTED.firsts and _FRONTED.longest(toks, at):
        return at
    x = bisect_left(name_starts, first)
    limit = name_starts[x] if x < len(name_starts) and name_starts[x] < b else b
    found = None
    for j in fronted_at[bisect_left(fronted_at, first + 2):]:
        if j >= limit:
            break
        if j > first + 1 and toks.k[j - 1] == "," and _FRONTED.longest(toks, j):
            found = j
    return found


def _opener_length(toks: Tokens, i: int) -> int:
    """Tokens of a conjunction of ``fronted_openers.tsv`` written at token i with no comma after it
    ("Nhưng | trên cương vị ..."), else 0."""
    if toks.k[i] not in _FRONTED_OPENERS.firsts:
        return 0
    hit = _FRONTED_OPENERS.longest(toks, i)
    return hit[0] if hit and i + hit[0] < len(toks.k) and toks.k[i + hit[0]] != "," else 0


def _clause_opened_at(toks: Tokens, first: int, b: int, fronted_at: list[int]) -> int:
    """The start of the clause a fronted cue opens after a colon or a dash, when that clause holds
    the subject ``b``: "1- Xem xét ... đồng chí A, Phó Bí thư Tỉnh ủy - | Trong thời gian giữ các cương
    vị B, C, đồng chí A ...", "UBKT xác định: | Trong thời gian ..., bà D ...". The cue (or the
    conjunction before it) is written capitalised right after the mark, as a new clause is; the
    last such place before ``b``. Else the sentence's start ``first``."""
    found = first
    # (only the cues of the last few dozen tokens: the clause and its titles are short, and a text with
    # no sentence end must not be walked from its start at every name)
    for j in fronted_at[bisect_left(fronted_at, max(first + 2, b - _MAX_FRONTED_CLAUSE)):]:
        if j >= b:
            break
        o = j
        if toks.k[j - 1] in _FRONTED_OPENERS.firsts and toks.k[j - 2] in _CLAUSE_OPENING_MARKS \
                and _opener_length(toks, j - 1) == 1:
            o = j - 1  # (a one-word conjunction after the mark: "- Nhưng trong thời gian ...")
        if o - 1 >= first and toks.k[o - 1] in _CLAUSE_OPENING_MARKS and toks.cap[o] and _FRONTED.longest(toks, j):
            found = o
    return found


def _capacity_goes_on(toks: Tokens, e: int, b: int) -> bool:
    """The capacity a fronted "Trên cương vị A, ..." names goes on past its first run ``e`` up to the
    subject's comma ``b`` - 1 with items we do not read ("..., Phó Trưởng Ban soạn thảo Cương lĩnh
    và kiêm ...", "..., được Bộ Chính trị cử làm Trưởng Tiểu ban ..."): A is the subject's all the
    same. Only after a comma, in one line."""
    return e < b - 1 and toks.k[e] == "," and not any(toks.brk[e : b])


def _ends_in_link(toks: Tokens, c: int) -> bool:
    """The words before token c end in a linking verb (``link_verbs.tsv``): "trên cương vị |",
    "với trách nhiệm là |"; the titles right after are the clause's."""
    return any(c - m >= 0 and (hit := _link(toks, c - m)) is not None and hit[0] == m for m in (1, 2))


# tokens of "(tỉnh Hoà Bình)", "(Viện Kiểm sát nhân dân tối cao)" after the last title of a fronted clause (its own
# name: the _MAX_PLACE_ASIDE below, of the aside between a title and its name, had shadowed this one, 8)
_MAX_FRONTED_ASIDE = 12


def _past_place_aside(toks: Tokens, e: int, b: int) -> int:
    """Past a short bracket right after the fronted clause's last title, closing at token b - 1
    ("Trưởng phòng Tài nguyên và Môi trường TP Hoà Bình (tỉnh Hoà Bình), ông ..."): the place of
    the body, not another clause. Else ``e`` as it is."""
    if e < b and toks.k[e] == "(" and b - e <= _MAX_FRONTED_ASIDE and toks.k[b - 1] == ")" \
            and ")" not in toks.k[e + 1 : b - 1] and "(" not in toks.k[e + 1 : b - 1]:
        return b
    return e


def _restate_fronted(person: _Person, run: list[Title], status: str) -> None:
    """The titles of a fronted clause given to the full name after its comma by the rule of titles
    written before a name, as held, take the fronted clause's status: "Trong thời gian giữ chức Đảng
    uỷ viên, Bí thư Chi bộ, Trưởng phòng X (tỉnh Y), ông A đã thiếu trách nhiệm ...": former."""
    if status == "holds":
        return
    ids = {id(t) for t in run}
    person.titles[:] = [(t, status) if id(t) in ids and st == "holds" and not t.prefix else (t, st)
                        for t, st in person.titles]


_BULLETS = frozenset({"-", "+", "•", "*"})
_CV_LOOKBACK = 10  # lines of a profile (birth, home town, degrees) between its heading and its career


def _cv_line_run(toks: Tokens, first: int, runs: dict[int, list[Title]]) -> tuple[int, Period] | None:
    """The run of titles of a career line starting at token ``first`` ("5/1997-12/1999: Thành ủy
    viên, Giám đốc Sở ...", "- Từ 1/2000 đến nay: Phó Chủ tịch ..."), with its period: a line
    that opens with a period and a colon and goes straight on with titles, or with the passive move
    that gave them ("- Từ 3/2014 - 9/2015: Được luân chuyển về địa phương, giữ chức Phó Chủ tịch UBND
    tỉnh ...": :func:`_past_cv_move`)."""
    head = _dated_head(toks, first)
    if head is None:
        return None
    if head[0] in runs:
        return head
    if head[1].end is None and not head[1].ongoing:
        return None  # "- Tháng 1/2021: Được bầu làm X": when X began, read by the election's own rules
    r = _past_cv_move(toks, head[0], runs)
    return (r, head[1]) if r is not None else None


_CV_MOVE_REACH = 14  # tokens of a career line's move up to its link: "Được luân chuyển về địa phương, giữ chức"


def _past_cv_move(toks: Tokens, k: int, runs: dict[int, list[Title]]) -> int | None:
    """The run a career line's passive move at token k links to: "được" first, then the move's verbs and
    place, then a linking verb right before the run, all in one clause of the line (no ";", ":", "."),
    within ``_CV_MOVE_REACH`` tokens. None if the line does not go on so."""
    n = len(toks.k)
    if k >= n or toks.k[k] != _PASSIVE:
        return None
    for j in range(k + 2, min(n, k + _CV_MOVE_REACH)):
        if toks.brk[j] or toks.k[j - 1] in (";", ":", "."):
            return None
        if j in runs and _ends_in_link(toks, j):
            return j
    return None


def _dated_head(toks: Tokens, first: int) -> tuple[int, Period] | None:
    """The token after "PERIOD:" opening the sentence at ``first``, with the period."""
    k = first + 1 if first < len(toks.k) and toks.k[first] in _BULLETS else first
    p = read_period(toks, k)
    if p is None:
        return None
    c = k + p.length
    if c + 1 < len(toks.k) and toks.k[c] == ":" and not toks.brk[c + 1]:
        return c + 1, p
    return None


def _cv_lines(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
              hit_person: dict[int, _Person], claimed: set[int]) -> None:
    """A profile lists a career line by line under the person's name, naming nobody on each line
    ("Tiểu sử ông A ... 5/1997-12/1999: Thành ủy viên, Giám đốc Sở ...; 1/2000-nay: Phó Chủ
    tịch ..."). Each line's titles go to the one person named in the nearest line before it that
    names anyone (a career line already given counts as naming its person); when that line names
    two, the one of them a line before it names alone, else nobody (a name inside another career
    line's words, not its subject, names nobody there). A
    line whose period has ended is a former post; "đến nay", one still held."""
    named: dict[int, set[int]] = {}  # sentence start -> ids of persons named there
    person_of: dict[int, _Person] = {}
    for i, h in enumerate(hits):
        if i in hit_person and h.how != "credit":
            first = sentence_start(toks, h.start)
            head = _dated_head(toks, first)
            if head is not None and honorific_start(toks, h.start) != head[0]:
                continue  # a name inside a career line's body ("1974-1976: Học viên Trường X")
            p = hit_person[i]
            named.setdefault(sentence_start(toks, h.start), set()).add(id(p))
            person_of[id(p)] = p
    for first in sorted({sentence_start(toks, r) for r in runs}):
        got = _cv_line_run(toks, first, runs)
        if got is None or first in named:
            continue
        r, period = got
        if r in claimed:
            continue
        sent, who = first, None
        several: set[int] | None = None
        for _ in range(_CV_LOOKBACK):
            if sent == 0:
                break
            sent = sentence_start(toks, sent - 1)
            if sent in named:
                if len(named[sent]) == 1 and (several is None or named[sent] <= several):
                    who = person_of[next(iter(named[sent]))]
                    break
                if several is not None:
                    break
                # a line naming two ("A trao quyết định cho ông B"): the one of them the profile
                # named alone before it ("Ông B có học hàm giáo sư ...") is the subject
                several = named[sent]
        if who is None:
            continue
        claimed.add(r)
        status = "holds" if period.ongoing else "former"
        who.titles.extend((t, t.prefix or status) for t in runs[r])
        for r2 in _bracketed_line_runs(toks, runs, r, claimed):
            claimed.add(r2)  # "...: Trưởng ty X (từ năm 1976 là Giám đốc Sở Y)": the line's step too
            who.titles.extend((t, t.prefix or status) for t in runs[r2])
        named[first] = {id(who)}


def _bracketed_line_runs(toks: Tokens, runs: dict[int, list[Title]], r: int, claimed: set[int]) -> list[int]:
    """Runs a career line gives in a bracket after its run at token r, each after a linking verb:
    "- Từ 1972 đến 1985: Trưởng ty Nông nghiệp X (từ năm 1976 là Giám đốc Sở Nông nghiệp tỉnh X)" (the
    body renamed within the line's period). Only inside "(...)" on the same line, none claimed."""
    n = len(toks.k)
    e = runs[r][-1].end
    if e >= n or toks.k[e] != "(" or toks.brk[e]:
        return []
    out = []
    for j in range(e + 1, min(n, e + _MAX_CV_BRACKET)):
        if toks.brk[j] or toks.k[j] in (")", "(", ";", "."):
            break
        if j in runs and j not in claimed and _ends_in_link(toks, j):
            out.append(j)
    return out


_MAX_CV_BRACKET = 40  # tokens inside a career line's bracket: "(từ năm 1976 là Giám đốc Sở Nông nghiệp tỉnh X)"


_BEFORE_PERIOD = frozenset(phrase_tokens("trong"))  # "... Thành ủy trong giai đoạn 2002-2011"


def _bracketed_period_before(toks: Tokens, c: int, period_at_end: dict[int, int]) -> int | None:
    """Where "(PERIOD)" starts when it ends right before the comma at token ``c`` ("... Chủ tịch UBND
    tỉnh (2011-2014), ông X"): the bracket closes the clause fronted before the name."""
    if c < 3 or toks.k[c] != "," or toks.k[c - 1] != ")" or toks.brk[c] or toks.brk[c - 1]:
        return None
    p = period_at_end.get(c - 1)
    return p - 1 if p is not None and toks.k[p - 1] == "(" else None


def _lower_case_link(toks: Tokens, x: int) -> tuple[int, str] | None:
    """The longest link word of link_verbs.tsv at token x whose words after the first are written in
    lower case (or all in capitals, as a headline): a capitalised word begins the title it links
    to, so "giữ chức Vụ trưởng Vụ X" is "giữ chức" + "Vụ trưởng", not "giữ chức vụ" + "trưởng"
    (case-folded, the table's "giữ chức vụ" eats the first word of a role written "Vụ trưởng")."""
    link = _LINKS.longest(toks, x)
    if link is None or link[0] == 1 or not any(toks.cap[x + 1 : x + link[0]]):
        return link  # (nearly every link: lower case, and one lookup)
    for m, phrase in _LINKS.match(toks, x):
        if not any(toks.cap[i] and not toks.upper[i] for i in range(x + 1, x + m)):
            return m, phrase
    return None


def _link(toks: Tokens, x: int) -> tuple[int, str] | None:
    """The link word of link_verbs.tsv at token x (its length, its phrase), unless it is a syllable of a
    compound that links nothing (link_compounds.tsv): "Tháng 3/2014, Ban Tổ chức Trung ương đến làm việc
    với Bí thư X" has no link between the date and the title ("tổ | chức", "làm | việc"). Every reading of
    a link in this module asks here, not the table."""
    link = _lower_case_link(toks, x)
    if not link:
        return None
    before = _NOT_LINKS.longest(toks, x - 1) if x > 0 else None  # "tổ | chức"
    here = _NOT_LINKS.longest(toks, x)  # "làm việc"
    if (before is not None and before[0] == 2) or (here is not None and here[0] > link[0]):
        return None
    return link


def _run_periods(toks: Tokens, runs: dict[int, list[Title]], lists: list,
                 name_starts: set[int] | None = None) -> dict[int, tuple[Period, bool, bool]]:
    """The period dating each title, by id(title): (period, written after the title, a verb links
    the clause's subject to the title: "Giai đoạn 1996-2000, ông là ...").

    After the title: "(01/1985 - 10/1987)", "từ năm 2009 đến 2013". Before: the last time
    expression of the sentence before the title's run with no other run in between ("Tháng
    6/2004, ông được bổ nhiệm làm A, B"); the runs of one career list share it."""
    periods = _periods(toks)
    if not periods:
        return {}
    p_starts = [i for i, _ in periods]
    p_end = {i: i + p.length for i, p in periods}
    by_start = dict(periods)
    run_starts = sorted(runs)
    same_list: dict[int, int] = {}
    for cl in lists:
        for s in cl.runs:
            same_list[s] = cl.runs[0]
    out: dict[int, tuple[Period, bool, bool]] = {}
    closing: dict[int, Period] = {}  # run start -> the period written after its last title
    n = len(toks.k)
    subjects = {honorific_start(toks, x) for x in name_starts or ()}
    for s in run_starts:
        run = runs[s]
        for t in run:
            k = t.end
            if k < n and (toks.k[k] in ("(", ",") or toks.k[k] in _BEFORE_PERIOD):
                k += 1
            if k not in by_start:
                k = _bracket_after_body(toks, t.end, by_start, name_starts or set()) or k
            termed = k not in by_start and (term := past_term(toks, t.end)) > t.end and term + 1 < n \
                and toks.k[term] == "(" and term + 1 in by_start
            if termed:
                # "Bí thư Tỉnh ủy nhiệm kỳ 2010-2015 (đến tháng 2/2015)": the term's years are the
                # committee's, the bracket after them the person's own time in that post (its alone)
                k = term + 1
            if k in by_start:
                out[id(t)] = (by_start[k], True, False)
                p = by_start[k]
                fronted = toks.k[t.end] == "(" and k + p.length + 2 in subjects \
                    and _bracketed_period_before(toks, k + p.length + 1, {k + p.length: k}) is not None
                if t is run[-1] and not termed and (toks.k[t.end] != "(" or fronted) \
                        and (p.end is not None or p.ongoing):
                    # "giữ chức A, B, rồi C trong giai đoạn 2002-2011": the period ends the clause
                    # and dates every title of the run; one in brackets is the last title's own, and
                    # so is a start alone ("...; Phó Chủ tịch Quốc hội từ năm 2011": since then);
                    # but a bracket closing a clause before the name of its subject dates them all
                    # ("Trong thời gian giữ cương vị A, B (2011-2014), ông X ...")
                    closing[s] = by_start[k]
                    for u in run[:-1]:
                        out.setdefault(id(u), (by_start[k], True, False))
        anchor = same_list.get(s, s)
        x = bisect_left(p_starts, anchor) - 1
        while x >= 0 and p_end[p_starts[x]] > anchor:
            x -= 1
        if x < 0:
            continue
        ps = p_starts[x]
        if ps < sentence_start(toks, anchor):
            continue
        r = bisect_left(run_starts, p_end[ps])
        if r < len(run_starts) and run_starts[r] < anchor:
            continue  # another title between the period and this one
        if _in_basis(toks, ps) or _new_clause_between(toks, p_end[ps], anchor, subjects) \
                or _held_while(toks, p_end[ps], anchor):
            continue
        linked = any(_link(toks, x) for x in range(p_end[ps], anchor))
        p = by_start[ps]
        first = _first_step(run) if p.start is not None and p.end is None and not p.ongoing else run
        for t in run:  # a later step's start only bounds it from below (:func:`_unstate_floors`)
            out.setdefault(id(t), (p if t in first else replace(p, floor=True), False, linked))
    # "Bà giữ chức Bí thư Quận ủy, rồi Trưởng ban Dân vận Thành ủy trong giai đoạn 2002-2011": a
    # closing period dates the runs that the predicate chains to the last one
    for s in run_starts:
        chain = _continued_runs(toks, runs[s][-1].end, runs, name_starts)
        if chain and chain[-1] in closing:
            for r in (s, *chain[:-1]):
                for t in runs[r]:
                    out.setdefault(id(t), (closing[chain[-1]], True, False))
    return out


def _in_basis(toks: Tokens, x: int) -> bool:
    """Token x lies in the basis of an act, after a word of ``basis_cues.tsv`` with no comma or
    semicolon between: "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/1/2017 của HĐND tỉnh, UBND tỉnh bổ
    nhiệm ông X": the date is the cited document's, not the day of the appointment."""
    a = sentence_start(toks, x)
    for y in range(x - 1, a - 1, -1):
        if toks.k[y] in (",", ";"):
            return False
        if _BASIS.longest(toks, y) and (y == a or toks.k[y - 1] in (",", ";", ":") or toks.brk[y]):
            return True
    return False


_MAX_BODY_TAIL = 3  # words of a body the title's reading left out: "Bí thư Đảng ủy Sở | (từ 9/2014 …)"


def _bracket_after_body(toks: Tokens, k: int, by_start: dict[int, Period], names: set[int]) -> int | None:
    """Where the period starts in a bracket holding only a period that closes the title's body, when
    a few words of that body (not a name) stand between the title as read and the bracket: "nguyên Bí
    thư Đảng ủy Sở (từ 9/2014 đến 2/2016), nguyên Giám đốc Sở (từ 6/2012 …)": the bracket after a
    post's body is the post's period, whatever the title reader took of the body. A bracket after a
    person's name is that person's (a life), so a name between stops the search."""
    n = len(toks.k)
    for j in range(k, min(n, k + _MAX_BODY_TAIL + 1)):
        if toks.brk[j] or j in names:
            return None
        if toks.k[j] == "(":
            if j == k:
                return None  # right after the title: read already
            p = by_start.get(j + 1)
            end = j + 1 + p.length if p is not None else n
            return j + 1 if p is not None and end < n and toks.k[end] == ")" and (p.end or p.ongoing) else None
        if not toks.word[j]:
            return None
    return None


def _held_while(toks: Tokens, a: int, b: int) -> bool:
    """A cue of ``while_held_cues.tsv`` ends right before token b (the run's first title), after
    token a (the end of the date opening the clause): "Tháng 6/2013, khi đang là Phó Chủ tịch UBND
    tỉnh A, ông X được bổ nhiệm làm Thứ trưởng": the title is told as held when the sentence's act
    came, so the date is not its start (it is the start of the act's post only)."""
    return any(x + m == b for x in range(a, b) if toks.k[x] in _WHILE_HELD.firsts
               for m, _ in _WHILE_HELD.match(toks, x))


def _new_clause_between(toks: Tokens, a: int, b: int, subjects: set[int]) -> bool:
    """Between tokens a and b a semicolon opens another clause with a person for its subject: "Sở
    nhận quyết định vào ngày 3/4/2018; ông X được điều động giữ chức ...": a date does not cross it.
    A clause that goes on with the same subject ("Ngày 6/2, HĐND họp ...; bầu ông X giữ chức ...")
    or a career line's titles after a semicolon ("5/1997-12/1999: Giám đốc Sở ...; Đại biểu Quốc
    hội") keep it."""
    return any(toks.k[x] == ";" and x + 1 in subjects for x in range(a, b))


def _first_step(run: list[Title]) -> list[Title]:
    """The titles of a run that a start written before it dates: all, unless the run climbs within
    one body ("từ tháng 5/2008 làm Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy", "Phó Chủ tịch, Phó Chủ tịch
    thường trực UBND"): one cannot hold both at once, so the start is the first step's only."""
    for x, t in enumerate(run):
        for u in run[x + 1 :]:
            if u.row.phrase == t.row.phrase and (u.deputy, u.qualifier) != (t.deputy, t.qualifier) \
                    and t.org is not None and u.org is not None and _same_body(t.org, u.org):
                return run[: run.index(u)]
    return run


def _abbreviation_before(toks: Tokens, b: int) -> int | None:
    """Where "(ABBR)" written right before token b starts: the short name of the body just named,
    between a title and its name ("Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Bằng"); or
    where the body's place or parent body is, in a short parenthesis of capitalised words, place
    words and commas ("Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng",
    "Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Trọng Đạt")."""
    if b >= 3 and toks.k[b - 1] == ")" and toks.k[b - 3] == "(" and toks.upper[b - 2] \
            and (toks.e[b - 2] - toks.s[b - 2]) >= 2 and not any(toks.brk[b - 2 : b + 1]):
        return b - 3
    if b >= 3 and toks.k[b - 1] == ")" and not toks.brk[b - 1] and not toks.brk[b]:
        for a in range(b - 3, max(0, b - 2 - _MAX_PLACE_ASIDE) - 1, -1):
            if toks.brk[a + 1]:
                return None
            if toks.k[a] == "(":
                inner = range(a + 1, b - 1)
                if toks.cap[a + 1] or toks.k[a + 1] in _LEVEL_WORDS:
                    if all(toks.k[x] == "," or toks.cap[x] or toks.k[x] in _LEVEL_WORDS
                           or (toks.word[x] and x > a + 1 and toks.cap[x - 1] and not toks.k[x].isdigit()
                               and toks.k[x] not in _FILLERS)
                           or (toks.k[x] == "." and toks.cap[x - 1] and toks.cap[x + 1]  # "(UB T.Ư MTTQ VN)"
                               and toks.gap[x] == "" and toks.gap[x + 1] == "") for x in inner):
                        return a
                return None
            if toks.k[a] in (")", ":", ";") or toks.k[a].isdigit():
                return None
    return None


_MAX_PLACE_ASIDE = 8  # tokens inside "(huyện Quế Sơn, Quảng Nam)" between a title and its name


def _periods(toks: Tokens) -> list[tuple[int, Period]]:
    """Every time expression of the text (:func:`.careers.all_periods`), read once per text."""
    return toks.remember("officials.periods", lambda: all_periods(toks))


def _country_before(toks: Tokens, b: int) -> int | None:
    """Where a country or region written right before token b starts ("Tổng thống Chile | X",
    "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa | X": a country's full name, up to 8 syllables).

    The longest name ending at b counts ("Tổng thống Liên bang Nga | X", not "... Liên bang | Nga X"),
    and a state's words before the country (``country_forms.tsv``: "Tổng thống Cộng hòa Pháp | X")
    belong to it."""
    other = lexicon().other_places
    if b < 1 or toks.k[b - 1] not in other.lasts:
        return None  # no country's name ends with the word before b (most names), no start tried
    found = None
    for back in range(1, 9):
        a = b - back
        if a < 0 or toks.brk[a + 1 if a + 1 < b else a]:
            break
        if toks.k[a] in other.firsts and toks.cap[a]:
            hit = other.longest(toks, a)
            if hit and hit[0] == back:
                found = a
    if found is None:
        return None
    forms = _country_forms()
    for x in range(max(0, found - 6), found):
        if toks.k[x] in forms.firsts and toks.cap[x] and not any(toks.brk[y] for y in range(x + 1, found + 1)) \
                and any(x + m == found for m, _ in forms.match(toks, x)):
            return x
    return found


def _posting_before(toks: Tokens, b: int) -> int | None:
    """Where a posting abroad written right before token b starts (``titles.abroad_length``:
    "Đại sứ Việt Nam tại Nhật Bản | X", "Tổng Lãnh sự Lào tại TPHCM | X"): the post is the role's
    alone, as with a country."""
    lex = lexicon()
    if b < 1 or (toks.k[b - 1] not in lex.other_places.lasts and toks.k[b - 1] not in lex.places.lasts):
        return None  # a posting ends with a country or a place ("... tại Nhật Bản | X"): none ends before b
    for a in range(max(0, b - 14), b - 2):
        if toks.cap[a] and a + abroad_length(toks, a) == b and not any(toks.brk[y] for y in range(a + 1, b)):
            return a
    return None


@cache
def _country_forms() -> PhraseIndex:
    return phrase_table("country_forms.tsv")


_MAX_ASIDE = 14  # tokens of an aside: "sinh ngày 23 tháng 11 năm 1968"


def past_aside(toks: Tokens, j: int) -> int | None:
    """The token after an aside opened at token j ("," or "(") and the comma that closes it:
    ", sinh ngày 3 tháng 5 năm 1968," / "(SN 1967)," / ", 52 tuổi," / "(tổ đại biểu xã X),"
    (``aside_words.tsv``), or the years a person lived "(1912-1990),".
    None when no aside starts there."""
    lex = lexicon().aside_words
    n = len(toks.k)
    i = j + 1
    if i >= n or toks.brk[i]:
        return None
    if _life_span_after(toks, j):  # "(1912-1990)," / "(1912-1990) -": the years a person lived
        k = j + 5
        return k + 1 if k < n and toks.k[k] in (",", "-") and not toks.brk[k] else k
    place = _place_bracket_end(toks, j)
    if place is not None:
        return place
    hit = lex.longest(toks, i) if toks.k[i] in lex.firsts else None  # most tokens start no aside
    if not (hit and (hit[1] == "opens" or (hit[1] == "in_brackets" and toks.k[j] == "("))):
        after = lex.longest(toks, i + 1) if toks.k[i].isdigit() else None
        if not (after and after[1] == "after_number"):
            return None
    close = ")" if toks.k[j] == "(" else ","
    for k in range(i + 1, min(n, i + _MAX_ASIDE)):
        if toks.brk[k]:
            return None
        if close == ")" and toks.k[k] == ",":
            # "(53 tuổi, quê quán phường X, quận Y, Đà Nẵng),": a home town closes the parenthesis
            k = _hometown_in_paren(toks, k + 1) or k
        if toks.k[k] == close:
            k += 1
            if close == ")" and k < n and toks.k[k] in (",", "-") and not toks.brk[k]:
                k += 1  # "(SN 1986) - huyện ủy viên, ..."
            return k
        if toks.k[k] in (")", "(", ";", ":"):
            return None
    return None


_DEPUTATION_WORD = phrase_tokens("đoàn")[0]


def _place_bracket_end(toks: Tokens, j: int) -> int | None:
    """The token after "(PLACE)," opened at token j right after a name: a deputy's province or a
    person's home ("đại biểu Nguyễn Văn A (Hà Tĩnh), Phó Giám đốc Sở X, cho rằng ..."; "(Đoàn Hà
    Tĩnh)"), the place alone in the brackets and a comma after them. The titles after it are the
    name's, as after "(43 tuổi),". None when the brackets hold anything else."""
    n = len(toks.k)
    i = j + 1
    if toks.k[j] != "(" or i >= n:
        return None
    if toks.k[i] == _DEPUTATION_WORD and i + 1 < n and toks.cap[i + 1]:
        i += 1
    places = lexicon().places
    hit = places.longest(toks, i) if toks.k[i] in places.firsts else None
    k = i + hit[0] if hit else i
    if hit and k + 1 < n and toks.k[k] == ")" and toks.k[k + 1] == "," and not any(toks.brk[j + 1 : k + 2]):
        return k + 2
    return None


_MAX_HOMETOWN = 30  # tokens of a home town's address: "quê xã Hòa Phong, huyện Tây Hòa, tỉnh Phú Yên"


def _past_asides(toks: Tokens, j: int) -> int | None:
    """Past an aside opened at token j (:func:`past_aside`) and the asides and home town that follow
    it: ", sinh năm 1930, quê xã Hòa Phong, huyện Tây Hòa, nguyên Phó Chủ tịch ..."."""
    k = past_aside(toks, j)
    for _ in range(3):
        if k is None or k >= len(toks.k) or toks.k[k - 1] != ",":
            break
        m = _past_hometown(toks, k)
        if m is None:
            m = past_aside(toks, k - 1)
        if m is None:
            break
        k = m
    return k


def _hometown_end(toks: Tokens, k: int) -> tuple[int, str] | None:
    """Where a home town written at token k ends ("quê xã X, huyện Y, tỉnh Z", ``aside_words.tsv``, kind
    hometown), each part after a comma opening with a place word or a place: ``(token after the comma that
    closes it, ",")`` in running text, ``(index of ")", ")")`` inside a parenthesis; None if neither."""
    lex = lexicon()
    n = len(toks.k)
    hit = lex.aside_words.longest(toks, k) if k < n else None
    if not (hit and hit[1] == "hometown"):
        return None
    m = k + hit[0]
    while m < n and m - k < _MAX_HOMETOWN and not toks.brk[m]:
        if toks.k[m] == ")":
            return m, ")"
        if toks.k[m] in (";", ".", "(", ":"):
            return None
        if toks.k[m] == "," and not (m + 1 < n and (lex.place_words.longest(toks, m + 1)
                                                 or lex.places.longest(toks, m + 1))):
            return m + 1, ","
        m += 1
    return None


def _past_hometown(toks: Tokens, k: int) -> int | None:
    """Past "quê xã X, huyện Y, tỉnh Z," written at token k: the token after the comma that closes it."""
    end = _hometown_end(toks, k)
    return end[0] if end is not None and end[1] == "," else None


def _hometown_in_paren(toks: Tokens, k: int) -> int | None:
    """The ")" that closes a home town written at token k inside a parenthesis ("quê quán phường X,
    quận Y, Đà Nẵng)")."""
    end = _hometown_end(toks, k)
    return end[0] if end is not None and end[1] == ")" else None


_MAX_PAREN_LEAD = 10  # tokens from "(" to the ":" that opens the titles in it


_ATTRIBUTIONS = phrase_table("attribution_openers.tsv")


def _reported_subject(toks: Tokens, start: int, j: int, run: list[Title], name_starts: list[int],
                      by_end: dict[int, tuple[int, list[Title]]] | None = None) -> bool:
    """The run after "Theo ông X," (``attribution_openers.tsv``) that a word follows, with no
    comma closing it, is the subject of what X said: "Theo ông Bình, Thủ tướng nhiều lần đề cập
    ..." gives Bình no Thủ tướng post; so after "Đối với trường hợp của X," ("..., Tổng Bí thư
    nhấn mạnh đã khai trừ khỏi Đảng"). A run closed by a mark ("Theo ông X, Giám đốc Sở Y tế, ...")
    or followed by a name is X's or that name's as before. With ``by_end`` (runs by the token after
    them), X may carry titles written before the name: "Theo Trưởng ban Dân nguyện Lê Quang B, Thủ
    tướng sẽ không trả lời ..." gives B no Thủ tướng post either."""
    e = run[-1].end
    if toks.k[j] != "," or e >= len(toks.k) or not toks.word[e] or toks.brk[e] \
            or e in name_starts or toks.k[e] in _HONORIFIC_WORDS:
        return False
    b = start
    while b > 0 and toks.k[b - 1] in _HONORIFIC_WORDS and not toks.brk[b]:
        b -= 1
    if _object_before(toks, b) and _sole_subject_after_titled(toks, run):
        return True  # "Về vụ việc xử lý đối với ông A, Tổng Bí thư gửi lời cảm ơn ..."
    if by_end is not None and b in by_end and not toks.brk[b]:
        if _sole_subject_after_titled(toks, run):
            return True
        b = by_end[b][0]  # "Theo | Trưởng ban Dân nguyện | B,": the titles written before the name
    a = clause_start(toks, b)
    while a < b and toks.k[a] == '"':  # a quotation closed before it: '... thôi cả đại biểu." Đối với ...'
        a += 1
    return _ATTRIBUTIONS.spans(toks, a, b)  # the opener is the clause's first words


def _attributed_to(toks: Tokens, start: int, name_end: int) -> bool:
    """The run at ``start`` is the one a clause opener of ``attribution_openers.tsv`` names as the
    source of what follows, and the name after its comma (ending before token ``name_end``) is the
    subject of the reported clause, a word following it: "Theo Chủ tịch Quốc hội, ông A đã bị cách
    hết các chức vụ" is the speaker's title, not A's, though a comma sets it before A's name
    ("Chủ tịch UBND tỉnh, ông X"). A name set off by a mark names the source: "Theo Giám đốc Sở Y tế,
    ông B, các bệnh viện ..." is B's title."""
    if name_end >= len(toks.k) or toks.brk[name_end] or not toks.word[name_end]:
        return False
    a = clause_start(toks, start)
    return a < start and _ATTRIBUTIONS.spans(toks, a, start)


_OBJECT_MARKS = (phrase_tokens("đối với"), phrase_tokens("của"))  # a name after them is an object


def _object_before(toks: Tokens, b: int) -> bool:
    """The name (its honorific) starting at token b is the object of "đối với" or "của" written right
    before it, in a phrase that ends at the name's comma: "Về vụ việc xử lý đối với ông A, Tổng Bí
    thư gửi lời cảm ơn ..."; so the title after that comma may be the next clause's subject."""
    return any(b >= len(w) and tuple(toks.k[b - len(w) : b]) == w and not toks.brk[b] for w in _OBJECT_MARKS)


def _sole_subject_after_titled(toks: Tokens, run: list[Title]) -> bool:
    """A name that carries its own titles written before it (or is the object of "đối với", "của":
    :func:`_object_before`), then a comma, one title that is a post by itself with no body
    (``roles.tsv`` needs_org "no": Thủ tướng, Tổng Bí thư) and a word with no comma between: the
    title is the subject of the main clause, not a second title of the name.
    "Vui mừng gặp lại Bí thư Khu ủy X Bành A, Thủ tướng nhấn mạnh ...", "Sau khi Quốc hội miễn
    nhiệm Tổng thanh tra Chính phủ B, Thủ tướng sẽ trình ...": the name ends a fronted clause; a
    name titled before it is given a further post after it with the post's body ("Bí thư Tỉnh ủy
    C, Chủ tịch HĐND tỉnh phát biểu"). The caller checked the comma and the word after the run."""
    if len(run) != 1:
        return False
    t = run[0]
    return t.org is None and not t.row.needs_org and not t.abroad and not toks.cap[t.end]


def _apposition_run(toks: Tokens, j: int, runs: dict[int, list[Title]],
                    name_starts: list[int] | None = None) -> int | None:
    """The run after ", " / "(" / " - ", or after an aside (in parentheses, also after "40 tuổi,";
    "ông A, sinh năm 1968, Bí thư ..."). After an aside in parentheses, not a run that a name
    follows in the same item: "A (46 tuổi), Vụ trưởng Vụ X B (47 tuổi)" lists titles before names."""
    if j + 1 in runs:
        return j + 1
    if toks.k[j] in (",", "-", "(") and j + 1 < len(toks.k) and not toks.brk[j + 1]:
        # "bà A - khi đó là Chủ tịch UBND tỉnh -", "ông B, hiện là Giám đốc Sở ...", "ông C (về
        # sau là Phó Thủ tướng ...)": a status word and a linking verb between the mark and the titles
        cue = lexicon().status_cues.longest(toks, j + 1)
        c = j + 1 + cue[0] if cue else j + 1
        link = _link(toks, c) if c < len(toks.k) else None
        if cue and link and c + link[0] in runs:
            return c + link[0]
        if cue and c in runs and toks.k[c - 1] == _LA:  # the cue ends in the verb: "khi đó là"
            return c
    k = _past_asides(toks, j)
    # a rank between the mark and the titles: "ông A - Thiếu tướng, Giám đốc Công an tỉnh"
    base = k if k is not None else (j + 1 if toks.k[j] in (",", "-", "(") else None)
    rank = past_honorific_segment(toks, base) if base is not None and base not in runs else None
    if rank is None and base is not None and base not in runs:
        rank = _past_bare_role(toks, base)  # "ông A, Thẩm phán trung cấp, Chánh án Tòa án ..."
    if rank is None and base is not None and base not in runs:
        rank = _past_grade(toks, base)  # "ông A - Thanh tra viên cao cấp - Cục trưởng Cục X ..."
    if rank is None and base is not None and base not in runs and toks.k[base - 1] == ",":
        rank = past_body_alone(toks, base)  # "ông A, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh ..."
    if rank is None and base is not None and base not in runs and toks.k[base - 1] == ",":
        rank = _past_unread_item(toks, base, name_starts)  # "ông A, phó trưởng Ban đổi mới ..., nguyên Bí thư ..."
    if rank is not None and rank in runs:  # "(Sinh năm 1978), Bác sĩ y khoa, Phó giám đốc ..."
        k = rank
    if k is not None and k in runs:
        if toks.k[j] == "(" and name_starts is not None:
            e = runs[k][-1].end
            x = bisect_left(name_starts, e)
            if x < len(name_starts) and name_starts[x] - e <= 5 and not any(
                    toks.brk[y] or toks.k[y] in (",", ";", ".", "(", ":") or toks.k[y] in _HONORIFIC_WORDS
                    for y in range(e, name_starts[x] + 1)):
                return None  # the rest of the title, then its name
        return k
    if toks.k[j] == "(":
        for k in range(j + 1, min(len(toks.k), j + _MAX_PAREN_LEAD)):
            if toks.k[k] in (")", ".") or toks.brk[k]:
                return None
            if toks.k[k] == "," and k + 1 in runs and (k < j + 6 or _unnamed_lead(toks, j, k, name_starts)):
                return k + 1  # "ông A (khách mời tại Đại hội, Tổng giám đốc Công ty X)": A's title
            if toks.k[k] == ":" and k + 1 in runs:
                return k + 1  # "ông X (bao gồm cả các chức vụ: Bí thư ..., Phó Bí thư ...)"
    return None


def _unnamed_lead(toks: Tokens, j: int, k: int, name_starts: list[int] | None) -> bool:
    """The words between the "(" at token j after a name and the comma at token k name nobody and
    are lower-case words or a capitalised event's name: a longer lead before the titles is the
    person's own capacity ("(khách mời tại Đại hội, Tổng giám đốc ...)"). With a name in it the
    titles are that name's ("(vợ ông B, Giám đốc Sở ...)"); without the names read, nothing."""
    if name_starts is None:
        return False
    x = bisect_left(name_starts, j + 1)
    if x < len(name_starts) and name_starts[x] < k:
        return False
    return not any(toks.k[y] in _HONORIFIC_WORDS or toks.k[y].isdigit() for y in range(j + 1, k))


_TIME_ASIDES = phrase_table("time_asides.tsv")
_MAX_TIME_ASIDE = 6  # lower-case words between the time words and the verb: "thời điểm cấp đất là"


def _time_aside_run(toks: Tokens, j: int, runs: dict[int, list[Title]]) -> int | None:
    """The run in a parenthesis (or a dash) at token j that tells when a title was held (``time_asides.tsv``):
    "(thời điểm cấp đất là Bí thư Đoàn xã)", "(khi làm Phó Chủ tịch UBND tỉnh)", "(lúc đang làm
    Phó Chủ tịch)". The time words, a few lower-case words, then a linking verb (``link_verbs.tsv``)
    right before the run; None otherwise. The titles are held then, not now: the caller gives them
    as former."""
    n = len(toks.k)
    if j + 1 >= n or toks.k[j] not in ("(", "-") or toks.brk[j + 1]:
        return None  # (or after a dash: "ông A - khi đó còn là Phó Giám đốc Sở X, ...")
    hit = _TIME_ASIDES.longest(toks, j + 1)
    if hit is None:
        return None
    k = j + 1 + hit[0]
    last = k + _MAX_TIME_ASIDE
    while k < n and k <= last and not toks.brk[k] and toks.word[k] and not toks.cap[k]:
        link = _link(toks, k)
        if link is not None and k + link[0] in runs:
            return k + link[0]
        k += 1
    return None


def _past_bare_role(toks: Tokens, i: int) -> int | None:
    """The token after ", " that closes a role written at token i with no body, or with only
    lower-case words after it (a grade: "Thẩm phán trung cấp", "Chuyên viên chính"), so that the
    titles after it are still the name's: "ông A, Thẩm phán trung cấp, Chánh án Tòa án nhân dân
    huyện X". None when no such item starts at token i."""
    n = len(toks.k)
    if i >= n or toks.brk[i] or not toks.cap[i] or toks.k[i] not in lexicon().roles.firsts:
        return None
    hit = lexicon().roles.longest(toks, i)
    if not hit:
        return None
    k = i + hit[0]
    while k < n and k - i < 6 and toks.word[k] and not toks.cap[k] and not toks.brk[k]:
        k += 1
    return k + 1 if k + 1 < n and toks.k[k] == "," and not toks.brk[k + 1] else None


_GRADES = phrase_table("grade_words.tsv")
_GRADE_MARKS = frozenset({",", "-"})  # the marks a grade is set off by, the same on both sides


def _past_grade(toks: Tokens, i: int) -> int | None:
    """The token after the mark that closes a civil-service grade written at token i
    (``grade_words.tsv``), when the same mark opened it: "ông A - Thanh tra viên cao cấp - Cục
    trưởng Cục X - Trưởng đoàn thanh tra", "ông B, Kiểm toán viên chính, Vụ trưởng Vụ Y". A grade
    is no post, so the titles after it are still the person's. None when no grade starts at i or
    another mark closes it ("ông A - Thanh tra viên chính, ông B ...": a list of names goes on)."""
    n = len(toks.k)
    if i < 1 or i >= n or toks.k[i - 1] not in _GRADE_MARKS or toks.k[i] not in _GRADES.firsts:
        return None
    hit = _GRADES.longest(toks, i)
    if not hit:
        return None
    k = i + hit[0]
    if k + 1 >= n or toks.k[k] != toks.k[i - 1] or toks.brk[k] or toks.brk[k + 1]:
        return None
    return k + 1


_MAX_UNREAD_ITEM = 10  # tokens of a title whose body is not read: "phó trưởng Ban đổi mới doanh nghiệp"


def _past_unread_item(toks: Tokens, i: int, name_starts: list[int] | None) -> int | None:
    """The token after ", " that closes a title written at token i whose body we do not read (a
    role word, "phó" or "quyền" allowed before it, in either case; then up to a few words and no
    other mark), so that the titles after it are still the name's: "ông A, phó trưởng Ban đổi mới
    doanh nghiệp, nguyên đảng ủy viên, vụ trưởng Vụ X". Such an item is no post of its own (its
    body is unknown), but an apposition goes on after it. Never over another person ("ông A, Thư ký
    đồng chí B, Phó Thủ tướng": the titles after are B's; "ông A, Tổng Giám đốc và ông B, ...") nor
    over "và". None when no such item starts at i (or no name list is given)."""
    n = len(toks.k)
    r = i + 1 if i + 1 < n and toks.k[i] in _DEPUTY_OR_ACTING else i
    roles = lexicon().roles
    if name_starts is None or r >= n or toks.brk[i] or toks.brk[r] or toks.k[r] not in roles.firsts \
            or not roles.longest(toks, r):
        return None
    k = r + 1
    while k < n and k - i < _MAX_UNREAD_ITEM and toks.word[k] and not toks.brk[k]:
        if (toks.k[k] in _HONORIFIC_WORDS and (toks.k[k] != _DONG or toks.k[k + 1 : k + 2] == [_CHI])) \
                or toks.k[k] == _AND:
            return None  # (but "đồng" of "Hội đồng" is no "đồng chí")
        k += 1
    x = bisect_left(name_starts, i)
    if x < len(name_starts) and name_starts[x] < k:
        return None
    return k + 1 if k + 1 < n and toks.k[k] == "," and not toks.brk[k + 1] else None


_DEPUTY_OR_ACTING = frozenset(phrase_tokens("phó quyền"))
_DONG, _CHI = phrase_tokens("đồng chí")


_MOVE_CUES = phrase_table("move_cues.tsv")
_CENTRE = phrase_tokens("trung ương")


_SENT = phrase_tokens("điều")[0]  # "điều ra", "điều về": sent to a post
_BACK = list(phrase_tokens("trở lại"))


def _past_move(toks: Tokens, k: int) -> int | None:
    """The token after a move to a place written at token k, when a linking verb follows it: "ra
    Trung ương làm ...", "về Hà Nội giữ chức ...", "lên tỉnh Lào Cai làm ..." (``move_cues.tsv``).
    The place is Trung ương, a province or city (with or without its level word) or a level word
    alone ("về tỉnh"). None when no such move stands at k."""
    n = len(toks.k)
    sent = toks.k[k] == _SENT and k + 1 < n and not toks.brk[k + 1]
    if sent:
        k += 1  # "được điều ra giữ chức ...": sent out
    hit = _MOVE_CUES.longest(toks, k) if toks.k[k] in _MOVE_CUES.firsts else None
    if not hit or k + hit[0] >= n or toks.brk[k + hit[0]]:
        return None
    p = k + hit[0]
    if (sent or toks.k[k : p] == _BACK) and _link(toks, p):
        # "được điều ra giữ chức ...", "trở lại làm Thứ trưởng ...": sent or back to a post, no place
        # written (not "chuyển lên làm ...", a step of a career told with no place)
        return p
    if tuple(toks.k[p : p + len(_CENTRE)]) == _CENTRE:
        e = p + len(_CENTRE)
    else:
        e = past_written_place(toks, p)
        if e == p and toks.k[p] in _LEVEL_WORDS:
            e = p + 1  # "về tỉnh làm Phó Chủ tịch UBND tỉnh"
    if e == p or e >= n or toks.brk[e]:
        return None
    return e if _link(toks, e) else None


def _paren_close(toks: Tokens, j: int) -> int:
    """The ")" closing a parenthesis still open at token j, when it comes within a few tokens, in
    the same sentence and before another "(": else j."""
    for k in range(j, min(len(toks.k), j + _MAX_ASIDE_PAREN)):
        if toks.brk[k] or toks.k[k] in ("(", ".", ";"):
            return j
        if toks.k[k] == ")":
            return k
    return j


_GIVEN_TO = phrase_tokens("cho")[0]
_MAX_GIVEN_TO = 8  # tokens from "cho" to the name it gives something to


def _given_to(toks: Tokens, start: int) -> bool:
    """The name at ``start`` is the object of "cho" ("giao việc ... cho Thứ trưởng X để nhận nhiệm vụ
    ..."): a purpose clause after it is the sentence subject's, not X's."""
    for k in range(start - 1, max(-1, start - _MAX_GIVEN_TO), -1):
        if toks.brk[k + 1] or toks.k[k] in (",", ";", ".", ":"):
            return False
        if toks.k[k] == _GIVEN_TO:
            return True
    return False


def _linked_run(toks: Tokens, j: int, runs: dict[int, list[Title]], given_to: bool = False) -> int | None:
    """A run reached from the name by a verb: "ông X được bầu giữ chức ...", "ông X trúng cử ...".

    Only auxiliary words, an age or a parenthesis may stand between the name and the verb, so the
    object of another verb ("ông X bỏ phiếu bầu Chủ tịch nước") is not taken for X's post.
    """
    lex = lexicon()
    aside_firsts = lex.aside_words.firsts
    n = len(toks.k)
    k = j
    limit = _MAX_LINK_GAP
    while k < n and k - j < limit:
        if toks.brk[k] and k > j:
            return None
        voters = _voters_end(toks, k + 1) if toks.k[k] == _PASSIVE else None
        if voters is not None:
            limit += voters - k  # "ông X được cử tri tỉnh Y bầu làm ...": not "được cử", the voters are free
            k = voters
            continue
        word = toks.k[k]  # the first-word tests spare the lookups that miss at once (most of them)
        link = _link(toks, k) if word in _LINKS.firsts else None
        if not link:
            cue = lex.status_cues.longest(toks, k) if word in lex.status_cues.firsts else None
            link = cue if cue and cue[1][1] == "clause" else None  # type: ignore[index]
        if link:
            if k + link[0] in runs:
                return k + link[0]
            then = _past_unread_then(toks, k + link[0], runs)
            if then is not None:
                return then  # "giữ chức Bộ trưởng Giáo dục, rồi Phó Chủ tịch nước": the first body unread
            k += link[0]  # "giữ các chức vụ như ...": a longer way of saying it
            d = _past_degrees(toks, k)
            if d is not None and d in runs:
                return d  # "ông là tiến sĩ kinh tế, cử nhân luật, Ủy viên Trung ương Đảng"
            continue
        if word in _EXPULSIONS.firsts and (gone := _expelled_run(toks, k, runs)) is not None:
            return gone  # "ông X bị xoá tư cách nguyên Bộ trưởng Bộ Y"
        moved = _past_move(toks, k) if word == _SENT or word in _MOVE_CUES.firsts else None
        if moved is not None:  # "ông ra Trung ương làm Thứ trưởng ...": past the move and its place
            limit += moved - k
            k = moved
            continue
        if toks.k[k] == "(":
            a = k
            while k < n and toks.k[k] != ")" and not toks.brk[k]:
                k += 1
            k += 1
            limit += k - a  # "ông X (60 tuổi, quê huyện Y, tỉnh Z) nguyên là ...": the aside is free
            continue
        # (past_aside reads nothing unless a bracket opens it or its first word or a number stands at k)
        aside = past_aside(toks, k - 1) if k > 0 and word not in _FILLERS and (
            word in aside_firsts or word.isdigit() or toks.k[k - 1] == "(") else None
        if aside is not None:  # "Ông có học hàm giáo sư, học vị tiến sĩ, là ...", "ông X sinh năm 1960, là ..."
            limit += aside - k
            k = aside
            continue
        if k > j and toks.k[k - 1] == _PASSIVE and toks.k[k] in _HONORIFIC_WORDS:
            m = _past_agent(toks, k, runs)  # "được đồng chí B giới thiệu làm ...": B is the agent
            if m is not None:
                limit += m - k
                k = m
                continue
        owner_end = _unit_owner_end(toks, k) if k == j and toks.k[k] == "," else None
        if owner_end is not None:  # "ông X, Trưởng phòng Tổng hợp, Văn phòng Ban giữ chức ...": the
            limit += owner_end - k  # unit's owner set off by a comma, then the verb
            k = owner_end
            continue
        if toks.k[k] in _FILLERS or toks.k[k].isdigit() or _posting_after_comma(toks, k):
            k += 1  # (", đến nhận công tác tại Ban X, giữ chức ...": the comma before a posting is free)
            continue
        if toks.k[k] == _AND and _NOW_ASIDES.longest(toks, k + 1):
            k += 1  # "bà X - khi đó là A và hiện nay là B": the post held now, after the one held then
            continue
        chosen = _SELECTION.longest(toks, k) if toks.k[k] in _SELECTION.firsts else None
        if chosen:  # "ông X được bầu chọn là Bí thư Tỉnh ủy": the choosing verb, then the link
            k += chosen[0]
            continue
        plan = _PENDING.longest(toks, k) if toks.k[k] in _PENDING.firsts else None
        if plan:  # "ông X (được) dự kiến giới thiệu để bầu giữ chức ...": the plan makes it nominated
            k += plan[0]
            continue
        if k > j and toks.k[k - 1] in (_PASSIVE, _ADVERSE):
            m = _past_agent(toks, k, runs)
            if m is not None:
                limit += m - k  # "ông X được Bộ Chính trị phân công làm ...": the agent is free
                k = m  # (so "ông X bị Trung ương Đảng cách chức ...")
                continue
        pen = _PENALTY.longest(toks, k) if toks.k[k] in _PENALTY.firsts else None
        if pen:
            k += pen[0]  # "kỷ luật ông X bằng hình thức: cảnh cáo và cho thôi giữ chức ..."
            if k < n and (toks.k[k] in (":", ",") or toks.k[k] == _AND) and not toks.brk[k]:
                k += 1
            continue
        dur = _DURATION.longest(toks, k)
        if dur:  # "ông X đã có nhiều năm làm ...", "có 20 năm công tác tại ...; 3 năm làm ..."
            k += dur[0]
            continue
        if toks.k[k] == _PURPOSE and k + 1 < n and not given_to and _link(toks, k + 1):
            k += 1  # "đối với ông X, để nhận nhiệm vụ mới là Phó Bí thư Thành ủy"
            continue
        if k == j and toks.k[k] == _GO and k + 1 < n and not toks.brk[k + 1] and _link(toks, k + 1):
            # "ông X - nguyên Bộ trưởng Y đi làm Bí thư Thành ủy Z": a move with no place written, right
            # after the name or its titles ("được giới thiệu đi làm ..." is only put forward: not read)
            k += 1
            continue
        if toks.k[k] == _PURPOSE:
            m = _past_purpose(toks, k, bare=not given_to)
            if m is None:
                return None
            k = m
            continue
        where = lex.workplace_cues.longest(toks, k) if toks.k[k] in lex.workplace_cues.firsts else None
        if where is None and toks.k[k] in _POSTED_TO.firsts:
            where = _POSTED_TO.longest(toks, k)  # "điều động ông X đến nhận công tác tại Ban Y và giữ chức ..."
        if where:  # "ông X công tác ở Tạp chí Cộng sản và giữ chức ...": past the workplace
            k += where[0]
            body = parse_org(toks, k, "post") if k < n and not toks.brk[k] else None
            if body is not None and body.end < n and _link(toks, body.end):
                limit += body.end - k + where[0]  # "công tác tại Trường X với các chức danh ...": the
                k = body.end  # body, then the words that link the roles to the person
                continue
            m = k
            while m < n and m - k < 12 and not toks.brk[m] and toks.k[m] not in (",", "và", ";", "."):
                m += 1
            if m < n and toks.k[m] in (",", "và", ";") and not toks.brk[m]:
                limit += m + 1 - k + where[0]
                k = m + 1
                continue
            return None
        past = past_term(toks, k)
        if past > k:
            k = past
            continue
        if toks.k[k] not in _JOIN_BODIES.firsts:
            return None  # (where most walks end: both readings below start with "tham gia")
        joined = _past_joined_bodies(toks, k)
        if joined is not None:
            limit += joined - k  # "ông X tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ..."
            k = joined
            continue
        return _joined_seat(toks, k, runs)
    return None


_EXPULSIONS = phrase_table("expulsion_words.tsv")
_POSTED_TO = phrase_table("posting_cues.tsv")  # "đến nhận công tác tại": sent to work in a body, a post there


_POSTING_JOINS = frozenset({",", *phrase_tokens("và")})


def _past_posting(toks: Tokens, j: int) -> int | None:
    """The token after a posting cue (``posting_cues.tsv``) at token j, the body or place it names and the
    join after them ("đến nhận công tác tại Ban Tổ chức Tỉnh ủy và | giữ chức ..."), or the linking verb
    right after the body; None when no such posting stands at j."""
    hit = _POSTED_TO.longest(toks, j)
    n = len(toks.k)
    if hit is None or j + hit[0] >= n or toks.brk[j + hit[0]]:
        return None
    m = j + hit[0]
    body = parse_org(toks, m, "post")
    e = body.end if body is not None else past_written_place(toks, m)
    if e <= m or e >= n or toks.brk[e]:
        return None
    if toks.k[e] in _POSTING_JOINS and e + 1 < n and not toks.brk[e + 1]:
        return e + 1
    return e if _link(toks, e) else None


_MAX_OWNER_WORDS = 4  # capitalised words of an owner the lexicon does not parse: "Văn phòng Ban"


def _unit_owner_end(toks: Tokens, k: int) -> int | None:
    """The end of a body written after the comma at token k when a linking verb follows it at once: the
    owner of the unit of the title before the comma ("Trưởng phòng Tổng hợp, Văn phòng Ban | giữ chức
    ..."); None otherwise."""
    n = len(toks.k)
    if k + 1 >= n or toks.brk[k + 1] or not toks.cap[k + 1] or toks.k[k + 1] not in lexicon().org_index.firsts:
        return None
    body = parse_org(toks, k + 1, "post")
    e = body.end if body is not None else k + 1
    while e < n and e - k <= _MAX_OWNER_WORDS and toks.cap[e] and not toks.brk[e]:
        e += 1  # "Văn phòng Ban": a unit of a body named bare, the capitals the lexicon leaves
    return e if k + 1 < e < n and not toks.brk[e] and _link(toks, e) else None


def _posting_after_comma(toks: Tokens, k: int) -> bool:
    """Token k is a comma, on the same line, right before a posting cue (``posting_cues.tsv``): "điều động
    ông X, Bí thư Tỉnh ủy Y, đến nhận công tác tại Ban Z, giữ chức ...": the comma closes X's own titles
    and the posting goes on with X as its subject."""
    return toks.k[k] == "," and k + 1 < len(toks.k) and not toks.brk[k + 1] \
        and toks.k[k + 1] in _POSTED_TO.firsts and _POSTED_TO.longest(toks, k + 1) is not None


def _expelled_run(toks: Tokens, k: int, runs: dict[int, list[Title]]) -> int | None:
    """The run right after a penalty on a former title (``expulsion_words.tsv``: "bị xoá tư cách | nguyên Bộ
    trưởng Bộ Y") when it opens with "nguyên": the post is former by its prefix, and the penalty ends nothing held.
    Any other run ("xoá tư cách đại biểu ...": a seat held, whose loss is not this word's to read) is not linked."""
    hit = _EXPULSIONS.longest(toks, k)
    if not hit:
        return None
    m = k + hit[0]
    return m if m in runs and not toks.brk[m] and runs[m][0].prefix == "former" else None


def _joined_seat(toks: Tokens, k: int, runs: dict[int, list[Title]]) -> int | None:
    """The run right after "tham gia" (``join_bodies.tsv``) when it opens with a member's seat: "ông
    X thôi tham gia Uỷ viên Ban cán sự đảng Bộ Y" leaves the seat the words name ("thôi" gives the
    status). Only a seat: "tham gia Ban Chấp hành" joins a body with no role written (no post), and
    "tham gia Chủ tịch ..." is no sentence."""
    hit = _JOIN_BODIES.longest(toks, k) if toks.k[k] in _JOIN_BODIES.firsts else None
    if not hit:
        return None
    m = k + hit[0]
    if m not in runs or toks.brk[m] or not _membership(runs[m][0]) or runs[m][0].org is None:
        return None
    return m


_JOIN_BODIES = phrase_table("join_bodies.tsv")
_MAX_JOINED = 4  # bodies joined in one breath: "Ban Chấp hành, Ban Thường vụ Tỉnh ủy"


def _past_joined_bodies(toks: Tokens, k: int) -> int | None:
    """Past "tham gia" and the bodies a person joins (or leaves) as a member (``join_bodies.tsv``),
    each body, with its term, followed by ",", "và" or "để": the token after the last mark ("tham
    gia Ban Chấp hành, Ban Thường vụ và | giữ chức ...", "thôi tham gia Ban Thường vụ Tỉnh ủy nhiệm
    kỳ 2010-2015 để | giữ chức ..."), or None when no body, or no mark after the bodies, follows."""
    n = len(toks.k)
    hit = _JOIN_BODIES.longest(toks, k) if toks.k[k] in _JOIN_BODIES.firsts else None
    if not hit:
        return None
    m = k + hit[0]
    out = None
    for _ in range(_MAX_JOINED):
        body = parse_org(toks, m, "post") if m < n and not toks.brk[m] else None
        if body is None:
            break
        m = past_term(toks, body.end)  # "Ban Thường vụ Tỉnh ủy X nhiệm kỳ 2010-2015 để giữ chức ..."
        if m >= n or toks.brk[m] or toks.k[m] not in (",", _AND, _PURPOSE):
            break
        m = out = m + 1
        if m < n and toks.k[m] == _AND and not toks.brk[m]:
            m = out = m + 1  # ", và giữ chức ..."
    return out


_MAX_UNREAD_ITEM = 8  # tokens of a title whose body is not read: "Bộ trưởng Giáo dục"


def _past_unread_then(toks: Tokens, k: int, runs: dict[int, list[Title]]) -> int | None:
    """The run after a title whose body is not read and a word carrying the career on ("bà giữ
    chức Bộ trưởng Giáo dục, rồi Phó Chủ tịch nước", "được bổ nhiệm làm Phó chủ tịch, rồi Chủ tịch
    Viện X": ``then_words.tsv`` that go alone), else None. The unread item stays unread; the next
    is the subject's as if the first had been read."""
    n = len(toks.k)
    lex = lexicon()
    r = k + 1 if k + 1 < n and toks.k[k] in ("phó", "quyền") else k
    if r >= n or not toks.cap[k] or toks.k[r] not in lex.roles.firsts or not lex.roles.longest(toks, r):
        return None
    for e in range(k + 1, min(n, k + _MAX_UNREAD_ITEM)):
        if toks.brk[e] or toks.k[e] in (".", ";", ":", "(") or e in runs:
            return None
        c = e + 1 if toks.k[e] == "," else e
        hit = _THEN.longest(toks, c) if c < n and toks.k[c] in _THEN.firsts else None
        if hit and hit[1] in _THEN_ALONE and c + hit[0] in runs and not toks.brk[c]:
            return c + hit[0]
    return None


_PENALTY = phrase_table("penalty_words.tsv")
_AND = phrase_tokens("và")[0]
_PASSIVE = phrase_tokens("được")[0]
_ADVERSE = phrase_tokens("bị")[0]  # the passive of what befalls the person: "bị Trung ương Đảng cách chức"
_BARE_AGENTS = phrase_table("bare_agents.tsv")
_MAX_AGENT = 8  # tokens of the agent of "được ... bổ nhiệm": "Thường trực Thành ủy Đà Nẵng"


def _past_agent(toks: Tokens, k: int, runs: dict[int, list[Title]]) -> int | None:
    """Past the agent written between "được" and its verb ("ông X được Bộ Chính trị phân công làm
    ...", "được Thủ tướng bổ nhiệm làm ...", "được HĐND tỉnh bầu giữ chức ..."): the token of the
    verb, or None when no body or title and then a verb follow."""
    n = len(toks.k)
    held = _past_meeting(toks, k) if toks.k[k] in _AGENT_MEETINGS.firsts else None
    if held is not None:
        k = held  # "được hội nghị hiệp thương lần thứ hai của Ủy ban MTTQ tỉnh giới thiệu ...": the body
    m = k
    voters = _voters_end(toks, k)
    if voters is not None:
        return voters
    bare = _BARE_AGENTS.longest(toks, k) if toks.k[k] in _BARE_AGENTS.firsts else None
    if k in runs:
        m = runs[k][-1].end  # a title as the agent: "Thủ tướng", "Chủ tịch nước"
    elif bare is not None:
        m = k + bare[0]  # "được Trung ương điều động giữ chức ...": the Central Committee, written short
    elif toks.k[k] in lexicon().org_index.firsts:
        body = parse_org(toks, k, "top")
        if body is not None:
            m = body.end
    if m == k:
        while m < n and m - k < 2 and toks.k[m] in _HONORIFIC_WORDS and not toks.brk[m]:
            m += 1  # a person as the agent: "được ông B giới thiệu làm ..."
    base = m  # the words after a title or body: its holder's name ("được Chủ tịch UBND tỉnh B bổ nhiệm")
    while m < n and m - base < _MAX_AGENT and (toks.cap[m] or toks.k[m] in _LEVEL_WORDS) and not toks.brk[m]:
        m += 1
    if m == k or m >= n or m - base > _MAX_AGENT or any(toks.brk[k + 1 : m + 1]):
        return None
    assent = _ASSENT.longest(toks, m) if toks.k[m] in _ASSENT.firsts else None
    if assent and not toks.brk[m + assent[0]]:
        m += assent[0]  # "được Ủy ban Trung ương ... nhất trí bầu làm ...": how the agent voted
    pen = _PENALTY.longest(toks, m) if toks.k[m] in _PENALTY.firsts else None
    v = m + pen[0] if pen else m  # "bị Trung ương Đảng kỷ luật cách chức ...": the penalty, then the verb
    cue = lexicon().status_cues.longest(toks, v) if v < n else None
    return m if cue and cue[1][1] == "clause" else None  # type: ignore[index]


_AGENT_MEETINGS = phrase_table("agent_meetings.tsv")
_MEETING_NUMBER = frozenset(phrase_tokens("lần thứ"))
_MAX_MEETING_NUMBER = 3  # "lần thứ hai", "lần 3", "thứ ba"


def _past_meeting(toks: Tokens, k: int) -> int | None:
    """The first token of the body after a meeting written as the agent (``agent_meetings.tsv``),
    its number and "của": "được hội nghị hiệp thương lần thứ hai của Ủy ban MTTQ tỉnh giới thiệu
    ứng cử ...": the committee acts through its meeting. None when no meeting, or no "của" after its
    number, stands at token k (a meeting named by its own words is no agent read here)."""
    hit = _AGENT_MEETINGS.longest(toks, k)
    if hit is None:
        return None
    n = len(toks.k)
    m = k + hit[0]
    end = m + _MAX_MEETING_NUMBER
    while m < min(n, end) and not toks.brk[m] and (toks.k[m] in _MEETING_NUMBER or toks.k[m].isdigit()
                                                  or ordinal_to_int(toks.k[m]) is not None or _roman(toks.t[m])):
        m += 1
    return m + 1 if m + 1 < n and toks.k[m] == _OF and not toks.brk[m] and not toks.brk[m + 1] else None


_VOTERS = (phrase_tokens("cử tri"), phrase_tokens("nhân dân"))
_TRUST = phrase_tokens("tín nhiệm")
_VOTER_PLACE_WORDS = _LEVEL_WORDS | frozenset(phrase_tokens("thị phường trấn"))
_MAX_VOTERS = 28  # "cử tri thị xã Hồng Lĩnh, huyện Vũ Quang, huyện Hương Sơn và huyện Đức Thọ, tỉnh Hà Tĩnh"


def _voters_end(toks: Tokens, k: int) -> int | None:
    """Past the voters as the agent of an election ("ông X được cử tri thị xã A, huyện B và huyện C,
    tỉnh D bầu làm đại biểu Quốc hội ...", "được nhân dân tín nhiệm bầu làm trưởng thôn"): the token
    of the verb, or None when no voters and then an electing verb stand at token k."""
    n = len(toks.k)
    w = next((w for w in _VOTERS if tuple(toks.k[k : k + len(w)]) == w), None)
    if w is None:
        return None
    m = k + len(w)
    while m < n and m - k < _MAX_VOTERS and not toks.brk[m]:
        if tuple(toks.k[m : m + len(_TRUST)]) == _TRUST:
            m += len(_TRUST)  # "được nhân dân tín nhiệm bầu"
        elif toks.cap[m] or toks.k[m] in _VOTER_PLACE_WORDS or toks.k[m] in (",", _AND):
            m += 1  # the places the voters live in
        else:
            break
    if m >= n or toks.brk[m]:
        return None
    cue = lexicon().status_cues.longest(toks, m)
    return m if cue and cue[1] == ("appointed", "clause") else None


_DEGREES = phrase_table("degree_words.tsv")
_RANKS = phrase_table("ranks_before_titles.tsv")  # "là Thiếu tướng, Thành ủy viên, ..."
_MAX_DEGREE = 8  # tokens of a degree and its field: "Thạc sĩ Quản trị kinh doanh"


def _past_degrees(toks: Tokens, k: int) -> int | None:
    """Past degrees and professions written after "là" (``degree_words.tsv``), each with its field
    up to a comma or a semicolon: "tiến sĩ kinh tế, cử nhân luật, " -> the token after the last
    mark; None when none starts at token k."""
    n = len(toks.k)
    out = None
    for _ in range(4):
        rank = _RANKS.longest(toks, k) if k < n else None
        if rank and k + rank[0] < n and toks.k[k + rank[0]] == "," and not toks.brk[k + rank[0]]:
            k = out = k + rank[0] + 1  # "là Thiếu tướng, Thành ủy viên, ...": the rank alone
            continue
        hit = _DEGREES.longest(toks, k) if k < n else None
        if not hit:
            break
        m = k + hit[0]
        while m < n and m - k < _MAX_DEGREE and toks.word[m] and not toks.brk[m]:
            m += 1
        if m >= n or toks.k[m] not in _DEGREE_SEPS or toks.brk[m]:
            break
        k = out = m + 1
    return out


_DEGREE_SEPS = frozenset({",", ";"})  # "thạc sĩ quản lý cộng đồng; cao cấp lý luận chính trị, ủy viên ..."


def _past_purpose(toks: Tokens, k: int, bare: bool = False) -> int | None:
    """Past "để" and the body that will elect or approve ("giới thiệu ông X ... để Quốc hội phê
    chuẩn giữ chức ...", "giới thiệu để HĐND tỉnh bầu giữ chức ...", or no body: "điều động và
    giới thiệu ông X để bầu giữ chức ...", only when ``bare``: not after the object of "cho", "giao
    việc ... cho Thứ trưởng X để nhận nhiệm vụ ...", whose purpose is the subject's): the token of
    the verb, or None when no verb follows."""
    n = len(toks.k)
    m = k + 1
    if m >= n or toks.brk[m]:
        return None
    cue = lexicon().status_cues.longest(toks, m) if toks.k[m] in lexicon().status_cues.firsts else None
    if bare and cue and cue[1][1] == "clause":  # type: ignore[index]
        return m  # "giới thiệu ông X để bầu giữ chức ...": the body that will elect left unsaid
    body = parse_org(toks, m, "top") if toks.k[m] in lexicon().org_index.firsts else None
    if body is not None:
        m = body.end
    while m < n and m - k <= 6 and (toks.cap[m] or toks.k[m] in _LEVEL_WORDS) and not toks.brk[m]:
        m += 1
    if m == k + 1 or m >= n:
        return None
    cue = lexicon().status_cues.longest(toks, m)
    return m if _link(toks, m) or (cue and cue[1][1] == "clause") else None  # type: ignore[index]


_THEN = phrase_table("then_words.tsv")
_RUN_JOINS = frozenset({",", ";", *phrase_tokens("và rồi")})
_MAX_ASIDE_PAREN = 12


_BEFORE_THAT = phrase_tokens("trước khi")


_WHO = phrase_tokens("người")[0]
_RELATIVE_MARKS = frozenset({",", "-", "–"})
_DASHES = frozenset({"-", "–"})
# the words a predicate set off by a dash right after a name opens with ("ông X - được điều động ...")
_ASIDE_VERB_FIRSTS = frozenset(phrase_tokens("được vừa"))


def _relative_clause(toks: Tokens, j: int) -> int | None:
    """The token after "người" when a relative clause opens at token j, right after a name: "ông X,
    người vừa được điều động giữ chức ...", "ông X - người đã bị cách chức ...". The clause is the
    name's own predicate (X is "người", the one who), read by :func:`_linked_run` from there; None
    when no such clause opens at j."""
    n = len(toks.k)
    if j + 2 < n and toks.k[j] in _RELATIVE_MARKS and toks.k[j + 1] == _WHO \
            and not toks.brk[j] and not toks.brk[j + 1] and not toks.brk[j + 2]:
        return j + 2
    if j + 2 < n and toks.k[j] in _DASHES and toks.k[j + 1] in _ASIDE_VERB_FIRSTS \
            and not toks.brk[j] and not toks.brk[j + 1] and not toks.brk[j + 2]:
        return j + 1  # "thay ông X - (vừa) được phân công làm Phó ban ...": the aside is X's predicate
    return None


def _held_before(person: _Person, run: list[Title]) -> None:
    """The titles of ``run`` the person was given as held are former: a later post follows them."""
    mine = {id(t) for t in run}
    person.titles = [(t, "former" if id(t) in mine and st in ("holds", "appointed") else st)
                     for t, st in person.titles]


def _before_that_after(toks: Tokens, k: int) -> int | None:
    """The token after a "trước khi" written at token k, or after the place that ends the body there
    ("Bí thư quận 2 | TPHCM | trước khi trở thành ..."); None when none is."""
    if k >= len(toks.k):
        return None
    # (the word tests first: this is asked at the end of every run; a place begins with a capital)
    x = k if toks.k[k] == _BEFORE_THAT[0] else past_written_place(toks, k) if toks.cap[k] else k
    if x != k or toks.k[k] == _BEFORE_THAT[0]:
        if tuple(toks.k[x : x + len(_BEFORE_THAT)]) == _BEFORE_THAT and not toks.brk[x]:
            return x + len(_BEFORE_THAT)
    return None


def _linked_status(toks: Tokens, a: int, name: int, s: int) -> str | None:
    """Status of a run reached from a name by a verb: the clause's last cue, except that a post held
    before what a fronted "Trước khi ..." clause tells was held before it ("Trước khi được bổ
    nhiệm làm Giám đốc Sở, ông X đã có nhiều năm làm Phó Giám đốc": former)."""
    between = clause_status(toks, name, s)
    if between is not None:
        return between
    m = len(_BEFORE_THAT)
    if any(tuple(toks.k[i : i + m]) == _BEFORE_THAT for i in range(a, max(a, name - m + 1))):
        return "former"
    return clause_status(toks, a, s)


def _first_cue(toks: Tokens, a: int, b: int) -> str | None:
    """Status of the first clause cue in tokens [a, b): in "giới thiệu để HĐND bầu giữ chức", the
    nomination governs; "bầu" is what it is for."""
    cues = lexicon().status_cues
    for i in range(a, b):
        hit = cues.longest(toks, i) if toks.k[i] in cues.firsts else None
        if hit and i + hit[0] <= b and hit[1][1] == "clause":  # type: ignore[index]
            return hit[1][0]  # type: ignore[index]
    return None


def _continued_runs(toks: Tokens, k: int, runs: dict[int, list[Title]],
                    name_starts: set[int] | None = None) -> list[int]:
    """Runs that continue a predicate after the run ending at token k, each introduced by a verb:
    "ông là Bí thư Thành ủy Hà Nội và sau đó giữ chức Chủ tịch Quốc hội", "..., rồi được bầu làm
    ...". A run reached without a verb is not taken (it may open the next person's name), except
    after "rồi" / "sau đó" when no name follows the run (``name_starts`` given): "giữ chức Bí thư
    Quận ủy, rồi Trưởng ban Dân vận Thành ủy"."""
    out: list[int] = []
    n = len(toks.k)
    while k < n and not toks.brk[k]:
        k = past_term(toks, k)
        p = read_period(toks, k) if k < n else None
        if p is not None:
            k += p.length  # "Phó Giám đốc Sở X năm 2010, rồi Giám đốc ..."
        if k < n and toks.k[k] == "(":  # "(8/1999 - 4/2001)"
            e = next((x for x in range(k + 1, min(n, k + _MAX_ASIDE_PAREN)) if toks.k[x] == ")"), None)
            if e is None or any(toks.brk[k + 1 : e + 1]):
                break
            k = e + 1
        if k + 1 < n and toks.k[k] == "," and past_written_place(toks, k + 1) > k + 1:
            k = past_written_place(toks, k + 1)  # "Chủ tịch UBND phường X, quận Y và được trở thành ...": its district
        if k >= n or toks.brk[k]:
            break
        if toks.k[k] in _RUN_JOINS:
            j = k + 1
        elif toks.k[k] in _THEN.firsts and _THEN.longest(toks, k):
            j = k  # "giữ chức Phó Bí thư Đảng ủy sau đó là Bí thư ...": no mark before "sau đó"
        elif toks.k[k] == _PURPOSE and k + 1 < n and _link(toks, k + 1):
            j = k + 1  # "thôi giữ chức Bí thư Tỉnh ủy để giữ chức Phó trưởng Ban ...": the post it is left for
        elif (toks.k[k] == _BEFORE_THAT[0] or toks.cap[k]) and (after := _before_that_after(toks, k)) is not None:
            j = after  # "ông là Bí thư Quận ủy trước khi trở thành Bí thư Tỉnh ủy X": the next post
        else:
            break
        verb = False
        then = False
        limit = 8
        while j < n and j - k < limit and not toks.brk[j] and j not in runs:
            link = _link(toks, j)
            if not link:
                cue = lexicon().status_cues.longest(toks, j)
                link = cue if cue and cue[1][1] == "clause" else None  # type: ignore[index]
            if link:
                verb = True
                j += link[0]
                continue
            hit = _THEN.longest(toks, j)
            if hit:
                then = then or hit[1] in _THEN_ALONE
                j += hit[0]
                continue
            if toks.k[j] == _PURPOSE:
                m = _past_purpose(toks, j, bare=verb)  # "và giới thiệu để hiệp thương cử giữ chức ...": the
                if m is None:  # body that will elect left unsaid, after a verb of the chain itself
                    break
                j = m
                continue
            posted = _past_posting(toks, j) if toks.k[j] in _POSTED_TO.firsts else None
            if posted is not None:  # "thôi giữ chức A, đến nhận công tác tại Ban X, giữ chức B": past the posting
                limit += posted - j
                j = posted
                continue
            joined = _past_joined_bodies(toks, j)
            if joined is not None:  # "..., thôi tham gia Ban Thường vụ Tỉnh ủy X để giữ chức ..."
                limit += joined - j  # the bodies are free
                j = joined
                continue
            if toks.k[j] in _FILLERS or (j == k + 1 and toks.k[k] != _AND and toks.k[j] == _AND):
                j += 1  # "...; và cho thôi giữ chức Ủy viên ..."
                continue
            break
        if j not in runs or toks.brk[j]:
            break
        if not verb and not (then and name_starts is not None and not _names_next(toks, runs[j][-1].end, name_starts)):
            break
        out.append(j)
        k = runs[j][-1].end
    return out


# the words of then_words.tsv that carry a career on by themselves
_THEN_ALONE = frozenset(w for w, alone in read_rows("then_words.tsv", 2) if alone == "yes")


def _names_next(toks: Tokens, e: int, name_starts: set[int]) -> bool:
    """A name follows token e, after honorifics ("..., rồi Bí thư Tỉnh ủy | ông X"): the run
    before it is that name's title."""
    return honorific_start(toks, e) == e and (_skip_honorific_words(toks, e, name_starts) in name_starts)


def _skip_honorific_words(toks: Tokens, j: int, names: Container[int]) -> int:
    """Past the honorific words at token j ("các ông", "đồng chí"), up to the first word of a name
    found (``names``: the names' first tokens): in "ông Ông Văn Thành" the second "Ông" is the
    family name, no honorific."""
    while j < len(toks.k) and toks.k[j] in _HONORIFIC_WORDS and j not in names:
        j += 1
    return j


def past_term(toks: Tokens, k: int) -> int:
    """Past a term or term of office after a title ("khóa XVIII, nhiệm kỳ 2016 - 2021", "(khóa 13)",
    "nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015")."""
    n = len(toks.k)
    start = k
    while k < n and not toks.brk[k]:
        j = k + 1 if toks.k[k] in (",", "(") or (toks.k[k] == _AND and k > start) else k
        if j < n and toks.k[j] == _KHOA and j + 1 < n and (toks.k[j + 1].isdigit() or _roman(toks.t[j + 1])):
            j += 2
        elif j + 1 < n and (toks.k[j], toks.k[j + 1]) == _TERM_OF_OFFICE:
            j += 2
            while j < n and (toks.k[j].isdigit() or toks.k[j] == "-") and not toks.brk[j]:
                j += 1
        elif toks.k[k] == _AND and k > start and j + 2 < n and toks.k[j].isdigit() and toks.k[j + 1] == "-" \
                and toks.k[j + 2].isdigit() and not any(toks.brk[j : j + 3]):
            j += 3  # "nhiệm kỳ 2005 - 2010 và 2010 - 2015": the second term written bare
        else:
            break
        if toks.k[k] == "(" :
            if j < n and toks.k[j] == ")":
                j += 1
            else:
                break
        k = j
    return k if k > start else start


def _coordinated_after(toks: Tokens, hits: list[NameHit], idx: int, hit_person: dict[int, _Person],
                       runs: dict[int, list[Title]]) -> list[_Person]:
    """Persons listed after hit ``idx`` in one coordination, each with its own apposition."""
    out: list[_Person] = []
    n = len(toks.k)
    cur = hits[idx]
    for k in range(idx + 1, len(hits)):
        nxt = hits[k]
        if nxt.how in ("credit", "pronoun") or k not in hit_person:
            break
        j = cur.end
        s = _apposition_run(toks, j, runs) if j < n and toks.k[j] in _APPOSITION else None
        if s is not None:  # "ông A - Thiếu tướng, Giám đốc X; ông B (Chánh Văn phòng)"
            j = runs[s][-1].end
            if j < n and toks.k[j] == ")" and toks.k[cur.end] == "(":
                j += 1
        if not (j < n and toks.k[j] in (",", "và", ";")):
            break  # "của ông A, Thủ tướng B": B's title is written before B, not a list
        j += 1
        if not _reaches(toks, j, nxt.start):
            break
        out.append(hit_person[k])
        cur = nxt
    return out


_WITH = phrase_tokens("với")[0]
_MAX_WITH_CLAUSE = 25  # tokens of the clause after a name before the "; với ông B" that continues it


def _with_after(toks: Tokens, hits: list[NameHit], idx: int, hit_person: dict[int, _Person]) -> list[_Person]:
    """Persons added to a title given "đối với ông A" by further clauses of the same sentence
    that open with "với": "miễn nhiệm chức Phó Chủ tịch UBND thành phố đối với ông A, để nhận
    nhiệm vụ mới ...; với ông B để nhận nhiệm vụ mới ..." (B leaves the same post)."""
    out: list[_Person] = []
    n = len(toks.k)
    starts = {h.start: k for k, h in enumerate(hits) if k in hit_person and h.how not in ("credit", "pronoun")}
    j = hits[idx].end
    while j < n:
        k = j
        while k < n and k - j < _MAX_WITH_CLAUSE and toks.k[k] not in (";", ".") and not toks.brk[k]:
            k += 1
        if k + 1 >= n or toks.k[k] != ";" or toks.k[k + 1] != _WITH or toks.brk[k + 1]:
            break
        m = _skip_honorific_words(toks, k + 2, starts)
        if m not in starts:
            break
        out.append(hit_person[starts[m]])
        j = hits[starts[m]].end
    return out


_GROUP_OPEN = frozenset({":", ";"})
_GROUP_CLOSE = frozenset({";", "."})


def _group_before(toks: Tokens, hits: list[NameHit], idx: int, hit_person: dict[int, _Person],
                  end: int) -> list[_Person]:
    """The names written before hit ``idx`` in one group of a list after a colon, when the group's
    one title follows its last name and closes it: "các đồng chí: A, B, nguyên Tổng Bí thư; C, Chủ
    tịch nước" gives the title to A and B. Only names joined by commas alone, opened by ":" or ";"."""
    n = len(toks.k)
    if not (end >= n or toks.brk[end] or toks.k[end] in _GROUP_CLOSE):
        return []
    out: list[_Person] = []
    cur = hits[idx]
    for k in range(idx - 1, -1, -1):
        prev = hits[k]
        if k not in hit_person or prev.how in ("credit", "pronoun") or prev.short:
            break
        j = prev.end
        if not (j < n and toks.k[j] == "," and not toks.brk[j]):
            break
        j += 1
        if not _reaches(toks, j, cur.start):
            break
        out.append(hit_person[k])
        cur = prev
    if not out:
        return []
    b = cur.start
    while b > 0 and toks.k[b - 1] in _HONORIFIC_WORDS and not toks.brk[b]:
        b -= 1
    return out if b > 0 and toks.k[b - 1] in _GROUP_OPEN and not toks.brk[b] else []


def _past_dashed_titles(toks: Tokens, j: int, runs: dict[int, list[Title]], stop: int) -> int | None:
    """The mark that ends a name's titles set off by a dash at token j, before ``stop``: the ","
    or "và" after the titles, their term and the closing dash ("ông A - Chủ tịch UBND tỉnh khóa
    XV -, ông B ..." / "ông A - hiện là Uỷ viên Trung ương Đảng, ông B ..."); None when no run
    follows the dash or another word stands before the mark."""
    s = _apposition_run(toks, j, runs)
    if s is None or s >= stop:
        return None
    e = past_term(toks, runs[s][-1].end)
    if e < stop and toks.k[e] in _DASHES and not toks.brk[e]:
        e += 1
        if e < stop and toks.k[e] == "," and e + 1 < stop and toks.k[e + 1] == _AND and not toks.brk[e + 1]:
            e += 1  # "- Chủ tịch HĐND thành phố -, và bà C"
    elif e < stop and toks.k[e] == "," and e + 1 < stop and toks.k[e + 1] == _AND and not toks.brk[e + 1]:
        e += 1  # "- Uỷ viên Trung ương Đảng, Chủ tịch UBND thành phố, và bà C"
    if e >= stop or toks.brk[e]:
        return None
    return e


def _past_short_paren(toks: Tokens, e: int, stop: int) -> int:
    """Past a short parenthesis at token e that closes a listed name's titles before ``stop`` (the
    next name): a vote count or a "former" mark written after the titles, "ông A, Giám đốc Sở X
    (50/52 phiếu) và bà B, ...", "đồng chí A, Phó Chủ tịch HĐND tỉnh Y (cũ) và B, ...". e itself
    when no such parenthesis stands there."""
    if e + 1 < stop and toks.k[e] == "(" and not toks.brk[e]:
        c = _paren_close(toks, e + 1)
        if c > e + 1 and c < stop and toks.k[c] == ")":
            return c + 1
    return e


def _coordinated(toks: Tokens, hits: list[NameHit], idx: int, hit_person: dict[int, _Person],
                 runs: dict[int, list[Title]] | None = None) -> list[_Person]:
    """Persons listed before hit ``idx`` in one coordination ("các ông A (...), ông B (...)"); with
    ``runs``, also past each one's titles set off by a comma before "và" ("Ông A, Chủ tịch UBND và
    ông B, Phó trưởng đoàn ĐBQH được bầu làm Phó bí thư": A is elected too)."""
    out: list[_Person] = []
    cur = hits[idx]
    listed = False  # a "và" after a titled name read: the list may go on back over commas
    for k in range(idx - 1, -1, -1):
        prev = hits[k]
        if prev.how in ("credit", "pronoun") or k not in hit_person:
            break
        # between prev and cur: its parenthesis, then "," or "và", then an honorific
        j = prev.end
        if j < len(toks.k) and toks.k[j] == "(":
            while j < cur.start and toks.k[j] != ")":
                j += 1
            j += 1
        elif runs is not None and j + 1 < cur.start and toks.k[j] == "," and j + 1 in runs and not toks.brk[j + 1]:
            e = _past_short_paren(toks, past_term(toks, runs[j + 1][-1].end), cur.start)
            if e + 1 < cur.start and toks.k[e] == "," and toks.k[e + 1] == _AND and not toks.brk[e + 1]:
                e += 1  # a comma before "và" too: "ông A, Trưởng ban X, và bà B, ..."
            if e < cur.start and (toks.k[e] == _AND or (toks.k[e] == "," and listed)) and not toks.brk[e]:
                # "ông A, Chủ tịch UBND | và ông B": before "và", the list's last join; before a comma
                # only once "và" has closed the list ("ông A, X, ông B, Y và ông C, Z được bầu ...")
                j = e
                listed = True
        elif runs is not None and toks.k[j] in _DASHES and not toks.brk[j]:
            e = _past_dashed_titles(toks, j, runs, cur.start)
            if e is not None and (toks.k[e] == _AND or (toks.k[e] == "," and listed)):
                j = e  # "ông A - Chủ tịch UBND tỉnh - và ông B - Trưởng ban ... - được bầu là ..."
                listed = True
        if j < cur.start and toks.k[j] in (",", "và"):
            j += 1
        if not _reaches(toks, j, cur.start):
            break
        out.append(hit_person[k])
        cur = prev
    return out


# --------------------------------------------------------------------------------------------
# Persons


def _persons(toks: Tokens, hits: list[NameHit]) -> tuple[list[_Person], dict[int, _Person]]:
    """Group name hits into persons; resolve short references and pronouns."""
    persons: list[_Person] = []
    by_key: dict[tuple[str, ...], _Person] = {}
    hit_person: dict[int, _Person] = {}
    full = [(i, h) for i, h in enumerate(hits) if not h.short and h.how != "pronoun"]
    # "Nguyễn Thiện Nhân Nhãn ...": a capital after a name seen elsewhere starts the next words
    keys = {tuple(toks.k[h.start : h.end]) for _, h in full}
    for _, h in full:
        while h.end - h.start >= 4 and tuple(toks.k[h.start : h.end - 1]) in keys:
            h.end -= 1
    # longest names first, so shorter runs can join them
    for i, h in sorted(full, key=lambda x: -(x[1].end - x[1].start)):
        keys = tuple(toks.k[h.start : h.end])
        folded = tuple(map(foreign_fold, keys))  # "Hernández" and "Hernandez" in one report: one person
        p = by_key.get(keys) or by_key.get(folded) or _part_of(keys, persons, toks, h)
        if p is None:
            span = Span(toks.s[h.start], toks.e[h.end - 1])
            pm = PersonMention(span=span, name=_display(toks, h.start, h.end), gender=h.gender)
            p = _Person(pm, keys)
            persons.append(p)
        by_key[keys] = p
        by_key.setdefault(folded, p)
        hit_person[i] = p
    for i, h in sorted(full, key=lambda x: x[1].start):
        p = hit_person[i]
        p.starts.append(h.start)
        p.mention.spans.append(Span(toks.s[h.start], toks.e[h.end - 1]))
        if h.how != "credit":
            p.only_credit = False
        if h.gender and not p.mention.gender:
            p.mention.gender = h.gender
    for p in persons:
        p.mention.credit = p.only_credit
    return persons, hit_person


def _resolve_shorts(toks: Tokens, hits: list[NameHit], persons: list[_Person],
                    hit_person: dict[int, _Person], runs: dict[int, list[Title]]) -> None:
    """Short references and pronouns, in text order, after full names have their titles."""
    for i, h in enumerate(hits):
        if not (h.short or h.how == "pronoun"):
            continue
        listed = _after_name_list(toks, i, hits) if h.how == "pronoun" else None
        p = _resolve_short(toks, h, persons, runs) if listed is None \
            else _listed_subject(toks, listed, hits, hit_person)
        if p is None:
            continue
        hit_person[i] = p
        p.starts.append(h.start)
        p.mention.spans.append(Span(toks.s[h.start], toks.e[h.end - 1]))


def _qualified_repeats(toks: Tokens, persons: list[_Person]) -> None:
    """A counted list heading's role given to an item whose own title is that role with a qualifier,
    of the heading's body (the same body mention: :func:`_heading_qualified`): "4 Phó Bí thư là ông
    A - ..., Phó Bí thư Thường trực; ...": A holds one post, the Phó Bí thư Thường trực, not a Phó Bí
    thư besides. Only the heading's title (a count or plural word before it): "Phó Chủ tịch rồi Phó
    Chủ tịch thường trực UBND thành phố" are two steps of a career."""
    for p in persons:
        fuller = {(t.row.english, t.deputy, id(t.org)) for t, _ in p.titles if t.qualifier and t.org is not None}
        if fuller:
            p.titles = [(t, st) for t, st in p.titles
                        if t.qualifier or t.org is None or t.start == 0 or not plural_word(toks.k[t.start - 1])
                        or (t.row.english, t.deputy, id(t.org)) not in fuller]


def _shared_noun_deputies(persons: list[_Person]) -> None:
    """A deputy written with the body's noun shared ("tân Phó Ban Tuyên giáo Trung ương X", labelled
    "Phó") is the post the same person holds written in full elsewhere in the report ("giữ chức Phó
    Trưởng Ban Tuyên giáo Trung ương"): one post, under the full title's label, not a "Phó" of the
    same body besides. Only the same body and two rows of one post (:func:`same_post`), the full
    one without a qualifier the shared one lacks."""
    for p in persons:
        full = {(t.org.name, t.row.english, t.row.deputy_en): t for t, _ in p.titles
                if t.deputy and t.org is not None and not t.row.deputy_only and t.qualifier is None}
        if not full:
            continue
        for t, _ in p.titles:
            if not (t.deputy and t.row.deputy_only and t.org is not None and t.qualifier is None):
                continue
            other = full.get((t.org.name, t.row.english, t.row.deputy_en))
            if other is not None and same_post(t.row, other.row):
                t.role, t.row = other.role, other.row


@cache
def _state_head_rows() -> dict[int, RoleRow]:
    """``state_head_roles.tsv``: id of the row of a role written before a country -> the row of the
    state post it names (rows of ``roles.tsv``; a phrase it lacks is left out)."""
    out: dict[int, RoleRow] = {}
    for written, state in read_rows("state_head_roles.tsv", 2):
        a, b = role_row(written), role_row(state)
        if a is not None and b is not None:
            out[id(a)] = b
    return out


def _state_heads_named_twice(persons: list[_Person]) -> None:
    """The head of a state written with a role and no body ("Tổng Bí thư, Chủ tịch Trung Quốc X": the
    country between role and name is no body) holds the state post the report also gives the same
    person ("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa X"): one post under the state post's label,
    not a "Chủ tịch" without a body besides (``state_head_roles.tsv``). Only when the same person
    holds that post without a body, as deputy or not alike; "Chủ tịch Lào X" alone keeps the label
    it is written with, and a role written with a level for its body ("chủ tịch xã") is another."""
    rows = _state_head_rows()
    if not rows:
        return
    for p in persons:
        for t, _ in p.titles:
            state = rows.get(id(t.row)) if t.org is None and t.level is None and not t.bare else None
            if state is None:
                continue
            held = next((u for u, _ in p.titles
                         if u.row is state and u.org is None and u.deputy == t.deputy), None)
            if held is not None:
                t.role, t.row = held.role, held.row


def _finish(persons: list[_Person]) -> None:
    for p in persons:
        p.mention.spans.sort()
        p.mention.span = p.mention.spans[0] if p.mention.spans else p.mention.span
    persons.sort(key=lambda p: p.mention.span.start)


def _drop_guessed_repeats(persons: list[_Person], guessed: set[int]) -> None:
    """A role written alone whose body was guessed from the context (``guessed``: ids of those
    titles) is the post the person holds with a body written out, when the report gives the person
    that role elsewhere: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng ... Bộ trưởng Mai
    Tiến Dũng" is not the minister of the ministry the sentence before names; nor is "Bộ trưởng B"
    the minister of Công an because the list before it ended with "Bộ trưởng Công an A"."""
    if not guessed:
        return
    for p in persons:
        written = {(t.role.casefold(), t.deputy) for t, _ in p.titles if t.org is not None and id(t) not in guessed}
        p.titles = [(t, st) for t, st in p.titles
                    if id(t) not in guessed or (t.role.casefold(), t.deputy) not in written]


def _part_of(keys: tuple[str, ...], persons: list[_Person], toks: Tokens, h: NameHit) -> _Person | None:
    """A longer name of which ``keys`` is the beginning or the end (same person, written shorter)."""
    if len(keys) < 2:
        return None
    keys = tuple(map(foreign_fold, keys))  # a foreign name's words compare without Latin accents
    cands = [p for p in persons if len(p.keys) > len(keys)
             and (tuple(map(foreign_fold, p.keys[: len(keys)])) == keys
                  or tuple(map(foreign_fold, p.keys[-len(keys):])) == keys)]
    return cands[0] if len(cands) == 1 else None


_MAX_FRONTED = 16  # tokens of a fronted time adverbial before a clause's subject: "Ngày 12/11/2008,"
_SUBJECT_LOOKBACK = 4  # sentences a pronoun's subject may lie back, over sentences naming nobody


def _opens_clause(toks: Tokens, first: int, s: int, named: bool = False) -> bool:
    """The mention at token s is the subject of the sentence starting at ``first``: it opens the
    sentence (after "ông", "bà", a rank) or follows a fronted time adverbial ("Từ năm 1994 ông
    ...", "Ngày 5/2/2004, ông ...", "Giai đoạn 1996-2000, ông ..."), a congress or a term named by
    its number being a time too ("Tại Đại hội XII, ông ...", "Tại Đại hội đại biểu toàn quốc lần
    thứ IX của Đảng, ông ..."). A name (``named``, not a pronoun) may also follow a sentence
    connective (:func:`_after_connective`: "Theo đó, ông A, Bộ trưởng, được ...")."""
    b = honorific_start(toks, s)
    if b == first or (named and _after_connective(toks, first, b)):
        return True
    if b - first > _MAX_FRONTED or any(toks.brk[first + 1 : b + 1]):
        return False
    return any(toks.k[x].isdigit() or _roman(toks.t[x]) for x in range(first, b)) and toks.k[b - 1] not in (";", ":")


_CONNECTIVES = phrase_table("sentence_connectives.tsv")


def _after_connective(toks: Tokens, first: int, b: int) -> bool:
    """The words from the sentence's start ``first`` to the comma right before token b are an opener
    of ``sentence_connectives.tsv`` ("Theo đó, | ông A, Giám đốc, được bổ nhiệm ..."): it ties the
    sentence to the one before and names no one, so the name at b is the sentence's subject."""
    return b - first >= 2 and toks.k[b - 1] == "," and not toks.brk[b] and _CONNECTIVES.spans(toks, first, b - 1)


def _previous_subject(toks: Tokens, at: int, cands: list[_Person]) -> _Person | None:
    """The subject of the paragraph a pronoun that is its sentence's subject continues.

    In "Ông A, quê X, là con của nguyên Chủ tịch B. Ông từng giữ các chức vụ ...", "Ông" is A, not
    B, the name written last. A biography goes on sentence after sentence with a pronoun subject,
    often behind a date ("Ngày 4/6/2012, ông ... thay ông C. Đến ngày 13/2/2015, ông được bổ nhiệm
    ..."): the pronoun continues the subject of the sentence before it (itself maybe a pronoun
    already resolved, whose position is among its person's ``starts``), looking back over sentences
    that name nobody. A pronoun after a fronted capacity clause ("Trên cương vị người đứng đầu ngành,
    đồng chí đã ...": names.after_capacity_clause) is its sentence's subject too: the clause names a
    post, not a person, so the biography's subject goes on (not a predecessor the sentence before
    names in "thay ông B"). None when the pronoun is not its sentence's subject or the sentence before
    names someone only away from its subject."""
    first = sentence_start(toks, at)
    if first == 0 or not (_opens_clause(toks, first, at) or _after_fronted_capacity(toks, first, at)):
        return None
    if any(first <= s < at for p in cands for s in p.starts):
        return None
    dated = honorific_start(toks, at) != first  # "Từ năm 1988, ông làm ...": a chronicle goes on
    sent = first
    for _ in range(_SUBJECT_LOOKBACK):
        prev = sentence_start(toks, sent - 1)
        opening = [(min(s for s in p.starts if prev <= s < sent), p) for p in cands
                   if any(prev <= s < sent for s in p.starts)]
        if opening:
            s, p = min(opening, key=lambda x: x[0])
            if _opens_clause(toks, prev, s):
                return p
            if not dated:
                return None
            # a dated step of a biography continues its subject over a sentence that names
            # someone only inside its titles ("... giám đốc Nông trường Phạm Văn Hai, ...")
        if prev == 0:
            return None
        sent = prev
    return None


def _after_fronted_capacity(toks: Tokens, first: int, at: int) -> bool:
    """The pronoun at token ``at`` follows the comma closing a capacity clause that opens its sentence
    (``capacity_openers.tsv``: "Trên cương vị Bộ trưởng, ông ..."): the sentence's subject."""
    b = honorific_start(toks, at)
    return b > first and after_capacity_clause(toks, b) and toks.k[first] in _capacity_firsts()


@cache
def _capacity_firsts() -> frozenset[str]:
    """The first words of ``capacity_openers.tsv``'s phrases: where a fronted capacity clause begins."""
    return frozenset(phrase_tokens(row)[0] for (row,) in read_rows("capacity_openers.tsv", 1))


def _last_named_alone(toks: Tokens, at: int, cands: list[_Person]) -> _Person | None:
    """The person a pronoun after a dated heading ("Từ tháng 2/2003 đến tháng 5/2007: Ông là ...")
    stands for: the one person of its gender named in the nearest sentence before it that names
    any (a step before, itself a pronoun already resolved, counts); None when that sentence names
    two, or none lies within the look-back, as a chronicle under a heading naming two persons
    cannot tell whose it is."""
    sent = sentence_start(toks, at)
    for _ in range(_SUBJECT_LOOKBACK):
        if sent == 0:
            return None
        prev = sentence_start(toks, sent - 1)
        named = {id(p): p for p in cands if any(prev <= s < sent for s in p.starts)}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
        sent = prev
    return None


_LIST_CLOSERS = frozenset({",", "…", "."})  # between a list's last name and a pronoun after it: "C…, ông"


def _after_name_list(toks: Tokens, i: int, hits: list[NameHit]) -> int | None:
    """Where the list starts (the index of its first name hit) when pronoun hit ``i`` comes right after a
    list of two or more full names in its own sentence, behind a comma ("cùng các đồng chí: A, B, C…,
    đồng chí được phân công là ..."); None otherwise.

    The list is the object of the clause before ("hoạt động cùng các đồng chí ..."): the pronoun after it
    opens a new clause about the sentence's subject, not about the list's last name."""
    h = hits[i]
    k = h.start
    if k == 0 or toks.k[k - 1] != "," or toks.brk[k]:
        return None
    while k > 0 and toks.k[k - 1] in _LIST_CLOSERS and not toks.brk[k]:
        k -= 1
    first = sentence_start(toks, h.start)
    names = 0
    x = i - 1
    while x >= 0 and hits[x].how not in ("pronoun", "credit") and hits[x].end == k and hits[x].start >= first:
        names += 1
        k = honorific_start(toks, hits[x].start)
        if k == 0 or toks.k[k - 1] != "," or toks.brk[k]:
            break
        k -= 1
        x -= 1
    return x + (0 if x < 0 or hits[x].end != k else 1) if names >= 2 else None


def _listed_subject(toks: Tokens, start: int, hits: list[NameHit], hit_person: dict[int, _Person]) -> _Person | None:
    """The subject of the clause before a list of names (whose first hit is ``start``): the person of
    the first name or pronoun of the sentence, written before the list ("Tại nhà tù, đồng chí hoạt
    động cùng các đồng chí: A, B…, đồng chí được ..."); None when the sentence names no one before it."""
    first = sentence_start(toks, hits[start].start)
    for x in range(start):
        if hits[x].start >= first and x in hit_person:
            return hit_person[x]
    return None


def _resolve_short(toks: Tokens, h: NameHit, persons: list[_Person],
                   runs: dict[int, list[Title]] | None = None) -> _Person | None:
    """The person a short reference ("đồng chí Dũng") or a pronoun ("Ông là ...") points to."""
    if h.how == "pronoun":
        before = [(max(s for s in p.starts if s < h.start), p) for p in persons
                  if not p.only_credit and any(s < h.start for s in p.starts)]
        if h.gender:
            before = [x for x in before if x[1].mention.gender in (None, h.gender)]
        if h.start > 0 and toks.k[h.start - 1] == ":":
            return _last_named_alone(toks, h.start, [p for _, p in before])
        subject = _previous_subject(toks, h.start, [p for _, p in before])
        if subject is not None:
            return subject
        return max(before, key=lambda x: x[0])[1] if before else None
    given = toks.k[h.start]
    cands = [p for p in persons if p.keys[-1] == given and not p.only_credit]
    if not cands:
        return None
    if len(cands) > 1 and runs is not None and h.end + 1 in runs:
        # a title written with the short name ("đồng chí Dũng, Phó Bí thư ...") picks the person
        said = {(compact(t.role), compact(t.org.name) if t.org else "") for t in runs[h.end + 1]}
        agree = [p for p in cands
                 if said & {(compact(t.role), compact(t.org.name) if t.org else "") for t, _ in p.titles}]
        if len(agree) == 1:
            return agree[0]
    preceding = [(max(s for s in p.starts if s < h.start), p) for p in cands
                 if any(s < h.start for s in p.starts)]
    if preceding:
        return max(preceding, key=lambda x: x[0])[1]
    return min(cands, key=lambda p: min(p.starts) if p.starts else 1 << 30)


# --------------------------------------------------------------------------------------------
# Posts


# words making an act written after them not yet done (undone_acts.tsv): the steps still to come that
# status.clause_status reads in the stretch before the act (reach stretch: "sẽ được", "sẽ họp") and a condition or
# plan (reach clause: "nếu", "dự kiến"), both looked for here in the whole clause
_PENDING = phrase_index(undone_words("stretch", "clause"))
_SELECTION = phrase_table("selection_verbs.tsv")  # "được bầu chọn là ...", "được lựa chọn làm ..."
_DONE = frozenset(phrase_tokens("đã vừa đang"))  # "... sẽ phê chuẩn X thay ông Y đã làm Bí thư": done


def _status_verb(toks: Tokens, pm: PostMention, a: int, k: int) -> int | None:
    """Where the last status cue of tokens [a, k) that gives the post its status starts."""
    cues = lexicon().status_cues
    verb = None
    i = a
    while i < k:
        hit = cues.longest(toks, i) if toks.k[i] in cues.firsts else None
        if hit:
            if hit[1][0] == pm.status and i + hit[0] <= k:  # type: ignore[index]
                verb = i
            i += hit[0]
            continue
        i += 1
    return verb


_PUT_FORWARD = phrase_index(undone_words("put_forward"))  # "giới thiệu để": the appointment after it is to come


def _pending(toks: Tokens, posts: list[PostMention]) -> None:
    """An appointment or removal whose verb follows a condition or a plan in the same clause is
    not done: "nếu ông X được Quốc hội bầu làm Chủ tịch nước" (nominated), "xin ý kiến Bộ Chính trị
    ... trong đó có việc miễn nhiệm chức danh Chủ tịch HĐND với ông X" (still held). The verb is
    the last status cue before the title that gives the post its status (``undone_acts.tsv``, reach
    clause, and its steps to come, reach stretch, which status.clause_status reads in a shorter stretch); a
    word of a thing done between that verb and the title starts another predicate ("Quốc hội sẽ
    phê chuẩn Bộ trưởng thay ông Y đã làm Bí thư Thành ủy": Y's post is his)."""
    marks = [x for x in toks.where(_PENDING.firsts) if _PENDING.longest(toks, x)] \
        + [x for x in toks.where(_PUT_FORWARD.firsts) if _PUT_FORWARD.longest(toks, x)]
    for pm in posts:
        if pm.status not in UNDONE or not marks:
            continue
        k = bisect_left(toks.s, pm.span.start)
        a = clause_start(toks, k)
        verb = _status_verb(toks, pm, a, k)
        if verb is not None and any(a <= x < verb for x in marks) and not _DONE.intersection(toks.k[verb:k]):
            pm.status = UNDONE[pm.status]


_ROTATION_WORDS = {w: kind for w, kind in read_rows("rotation_cues.tsv", 2)}
_ROTATIONS = phrase_index(w for w, kind in _ROTATION_WORDS.items() if kind == "rotation")
_NOW_WORDS = phrase_index(w for w, kind in _ROTATION_WORDS.items() if kind in ("now", "just"))
_MAX_ROTATION_PAREN = 40  # tokens from "(" to ")" around "Phó Tổng cục trưởng ..., luân chuyển làm ..."
_MAX_NOW_ITEM = 25  # tokens after ")" of what the person is now: ", hiện đang giữ chức Bí thư Tỉnh ủy X;"


def _rotations(toks: Tokens, posts: list[PostMention]) -> None:
    """"Ông X (Thứ trưởng Bộ Y, luân chuyển làm Phó Bí thư Tỉnh ủy Z), hiện giữ chức Bí thư Tỉnh ủy
    Z": a rotation of years before (``rotation_cues.tsv``) told in the parenthesis after a name, then
    what the person is now. The post rotated to is held no more: former (the cue's verb had made it
    "appointed"). The post rotated from is former too when a post is written after "hiện"; with no
    post after "hiện" ("hiện quay về vị trí công tác cũ": back in it) it stays as read. Either is
    held when it is the post written after "hiện" ("..., hiện tiếp tục giữ chức Phó Tổng Thanh tra
    Chính phủ"; "(..., luân chuyển làm Phó Bí thư Tỉnh ủy X), hiện giữ chức Phó Bí thư Thường trực
    Tỉnh ủy X")."""
    n = len(toks.k)
    roles = lexicon().roles
    for x in toks.where(_ROTATIONS.firsts):
        if not _ROTATIONS.longest(toks, x):
            continue
        a = next((y for y in range(x - 1, max(-1, x - _MAX_ROTATION_PAREN), -1)
                  if toks.k[y] in ("(", ")") or toks.brk[y + 1]), None)
        b = next((y for y in range(x + 1, min(n, x + _MAX_ROTATION_PAREN))
                  if toks.k[y] in ("(", ")") or toks.brk[y]), None)
        if a is None or b is None or toks.k[a] != "(" or toks.k[b] != ")" or toks.brk[a + 1] or toks.brk[b] \
                or b + 2 >= n or toks.k[b + 1] != "," or toks.brk[b + 2]:
            continue
        now_word = _NOW_WORDS.longest(toks, b + 2)
        if now_word is None:
            continue
        e = next((y for y in range(b + 2, min(n, b + _MAX_NOW_ITEM))
                  if toks.brk[y] or toks.k[y] in (";", ".", "(")), min(n, b + _MAX_NOW_ITEM))
        y = next((y for y in range(b + 2, e) if toks.k[y] in roles.firsts
                  and (hit := roles.longest(toks, y)) is not None
                  and isinstance(hit[1], RoleRow) and not hit[1].deputy_only), None)  # (not "ban" of "Ủy ban")
        if y is not None and toks.k[y - 1] in _DEPUTY_OR_ACTING:
            y -= 1  # the title held now starts at its "Phó"
        held_now = _ROTATION_WORDS[now_word[1]] == "now"
        for pm in posts:
            if held_now and pm.status == "appointed" and toks.s[b] < pm.span.start < toks.e[e - 1] \
                    and y is not None and _same_post_written(toks, pm, y, e):
                pm.status = "holds"  # "hiện tiếp tục giữ chức X": held now, not given in the report's event
            if not toks.s[a] < pm.span.start < toks.s[b]:
                continue
            if y is not None and _same_post_written(toks, pm, y, e):
                pm.status = "holds"  # the post held now is the one rotated from, or to
                continue
            if pm.span.start > toks.s[x] or y is not None:
                pm.status = "former"


def _same_post_written(toks: Tokens, pm: PostMention, y: int, e: int) -> bool:
    """The words of the post ``pm`` as written are those of the title written from token y (up to
    e), in order, from its first word on, a qualifier allowed between them: "Phó Tổng Thanh tra
    Chính phủ" again, "Phó bí thư Tỉnh ủy X" in "Phó bí thư thường trực Tỉnh ủy X"; not "Bí thư
    Tỉnh ủy X" in "Phó Bí thư Tỉnh ủy X" (another first word)."""
    words = toks.k[bisect_left(toks.s, pm.span.start) : bisect_left(toks.s, pm.span.end)]
    if not words or words[0] != toks.k[y]:
        return False
    rest = iter(toks.k[y:e])
    return all(w in rest for w in words)


_BEFORE_THEN = phrase_tokens("trước đó")
_DAY_WORDS = frozenset(phrase_tokens("ngày hôm sáng trưa chiều tối đêm"))


def _told_before(toks: Tokens, posts: list[PostMention]) -> None:
    """A removal the writer places before the report's own event with a day ("Trước đó ngày 6/10,
    Ban Chấp hành Trung ương đã cách chức Bí thư Thành ủy ... đối với ông X", "Trước đó, HĐND tỉnh
    hôm 28/2 đã miễn nhiệm ...") is a post left then, told as background: former (the gold of
    mid15, tune). Without a day "Trước đó" may be earlier the same session ("Trước đó, các đại biểu
    nhất trí miễn nhiệm ..."): left stays."""
    n = len(toks.k)
    marks = [x for x in toks.where(_BEFORE_THEN[:1]) if tuple(toks.k[x : x + 2]) == _BEFORE_THEN]
    for pm in posts:
        if pm.status != "left" or not marks:
            continue
        k = bisect_left(toks.s, pm.span.start)
        a = clause_start(toks, k)
        verb = _status_verb(toks, pm, a, k)
        if verb is None:
            continue
        for x in marks:
            if a <= x < verb and any(toks.k[d] in _DAY_WORDS and d + 1 < n and toks.k[d + 1].isdigit()
                                     for d in range(x + 2, verb)):
                pm.status = "former"
                break


# words opening a sentence that goes on with a career just told ("Sau đó, ..."): earlier_acts.tsv, use "then"
_THEN_OPENING = phrase_index(words_by_use("earlier_acts.tsv", keyed=False)["then"])


def _then_steps(toks: Tokens, posts: list[PostMention]) -> None:
    """A sentence opening with "Sau đó" right after a sentence telling the same person's past posts
    goes on with that career: "..., ông X từng làm các chức vụ Chủ tịch UBND quận 1, Bí thư Quận ủy.
    Sau đó, ông X được điều động sang làm Chánh Văn phòng Thành ủy, Chủ nhiệm Ủy ban Kiểm tra" and
    "Từ năm 1997, ông là Giám đốc Sở X. Sau đó, ông giữ chức Phó Chủ tịch UBND": the step is one more
    past step, not the report's act. As :mod:`.past_steps` settles a career's steps: "former" when
    the person's career goes on in a later sentence (another post told there), else "holds" (the
    last step told may be the post held now). Steps appointed or held only; a removal stays."""
    if not posts:
        return
    n = len(toks.k)
    marks = [x for x in toks.where(_THEN_OPENING.firsts)
             if x > 0 and sentence_start(toks, x) == x and _THEN_OPENING.longest(toks, x)]
    if not marks:
        return
    first_of = {id(pm): sentence_start(toks, min(bisect_left(toks.s, pm.span.start), n - 1)) for pm in posts}
    for x in marks:
        before = sentence_start(toks, x - 1)
        for pm in posts:
            if first_of[id(pm)] != x or pm.status not in ("appointed", "holds"):
                continue
            if not any(q.person is pm.person and q.status == "former" and first_of[id(q)] == before for q in posts):
                continue
            later = any(q.person is pm.person and q is not pm and first_of[id(q)] > x for q in posts)
            pm.status = "former" if later else "holds"


# the years a text may write, 1940-2039: a set lookup, cheaper than a pattern matched at each word
_YEARS = frozenset(str(y) for y in range(1940, 2040))
_TERM_OF_OFFICE = phrase_tokens("nhiệm kỳ")
_HELD_NOW = phrase_table("held_now_cues.tsv")


@dataclass
class _PostNotes:
    """What :func:`_posts` learns of the posts it merges, for the status rules after it: the posts
    one of whose mentions the text says are held now ("Ông hiện là Chánh Văn phòng ..."), and the
    posts that are steps of a career (not a seat held beside other posts), by ``id``."""

    held_now: set[int] = field(default_factory=set)
    steps: set[int] = field(default_factory=set)


def _said_held_now(toks: Tokens, i: int) -> bool:
    """The clause of the title at token i says the person holds it now (``held_now_cues.tsv``:
    "Ông hiện là Thiếu tướng, Thành uỷ viên, ..., Phó Giám đốc Công an thành phố", "ông đang là
    đại biểu Quốc hội"), no other status word written between the cue and the title ("hiện là Phó
    Chủ tịch, từng giữ chức Giám đốc Sở": the Giám đốc is not)."""
    cues = toks.remember("officials.held_now", lambda: [x for x in toks.where(_HELD_NOW.firsts)
                                                         if _HELD_NOW.longest(toks, x)])
    x = bisect_left(cues, i) - 1
    if x < 0 or cues[x] < clause_start(toks, i):
        return False
    hit = _HELD_NOW.longest(toks, cues[x])
    end = cues[x] + hit[0] if hit else i
    return end <= i and clause_status(toks, end, i) in (None, "holds")


_MAX_NOW_TO_NAME = 2  # tokens between "hiện nay là" and the name: "ông", "bà", "đồng chí"


def _held_now_named(toks: Tokens, posts: list[PostMention]) -> None:
    """A title written as the subject of a held-now cue (held_now_cues.tsv) that names its holder right
    after ("Tân Giám đốc Sở Y tế hiện nay là ông A"): the post is A's now, held, whatever the title's
    prefix told ("tân": appointed). The appointment is what the reader is reminded of, not the report's
    event; so is the end of the post for another person the report gives it to ("Ông B - Giám đốc Sở Y
    tế sau đó được điều động ... Tân Giám đốc Sở Y tế hiện nay là ông A": B's post is former, the
    successor's appointment is no act of this report that would leave it)."""
    now: list[PostMention] = []
    for pm in posts:
        if pm.status != "appointed":
            continue
        x = bisect_left(toks.s, pm.span.end)
        hit = _HELD_NOW.longest(toks, x) if x < len(toks.k) and toks.k[x] in _HELD_NOW.firsts else None
        if not hit:
            continue
        name = bisect_left(toks.s, min((sp.start for sp in pm.person.spans if sp.start >= toks.e[x]),
                                       default=len(toks.text)))
        if name - (x + hit[0]) <= _MAX_NOW_TO_NAME:
            pm.status = "holds"
            now.append(pm)
    for pm in now:
        for other in posts:
            if other.person is not pm.person and other.status == "holds" and other.role_id == pm.role_id \
                    and other.deputy == pm.deputy and other.org is not None and pm.org is not None \
                    and _same_body(other.org, pm.org):
                other.status = "former"


def _past_terms(toks: Tokens, posts: list[PostMention], report: Report, notes: _PostNotes | None = None) -> None:
    """"Bí thư Tỉnh ủy nhiệm kỳ 2010-2015" in a report of 2017 is a former post. The report's year
    is its publication year, else the latest year the text mentions. A post gained on a date before
    the report's (:func:`_past_appointment`, :func:`_cited_before`) is a step told as background,
    not this report's event: see :func:`_past_step_status`. A post the text says is held now
    (``notes.held_now``) is held, whatever a dated line repeating it says."""
    notes = notes if notes is not None else _PostNotes()
    for pm in posts:  # "Ông hiện là ..., Phó Giám đốc Công an" beside "5/2007 đến 5/2011: Phó Giám đốc ..."
        if pm.status == "former" and id(pm) in notes.held_now:
            pm.status, pm.end = "holds", None  # (the end the repeating line gives is not one)
    # the years of the text only when the report has no date (filters: no Python step a token)
    now = report.published.year if report.published and report.published.year else \
        max(map(int, filter(_YEARS.__contains__, toks.k)), default=0)
    if not now:
        return
    # the latest date the text gives from which something began (a term's end year is no date)
    began = [p.start.year for _, p in _periods(toks) if p.start is not None and p.start.year]
    since = report.published.year if report.published and report.published.year else max(began, default=0)
    cited = _cited_dates(toks, report, now)
    term_now = _term_now(toks, report, now)
    past: dict[int, PartialDate] = {}  # id(post) -> the date of a past appointment
    for pm in posts:
        if pm.status == "left" and _past_appointment(pm, since):
            pm.status = "former"
            continue
        if _past_appointment(pm, since):
            past[id(pm)] = pm.start  # type: ignore[assignment]
            continue
        day = _cited_before(toks, pm, cited) if pm.status == "appointed" else None
        if day is not None:
            # "Ngày 2/10/2015, ông X được bầu giữ chức ..." told in a later report
            past[id(pm)] = day
            continue
        if pm.status == "left" and _cited_before(toks, pm, cited) is not None:
            pm.status = "former"  # "Ngày 2/10/2015, ông X được bầu ... thay ông Y": Y left then
            continue
        if pm.status == "left" and _removed_from_past_terms(toks, pm, report):
            pm.status = "former"
            continue
        if pm.status != "holds":
            continue
        k = bisect_left(toks.s, pm.span.end)  # the token after the title
        if k + 1 < len(toks.k) and tuple(toks.k[k : k + 2]) == _TERM_OF_OFFICE:
            k += 2
            ends = [int(toks.k[x]) for x in range(k, min(k + 4, len(toks.k))) if toks.k[x] in _YEARS]
            if len(ends) == 2 and ends[1] < term_now[0] or len(ends) == 2 and ends[1] <= term_now[1]:
                pm.status = "former"
                continue
        if _national_term_ended(pm, report, now, toks):
            pm.status = "former"
    _past_step_status(toks, posts, past, notes)


def _term_now(toks: Tokens, report: Report, now: int) -> tuple[int, int]:
    """(a term ending before this year is over, a term ending in or before this year is over). A
    dated report: its year, and none. An undated one: none, and the latest year it writes outside
    its terms of office or that a term it writes began ("nhiệm kỳ 2016-2021" is written after the
    2016 election): "Uỷ viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015-2020" in a text whose latest
    year is 2019 is held, though the text also writes the term's end 2021 of another body; "Phó Bí
    thư Tỉnh uỷ nhiệm kỳ 2010-2015" beside "Bí thư Tỉnh uỷ nhiệm kỳ 2015-2020" is over."""
    if report.published and report.published.year:
        return now, 0
    began = max((years[0] for _, years, _ in _all_terms_of_office(toks)), default=0)
    latest = max(_latest_year_outside_terms(toks), began)
    return (0, latest) if latest else (now, 0)


def _when(d: PartialDate | None) -> tuple[int, int, int]:
    """(year, month, day) of a date, 0 for what it leaves unknown: "9/4/2016" is before "21/4/2016"."""
    return (d.year or 0, d.month or 0, d.day or 0) if d is not None else (0, 0, 0)


def _past_step_status(toks: Tokens, posts: list[PostMention], past: dict[int, PartialDate],
                      notes: _PostNotes) -> None:
    """A post gained on a past date (``past``) is held when nothing the report tells ends it: the
    person's latest step ("Ngày 27/6/2016, ông tiếp tục được bầu làm Chủ tịch UBND tỉnh" in a
    report of his later move), a seat held beside other posts ("Tháng 1/2016, ông được bầu làm Uỷ
    viên dự khuyết Ban Chấp hành Trung ương"), or a post the text says he holds now. It is former
    (:func:`_step_closed`) when it has an end, when its sentence goes on to a later date ("Năm
    2011, ông được bổ nhiệm Phó chủ tịch UBND thành phố, đến tháng 4/2014 được bầu ...", "... và
    nghỉ chức vụ này từ tháng 4/2016"), or when a later dated step of the same person follows it
    ("Ngày 2/11/2010, ông được bổ nhiệm Phó Chánh Văn phòng ... Ngày 13/11/2015, ... Chánh Văn
    phòng"). The report's own event ends it only when written with its year ("Tháng 3/2009, ông
    được bổ nhiệm Phó Giám đốc Sở ... Ngày 5/4/2016, HĐND tỉnh bầu ông giữ chức Chủ tịch"): an
    event told without one ("Sáng 6/7, ... trao quyết định ...") finds the post held before still
    held (the gold convention; blind9 vietnews-0054)."""
    if not past:
        return
    dated: list[tuple[PostMention, tuple[int, int, int]]] = []  # the dated steps, by when they began
    for pm in posts:
        if pm.status == "left" or id(pm) not in notes.steps and id(pm) not in past:
            continue
        d = past[id(pm)] if id(pm) in past else pm.start
        if _when(d)[0]:
            dated.append((pm, _when(d)))
    for pm in posts:
        d = past.get(id(pm))
        if d is None:
            continue
        if id(pm) in notes.held_now:
            pm.status = "holds"
        elif pm.end is not None or _step_closed(toks, pm, _when(d), dated, posts, notes):
            pm.status = "former"
        else:
            pm.status = "holds"


_TERM_NAMES = frozenset(phrase_tokens("kỳ kì khóa khoá"))


def _term_years(toks: Tokens, i: int) -> bool:
    """The time expression at token i is a term of office ("nhiệm kỳ 2016-2021", "khoá 2016 -
    2021"), whose end year tells no later step."""
    return i > 0 and toks.k[i - 1] in _TERM_NAMES


def _step_closed(toks: Tokens, pm: PostMention, when: tuple[int, int, int],
                 dated: list[tuple[PostMention, tuple[int, int, int]]], posts: list[PostMention],
                 notes: _PostNotes) -> bool:
    """The career told goes past the post ``pm`` gained at ``when``: a later date in the rest of
    its sentence (not a term of office's years: :func:`_term_years`); a later dated step of the
    same person into another post (into the same body for a seat held beside other posts: "Uỷ
    viên Uỷ ban Kiểm tra Trung ương" in 2009, its "Phó Chủ nhiệm" in 2011); for a deputy's post,
    the head's post of the same body held by the same person ("Từ tháng 1/2013, ông làm Phó ban
    Nội chính Trung ương" beside "Trưởng Ban Nội chính Trung ương"); for a post that is no seat
    beside others, another post the text says the person holds now ("được bổ nhiệm Phó Giám đốc
    Sở Tài chính (năm 2014), ..., hiện đang là Phó Bí thư Thành ủy") or one it tells later as a
    next step (:func:`_told_later`)."""
    k = bisect_left(toks.s, pm.span.end)
    stop = sentence_end(toks, k) if k < len(toks.k) else k
    for i, p in _periods(toks):
        if k <= i < stop and any(_when(x) > when for x in (p.start, p.end)) and not _term_years(toks, i):
            return True
    member = id(pm) not in notes.steps
    org = pm.org.name if pm.org is not None else None
    for other, w in dated:
        if other is pm or other.person is not pm.person or w <= when:
            continue
        if id(other) in notes.steps and not member:
            return True
        if member and org is not None and other.org is not None and other.org.name == org:
            return True
    for o in posts:
        if o is pm or o.person is not pm.person or id(o) not in notes.steps:
            continue
        if pm.deputy and org is not None and o.org is not None and o.org.name == org and not o.deputy \
                and o.status == "holds":
            return True  # the head's post of the same body
        if not member and (id(o) in notes.held_now or o.status != "former" and _told_later(toks, pm, o)):
            return True  # "..., hiện đang là Phó Bí thư Thành ủy"; "Sau đó gần 4 tháng, bà ... Trưởng phòng"
    return False


_LATER_STEP = phrase_table("later_step_cues.tsv")


def _told_later(toks: Tokens, pm: PostMention, o: PostMention) -> bool:
    """The post ``o`` (not a former one: "từng giữ các chức vụ: ..., Phó giám đốc và sau đó là
    Giám đốc Sở" lists earlier steps) is told after ``pm`` in the text, as a later step
    (``later_step_cues.tsv`` in its sentence before its title: "Sau đó gần 4 tháng, bà chính
    thức được bổ nhiệm làm Trưởng phòng", "Một năm sau đó, ông được bầu làm ...")."""
    if o.span.start <= pm.span.end:
        return False
    k = bisect_left(toks.s, o.span.start)
    a = max(sentence_start(toks, k), bisect_left(toks.s, pm.span.end))
    return any(toks.k[x] in _LATER_STEP.firsts and _LATER_STEP.longest(toks, x) for x in range(a, k))


def _later_term_held(toks: Tokens, posts: list[PostMention]) -> None:
    """A person's seat in a central body for one term, beside a seat the same person holds for a
    later term of the same count (the Party's or the Assembly's): "Uỷ viên dự khuyết Ban Chấp hành
    Trung ương Đảng khoá XI; Uỷ viên Trung ương Đảng khoá XII", "Bí thư Trung ương Đảng khoá 11; uỷ
    viên Bộ Chính trị khoá 11, 12": the earlier term is over, whatever the report's date."""
    lex = lexicon()
    seats: list[tuple[PostMention, bool, int]] = []
    for pm in posts:
        row = lex.orgs.get(pm.org.kind) if pm.org is not None else None
        if pm.status != "holds" or row is None or row.level != "central" or "term" not in row.takes:
            continue
        term = find_term(pm.org.name) or _written_term(toks, pm)  # type: ignore[union-attr]
        if term is not None:
            seats.append((pm, row.category == "state", term))
    latest: dict[tuple[int, bool], int] = {}
    for pm, state, term in seats:
        key = (id(pm.person), state)
        latest[key] = max(latest.get(key, 0), term)
    for pm, state, term in seats:
        if term < latest[(id(pm.person), state)]:
            pm.status = "former"


_DISMISSAL = phrase_tokens("cách chức")


def _removed_from_past_terms(toks: Tokens, pm: PostMention, report: Report) -> bool:
    """A dismissal ("cách chức") whose sentence names only terms of office that ended before the
    report ("Ban Bí thư cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010-2015, bao gồm cả các
    chức vụ Phó Bí thư, Bí thư Tỉnh ủy" in 2017) strikes posts already left: a disciplinary sentence
    reaching back, the posts former, not left in this report's event. So does one naming two terms
    ("cách chức ... nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015"): the earlier is over whatever the
    date. A term still running ("nhiệm kỳ 2015-2020" in 2017) leaves the removal this report's, and
    so does an administrative removal ("miễn nhiệm ... nhiệm kỳ 2016-2021"), which ends a post held
    until then. An undated report is compared with the latest year its text writes outside its
    terms of office (a term's end year is no date of the report)."""
    k = bisect_left(toks.s, pm.span.start)
    a, b = sentence_start(toks, k), sentence_end(toks, k)
    ends = [span[-1] for _, span in _terms_of_office(toks, a, b)]
    if not ends or not any(tuple(toks.k[x : x + 2]) == _DISMISSAL for x in range(a, b - 1)):
        return False
    now = report.published.year if report.published and report.published.year else _latest_year_outside_terms(toks)
    return len(ends) >= 2 or all(e < now for e in ends)


def _terms_of_office(toks: Tokens, a: int, b: int) -> list[tuple[int, list[int]]]:
    """(token, [start year, end year]) of every term of office written in tokens [a, b): "nhiệm kỳ
    2010 - 2015", and the next one joined by "và" without the words again ("nhiệm kỳ 2005 - 2010
    và 2010 - 2015"). Read off the text's one list (:func:`_all_terms_of_office`): asked for every
    post's sentence, a scan of the sentence each time made a text with no sentence end quadratic."""
    last = b - len(_TERM_OF_OFFICE)
    return [(x, span) for x, span, end in _all_terms_of_office(toks) if a <= x < last and end < b]


def _all_terms_of_office(toks: Tokens) -> list[tuple[int, list[int], int]]:
    """Every term of office of the text as (token, [start year, end year], token of the end year),
    computed once a text."""
    def scan() -> list[tuple[int, list[int], int]]:
        m, n, k = len(_TERM_OF_OFFICE), len(toks.k), toks.k
        out = []
        for x in toks.where((_TERM_OF_OFFICE[0],)):  # only where "nhiệm" is written
            if x >= n - m:
                break
            if tuple(k[x : x + m]) == _TERM_OF_OFFICE:
                y = x + m
                while y + 2 < n and k[y] in _YEARS and k[y + 1] in ("-", "–") and k[y + 2] in _YEARS:
                    out.append((x, [int(k[y]), int(k[y + 2])], y + 2))
                    y += 4
                    if y - 1 >= n or k[y - 1] != _AND:
                        break
        return out
    return toks.remember("officials.terms_of_office", scan)


def _latest_year_outside_terms(toks: Tokens) -> int:
    """The latest year the text writes, leaving out the years of its terms of office (once a text)."""
    def latest() -> int:
        inside = {y for x, _, _ in _all_terms_of_office(toks) for y in range(x, x + len(_TERM_OF_OFFICE) + 7)}
        # each distinct word once (the text's index of words), not each token
        return max((int(w) for w, xs in toks.positions().items()
                    if w in _YEARS and any(x not in inside for x in xs)), default=0)
    return toks.remember("officials.latest_year_outside_terms", latest)


def _promoted(posts: list[PostMention]) -> None:
    """A deputy's post read as held beside the head's post of the same body for the same person is
    a step the person has passed: "Năm 2011, ông A giữ chức Phó Bí thư Thành đoàn X. Một năm sau,
    ông A giữ chức Bí thư Thành đoàn X" (or "Phó Chủ tịch, rồi Chủ tịch UBND tỉnh"): no one is
    both, so the deputy's post is former. Not beside a head's post the report's own event gives
    or nominates for: at that event the deputy's post is still the one held (the gold convention:
    "Phó Bí thư Tỉnh ủy X được bầu làm Bí thư" holds the Phó Bí thư)."""
    heads = {(id(pm.person), pm.role_id, pm.org.name if pm.org else "") for pm in posts
             if not pm.deputy and pm.status in ("holds", "former", "left")}
    for pm in posts:
        if pm.deputy and pm.status == "holds" and \
                (id(pm.person), pm.role_id, pm.org.name if pm.org else "") in heads:
            pm.status = "former"
    _climbed(posts)


_CLIMB_REACH = 8  # characters from the deputy's title's end to the head's: "Phó Giám đốc, Giám đốc Sở X"


def _climbed(posts: list[PostMention]) -> None:
    """A deputy's post and the head's post of the same body given to one person in one run of
    titles ("ông được điều động, bổ nhiệm giữ chức Phó Giám đốc, Giám đốc Sở X"): the person
    climbed from one to the other, so the deputy's post is a past step (former), however the head's
    post ends (appointed now, held, or former)."""
    heads = {(id(pm.person), pm.role_id, pm.org.name): pm.span.start for pm in posts
             if not pm.deputy and pm.org is not None}
    for pm in posts:
        if not pm.deputy or pm.status != "appointed" or pm.org is None:
            continue
        head = heads.get((id(pm.person), pm.role_id, pm.org.name))
        if head is not None and pm.span.start < head < pm.span.end + _CLIMB_REACH:
            pm.status = "former"


def _bare_repeats(posts: list[PostMention]) -> list[PostMention]:
    """A role that is a post by itself ("Tổng Bí thư") written without a body beside the same role
    written with its body, for the same person and with the same status once every status is read,
    repeats that post ("Tổng Bí thư Ban Chấp hành Trung ương Đảng A ... Tổng Bí thư A": one post;
    the shared README: a role written without its body after the first mention is not a new post).
    Kept when the statuses differ: "nguyên Tổng Bí thư Ban Chấp hành Trung ương khoá X" is a past
    term, "Tổng Bí thư A" the post now held."""
    full = {(id(pm.person), pm.role.casefold(), pm.status) for pm in posts if pm.org is not None}
    return [pm for pm in posts
            if pm.org is not None or (id(pm.person), pm.role.casefold(), pm.status) not in full]


def _qualified_holds(toks: Tokens, posts: list[PostMention]) -> list[PostMention]:
    """A post held now written once with its qualifier and once without it, for the same person and
    the same body ("Phó Thủ tướng thường trực Nguyễn Tấn Dũng ... Phó Thủ tướng Nguyễn Tấn Dũng",
    "Phó Chủ tịch thường trực Quốc hội A ... Phó Chủ tịch Quốc hội A"), is one post: the qualified
    one (the read gold sets keep only it). Only when both are held now: a deputy and later the
    standing deputy, both former or both left, are two steps of a career, as the gold keeps them; and
    only a title written next to the name, before it or set off after it ("A ... tiếp tục giữ chức Phó
    Bí thư Tỉnh ủy" is the re-election the later steps read, kept)."""
    fuller = {(id(pm.person), pm.role_id, pm.deputy, pm.org.name if pm.org else None)
              for pm in posts if pm.qualifier and pm.status == "holds"}
    if not fuller:
        return posts
    out = []
    for pm in posts:
        if not pm.qualifier and pm.status == "holds" \
                and (id(pm.person), pm.role_id, pm.deputy, pm.org.name if pm.org else None) in fuller:
            if _next_to_name(toks, pm):
                continue
        out.append(pm)
    return out


def _next_to_name(toks: Tokens, pm: PostMention) -> bool:
    """The post's title is written right before one of its person's names ("Phó Thủ tướng A", an
    honorific between allowed) or right after one, set off by a mark ("A, Phó Thủ tướng", "A (Phó
    Thủ tướng ...)"): a mention of the post, not a predicate."""
    e = bisect_left(toks.s, pm.span.end)
    b = bisect_left(toks.s, pm.span.start)
    starts = {s.start for s in pm.person.spans}
    ends = {s.end for s in pm.person.spans}
    k = e
    while k < len(toks.k) and toks.k[k] in _HONORIFIC_WORDS and toks.s[k] not in starts:
        k += 1
    if k < len(toks.k) and toks.s[k] in starts:
        return True
    return b >= 2 and toks.k[b - 1] in _APPOSITION and toks.e[b - 2] in ends


_DECEASED = phrase_table("deceased_words.tsv")
_LIFE_YEAR = re.compile(r"^(1[89]\d\d|20[0-3]\d)$")


def _life_span_after(toks: Tokens, k: int) -> bool:
    """"(1907-1988)", "(1907 - 1988)" written at token k, right after a name: the years a person
    lived, so the person has died."""
    if k + 4 >= len(toks.k) or toks.k[k] != "(" or toks.k[k + 4] != ")" or toks.k[k + 2] != "-":
        return False
    born, died = toks.k[k + 1], toks.k[k + 3]
    return bool(_LIFE_YEAR.match(born) and _LIFE_YEAR.match(died)) and int(born) < int(died)


_DEATH_VERBS = phrase_table("death_verbs.tsv")
_BEFORE_DEATH = frozenset(phrase_tokens("đã vừa đột ngột bất ngờ"))


def _death_verb_after(toks: Tokens, k: int) -> bool:
    """A verb of dying (``death_verbs.tsv``) follows the name ending at token k, maybe after "đã",
    "vừa": "đồng chí A đã từ trần hồi 19h47 ...", "ông B qua đời"."""
    n = len(toks.k)
    while k < n and toks.k[k] in _BEFORE_DEATH and not toks.brk[k]:
        k += 1
    return k < n and not toks.brk[k] and toks.k[k] in _DEATH_VERBS.firsts and _DEATH_VERBS.longest(toks, k) is not None


def _dead_word_before(toks: Tokens, start: int) -> bool:
    """A word of deceased_words.tsv ends right before the title at ``start`` ("cố | Thủ tướng"),
    in the same sentence."""
    for back in (1, 2, 3):
        a = start - back
        if a >= 0 and toks.k[a] in _DECEASED.firsts and not toks.brk[start] \
                and any(a + m == start for m, _ in _DECEASED.match(toks, a)):
            return True
    return False


# the test that a number starts a word comes after its first digit ("\d(?<![\d/.-].)"), not before:
# the same matches, but the engine looks for a digit first instead of trying every character
_FULL_DATE = re.compile(r"(\d(?<![\d/.-].)\d?)\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b")
_ARCHIVE_START = 1990  # reports are news of 1990 or later: an undated one was written after 1989


@cache
def _deceased_leaders() -> dict[str, tuple[tuple[int, int, int], frozenset[str]]]:
    """deceased_leaders.tsv: name key -> ((year, month, day) of death, role keys that identify them)."""
    out = {}
    for name, died, roles in read_rows("deceased_leaders.tsv", 3):
        y, m, d = (list(map(int, died.split("-"))) + [12, 31])[:3]
        out[text_key(name)] = ((y, m, d), frozenset(text_key(r) for r in roles.split("|") if r))
    return out


def _died_before(toks: Tokens, p: _Person, posts: list[PostMention], report: Report) -> bool:
    """The person is a leader of deceased_leaders.tsv (by name and one of the roles there) and the
    report is dated after the death ("Chủ tịch Hồ Chí Minh" in a report of 2017)."""
    row = _deceased_leaders().get(text_key(p.mention.name))
    if row is None:
        return False
    died, roles = row
    pub = report.published
    if pub is not None and pub.year:
        # as precise as the report's date: one of the month of the death, without a day, is left as it reads
        known = (pub.year, pub.month, pub.day)
        n = 3 if pub.day and pub.month else 2 if pub.month else 1
        after = known[:n] > died[:n]
    else:
        # undated: a death before news archives begin, or a full date after the death in the text
        # ("ngày 19/5/2017"; a year alone may be a plan's, "đến năm 2030")
        dates = ((int(m.group(3)), int(m.group(2)), int(m.group(1))) for m in _FULL_DATE.finditer(toks.text))
        after = died[0] < _ARCHIVE_START or max((d for d in dates if 1 <= d[1] <= 12 and 1 <= d[2] <= 31),
                                                 default=(0, 0, 0)) > died
    if not after:
        return False
    return any(text_key(pm.role) in roles for pm in posts if pm.person is p.mention)


def _deceased(toks: Tokens, persons: list[_Person], posts: list[PostMention], report: Report) -> None:
    """A person the report says has died ("cố Thủ tướng A" in deceased_words.tsv, "A (1907-1988)",
    "đồng chí A đã từ trần" in death_verbs.tsv), or a leader who died before the report was written
    (deceased_leaders.tsv), holds no post: every post of theirs that the report would read as held
    or gained is former, wherever it is written."""
    dead: set[int] = set()
    for p in persons:
        if any(_dead_word_before(toks, t.start) for t, _ in p.titles) \
                or any(_life_span_after(toks, bisect_left(toks.s, sp.end)) for sp in p.mention.spans) \
                or any(_death_verb_after(toks, bisect_left(toks.s, sp.end)) for sp in p.mention.spans) \
                or _died_before(toks, p, posts, report):
            dead.add(id(p.mention))
    for pm in posts:
        if id(pm.person) in dead and pm.status in ("holds", "appointed"):
            pm.status = "former"


_OWN_DAY = re.compile(r"(\d(?<![\d/.-].)\d?)[/-](\d{1,2})(?![\d/.-]|\s*[/-]\s*\d)")


def _report_month(toks: Tokens, report: Report, now: int) -> tuple[int, int]:
    """The report's (year, month), month 0 when unknown. A dated report gives its own; an undated
    one is of the latest year its text writes (``now``), in the latest month of the days it writes
    without a year ("sáng 7/5", "chiều 23/10": the news convention for the current year's events),
    so that "tháng 2/2016" in a report whose latest year is 2016 and whose own day is "7/5" is
    before the report's month. An undated report with no day of its own is of the latest year it
    writes outside its terms of office ("bầu ngày 12/10/2015 ... nhiệm kỳ 2015-2020": 2015)."""
    if report.published and report.published.year:
        return report.published.year, report.published.month or 0
    own = [int(m.group(2)) for m in _OWN_DAY.finditer(toks.text)
           if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
    # no day of its own: the years of terms ("nhiệm kỳ 2015-2020") date no report
    month = (now, max(own)) if own else (_latest_year_outside_terms(toks), 0)
    return max(month, _latest_full_month(toks))


def _latest_full_month(toks: Tokens) -> tuple[int, int]:
    """The (year, month) of the latest date the text writes in full, with its day, month and year, as the
    date of something that has happened ("Ngày 20/6/2017, HĐND tỉnh bầu ..."): an undated report is
    written on or after it, so a step the text dates to an earlier month ("Ngày 6/2/2017, ... Theo đó, ông
    X được bổ nhiệm ...") is one it looks back on. A date after a word of tenure_act_dates.tsv's
    ``not_act`` or ``effective`` use ("đến ngày 31/12/2020", "có hiệu lực từ ngày 1/8/2016") may lie ahead
    of the report and dates nothing of it; (0, 0) when the text writes no such date."""
    return max(((p.start.year, p.start.month) for i, p in _periods(toks)
                if p.end is None and p.start is not None and p.start.year and p.start.month and p.start.day
                and not p.start.inferred_year and not _words_end_before(toks, i, _AHEAD_WORDS)),
               default=(0, 0))


def _act_word_sets(*uses: str) -> frozenset[tuple[str, ...]]:
    """The phrases of tenure_act_dates.tsv's ``uses``, each as its tuple of key tokens."""
    table = words_by_use("tenure_act_dates.tsv")
    return frozenset(tuple(w.split()) for use in uses for w in table[use])


_AHEAD_WORDS = _act_word_sets("not_act", "effective")  # "đến ngày", "từ ngày": a date that may lie ahead
_ACT_DAY_WORDS = _act_word_sets("act_day")  # "vào ngày D": the day of the act its sentence tells


def _words_end_before(toks: Tokens, i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """One of ``phrases`` ends right before the date of the time expression at token i (which may open with
    the phrase's own word, "vào ngày 6/3/2017", "từ ngày 1/8/2016"): before its word "ngày", with it, or
    before its first number ("từ | ngày 1/8/2016", "từ ngày | 1/8/2016", "đến | 30/6/2021")."""
    near = range(i, min(i + 3, len(toks.k)))
    day = next((x for x in near if toks.k[x] == _DAY_WORD), None)
    first = next((x for x in near if toks.k[x].isdigit()), i)
    ends = {i, first} | ({day, day + 1} if day is not None else set())
    return any(tuple(toks.k[end - len(w) : end]) == w for end in ends for w in phrases if len(w) <= end)


def _cited_dates(toks: Tokens, report: Report, now: int) -> list[tuple[int, PartialDate]]:
    """Tokens where a date before the report's month opens a time expression ("Ngày 2/10/2015",
    "tháng 5/2013"; a month at least: a year alone is a step of a career, see
    :func:`_past_appointment`). The report's month is its own, or that of an undated report
    (:func:`_report_month`): a date of a year before the latest year the text writes is past, and
    one of that year is past when its month is before the month of a day the report writes as its
    own ("sáng 7/5": "tháng 2/2016" is past). An appointment on such a date is one the report
    cites, not its event."""
    month = _report_month(toks, report, now)
    return [(i, p.start) for i, p in _periods(toks) if p.end is None and p.start is not None and p.start.month
            and p.start.year and (p.start.year, p.start.month) < month]


def _cited_before(toks: Tokens, pm: PostMention, cited: list[tuple[int, PartialDate]]) -> PartialDate | None:
    """The date of ``cited`` written in the sentence of the post's title, before it, if any (the dot
    of an abbreviation before a name ends no sentence, name_abbreviations.tsv: "Ngày 13/11/2015,
    ông X được Chủ tịch UBND TP. HCM Lê Hoàng Quân bổ nhiệm giữ chức ..." is one sentence)."""
    k = bisect_left(toks.s, pm.span.start)
    starts = toks.remember("officials.period_starts", lambda: sorted(i for i, _ in _periods(toks)))
    y = bisect_left(starts, k) - 1
    if y >= 0 and starts[y] >= sentence_start(toks, k):
        # the date nearest before the title dates its act: an earlier one ("Căn cứ Nghị quyết ngày 15/3/2019
        # ..., ngày 2/4/2019, UBND tỉnh bổ nhiệm ...") is another's
        x = bisect_left(cited, (starts[y],))
        return cited[x][1] if x < len(cited) and cited[x][0] == starts[y] else None
    return _act_day_after(toks, k, cited) or _going_on_from(toks, k, cited) or _dated_by_sentence_before(toks, k, cited)


_DAY_WORD = text_key("ngày")


def _act_day_after(toks: Tokens, k: int, cited: list[tuple[int, PartialDate]]) -> PartialDate | None:
    """A cited date written after token k in its sentence as the day of the sentence's act, after a word of
    tenure_act_dates.tsv's ``act_day`` use ("Ông X được bổ nhiệm giữ chức Trưởng ban vào ngày 6/3/2017."); a
    date written after the title otherwise is a decision's or a deadline's, not the act's."""
    s = sentence_start(toks, k)
    for i, d in cited[bisect_left(cited, (k,)):]:
        if sentence_start(toks, i) != s:
            break
        if _words_end_before(toks, i, _ACT_DAY_WORDS):
            return d
    return None


_GOING_ON = phrase_index(words_by_use("earlier_acts.tsv", keyed=False)["continue"])


def _going_on_from(toks: Tokens, k: int, cited: list[tuple[int, PartialDate]]) -> PartialDate | None:
    """The cited date of the opening clause of the sentence before, when the sentence of token k opens with
    words telling the content of the act that sentence named (earlier_acts.tsv, use ``continue``: "Ngày
    6/2/2017, Ban Thường vụ Tỉnh ủy công bố quyết định ... Theo đó, ông X được bổ nhiệm giữ chức ..."). Only
    the opening clause, up to its first comma: a decision's own date further on ("công bố Quyết định số 12
    ngày 6/2/2017") dates the paper the report's event makes known."""
    s = sentence_start(toks, k)
    if s == 0 or toks.k[s] not in _GOING_ON.firsts or not _GOING_ON.longest(toks, s):
        return None
    before = sentence_start(toks, s - 1)
    comma = next((x for x in range(before, s) if toks.k[x] == ","), s)
    return next((d for i, d in cited if before <= i < comma), None)


_LATER_SPANS = phrase_table("later_step_spans.tsv")


def _dated_by_sentence_before(toks: Tokens, k: int, cited: list[tuple[int, PartialDate]]) -> PartialDate | None:
    """The cited date of the sentence before, when the sentence of token k opens with a counted
    span and a later-step cue ("Bốn tháng sau, ông được ... bầu làm chủ tịch thay cho ông Y" after
    "Vào tháng 5-2013, ... ông X được bầu bổ sung vào Bộ Chính trị"): the step is told from that
    date, so it is cited too, not the report's event (a lower bound of its own date, not kept as
    one)."""
    s = sentence_start(toks, k)
    n = len(toks.k)
    if s == 0 or s + 1 >= n or not (toks.k[s].isdigit() or cardinal_to_int(toks.k[s]) is not None):
        return None
    x = s + 1
    span = _LATER_SPANS.longest(toks, x)
    later = _LATER_STEP.longest(toks, x + span[0]) if span else None
    x = x + span[0] + later[0] if span and later else n
    if x >= n or toks.k[x] != "," or toks.brk[x]:
        return None
    before = sentence_start(toks, s - 1)
    days = [d for i, d in cited if before <= i < s]
    return days[-1] if days else None


def _past_appointment(pm: PostMention, now: int) -> bool:
    """A post gained or left on a date of a year before the report's ("Tháng 1/2011, ông được bầu
    làm ...", "được bổ nhiệm vào tháng 6/2004", "Tháng 4/2016, ông được miễn nhiệm ...") is a step
    of a career told in the past, not this report's event: former. Only a single date: a range
    ending later than it says how long the post was held (:func:`.careers.dated`). ``now`` is the
    report's year, else the year of the latest date the text writes (the end of a term, "nhiệm kỳ
    2015-2020", is not one)."""
    if pm.status == "left":  # "Tháng 4/2016, ông được miễn nhiệm chức vụ ...": dated by its end
        return pm.start is None and pm.end is not None and pm.end.year is not None and pm.end.year < now
    return pm.status == "appointed" and pm.start is not None and pm.end is None \
        and pm.start.year is not None and pm.start.year < now


def _national_term_ended(pm: PostMention, report: Report, now: int, toks: Tokens | None = None) -> bool:
    """"Đại biểu Quốc hội khóa XI", "Ủy viên Trung ương Đảng khóa X" in a report written after the
    next term began (loaders/data/terms.tsv) is a past term's seat. Only central bodies that take a
    term in organizations.tsv (the Assembly counts the state's terms, the Central Committee and its
    organs the Party's): a province's Party committee counts its own. The term is read from the
    body's own name; a body written without it (a career over a list of terms, "đại biểu Quốc hội
    khoá XI, XIII", is one post in the term-less body, and a central Party body loses its term)
    takes the latest term written right after the title (:func:`_written_term`). An undated report
    compares years with the latest year its text writes."""
    row = lexicon().orgs.get(pm.org.kind) if pm.org is not None else None
    if row is None or row.level != "central" or "term" not in row.takes:
        return False
    term = find_term(pm.org.name)  # type: ignore[union-attr]
    if term is None and toks is not None:
        term = _written_term(toks, pm)
        now = _latest_year_outside_terms(toks)  # (undated: "nhiệm kỳ 2015-2020" is no date of the report)
    if term is None:
        return False
    terms = doc_tables().na_terms if row.category == "state" else doc_tables().party_terms
    nxt = next((start for start, t in terms if t == term + 1), None)
    if nxt is None:
        return False
    if report.published is not None and report.published.year and report.published.month:
        return (report.published.year, report.published.month) > (nxt.year, nxt.month)
    return nxt.year < now


_TERM_JOINS = frozenset({",", ";", *phrase_tokens("và")})
_TERM_REACH = 3  # tokens between a title's end and its "khóa": "(khóa", "các khóa"


def _term_value(word: str) -> int | None:
    """A term written in Roman numerals or digits ("XIII", "13"); a Party or an Assembly has had
    fewer than 30."""
    v = read_term(word)
    return v if v is not None and 1 <= v < 30 else None


def _written_term(toks: Tokens, pm: PostMention) -> int | None:
    """The latest term written with a title, in it or right after it: "Ủy viên Trung ương Đảng
    khoá X, XI, XII" -> 12, "đại biểu Quốc hội các khoá XI; XIII" -> 13. None when no "khóa"
    follows the title's body."""
    n = len(toks.k)
    a = bisect_left(toks.s, pm.span.start)
    e = bisect_left(toks.s, pm.span.end)
    k = next((x for x in range(a, min(n, e + _TERM_REACH)) if toks.k[x] == _KHOA and x + 1 < n
              and not toks.brk[x + 1] and _term_value(toks.t[x + 1]) is not None), None)
    if k is None or any(toks.k[x] in (".", ";") or toks.brk[x] for x in range(e, k) if x > a):
        return None
    terms = [_term_value(toks.t[k + 1])]
    k += 2
    while True:
        if k < n and toks.k[k] == "(" and not toks.brk[k]:  # "khóa 12 (dự khuyết), 13, 14"
            close = next((x for x in range(k + 1, min(n, k + _TERM_REACH + 2)) if toks.k[x] == ")"), None)
            if close is None or any(toks.brk[k + 1 : close + 1]):
                break
            k = close + 1
        if not (k + 1 < n and toks.k[k] in _TERM_JOINS and not toks.brk[k + 1] and _term_value(toks.t[k + 1])):
            break
        terms.append(_term_value(toks.t[k + 1]))
        k += 2
    return max(t for t in terms if t is not None)


def _one_province_per_person(persons: list[_Person], finder: OrgFinder) -> None:
    """A person's bodies written without a province are in the one province their other titles
    name ("Trưởng Đoàn ĐBQH tỉnh Đồng Nai ... Giám đốc Sở Công thương"), not in the province the
    rest of the report is about."""
    for p in persons:
        named = {t.org.province for t, _ in p.titles if t.org is not None and t.org.province
                 and finder.parse_of.get(id(t.org)) is not None
                 and finder.parse_of[id(t.org)].province() is not None}
        if len(named) != 1:
            continue
        (province,) = named
        for t, _ in p.titles:
            if t.org is not None and t.org.scope != "national":
                t.org = finder.in_province(t.org, province)


@cache
def _role_id(label: str) -> str:
    """The identifier of a role's label ("Phó Chủ tịch" -> "pho_chu_tich"): asked for every title of
    every person, of the few hundred labels the role table holds, so each is made once."""
    return re.sub(r"[^a-z0-9]+", "_", compact(label).replace("đ", "d").translate(_ASCII)).strip("_")


_ASCII = str.maketrans({c: unicodedata.normalize("NFD", c)[0] for c in
                        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"})


class _Compacted(dict[str, str]):
    """:func:`compact` of every string asked, remembered for one call of :func:`_posts`, where the
    same roles and bodies are compacted again for every title and every pair of titles."""

    def __missing__(self, text: str) -> str:
        self[text] = value = compact(text)
        return value


def _membership(t: Title) -> bool:
    """A seat held beside other posts: "Ủy viên ...", "Thành ủy viên", "Đại biểu Quốc hội"."""
    return not t.deputy and (t.row.english.startswith("Member") or t.row.english == "Deputy")


def _close_earlier_steps(posts: list[PostMention]) -> None:
    """A post dated from a step ("Tháng 10/2016, ông làm Chánh Văn phòng Tỉnh ủy") and said held is
    former when the same person's career goes on to a later dated step in another post ("tháng
    9/2017 giữ chức Trưởng ban Dân vận"): the report tells the career past it. ``posts`` leaves out
    seats held beside other posts (memberships) and posts held "đến nay"."""
    later = [pm.start.year for pm in posts if pm.start is not None and pm.start.year is not None
             and pm.status != "left"]
    for pm in posts:
        d = pm.start
        if pm.status == "holds" and pm.end is None and d is not None and d.year is not None \
                and any(y > d.year for y in later):
            pm.status = "former"


def _rank(p: _Person, t: Title, status: str) -> int:
    """The weight of a status when mentions of one post disagree (``_STATUS_RANK``). A title former
    only by a fronted cue ("Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện X, ông A đã ký ...")
    weighs less than a mention saying it held: the clause only dates what he did in the post, which
    the report's lead may give as his now ("kỷ luật ông A, Phó Chủ tịch UBND huyện X")."""
    if status == "former" and id(t) in p.fronted_former:
        return _WEAK_FORMER
    return _STATUS_RANK.get(status, 0)


_WEAK_FORMER = _STATUS_RANK["holds"] - 1


def _held_over_listed(toks: Tokens, pm: PostMention, old: PostMention | None, plain: dict[int, int],
                      listed: set[int]) -> PostMention | None:
    """Of two mentions of one post, the one saying it is held, when the other is former only by its
    clause or a career list, undated and without "nguyên" (ids in ``listed``), and the held one is
    undated and written without "nguyên" (ids in ``plain``); None when the two are not such a pair
    (the usual ranking decides), or when the held one's sentence looks back (:func:`_looks_back`:
    "khi đó ông A là Giám đốc Sở X"). A career list's "từng giữ các chức vụ: ..., Giám đốc Sở X" often
    ends with the post the report names the person by ("ông A, Giám đốc Sở X, ..."): the post the
    report calls held is held, as the shared README's "holds" is the post at the report's time. A
    dated step ("Năm 2015, ông làm Giám đốc Sở X"), a "nguyên" title and a fronted clause's post
    are not weighed so: a post whose end is told stays former."""
    if old is None:
        return None
    if id(pm) in plain and id(old) in listed and not _looks_back(toks, plain[id(pm)]):
        return pm
    if id(pm) in listed and id(old) in plain and not _looks_back(toks, plain[id(old)]):
        return old
    return None


@cache
def _past_sentence_cues() -> PhraseIndex:
    return phrase_table("past_sentence_cues.tsv")


def _looks_back(toks: Tokens, at: int) -> bool:
    """The sentence around token ``at`` tells of a past time ("khi đó", "lúc đó", "thời điểm đó":
    data/past_sentence_cues.tsv): a title it gives as held is held then, not at the report's time."""
    idx = _past_sentence_cues()
    end = sentence_end(toks, at)
    return any(toks.k[k] in idx.firsts and idx.longest(toks, k) for k in range(sentence_start(toks, at), end))


def _posts(toks: Tokens, persons: list[_Person], periods: dict[int, tuple[Period, bool, bool]] | None = None,
           notes: _PostNotes | None = None) -> list[PostMention]:
    """The posts of each person, one per role and body, dated by ``periods``; a start that only
    bounds a post from below (:func:`_first_step`) is marked ``start_floor``, and goes with the
    start wherever it is copied: it sets the post's status and is not stated (:func:`_unstate_floors`).
    ``notes`` gets the posts one of whose mentions the text says are held now
    (:func:`_said_held_now`) and those that are steps of a career."""
    out: list[PostMention] = []
    periods = periods or {}
    notes = notes if notes is not None else _PostNotes()
    compact = _Compacted().__getitem__  # the same answers, each string keyed once
    for p in persons:
        best: dict[tuple[str, str], PostMention] = {}
        # a role that is a post by itself ("Tổng Bí thư"), written without a body: kept beside the
        # same role written with its Party body ("Tổng Bí thư Ban Chấp hành Trung ương"), unless the
        # two end with the same status (:func:`_bare_repeats`)
        whole = {(compact(t.role), "") for t, _ in p.titles
                 if t.org is None and not t.row.needs_org and not t.row.implied_org}
        steps: dict[int, bool] = {}  # id(post) -> a step that a later one may close
        now_keys: set[tuple[str, str]] = set()  # posts a mention of which is said held now
        past_keys: dict[tuple[str, str], set[int]] = {}  # posts written "nguyên": their sentences
        listed_keys: dict[tuple[str, str], set[int]] = {}  # posts a career list gives as past: theirs
        fronted: set[int] = set()  # ids of posts former only by a fronted cue (see _rank)
        listed: set[int] = set()  # ids of posts former only by an undated clause or list (_held_over_listed)
        plain: dict[int, int] = {}  # id -> title start of posts an undated mention without "nguyên" holds
        made: list[PostMention] = []  # every mention made below, alive while the sets above hold its id:
        # a dropped one's id is reused by the next made, which would inherit its place in them
        for t, status in p.titles:
            start = end = None
            floor = False
            # a prefixed title ("nguyên Bí thư …") is dated only by a period written after it ("nguyên Giám
            # đốc Sở (từ 6/2012 đến 2/2016)"): a date opening its clause is another act's
            if id(t) in periods and (not t.prefix or (periods[id(t)][1] and t.prefix == "former")):
                start, end, status = dated(status, *periods[id(t)])
                floor = periods[id(t)][0].floor and start is not None  # a step it came after
            org_key = compact(t.org.name) if t.org else ""
            k = (compact(t.role), org_key)
            span = Span(toks.s[t.role_start], toks.e[t.end - 1])
            pm = PostMention(span=span, person=p.mention, role=t.role, role_id=_role_id(t.row.phrase),
                             role_en=role_english(t), deputy=t.deputy, qualifier=t.qualifier,
                             org=t.org, status=status, start=start, end=end, start_floor=floor)
            made.append(pm)
            steps[id(pm)] = not _membership(t) and not (id(t) in periods and periods[id(t)][0].ongoing)
            if status == "holds" and not t.prefix and _said_held_now(toks, t.start):
                now_keys.add(k)
            if t.prefix == "former" and t.start < t.role_start:
                past_keys.setdefault(k, set()).add(sentence_start(toks, t.start))
            elif id(t) in p.listed_former:
                listed_keys.setdefault(k, set()).add(sentence_start(toks, t.start))
            old = best.get(k)
            if status == "holds" and not t.prefix and start is None and end is None:
                plain[id(pm)] = t.start
            elif status == "former" and not t.prefix and id(t) not in p.fronted_former and start is None \
                    and end is None:
                listed.add(id(pm))  # a career list's step ("từng giữ các chức vụ: ..."), undated
            held = _held_over_listed(toks, pm, old, plain, listed)
            if held is not None:
                best[k] = held
                continue
            if old is None or _rank(p, t, status) > (
                    _WEAK_FORMER if id(old) in fronted else _STATUS_RANK.get(old.status, 0)):
                if status == "former" and id(t) in p.fronted_former:
                    fronted.add(id(pm))
                if old is not None and pm.start is None and pm.end is None:
                    pm.start, pm.end, pm.start_floor = old.start, old.end, old.start_floor
                best[k] = pm
            elif old.start is None and old.end is None:
                old.start, old.end, old.start_floor = start, end, floor
        for k, pm in best.items():
            if pm.status != "appointed":
                continue
            at = sentence_start(toks, bisect_left(toks.s, pm.span.start))
            if (k in past_keys and at not in past_keys[k]) or (
                    k in listed_keys and at not in listed_keys[k] and pm.start is not None):
                # "ông A, nguyên Giám đốc Sở X" beside "sau đó được bổ nhiệm giữ chức Giám đốc Sở X":
                # the report calls the post left, so its appointment is a past step (not in one
                # sentence: "ông B, nguyên Phó Bí thư Tỉnh ủy, được bầu lại làm Phó Bí thư": re-elected);
                # so does a career list of past posts beside a dated appointment ("từng trải qua các
                # chức vụ: ..., Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy" and "năm 2015, ông được bầu làm Chủ
                # nhiệm Ủy ban Kiểm tra"; not an undated one, the report's own: "từng giữ các chức vụ:
                # ..., Bí thư Tỉnh ủy" of a secretary re-elected now)
                pm.status = "former"
        _close_earlier_steps([pm for pm in best.values() if steps.get(id(pm))])
        notes.held_now.update(id(pm) for k, pm in best.items() if k in now_keys)
        notes.steps.update(id(pm) for pm in best.values() if steps.get(id(pm)))
        with_org = {r for (r, o) in best if o}
        # "Chủ tịch huyện" beside "Chủ tịch UBND huyện Ba Vì": the same post, its body named
        levels = {compact(t.role): (compact(t.role[: -len(t.level)]), compact(t.level))
                  for t, _ in p.titles if t.level and t.role.endswith(t.level)}
        # "Bí thư TP.HCM" beside "Bí thư Thành ủy TP.HCM": the same post, its committee named
        in_committee = {(compact(t.role), t.org.kind, compact(t.org.name)) for t, _ in p.titles if t.org}
        dup_places = {(compact(t.role), compact(t.org.name)) for t, _ in p.titles if t.org and t.committee
                      and any(r2 == compact(t.role) and k2 == t.committee[0] and o2.endswith(compact(t.committee[1]))
                              for r2, k2, o2 in in_committee)}
        for (r, o), pm in best.items():
            if (r, o) in dup_places:
                continue
            if not o and r in with_org and (r, o) not in whole:
                continue  # "Phó Thủ tướng" after "Phó Thủ tướng Chính phủ": not a new post
            if not o and (r, o) not in whole and any(r2.startswith(r + " ") for r2 in with_org):
                continue  # "Phó Thủ tướng" beside "Phó Thủ tướng Thường trực Chính phủ": the same post
            if not o and r in levels and any(r2 == levels[r][0] and levels[r][1] in o2 for (r2, o2) in best if o2):
                continue
            if o and any(r2 == r and o2.startswith(o + " ") for (r2, o2) in best):
                continue  # "Chủ tịch UBND thành phố" beside "Chủ tịch UBND thành phố Trà Vinh"
            out.append(pm)
    return out
