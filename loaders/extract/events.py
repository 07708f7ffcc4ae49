"""Events, campaigns, periods and tasks stated in a report.

The pipeline component :func:`extract_events` runs after the officials and directives components and
links what they found:

- **Events** (conferences, sessions, congresses, ceremonies, inspections; kinds and their words in
  ``loaders/data/event_kinds.tsv``). Every word naming an event is an occurrence; an occurrence with
  no date or organizer of its own ("phát biểu chỉ đạo hội nghị") is the latest event of that kind
  again, so a report about one conference gives one event. A body that meets or elects on a dated
  day ("Ngày 2/11/2016, Ban Bí thư họp …", ``meeting_verbs.tsv``) holds a meeting of its kind; a
  decision alone ("… quyết định cảnh cáo ông X") is no event (tests/gold/README). Per event: the
  date written in its sentence (the days written with its name first: "chuyến thăm … từ ngày
  23-26/6", "kỳ họp thứ 20 (từ ngày 12 đến 13/12/2017)"; a day-month takes the report's year, or the
  year it is near across New Year; with no report date it takes the year of a span of years ending
  on that day, "Tối 28-3 … (28.3.1976 - 28.3.2006)", else stays yearless; an event named in brackets
  only a date of its brackets), the place after "tại", the organizer (an organization of
  ``extraction.organizations`` that "tổ chức" it, whose "kỳ họp" it is, or that the event word
  names: "Đại hội Đảng bộ tỉnh"), the documents it is about (documents named after the event word in
  its sentence), and who attended ("Tham dự có các đồng chí: …", "X dự hội nghị"), chaired ("do X
  chủ trì") or spoke ("X phát biểu"). Events with none of date, organizer, participants or documents
  are dropped: "không tổ chức hội nghị xét duyệt" names no event.
- **Campaigns**: names in quotes after "cuộc vận động", "phong trào" … (``campaign_cues.tsv``),
  including the lists that follow ("“Ngày vì người nghèo”, “Mái ấm tình thương”…"); promoted by the
  organization that "phát động" them and by events in whose sentence they are named.
- **Periods** ("giai đoạn 2012-2015", "nhiệm kỳ 2020 – 2025") from :func:`kg.loaders.dates.find_periods`.
- **Tasks**: "yêu cầu / giao / đề nghị <organization> <verb phrase>" where the organization is one the
  officials component found; the document named earlier in the sentence ("Để tiếp tục thực hiện tốt
  Kết luận số 62-KL/TW …, đồng chí yêu cầu …") is the task's directive.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as calendar_date
from datetime import timedelta
from functools import lru_cache
from operator import attrgetter

from kg.loaders.dates import (
    EARLIEST_DATELINE_YEAR,
    DateMatch,
    RelativeDate,
    WrittenDate,
    day_spans,
    find_dates,
    find_periods,
    occasion_years,
    relative_dates,
    relative_offsets,
    review_year,
    written_dates,
    year_near,
)
from kg.model import (
    CampaignMention,
    DirectiveMention,
    EventMention,
    Extraction,
    OrgMention,
    PartialDate,
    Participation,
    PeriodMention,
    PersonMention,
    Report,
    Span,
    TaskMention,
)
from kg.reference.numerals import ordinal_to_int, read_term, roman_to_int
from kg.textkey import key as text_key

from .doc_tables import Issuer, alternation, read_tsv, tables, words_by_use
from .scans import inside_brackets, matches_at_tokens, matches_at_words
from .sentences import sentences
from .span_cover import SpanCover
from .tokens import Tokens, phrase_tokens, report_tokens


def _alt(words: list[str]) -> str:
    return alternation(words)


@dataclass(frozen=True)
class _Patterns:
    cue: re.Pattern[str]
    cue_words: re.Pattern[str]  # ``cue`` without its guards before the word: where to try ``cue`` (_cues)
    kind_of: dict[str, str]
    campaign: re.Pattern[str]
    campaign_kind: dict[str, str]
    referenced: re.Pattern[str]
    not_referenced: dict[str, tuple[str, ...]]  # a reference cue -> event words it refers to none of ("về thăm")
    commemorates: frozenset[str]  # kinds of ceremony that remember a past day
    named: frozenset[str]  # kinds that are events only as proper names ("Lễ hội Hoa Phượng đỏ")
    say: re.Pattern[str]  # a verb of saying (event_sentence_words.tsv)
    say_words: tuple[str, ...]  # its words, to skip sentences without any (_verbs_in)
    recall: re.Pattern[str]  # a verb of remembering, then its clause to the end of the searched text
    place_start: tuple[str, ...]  # lower-case words that may open the place after "tại"
    place_end: frozenset[str]  # words that end that place
    task_not_start: frozenset[str]  # first words of what follows a task verb's body that give no task
    invited: re.Pattern[str]  # "mời <someone> [sang ]": right before an event word, one still to come
    invited_kinds: frozenset[str]  # the kinds "invited" applies to
    organize: re.Pattern[str]  # the verbs by which a body holds an event ("<body> tổ chức <event>")
    honour_after: re.Pattern[str]  # near an event, before a person: elected or honoured there
    honour_before: re.Pattern[str]  # after a person: elected or honoured there
    chain_break: re.Pattern[str]  # between two people of a list of attendees: the list has ended
    task: re.Pattern[str]  # right before a body: a task given to it
    promote: re.Pattern[str]  # launching or answering a campaign
    not_subject: re.Pattern[str]  # right before a body: it is not the subject of the meeting verb after it
    meets: re.Pattern[str]  # right after a body: "đã họp", "khóa 21 đã bầu", "ngày 13-7 bầu"
    titled: re.Pattern[str]  # a role word right before a body: the body is part of a person's title
    body_kind: tuple[tuple[str, str], ...]  # (how a body's name begins, the kind of its meeting), longest first


# Before an event word: the start of a word, and not "trực tiếp lãnh đạo", "gián tiếp", "kế tiếp", "liên tiếp" (no
# reception: "tiếp lãnh đạo"; "đây là lần thứ 4 liên tiếp ông X phải trả lời chất vấn": in a row).
_CUE_START = r"(?<![\w])(?<!trực )(?<!gián )(?<!kế )(?<!liên )"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    kind_of: dict[str, str] = {}
    for row in read_tsv("event_kinds.tsv"):
        for cue in row["cues"].split("|"):
            if cue.strip():
                kind_of.setdefault(text_key(cue.strip()), row["kind"])
    campaign_kind: dict[str, str] = {}
    for row in read_tsv("campaign_cues.tsv"):
        for cue in row["cues"].split("|"):
            if cue.strip():
                campaign_kind.setdefault(text_key(cue.strip()), row["kind"])
    reference_rows = read_tsv("event_reference_cues.tsv")
    words = words_by_use("event_sentence_words.tsv")
    referenced = [text_key(r["cue"]) for r in reference_rows]
    not_referenced = {text_key(r["cue"]): tuple(text_key(w.strip()) for w in r["not_before"].split("|") if w.strip())
                      for r in reference_rows if r["not_before"].strip()}
    verbs = []
    for row in read_tsv("meeting_verbs.tsv"):
        stop = [text_key(w.strip()) for w in row["not_before"].split("|") if w.strip()]
        verbs.append(re.escape(text_key(row["verb"])) + (rf"(?!\s+(?:{_alt(stop)})(?![\w]))" if stop else ""))
    bodies = sorted(((text_key(r["body"]), r["kind"]) for r in read_tsv("meeting_bodies.tsv")),
                    key=lambda b: len(b[0]), reverse=True)
    # "Quốc hội thảo luận" is the Assembly discussing, not a "hội thảo" (workshop)
    cue_rest = (rf"(?P<cue>{_alt(list(kind_of))})(?![\w])(?!(?<=đại hội)\s+đồng\b)"
                r"(?!(?<=chủ trì họp)\s+báo\b)(?!(?<=hội thảo)\s+luận\b)")
    return _Patterns(
        # "đại hội đồng cổ đông" is a shareholders' meeting body, not a congress; other words may be
        # followed by "đồng" ("tết trồng cây đồng loạt", "hội nghị đồng thời")
        # "trực tiếp lãnh đạo", "gián tiếp", "kế tiếp": no reception ("tiếp lãnh đạo")
        cue=re.compile(_CUE_START + cue_rest),
        cue_words=re.compile(cue_rest),
        kind_of=kind_of,
        campaign=re.compile(
            # the word-start test after each first letter: the scan jumps between c, p, v, đ
            rf"(?P<cue>{alternation(list(campaign_kind), word_start=True)})"
            rf"(?:\s+[\w-]+){{0,3}}?\s*:?\s*\"(?P<name>[^\"\n]{{2,160}})\""
        ),
        campaign_kind=campaign_kind,
        # ("chương trình kỳ họp", "tờ trình": the programme of the session, a submission, not "trình" before it)
        referenced=re.compile(rf"(?<![\w])(?<!chương )(?<!tờ )(?P<ref>{_alt(referenced)})\s+(?:các\s+|những\s+)?$"),
        not_referenced=not_referenced,
        meets=re.compile(
            r"(?:\s+khoá\s+[\w]+)?\s*"
            # "ngày 13-7", "hôm nay 19/4", "sáng nay (27-11),"
            r"(?:(?:ngày|sáng|trưa|chiều|tối|hôm)(?:\s+(?:hôm\s+)?(?:nay|qua))?\s*,?\s*\(?\s*\d{1,2}\s*[/.-]\s*\d{1,2}"
            r"(?:\s*[/.-]\s*\d{4})?\s*\)?\s*,?\s+"
            # or a day relative to the report's, written alone: "Ủy ban Thường vụ Quốc hội hôm nay họp phiên thứ 54",
            # "Thường trực Tỉnh ủy chiều qua họp …" (relative_days.tsv; dated only in a report dated to the day)
            rf"|(?:{_relative_words()})\s*,?\s+)?"
            rf"(?:(?:{_ordered(words['aspect'] + words['adverb'])})\s+)*(?:(?:{_ordered(words['hold_verb'])})\s+)?"
            rf"(?P<verb>{'|'.join(verbs)})(?![\w])"),
        body_kind=tuple(bodies),
        titled=re.compile(rf"(?<![\w])(?:{_alt([text_key(r['phrase']) for r in read_tsv('roles.tsv')])})"
                          r"(?:\s+thường trực)?\s+$"),
        commemorates=frozenset(r["kind"] for r in read_tsv("event_kinds.tsv") if r["commemorates"] == "yes"),
        named=frozenset(r["kind"] for r in read_tsv("event_kinds.tsv") if r.get("named") == "yes"),
        say=re.compile(rf"(?:{alternation(list(words['say']), word_start=True)})(?![\w])"),
        say_words=words["say"],
        recall=re.compile(rf"(?<![\w])(?:{_alt(list(words['recall']))})(?![\w])[^,.;:()\n]*$"),
        place_start=words["place_start"],
        place_end=frozenset(words["place_end"]),
        task_not_start=frozenset(words["task_not_start"]),
        # the clause runs to the event word; a "." inside a name ("V.Pu-tin") is no sentence end
        invited=re.compile(rf"(?<![\w])(?<!lời )(?:{_alt(list(words['invite']))})\s+(?:[^,.;:()\n]|\.(?=\S)){{1,60}}$"),
        invited_kinds=frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["invited_kind"]),
        # (alternatives in the table's order, as they were written in code: which one matches decides a span)
        organize=re.compile(rf"(?:{_standing(words['organize'])})(?![\w])"),
        honour_after=re.compile(rf"(?:{_standing(words['honour_after'])})(?![\w])"),
        honour_before=re.compile(rf"(?:{_standing(words['honour_before'])})(?![\w])"),
        chain_break=re.compile(rf"(?:{_standing(words['chain_break'])})(?![\w])"),
        # "Ban Chỉ đạo Trung ương" names a body; its "chỉ đạo" assigns nothing.
        task=re.compile(rf"(?<![\w])(?<!ban )(?:{_ordered(words['task'])})\s+$"),
        promote=re.compile(rf"(?:{_standing(words['promote'])})(?![\w])"),
        not_subject=re.compile(rf"(?<![\w])(?:{_ordered(words['not_subject'])})\s+$"),
    )


def _relative_words(*, standing: bool = False) -> str:
    """A regex matching any word of relative_days.tsv ("hôm nay", "chiều qua"), the longest form first, each space
    any run of spaces: the time a body's meeting verb may follow ("Chính phủ hôm qua họp …"). ``standing``: each
    standing at a word's start, the test after its first letter (:func:`_standing`)."""
    words = sorted({text_key(r["word"]) for r in read_tsv("relative_days.tsv")}, key=len, reverse=True)
    if not standing:
        return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
    forms = []
    for word in words:
        first, *rest = word.split()
        forms.append((first[0], r"\s+".join([re.escape(first[1:]), *map(re.escape, rest)])))
    return _by_first_letter(forms)


def _ordered(words: tuple[str, ...]) -> str:
    """A regex matching any of ``words``, tried in their order (:func:`alternation` builds a trie instead)."""
    return "|".join(re.escape(w) for w in words)


# No letter, digit or "_" before the character just matched: a word's start, tested after its first character.
_WORD_BEFORE = r"(?<![\w].)"


def _standing(words: tuple[str, ...]) -> str:
    r""":func:`_ordered` with each word standing at a word's start (no letter, digit or "_" before it), the test
    written after its first character (:func:`_by_first_letter`), as ``alternation(word_start=True)`` writes it in
    its trie. A pattern that opens with
    ``(?<![\w])`` is tried by ``re`` at every character it searches; one that opens with these words opens with
    their first letters, which ``re`` looks for by a C loop, trying the pattern only where one is written. The same
    matches, in the same order of the words: for the verb and cue patterns searched over whole sentences (the
    participation verbs of ``_participants``, the organizer's verbs) and whole reports (``_FOUNDED``).

    >>> [m.group() for m in re.finditer(_standing(("tham dự", "dự")), "dự; tham dự, đến dự, xdự")]
    ['dự', 'tham dự', 'dự']
    """
    return _by_first_letter([(w[:1], re.escape(w[1:])) for w in words])


def _by_first_letter(words: list[tuple[str, str]]) -> str:
    """Alternatives (first letter, the regex of the rest) grouped by their first letter, each group's in their
    order, each letter followed by the word-start test: ``re`` looks for the letters, and where one is written it
    tests the word's start once and tries only the words that begin with it, in the order given. Two words that
    begin with different letters never match at one place, so the same match is found as by the words in their
    order (a list of the words one by one, each with its own test, tried them all at every such letter)."""
    groups: dict[str, list[str]] = {}
    for first, rest in words:
        groups.setdefault(first, []).append(rest)
    return "|".join(f"{re.escape(first)}{_WORD_BEFORE}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The words of event_sentence_words.tsv by use, read once when the module loads: the patterns below are built
# from them (in the table's order, as they were written in code).
_WORDS = words_by_use("event_sentence_words.tsv")


# Words around events and people, matched on the key.
# Before an event word that begins with "tổ chức" ("tổ chức sơ kết", "tổ chức kỷ niệm"): organizing as a task,
# a plan or a purpose, no event held.
_PLANNED = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['planned'])})\s+$")


def _guarded(words: tuple[str, ...], not_words: tuple[str, ...]) -> str:
    """A regex matching any of ``words`` in their order, each but where it ends one of ``not_words``:
    ``_guarded(("công tác", "việc"), ("đoàn công tác",))`` matches "việc" and "công tác" not after "đoàn "
    (a look-behind on the rest of the phrase). A phrase of ``not_words`` names a thing of its own ("đoàn công
    tác" is a working delegation, which holds events), so its last word does not play its usual part there."""
    parts = []
    for w in words:
        guards = "".join(f"(?<!{re.escape(n[: -len(w)])})" for n in not_words if n.endswith(" " + w))
        parts.append(guards + re.escape(w))
    return "|".join(parts)


# Before "tổ chức": organizing named as a task ("công tác tổ chức kỳ thi", not "đoàn công tác tiến hành …"), or
# an event not held ("không tổ chức 3 lễ hội lớn", "tạm dừng tổ chức"): the body before organizes nothing.
_NOMINAL = re.compile(rf"(?<![\w])(?:{_guarded(_WORDS['nominal'], _WORDS['nominal_not'])})\s+$")
# Before an organizing verb, a word that makes it name a part of the event ("phiên khai mạc", "lời khai mạc", "diễn
# văn khai mạc", "phát biểu khai mạc kỳ họp"): no body holds the event by it; the body before is often a person's
# title ("Bí thư Thành ủy Hà Nội …; … đã dự phiên khai mạc kỳ họp").
_VERB_AS_PART = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['verb_as_part'])})\s+$")
# Before an event word or a body's meeting verb, past aspect words: the event is still to come or not held ("Đoàn
# sẽ làm việc với …", "HĐND tỉnh sẽ họp", "trước khi làm việc với …"); it is told, not held that day.
_NOT_HELD = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['not_held'])})"
                       rf"(?:\s+(?:{_ordered(_WORDS['aspect'] + _WORDS['adverb'])}))*\s+$")


# Before an event's name, a body of the event itself ("Đoàn Chủ tịch Đại hội …", "Đoàn Thư ký kỳ họp"): the event is
# told (held), even though the phrase ends with a title.
_OWN_BODY = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['own_body'])})\s+$")


def _not_held(k: str, start: int, at: int) -> bool:
    """True when a word of a time to come or of a meeting not held ends right before ``at`` (``start`` bounds the
    look back): "sẽ họp", "sắp tiếp", "trước khi làm việc", "chưa họp" tell of no event held. "Kỳ họp … sẽ khai
    mạc ngày 1/12" is not such a case: the word follows the event's name, which names an event set to a day."""
    return _NOT_HELD.search(k, max(start, at - 30), at) is not None


_AFTER_CUE_ORG = re.compile(
    # a series number written bare: "kỳ họp 11 của Quốc hội khóa XIV" (not over a comma: "nhiệm kỳ Đại hội 12,
    # Hội đồng Lý luận Trung ương …" begins another clause)
    # (or a dash: "kỳ họp thứ 3- Quốc hội khóa XIV")
    # or in Roman numerals right before "của": "Đại hội XII của Đảng" (the key is lower case)
    r"\s*(?:(?:lần\s+)?thứ\s+[\w]+\s*[,–-]?\s*|\d{1,3}(?![\d/.,-])\s*|lần\s+[\w]+\s+|[ivxl]{1,6}\s+(?=của\s)"
    rf"|(?:{_ordered(_WORDS['before_body'])})\s+"
    # the event's day before its owner: "buổi họp báo thường kỳ chiều 27-6 của Bộ Nội vụ"
    rf"|(?:(?:{_ordered(_WORDS['day_part'])}|ngày)\s+)?\d{{1,2}}\s*[/-]\s*\d{{1,2}}(?:\s*[/-]\s*(?:19|20)\d\d)?"
    r"\s+(?=của\s))*"
)
# "Tham dự hội nghị có các đồng chí: …", "với sự tham dự của các đồng chí …": a list of those present follows.
_ATTENDEE_LIST = re.compile(
    rf"(?<![\w])(?:{_ordered(_WORDS['attend_verb'] + _WORDS['attend_bare'])})"
    rf"(?:\s+(?:{_ordered(_WORDS['attendee_event'])}))?\s+(?:{_ordered(_WORDS['attendee_has'])})\s+(?:các\s+)?"
    rf"(?:{_ordered(_WORDS['attendee_title'])})?\s*:?"
    rf"|(?:{_ordered(_WORDS['attended_by'])})(?:\s+các)?(?:\s+(?:{_ordered(_WORDS['person_title'])}))?\s*:?"
)
# "Dự lễ kỷ niệm có …", "Cùng dự lễ khánh thành có các đồng chí …": the event's name runs on between its word and
# "có" (six words at most, none a number; or none: "Dự mít tinh có …", "Dự cuộc làm việc có …"); the list follows,
# if its first person is named within _NAMED_LIST_REACH characters ("dự lễ tuyên dương có 88,3% là …" lists no one).
_ATTENDEE_LIST_NAMED = re.compile(
    rf"(?<![\w])(?:{_ordered(_WORDS['attend_verb'] + _WORDS['attend_bare'])})\s+(?:{_ordered(_WORDS['attend_object'])})"
    rf"(?:\s+[^\W\d][^\s,.;:()\"“”]*){{0,6}}?\s+(?:{_ordered(_WORDS['attendee_has'])})\s+(?!\d)"
)
_NAMED_LIST_REACH = 100
# "Về phía tỉnh Nghệ An có các đồng chí: …", "về phía Việt Nam có Thứ trưởng …", "Cùng đi với Tổng Bí thư có …": a side
# of the meeting, or whom the list goes with, named before "có" (event_sentence_words 'list_side'; no comma, colon or
# full stop between), or the phrase alone ("Tham gia đoàn có: …", the delegation's members); the people after it
# were present, if the first is named within _NAMED_LIST_REACH characters ("Về phía UBND TP đã có những hành động
# …", "về phía Đông Nam - nơi có cột mốc …" list no one).
_SIDE_LIST = re.compile(
    rf"(?<![\w])(?:{_ordered(_WORDS['list_side'])})(?:\s+[^,.;:!?\n]{{1,80}}?)?\s(?:{_ordered(_WORDS['attendee_has'])})"
    r"(?![\w])\s*:?"
)
# "dự" alone is also "dự án", "dự thảo", "dự kiến": count it only before an event word; "đến dự" is not "(liên quan)
# đến dự án" ('attend_not_next').
_ATTEND_VERB = re.compile(
    rf"(?<![\w])(?:{_ordered(_WORDS['attend_verb'])})(?![\w])(?!\s+(?:{_ordered(_WORDS['attend_not_next'])})(?![\w]))"
    rf"|(?<![\w])(?:{_ordered(_WORDS['attend_bare'])})\s+(?=(?:{_ordered(_WORDS['attend_object'])})"
    r"(?![\w]))"
)
_AT_EVENT = re.compile(
    rf"\s*(?:{_ordered(_WORDS['at_event_verb'])})\s+(?:buổi\s+)?(?:{_ordered(_WORDS['at_event'])})"
    rf"[^,]{{0,40}},\s*(?:(?:{_ordered(_WORDS['person_title'])})\s+)?"
)
# Near the event (its sentence or the next): who spoke there, and who was elected or honoured there.
_CHAIR = re.compile(rf"(?:{_standing(_WORDS['chair_verb'])})(?![\w])")
_SPEAK = re.compile(rf"(?:{_standing(_WORDS['speak_verb'])})(?![\w])")
# Anywhere in a report of a session, congress or conference (event_sentence_words 'debate_kind'): a delegate who speaks
# on its floor ("ĐB X (Hà Nội) cho rằng …", 'delegate_title' then 'debate_verb') and whoever does what only a session's
# floor has ("Bộ trưởng X trả lời chất vấn", 'floor_verb') spoke at it.
_DEBATE = re.compile(rf"(?:{_standing(_WORDS['debate_verb'])})(?![\w])")
_FLOOR = re.compile(rf"(?:{_standing(_WORDS['floor_verb'])})(?![\w])")
# Anywhere in the report, of any event: who presents a report, a submission or a speech ("X trình bày Tờ trình …", "Y
# đọc diễn văn khai mạc"; event_sentence_words 'present_verb') spoke at it (a floor rule: it keeps no event alone).
_PRESENT = re.compile(rf"(?:{_standing(_WORDS['present_verb'])})(?![\w])")
# Anywhere in the report, of any event: who hands over a decision or an award ("Chủ tịch Quốc hội X trao quyết định …";
# event_sentence_words 'give_verb' then 'give_object') took part in it (a floor rule: it keeps no event alone).
_GIVE = re.compile(rf"(?:{_standing(_WORDS['give_verb'])})\s+(?:(?:các|những)\s+)?"
                   rf"(?:{_ordered(_WORDS['give_object'])})(?![\w])")
# Anywhere in the report, of any event: who leads a delegation ("Đoàn … do ông X, Phó Thủ tướng, dẫn đầu", "Bộ trưởng Y
# dẫn đầu đoàn công tác …"; event_sentence_words 'lead_verb', 'lead_by', 'lead_object') took part in it (a floor rule).
_LEAD = re.compile(rf"(?:{_standing(_WORDS['lead_verb'])})(?![\w])")
_LED_BY = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['lead_by'])})\s+[^.;:()\n]{{0,70}}$")
_LEAD_OBJECT = re.compile(rf"\s+(?:{_ordered(_WORDS['lead_object'])})(?![\w])")
# Anywhere in the report, of any event: who speaks for a body, opening the sentence ("Thay mặt lãnh đạo thành phố, Chủ
# tịch UBND X khẳng định …"; event_sentence_words 'on_behalf'): the first person after the clause, within
# _BEHALF_REACH characters, spoke at it (a floor rule).
_ON_BEHALF = re.compile(rf"\W*(?:{_ordered(_WORDS['on_behalf'])})\s+[^,.;:!?\"“”\n]{{1,120}},\s*")
_BEHALF_REACH = 80
_FLOOR_NOT = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['floor_not'])})\s+$")  # "chưa trả lời chất vấn": not done
_DELEGATE = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['delegate_title'])})\s+$")
# between a speaker and the verb: one clause, its brackets and commas ("ĐB X (đoàn Hà Nội), Phó chủ nhiệm …, cho rằng")
_SPEAKER_GAP = re.compile(r"[^.;:!?\"“”\n]{0,90}")
_VOTER = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['voter_title'])})\s+$")
_ELECT_AFTER = re.compile(rf"(?:{_standing(_WORDS['elect_after'])})(?![\w])")
_ELECT_BEFORE = re.compile(rf"(?:{_standing(_WORDS['elect_before'])})(?![\w])")
# (an aspect word may come between: "sau đó đã được bầu")
_ELECT_NOT = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['elect_not'])})\s+(?:(?:đã|lại|cũng)\s+)?$")
# further from the event, the first of the elected right after "bầu": "bầu ông X", "bầu bổ sung bà Y"
_ELECTED_GAP = re.compile(r"[^.;:!?\"“”\n,]{0,24}")
_ELECTION_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["election_kind"])
_TITLE_WORDS = {_DELEGATE: _WORDS["delegate_title"], _VOTER: _WORDS["voter_title"]}
_DEBATE_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["debate_kind"])
_VOTER_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["voter_kind"])
_PLACE = re.compile(r"(?<![\w])tại\s+(?P<p>[^\W\d][^,.;:()\n\"]{2,80})")
_NOT_PLACE = re.compile(rf"(?:{_ordered(_WORDS['not_place'])})\b")
# Words between an event word and a document that say the event is about it
# ("Hội nghị sơ kết 3 năm thực hiện Kết luận …", "kỳ họp thông qua Luật …").
_CONCERNS_GAP = re.compile(rf"(?:{_standing(_WORDS['concerns'])})(?![\w])")
# On the same line only: a title ending in a symbol is not followed by that document's date.
# "Thông báo số 50-TB/TW của Ban Bí thư ngày 17/7/2018": the issuer may come between.
# An event's words in the gap ("Nghị quyết … của Đảng do Ban Bí thư tổ chức vào ngày …") make the date
# the event's.
_ISSUE_GAP = re.compile(
    rf"[ \t,]*(?:của[ \t]+(?:(?!(?<![\w])(?:{_ordered(_WORDS['held_by'])})(?![\w]))[^,;.()\n]){{1,50}}?[ \t,]*)?"
    r"(?:ban hành[ \t]*)?"
)


# A document's number right before a date, read or not as a directive ("Văn bản số 4316 / TCTHADS ngày
# 26/12/2016", "Công văn 966 A / CV - UBT ngày 14/7/1993"): the date is its issue date.
_NUMBER_BEFORE = re.compile(
    r"(?:(?<![\w])số[ \t]*\d[\w/.\- ]{0,30}?|\d+[ \t]*[a-z]?[ \t]*/[ \t]*[^\W\d_][\w/.\- ]{0,30}?)[ \t]*,?[ \t]*$")


@lru_cache(maxsize=1)
def _issued_after() -> re.Pattern[str]:
    """The words of ``cited_date_after_cues.tsv``: written in a date's clause right after it, they make
    it a document's date ("Ngày 6/3/2006, Văn phòng Chính phủ đã có thông báo số 50/TB-VPCP …")."""
    cues = sorted((text_key(r["cue"]) for r in read_tsv("cited_date_after_cues.tsv")), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(c) for c in cues)})(?![\w])")


