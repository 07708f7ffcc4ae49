"""Career histories: lists of posts a person held, and the periods that date them.

Biographies give most of a person's past posts away from the name, in sentences such as
"Ông Tỉnh sinh năm 1958, quê ..., từng đảm nhiệm các chức vụ: Giám đốc Sở Tài chính; Phó Chủ tịch
UBND tỉnh" or "ông từng giữ chức Giám đốc Sở Tài chính, Chủ tịch UBND thành phố rồi Bí thư Thành
ủy". A cue from ``career_cues.tsv`` opens the list; the titles after it (runs joined by ",", ";",
"rồi", "sau đó" or a period) up to the end of the sentence are the posts of the sentence's subject:
the person named last before the cue in that sentence. Two more openings make lists the same way:
a profile's birth and asides (:func:`profile_start`, ``career_asides.tsv``: "Ông A sinh năm 1953,
quê Hà Nội; Ủy viên Trung ương Đảng ...") and a move from one post to another
(:func:`transfer_lists`, ``career_transfers.tsv``: "ông A từ Phó Giám đốc Sở X làm Phó Bí thư ...").
A term list or a term of office between two titles ("các khóa VII, VIII", "nhiệm kỳ 2010-2015")
does not end a list.

Periods ("Từ tháng 3/1990 đến tháng 6/2001, ông ... giữ chức ...", "Phó Giám đốc ... (01/1985 -
10/1987)", "từ năm 2011 đến nay") become the post's start and end (``PostMention.start/.end``):
:func:`read_period` reads one time expression, :func:`title_period` finds the one that dates a
title (right after it, or opening its clause). Only years that are written count: a day and month
alone never date a tenure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import chain

from kg.loaders.extract.lexicon import lexicon, phrase_table, read_rows
from kg.loaders.extract.status import clause_status
from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_tokens, sentence_start
from kg.model import PartialDate
from kg.reference.numerals import is_term_value

# Between the cue and the first title: "các chức vụ:", "chức vụ như", "nhiều chức vụ quan trọng như"
_LEAD = frozenset(phrase_tokens(" ".join(w for (w,) in read_rows("career_lead_words.tsv", 1))))
# Between two titles of one list, beside the run separators the title grammar already reads
_JOIN = phrase_table("career_joins.tsv")
_MAX_LEAD = 10  # "nhiều cương vị công tác, tiêu biểu là:"
# A term list after a title ("Ủy viên Trung ương Đảng các khóa VII, VIII; ...", "khóa XI (dự khuyết),
# khóa XII"), a term of office ("nhiệm kỳ 2010-2015") or a span ("thời kỳ 1958-1963", the historical
# biographies' word for the same years): between two titles of one list
_TERM_WORD = phrase_tokens("khóa")[0]
_PLURAL = phrase_tokens("các")[0]
_FROM = phrase_tokens("từ")[0]
_TO = frozenset(phrase_tokens("đến tới"))
_AND = phrase_tokens("và")[0]
_TERMS_OF_OFFICE = (tuple(phrase_tokens("nhiệm kỳ")), tuple(phrase_tokens("thời kỳ")))
_ALTERNATE = phrase_tokens("dự khuyết")


@cache
def _tables() -> tuple[PhraseIndex, PhraseIndex]:
    cues = PhraseIndex()
    for cue, status, guard in read_rows("career_cues.tsv", 3):
        cues.add(phrase_tokens(cue), (status or "former", guard))
    for cue in beginning_cues():
        cues.add(phrase_tokens(cue), ("former", ""))
    words = PhraseIndex()
    for word, role in read_rows("period_words.tsv", 2):
        if role != "not":
            words.add(phrase_tokens(word), role)
    return cues, words


def beginning_cues() -> list[str]:
    """The cues of a career's first posts: each beginning of ``career_beginnings.tsv`` with each of its
    links ("đi lên từ cơ sở" + "với chức vụ", "khởi đầu sự nghiệp" + "là"). Where a career starts is told
    before its titles, so the posts after such a cue are past ones, as after "từng giữ chức".

    >>> "bắt đầu công tác với cương vị" in beginning_cues()
    True
    """
    rows = read_rows("career_beginnings.tsv", 2)
    links = [w for w, kind in rows if kind == "link"]
    return [f"{w} {link}" for w, kind in rows if kind == "beginning" for link in links]


@cache
def _not_before() -> frozenset[tuple[str, ...]]:
    """Words after which a date is not a tenure's ("sinh năm 1958", "vào Đảng ngày ...")."""
    return frozenset(phrase_tokens(w) for w, role in read_rows("period_words.tsv", 2) if role == "not")


def _after_not_word(toks: Tokens, i: int) -> bool:
    """A date at token i follows a word of birth, Party entry or schooling ("sinh năm 1958"), or
    lies in an aside of a profile ("...; tham gia hoạt động cách mạng năm 1955; nguyên: ...")."""
    nots = _not_before()
    if any(i - m >= 0 and tuple(toks.k[i - m : i]) in nots for m in (1, 2)):
        return True
    births, asides = _aside_tables()
    for a in range(i - 1, max(-1, i - _MAX_ASIDE_LOOKBACK), -1):
        if toks.k[a] in (",", ";", ".", ":") or toks.brk[a + 1]:
            a += 1
            return a < i and (toks.k[a] in asides.firsts and bool(asides.longest(toks, a))
                              or toks.k[a] in births.firsts and bool(births.longest(toks, a)))
    return False


_MAX_ASIDE_LOOKBACK = 8  # tokens between an aside's first word and its date


def career_cue(toks: Tokens, i: int) -> tuple[int, tuple[str, str]] | None:
    """(length, (status, guard)) of a career cue written at token i (guard: "when", "during", "label" or "",
    see ``career_cues.tsv``)."""
    cues, _ = _tables()
    if toks.k[i] not in cues.firsts:
        return None
    hit = cues.longest(toks, i)
    return hit  # type: ignore[return-value]


_WHEN = frozenset(phrase_tokens("khi lúc"))


def when_clause(toks: Tokens, i: int) -> bool:
    """The cue at token i ("còn là", "đang giữ chức": guard "when" of ``career_cues.tsv``) stands in
    a clause opened by "khi"/"lúc" whose subject is written: after it ("Khi ông A còn làm lãnh đạo
    tỉnh X, ở vị trí ...") or right before it ("ông A khi đang giữ chức X thì được phân công về làm
    Y", "Đồng chí A khi còn là Chủ tịch ..."). Back then the post was held: it is a past one. With no
    subject in the clause ("Ông B cho biết, khi còn làm Thường trực Ban Bí thư, đồng chí A ...") the
    post is the subject's after the comma, not the one named before: no list. A pronoun alone ("Khi
    ông còn làm Thủ tướng, ...": an interviewer's question) names nobody of the sentence: no list.
    Alone, "ông A còn là Chủ tịch Hội Y" says he is that too, now."""
    a = _subject_before(toks, i)
    if a < i:
        return a < i - 1 and a > 0 and toks.k[a - 1] in _WHEN and not toks.brk[a]
    if i < 2 or toks.k[i - 1] not in _WHEN or toks.brk[i] or toks.brk[i - 1]:
        return False
    k = i - 2
    return toks.cap[k] and toks.word[k] and toks.k[k] not in _PRONOUNS


_NEGATIONS = frozenset(phrase_tokens("không chưa chẳng"))
_NEVER = frozenset(phrase_tokens("hề bao giờ"))  # "không hề từng", "chưa bao giờ từng"


def _negated(toks: Tokens, i: int) -> bool:
    """The career cue at token i is negated: "chưa từng làm X", "không từng giữ chức X", "chưa bao
    giờ từng là X" say the post was never held (no list; "không còn là X" is a cue of its own)."""
    k = i
    while k > 0 and not toks.brk[k] and toks.k[k - 1] in _NEVER and i - k < 2:
        k -= 1
    return k > 0 and not toks.brk[k] and toks.k[k - 1] in _NEGATIONS


def _right_after_subject(toks: Tokens, i: int, ends: set[int]) -> bool:
    """The cue at token i (guard "during" of ``career_cues.tsv``: "trong thời gian giữ chức vụ") follows
    its subject: a name ("ông A trong thời gian giữ cương vị X, ..."), maybe after a comma ("ông A,
    trong thời gian ..."), or the titles written with the name ("ông A, Ủy viên Bộ Chính trị, Bí thư
    Thành ủy trong giai đoạn giữ chức vụ X": ``ends``, the tokens right after a run of titles). Written
    after anything else ("Ban Bí thư cho rằng, trong thời gian giữ cương vị X, ông A ..."), its
    subject comes after it: not the person named before."""
    k = i - 1 if i > 0 and toks.k[i - 1] == "," and not toks.brk[i] else i
    if k == 0 or toks.brk[k]:
        return False
    return k in ends or (toks.cap[k - 1] and toks.word[k - 1] and not toks.upper[k - 1])


_MAX_LABEL_HEAD = 3  # words of a label before its cue: "các chức vụ" in "Các chức vụ đã đảm nhiệm:"


def _inside_label(toks: Tokens, i: int) -> bool:
    """The cue at token i (guard "label" of ``career_cues.tsv``: "đã đảm nhiệm") ends a label of
    ``profile_labels.tsv`` begun a few words before it ("Chức vụ đã đảm nhiệm: ...", "Ông nói về chức
    vụ đã đảm nhiệm: ..."): the words name the posts, they do not tell that the person named before
    held them. A box's label opens its own list (:func:`label_list`); elsewhere it opens none."""
    labels = _labels()
    for s in range(max(0, i - _MAX_LABEL_HEAD), i):
        if toks.k[s] in labels.firsts and not any(toks.brk[s + 1:i + 1]):
            hit = labels.longest(toks, s)
            if hit and s + hit[0] > i:
                return True
    return False


