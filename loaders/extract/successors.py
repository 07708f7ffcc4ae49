"""A successor named for a post ends it for the person the report names with it: "left".

A predecessor the report names as already retired ("thay bà B, Trưởng ban, đã nghỉ hưu") left the post before
the event: "former" (:func:`retired_predecessors`). A predecessor named with no post of his own in the sentence
that replaces him ("Ông A được bầu làm Chủ tịch thay ông B đã nghỉ theo chế độ", "Ông A thay ông B, Viện trưởng,
nghỉ hưu") held the post his replacer gains (:func:`unposted_predecessors`).

A report tells a set of moves: "Ông B, Phó Chủ tịch UBND tỉnh, được điều động giữ chức Bí thư Huyện ủy Phú
Quốc." and, elsewhere, "ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Phú Quốc giữ chức Trưởng Ban Tổ
chức". A's "Bí thư Huyện ủy Phú Quốc" is written as held, and a transfer alone does not end the title it is
told with (the gold's conv25), but the report gives that very post to B in its event: A leaves it. The gold
reads so ("a successor ... then left"; blind6 vietnews-0228).

A post is such a post when one person holds it at a time (``successor_posts.tsv``: "Bí thư", "Chủ tịch",
"Giám đốc" ..., never a deputy, and not in a body where several hold the role: "Bí thư Trung ương Đảng").
A held post of A ("holds") becomes "left" when another person B has the same role in the same body (the
body's name as kg reads it, tone style and case folded) as "appointed", the report's own act once the past
steps are settled (:mod:`.past_steps` runs this last).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from kg.loaders.dates import days_from, find_dates
from kg.model import Extraction, PersonMention, PostMention, Report, Span
from kg.textkey import key as text_key

from .doc_tables import alternation, read_tsv, words_by_use
from .lexicon import lexicon, status_cue_keys
from .post_keys import folded_post_key, post_key
from .sentences import sentence_index, sentences
from .tenure_dates import report_day, year_dated


@cache
def _posts() -> dict[str, frozenset[str]]:
    """Role (folded) -> body kinds where several hold it (``successor_posts.tsv``)."""
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv("successor_posts.tsv"):
        kinds = row["except_body"].strip()
        out[text_key(row["role"]).lower()] = frozenset() if kinds in ("", "-") else frozenset(kinds.split("|"))
    return out


def _single_post(pm: PostMention) -> tuple[str, str] | None:
    """(role, body) of a post one person holds at a time, folded; None for any other post."""
    if pm.deputy or pm.org is None:
        return None
    role = text_key(pm.role).lower()
    kinds = _posts().get(role)
    if kinds is None or pm.org.kind in kinds:
        return None
    return role, _place_head_body(role, pm) or text_key(pm.org.name).lower()


@cache
def _place_heads() -> dict[str, str]:
    """Role (folded) -> the name (folded) of the body a head of that role written with a place alone heads:
    the rows of ``role_places.tsv`` (which titles.py reads for "Chủ tịch tỉnh X <Name>") whose body is a kind of
    organizations.tsv ("Chủ tịch" -> "ubnd" -> "ủy ban nhân dân"); its "committee" row names no single kind."""
    orgs = lexicon().orgs
    return {text_key(r["role"]).lower(): text_key(orgs[r["body"]].canonical).lower()
            for r in read_tsv("role_places.tsv") if r["body"] in orgs}


def _place_head_body(role: str, pm: PostMention) -> str | None:
    """The body a head written with a place alone heads (:func:`_place_heads`; "Chủ tịch huyện Hóc Môn": the
    people's committee of huyện Hóc Môn, folded as kg names it, "ủy ban nhân dân huyện hóc môn"), so that the
    election of a new
    "Chủ tịch huyện Hóc Môn" ends the post of the "Chủ tịch UBND huyện Hóc Môn" the report names; else None."""
    body = _place_heads().get(role)
    if body is None or pm.org is None or pm.org.kind != _PLACE:
        return None
    return f"{body} {text_key(pm.org.name).lower()}"


_PLACE = "dia_phuong"  # organizations.tsv's kind of a place written as a body ("huyện Hóc Môn")


def successors(report: Report, extraction: Extraction,
               told_earlier: Callable[[PostMention], bool] | None = None) -> None:
    """End each held post that the report gives to someone else (see the module's docstring), and each post gained
    in a step dated by its year that the report's undated act gives to someone else (:func:`.tenure_dates.year_dated`:
    "Tháng 9/2015, Hội nghị ... bầu ông B giữ chức Bí thư Tỉnh ủy" in a report electing B's successor with no date of
    its own: B held the post, "former"); a post
    written in a sentence told as before the report's event (``told_earlier``: "Cách đây hai ngày, ... công bố các quyết
    định điều động ... Theo đó, ông A, Bí thư Tỉnh ủy được điều ra giữ chức ...") ended then: "former". First, a person
    put forward to succeed a named predecessor is nominated to the predecessor's post (:func:`nominated_successors`),
    and a title of a term that ended, written before the post a move gives, is former (:func:`ended_term_titles`)."""
    nominated_successors(report, extraction)
    ended_term_titles(report, extraction)
    given: dict[tuple[str, str], set[int]] = {}
    given_now: dict[tuple[str, str], set[int]] = {}  # given in an act with no date: the report's own
    for pm in extraction.posts:
        if pm.status == "appointed" and (post := _single_post(pm)) is not None:
            given.setdefault(post, set()).add(id(pm.person))
            if pm.start is None:
                given_now.setdefault(post, set()).add(id(pm.person))
    if not given:
        return
    for pm in extraction.posts:
        if pm.status == "appointed" and year_dated(pm.start) and (post := _single_post(pm)) is not None \
                and given_now.get(post, set()) - {id(pm.person)}:
            pm.status = "former"
    for pm in extraction.posts:
        if pm.status != "holds":
            continue
        post = _single_post(pm)
        if post is not None and given.get(post, set()) - {id(pm.person)}:
            pm.status = "former" if told_earlier is not None and told_earlier(pm) else "left"


_MAX_MOVE = 240  # characters between a moved person's old title and the post the act gives: the titles and the verb


@cache
def seat_roles() -> frozenset[str]:
    """Role ids of a seat in a body (``seat_roles.tsv``: "Ủy viên", "Đại biểu", "Tỉnh ủy viên"), kept beside any
    other post: a seat is never vacated by a move, nor does gaining one vacate anything."""
    return frozenset(r["role"] for r in read_tsv("seat_roles.tsv"))


def _same_body(a: PostMention, b: PostMention) -> bool:
    """The two posts' bodies are one as written, or one is the other written shorter ("Tỉnh ủy" beside "Tỉnh ủy
    Bắc Ninh"), folded."""
    assert a.org is not None and b.org is not None
    x, y = text_key(a.org.name).lower(), text_key(b.org.name).lower()
    return x == y or x.startswith(y) or y.startswith(x)


def _written_before_move(report: Report, old: PostMention, new: PostMention) -> bool:
    """``old`` is written after a mention of its holder and at most :data:`_MAX_MOVE` characters before ``new``, in
    its sentence and clause (no ";" between): a title the person is named with before the act's verb."""
    if not 0 <= new.span.start - old.span.end <= _MAX_MOVE or ";" in report.key[old.span.end : new.span.start]:
        return False
    i = sentence_index(report, old.span.start)
    return i == sentence_index(report, new.span.start) and any(
        s.end <= old.span.start and sentence_index(report, s.start) == i
        for s in new.person.spans or [new.person.span])


@cache
def _term_after() -> re.Pattern[str]:
    """A term written right after a title, on the report's key: " khóa XVI", ", nhiệm kỳ 2016 - 2021"; group
    ``term`` is the term's words."""
    return re.compile(rf"\s*,?\s*(?P<term>(?:{alternation([text_key('khóa'), text_key('nhiệm kỳ')])})\s+[^\s,.;:]+"
                      rf"(?:\s*-\s*\d+)?)")


def _of_past_term(report: Report, old: PostMention, new: PostMention) -> bool:
    """``old`` is written with its term and ``new`` is in the same body or one of its kind, not written with that
    same term: the term that ended, as the new term gives the post ("Phó Trưởng Ban Pháp chế HĐND tỉnh khóa XVI, giữ
    chức Trưởng Ban Pháp chế"; not "Phó Chủ nhiệm Ủy ban Kiểm tra khóa XII giữ chức Chủ nhiệm Ủy ban Kiểm tra khóa
    XII")."""
    assert old.org is not None and new.org is not None
    if not (_same_body(old, new) or old.org.kind == new.org.kind):
        return False
    term = _term_after().match(report.key, old.span.end)
    again = _term_after().match(report.key, new.span.end)
    return term is not None and (again is None or again.group("term") != term.group("term"))


def ended_term_titles(report: Report, extraction: Extraction) -> None:
    """A title a person moved in the report's act is written with right before the post the act gives, and with its
    term ("Phó Trưởng Ban Pháp chế HĐND tỉnh khóa XVI, giữ chức Trưởng Ban Pháp chế"), in the new post's body or one
    of its kind, is of a term that ended: "former" (not when the new post repeats that term). Any other title he is
    written with stays held: a transfer does not itself end the title it is told with (tests/gold/README.md,
    conv25); "Bí thư Tỉnh ủy A, giữ chức Bí thư Tỉnh ủy B" is read so too, as the convention's evidence asks,
    until the conventions say otherwise (the read sets split 5:4 on it in the forty-first round). Only a held title
    in the new post's own sentence and clause, after a mention of the person and within :data:`_MAX_MOVE`
    characters before the post, is read."""
    seats = seat_roles()
    gained = [pm for pm in extraction.posts if pm.status == "appointed" and pm.start is None
              and pm.org is not None and pm.role_id not in seats]
    if not gained:
        return
    held: dict[int, list[PostMention]] = {}
    for pm in extraction.posts:
        if pm.status == "holds" and pm.org is not None and pm.role_id not in seats:
            held.setdefault(id(pm.person), []).append(pm)
    for new in gained:
        for old in held.get(id(new.person), []):
            if old.status == "holds" and _written_before_move(report, old, new) and _of_past_term(report, old, new):
                old.status = "former"


_HONORIFICS = ("ông", "bà", "đồng chí")
_MAX_TITLES = 90  # characters of the titles apposed to a predecessor's name: ", Trưởng Ban Văn hóa - Xã hội,"


@cache
def _retired_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the replace words and an honorific ending right before a name, the retired words right after it or after
    its apposed titles), on the report's key (``retired_predecessors.tsv``)."""
    words = words_by_use("retired_predecessors.tsv")
    hon = alternation([text_key(h) for h in _HONORIFICS])
    before = re.compile(rf"(?<![\w])(?:{alternation(words['replace'])})\s+(?:(?:{hon})\s+)?$")
    after = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?(?:\s*,[^.;:]{{1,{_MAX_TITLES}}}?)?,?\s+"
                       rf"(?:{alternation(words['retired'])})(?![\w])")
    return before, after


