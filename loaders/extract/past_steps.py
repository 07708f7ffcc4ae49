"""A career step told with its year after this report's own appointment is a past step, not this event's.

A report on an appointment tells the act first ("Ông X được bầu làm Chủ tịch UBND thành phố") and then
the person's career, step by step: "Năm 2013, ông X được bầu làm Chủ tịch HĐND tỉnh Bến Tre.", "Một năm
sau, ông được bầu làm Bí thư Tỉnh ủy", "Ông được phê chuẩn giữ chức Bộ trưởng tháng 4/2016". Such a step
reads as an appointment (its verb is one), but the report's event is the act told before it.

A post is such a step when (1) it is "appointed" with a start its sentence writes as a year or a month
of a year, no day (an event's act is told with its day, or undated), or with no start in a sentence
opening with a later step ("Một năm sau, ...", "2 năm sau", "Hồi tháng 3 ...": ``earlier_acts.tsv``, use
``step``) or naming the numbered sitting it was done at ("Tại Đại hội đại biểu toàn quốc lần thứ XII, ông X
được bầu vào Bộ Chính trị", "Tại kỳ họp lần thứ 8, HĐND tỉnh ..., ông X được bầu ...": use ``sitting``);
and (2) the same person has another appointed post told in an earlier sentence, with no start or a later one,
and not appointed again in this sentence (a headline and the body telling one act: the
report's own act). Anything else is left as it is: one appointment alone, or the first told, may well be
this event's. The step is "former" when another post of the person (not a seat) is told in a later
sentence: the career went on; else, the last step told, "holds". A post told later but dated before the
step ("Từ tháng 1/2013, ông được điều động làm Phó ban ...") or an undated former one ("Ông nguyên là Bí
thư Tỉnh ủy ...") is an older post told late, not a later step. A seat in a body (``seat_roles.tsv``) is
kept while other posts come: "holds". On the corpus (544 reports outside the held-out sets) 8 posts
change: 7 right, 1 held now though the report's lead calls it former ("nguyên là ..."), told in a
sentence before the step's (a post is one mention, at its first).

An appointment in a sentence told as before the event ("Trước đó, Bộ Chính trị đã phân công ông X làm
Bí thư Thành ủy ...", "Trước đó ngày 7/10, ...": ``earlier_acts.tsv``) is a post gained earlier and held
now ("holds"), unless a word of the same sitting or day stands before its title ("Trước đó, sáng nay,
kỳ họp cũng bầu ..."). A removal told there ("Trước đó, Ban Chấp hành Trung ương đã cho ông X thôi giữ
chức ...") is cited as past: "former" (the gold convention; mid22's "Trước đó, ... Quốc hội đã đồng ý miễn
nhiệm ..." is former too). Corpus: 11 appointments and 6 removals, all read right by that convention.
So is a sentence that goes on in the paragraph of such a sentence with no time, sitting or place of its own
("Trước đó, ngày 20/2, Ủy ban Kiểm tra Tỉnh ủy đã kỷ luật cảnh cáo bà A. Ông B bị cách chức Bí thư Chi bộ.";
thirty-fifth round: no corpus post changes, wtune35 b-08's one is right).

A step told as held in a sentence opening with its year ("Đầu năm 2007, ông X là Bí thư Quận ủy quận 2
trước khi trở thành ..."), after the person's appointment told earlier and before another post of the
person told further on (not dated before it), is "former" (unless the sentence says "đến nay"). Corpus: 2
posts, both right.

A post named in the first clause of a sentence opening with "Trước khi" (use ``before``: "Trước khi được
điều động làm Phó Chánh Văn phòng Trung ương Đảng, bà X giữ chức ...") was gained before the report's act
and is held, unless the report tells that appointment of the person in another sentence too: the report's own
act told again ("Ông A được bầu làm Chủ tịch UBND tỉnh. Trước khi được bầu làm Chủ tịch UBND tỉnh, ông A là
...") stays appointed (:func:`_told_again`). Before the twenty-ninth round the post was held only when the
person's appointment to another post was told in an earlier sentence; a report that tells the person's
career as background (an inspection, a successor's election, a lead naming the act without the name) has
none, and kept the earlier post "appointed".

An appointment the report looks back on is not its event (thirty-fifth round): one dated by a year or a month
of a year (its own start, or the year its sentence opens with) before the report's date
(:func:`_dated_before_report`: "Tại Đại hội XII (năm 2016), ông được bầu vào Ban Chấp hành Trung ương Đảng" in a
report of 2017), and one whose sentence goes on to tell what is held now (:func:`_told_now_after`: "..., luân chuyển làm
Phó Chủ tịch UBND tỉnh Y, hiện giữ chức ..."). Corpus (every report outside the held-out sets): 10 posts change,
all right.

A post told as held or gained in a sentence that opens with a year decades before the report's own (fortieth
round's read40: "Đầu năm 1938, đồng chí A, Thường vụ Xứ ủy, Bí thư Thành ủy Hà Nội ..." in a centenary article of
2017) was held then: "former" (:func:`_told_decades_ago`).

An appointment the report tells as halted is not done (thirty-sixth round: :func:`_halted_acts`, ``halted_acts.tsv``):
"tạm dừng việc bổ nhiệm lại chức Giám đốc Bệnh viện X đối với ông A" leaves the post held.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from kg.loaders.dates import days_from, find_dates, written_dates
from kg.model import Extraction, PartialDate, PostMention, Report, Span
from kg.textkey import key as text_key

from .asked_removals import asked_removals
from .captions import past_captions
from .charged_acts import charged_acts
from .doc_tables import alternation, read_tsv, whole_words, words_by_use
from .elected_lists import elected_lists
from .founded_heads import founded_heads
from .lexicon import lexicon, status_cue_keys
from .named_removals import named_removals
from .organizations import old_body_pattern
from .post_keys import post_key
from .reelection import reelect
from .sentences import sentence_index, sentences
from .successors import moved_predecessors, retired_predecessors, seat_roles, successors, unposted_predecessors
from .tenure_dates import report_day, report_year, year_dated


@cache
def _earlier() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(words opening a sentence told as before the event, words of the same sitting or day, words opening
    a later step of a career), on the report's key (``earlier_acts.tsv``): "Trước đó, ...", "Trước đó ngày
    6/1, ..."; "sáng nay", "các đại biểu"; "Một năm sau, ...", "2 năm sau", "Hồi tháng 3 ..."."""
    words = words_by_use("earlier_acts.tsv")
    lead = r"[\s\"“'(]*"
    opening = re.compile(rf"{lead}(?:{alternation(words['earlier'])})(?![\w])")
    same = whole_words([*words['same'], *words['also']])
    step = re.compile(rf"{lead}(?:{text_key('trong')}\s+)?(?:\d+\s+)?(?:{alternation(words['step'])})(?![\w])")
    before = re.compile(rf"{lead}(?:{alternation(words['before'])})(?![\w])")
    return opening, same, step, before


