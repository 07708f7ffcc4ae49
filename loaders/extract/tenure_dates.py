"""The day a tenure began or ended, from the act the report tells of.

A post written as "appointed" (``status_cues.tsv``: "bổ nhiệm", "được bầu", "điều động") is the start of
a tenure, and a post "left" ("thôi giữ chức", "miễn nhiệm", "nghỉ hưu") its end; a report very often says
when. This component gives such a post its ``start`` (appointed) or ``end`` (left), when -- and only
when -- the text ties a date to the act, in the sentence that tells of it:

1. a date after the act written as when it takes effect ("thôi giữ chức … từ ngày 1/3/2017", "nghỉ hưu
   từ 1/1/2018": ``tenure_act_dates.tsv``, use ``effective``) wins over every other;
2. else the nearest date before the act's verb ("Ngày 6/2/2017, Ban Bí thư quyết định điều động, chỉ
   định ông X giữ chức …", "Quyết định số 439-QĐNS/TW ngày 6/2/2017 … bổ nhiệm ông X"), on the verb's
   own clause (no ";" between) unless it opens the sentence, and with no verb of talking or saying between
   ("Ngày 27/6, ông A trao đổi về trường hợp ông X được bổ nhiệm …" is the talk's day: ``talk`` words and
   ``saying_verbs.tsv``);
3. else the issue date of the decision named after the verb ("bổ nhiệm ông X … theo Quyết định số 12/QĐ-UBND
   ngày 5/6/2017"), or the day written right after a verb that follows the title, no comma between ("ông X,
   Giám đốc Sở Y tế nghỉ hưu từ ngày 1/3/2017"; such a verb takes no date before it: "…, thay cho ông X, Bí thư Tỉnh
   ủy nghỉ hưu theo chế độ, ngày 6/9, Ban Chấp hành họp …" is the meeting's day);
4. else the date of the one dated event the sentence names ("Tại Hội nghị …, ông X được bầu …"), unless
   the act is only talked about there.

A post the report tells as held ("holds", "former": a career told in the past, "Tháng 3/2015, ông được
điều động giữ chức …") takes the same date as its start when the act governs its title -- the title is
the act's object, written right after the verb or a ``governs`` word ("làm", "giữ chức", "vào"), not an
apposition of the person nor a later step ("sau đó là …": ``later`` words); a former post whose title a
removal governs ("… và cho thôi giữ chức Ủy viên Trung ương") takes it as its end.

A re-election ("tái đắc cử", "được bầu lại làm": ``reelection_cues.tsv``) dates a new term, not the tenure: the
start its sentence gave is taken back (:func:`unstart_reelections`).

A date keeps its precision: a day, or a month of a year ("Tháng 6/2013, …": a gYearMonth). A year alone
after "năm" is the career reader's (officials/careers read "Năm 2011, ông được bổ nhiệm …" already).

A date must have its year: written, or the report's own when the report is dated (a yearless day
takes the report's year as the events rule does, :func:`kg.loaders.dates.find_dates`); a yearless day
in an undated report takes the year of the report's events dated that day, else none. A date
that is not the act's gives nothing: a birth ("sinh ngày"), a deadline ("đến ngày"), a date in an
aside in brackets, a document's date when the document is not a decision ("căn cứ Nghị quyết số 12
ngày …"), the ends of a span "(19/5/1890 - 19/5/2017)"; and an act told as the background or purpose of
another ("…, người vừa được điều động giữ chức …", "sau khi được bầu …": ``aside`` words) takes no date
but its effective one. An act only proposed ("giới thiệu tái cử") takes none. Never guessed: no date, no
verb, no date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from kg.loaders.dates import find_dates, find_month_years
from kg.model import DirectiveMention, EventMention, Extraction, PartialDate, PostMention, Report, Span
from kg.reference.numerals import read_term
from kg.textkey import key as text_key

from .doc_tables import alternation, read_tsv, whole_words, words_by_use
from .events import _written, report_dates
from .lexicon import status_cue_keys
from .reelection import reelection_cues
from .scans import inside_brackets
from .sentences import sentences

_TABLE = "tenure_act_dates.tsv"
# What each status needs: the status cues (status_cues.tsv) that tell of its act.
_ACT_STATUSES = ("appointed", "left")
_SCOPES = ("clause", "after")
# How far after a verb that follows the title its date may be ("ông X, Giám đốc Sở Y tế nghỉ hưu từ ngày 1/3").
_AFTER_VERB = 40
# How far from a document's symbol (or name) its issue date may be ("Quyết định số 12/QĐ-UBND ngày …").
_DOCUMENT_GAP = 70
# A date that opens its sentence (within this many characters) dates every clause of it.
_OPENING = 30


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The regexes over a report's key: act verbs by status, and the words before a date by use."""
    out: dict[str, re.Pattern[str]] = {}
    for status in _ACT_STATUSES:
        out[status] = whole_words(status_cue_keys(status, _SCOPES))
    nominated = status_cue_keys("nominated")
    # "giới thiệu tái cử đại biểu HĐND", "đề cử bầu …": an act only proposed right before the verb
    out["proposed"] = re.compile(rf"(?<![\w])(?:{alternation(nominated)})(?:\s+(?:để|được))?\s*$")
    for status in _ACT_STATUSES:
        # the verbs written before the title they act on ("bổ nhiệm ông X làm …"), for :func:`_governed`
        out[f"{status}_clause"] = whole_words(status_cue_keys(status, ("clause",)))
    for status in _ACT_STATUSES:
        after = status_cue_keys(status, ("after",))
        out[f"{status}_after"] = whole_words(after) if after \
            else re.compile(r"(?!x)x")
    words = words_by_use(_TABLE)
    for use in ("effective", "not_act"):
        # the word ends right before the date (a space, or "ngày" already in the word)
        out[use] = re.compile(rf"(?<![\w])(?:{alternation(words[use])})\s*$")
    fillers = alternation(words["filler"])
    # "người vừa được Bộ Chính trị điều động": after "được", the body that acts (a few words)
    out["aside"] = re.compile(rf"(?<![\w])(?:{alternation(words['aside'])})(?:\s+(?:{fillers}))*"
                              rf"(?:(?<=được)(?:\s+[^\s,.;:()]+){{1,5}}?)?\s*$")
    talk = [*words["talk"], *(text_key(r["word"]) for r in read_tsv("saying_verbs.tsv"))]
    out["talk"] = whole_words(talk)
    out["decision"] = whole_words(words['decision'])
    out["later"] = whole_words(words['later'])
    out["later_end"] = re.compile(rf"(?<![\w])(?:{alternation(words['later'])})[\s,]*$")
    out["governs"] = re.compile(rf"(?<![\w])(?:{alternation(words['governs'])})\s*$")
    out["successive"] = whole_words(words["successive"])
    # the word that opens the post a move left, right before its title ("điều động ông từ vị trí Tổng giám
    # đốc … vào giữ chức …": career_transfers.tsv, kind "from")
    moved = {text_key(r["word"]) for r in read_tsv("career_transfers.tsv") if r["kind"] == "from"}
    out["moved_from"] = re.compile(rf"(?<![\w])(?:{alternation(moved)})\s*$")
    # the words opening a sentence that tells what the decision of the sentence before says ("Theo đó, …")
    follows = {text_key(r["word"]) for r in read_tsv("tenure_follow_words.tsv")}
    out["follows"] = re.compile(rf"[^\w]*(?:{alternation(follows)})(?![\w])")
    return out