@dataclass
class CareerList:
    """A career cue at ``cue`` whose list holds the runs starting at ``runs`` (token indexes)."""

    cue: int
    status: str
    runs: list[int]


def career_lists(toks: Tokens, run_ends: dict[int, int]) -> list[CareerList]:
    """Every career list of the text: a cue, then title runs joined by list words.

    ``run_ends`` maps the first token of each run of titles to the token after it. Linear: each
    token is looked at a bounded number of times.
    """
    out: list[CareerList] = []
    n = len(toks.k)
    cues = _tables()[0]
    ends = set(run_ends.values())
    done = 0
    for i in toks.where(cues.firsts):
        if i < done:
            continue
        hit = cues.longest(toks, i)  # (career_cue's, its first word tested by where())
        if not hit:
            continue
        m, (status, guard) = hit
        if _negated(toks, i):
            continue  # "chưa từng làm Chủ tịch UBND tỉnh": never held, no list
        if guard == "label":
            if _inside_label(toks, i):
                continue  # "Chức vụ đã đảm nhiệm: ...": a profile box's label, read by label_list
            guard = ""
        guarded = guard != ""
        if guarded and not (when_clause(toks, i) if guard == "when" else _right_after_subject(toks, i, ends)):
            continue  # a cue inside it may still open a list ("... giữ các chức vụ: ...")
        j = i + m
        lead = 0
        while j < n and j not in run_ends and lead < _MAX_LEAD and toks.k[j] in _LEAD and not toks.brk[j]:
            j += 1
            lead += 1
        if j not in run_ends and not guarded:  # "trong thời gian làm việc tại X, ...": no unread item
            j = _past_unread_items(toks, j, run_ends)
        if j not in run_ends:
            j = _past_shared_place(toks, j, run_ends)
        if j not in run_ends:
            done = i + m
            continue
        found, k = _follow(toks, j, run_ends)
        out.append(CareerList(i, status, found))
        done = k
    listed = {s for cl in out for s in cl.runs}
    for i in toks.where(_aside_tables()[0].firsts):
        got = profile_start(toks, i, run_ends)
        if got is None or got[0] in listed:
            continue
        found, _ = _follow(toks, got[0], run_ends)
        listed.update(found)
        out.append(CareerList(i, got[1], found))
    for cl in [*transfer_lists(toks, run_ends), *move_lists(toks, run_ends), *now_after_move_lists(toks, run_ends)]:
        if cl.runs[0] not in listed:
            listed.update(cl.runs)
            out.append(cl)
    for cl in since_lists(toks, run_ends, out):
        since = set(cl.runs)
        for other in out:  # "từng ...: X (2010-2015); từ năm 2021 là Y": the past list read on into Y
            if other.status == "former" and since & set(other.runs):
                other.runs = [r for r in other.runs if r not in since]
        out = [other for other in out if other.runs]
        listed.update(cl.runs)
        out.append(cl)
    for i in toks.where(_labels().firsts):
        got = label_list(toks, i, run_ends)
        if got is not None and got.runs[0] not in listed:
            listed.update(got.runs)
            out.append(got)
    for r in sorted(run_ends):
        got = box_line_list(toks, r, run_ends) if r not in listed else None
        if got is not None:
            listed.update(got.runs)
            out.append(got)
    out.sort(key=lambda cl: cl.cue)
    return out


_SINCE_LINKS = phrase_table("career_since_links.tsv")  # "là", "giữ chức" after "từ tháng 3/2019"
_STEP_JOINS = frozenset({",", ";", _AND})  # what comes right before the last step's "từ"
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def since_lists(toks: Tokens, run_ends: dict[int, int], lists: list[CareerList]) -> list[CareerList]:
    """The last step of a career told in the past, opened by "từ" and its date after the past steps of the
    same sentence: "Bà A từng giữ các chức vụ X, Y và từ tháng 3/2019 là Z.", "Ông B từng giữ chức X, Y; từ
    tháng 10/2020 là Z, T." The "từng" of the sentence tells X and Y as past (a career list of ``lists``,
    former, whose cue stands before, or a past cue opening none: :func:`_past_cue_in`); the step after "từ
    <date>" (a start, no end) and a link word
    (``career_since_links.tsv``) runs from then on: held now. Only when nothing follows its titles in the
    sentence: a step after it ("...; tháng 9/2018 được bầu giữ chức W") may have ended it. Each such step is
    a list of its own with status "holds", the sentence's subject's (officials._careers); a past list that
    read on into it (:func:`_follow` passes a period and a link: "X (2010 - 2015); từ năm 2021 là Z") leaves
    it (career_lists)."""
    n = len(toks.k)
    out: list[CareerList] = []
    for i in toks.where((_FROM,)):
        if i == 0 or toks.brk[i] or toks.k[i - 1] not in _STEP_JOINS:
            continue
        p = read_period(toks, i)
        if p is None or p.start is None or p.end is not None:
            continue
        j = i + p.length
        link = _SINCE_LINKS.longest(toks, j) if j < n and toks.k[j] in _SINCE_LINKS.firsts else None
        if link is None or toks.brk[j] or i + p.length + link[0] not in run_ends:
            continue
        first = sentence_start(toks, i)
        if not any(cl.status == "former" and first <= cl.cue < i for cl in lists) and not _past_cue_in(toks, first, i):
            continue
        runs, k = _follow(toks, j + link[0], run_ends)
        k = _past_term(toks, k)  # "...; đại biểu HĐND tỉnh các khoá XIV, XV."
        if k >= n or toks.brk[k] or toks.k[k] in _SENTENCE_ENDS:
            out.append(CareerList(i, "holds", runs))
    return out


def held_since(toks: Tokens, s: int, run_ends: dict[int, int]) -> bool:
    """The run at token s is the current step of a career: a link of ``career_since_links.tsv`` right
    before it, after "từ" and a start with no end, the "từ" opening the sentence or a clause (",", ";",
    "và"), and nothing after its titles in the sentence ("Bà công tác trong ngành tư pháp, từ năm 2021 là
    Trưởng Ban X."): held from then on, as :func:`since_lists` reads it after "từng". A step after it in
    the sentence may have ended it: then not."""
    n = len(toks.k)
    for m in (1, 2, 3):
        j = s - m
        if j < 2 or toks.k[j] not in _SINCE_LINKS.firsts:
            continue
        link = _SINCE_LINKS.longest(toks, j)
        if link is None or link[0] != m:
            continue
        for i in range(j - 2, max(-1, j - _MAX_SINCE_DATE), -1):
            if toks.k[i] != _FROM or (i > 0 and not toks.brk[i] and toks.k[i - 1] not in _STEP_JOINS
                                      and toks.k[i - 1] not in _SENTENCE_ENDS):
                continue
            p = read_period(toks, i)
            if p is not None and p.start is not None and p.end is None and i + p.length == j:
                _, k = _follow(toks, s, run_ends)
                k = _past_term(toks, k)  # "...; đại biểu HĐND tỉnh các khoá XIV, XV."
                return k >= n or toks.brk[k] or toks.k[k] in _SENTENCE_ENDS
        return False
    return False


_MAX_SINCE_DATE = 8  # tokens of "từ <date>" before its link: "từ ngày 15 tháng 3 năm 2019"



def _past_cue_in(toks: Tokens, a: int, b: int) -> bool:
    """A career cue telling the past (``career_cues.tsv``, former, unguarded) stands in tokens [a, b),
    though it opens no list of ours: "Bà từng công tác trong ngành tư pháp: X (2010 - 2015); từ năm 2021
    là Y" (the words before the colon name a field, not a post)."""
    for x in range(a, b):
        hit = career_cue(toks, x)
        if hit is not None and hit[1] == ("former", "") and not _negated(toks, x):
            return True
    return False


@cache
def _labels() -> PhraseIndex:
    """Labels of a profile box opening a list of posts (``profile_labels.tsv``), with their status."""
    labels = PhraseIndex()
    for label, status in read_rows("profile_labels.tsv", 2):
        labels.add(phrase_tokens(label), status or "former")
    return labels


def label_list(toks: Tokens, i: int, run_ends: dict[int, int]) -> CareerList | None:
    """The list a profile box's label opens at token i: "Chức vụ đã đảm nhiệm: Phó Giám đốc Sở X;
    Giám đốc Sở X; Phó Chủ tịch UBND tỉnh Y." The label opens its sentence (or line, after a bullet)
    and a colon follows it; the titles after the colon, joined as a career list's are, are the
    list's. Status: the label's (former; "Chức vụ hiện nay:" holds)."""
    first = sentence_start(toks, i)
    if not (first == i or (first == i - 1 and toks.k[first] in _BULLET_MARKS)):
        return None
    hit = _labels().longest(toks, i)
    if not hit:
        return None
    m, status = hit
    j = i + m
    if j + 1 >= len(toks.k) or toks.k[j] != ":" or toks.brk[j + 1]:
        return None
    j += 1
    if j not in run_ends:
        j = _past_unread_title(toks, j, run_ends, first=True)
    if j not in run_ends:
        return None
    return CareerList(i, status, _follow(toks, j, run_ends)[0])  # type: ignore[arg-type]


def box_line_list(toks: Tokens, r: int, run_ends: dict[int, int]) -> CareerList | None:
    """The titles of a profile box's sentence that opens with them, right after another sentence of
    the box: "Sinh năm 1965. Quê quán: huyện X. Nguyên Giám đốc Sở Tài chính; Phó Chủ tịch UBND tỉnh
    Y." (the run starting at token r). Status: former after "nguyên", else held (the titles keep
    their own "nguyên"). The list names nobody: :func:`heading_subject` finds whose it is."""
    first = sentence_start(toks, r)
    j = first + 1 if toks.k[first] in _BULLET_MARKS else first
    status = "holds"
    while j < r and toks.k[j] in _PROFILE_LEAD:
        status = "former" if toks.k[j] == _FORMER else status
        j += 1
    if j != r or first == 0 or not _box_sentence(toks, sentence_start(toks, first - 1)):
        return None
    return CareerList(first, status, _follow(toks, r, run_ends)[0])