_AFTER_DATE = 50  # characters of a date's clause after it where an issuing verb makes it a document's


def _document_date(k: str, date: Span) -> bool:
    """The date is a document's, not an event's: a document number is written right before it, or
    its clause goes on with a verb of issuing ("…, Chính phủ ban hành …", "… đã có thông báo số …")."""
    if _NUMBER_BEFORE.search(k, max(0, date.start - 40), date.start):
        return True
    window = k[date.end : date.end + _AFTER_DATE]
    stop = re.search(r"[.;\n]", window)
    return _issued_after().search(window[: stop.start()] if stop else window) is not None


def _inside_org(orgs: list[OrgMention], cue: Span) -> bool:
    """The event word is a word inside an organization's name that begins before it ("Trung tâm
    Hội nghị Hàm Rồng"); ``orgs`` sorted by start."""
    i = bisect_right(orgs, cue.start, key=_org_start)
    for o in orgs[max(0, i - 8) : i][::-1]:
        if o.span.start < cue.start and cue.end <= o.span.end:
            return True
    return False


def _proper_name(text: str, cue: Span) -> bool:
    """The event word is written as the start of a proper name: capitalised, and the next word too
    ("Lễ hội Hoa Phượng đỏ", not "lễ hội này" or "Lễ hội và …").

    >>> _proper_name("dự Lễ hội Gò Đống Đa", Span(3, 9)), _proper_name("tổ chức lễ hội này", Span(8, 14))
    (True, False)
    """
    m = re.compile(r"\s+(\w)").match(text, cue.end)
    return text[cue.start].isupper() and m is not None and m.group(1).isupper()


_FLOOR_OF = re.compile(rf"\s+(?:{_ordered(_WORDS['floor_of'])})(?![\w])")


def _floor_of_a_body(text: str, k: str, cue: Span) -> bool:
    """A lower-case "diễn đàn" before an elected body: "tại diễn đàn Quốc hội" is a figure of speech for the
    Assembly's floor, no forum (event_sentence_words 'floor_of'); so is one before "của" or "là" ("đặt tựa cho diễn
    đàn của Tuổi Trẻ Online": a newspaper's readers' page).

    >>> t = "phát biểu tại diễn đàn Quốc hội khi thảo luận"
    >>> u = "dự Diễn đàn Quốc hội trẻ"
    >>> _floor_of_a_body(t, t.lower(), Span(14, 22)), _floor_of_a_body(u, u.lower(), Span(3, 11))
    (True, False)
    """
    return k.startswith("diễn đàn", cue.start) and text[cue.start].islower() and _FLOOR_OF.match(k, cue.end) is not None


def _sentence_index(sents: list[Span], pos: int) -> int:
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sents[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return mid
    return -1


def _person_positions(persons: list[PersonMention]) -> list[tuple[int, int, PersonMention]]:
    out = []
    for p in persons:
        if p.credit:  # "Ảnh: Thanh Long" took the photo, did not attend
            continue
        for s in {p.span, *p.spans}:
            out.append((s.start, s.end, p))
    out.sort(key=lambda x: x[0])
    return out


def _year_from_text(report: Report, month: int, day: int) -> int | None:
    """The year of a span that ends on this day and month ("(28.3.1990 - 28.3.2010)": the day is kept
    in 2010), or None.

    One date with this day and month elsewhere in the text is no evidence: at an anniversary it is
    the day remembered ("kỷ niệm ... ngày 30/4/1975"), and elsewhere often another year's event
    ("kỳ họp sẽ diễn ra ngày 22.5 tới đây" beside "cuộc bầu cử ngày 22.5.2016" of the year before)."""
    years = {y for d, m, y in _full_dates(report) if d == day and m == month}
    return max(years) if len(years) >= 2 else None


def _full_dates(report: Report) -> list[tuple[int, int, int]]:
    """Every full date of the report (day, month, year), scanned once and kept on the report.
    (written_dates gives each with all three; the test says so to the type checker.)"""
    return report.memo("extract.events.full_dates", lambda: [
        (w.date.day, w.date.month, w.date.year) for w in _written(report)
        if w.date.day is not None and w.date.month is not None and w.date.year is not None])


def _latest_full_year(report: Report) -> int | None:
    """The latest year of a full date the report writes (:func:`_full_dates`), None when it writes none."""
    return max((y for _d, _m, y in _full_dates(report)), default=None)


def _written(report: Report) -> list[WrittenDate]:
    """Every date the report writes with a year (:func:`kg.loaders.dates.written_dates`), scanned once."""
    return report.memo("extract.events.written", lambda: written_dates(report.text, key=report.key))


def report_dates(report: Report) -> list[DateMatch]:
    """Every anchored date of the report (:func:`kg.loaders.dates.find_dates`), a yearless day taking the
    report's year (not an inferred one) or its day's, scanned once: events and tenure_dates both read them."""
    def compute() -> list[DateMatch]:
        report_year, report_date = _report_anchor(report)
        return find_dates(report.text, report_year=report_year, key=report.key, report_date=report_date)
    return report.memo("extract.events.dates", compute)


def _report_anchor(report: Report) -> tuple[int | None, calendar_date | None]:
    """The report's own year and day as events read them: a year marked inferred came from a reviewed period
    ("họp báo 6 tháng đầu năm 2017"): it dates the report, but our gold gives an event no year the text does not
    state (tests/gold/README); a report dated to the day puts a yearless day across New Year from it in the year
    it is near."""
    pub = report.published
    report_year = pub.year if pub is not None and not pub.inferred_year else None
    return report_year, (pub.to_date() if report_year is not None and pub is not None else None)


def _span_first(x: tuple[int, int, DirectiveMention]) -> int:
    return x[0]


def _within(sorted_values: list[int], lo: int, hi: int) -> list[int]:
    """The values of ``sorted_values`` from ``lo`` to ``hi`` (both included)."""
    return sorted_values[bisect_left(sorted_values, lo) : bisect_right(sorted_values, hi)]


def _directive_spans(directives: list[DirectiveMention]) -> list[tuple[int, int, DirectiveMention]]:
    out = []
    for d in directives:
        for s in {d.span, *d.spans}:
            out.append((s.start, s.end, d))
    out.sort(key=lambda x: x[0])
    return out


@dataclass
class _Occurrence:
    kind: str
    span: Span
    sentence: int
    date: PartialDate | None
    organizer: OrgMention | None
    name: str | None
    place: str | None
    number: str | None = None


# "Kỳ họp thứ 7", "Đại hội lần thứ II", "Đại hội XIII", "Hội nghị Trung ương 10": which one of a
# series the event word names (right after it, past a few words naming the body).
_NUMBER = re.compile(
    r"(?:\s+(?!thứ\b|lần\b)[^\W\d]+){0,6}?\s+(?:(?:lần\s+)?thứ\s+(?P<a>[\w]+)|lần\s+(?P<c>\d{1,2})(?![\w/-]|\.\d)"
    r"|(?P<b>[ivxl]+|\d{1,2})(?![\w/.-]))"
)


_NAME_ENDS = frozenset(_WORDS["name_end"])
# "Lễ kỷ niệm 20 năm ngày thành lập …": a bare number before a unit of time counts (event_sentence_words
# 'time_counted'), unless a year or a month's number follows the unit ("Hội nghị Trung ương 4 năm 2016")
_TIME_COUNTED = re.compile(rf"\s+(?:{_ordered(_WORDS['time_counted'])})(?![\w])(?!\s+\d)")


def _number(k: str, cue: Span, sent: Span, text: str | None = None) -> str | None:
    """The number of the event in its series, in digits (:func:`_series_number`: "7", "2" for "II", "13"), or None.

    >>> _number("đại hội đảng lần thứ ii tại", Span(0, 7), Span(0, 27))
    '2'
    >>> _number("kỳ họp thứ 7 quốc hội", Span(0, 6), Span(0, 21))
    '7'
    >>> _number("hội nghị hiệp thương lần 3, phường", Span(0, 8), Span(0, 34))
    '3'
    >>> _number("hội nghị lần 3.", Span(0, 8), Span(0, 15)), _number("hội nghị lần 2/2021", Span(0, 8), Span(0, 19))
    ('3', None)

    A bare number ("Hội nghị Trung ương 10", "kỳ họp 11 của Quốc hội") follows the event word directly or past a
    name (its first word capitalised, and no word in it that ends a name: event_sentence_words 'name_end'); after
    other words it counts something else ("phiên khai mạc kỳ họp bắt đầu lúc 9 giờ", "kỳ họp sẽ kéo dài thêm 5
    ngày", "kỳ họp trước và 1 nghị quyết", "tại kỳ họp Quốc hội này có tới 6 luật sửa đổi": a count of laws).

    >>> t = "Hội nghị Trung ương 10; kỳ họp bắt đầu lúc 9 giờ"
    >>> _number(t.lower(), Span(0, 8), Span(0, 22), t), _number(t.lower(), Span(24, 30), Span(24, 48), t)
    ('10', None)
    >>> t = "tại kỳ họp Quốc hội này có tới 6 luật"
    >>> _number(t.lower(), Span(4, 10), Span(0, 37), t)
    >>> t = "Hội nghị Ban Chấp hành Trung ương 10"
    >>> _number(t.lower(), Span(0, 8), Span(0, 36), t)
    '10'

    A bare number before a unit of time ('time_counted': "năm", "tháng") counts the years or months remembered or
    reviewed, unless a number follows the unit (a year, a month):

    >>> _number("lễ kỷ niệm 20 năm ngày thành lập", Span(0, 10), Span(0, 32))
    >>> _number("hội nghị trung ương 4 năm 2016", Span(0, 8), Span(0, 30))
    '4'
    """
    m = _NUMBER.match(k, cue.end, min(sent.end, cue.end + 60))
    if m is None:
        return None
    if m.group("b") and not m.group("b").isdigit() and text is not None and not text[m.start("b")].isupper():
        return None  # "vi phạm", not the Roman VI
    if m.group("b") and m.group("b").isdigit() and text is not None \
            and (between := text[cue.end : m.start("b")].split()) \
            and (not between[0][0].isupper() or any(text_key(w) in _NAME_ENDS for w in between)):
        return None  # "kỳ họp bắt đầu lúc 9 giờ": the hour; "kỳ họp Quốc hội này có tới 6 luật": a count
    if m.group("b") and m.group("b").isdigit() and _TIME_COUNTED.match(k, m.end("b")):
        return None  # "lễ kỷ niệm 20 năm": twenty years counted, not the 20th ceremony
    return _series_number(m.group("a") or m.group("c") or m.group("b"))


def _series_number(n: str) -> str:
    """A series number as one form, whichever way it is written: "Hội nghị Trung ương lần thứ I", "lần thứ nhất"
    and "Hội nghị Trung ương 1" are one plenum ("1"); a word that is no number is kept as written.

    >>> [_series_number(n) for n in ("i", "nhất", "01", "xiii", "mười", "7", "đặc")]
    ['1', '1', '1', '13', '10', '7', 'đặc']
    """
    if n.isdigit():
        return str(int(n))
    value = ordinal_to_int(n) or roman_to_int(n)
    return str(value) if value is not None else n


def _org_same(a: OrgMention | None, b: OrgMention | None) -> bool:
    """The two organizers may be one body: one is unknown, or they name the same body (:func:`_body_and_term`).

    >>> from kg.model import OrgMention
    >>> qh, xiv, xiii = (OrgMention(Span(0, 1), n, n) for n in ("Quốc hội", "Quốc hội khóa XIV", "Quốc hội khoá 13"))
    >>> _org_same(qh, xiv), _org_same(xiv, OrgMention(Span(0, 1), "", "Quốc hội khóa 14")), _org_same(xiv, xiii)
    (True, True, False)

    A name that is no body alone (event_organizer_heads.tsv, :func:`_no_body_alone`) is the body named in full with
    it first; a whole name is not ("Quốc hội Lào" is another body):

    >>> btv, btv_a = (OrgMention(Span(0, 1), n, n) for n in ("Ban Thường vụ", "Ban Thường vụ Tỉnh ủy A"))
    >>> _org_same(btv, btv_a), _org_same(qh, OrgMention(Span(0, 1), "Quốc hội Lào", "Quốc hội Lào"))
    (True, False)
    """
    if a is None or b is None:
        return True
    (body_a, term_a), (body_b, term_b) = _body_and_term(a.name), _body_and_term(b.name)
    short, full = sorted((body_a, body_b), key=len)
    return (body_a == body_b or (full.startswith(short + " ") and _no_body_alone(short))) \
        and (term_a is None or term_b is None or term_a == term_b)


def _no_body_alone(name: str) -> bool:
    """Whether a body's name (a key) opens with a name that names no one body alone (event_organizer_heads.tsv):
    "ban thường vụ", "ban chỉ đạo trung ương" (there are many), not "quốc hội".

    >>> _no_body_alone("ban chỉ đạo trung ương"), _no_body_alone("ban thường vụ"), _no_body_alone("quốc hội")
    (True, True, False)
    """
    heads = _organizer_heads()
    return name in heads or any(name.startswith(h + " ") for h in heads)


@lru_cache(maxsize=1)
def _organizer_heads() -> frozenset[str]:
    """The names of a body that name no one body alone (event_organizer_heads.tsv: "Ban Thường vụ", "Đoàn Chủ
    tịch"), as keys: written alone as an organizer, the body the report names in full with them first."""
    return frozenset(text_key(r["head"]) for r in read_tsv("event_organizer_heads.tsv"))


# A body's name ending in its term: "Quốc hội khóa XIV", "Hội đồng nhân dân thành phố Hà Nội khóa XV".
_TERM_AT_END = re.compile(r"\s+khoá\s+(?P<t>[\w]+)$")


# "Ban Chấp hành Thành ủy Đà Nẵng" is the body "Thành ủy Đà Nẵng" names (a Party committee is its executive board):
# a report names the plenum's body both ways ("Hội nghị 16 Ban Chấp hành Thành uỷ …", then "Hội nghị 16 Thành uỷ …").
_COMMITTEE_OF = re.compile("^ban chấp hành\\s+(?=(?:" + "|".join(
    text_key(w) for w in ("Thành ủy", "Tỉnh ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy")) + ")(?![\\w]))")


# "Ban Chấp hành Đảng bộ tỉnh X" / "… thành phố X": the committee named "Tỉnh ủy X" / "Thành ủy X" (the names the
# organizations table gives them), one body under either name
_PARTY_COMMITTEE_HEAD = {text_key("tỉnh"): text_key("Tỉnh ủy "), text_key("thành phố"): text_key("Thành ủy ")}
_PARTY_COMMITTEE_OF = re.compile(rf"^ban chấp hành\s+đảng bộ\s+(?P<unit>{'|'.join(_PARTY_COMMITTEE_HEAD)})\s+")


@lru_cache(maxsize=4096)
def _body_and_term(name: str) -> tuple[str, int | None]:
    """The body a name names (its key) and the term written at its end, if any: "Quốc hội khóa XIV" and "Quốc hội
    khóa 14" are the body "quốc hội" in its term 14, "Quốc hội" the same body with no term said. A report names the
    body holding a session both ways ("khai mạc kỳ họp thứ 3, Quốc hội khóa XIV" then "Chủ tịch Quốc hội phát biểu
    khai mạc kỳ họp"): one session, one event; two terms written are two bodies' sessions. "Ban Chấp hành Thành ủy
    X" and "Ban Chấp hành Đảng bộ thành phố X" are "Thành ủy X".

    >>> _body_and_term("Ban Chấp hành Thành ủy Đà Nẵng khóa XXI") == _body_and_term("Thành uỷ Đà Nẵng khoá XXI")
    True
    >>> _body_and_term("Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh") == _body_and_term("Thành ủy Hồ Chí Minh")
    True
    """
    k = text_key(name)
    if (board := _COMMITTEE_OF.match(k)) is not None:
        k, name = k[board.end() :], name[board.end() :]
    elif (party := _PARTY_COMMITTEE_OF.match(k)) is not None:
        # "Ban Chấp hành Đảng bộ thành phố X" is the city's Party committee, "Thành ủy X"
        head = _PARTY_COMMITTEE_HEAD[party.group("unit")]
        k, name = head + k[party.end() :], head + name[party.end() :]
    m = _TERM_AT_END.search(k)
    if m is None:
        return k, None
    written = name[m.start("t") : m.end("t")]
    term = read_term(written)
    return (k[: m.start()], term) if term is not None else (k, None)


def _with_term(known: OrgMention | None, told: OrgMention | None) -> OrgMention | None:
    """The organizer of an event told again: the one known, else the one told; the one told when it is the same body
    with its term written and the known one without ("HĐND TP HCM" then "… kỳ họp thứ nhất, HĐND TP HCM khóa IX").

    >>> a, b = (OrgMention(Span(0, 1), n, n) for n in ("Quốc hội", "Quốc hội khóa XI"))
    >>> _with_term(a, b) is b, _with_term(b, a) is b, _with_term(None, a) is a
    (True, True, True)
    """
    if known is None or told is None:
        return known or told
    (body, term), (told_body, told_term) = _body_and_term(known.name), _body_and_term(told.name)
    return told if term is None and told_term is not None and body == told_body else known


def _opens_a_run(k: str, dates: list, sent: Span, date: PartialDate) -> bool:
    """Whether ``date`` is written in ``sent`` as the first day of a run of days ("từ ngày 2 đến 6/10", "ngày 23-26/6":
    _SPAN_OF_DAYS), the date our gold gives an event held over days (its first day), rather than one day of it."""
    i = bisect_left(dates, sent.start, key=_org_start)
    return any(d.date == date and _SPAN_OF_DAYS.match(k, d.span.start)
               for d in dates[i:bisect_left(dates, sent.end, key=_org_start)])


_RUN_DAYS = 45  # days at most between two days of one numbered event's run (a session lasts weeks, not months)


def _days_of_one_run(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Whether two dates of mentions of one body's event of one number may be days of that one event: either unknown,
    equal, or two days of one year (or with a year unknown) at most ``_RUN_DAYS`` apart ("Hội nghị Trung ương 8 …
    chiều 6/10" and "Hội nghị lần thứ 8 … từ ngày 2 đến 6/10"); months apart or in two years they are two events
    ("kỳ họp thứ 3" of 2012 and of 2017, their bodies' terms unwritten).

    >>> _days_of_one_run(PartialDate(None, 10, 6), PartialDate(None, 10, 2)), _days_of_one_run(None, PartialDate(2017))
    (True, True)
    >>> _days_of_one_run(PartialDate(2012, 5, 21), PartialDate(2017, 5, 22))
    False
    """
    if a is None or b is None or a == b:
        return True
    if a.year is not None and b.year is not None and a.year != b.year:
        return False
    if a.month is None or b.month is None or a.day is None or b.day is None:
        return False
    return abs((a.month * 31 + a.day) - (b.month * 31 + b.day)) <= _RUN_DAYS


# The start of a mention (an organization's, a date's): the key of the bisections over them, a C callable (122,000
# calls on the corpus, each a Python frame as a function)
_org_start = attrgetter("span.start")


_MEETS_IN_GAP = re.compile(r"(?<![\w])họp(?![\w])")
# Between a body and its event word: "<org> họp kỳ 24", "<org> đã khai mạc kỳ họp", "<org> tổ chức hội nghị".
_BODY_EVENT_GAP = re.compile(
    rf"\s*(?:(?:{_ordered(_WORDS['aspect'])})\s+)?"
    rf"(?:(?:{_ordered(_WORDS['open_verb'] + _WORDS['hold_verb'])})\s+)?")


@lru_cache(maxsize=1)
def _name_bodies() -> dict[str, tuple[re.Pattern[str], Issuer]]:
    """event_name_bodies.tsv by kind: a pattern of the words after the event word then a series number, and the
    issuers.tsv body they name."""
    rows: dict[str, list[tuple[str, Issuer]]] = {}
    by_alias = tables().issuer_by_alias
    for r in read_tsv("event_name_bodies.tsv"):
        issuer = by_alias.get(text_key(r["issuer"]))
        if issuer is None:
            raise ValueError(f"event_name_bodies.tsv: {r['issuer']!r} is no phrase of issuers.tsv")
        rows.setdefault(r["kind"], []).append((text_key(r["words"]), issuer))
    out = {}
    for kind, pairs in rows.items():
        words = sorted({w for w, _i in pairs}, key=len, reverse=True)
        pattern = re.compile(rf"\s+(?P<w>{'|'.join(re.escape(w) for w in words)})\s*,?\s*(?:lần\s+)?(?:thứ\s+)?"
                             rf"(?:\d{{1,2}}|[ivxl]+|{_SPELLED})(?![\w/.-]|\.\d)")
        out[kind] = (pattern, pairs[0][1])
    return out


_SPELLED = "nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười"


def _name_body(report: Report, orgs: list[OrgMention], cue: Span, kind: str) -> OrgMention | None:
    """The body an event's own name names right after its word ("Hội nghị Trung ương 7 (khóa XII)", "Hội nghị TW
    5": the Central Committee's plenum; event_name_bodies.tsv), when a series number follows and the report names
    that body elsewhere (one of ``orgs``, the first): a body the text writes only inside an event's name is a link
    the report does not assert, as a parent it does not write is (kg.graph). None otherwise.

    >>> from kg.model import Report
    >>> r = Report(id="t", text="Sáng 9/5, Hội nghị Trung ương 7 (khóa XII) đã biểu quyết.", source_file="t")
    >>> cc = OrgMention(Span(50, 52), "Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")
    >>> _name_body(r, [cc], Span(10, 18), "Hội nghị") is cc, _name_body(r, [], Span(10, 18), "Hội nghị")
    (True, None)
    >>> _name_body(Report(id="t", text="Hội nghị Trung ương Hội Nông dân", source_file="t"), [cc], Span(0, 8),
    ...            "Hội nghị")
    """
    entry = _name_bodies().get(kind)
    if entry is None:
        return None
    pattern, issuer = entry
    if pattern.match(report.key, cue.end) is None:
        return None
    name = text_key(issuer.vi)
    return next((o for o in orgs if text_key(o.name) == name), None)


# After an event word, the verb of "do <body> <verb>": the body is the organizer (organize, organize_after).
_ORGANIZED_BY = re.compile(rf"(?:{_standing(_WORDS['organize'] + _WORDS['organize_after'])})(?![\w])")


# Kinds told by their guest's verb ("X đã đến thăm và chúc mừng Y"; event_sentence_words 'visit_kind'): the body after
# the verb is the host visited, one in the visitor's title ("…, Trưởng ban Tổ chức Trung ương đã đến thăm …") the
# guest's; neither organized it. Who did: "do <body> tổ chức" (_organized_by), the visiting delegation (_delegation),
# or bodies that are themselves the verb's subject ("Thành ủy, UBND, … LĐLĐ TPHCM đã đến thăm và chúc tết …"). The body
# the sentence names still tells two visits apart (extract_events: a visit to another host is another visit).
_VISIT_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["visit_kind"])


_DELEGATION = re.compile(rf"(?:{_ordered(_WORDS['delegation'])})(?![\w])")
_DELEGATIONS = re.compile(rf"(?:{_standing(_WORDS['delegation'])})(?![\w])")
# "Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội nước … Lào tới thăm": the body a delegation not read as one is of
_OF_DELEGATION = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['delegation'])})(?![\w])[^.;:()\n]*$")


def _delegation(k: str, orgs: list[OrgMention], sent: Span, cue: Span) -> OrgMention | None:
    """The delegation that makes a visit, its subject: "Đoàn công tác của VOV do Tổng Giám đốc X làm trưởng đoàn đến
    thăm Đài PT-TH Nghệ An" (event_sentence_words 'delegation': how its name begins), the last such body before the
    visit's word in its clause, not inside a person's title ("Trưởng đoàn công tác …")."""
    lo = max(sent.start, k.rfind(",", sent.start, cue.start) + 1)
    for o in reversed(orgs[bisect_left(orgs, lo, key=_org_start):bisect_left(orgs, cue.start, key=_org_start)]):
        if o.span.end <= cue.start and _DELEGATION.match(k, o.span.start) \
                and not _patterns().titled.search(k, max(0, o.span.start - 40), o.span.start):
            return o
    return None


# Kinds whose numbered events are one body's series ('series_kind': "kỳ họp 31", "Hội nghị lần thứ 5"): _series_body.
_SERIES_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["series_kind"])


def _written_there(report: Report, o: OrgMention) -> bool:
    """Whether the body's text is its name as written, not a title that implies it ("Chủ tịch kiêm Bí thư Hà Tĩnh"
    gives the province's committees, their spans the title's words): one begins the other ("Ban Chấp hành Trung ương"
    written for "Ban Chấp hành Trung ương Đảng").

    >>> from kg.model import Report
    >>> r = Report(id="t", text="ông A, Bí thư Hà Tĩnh, và Ban Chấp hành Trung ương", source_file="t")
    >>> _written_there(r, OrgMention(Span(7, 21), "Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Hà Tĩnh"))
    False
    >>> _written_there(r, OrgMention(Span(26, 50), "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"))
    True
    """
    there, written = text_key(report.text[o.span.start : o.span.end]), text_key(o.written)
    return there.startswith(written) or written.startswith(there)


@dataclass(frozen=True)
class _SeriesCandidate:
    """A body of a sentence that may hold a series' event (:func:`_series_body`), read once a sentence."""

    org: OrgMention
    kind: str | None  # the kind of event its head holds (meeting_bodies.tsv), None for none
    titled: bool  # a title's word is written right before it: a body in a person's title
    base: str  # its name without its term (_body_and_term)


def _series_candidates(report: Report, orgs: list[OrgMention], sent: Span,
                       dcover: SpanCover) -> list[_SeriesCandidate]:
    """The bodies of ``sent`` that :func:`_series_body` may count whatever the event's word: written there, in no
    longer body's name of the sentence and in no document's name, in the sentence's order. A body nested in a longer
    one is found by the furthest end of the bodies starting at or before it, and the first start of those ending where
    it does (a walk over the sentence's bodies for each was quadratic on a long sentence)."""
    p = _patterns()
    k = report.key
    here = orgs[bisect_left(orgs, sent.start, key=_org_start):bisect_left(orgs, sent.end, key=_org_start)]
    cover = SpanCover((o.span.start, o.span.end) for o in here)
    first_start: dict[int, int] = {}  # an end -> the first start of the sentence's bodies ending there
    for o in here:
        first_start[o.span.end] = min(first_start.get(o.span.end, o.span.start), o.span.start)
    out: list[_SeriesCandidate] = []
    for o in here:
        nested = cover.furthest_end(o.span.start) > o.span.end or first_start[o.span.end] < o.span.start
        if o.span.end > sent.end or nested or dcover.covers(o.span.start) or not _written_there(report, o):
            continue
        names = (text_key(o.name), text_key(report.text[o.span.start : o.span.end]))
        listed = next((kd for head, kd in p.body_kind if any(n.startswith(head) for n in names)), None)
        titled = listed is not None and p.titled.search(k, max(0, o.span.start - 40), o.span.start) is not None
        out.append(_SeriesCandidate(o, listed, titled, _body_and_term(o.name)[0] if listed is not None else ""))
    return out


def _series_body(report: Report, orgs: list[OrgMention], sent: Span, cue: Span, kind: str,
                 dspans: list[tuple[int, int, DirectiveMention]],
                 read: dict[tuple[int, int], list[_SeriesCandidate]] | None = None,
                 dcover: SpanCover | None = None) -> OrgMention | None:
    """The body whose numbered event of a series kind (_SERIES_KINDS) the sentence tells, when it names that body and
    no other that holds events of that kind (meeting_bodies.tsv): "Trước đó, qua hai kỳ họp thứ 31 (…) và 32 (…), Uỷ
    ban Kiểm tra Trung ương đã kết luận …", "Thông báo kết luận kỳ họp 17 (…) được Uỷ ban Kiểm tra Trung ương phát đi
    …", "Ông X, Chủ nhiệm Uỷ ban Kiểm tra Trung ương chủ trì kỳ họp thứ 17": session 17 is the commission's, wherever
    the sentence names it. Two such bodies ("… HĐND tỉnh …, đại biểu Quốc hội tại kỳ họp thứ 11") leave it unknown. Not
    counted: a body nested in a longer one ("Quốc hội" of "Văn phòng Quốc hội": that longer body's name), one inside a
    document's name ("Luật … của HĐND và UBND … sẽ được thảo luận trong kỳ họp thứ 6": the Assembly's session), one
    in a person's title ("Bí thư Tỉnh ủy X được hội nghị hiệp thương lần thứ hai nhất trí …": the Front's conference;
    as for a subject, tests/test_events19c.py), which leaves the event unknown ("Phát biểu khai mạc kỳ họp, Chủ tịch
    HĐND TP … cho biết, … Quốc hội …": not the Assembly's), nor a body a title implies, not written ("Chủ tịch kiêm
    Bí thư Hà Tĩnh": its text is the title's). Of one body's names, the longest (its term). The sentence's bodies are
    read once a sentence (:func:`_series_candidates`, kept in ``read`` by the sentence's bounds; ``dcover`` is
    the :class:`SpanCover` of ``dspans``).

    >>> from kg.model import Report
    >>> t = "Qua kỳ họp thứ 31, Uỷ ban Kiểm tra Trung ương đã kết luận vi phạm."
    >>> o = OrgMention(Span(19, 45), "Uỷ ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương")
    >>> _series_body(Report(id="t", text=t, source_file="t"), [o], Span(0, len(t)), Span(4, 10), "Kỳ họp", []) is o
    True
    """
    found: dict[str, OrgMention] = {}
    if read is None:
        read = {}
    if (candidates := read.get((sent.start, sent.end))) is None:
        candidates = read[(sent.start, sent.end)] = _series_candidates(
            report, orgs, sent, SpanCover((s, e) for s, e, _d in dspans) if dcover is None else dcover)
    for c in candidates:
        o = c.org
        if c.kind != kind or o.span.start < cue.end <= o.span.end:
            continue
        if c.titled:
            return None  # a body of the kind in a title, whose the event may be too, leaves it unknown
        if c.base not in found or len(o.name) > len(found[c.base].name):
            found[c.base] = o
    return next(iter(found.values())) if len(found) == 1 else None


# Kinds a delegation holds (event_sentence_words 'delegation_kind': "Tiếp xúc cử tri"): _delegation_subject.
_DELEGATION_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["delegation_kind"])


def _delegation_subject(report: Report, orgs: list[OrgMention], sent: Span, cue: Span) -> OrgMention | None:
    """The delegation that holds a meeting with voters (_DELEGATION_KINDS): the last body before the event word in its
    sentence whose name begins as a delegation's (event_sentence_words 'delegation': "Đoàn đại biểu Quốc hội TP X",
    "đoàn ĐBQH TP X"), in no person's title ("Trưởng đoàn ĐBQH TP X" chairs it as a person), and more than the bare
    generic head ("Đoàn đại biểu Quốc hội" alone names no one delegation). The clause between may be long: "Sáng 28-4,
    Đoàn ĐBQH TP X do ông Y, Ủy viên Bộ Chính trị, Bí thư Thành ủy làm trưởng đoàn đã tiếp xúc cử tri quận Z".

    >>> from kg.model import Report
    >>> t = "Ngày 28/4, Đoàn đại biểu Quốc hội TP Cần Thơ do bà Y, Chủ tịch Quốc hội dẫn đầu tiếp xúc cử tri."
    >>> o = OrgMention(Span(11, 44), "Đoàn đại biểu Quốc hội TP Cần Thơ", "Đoàn đại biểu Quốc hội thành phố Cần Thơ")
    >>> r = Report(id="t", text=t, source_file="t")
    >>> _delegation_subject(r, [o], Span(0, len(t)), Span(t.index("tiếp xúc"), len(t) - 1)) is o
    True
    """
    k = report.key
    bare = {text_key(w) for w in ("đoàn đại biểu quốc hội", "đoàn đbqh")}
    for o in reversed(orgs[bisect_left(orgs, sent.start, key=_org_start):bisect_left(orgs, cue.start, key=_org_start)]):
        if o.span.end > cue.start:
            continue
        written, name = text_key(report.text[o.span.start : o.span.end]), text_key(o.name)
        if not (_DELEGATION.match(written) or _DELEGATION.match(name)) or name in bare or written in bare:
            continue
        if _patterns().titled.search(k, max(0, o.span.start - 40), o.span.start):
            return None  # "…, Trưởng đoàn ĐBQH TP X, đã chủ trì buổi tiếp xúc cử tri": the head, not the delegation
        return o
    return None


def _visit_organizer(k: str, orgs: list[OrgMention], sent: Span, cue: Span,
                     body: OrgMention | None) -> OrgMention | None:
    """Who organized a visit (_VISIT_KINDS), ``body`` being the body :func:`_organizer` reads for its word: the one
    "do <body> tổ chức" names, else the visiting delegation (:func:`_delegation`), else ``body`` when it is the verb's
    subject itself ("Thành ủy, UBND, … LĐLĐ TPHCM đã đến thăm và chúc tết …"): before the word, in no person's title
    ("…, Trưởng ban Tổ chức Trung ương đã đến thăm …") and owning no delegation ("Đoàn đại biểu cấp cao … Quốc hội Lào
    tới thăm"). None for a joint visit of two delegations ("đoàn công tác của Tỉnh ủy … và đoàn công tác của Tập đoàn
    X đã cùng tới thăm": the gold names none, mid18 unc-0018) and for the host after the word."""
    if (held := _organized_by(k, orgs, sent, cue)) is not None:
        return held
    if len(_DELEGATIONS.findall(k, sent.start, cue.start)) > 1:  # (a person's titles between have commas)
        return None
    if (delegation := _delegation(k, orgs, sent, cue)) is not None:
        return delegation
    if body is not None and body.span.end <= cue.start \
            and not _patterns().titled.search(k, max(0, body.span.start - 40), body.span.start) \
            and not _OF_DELEGATION.search(k, max(sent.start, body.span.start - 80), body.span.start):
        return body
    return None


def _organizer(report: Report, orgs: list[OrgMention], sent: Span, cue: Span) -> OrgMention | None:
    k = report.key
    # "Đại hội Đại biểu Đảng bộ tỉnh Bạc Liêu", "kỳ họp thứ 5 HĐND tỉnh": the body named right after; not
    # after a reception's "tiếp": "tiếp Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào …" names the guest.
    m = _AFTER_CUE_ORG.match(k, cue.end, sent.end)
    after = m.end() if m else cue.end
    # ``orgs`` is sorted by start: bisect to the sentence instead of scanning the whole report
    # (a scan per event word is quadratic on a long report).
    first = bisect_left(orgs, after, key=_org_start)
    issuer = None  # "tổ chức Lễ công bố quyết định của Bộ Chính trị": the decision's issuer, after the body holding it
    if first < len(orgs) and orgs[first].span.start <= after + 1 and orgs[first].span.start < sent.end \
            and not _GUEST_CUE.match(k, cue.start, cue.end) and not _VERB_CUE.match(k, cue.start, cue.end):
        if not k.endswith(_DOCUMENT_WORDS, cue.start, cue.end):
            return orgs[first]
        issuer = orgs[first]
    # "<org> (đã) tổ chức <cue>": the first organization of the clause before the verb.
    before = [o for o in orgs[bisect_left(orgs, sent.start, key=_org_start):
                              bisect_right(orgs, cue.start, key=_org_start)] if o.span.end <= cue.start]
    verb = None
    for v in _patterns().organize.finditer(k, sent.start, cue.start):
        verb = v
    # "Đảng đoàn MTTQ tổ chức Lễ công bố quyết định của Bộ Chính trị": the body whose verb is right before the handing
    # over holds it; the decision's issuer after it, only when no such verb is there ("ông X công bố Quyết định của Bộ
    # Chính trị")
    if issuer is not None and (verb is None or k[verb.end() : cue.start].strip()):
        return issuer
    # "công tác tổ chức kỳ thi", "việc tổ chức hội nghị", "không tổ chức lễ hội": no body organizes it
    if verb is not None and cue.start - verb.end() <= 40 \
            and not _NOMINAL.search(k, max(sent.start, verb.start() - 10), verb.start()) \
            and not _VERB_AS_PART.search(k, max(sent.start, verb.start() - 12), verb.start()) \
            and not _named_inside(k, verb.end(), cue):
        clause_start = max(sent.start, k.rfind(", ", sent.start, verb.start()) + 2 if ", " in
                           k[sent.start : verb.start()] else sent.start)
        # a list's item ends at ";" and its heading at ":" ("phối hợp với Ủy ban MTTQ … như: công tác chuẩn bị
        # kỳ họp; tiến hành kỳ họp"): a body before them is no subject of the verb in the item
        item_start = max(k.rfind(";", sent.start, verb.start()), k.rfind(":", sent.start, verb.start())) + 1
        cands = [o for o in before if item_start <= o.span.start and o.span.end <= verb.start()]
        in_clause = [o for o in cands if o.span.start >= clause_start]
        if in_clause:
            return in_clause[0]
        # (a body named in an earlier event's name is no subject: "tiến hành Cuộc gặp đại diện hai Bộ Chính trị
        # (10/2016), tổ chức tốt Hội thảo Lý luận …": the Politburos met, the workshop is the two Parties')
        if cands and not _in_event_name(k, sent.start, cands[-1]):
            return cands[-1]
    # "<org> họp kỳ 24", "<org> khai mạc kỳ họp": the organization right before the event word
    # (the longest one when organizations nest: "Ủy ban Kiểm tra Trung ương", not "Trung ương").
    for o in sorted(before, key=lambda o: (o.span.end, len(o.span)), reverse=True)[:1]:
        gap = k[o.span.end : cue.start]
        # "Đại hội Đảng bộ tỉnh họp phiên bế mạc": a sitting of the congress the body only names, not the body's own
        if _BODY_EVENT_GAP.fullmatch(gap) and not (_MEETS_IN_GAP.search(gap) and _patterns().cue.search(
                k, max(sent.start, o.span.start - 40), o.span.start)):
            return o
        break
    if (body := _acting_body(report, orgs, sent, cue)) is not None:
        return body
    if (body := _deputies_body(k, orgs, sent, cue)) is not None:
        return body
    return _organized_by(k, orgs, sent, cue)


def _organized_by(k: str, orgs: list[OrgMention], sent: Span, cue: Span) -> OrgMention | None:
    """"<cue> … do <org> tổ chức", "Cuộc họp do <org> chủ trì": the body the event is told held by."""
    for v in _ORGANIZED_BY.finditer(k, cue.end, sent.end):
        for o in orgs[bisect_left(orgs, cue.end, key=_org_start):bisect_right(orgs, v.start(), key=_org_start)]:
            if (cue.end <= o.span.start and o.span.end <= v.start()
                    and re.search(r"\bdo\s+$", k[cue.end : o.span.start])):
                return o
        break
    return None


# "ĐB QH ở kỳ họp này", "đại biểu HĐND tỉnh tại kỳ họp thứ 4": deputies of a body, then the session they sit in
_DEPUTIES_OF = re.compile(r"(?<![\w])(?:đại biểu|đb)\s+$")
_SITS_IN = re.compile(r"\s+(?:ở|tại|trong)\s+")


def _deputies_body(k: str, orgs: list[OrgMention], sent: Span, cue: Span) -> OrgMention | None:
    """The body whose deputies are told at the session right after them: it holds that session ("các ý kiến của ĐB
    QH ở kỳ họp này đều tâm huyết": the Assembly's session). Only a session or sitting ("kỳ họp", "phiên"): "đại
    biểu đoàn TPHCM tại Đại hội Đảng" names a delegation at another body's congress.

    >>> from kg.model import OrgMention
    >>> k = "các ý kiến của đb qh ở kỳ họp này"
    >>> o = OrgMention(span=Span(k.index("qh"), k.index("qh") + 2), written="QH", name="Quốc hội")
    >>> _deputies_body(k, [o], Span(0, len(k)), Span(k.index("kỳ họp"), k.index("kỳ họp") + 6)).name
    'Quốc hội'
    """
    if not k.startswith(("kỳ họp", "phiên"), cue.start):
        return None
    i = bisect_right(orgs, cue.start, key=_org_start)
    for o in reversed(orgs[bisect_left(orgs, sent.start, key=_org_start):i]):
        if o.span.end <= cue.start:
            if _SITS_IN.fullmatch(k, o.span.end, cue.start) and _DEPUTIES_OF.search(k, max(0, o.span.start - 12),
                                                                                   o.span.start):
                return o
            return None
    return None


# An act done at a meeting (event_sentence_words 'act_kind': "Trao quyết định") and the kinds of meeting that hold such
# acts ('host_kind'): told after such a meeting in one sentence, the act is that meeting's, no event of its own.
_ACT_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["act_kind"])
_HOST_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["host_kind"])


