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
    for b, (a, e) in enumerate(bodies):
        if a < 2 or toks.brk[a]:
            continue
        if toks.k[a - 1] == _INTO:
            v = a - 1  # "vào"
        elif _direct_cue_before(toks, a) is not None:
            v = a  # "trúng cử Ban Chấp hành ...": the verb takes the body with no "vào"
        else:
            continue
        # "bầu bổ sung ông A vào ...": the name between the verb and "vào"
        idx = by_end.get(v) if v != a else None
        if v != a and idx is None:
            idx = _titled_name_before(toks, v, by_end, run_by_end)
        if idx is not None:
            c = _cue_ending_at(toks, honorific_start(toks, start_of[idx]))
            if c is not None:
                out.append(Elected(idx, b))
                continue
        c = _cue_ending_at(toks, v)
        if c is None or _negated(toks, c):
            continue  # "Các Ủy viên khóa cũ không tái cử vào Ban Chấp hành mới: A, B": not elected
        # "ông A (đã) được bầu vào ...": the subject right before the verb, or before "được <agent>"
        k = _agent_start(toks, c)
        while k > 0 and toks.k[k - 1] in _SUBJECT_FILLERS and not toks.brk[k]:
            k -= 1
        if k in by_end and not _counted(toks, start_of[by_end[k]]):
            out.append(Elected(by_end[k], b))
            continue
        if toks.k[k] == _BY and (idx := _shared_subject(toks, k, by_end, name_at)) is not None:
            # "ông A được bầu lại vào Ban Chấp hành, được Trung ương bầu vào Bộ Chính trị": A's second step
            out.append(Elected(idx, b))
            continue
        # "... trúng cử vào Ban Thường vụ gồm: A, B, C": the list after the body
        out.extend(Elected(idx, b) for idx in _list_after(toks, e, name_at, name_end, runs or {}))
    return out


def _titled_name_before(toks: Tokens, v: int, by_end: dict[int, int], run_by_end: dict[int, int]) -> int | None:
    """The name whose own title, set off by a comma or a dash, ends right before "vào" at token v: "bầu
    bổ sung bà A, Phó Chủ tịch Hội LHPN tỉnh | vào Ban Thường vụ": the title says who A is, the election
    takes A into the body as "bầu bổ sung bà A vào" does. None when no run of titles ends there, or no
    name is written right before it."""
    s = run_by_end.get(v)
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
    for c in cues:
        hit = _CANDIDACY.longest(toks, c)
        if not hit:
            continue
        m = c + hit[0]
        if m < n and toks.k[m] == _IS and not toks.brk[m]:
            k = skip_honorifics(toks, m + 1, n)
            if k in name_at and not toks.brk[k] and name_at[k] not in out:
                out.append(name_at[k])
    return out


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