_BULLET_MARKS = frozenset({"-", "+", "•", "*"})
_MAX_BOX = 8  # sentences of a profile box between its heading and a list (birth, home, schooling ...)
_MAX_HEADING = 24  # tokens of a heading line: "Tiểu sử tóm tắt đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy"


def _box_sentence(toks: Tokens, first: int) -> bool:
    """The sentence at token ``first`` is one of a profile box's: it opens (maybe after a bullet)
    with a word of birth or an aside (``career_asides.tsv``: "Sinh năm 1965.", "Quê quán: ...",
    "Trình độ: ...") or with a label of posts (``profile_labels.tsv``)."""
    j = first + 1 if toks.k[first] in _BULLET_MARKS and first + 1 < len(toks.k) else first
    births, asides = _aside_tables()
    k = toks.k[j]
    return bool(k in births.firsts and births.longest(toks, j) or k in asides.firsts and asides.longest(toks, j)
                or k in _labels().firsts and _labels().longest(toks, j))


def heading_subject(toks: Tokens, at: int, names: list[tuple[int, int] | None]) -> int | None:
    """The person a profile box is about, for a career list at token ``at`` whose sentence names
    nobody: the index in ``names`` (each a person's name as (first token, end), None for a hit that
    is not one) of the one person named on the box's heading line.

    "Chủ tịch Nguyễn Văn A ⏎ Sinh năm 1960. Quê quán: ... Chức vụ đã đảm nhiệm: Giám đốc Sở X; ..."
    From the list's sentence back, each sentence of the box opens with a birth, an aside or a label
    (:func:`_box_sentence`); the one right after the heading is the birth ("Sinh năm ...": a box
    begins with it). The heading is one whole line, short, naming exactly one person. Anything else
    before the list (a sentence naming someone, a line of the story) binds it to nobody."""
    s = sentence_start(toks, at)
    if at == s and toks.k[at] in _beginnings().firsts and _beginnings().longest(toks, at) and s > 0:
        return _previous_sentence_subject(toks, s, names)
    births = _aside_tables()[0]
    own = True  # the list's own sentence may open with its titles (:func:`box_line_list`)
    for _ in range(_MAX_BOX):
        if s == 0 or not (own or _box_sentence(toks, s)):
            return None
        own = False
        prev = sentence_start(toks, s - 1)
        if toks.brk[s] and not _box_sentence(toks, prev):
            if not (prev == 0 or toks.brk[prev]) or s - prev > _MAX_HEADING:
                return None
            j = s + 1 if toks.k[s] in _BULLET_MARKS else s
            if not (toks.k[j] in births.firsts and births.longest(toks, j)):
                return None
            return _previous_sentence_subject(toks, s, names)
        s = prev
    return None


@cache
def _beginnings() -> PhraseIndex:
    """:func:`beginning_cues` as a phrase index."""
    index = PhraseIndex()
    for cue in beginning_cues():
        index.add(phrase_tokens(cue), True)
    return index


def _previous_sentence_subject(toks: Tokens, s: int, names: list[tuple[int, int] | None]) -> int | None:
    """The person of a career's first posts told in a sentence (at token ``s``) that opens with them and
    names nobody: "Ông A quê ở Long An được bầu làm Chủ tịch nước năm 2011. Đi lên từ cơ sở với chức
    vụ giám đốc Nông trường X, ...". The summary goes on about the one person the sentence before names
    (the index in ``names`` of the one name written there); a sentence before naming two or none binds
    the list to nobody."""
    prev = sentence_start(toks, s - 1)
    inside = [x for x, h in enumerate(names) if h is not None and prev <= h[0] and h[1] <= s]
    return inside[0] if len(inside) == 1 else None


_SUCH_AS = phrase_table("career_title_openers.tsv")  # "như", "ở vị trí", "với cương vị"
_MAX_SHARED_PLACE = 12  # tokens between a cue's lead and "như": "tại Bộ Kế hoạch và Đầu tư", "ở cơ sở"


def _past_shared_place(toks: Tokens, j: int, run_ends: dict[int, int]) -> int:
    """Past the words a list's titles share, up to "như" and the first title: "kinh qua nhiều chức vụ
    tại Bộ Kế hoạch và Đầu tư như: Cục trưởng ...", "giữ các cương vị lãnh đạo tỉnh Hà Tĩnh như Phó
    Chủ tịch UBND tỉnh, ...". In one stretch with no other mark than "," (or the dot inside a
    place's short form: "tại TP.HCM như"), else j. The first item after "như" may be one whose role
    we do not read, when a title follows its comma or semicolon ("như cán bộ giảng dạy Trường Đại
    học ...; Phó Bí thư Thành đoàn ...")."""
    n = len(toks.k)
    for k in range(j, min(n, j + _MAX_SHARED_PLACE)):
        if toks.brk[k] or toks.k[k] in (";", ":", "(") or k in run_ends:
            return j
        if toks.k[k] == "." and not _inner_dot(toks, k):
            return j
        hit = _SUCH_AS.longest(toks, k) if toks.k[k] in _SUCH_AS.firsts else None
        if hit:
            k += hit[0]
            if k < n and toks.k[k] == ":" and not toks.brk[k]:
                k += 1
            if k not in run_ends:
                k = _past_unread_title(toks, k, run_ends, first=True)
            return k if k in run_ends else j
    return j


def _inner_dot(toks: Tokens, k: int) -> bool:
    """The dot at token k is written inside a word ("TP.HCM"), with no space on either side."""
    return k + 1 < len(toks.k) and not toks.gap[k] and not toks.gap[k + 1] and toks.word[k + 1]


def _follow(toks: Tokens, j: int, run_ends: dict[int, int]) -> tuple[list[int], int]:
    """The runs of a list whose first run starts at j, and the token after the last."""
    n = len(toks.k)
    found = [j]
    k = run_ends[j]
    while k < n:
        k2 = _past_join(toks, k)
        for _ in range(_MAX_UNREAD_ITEMS):  # "Thiếu tướng ..., Tư lệnh kiêm Chính ủy Đoàn 559; Thứ trưởng ..."
            if k2 == k or k2 in run_ends or toks.k[k2 - 1] not in _ITEM_ENDS:
                break
            nxt = _past_unread_title(toks, k2, run_ends)
            if nxt == k2:
                nxt = _past_unread_title(toks, k2, run_ends, to_next=True)
            if nxt == k2:
                break
            k2 = nxt
        if k2 == k or k2 not in run_ends:
            break
        found.append(k2)
        k = run_ends[k2]
    return found, k


# What ends the item before an unread one: "," and ";", and "kiêm" joining a second post the person held with
# the first ("Giám đốc Sở Tài chính kiêm Chủ tịch Hội đồng quản lý Quỹ X, Phó Chủ tịch UBND tỉnh": the second
# post unread, the list goes on after it)
_ITEM_ENDS = frozenset({",", ";", *phrase_tokens("kiêm")})


@cache
def _transfer_tables() -> tuple[PhraseIndex, PhraseIndex, PhraseIndex]:
    """Words of ``career_transfers.tsv`` by kind: from, to, before."""
    tables = {"from": PhraseIndex(), "to": PhraseIndex(), "before": PhraseIndex()}
    for word, kind in read_rows("career_transfers.tsv", 2):
        tables[kind].add(phrase_tokens(word), kind)
    return tables["from"], tables["to"], tables["before"]


_SUBJECT_WORDS = frozenset(phrase_tokens("ông bà chí"))  # "ông", "bà", "đồng chí" as a pronoun
_RANGE_TO = frozenset(phrase_tokens("đến tới"))


def _subject_right_before(toks: Tokens, i: int) -> bool:
    """A name or a pronoun is written right before token i, or before a word of kind "before" there
    ("ông A từ ...", "điều động ông từ ...", "ông A được chuyển từ ..."): not a title of someone
    else ("(em ruột ông B) từ ...") nor a clause of its own (", từ Thủ tướng đến bộ trưởng")."""
    _, _, before = _transfer_tables()
    j = i - before.ending_at(toks, i)  # the longest first: "được chuyển", not "chuyển"
    if j == 0 or toks.brk[j]:
        return False
    k = j - 1
    if toks.k[k] == ")":
        return _kin_aside_before(toks, k)
    return toks.k[k] in _SUBJECT_WORDS or (toks.cap[k] and toks.word[k] and not toks.upper[k])


_KIN = phrase_table("kin_words.tsv")
_MAX_KIN_ASIDE = 10  # tokens inside "(em ruột ông B)", "(cháu ông B)"


def _kin_aside_before(toks: Tokens, c: int) -> bool:
    """The parenthesis closing at token c says whom the name right before it is kin to ("bà A (em
    ruột ông B) từ Trưởng phòng X được bổ nhiệm làm ..."; ``kin_words.tsv``): the move after it is
    A's (officials._careers gives it past the aside), not B's."""
    for o in range(c - 1, max(0, c - _MAX_KIN_ASIDE), -1):
        if toks.brk[o + 1] or toks.k[o] in (")", "."):
            return False
        if toks.k[o] == "(":
            k = o - 1
            return k >= 0 and not toks.brk[o] and toks.cap[k] and toks.word[k] and not toks.upper[k] \
                and toks.k[o + 1] in _KIN.firsts and _KIN.longest(toks, o + 1) is not None
    return False