# A sitting's word right before its session's ("tại phiên bế mạc kỳ họp thứ 18, HĐND tỉnh …", "phiên chất vấn kỳ họp
# HĐND thành phố", "phiên khai mạc của kỳ họp"): one event, the sitting (event_sentence_words 'sitting_kind',
# 'session_kind'; :func:`_sitting_of`).
_SITTING_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["sitting_kind"])
_SESSION_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["session_kind"])
_SITTING_OF = re.compile(r"\s+(?:của\s+)?")


def _sitting_of(k: str, kind: str, cue: Span, before: tuple[int, EventMention] | None,
                sent_start: int) -> EventMention | None:
    """The sitting whose session the session word ``cue`` names: the event ``before`` gives (the end of the event word
    told last in the sentence, and its event), when that is a sitting and only "của" stands between ("tại phiên bế
    mạc kỳ họp thứ 18": the closing sitting of session 18, one event dated by the sentence, not a second one, the
    session, on the sitting's day). None otherwise, and when the sitting's word named an undated sitting told before
    this sentence (from ``sent_start``): "Quốc hội sẽ tiến hành phiên bế mạc kỳ họp thứ 6" after "phiên họp sáng qua"
    is not known to be that sitting, and the session stays an event of its own; a dated one told again ("Chủ tịch X
    phát biểu tại phiên khai mạc kỳ họp HĐND thành phố.", a caption) is that sitting.

    >>> sitting = EventMention(span=Span(4, 16), kind="Phiên họp")
    >>> k = "tại phiên bế mạc kỳ họp thứ 18"
    >>> _sitting_of(k, "Kỳ họp", Span(17, 23), (16, sitting), 0) is sitting
    True
    >>> _sitting_of("tại phiên bế mạc, kỳ họp thứ 18", "Kỳ họp", Span(18, 24), (16, sitting), 0) is None
    True
    """
    if before is None or kind not in _SESSION_KINDS or before[1].kind not in _SITTING_KINDS \
            or (before[1].span.start < sent_start and before[1].date is None):
        return None
    return before[1] if _SITTING_OF.fullmatch(k, before[0], cue.start) else None


# Between an event word and a later one, a list's joint: the later is another item of the verb's object ("tổ chức Lễ
# kỷ niệm … và Hội nghị …"), not a word inside the first one's name.
_ITEM_JOINT = re.compile(r"[,;]|(?<![\w])và(?![\w])")


def _named_inside(k: str, start: int, cue: Span) -> bool:
    """Another event word lies between ``start`` (an organizing verb's end) and ``cue``, with no list joint after it,
    and ``cue`` is only referred to there (event_reference_cues.tsv): the verb's object is that other event and
    ``cue`` an earlier one its name tells of ("Đảng ủy Quốc hội tổ chức Hội nghị thông báo nhanh kết quả Đại hội
    XIV": the committee holds the briefing, not the Party congress). ("Quốc hội tiến hành phiên bế mạc kỳ họp thứ
    6": the session whose sitting it is, the body's own.)

    >>> k = "đảng ủy quốc hội tổ chức hội nghị thông báo nhanh kết quả đại hội xiv"
    >>> _named_inside(k, k.index(" hội nghị"), Span(k.index("đại hội"), k.index("đại hội") + 7))
    True
    >>> k = "tỉnh ủy tổ chức lễ kỷ niệm 70 năm và hội nghị tổng kết"
    >>> _named_inside(k, k.index(" lễ"), Span(k.index("hội nghị"), k.index("hội nghị") + 8))
    False
    >>> k = "quốc hội sẽ tiến hành phiên bế mạc kỳ họp thứ 6"
    >>> _named_inside(k, k.index(" phiên"), Span(k.index("kỳ họp"), k.index("kỳ họp") + 6))
    False
    """
    last = None
    for m in _patterns().cue.finditer(k, start, cue.start):
        if m.end() <= cue.start:
            last = m
    return last is not None and not _ITEM_JOINT.search(k, last.end(), cue.start) \
        and _referenced(_patterns(), k, max(last.end(), cue.start - 40), cue) is not None


def _in_event_name(k: str, start: int, o: OrgMention) -> bool:
    """The body is written inside an event's name: an event word before it in its clause, with no comma between
    ("Cuộc gặp đại diện hai Bộ Chính trị", "Hội nghị Ban Chấp hành Đảng bộ tỉnh").

    >>> k = "tiến hành cuộc gặp đại diện hai bộ chính trị (10/2016), tổ chức tốt hội thảo"
    >>> _in_event_name(k, 0, OrgMention(Span(k.index("bộ chính"), k.index(" (")), "Bộ Chính trị", "Bộ Chính trị"))
    True
    """
    lo = max(start, k.rfind(",", start, o.span.start) + 1)
    return _patterns().cue.search(k, lo, o.span.start) is not None


# An event word after "tại" / "trong" opens a clause on the event ("Tại phiên họp thứ 10, …"); the main clause's
# subject follows a comma.
_AT_CUE = re.compile(rf"(?:^|,|(?<![\w])cho biết)\s*(?:{_ordered(_WORDS['at_event_verb'])})\s+(?:buổi\s+)?$")
_SUBJECT_GAP = re.compile(rf"\s+(?:(?:{_ordered(_WORDS['aspect'] + _WORDS['adverb'])})\s+)*")
_ABBREVIATION_AFTER = re.compile(r"\s*\([^()\s]{2,12}\)")


def _acting_body(report: Report, orgs: list[OrgMention], sent: Span, cue: Span) -> OrgMention | None:
    """The organizer of an event told in an opening clause "Tại <event>, …, <body> <verb> …" (the clause opens the
    sentence or follows a comma; "… đã thống nhất trong buổi làm việc …" is no opening clause): the body that acts
    in the sentence, when it is one that holds meetings (meeting_bodies.tsv): "Tại phiên họp thứ 10 chiều 15/5, với
    đa số ý kiến tán thành, Ủy ban Thường vụ Quốc hội đã thông qua …", "tại phiên họp thứ nhất, Ban Chấp hành
    Đảng bộ tỉnh bầu …". The body opens a clause (after a comma) and a lower-case word (its verb) follows it; a
    person's title before it ("…, Chủ tịch Quốc hội phát biểu") makes it no subject."""
    k = report.key
    if cue.start - sent.start > 400 or _AT_CUE.search(k[sent.start : cue.start].lstrip()) is None:
        return None
    p = _patterns()
    word = p.cue_words.match(k, cue.start)
    kind = p.kind_of[word.group("cue")] if word else None
    for o in orgs[bisect_left(orgs, cue.end, key=_org_start):bisect_left(orgs, sent.end, key=_org_start)]:
        if not k[max(sent.start, o.span.start - 2) : o.span.start].startswith(","):
            return None  # "…, thể hiện sự coi trọng của Đảng, Chính phủ": the first body is no subject
        names = (text_key(o.name), text_key(report.text[o.span.start : o.span.end]))
        # "Ủy ban Kiểm tra Trung ương (UBKTTW) đã kết luận": the body's abbreviation in brackets before its verb
        abbr = _ABBREVIATION_AFTER.match(k, o.span.end)
        gap = _SUBJECT_GAP.match(k, abbr.end() if abbr else o.span.end)
        # a body meets in its own kind of meeting ("Tại kỳ họp này, Chính phủ sẽ trình …": the Assembly's session);
        # a sitting ("phiên họp") is any body's
        listed = [kd for head, kd in p.body_kind if any(n.startswith(head) for n in names)]
        if (kind in listed or (listed and kind == _SITTING) or (not listed and kind == _MEETING)) \
                and gap is not None and gap.end() < len(k) and report.text[gap.end()].islower() \
                and k[gap.end():].split(" ", 1)[0] not in _WORDS["conjunction"]:
            return o
        return None
    return None


def _meetings(report: Report, orgs: list[OrgMention], sents: list[Span],
              named: set[int]) -> list[tuple[Span, str, OrgMention | None]]:
    """A body as the subject of a meeting verb ("Ban Bí thư họp", "HĐND tỉnh đã bầu ông X", "được HĐND
    thành phố ngày 13-7 bầu"): the verb's span, the kind of the body's meeting
    (``data/meeting_bodies.tsv``) and the body, in sentences whose index is not in ``named`` (a sentence
    naming an event word is about that event: "HĐND tỉnh tổ chức kỳ họp bất thường bầu …")."""
    p = _patterns()
    k, text = report.key, report.text
    by_verb: dict[int, tuple[Span, OrgMention]] = {}
    for o in orgs:
        m = p.meets.match(k, o.span.end)
        if m is None:
            continue
        at = m.start("verb")
        if at not in by_verb or o.span.start < by_verb[at][1].span.start:  # the longest body ending there
            by_verb[at] = (Span(at, m.end("verb")), o)
    out: list[tuple[Span, str, OrgMention | None]] = []
    for verb, o in by_verb.values():
        if _sentence_index(sents, o.span.start) in named \
                or p.not_subject.search(k, max(0, o.span.start - 12), o.span.start) \
                or (p.titled.search(k, max(0, o.span.start - 40), o.span.start)
                    and not _DEPUTIES.search(k, max(0, o.span.start - 24), o.span.start)):
            continue
        names = (text_key(o.name), text_key(text[o.span.start : o.span.end]))
        kind = next((kd for head, kd in p.body_kind if any(n.startswith(head) for n in names)), _MEETING)
        if kind == _MEETING and _SITTING_AFTER.match(k, verb.end):
            kind = _SITTING  # "Thường trực Tỉnh ủy chiều qua họp phiên thường kỳ …": a sitting, whatever the body
        out.append((verb, kind, o))
    return out


# "trình nhân sự để Quốc hội bầu …", "chức danh do HĐND tỉnh bầu", "cho đến khi Quốc hội bầu …": a purpose,
# a relative clause or a time to come, not a meeting held on the sentence's date.
# An opening quote right before an event word, after another event word: the quoted name is that event's.
_OPENS_QUOTE = re.compile(r"[\"“]\s*$")
# A reception's word that ends with its guest ("tiếp Ủy viên", "đã tiếp đoàn", "tiếp xã giao"): what follows is who
# was received, not who holds the event.
_GUEST_CUE = re.compile(r"(?:đã\s+)?tiếp\s(?!xúc)")
# A ceremony's verb after its aspect word (event_kinds.tsv: "đã khai trương", "được khởi công"): what follows is
# what was opened ("Văn phòng Chính phủ đã khai trương Cổng thông tin …"), not who holds the ceremony.
_VERB_CUE = re.compile(r"(?:đã|được)\s+(?:khai giảng|khởi công|khai trương|động thổ)")
# "Chiều 16/6, các đại biểu Quốc hội làm việc tại hội trường, biểu quyết …": the deputies as a whole (plural, no one
# person's title) are the body sitting that day, its meeting told by their verb
_DEPUTIES = re.compile(r"(?<![\w])(?:các|những)\s+đại biểu\s+$")
_SITTING = "Phiên họp"  # the kind of a sitting, which any body that meets holds
_SITTING_AFTER = re.compile(r"\s+phiên(?![\w])")  # "họp phiên thứ 54", "họp phiên thường kỳ": the verb names a sitting
# "BCH Đảng bộ tỉnh X khoá 16 đã họp phiên đầu tiên để bầu …": a body's numbered sitting told done is an event even
# undated (the verb names the sitting and its place in the body's series)
_DONE = re.compile(r"(?<![\w])đã\s+$")
_NUMBERED_SITTING = re.compile(r"\s+phiên\s+(?:đầu tiên|thứ\s+\w+)(?![\w])")


def _held_sitting(k: str, verb: Span) -> bool:
    """Whether a body's meeting verb tells a numbered sitting done ("đã họp phiên đầu tiên", "đã họp phiên thứ nhất").

    >>> k = "ban chấp hành đảng bộ tỉnh khoá 16 đã họp phiên đầu tiên để bầu"
    >>> _held_sitting(k, Span(k.index("họp"), k.index("họp") + 3))
    True
    >>> k = "ban chấp hành khoá x sẽ họp phiên đầu tiên"
    >>> _held_sitting(k, Span(k.index("họp"), k.index("họp") + 3))
    False
    """
    return k.startswith("họp", verb.start) and _DONE.search(k, max(0, verb.start - 8), verb.start) is not None \
        and _NUMBERED_SITTING.match(k, verb.end) is not None
_MEETING = "Cuộc họp"  # the kind of a meeting of a body that meeting_bodies.tsv does not list




def _place(report: Report, sent: Span, cue: Span) -> str | None:
    """The place after "tại" near the event word ("tại Văn phòng Tỉnh ủy Bình Định")."""
    p = _patterns()
    k, text = report.key, report.text
    # A match holds "tại", so none starts before the first "tại" of each side (found by str.find): ``_PLACE`` opens
    # with a look-behind, which ``re`` tries at every character of the range it is given (its look-behind reads the
    # character before that start all the same: the same matches). A side without "tại" (most) is no scan at all.
    at = k.find("tại", sent.start, cue.start)
    before = list(_PLACE.finditer(k, at, cue.start)) if at >= 0 else []
    at = k.find("tại", cue.end, sent.end)
    after = list(_PLACE.finditer(k, at, sent.end)) if at >= 0 else []
    for m in before[::-1] + after:
        start = m.start("p")
        if p.cue.match(k, start) or _NOT_PLACE.match(k, start):  # "tại hội nghị", "tại Điều 29 …"
            continue
        if not (text[start].isupper() or k.startswith(p.place_start, start)):
            continue
        kept: list[str] = []
        for w in text[start : m.end("p")].split()[:8]:
            if kept and text_key(w) in p.place_end:
                break
            kept.append(w)
        return " ".join(kept) or None
    return None


def _event_name(report: Report, cue: Span, sent: Span) -> str | None:
    text = report.text
    if not text[cue.start].isupper():
        return None
    m = re.compile(r"[^,.;:(\"\n]{0,120}").match(report.key, cue.end, sent.end)
    end = m.end() if m else cue.end
    name = text[cue.start : end].strip()
    words = name.split()
    return " ".join(words[:24]) if len(words) > 1 else None