def retired_predecessors(report: Report, extraction: Extraction) -> None:
    """A post "left" whose holder the report's act replaces, named as already retired ("thay bà B, Trưởng ban,
    đã nghỉ hưu", "thay đồng chí B đã nghỉ hưu theo chế độ từ ngày 1/3"): the vacancy came before the act, so
    the post is "former" (``retired_predecessors.tsv``). Only a mention of the person in the post's own
    sentence, written right after a replace word, is read. A retirement that starts after the report's event ("thay
    ông B, Bí thư Tỉnh ủy, được nghỉ hưu theo chế độ từ ngày 1-11, chiều 30-10 Ban Chấp hành ... đã họp") is the
    vacancy the act fills ahead of it: the post stays "left" (:func:`_retires_after_event`). A predecessor's post
    written with a former prefix right after his name ("thay đồng chí B, nguyên Trưởng Ban Tổ chức Tỉnh uỷ, đã được
    Bộ Chính trị điều động ..."): the text says he no longer held it, "former" (:func:`_named_former`)."""
    left = [pm for pm in extraction.posts if pm.status == "left"]
    if not left:
        return
    k = report.key
    _, after = _retired_patterns()
    sents = sentences(report)
    for pm in left:
        for s, sent_end in _replaced_mentions(report, sents, pm, None):
            m = after.match(k, s.end, sent_end)
            if m is not None:
                if not _retires_after_event(report, m.end(), sent_end):
                    pm.status = "former"
                break
            if _named_former(k, s.end, pm):
                pm.status = "former"
                break


