"""Members elected into a body: "Hội nghị bầu bổ sung ông A vào Ban Thường vụ Tỉnh ủy", "ông A được
bầu vào Ban Chấp hành", "15 người trúng cử vào Ban Thường vụ Thành ủy gồm: A, B, C (...), D".

A body of ``member_bodies.tsv`` written after "vào" and an election verb (``election_cues.tsv``)
makes each person of the election a member (the role of that table, "Ủy viên"): the name written
between the verb and "vào", the subject written right before the verb, or every name of the list
that follows the body after "gồm", "là" or a colon.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.loaders.extract.lexicon import lexicon, phrase_table
from kg.loaders.extract.lists import honorific_start, skip_honorifics
from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_tokens
from kg.reference.numerals import cardinal_words

_INTO = phrase_tokens("vào")[0]
_LIST_OPENERS = phrase_table("election_list_openers.tsv")
_LIST_JOINS = frozenset({",", ";", *phrase_tokens("và")})
_SUBJECT_FILLERS = frozenset(phrase_tokens("đã được vừa cũng chính thức"))
_MAX_ASIDE = 12
_TERM_WORDS = frozenset(phrase_tokens("khóa nhiệm kỳ mới"))
NEGATIONS = frozenset(phrase_tokens("không chưa"))  # words that negate an election verb


@dataclass
class Elected:
    name: int  # index of the name hit
    body: int  # index into the bodies given


def elected_members(toks: Tokens, bodies: list[tuple[int, int]], name_at: dict[int, int],
                    name_end: dict[int, int], runs: dict[int, int] | None = None) -> list[Elected]:
    """Who is elected into each body: ``bodies`` holds (first token, token after) of each member
    body written in the text; ``name_at`` maps a name's first token to its hit index and
    ``name_end`` a hit index to the token after the name; ``runs`` maps a run of titles' first
    token to the token after it (a listed name may have its own title before it)."""
    out: list[Elected] = []
    by_end = {e: i for i, e in name_end.items()}
    start_of = {i: s for s, i in name_at.items()}
    run_by_end = {e: s for s, e in (runs or {}).items()}
    took: dict[int, list[int]] = {}  # the token after each body elected into -> the names elected
    for b, (a, e) in enumerate(bodies):
        if a < 2 or toks.brk[a]:
            continue
        joined = took.get(a - 1) if toks.k[a - 1] in _BODY_JOINS else None
        if joined:  # "được bầu bổ sung vào Ban Chấp hành, | Ban Thường vụ": the second body of the same election
            out.extend(Elected(idx, b) for idx in joined)
            took[e] = joined
            continue
        before = len(out)
        _elect_into(toks, b, a, e, out, by_end, start_of, run_by_end, name_at, name_end, runs)
        if len(out) > before:
            took[e] = [el.name for el in out[before:]]
    return out


_BODY_JOINS = frozenset({",", *phrase_tokens("và")})


def _elect_into(toks: Tokens, b: int, a: int, e: int, out: list[Elected], by_end: dict[int, int],
                start_of: dict[int, int], run_by_end: dict[int, int], name_at: dict[int, int],
                name_end: dict[int, int], runs: dict[int, int] | None) -> None:
    """Who is elected into the body ``b`` written at tokens [a, e) (:func:`elected_members`), added to ``out``."""
    if toks.k[a - 1] == _INTO:
        v = a - 1  # "vào"
    elif (into := _into_before_bodies(toks, a, start_of, by_end)) is not None:
        v = into  # "vào Ban Chấp hành, | Ban Thường vụ": the second body of the verb's object
    elif _direct_cue_before(toks, a) is not None:
        v = a  # "trúng cử Ban Chấp hành ...": the verb takes the body with no "vào"
    else:
        return
    # "bầu bổ sung ông A vào ...": the name between the verb and "vào"
    idx = by_end.get(v) if v != a else None
    if v != a and idx is None:
        idx = _titled_name_before(toks, v, by_end, run_by_end)
    if idx is not None:
        c = _cue_ending_at(toks, honorific_start(toks, start_of[idx]))
        if c is not None:
            out.append(Elected(idx, b))
            return
    c = _cue_ending_at(toks, v)
    if c is None or _negated(toks, c):
        return  # "Các Ủy viên khóa cũ không tái cử vào Ban Chấp hành mới: A, B": not elected
    # "ông A (đã) được bầu vào ...": the subject right before the verb, or before "được <agent>"
    k = _agent_start(toks, c)
    while k > 0 and toks.k[k - 1] in _SUBJECT_FILLERS and not toks.brk[k]:
        k -= 1
    if k in by_end and not _counted(toks, start_of[by_end[k]]):
        out.append(Elected(by_end[k], b))
        return
    if (idx := _titled_subject(toks, k, by_end, run_by_end)) is not None:
        out.append(Elected(idx, b))  # "ông A, Phó Giám đốc Sở Y tế, đã được bầu bổ sung vào ..."
        return
    if toks.k[k] == _BY and (idx := _shared_subject(toks, k, by_end, name_at)) is not None:
        # "ông A được bầu lại vào Ban Chấp hành, được Trung ương bầu vào Bộ Chính trị": A's second step
        out.append(Elected(idx, b))
        return
    # "... trúng cử vào Ban Thường vụ gồm: A, B, C": the list after the body
    out.extend(Elected(idx, b) for idx in _list_after(toks, e, name_at, name_end, runs or {}))


_MAX_BODY_LIST = 8  # tokens between "vào" and a later body of its object: "Ban Chấp hành Đảng bộ huyện,"


def _into_before_bodies(toks: Tokens, a: int, start_of: dict[int, int], by_end: dict[int, int]) -> int | None:
    """The "vào" whose object is a list of bodies ending with the body at token a: "được bầu bổ sung vào Ban Chấp
    hành, Ban Thường vụ và giữ chức ...": the election takes the person into each (the first may be a bare board
    that no body mention covers). Between "vào" and the body, only a few words opening with a capital, joined by
    "," or "và", no name, mark or line break; None otherwise."""
    if a < 3 or toks.k[a - 1] not in _BODY_JOINS or toks.brk[a]:
        return None
    names = set(start_of.values()) | set(by_end)
    for x in range(a - 2, max(0, a - 2 - _MAX_BODY_LIST), -1):
        if toks.brk[x + 1] or x in names or not (toks.word[x] or toks.k[x] in _BODY_JOINS):
            return None
        if toks.k[x] == _INTO:
            return x if x + 1 < a - 1 and toks.cap[x + 1] else None
    return None


_MAX_SUBJECT_TITLES = 4  # runs of titles between a subject's name and its verb: "A, Tỉnh ủy viên, Giám đốc Sở Y tế,"


def _titled_subject(toks: Tokens, k: int, by_end: dict[int, int], run_by_end: dict[int, int]) -> int | None:
    """The subject whose own titles, set off from its name by a comma, end right before token k, where its
    predicate starts (a comma between allowed): "ông A, Phó Giám đốc Sở Y tế, | đã được bầu bổ sung vào Ban Chấp
    hành", "đồng chí A, Tỉnh ủy viên, Phó Giám đốc Sở Y tế | đã được bầu bổ sung vào ...". None when no run of
    titles ends there or no name stands before the first of them."""
    e = k - 1 if k > 0 and toks.k[k - 1] == "," else k
    for _ in range(_MAX_SUBJECT_TITLES):
        s = run_by_end.get(e)
        if s is None or s < 2 or toks.brk[s] or toks.brk[e] or toks.k[s - 1] != ",":
            return None
        if (idx := by_end.get(s - 1)) is not None:
            return idx
        e = s - 1  # "A, Tỉnh ủy viên, | Phó Giám đốc ...": the run before ends at this comma
    return None




def _titled_name_before(toks: Tokens, v: int, by_end: dict[int, int], run_by_end: dict[int, int]) -> int | None:
    """The name whose own title, set off by a comma or a dash, ends right before "vào" at token v: "bầu
    bổ sung bà A, Phó Chủ tịch Hội LHPN tỉnh | vào Ban Thường vụ": the title says who A is, the election
    takes A into the body as "bầu bổ sung bà A vào" does. None when no run of titles ends there, or no
    name is written right before it."""
    s = run_by_end.get(v)
    if s is None and v > 0 and toks.k[v - 1] == "," and not toks.brk[v]:
        s = run_by_end.get(v - 1)  # "bầu bổ sung ông A, Giám đốc Sở Nội vụ, | vào Ban Thường vụ"
    if s is None or s < 2 or toks.brk[s] or toks.k[s - 1] not in (",", "-", "–"):
        return None
    return by_end.get(s - 1)


_DIRECT_CUES = phrase_table("election_direct_cues.tsv")
_BY = phrase_tokens("được")[0]
_AGENT_LEADS = frozenset(phrase_tokens("ban"))  # "được ban Chấp hành Trung ương bầu vào ban Bí thư"
_MAX_AGENT = 10  # words of "Ban Chấp hành Trung ương Đảng khóa XII tín nhiệm" between "được" and "bầu"
_PREDICATE_JOINS = frozenset({",", *phrase_tokens("và rồi sau đó tiếp")})  # "…, sau đó được …"
_MAX_SHARED = 40  # tokens from a subject's name to its second predicate
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


# the plural words and the cardinals of kg.reference.numerals, not "năm": also "year"
_COUNT_WORDS = frozenset({*phrase_tokens("các những mấy"),
                          *(phrase_tokens(w)[0] for w in cardinal_words() if w != "năm")})


def _counted(toks: Tokens, start: int) -> bool:
    """The subject at token ``start`` is a count of persons, not one named: "53 đồng chí trúng cử Ban Chấp hành", "các
    đồng chí được bầu vào …" (a pronoun "đồng chí" after a number or a plural word)."""
    return start > 0 and not toks.brk[start] and (toks.k[start - 1].isdigit() or toks.k[start - 1] in _COUNT_WORDS)