def _date_for(
    report: Report, dates: list, sent: Span, cue: Span, report_year: int | None, commemorates: bool = False
) -> PartialDate | None:
    if (own := _day_of(report, sent, cue, report_year)) is not None:
        return own
    cands = dates[bisect_left(dates, sent.start, key=_org_start):bisect_left(dates, sent.end, key=_org_start)]
    # a document's date is no event's (but "Cùng ngày" may still refer to it: ``dates`` keeps it)
    cands = [d for d in cands if not _document_date(report.key, d.span)]
    # "Các hoạt động trong Ngày hội sẽ diễn ra đến hết ngày 7-7": the day it ends by, not the day it is held
    # ("Đến ngày 2/6, Ban Thường vụ đã họp", opening the sentence, tells when it happened)
    cands = [d for d in cands if not ((u := _UNTIL.search(report.key, max(0, d.span.start - 16), d.span.start))
                                      and report.text[u.start()].islower())]
    cands = [d for d in cands if not _PLANNED_END.search(report.key, max(0, d.span.start - 40), d.span.start)]
    if _in_brackets(report.key, sent, cue.start):
        # "Ngày 23-12-2005, ông X trao Nghị quyết … (đã được Quốc hội khóa XI, kỳ họp thứ 8 thông qua)": an event
        # named in brackets is an aside; only a date in the same brackets is its own
        opened = report.key.rfind("(", sent.start, cue.start)
        closed = report.key.find(")", cue.end, sent.end)
        cands = [d for d in cands if opened < d.span.start and (closed < 0 or d.span.end <= closed)]
        if not cands:
            return None
    if commemorates and cands:
        # "Đọc diễn văn tại lễ kỷ niệm, … ôn lại sự kiện lịch sử ngày 20/5/1947": the day remembered
        latest = report_year or _latest_full_year(report)
        cands = [d for d in cands if latest is None or d.date.year is None or d.date.inferred_year
                 or d.date.year > latest - _REMEMBERED_GAP]
        if not cands:
            return None
    if not cands:
        return _same_day(report, dates, sent)
    # "Ngày 6-9-1969, ông X giao nhiệm vụ viết điếu văn để đọc trong lễ truy điệu", "… họp để chuẩn bị Đại
    # hội": an event named in such a purpose is held later than the day its sentence opens with ("về huyện
    # để đối thoại với người dân", "để công bố quyết định" are that day's)
    # "Tại kỳ họp thứ 36 (từ 29 đến 31/5), Ủy ban … nhất là công tác tổ chức kỳ thi …": the days in a bracket
    # right after an earlier name are that event's, not the clause's
    said = _said_before(report.key, sent, cue)
    before = [d for d in cands if d.span.start < cue.start and not _PURPOSE.search(report.key, d.span.end, cue.start)
              and not _bracket_of_a_name(report.key, sent, d.span.start)
              and not (said is not None and said >= d.span.end)]
    # After the event word, a date in brackets is a remembered one ("… bức thư (ngày 21 tháng 7 năm 1969)"),
    # unless the bracket opens right after the event's name ("kỳ họp thứ 20 (từ ngày 12 đến 13/12/2017)"),
    # and one far along a long sentence belongs to another clause ("… phát biểu tại Kỳ họp thứ 7 …
    # Căn cứ … cho ông thôi làm nhiệm vụ từ ngày 15/5/2017")
    # "trao quyết định 1177/QĐ-BGDĐT ngày 5/4/2021": after an event word ending in a document's word,
    # a date is that document's issue date, even when its number is not read as a directive
    # "Phát biểu tại hội nghị, ông X khẳng định: Ngày 12/12/2013, Bộ Chính trị …": after a speech verb, a
    # date is the speech's content
    # (a document is dated "ngày …": "trao quyết định … cho ông X (bên phải), chiều 30/1" is the ceremony's day)
    documentary = report.key.endswith(_DOCUMENT_WORDS, cue.start, cue.end)
    after = [
        d for d in cands if cue.start <= d.span.start <= cue.end + _AFTER_CUE
        and not (documentary and report.key.startswith("ngày", d.span.start))
        and (not _in_brackets(report.key, sent, d.span.start) or _bracket_after_name(report.key, cue, d.span.start))
        and not _patterns().say.search(report.key, cue.end, d.span.start)
        and (not isinstance(d, RelativeDate) or _relative_in_clause(report.key, sent, cue, d.span))
        # on the date's clause within 40 characters, a verb of remembering: the date is a day recalled
        # there ("Tại lễ kỷ niệm, ông ôn lại sự kiện ngày 20/5/1947 …"), not the event's
        and not _patterns().recall.search(report.key, max(cue.end, d.span.start - 40), d.span.start)]
    # "… và Lễ công bố Nghị quyết … thành lập thị xã Nghi Sơn và … (thị xã Nghi Sơn, dự kiến tổ chức vào 20h, ngày
    # 30/4)": a bracket that tells when the event is held dates it however long its name
    held = [d for d in cands if cue.end < d.span.start <= cue.end + _HELD_AFTER_CUE
            and _held_bracket(report.key, cue, d.span.start)]
    if (working := _working_day(report.key, sent, cue)) is not None:
        held = [d for d in cands if working.start < d.span.start < working.end] + held
    if not before and not after and not held:
        return None
    # "Ngày 26/6, Đoàn … đã kết thúc chuyến thăm hữu nghị chính thức Việt Nam từ ngày 23-26/6": the days the
    # event's name itself runs over are its own; the date before is the day of the clause's verb (its end)
    spans = [d for d in after if _SPAN_OF_DAYS.match(report.key, d.span.start)
             and _NAME_GAP.fullmatch(report.key, cue.end, d.span.start)]
    # "…, ngày 15/1, Sở báo cáo … kết luận của Thường trực Thành ủy tại cuộc họp ngày 26/6/2020": a day
    # written right after the event's name, on its clause, is the event's own; the date before is its clause's
    # (or in a bracket right after the name that dates the event: "Kỳ họp thứ 6 (khai mạc ngày 21/10)")
    attached = [d for d in after if (_NAME_GAP.fullmatch(report.key, cue.end, d.span.start)
                                     or (_in_brackets(report.key, sent, d.span.start)
                                         and _bracket_after_name(report.key, cue, d.span.start)))
                and not _NAME_WITH_DOCUMENT.search(report.key, cue.end, d.span.start)]
    best = spans[0] if spans else attached[0] if attached else held[0] if held else before[-1] if before else after[0]
    if best is not (spans or attached or held or [None])[0] and best.span.start < cue.start and _same_kind_between(
            report.key, best.span.end, cue):
        # "Ngày 3/10/2010, tại Đại hội Đảng bộ tỉnh lần thứ XV, ông … làm đại biểu dự Đại hội Đảng lần thứ XI": the
        # day is the first congress's; a second word of its kind after it is that event again or another one
        return None
    date = best.date
    if best.span.start < cue.start and _outside(_name_month(report.key, cue, sent), date):
        return None  # "Ngày 15-5, … triển khai kết quả chuyến thăm I-ta-li-a … tháng 11-2016": a visit of its own time
    if date.year is None and report_year is None and date.month and date.day:
        y = _year_from_text(report, date.month, date.day) \
            or _year_of_span_of_days(report, date.month, date.day) \
            or _year_of_date_before(report, best.span, date.month, date.day) \
            or _year_of_named_month(report.key, cue, sent, date.month, date.day) \
            or _year_of_own_month(report.key, cue, sent, date.month, date.day) \
            or _year_of_name(report.key, cue, sent) \
            or (_year_of_anniversary(report.key, cue) if commemorates else None) \
            or _year_of_occasion_span(report.key, sent, date.month, date.day) \
            or _year_of_occasion(report, date.month) \
            or _year_of_summed_span(report, date.month)
        if y is not None:
            date = PartialDate(y, date.month, date.day, inferred_year=True)
    return date


# The sentences of a report's lead, where a named occasion tells what the report is about (as for its dateline:
# kg.loaders.build.LEAD_SENTENCES).
_OCCASION_LEAD = 4


def _year_of_occasion(report: Report, month: int) -> int | None:
    """In a report without a date, the year the occasion it names gives a yearless day of ``month``
    (:func:`kg.loaders.dates.occasion_years`, the rule that dates a yearless dateline): "… nhiệm vụ sau kỳ nghỉ
    Tết Nguyên đán Đinh Dậu 2017" puts "Sáng hôm qua 6/2" and "sáng nay 7/2" in 2017 (a Tết names the year of
    the days of January to March after it, and of a December before it), "Ngày hội … 2017" in the lead the
    year of its days. (A Tết named by its cycle year alone, "dịp Tết Đinh Dậu", gives none: the gold keeps such
    days yearless; occasion_years reads it only when given ``near_year``, which this caller does not pass.) None
    when the occasions give more than one year, or a year before the latest year the
    text writes a full date in, less one (the report is not older than the dates it states)."""
    def years() -> set[int]:
        sents = sentences(report)
        lead_end = sents[min(len(sents), _OCCASION_LEAD) - 1].end if sents else 0
        return set(occasion_years(report.text, month, key=report.key, lead_end=lead_end))
    found = report.memo(f"extract.events.occasion_years.{month}", years)
    latest = _latest_full_year(report)
    if len(found) != 1:
        return None
    y = next(iter(found))
    return y if y >= EARLIEST_DATELINE_YEAR and (latest is None or y >= latest - 1) else None


# "lễ kỷ niệm 10 năm thành lập", "mít tinh kỷ niệm 995 năm Thăng Long - Hà Nội (1010-2005)": the count of years an
# anniversary ceremony remembers, and the span of years written right after it in brackets.
_ANNIVERSARY = re.compile(r"k[ỷỉ] niệm\s+(?P<n>\d{1,4})\s+năm(?![\w])(?P<what>[^.;:()\n]{0,80})"
                          r"(?:\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?P<y1>\d{4})\s*[-–]\s*"
                          r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?P<y2>\d{4})\s*\))?")
_ANNIVERSARY_REACH = 40  # characters from the event word to "kỷ niệm N năm" ("lễ mít tinh trọng thể kỷ niệm …")
_FOUNDED = re.compile(rf"(?:{_standing(_WORDS['founded'])})(?![\w])")
# "… thành lập theo Quyết định số 32 ngày 11/4/2007 …", "… được thành lập năm 1982 …": the founding year, in the
# founding verb's clause; not one the anniversary's count stands before ("Nhân lễ kỷ niệm 10 năm thành lập, …")
_COUNTED_YEARS = re.compile(r"\d\s+năm\s+(?:ngày\s+)?$")
_FOUNDED_YEAR = re.compile(r"[^.,;:!?\n]{0,60}?(?:(?<![\d/-])\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*|(?<![\d/.-]))"
                           r"(?P<y>(?:1[89]|20)\d\d)(?![\d])")


def _year_of_anniversary(k: str, cue: Span) -> int | None:
    """The year of an anniversary ceremony whose report gives no year: the end of the span of years its name
    writes ("kỷ niệm 995 năm Thăng Long - Hà Nội (1010-2005)": 2005, when 2005 - 1010 is 995), or, for an
    anniversary of a founding ("lễ kỷ niệm 10 năm thành lập"), the one founding year the text writes ("… thành
    lập theo Quyết định số 32 ngày 11/4/2007 …") plus the years counted: 2017. None when the text writes no such
    year or founding years that disagree: the year is read, never guessed (tests/test_events28.py).

    >>> _year_of_anniversary("lễ kỷ niệm 10 năm thành lập. trung tâm thành lập ngày 11/4/2007.", Span(0, 10))
    2017
    >>> _year_of_anniversary("lễ kỷ niệm 10 năm thành lập. trung tâm ra đời năm 2007.", Span(0, 10))
    """
    m = _ANNIVERSARY.search(k, cue.start, cue.end + _ANNIVERSARY_REACH)
    if m is None or m.start() > cue.end + _ANNIVERSARY_REACH:
        return None
    n = int(m.group("n"))
    if m.group("y2") is not None:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        return y2 if y2 - y1 == n else None
    if _FOUNDED.search(m.group("what")) is None:
        return None
    years = set()
    for f in _FOUNDED.finditer(k):
        if _COUNTED_YEARS.search(k, max(0, f.start() - 16), f.start()):
            continue
        if (y := _FOUNDED_YEAR.match(k, f.end())) is not None:
            years.add(int(y.group("y")))
    return next(iter(years)) + n if len(years) == 1 else None


# "Nhân kỷ niệm 75 năm ngày thành lập Hội LHPN (LHPN) Việt Nam (20.10.1930-20.10.2005), ngày 8-10, …": an anniversary
# and the span of its days, a short bracket ("(LHPN)") allowed in its name; or of its years alone ("kỷ niệm 995 năm
# Thăng Long - Hà Nội (1010-2005)").
_OCCASION_SPAN = re.compile(
    r"k[ỷỉ] niệm\s+(?:lần thứ\s+)?(?P<n>\d{1,4})(?![\d/.-])(?:\s+năm)?(?:[^.;:()\n]|\([^()\n]{1,12}\)){0,100}?"
    r"\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?P<y1>\d{4})\s*[-–]\s*"
    r"(?:(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*)?(?P<y2>\d{4})\s*\)")
_OCCASION_REACH = 45  # days from the anniversary's day: an event held on its occasion ("Nhân kỷ niệm …, ngày 8-10, …")


def _year_of_occasion_span(k: str, sent: Span, month: int, day: int) -> int | None:
    """The year of a yearless day in a report without a date, from the anniversary its sentence holds it on:
    "Nhân kỷ niệm 75 năm ngày thành lập Hội LHPN Việt Nam (20.10.1930-20.10.2005), ngày 8-10, Ban … tổ chức buổi
    đối thoại": 2005, the year the span ends in, when its years are the count (2005 - 1930 = 75) and the day is
    within ``_OCCASION_REACH`` days of the anniversary's (8-10 is twelve days before 20-10-2005; across New Year the
    nearer year). A span of years alone ("lễ kỷ niệm 995 năm Thăng Long - Hà Nội (1010-2005)", 2005 - 1010 = 995)
    gives no anniversary day: the ceremony is in the year the span ends in (never the year it remembers), so the
    day of its sentence is too. Only in the event's own sentence: a report remembering a birth
    "(9/2/1907 - 9/2/2017)" tells of days of the life as well. None for two anniversaries that give two years.

    >>> _year_of_occasion_span("nhân kỷ niệm 75 năm ngày thành lập (20.10.1930-20.10.2005), ngày 8-10, x",
    ...                        Span(0, 70), 10, 8)
    2005
    >>> _year_of_occasion_span("nhân kỷ niệm 75 năm ngày thành lập (20.10.1930-20.10.2005), ngày 8-3, x",
    ...                        Span(0, 70), 3, 8)
    >>> _year_of_occasion_span("sáng 9-10, lễ kỷ niệm 995 năm thăng long (1010-2005) và 51 năm", Span(0, 62), 10, 9)
    2005
    """
    if "niệm" not in k[sent.start : sent.end]:
        return None
    years = set()
    for m in _OCCASION_SPAN.finditer(k, sent.start, sent.end):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 - y1 != int(m.group("n")):
            continue
        if m.group("d2") is None:
            years.add(y2)
            continue
        try:
            anniversary = calendar_date(y2, int(m.group("m2")), int(m.group("d2")))
            near = [y for y in (y2 - 1, y2, y2 + 1)
                    if abs((calendar_date(y, month, day) - anniversary).days) <= _OCCASION_REACH]
        except ValueError:
            continue
        years.update(near)
    return next(iter(years)) if len(years) == 1 else None


def _spans_of_days(report: Report) -> frozenset[tuple[int, int, int, int]]:
    """The spans of days of one month the report writes with their year, as (first day, last day, month, year)
    (:func:`kg.loaders.dates.day_spans`)."""
    return frozenset(day_spans(report.text, key=report.key))


def _year_of_span_of_days(report: Report, month: int, day: int) -> int | None:
    """In a report without a date, the year of a yearless day inside a span of days the text writes with its year:
    "sáng 11/5, Chủ tịch nước … lên đường thăm … và dự Diễn đàn …, từ ngày 11 - 15/5/2017" puts the 11th of May in
    2017, as "Đại hội … diễn ra từ ngày 5 đến 7/12/2005" does a later "ngày 6/12, Đại hội …". None when spans of
    two years hold the day, or when the year is before the latest year the text writes a full date in, less one
    (a congress of the past the report remembers, "từ 15 đến 18/12/1986", is not today's news).

    >>> from kg.model import Report
    >>> t = "Ngày 6/12, Đại hội bầu Ban Chấp hành. Đại hội diễn ra từ ngày 5 đến 7/12/2005."
    >>> _year_of_span_of_days(Report(id="t", text=t, source_file="t"), 12, 6)
    2005
    >>> _year_of_span_of_days(Report(id="t", text=t, source_file="t"), 12, 8) is None
    True
    """
    years = {y for d1, d2, m, y in report.memo("extract.events.spans_of_days", lambda: _spans_of_days(report))
             if m == month and d1 <= day <= d2}
    if len(years) != 1:
        return None
    y = next(iter(years))
    latest = _latest_full_year(report)
    return y if latest is None or y >= latest - 1 else None


# A sentence opening with a word that sums up the report's news ("Như vậy, …"), and in it a span of months whose end
# is read: "từ tháng 2/2016 đến tháng 5/2017", "từ 2/2016-5/2017".
_SUMMING_UP = re.compile(rf"\W*(?:{_ordered(_WORDS['summing_up'])})(?![\w])")
_MONTH_SPAN = re.compile(r"(?<![\w])từ\s+(?:tháng\s+)?\d{1,2}\s*[/-]\s*(?:19|20)\d\d\s*(?:-|–|đến|tới)\s*"
                         r"(?:tháng\s+)?(?P<m>\d{1,2})\s*[/-]\s*(?P<y>(?:19|20)\d\d)(?!\d)")


def _summed_spans(report: Report) -> frozenset[tuple[int, int]]:
    """The (month, year) ends of the spans of months written in the sentences that sum up the report's news."""
    k = report.key
    if not any(w in k for w in _WORDS["summing_up"]):  # most reports have none: no sentence scan
        return frozenset()
    return frozenset((int(m.group("m")), int(m.group("y")))
                     for s in sentences(report) if _SUMMING_UP.match(k, s.start, s.end)
                     for m in _MONTH_SPAN.finditer(k, s.start, s.end))


def _year_of_summed_span(report: Report, month: int) -> int | None:
    """In a report without a date, the year a sentence summing up its news gives a yearless day of ``month``: "Ngày
    11/5, Ban … tổ chức hội nghị triển khai quyết định … điều chuyển ông X" and later "Như vậy, ông X đã giữ chức Bí
    thư … từ tháng 2/2016 đến tháng 5/2017": the span ends with the news, so the 11th of May is in 2017. None when
    such spans end in that month of more than one year, or in a year before the latest year the text writes a full
    date in (the news is not older than the dates the report states).

    >>> from kg.model import Report
    >>> t = "Ngày 11/5, Ban X họp. Như vậy, ông A đã giữ chức Bí thư từ tháng 2/2016 đến tháng 5/2017."
    >>> _year_of_summed_span(Report(id="t", text=t, source_file="t"), 5)
    2017
    >>> _year_of_summed_span(Report(id="t", text=t, source_file="t"), 6) is None
    True
    >>> t = "Ngày 11/5, Ban X họp. Từ tháng 2/2016 đến tháng 5/2017, ông A giữ chức Bí thư."
    >>> _year_of_summed_span(Report(id="t", text=t, source_file="t"), 5) is None
    True
    """
    years = {y for m, y in report.memo("extract.events.summed_spans", lambda: _summed_spans(report)) if m == month}
    if len(years) != 1:
        return None
    y = next(iter(years))
    latest = _latest_full_year(report)
    return y if latest is None or y >= latest else None


def _remembered(report: Report, date: PartialDate | None, report_year: int | None) -> bool:
    """The date is ``_REMEMBERED_GAP`` years or more before the report's year (undated, the latest year the
    text writes a full date in): a day the report remembers ("Tết trồng cây: Vĩnh Phúc sẽ trồng …" then "ngày
    11/1/1960 … tổ chức Tết trồng cây đầu tiên")."""
    if date is None or date.year is None or date.inferred_year:
        return False
    latest = report_year or _latest_full_year(report)
    return latest is not None and date.year <= latest - _REMEMBERED_GAP


# Between a date written with its year and a yearless day right after it: a comma and the day's anchor
# ("2/9/1945, ngày 3/9", "(…), sáng 7/7").
_DAY_AFTER_DATE = re.compile(r"\s*\)?\s*,\s*$")
_CARRY_DAYS = 31  # a yearless day this many days after the written date at most is in its year


def _year_of_date_before(report: Report, day: Span, month: int, dom: int) -> int | None:
    """The year of a yearless day written right after a date with its year ("Ngay sau ngày lịch sử 2/9/1945, ngày
    3/9 Hồ Chủ tịch triệu tập …" is 1945-09-03): the day follows it by at most ``_CARRY_DAYS``. Not after a day the
    text remembers or counts from ("kỷ niệm … ngày 2/9/1945, sáng 1/9"), nor after a span's first date, nor when the
    day would come before it. None otherwise.

    >>> from kg.model import Report
    >>> r = Report(id="t", text="Ngay sau ngày lịch sử 2/9/1945, ngày 3/9 ông triệu tập cuộc họp.", source_file="t")
    >>> _year_of_date_before(r, Span(32, 40), 9, 3)
    1945
    """
    k = report.key
    before = [w for w in _written(report) if w.span.end <= day.start]
    if not before:
        return None
    w = before[-1]
    if w.span_start or not _DAY_AFTER_DATE.fullmatch(k, w.span.end, day.start) \
            or _NAMED_DAY.search(k, max(0, w.span.start - 60), w.span.start) \
            or (y := w.date.year) is None or w.date.month is None or w.date.day is None:
        return None
    try:
        gap = (calendar_date(y, month, dom) - calendar_date(y, w.date.month, w.date.day)).days
    except ValueError:
        return None
    return y if 0 <= gap <= _CARRY_DAYS else None


def _same_kind_between(k: str, start: int, cue: Span) -> bool:
    """An event word of the same kind as ``cue`` lies between ``start`` and it, outside brackets ("chiều 12/5 (một
    ngày sau khi đoàn … làm việc với Hiệp hội), Bộ trưởng … làm việc với UBND TP": the aside is no claim on the day)."""
    p = _patterns()
    kind = p.kind_of.get(k[cue.start : cue.end])
    return kind is not None and any(p.kind_of.get(m.group("cue")) == kind and m.end() <= cue.start
                                    and not inside_brackets(k, start, m.start())
                                    for m in p.cue.finditer(k, start, cue.start))


# Between an event word and a date after it, a document named in the event's name: the date may be that
# document's ("hội nghị triển khai Chỉ thị 05 ngày 15/5/2016"), so it does not take the place of the date before.
_NAME_WITH_DOCUMENT = re.compile(rf"(?:{_standing(_WORDS['name_document'])})(?![\w])")


# "phiên họp Chính phủ thường kỳ tháng 6/2017", "phiên họp thường kỳ tháng 2 năm 2017": a regular session
# named by its own month (its name, not a period it reviews: tests/gold/README, "Events").
_NAMED_MONTH = re.compile(r"(?<![\w])thường kỳ\s+tháng\s+(?P<m>\d{1,2})\s*(?:[/-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)(?!\d)")


def _attached_date(k: str, dates: list, sent: Span, cue: Span) -> PartialDate | None:
    """The day written right after an event's name, on its clause ("sau cuộc điện đàm … giữa hai Thủ tướng
    ngày 20/4/2021"): an event only referred to ("sau", "kết quả", …: event_reference_cues.tsv) takes no
    date from its sentence, but this one is its own, and so is one in a bracket that opens right after the name
    and dates it ("chưa đưa dự luật vào nội dung kỳ họp thứ 7 (dự kiến diễn ra vào ngày 5/5 tới)"). None when a
    document is named in between. A working day written with its date right before the event's word ("về ngày làm
    việc thứ 2 (ngày 3/10) trong khuôn khổ hội nghị Trung ương 8": :func:`_working_day`) is its day too."""
    if (working := _working_day(k, sent, cue)) is not None:
        for d in dates[bisect_left(dates, working.start, key=_org_start):]:
            if d.span.start >= working.end:
                break
            if not isinstance(d, RelativeDate):
                return d.date
    for d in dates[bisect_left(dates, cue.end, key=_org_start):]:
        if d.span.start > min(sent.end, cue.end + _AFTER_CUE):
            return None
        if (_NAME_GAP.fullmatch(k, cue.end, d.span.start)
                or (_in_brackets(k, sent, d.span.start) and _bracket_after_name(k, cue, d.span.start))) \
                and not _NAME_WITH_DOCUMENT.search(k, cue.end, d.span.start) \
                and not _UNTIL.search(k, max(0, d.span.start - 16), d.span.start) and not _document_date(k, d.span) \
                and not _CLAUSE_TIME.match(k, d.span.start) and not isinstance(d, RelativeDate):
            return d.date
        return None
    return None


# "nghe báo cáo thẩm tra", "các báo cáo": the noun, no verb of saying
_REPORT_NOUN = re.compile(r"(?<![\w])(?:nghe|các|bản)\s+$")
# "… cho biết, Bộ trưởng sẽ không trả lời chất vấn tại kỳ họp này": the event said to be "this" one is the one going
# on, whose day the sentence's is
_THIS_ONE = re.compile(r"\s+(?:lần\s+)?này(?![\w])")
_SAID_AT = re.compile(r"\s*(?P<comma>,\s*)?(?:(?:tại|trong|ở|với|trước)\s+)?(?:(?:buổi|cuộc|phiên)\s+)?$")


# "Chiều 21/10, ông X cho biết, tại kỳ họp lần 6, … sẽ được truyền hình trực tiếp": after the comma, the event is
# in what was said, told as still to come; the day is the saying's
_TO_BE_DONE = re.compile(r"(?<![\w])(?:sẽ|dự kiến)(?![\w])")


def _said_before(k: str, sent: Span, cue: Span) -> int | None:
    """Where the last verb of saying before the event word ends, when the event word is in what was said, or None:
    a day written before that verb dates the saying, not the event ("Phiên họp ngày 7-6 … xôn xao khi ông X cho
    biết có một công ty dự chi 847 triệu đồng cho lễ đón Huân chương": the ceremony is the speaker's matter). Not
    where the event word follows the verb as the place or object of the saying ("nhấn mạnh tại hội nghị", "kết luận
    hội nghị"), nor "kỳ họp này" (the one going on), nor the noun "báo cáo" ("nghe báo cáo thẩm tra"); after a comma
    ("cho biết, tại kỳ họp lần 6, …") the event is the matter said when the sentence tells it still to come ("sẽ",
    "dự kiến"). One scan of the sentence part before the word, whatever the number of dates in it.

    >>> k = "phiên họp ngày 7-6 xôn xao khi ông x cho biết có một công ty dự chi cho lễ đón huân chương"
    >>> _said_before(k, Span(0, len(k)), Span(k.index("lễ"), k.index("lễ") + 2)) == k.index(" có")
    True
    >>> _said_before("ngày 5/6, ông a nhấn mạnh tại hội nghị", Span(0, 38), Span(30, 38)) is None
    True
    >>> k = "sáng 8/6, ông a cho biết, bộ trưởng sẽ không trả lời chất vấn tại kỳ họp này."
    >>> _said_before(k, Span(0, len(k)), Span(k.index("kỳ họp"), k.index("kỳ họp") + 6)) is None
    True
    >>> k = "chiều 21/10, ông a cho biết, tại kỳ họp lần 6, phiên khai mạc sẽ được truyền hình trực tiếp."
    >>> _said_before(k, Span(0, len(k)), Span(k.index("kỳ họp"), k.index("kỳ họp") + 6)) == k.index(", tại")
    True
    """
    said = [m.end() for m in _patterns().say.finditer(k, sent.start, cue.start)
            if not _REPORT_NOUN.search(k, max(0, m.start() - 6), m.start())]
    if not said or _THIS_ONE.match(k, cue.end):
        return None
    if (at := _SAID_AT.fullmatch(k, said[-1], cue.start)) is not None \
            and not (at.group("comma") and _TO_BE_DONE.search(k, cue.end, sent.end)):
        return None
    return said[-1]


# A month-year written after an event word in its name's part of the sentence (brackets allowed): "kết quả chuyến
# thăm I-ta-li-a của Chủ tịch nước tháng 11-2016", "kỳ họp lần thứ 39 Ủy ban liên Chính phủ (tháng 2-2017)". Not a
# regular session's own month ("phiên họp thường kỳ tháng 6/2017" is held early in the next: _NAMED_MONTH).
_NAME_MONTH = re.compile(r"[^,.;:\n\"“”]{0,100}?(?<![\w])(?<!thường kỳ )(?:(?:vào|hồi|trong|cuối|đầu|giữa)\s+)?"
                         r"tháng\s+(?P<m>\d{1,2})\s*[/-]\s*(?P<y>(?:19|20)\d\d)(?![\w/-])")


# "sơ kết công tác 6 tháng", "tổng kết 10 năm thực hiện …", "kỷ niệm 20 năm ngày thành lập": the span a review or an
# anniversary counts, written in the event's name (event_sentence_words 'counted_review' then 'time_counted'), a few
# words between ("sơ kết công tác 6 tháng"); not a year or a month's number ("tổng kết năm 2016", "6 tháng 7").
_COUNTED_REVIEW = re.compile(
    rf"(?<![\w])(?:{_ordered(_WORDS['counted_review'])})(?:\s+[^\W\d]+){{0,3}}?\s+(?P<n>\d{{1,3}})"
    rf"\s+(?P<unit>{_ordered(_WORDS['time_counted'])})(?![\w])(?!\s+\d)"
)
_COUNTED_REACH = 100  # characters from the event word to the end of its counted span ("Hội nghị trực tuyến … sơ kết …")