# A document symbol written right before a date ("số 3899/QĐ-UBND ngày", "439-QĐNS/TW, ngày"), whether or
# not the directives component read it: the date is that document's.
_SYMBOL_BEFORE = re.compile(r"\d+[\w.]*(?:[/-][\w.đ]+)+[ \t,]*(?:của[ \t]+[^,;.()\n]{1,50}?[ \t,]*)?"
                            r"(?:ban hành[ \t]*|ký[ \t]*)?$")


def _dates(report: Report) -> list[tuple[Span, PartialDate]]:
    """Every date of the report that may date an act, in order: the anchored ones (a yearless day with
    the report's year when the report is dated), those written with their year without an anchor
    ("nghỉ hưu từ 1/1/2018") and a month of a year ("tháng 3/2015", at its precision); the ends
    of a span "(d/m/Y1 - d/m/Y2)" are left out (a life, a period)."""
    def compute() -> list[tuple[Span, PartialDate]]:
        anchored = [(m.span, m.date) for m in report_dates(report)]  # events found them already
        written = _written(report)  # events scanned them already: kept on the report, not scanned twice
        spans = [w.span for w in written if w.span_start or w.span_end]
        out = [(s, d) for s, d in anchored if not any(_overlap(s, x) for x in spans)]
        out += [(w.span, w.date) for w in written
                if not (w.span_start or w.span_end) and not any(_overlap(w.span, s) for s, _d in anchored)]
        # a month of a year ("Tháng 3/2015, ông được điều động …") keeps its precision: a gYearMonth start
        out += [(m.span, m.date) for m in find_month_years(report.text, key=report.key)
                if not any(_overlap(m.span, s) for s, _d in out) and not any(_overlap(m.span, x) for x in spans)]
        return sorted(out, key=lambda x: x[0].start)
    return report.memo("extract.tenure_dates.dates", compute)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _document_date(report: Report, directives: list[DirectiveMention], sent: Span, at: Span) -> str | None:
    """"decision" when the date at ``at`` is the issue date of a decision written right before it,
    "other" when of another document, None when it is no document's."""
    k = report.key
    lo = max(sent.start, at.start - _DOCUMENT_GAP)
    before = None
    for d in directives:
        for s in d.spans or [d.span]:
            if lo <= s.end <= at.start and _SYMBOL_GAP.fullmatch(k, s.end, at.start):
                before = s
    if before is None:
        m = _SYMBOL_BEFORE.search(k, lo, at.start)
        if m is None:
            return None
        before = Span(m.start(), m.end())
    # the document's type word: written in its span or just before its symbol
    head = k[max(sent.start, before.start - 30) : before.end]
    return "decision" if _patterns()["decision"].search(head) else "other"


_SYMBOL_GAP = re.compile(r"[ \t,]*(?:của[ \t]+[^,;.()\n]{1,50}?[ \t,]*)?(?:ban hành[ \t]*|ký[ \t]*)?")