@cache
def _former_prefix() -> re.Pattern[str]:
    """A comma, perhaps "là", and a former prefix of ``status_cues.tsv`` ("nguyên", "cựu"), on the report's key: what
    stands between a predecessor's name and his post written as one he no longer holds."""
    words = status_cue_keys("former", ("prefix",))
    return re.compile(rf"\s*,?\s*(?:là\s+)?(?:{alternation(words)})\s+")


def _named_former(k: str, name_end: int, pm: PostMention) -> bool:
    """The predecessor's name ending at ``name_end`` is followed by a former prefix (:func:`_former_prefix`) and the
    post's role: "thay ông B, nguyên Giám đốc Sở X" (the post kg gave him may be the one his replacer gains, written
    at the replacer's title)."""
    m = _former_prefix().match(k, name_end)
    role = text_key(pm.role).lower()
    end = m.end() + len(role) if m is not None else 0
    return m is not None and k.startswith(role, m.end()) and not k[end : end + 1].isalnum()


_FROM_DAY_REACH = 30  # characters between the retired words and "từ ngày": " theo chế độ", " theo nguyện vọng"


@cache
def _from_day() -> re.Pattern[str]:
    """The words opening a retirement's first day, right before the day, a few words after the retired words, on
    the report's key: the words of ``tenure_act_dates.tsv`` (use effective) that end in "ngày" ("từ ngày", "kể từ
    ngày"; "từ 1-11" alone is too often a span's first end: "từ 1-11 đến ...")."""
    day = text_key("ngày")
    words = [w for w in words_by_use("tenure_act_dates.tsv")["effective"] if w.endswith(day)]
    return re.compile(rf"[^.;]{{0,{_FROM_DAY_REACH}}}?(?<![\w])(?:{alternation(words)})\s+")