def _direct_cue_before(toks: Tokens, a: int) -> int | None:
    """The first token of a verb of ``election_direct_cues.tsv`` written right before the body at token
    a ("trúng cử Ban Chấp hành Đảng bộ tỉnh": the body without "vào"), else None."""
    return _phrase_ending_at(toks, a, _DIRECT_CUES, (3, 2))


def _agent_start(toks: Tokens, c: int) -> int:
    """The token of "được" that opens the electing body written before the verb at token c ("ông A được
    Ban Chấp hành tín nhiệm bầu vào Ban Thường vụ", "được Trung ương tiếp tục bầu vào Bộ Chính trị"): the
    person elected is named before it. The agent opens with a capital (or a word of
    ``_AGENT_LEADS``), has no punctuation, at most :data:`_MAX_AGENT` words; else c itself ("được giới thiệu để
    bầu vào" names no electing body)."""
    k = c - 1
    while k > 0 and c - k <= _MAX_AGENT and not toks.brk[k + 1] and toks.word[k] and toks.k[k] != _BY:
        k -= 1
    if k < c - 1 and toks.k[k] == _BY and not toks.brk[k + 1] and (toks.cap[k + 1] or toks.k[k + 1] in _AGENT_LEADS):
        return k
    return c


def _shared_subject(toks: Tokens, k: int, by_end: dict[int, int], name_at: dict[int, int]) -> int | None:
    """The name of the subject whose second predicate opens with "được" at token k, after a comma or a
    join (``_PREDICATE_JOINS``: "ông A trúng cử Ban Chấp hành, sau đó được Ban Chấp hành bầu vào Ban Thường
    vụ", "được bầu làm Ủy viên Trung ương và được Trung ương bầu vào Ban Bí thư"): the last name before k
    in its sentence, followed right away by its first predicate ("được", "đã", "trúng cử" …), with no
    other name, clause end or line break between; else None."""
    j = k
    while j > 0 and toks.k[j - 1] in _PREDICATE_JOINS and k - j < 3 and not toks.brk[j]:
        j -= 1
    if j == k or toks.brk[j]:
        return None
    for x in range(j - 1, max(0, k - _MAX_SHARED), -1):
        if toks.brk[x + 1] or toks.k[x] in _CLAUSE_ENDS or x in name_at:
            return None
        if x in by_end and (toks.k[x] in _SUBJECT_FILLERS or _cue_starting(toks, x)):
            return by_end[x]
    return None