def _act_date(report: Report, extraction: Extraction, pm: PostMention, sent: Span,
              status: str | None = None, previous: Span | None = None) -> PartialDate | None:
    """The date the sentence ``sent`` ties to the act that gave ``pm`` its status (or ``status``), or None;
    ``previous``, the sentence before it, dates the act only through :func:`_follows_decision`."""
    k = report.key
    p = _patterns()
    title = pm.span
    status = status or pm.status
    verbs = [m for m in p[status].finditer(k, sent.start, sent.end)]
    before = [m for m in verbs if m.end() <= title.start]
    after = [m for m in p[f"{status}_after"].finditer(k, title.end, sent.end)
             if m.start() - title.end <= _AFTER_VERB]
    if before:
        # the verb on the title's clause: no ";" between
        verb: re.Match[str] | None = before[-1]
        if ";" in k[before[-1].end() : title.start]:
            verb = None
    else:
        verb = None
    if verb is None and not after:
        return None  # "tân Bí thư": a status the text gives without telling of the act
    if verb is not None and p["later"].search(k, verb.end(), title.start):
        return None  # "… bổ nhiệm giữ chức Phó Bí thư, sau đó là Bí thư …": a later step, not the act's post
    if verb is not None and p["proposed"].search(k, max(sent.start, verb.start() - 40), verb.start()):
        return None  # "giới thiệu tái cử …": the act is proposed, not done that day
    act = Span(verb.start(), verb.end()) if verb is not None else Span(after[0].start(), after[0].end())

    dates: list[tuple[Span, PartialDate, str]] = []  # (span, date, "effective" | "decision" | "")
    for span, date in _dates(report):
        if span.start < sent.start or span.end > sent.end:
            continue
        lead = k[max(sent.start, span.start - 20) : span.start]
        if p["effective"].search(lead):
            kind = "effective"
        elif p["not_act"].search(lead):
            continue
        else:
            doc = _document_date(report, extraction.directives, sent, span)
            if doc == "other":
                continue
            kind = doc or ""
        if kind != "effective" and inside_brackets(k, sent.start, span.start) \
                and not inside_brackets(k, sent.start, act.start):
            continue  # "ông X (sinh ngày …; nguyên Giám đốc Sở từ ngày …)": an aside
        dates.append((span, date, kind))

    # 1. when the act takes effect: after the verb, on its sentence, unless another act of the kind stands
    # between the title and the date ("Trước khi được điều động làm Thứ trưởng ..., ông X từng giữ ... và được
    # bầu giữ chức Chủ tịch UBND thành phố từ tháng 11/2015": the date is the later act's)
    for span, date, kind in dates:
        if kind == "effective" and span.start >= act.end:
            if any(max(title.end, act.end) <= m.start() and m.end() <= span.start for m in verbs):
                break
            return _with_year(report, date, extraction)
    if verb is not None and p["aside"].search(k, max(sent.start, verb.start() - 40), verb.start()):
        return None  # "…, người vừa được điều động giữ chức …": the sentence's date is of another act
    # 2. the nearest date before the verb, on its clause or opening the sentence, when no talk stands between
    # (a verb written after the title, "ông X, Bí thư Tỉnh ủy nghỉ hưu", is dated only by a day right after it:
    # "…, thay cho ông X, Bí thư Tỉnh ủy nghỉ hưu theo chế độ, ngày 6/9, Ban Chấp hành họp …" is the meeting's)
    prior = [(s, d) for s, d, kind in dates if s.end <= act.start and kind != "effective"]
    if prior and verb is not None:
        span, date = prior[-1]
        if p["talk"].search(k, span.end, act.start):
            return None  # "Ngày 27/6, ông A trao đổi về trường hợp ông X được bổ nhiệm …"
        if any(m.end() <= span.start and not re.search(r"[,;:]", k[m.end() : span.start]) for m in before):
            return None  # "… được bổ nhiệm làm A vào tháng 8/2013 và được bổ nhiệm làm B": the earlier act's
        if ";" not in k[span.end : act.start] or span.start - sent.start <= _OPENING:
            return _with_year(report, date, extraction)
        return None
    # 3. a decision named after the verb, or the day right after a verb written after the title
    for span, date, kind in dates:
        if span.start < act.end:
            continue
        if kind == "decision" or (verb is None and span.start - act.end <= _AFTER_VERB
                                  and not re.search(r"[,;:()]", k[act.end : span.start])):
            return _with_year(report, date, extraction)
    if any(s.start >= act.end for s, _d, _k in dates):
        return None  # a date after the act that the text does not tie to it
    # 4. the one dated event the sentence names, when the act is what the sentence tells of there (not a verb
    # written after the title, nor an act talked about: "Tại hội nghị, ông A cho biết ông X được bổ nhiệm …")
    if verb is None or p["talk"].search(k, sent.start, act.start):
        return None
    # 5. a sentence with no date that tells what the decision of the sentence before says ("Theo đó, …")
    if not dates and previous is not None and p["follows"].match(k, sent.start, act.start):
        return _follows_decision(report, extraction, previous)
    return _event_date(extraction.events, sent)


def _follows_decision(report: Report, extraction: Extraction, previous: Span) -> PartialDate | None:
    """The date of the decision that the sentence ``previous`` names, for the act the next sentence tells
    as what that decision says ("Chiều 27/2, Thành ủy tổ chức Hội nghị công bố quyết định của Bộ Chính trị
    về công tác cán bộ. Theo đó, ông X được bổ nhiệm giữ chức …": ``tenure_follow_words.tsv``): the date
    opening ``previous`` (within ``_OPENING`` characters), else the one dated event it names ("Tại Hội
    nghị, ông A đã đọc quyết định …"); None when ``previous`` names no decision, or a verb of talking
    stands between its date and the decision ("Ngày 14/9, ông A khẳng định Thường vụ đã quyết định …":
    the day of the saying)."""
    k = report.key
    p = _patterns()
    decision = p["decision"].search(k, previous.start, previous.end)
    if decision is None:
        return None
    opening = [(s, d) for s, d in _dates(report)
               if previous.start <= s.start and s.end <= decision.start() and s.start - previous.start <= _OPENING]
    if opening:
        span, date = opening[0]
        if p["talk"].search(k, span.end, decision.start()):
            return None
        return _with_year(report, date, extraction)
    if p["talk"].search(k, previous.start, decision.start()):
        return None
    return _event_date(extraction.events, previous)