def _counted_span(k: str, cue: Span, sent: Span) -> str | None:
    """The span of time the event reviews or remembers, as its name counts it ("5 năm", "6 tháng"), or None.

    Two reviews of different spans are two events, whatever their body and day: "Hội nghị trực tuyến sơ kết công tác
    6 tháng của Ủy ban" and a later "Bộ X tổ chức sơ kết 5 năm thực hiện Chỉ thị số 18" (a task the conference gave,
    told undated) are not one conference. Only in the event's own clause (no full stop, semicolon or bracket between).

    >>> t = "chủ trì hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng của ủy ban."
    >>> _counted_span(t, Span(9, 17), Span(0, len(t)))
    '6 tháng'
    >>> t = "bộ công an tổ chức sơ kết 5 năm thực hiện chỉ thị số 18."
    >>> _counted_span(t, Span(11, 25), Span(0, len(t)))
    '5 năm'
    >>> t = "hội nghị tổng kết công tác năm 2016; lễ kỷ niệm ngày 6 tháng 7."
    >>> _counted_span(t, Span(0, 8), Span(0, len(t))), _counted_span(t, Span(37, 47), Span(0, len(t)))
    (None, None)
    """
    end = min(sent.end, cue.end + _COUNTED_REACH)
    stop = _CLAUSE_STOP.search(k, cue.end, end)
    m = _COUNTED_REVIEW.search(k, cue.start, stop.start() if stop is not None else end)
    return f"{m.group('n')} {m.group('unit')}" if m is not None else None


_CLAUSE_STOP = re.compile(r"[.;(]")


def _name_month(k: str, cue: Span, sent: Span) -> tuple[int, int] | None:
    """The (year, month) the event's name writes after its word (``_NAME_MONTH``), or None."""
    m = _NAME_MONTH.match(k, cue.end, sent.end)
    return (int(m.group("y")), int(m.group("m"))) if m is not None else None


def _outside(month: tuple[int, int] | None, date: PartialDate | None) -> bool:
    """Whether ``date`` is not in the event's own ``month`` (year, month): "Ngày 15-5, … Thủ tướng khẳng định sẽ
    triển khai kết quả chuyến thăm I-ta-li-a của Chủ tịch nước tháng 11-2016" is a visit of November 2016, not of
    the 15th of May, nor of a later "Chiều 15-5, … kết thúc chuyến thăm cấp nhà nước tới Trung Quốc".

    >>> t = "ngày 15-5, ông khẳng định triển khai kết quả chuyến thăm i-ta-li-a của chủ tịch nước tháng 11-2016."
    >>> own = _name_month(t, Span(t.index("chuyến"), t.index("chuyến") + 11), Span(0, len(t)))
    >>> own, _outside(own, PartialDate(2017, 5, 15)), _outside(own, PartialDate(None, 11, 3)), _outside(None, None)
    ((2016, 11), True, False, False)
    """
    if month is None or date is None or date.month is None:
        return False
    return date.month != month[1] or (date.year is not None and date.year != month[0])


# A day written with its part of the day or as today ("chiều nay 5-5", "sáng 12/3") dates the clause's verb:
# "Tại thông báo kỳ họp 35 phát đi chiều nay 5-5" is the notice's day, not the session's.
_CLAUSE_TIME = re.compile(rf"(?:{_ordered(_WORDS['day_part'])}|hôm)(?![\w])")


def _year_of_named_month(k: str, cue: Span, sent: Span, month: int, day: int) -> int | None:
    """The year of a yearless day from the month the event's own name gives it, or None.

    A regular session is held in its month or soon after ("Sáng 1-3, … phiên họp thường kỳ tháng 2-2017"
    is 2017-03-01; "Sáng 3-1, … thường kỳ tháng 12-2016" is 2017-01-03): the day must fit the named month
    as a dateline fits a reviewed period (:func:`kg.loaders.dates.review_year`), else the name is of
    another session and gives nothing. Only within the event's name: its word, then no punctuation.

    >>> _year_of_named_month("sáng 1-3, tại phiên họp thường kỳ tháng 2-2017 của chính phủ", Span(15, 24),
    ...                      Span(0, 60), 3, 1)
    2017
    >>> _year_of_named_month("sáng 1-9, tại phiên họp thường kỳ tháng 2-2017", Span(15, 24), Span(0, 46), 9, 1)
    """
    gap = _NAME_GAP.match(k, cue.end, sent.end)
    m = _NAMED_MONTH.search(k, cue.end, gap.end() if gap else cue.end)
    if m is None or not 1 <= int(m.group("m")) <= 12:
        return None
    return review_year(k, 0, 0, day, month, [(m.start(), (int(m.group("y")), int(m.group("m"))))])


# A month-year that ends an event's name, at the end of its sentence part: "tổ chức Hội nghị báo cáo viên các tỉnh
# ủy, thành ủy, tháng 2/2017."
_OWN_MONTH = re.compile(r"[^.;:()\n\"“”]{0,140}?(?<![\w])tháng\s+(?P<m>\d{1,2})\s*(?:[/-]|\s+năm)\s*"
                        r"(?P<y>(?:19|20)\d\d)(?![\w/-])(?=\s*(?:[.;)]|$))")


def _year_of_own_month(k: str, cue: Span, sent: Span, month: int, day: int) -> int | None:
    """The year of a yearless day from the month-year that ends the event's name, when the day falls in that very
    month ("Ngày 8/2, … tổ chức Hội nghị báo cáo viên …, tháng 2/2017." is 2017-02-08: the conference of that month,
    held in it), or None. A month the day is not in is a period the event reviews or another one's (a report with
    no date gives such an event no year: tests/gold/README, "Events"); a month compared with ("so với tháng 2/2016")
    says nothing (:func:`kg.loaders.dates.review_year`).

    >>> t = "ngày 8/2, ban x tổ chức hội nghị báo cáo viên các tỉnh ủy, thành ủy, tháng 2/2017."
    >>> cue, sent = Span(23, 31), Span(0, len(t))
    >>> _year_of_own_month(t, cue, sent, 2, 8), _year_of_own_month(t, cue, sent, 3, 2)
    (2017, None)
    """
    m = _OWN_MONTH.match(k, cue.end, sent.end)
    if m is None or int(m.group("m")) != month:
        return None
    return review_year(k, 0, 0, day, month, [(m.start("m"), (int(m.group("y")), month))])


# "hội nghị xúc tiến đầu tư vào nông nghiệp năm 2017", "Lễ trao Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước
# về văn học, nghệ thuật năm 2017": the year that ends an event's name is the year it is held. Its name runs on
# one sentence part (commas of a list of names allowed) and ends with the year ("năm 2017." / "năm 2017, tại …").
_NAME_YEAR = re.compile(r"[^.;:()\n\"“”]{0,140}?(?<![\w])năm\s+(?P<y>(?:19|20)\d\d)(?![\w/-])(?![.,]\d)(?!\s*[-–]\s*\d)"
                        rf"(?=\s*(?:[.;,:)]|$|(?:{_ordered(_WORDS['name_year_after'])})(?![\w])))")
# In the name, words that make its year a period the event reviews, plans or counts to ("hội nghị tổng kết công
# tác năm 2018" is held in January 2019, "hội nghị triển khai kế hoạch năm 2005" in December 2004, "buổi làm
# việc … về tình hình hoạt động năm 2016" in February 2017; tests/gold/README, "Events"), or a clause of its
# own ("…, ông X cho biết năm 2017 …").
_NAME_YEAR_NOT = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['name_year_not'])})(?![\w])")


def _year_of_name(k: str, cue: Span, sent: Span) -> int | None:
    """The year that ends the event's own name, when the name is not of a period the event reviews, or None.

    >>> _year_of_name("ngày 18/6, ông x dự hội nghị xúc tiến đầu tư vào nông nghiệp năm 2017.", Span(20, 28),
    ...               Span(0, 72))
    2017
    >>> _year_of_name("ngày 14-3, hội nghị tổng kết an toàn giao thông năm 2005.", Span(11, 19), Span(0, 57))
    """
    m = _NAME_YEAR.match(k, cue.end, sent.end)
    if m is None or _NAME_YEAR_NOT.search(k, cue.end, m.start("y")) \
            or _NAME_WITH_DOCUMENT.search(k, cue.end, m.start("y")):
        return None
    return int(m.group("y"))


# "trong ngày khai giảng năm học mới (3-9-2005)": the day of the event, written after its name
_DAY_OF = re.compile(r"(?<![\w])ngày\s+$")
_DAY_OF_DATE = re.compile(r"[^,.;:()\n\d]{0,60}?\(\s*(?P<d>\d{1,2})\s*(?P<s>[/.-])\s*(?P<m>\d{1,2})"
                          r"(?:\s*(?P=s)\s*(?P<y>\d{4}))?\s*\)")


def _day_of(report: Report, sent: Span, cue: Span, report_year: int | None) -> PartialDate | None:
    """The date of "ngày <event> … (d-m-yyyy)": the day of the event, named with "ngày" (the day of) and
    dated in brackets right after its name, where no anchor word stands before the date itself."""
    k = report.key
    if not (k.startswith("ngày ", cue.start) or _DAY_OF.search(k, max(sent.start, cue.start - 8), cue.start)):
        return None
    m = _DAY_OF_DATE.match(k, cue.end, sent.end)
    if m is None:
        return None
    d, mo = int(m.group("d")), int(m.group("m"))
    pub = report.published.to_date() if report_year is not None and report.published is not None else None
    y = int(m.group("y")) if m.group("y") else year_near(d, mo, pub) if pub is not None else report_year
    try:
        calendar_date(y or 2000, mo, d)
    except ValueError:
        return None
    return PartialDate(y, mo, d, inferred_year=m.group("y") is None and y is not None)


# "trao quyết định …": an event word ending in a document's word (a date "ngày …" after it is the document's).
_DOCUMENT_WORDS = _WORDS["document_event"]
# "các hội nghị", "những cuộc họp", "mọi lễ hội": events of a kind in general, none of them one event.
_PLURAL = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['plural'])})(?:\s+(?:{_ordered(_WORDS['plural_measure'])}))?\s+$")
# "thông qua 2.073 cuộc tiếp xúc cử tri", "đã tổ chức 60 hội nghị": a count of two or more events (a classifier may come
# between), none of them one event; on one line, and not a number after a word of 'count_not' (a document's, a term's,
# a day's: "Nghị quyết 13 Đại hội Đảng bộ", "khóa 14 kỳ họp thứ 3", "cuối tháng 10")
_COUNTED = re.compile(r"(?<![\w/.,:-])(?!0*1[ \t])(?P<n>\d{1,3}(?:[.,]\d{1,3})*)"
                      rf"(?:[ \t]+(?:{_ordered(_WORDS['count_unit'])}))?"
                      rf"(?:[ \t]+(?:{_ordered(_WORDS['plural_measure'])}))?[ \t]+$")
_COUNT_NOT = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['count_not'])})[ \t]+$")


def _counted(k: str, cue: Span) -> bool:
    """A count of two or more right before the event word ("2.073 cuộc tiếp xúc cử tri", "giữa 2 kỳ họp"): events
    of a kind in general, not one (as "các hội nghị").

    >>> k = "qua 2.073 cuộc tiếp xúc cử tri; nghị quyết 13 đại hội đảng bộ; họp 1 cuộc họp; 56 nghìn cuộc giám sát"
    >>> [_counted(k, Span(k.index(w), k.index(w) + len(w))) for w in ("tiếp xúc", "đại hội", "cuộc họp", "giám sát")]
    [True, False, False, True]
    """
    m = _COUNTED.search(k, max(0, cue.start - 16), cue.start)
    return m is not None and _COUNT_NOT.search(k, max(0, m.start() - 16), m.start()) is None


# A ceremony that remembers a day is not held this many years before the report (or, undated, before the
# latest date it writes): such a date in its sentence is the day remembered.
_REMEMBERED_GAP = 2
_AFTER_CUE = 150  # characters: "hội thảo “<a long title>” tổ chức ngày 6/2" is still the event's


# A purpose after a sentence's date that is prepared for, not done, that day ("… giao nhiệm vụ viết điếu văn
# để đọc trong lễ truy điệu", "để chuẩn bị cho Đại hội").
_PURPOSE = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['purpose'])})\s+(?:{_ordered(_WORDS['purpose_verb'])})(?![\w])")


def _in_brackets(k: str, sent: Span, pos: int) -> bool:
    """``pos`` lies inside an open bracket of its sentence."""
    return inside_brackets(k, sent.start, pos)


# A range of days ("ngày 23-26/6", "ngày 12 đến 13/12/2017"), its "từ" ("from") before it if any, or a list of
# days that "và" closes ("các ngày 25, 26 và 27/9/2014").
_SPAN_OF_DAYS = re.compile(r"(?:ngày|từ)\s+\d{1,2}(?:(?:\s*,\s*\d{1,2})+\s*,?(?=\s*và\s))?\s*(?:-|đến|tới|và)\s*"
                           r"(?:ngày\s+)?\d{1,2}\s*[/.-]")
# Between an event word and a bracket that dates it: the rest of the event's name, on one clause.
_NAME_GAP = re.compile(r"[^,.;:()\n\"“”]{0,100}")
# A day the name itself points to ("kỷ niệm 40 năm ngày giải phóng (30/4/1975)", "ngày mất của …"): the
# bracket dates that day, not the event.
_NAMED_DAY = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['named_day'])})(?![\w])")


def _bracket_after_name(k: str, cue: Span, pos: int) -> bool:
    """The bracket holding ``pos`` opens right after the event's name and begins with the date: "kỳ họp thứ 20
    của Ủy ban Kiểm tra Trung ương (từ ngày 12 đến 13/12/2017)", "Hội nghị mở rộng … (ngày 9-3-1945)" are
    the event's own days; "tại hội nghị, ông X nhắc lại bức thư … (ngày 21 tháng 7 năm 1969)" is not.

    >>> _bracket_after_name("kỳ họp thứ 20 của ủy ban (từ ngày 12 đến 13/12/2017)", Span(0, 6), 26)
    True
    >>> _bracket_after_name("hội nghị, ông nam nhắc lại bức thư (ngày 21 tháng 7 năm 1969)", Span(0, 8), 36)
    False
    """
    opened = k.rfind("(", cue.end, pos)
    # past the series number and its comma: "Kỳ họp thứ 6, Quốc hội khoá XIV (khai mạc ngày 21/10)"
    m = _AFTER_CUE_ORG.match(k, cue.end, max(cue.end, opened))
    return (opened >= 0 and _NAME_GAP.fullmatch(k, m.end() if m else cue.end, opened) is not None
            and _NAMED_DAY.search(k, cue.start, opened) is None
            and _BRACKET_DATES.fullmatch(k, opened, pos) is not None)


# Right before a bracket that repeats the clause's day: "chiều nay (16/5)", "sáng qua (28/3)".
_TIME_BEFORE_BRACKET = re.compile(rf"(?<![\w])(?:nay|qua|mai|ngày|{_ordered(_WORDS['day_part'])})\s*$")


# "ngày làm việc thứ 2 (ngày 3/10) trong khuôn khổ Hội nghị Trung ương 8", "phiên làm việc đầu tiên (sáng 5/6) của
# kỳ họp": right before the event word, one of its days with its date in brackets (``b``).
_WORKING_DAY = re.compile(
    rf"(?<![\w])(?:{_ordered(_WORDS['working_day'])})(?:\s+(?:thứ\s+\w+|đầu tiên|cuối cùng|cuối))?\s*"
    rf"(?P<b>\([^()]{{1,40}}\))\s*(?:{_ordered(_WORDS['working_day_of'])})\s+$")


def _working_day(k: str, sent: Span, cue: Span) -> Span | None:
    """The bracket of a working day of the event written right before its word ("ngày làm việc thứ 2 (ngày 3/10)
    trong khuôn khổ hội nghị Trung ương 8": the plenum's day 3/10), or None.

    >>> t = "thông cáo về ngày làm việc thứ 2 (ngày 3/10) trong khuôn khổ hội nghị trung ương 8"
    >>> _working_day(t, Span(0, len(t)), Span(61, 69))
    Span(start=33, end=44)
    """
    m = _WORKING_DAY.search(k, max(sent.start, cue.start - 90), cue.start)
    return Span(m.start("b"), m.end("b")) if m else None


def _bracket_of_a_name(k: str, sent: Span, pos: int) -> bool:
    """``pos`` lies in a bracket that dates the name before it ("kỳ họp thứ 36 (từ 29 đến 31/5)"), not in one
    that repeats the clause's day ("Chiều nay (16/5), …").

    >>> _bracket_of_a_name("tại kỳ họp thứ 36 (từ 29 đến 31/5), ủy ban", Span(0, 41), 22)
    True
    >>> _bracket_of_a_name("chiều nay (16/5), ủy ban", Span(0, 24), 11)
    False
    """
    if not _in_brackets(k, sent, pos):
        return False
    opened = k.rfind("(", sent.start, pos)
    return (_BRACKET_DATES.fullmatch(k, opened, pos) is not None
            and _TIME_BEFORE_BRACKET.search(k, max(sent.start, opened - 12), opened) is None)


_HELD_AFTER_CUE = 250  # characters
# A bracket that tells when an event is held: "(dự kiến tổ chức vào 20h, ngày 30/4)", a place first.
_HELD_MODAL = _ordered(_WORDS["held_modal"])
_HELD_VERB = _ordered(_WORDS["held_verb"])
_HOLDING_BRACKET = re.compile(
    rf"\(\s*(?:[^(),]{{0,40}},\s*)?(?:(?:{_HELD_MODAL})\s+)+(?:{_HELD_VERB})\s+(?:vào\s+)?"
    r"(?:(?:lúc\s+)?\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?\s*,?\s*)?(?:từ\s+)?(?:ngày\s+)?")


def _held_bracket(k: str, cue: Span, pos: int) -> bool:
    """``pos`` lies in the first bracket after the event word, one that tells when it is held.

    >>> _held_bracket("lễ công bố nghị quyết về thị xã (thị xã nghi sơn, dự kiến tổ chức vào 20h, ngày 30/4)",
    ...               Span(0, 10), 80)
    True
    """
    opened = k.rfind("(", cue.end, pos)
    return (opened >= 0 and ")" not in k[cue.end : opened] and "(" not in k[cue.end : opened]
            and _HOLDING_BRACKET.fullmatch(k, opened, pos) is not None)


# How a bracket right after an event's name opens when it dates the event: with the date ("(từ ngày 12 đến
# 13/12/2017)"), or with its verb and hour, a place first ("(khai mạc ngày 21/10)", "(dự kiến diễn ra vào ngày 5/5
# tới)", "(thị xã Nghi Sơn, dự kiến tổ chức vào 20h, ngày 30/4)").
_BRACKET_DATES = re.compile(
    r"\(\s*(?:từ\s+)?(?:ngày\s+)?"
    rf"|\(\s*(?:[^(),]{{0,40}},\s*)?(?:(?:{_HELD_MODAL})\s+)*(?:{_HELD_VERB}|{_ordered(_WORDS['closes_verb'])})\s+"
    r"(?:vào\s+)?"
    r"(?:(?:lúc\s+)?\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?\s*,?\s*)?(?:từ\s+)?(?:ngày\s+)?")


# "Cùng ngày, Bộ … đã có buổi làm việc …": the day of the latest date written before the sentence.
# A short bracket may open the sentence: the credit of the photo before it, glued on ("(ảnh: TTXVN) Cùng ngày, tại X
# đã diễn ra mít tinh …").
_SAME_DAY = re.compile(rf"\s*(?:\([^()\n]{{0,40}}\)\s*)?(?:(?:{_ordered(_WORDS['day_part'])})\s+)?cùng ngày\b")


# A sentence opening with a part of the day alone ("Buổi chiều, Quốc hội thảo luận …", "Đầu giờ chiều, Ban Chấp hành
# Trung ương làm việc tại Hội trường"): later that day, the day of the date written just before (_same_day)
_LATER_PART = re.compile(rf"\W*(?:(?:{_ordered(_WORDS['part_opener'])})\s+)(?:{_ordered(_WORDS['day_part'])})\s*,")
_LATER_PART_REACH = 600  # characters before the sentence within which that date is written (its paragraph's day)


def _clause_start(k: str, at: int) -> int:
    """The start of the sentence ``at`` is in, as its last ". " or line break before it marks it (0: the text's start).

    >>> _clause_start("Trước đó, chiều 8/5, A. Buổi chiều, B", 36), _clause_start("Trước đó, chiều 8/5, A.", 10)
    (24, 0)
    """
    dot = k.rfind(". ", 0, at)
    return max(dot + 2 if dot >= 0 else 0, k.rfind("\n", 0, at) + 1)


def _same_day(report: Report, dates: list, sent: Span) -> PartialDate | None:
    """The date a sentence opening "Cùng ngày" (the same day) refers to: the latest date written
    before it in the report that is not a deadline or a bound, when there is one; otherwise the
    sentence has no date. A sentence opening with a part of the day alone ("Buổi chiều, …", "Đầu giờ chiều, …":
    _LATER_PART) is of the day of such a date written within ``_LATER_PART_REACH`` characters before it ("Thứ ba,
    ngày 23/5/2017, buổi sáng, Quốc hội nghe … Buổi chiều, Quốc hội thảo luận ở hội trường …").

    >>> from kg.model import Report
    >>> from kg.loaders.dates import find_dates
    >>> t = "Sáng 9/5, Trung ương làm việc tại Hội trường. Đầu giờ chiều, Trung ương thảo luận tại tổ."
    >>> r = Report(id="t", text=t, source_file="t")
    >>> _same_day(r, find_dates(t, report_year=2017, key=r.key), Span(46, len(t))).iso()
    '2017-05-09'
    """
    later = _LATER_PART.match(report.key, sent.start, sent.end)
    if later is None and not _SAME_DAY.match(report.key, sent.start, sent.end):
        return None
    # not a day relative to the report's: "… diễn ra vào ngày 6/2, theo thông cáo hôm nay của Bộ Ngoại giao. Cùng
    # ngày, …" is the 6th, a word of time so common it is often a source's day, not the one told of
    before = [d for d in dates[: bisect_left(dates, sent.start, key=_org_start)]
              if not _BOUND.search(report.key, max(0, d.span.start - 12), d.span.start)
              and not isinstance(d, RelativeDate)]
    if later is not None:
        # (not a day of an aside back in time: "Trước đó, chiều 22.4, …" then "Buổi chiều, …" is the story's day)
        k = report.key
        before = [d for d in before if sent.start - d.span.end <= _LATER_PART_REACH
                  and _EARLIER.match(k, _clause_start(k, d.span.start)) is None]
    return before[-1].date if before else None


# "cho đến hôm nay", "như ngày hôm nay": until today, no day of an event
_UNTIL_TODAY = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['until_today'])})(?:\s+ngày)?\s+$")
# "kéo dài thảo luận sang sáng mai": a day something is put off to
_MOVED_TO = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['moved_to'])})\s+$")
# The event's own verb right before a day relative to the report's, after the commas of its name
_TIME_VERB = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['time_verb'])})(?:\s+(?:vào|trong))?\s+$")


def _relative_days(report: Report, report_date: calendar_date) -> list[RelativeDate]:
    """The days a report dated to the day writes relative to its date ("Sáng nay, …", "tại buổi họp báo chiều
    qua", "Ngày mai, Ủy ban sẽ họp …": :func:`kg.loaders.dates.relative_dates`) that may be an event's time: not
    "cho đến hôm nay", "như ngày hôm nay" (until today), nor a bound or a day put off to ("trước ngày mai", "kéo
    dài thảo luận sang sáng mai"). They date events as a written day-month does
    (:func:`_date_for`), but after the event word only in its own clause (:func:`_relative_in_clause`)."""
    k = report.key
    return [d for d in relative_dates(report.text, report_date, key=k)
            if not _UNTIL_TODAY.search(k, max(0, d.span.start - 14), d.span.start)
            and not _BOUND.search(k, max(0, d.span.start - 12), d.span.start)
            and not _MOVED_TO.search(k, max(0, d.span.start - 12), d.span.start)]


_LATER_THAT_DAY = re.compile(rf"\W*(?:{_ordered(_WORDS['day_part'])})\s+cùng ngày\s*,")
_HOLDS_IT = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['organize'])})\s+$")


def _held_later_that_day(k: str, sent: Span, cue: Span) -> bool:
    """Whether the sentence opens with a part of "the same day" and holds the event word as its verb's object: "Chiều
    cùng ngày, Ủy ban Trung ương MTTQ tổ chức hội nghị Chủ tịch Ủy ban MTTQ các tỉnh …" is a second event of that day
    (the morning's conference was told before), not that one told again; "Chiều cùng ngày, trong chương trình kỳ họp
    thứ 8, HĐND tỉnh bầu …" is the session going on.

    >>> k = "chiều cùng ngày, ủy ban x tổ chức hội nghị chủ tịch các tỉnh."
    >>> _held_later_that_day(k, Span(0, len(k)), Span(34, 42))
    True
    >>> k = "chiều cùng ngày, trong chương trình kỳ họp thứ 8, hđnd tỉnh bầu ông a."
    >>> _held_later_that_day(k, Span(0, len(k)), Span(35, 41))
    False
    >>> k = "hội nghị đã thông qua nghị quyết. * chiều cùng ngày, ủy ban x tổ chức hội nghị chủ tịch các tỉnh."
    >>> _held_later_that_day(k, Span(0, len(k)), Span(k.rindex("hội nghị"), k.rindex("hội nghị") + 8))
    True
    """
    # the sentence's start, or a full stop the splitter kept inside it (". * Chiều cùng ngày, …" after a list mark)
    opens = [sent.start] + [sent.start + m.end() for m in re.finditer(r"[.!?]\s*\*?\s*", k[sent.start : cue.start])]
    return any(_LATER_THAT_DAY.match(k, o) for o in opens) \
        and _HOLDS_IT.search(k, max(sent.start, cue.start - 20), cue.start) is not None


# "Tại phiên họp, các đại biểu …": a sentence opening with a bare event word then a comma refers to the event told
# within this many sentences before (of another kind: one of its own kind is joined as any mention is).
_ANAPHOR = re.compile(r"\W*tại\s+")
_ANAPHOR_END = re.compile(r"\s*,")
# "Hội nghị có ý nghĩa …", "Hội nghị được tổ chức theo hình thức trực tuyến …": a bare event word opening its
# sentence as the subject of a verb (event_sentence_words 'subject_verb') refers to the event told just before too
_ANAPHOR_SUBJECT = re.compile(r"\W*$")
_SUBJECT_VERB = re.compile(rf"\s+(?:{_ordered(_WORDS['subject_verb'])})(?![\w])")


def _refers_back(report: Report, sent: Span, cue: Span) -> bool:
    """Whether the bare event word at ``cue`` refers to the event told just before: "Tại phiên họp, …" (an opening
    clause on it) or "Hội nghị có ý nghĩa hết sức quan trọng …" (the subject of the sentence, written with a capital).

    >>> from kg.model import Report
    >>> t = "Chính phủ họp phiên họp thường kỳ. Hội nghị có ý nghĩa quan trọng."
    >>> r = Report(id="t", text=t, source_file="t")
    >>> _refers_back(r, Span(35, len(t)), Span(35, 43)), _refers_back(r, Span(35, len(t)), Span(0, 9))
    (True, False)
    """
    k = report.key
    if _ANAPHOR.fullmatch(k, sent.start, cue.start) and _ANAPHOR_END.match(k, cue.end, sent.end):
        return True
    return _ANAPHOR_SUBJECT.fullmatch(k, sent.start, cue.start) is not None and report.text[cue.start].isupper() \
        and _SUBJECT_VERB.match(k, cue.end) is not None
_ANAPHOR_REACH = 2


# "Trước đó, vào sáng 10/5, …": a sentence telling of an earlier time than the story told before it.
_EARLIER = re.compile(rf"\W*(?:{_ordered(_WORDS['earlier'])})(?![\w])")

# "Ngay sau Lễ đón chính thức, …", "Kết thúc hội đàm, …": a sentence opening with an event of one day that its act
# followed (event_sentence_words 'after_event', 'one_day_kind').
_AFTER_EVENT = re.compile(rf"\W*(?:{_ordered(_WORDS['after_event'])})\s+$")
_ONE_DAY_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["one_day_kind"])
# Kinds of events listed only with a date or an organizer ("Bầu cử": an election named without its polling day
# or the council running it is no event of the report's, tests/gold/README).
_DATED_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["dated_kind"])


def _day_of_opening_event(k: str, sent_start: int, cue: Span,
                          told: list[tuple[int, EventMention]]) -> PartialDate | None:
    """The day of the event a sentence opens after, for an event word of its main clause: "Ngay sau Lễ đón chính
    thức, Chủ tịch nước đã tiến hành hội đàm với …" (the welcome ceremony dated before, "chiều 11/5"), "Kết thúc buổi
    làm việc, Đoàn đến thăm …". Only a ceremony or a meeting of one day (``one_day_kind``): "Sau kỳ họp thứ 3, …",
    "Sau Hội nghị Trung ương vừa qua, …" open a later time, days or months on. ``told``: (start, event) of the
    event words told before in the sentence; the first one must follow the opener, and a comma close its clause
    before ``cue``."""
    if not told:
        return None
    at, ev = told[0]
    if ev.date is None or ev.kind not in _ONE_DAY_KINDS or at >= cue.start or "," not in k[at : cue.start]:
        return None
    return ev.date if _AFTER_EVENT.fullmatch(k, sent_start, at) else None


