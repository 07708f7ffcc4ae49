"""A removal that names a post by its role ends the post the report gave the person elsewhere: "left".

The officials extractor reads a person's post where the report first titles them ("Bộ trưởng Lê Huy Ngọ",
"Thứ trưởng Mai Văn Dâu"); the removal told later often writes the role alone, lower-case or without its
body, so it gives no post of its own: "Ngày 1/6 Quốc hội đã bỏ phiếu đồng ý miễn nhiệm chức bộ trưởng đối với
ông Lê Huy Ngọ.", "vào sáng 18/11, ông Mai Văn Dâu bị cách chức thứ trưởng", "Bộ Chính trị quyết định ông X
thôi tham gia ..., thôi giữ chức Thứ trưởng Giao thông". The held post stays "holds" though the report tells
its end (the shared README's "left": "thôi giữ chức, ... miễn nhiệm").

A held post of a person becomes "left" when a removal verb of ``named_removal_cues.tsv`` (use ``removal``),
perhaps followed by a word for "post" (``office``: "chức", "chức vụ"), is followed right away by the post's
role as kg wrote it ("bộ trưởng", "Phó chủ tịch"), and the person is named in that clause, either right after
the role's words by "đối với ông/bà" (``object``), or as the post's holder after the role and its body ("miễn nhiệm
chức vụ Phó Chủ tịch UBND tỉnh do ông X đang nắm giữ": ``holder`` and ``held``), or as the subject ending right
before the verb ("ông X bị cách chức", "ông X thôi giữ chức"). The person must hold one post of that role only (two
"Chủ tịch" posts: which one the removal ends is not said; one post written twice, as a title and in a career,
is one). A career summary's "former" for that post gives way too ("đã kinh qua các chức vụ ... và giữ chức Phó
Chủ tịch UBND tỉnh từ ngày ..."): the removal told in the report's event says when it ended.
Not when a word of ``pending`` or of ``undone_acts.tsv`` (reach request or
clause) stands before the verb in its clause (a removal asked for, weighed or to come: "đề nghị cách chức", "sẽ
xem xét miễn nhiệm", "dự kiến"), nor in a sentence told as before the event ("Trước đó, ...": :mod:`.past_steps`
reads those); the decision of the second rule told there makes its titles "former".

A decision that names no post ends the titles written with its person after "đối với" (thirty-seventh round,
:func:`decided_objects`): "Hội nghị công bố quyết định nghỉ hưu theo chế độ kể từ 1/1/2019 đối với Thiếu tướng X,
Phó Tư lệnh Quân khu 5" (use ``retire``: the offices the person holds end), "trao quyết định miễn nhiệm đối với
ông Y, Giám đốc Sở Z"; the Party's posts written there stay held. The officials extractor reads an apposed title
as held at the report's time; the act before the person, inside the decision's noun phrase, reaches none of
status_cues.tsv's scopes. The decision may be handed "cho" the person (use ``recipient``: "trao quyết định nghỉ hưu
cho đồng chí X, ..."), and where a Party standing board hands it (use ``giver``) the Party's posts end too.

A leaving cue written right after a person's titles ends some of them (forty-first round,
:func:`left_after_titles`): "không tái cử" (use ``rerun``) the member seats, "thôi tham gia / không tham gia BODY"
(use ``quit``) the posts in the bodies named. And a removal told after "Trước đó" and a word of the reported sitting
("Trước đó, buổi sáng, Quốc hội đã ... miễn nhiệm ...": use ``session``) is this event's: left, not former
(:func:`_sitting_removals`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from kg.model import Extraction, PostMention, Report, Span
from kg.textkey import key as text_key

from .doc_tables import alternation, whole_words, words_by_use
from .lexicon import read_rows
from .party_removals import party_post
from .post_keys import post_key
from .scans import matches_at_words
from .sentences import sentences
from .status import undone_words

_SUBJECT_GAP = 12  # characters between the subject's name and the verb: " bị ", " đã bị ", " được "
_OBJECT_GAP = 80  # characters between the role and "đối với ông X": the role's body, a term
_HELD_GAP = 24  # characters from the holder's name to the end of the verb of holding: " hiện đang nắm giữ"
_HONORIFIC = r"\s+(?:ông|bà|đồng chí)\s+"  # the honorific before a named object or holder: "đối với ông", "do bà"


@cache
def _removal_words() -> re.Pattern[str]:
    """The removal verbs without the opening lookbehind, searched for their letters first
    (:func:`.scans.matches_at_words`), not tried at every character of the report."""
    return re.compile(alternation(words_by_use("named_removal_cues.tsv")["removal"]))


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(removal verb with an optional office word after it, pending words, "đối với" + honorific, "Trước đó")."""
    w = words_by_use("named_removal_cues.tsv")
    removal = re.compile(rf"(?<![\w])(?:{alternation(w['removal'])})(?:\s+(?:{alternation(w['office'])}))?\s+")
    pending = whole_words([*w["pending"], *(text_key(x) for x in undone_words("request", "clause"))])
    obj = re.compile(rf"(?<![\w])(?:{alternation(w['object'])}){_HONORIFIC}")
    earlier = re.compile(rf"[\s\"“'(]*(?:{alternation(words_by_use('earlier_acts.tsv')['earlier'])})(?![\w])")
    return removal, pending, obj, earlier


