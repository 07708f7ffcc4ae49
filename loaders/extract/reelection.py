"""A post the person is chosen for again is this report's act: "appointed", not a title merely held.

A congress or a council's first sitting re-elects people to the posts they hold, and the report writes the
title twice or once: "Ông X, Bí thư Tỉnh ủy tiếp tục được tín nhiệm bầu giữ chức Bí thư khóa mới", "Ông X,
Phó bí thư, Chủ tịch UBND tỉnh tiếp tục được bầu giữ chức Phó bí thư", "Ông X, tiếp tục giữ chức Bí thư
Tỉnh ủy", "HĐND đã bầu ông X tiếp tục giữ chức Chủ tịch UBND thành phố", "Ông X, Phó Chủ tịch HĐND khóa 8
tiếp tục giữ chức vụ này cho nhiệm kỳ mới". The officials extractor reads the title as held (the apposition
comes first, and a title repeated with no body of its own gives no post), so the re-election is lost.

A post held ("holds") is re-elected when, in its sentence, a cue of ``reelection_cues.tsv`` (use ``cue``)
is followed by the post's own title (its span starts there, or the words after the cue are its role), or
by "này" right after that title (the title, the person's other titles and a term "khóa 8" alone between),
or ends its clause right after the person's name ("Tổng Bí thư X tái đắc cử", "bà Y (tái cử)": the titles
of that person written before it in the sentence).
Not when the cue says the post is only held still or is asked about ("hiện tiếp tục giữ chức X", "sẽ
tiếp tục", "có tiếp tục làm X?": use ``still``), when the stay is bounded ("tiếp tục giữ chức X đến khi đủ
tuổi nghỉ hưu": use ``until``, an extension), nor when a year is written before the cue in the sentence
("Tại Đại hội ... (năm 2015), ông X tiếp tục được tín nhiệm giữ chức Bí thư": a past term told in a
biography, held now).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from kg.model import Extraction, PostMention, Report
from kg.textkey import key as text_key

from .doc_tables import whole_words, words_by_use
from .sentences import sentences


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """(cue, "this" right after a cue, a "still" word right before a cue, an "until" word, the cues'
    first words for a guard), on the report's key; longest phrases first."""
    words = words_by_use("reelection_cues.tsv")

    def alt(ws: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    # a trie (doc_tables.whole_words), longest phrase first at each branch: "tiếp tục giữ chức vụ" over
    # "tiếp tục giữ chức"; searched for its first letters, not tried at every character
    cue = whole_words(words["cue"])
    this = re.compile(rf"\s*(?:{alt(words['this'])})(?![\w])")
    still = re.compile(rf"(?<![\w])(?:{alt(words['still'])})\s*$")
    until = re.compile(rf"(?<![\w])(?:{alt(words['until'])})(?![\w])")
    # one of these is written in every cue: a report with none of them is left at once
    guards = tuple(g for g in ("tiếp tục", "tái ", "bầu lại") if any(g in w for w in words["cue"]))
    if not all(any(g in w for g in guards) for w in words["cue"]):
        raise ValueError("reelection_cues.tsv: a cue holds none of the guard words 'tiếp tục', 'tái', 'bầu lại'")
    return cue, this, still, until, guards


def reelection_cues() -> re.Pattern[str]:
    """The words of a re-election or re-appointment standing whole (``reelection_cues.tsv``, use ``cue``:
    "tái đắc cử", "được bầu lại làm", "tiếp tục được bầu giữ chức"), on the report's key: the one pattern
    this rule and :func:`.tenure_dates.unstart_reelections` read them by."""
    return _cues()[0]


# A year written as such ("năm 2015", "tháng 6/2004", "(2015)"), not a term's span after "nhiệm kỳ"
_YEAR = re.compile(r"(?<![\w.-])(?:19|20)\d\d(?![\w])")
_TERM = re.compile(r"(?:nhiệm kỳ|khoá)\s*(?:\w+\s*)?\(?\s*$")
# between a title and a cue pointing back at it: commas, a closing bracket, a term ("khoá 8", "khoá XII",
# "(nhiệm kỳ 2011-2016)")
_BETWEEN = re.compile(r"[\s,)]*(?:\(?\s*(?:khoá|nhiệm kỳ)\s+[\w.]+(?:\s*[-–]\s*\d+)?[\s,)]*)?")
_CLAUSE_END = re.compile(r"[.;:!?]")
# a cue that ends its sentence or bracket ("... tái đắc cử.", "(tái cử)", "tái cử cho nhiệm kỳ mới"), not a
# clause a comma closes ("ngoài Tổng bí thư X tái đắc cử, có 7 người nhận trọng trách mới": a background
# aside), and what may stand between the person's name and such a cue
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;:!?)]|$|cho nhiệm kỳ|nhiệm kỳ|với\s)")
_NAME_GAP = re.compile(r"\s*\(?\s*")