@cache
def _sitting() -> re.Pattern[str]:
    """A numbered sitting named as where an act was done, on the report's key (``earlier_acts.tsv``, use
    ``sitting``): "Tại Đại hội đại biểu toàn quốc lần thứ XII", "Tại Hội nghị lần thứ nhất Ban Chấp hành Trung
    ương Đảng, khóa XII", "Tại kỳ họp lần thứ 8", "tại Đại hội Đảng bộ tỉnh lần thứ XVI". A congress named by
    its term alone is as named ("Tại Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025": forty-second round, written34)."""
    words = words_by_use("earlier_acts.tsv")["sitting"]
    term = rf"{text_key('nhiệm kỳ')}\s+\d{{4}}\s*-\s*\d{{4}}(?![\w/.-])"
    return re.compile(rf"(?<![\w])(?:tại|trong)\s+(?:{alternation(words)})(?![\w])[^,.;]{{0,80}}?"
                      rf"(?:lần thứ\s+\w+|(?<![\w])[xvi]{{1,5}}(?![\w])|(?<![\w/.-])\d{{1,2}}(?![\w/.-])|{term})")


# A year step opening a sentence, on the report's key: "năm 2013,", "đầu năm 2007 ", "tháng 6/2013,".
_YEAR_STEP = re.compile(r"[\s\"“'(]*(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+(\d{4})|tháng\s+\d{1,2}\s*[/-]\s*(\d{4}))"
                        r"(?![\w/-])")


@cache
def _still() -> re.Pattern[str]:
    """Words saying a post is held to this day ("đến nay", "hiện vẫn": ``career_moves.tsv`` kind still)."""
    words = [text_key(r["word"]) for r in read_tsv("career_moves.tsv") if r["kind"] == "still"]
    return whole_words(words)


@cache
def _going_on() -> re.Pattern[str]:
    """Words opening a sentence that tells the content of the act the sentence before named ("Theo đó, ...":
    ``earlier_acts.tsv`` use ``continue``), on the report's key."""
    return re.compile(rf"[\s\"“'(]*(?:{alternation(words_by_use('earlier_acts.tsv')['continue'])})(?![\w])")


def _goes_on_earlier(k: str, sents: list[Span], i: int, opening: re.Pattern[str], same: re.Pattern[str]) -> bool:
    """Sentence ``i`` opens with "Theo đó" after a sentence told as before the event, with no word of the same
    sitting or day in it: "Trước đó ngày 21/4, HĐND tỉnh tổ chức kỳ họp bất thường bầu bổ sung ... Theo đó,
    ông X được bầu giữ chức Chủ tịch tỉnh." tells the earlier act's content."""
    if i <= 0 or opening.match(k, sents[i - 1].start) is None or same.search(k, sents[i - 1].start, sents[i - 1].end):
        return False
    return _going_on().match(k, sents[i].start) is not None or _goes_on_untimed(k, sents, i, same)


# A sentence opening with a time of its own, on the report's key: "Ngày 5/3, ...", "Sáng 6/1 ...", "Hiện nay, ..."
_OWN_TIME = re.compile(r"[\s\"“'(]*(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|tuần|tháng|năm|đầu|cuối|giữa|từ|sau|đến|tới|"
                       r"hiện|nay|trước|khi|lúc|vào|tại|trong)(?![\w])")


def _goes_on_untimed(k: str, sents: list[Span], i: int, same: re.Pattern[str]) -> bool:
    """Sentence ``i`` goes on, in the paragraph of the sentence before it, with no time, sitting or place of its
    own: "Trước đó, ngày 20/2, Ủy ban Kiểm tra Tỉnh ủy đã kỷ luật cảnh cáo bà A. Ông B, Phó Giám đốc, bị cách
    chức Bí thư Chi bộ." tells the same earlier time."""
    return "\n" not in k[sents[i - 1].end : sents[i].start] and _OWN_TIME.match(k, sents[i].start) is None \
        and not _same_day().search(k, sents[i].start, sents[i].end)


@cache
def _same_day() -> re.Pattern[str]:
    """The words of the same sitting or day alone (``earlier_acts.tsv``, use ``same``), on the report's key: in a
    sentence that goes on after an earlier act, "cũng" (use ``also``) adds one more act to that earlier one ("Trước
    đó, ngày 8/12, Ban Thường vụ đã họp, phân công A ... Ban Thường vụ cũng quyết định điều động B ..."), where in
    the earlier sentence itself it joins the earlier act to the report's event."""
    return whole_words(words_by_use("earlier_acts.tsv")["same"])


def _earlier_step(x: PostMention, pm: PostMention) -> bool:
    """``x`` is dated before ``pm`` (a step told later in the text but earlier in time: "Tháng 3/2015, ...")."""
    return x.start is not None and x.start.year is not None and pm.start is not None and \
        (x.start.year, x.start.month or 0) < (pm.start.year or 0, pm.start.month or 0)


def _later(a: PostMention, b: PostMention) -> bool:
    """``b``'s act came after ``a``'s, or ``b`` has no date of its own (the report's act)."""
    if b.start is None or b.start.year is None:
        return True
    assert a.start is not None
    return (b.start.year, b.start.month or 0) > (a.start.year or 0, a.start.month or 0)


def settle_past_steps(report: Report, extraction: Extraction) -> None:
    """Pipeline component: a person's dated career step told after the report's own appointment of
    that person is "former" (a seat "holds"), see the module's docstring; then a held post chosen again
    in its sentence is this report's act (:func:`.reelection.reelect`), once the steps are settled, and
    the held titles of a photo caption of the past are former (:func:`.captions.past_captions`), and so are
    the posts of a removal voters ask about (:func:`.asked_removals.asked_removals`) and of an appointment
    cited as someone else's fault (:func:`.charged_acts.charged_acts`), and the head of a body founded in the
    report's act is appointed (:func:`.founded_heads.founded_heads`), and so are the members listed under a body the
    report told an election into (:func:`.elected_lists.elected_lists`) (persons listed with their titles before one
    election verb each gain its post in officials' ``_coordinated``); a held post a removal names by its role alone
    is left (:func:`.named_removals.named_removals`); last, a post held that the report gives someone else is left
    (:func:`.successors.successors`), a predecessor named with no post of his own where the act replaces him left
    the post his replacer gains (:func:`.successors.unposted_predecessors`), and one whose holder the report's act
    replaces, named as already retired, former (:func:`.successors.retired_predecessors`); before that, the post
    such a predecessor is named moving to holds (:func:`.successors.moved_predecessors`). A step settled here keeps
    its status through the re-election rule: a re-election told in a past step's sentence is that step's act ("Tại
    đại hội Đảng bộ thành phố khoá 10, nhiệm kỳ 2015-2020, ông X tái cử Phó bí thư Thành ủy", after the report's own
    appointment of X), not this report's (:func:`_keep_steps`)."""
    was = {id(pm): pm.status for pm in extraction.posts}
    _dated_before_report(report, extraction)
    _removed_before_report(report, extraction)
    _day_dated_before_report(report, extraction)
    _open_last_steps(report, extraction)
    _settle_steps(report, extraction)
    _moved_in_submission(report, extraction)
    steps = {id(pm): pm.status for pm in extraction.posts if was[id(pm)] == "appointed" and pm.status != "appointed"}
    reelect(report, extraction)
    _keep_steps(extraction, steps)
    past_captions(report, extraction)
    asked_removals(report, extraction)
    charged_acts(report, extraction)
    founded_heads(report, extraction)
    elected_lists(report, extraction)
    _halted_acts(report, extraction)
    _told_now_after(report, extraction)  # after every rule that gives an act: then only what it looked back on
    _cited_in_relative(report, extraction)
    named_removals(report, extraction)
    _held_in_named_span(report, extraction)
    moved_predecessors(report, extraction)
    successors(report, extraction, lambda pm: _told_earlier(report, pm))
    unposted_predecessors(report, extraction)
    retired_predecessors(report, extraction)
    _bodies_of_the_past(extraction)  # last: no act of the report's event gives such a post
    _told_decades_ago(report, extraction)