@cache
def _holder_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("do" + honorific, the verb of holding after the name), on the report's key (``named_removal_cues.tsv``, uses
    ``holder`` and ``held``): "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh do ông X đang nắm giữ"."""
    w = words_by_use("named_removal_cues.tsv")
    holder = re.compile(rf"(?<![\w])(?:{alternation(w['holder'])}){_HONORIFIC}")
    return holder, whole_words(w["held"])


def _named_holder(k: str, at: int, b: int, start: int, end: int) -> bool:
    """The name written at [start, end) is the post's holder named after the role at ``at``: "do ông" right before
    it, within :data:`_OBJECT_GAP` characters of the role, and a verb of holding after it in the clause (ending at
    ``b``) with no comma between ("do ông X đang nắm giữ"): the post the removal ends is that person's."""
    holder, held = _holder_cues()
    h = holder.search(k, at, min(b, at + _OBJECT_GAP))
    if h is None or h.end() != start:
        return False
    v = held.search(k, end, min(b, end + _HELD_GAP))
    return v is not None and "," not in k[end : v.start()]


def named_removals(report: Report, extraction: Extraction) -> None:
    """End each held post a removal names by its role (see the module's docstring)."""
    if not any(pm.status in _ENDED for pm in extraction.posts):
        return
    k = report.key
    removal, pending, obj, earlier = _cues()
    by_person: dict[int, list[PostMention]] = {}
    for pm in extraction.posts:
        by_person.setdefault(id(pm.person), []).append(pm)
    sents = sentences(report)
    starts = [s.start for s in sents]

    def told_earlier(at: int) -> bool:
        """The sentence holding character ``at`` is told as before the event ("Trước đó, ..."), or none holds it;
        not where the opening goes on with a word of the reported sitting (:func:`_same_sitting`)."""
        i = bisect_right(starts, at) - 1
        if i < 0:
            return True
        e = earlier.match(k, sents[i].start)
        return e is not None and not _same_sitting(k, e.end(), sents[i].end)

    _sitting_removals(k, sents, extraction.posts, earlier)
    decided_objects(report, by_person, told_earlier)
    left_after_titles(report, by_person, told_earlier)
    for m in matches_at_words(removal, _removal_words(), k):
        if told_earlier(m.start()):
            continue
        i = bisect_right(starts, m.start()) - 1
        a = max(k.rfind(";", sents[i].start, m.start()) + 1, sents[i].start)
        b = k.find(";", m.end(), sents[i].end)
        b = sents[i].end if b < 0 else b
        if pending.search(k, a, m.start()):
            continue
        for posts in by_person.values():
            person = posts[0].person
            spans = person.spans or [person.span]
            named = any(a <= s.start and s.end <= m.start() and m.start() - s.end <= _SUBJECT_GAP
                        and "," not in k[s.end : m.start()] for s in spans) or any(
                (o := obj.search(k, m.end(), min(b, m.end() + _OBJECT_GAP))) is not None and o.end() == s.start
                for s in spans if m.end() < s.start <= b) or any(
                _named_holder(k, m.end(), b, s.start, s.end) for s in spans if m.end() < s.start <= b)
            if not named:
                continue
            roles = [pm for pm in posts if _role_at(k, m.end(), pm)]
            # two posts of that role: which one ends is not said; one post written twice (a title, a career) ends
            if len({post_key(pm) for pm in roles}) == 1:
                # the removal's own title read already ("Tháng 3/2015, ông X thôi giữ chức Bí thư ...", "cách chức
                # Bí thư Tỉnh ủy nhiệm kỳ 2010-2015 đối với ông X"): the rules that judged it as past stand
                told_here = any(sents[i].start <= pm.span.start < sents[i].end for pm in roles)
                for pm in roles:
                    if pm.status == "holds" or pm.status == "former" and not told_here:
                        pm.status = "left"