def _with_year(report: Report, date: PartialDate, extraction: Extraction) -> PartialDate | None:
    """The date when it has its year; a yearless day takes the year of the report's events dated that day
    (the events component finds the year of an undated report's day from its text: "Sáng 10/5, Bộ Chính trị
    công bố quyết định …" beside a conference of 10/5/2017), when they agree on one and it is not before the
    latest year the text writes a full date in (:func:`_latest_full_year`), else None. Why that bound: a day
    written without its year is of the report's own time, and the report is written on or after the latest
    full date it writes; an event of that day in an earlier year is another event ("... bầu giữ chức Bí thư
    Thành ủy ngày 6/10/2015. Ngày 16/6/2016, ... Trước đó ngày 6/10, Ban Chấp hành Trung ương đã kỷ luật ..."
    is no removal of 2015)."""
    if date.year is not None:
        return date
    years = {ev.date.year for ev in extraction.events
             if ev.date is not None and ev.date.year is not None and ev.date.month == date.month
             and ev.date.day == date.day}
    if len(years) != 1:
        return None
    year = years.pop()
    latest = _latest_full_year(report)
    if latest is not None and year < latest:
        return None
    return PartialDate(year, date.month, date.day, inferred_year=True)


def _latest_full_year(report: Report) -> int | None:
    """The latest year of a date the report's text writes with its day, month and year, the ends of a span
    "(d/m/Y1 - d/m/Y2)" left out (a life, a period), else None."""
    years = [d.year for _s, d in _dates(report) if d.year is not None and d.day is not None and not d.inferred_year]
    return max(years, default=None)


def _event_date(events: list[EventMention], sent: Span) -> PartialDate | None:
    """The date (with its year) of the one dated event named in the sentence, or None."""
    found = {ev.date for ev in events
             if sent.start <= ev.span.start < sent.end and ev.date is not None and ev.date.year is not None
             and ev.date.day is not None}
    return found.pop() if len(found) == 1 else None


# How far an act's verb may stand before the title it governs: the person and a few appositions between
# ("HĐND tỉnh bầu bổ sung ông X, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh").
_GOVERNED_GAP = 160


def _governed(report: Report, pm: PostMention, sent: Span, status: str) -> bool:
    """Whether ``pm``'s title is the object of an act of ``status`` ("appointed", "left") written before it
    on its clause: a ``governs`` word right before the title, or the verb itself ("được Thủ tướng bổ nhiệm
    làm Thứ trưởng …", "bổ nhiệm bà Y giữ chức Phó trưởng phòng …", "được bầu bổ sung vào Bộ Chính trị", "cho
    thôi giữ chức Ủy viên Ban Chấp hành Trung ương"), with no ";" or bracket between. A post the report
    tells as held ("holds", "former") is then the act's post, and the act's date its start (or end)."""
    k = report.key
    p = _patterns()
    title = pm.span
    lo = max(sent.start, title.start - _GOVERNED_GAP)
    # a verb written after its title ("Tổng Bí thư A từ trần, … ông B đang làm Chủ tịch …") acts on that title
    verbs = [m for m in p[f"{status}_clause"].finditer(k, lo, title.start) if m.end() <= title.start]
    if not verbs:
        return False
    gap = k[verbs[-1].end() : title.start]
    if re.search(r"[;()]", gap) or any(p[f"{other}_clause"].search(gap) for other in _ACT_STATUSES if other != status):
        return False  # "được bổ nhiệm làm B và cho thôi giữ chức X": X is the removal's
    if gap.strip() and not p["governs"].search(k, verbs[-1].end(), title.start):
        return False  # "bầu ông A, Phó Bí thư Tỉnh ủy giữ chức …": "Phó Bí thư" is an apposition of A
    # the holder is the act's object, named before the title ("bổ nhiệm ông A giữ chức X", "ông A được bầu
    # vào …") or not at all ("Tháng 3/2015, ông được điều động …"); one named only after it is the one
    # replaced ("… được bầu giữ chức X thay cho ông B": B's post X ends, it does not begin)
    named = [s for s in pm.person.spans or [pm.person.span] if sent.start <= s.start < sent.end]
    return not named or any(s.start < title.start for s in named)


@cache
def _term_seats() -> tuple[dict[tuple[str, str], str], dict[str, dict[int, int]], re.Pattern[str], re.Pattern[str]]:
    """(role id, org kind) -> body of each term seat (``term_seats.tsv``); body -> term -> the year it began
    (``terms.tsv``); the term list written after a title, on the key ("các khóa X, XI và XII", "khóa 12 (dự
    khuyết), 13", "từ khóa II đến khóa VI"); the ``midterm`` words of ``tenure_act_dates.tsv``."""
    seats = {(r["role"], r["org"]): r["body"] for r in read_tsv("term_seats.tsv")}
    years: dict[str, dict[int, int]] = {}
    for r in read_tsv("terms.tsv"):
        years.setdefault(r["body"], {})[int(r["term"])] = int(r["start"][:4])
    khoa = text_key("khóa")
    num = r"(?:[ivxl]{1,6}|\d{1,2})(?![\w])"
    alt = rf"(?:\s*\(\s*{text_key('dự khuyết')}\s*\))?"
    terms = re.compile(rf"[ \t]*[,(]?[ \t]*(?:(?:các|từ)[ \t]+)?{khoa}[ \t]+{num}{alt}"
                       rf"(?:[ \t]*(?:,|;|và|đến[ \t]+{khoa})[ \t]*{num}{alt})*")
    midterm = whole_words(words_by_use(_TABLE)['midterm'])
    return seats, years, terms, midterm


_TERM_NUMBER = re.compile(r"(?<![\w])([IVXLivxl]{1,6}|\d{1,2})(?![\w])(\s*\(\s*\w+ \w+\s*\))?")
_SEAT_CLAUSE = 60  # characters before a seat's title searched for a midterm word ("bầu bổ sung ông X làm …")