def _in_body_of_the_past(pm: PostMention) -> bool:
    """The post's body, or its role, names a body that no longer exists (organizations.tsv flag ``old``, read by
    :func:`.organizations.old_body_pattern`, the caption rule's list too): its name starts with one ("Xứ ủy Bắc Kỳ",
    "Ủy ban kháng chiến hành chính Liên khu 3"; not "Ban liên lạc truyền thống kháng chiến Liên khu V", an
    association of today), or after the name of a part of a body (a row of organizations.tsv flagged ``sub``:
    "Ban Thường vụ Xứ ủy"), or after "của" in its name (a body of such a body: "Đoàn đàm phán của Chính phủ Cách
    mạng Lâm thời ..."), or its role does ("Xứ ủy viên")."""
    old = old_body_pattern()
    if old.match(text_key(pm.role).lower()):
        return True
    if pm.org is None:
        return False
    name = text_key(pm.org.name).lower()
    row = lexicon().orgs.get(pm.org.kind)
    if row is not None and "sub" in row.flags:
        head = text_key(row.canonical).lower()
        name = name[len(head):].lstrip() if name.startswith(head) else name
    return old.match(name) is not None or _of_old_body(name, old)


def _of_old_body(name: str, old: re.Pattern[str]) -> bool:
    """``name`` (a body's name, on its text key, lower case) names a body OF an old body: an old body's form
    right after a word "của" in it ("đoàn đàm phán của chính phủ cách mạng lâm thời ..."). The old body only
    somewhere in the name is no such tie: "ban liên lạc truyền thống kháng chiến liên khu v" is an association
    of today named after one."""
    return any(old.match(name, m.end()) for m in _OF.finditer(name))


_OF = re.compile(r"(?<![\w])của ")


def _bodies_of_the_past(extraction: Extraction) -> None:
    """A post in a body that no longer exists (the regional Party committees before 1951, the inter-zones and
    their committees of 1948-1957, the resistance committees) is "former" wherever the report names it: no one
    holds it, gains it or leaves it now, whatever the words around its title say (:mod:`.captions` read such a
    body in a photo caption only)."""
    for pm in extraction.posts:
        if pm.status != "former" and _in_body_of_the_past(pm):
            pm.status = "former"


def _keep_steps(extraction: Extraction, steps: dict[int, str]) -> None:
    """Give back the status :func:`_settle_steps` gave (``steps``: id(post) -> status) to each post the
    re-election rule made appointed again."""
    for pm in extraction.posts:
        if id(pm) in steps and pm.status == "appointed":
            pm.status = steps[id(pm)]


def _told_earlier(report: Report, pm: PostMention) -> bool:
    """The post is written in a sentence told as before the report's event ("Trước đó, ...", or "Theo đó, ..."
    after such a sentence), with no word of the same sitting or day before it."""
    opening, same, _step, _before = _earlier()
    sents = sentences(report)
    i = sentence_index(report, pm.span.start)
    k = report.key
    return i >= 0 and (opening.match(k, sents[i].start) is not None and not same.search(k, sents[i].start,
                                                                                           pm.span.start)
                       or _goes_on_earlier(k, sents, i, opening, same))


def _settle_steps(report: Report, extraction: Extraction) -> None:
    """The career steps of :func:`settle_past_steps`."""
    appointed = [pm for pm in extraction.posts if pm.status == "appointed"]
    if not appointed and not any(pm.status == "left" for pm in extraction.posts):
        if len(extraction.posts) > 2 and max(Counter(id(pm.person) for pm in extraction.posts).values()) > 2:
            # a career told as held, step by step: a person with three posts at least
            sents = sentences(report)
            _held_steps(report, extraction, sents, lambda pm: sentence_index(report, pm.span.start))
        return
    sents = sentences(report)

    def sent_of(pm: PostMention) -> int:
        return sentence_index(report, pm.span.start)

    opening, same, step, before = _earlier()
    k = report.key
    for pm in extraction.posts:
        if pm.status not in ("appointed", "left"):
            continue
        i = sent_of(pm)
        if i >= 0 and (opening.match(k, sents[i].start) and not same.search(k, sents[i].start, pm.span.start)
                       or _goes_on_earlier(k, sents, i, opening, same)):
            # gained before the event: held; a removal cited as past: former
            pm.status = "holds" if pm.status == "appointed" else "former"
    for pm in appointed:
        i = sent_of(pm)
        if pm.status != "appointed" or i < 0:
            continue
        m = before.match(k, sents[i].start)
        if m and "," not in k[m.end() : pm.span.start] and not _told_again(report, pm, i, appointed, sents, sent_of):
            pm.status = "holds"  # "Trước khi được điều động làm X, bà ...": X held, the report's act is not X
    appointed = [pm for pm in appointed if pm.status == "appointed"]

    by_person: dict[int, list[PostMention]] = {}
    for pm in appointed:
        by_person.setdefault(id(pm.person), []).append(pm)
    seats = seat_roles()
    for posts in by_person.values():
        if len(posts) < 2:
            continue
        steps = []
        for pm in posts:
            i = sent_of(pm)
            d = pm.start
            dated = year_dated(d)
            if i < 0 or not (dated or d is None and (step.match(report.key, sents[i].start)
                                                     or _sitting().search(report.key, sents[i].start, sents[i].end))):
                continue
            here = {post_key(x) for x in posts if sent_of(x) == i}
            if any(sent_of(q) < i and (not dated or _later(pm, q)) and post_key(q) not in here for q in posts):
                steps.append(pm)
        if not steps:
            continue
        person = steps[0].person
        told = [(sent_of(x), x) for x in extraction.posts if x.person is person and x.role_id not in seats
                and x.status in ("appointed", "holds", "former")]
        for pm in steps:
            # a step a later one follows, told further on, is over; the last one told is held still
            i = sent_of(pm)
            later = any(j > i and post_key(x) != post_key(pm) and not _earlier_step(x, pm)
                        and not (x.status == "former" and x.start is None) for j, x in told)
            pm.status = "holds" if pm.role_id in seats or not later else "former"
    _held_steps(report, extraction, sents, sent_of)