def _cue_starting(toks: Tokens, x: int) -> bool:
    """An election verb (``election_cues.tsv``, ``election_direct_cues.tsv``) is written at token x."""
    return bool(toks.k[x] in lexicon().election_cues.firsts and lexicon().election_cues.longest(toks, x)
                or toks.k[x] in _DIRECT_CUES.firsts and _DIRECT_CUES.longest(toks, x))


def _negated(toks: Tokens, c: int) -> bool:
    """The election verb at token c is negated: "không tái cử vào", "không được bầu vào", "chưa
    trúng cử vào" (past the fillers "được", "đã" ... before the verb)."""
    k = c
    while k > 0 and toks.k[k - 1] in _SUBJECT_FILLERS and not toks.brk[k]:
        k -= 1
    return k > 0 and toks.k[k - 1] in NEGATIONS and not toks.brk[k]


def cue_ending_at(toks: Tokens, k: int) -> int | None:
    """The first token of an election verb (``election_cues.tsv``) that ends right before token k."""
    return _cue_ending_at(toks, k)


def _cue_ending_at(toks: Tokens, k: int) -> int | None:
    """The first token of an election verb that ends right before token k."""
    return _phrase_ending_at(toks, k, lexicon().election_cues, (4, 3, 2, 1))


def _phrase_ending_at(toks: Tokens, k: int, phrases: PhraseIndex[str], lengths: tuple[int, ...]) -> int | None:
    """The first token of the longest phrase of ``phrases`` (of one of ``lengths`` tokens, the longest tried first)
    that ends right before token k, on k's line; else None."""
    for m in lengths:
        c = k - m
        if c >= 0 and toks.k[c] in phrases.firsts and not any(toks.brk[c + 1 : k + 1]):
            hit = phrases.longest(toks, c)
            if hit and hit[0] == m:
                return c
    return None