def _listed_terms(report: Report, pm: PostMention) -> list[tuple[int, bool]]:
    """The terms (number, alternate) written with a seat's title, ending it ("đại biểu Quốc hội khóa XIV":
    the body's own term) or right after it ("Ủy viên Trung ương Đảng các khóa X, XI, XII", "khóa 12 (dự
    khuyết), 13, 14"); a range "từ khóa II đến khóa VI" lists each term between. A Roman numeral counts only
    in capitals, as the text writes it ("khóa vi phạm" is no term); the terms must rise."""
    _seats, _years, pattern, _mid = _term_seats()
    k = report.key
    at = k.rfind(text_key("khóa"), pm.span.start, pm.span.end)
    m = pattern.match(k, at if at >= 0 else pm.span.end)
    if m is None or m.end() < pm.span.end:
        return []  # no list, or a "khóa" inside the title that does not end it
    written = report.text[m.start() : m.end()]
    out: list[tuple[int, bool]] = []
    for n in _TERM_NUMBER.finditer(written):
        v = read_term(n.group(1))
        if v is None or not 1 <= v < 30:
            return []
        out.append((v, n.group(2) is not None))
    if text_key("đến") in k[m.start() : m.end()] and len(out) == 2:
        out = [(v, False) for v in range(out[0][0], out[1][0] + 1)]
    if any(b[0] <= a[0] for a, b in zip(out, out[1:], strict=False)):
        return []
    return out


# "Tại Đại hội XII của Đảng (2016), ông X trúng cử Ủy viên dự khuyết Ban Chấp hành Trung ương": the congress
# named by its number alone, right after "đại hội" (a province's congress writes "Đảng bộ" before its number)
_AT_CONGRESS = rf"(?<![\w]){text_key('tại đại hội')}\s+(?:{text_key('lần thứ')}\s+)?"
_CONGRESS_REACH = 6  # words between a congress's name and its number ("… toàn quốc Đảng Cộng sản Việt Nam khóa XII")


def _congress_term(report: Report, pm: PostMention, sent: Span, body: str) -> list[tuple[int, bool]]:
    """The term of the Party congress that elected the Central Committee seat ``pm`` (appointed), named
    before its title in its sentence with no ";" between: "Tại Đại hội Đảng khóa XII, ông X trúng cử Ủy
    viên dự khuyết Ban Chấp hành Trung ương" -> [(12, False)] (``congress`` words, tenure_act_dates.tsv)."""
    if body != "party" or pm.status != "appointed":
        return []
    k = report.key
    congress = rf"(?<![\w])(?:{alternation(words_by_use(_TABLE)['congress'])})(?!\s+bộ)"
    number = rf"(?:\s+[^\s,;.()]+){{0,{_CONGRESS_REACH}}}?\s+(?:{text_key('khóa')}|{text_key('lần thứ')})\s+"
    found = None
    for m in re.finditer(rf"(?:{congress}{number}|{_AT_CONGRESS})" + r"([ivxl]{1,6}|\d{1,2})(?![\w])",
                         k[sent.start : pm.span.start]):
        found = m
    if found is None or ";" in k[sent.start + found.end() : pm.span.start]:
        return []
    v = read_term(report.text[sent.start + found.start(1) : sent.start + found.end(1)])
    return [(v, False)] if v is not None and 1 <= v < 30 else []


def _term_years(report: Report, pm: PostMention, sent: Span) -> tuple[PartialDate, PartialDate | None] | None:
    """(start, end) of a term seat (``term_seats.tsv``) from the terms written with its title: the year the
    first term of the last unbroken run of listed terms began ("đại biểu Quốc hội các khóa X, XII, XIII" ->
    2007: the seat held since the twelfth), and for a seat told as former the year the term after the run's
    last began ("nguyên đại biểu Quốc hội các khóa IX, X" -> 1992 to 2002). A full seat does not count the
    terms it was an alternate in ("Ủy viên Trung ương Đảng khóa 12 (dự khuyết), 13, 14" -> 2021). None when
    the seat was filled mid-term (``midterm`` words before the title: "bầu bổ sung")."""
    seats, years, _pattern, midterm = _term_seats()
    if pm.org is None or pm.deputy:
        return None
    body = seats.get((pm.role_id, pm.org.kind))
    if body is None:
        return None
    listed = _listed_terms(report, pm) or _congress_term(report, pm, sent, body)
    alternate = "dự khuyết" in (pm.role + " " + (pm.qualifier or "")).lower()
    listed = [t for t, alt in listed if alternate or not alt]
    if not listed:
        return None
    if midterm.search(report.key, max(sent.start, pm.span.start - _SEAT_CLAUSE), pm.span.start):
        return None
    run = [listed[-1]]
    for t in reversed(listed[:-1]):
        if t != run[0] - 1:
            break
        run.insert(0, t)
    first = years[body].get(run[0])
    if first is None:
        return None
    after = years[body].get(run[-1] + 1)
    # a former seat ended with its last term only when the next one had begun when the report was written:
    # "nguyên đại biểu Quốc hội khóa XIV" in 2018 left early (the report's date, else its latest date)
    now = report_year(report)
    end = PartialDate(after) if pm.status == "former" and after is not None and now is not None \
        and now >= after else None
    return PartialDate(first), end


def report_year(report: Report) -> int | None:
    """The report's year, else the year of the latest date its text writes with a day or a month (a term's
    years, "nhiệm kỳ 2016-2021", are no date of the report), else None."""
    pub = report.published
    if pub is not None and pub.year is not None and not pub.inferred_year:
        return pub.year
    years = [d.year for _s, d in _dates(report) if d.year is not None and not d.inferred_year]
    return max(years, default=None)


