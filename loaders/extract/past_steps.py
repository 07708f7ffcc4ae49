"""A career step told with its year after this report's own appointment is a past step, not this event's.

A report on an appointment tells the act first ("Ông X được bầu làm Chủ tịch UBND thành phố") and then
the person's career, step by step, each step opening with its year: "Năm 2013, ông X được bầu làm Chủ
tịch HĐND tỉnh Bến Tre.", "Tháng 6/2013, ông được điều động làm Thứ trưởng ...". Such a step reads as an
appointment (its verb is one), but the report's event is the act told before it: the step is
"former" (a seat in a body, ``seat_roles.tsv``, is kept while other posts come: "holds").

A post is such a step when (1) it is "appointed" with a start its sentence writes as a year or a month
of a year, no day ("Năm 2013, ông X được bầu làm ...", "Ông được phê chuẩn giữ chức Bộ trưởng tháng
4/2016": an event's act is told with its day, or undated); and (2) the same person has another
appointed post told in an earlier sentence, with no start or a later one, and not appointed again in
this sentence (a headline and the body telling one act: the report's own act). Anything else is left
as it is: one appointment alone, or the first told, may well be this event's. On the corpus (544
reports outside the held-out sets) 7 posts change: 6 right, 1 a minister the Assembly "will" dismiss
(held, not former; it was "appointed" before).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from kg.model import Extraction, PostMention, Report

from .doc_tables import read_tsv
from .sentences import sentences


@cache
def _seat_roles() -> frozenset[str]:
    """Role ids of a seat in a body (``seat_roles.tsv``)."""
    return frozenset(r["role"] for r in read_tsv("seat_roles.tsv"))


def _post(pm: PostMention) -> tuple[str, str]:
    """The post as (role, body): two mentions of one post, the headline's and the body's, are one act."""
    return pm.role.lower(), pm.org.name if pm.org else ""


def _later(a: PostMention, b: PostMention) -> bool:
    """``b``'s act came after ``a``'s, or ``b`` has no date of its own (the report's act)."""
    if b.start is None or b.start.year is None:
        return True
    assert a.start is not None
    return (b.start.year, b.start.month or 0) > (a.start.year or 0, a.start.month or 0)


def settle_past_steps(report: Report, extraction: Extraction) -> None:
    """Pipeline component: a person's dated career step told after the report's own appointment of
    that person is "former" (a seat "holds"), see the module's docstring."""
    appointed = [pm for pm in extraction.posts if pm.status == "appointed"]
    if len(appointed) < 2:
        return
    sents = sentences(report)
    starts = [s.start for s in sents]

    def sent_of(pm: PostMention) -> int:
        return bisect_right(starts, pm.span.start) - 1

    by_person: dict[int, list[PostMention]] = {}
    for pm in appointed:
        by_person.setdefault(id(pm.person), []).append(pm)
    seats = _seat_roles()
    for posts in by_person.values():
        if len(posts) < 2:
            continue
        steps = []
        for pm in posts:
            d = pm.start
            if d is None or d.year is None or d.day is not None or d.inferred_year:
                continue
            i = sent_of(pm)
            here = {_post(x) for x in posts if sent_of(x) == i}
            if i >= 0 and any(sent_of(q) < i and _later(pm, q) and _post(q) not in here for q in posts):
                steps.append(pm)
        for pm in steps:
            pm.status = "holds" if pm.role_id in seats else "former"