def transfer_lists(toks: Tokens, run_ends: dict[int, int]) -> list[CareerList]:
    """A move from one post to another: the post after "từ" (former), and the post after the word
    leading on ("làm", "sang giữ chức": held now, appointed when the sentence appoints), each a list
    of its own, given to the subject written right before "từ" (``career_transfers.tsv``). A range
    of roles ("từ Thủ tướng đến bộ trưởng") is no move."""
    frm, to, _ = _transfer_tables()
    n = len(toks.k)
    out: list[CareerList] = []
    for i in toks.where(frm.firsts):
        hit = frm.longest(toks, i)
        if not hit or i + hit[0] not in run_ends or not _subject_right_before(toks, i):
            continue
        found, k = _follow(toks, i + hit[0], run_ends)
        if any(toks.k[run_ends[s]] in _RANGE_TO for s in found if run_ends[s] < n) or \
                (k < n and toks.k[k] in _RANGE_TO):
            continue
        out.append(CareerList(i, "former", found))
        c = k + 1 if k < n and toks.k[k] == "," else k
        got = to.longest(toks, c) if c < n and toks.k[c] in to.firsts and not toks.brk[c] else None
        if got and c + got[0] in run_ends:
            status = "appointed" if clause_status(toks, sentence_start(toks, i), i) == "appointed" else "holds"
            out.append(CareerList(c, status, _follow(toks, c + got[0], run_ends)[0]))
    return out


@cache
def _move_tables() -> tuple[PhraseIndex, PhraseIndex, PhraseIndex, PhraseIndex, PhraseIndex, PhraseIndex]:
    """Words of ``career_moves.tsv`` by kind (link, verb, after, before) and ``move_cues.tsv``."""
    tables = {k: PhraseIndex() for k in ("link", "verb", "after", "before", "still")}
    for word, kind in read_rows("career_moves.tsv", 2):
        tables[kind].add(phrase_tokens(word), kind)
    moves: PhraseIndex = PhraseIndex()
    for (word,) in read_rows("move_cues.tsv", 1):
        moves.add(phrase_tokens(word), "move")
    return tables["link"], tables["verb"], tables["after"], tables["before"], moves, tables["still"]


_MAX_STILL = 12  # tokens between a move's last post and the words saying it is still held


def _still_held(toks: Tokens, k: int) -> bool:
    """Words from token k to the clause's end say the post just read is held now ("... về làm Giám
    đốc Sở X đến nay", "..., hiện vẫn giữ chức này"; kind "still" of ``career_moves.tsv``)."""
    still = _move_tables()[5]
    for a in range(k, min(len(toks.k), k + _MAX_STILL)):
        if toks.brk[a] or toks.k[a] in (".", ";", "!", "?"):
            return False
        if toks.k[a] in still.firsts and still.longest(toks, a):
            return True
    return False


_NUMERALS = frozenset(phrase_tokens("một hai ba bốn năm sáu bảy tám chín mười vài mấy"))
_PRONOUNS = frozenset(phrase_tokens("ông bà"))
_CLAUSE_OPENERS = frozenset({",", ";", *phrase_tokens("rồi và thì")})  # "ông A khi ... thì được phân công về làm X"
_MAX_FROM = 14  # tokens of "từ <body>" between a move's verb and its move word
_MAX_SUBJECT_NAME = 4  # syllables of a name after "ông"/"bà"


def _past_from_body(toks: Tokens, j: int, first: int) -> int:
    """Back past "từ <body>" ending at token j, to the token of "từ", when a verb of a move ends
    right before it ("được điều động từ Văn phòng UBND thành phố | về làm ..."); else j. The body
    is the place moved from (a body, not a title: :func:`transfer_lists` reads "từ <title>")."""
    verb = _move_tables()[1]
    for f in range(j - 2, max(first - 1, j - 2 - _MAX_FROM), -1):
        if toks.k[f] in (",", ";") or toks.brk[f + 1]:
            return j
        if toks.k[f] == _FROM:
            return f if verb.ending_at(toks, f) else j
    return j


def _subject_before(toks: Tokens, j: int) -> int:
    """Back past the clause's subject ending at token j: "ông", "bà", or one of them with a name
    ("ông Võ Văn Hoan"); else j."""
    if j > 0 and toks.k[j - 1] in _PRONOUNS:
        return j - 1
    a = j
    while a > 0 and j - a < _MAX_SUBJECT_NAME and toks.cap[a - 1] and toks.word[a - 1] and not toks.brk[a]:
        a -= 1
        if a > 0 and toks.k[a - 1] in _PRONOUNS and not toks.brk[a]:
            return a - 1
    return j


def _time_before(toks: Tokens, j: int) -> int:
    """Back past a time step ending at token j: "sau đó", "hai năm sau đó", "năm 2008", "tháng
    5/2010" (a date with a year); else j."""
    after = _move_tables()[2]
    m = after.ending_at(toks, j)
    if m:
        a = j - m
        return a - 1 if a > 0 and (toks.k[a - 1] in _NUMERALS or toks.k[a - 1].isdigit()) else a
    a, year = j, False
    while a > 0 and not toks.brk[a] and (toks.k[a - 1].isdigit() or toks.k[a - 1] in _DATE_PARTS):
        year = year or _year(toks.k[a - 1]) is not None
        a -= 1
    return a if year and toks.k[a] in _DATE_PARTS else j


def _sentence_first(toks: Tokens, i: int) -> int:
    """First token of the sentence of token i, read past the dot of a short upper-case place word
    ("Văn phòng UBND TP. HCM về làm ...": one sentence)."""
    first = sentence_start(toks, i)
    while first > 1 and toks.k[first - 1] == "." and not toks.brk[first] and toks.upper[first - 2] \
            and len(toks.k[first - 2]) <= 3 and toks.cap[first]:
        first = sentence_start(toks, first - 2)
    return first


_THI = phrase_tokens("thì")[0]
_AFTER = phrase_tokens("sau")[0]
_SPANS = frozenset(phrase_tokens("năm tháng"))


def _fronted_step(toks: Tokens, first: int, j: int) -> bool:
    """The sentence opening at token ``first`` opens with a time step, in a clause of its own before
    token j: "Năm 2010, ...", "Tháng 5/2008, ...", "Sau 3 năm công tác tại X, ..." (a career told
    step by step: the move after it is a past one)."""
    n = len(toks.k)
    if first + 2 < n and toks.k[first] == _AFTER and (toks.k[first + 1] in _NUMERALS or toks.k[first + 1].isdigit()) \
            and toks.k[first + 2] in _SPANS:
        e = first + 3
    else:
        p = read_period(toks, first)
        if p is None or (p.start or p.end) is None:
            return False
        e = first + p.length
    return any(toks.k[a] == "," for a in range(e, j))


def _move_clause(toks: Tokens, i: int) -> tuple[str, int] | None:
    """The kind of the clause whose link word is at token i, read back from it, and its first token:
    [clause opener] [time step] [subject] [verb of a move] [move word] link. "step" when a time step
    opens the clause ("..., hai năm sau đó giữ chức X", "năm 2008 ông trở về làm X"), or stands
    before "thì" ("sau đó thì chuyển sang làm X"); "fronted" when it opens the sentence before a
    comma ("Sau 3 năm công tác tại X, ông chuyển lên làm Y"); "before" for a "sau khi" clause ("Sau
    khi đi luân chuyển làm X, ..."); "move" when only a move is written ("ông A được điều động từ
    Văn phòng UBND thành phố về làm X"). None when nothing of a move or a step is written, or the
    clause does not open there (another subject, an object: "quyết định điều động ông A về làm X"
    is the officials linker's)."""
    _, verb, _, before, moves, _ = _move_tables()
    first = _sentence_first(toks, i)
    j = i
    moved = False
    m = moves.ending_at(toks, j) if j > first else 0
    if m:
        j -= m
        moved = True
        j = _past_from_body(toks, j, first)
    m = verb.ending_at(toks, j) if j > first else 0
    if m:
        j -= m
        moved = True
    j = _subject_before(toks, j) if j > first else j
    t = _time_before(toks, j) if j > first else j
    step = t != j
    j = t
    if step:
        j = _subject_before(toks, j) if j > first else j  # "sau đó ông về làm" / "năm 2008 ông ..."
    opens = j == first or toks.brk[j] or toks.k[j - 1] in _CLAUSE_OPENERS
    fronted = False
    if opens and not step and j > first:
        # "sau đó thì chuyển sang làm X": the step before "thì" (a date before it may be the start
        # of a post still held: "đến tháng 6/2016 thì giữ chức X"); "Sau 3 năm công tác tại X, ông
        # chuyển lên làm Y", "Năm 2010, ...": a step fronting the sentence
        step = toks.k[j - 1] == _THI and _move_tables()[2].ending_at(toks, j - 1) > 0
        fronted = not step and _fronted_step(toks, first, j)
        step = step or fronted
    m = before.ending_at(toks, j) if j > first else 0
    if m and moved and (j - m == first or toks.k[j - m - 1] in _CLAUSE_OPENERS):
        return "before", j - m
    if not opens:
        return None
    if step:
        return ("fronted" if fronted else "step"), j
    return ("move", j) if moved else None


_THEN_WORDS = frozenset(phrase_tokens("rồi sau tiếp"))  # "rồi", "sau đó", "tiếp đó", "rồi làm"


def _then_parts(toks: Tokens, runs: list[int], run_ends: dict[int, int]) -> list[list[int]]:
    """The runs of one move's list cut where a "then" joins two of them ("Từ năm 1994 ông ..., làm
    Chánh Văn phòng UBND tỉnh, rồi làm Phó Chủ tịch tỉnh"): a later step, never dated by the year
    that opens the sentence (the runs of one list share its date, officials._run_periods)."""
    parts = [[runs[0]]]
    for r in runs[1:]:
        if any(toks.k[x] in _THEN_WORDS for x in range(run_ends[parts[-1][-1]], r)):
            parts.append([r])
        else:
            parts[-1].append(r)
    return parts