@cache
def _submission() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words opening a sentence that cites a submission, "đã được" then a move word with at most the moving
    body between), on the report's key (``cited_submissions.tsv``): "Theo tờ trình của ..., ông X đã được Bộ
    Chính trị điều động, phân công giữ chức ..."."""
    words = words_by_use("cited_submissions.tsv")
    opening = re.compile(rf"[\s\"“'(]*(?:{alternation(words['opening'])})(?![\w])")
    moved = re.compile(rf"(?<![\w]){text_key('đã được')}\s+(?:[^,.;]{{0,60}}?\s)?(?:{alternation(words['move'])})"
                       r"(?![\w])")
    return opening, moved


def _moved_in_submission(report: Report, extraction: Extraction) -> None:
    """A post a cited submission says the person "đã được" moved to ("Theo tờ trình của Thường trực HĐND tỉnh,
    ông X, Chủ tịch UBND tỉnh, đã được Bộ Chính trị điều động, phân công giữ chức Phó Trưởng Ban ...") was given
    before the sitting, by another body: the reason for the sitting's own act, not that act. It is held
    ("holds"); the seat the sitting removes him from is left by its own rule."""
    k = report.key
    if "tờ trình" not in k:
        return
    opening, moved = _submission()
    sents = sentences(report)
    for pm in extraction.posts:
        if pm.status != "appointed":
            continue
        i = sentence_index(report, pm.span.start)
        if i < 0 or opening.match(k, sents[i].start) is None:
            continue
        m = moved.search(k, sents[i].start, pm.span.start)
        if m is not None and not re.search(r"[.;]", k[m.end() : pm.span.start]):
            pm.status = "holds"


@cache
def _appointing() -> re.Pattern[str]:
    """The verbs of an appointment (``status_cues.tsv``, status appointed), on the report's key."""
    return whole_words(status_cue_keys("appointed"))


_ACT_REACH = 30  # characters between an appointing verb and the role: "được bầu giữ chức ", "bổ nhiệm làm "
_EARLIER_REACH = 40  # characters before an appointing verb searched for a word of an earlier act ("trước đó")


def _told_again(report: Report, pm: PostMention, i: int, appointed: list[PostMention],
                sents: list[Span], sent_of: Callable[[PostMention], int]) -> bool:
    """The person's appointment to the post ``pm`` (told in sentence ``i`` after "Trước khi") is told in
    another sentence too: the report's own act told again ("Trước khi được bầu làm Bí thư Tỉnh ủy, ông A là
    Phó Bí thư. … Ông A được bầu giữ chức Bí thư Tỉnh ủy."), not a post gained before the report's event.
    Told again: an appointed post of the person with the same role in another sentence, or an appointing verb
    with the role right after it (the role whole: "Bí thư" is not the end of "Phó Bí thư") in another
    sentence that names the person, or in the headline, which may tell the act without the name ("Chủ tịch
    tỉnh được bầu làm Bí thư Tỉnh ủy"); not a verb told as an earlier act ("người trước đó đã được điều động,
    bổ nhiệm làm …": ``earlier_acts.tsv``, use earlier), nor one in a sentence that tells a step of the career
    ("Sau đó, tại Đại hội …, ông A được bầu giữ chức …": uses then and step)."""
    if any(q.person is pm.person and q is not pm and q.status == "appointed" and sent_of(q) != i
           and (q.role_id, q.deputy) == (pm.role_id, pm.deputy) for q in appointed):
        return True
    k = report.key
    others = {sentence_index(report, s.start) for s in pm.person.spans or [pm.person.span]}
    others.add(0)  # the headline
    others.discard(i)
    others.discard(-1)
    if not others:
        return False
    role = re.compile(rf"(?<![\w])(?<!{text_key('phó')} )(?:{re.escape(text_key(pm.role))})(?![\w])")
    earlier = _earlier_anywhere()
    for j in sorted(others):
        sent = sents[j]
        if _career_step_opening().match(k, sent.start):
            continue  # "Sau đó, tại Đại hội …, ông A được bầu giữ chức Phó Bí thư": a step of the career told
        for v in _appointing().finditer(k, sent.start, sent.end):
            if role.search(k, v.end(), min(sent.end, v.end() + _ACT_REACH)) \
                    and not earlier.search(k, max(sent.start, v.start() - _EARLIER_REACH), v.start()):
                return True
    return False


@cache
def _career_step_opening() -> re.Pattern[str]:
    """Words opening a sentence that tells a step of a career, not the report's act: "Sau đó, …", "Một năm
    sau, …" (``earlier_acts.tsv``, uses then and step), on the report's key."""
    words = words_by_use("earlier_acts.tsv")
    return re.compile(rf"[\s\"“'(]*(?:\d+\s+)?(?:{alternation([*words['then'], *words['step']])})(?![\w])")


@cache
def _earlier_anywhere() -> re.Pattern[str]:
    """The words of an act told as done before the report's event (``earlier_acts.tsv``, use earlier), anywhere."""
    return whole_words(words_by_use("earlier_acts.tsv")["earlier"])


def _held_steps(report: Report, extraction: Extraction, sents: list[Span],
                sent_of: Callable[[PostMention], int]) -> None:
    """A step told as held in a sentence opening with its year ("Đầu năm 2007, ông X là Bí thư Quận ủy quận 2
    trước khi trở thành ..."), after the person's appointment told earlier (the report's act) and before
    another post of the person told further on, is over: "former". So is one in a sentence opening with its
    distance from the step before ("Một năm sau, ông X giữ chức Bí thư Thành đoàn", "Trong sáu năm sau đó ông
    đảm nhận vị trí ...": :func:`_relative_step`) when another post of the person is told before it and
    another further on: a middle step of a career told in order. Not when the sentence says the post is
    held to this day ("Từ năm 2015 đến nay, ông là ..."), nor for a seat in a body."""
    k = report.key
    seats = seat_roles()
    still = _still()
    step = _earlier()[2]
    posts = extraction.posts
    # a middle step needs a post of the person told before it and one after it: three posts at least
    count = Counter(id(x.person) for x in posts)
    for pm in posts:
        if pm.status != "holds" or pm.role_id in seats or count[id(pm.person)] < 3:
            continue
        i = sent_of(pm)
        if i < 0:
            continue
        d = pm.start
        relative = _relative_step(k, sents[i], step)
        if not relative:
            if d is None or d.year is None or d.day is not None or d.inferred_year:
                continue
            m = _YEAR_STEP.match(k, sents[i].start)
            if m is None or int(m.group(1) or m.group(2)) != d.year:
                continue
        if still.search(k, sents[i].start, sents[i].end):
            continue
        mine = [(sent_of(x), x) for x in posts if x.person is pm.person and x is not pm]
        # before it: another post of the person (a relative step), the person's appointment (a year's step)
        if any(j < i and (relative or x.status == "appointed") for j, x in mine) and any(
                j > i and x.role_id not in seats and post_key(x) != post_key(pm) and not _earlier_step(x, pm)
                and x.status in ("appointed", "holds", "former") for j, x in mine):
            pm.status = "former"