def _list_after(toks: Tokens, j: int, name_at: dict[int, int], name_end: dict[int, int],
                runs: dict[int, int]) -> list[int]:
    """Names listed after a body: "(khóa mới) gồm: A, B (Trưởng ban ...), C và D", "có Phó Chủ
    tịch UBND tỉnh A, Bí thư Tỉnh ủy B" (each with its own title)."""
    n = len(toks.k)
    start = j
    while j < n and not toks.brk[j] and toks.k[j] not in _LIST_OPENERS.firsts and toks.k[j] != ":":
        # past the body's term ("khóa mới", "nhiệm kỳ 2015 - 2020"); any other word goes on with the clause
        if j - start > 10 or (toks.word[j] and not toks.cap[j] and not toks.k[j].isdigit()
                              and toks.k[j] not in _TERM_WORDS):
            return []
        j += 1
    opener = _LIST_OPENERS.longest(toks, j) if j < n else None
    if opener:
        j += opener[0]
    if j < n and toks.k[j] == ":":
        j += 1
    elif not opener:
        return []
    out: list[int] = []
    while j < n:
        k = skip_honorifics(toks, j, n)
        if k in runs and k not in name_at:
            k = skip_honorifics(toks, runs[k], n)  # "Bí thư Tỉnh ủy Lào Cai | B"
        if k < n and k not in name_at and toks.cap[k] and toks.word[k] and not toks.brk[k]:
            m = k  # a name we do not read (a family name not on our list): past it, the list goes on
            while m < n and m - k < 4 and toks.cap[m] and toks.word[m] and not toks.brk[m]:
                m += 1
            if m < n and toks.k[m] in _LIST_JOINS and m - k >= 2:
                j = m + 1
                continue
        if k not in name_at or (k != j and toks.brk[k]):
            break
        idx = name_at[k]
        out.append(idx)
        j = name_end[idx]
        if j < n and toks.k[j] == "(":  # "(Trưởng Ban Tuyên giáo Thành ủy)"
            close = next((x for x in range(j + 1, min(n, j + _MAX_ASIDE)) if toks.k[x] == ")"), None)
            if close is None:
                break
            j = close + 1
        if j < n and toks.k[j] in _LIST_JOINS and not toks.brk[j]:
            j += 1
            continue
        break
    return out if len(out) >= 2 else []


_CANDIDACY = phrase_table("candidacy_cues.tsv")
_AT_PLACE = frozenset(phrase_tokens("tại ở"))
_IS = phrase_tokens("là")[0]
_AND = phrase_tokens("và")[0]
_MAX_TO_CANDIDACY = 30  # tokens from a name to "ứng cử tại": its titles and workplace between