def move_lists(toks: Tokens, run_ends: dict[int, int]) -> list[CareerList]:
    """Career steps told as moves (``career_moves.tsv``): "..., hai năm sau đó giữ chức Bí thư Tỉnh
    đoàn X" (former: a time step opens the clause), "Sau khi đi luân chuyển làm Bí thư Quận ủy X,
    năm 2008 ông trở về làm Phó Bí thư Thành ủy" (both former; the "sau khi" post is given with the
    next move of its sentence, whose subject is named), "ông A được điều động từ Văn phòng UBND về
    làm Chủ tịch UBND quận 6" (appointed when the clause appoints, else former: a move told with no
    date is a step of a biography; held when the clause says so, :func:`_still_held`). Each
    list's cue is its link word, so the sentence's subject named before it takes the posts
    (officials._careers); a post already given to someone is not taken."""
    link = _move_tables()[0]
    out: list[CareerList] = []
    waiting: tuple[int, list[int]] | None = None  # a "sau khi" clause's runs, by its sentence
    for i in toks.where(link.firsts):
        hit = link.longest(toks, i)
        if not hit or i + hit[0] not in run_ends or toks.brk[i + hit[0]]:
            continue
        got = _move_clause(toks, i)
        if got is None:
            continue
        kind, a = got
        runs, k = _follow(toks, i + hit[0], run_ends)
        first = _sentence_first(toks, i)
        if kind == "before":
            waiting = (first, runs)
            continue
        status = "appointed" if kind == "move" and clause_status(toks, a, i) == "appointed" else "former"
        if waiting is not None and waiting[0] == first:
            out.append(CareerList(i, "former", waiting[1]))
        waiting = None
        held = status == "former" and _still_held(toks, k)  # "..., sau đó về làm X, Y đến nay": Y is held
        # a step fronting the sentence dates the first post after it only ("Từ năm 1988, ông làm A,
        # B, C": B and C came later); one right before the link dates them all ("năm 2008 ông trở
        # về làm A, B": both then)
        parts = [[r] for r in runs] if kind == "fronted" else _then_parts(toks, runs, run_ends)
        for part in parts:
            if held and part[-1] == runs[-1]:
                if part[:-1]:
                    out.append(CareerList(i, status, part[:-1]))
                out.append(CareerList(i, "holds", part[-1:]))
            else:
                out.append(CareerList(i, status, part))
    return out



_MAX_MOVE_TO_NOW = 24  # tokens from a move verb to ", nay là": "chuyển công tác theo quyết định điều động, chỉ
# định của Bộ Chính trị"


def now_after_move_lists(toks: Tokens, run_ends: dict[int, int]) -> list[CareerList]:
    """The post a person holds now, written after a comma and "nay là" (``now_cues.tsv``, the words officials reads
    in a "(nay là …)" parenthesis) when a move verb of the same sentence comes before it
    (:func:`_moved_before`): "miễn nhiệm ông X khỏi chức vụ Phó Chủ tịch UBND tỉnh, do ông vừa chuyển công tác
    theo sự điều động của Bộ Chính trị, nay là Phó Bí thư Tỉnh ủy Y". The move is the reason of the report's
    act, made before it: the post is held ("holds"), the sentence's subject's (officials._careers). So is the
    post after a title dated to a past time right before the comma (:func:`_then_before`: "đồng chí X, bí thư
    tỉnh ủy Y lúc bấy giờ, nay là phó chủ tịch Quốc hội"). Without either "nay là" names a place's new name or a
    post elsewhere read."""
    now = phrase_table("now_cues.tsv")
    n = len(toks.k)
    out: list[CareerList] = []
    for i in toks.where(now.firsts):
        hit = now.longest(toks, i)
        j = i + hit[0] if hit else n
        if i > 0 and j in run_ends and not toks.brk[i] and not toks.brk[j] and toks.k[i - 1] == ","\
                and (_moved_before(toks, i - 1) or _then_before(toks, i - 1)):
            out.append(CareerList(i, "holds", _follow(toks, j, run_ends)[0]))
    return out


def _moved_before(toks: Tokens, c: int) -> bool:
    """A move verb (``career_moves.tsv`` kind verb: "chuyển công tác", "điều động") ends within
    ``_MAX_MOVE_TO_NOW`` tokens before token c, in its sentence, with no ";" between."""
    verb = _move_tables()[1]
    first = sentence_start(toks, c)
    for a in range(c, max(first, c - _MAX_MOVE_TO_NOW), -1):
        if toks.k[a - 1] == ";" or toks.brk[a]:
            return False
        if verb.ending_at(toks, a):
            return True
    return False

def _then_before(toks: Tokens, c: int) -> bool:
    """Words of ``then_before_now.tsv`` ("lúc bấy giờ", "khi đó") end right before token c, on its line: the
    title before them is dated to the past the writer looks back on, and the ", nay là" after them tells the
    post held now."""
    then = phrase_table("then_before_now.tsv")
    return not toks.brk[c] and then.ending_at(toks, c) > 0


@cache
def _aside_tables() -> tuple[PhraseIndex, PhraseIndex]:
    """Words of ``career_asides.tsv``: those opening a profile (birth), those opening an aside."""
    births, asides = PhraseIndex(), PhraseIndex()
    for word, kind in read_rows("career_asides.tsv", 2):
        (births if kind == "birth" else asides).add(phrase_tokens(word), kind)
    return births, asides


_PROFILE_LEAD = frozenset(phrase_tokens("nguyên hiện là đồng thời :"))
_FORMER = phrase_tokens("nguyên")[0]
_LINK = phrase_tokens("là")[0]
_DATE_PARTS = frozenset({"/", ".", "-", *phrase_tokens("ngày tháng năm")})
_MAX_ASIDE = 30  # tokens of one aside item ("thường trú tại C 2-19 Khu đô thị ..., quận ...")
_MAX_ASIDES = 12  # aside items between a birth and the first title


def profile_start(toks: Tokens, i: int, run_ends: dict[int, int]) -> tuple[int, str] | None:
    """(first run, status) of the posts a profile lists after the birth written at token i.

    "Ông A sinh năm 1953, quê Hà Nội; Ủy viên Trung ương Đảng ..." and the obituary's "sinh ngày
    3/10/1936, quê quán xã ..., huyện ..., tỉnh ...; tham gia cách mạng năm 1955; nguyên: Bí thư
    ..." list the posts after asides (``career_asides.tsv``): each item after a "," or ";" either
    opens with an aside word, goes on with the place of the one before ("huyện ..., tỉnh ..."), or
    is the first title (after "nguyên", "hiện là", ":"). Anything else ends the profile: no list.
    Status: holds, former when "nguyên" opens the list.
    """
    births, asides = _aside_tables()
    n = len(toks.k)
    hit = births.longest(toks, i)
    if not hit:
        return None
    e = i + hit[0]
    year = False
    while e < n and e - i < 10 and not toks.brk[e] and (toks.k[e].isdigit() or toks.k[e] in _DATE_PARTS):
        year = year or (len(toks.k[e]) == 4 and toks.k[e].isdigit())  # born before tenures are dated
        e += 1
    if not year:
        return None
    places = lexicon().place_words.firsts
    k = e + 1 if e < n and toks.k[e] == ")" else e
    in_aside = False
    for _ in range(_MAX_ASIDES):
        if k + 1 >= n or toks.brk[k] or toks.brk[k + 1] or toks.k[k] not in (",", ";"):
            return None
        j = k + 1
        status = "holds"
        while j < n and j not in run_ends and j - k <= 3 and toks.k[j] in _PROFILE_LEAD and not toks.brk[j]:
            status = "former" if toks.k[j] == _FORMER else status
            j += 1
        if j not in run_ends and j > k + 1:
            j = _past_unread_title(toks, j, run_ends)  # "nguyên: Bí thư Xứ ủy ...; Ủy viên ..."
        if j in run_ends:
            return j, status
        j = k + 1
        if toks.k[j] in asides.firsts and asides.longest(toks, j):
            in_aside = True
        elif not (in_aside and (toks.cap[j] or toks.k[j] in places)):
            return None
        m = j + 1
        while m < n and m - j < _MAX_ASIDE and not toks.brk[m] and toks.k[m] not in (",", ";") \
                and not (toks.k[m] == "." and (m + 1 >= n or toks.gap[m + 1] != "")):
            if toks.k[m] == _LINK and m + 1 in run_ends:
                return m + 1, "holds"  # "quê Nghệ An là Ủy viên ..."
            if m in run_ends:
                return None  # a title inside an aside: not a profile's list
            m += 1
        k = m
    return None


_DEPUTY_WORDS = frozenset(phrase_tokens("phó quyền"))
_MAX_UNREAD = 16  # tokens of one unread career item: "cán bộ giảng dạy Đại học Bách khoa TP.HCM",
# "Bí thư liên tỉnh Hà Nội - Hà Đông - Sơn Tây - Hà Nam"