def report_day(report: Report, before: int, skip: Span | None = None) -> PartialDate | None:
    """The report's own day: its date when it has one with its day (and a year of its own); a report dated with no
    day has none; an undated report's is the first date its text writes with a day and no year before character
    ``before`` ("Sáng 16/6, tại kỳ họp ..."), other than the one written at ``skip`` (a day the caller reads as
    another's: a retirement's first day); else None."""
    pub = report.published
    if pub is not None:
        return pub if pub.year is not None and pub.day is not None and not pub.inferred_year else None
    return next((m.date for m in find_dates(report.text[:before], key=report.key[:before])
                 if m.date.year is None and m.date.day is not None and m.span != skip), None)


def year_dated(d: PartialDate | None) -> bool:
    """``d`` is a year, or a month of a year, written with no day: the date a report gives a step it looks back on
    ("Tháng 9/2015, ... bầu ông B ..."); a report tells its own act by its day or with no date."""
    return d is not None and d.year is not None and d.day is None and not d.inferred_year


def date_term_seats(report: Report, extraction: Extraction, sents: list[Span] | None = None) -> None:
    """Give each term seat written with its terms and without a start the years of those terms
    (:func:`_term_years`); a seat an act dated keeps that date."""
    todo = [pm for pm in extraction.posts if pm.start is None and pm.status != "nominated" and pm.org is not None
            and (pm.role_id, pm.org.kind) in _term_seats()[0]]
    if not todo:
        return
    sents = sents if sents is not None else sentences(report)
    starts = [s.start for s in sents]
    for pm in todo:
        i = bisect_left(starts, pm.span.start + 1) - 1
        if i < 0 or sents[i].end <= pm.span.start:
            continue
        got = _term_years(report, pm, sents[i])
        if got is None:
            continue
        pm.start = got[0]
        if pm.end is None and got[1] is not None:
            pm.end = got[1]
        _end_past_congress_seat(report, pm, sents[i], extraction)


def _end_past_congress_seat(report: Report, pm: PostMention, sent: Span, extraction: Extraction) -> None:
    """A Central Committee seat told as won at a Party congress named by its number ("Tại Đại hội Đảng khóa XII,
    ông X trúng cử Ủy viên dự khuyết Ban Chấp hành Trung ương", :func:`_congress_term`) in a report written once
    the next term had begun (the report's year on or after its start, ``terms.tsv``) is a seat of a term over: the
    congress was no act of the report's, and the seat ended with its term ("former", ending the year the next term
    began), as the read sets' gold writes a seat of an earlier congress (mid17 vietnews-0238, mid27
    vietnews-0221). Within the term the report may well be of that congress, or look back on it: appointed
    stays. A seat whose holder the report shows still in the Central Committee (:func:`_sits_on`) went on past
    its term: held, the congress being no act of the report's either."""
    seats = _term_seats()[0]
    if pm.status != "appointed" or pm.org is None or _listed_terms(report, pm):
        return
    body = seats.get((pm.role_id, pm.org.kind))
    terms = _congress_term(report, pm, sent, body) if body is not None else []
    began = _term_starts().get((body, terms[-1][0] + 1)) if body is not None and terms else None
    if began is None or not _written_on_or_after(report, began):
        return
    if _sits_on(pm, sent, extraction):
        pm.status = "holds"
    else:
        pm.status = "former"
        pm.end = pm.end or PartialDate(int(began[:4]))


def _sits_on(pm: PostMention, sent: Span, extraction: Extraction) -> bool:
    """The seat's holder has another post, told outside the seat's sentence, as not over (held or gained) in a
    body whose members sit in the Central Committee (``continued_cc_seats.tsv``: "tái đắc cử Ủy viên Bộ Chính
    trị" after "được bầu vào Ban chấp hành Trung ương" at an earlier congress): his Central Committee seat went on
    into the next term. A seat won in the same sentence ("được bầu vào Trung ương, Bộ Chính trị") is of the
    same congress and tells nothing of the next term."""
    kinds = _continued_cc_kinds()
    return any(other is not pm and other.person.name == pm.person.name and other.org is not None
               and not sent.start <= other.span.start < sent.end
               and other.org.kind in kinds and other.status in ("holds", "appointed") and other.end is None
               for other in extraction.posts)


@cache
def _continued_cc_kinds() -> frozenset[str]:
    """The kinds of body a seat in which keeps its holder in the Central Committee (``continued_cc_seats.tsv``)."""
    return frozenset(r["org"] for r in read_tsv("continued_cc_seats.tsv"))


@cache
def _term_starts() -> dict[tuple[str, int], str]:
    """(body, term) -> the ISO day the term began (``terms.tsv``)."""
    return {(r["body"], int(r["term"])): r["start"] for r in read_tsv("terms.tsv")}


def _written_on_or_after(report: Report, day: str) -> bool:
    """The report was written on the ISO ``day`` or later: by its own full date, else by its year (or the latest
    year its text dates, :func:`report_year`) being later than the day's."""
    pub = report.published
    if pub is not None and pub.day is not None and pub.year is not None and not pub.inferred_year:
        return pub.iso() >= day
    now = report_year(report)
    return now is not None and now > int(day[:4])


def date_tenure_acts(report: Report, extraction: Extraction) -> None:
    """Pipeline component: give each appointed post without a start the date of the act that
    appointed it, and each left post without an end the date it ended, when its sentence ties one; a post
    told as held whose title an act governs (:func:`_governed`) takes that act's date as start, or as end
    when the post is former and the act a removal. Then a seat held for whole terms takes their years
    (:func:`date_term_seats`: "đại biểu Quốc hội khóa XIV" began in 2016)."""
    todo = [pm for pm in extraction.posts
            if (pm.status == "appointed" and pm.start is None) or (pm.status == "left" and pm.end is None)
            or (pm.status in ("holds", "former") and pm.start is None and pm.end is None)]
    if todo:
        _date_acts(report, extraction, todo)
    date_term_seats(report, extraction)
    unstart_reelections(report, extraction)
    shared = [pm for pm in extraction.posts if pm.start is not None or pm.end is not None]
    if len(shared) > 1:
        sents = sentences(report)
        split_step_ranges(report, shared, sents)
        end_moved_from(report, shared, sents)