def _retires_after_event(report: Report, at: int, sent_end: int) -> bool:
    """The retired words ending at ``at`` are followed by the retirement's first day ("được nghỉ hưu theo chế độ từ
    ngày 1-11") and that day is the event's day or after it: the report tells a retirement still to come, which
    the act fills ahead of time (wtune38 c-02). The event's day is the report's (:func:`.tenure_dates.report_day`):
    its date with its day, else the first day written without a year up to the sentence's end, other than the
    retirement's own ("chiều 30-10"); the two days are read near each other when a year is missing
    (:func:`kg.loaders.dates.days_from`). A report with no day, or a retirement day with no day, keeps the
    retirement before the act."""
    m = _from_day().match(report.key, at, sent_end)
    if m is None:
        return False
    days = find_dates(report.text[: sent_end], key=report.key[: sent_end])
    retire = next((d for d in days if m.start() <= d.span.start <= m.end()), None)  # "ngày 1-11" or "1-11"
    if retire is None or retire.date.day is None:
        return False
    event = report_day(report, sent_end, skip=retire.span)
    return event is not None and (ahead := days_from(event, retire.date)) is not None and ahead >= 0


def _replaced_mentions(report: Report, sents: list[Span], pm: PostMention,
                       before_end: int | None) -> Iterator[tuple[Span, int]]:
    """The mentions of the post's holder in the post's own sentence written right after a replace word ("thay
    bà B", ``retired_predecessors.tsv``), each with its sentence's end; only those starting before ``before_end``
    when it is given (the post's own title, for a move told after the name)."""
    i = sentence_index(report, pm.span.start)
    if i < 0:
        return
    k = report.key
    before, _ = _retired_patterns()
    sent = sents[i]
    limit = sent.end if before_end is None else before_end
    for s in pm.person.spans or [pm.person.span]:
        if sent.start <= s.start < limit and before.search(k, max(sent.start, s.start - 30), s.start):
            yield s, sent.end