# The day of "sáng nay", "hôm nay" in a report without a date: the event's time, but a day no text date gives.
# :func:`_date_for` returns this very object (compared by identity) for an event such a day is the time of.
_UNKNOWN_DAY = PartialDate()
# Right after a relative day, the written day it names: "sáng mai, thứ Ba, ngày 23/10/2018" (find_dates reads it).
_NAMED_AFTER = re.compile(r"\s*,?\s*(?:\(|(?:thứ\s+\w+|chủ nhật)\s*,\s*)?\s*(?:ngày\s+)?\d")


def _unknown_days(report: Report) -> list[RelativeDate]:
    """The days relative to the report's that a report without a date writes ("Sáng nay, Đại hội họp …"): each
    dated :data:`_UNKNOWN_DAY`. They stand in :func:`_date_for`'s candidates as a written day does, so that an
    event whose time is "today" takes no other clause's or sentence's date ("sáng mai, ngày 23/10", "Trước đó,
    vào sáng 10/5") and, told again later with a date, is not given it (:func:`extract_events`). Not one followed
    by the written day it names ("sáng mai, thứ Ba, ngày 23/10/2018": that date is read).

    >>> from kg.model import Report
    >>> r = Report(id="t", text="Sáng nay, Đại hội họp. Sáng mai, thứ Ba, Quốc hội họp.", source_file="t")
    >>> [(d.text, d.date is _UNKNOWN_DAY) for d in _unknown_days(r)]
    [('Sáng nay', True), ('Sáng mai', True)]
    >>> r = Report(id="t", text="Sáng nay, Đại hội họp. Sáng mai, thứ Ba, ngày 23/10, Quốc hội họp.", source_file="t")
    >>> [(d.text, d.date.iso()) for d in _unknown_days(r)]  # today named: the 22nd
    [('Sáng nay', '--10-22')]
    """
    k = report.key
    standing = _relative_days(report, calendar_date(2001, 1, 1))
    if not standing:
        return []  # most reports write no relative day: no need to look for today's written day-month
    today = _today_written(report)
    if today is not None:
        # "Chiều nay 25-5, …": the text names today's day; "Hôm nay, … chủ trì cuộc họp" is that day (no year)
        return [RelativeDate(d.span, d.text, PartialDate(None, d.date.month, d.date.day), d.offset)
                for d in _relative_days(report, today)
                if not _NAMED_AFTER.match(k, d.span.end, min(len(k), d.span.end + 30))]
    return [RelativeDate(d.span, d.text, _UNKNOWN_DAY, d.offset)
            for d in standing
            if not _NAMED_AFTER.match(k, d.span.end, min(len(k), d.span.end + 30))]


def _dated_to_the_day(report: Report, sents: list[Span], dates: list) -> bool:
    """Whether the report's date is a day its "hôm nay", "chiều qua" count from (relative_days.tsv): a date its
    sidecar gives, or one its lead (its first :data:`_OCCASION_LEAD` sentences, where kg.loaders.build reads the
    dateline) writes with its year. A dateline written without one ("chiều 13/5") whose year the report's date
    takes from elsewhere in the text (a list of links "(13/05/2005)" at its end, the same day written in a career
    line) dates the day of the news, not the day the report was written on: its relative days are read as in a
    report without a date (:func:`_unknown_days`). ``dates``: the text's dates (:func:`find_dates`), a year the
    report's date lent them marked inferred.

    >>> from kg.model import Report
    >>> t = "Chiều 13/5, Quốc hội thảo luận. Trong buổi thảo luận hôm nay, ông A nói."
    >>> r = Report(id="t", text=t, source_file="t", published=PartialDate(2005, 5, 13))
    >>> r.extra["date_source"] = "text"
    >>> _dated_to_the_day(r, sentences(r), find_dates(t, report_year=2005))
    False
    >>> t2 = t.replace("13/5", "13/5/2005")
    >>> r2 = Report(id="t", text=t2, source_file="t", published=PartialDate(2005, 5, 13), extra={"date_source": "text"})
    >>> _dated_to_the_day(r2, sentences(r2), find_dates(t2, report_year=2005))
    True
    >>> r.extra["date_source"] = "metadata"
    >>> _dated_to_the_day(r, sentences(r), [])
    True
    """
    pub = report.published
    if pub is None or report.extra.get("date_source") != "text":
        return pub is not None
    lead_end = sents[min(len(sents), _OCCASION_LEAD) - 1].end if sents else 0
    return any(d.span.start < lead_end and not d.date.inferred_year
               and (d.date.year, d.date.month, d.date.day) == (pub.year, pub.month, pub.day) for d in dates)


# A day relative to the report's with the day it is written right after it: "Chiều nay 25-5", "sáng nay (27-11)",
# "Hôm qua 13/4", "sáng mai, thứ Ba, ngày 23/10/2018".
_ANCHORED = re.compile(rf"(?P<w>{_relative_words(standing=True)})\s*[,(]?\s*(?:(?:thứ\s+\w+|chủ nhật)\s*,\s*)?"
                       r"(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d])")


def _today_written(report: Report) -> calendar_date | None:
    """Today's day and month in a report without a date, when the text names them beside a relative day
    ("Chiều nay 25-5" is the 25th of May; "Hôm qua 13/4" puts today on the 14th), all such days agreeing; None
    otherwise. The year is a stand-in (a non-leap one): only the day and month are meant.

    >>> from kg.model import Report
    >>> r = Report(id="t", text="Chiều nay 25-5, Văn phòng phát thông cáo. Hôm nay, Ban Bí thư họp.", source_file="t")
    >>> _today_written(r)
    datetime.date(2001, 5, 25)
    >>> _today_written(Report(id="t", text="Hôm qua 13/4 ông nói; chiều nay (20/4) họp.", source_file="t"))
    """
    offsets = relative_offsets()
    days = set()
    for m in _ANCHORED.finditer(report.key):
        offset = offsets.get(" ".join(m.group("w").split()))
        if offset is None:
            return None
        try:
            days.add(calendar_date(2001, int(m.group("m")), int(m.group("d"))) - timedelta(days=offset))
        except ValueError:
            return None
    return next(iter(days)) if len(days) == 1 else None


def _text_today(report: Report, report_date: calendar_date) -> calendar_date | None:
    """The day the text names as today when it is not the report's date, in the year near that date; None when the
    text names none or the same day. "Chiều nay, hội nghị … tiếp tục diễn ra" then "Hôm nay (30/1), Tổng Bí thư ký
    …" in a report its sidecar dates 7/2 (a day it was put online, or a later one) was written on the 30th of
    January: its "nay" is that day. (:func:`_today_written`: every such day the text names agrees.)

    >>> from kg.model import Report
    >>> r = Report(id="t", text="Chiều nay, hội nghị họp. Hôm nay (30/1), ông A ký.", source_file="t")
    >>> _text_today(r, calendar_date(2026, 2, 7)), _text_today(r, calendar_date(2026, 1, 30))
    (datetime.date(2026, 1, 30), None)
    """
    today = _today_written(report)
    if today is None or (today.month, today.day) == (report_date.month, report_date.day):
        return None
    return calendar_date(year_near(today.day, today.month, report_date), today.month, today.day)


def _run_of_days_from(k: str, sent: Span, date: PartialDate | None) -> bool:
    """The sentence writes a run of days ("từ 6 đến 9/12", "từ ngày 17 đến 24/3") that begins on ``date``'s day.

    >>> _run_of_days_from("trong các ngày từ 6 đến 9/12, đại hội sẽ họp", Span(0, 44), PartialDate(None, 12, 6))
    True
    >>> _run_of_days_from("ngày 6/12, đại hội họp", Span(0, 22), PartialDate(None, 12, 6))
    False
    """
    if date is None or date.day is None:
        return False
    return any(int(re.match(r"\D*(\d+)", m.group()).group(1)) == date.day
               for m in _SPAN_OF_DAYS.finditer(k, sent.start, sent.end))


# "Đại hội Đảng các cấp", "Đại hội Đảng bộ cấp tỉnh": the event word names a level's events, not one
_GENERIC_LEVEL = re.compile(rf"\s+(?:(?:{_ordered(_WORDS['level_body'])})\s+)?"
                            rf"(?:{_ordered(_WORDS['generic_level'])})(?![\w])"
                            rf"|\s+(?:{_ordered(_WORDS['level_body'])})\s+(?:{_ordered(_WORDS['body_level'])})(?![\w])")


# "Sự kiện đặc biệt quan trọng gồm: a) Đại hội đại biểu toàn quốc của Đảng; b) Hội nghị của Ban chấp hành …": an event
# word opening a lettered item of a list (a law's enumeration) names a category of events, none held
_LETTERED_ITEM = re.compile(r"(?:^|[:;.]\s*)[a-zđ]\)\s*$")
# "đề xuất nên tổ chức cuộc hội thảo …": an event proposed or ordered, none held (event_sentence_words 'proposed')
_PROPOSED = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['proposed'])})(?:\s+(?:cuộc|buổi|các|một))?\s+$")
# "kỳ họp nào Chính phủ hứa, …": any event of the kind, none held (event_sentence_words 'any_one')
_ANY_ONE = re.compile(rf"\s+(?:{_ordered(_WORDS['any_one'])})(?![\w])")


def _generic_level(k: str, cue: Span) -> bool:
    """The event word is followed by a level of bodies (``generic_level`` of event_sentence_words.tsv, after a kind
    of body at most, ``level_body``: "Đảng", "Công đoàn"): the events of every body of that level ("văn kiện Đại
    hội Đảng cấp tỉnh … vừa qua", "tổ chức thành công đại hội Đảng các cấp và Đại hội Đảng bộ tỉnh lần thứ XV",
    "Tập trung tổ chức Đại hội Công đoàn các cấp"), no one event held on a day by one body.

    >>> _generic_level("văn kiện đại hội đảng cấp tỉnh, thành phố", Span(9, 16))
    True
    >>> _generic_level("đại hội các cấp cũng như đại hội toàn quốc", Span(0, 7))
    True
    >>> _generic_level("đại hội đảng bộ tỉnh lần thứ xv", Span(0, 7))
    False
    >>> _generic_level("tổ chức đại hội công đoàn các cấp", Span(8, 15))
    True

    After a kind of body only, the bodies of every province ("đại hội Hội Luật gia các tỉnh, thành phố", "Đại hội
    Đảng bộ các tỉnh, thành phố sẽ hoàn thành …"): "Hội nghị các tỉnh miền Trung" is one conference.

    >>> _generic_level("đại hội đảng bộ các tỉnh, thành phố", Span(0, 7))
    True
    >>> _generic_level("hội nghị các tỉnh", Span(0, 8))
    False
    """
    return _GENERIC_LEVEL.match(k, cue.end) is not None


# Right before an event word: words that make it an activity named as a topic or a kind of work, no event held
# (event_sentence_words 'topic': "công tác đối thoại với nhân dân", "quy chế về tiếp xúc, đối thoại trực tiếp với
# nhân dân", "các hình thức tiếp xúc cử tri")
_TOPIC = re.compile(rf"(?<![\w])(?:{_guarded(_WORDS['topic'], _WORDS['nominal_not'])})\s*$")


# "Trước đó, ngày 24/9, hàng loạt tỉnh trên cả nước cũng tổ chức Đại hội …", "các địa phương trong cả nước đã hoàn
# thành tổ chức Đại hội …": many bodies hold events of the word's kind, no one event (event_sentence_words
# 'many_bodies', then within its clause an organizing verb right before the event word)
_MANY_HOLD = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['many_bodies'])})(?![\w])[^,.;:()\n]{{0,50}}?"
                        rf"(?<![\w])(?:{_ordered(_WORDS['organize'])})\s+$")


# Right before an event word: a noun of a place that the event word names the use of ("khu vực triển lãm Giảng Võ",
# "trung tâm hội nghị bỏ hoang"): a place, no event (event_sentence_words 'place_noun')
_PLACE_NOUN = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['place_noun'])})\s+$")
# "trong nhiệm kỳ Đại hội XI (2011-2015)", "các nhiệm kỳ đại hội Đảng": the term between two congresses, a span of time
# (event_sentence_words 'period_noun'), no event held or told
_PERIOD_NOUN = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['period_noun'])})\s+$")


def _heading(k: str, cue: Span) -> bool:
    r"""The event word alone opens a line and a colon follows it: a section heading of the page ("Diễn đàn: Làm
    gì để có một Chính phủ mạnh?" heads a newspaper's reader forum), no event.

    >>> _heading("bài viết\ndiễn đàn: làm gì để có một chính phủ mạnh?", Span(9, 17))
    True
    >>> _heading("diễn đàn doanh nghiệp: ông a phát biểu", Span(0, 8))
    False
    """
    return (cue.start == 0 or k[cue.start - 1] == "\n") and re.match(r"[ \t]*:", k[cue.end : cue.end + 4]) is not None


# "kết quả lấy ý kiến tín nhiệm của đại hội.": a bare event word owning the thing before it, at its clause's end
_OWNER = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['owner'])})\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\n]|$|và\s)")


def _owner_only(report: Report, cue: Span) -> bool:
    """The bare event word is the owner after "của" (or told something: "báo cáo") and ends its clause or
    phrase ("Chiều 24-4 BCH T.Ư sẽ báo cáo kết quả lấy ý kiến tín nhiệm của đại hội.", "… kết quả lấy phiếu tín
    nhiệm của Đại hội và theo tinh thần …", "… những nội dung quan trọng của kỳ họp."): it refers to the event of
    its kind already told (the caller checks there is one), and the sentence's date is not that event's (it is
    the day the result is reported, not a second congress). A name after the word ("của Hội nghị Trung ương 5")
    makes it an event of its own.

    >>> t = "Chiều 24-4, BCH sẽ báo cáo kết quả tín nhiệm của đại hội. Hội nghị của Đảng."
    >>> r = Report(id="t", text=t, source_file="")
    >>> _owner_only(r, Span(49, 56))
    True
    >>> _owner_only(r, Span(58, 66))
    False
    >>> _owner_only(Report(id="t", text="kết quả của Hội nghị Trung ương 5.", source_file=""), Span(12, 20))
    False
    """
    k = report.key
    return _OWNER.search(k, max(0, cue.start - 12), cue.start) is not None and _CLAUSE_END.match(k, cue.end) is not None


# The lead's date: a sentence of the report's first few opening with a day ("Sáng 7/10, quyết định … đã được công bố
# …", "Ngày 11/5, ông X đã nhận nhiệm vụ …") that names no event; the event the next sentence first tells undated is
# that day's ("… đã công bố Quyết định của Bộ Chính trị").
_LEAD_DATE_SENTENCES = 4
_OPENS_WITH_DAY = re.compile(rf"\s*(?:(?:{_ordered(_WORDS['day_part'])})\s+)?(?:ngày\s+)?$")


def _lead_date(k: str, sents: list[Span], dates: list, named: set[int]) -> tuple[int, PartialDate] | None:
    """The first of the report's first ``_LEAD_DATE_SENTENCES`` sentences (the title is the first) that opens
    with a written day (a part of the day and "ngày" before it at most) and names no event (its index not in
    ``named``), with that day; None when no such sentence or when an earlier one of them writes another date
    (tests/test_events24.py).
    """
    for si, sent in enumerate(sents[:_LEAD_DATE_SENTENCES]):
        here = dates[bisect_left(dates, sent.start, key=_org_start):bisect_left(dates, sent.end, key=_org_start)]
        if not here:
            continue
        d = here[0]
        if si in named or isinstance(d, RelativeDate) or d.date is _UNKNOWN_DAY or d.date.day is None \
                or not _OPENS_WITH_DAY.fullmatch(k, sent.start, d.span.start) or _document_date(k, d.span):
            return None
        return si, d.date
    return None


_LEAD_REACH = 4  # sentences after the lead's date in which the first event told may be of its day
_YEAR_WRITTEN = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/])")


def _lead_day_sentences(k: str, sents: list[Span], dates: list, told_in: set[int], lead: int) -> set[int]:
    """The sentences whose undated events are held on the day the lead (sentence ``lead``) opens with: the first
    sentence after it that tells an event (``told_in``), within ``_LEAD_REACH`` sentences, when it and every
    sentence between write no date and open with no word of an earlier time, and those between write no year ("Sáng
    7/10, quyết định … đã được công bố tại hội trường …. Ngồi cạnh ông X …. Trưởng ban Tổ chức Trung ương … đã trao
    quyết định …": the handing over that morning; not after "Ông A sinh năm 1960."); and the title, when the lead
    comes right after it ("Toàn cảnh trao quyết định cho tân Bí thư …" then "Sáng ngày 10/5, TP.HCM đã đón tân Bí
    thư …": what the title tells is the lead's news). Past the next sentence, and in the title, only an event of one
    day is of it (_ONE_DAY_KINDS): "… giữa hai kỳ họp, …" two sentences on is a session of its own time."""
    out = set()
    for si in range(lead + 1, min(len(sents), lead + 1 + _LEAD_REACH)):
        if not _takes_lead_date(k, sents, dates, si):
            break
        if si in told_in:
            out.add(si)
            break
        if _YEAR_WRITTEN.search(k, sents[si].start, sents[si].end):
            break  # "Ông A sinh năm 1960.": a sentence between that writes a year turns to another time
    if lead == 1 and 0 in told_in:
        out.add(0)
    return out


def _takes_lead_date(k: str, sents: list[Span], dates: list, si: int) -> bool:
    """Whether the sentence ``si`` after the lead's date is of that day: it writes no date of its own (not even
    one its event did not take) and does not open with a word of an earlier time ("Trước đó, tại Hội nghị … diễn
    ra vào tháng 7 năm ngoái")."""
    sent = sents[si]
    return bisect_left(dates, sent.start, key=_org_start) == bisect_left(dates, sent.end, key=_org_start) \
        and _EARLIER.match(k, sent.start) is None


def _relative_in_clause(k: str, sent: Span, cue: Span, day: Span) -> bool:
    """A day relative to the report's written after the event word is the event's time only in the event's own
    clause: nothing between them that ends a clause ("hội thảo hôm nay", "tại phiên họp sáng qua"), or only the
    commas of the event's name and the event's own verb right before the day ("Kỳ họp thứ 8, Quốc hội khóa XV
    khai mạc sáng nay"), or the day opens the main clause after a phrase the sentence opens with that names the
    event ("Tiếp tục chương trình Kỳ họp thứ 9, Quốc hội khóa XV, sáng nay, các đại biểu …": the time of the whole
    sentence, as "sáng 20/5" there is). "Gần 2 năm nữa sẽ diễn ra Đại hội, Diễn đàn hôm nay …" is the forum's
    today, not the congress's: right after a noun, "hôm nay" is that noun's, and a word of time so common in
    speech is not taken across a clause as a written day is.

    >>> _relative_in_clause("hội thảo hôm nay", Span(0, 16), Span(0, 8), Span(9, 16))
    True
    >>> _relative_in_clause("đại hội, diễn đàn hôm nay", Span(0, 25), Span(0, 7), Span(18, 25))
    False
    >>> _relative_in_clause("kỳ họp thứ 8, quốc hội khóa xv khai mạc sáng nay", Span(0, 48), Span(0, 6), Span(40, 48))
    True
    >>> k = "tiếp tục kỳ họp thứ 9, sáng nay, quốc hội thảo luận"
    >>> _relative_in_clause(k, Span(0, 51), Span(9, 15), Span(23, 31))
    True
    """
    between = k[cue.end : day.start]
    if not re.search(r"[,;:]", between):
        return True
    if re.search(r"[;:]", between):
        return False
    opens_clause = k[cue.end : day.start].rstrip().endswith(",") and not re.search(r"[,;:]", k[sent.start : cue.start])
    return opens_clause or _TIME_VERB.search(k, cue.end, day.start) is not None


# "báo cáo Bộ Chính trị trước ngày 30-6", "có hiệu lực từ ngày 1/1/2005", "sau ngày 1/1/2008": a deadline or a
# bound, not a day something happened on; "Cùng ngày" does not refer to it.
_BOUND = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['bound'])})\s+$")
# A bound at the end ("đến hết ngày 7-7", "trước ngày 30-6"); "từ ngày 3 đến 6/12" is when an event begins.
_UNTIL = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['until'])})(?:\s+hết)?\s+$")
# "Dự kiến, kỳ họp thứ 5 sẽ kết thúc vào ngày 15/6", "sẽ bế mạc vào chiều 17/6": a session's end still to come, a
# plan (event_sentence_words 'planned_end'); a closing day told done ("bế mạc ngày 17/6") still dates it.
_PLANNED_END = re.compile(rf"(?<![\w])(?:sẽ|dự kiến)(?:\s+sẽ)?\s+(?:{_ordered(_WORDS['planned_end'])})(?:\s+vào)?"
                          rf"(?:\s+(?:ngày|{_ordered(_WORDS['day_part'])}))*\s+$")



# Words every match of a participation pattern contains (the words it is built from): a sentence without any
# of them is not scanned. The patterns start with a look-behind, so the regex
# engine tries them at every character of the sentence; a substring search is much cheaper, and most
# sentences with a person in them hold none of these verbs.
@lru_cache(maxsize=1)
def _verb_words() -> dict[re.Pattern[str], tuple[str, ...]]:
    p = _patterns()
    attend = _WORDS["attend_verb"] + _WORDS["attend_bare"]
    return {pattern: _shortest_words(words) for pattern, words in {
        _ATTENDEE_LIST: attend + _WORDS["attended_by"],
        _ATTENDEE_LIST_NAMED: attend,
        _SIDE_LIST: _WORDS["list_side"],
        p.honour_after: _WORDS["honour_after"],
        _CHAIR: _WORDS["chair_verb"],
        _SPEAK: _WORDS["speak_verb"],
        _DEBATE: _WORDS["debate_verb"],
        _FLOOR: _WORDS["floor_verb"],
        _PRESENT: _WORDS["present_verb"],
        _GIVE: _WORDS["give_verb"],
        _LEAD: _WORDS["lead_verb"],
        _ELECT_AFTER: _WORDS["elect_after"],
        _ELECT_BEFORE: _WORDS["elect_before"],
        _ATTEND_VERB: attend,
        p.say: p.say_words,
        p.honour_before: _WORDS["honour_before"],
    }.items()}


@lru_cache(maxsize=1)
def _verb_words_by_id() -> dict[int, tuple[str, ...]]:
    """:func:`_verb_words` by the id of each pattern, the key :func:`_verbs_in` looks its words up by: a compiled
    pattern's hash is worked out from its whole compiled code at every lookup (0.1 to 0.6 microseconds for these
    patterns, at each of about 94,000 calls on the corpus), an id is not. Every pattern here is the module's or
    :func:`_patterns`'s (kept by ``lru_cache``), alive as long as the process, so its id names it for good."""
    return {id(pattern): words for pattern, words in _verb_words().items()}


def _shortest_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words none of the others is written inside: a sentence holds one of ``words`` exactly when
    it holds one of these ("tham dự", "đến dự", "với sự tham dự của" all hold "dự"), so a sentence
    with none is told by fewer searches (one for the attendance verbs, not four).

    >>> _shortest_words(("tham dự", "đến dự", "dự", "bầu bổ sung", "bầu"))
    ('dự', 'bầu')
    """
    return tuple(dict.fromkeys(w for w in words if not any(v != w and v in w for v in words)))


def _verbs_in(pattern: re.Pattern[str], k: str, sent: Span, written: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` over the sentence, skipped when it holds none of the pattern's words; ``written``: the
    sentence's key (``k[sent.start : sent.end]``), when the caller has it.

    A plain function returning the iterator (or an empty tuple), not a generator: asked of a dozen patterns in every
    sentence after an event's (60,000 calls), most holding none of its words, a generator's frame cost more than the
    searches. The words are looked for in the sentence's key, sliced once for the dozen patterns: ``w in written``
    costs a third of ``k.find(w, start, end)`` (a method call with three arguments), about 230,000 times on the
    corpus.
    """
    start, end = sent.start, sent.end
    if written is None:
        written = k[start:end]
    for w in _verb_words_by_id()[id(pattern)]:  # (a loop, not any() over a generator: a few words, 120,000 calls)
        if w in written:
            return pattern.finditer(k, start, end)
    return ()


def _nearest_cue(cues: list[tuple[int, EventMention]], pos: int,
                 read: dict[int, list[int] | None]) -> tuple[int, EventMention]:
    """The cue of ``cues`` (a sentence's event words: start, event) nearest ``pos``, the one after it of two as near,
    the first written of two at one place: ``min`` by (distance, before), found by halving when the cues are in
    their starts' order (their starts kept in ``read`` by the list's id; a walk over every cue of the sentence for
    each participant was quadratic on a long sentence).

    >>> a, b, c = object(), object(), object()
    >>> cues = [(10, a), (20, b), (20, c)]
    >>> [_nearest_cue(cues, p, {})[1] is x for p, x in ((0, a), (15, b), (14, a), (16, b), (30, b))]
    [True, True, True, True, True]
    """
    if id(cues) not in read:
        starts = [at for at, _ev in cues]
        read[id(cues)] = starts if all(x <= y for x, y in zip(starts, starts[1:], strict=False)) else None
    starts = read[id(cues)]
    if starts is None or len(starts) != len(cues):
        return min(cues, key=lambda c: (abs(c[0] - pos), c[0] < pos))
    i = bisect_left(starts, pos)
    if i == 0:
        return cues[0]
    before = bisect_left(starts, starts[i - 1])  # the first written at the nearest place before ``pos``
    if i == len(cues) or pos - starts[before] < starts[i] - pos:
        return cues[before]
    return cues[i]


_Read = dict[int, tuple[int, set[tuple[int, str]], set[int]]]


def _participations(ev: EventMention, read: _Read) -> tuple[set[tuple[int, str]], set[int]]:
    """(id(person), role) of ``ev``'s participations and id(person) of its people, kept in ``read`` by the event's
    id and read again when their number changed elsewhere (a walk over them for each new one was quadratic in an
    event of many people). After appending, the caller adds to both sets and calls :func:`_participated`."""
    n, has, people = read.get(id(ev), (-1, set(), set()))
    if n != len(ev.participants):
        has = {(id(x.person), x.role) for x in ev.participants}
        people = {id(x.person) for x in ev.participants}
        read[id(ev)] = (len(ev.participants), has, people)
    return has, people


def _participated(ev: EventMention, part: Participation, read: _Read) -> None:
    """Append ``part`` to ``ev``'s participations and to what :func:`_participations` read of them."""
    has, people = _participations(ev, read)
    ev.participants.append(part)
    has.add((id(part.person), part.role))
    people.add(id(part.person))
    read[id(ev)] = (len(ev.participants), has, people)


def _named_before(in_sent: list[tuple[int, int, PersonMention]], starts: list[int], longest: int, at: int,
                  reach: int) -> PersonMention | None:
    """The last person of ``in_sent`` (sorted by start; ``starts`` theirs, ``longest`` their longest span) whose name
    ends at ``at`` or before, ``reach`` characters before it at most: only the names starting near enough are
    visited, from the last one back (a walk over the whole sentence for each verb was quadratic on a long one).

    >>> from kg.model import PersonMention
    >>> a, b = PersonMention(Span(0, 5), "A"), PersonMention(Span(40, 45), "B")
    >>> people = [(0, 5, a), (40, 45, b)]
    >>> [p.name if p else None for p in (_named_before(people, [0, 40], 5, at, 20) for at in (44, 50, 70, 3))]
    [None, 'B', None, None]
    """
    i = bisect_right(starts, at) - 1
    while i >= 0 and starts[i] >= at - reach - longest:
        s, e, p = in_sent[i]
        if e <= at and at - e <= reach:
            return p
        i -= 1
    return None


