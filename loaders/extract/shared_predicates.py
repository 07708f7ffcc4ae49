"""One verb told once for several persons listed before it, each with their titles: each gains the post.

A congress report lists the elected before one verb: "Ông A - Uỷ viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban
Kiểm tra Tỉnh ủy khóa XV - và ông B - Phó bí thư Tỉnh ủy khóa XV - được bầu giữ chức Phó bí thư Tỉnh ủy.",
"Ông A - hiện là Uỷ viên Trung ương Đảng, ông B - Uỷ viên Trung ương Đảng, Chủ tịch UBND thành phố, và bà C -
Chủ tịch HĐND thành phố - được bầu là Phó bí thư." The officials extractor gives the post to the last name
only, or to none when a listed person already holds a title of that role (one post is one mention, at its
first: the apposition's "Phó bí thư Tỉnh ủy khóa XV" held). Each listed person gains it: "appointed" (a
re-elected one too, as the gold reads it).

The sentence opens with the first name ("Ông A", "Bà A", "Các ông A"), the names follow each other joined by
"," or "và", each perhaps with its titles, up to a verb of ``shared_predicate_cues.tsv`` (use ``verb``) and
the post's role right after it (perhaps after ``office``: "chức vụ"); no word of ``stop`` stands before the
verb (another verb or a preposition: "ông A trao hoa chúc mừng ông B và ông C được bầu ..." is not a list of
subjects). A person's post of that role (the body after the role in the text, or none) becomes "appointed";
a listed person with no such post gains a copy of another listed person's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.model import Extraction, PersonMention, PostMention, Report
from kg.textkey import key as text_key

from .doc_tables import alternation, whole_words, words_by_use
from .sentences import sentences

_OPENING = re.compile(r"[\s\"“'(]*(?:các\s+)?(?:ông|bà)\s+(?:,\s*)?")
_MIN_LISTED = 2
_JOIN = re.compile(r"(?:,|(?<![\w])và)(?![\w])")  # between two listed names


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(verb with an optional office word after it, stop words, the verbs' first words for a guard)."""
    w = words_by_use("shared_predicate_cues.tsv")
    verb = re.compile(rf"(?<![\w])(?:{alternation(w['verb'])})(?:\s+(?:{alternation(w['office'])}))?\s+")
    return verb, whole_words(w["stop"]), re.compile(alternation(tuple({v.split()[0] for v in w["verb"]})))


def _person_posts(extraction: Extraction) -> dict[int, tuple[PersonMention, list[PostMention]]]:
    out: dict[int, tuple[PersonMention, list[PostMention]]] = {}
    for pm in extraction.posts:
        out.setdefault(id(pm.person), (pm.person, []))[1].append(pm)
    for p in extraction.persons:
        out.setdefault(id(p), (p, []))
    return out


def shared_predicates(report: Report, extraction: Extraction) -> None:
    """Give each person listed before one verb the post it gives (see the module's docstring)."""
    k = report.key
    verb, stop, guard = _cues()
    if not guard.search(k):
        return
    people = None
    for s in sentences(report):
        o = _OPENING.match(k, s.start, s.end)
        if o is None:
            continue
        v = verb.search(k, o.end(), s.end)
        if v is None or stop.search(k, s.start, v.start()):
            continue
        if people is None:
            people = _person_posts(extraction)
        listed = []
        for person, posts in people.values():
            spans = [sp for sp in (person.spans or [person.span]) if s.start <= sp.start and sp.end <= v.start()]
            if spans:
                listed.append((min(sp.start for sp in spans), person, posts))
        listed.sort(key=lambda x: x[0])
        if len(listed) < _MIN_LISTED or listed[0][0] != o.end():
            continue
        if not all(_JOIN.search(k, a[0], b[0]) for a, b in zip(listed, listed[1:], strict=False)):
            continue
        given = {id(person): [pm for pm in posts if _role_at(k, v.end(), pm)] for _, person, posts in listed}
        template = next((ps[0] for ps in given.values() if len(ps) == 1), None)
        if template is None:
            continue
        for _, person, _posts in listed:
            mine = given[id(person)]
            if len(mine) == 1 and mine[0].status in ("holds", "appointed"):
                mine[0].status = "appointed"
            elif not mine:
                extraction.posts.append(replace(template, person=person, status="appointed", id=""))


def _role_at(k: str, at: int, pm: PostMention) -> bool:
    """The post's role as kg wrote it stands whole at ``at``, and the text after it names the post's body
    ("Phó bí thư Tỉnh ủy") or none (a mark, the end, a term "khóa XV")."""
    role = text_key(pm.role).lower()
    e = at + len(role)
    if not k.startswith(role, at) or (e < len(k) and k[e].isalnum()):
        return False
    after = k[e : e + 80].lstrip()
    if not after or not after[0].isalnum() or re.match(r"(?:khoá|khóa|nhiệm kỳ)(?![\w])", after):
        return True
    return pm.org is not None and any(after.startswith(text_key(w).lower()) for w in (pm.org.written, pm.org.name))