_MAX_TO_TITLE = 40  # characters between a predecessor's move verb and its title: " nhận nhiệm vụ ", " giữ chức "


@cache
def _moved_pattern() -> re.Pattern[str]:
    """The words after a predecessor's name, or after the titles apposed to it, telling the predecessor's own move
    (``retired_predecessors.tsv``, uses before_moved and moved): ", vừa được điều động", " - được phân công"."""
    words = words_by_use("retired_predecessors.tsv")
    when = alternation(words["before_moved"])
    # the agent between "được" and its verb ("được Bộ Chính trị phân công"): a few words, checked as a name
    # by :func:`_agent_named`
    verbs = alternation([w.removeprefix("được ") for w in words["moved"] if w.startswith("được ")])
    return re.compile(rf"(?:\s*\([^()]{{0,40}}\))?(?:\s*,[^.;:]{{1,{_MAX_TITLES}}}?)?\s*[,\-–]?\s*"
                      rf"(?:(?P<when>{when})\s+)?(?:{alternation(words['moved'])}"
                      rf"|được\s+{_AGENT}\s+(?:{verbs}))"
                      rf"(?![\w])")


_AGENT_WORDS = 5  # words of an agent between "được" and its verb: "Ban Thường vụ Tỉnh ủy"
# the agent between "được" and its verb, a few words, checked as a name by :func:`_agent_named` (read by the
# moved predecessors' pattern and the nominated successors')
_AGENT = rf"(?P<agent>[^\s,.;:()]+(?:\s+[^\s,.;:()]+){{0,{_AGENT_WORDS - 1}}}?)"


def _agent_named(report: Report, m: re.Match[str]) -> bool:
    """The move words matched have no agent, or one written as a name, with a capital ("được Bộ Chính trị phân
    công", "được Thủ tướng bổ nhiệm"), not a clause ("được cấp trên tin tưởng phân công")."""
    return m.group("agent") is None or report.text[m.start("agent")].isupper()


def moved_predecessors(report: Report, extraction: Extraction) -> None:
    """A post "appointed" whose holder the report's act replaces, named with his own move to it told as done before
    the act ("bầu bà A giữ chức Bí thư Huyện ủy, thay ông B được điều động nhận nhiệm vụ Giám đốc Sở X từ tháng 5",
    "thay ông B vừa được bầu làm Chủ tịch HĐND"): the move is the predecessor's, made before the act, not the report's
    own act, and the post is held now, "holds" (the read sets' gold: blind8 vietnews-0149 "thay ông B mới được điều
    động làm Phó trưởng ban ...", mid23 vietnews-0258, wtune34c-07). Only a title written right after the move words,
    in the sentence of a mention of the person written right after a replace word, is read. A move told with no word
    of an earlier time, no agent and no start (:func:`_told_before`: "thay ông B, Vụ trưởng, được điều động làm Chánh
    Văn phòng Bộ") is one more decision of the set the report announces: it stays "appointed" (written35b-04, -06,
    -08, -10: 4 of 4)."""
    moved = [pm for pm in extraction.posts if pm.status == "appointed"]
    if not moved:
        return
    k = report.key
    sents = sentences(report)
    for pm in moved:
        for s, _ in _replaced_mentions(report, sents, pm, pm.span.start):
            m = _own_move(report, s, pm)
            if m is not None and _told_before(k, m, pm.span.end):
                pm.status = "holds"
                break