# What a removal told in the report's event ends: a post held, and one a career summary gives as held before
# ("Ông X đã kinh qua các chức vụ ... và giữ chức Phó Chủ tịch UBND từ ngày ..."), when the removal's own words
# gave no post: the removal says when it ended
_ENDED = ("holds", "former")


def _role_at(k: str, at: int, pm: PostMention) -> bool:
    """The post's role as written by kg ("bộ trưởng", "phó chủ tịch") stands whole at ``at``, and what the text
    writes after it is the post's body ("Bí thư Tỉnh ủy" is not the post "Bí thư Ban cán sự đảng") or no body at
    all: a mark, the end, or a word of no name ("thứ trưởng và ...", "bộ trưởng đối với ông X")."""
    role = text_key(pm.role).lower()
    e = at + len(role)
    if not k.startswith(role, at) or (e < len(k) and k[e].isalnum()):
        return False
    after = k[e : e + 80].lstrip()
    if not after or not after[0].isalnum():
        return True
    if pm.org is not None and any(after.startswith(text_key(w).lower()) for w in (pm.org.written, pm.org.name)):
        return True
    return _NO_BODY.match(after) is not None


# words that may follow a bare role without naming a body
_NO_BODY = re.compile(r"(?:đối với|và|trong|của|khi|vì|do|để|từ|nhiệm kỳ|khoá|khóa|ngày|sau)(?![\w])")


_DECIDED_GAP = 60  # characters between the act and "đối với": "theo chế độ kể từ ngày 1/1/2019"
_OBJECT_NAME_GAP = 30  # characters between "đối với" and the name: an honorific, a rank ("Thiếu tướng")


_ISSUER_GAP = 60  # characters of the body issuing a numbered decision: "của Ban Thường vụ Tỉnh uỷ"
# a decision's number, date and issuer written before its subject, on the report's key: " số 1123-QĐ/TU ngày 2/10
# của Ban Thường vụ Tỉnh uỷ" (then "về việc" must follow: the subject is told)
_NUMBERED = rf"\s+số\s+[^\s,;.]+(?:\s+ngày\s+[\d/.-]+)?(?:\s+của\s+[^,;.:]{{3,{_ISSUER_GAP}}}?)?"