def reelect(report: Report, extraction: Extraction) -> None:
    """Give a held post re-elected in its sentence the status "appointed" (see the module's docstring)."""
    k = report.key
    cue, this, still, until, guards = _cues()
    if not any(g in k for g in guards):
        return
    held = [pm for pm in extraction.posts if pm.status == "holds"]
    if not held:
        return
    sents = sentences(report)
    starts = [s.start for s in sents]
    for m in cue.finditer(k):
        i = bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        s = sents[i]
        head = k[s.start : m.start()]
        if still.search(head) or k[s.start : s.end].rstrip().endswith("?"):
            continue
        if any(not _TERM.search(head, 0, y.start()) for y in _YEAR.finditer(head)):
            continue  # a past term told in a biography
        end = _CLAUSE_END.search(k, m.end(), s.end)
        if until.search(k, m.end(), end.start() if end else s.end):
            continue
        for pm in _reelected(k, m, held, s.start, s.end):
            pm.status = "appointed"


def _reelected(k: str, m: re.Match[str], held: list[PostMention], sent_start: int,
               sent_end: int) -> list[PostMention]:
    """The held posts the cue ``m`` chooses again: the title written right after it, or the title
    right before it that "này" after it points back to, or the person's title of the role written after it."""
    after = m.end()
    while after < len(k) and k[after] == " ":
        after += 1
    _, this, _, _, _ = _cues()
    if this.match(k, m.end()):
        before = [pm for pm in held if sent_start <= pm.span.start and pm.span.end <= m.start()]
        if not before:
            return []
        last = max(before, key=lambda pm: pm.span.end)
        gap = k[last.span.end : m.start()]
        return [last] if _BETWEEN.fullmatch(gap) else []
    out = [pm for pm in held if pm.span.start == after]
    if _CLAUSE_CLOSE.match(k, m.end(), sent_end):
        # "Tổng Bí thư X tái đắc cử", "bà Y (tái cử)": the titles of the person named right before the cue
        return [pm for pm in held if sent_start <= pm.span.start < m.start() and any(
            _NAME_GAP.fullmatch(k, sp.end, m.start()) for sp in pm.person.spans)]
    # the role written after the cue, a title the person named in this sentence holds
    # ("Ông X, Phó bí thư, Chủ tịch UBND tỉnh tiếp tục được bầu giữ chức Phó bí thư")
    for pm in held:
        if pm in out or not sent_start <= pm.span.start < m.start():
            continue
        role = text_key(pm.role)
        if k.startswith(role, after) and not k[after + len(role) : after + len(role) + 1].isalnum() \
                and _titles_only(k, pm, held, m.start()):
            out.append(pm)
    return out


def _titles_only(k: str, pm: PostMention, held: list[PostMention], cue_start: int) -> bool:
    """Only the person's own titles (and commas, a bracket, a term) stand between ``pm`` and the cue: the
    cue's subject is the title's holder."""
    mine = sorted((x.span.start, x.span.end) for x in held
                  if x.person is pm.person and pm.span.end <= x.span.start and x.span.end <= cue_start)
    at = pm.span.end
    for a, b in mine:
        if not _BETWEEN.fullmatch(k[at:a]):
            return False
        at = b
    return bool(_BETWEEN.fullmatch(k[at:cue_start]))