def _past_unread_title(toks: Tokens, k: int, run_ends: dict[int, int], first: bool = False,
                       to_next: bool = False) -> int:
    """Past one item of a career list that begins with a role word but whose body is not read
    ("Giám đốc Sở Du lịch, Giám đốc Sở Kế hoạch và Đầu tư, ..."): an unread item does not end the
    list, its neighbours are still the subject's. The first item right after the cue may begin
    otherwise ("lần lượt giữ các chức vụ từ cán bộ Tuyên giáo, rồi Trưởng ban ..."), when a title
    follows its comma (past a joining word). The token of that title, else k. With ``to_next``, the
    token after the item's comma or semicolon even when no read title starts there: one unread item
    may follow another ("Thiếu tướng Quân đội nhân dân Việt Nam, Tư lệnh Đoàn 559; Thứ trưởng ...");
    the caller asks that the items end at a read title."""
    n = len(toks.k)
    r = k + 1 if k + 1 < n and toks.k[k] in _DEPUTY_WORDS else k  # "Phó chủ tịch Hà Tĩnh"
    if k >= n or (not first and (not toks.cap[k] or toks.k[r] not in lexicon().roles.firsts)
                  and not _rank_at(toks, k) and not (toks.cap[k] and r > k)):  # "Phó Đội trưởng Đội X"
        return k
    e = k + 1
    while e < n and e - k < _MAX_UNREAD and not toks.brk[e]:
        if toks.k[e] == "(":
            b = _past_bracket(toks, e)  # "cán bộ Đội X (1985-1990), Phó Đội trưởng ...": the item's period
            if b == e:
                break
            e = b
            continue
        if toks.k[e] in (",", ";", ".", ":") and not (toks.k[e] == "." and _inner_dot(toks, e)):
            break
        if first and toks.k[e] == _THEN and e + 1 in run_ends and not toks.brk[e + 1]:
            return e + 1  # "bắt đầu là cán bộ rồi Bí thư Huyện đoàn X": an unread first step, then a title
        e += 1
    if e < n and toks.k[e] in (",", ";") and not toks.brk[e]:
        nxt = e + 1
        if first and nxt not in run_ends:
            hit = _JOIN.longest(toks, nxt) if nxt < n else None
            nxt = nxt + hit[0] if hit else nxt
        if nxt in run_ends or to_next:
            return nxt
    return k


_MAX_BRACKET = 8  # tokens inside an item's bracket: "(1985 - 1990)", "(từ tháng 3/1985)"


def _past_bracket(toks: Tokens, e: int) -> int:
    """The token after the ")" closing the bracket opened at token e, in the same line and at most
    ``_MAX_BRACKET`` tokens on, else e: an unread career item may carry its period in brackets before its
    comma ("cán bộ Đội X (1985-1990), Phó Đội trưởng Đội X, ...") and is still one item."""
    n = len(toks.k)
    for c in range(e + 1, min(n, e + 2 + _MAX_BRACKET)):
        if toks.brk[c] or toks.k[c] == "(":
            return e
        if toks.k[c] == ")":
            return c + 1
    return e


def _past_unread_items(toks: Tokens, j: int, run_ends: dict[int, int]) -> int:
    """Past the unread items opening a career list, to its first read title, else j: "lần lượt giữ
    các chức vụ cán bộ Đội X, Phó Đội trưởng Đội X; Phó Trưởng Công an quận ..." (two items whose
    body we do not read, then a title). The first item may begin with any word
    (:func:`_past_unread_title`), the next ones with a role word or a rank; at most
    ``_MAX_UNREAD_ITEMS`` in all, each ending at a comma or semicolon."""
    k = _past_unread_title(toks, j, run_ends, first=True)
    if k in run_ends:
        return k
    e = _past_unread_title(toks, j, run_ends, first=True, to_next=True)
    for _ in range(_MAX_UNREAD_ITEMS - 1):
        if e == j or e in run_ends:
            return e
        nxt = _past_unread_title(toks, e, run_ends, to_next=True)
        if nxt == e:
            return j
        e = nxt
    return e if e in run_ends else j


_THEN = phrase_tokens("rồi")[0]
_MAX_UNREAD_ITEMS = 3  # unread items in a row between two read titles of one career list


_RANKS = phrase_table("ranks_before_titles.tsv")


def _rank_at(toks: Tokens, k: int) -> bool:
    """A military or police rank opens the item at token k ("...; Thiếu tướng Quân đội nhân dân Việt
    Nam, Tư lệnh ..."): a rank is no post (the corpus's gold keeps none), but the career goes on
    after it."""
    return toks.cap[k] and toks.k[k] in _RANKS.firsts and bool(_RANKS.longest(toks, k))


def _past_join(toks: Tokens, k: int) -> int:
    """Past what may stand between two titles of one list: joining words, a period, "…"."""
    n = len(toks.k)
    start = k
    for _ in range(6):
        if k >= n or toks.brk[k]:
            break
        t = _past_term(toks, k)
        if t != k:
            k = t
            continue
        if toks.k[k] == "(":
            w = past_written_place(toks, k + 1)
            if w > k + 1 and w < n and toks.k[w] == ")":
                k = w + 1  # "Hiệu trưởng Trường THPT Lê Lợi (TP. Đông Hà), Phó giám đốc ..."
                continue
            inner = _past_term(toks, k + 1)
            p = read_period(toks, inner)
            inner = inner + p.length if p else inner
            if inner > k + 1 and inner < n and toks.k[inner] == ")":
                k = inner + 1
                continue
            break
        p = read_period(toks, k)
        if p:
            k += p.length
            continue
        w = past_written_place(toks, k)
        if w != k:
            k = w
            continue
        if toks.k[k] == "." and k + 2 < n and toks.k[k + 1] == "." and toks.k[k + 2] == ".":
            k += 3
            continue
        hit = _JOIN.longest(toks, k)
        if hit:
            k += hit[0]
            continue
        break
    return k if k != start else start


_MAX_PLACE = 5  # tokens of a place's name after its place word: "thành phố Hồ Chí Minh"


def past_written_place(toks: Tokens, k: int) -> int:
    """Past a place written after a title of a list, else k: "quận 5", "tỉnh Quảng Trị", "TP.
    Đông Hà", "Thanh Hóa" (a province by its name). The place belongs to the title before it
    (whose body was read without it), so it does not end the list."""
    lex = lexicon()
    n = len(toks.k)
    if k >= n or toks.brk[k]:
        return k
    hit = lex.places.longest(toks, k) if toks.k[k] in lex.places.firsts and toks.cap[k] else None
    if hit:
        return k + hit[0]
    hit = lex.place_words.longest(toks, k) if toks.k[k] in lex.place_words.firsts else None
    if not hit:
        return k
    j = k + hit[0]
    if j < n and toks.k[j] == "." and not toks.brk[j]:
        j += 1  # "TP. Đông Hà"
    e = j
    while e < n and e - j < _MAX_PLACE and not toks.brk[e] and (toks.cap[e] and toks.word[e] or toks.k[e].isdigit()):
        e += 1
    return e if e > j else k


def _past_term(toks: Tokens, k: int) -> int:
    """Past a term written after a title, else k: "(các) khóa VII, VIII, IX", "khóa 11, 13",
    "dự khuyết", "nhiệm kỳ 2010-2015", "thời kỳ 1958-1963". A list's next title follows it, so a term list does not
    end the list ("Ủy viên Trung ương Đảng các khóa VII, VIII; Ủy viên Bộ Chính trị ...")."""
    n = len(toks.k)
    if tuple(toks.k[k : k + len(_ALTERNATE)]) == _ALTERNATE:
        return k + len(_ALTERNATE)
    for span in _TERMS_OF_OFFICE:
        if tuple(toks.k[k : k + len(span)]) == span:
            p = read_period(toks, k + len(span))
            return k + len(span) + p.length if p else k
    j = k + 1 if toks.k[k] in (_PLURAL, _FROM) else k
    if j + 1 >= n or toks.k[j] != _TERM_WORD or not is_term_value(toks.t[j + 1]):
        return k
    if toks.k[k] == _FROM:  # "đại biểu Quốc hội từ khóa II đến khóa VI"
        if j + 4 < n and toks.k[j + 2] in _TO and toks.k[j + 3] == _TERM_WORD and is_term_value(toks.t[j + 4]):
            return j + 5
        return k
    j += 2
    while j + 1 < n and toks.k[j] in (",", _AND) and not toks.brk[j + 1] \
            and is_term_value(toks.t[j + 1]):
        j += 2
    return j


# --------------------------------------------------------------------------------------------
# Periods


@dataclass
class Period:
    start: PartialDate | None
    end: PartialDate | None
    ongoing: bool
    length: int  # tokens read
    opens: bool = False  # opens its sentence ("Tháng 10/2016, ông làm ..."), see :func:`all_periods`
    aside: bool = False  # inside a clause of "trước khi" ("Trước khi làm X vào tháng 10/2015, ông ..."),
    # see :func:`all_periods`: it dates that clause's title only
    step: bool = False  # "đến <date>" opening a clause (:func:`_until`): when the next step came
    floor: bool = False  # the title came at or after the start, not at it (a later step of a run that
    # climbs within one body, see officials._first_step): the start is not stated for it
    owned: bool = False  # in brackets after a title's words ("Giám đốc Sở X (2010-2015), nay là ..."), or
    # closing a title's clause before a semicolon ("Phó Chủ tịch UBND tỉnh giai đoạn 2011-2015; hiện là ..."),
    # see :func:`_bracket_after_title`: that title's period, never a later title's of its sentence
    since: bool = False  # opened by "từ" with a start and no end ("từ tháng 3/2019 là X"): held from then on,
    # see :func:`dated`
    leads: bool = False  # after a comma, with the next clause's words after it ("Bí thư Quận ủy X,
    # năm 2008 ông trở về làm ...") or a single date ("..., năm 1962 và 1968"): that clause's time, not
    # the date of the title before the comma (see :func:`_leads_clause`)


def _year(s: str) -> int | None:
    if len(s) == 4 and s.isdigit() and 1930 <= int(s) <= 2039:
        return int(s)
    return None