@cache
def _decided_act() -> re.Pattern[str]:
    """"quyết định [số N [ngày D] [của BODY] về việc | về việc] [cho] <act>" + a stretch with no mark + "đối với", on
    the report's key: the act (group ``act``) a retirement (use ``retire``) or a removal verb (use ``removal``, its
    office word perhaps after it). The number and issuer come only with "về việc": "công bố Quyết định số 215-QĐ/TU
    của Ban Thường vụ Tỉnh uỷ về việc nghỉ hưu ... đối với đồng chí X, ..." (written34c-06)."""
    w = words_by_use("named_removal_cues.tsv")
    act = alternation([*w["retire"], *w["removal"]])
    return re.compile(rf"(?:{alternation(w['decision'], word_start=True)})(?:{_NUMBERED})?\s+(?:về việc\s+)?"
                      rf"(?:cho\s+)?(?P<act>{act})"
                      rf"(?:\s+(?:{alternation(w['office'])}))?(?![\w])([^,;.:!?\n]{{0,{_DECIDED_GAP}}}?)\s+"
                      rf"(?:{alternation([*w['object'], *w['recipient']])})\s+")


@cache
def _party_giver() -> re.Pattern[str]:
    """A Party body handing a decision (``named_removal_cues.tsv``, use ``giver``), on the report's key."""
    return whole_words(words_by_use("named_removal_cues.tsv")["giver"])


def _given_by_party(k: str, a: int, at: int, titles: list[Span]) -> bool:
    """A Party body is written in [a, at), the clause before the decision, outside every title of a person: the
    Party hands the decision ("Ban Thường vụ Tỉnh uỷ đã trao quyết định nghỉ hưu cho ..."), not the one its
    hander's titles name ("Đại tá X, Uỷ viên Ban Thường vụ Tỉnh uỷ, Chỉ huy trưởng ... trao quyết định ...")."""
    return any(not any(t.start <= g.start() < t.end for t in titles)
               for g in _party_giver().finditer(k, a, at))


def _clause_end(k: str, at: int) -> int:
    """Where the clause that goes on at ``at`` ends: the first ";", "." or line break after it, else the text's end."""
    return min((x for x in (k.find(";", at), k.find(".", at), k.find("\n", at)) if x >= 0), default=len(k))


def decided_objects(report: Report, by_person: dict[int, list[PostMention]],
                    told_earlier: Callable[[int], bool]) -> None:
    """The held titles written with the person named right after "đối với" of a decision that names no post are
    left (see the module's docstring): the person's name within :data:`_OBJECT_NAME_GAP` characters after it (or a
    title of theirs starting there: "đối với Phó Giám đốc Sở X Nguyễn Văn A"), the titles up to the clause's end.
    Not when a title stands between the act and "đối với" (the act names its post: the first rule reads it), nor
    after a pending word in the clause ("đề nghị", "sẽ"). In a sentence ``told_earlier`` ("Trước đó, Bộ Quốc phòng
    đã công bố quyết định nghỉ hưu đối với ...") the decision is cited as past: the titles are "former", as
    :mod:`.past_steps` reads a removal told there. A post in a Party body stays held: the decision of the
    State or the army ends the office ("Tư lệnh Quân khu 9"), a Party committee's seat is the Party's to end
    (wtune37's gold: "Uỷ viên Trung ương Đảng, Phó Bí thư Đảng uỷ" hold after such a retirement;
    :mod:`.party_removals` reads a removal from the Party's posts), unless a Party standing board hands the
    decision (:func:`_given_by_party`: the Party retires its own official; wtune32b-09, written33a-05). The person
    may be named after "cho" instead of "đối với" (``named_removal_cues.tsv``, use ``recipient``)."""
    k = report.key
    if "quyết định" not in k:
        return
    _, pending, _, _ = _cues()
    titles = [pm.span for posts in by_person.values() for pm in posts]
    for m in _decided_act().finditer(k):
        a = max(k.rfind(";", 0, m.start()), k.rfind(".", 0, m.start()), k.rfind("\n", 0, m.start())) + 1
        b = _clause_end(k, m.end())
        if pending.search(k, a, m.start()):
            continue
        status = "former" if told_earlier(m.start()) else "left"
        if any(m.start(1) <= pm.span.start < m.end() for posts in by_person.values() for pm in posts):
            continue  # a title between the act and "đối với": the act names its post
        by_party = _given_by_party(k, a, m.start("act"), titles)
        named = [posts for posts in by_person.values() if any(
            m.end() <= s.start <= m.end() + _OBJECT_NAME_GAP and "," not in k[m.end() : s.start]
            for s in posts[0].person.spans or [posts[0].person.span]) or any(pm.span.start == m.end() for pm in posts)]
        if named:
            named += _joined_objects(k, m.end(), b, by_person, named)
        for posts in named:
            for pm in posts:
                if pm.status == "holds" and m.end() <= pm.span.start < b and (by_party or not party_post(pm)):
                    pm.status = status