def _own_move(report: Report, s: Span, pm: PostMention) -> re.Match[str] | None:
    """The move words (:func:`_moved_pattern`) after the predecessor's mention ``s`` (or his apposed titles) that
    lead right to the post ``pm``, the post his own move gives ("thay ông B, Vụ trưởng, được điều động làm | Chánh
    Văn phòng Bộ"): at most :data:`_MAX_TO_TITLE` characters and no ",;." between; else None."""
    k = report.key
    m = _moved_pattern().match(k, s.end, pm.span.start)
    if m is None or not _agent_named(report, m) or pm.span.start - m.end() > _MAX_TO_TITLE \
            or any(c in k[m.end() : pm.span.start] for c in ",;."):
        return None
    return m


# a start written right after the moved predecessor's new title: " từ tháng 5", ", kể từ ngày 1/3", " từ năm 2019"
_DATED_AFTER = re.compile(r"\s*,?\s*(?:kể\s+)?từ\s+(?:ngày|tháng|năm)?\s*\d")


def _told_before(k: str, m: re.Match[str], title_end: int) -> bool:
    """The predecessor's move matched by ``m`` is told apart from the report's act, as background: a word of time
    stands before its verb (``retired_predecessors.tsv``, use before_moved: "vừa", "mới", "đã"), the body that moved
    him is named ("được Ban Thường vụ Tỉnh ủy điều động làm ...": a decision of its own, written34c-07), or the new
    title is written with its start ("... nhận nhiệm vụ Giám đốc Sở X từ tháng 5", wtune34c-07). A bare "được điều
    động làm X" is one more decision of the set the act announces (written35b-04, -06, -08, -10)."""
    return m.group("when") is not None or m.group("agent") is not None or _DATED_AFTER.match(k, title_end) is not None


def unposted_predecessors(report: Report, extraction: Extraction) -> None:
    """Give a predecessor the post the report's act gives his replacer, when the sentence naming him right after a
    replace word (``retired_predecessors.tsv``: "thay ông B") gives him none: "Ông A, Phó Chủ tịch Hội, được bầu
    làm Chủ tịch thay ông B đã nghỉ theo chế độ" (the role written bare, its body in A's appointment told
    before), "Ông A thay ông B, Viện trưởng, nghỉ hưu từ ngày 1/4" (the act told in the sentence before). The
    replacer is the last person named before the replace word in that sentence; his post is the appointed one
    whose role is written between his name and the replace word, else his only appointed post. B left it in this
    event ("left"; :func:`retired_predecessors`, run after, makes it "former" when B had retired before). B named
    with his own move to another post ("Bà A thay ông B, Vụ trưởng, được điều động làm Chánh Văn phòng Bộ") is still
    given the post A gains: the post his move gives is not it (:func:`_own_move`)."""
    appointed: dict[int, list[PostMention]] = {}
    for pm in extraction.posts:
        if pm.status == "appointed":
            appointed.setdefault(id(pm.person), []).append(pm)
    k = report.key
    if not appointed or not any(w in k for w in words_by_use("retired_predecessors.tsv")["replace"]):
        return  # no replace word in the report ("thay"): a substring test, not a walk over every post
    sents = sentences(report)
    before, _ = _retired_patterns()
    by_sentence: dict[int, list[tuple[Span, PersonMention]]] = {}
    for person in extraction.persons:
        for sp in person.spans or [person.span]:
            by_sentence.setdefault(sentence_index(report, sp.start), []).append((sp, person))
    # a post his own move gives ("thay ông B, Vụ trưởng, được điều động làm Chánh Văn phòng Bộ") is not the one the
    # act vacates: B is still given that one
    posted = {(id(pm.person), sentence_index(report, pm.span.start)) for pm in extraction.posts
              if not any(_own_move(report, sp, pm) for sp, _ in _replaced_mentions(report, sents, pm, pm.span.start))}
    for i, named in by_sentence.items():
        if i < 0:
            continue
        sent = sents[i]
        for sp, person in named:
            if (id(person), i) in posted:
                continue
            cue = before.search(k, max(sent.start, sp.start - 30), sp.start)
            replacer = _replacer(named, cue.start() if cue else -1, person)
            if cue is None or replacer is None or id(replacer[1]) not in appointed:
                continue
            post = _replaced_post(k, appointed[id(replacer[1])], replacer[0].end, cue.start())
            if post is not None:
                extraction.posts.append(replace(post, span=sp, person=person, status="left", start=None, end=None,
                                                id=""))
                posted.add((id(person), i))