def _chain_after(k: str, start: int, in_sent: list[tuple[int, int, PersonMention]]) -> list[tuple[int, PersonMention]]:
    """The people a verb ending at ``start`` names after it, with where each is named: "bầu ông A (…), ông B (…)": a
    chain of names, each close to the last, none of them after "thay cho", "vì", "sau khi" (the person replaced, the
    reason)."""
    out: list[tuple[int, PersonMention]] = []
    last = start
    for s, e, p in in_sent:
        if s < last:
            continue
        if s - last > 110 or _patterns().chain_break.search(k, last, s):
            break
        out.append((s, p))
        last = e
    return out


def _one_body(organizers: Iterator[OrgMention | None]) -> bool:
    """Whether the organizers named (None for an event with none) are two bodies at most: a province's Party
    congress or plenum and its council's session are told together ("Đại hội Đảng bộ tỉnh A" then "HĐND tỉnh A bầu
    …"); three or more bodies electing ("Đại hội Đảng bộ tỉnh A", "… tỉnh B", "… tỉnh C") are a round-up, where the
    elected told after one body's name were elected by another's."""
    bodies: list[OrgMention] = []
    for o in organizers:
        if o is not None and not any(_org_same(o, b) for b in bodies):
            bodies.append(o)
    return len(bodies) <= 2


def _elected(k: str, sent: Span, in_sent: list[tuple[int, int, PersonMention]],
             written: str | None = None) -> list[tuple[int, PersonMention]]:
    """The people the sentence tells elected, with where the verb is: after "bầu" ("HĐND tỉnh đã bầu ông X, …, làm
    Chủ tịch; bầu bà Y …", the first right after it, the chain that follows: _chain_after) or before "được bầu",
    "tái đắc cử" (the last person of the verb's clause: "Ông X, Phó bí thư Tỉnh ủy, được bầu giữ chức …"); not after
    elect_not ("việc bầu", "từng được bầu"). ``written``: the sentence's key, as for :func:`_verbs_in`.
    """
    out: list[tuple[int, PersonMention]] = []
    for m in _verbs_in(_ELECT_AFTER, k, sent, written):
        if _ELECT_NOT.search(k, max(0, m.start() - 20), m.start()) is not None:
            continue
        chain = _chain_after(k, m.end(), in_sent)
        if chain and _ELECTED_GAP.fullmatch(k, m.end(), chain[0][0]):
            out += [(m.start(), p) for _s, p in chain]
    for m in _verbs_in(_ELECT_BEFORE, k, sent, written):
        if _ELECT_NOT.search(k, max(0, m.start() - 20), m.start()) is not None:
            continue
        if (p := _floor_speaker(k, m.start(), in_sent, None)) is not None:
            out.append((m.start(), p))
            out += [(m.start(), q) for q in _plural_subject(k, m.start(), in_sent) if q is not p]
    return out


# "Các ông Nguyễn Văn A, Trần Văn B và bà Lê Thị C được bầu …": a plural head (event_sentence_words 'plural_person')
# opening the clause's subject, then names joined by commas and "và" alone (no titles between: a list with titles is
# read by the other rules)
_PLURAL_PERSON = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['plural_person'])})\s*:?\s*")
_NAME_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:(?:ông|bà)\s+)?")
_CLAUSE_MARK = re.compile(r"[.;:!?\n]")


def _plural_subject(k: str, verb: int, in_sent: list[tuple[int, int, PersonMention]]) -> list[PersonMention]:
    """The people of a plural subject the verb at ``verb`` ends: after a 'plural_person' head in the verb's clause, two
    or more names written right after it and after one another, joined by commas or "và" only; [] otherwise.

    >>> from kg.model import PersonMention
    >>> t = "các ông lê văn a, trần văn b và bà đỗ thị c được bầu làm phó chủ tịch."
    >>> ps = [(8, 16, PersonMention(Span(8, 16), "A")), (18, 28, PersonMention(Span(18, 28), "B")),
    ...       (35, 43, PersonMention(Span(35, 43), "C"))]
    >>> [p.name for p in _plural_subject(t, t.index("được"), ps)]
    ['A', 'B', 'C']
    >>> t2 = "các ông lê văn a, bí thư, trần văn b được bầu."
    >>> _plural_subject(t2, t2.index("được"), [(8, 16, ps[0][2]), (26, 36, ps[1][2])])
    []
    """
    start = max((m.end() for m in _CLAUSE_MARK.finditer(k, max(0, verb - 300), verb)), default=max(0, verb - 300))
    heads = list(_PLURAL_PERSON.finditer(k, start, verb))
    if not heads:
        return []
    head = heads[-1]
    members = [(s, e, p) for s, e, p in in_sent if s >= head.end() and e <= verb]
    if len(members) < 2 or members[0][0] != head.end():
        return []
    for (_s0, e0, _p0), (s1, _e1, _p1) in zip(members, members[1:], strict=False):
        if _NAME_JOINT.fullmatch(k, e0, s1) is None:
            return []
    return [p for _s, _e, p in members]


_TWO_SIDED_KINDS = frozenset(words_by_use("event_sentence_words.tsv", keyed=False)["two_sided_kind"])
# (the host's titles may stand between, in commas: "ông X, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM, đã tiếp …")
_HOST_GAP = re.compile(r"(?:\s*,(?:[^.;:!?,\n]|\.(?=\S)){1,80})*\s*,?\s*"
                       rf"(?:(?:{_ordered(_WORDS['host_gap'])})\s+)*")
_GUEST_REACH = 70  # characters from the event's word to its guest's name ("hội đàm với Chủ tịch Quốc hội … X")


_HOST_STOP = re.compile(r"[;:!?]")  # a mark _HOST_GAP never holds: no host is named before it


def _two_sides(k: str, at: int, in_sent: list[tuple[int, int, PersonMention]], starts: list[int] | None = None,
               stops: list[int] | None = None, longest: int | None = None) -> list[PersonMention]:
    """Who holds a two-sided event (a reception, talks, a meeting: event_sentence_words 'two_sided_kind') whose word
    is written at ``at``: the person named right before it, only 'host_gap' words between ("Chủ tịch nước X đã có
    buổi tiếp …", "X cũng đã tiếp ông Y", "X, Ủy viên Bộ Chính trị, đã tiếp …"), and the first person named after
    it within ``_GUEST_REACH`` characters, in its clause ("… tiếp cựu Ngoại trưởng Mỹ Y", "… hội đàm với Chủ tịch
    Quốc hội Y"). In the sentence's order.

    >>> from kg.model import PersonMention
    >>> t = "chủ tịch nước trần văn a đã có buổi tiếp cựu ngoại trưởng mỹ john b."
    >>> a, b = PersonMention(Span(14, 24), "Trần Văn A"), PersonMention(Span(60, 66), "John B")
    >>> [p.name for p in _two_sides(t, t.index("buổi tiếp"), [(14, 24, a), (60, 66, b)])]
    ['Trần Văn A', 'John B']
    >>> t = "ông trần văn a phát biểu. tại buổi tiếp; sau đó john b về nước."
    >>> _two_sides(t, t.index("buổi tiếp"), [(4, 14, a), (48, 54, b)])
    []
    """
    if starts is None or stops is None or longest is None:
        out = [p for s, e, p in in_sent if e <= at and _HOST_GAP.fullmatch(k, e, at) is not None][-1:]
        first = 0
    else:
        # (the same, from the last name back: none before the last mark _HOST_GAP never holds, whose names, ending
        # ``longest`` characters after their start at most, end before it; and the guest from the first name after)
        out = []
        floor = (stops[j - 1] + 1 if (j := bisect_left(stops, at)) > 0 else 0) - longest
        i = bisect_right(starts, at) - 1
        while i >= 0 and starts[i] >= floor:
            s, e, p = in_sent[i]
            if e <= at and _HOST_GAP.fullmatch(k, e, at) is not None:
                out.append(p)
                break
            i -= 1
        first = bisect_right(starts, at)
    for s, _e, p in in_sent[first:]:
        if s > at + _GUEST_REACH:
            break
        if at < s and p not in out and _CLAUSE_MARK.search(k, at, s) is None:
            out.append(p)
            break
    return out


def _opens_names(text: str, k: str, at: int) -> bool:
    """Whether what follows ``at`` opens a list of people: a capitalised word (a title, a name) or a word that
    names people ('attendee_title': "các đồng chí", "ông"); not "những hành động", "thêm 3 dự án".

    >>> t = "Về phía tỉnh có các đồng chí: A; về phía UBND đã có những hành động"
    >>> _opens_names(t, t.lower(), t.index("các") - 1), _opens_names(t, t.lower(), t.index("những") - 1)
    (True, False)
    """
    i = at
    while i < len(text) and text[i] in " :\t":
        i += 1
    return i < len(text) and (text[i].isupper() or k.startswith(_LIST_OPENERS, i))


_LIST_OPENERS = tuple(f"{w} " for w in ("các", *_WORDS["attendee_title"]))


# The sentences right before the first naming an event that tell of it too: a headline and a sapo ("Ông X được bầu
# vào Ban Bí thư" before "Ngày 6/10, … Hội nghị lần thứ sáu …"); further back a report tells of other times and events.
_HEADLINE_REACH = 2


def _lead_event(event_sentence: dict[int, EventMention],
                held_cues: dict[int, list[tuple[int, EventMention]]]) -> EventMention | None:
    """The event the report's first event sentence tells (held there, else only named), or None: the sentences
    before it tell of it too.

    >>> e = EventMention(Span(30, 38), "Hội nghị")
    >>> _lead_event({3: e, 1: EventMention(Span(5, 8), "Lễ")}, {3: [(30, e)]}).kind, _lead_event({}, {})
    ('Lễ', None)
    """
    if not event_sentence:
        return None
    first = min(event_sentence)
    return held_cues[first][0][1] if first in held_cues else event_sentence[first]


# "ông X được Ban Tổ chức Thành ủy công bố quyết định …": a passive between the person and the verb
# (event_sentence_words 'passive'); the person is the one the decision is read or handed to, not who reads or hands it
_PASSIVE = re.compile(rf"(?<![\w])(?:{_ordered(_WORDS['passive'])})(?![\w])")


def _handed_to(k: str, end: int, verb: int) -> bool:
    """Whether a passive word stands between the person named last before a give verb (ending at ``end``) and the verb
    at ``verb``: that person is handed to, not the giver.

    >>> t = "ông nguyễn văn a được ban tổ chức công bố quyết định"
    >>> _handed_to(t, 16, t.index("công bố")), _handed_to("ông a công bố quyết định", 5, 6)
    (True, False)
    """
    return _PASSIVE.search(k, end, verb) is not None


def _titled_in(titled: re.Pattern[str], k: str, sent: Span, written: str | None = None) -> bool:
    """Whether the sentence holds a word of the title ``titled`` (_DELEGATE, _VOTER) matches, so may name a delegate
    (``written``: the sentence's key, as for :func:`_verbs_in`)."""
    if written is None:
        written = k[sent.start : sent.end]
    for w in _TITLE_WORDS[titled]:  # (a loop, not any() over a generator: five words, asked of 5,000 sentences)
        if w in written:
            return True
    return False


def _floor_speaker(k: str, verb: int, in_sent: list[tuple[int, int, PersonMention]],
                   titled: re.Pattern[str] | None) -> PersonMention | None:
    """The person whose clause ends at the verb at ``verb`` (the last one named before it, in the same clause:
    no sentence mark or quote between); with ``titled`` (_DELEGATE, _VOTER), only one written with that title right
    before the name ("đại biểu X", "ĐB X"; "cử tri Y").

    "ĐB Trần Văn A (Hà Nội) cho rằng …" -> A; "… đề nghị của cử tri, Bộ trưởng B cho biết" is no delegate's speech.
    """
    before = [(s, e, p) for s, e, p in in_sent if e <= verb]
    if not before:
        return None
    s, e, p = before[-1]
    if _SPEAKER_GAP.fullmatch(k, e, verb) is None:
        return None
    if titled is not None and titled.search(k, max(0, s - 24), s) is None:
        return None
    return p


def _led_by(k: str, sent: Span, verb: re.Match[str], in_sent: list[tuple[int, int, PersonMention]]
            ) -> PersonMention | None:
    """The leader of a delegation the verb at ``verb`` ("dẫn đầu") tells: the last person of its clause
    (_floor_speaker), written after "do" ("do Thượng tướng X, Thứ trưởng, dẫn đầu") or before the verb and "đoàn"
    ("Bộ trưởng Y dẫn đầu đoàn công tác"); None for a ranking ("tỉnh dẫn đầu cả nước", "ông Z cho biết tỉnh dẫn đầu").
    """
    if (leader := _floor_speaker(k, verb.start(), in_sent, None)) is None:
        return None
    start = next(s for s, _e, p in reversed(in_sent) if p is leader and s < verb.start())
    if _LED_BY.search(k, max(sent.start, start - 72), start) is not None or _LEAD_OBJECT.match(k, verb.end()):
        return leader
    return None