@cache
def _joined_object() -> re.Pattern[str]:
    """"và" and the honorifics or ranks (``honorifics.txt``: "ông", "đồng chí", "Đại tá") ending right before a name,
    on the report's key: a second (third ...) person a decision names, joined to the one before ("và ông B"); not
    "và giao ông B" (another verb's object)."""
    words = [text_key(row[0]).lower() for row in read_rows("honorifics.txt", 2) if row[0]]
    return re.compile(rf"(?<![\w])và\s+(?:(?:{alternation(words)})\s+){{0,2}}$")


def _joined_objects(k: str, at: int, b: int, by_person: dict[int, list[PostMention]],
                    named: list[list[PostMention]]) -> list[list[PostMention]]:
    """The persons a decision names after its first object, each joined by "và" (an honorific or a rank perhaps
    between) right before the name, in the clause [at, b): "quyết định nghỉ hưu đối với ông A, Giám đốc Sở X và ông
    B, Giám đốc Sở Y" names B too (written35b-08)."""
    out = []
    for posts in by_person.values():
        if posts in named:
            continue
        spans = posts[0].person.spans or [posts[0].person.span]
        if any(at < s.start < b and _joined_object().search(k, max(at, s.start - 30), s.start) for s in spans):
            out.append(posts)
    return out


# between the person's last title (or name) and a leaving cue: commas, a term of the title ("khoá XI", "nhiệm kỳ
# 2015 - 2020"), "xin" ("xin không tham gia ...")
_TO_CUE = re.compile(r"[\s,]*(?:(?:khoá|nhiệm kỳ)\s+[\w./]+(?:\s*[-–]\s*\d+)?[\s,]*)?(?:xin\s+)?")
# between two coordinated persons: the first one's last title, then "và" or a comma, then an honorific
_JOIN = re.compile(r"[\s,]*(?:và\s+)?(?:(?:đồng chí|ông|bà|anh|chị)\s+)?")
_MEMBER = re.compile(r"(?:uỷ viên|ủy viên)(?![\w])|\w+ (?:uỷ|ủy) viên$")  # on a role's key: a member seat
_TERM_TAIL = re.compile(r"\s+(?:khoá|nhiệm kỳ)(?:\s.*)?$")  # a body's term written after it: "khoá mới", "khoá XVI"


