"""A removal from every Party post at once ends each Party post the report gives the person.

A disciplinary decision often names no post: "Ban Bí thư quyết định thi hành kỷ luật đồng chí X bằng hình
thức cách chức tất cả các chức vụ trong Đảng" (``party_removals.tsv``, use ``removal``), the posts having
been named earlier ("đồng chí X, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Công an tỉnh, Giám đốc
Công an tỉnh"). Each of X's posts in a Party body (the organization's category "party", or a role that is a
Party seat alone, ``seat_roles.tsv`` party "yes": "Tỉnh ủy viên") told as held becomes "left"; a post of the
State (Giám đốc Công an tỉnh) is not touched, nor a post told as former.

X is a person named in the removal's clause (its sentence up to a ";"), with no other penalty between the
removal and the name ("...; cảnh cáo ông Y": use ``other``). A removal only asked for or considered ("đề
nghị ... xem xét cách tất cả ...": use ``proposed`` before it in its clause) ends nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from kg.model import Extraction, PostMention, Report

from .doc_tables import alternation, read_tsv, whole_words, words_by_use
from .scans import matches_at_words
from .sentences import sentences


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(removal, proposed, other penalty) over the report's key."""
    words = words_by_use("party_removals.tsv")
    return tuple(whole_words(words[u])  # type: ignore[return-value]
                 for u in ("removal", "proposed", "other"))


@cache
def _removal_words() -> re.Pattern[str]:
    """The removal pattern without its opening lookbehind: it opens with the words' letters ("cách "),
    which ``re`` finds by a fast search, where the full pattern is tried at every character of the report
    (:func:`scans.matches_at_words`; that whole-key scan was nine tenths of this component's time)."""
    return re.compile(alternation(words_by_use("party_removals.tsv")["removal"]))


@cache
def _party_roles() -> frozenset[str]:
    """Role ids that are a Party seat alone (``seat_roles.tsv``, party "yes")."""
    return frozenset(r["role"] for r in read_tsv("seat_roles.tsv") if r["party"] == "yes")


def party_post(pm: PostMention) -> bool:
    """The post is in a Party body (the organization's category "party"), or a Party seat written alone."""
    return pm.org.category == "party" if pm.org is not None else pm.role_id in _party_roles()


def end_party_posts(report: Report, extraction: Extraction) -> None:
    """Pipeline component: see the module's docstring."""
    removal, proposed, other = _patterns()
    k = report.key
    hits = list(matches_at_words(removal, _removal_words(), k))
    if not hits or not extraction.posts:
        return
    sents = sentences(report)
    starts = [s.start for s in sents]
    removed: set[int] = set()
    for m in hits:
        i = bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        a = k.rfind(";", sents[i].start, m.start()) + 1 or sents[i].start
        b = k.find(";", m.end(), sents[i].end)
        b = sents[i].end if b < 0 else b
        if proposed.search(k, a, m.start()):
            continue
        for person in {id(pm.person): pm.person for pm in extraction.posts}.values():
            for s in person.spans or [person.span]:
                if a <= s.start and s.end <= b and not (
                        s.start > m.end() and other.search(k, m.end(), s.start)
                        or s.end < m.start() and other.search(k, s.end, m.start())):
                    removed.add(id(person))
                    break
    for pm in extraction.posts:
        if id(pm.person) in removed and pm.status == "holds" and party_post(pm):
            pm.status = "left"