def _read_date(toks: Tokens, i: int) -> tuple[PartialDate, int] | None:
    """A written date with a year at token i: "tháng 3/1990", "03/1990", "năm 2011", "9/6/2014",
    "tháng 3 năm 1990". A part of the month or year before its unit ("vào cuối tháng 2/2016",
    "đầu năm 2011") is read as that month or year: the step is dated, if less finely. Returns the
    date and the tokens read."""
    _, words = _tables()
    n = len(toks.k)
    j = i
    while j < n:
        if toks.k[j] in _PART_OF and j + 1 < n and toks.k[j + 1] in words.firsts \
                and (words.longest(toks, j + 1) or (0, ""))[1] == "unit":
            j += 1  # "cuối" of "cuối tháng 2/2016"
            continue
        hit = words.longest(toks, j) if toks.k[j] in words.firsts else None  # (read once: its kind, its length)
        if hit is None or hit[1] != "unit":
            break
        j += hit[0]
    if j >= n or not toks.k[j].isdigit():
        return None
    groups = [toks.k[j]]
    k = j + 1
    while k + 1 < n and toks.k[k] in ("/", ".", "-") and toks.gap[k] == "" and toks.gap[k + 1] == "" \
            and toks.k[k + 1].isdigit() and len(groups) < 3:
        if toks.k[k] == "-" and _year(groups[-1]):
            break  # a year ends a date: "2009-2013", "5/1997-12/1999" are ranges of two dates
        groups.append(toks.k[k + 1])
        k += 2
    if len(groups) == 1 and k + 1 < n and toks.k[k] == phrase_tokens("năm")[0] and _year(toks.k[k + 1]):
        groups.append(toks.k[k + 1])  # "tháng 3 năm 1990"
        k += 2
    year = _year(groups[-1])
    if year is None:
        return None
    nums = [int(g) for g in groups[:-1]]
    if len(nums) == 0:
        return PartialDate(year), k - i
    if len(nums) == 1 and 1 <= nums[0] <= 12:
        return PartialDate(year, nums[0]), k - i
    if len(nums) == 2 and 1 <= nums[1] <= 12 and 1 <= nums[0] <= 31:
        return PartialDate(year, nums[1], nums[0]), k - i
    return None


def read_period(toks: Tokens, i: int) -> Period | None:
    """The time expression written from token i, or None.

    >>> from kg.textkey import key
    >>> t = "Từ tháng 3/1990 đến tháng 6/2001, ông"
    >>> p = read_period(Tokens.of(t, key(t)), 0)
    >>> p.start.iso(), p.end.iso(), p.ongoing
    ('1990-03', '2001-06', False)
    """
    _, words = _tables()
    n = len(toks.k)
    if i >= n:
        return None
    w = toks.k[i]
    if not (w.isdigit() or w in words.firsts or w in _PART_OF):
        return None  # what _read_date would find at once: no date starts here (most calls, by far)
    j = i
    opened = False
    hit = words.longest(toks, j) if toks.k[j] in words.firsts else None
    if hit and hit[1] == "to":  # type: ignore[index]
        return _until(toks, i, hit[0])  # type: ignore[arg-type]
    if hit and hit[1] == "from":  # type: ignore[index]
        j += hit[0]
        opened = True
    first = _read_date(toks, j)
    if first is None:
        return None
    start, m = first
    j += m
    end: PartialDate | None = None
    ongoing = False
    if j + 1 < n and toks.k[j] == "-" and _year(toks.k[j - 1]) and _year(toks.k[j + 1]) \
            and toks.gap[j] == "" and toks.gap[j + 1] == "":
        end = PartialDate(int(toks.k[j + 1]))  # "2009-2013"
        return Period(start, end, False, j + 2 - i)
    k = j
    hit = words.longest(toks, k) if k < n and toks.k[k] in words.firsts else None
    if hit and hit[1] == "to" and not toks.brk[k]:  # type: ignore[index]
        k += hit[0]
        now = words.longest(toks, k) if k < n and toks.k[k] in words.firsts else None
        if now and now[1] == "now":  # type: ignore[index]
            return Period(start, None, True, k + now[0] - i)  # type: ignore[operator]
        second = _read_date(toks, k)
        if second is not None:
            end = second[0]
            return Period(start, end, False, k + second[1] - i)
    if not opened and start.month is None and toks.k[i] not in words.firsts and toks.k[i] not in _PART_OF:
        return None  # a bare number ("2011") is not a time expression by itself; "đầu năm 2011" is
    return Period(start, end, ongoing, j - i, since=opened)


_PART_OF = frozenset(phrase_tokens("đầu cuối giữa"))  # "đến cuối năm 2005"
# Before "đến <date>", what ends a clause: the date is when the clause's step came ("; đến tháng
# 9/2017 được điều động ...", "và đến tháng 7/2010 thì làm ..."), not the end of a post before it
_STEP_BEFORE = frozenset({",", ";", ":", ".", "+", "-", "–", "•", *phrase_tokens("và rồi thì nhưng")})


def _until(toks: Tokens, i: int, m: int) -> Period | None:
    """"đến tháng 10/2003", "cho tới năm 2010", "đến cuối năm 2005" written at token i (its word of
    kind "to" is m tokens long). Right after a title it ends the post ("Chủ tịch HĐQT Tổng công ty
    X đến tháng 10/2003": end only); opening a clause, or the sentence, it is when the clause's step
    came ("; đến tháng 9/2017 được điều động giữ chức ...": a start, as "Tháng 9/2017, ..."). A year
    alone counts after "năm" only ("đến 2005" may be a number)."""
    n = len(toks.k)
    j = i + m
    if j < n and toks.k[j] in _PART_OF and not toks.brk[j]:
        j += 1
    if j >= n or toks.brk[j]:
        return None
    got = _read_date(toks, j)
    if got is None or (got[0].month is None and toks.k[j - 1] != phrase_tokens("năm")[0]
                       and not (j < n and toks.k[j] == phrase_tokens("năm")[0])):
        return None
    date, k = got
    length = j + k - i
    if i == 0 or toks.brk[i] or toks.k[i - 1] in _STEP_BEFORE:
        return Period(date, None, False, length, step=True)
    return Period(None, date, False, length)


def title_period(toks: Tokens, title_start: int, title_end: int, clause_first: int) -> Period | None:
    """The period that dates a title: written right after it ("(01/1985 - 10/1987)", "từ năm 2009
    đến 2013", "vào tháng 10/2000"), else opening its clause ("Từ tháng 3/1990 đến tháng 6/2001,
    ...", "Tháng 6/2004, ông được bổ nhiệm ...")."""
    n = len(toks.k)
    k = title_end
    if k < n and toks.k[k] == "(":
        p = read_period(toks, k + 1)
        if p and k + 1 + p.length < n and toks.k[k + 1 + p.length] == ")":
            return p
    if k < n and not toks.brk[k]:
        if toks.k[k] == ",":
            k += 1
        p = read_period(toks, k)
        if p and (p.end or p.ongoing or (k < n and toks.k[k] in _tables()[1].firsts)):
            return p
    j = clause_first
    if j < title_start:
        p = read_period(toks, j)
        if p and j + p.length <= title_start:
            return p
    return None


def all_periods(toks: Tokens) -> list[tuple[int, Period]]:
    """Every time expression of the text, left to right, none inside another (linear)."""
    _, words = _tables()
    out: list[tuple[int, Period]] = []
    firsts = words.firsts
    done = 0
    cands: list[int] = []
    # every period holds a number: look only near numbers. A run of digits is a token of its own (the
    # key has the text's digits where it has them), so the numbers are the tokens whose key starts
    # with a digit, read off the distinct words, not found by a search of the whole text
    pos = toks.positions()
    k = toks.k
    for d in sorted(chain.from_iterable(map(pos.__getitem__, filter(str.isdecimal, pos)))):  # (a digit run's
        # key is digits only, so the distinct words are tested in C)
        cands.extend(x for x in range(max(d - 3, cands[-1] + 1 if cands else 0), d + 1)
                     if k[x] in firsts or x == d)
    for i in cands:
        if i < done:
            continue
        p = read_period(toks, i)
        if p is not None and p.step:
            continue  # read from its date on, as "Tháng 9/2017, ...": never the title before the comma's
        if p is not None and _first_day_before(toks, i, p) is not None:
            i, p = i - 1, _first_day_before(toks, i, p)  # type: ignore[assignment]
            if out and out[-1][0] == i:
                out.pop()
        if p is not None:
            if not _after_not_word(toks, i):
                p.opens = _opens_sentence(toks, i)
                p.aside = _in_before_clause(toks, i)
                p.owned = _bracket_after_title(toks, i, p) or _closes_title_clause(toks, i, p)
                p.leads = _leads_clause(toks, i, p)
                out.append((i, p))
            done = i + max(p.length, 1)
    return out


def _leads_clause(toks: Tokens, i: int, p: Period) -> bool:
    """The period at token i follows a comma and is the time of what the sentence tells next, not the
    date of the title before the comma: the subject of a new clause follows it ("..., năm 2008 ông trở về
    làm ..."), or it is a single date, no range and no "từ" before it (:func:`_single_date`: "ông A - Bí
    thư thứ nhất ..., năm 1962 và 1968", a caption's year; "..., Trưởng ban Chỉ đạo, vào ngày 25/5/2000,
    Ngân hàng giao ...", the next clause's day), or a clause telling a plan follows its comma (:func:`_plan_follows`:
    "..., giai đoạn 2017 - 2020, cả nước sẽ ..."). "..., từ năm 2011 đến nay" and "..., giai đoạn 2005-2010"
    still date the title."""
    if i == 0 or toks.k[i - 1] != ",":
        return False
    e = i + p.length
    return e < len(toks.k) and not toks.brk[e] and toks.k[e] in _PRONOUNS or _single_date(toks, i, p) \
        or _plan_follows(toks, e)


_PLAN_WORDS = phrase_table("plan_clause_words.tsv")
_MAX_PLAN_SUBJECT = 8  # tokens between the comma after a period and a plan's word: "cả nước sẽ", "tỉnh phấn đấu"