@cache
def _leaving_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a refusal to stand again, a leaving of bodies) on the report's key (``named_removal_cues.tsv``, uses
    ``rerun`` and ``quit``)."""
    w = words_by_use("named_removal_cues.tsv")
    return whole_words(w["rerun"]), whole_words(w["quit"])


def _subjects(k: str, a: int, at: int, by_person: dict[int, list[PostMention]]) -> list[list[PostMention]]:
    """The persons whose titles end right before ``at`` (a leaving cue) in the clause starting at ``a``: the one
    whose last title or name ends there (only commas, a term, "xin" between), then, going back, each one joined to
    it by "và" or a comma ("đồng chí A, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh và đồng chí B, ...
    không tái cử"): the cue's coordinated subject. Each with the titles written in its stretch."""
    marks: list[tuple[int, int, int]] = []  # (start, end, person key) of each name and title in the clause
    for pid, posts in by_person.items():
        spans = posts[0].person.spans or [posts[0].person.span]
        marks += [(s.start, s.end, pid) for s in spans if a <= s.start and s.end <= at]
        marks += [(pm.span.start, pm.span.end, pid) for pm in posts if a <= pm.span.start and pm.span.end <= at]
    marks.sort()
    out: list[list[PostMention]] = []
    end, gap = at, _TO_CUE
    while marks:
        last = max(marks, key=lambda x: x[1])
        pid = last[2]
        again = None if gap.fullmatch(k, last[1], end) else _retitled(k, last[1], end, by_person[pid], gap)
        if again is None and not gap.fullmatch(k, last[1], end):
            break
        # the person's stretch: back from that title through the person's own names and titles
        first = last
        for x in reversed([x for x in marks if x[1] <= last[1]]):
            if x[2] != pid:
                break
            first = x
        out.append([pm for pm in by_person[pid] if first[0] <= pm.span.start and pm.span.end <= at or pm is again])
        marks = [x for x in marks if x[1] <= first[0]]
        end, gap = first[0], _JOIN
    return out


def _retitled(k: str, at: int, end: int, posts: list[PostMention], gap: re.Pattern[str]) -> PostMention | None:
    """[at, end) is one more title of the person, which kg joined to the same post written elsewhere in the report
    ("X, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh Yên Bái, thôi tham gia ..., thôi giữ chức Phó Chủ tịch
    UBND tỉnh": one post, its mention at the removal), then what ``gap`` allows: the role and body as kg wrote them,
    a place's name after it (no comma), and a comma: that post, else None."""
    head = re.compile(r"[\s,]*")
    i = head.match(k, at, end).end()  # type: ignore[union-attr]
    for pm in posts:
        w = text_key(f"{pm.role} {pm.org.written}" if pm.org is not None else pm.role).lower()
        if k.startswith(w, i) and i + len(w) <= end:
            j = k.find(",", i + len(w), end)
            if gap.fullmatch(k, i + len(w) if j < 0 else j, end) and (j < 0 or j - i - len(w) <= _PLACE_GAP):
                return pm
    return None


_PLACE_GAP = 30  # characters of a place's name after a title's body: " Yên Bái", " thành phố Hồ Chí Minh"


def _named_bodies(k: str, at: int, b: int) -> list[str]:
    """The bodies written after a "quit" cue at ``at`` up to ``b`` or the reason ("để", "do", "vì") or the next
    act ("thôi giữ"), split at commas and "và", each without its term: "thôi tham gia Ban Chấp hành, Ban Thường vụ
    Tỉnh uỷ, thôi giữ chức ..." → ["ban chấp hành", "ban thường vụ tỉnh uỷ"]."""
    stop = re.compile(r"(?<![\w])(?:để|do|vì|nhằm|thôi|theo|từ)(?![\w])|[;.:()]")
    e = stop.search(k, at, b)
    text = k[at : e.start() if e else b]
    return [_TERM_TAIL.sub("", x.strip()) for x in re.split(r",|\svà\s", text) if x.strip()]


def _in_bodies(pm: PostMention, bodies: list[str]) -> bool:
    """The post's body is one of ``bodies``: its name starts with the one written (a bare kind, "Uỷ ban", "Ban
    Thường vụ", the owner left to be understood), but a bare kind is not a central body's ("Ban Chấp hành" after a
    provincial official's titles is not "Ban Chấp hành Trung ương Đảng", his seat there)."""
    if pm.org is None:
        return False
    names = {text_key(x).lower() for x in (pm.org.written, pm.org.name) if x}
    for body in bodies:
        if len(body.split()) < 2:
            continue
        for n in names:
            if n.startswith(body) and (n == body or "trung ương" not in n or "trung ương" in body):
                return True
    return False


def left_after_titles(report: Report, by_person: dict[int, list[PostMention]],
                      told_earlier: Callable[[int], bool]) -> None:
    """A leaving cue written right after a person's titles ends some of them (forty-first round):
    "không tái cử" (use ``rerun``) the person's member seats; "thôi tham gia / không tham gia BODY, BODY"
    (use ``quit``) the person's posts in those bodies. The person is the cue's subject: the one whose titles run up
    to it, with those coordinated before it (:func:`_subjects`). Not after a pending word of the clause ("sẽ",
    "đề nghị"); in a sentence told as before the event, in its first clause, "former" (a removal cited as past)."""
    k = report.key
    if "tái cử" not in k and "tham gia" not in k:
        return
    rerun, quit_ = _leaving_cues()
    _, pending, _, _ = _cues()
    for cue, members in ((rerun, True), (quit_, False)):
        for m in cue.finditer(k):
            a = max(k.rfind(";", 0, m.start()), k.rfind(".", 0, m.start()), k.rfind("\n", 0, m.start()),
                    k.rfind(":", 0, m.start())) + 1
            b = _clause_end(k, m.end())
            if pending.search(k, a, m.start()):
                continue
            first_clause = k.rfind(";", 0, m.start()) < k.rfind(".", 0, m.start()) or k.rfind("\n", 0, m.start()) > \
                k.rfind(";", 0, m.start())
            status = "former" if told_earlier(m.start()) and first_clause else "left"
            bodies = [] if members else _named_bodies(k, m.end(), b)
            for posts in _subjects(k, a, m.start(), by_person):
                ended = [pm for pm in posts if pm.status == "holds" and (
                    _MEMBER.search(text_key(pm.role).lower()) if members else _in_bodies(pm, bodies))]
                keys = {post_key(pm) for pm in ended}
                for pm in by_person[id(posts[0].person)] if posts else []:
                    if pm.status == "holds" and post_key(pm) in keys:
                        pm.status = status


_SITTING_GAP = 30  # characters from "Trước đó" to the word of the sitting: ", trong buổi sáng cùng ngày,"


@cache
def _sitting_words() -> re.Pattern[str]:
    """Words keeping an act "Trước đó" opens in the reported sitting (``named_removal_cues.tsv``, use ``session``,
    and earlier_acts.tsv's words of the same sitting or day, use ``same``), on the report's key."""
    return whole_words([*words_by_use("named_removal_cues.tsv")["session"], *words_by_use("earlier_acts.tsv")["same"]])


def _same_sitting(k: str, at: int, end: int) -> bool:
    """A word of the reported sitting follows the opening "Trước đó" ending at ``at``, within
    :data:`_SITTING_GAP` characters and only commas and spaces before it: "Trước đó, buổi sáng, Quốc hội đã ...",
    "Trước đó, kỳ họp đã miễn nhiệm ...". Not "Trước đó, tại kỳ họp thứ 15, ..." (another sitting, named by its
    number) nor "Trước đó, ngày 15/6, ..."."""
    w = _sitting_words().search(k, at, min(end, at + _SITTING_GAP))
    return w is not None and re.fullmatch(r"[\s,]*", k[at : w.start()]) is not None


def _sitting_removals(k: str, sents: list[Span], posts: list[PostMention], earlier: re.Pattern[str]) -> None:
    """A removal told after "Trước đó" and a word of the reported sitting (:func:`_same_sitting`) is this event's:
    the posts it names, read "former" as a removal cited as past, are left ("Trước đó, buổi sáng, Quốc hội đã thông
    qua các nghị quyết miễn nhiệm chức vụ Phó Thủ tướng Chính phủ đối với ông A và ... Bộ trưởng Bộ Y tế đối với bà
    B": both left; the report tells the sitting). A post of the sentence after its first removal verb, but a title
    written "nguyên" (a past post of the person, not the one removed)."""
    if "trước đó" not in k:
        return
    removal = _cues()[0]
    for s in sents:
        e = earlier.match(k, s.start)
        if e is None or not _same_sitting(k, e.end(), s.end):
            continue
        r = removal.search(k, e.end(), s.end)
        if r is None:
            continue
        for pm in posts:
            if pm.status == "former" and r.start() < pm.span.start < s.end \
                    and not k[max(0, pm.span.start - 8) : pm.span.start].rstrip().endswith(("nguyên", "từng")):
                pm.status = "left"
