"""The titles of a photo caption of the past are former: the photo was taken when they were held.

A report on a leader's life or an exhibition shows archive photos: "Trong ảnh, từ phải sang trái: Chủ tịch
Hồ Chí Minh, Chủ nhiệm Tổng cục Chính trị X, Tổng Bí thư Y, Phó Thủ tướng Z tại Việt Bắc. (Ảnh tư liệu)",
"Trong ảnh, bà gặp gỡ ... ông A - Tổng thống Nam Tư năm 1973". The officials extractor reads each title as
held now. A caption is a sentence opening with a caption's words or followed by an archive photo's credit
(``caption_cues.tsv``); it is of the past when it names a leader of ``deceased_leaders.tsv`` who died
before the report (the report's year, else the latest year its text writes), writes a year ten years
or more before it, or names a body that no longer exists (organizations.tsv's ``old`` rows: "Bí thư Liên khu
ủy V", "Xứ ủy viên Xứ ủy Bắc Kỳ"), or names an event the report dates elsewhere with its day in brackets,
ten years or more before it ("Hiệp định Paris (27/1/1973)" in a report of 2026, then "Các bức ảnh ở lễ ký
kết Hiệp định Paris"). Its held posts are then former. A caption's opening sentence that holds no title
("Các bức ảnh ở lễ ký kết Hiệp định Paris.") runs on into the next ("Đại diện gồm Bộ trưởng Ngoại giao
A, ..."), and a caption opening with the next photo of a series ("Ảnh sau ghi lại ...") that writes no
year of its own is of the time of the caption before it. An archive credit alone is no sign of the
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
# an event dated by its day in brackets: "Hiệp định Paris (27/1/1973)", "Chiến thắng Điện Biên Phủ (7/5/1954)"
_DAY_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(1[89]\d\d|20\d\d)\s*\)")
_EVENT_WORDS = 4  # the most words of an event's name before its date


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a caption's opening words at a sentence's start, an archive credit at a sentence's start, the
    words for a guard, the opening words of the next photo of a series), on the report's key."""
    words = words_by_use("caption_cues.tsv")

    def alt(ws: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    lead = re.compile(rf"[\s\"“'(-]*(?:{alt((*words['lead'], *words['next']))})(?![\w])")
    series = re.compile(rf"[\s\"“'(-]*(?:{alt(words['next'])})(?![\w])")
    archive = re.compile(rf"[\s\"“'-]*(?:{alt(words['archive'])})(?![\w])")
    # one search for any of the phrases (a trie), after a scan for a word of them (most reports have none)
    guard = re.compile(alternation([*words["lead"], *words["next"], *words["archive"]]))
    return lead, archive, guard, series


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


def _dated_events(report: Report, now: int) -> tuple[str, ...]:
    """The keys of the names the report writes with a day in brackets ten years or more before ``now``
    ("Hiệp định Paris (27/1/1973)"): the longest run of two to four words right before the bracket that
    opens and ends with a capital and writes a lower-case word (a person's name is capitalised throughout)."""
    out: list[str] = []
    text = report.text
    for m in _DAY_IN_BRACKETS.finditer(text):
        if int(m.group(1)) > now - _PAST_YEARS:
            continue
        words = text[max(0, m.start() - 80) : m.start()].split()[-_EVENT_WORDS:]
        for n in range(len(words), 1, -1):
            run = words[-n:]
            if all(w.isalnum() for w in run) and run[0][0].isupper() and run[-1][0].isupper() \
                    and any(w[0].islower() for w in run):
                out.append(text_key(" ".join(run)))
                break
    return tuple(out)


def _of_the_past(text: str, now: int, events: tuple[str, ...]) -> bool:
    """A caption's key ``text`` writes a year ten years or more before ``now``, names a leader who died
    before it, a body that no longer exists or an event of :func:`_dated_events`."""
    return any(int(y) <= now - _PAST_YEARS for y in _YEAR.findall(text)) or any(
        died < now and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text) for name, died in _deceased()) \
        or bool(old_body_pattern().search(text)) \
        or any(re.search(rf"(?<![\w]){re.escape(e)}(?![\w])", text) for e in events)


def past_captions(report: Report, extraction: Extraction) -> None:
    """Give the held posts of a caption of the past the status "former" (see the module's docstring)."""
    held = [pm for pm in extraction.posts if pm.status == "holds"]
    if not held:
        return
    k = report.key
    lead, archive, guard, series = _cues()
    if not any(w in k for w in _FIRST_WORDS) or not guard.search(k):
        return
    now = _report_year(report)
    if now is None:
        return
    events = _dated_events(report, now)
    sents = sentences(report)
    titled = {sentence_index(report, pm.span.start) for pm in extraction.posts}
    last, last_old = -2, False  # the last sentence of the caption before, and whether it was of the past
    for i, s in enumerate(sents):
        if i <= last:
            continue  # the second sentence of a caption already read
        if not (lead.match(k, s.start) or i + 1 < len(sents) and archive.match(k, sents[i + 1].start)
                or archive.match(k, s.end)):
            continue
        end = i + 1 if i not in titled and i + 1 < len(sents) and lead.match(k, s.start) else i
        text = k[s.start : sents[end].end]
        old = _of_the_past(text, now, events) or (
            last == i - 1 and last_old and bool(series.match(k, s.start)) and not _YEAR.search(text))
        last, last_old = end, old
        if not old:
            continue
        for pm in held:
            if i <= sentence_index(report, pm.span.start) <= end:
                pm.status = "former"