def _plan_follows(toks: Tokens, e: int) -> bool:
    """A comma at token e, right after a period, opens a clause that tells a plan or a target
    (``plan_clause_words.tsv``: "..., Phó Trưởng Ban Chỉ đạo X, giai đoạn 2017 - 2020, cả nước sẽ cổ phần hóa
    137 doanh nghiệp"): the period is that plan's, not the tenure of the title before it. "Ban Thường vụ Đảng ủy
    X, giai đoạn 2009-2015, được cho có vi phạm" still dates the title."""
    n = len(toks.k)
    if e >= n or toks.k[e] != "," or toks.brk[e]:
        return False
    for a in range(e + 1, min(n, e + 1 + _MAX_PLAN_SUBJECT)):
        if toks.brk[a] or not toks.word[a]:
            return False
        if toks.k[a] in _PLAN_WORDS.firsts and _PLAN_WORDS.longest(toks, a):
            return True
    return False


def _single_date(toks: Tokens, i: int, p: Period) -> bool:
    """The period at token i is one date, with no end, not held "đến nay", and not opened by a word of
    kind "from" of ``period_words.tsv`` ("từ", "kể từ"): when something happened, not since when."""
    if p.start is None or p.end is not None or p.ongoing:
        return False
    _, words = _tables()
    hit = words.longest(toks, i) if toks.k[i] in words.firsts else None
    return not (hit and hit[1] == "from")


_DAY_DASHES = frozenset({"-", "–"})


def _first_day_before(toks: Tokens, i: int, p: Period) -> Period | None:
    """A range of days of one month written with a dash, "các ngày 20-28/1/2016": the period read
    at the dash ("-28/1/2016", until then) is the date of one event, a congress or a session, not
    an end. An act done at it ("được bầu") is dated by its month, 1/2016, no end: which day of the
    session it came on is not written. The first day is written right before the dash, with
    nothing between, and is not itself the end of a date."""
    if not (i >= 1 and toks.k[i] in _DAY_DASHES and p.start is None and p.end is not None
            and p.end.day is not None and p.end.month is not None):
        return None
    d = toks.k[i - 1]
    if not (d.isdigit() and 1 <= int(d) < p.end.day and toks.e[i - 1] == toks.s[i]) \
            or (i >= 2 and toks.k[i - 2] in ("/", ".", "-")):
        return None
    return Period(PartialDate(p.end.year, p.end.month), None, False, p.length + 1, p.opens)


_MAX_OWNER = 30  # tokens between a clause's first word and the bracket of its title's period


def _bracket_after_title(toks: Tokens, i: int, p: Period) -> bool:
    """The period at token i is written in brackets after a title, in a clause of its own ("ông A,
    Giám đốc Sở Tài chính (2010-2015), nay là ...", "nguyên bí thư Tỉnh ủy nhiệm kỳ 2010-2015 (đến
    tháng 2-2015), chủ tịch HĐND tỉnh ..."): a role (two words at least, or capitalized) stands
    between the clause's first word and the bracket. Such a period dates the title it follows, not
    the next clause's. A bracket after a term or an event ("Trong nhiệm kỳ Quốc hội khóa XIII
    (2011-2016) ông A giữ chức ...", "5 năm tiếp theo (1989-1994) ông làm ...") may still open the
    clause that follows it."""
    n = len(toks.k)
    e = i + p.length
    if i < 2 or toks.k[i - 1] != "(" or e >= n or toks.k[e] != ")":
        return False
    return _title_in_clause_before(toks, i - 1)


def _closes_title_clause(toks: Tokens, i: int, p: Period) -> bool:
    """The period at token i is written after a title's words, in its clause, and a semicolon closes
    the clause right after it ("ông từng là Phó Vụ trưởng Vụ X, Phó Chủ tịch UBND tỉnh Y giai đoạn
    2011-2015; hiện là đại biểu Quốc hội", "Bí thư Huyện ủy Z nhiệm kỳ 2010-2015; Phó Bí thư Tỉnh
    ủy"): the title's period, as one in brackets is (:func:`_bracket_after_title`), not the time of
    the clause after the semicolon. A period opening its clause ("...; 2010 - 2015: Bí thư Tỉnh ủy")
    has no title before it in the clause and dates what follows."""
    e = i + p.length
    return i >= 1 and e < len(toks.k) and toks.k[e] == ";" and not toks.brk[e] and _title_in_clause_before(toks, i)


def _title_in_clause_before(toks: Tokens, b: int) -> bool:
    """A role (two words at least, or capitalized and not the sentence's first word) stands between the
    first word of the clause holding token b and token b, within ``_MAX_OWNER`` tokens."""
    roles = lexicon().roles
    first = sentence_start(toks, b)
    for a in range(b - 1, max(first - 1, b - 1 - _MAX_OWNER), -1):
        if toks.k[a] in (",", ";", ":", ".") or toks.brk[a + 1] and a + 1 < b:
            return False
        if toks.k[a] in roles.firsts:
            hit = roles.longest(toks, a)
            if hit and (hit[0] >= 2 or toks.cap[a] and a > first):
                return True
    return False


_BEFORE_CLAUSE = phrase_tokens("trước khi")
_MAX_BEFORE_CLAUSE = 24  # tokens between "trước khi" and the date of its clause


def _in_before_clause(toks: Tokens, i: int) -> bool:
    """The time expression at token i lies in a clause opened by "trước khi" ("Trước khi giữ chức
    Chủ tịch UBND thành phố từ 26/1/2015, ông từng kinh qua ..."): it dates that clause's post, not
    the career told after the clause's comma."""
    m = len(_BEFORE_CLAUSE)
    for a in range(i - m, max(-1, i - _MAX_BEFORE_CLAUSE), -1):
        if toks.brk[a + m] or toks.k[a + m] in (",", ";", ".", ":"):
            return False
        if tuple(toks.k[a : a + m]) == _BEFORE_CLAUSE:
            return True
    return False


_OPENERS = frozenset(phrase_tokens("đến cuối đầu giữa sau đó"))


def _opens_sentence(toks: Tokens, i: int) -> bool:
    """The time expression at token i opens its sentence, maybe after a bullet or "Đến", "Cuối",
    "Đầu" ("Đến tháng 9/2010, ông ..."): a step of a chronicle, not a date inside a clause."""
    first = sentence_start(toks, i)
    j = first + 1 if first < i and not toks.word[first] else first
    while j < i and toks.k[j] in _OPENERS:
        j += 1
    return j == i


def _tenure_range(p: Period) -> bool:
    """A range long enough to be a tenure: years ("1996-2000", "từ tháng 3/2006 đến 2011"), not
    the days of one event ("từ ngày 18/12 đến 20/12/2012")."""
    return p.end is not None and p.start is not None and (p.start.day is None or p.end.year != p.start.year)


def _step(p: Period) -> bool:
    """A single month or year, no day, opening the sentence: when a step of a career began ("Năm
    2010, ông giữ chức ...", "Tháng 10/2016, ông làm ..."), not the day of an event ("Ngày 5/3/2016,
    ông là ...") nor a year inside a clause ("chủ đề của năm 2017 là ...")."""
    return p.opens and p.end is None and p.start is not None and p.start.day is None


def dated(status: str, p: Period, after: bool,
          linked: bool = False) -> tuple[PartialDate | None, PartialDate | None, str]:
    """(start, end, status) of a post dated by ``p``.

    A period written after the title dates it whatever its status; one opening the clause dates
    only posts gained, left or listed as past ("Tháng 6/2004, ông được bổ nhiệm ...") or stated as
    held since then ("Từ tháng 11/2013 đến nay"), never the title of a person named at an event
    ("Sáng 18/12/2012, Bí thư Tỉnh ủy X chủ trì ..."), nor a post the person is only put forward
    for (nominated: no tenure has begun). A range that has ended, opening a clause
    whose verb (``linked``) says what was held then, is that tenure ("Từ 2006 đến 2011, ông là Ủy
    viên Bộ Chính trị", "Giai đoạn 1996-2000, ông làm ..."), and so is a start opened by "từ" with no end
    ("..., từ tháng 3/2019 là Phó Bí thư Tỉnh ủy": ``p.since``, held from then on), not so a title in apposition ("Giai
    đoạn 2016-2020, ông A, Chủ tịch UBND tỉnh cho biết": a plan's period). A post left on a date
    ends then; a post whose period has ended (held, or gained at its start) is former. A period after the
    title that is the next clause's time (``p.leads``: "..., năm 2008 ông trở về làm Y", "..., năm 1962 và
    1968") or opens the next sentence (``p.opens``: a headline ending with the title, the body opening with
    its day) dates nothing.
    """
    if after and p.leads:
        return None, None, status  # "Bí thư Quận ủy X, năm 2008 ông trở về làm Y": Y's date, not X's
    if after and p.opens:
        return None, None, status  # a headline ending with the title, the body opening "Ngày 10/9/2019, ...":
        # the next sentence's day, not the title's
    if not after and p.aside:
        return None, None, status  # "Trước khi làm Bí thư vào tháng 10/2015, ông từng là A, B": not A's date
    if not after and p.owned:
        return None, None, status  # "ông A, Giám đốc Sở X (2010-2015), nay là Phó Chủ tịch": not his date
    if not after and status == "nominated":
        return None, None, status  # "Ngày 29/4, ông X được giới thiệu tái cử đại biểu HĐND": no tenure begins
    if p.start is None and not after:
        # "... Tổng công ty X đến tháng 10/2003, sau đó được điều về giữ chức Y": when Y began
        p = Period(p.end, None, False, p.length, p.opens)
    if p.start is None and status in ("holds", "appointed"):
        return None, p.end, "former"  # "Chủ tịch HĐQT Tổng công ty X đến tháng 10/2003": held until then
    if not after and status == "holds" and not p.ongoing and not (linked and (_tenure_range(p) or _step(p) or p.since)):
        return None, None, status
    if status == "left":
        return (p.start if p.end else None), (p.end or p.start), status
    if status == "holds" and p.end is not None:
        status = "former"
    if status == "appointed" and p.end is not None and _tenure_range(p):
        status = "former"  # "Tháng 5/2007 đến 5/2011: ông được bổ nhiệm là Phó Giám đốc ...": held then
    return p.start, p.end, status