_REELECTION_GAP = re.compile(r"[\s,]*(?:(?:và|cùng)\s+)?[\s,]*")  # between two titles a cue governs: "A, B và C"


def unstart_reelections(report: Report, extraction: Extraction) -> None:
    """A post its sentence tells as chosen again (:func:`_reelection_governs`) keeps no start from that sentence: the
    date of a re-election ("Tháng 1/2016, tại Đại hội XII, ông được bầu tái giữ chức Tổng Bí thư" in a profile,
    "Ngày 20/10/2020, tại Đại hội, ông X tái đắc cử Bí thư Tỉnh ủy", a term "khóa XII" of a seat won again) is when
    a new term began, not when the tenure did, which the person held before. An earlier sentence that dates the first
    election ("Tháng 1/2011, ông được bầu làm Tổng Bí thư") gives the start; the re-election leaves it
    unknown. An end the sentence states stays, and so does a start the sentence does not write (a year, or a
    term the year comes from): one read where the title is told again ("Tại Đại hội này, ông tiếp tục được bầu
    làm Tổng Bí thư", then "ngày 14-7-1986, … ông được bầu làm Tổng Bí thư"). An appointment dated by a year or
    a month keeps its date too: the next pass (:mod:`.past_steps`) reads it to tell a step the report looks
    back on ("Đại hội Đảng lần thứ XII đầu năm 2016, ông X tái đắc cử Ủy viên Bộ Chính trị" in a report of
    2017: held) from the report's own event; an act told with its day is the report's event or cited whole."""
    todo = [pm for pm in extraction.posts if pm.start is not None]
    if not todo:
        return
    k = report.key
    cues = reelection_cues()
    if cues.search(k) is None:
        return
    sents = sentences(report)
    starts = [s.start for s in sents]
    for pm in todo:
        assert pm.start is not None
        if pm.status == "appointed" and pm.start.day is None:
            continue
        i = bisect_left(starts, pm.span.start + 1) - 1
        if i < 0 or pm.span.start >= sents[i].end:
            continue
        sent = sents[i]
        here = k[sent.start : sent.end]
        written = str(pm.start.year) in here or text_key("khóa") in here
        if written and _reelection_governs(extraction, pm, sent):
            pm.start = None


def _reelection_governs(extraction: Extraction, pm: PostMention, sent: Span) -> bool:
    """A re-election cue governs the title of ``pm`` in its sentence: right before it, or before a run of the
    same person's titles that ends with it ("… tái đắc cử Ủy viên Bộ Chính trị", "được bầu lại làm Phó Bí
    thư, Chủ tịch UBND tỉnh")."""
    k = extraction.report.key
    cues = reelection_cues()
    at = pm.span.start
    own = sorted(o.span.start for o in extraction.posts if o.person.name == pm.person.name
                 and sent.start <= o.span.start and o.span.end <= at)
    ends = {o.span.start: o.span.end for o in extraction.posts if o.person.name == pm.person.name}
    for start in reversed(own):  # back over the same person's titles written right before this one
        if _REELECTION_GAP.fullmatch(k, ends[start], at):
            at = start
    return any(_REELECTION_GAP.fullmatch(k, m.end(), at) for m in cues.finditer(k, sent.start, at))


def _date_acts(report: Report, extraction: Extraction, todo: list[PostMention]) -> None:
    """:func:`date_tenure_acts` over the posts ``todo``."""
    sents = sentences(report)
    starts = [s.start for s in sents]
    for pm in todo:
        i = bisect_left(starts, pm.span.start + 1) - 1
        if i < 0 or sents[i].end <= pm.span.start:
            continue
        act = pm.status
        if pm.status in ("holds", "former"):
            # a post told as held: the act that governs its title, an appointment (its start) or, for a
            # former post, a removal (its end: "… và cho thôi giữ chức Ủy viên Trung ương")
            acts = ("appointed", "left") if pm.status == "former" else ("appointed",)
            act = next((a for a in acts if _governed(report, pm, sents[i], a)), "")
            if not act:
                continue
        date = _act_date(report, extraction, pm, sents[i], act, sents[i - 1] if i > 0 else None)
        if date is None and act == pm.status:
            date = _retold_act_date(report, extraction, pm, sents, starts)
        if date is None:
            continue
        if act == "appointed":
            pm.start = date
        else:
            pm.end = date


_MAX_RETOLD = 3  # later writings of a title looked at for its act