def _replacer(named: list[tuple[Span, PersonMention]], at: int,
              replaced: PersonMention) -> tuple[Span, PersonMention] | None:
    """The last person named before offset ``at`` in a sentence's ``named`` (not the one replaced), else None."""
    earlier = [(sp, p) for sp, p in named if sp.end <= at and p is not replaced]
    return max(earlier, key=lambda x: x[0].end) if earlier else None


_LINK_BEFORE_ROLE = re.compile(r"(?<![\w])(?:làm|giữ chức|giữ chức vụ)\s+$")  # on the key: "được bầu làm | Chủ tịch"
_RIGHT_BEFORE_REPLACE = re.compile(r"\s*(?:(?:sẽ|đã|vừa|mới|chính thức)\s+)?$")  # on the key: "ông A | đã | thay ông B"


def _replaced_post(k: str, posts: list[PostMention], lo: int, hi: int) -> PostMention | None:
    """The replacer's appointed post whose role is written bare right before the replace word, in ``k[lo:hi]``
    (between his name and the replace word: "..., được bầu làm Chủ tịch | thay ông B"); else, when nothing but a
    word of time stands there ("Ông A (đã) thay ông B"), his only appointed post (one role and body); else None: a
    role written there that is none of his appointed posts ("ông được bầu làm chủ tịch thay cho ông B" beside
    another post told appointed), a title with its body ("ông A - tân Bí thư Tỉnh ủy X thay thế ông B": the
    officials extractor's to read) or a clause of its own between ("được cử làm Phó trưởng ban, tạm thay ông B
    điều hành") names another post."""
    between = k[lo:hi].rstrip(" ,")
    for pm in posts:
        role = text_key(pm.role).lower()
        if between.endswith(role) and _LINK_BEFORE_ROLE.search(between, 0, len(between) - len(role)):
            return pm
    distinct = {post_key(pm) for pm in posts}
    alone = _RIGHT_BEFORE_REPLACE.fullmatch(k, lo, hi) is not None
    return posts[0] if alone and len(distinct) == 1 else None


@cache
def _nominated_pattern() -> re.Pattern[str]:
    """"(Người) được (agent) giới thiệu kế nhiệm" and the predecessor's honorific, ending right before his name, on
    the report's key (``nominated_successors.tsv``); group ``lead`` is "người" (the nominee named after "là"),
    group ``agent`` the words between "được" and the verb ("Trung ương")."""
    words = words_by_use("nominated_successors.tsv")
    hon = alternation([text_key(h) for h in _HONORIFICS])
    return re.compile(rf"(?<![\w])(?P<lead>người\s+)?được\s+"
                      rf"(?:{_AGENT}\s+)?"
                      rf"(?:{alternation(words['put_forward'])})\s+(?:{alternation(words['succeed'])})\s+"
                      rf"(?:{hon})\s+")