def _relative_step(k: str, sent: Span, step: re.Pattern[str]) -> bool:
    """The sentence opens with a step of a career told by its distance from the one before ("Một năm sau,
    …", "Trong sáu năm sau đó …", "5 năm tiếp theo (1989-1994) …": ``earlier_acts.tsv``, use ``step``; not
    "Hồi tháng 3 …", a month of its own), on the report's key ``k``."""
    m = step.match(k, sent.start)
    return m is not None and not k[sent.start : m.end()].lstrip(' "“\'(').startswith(text_key("hồi"))


# A career step opening its sentence (or its line, after a bullet) with the date it began and no end: "Từ tháng
# 7/2020, ông là ...", "- Từ 6/2021: Ủy viên ...", "Kể từ năm 2019, bà giữ chức ...", on the report's key. The
# date is a month with its year, a day with them, or a year; no end follows it ("Từ năm 2010 - 2015", "Từ
# tháng 3/1990 đến tháng 6/2001" and "từ 2003 đến nay" are other shapes).
_OPEN_STEP = re.compile(r"[\s\"“'(]*(?:[-+•*]\s*)?(?:kể\s+)?từ\s+(?:(?:đầu|cuối|giữa)\s+)?"
                        r"(?:(?:ngày\s+)?\d{1,2}\s*[/.-]\s*)?(?:(?:tháng\s+)?\d{1,2}\s*[/.-]\s*|năm\s+)?(\d{4})"
                        r"(?![\w/])(?!\s*(?:[-–]|đến|tới|cho\s+đến)(?![\w]))")


def _open_last_steps(report: Report, extraction: Extraction) -> None:
    """The last step of a career told from the date it began, with no end ("- 2/2024 - 6/2025: Giám đốc Sở X.
    - Từ 7/2025: Phó Chủ tịch UBND tỉnh Y."; "Năm 2015, ông là A. Từ tháng 7/2020, ông là B.") is held: the
    text says the person has held it since then and tells nothing after it. The word "từ" ("since") reads
    as a past cue, and a career line without "đến nay" as over; a step of its sentence's opening date
    (:data:`_OPEN_STEP`) read former is held again when no post of the same person begins later, nor is
    told in a later sentence as held or gained (not a seat kept beside other posts, ``seat_roles.tsv``).
    A step a later one follows stays former; so does a post its sentence tells in a list of past ones ("Từ tháng
    7/2008, ông giữ các chức vụ Phó Bí thư, Chủ tịch UBND, Bí thư Tỉnh ủy": :func:`_past_list_words`). The report's
    own act (:func:`_own_act`: "- Ngày 29/9/2023: được điều động giữ chức Bí thư Tỉnh ủy") is no later step:
    a transfer does not itself end the post held before it (the gold convention of the twenty-fifth round)."""
    k = report.key
    if "từ" not in k:
        return
    posts = extraction.posts
    sents: list[Span] | None = None
    seats = seat_roles()
    for pm in posts:
        d = pm.start
        if pm.status != "former" or pm.end is not None or d is None or d.year is None or d.inferred_year:
            continue
        sents = sents or sentences(report)
        i = sentence_index(report, pm.span.start)
        if i < 0:
            continue
        m = _OPEN_STEP.match(k, sents[i].start)
        if m is None or int(m.group(1)) != d.year or _past_list_words().search(k, sents[i].start, pm.span.start):
            continue
        mine = [x for x in posts if x.person is pm.person and x is not pm and post_key(x) != post_key(pm)]
        if any(_earlier_step(pm, x) and not _own_act(x) for x in mine):
            continue  # a later step of the career
        if any(sentence_index(report, x.span.start) > i and x.role_id not in seats and x.start is None
               and x.status in ("holds", "appointed") for x in mine):
            continue  # "Hiện ông là ...": a later post held now
        pm.status = "holds"


def _own_act(pm: PostMention) -> bool:
    """The post is gained in an act told with its day or with no date: the report's own, not a step of a
    career (a step is dated by its month or year: "Tháng 10/2020, ông được bầu ...")."""
    return pm.status == "appointed" and (pm.start is None or pm.start.day is not None)


@cache
def _past_list_words() -> re.Pattern[str]:
    """Words telling posts as past ones, on the report's key: the cues of a career list (``career_cues.tsv``:
    "từng là", "lần lượt giữ", "giữ các chức vụ") and the prefixes "nguyên", "cựu"."""
    cues = [text_key(r["cue"]) for r in read_tsv("career_cues.tsv") if r["status"] in ("", "former")]
    return whole_words([*cues, text_key("nguyên"), text_key("cựu")])


def _dated_before_report(report: Report, extraction: Extraction) -> None:
    """An appointment the dating pass dated (:mod:`.tenure_dates`) by a year or a month of a year, no day,
    before the report's own date is a step the report looks back on, not its event: "Tại Đại hội XII (năm
    2016), ông được bầu vào Ban Chấp hành Trung ương Đảng" or "Tháng 5/2014, ông được điều
    động giữ chức Bí thư Tỉnh ủy" in a report of 2017 (the gold's "appointed" is a post given in this
    report's event). Only an act told in the post's own sentence: a post one mention of which the report
    re-elects now and another tells gained years ago ("tái đắc cử Bí thư Tỉnh ủy" in the headline, "từ tháng
    2/2016 được phân công giữ chức Bí thư Tỉnh ủy" in the career) keeps the act of its first mention
    (:func:`_dated_here`). :mod:`.officials` settles the dates it reads itself before this pass; a seat dated by its
    congress's term (the year written in its sentence), or an act dated through its decision, gets its date only
    here; an act with no date of its
    own is dated by the year its sentence opens with (:func:`_opening_year`: "Năm 2014, khi đang là Ủy viên Ủy
    ban Kiểm tra Trung ương, ông được điều động ... giữ chức Phó Bí thư Tỉnh ủy"). The post is held
    (:func:`_looked_back_status`). The report's date is its own (:func:`.tenure_dates.report_year`: else the
    latest date its text writes with a day or a month; a report with neither keeps every post as read); a
    month of the report's year counts when the report gives its month. An act told with its day is the
    report's event, or cited with its full date, which :mod:`.officials` reads."""
    if not any(pm.status == "appointed" for pm in extraction.posts):
        return
    now = report_year(report)
    if now is None:
        return
    before_report = _before_report(report, now)
    for pm in extraction.posts:
        if pm.status != "appointed":
            continue
        d = pm.start if pm.start is not None else _opening_year(report, pm)
        if not year_dated(d) or not _dated_here(report, pm, d):
            continue
        if before_report(d):
            pm.status = _looked_back_status(extraction, pm)