def _participants(
    report: Report, sent: Span, people: list[tuple[int, int, PersonMention]], near: bool = False,
    starts: list[int] | None = None, debating: bool = False, voters: bool = False,
    from_floor: dict[int, Participation] | None = None, electing: bool = False,
) -> list[tuple[int, Participation]]:
    """Who the sentence says attended, chaired or spoke, with where the verb is.

    ``near``: the sentence names the event or follows the one that does; only there do ordinary
    speech verbs ("cho biết", "nhấn mạnh") mean speaking at it, and election verbs ("bầu ông X",
    "X tái đắc cử") mean being elected at it (recorded as attended). ``starts``: the first
    characters of ``people``, in order (asked for every sentence of a report, most naming nobody:
    the sentence's people are found by bisecting the numbers, with no key function called).
    ``debating``: the event is one with a floor (a session, a congress, a conference): wherever the sentence
    stands, a delegate speaking ("ĐB X cho rằng") or a minister answering questions spoke at it; ``voters``:
    the event is a meeting with voters, where a voter speaking ("cử tri Y đề nghị") spoke at it. At any event, who
    presents a report or a speech ("X trình bày Tờ trình", "Y đọc diễn văn khai mạc") spoke at it. ``from_floor``
    gets the participations only these floor rules (or the election rule) found, by id. ``electing``: the
    event is one that elects (a session, a congress, a plenum), in a report of two bodies electing at most:
    wherever the sentence stands, the elected ("HĐND tỉnh bầu ông X", "bà Y được bầu giữ chức …") took part in it.
    """
    k = report.key
    if starts is None:
        starts = [s for s, _e, _p in people]
    in_sent = people[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
    if not in_sent:
        return []
    out: list[tuple[int, Participation]] = []
    pos = 0
    written = k[sent.start : sent.end]  # the sentence's key: where every pattern's words are looked for (_verbs_in)

    added: set[tuple[int, str]] = set()  # (id(person), role) of each participation in ``out``

    def add(p: PersonMention, role: str) -> None:
        if (id(p), role) not in added:
            added.add((id(p), role))
            out.append((pos, Participation(p, role)))

    def add_floor(at: int, p: PersonMention, role: str) -> None:
        """A participation a floor rule finds (wherever the sentence stands): also kept in ``from_floor``."""
        nonlocal pos
        pos, had = at, len(out)
        add(p, role)
        if from_floor is not None and len(out) > had:
            from_floor[id(out[-1][1])] = out[-1][1]

    for m in _verbs_in(_ATTENDEE_LIST, k, sent, written):
        pos = m.start()
        for s, _e, p in in_sent:
            if s >= m.end():
                add(p, "attended")
    for m in _verbs_in(_ATTENDEE_LIST_NAMED, k, sent, written):
        after = [p for s, _e, p in in_sent if s >= m.end()]
        if after and next(s for s, _e, _p in in_sent if s >= m.end()) - m.end() <= _NAMED_LIST_REACH:
            pos = m.start()
            for p in after:
                add(p, "attended")
    for m in _verbs_in(_SIDE_LIST, k, sent, written):
        after = [(s, p) for s, _e, p in in_sent if s >= m.end()]
        if after and after[0][0] - m.end() <= _NAMED_LIST_REACH and _opens_names(report.text, k, m.end()):
            pos = m.start()
            for _s, p in after:
                add(p, "attended")
    # "Tại hội nghị, bà X, Ủy viên …, đã công bố …": the sentence's subject spoke there.
    if (m := _AT_EVENT.match(k, sent.start)) is not None and in_sent[0][0] - m.end() <= 40:
        pos = m.start()
        add(in_sent[0][2], "attended")
    if near:  # near the event, the elected and the honoured
        for m in _verbs_in(_patterns().honour_after, k, sent, written):
            pos = m.start()
            for _s, p in _chain_after(k, m.end(), in_sent):
                add(p, "attended")
    verbs = [(_CHAIR, "chaired"), (_SPEAK, "spokeAt"), (_ATTEND_VERB, "attended")]
    sent_starts = [s for s, _e, _p in in_sent]
    longest = max(e - s for s, e, _p in in_sent)
    if near:
        verbs += [(_patterns().say, "spokeAt"), (_patterns().honour_before, "attended")]
    for verb, role in verbs:
        for m in _verbs_in(verb, k, sent, written):
            pos = m.start()
            if (subject := _named_before(in_sent, sent_starts, longest, m.start(), 160)) is not None:
                add(subject, role)
                for q in _plural_subject(k, m.start(), in_sent):  # "Các ông A, B và C tham dự": each of them
                    add(q, role)
                continue
            # "Phát biểu kết luận hội nghị, đồng chí X …", "Chủ trì hội nghị có đồng chí X"
            i = bisect_left(sent_starts, m.end())
            if i < len(in_sent) and sent_starts[i] - m.end() <= 120 and verb in (_CHAIR, _SPEAK):
                add(in_sent[i][2], role)
    # (last: a speaker the rules above found keeps their event, one only the floor rules find does not)
    floor = [(_PRESENT, None)] + ([(_FLOOR, None), (_DEBATE, _DELEGATE)] if debating else [])
    if voters:
        floor.append((_DEBATE, _VOTER))
    for verb, titled in floor:
        if titled is not None and not _titled_in(titled, k, sent, written):
            continue  # (most sentences with a speech verb name no delegate: skipped by a substring search)
        for m in _verbs_in(verb, k, sent, written):
            if verb is _FLOOR and _FLOOR_NOT.search(k, max(0, m.start() - 16), m.start()) is not None:
                continue
            if (speaker := _floor_speaker(k, m.start(), in_sent, titled)) is not None:
                add_floor(m.start(), speaker, "spokeAt")
    # the giver, where the floor's speakers are read (after the other rules)
    for m in _verbs_in(_GIVE, k, sent, written):
        if (giver := _floor_speaker(k, m.start(), in_sent, None)) is not None \
                and not _handed_to(k, max(e for _s, e, q in in_sent if q is giver and e <= m.start()), m.start()):
            add_floor(m.start(), giver, "attended")
    if (m := _ON_BEHALF.match(k, sent.start)) is not None \
            and (speaker := next((p for s, _e, p in in_sent if s >= m.end()), None)) is not None \
            and next(s for s, _e, p in in_sent if p is speaker and s >= m.end()) - m.end() <= _BEHALF_REACH:
        add_floor(m.start(), speaker, "spokeAt")
    for m in _verbs_in(_LEAD, k, sent, written):  # a delegation's leader, read as the giver is
        if (leader := _led_by(k, sent, m, in_sent)) is not None:
            add_floor(m.start(), leader, "attended")
    # further on, in a report of one or two bodies' elections, the elected (_elected; kept as the floor's speakers are)
    for at, elected in _elected(k, sent, in_sent, written) if electing and not near else ():
        add_floor(at, elected, "attended")
    return out


# Another quoted name after a campaign's: "phong trào \"A\", \"B\" và \"C\"".
_NEXT_CAMPAIGN = re.compile(r"\s*(?:[,;]|và|,\s*và)\s*\"(?P<name>[^\"\n]{2,160})\"")


def _campaigns(report: Report, extraction: Extraction, sents: list[Span]) -> list[CampaignMention]:
    p = _patterns()
    k, text = report.key, report.text
    out: list[CampaignMention] = []
    seen: dict[str, CampaignMention] = {}

    def add(kind: str, s: int, e: int, cue_start: int) -> None:
        name = text[s:e].strip().rstrip(".,…")
        if not name or not (name[0].isupper() or name[0].isdigit()):
            return
        ident = text_key(name)
        if ident in seen:
            return
        c = CampaignMention(Span(s, e), name, kind)
        si = _sentence_index(sents, cue_start)
        if si >= 0:
            sent = sents[si]
            for v in _patterns().promote.finditer(k, sent.start, cue_start):
                orgs = [o for o in extraction.organizations
                        if sent.start <= o.span.start and o.span.end <= v.start()]
                if orgs:
                    c.promoted_by.append(orgs[-1])
        seen[ident] = c
        out.append(c)

    # a campaign's name is in quotes: a text with none names no campaign, and none ends after its last quote
    last_quote = k.rfind('"')
    if last_quote < 0:
        return out
    for m in p.campaign.finditer(k, 0, last_quote + 1):
        kind = p.campaign_kind[m.group("cue")]
        add(kind, m.start("name"), m.end("name"), m.start())
        pos = m.end()
        while (nxt := _NEXT_CAMPAIGN.match(k, pos)):
            add(kind, nxt.start("name"), nxt.end("name"), m.start())
            pos = nxt.end()
    return out


def _tasks(report: Report, extraction: Extraction, sents: list[Span],
           dspans: list[tuple[int, int, DirectiveMention]]) -> list[TaskMention]:
    k, text = report.key, report.text
    orgs_by_start: dict[int, OrgMention] = {}
    for o in extraction.organizations:
        if o.span.start not in orgs_by_start or len(o.span) > len(orgs_by_start[o.span.start].span):
            orgs_by_start[o.span.start] = o
    out: list[TaskMention] = []
    for start in sorted(orgs_by_start):  # a task verb right before an organization
        m = _patterns().task.search(k, max(0, start - 16), start)
        if m is None:
            continue
        org = orgs_by_start[start]
        si = _sentence_index(sents, m.start())
        sent = sents[si] if si >= 0 else Span(0, len(text))
        # the last document written in the sentence before the task's word
        lo, hi = bisect_left(dspans, sent.start, key=_span_first), bisect_left(dspans, m.start(), key=_span_first)
        directive = dspans[hi - 1][2] if hi > lo else None
        pos = org.span.end
        assignee = org
        while True:
            stop = re.compile(r"[;.\n]").search(k, pos, sent.end)
            end = stop.start() if stop else sent.end
            desc = text[pos:end].strip(" ,:")
            duplicate = any(t.assignee.name == assignee.name and t.description == desc for t in out)
            first = text_key(desc.split()[0]) if desc.split() else ""
            given = first not in _patterns().task_not_start
            if len(desc.split()) >= 2 and desc[0].islower() and not duplicate and given:
                out.append(TaskMention(Span(assignee.span.start, end), assignee, desc, directive))
            if stop is None or k[stop.start()] != ";":
                break
            nxt = re.compile(r";\s*").match(k, stop.start())
            assert nxt is not None
            assignee = orgs_by_start.get(nxt.end())
            if assignee is None:
                break
            pos = assignee.span.end
    return out


# How far from its event word an event's date, place and organizer are looked for. No sentence of the
# corpus is this long (the longest is 2,417 characters); a text with no sentence end is, and without
# this bound every event word in it would scan the whole text (quadratic).
_EVENT_REACH = 2500


# An undated mention of an event and a dated mention of one of its kind are one event when the dated one
# follows within this many sentences of the latest mention, or when the undated one is in the headline or the
# lead: "Tại hội nghị, ông A nhấn mạnh …" is not known to be the conference that "Ngày 9-11, Bộ X đã tổ chức
# hội nghị …" dates forty sentences on, nor "điều hành phiên họp" (on 19/4) the "phiên khai mạc sáng 18/4"
# a guest recalls at the end of the report.
_DATING_REACH = 5
_LEAD_SENTENCES = 2


def _too_far_to_date(last: int, at: int, first: int) -> bool:
    """Whether a dated mention in sentence ``at`` is too far from an undated event last told in sentence
    ``last`` (first told in ``first``) to give it its date: they then stay two events."""
    return first >= _LEAD_SENTENCES and at - last > _DATING_REACH


def _around(sent: Span, cue: Span) -> Span:
    """The part of ``sent`` within ``_EVENT_REACH`` characters of the event word ``cue``."""
    return Span(max(sent.start, cue.start - _EVENT_REACH), min(sent.end, cue.end + _EVENT_REACH))


def _cues(p: _Patterns, k: str, toks: Tokens | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``p.cue`` over ``k``, as its ``finditer`` gives them, found from ``p.cue_words`` (``p.cue``
    without its opening lookbehinds; see ``scans.matches_at_words``), or with the key's tokens, at the tokens
    that are an event word's first (``scans.matches_at_tokens``: a fifth of the instructions).

    >>> k = "ông trực tiếp lãnh đạo hội nghị; tiếp lãnh đạo tỉnh"
    >>> p, toks = _patterns(), Tokens.of(k, k)
    >>> [m.group("cue") for m in _cues(p, k)], [m.group("cue") for m in _cues(p, k, toks)]
    (['hội nghị', 'tiếp lãnh đạo'], ['hội nghị', 'tiếp lãnh đạo'])
    """
    if toks is not None:
        return matches_at_tokens(p.cue, k, toks, _cue_firsts())
    return matches_at_words(p.cue, p.cue_words, k)


@lru_cache(maxsize=1)
def _cue_firsts() -> frozenset[str]:
    """The first tokens of the event words (event_kinds.tsv), where a match of ``_patterns().cue`` may start."""
    return frozenset(phrase_tokens(cue)[0] for cue in _patterns().kind_of)


# The end of an event's name that makes it one to come: a word of to_come ending the name, before a clause's end
# or a verb of its own ("kỳ họp Quốc hội tới chưa thông qua", "tại hội nghị sắp tới."); not "hội nghị trực tuyến
# tới 63 tỉnh" (to), not "tới" after a day ("ngày 5/5 tới": that day is the event's)
_TO_COME = re.compile(
    r"(?P<name>[^,.;:()\n\"“”]{0,60}?)\s+(?:" + _ordered(_WORDS["to_come"]) + r")(?![\w])"
    r"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?:sẽ|chưa|không|là|cần|phải|đã|vẫn|được)(?![\w]))")


def _to_come(k: str, cue: Span) -> bool:
    """The event's name ends with a word that makes it one to come (``to_come`` of event_sentence_words.tsv):
    "Kỳ họp Quốc hội tới chưa thông qua hai luật", "… sẽ báo cáo tại kỳ họp sắp tới.". Such an event is told of,
    not held on the day of the clause ("Chiều nay, Ủy ban Thường vụ thảo luận …, Chính phủ phải báo cáo trong kỳ họp
    tới."): it takes only a day written right after its name, as an event referred to does.

    >>> _to_come("kỳ họp quốc hội tới chưa thông qua hai luật", Span(0, 6))
    True
    >>> _to_come("hội nghị trực tuyến tới 63 tỉnh, thành", Span(0, 8))
    False
    >>> _to_come("kỳ họp thứ 7 (dự kiến ngày 5/5 tới)", Span(0, 6)), _to_come("hội nghị ngày 5/5 tới.", Span(0, 8))
    (False, False)
    >>> _to_come("đợi kỳ họp thứ 6 sắp tới, khi", Span(4, 10)), _to_come("hội nghị tổng kết cuối năm.", Span(0, 8))
    (True, False)
    """
    m = _TO_COME.match(k, cue.end)
    return m is not None and not _A_DAY.search(m.group("name"))


_A_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d")


def _referenced(p: _Patterns, k: str, lo: int, cue: Span) -> re.Match[str] | None:
    """The reference cue right before the event word (``event_reference_cues.tsv``: "kết quả Đại hội",
    "thông báo về kỳ họp"), searched from ``lo``; None when there is none, or when the event word is one
    the cue refers to none of ("về thăm và làm việc": "về" is "go to" before a verb).

    >>> m = _referenced(_patterns(), "thông báo về kỳ họp thứ iv", 0, Span(13, 19)); m and m.group("ref")
    'về'
    >>> _referenced(_patterns(), "ông về thăm và làm việc tại tỉnh", 0, Span(7, 23)) is None
    True
    """
    m = p.referenced.search(k, lo, cue.start)
    if m is not None and k.startswith(p.not_referenced.get(m.group("ref"), ()), cue.start):
        return None
    return m


@lru_cache(maxsize=1)
def _year_review_title() -> re.Pattern[str]:
    phrases = [text_key(row["phrase"]) for row in read_tsv("year_review_titles.tsv")]
    return re.compile(rf"(?:\d{{1,3}}\s+)?(?:{_ordered(tuple(phrases))})(?![\w]).*?(?<![\w])(?:trong\s+)?năm\s+"
                      r"(?P<y>(?:19|20)\d\d)\s*[.!]?\s*$")


def _reviewed_year(report: Report) -> int | None:
    """The year a headline reviewing one year's events states for them (``year_review_titles.tsv``), or None.

    >>> from kg.model import Report
    >>> _reviewed_year(Report(id="t", text="", source_file="t", title="Những quyết định nhân sự trong năm 2017"))
    2017
    >>> _reviewed_year(Report(id="t", text="", source_file="t", title="10 sự kiện chính trị - xã hội năm 2004"))
    2004
    >>> _reviewed_year(Report(id="t", text="", source_file="t", title="Chưa chi thu nhập tăng thêm trong năm 2019"))
    """
    title = report.title or report.text.split("\n", 1)[0]
    m = _year_review_title().match(text_key(title.strip()))
    return int(m.group("y")) if m else None


def _same_day_same_year(events: list[EventMention]) -> None:
    """In a report without a date, give a yearless day the year the text fixed for another event told on the same
    yearless day and month: "Sáng 3/7, Chính phủ họp phiên họp thường kỳ tháng 6 năm 2017" (2017, by the session's
    own month) then "Trong ngày 3/7, Hội nghị bàn về …": one report's "3/7" is one day. Only a year read for a day
    written without one (``inferred_year``): a date written in full may be another year's ("cuộc bầu cử ngày
    22.5.2016" beside "kỳ họp sẽ diễn ra ngày 22.5 tới đây"). None when such events give the day two years.
    """
    years: dict[tuple[int, int], set[int]] = {}
    for ev in events:
        d = ev.date
        if d is not None and d.year is not None and d.inferred_year and d.month and d.day:
            years.setdefault((d.month, d.day), set()).add(d.year)
    if not years:
        return
    for ev in events:
        d = ev.date
        if d is not None and d.year is None and d.month and d.day \
                and len(ys := years.get((d.month, d.day), set())) == 1:
            ev.date = PartialDate(next(iter(ys)), d.month, d.day, inferred_year=True)


def extract_events(report: Report, extraction: Extraction) -> None:
    """Pipeline component: append events, campaigns, periods and tasks to ``extraction``."""
    k = report.key
    sents = sentences(report)
    report_year, report_date = _report_anchor(report)
    p = _patterns()
    orgs = sorted(extraction.organizations, key=lambda o: o.span.start)
    people = _person_positions(extraction.persons)
    people_starts = [s for s, _e, _p in people]
    dspans = _directive_spans(extraction.directives)
    dates = report_dates(report)
    # A date written right after a document is its issue date, not an event's.
    dspan_ends = sorted(e for _s, e, _d in dspans)
    dspan_cover = SpanCover((s, e) for s, e, _d in dspans)
    series_read: dict[tuple[int, int], list[_SeriesCandidate]] = {}  # a sentence -> its bodies (_series_body)
    dates = [d for d in dates
             if not any(_ISSUE_GAP.fullmatch(k, e, d.span.start)
                        for e in _within(dspan_ends, d.span.start - 70, d.span.start))]
    if report_date is not None and _dated_to_the_day(report, sents, dates):
        # "Sáng nay, …", "hôm qua", "ngày mai": days relative to the report's, which only a report dated to the day has
        relative = _relative_days(report, report_date)
        if relative and (text_today := _text_today(report, report_date)) is not None:
            relative = _relative_days(report, text_today)
        dates = sorted([*dates, *relative], key=_org_start)
    else:
        # undated, "Sáng nay, …" is still the event's time: a day no written date gives (_unknown_days)
        dates = sorted([*dates, *_unknown_days(report)], key=_org_start)
    latest: tuple[EventMention, int] | None = None  # the event told last, and its sentence
    today: set[int] = set()  # id(event) of events whose time is an undated report's "today": no date joins them
    told_held: set[int] = set()  # id(event) of events told at least once not only referred to ("kết quả Đại hội")
    told_of: set[tuple[int, str]] = set()  # (sentence, kind) of an event prepared for there ("chuẩn bị Kỳ họp")
    act_host: EventMention | None = None  # the meeting at which an act (act_kind) was told done
    not_held: set[tuple[int, str]] = set()  # (sentence, kind) of an event word told as still to come or not held
    met: set[int] = set()  # id(event) of a body's meeting told by its verb alone ("Chiều 10/2, Ban Thường vụ … nghe …")

    events: list[EventMention] = []
    last_of_kind: dict[str, EventMention] = {}
    last_told: dict[int, int] = {}  # id(event) -> the sentence of its latest mention
    number_of: dict[int, str] = {}  # id(event) -> its number in its series
    visit_body: dict[int, OrgMention] = {}  # id(visit) -> the body its sentence names, host or guest's (_VISIT_KINDS)
    own_month: dict[int, tuple[int, int]] = {}  # id(event) -> the month-year its name writes ("… tháng 11-2016")
    counted: dict[int, str] = {}  # id(event) -> the span its name reviews or remembers ("5 năm": _counted_span)
    event_sentence: dict[int, EventMention] = {}
    held_cues: dict[int, list[tuple[int, EventMention]]] = {}  # cues_in_sentence's events told held, not referred to
    cues_in_sentence: dict[int, list[tuple[int, EventMention]]] = {}
    found: list[tuple[Span, str, OrgMention | None]] = []  # (event word, kind, the body that meets)
    for m in _cues(p, k, report_tokens(report)):
        cue = Span(m.start(), m.end())
        if dspan_cover.covers(cue.start):  # "Nghị quyết Hội nghị Trung ương 4"
            continue
        if _inside_org(orgs, cue):  # "Trung tâm Hội nghị quốc gia" is a place, not a conference
            continue
        if _PLURAL.search(k, max(0, cue.start - 16), cue.start) \
                or _MANY_HOLD.search(k, max(0, cue.start - 90), cue.start) \
                or _counted(k, cue):  # "tạm dừng … các hội nghị đông người", "hàng loạt tỉnh … tổ chức Đại hội"
            continue
        if _generic_level(k, cue) or _heading(k, cue):  # "Đại hội Đảng các cấp", "Diễn đàn: <question>"
            continue
        if _ANY_ONE.match(k, cue.end):  # "kỳ họp nào Chính phủ hứa, cũng …": any session, none held
            continue
        if _LETTERED_ITEM.search(k, max(0, cue.start - 8), cue.start):  # "gồm: a) Đại hội …; b) Hội nghị …": a category
            continue
        if _PROPOSED.search(k, max(0, cue.start - 40), cue.start):  # "đề xuất nên tổ chức cuộc hội thảo": proposed
            continue
        if _TOPIC.search(k, max(0, cue.start - 24), cue.start):  # "quy chế về tiếp xúc, đối thoại trực tiếp với dân"
            continue
        if _PLACE_NOUN.search(k, max(0, cue.start - 12), cue.start):  # "khu vực triển lãm Giảng Võ": a place
            continue
        if _PERIOD_NOUN.search(k, max(0, cue.start - 12), cue.start):  # "nhiệm kỳ Đại hội XIII": a term, a period
            continue
        kind = p.kind_of[m.group("cue")]
        if (q := _OPENS_QUOTE.search(k, max(0, cue.start - 4), cue.start)) is not None \
                and (prior := p.cue.search(k, max(0, q.start() - 40), q.start())) is not None \
                and not re.search(r"[.,;:!?\"“”]", k[prior.end() : q.start()]):
            continue  # "Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”": the name of the ceremony before it
        if report.text[cue.start].isupper() and p.titled.search(k, max(0, cue.start - 40), cue.start) \
                and not _OWN_BODY.search(k, max(0, cue.start - 20), cue.start):
            continue  # "Phó Chủ tịch Hội nghị Hiệp thương chính trị …": a title's body, whose name opens with the word
        if k.startswith("tổ chức", cue.start) and _PLANNED.search(k, max(0, cue.start - 16), cue.start):
            continue  # "tiến độ triển khai tổ chức kỷ niệm …": a plan, not an event held
        if kind in p.named and not _proper_name(report.text, cue):  # "tạm dừng tổ chức … lễ hội"
            continue
        if _floor_of_a_body(report.text, k, cue):  # "phát biểu tại diễn đàn Quốc hội": the Assembly's floor
            continue
        if kind in p.invited_kinds and p.invited.search(k, max(0, cue.start - 80), cue.start):
            continue  # "trân trọng mời Tổng thống X thăm chính thức Việt Nam": a visit proposed, still to come
        found.append((cue, kind, None))
    # a sentence only referring to another event ("…, lúc này chỉ còn 5 tháng là đến Đại hội VI") may still
    # tell of a body's meeting ("Ngày 14/7/1986, Ban Chấp hành Trung ương Đảng họp phiên đặc biệt, …")
    named = set()
    for c, _k, _o in found:
        si = _sentence_index(sents, c.start)
        if _referenced(p, k, max(sents[si].start if si >= 0 else 0, c.start - 40), c) is None:
            named.add(si)
    found += _meetings(report, orgs, sents, named)
    found.sort(key=lambda f: f[0].start)

    told_last: dict[int, tuple[int, EventMention]] = {}  # sentence -> the end of its latest event word, and its event
    for cue, kind, body in found:
        si = _sentence_index(sents, cue.start)
        sent = _around(sents[si] if si >= 0 else Span(0, len(k)), cue)
        if body is not None:
            # "Ngày 2/11/2016, Ban Bí thư họp …": an event only when the sentence dates it; it stands
            # apart from the run of events of its kind (it takes no later mention's place)
            date = _date_for(report, dates, sent, cue, report_year)
            if date is _UNKNOWN_DAY or (date is None and not _held_sitting(k, cue)):
                continue
            ev = next((e for e in events if e.kind == kind and e.date == date and _org_same(e.organizer, body)),
                      None)
            if ev is None:
                ev = EventMention(span=cue, kind=kind, date=date, organizer=body, place=_place(report, sent, cue))
                events.append(ev)
            event_sentence.setdefault(si, ev)
            cues_in_sentence.setdefault(si, []).append((cue.start, ev))
            held_cues.setdefault(si, []).append((cue.start, ev))
            latest = (ev, si)
            met.add(id(ev))
            told_last[si] = (cue.end, ev)
            continue
        ref = _referenced(p, k, max(sent.start, cue.start - 40), cue)
        referenced = ref is not None or _to_come(k, cue) \
            or (kind in last_of_kind and _owner_only(report, cue)) \
            or ((si, kind) in told_of and _number(k, cue, sent, report.text) is None)
        # ("kết quả … của đại hội." told before; "Chuẩn bị Kỳ họp thứ ba …, ngày 13/5, ông X … tiếp xúc cử tri để thông
        # báo nội dung, chương trình Kỳ họp": the session the sentence prepares for, still to come, named again bare;
        # event_sentence_words 'prepared_for')
        if (ref is not None and " ".join(ref.group("ref").split()) in _WORDS["prepared_for"]) or _to_come(k, cue):
            told_of.add((si, kind))
        # "tại buổi họp báo trước kỳ họp thứ 3 chiều nay, 19-5": an event referred to inside another
        # event's name; the day after it is that other event's
        nested = ref is not None and p.cue.search(k, max(sent.start, ref.start() - 60), ref.start()) is not None
        occ = _Occurrence(kind, cue, si, (None if nested else _attached_date(report.key, dates, sent, cue))
                          if referenced
                          else _date_for(report, dates, sent, cue, report_year, kind in p.commemorates),
                          _organizer(report, orgs, sent, cue), _event_name(report, cue, sent),
                          _place(report, sent, cue))
        occ.number = _number(k, cue, sent, report.text)
        occ_month = _name_month(k, cue, sent)
        occ_count = _counted_span(k, cue, sent)
        # "Hội nghị Trung ương 7 (khóa XII)": the body only in the event's own name, a numbered event of its own
        if (named_body := _name_body(report, orgs, cue, kind)) is not None:
            occ.organizer = named_body
        if occ.organizer is None and occ.number is not None and kind in _SERIES_KINDS:
            occ.organizer = _series_body(report, orgs, sents[si] if si >= 0 else sent, cue, kind, dspans, series_read,
                                          dspan_cover)
        if occ.organizer is None and kind in _DELEGATION_KINDS:
            occ.organizer = _delegation_subject(report, orgs, sent, cue)
        visited = None
        if kind in _VISIT_KINDS:
            # "…, Trưởng ban Tổ chức Trung ương đã đến thăm và chúc mừng …": no organizer; the body stays its key
            visited, occ.organizer = occ.organizer, _visit_organizer(k, orgs, sent, cue, occ.organizer)
        if (sitting := _sitting_of(k, kind, cue, told_last.get(si), sents[si].start if si >= 0 else 0)) is not None:
            occ.date = None  # "tại phiên bế mạc kỳ họp thứ 18": the sentence's day is the sitting's
        on_unknown_day = occ.date is _UNKNOWN_DAY
        if on_unknown_day:
            occ.date = None
        if occ.date is None and (_not_held(k, sent.start, cue.start) or (si, kind) in not_held):
            # "trước khi làm việc với …", "Đoàn sẽ làm việc với …" undated: a meeting supposed, not held; "Quốc hội sẽ
            # thảo luận ở tổ về …; thảo luận ở hội trường về …": the same time to come goes on over its sentence's
            # other words of that kind
            not_held.add((si, kind))
            continue
        if occ.date is None and not referenced and (opened := _day_of_opening_event(
                k, sents[si].start if si >= 0 else 0, cue, cues_in_sentence.get(si, []))) is not None:
            occ.date = opened  # "Ngay sau Lễ đón chính thức (chiều 11/5), …, đã tiến hành hội đàm": that day
        prev = last_of_kind.get(kind)
        earlier = False
        if occ.date is None and occ.organizer is None and occ.number is None and latest is not None \
                and latest[1] >= si - _ANAPHOR_REACH and (latest[0].kind != kind or id(latest[0]) in met) \
                and (latest[0].date is not None or latest[0].organizer is not None) \
                and (prev is None or last_told.get(id(prev), -1) < si - _ANAPHOR_REACH) \
                and (_refers_back(report, sent, cue) or (id(latest[0]) in met and latest[1] == si - 1)):
            # "Sáng 27/6, HĐND tỉnh tổ chức kỳ họp thứ nhất … Tại phiên họp, các đại biểu bầu …": the bare word
            # refers to the event just told, when that one is dated or has its body and no event of the word's
            # own kind was told as near (join it, add none); right after a meeting told by a body's verb alone
            # ("Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến … Đồng chí X chủ trì cuộc làm việc."), the
            # next sentence's bare word names that meeting wherever it stands: it has no word of its own to join
            prev, same = latest[0], True
            if id(prev) in met:  # "… chủ trì hội nghị." then "Tại hội nghị, …": the word names that meeting from now on
                last_of_kind[kind] = prev
        else:
            same = False
        # "Đại hội lần thứ II" and a later "Đại hội VI" are two congresses, whatever their dates; a day years
        # before the report's time is a remembered event, not the one the report told of undated before it
        same = same or prev is not None and (occ.date is None or prev.date is None or occ.date == prev.date) \
            and not (prev.date is None and _remembered(report, occ.date, report_year)) \
            and not (prev.date is None and occ.date is not None
                     and _too_far_to_date(last_told.get(id(prev), si), si, _sentence_index(sents, prev.span.start))) \
            and _org_same(occ.organizer, prev.organizer) \
            and _org_same(visited, visit_body.get(id(prev))) \
            and not (named_body is not None and prev.organizer is None) \
            and not (earlier := prev.date is None and occ.date is not None and number_of.get(id(prev)) is None
                     and (occ.organizer is None or prev.organizer is None)
                     and _EARLIER.match(k, sent.start, cue.start) is not None) \
            and (occ.number is None or number_of.get(id(prev)) in (None, occ.number)) \
            and not (prev.date is None and _outside(own_month.get(id(prev)), occ.date)) \
            and not (occ.date is None and _outside(occ_month, prev.date)) \
            and (occ_count is None or counted.get(id(prev)) in (None, occ_count))
        if same and prev is not None and prev.date is not None and occ.date in (None, prev.date) \
                and _held_later_that_day(k, sent, cue):
            # "* Chiều cùng ngày, Ủy ban … tổ chức hội nghị Chủ tịch Ủy ban MTTQ các tỉnh …": another one, that day
            same, occ.date = False, prev.date
        if not (prev is not None and same) and occ.number is not None and occ.organizer is not None:
            # "kỳ họp thứ 3, QH khóa 14" told again after "kỳ họp thứ 2" of the same body: the session of that
            # number told before, not a new one (a number names one event of a body's series)
            # (told on another day of its run, "Hội nghị Trung ương 8 … bế mạc chiều 6/10" and "Hội nghị lần thứ 8 …
            # từ ngày 2 đến 6/10", it is still that event, dated by its first day: _days_of_one_run)
            prev = next((e for e in reversed(events) if e.kind == kind and number_of.get(id(e)) == occ.number
                         and e.organizer is not None and _org_same(occ.organizer, e.organizer)
                         and _days_of_one_run(occ.date, e.date)), None)
            same = prev is not None
            if prev is not None and prev.date is not None and occ.date is not None and occ.date != prev.date \
                    and _opens_a_run(k, dates, sents[si] if si >= 0 else sent, occ.date):
                prev.date = occ.date  # "(từ ngày 2 đến 6/10)": the first day of its run is the event's date
        if not (prev is not None and same) and occ.number is not None and occ.organizer is None:
            # "Đại hội VI" after "Đại hội lần thứ VI của Đảng": the one event of that number told before with its body
            # is the one named short; two bodies' events of that number leave it a new one (a dated mention dates it:
            # "Quốc hội … khóa XIV, kỳ họp thứ 3, thông qua ngày 19 tháng 6 năm 2017")
            numbered = [e for e in events if e.kind == kind and number_of.get(id(e)) == occ.number
                        and e.organizer is not None and (occ.date is None or e.date is None or occ.date == e.date)]
            if len({_body_and_term(e.organizer.name) for e in numbered if e.organizer is not None}) == 1:
                prev, same = numbered[-1], True
                last_of_kind[kind] = prev  # the event named again is the one a bare word next refers to
        if not (prev is not None and same) and kind in _ACT_KINDS \
                and (host := next((e for at, e in reversed(cues_in_sentence.get(si, [])) if at < cue.start
                                   and e.kind in _HOST_KINDS and occ.date in (None, e.date)), None)) is not None:
            # "Chiều 27/2, tại hội nghị công bố quyết định của Bộ Chính trị …, ông X đã trao quyết định …": handing
            # over the decision is what the conference told before it in the sentence does, not an event of its own
            # (the decision's issuer is no organizer of the conference)
            prev, same, occ.organizer = host, True, None
            act_host = host
        elif not (prev is not None and same) and kind in _ACT_KINDS and act_host is not None \
                and occ.date is None and occ.organizer is None:
            # "… Trưởng ban Tổ chức Trung ương trao quyết định cho ông X" (a caption, further on) after the conference
            # at which the decision was handed over: that conference's act again
            prev, same = act_host, True
        if not (prev is not None and same) and occ.date is not None and occ.organizer is not None \
                and (met_before := next((e for e in events if id(e) in met and e.kind == kind and e.date == occ.date
                                         and _org_same(e.organizer, occ.organizer)), None)) is not None:
            # "Sáng 13-7, HĐND TP X đã bầu ông A …" (a body's meeting told by its verb) then "Sáng 13-7, … kỳ họp thứ 5,
            # HĐND TP X khóa XV …": the meeting the verb told, named now; one event (a body's meeting of a day)
            prev, same = met_before, True
            last_of_kind[kind] = prev
        if sitting is not None:
            # the session the sitting is of: an earlier mention of it stays its event (told here again), and the
            # sitting is the body's (the session's organizer, or the one its word names); it makes no event of its own
            if prev is not None and same:
                prev.organizer = prev.organizer or occ.organizer
                last_told[id(prev)] = si
            sitting.organizer = sitting.organizer or (prev.organizer if prev is not None and same else occ.organizer)
            continue
        if prev is not None and same:
            ev = prev
            # told again with a date, an event held "today" in a report without a date takes it only from a
            # mention naming its body ("… trong hội nghị bất thường hôm nay" then "Ngày 27/11, Ban Thường vụ Tỉnh
            # ủy tổ chức hội nghị Ban Chấp hành Đảng bộ"); "Ngày 24-4, kết quả sẽ được báo cáo đại hội" is not it
            # ("Trong các ngày làm việc từ 6 đến 9/12, đại hội sẽ …": the run of days the event is held on)
            if id(ev) not in today or occ.organizer is not None \
                    or _run_of_days_from(k, sent, occ.date):
                ev.date = ev.date or occ.date
            ev.organizer = _with_term(ev.organizer, occ.organizer)
            if visited is not None:
                visit_body.setdefault(id(ev), visited)
            ev.place = ev.place or occ.place
            ev.name = ev.name or occ.name
        else:
            ev = EventMention(span=cue, kind=kind, name=occ.name, date=occ.date, place=occ.place,
                              organizer=occ.organizer)
            events.append(ev)
            if visited is not None:
                visit_body[id(ev)] = visited
            if not earlier:  # "Trước đó, …": an aside back in time; the story goes on with the event told before
                last_of_kind[kind] = ev
        if on_unknown_day and ev.date is None:
            today.add(id(ev))
        if not referenced:
            told_held.add(id(ev))
            held_cues.setdefault(si, []).append((cue.start, ev))
        if occ.number is not None:
            number_of.setdefault(id(ev), occ.number)
        if occ_month is not None:
            own_month.setdefault(id(ev), occ_month)
        if occ_count is not None:
            counted.setdefault(id(ev), occ_count)
        last_told[id(ev)] = si
        latest = (ev, si)
        told_last[si] = (cue.end, ev)
        event_sentence.setdefault(si, ev)
        cues_in_sentence.setdefault(si, []).append((cue.start, ev))
        near = dspans[bisect_left(dspans, cue.end, key=_span_first) :
                      bisect_left(dspans, min(sent.end, cue.end + 161), key=_span_first)]
        for s, _e, d in near:  # the documents written after the word in its sentence, 160 characters on at most
            if d not in ev.concerns and _CONCERNS_GAP.search(k, cue.end, s):
                ev.concerns.append(d)

    # People: the sentence's own event, else the latest event named before it.
    # Within a sentence naming several events, the one whose word is nearest the verb
    # ("Trưởng Đoàn kiểm tra …, đã dự hội nghị": the hội nghị).
    current: EventMention | None = None
    current_at = -10
    # id(participation) -> the participation, found only by the floor rules (_floor_speaker) or _elected; the value
    # keeps it alive, so that one a sentence found but its event already had (dropped) leaves no id a later one may
    # be given (with ids alone, whether an event was kept depended on where Python put the objects)
    from_floor: dict[int, Participation] = {}
    # a report of one or two bodies' elections (not a round-up of several provinces' congresses, each elected told
    # after another's name): the elected far from the event's sentence were elected there
    one_electing = _one_body(e.organizer for e in events if e.kind in _ELECTION_KINDS)
    # before the first sentence naming an event (a headline, a lead naming the people first: "ĐB Nguyễn Văn A … cho
    # rằng …" then "… tại phiên thảo luận"), the story is already that event's: its people are read for it, as after it
    lead_event = _lead_event(event_sentence, held_cues)
    cue_starts: dict[int, list[int] | None] = {}  # id(a sentence's cues) -> their starts, when in order (_nearest_cue)
    had: _Read = {}  # id(event) -> its participations read (_participations)
    lead_at = min(event_sentence, default=0)
    for si, sent in enumerate(sents):
        if si in event_sentence:
            if current is None or si in held_cues or event_sentence[si] is current:
                current = held_cues[si][0][1] if si in held_cues else event_sentence[si]
            # (a sentence only referring to another event, "Sau lễ khai mạc, …", "chuẩn bị cho Đại hội …", leaves the
            # story at the event told held before: the people told there and after it are that one's)
            current_at = si
        story = current or (lead_event if lead_event is not None and si >= lead_at - _HEADLINE_REACH else None)
        if story is None:
            continue
        if (first := bisect_left(people_starts, sent.start)) == len(people_starts) or people_starts[first] >= sent.end:
            continue  # no one named in the sentence (most sentences): _participants would find no one
        for pos, part in _participants(report, sent, people, near=si - current_at <= 1, starts=people_starts,
                                       debating=story.kind in _DEBATE_KINDS, voters=story.kind in _VOTER_KINDS,
                                       from_floor=from_floor,
                                       electing=one_electing and story.kind in _ELECTION_KINDS):
            ev = story
            if (cues := held_cues.get(si) or (cues_in_sentence.get(si) if current is event_sentence.get(si) else None)):
                ev = _nearest_cue(cues, pos, cue_starts)[1]
            if (id(part.person), part.role) not in _participations(ev, had)[0]:
                _participated(ev, part, had)

    host_stops: list[int] | None = None  # where _HOST_STOP marks are written (read at the first two-sided event)
    people_longest = max((e - s for s, e, _p in people), default=0)
    for si, cues in cues_in_sentence.items():
        # "Chủ tịch nước X đã có buổi tiếp cựu Ngoại trưởng Y": the two sides of a reception or talks took part in it
        # (kept as the floor's speakers are: they keep no event alone)
        for at, ev in cues:
            if ev.kind in _TWO_SIDED_KINDS and si >= 0:
                sent = sents[si]
                lo, hi = bisect_left(people_starts, sent.start), bisect_left(people_starts, sent.end)
                if host_stops is None:
                    host_stops = [m.start() for m in _HOST_STOP.finditer(k)]
                for person in _two_sides(k, at, people[lo:hi], people_starts[lo:hi], host_stops, people_longest):
                    if id(person) not in _participations(ev, had)[1]:
                        part = Participation(person, "attended")
                        _participated(ev, part, had)
                        from_floor[id(part)] = part
    campaigns = _campaigns(report, extraction, sents)
    for c in campaigns:
        si = _sentence_index(sents, c.span.start)
        if si in event_sentence:
            event_sentence[si].campaigns.append(c)

    told_in = {_sentence_index(sents, c.start) for c, _k, _o in found}
    if (lead := _lead_date(k, sents, dates, told_in)) is not None:
        # "Sáng 7/10, quyết định … đã được công bố …" then "Ông X … đã công bố Quyết định của Bộ Chính trị.": the
        # event first told undated after the lead's date is held that day (_lead_day_sentences)
        takes = _lead_day_sentences(k, sents, dates, told_in, lead[0])
        for ev in events:
            if ev.date is None and id(ev) not in today and id(ev) in told_held \
                    and (si := _sentence_index(sents, ev.span.start)) in takes \
                    and (si == lead[0] + 1 or ev.kind in _ONE_DAY_KINDS) \
                    and _number(k, ev.span, sents[si], report.text) is None:
                # (a numbered event told there, "Đại hội X", "hội nghị Trung ương 5", is one of its own time: "Ba hôm
                # trước, tại hội nghị Trung ương 5, …", "… lời chúc mừng … thành công Đại hội X")
                ev.date = lead[1]
    if report.published is None and (reviewed := _reviewed_year(report)) is not None:
        # "Những quyết định nhân sự cấp cao trong năm 2017", undated: "Ngày 26/10, Quốc hội …" is of 2017, a year
        # the text states for the events it reviews (never a guess from elsewhere; a report with a date keeps its own)
        for ev in events:
            if ev.date is not None and ev.date.year is None and ev.date.month is not None:
                ev.date = PartialDate(reviewed, ev.date.month, ev.date.day)
    if report_year is None:
        _same_day_same_year(events)
    # (a kind listed only with a date or an organizer, 'dated_kind': an election named without its polling day)
    # (a floor's speakers alone keep no event: "Đại biểu X cho rằng …" in a report of an undated sitting ("phiên chất
    # vấn", "phiên thảo luận") of a session is told of that session, not of a second event)
    kept = [e for e in events if e.date or e.organizer
            or ((any(id(x) not in from_floor for x in e.participants) or e.concerns) and e.kind not in _DATED_KINDS)]
    extraction.events.extend(kept)
    extraction.campaigns.extend(campaigns)
    extraction.periods.extend(
        PeriodMention(pm.span, pm.kind.lower(), pm.start_year, pm.end_year)
        for pm in find_periods(report.text, key=k)
    )
    extraction.tasks.extend(_tasks(report, extraction, sents, dspans))
