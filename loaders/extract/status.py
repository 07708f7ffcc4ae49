"""What happens to a post, read from the words around its title (kg:status of the Tenure).

Cues come from ``status_cues.tsv``. A "prefix" cue counts only when it is written right before the
role ("nguyên Bí thư", "tân Chủ tịch"); a "clause" cue counts anywhere in the clause that leads to
the title ("bầu ông X giữ chức ...", "miễn nhiệm ... đối với ông X"), the last one before the title
winning ("Từ tháng 11/2013 đến nay, bà là ..." holds); an "after" cue right after a title set off
by commas ("ông X, Bí thư Tỉnh ủy nghỉ hưu"). Titles written as an
apposition ("ông X, Bí thư Tỉnh ủy") hold at the time of the report unless a prefix says otherwise.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from kg.loaders.extract.lexicon import lexicon, read_rows
from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_index, phrase_tokens

_CLAUSE_END = frozenset({".", ";", "!", "?", ":"})
SENTENCE_END = frozenset({".", "!", "?"})


def prefix_status(toks: Tokens, i: int) -> tuple[str, int] | None:
    """(status, length) of a prefix cue at token i ("nguyên", "cựu", "tân")."""
    for m, (status, scope) in lexicon().status_cues.match(toks, i):  # type: ignore[misc]
        if scope == "prefix":
            return status, m
    return None


def clause_start(toks: Tokens, i: int) -> int:
    """First token of the clause containing token i."""
    j = i
    while j > 0 and not toks.brk[j] and toks.k[j - 1] not in _CLAUSE_END:
        j -= 1
    return j


def clause_status(toks: Tokens, a: int, b: int) -> str | None:
    """Status of the last clause cue in tokens [a, b), if any; an appointment or removal written after a step still
    to come is planned (:func:`_planned_before`: nominated, or the post held); a clause of a chain of assignments
    with no cue of its own takes the act of the clause before it (:func:`_chained_status`)."""
    lex = lexicon()
    found = None
    i = a
    cues, k, n = lex.status_cues, toks.k, len(toks.k)
    found_at = a
    while i < b:
        hit = cues.longest(toks, i) if i < n and k[i] in cues.firsts else None  # most words start no cue
        if hit:
            m, (status, scope) = hit  # type: ignore[misc]
            if i + m <= b and scope == "clause":
                found, found_at = status, i
            i += m
            continue
        i += 1
    if found in UNDONE and _planned_before(toks, found_at) \
            and not (found == "left" and _moved_to(toks, found_at, b)):
        return UNDONE[found]
    if found == "left" and _looked_back(toks, a, found_at):
        return "former"
    if found == "appointed" and _ends_right_before(toks, _LOOKED_BACK["case"], found_at):
        return "holds"  # "Về trường hợp bổ nhiệm ông X làm Y": an earlier appointment talked about
    if found == "appointed" and _ended_by_move(toks, found_at, b):
        return "former"
    if found == "appointed" and _move_behind_removal(toks, a, found_at):
        return "holds"
    if found is None and a > 0 and k[a - 1] == ";" and not toks.brk[a]:
        return _chained_status(toks, a, b)
    if found is None and (a == 0 or toks.brk[a] or k[a - 1] in SENTENCE_END):
        return _apposed_act(toks, a, b) or _continued_status(toks, a, b)
    return found


@cache
def undone_words(*reaches: str) -> tuple[str, ...]:
    """The words of ``undone_acts.tsv`` (an act written after them is not done: a step to come, a condition, a
    request) whose reach is one of ``reaches``, as the table writes them, in its order."""
    return tuple(word for word, reach in read_rows("undone_acts.tsv", 2) if reach in reaches)


_PLANNED = phrase_index(undone_words("stretch"))
# The status an act not yet done leaves (a removal planned or pending leaves the post held, an appointment
# nominated): status.clause_status and officials._pending read this one mapping
UNDONE = {"left": "holds", "appointed": "nominated"}
_PLAN_STOPS = frozenset({",", ";", *SENTENCE_END})  # ":" is crossed: "sẽ dành thời gian cho nhân sự: bãi nhiệm ..."


def _planned_before(toks: Tokens, at: int) -> bool:
    """A step still to come (``undone_acts.tsv``, reach stretch: "sẽ được", "sẽ họp", "sẽ bỏ phiếu") is written before
    the act's verb at token ``at``, in the stretch of its sentence with no comma, ";" or line break between: the act
    is the object of a future sitting, not done ("các ông A, B sẽ được miễn nhiệm chức danh Phó chủ tịch huyện"). Why
    the stretch, not the clause: a comma closes it so that "sẽ" of another verb ("Tỉnh sẽ phát triển, ông A được bầu
    ...") does not reach the act, while a colon opening the agenda's items is crossed ("Quốc hội sẽ dành thời gian
    cho phần nhân sự: bỏ phiếu bãi nhiệm ...")."""
    s = at
    while s > 0 and not toks.brk[s] and toks.k[s - 1] not in _PLAN_STOPS:
        s -= 1
    k = toks.k
    return any(k[j] in _PLANNED.firsts and _PLANNED.longest(toks, j) is not None for j in range(s, at))


_LOOKED_BACK = {use: phrase_index(w for w, u in read_rows("looked_back_acts.tsv", 2) if u == use)
                for use in ("since", "done", "case", "until", "prior", "reason")}


def _looked_back(toks: Tokens, a: int, at: int) -> bool:
    """The removal at token ``at`` is one the report looks back on (``looked_back_acts.tsv``): a word that counts
    time up to now ("đến nay") stands earlier in its clause (the one holding token ``a``, where the caller's span may
    open at the person) and a word of a thing done ("đã bị")
    right before it: "Liên quan vụ việc, đến nay ông X đã bị miễn nhiệm chức vụ Y" tells a removal made before the
    report's event, whose post is former, not left by this event. Why both: "đã" alone is also how a report tells
    its own act ("HĐND tỉnh đã miễn nhiệm ông X"), and "đến nay" alone opens a post held ("Từ 2015 đến nay, ông là
    Y")."""
    since, k = _LOOKED_BACK["since"], toks.k
    if not _ends_right_before(toks, _LOOKED_BACK["done"], at):
        return False
    return any(k[j] in since.firsts and since.longest(toks, j) is not None for j in range(clause_start(toks, a), at))


def _ended_by_move(toks: Tokens, at: int, b: int) -> bool:
    """The appointment at token ``at`` closes a span of a career ("đến khi được chỉ định làm X":
    ``looked_back_acts.tsv`` use until) and the title at token ``b`` is written after the comma that ends that
    span: "Từ tháng 3/2015 đến khi được chỉ định làm Phó Bí thư Tỉnh ủy, ông là Vụ trưởng Vụ X" tells that the
    move to X ended the Vụ trưởng post, which is former; X itself, the verb's object before the comma, is not
    read here. The person ("ông", "bà", "đồng chí") must be written after that comma, before the title: a second
    title of the move's own list ("đến khi được điều động làm Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") is not one
    the span ended."""
    if not _ends_right_before(toks, _LOOKED_BACK["until"], at) or "," not in toks.k[at:b]:
        return False
    comma = toks.k.index(",", at, b)
    return any(_honorific_end(toks, j, b) is not None for j in range(comma + 1, b))


_MAX_PRIOR_REACH = 8  # words from "vừa được" to the verb: "vừa được Bộ Chính trị điều động, chỉ định"


def _move_behind_removal(toks: Tokens, a: int, at: int) -> bool:
    """The appointment at token ``at`` is the move that a removal earlier in its clause (the one holding token ``a``)
    follows from: "HĐND tỉnh thông báo kết quả miễn nhiệm đối với ông X, nguyên Chủ tịch UBND tỉnh vừa được Bộ Chính
    trị điều động, chỉ định giữ chức Bí thư Tỉnh ủy Y". A word of a move already made (``looked_back_acts.tsv`` use
    prior: "vừa được", "đã được") stands a few words before the verb, and the only person named between the removal
    and it is the one removed: the post is held, given before the report's event, not by it. A second person named
    there ("miễn nhiệm ông A, đồng thời ông B đã được bầu ...") is another act of the same sitting, left alone; a
    word of reason there ("do ông X đã được điều động", ``looked_back_acts.tsv`` use reason) leaves the move to the
    reason clause's own reader (officials._reason_moves), which settles it after the statuses of terms."""
    prior, k = _LOOKED_BACK["prior"], toks.k
    p = next((j for j in range(at - 1, max(-1, at - _MAX_PRIOR_REACH - 1), -1)
              if k[j] in prior.firsts and prior.longest(toks, j) is not None), None)
    if p is None or k[p] in _CLAUSE_END:
        return False
    s = clause_start(toks, min(a, p))
    cues = lexicon().status_cues
    removal = next((j for j in range(p - 1, s - 1, -1) if k[j] in cues.firsts
                    and (hit := cues.longest(toks, j)) is not None and hit[1][0] == "left"), None)  # type: ignore[index]
    if removal is None or any(k[j] in _CLAUSE_END for j in range(p, at)):
        return False
    reason = _LOOKED_BACK["reason"]
    if any(k[j] in reason.firsts and reason.longest(toks, j) is not None for j in range(removal, p)):
        return False  # "do ông X đã được điều động ...": officials._reason_moves reads the reason clause
    return sum(1 for j in range(removal, p) if _honorific_end(toks, j, p) is not None) == 1


def _ends_right_before(toks: Tokens, words: PhraseIndex[str], at: int) -> bool:
    """A phrase of ``words`` ends right before token ``at``, in the same line (:meth:`PhraseIndex.ending_at`)."""
    return words.ending_at(toks, at) > 0 and not toks.brk[at]


def _moved_to(toks: Tokens, at: int, b: int) -> bool:
    """A verb of :data:`_CHAIN_VERBS` ("làm", "giữ chức") stands between the removal at token ``at`` and the title at
    token ``b``: the title is the post the person goes to ("sẽ thôi chức Bí thư Tỉnh ủy để làm Phó ban Kinh tế Trung
    ương"), which the move gives, not the post the planned removal ends."""
    return any(toks.k[j] in _CHAIN_VERBS.firsts and _CHAIN_VERBS.longest(toks, j) is not None for j in range(at, b))


# Honorifics that open a clause of a chain of assignments, and the verbs that give the title in it
_CHAIN_HONORIFICS = frozenset(phrase_tokens("ông bà"))
_COMRADE = tuple(phrase_tokens("đồng chí"))  # the Party's honorific, two words: "đồng chí Lê Văn Tâm"
_CHAIN_VERBS = PhraseIndex()
for _v in ("làm", "giữ chức", "giữ chức vụ", "giữ vị trí", "giữ cương vị", "đảm nhiệm", "đảm nhận", "đảm trách",
           "phụ trách"):
    _CHAIN_VERBS.add(phrase_tokens(_v), True)
_MAX_CHAIN_NAME = 5  # syllables of a name ("ông Nguyễn Văn Minh Tâm")
CHAIN_CARRIED = frozenset({"appointed", "nominated"})


def _honorific_end(toks: Tokens, i: int, end: int) -> int | None:
    """The token after an honorific written at token i ("ông", "bà", "đồng chí"), else None."""
    k = toks.k
    if k[i] in _CHAIN_HONORIFICS:
        return i + 1
    if k[i] == _COMRADE[0] and i + 1 < end and k[i + 1] == _COMRADE[1] and not toks.brk[i + 1]:
        return i + 2
    return None


def _chain_verb_after_name(toks: Tokens, i: int, end: int) -> int | None:
    """The token after "ông/bà NAME VERB" written at token i (before ``end``), the verb one of
    :data:`_CHAIN_VERBS` ("ông Lê Văn Tâm làm", "bà Trần Thị Hoa giữ chức"); else None."""
    if i >= end:
        return None
    j = _after_chain_name(toks, i, end)
    if j is None or toks.k[j] not in _CHAIN_VERBS.firsts:
        return None
    hit = _CHAIN_VERBS.longest(toks, j)
    return j + hit[0] if hit else None


def _after_chain_name(toks: Tokens, i: int, end: int) -> int | None:
    """The token after the name of "ông/bà/đồng chí NAME" written at token i (the honorific's first word), when
    one follows it before ``end``."""
    h = _honorific_end(toks, i, end) if i < end else None
    return None if h is None else _after_bare_name(toks, h, end)


_APPOSITION_MARKS = frozenset({",", "-", "–"})
_MAX_CHAIN_APPOSITION = 24  # tokens of the titles between a link's name and its verb


def _verb_after_apposition(toks: Tokens, i: int, end: int, verbs: PhraseIndex = _CHAIN_VERBS,
                           *, joined: bool = False) -> tuple[int, int, object] | None:
    """(the verb's first token, the token after it, the verb's value) of "ông/bà NAME, <titles> VERB" written
    at token i: the person's present titles set off by "," or "-" between the name and the first of ``verbs``
    ("ông Trần Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy làm", "ông Lê Văn Nam - Bí thư Huyện ủy về làm"); else
    None. The titles hold no clause end, break or second "ông/bà"; with ``joined``, a second (third …)
    person named so after "và" (:func:`_joined_person`) goes on the list: "ông A, Giám đốc Sở X và bà B,
    Chủ tịch Hội Y giữ chức"."""
    j = _after_chain_name(toks, i, end)
    if j is None or toks.k[j] not in _APPOSITION_MARKS:
        return None
    x, stop = j + 1, min(end, j + 1 + _MAX_CHAIN_APPOSITION)
    while x < stop:
        if toks.brk[x] or toks.k[x] in _CLAUSE_END:
            return None
        if toks.k[x] in _CHAIN_HONORIFICS or (toks.k[x] == _COMRADE[0] and _honorific_end(toks, x, end)):
            nxt = _joined_person(toks, x, end) if joined and x > j + 1 else None
            if nxt is None:
                return None
            j, x, stop = nxt - 1, nxt, min(end, nxt + _MAX_CHAIN_APPOSITION)
            continue
        if toks.k[x] in verbs.firsts and x > j + 1:
            hit = verbs.longest(toks, x)
            if hit:
                return x, x + hit[0], hit[1]
        x += 1
    return None


_AND = phrase_tokens("và")[0]


def _joined_person(toks: Tokens, x: int, end: int) -> int | None:
    """The token after the apposition mark of "và ông/bà NAME," with its honorific at token x, else None:
    one more person named with the titles held now before a verb they share."""
    if toks.k[x - 1] != _AND or toks.brk[x - 1] or toks.brk[x]:
        return None
    j = _after_chain_name(toks, x, end)
    return j + 1 if j is not None and toks.k[j] in _APPOSITION_MARKS else None


def _chain_verb_after_apposition(toks: Tokens, i: int, end: int) -> int | None:
    """The token after the verb of a chain link "ông/bà NAME, <titles> VERB" (:func:`_verb_after_apposition`
    with :data:`_CHAIN_VERBS`), else None."""
    got = _verb_after_apposition(toks, i, end)
    return got[1] if got else None


_TITLE_LEADS = frozenset(phrase_tokens("phó quyền nguyên"))
_APPOSED = PhraseIndex()
_APPOSED_NOT: set[str] = set()  # words right before the verb that make it a post held ("hiện", "vẫn")
for _w, _s in read_rows("apposed_acts.tsv", 2):
    if _s == "none":
        _APPOSED_NOT.update(phrase_tokens(_w)[-1:])
    else:
        _APPOSED.add(phrase_tokens(_w), _s)


def _apposed_act(toks: Tokens, a: int, b: int) -> str | None:
    """The status of ``apposed_acts.tsv`` whose verb is written right before the title at token ``b``, in
    a sentence opening at token ``a`` with the person and the titles held now: "Ông Trần Văn A, Phó Bí thư
    Tỉnh ủy giữ chức Chủ tịch UBND tỉnh." gives the Chủ tịch post (appointed); the apposed titles, before
    the verb, stay held. Two or more named so, joined by "và", before one verb read the same: "Ông A, Giám đốc
    Sở X và bà B, Chủ tịch Hội Y giữ chức Phó chủ tịch." gives both the post (appointed, as mid27's gold
    writes it). The words after the comma must open a title ("Ông A, 55 tuổi, giữ chức …" is no such list:
    held)."""
    got = _verb_after_apposition(toks, a, len(toks.k), _APPOSED, joined=True)
    if got is None or got[1] != b:
        return None
    if toks.k[got[0] - 1] in _APPOSED_NOT:
        return None  # "…, hiện giữ chức …", "…, tiếp tục giữ chức …": held, kept on
    j = _after_chain_name(toks, a, b)
    roles = lexicon().roles
    t = j + 1 if j is not None else b  # the first word after the comma: a title, not "55 tuổi", "sinh năm …"
    while t < b and toks.k[t] in _TITLE_LEADS:
        t += 1  # "Phó Bí thư", "nguyên Bí thư"
    return str(got[2]) if t < b and toks.k[t] in roles.firsts and roles.longest(toks, t) else None


_IS = phrase_tokens("là")[0]
_PLURAL = phrase_tokens("các")[0]  # "hai Phó bí thư là các ông A và ông B"
_MAX_CHAIN_HEAD = 8  # words of "hai phó chủ tịch" before "là ông A"


def _chain_link(toks: Tokens, a: int, end: int) -> bool:
    """The clause opening at token a is a link of a chain of assignments: "ông/bà NAME làm|giữ chức ..."
    (:func:`_chain_verb_after_name`) or a title before its holders, "hai phó chủ tịch là ông A và B"
    (up to :data:`_MAX_CHAIN_HEAD` words, no comma, before "là ông/bà NAME" or "là các ông/bà NAME")."""
    if _chain_verb_after_name(toks, a, end) is not None:
        return True
    for j in range(a + 1, min(end - 2, a + _MAX_CHAIN_HEAD + 1)):
        if toks.brk[j] or not toks.word[j]:
            return False
        if toks.k[j] == _IS:
            if toks.k[j + 1] == _PLURAL and j + 3 < end and not toks.brk[j + 1]:
                j += 1
            return toks.k[j + 1] in _CHAIN_HONORIFICS and toks.cap[j + 2] and not toks.brk[j + 1]
    return False


def _names_someone(toks: Tokens, p: int, q: int) -> bool:
    """Tokens [p, q) hold "ông/bà NAME" (a capitalised word right after the honorific)."""
    for i in range(p, q - 1):
        h = _honorific_end(toks, i, q)
        if h is not None and h < q and toks.cap[h] and toks.word[h] and not toks.brk[h]:
            return True
    return False


def _chained_status(toks: Tokens, a: int, b: int) -> str | None:
    """A chain of assignments joined by ";" tells one act: "Bộ Chính trị phân công ông A làm Trưởng ban X;
    ông B làm Trưởng ban Y; bà C giữ chức Chánh Văn phòng Z", "ông A tái đắc cử Chủ tịch HĐND tỉnh; hai phó
    chủ tịch là ông B và C". A clause right after ";" that is only such a link (:func:`_chain_link`, no cue
    of its own) takes the appointment or nomination of the clause before it, when that clause names a
    person ("ông/bà NAME"); the chain goes on from clause to clause. A removal or a past post is not
    carried: "ông A thôi giữ chức X; ông B làm Y" says nothing of B's act, and a clause of another shape
    ("...; ông B cho biết ...") breaks the chain. A link may name its person with the titles held now,
    "ông B, Ủy viên Ban Thường vụ Tỉnh ủy làm Phó Chủ tịch UBND tỉnh" (:func:`_chain_verb_after_apposition`):
    then only the titles after its verb (from token ``b`` on, the verb's end at or before it) take the act, the
    titles held now do not: "bà C, Phó Chủ tịch UBND huyện, giữ chức Phó Bí thư, Chủ tịch UBND xã" gives both titles
    after "giữ chức". Such a link also passes the act on to the link after it (asked with ``b`` its clause's end)."""
    if not _chain_link(toks, a, len(toks.k)) and not _apposed_verb_before(toks, a, b):
        return None
    return _carried_before(toks, a)


def _apposed_verb_before(toks: Tokens, a: int, b: int) -> bool:
    """The clause opening at token ``a`` is "ông/bà NAME, <titles> VERB" (:func:`_chain_verb_after_apposition`) whose
    verb ends at token ``b`` or before it."""
    end = _chain_verb_after_apposition(toks, a, len(toks.k))
    return end is not None and end <= b


def _carried_before(toks: Tokens, a: int) -> str | None:
    """The appointment or nomination of the clause that ends at token ``a - 1`` (its ";" or full stop), when that
    clause names a person ("ông/bà NAME"); else None."""
    p = clause_start(toks, a - 1)
    if p >= a - 1 or not _names_someone(toks, p, a - 1):
        return None
    status = clause_status(toks, p, a - 1)
    return status if status in CHAIN_CARRIED else None


def _continued_status(toks: Tokens, a: int, b: int) -> str | None:
    """A list of assignments goes on over a full stop, in its paragraph: "... chỉ định đồng chí A giữ chức Chủ tịch
    HĐND phường; đồng chí B giữ chức Chủ tịch UBND phường. Các đồng chí C và D giữ chức Phó Chủ tịch UBND
    phường." A sentence opening at token ``a`` on the line of the sentence before, that is only a link of such a
    list (one person or several named before a verb of :data:`_CHAIN_VERBS`: :func:`_chain_link`,
    :func:`_plural_link`), takes the appointment or nomination of the last clause before it, when that clause
    names a person, as :func:`_chained_status` does after ";". A sentence of another shape, or a new line, ends
    the list; except one that names its people with the titles they hold now right before the verb and the
    title (:func:`_verb_after_apposition`, joined by "và": "HĐND tỉnh bầu ông A làm Phó Chủ tịch UBND tỉnh.⏎Ông
    B, Giám đốc Sở X và ông C, Giám đốc Công an tỉnh làm Ủy viên UBND tỉnh."): the apposed titles tell the
    writer that these are new posts, given by the same act, even on a line of their own."""
    if a == 0 or toks.k[a - 1] not in SENTENCE_END:
        return None
    n = len(toks.k)
    apposed = _verb_after_apposition(toks, a, n, joined=True)
    if (apposed is None or apposed[1] != b) and (toks.brk[a] or not (_chain_link(toks, a, n)
                                                                       or _plural_link(toks, a, n))):
        return None
    return _carried_before(toks, a)


def _plural_link(toks: Tokens, a: int, end: int) -> bool:
    """The clause opening at token a names several people after a plural honorific, joined by "," or "và", before
    a verb of :data:`_CHAIN_VERBS`: "Các đồng chí A và B giữ chức ...", "các ông A, B làm ..."."""
    if toks.k[a] != _PLURAL or a + 1 >= end or toks.brk[a + 1]:
        return False
    j = _after_chain_name(toks, a + 1, end)
    while j is not None and toks.k[j] in (",", _AND) and j + 1 < end and not toks.brk[j + 1]:
        j = _after_chain_name(toks, j + 1, end) if _honorific_end(toks, j + 1, end) is not None \
            else _after_bare_name(toks, j + 1, end)
    return j is not None and toks.k[j] in _CHAIN_VERBS.firsts and _CHAIN_VERBS.longest(toks, j) is not None


def _after_bare_name(toks: Tokens, i: int, end: int) -> int | None:
    """The token after a name written at token i with no honorific ("... và Hoàng Thị Hòa giữ chức"), else None."""
    j = i
    while j < end and j - i < _MAX_CHAIN_NAME and toks.cap[j] and toks.word[j] and not toks.brk[j]:
        j += 1
    return None if j == i or j >= end else j

class _Prefixed(Protocol):
    start: int  # first token, a written prefix included
    role_start: int  # first token after the prefix
    prefix: str | None


def own_prefixes_only(run: list[_Prefixed], seps: list[str]) -> None:
    """A writer who repeats "nguyên" marks each former title of a list, so a title written without
    it among them is held: "ông A, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy, Trưởng
    đoàn ĐBQH" heads the delegation now. A single "nguyên" still carries over the titles after it
    ("Phó Bí thư Tỉnh ủy, nguyên Bí thư Đảng ủy, Cục trưởng Cục X": both former; see
    ``titles.parse_run``). Lists joined by ";" are counted apart (``seps``: the token before each
    title). Only a carried prefix is dropped, never one the text writes."""
    part: list[_Prefixed] = []
    for t, sep in zip([*run, None], [*seps, ";"], strict=True):
        if t is None or sep == ";":
            if sum(1 for x in part if x.prefix == "former" and x.start < x.role_start) >= 2:
                for x in part:
                    if x.prefix == "former" and x.start == x.role_start:
                        x.prefix = None
            part = []
        if t is not None:
            part.append(t)