def _before_report(report: Report, now: int) -> Callable[[PartialDate], bool]:
    """Whether a date of a year (and perhaps a month) is before the report's year ``now``; a month of that year
    counts when the report gives its own month."""
    pub = report.published
    month = pub.month if pub is not None and pub.year == now and not pub.inferred_year else None

    def before(d: PartialDate) -> bool:
        assert d.year is not None
        return d.year < now or (month is not None and d.month is not None and d.year == now and d.month < month)
    return before


_NO_YEAR = 10_000  # the report's year when it writes none: every year written is before it


def _removed_before_report(report: Report, extraction: Extraction) -> None:
    """A removal the dating pass dated by a year or a month of a year, no day, before the report's own date, in the
    post's own sentence, is cited as past: "former", not "left" (the gold's convention: "A removal the report cites as
    past is 'former'"). "Được biết, năm 2021 ông X đã bị cách chức Phó Giám đốc Sở Xây dựng" in a report of a trial
    held years later. The report's date and the month rule are :func:`_dated_before_report`'s; a removal told with
    its day is the report's event or cited with its full date, which :mod:`.officials` reads. A report that writes
    no year of its own (no date, and none with a day or a month in its text: "chiều 12/4, TAND tỉnh tuyên phạt
    ...") tells its event by the day; a removal it dates by a year alone is cited as past too."""
    if not any(pm.status == "left" for pm in extraction.posts):
        return
    before_report = _before_report(report, report_year(report) or _NO_YEAR)
    for pm in extraction.posts:
        d = pm.end
        if pm.status != "left" or not year_dated(d) or not _dated_here(report, pm, d):
            continue
        if before_report(d):
            pm.status = "former"


_LOOKED_BACK_DAYS = 60  # an act this many days or more before the report's own day is told as background


def _day_dated_before_report(report: Report, extraction: Extraction) -> None:
    """An appointment or a removal dated with its day and its year at the head of its sentence, months before the
    report's own day, is one the report looks back on (thirty-eighth round): "Ngày 26/1/2015, ông X được bầu làm
    Chủ tịch UBND thành phố." in a report whose event is told "Sáng 16/6, ..." is a post held now
    (:func:`_looked_back_status`), a removal so told is cited as past ("former"). Why the year is the signal: a
    report tells its own event by its day alone ("Chiều 27-6, ..."); a writer who gives the year places the act
    in another time. A sentence opening with "Theo đó" tells the content of the act the sentence before dates so
    ("Ngày 6-2-2017, Ban Thường vụ Thành ủy công bố quyết định ... Theo đó, ông X thôi giữ chức Trưởng ban
    Tuyên giáo đến nhận nhiệm vụ Bí thư Quận ủy"). Why only the sentence's opening clause (:func:`_opening_day`): a
    decision's own date ("công bố Quyết định số 439-QĐNS/TW ngày 6/2/2017 ... chỉ định ...") is the date of the
    act the report's event makes known; a date the sentence writes as its act's own day anywhere in it ("... bổ
    nhiệm giữ chức Trưởng ban Tuyên giáo Thành ủy vào ngày 6.3.2017", :func:`_act_day`) counts as well. Why months
    (:data:`_LOOKED_BACK_DAYS`): an act signed a few days before the ceremony the report tells is that ceremony's
    act. The report's day is its date, else the first day its text writes without a year before the act's sentence
    (:func:`.tenure_dates.report_day`), taken as the first such day on or after the act's
    (:func:`kg.loaders.dates.days_from`); a report with neither keeps its posts."""
    for pm in extraction.posts:
        d = pm.start if pm.status == "appointed" else pm.end if pm.status == "left" else None
        if d is None or d.year is None or d.month is None or d.day is None or d.inferred_year:
            continue
        i = sentence_index(report, pm.span.start)
        if i < 0:
            continue
        sents = sentences(report)
        today = report_day(report, sents[i].start)
        if today is None or (days := days_from(d, today, after=True)) is None or days < _LOOKED_BACK_DAYS:
            continue
        if not _opening_day(report, sents[i], d) and not _act_day(report, sents[max(i - 1, 0) : i + 1], d) and not (
                i > 0 and _going_on().match(report.key, sents[i].start) and _opening_day(report, sents[i - 1], d)):
            continue
        pm.status = _looked_back_status(extraction, pm) if pm.status == "appointed" else "former"


def _opening_day(report: Report, sent: Span, d: PartialDate) -> bool:
    """The date ``d``, written with its year, stands in the opening clause of the sentence (up to its first
    comma): "Ngày 9-9-2016, bà A đã ký quyết định bổ nhiệm ...", "Trong cuộc bầu cử ngày 22/5/2016, ..."."""
    comma = report.key.find(",", sent.start, sent.end)
    end = sent.end if comma < 0 else comma
    return any(m.date == d for m in find_dates(report.text[sent.start:end], key=report.key[sent.start:end]))


@cache
def _act_day_words() -> re.Pattern[str]:
    """The words right before "ngày D" that date the act its sentence tells (``tenure_act_dates.tsv``, use
    ``act_day``: "vào"), ending a text on the report's key."""
    words = words_by_use("tenure_act_dates.tsv")["act_day"]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})\s+$")


def _act_day(report: Report, sents: list[Span], d: PartialDate) -> bool:
    """The date ``d``, written with its year, stands in one of ``sents`` (the post's sentence and the one before
    it, which a title told again names back: "Ông X được bổ nhiệm giữ chức Trưởng ban Tuyên giáo Thành ủy vào ngày
    6.3.2017. Trước khi được bổ nhiệm làm Trưởng ban Tuyên giáo Thành ủy, ...") as the day of its act
    (``tenure_act_dates.tsv``, use ``act_day``), not as a decision's date."""
    k = report.key
    return any(m.date == d and _act_day_words().search(k, max(s.start, s.start + m.span.start - 12),
                                                         s.start + m.span.start)
               for s in sents for m in find_dates(report.text[s.start:s.end], key=k[s.start:s.end]))


def _looked_back_status(extraction: Extraction, pm: PostMention) -> str:
    """The status at the report's date of a post gained in an act the report looks back on: "former" when it
    has an end, or when it is no seat (``seat_roles.tsv``) and a post of the same person begins later (a
    later step of the career); else "holds"."""
    if pm.end is not None:
        return "former"
    if pm.role_id in seat_roles():
        return "holds"
    later = any(x.person is pm.person and x is not pm and x.role_id not in seat_roles() and post_key(x) != post_key(pm)
                and _earlier_step(pm, x) for x in extraction.posts)
    return "former" if later else "holds"


@cache
def _now_after_act() -> re.Pattern[str]:
    """A clause opening after a comma with words telling what is held now (``now_after_act.tsv``: "hiện giữ",
    "hiện là", or "hiện" with a count of persons, "hiện 8 người"), on the report's key."""
    words = words_by_use("now_after_act.tsv")
    counted = rf"{text_key('hiện')}\s+\d+\s+(?:{alternation(words['counted'])})"
    return re.compile(rf",\s*(?:(?:{alternation(words['now'])})|{counted})(?![\w])")