def _retold_act_date(report: Report, extraction: Extraction, pm: PostMention, sents: list[Span],
                     starts: list[int]) -> PartialDate | None:
    """The date of the act that gave ``pm`` (appointed or left) its status, told where its title is written
    again after the sentence the post was read from: a headline or a lead says the act ("Ông X giữ chức Phó
    Bí thư Tỉnh ủy Y"), the body tells it with its date ("Quyết định số 439-QĐNS/TW ngày 6/2/2017 … chỉ định
    đồng chí X … giữ chức Phó Bí thư Tỉnh ủy Y"). The later title counts only as the object of an act of the
    same status (:func:`_governed`: "giữ chức", "làm" or the verb right before it, so not inside a longer
    title, "Phó Bí thư" for "Bí thư") in a sentence about the holder (:func:`_names_holder`); its date is then read
    as on the post's own sentence (:func:`_act_date`)."""
    k = report.key
    title = k[pm.span.start : pm.span.end]
    at = pm.span.end
    for _ in range(_MAX_RETOLD):
        at = k.find(title, at)
        if at < 0:
            return None
        end = at + len(title)
        i = bisect_left(starts, at + 1) - 1
        whole = not (at > 0 and (k[at - 1].isalnum() or k[at - 1] == "_")) \
            and not (end < len(k) and (k[end].isalnum() or k[end] == "_"))
        if whole and i >= 0 and at >= pm.span.end:
            sent = sents[i]
            retold = replace(pm, span=Span(at, end))
            if _names_holder(extraction, pm, sent, at) and _governed(report, retold, sent, pm.status):
                date = _act_date(report, extraction, retold, sent, pm.status, sents[i - 1] if i > 0 else None)
                if date is not None:
                    return date
        at = end
    return None


def _names_holder(extraction: Extraction, pm: PostMention, sent: Span, at: int) -> bool:
    """Whether the sentence ``sent`` tells its act of ``pm``'s holder: it names the holder before ``at`` (the
    title), or names no one ("Chủ tịch nước bổ nhiệm các ông có tên tại Điều 1 … làm Thẩm phán …"); a sentence
    naming only others is about them ("ông A đã ký văn bản giải trình về việc bổ nhiệm Giám đốc Sở …")."""
    if any(sent.start <= s.start < at for s in pm.person.spans or [pm.person.span]):
        return True
    return not any(sent.start <= s.start < sent.end for person in extraction.persons
                   for s in person.spans or [person.span])


def _by_sentence(posts: list[PostMention], sents: list[Span]) -> dict[tuple[int, str], list[PostMention]]:
    """The posts by (sentence index, holder's name), each list in text order."""
    starts = [x.start for x in sents]
    out: dict[tuple[int, str], list[PostMention]] = {}
    for pm in sorted(posts, key=lambda x: x.span.start):
        i = bisect_left(starts, pm.span.start + 1) - 1
        if i >= 0 and pm.span.start < sents[i].end:
            out.setdefault((i, pm.person.name), []).append(pm)
    return out


def split_step_ranges(report: Report, posts: list[PostMention], sents: list[Span]) -> None:
    """A range that dates a run of titles told as successive steps bounds the run, not each title: "Từ năm
    1999 đến giữa năm 2006, ông A đảm nhiệm chức vụ Phó Chủ tịch rồi Phó Chủ tịch thường trực UBND thành
    phố" says when the first step began and when the last ended, not when the second began nor when the
    first ended. The titles of one person in one sentence that share one closed range (start and end) are
    cut into steps where a ``later`` word stands between two of them ("rồi", "sau đó": "A, B rồi C, D" is
    two steps, A and B held together) or, after ``successive`` ("lần lượt làm A, B rồi C"), at every title.
    The first step keeps the start only, the last the end only, a step between them neither; a ``later`` word
    right before the first title ("… từ cán bộ Tuyên giáo, rồi Trưởng ban …") says a step the run does not
    hold came first, so the first title keeps no start either. When the
    sentence tells the acts that gave the steps ("Từ năm 2007 đến 2011, ông được bổ nhiệm làm Phó chủ tịch,
    rồi Chủ tịch Viện …": an ``appointed`` cue of status_cues.tsv before the first title), the range bounds
    those acts: the last step began by its end and may be held still, so it keeps no date either."""
    p = _patterns()
    k = report.key
    for (i, _name), group in _by_sentence(posts, sents).items():
        ranged: dict[tuple[str, str], list[PostMention]] = {}
        for pm in group:
            if pm.start is not None and pm.end is not None and pm.start != pm.end:
                ranged.setdefault((pm.start.iso(), pm.end.iso()), []).append(pm)
        for run in ranged.values():
            if len(run) < 2:
                continue
            sent = sents[i]
            every = bool(p["successive"].search(k, sent.start, run[0].span.start))
            steps = [[run[0]]]
            for a, b in zip(run, run[1:], strict=False):
                if every or p["later"].search(k, a.span.end, b.span.start):
                    steps.append([b])
                else:
                    steps[-1].append(b)
            if len(steps) < 2:
                continue
            acts = bool(p["appointed"].search(k, sent.start, run[0].span.start))
            # "1986-2002, bà lần lượt giữ các chức vụ từ cán bộ Tuyên giáo, rồi Trưởng ban …": a step before
            # the run's first title, one the reader took no post from, began the range
            behind = bool(p["later_end"].search(k, max(sent.start, run[0].span.start - 12), run[0].span.start))
            for n, step in enumerate(steps):
                for pm in step:
                    if n > 0 or behind:
                        pm.start = None
                    if n < len(steps) - 1 or acts:
                        pm.end = None


def end_moved_from(report: Report, posts: list[PostMention], sents: list[Span]) -> None:
    """The post a move left ends when the post it moved to began: "Tháng 5/2008, Ban Bí thư điều động ông từ
    vị trí Tổng giám đốc Tổng công ty X vào giữ chức Phó Bí thư Thành ủy" (career_transfers.tsv: the title
    after a ``from`` word, told as former) ended in 5/2008, the month the next post of the same person in
    the sentence began; a date that opens the sentence is the move's, not the start of the post left."""
    p = _patterns()
    k = report.key
    for group in _by_sentence(posts, sents).values():
        for a, b in zip(group, group[1:], strict=False):
            if a.status != "former" or a.end is not None or b.start is None or b.start_floor \
                    or not p["moved_from"].search(k, max(0, a.span.start - 20), a.span.start):
                continue
            if a.start is None or a.start == b.start:
                a.start, a.end = None, b.start