def candidates(toks: Tokens, name_at: dict[int, int], name_end: dict[int, int]) -> list[int]:
    """Who stands for election at a place, the seat left unsaid (``candidacy_cues.tsv``): the name
    before "(tự) ứng cử tại/ở <nơi>" in its clause, its titles between ("bà X, Giám đốc công ty Y,
    tự ứng cử tại Nam Định"), or the name right after "(tự) ứng cử là" ("Tỉnh B có một người tự ứng
    cử là ông X"). Another name or a ";" between the name and the verb ends the reach: the verb is
    that other person's ("ông A ...; ông B ứng cử tại C")."""
    cues = toks.where(_CANDIDACY.firsts)  # where a cue's first word is written: most reports have none
    if not cues:
        return []
    n = len(toks.k)
    out: list[int] = []
    starts = sorted(name_at)
    for s in starts:
        idx = name_at[s]
        j = name_end[idx]
        k = j
        while k < n and k - j < _MAX_TO_CANDIDACY and not toks.brk[k] and toks.k[k] != ";" and k not in name_at:
            hit = _CANDIDACY.longest(toks, k) if toks.k[k] in _CANDIDACY.firsts else None
            if hit:
                m = k + hit[0]
                if m < n and toks.k[m] in _AT_PLACE and not toks.brk[m] and not _negated(toks, k):
                    out.append(idx)
                break
            k += 1
    seat = _report_seat(toks)
    for c in cues:
        hit = _CANDIDACY.longest(toks, c)
        if not hit:
            continue
        m = c + hit[0]
        listed = _nominee_list(toks, m, seat, name_at, name_end) if seat and _generic_subject(toks, c) else []
        if listed:
            out.extend(i for i in listed if i not in out)
            continue
        if m < n and toks.k[m] == _IS and not toks.brk[m]:
            k = skip_honorifics(toks, m + 1, n)
            if k in name_at and not toks.brk[k] and name_at[k] not in out:
                out.append(name_at[k])
    return out


_SEAT_CUES = phrase_table("election_seat_cues.tsv")
_TERM = phrase_tokens("khóa")[0]
_SEAT_ENDS = frozenset({*_AT_PLACE, _TERM, ",", "(", ";", ".", ":"})
_MAX_SEAT = 8  # words of the seat after the verb: "đại biểu Hội đồng nhân dân tỉnh"
_PERSON_NOUN = phrase_tokens("người")[0]
_MAX_SUBJECT = 4  # tokens from "người" to the verb: "người | được giới thiệu | ứng cử"
_MAX_TO_LIST = 12  # tokens from the seat to the word opening the list: "khóa XV tại tỉnh Đắk Lắk có"
_MAX_ITEM = 30  # tokens of a listed candidate's titles: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đắk Lắk"


def _seat_words(toks: Tokens, j: int) -> tuple[tuple[str, ...], int]:
    """The words of the seat written from token j after an election verb, up to its term, a place, a mark
    or a word opening a list ("đại biểu Quốc hội | khóa XV", "đại biểu Quốc hội | ở địa phương có"), and
    the token where they end."""
    n = len(toks.k)
    k = j
    while k < n and k - j < _MAX_SEAT and not toks.brk[k] and toks.k[k] not in _SEAT_ENDS \
            and toks.k[k] not in _LIST_OPENERS.firsts:
        k += 1
    return tuple(toks.k[j:k]), k


def _report_seat(toks: Tokens) -> tuple[str, ...] | None:
    """The words of the seat of the election the report names, as officials' ``_election_seat`` takes it: the
    first seat written after "bầu cử" / "ứng cử" (``election_seat_cues.tsv``) with its term ("ứng cử đại biểu
    Quốc hội khóa XV"); None when no seat so written."""
    for c in toks.where(_SEAT_CUES.firsts):
        hit = _SEAT_CUES.longest(toks, c)
        if hit is None or any(toks.brk[c + 1 : c + hit[0] + 1]):
            continue
        words, k = _seat_words(toks, c + hit[0])
        if words and k < len(toks.k) and toks.k[k] == _TERM:
            return words
    return None


def _generic_subject(toks: Tokens, c: int) -> bool:
    """The candidacy verb at token c has the people it names as its subject, not one person: "người" within
    a few words before it ("Trong số những người được giới thiệu ứng cử ...", "Hai người được giới thiệu ứng
    cử ... là")."""
    return any(toks.k[x] == _PERSON_NOUN and not any(toks.brk[x + 1 : c + 1])
               for x in range(max(0, c - _MAX_SUBJECT), c))