def _told_now_after(report: Report, extraction: Extraction) -> None:
    """An appointment whose sentence goes on, after a comma, to tell what the person holds now
    (:func:`_now_after_act`: "..., luân chuyển làm Phó Chủ tịch UBND tỉnh Y, hiện giữ chức Phó Chủ tịch Viện
    Z"; "Tại Đại hội 12, có 11 cán bộ ... trúng cử Ủy viên Trung ương Đảng, hiện 8 người giữ vị trí cấp
    trưởng") is an act the report looks back on: a seat is held; another post is former when a post of the
    same person is named after the words (the step after it), else held. An act told with its day is left as
    read: the report's event may be told so ("Sáng 5/3, ... được bầu ..., hiện ...")."""
    k = report.key
    if "hi" not in k:
        return
    sents = sentences(report)
    pattern = _now_after_act()
    for pm in extraction.posts:
        if pm.status != "appointed" or (pm.start is not None and pm.start.day is not None):
            continue
        i = sentence_index(report, pm.span.start)
        if i < 0:
            continue
        m = pattern.search(k, pm.span.end, sents[i].end)
        if m is None:
            continue
        if pm.role_id in seat_roles():
            pm.status = "holds"
            continue
        after = any(x.person is pm.person and x is not pm and m.end() <= x.span.start < sents[i].end
                    for x in extraction.posts)
        pm.status = "former" if after else "holds"


@cache
def _named_span() -> re.Pattern[str]:
    """A time span named by its holder, right before a title, on the report's key (``period_subject_cues.tsv``):
    "trong thời kỳ ông A làm ", "giai đoạn bà B là ", "thời kỳ ông C giữ chức "; group 1 is the name."""
    words = words_by_use("period_subject_cues.tsv")
    verbs = [*words["verb"], *(text_key(r["word"]) for r in read_tsv("link_verbs.tsv"))]  # the linking verbs too
    who = alternation(text_key(w) for w in ("ông", "bà"))
    return re.compile(rf"(?<![\w])(?:{alternation(words['span'])})\s+(?:{who})\s+((?:\w+\s+){{1,{_MAX_NAME}}}?)"
                      rf"(?:{alternation(verbs)})\s+$")


_MAX_NAME = 4  # syllables of a name after "ông"/"bà"


def _held_in_named_span(report: Report, extraction: Extraction) -> None:
    """A title written right after a time span named by its holder ("Trong thời kỳ ông A làm Giám đốc Sở X,
    nhiều dự án bị chậm", "giai đoạn ông A là Bộ trưởng", "thời kỳ ông A giữ chức Chủ tịch HĐQT"): the span is
    past, so the post is former, not held (or gained) now. "Trong thời gian ông A làm ..." is status_cues.tsv's
    clause cue, which reaches every title of the clause (``period_subject_cues.tsv`` says why it is not listed). The
    words between "ông"/"bà" and the verb are a name, each written with a capital: "trong thời kỳ ông về làm ..."
    names nobody and is left as read."""
    k = report.key
    if "ông" not in k and "bà" not in k:
        return
    pattern = _named_span()
    for pm in extraction.posts:
        if pm.status not in ("holds", "appointed"):
            continue
        i = sentence_index(report, pm.span.start)
        if i < 0:
            continue
        m = pattern.search(k, sentences(report)[i].start, pm.span.start)
        if m is None or not all(w[:1].isupper() for w in report.text[m.start(1) : m.end(1)].split()):
            continue
        pm.status = "former"


@cache
def _relative_act() -> re.Pattern[str]:
    """The opening of a relative clause that describes the person just named by an act (``relative_acts.tsv``), on
    the report's key: ", người trước đó đã bị ", " - người bị ", ", người đã được "."""
    words = words_by_use("relative_acts.tsv")
    return re.compile(rf"[,\-–]\s*(?:{alternation(words['who'])})\s+(?:(?:{alternation(words['mark'])})\s+)*"
                      rf"(?:{alternation(words['passive'])})(?![\w])")


_OTHER_PERSON = re.compile(r"(?<![\w])(?:ông|bà|đồng chí)\s")  # on the key: a second person's title


def _cited_in_relative(report: Report, extraction: Extraction) -> None:
    """A post written in a relative clause that describes the person just named by an act ("thay ông A - người trước
    đó đã bị Trung ương Đảng cách chức Bí thư Thành ủy X, Ủy viên Ban Thường vụ", "ông B, người trước đó đã được Thủ
    tướng điều động giữ chức Thứ trưởng": :func:`_relative_act`) is told as who the person is, the report's event
    being another: an appointment there is held, a removal former (the gold's conv25). The clause runs to the end of
    its sentence or a ";", and names no second person before the title; a word of the same sitting or day in it
    ("người đã được bầu sáng nay": ``earlier_acts.tsv``, use same) keeps the act this event's."""
    k = report.key
    if "người" not in k:
        return
    pattern = _relative_act()
    for pm in extraction.posts:
        if pm.status not in ("appointed", "left"):
            continue
        i = sentence_index(report, pm.span.start)
        if i < 0:
            continue
        sent = sentences(report)[i]
        found = list(pattern.finditer(k, sent.start, pm.span.start))
        if not found:
            continue
        m = found[-1]
        between = k[m.end() : pm.span.start]
        if ";" in between or _OTHER_PERSON.search(between) or _same_day().search(k, m.end(), sent.end):
            continue
        pm.status = "holds" if pm.status == "appointed" else "former"


@cache
def _halted() -> re.Pattern[str]:
    """A word of ``halted_acts.tsv`` right before an appointing verb (``status_cues.tsv``), "việc" between them or
    not, on the report's key: "tạm dừng việc bổ nhiệm lại", "tạm dừng bầu"."""
    halted = alternation(text_key(r["word"]) for r in read_tsv("halted_acts.tsv"))
    verbs = alternation(status_cue_keys("appointed"))
    return re.compile(rf"(?<![\w])(?:{halted})\s+(?:{text_key('việc')}\s+)?(?:{verbs})(?![\w])")


def _halted_acts(report: Report, extraction: Extraction) -> None:
    """An appointment whose verb a word of halting stands right before, in the title's clause, up to
    :data:`_ACT_REACH` characters before the title plus the verb (:func:`_halted`: "Tỉnh tạm dừng việc bổ nhiệm lại
    chức Giám đốc Bệnh viện X đối với ông A"), was not made: the post is held, with no start from the act."""
    k = report.key
    if "dừng" not in k and "hoãn" not in k:
        return
    pattern = _halted()
    for pm in extraction.posts:
        if pm.status != "appointed":
            continue
        i = sentence_index(report, pm.span.start)
        if i < 0:
            continue
        first = sentences(report)[i].start
        found = list(pattern.finditer(k, max(first, pm.span.start - _HALTED_REACH), pm.span.start))
        m = found[-1] if found else None  # the last before the title
        if m is None or any(c in k[m.end() : pm.span.start] for c in ";.:") or pm.span.start - m.end() > _ACT_REACH:
            continue
        pm.status = "holds"
        if pm.start is not None and pm.start.day is not None:
            pm.start = None  # the day of a halted act starts nothing