_NAMED_AFTER = re.compile(r"\s+là\s+")  # on the key: "kế nhiệm ông B | là | Bộ trưởng Công an C"
_MAX_TO_NOMINEE = 80  # characters of the titles between "là" and the nominee's name: "Bộ trưởng Công an "


def nominated_successors(report: Report, extraction: Extraction) -> None:
    """Give the post a named predecessor holds or leaves to the person put forward to succeed him, "nominated":
    "Người được Trung ương giới thiệu kế nhiệm ông B là Bộ trưởng Công an C" (C, the first person named after "là"
    with titles only between), "Phó Chủ tịch C được giới thiệu kế nhiệm ông B" (C, named right before "được").
    The text names C's post only through B (read39 vietnews-0157, vietnews-0266); B's post is his one post held by
    one person at a time (``successor_posts.tsv``) that is "left", else "holds" (:func:`_succeeded_post`). A
    predecessor written with an honorific alone ("kế nhiệm ông là C") is not read: whom it stands for is not."""
    k = report.key
    # the pattern holds one of the "succeed" words: a C substring search first, not a regex scan of every key
    if not any(w in k for w in words_by_use("nominated_successors.tsv")["succeed"]):
        return
    mentions = sorted(((sp, p) for p in extraction.persons for sp in (p.spans or [p.span])),
                      key=lambda x: x[0].start)
    starts = {sp.start: (sp, p) for sp, p in mentions}
    sents = sentences(report)
    for m in _nominated_pattern().finditer(k):
        if not _agent_named(report, m) or m.end() not in starts:
            continue
        b_span, b = starts[m.end()]
        i = sentence_index(report, m.start())
        if i < 0:
            continue
        nominee = _nominee(k, mentions, m, b_span, sents[i])
        post = _succeeded_post(extraction, b)
        if nominee is None or nominee[1] is b or post is None:
            continue
        sp, person = nominee
        same = folded_post_key(post)
        if any(pm.person is person and folded_post_key(pm) == same for pm in extraction.posts):
            continue
        extraction.posts.append(replace(post, span=sp, person=person, status="nominated", start=None, end=None,
                                        id=""))


def _nominee(k: str, mentions: list[tuple[Span, PersonMention]], m: re.Match[str], b_span: Span,
             sent: Span) -> tuple[Span, PersonMention] | None:
    """The person put forward in the sentence ``sent`` of the match ``m``: after "Người được ...", the first person
    named after "là" following the predecessor, with no ",;:" between; else the person named right before
    "được" (only spaces between); else None."""
    if m.group("lead"):
        link = _NAMED_AFTER.match(k, b_span.end)
        if link is None:
            return None
        after = [(sp, p) for sp, p in mentions if link.end() <= sp.start < sent.end]
        if not after or after[0][0].start - link.end() > _MAX_TO_NOMINEE \
                or any(c in k[link.end() : after[0][0].start] for c in ",;:"):
            return None
        return after[0]
    before = [(sp, p) for sp, p in mentions if sent.start <= sp.start and sp.end <= m.start()
              and not k[sp.end : m.start()].strip()]
    return before[-1] if before else None


def _succeeded_post(extraction: Extraction, person: PersonMention) -> PostMention | None:
    """The predecessor's post a successor is put forward to: his posts held by one person at a time
    (``successor_posts.tsv``; not a deputy's), those "left" if any, else those held; the one post among them (one
    role and body), else None."""
    own = [pm for pm in extraction.posts if pm.person is person and not pm.deputy
           and (kinds := _posts().get(text_key(pm.role).lower())) is not None
           and (pm.org is None or pm.org.kind not in kinds)]
    for status in ("left", "holds"):
        posts = [pm for pm in own if pm.status == status]
        distinct = {folded_post_key(pm) for pm in posts}
        if posts:
            return posts[0] if len(distinct) == 1 else None
    return None
