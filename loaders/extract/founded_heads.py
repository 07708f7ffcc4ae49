"""The head of a body founded in the report's act is appointed: "X được thành lập do A làm trưởng ban".

"Chiều 17/3, Ban lễ tang ... được thành lập do Tổng bí thư A làm trưởng ban", "Thủ tướng đã quyết định
lập Ban chỉ đạo X do Bộ trưởng A làm trưởng ban", "Hội nghị quyết định thành lập 5 tiểu ban gồm: Tiểu ban
Văn kiện do Tổng bí thư A làm Trưởng tiểu ban; ...". The officials extractor reads "do A làm R" as the
body's head, held; the founding word says the post begins with the body, in the act the report tells.
A held post is appointed when the link of ``founded_head_cues.tsv`` (use ``link``: "làm") stands right
before its title, "do" before the link with the post's person named between them and no clause mark
(";", ".") between "do" and the title, and a founding word (use ``found``) earlier in the same sentence
than that "do". Titles written before the name ("Tổng bí thư A") keep their status. The founding words
are verbs of an act ("được / đã / quyết định thành lập", "ra đời"): a founding named as a topic ("vi phạm
trong việc thành lập Công ty X do A làm Chủ tịch HĐQT") is a past act and changes nothing.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Extraction, Report

from .doc_tables import alternation, whole_words, words_by_use
from .sentences import posts_by_sentence

_MAX_BETWEEN = 80  # characters from "do" to the link: a title or two and a name


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(founding words, "do <up to _MAX_BETWEEN characters> <link>" ending right before a title) on the key."""
    words = words_by_use("founded_head_cues.tsv")
    found = whole_words(words['found'])
    link = re.compile(rf"(?<![\w])do (?P<who>[^.;!?\n]{{1,{_MAX_BETWEEN}}}) (?:{alternation(words['link'])}) $")
    return found, link


def founded_heads(report: Report, extraction: Extraction) -> None:
    """Give the head of a body founded in the report's act the status "appointed" (see the module's docstring)."""
    k = report.key
    found, link = _cues()
    for pm, s in posts_by_sentence(report, extraction.posts, "holds", found):
        lo = max(s.start, pm.span.start - _MAX_BETWEEN - 8)
        m = link.search(k, lo, pm.span.start)
        if m is None:
            continue
        do_at, who = m.start(), (m.start("who"), m.end("who"))
        if not any(who[0] <= sp.start and sp.end <= who[1] for sp in pm.person.spans):
            continue
        if found.search(k, s.start, do_at):
            pm.status = "appointed"