_HALTED_REACH = 80  # characters before a title searched for "tạm dừng việc bổ nhiệm lại chức "


def _opening_year(report: Report, pm: PostMention) -> PartialDate | None:
    """The year (with its month, if written) that opens the sentence of the post's title: "Năm 2014, ...",
    "Cuối năm 2013 ...", "Tháng 6/2013, ..." (:data:`_YEAR_STEP`), else None."""
    i = sentence_index(report, pm.span.start)
    if i < 0:
        return None
    m = _YEAR_STEP.match(report.key, sentences(report)[i].start)
    if m is None:
        return None
    if m.group(2):
        month = re.search(r"(\d{1,2})\s*[/-]", m.group(0))
        return PartialDate(int(m.group(2)), int(month.group(1)) if month else None)
    return PartialDate(int(m.group(1)))


def _dated_here(report: Report, pm: PostMention, d: PartialDate) -> bool:
    """The sentence of the post's title writes the year of ``d``: the date is of the act this sentence tells,
    not of another writing of the post. A congress named by its number alone ("Tại Đại hội Đảng khoá XII, ông X
    trúng cử Ủy viên dự khuyết Ban Chấp hành Trung ương") dates the seat's tenure but not the report's event: a
    report of the election may tell it so (tests/test_term_seats25.py)."""
    i = sentence_index(report, pm.span.start)
    if i < 0:
        return False
    sent = sentences(report)[i]
    return re.search(rf"(?<!\d){d.year}(?!\d)", report.key[sent.start : sent.end]) is not None


_DECADES = 20  # years between a sentence's opening year and the report's: the sentence tells history
# A year opening a sentence, on the report's key: "Năm 1938,", "Đầu năm 1938", "Tháng 10/1940,", "Ngày 3/3/1959,",
# "Từ năm 1961 - 1974,"; group 1 is "từ" (a start: its end must follow), group 2 the year.
_OLD_OPENING = re.compile(r"[\s\"“'(]*(?:(kể\s+từ|từ)\s+|vào\s+)?(?:(?:đầu|cuối|giữa)\s+)?"
                          r"(?:năm\s+|tháng\s+\d{1,2}\s*[/.-]\s*|(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)"
                          r"(\d{4})(?![\w/])")
# The end of a range right after an opening year ("- 1974", "đến năm 1976", "đến tháng 5/2007"); group 1 is its year
_SPAN_END = re.compile(r"\s*(?:[-–]|đến|tới)\s*(?:(?:tháng|năm)\s+)?(?:\d{1,2}\s*[/.-]\s*){0,2}(\d{4})(?![\w/])")


@cache
def _then_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the words opening a sentence that goes on in the time of the sentence before, "Thời gian này, ...";
    a person's age told as the sentence's time, "khi đồng chí mới 23 tuổi"), on the report's key
    (``historical_time_words.tsv``)."""
    words = words_by_use("historical_time_words.tsv")
    then = re.compile(rf"[\s\"“'(]*(?:{alternation(words['then'])})(?![\w])")
    age = re.compile(rf"(?<![\w])(?:khi|lúc)\s+(?:\w+\s+){{0,4}}?(?:{alternation(words['age'])})\s+\d{{1,2}}\s+"
                     rf"{text_key('tuổi')}(?![\w])")
    return then, age


def _latest_written_year(report: Report) -> int | None:
    """The report's year (:func:`.tenure_dates.report_year`), else, for a report with no date of its own, the latest
    year its text writes in a date, the end of a span "(7/7/1917 - 7/7/2017)" included: the report is not older
    than a date it writes."""
    pub = report.published
    if pub is not None and pub.year is not None and not pub.inferred_year:
        return pub.year
    years = [w.date.year for w in written_dates(report.text, key=report.key) if w.date.year is not None]
    now = report_year(report)
    return max([*years, *([now] if now is not None else [])], default=None)


def _opening_old_year(report: Report, sent: Span) -> int | None:
    """The year the sentence opens with (:data:`_OLD_OPENING`), the end's when a range opens it ("Từ tháng 9/1986
    đến tháng 5/2007, ông công tác tại X, sau đó ông được bổ nhiệm giữ chức Y": the posts it tells run to its end at
    least), else None; a start with "từ" counts only with its end after it: "Từ năm 1990, ông là ..." may run to
    this day."""
    k = report.key
    m = _OLD_OPENING.match(k, sent.start)
    if m is None or m.end() > sent.end:
        return None
    end = _SPAN_END.match(k, m.end())
    if m.group(1) and end is None:
        return None
    return int(end.group(1)) if end is not None else int(m.group(2))


def _sentence_year(report: Report, sents: list[Span], i: int) -> int | None:
    """The year sentence ``i`` tells of: the one it opens with; else, when it goes on in its paragraph from a
    sentence that opens with one, that year, if it opens with a word of that time ("Thời gian này, ...") or tells
    its time by a person's age ("... khi đồng chí mới 23 tuổi": :func:`_then_words`)."""
    year = _opening_old_year(report, sents[i])
    if year is not None or i == 0 or "\n" in report.key[sents[i - 1].end : sents[i].start]:
        return year
    then, age = _then_words()
    k, sent = report.key, sents[i]
    if then.match(k, sent.start) is None and age.search(k, sent.start, sent.end) is None:
        return None
    return _opening_old_year(report, sents[i - 1])


def _told_decades_ago(report: Report, extraction: Extraction) -> None:
    """A post told as held or gained in a sentence of a year :data:`_DECADES` or more before the report's
    (:func:`_sentence_year`; the report's year is :func:`_latest_written_year`) was held then, in a life the
    report tells as history: "former". "Đầu năm 1938, đồng chí A, Thường vụ Xứ ủy, Bí thư Thành ủy Hà Nội, về
    ..." and "Tháng 10/1940, ... Đồng chí B làm Bí thư Tỉnh ủy Sơn Tây khi mới 23 tuổi." in a report of 2017.
    Why decades: a post gained a few years back is often held still; one told of a year twenty years gone, with no
    word that it runs to this day (``career_moves.tsv``, kind still: "đến nay"), is a past one. A removal, a
    nomination and a post already former are left as read."""
    posts = [pm for pm in extraction.posts if pm.status in ("holds", "appointed")]
    if not posts:
        return
    sents = sentences(report)
    dated = []  # the posts told in a sentence of a year of its own; the report's year is read only if any
    for pm in posts:
        i = sentence_index(report, pm.span.start)
        if i >= 0 and (year := _sentence_year(report, sents, i)) is not None:
            dated.append((pm, i, year))
    now = _latest_written_year(report) if dated else None
    if now is None:
        return
    for pm, i, year in dated:
        if year > now - _DECADES or _still().search(report.key, sents[i].start, sents[i].end):
            continue
        pm.status = "former"