def _nominee_list(toks: Tokens, m: int, seat: tuple[str, ...], name_at: dict[int, int],
                  name_end: dict[int, int]) -> list[int]:
    """The candidates a list names after a candidacy verb ending before token m and its seat, the seat of the
    report's election (``seat``'s words): "Trong số những người được giới thiệu ứng cử đại biểu Quốc hội ở địa
    phương có ông A, Bí thư Tỉnh ủy; bà B, ... và ông C, ...", "Hai người được giới thiệu ứng cử đại biểu Quốc hội
    khóa XVI là, ông A, ..., và ông B, ...". Each item opens with a name (after its form of address or rank)
    right after the word opening the list (``election_list_openers.tsv``), a ";", "và" or a comma before a name;
    its titles go on to the next such mark. Two names at least; none when another seat is written there (the
    report's seat is the one officials give each candidate)."""
    n = len(toks.k)
    words, j = _seat_words(toks, m)
    if words != seat:
        return []
    x = j
    while x < n and x - j <= _MAX_TO_LIST and not toks.brk[x] and toks.k[x] not in (".", ";", ":") and x not in name_at:
        hit = _LIST_OPENERS.longest(toks, x) if toks.k[x] in _LIST_OPENERS.firsts else None
        if hit:
            x += hit[0]
            break
        x += 1
    else:
        return []
    if x < n and toks.k[x] in (",", ":") and not toks.brk[x]:
        x += 1
    out: list[int] = []
    while x < n and not toks.brk[x]:
        k = skip_honorifics(toks, x, n)
        if k not in name_at or toks.brk[k]:
            break
        out.append(name_at[k])
        x = _next_item(toks, name_end[name_at[k]], name_at)
        if x is None:
            break
    return out if len(out) >= 2 else []


def _next_item(toks: Tokens, j: int, name_at: dict[int, int]) -> int | None:
    """Where the next item of a list of candidates starts, the item's name ending at token j: past its titles to
    a ";" or "và" (", và"), or a comma right before a name; None at the sentence's end or when a name stands
    inside the titles."""
    n = len(toks.k)
    for x in range(j, min(n, j + _MAX_ITEM)):
        if toks.brk[x] or toks.k[x] in (".", ":"):
            return None
        if x > j and x in name_at:
            return None
        if toks.k[x] in (";", _AND):
            y = x + 1
            return y + 1 if y < n and toks.k[y] == _AND and not toks.brk[y] else y
        if toks.k[x] == "," and skip_honorifics(toks, x + 1, n) in name_at:
            return x + 1
    return None


_DETAIL_LINE = phrase_tokens("cụ thể")  # "Cụ thể:" on a line of its own opens the list of the line before
_ITEM_ENDS = frozenset({";", ","})  # an item line so ended says another follows
_MAX_HEAD_TAIL = 14  # tokens from the seat to the colon ending its line: "tại Đại hội XII là"


def elected_lines(toks: Tokens, seat: int, seat_end: int, name_at: dict[int, int],
                  runs: dict[int, int]) -> list[int]:
    """Persons elected to a seat written as a list of lines: "Có 3 người trúng cử Ủy viên Trung ương
    Đảng tại Đại hội XII là:" (the seat right after an election verb, ``election_cues.tsv``, its line
    ending with a colon, or the next line "Cụ thể:"), then one person a line, "Ông A (Thứ trưởng ...),
    hiện giữ chức ...;". The list ends at the first line that does not begin with a name (past its
    form of address or rank) or after the line that does not end with ";" (the last item ends with a
    full stop); a list of one line is no list."""
    n = len(toks.k)
    c = _cue_ending_at(toks, seat)
    if c is None or _negated(toks, c) or toks.brk[seat]:
        return []
    j = seat_end
    while j < n and not toks.brk[j] and j not in name_at:
        j += 1  # to the end of the seat's line
    if j < n and not toks.brk[j]:
        return []  # a name after the seat on its line: "trúng cử ... là: A, B" (read as a list in the line)
    if tuple(toks.k[j : j + len(_DETAIL_LINE)]) == _DETAIL_LINE:
        colon = j + len(_DETAIL_LINE)  # "..., hiện 8 người giữ vị trí cấp trưởng." then "Cụ thể:" on its own line
        if colon + 1 >= n or toks.k[colon] != ":" or not toks.brk[colon + 1]:
            return []
        j = colon + 1
    elif toks.k[j - 1] != ":" or j - seat_end > _MAX_HEAD_TAIL:
        return []
    out: list[int] = []
    while j < n:
        k = skip_honorifics(toks, j, n)
        if k in runs and k not in name_at:
            k = runs[k]  # "Thiếu tướng A": a rank before the name
        if k not in name_at or any(toks.brk[j + 1 : k + 1]):
            break
        out.append(name_at[k])
        j = k + 1
        while j < n and not toks.brk[j]:
            j += 1
        if toks.k[j - 1] not in _ITEM_ENDS:
            break  # "... Phó chủ tịch UBND tỉnh Hà Nam." the last item: the prose goes on after it
    return out if len(out) >= 2 else []
