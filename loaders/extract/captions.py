"""The titles of a photo caption of the past are former: the photo was taken when they were held.

A report on a leader's life or an exhibition shows archive photos: "Trong ảnh, từ phải sang trái: Chủ tịch
Hồ Chí Minh, Chủ nhiệm Tổng cục Chính trị X, Tổng Bí thư Y, Phó Thủ tướng Z tại Việt Bắc. (Ảnh tư liệu)",
"Trong ảnh, bà gặp gỡ ... ông A - Tổng thống Nam Tư năm 1973". The officials extractor reads each title as
held now. A caption is a sentence opening with a caption's words or followed by an archive photo's credit
(``caption_cues.tsv``); it is of the past when it names a leader of ``deceased_leaders.tsv`` who died
before the report (the report's year, else the latest year its text writes), writes a year ten years
or more before it, or names a body that no longer exists (organizations.tsv's ``old`` rows: "Bí thư Liên khu
ủy V", "Xứ ủy viên Xứ ủy Bắc Kỳ"). Its held posts are then former. An archive credit alone is no sign of the
past: a file photo may show a post held today. A caption of today ("Từ trái qua: Chủ tịch Quốc hội A,
Tổng Bí thư B trước khi vào phiên khai mạc") is left as it reads.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Extraction, Report
from kg.textkey import key as text_key

from .doc_tables import alternation, read_tsv, words_by_use
from .organizations import old_body_pattern
from .sentences import sentence_index, sentences

_YEAR = re.compile(r"(?<![\w.-])(1[89]\d\d|20\d\d)(?![\w])")
_FIRST_WORDS = ("ảnh", "từ phải", "từ trái")  # one of them is in every phrase of caption_cues.tsv
_PAST_YEARS = 10  # a caption's year this far before the report's is a photo of the past


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a caption's opening words at a sentence's start, an archive credit at a sentence's start, the
    words for a guard), on the report's key."""
    words = words_by_use("caption_cues.tsv")

    def alt(ws: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    lead = re.compile(rf"[\s\"“'(-]*(?:{alt(words['lead'])})(?![\w])")
    archive = re.compile(rf"[\s\"“'-]*(?:{alt(words['archive'])})(?![\w])")
    # one search for any of the phrases (a trie), after a scan for a word of them (most reports have none)
    guard = re.compile(alternation([*words["lead"], *words["archive"]]))
    return lead, archive, guard


@cache
def _deceased() -> tuple[tuple[str, int], ...]:
    """(name key, year of death) of every leader of ``deceased_leaders.tsv``."""
    return tuple((text_key(r["name"]), int(r["died"][:4])) for r in read_tsv("deceased_leaders.tsv"))


def _report_year(report: Report) -> int | None:
    """The report's year: its date's, else the latest year its text writes."""
    if report.published is not None and report.published.year:
        return report.published.year
    years = [int(y) for y in _YEAR.findall(report.key)]
    return max(years) if years else None


def past_captions(report: Report, extraction: Extraction) -> None:
    """Give the held posts of a caption of the past the status "former" (see the module's docstring)."""
    held = [pm for pm in extraction.posts if pm.status == "holds"]
    if not held:
        return
    k = report.key
    lead, archive, guard = _cues()
    if not any(w in k for w in _FIRST_WORDS) or not guard.search(k):
        return
    now = _report_year(report)
    if now is None:
        return
    sents = sentences(report)
    for i, s in enumerate(sents):
        if not (lead.match(k, s.start) or i + 1 < len(sents) and archive.match(k, sents[i + 1].start)
                or archive.match(k, s.end)):
            continue
        text = k[s.start : s.end]
        old = any(int(y) <= now - _PAST_YEARS for y in _YEAR.findall(text)) or any(
            died < now and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text) for name, died in _deceased()) \
            or bool(old_body_pattern().search(text))
        if not old:
            continue
        for pm in held:
            if sentence_index(report, pm.span.start) == i:
                pm.status = "former"
