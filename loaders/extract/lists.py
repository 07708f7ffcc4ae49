"""One title over several names: "nguyên Tổng Bí thư: A, B", "Sáu ủy viên Bộ Chính trị (Tổng Bí thư
A, Phó Thủ tướng B và Bộ trưởng C)", "các Phó Chủ tịch UBND tỉnh A, B và C".

A run of titles is shared by every name of the list it opens when the text marks it as plural: a
colon after it, a number or plural word before it (``list_words.tsv``: các, những, hai, ba ...), or
the prefix "nguyên" (a list of former holders). Names in a parenthesis after a plural title each
keep their own title too. A name followed by its own apposition ("A, Bí thư Tỉnh ủy") ends the
list: that is the shape of an attendee list, where each title belongs to one name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.loaders.extract.lexicon import lexicon, phrase_table, read_rows
from kg.loaders.extract.names import family_after_honorific
from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_tokens
from kg.reference.numerals import is_roman
from kg.reference.tables import table

_HONORIFIC_WORDS = frozenset(phrase_tokens("ông bà đồng chí các anh chị"))
_JOIN = frozenset({",", *phrase_tokens("và")})
_JOIN_THROUGH = frozenset({",", ";", *phrase_tokens("và")})
_TOGETHER = phrase_tokens("cùng")[0]
_AND_WORD = phrase_tokens("và")[0]
_APPOSITION = frozenset({",", "-", "("})
_MAX_ASIDE = 8  # tokens of an aside after a name in a list: "(43 tuổi)"
_MAX_PAREN = 20  # tokens of "(Chủ nhiệm Ủy ban Kiểm tra Trung ương)" after a name listed after a colon
_ADDRESS_WORDS = frozenset(phrase_tokens("ông bà đồng chí"))


@cache
def _plural_words() -> frozenset[str]:
    return frozenset(t[0] for (w,) in read_rows("list_words.tsv", 1) if len(t := phrase_tokens(w)) == 1)


@cache
def _plural_pairs() -> frozenset[tuple[str, ...]]:
    """The two-word rows of ``list_words.tsv`` ("một số"), matched as pairs: "một" alone is singular."""
    return frozenset(t for (w,) in read_rows("list_words.tsv", 1) if len(t := phrase_tokens(w)) == 2)


def _plural_pair_before(toks: Tokens, b: int) -> bool:
    """A two-word plural mark ends right before token b: "một số | Uỷ viên Bộ Chính trị ... gồm: A, B"."""
    return b > 1 and (toks.k[b - 2], toks.k[b - 1]) in _plural_pairs() and not toks.brk[b - 1]


def plural_word(k: str) -> bool:
    """The key ``k`` makes the title after it plural (``list_words.tsv``: "các", "hai", "ba" ...) or is
    a count written in digits ("có 6 Phó chủ tịch")."""
    return k.isdigit() or k in _plural_words()


@dataclass
class SharedTitle:
    run: int  # first token of the run of titles
    names: list[int]  # indexes of the name hits that share it, in text order (none: a heading no one holds)
    first_has_it: bool  # the first name takes it anyway by being written right after it
    status: str | None = None  # a cue written after the title: "Hai Phó Chủ tịch ... được bầu gồm"
    # a predicate of its own stands between the title and its list ("phân công một số Uỷ viên Bộ Chính
    # trị | tham gia Ban Bí thư | gồm: A, B"): the title names who the holders are, so a verb written
    # before it is the predicate's (its post is another), not the title's
    described: bool = False


_DONG, _CHI = phrase_tokens("đồng chí")


def address_word_at(toks: Tokens, j: int) -> bool:
    """Token j is a word of a form of address (``_HONORIFIC_WORDS``): "ông", "bà", "các", and "đồng" only
    when "chí" follows it ("đồng chí"); "Đồng" before a capitalised word is a family name ("gồm: A, Đồng
    Hữu Hạnh và B")."""
    k = toks.k[j]
    if k not in _HONORIFIC_WORDS:
        return False
    return k != _DONG or (j + 1 < len(toks.k) and toks.k[j + 1] == _CHI)


def _skip_honorifics(toks: Tokens, j: int, limit: int) -> int:
    """Past "ông", "các đồng chí", ranks and degrees ("trung tướng", "GS.TS") from token j; not past a
    capitalised family name that reads as an honorific after one ("ông Ông Văn Thành": the name starts
    at the second "Ông")."""
    lex = lexicon()
    hon = lex.honorifics
    while j < limit:
        if family_after_honorific(toks, j, lex):
            break
        if address_word_at(toks, j):
            j += 1
            continue
        hit = hon.longest(toks, j) if toks.k[j] in hon.firsts else None
        if hit and j + hit[0] <= limit:
            j += hit[0]
            continue
        break
    return j


skip_honorifics = _skip_honorifics


def honorific_start(toks: Tokens, b: int) -> int:
    """Where the honorifics written right before token b start ("Tư lệnh Quân khu II, trung tướng
    | A": the rank, then the name); b when there are none. Stops at a sentence break.

    Kept on the tokens by b: the officials' rules ask it of the same few name starts again and
    again (about 130 calls a report, nine in ten of a start asked before: perf38), and the answer
    depends on the tokens alone."""
    starts: dict[int, int] = toks.remember(_HONORIFIC_STARTS, dict)
    a = starts.get(b)
    if a is None:
        a = starts[b] = _honorific_start(toks, b)
    return a


_HONORIFIC_STARTS = "lists.honorific_starts"  # the tokens' memo of honorific_start: token b -> the start


def _honorific_start(toks: Tokens, b: int) -> int:
    """:func:`honorific_start`, worked out."""
    hon = lexicon().honorifics
    while b > 0 and not toks.brk[b]:
        if toks.k[b - 1] in _HONORIFIC_WORDS:
            b -= 1
            continue
        for m in (3, 2, 1):
            a = b - m
            if a >= 0 and toks.k[a] in hon.firsts and not any(toks.brk[a + 1 : b + 1]):
                hit = hon.longest(toks, a)
                if hit and hit[0] == m:
                    b = a
                    break
        else:
            break
    return b


def _aside_end(toks: Tokens, j: int, most: int = _MAX_ASIDE) -> int:
    """Past "(43 tuổi)" after a name (j when there is none); after a colon, a longer one: "(Phó Bí
    thư Thành ủy, Chủ tịch HĐND thành phố)"."""
    n = len(toks.k)
    if j < n and toks.k[j] == "(":
        for k in range(j + 1, min(n, j + most)):
            if toks.k[k] == ")":
                return k + 1
            if toks.brk[k]:
                break
    return j


def shared_titles(toks: Tokens, runs: dict[int, int], name_at: dict[int, int], name_end: dict[int, int],
                  prefixed: set[int]) -> list[SharedTitle]:
    """Runs of titles shared by a list of names.

    ``runs`` maps a run's first token to the token after it; ``name_at`` maps a name's first token
    to its hit index and ``name_end`` a hit index to the token after the name; ``prefixed`` holds
    the runs whose first title starts with "nguyên".
    """
    plural = _plural_words()
    out: list[SharedTitle] = []
    n = len(toks.k)
    openers = phrase_table("list_openers.tsv")
    # where each name ends and starts, by hit index: built once, not per run of titles (quadratic
    # on a long text)
    by_end = {e: idx for idx, e in name_end.items()}
    start_of = {idx: s for s, idx in name_at.items()}
    for s, e in runs.items():
        b = s  # "các đồng chí | Ủy viên ...": the plural word before the form of address
        former = _former_copula(toks, s)
        if former:
            b -= 2  # "các đồng chí nguyên là | Ủy viên Trung ương như A, B": each a former member
        elif b > 1 and toks.k[b - 1] == _COPULA and toks.k[b - 2] in _ADDRESS_WORDS and not toks.brk[b]:
            b -= 1  # "các đồng chí là | Uỷ viên Ban Thường vụ ..., gồm:"
        while b > 0 and toks.k[b - 1] in _ADDRESS_WORDS and not toks.brk[b]:
            b -= 1
        counted = b > 0 and not toks.brk[b] and not toks.brk[s] and (toks.k[b - 1] in plural or toks.k[b - 1].isdigit()
                                                                     or _plural_pair_before(toks, b))
        act = None if counted or s in prefixed else _plural_act_before(toks, s)
        marked = s in prefixed or counted or act is not None
        at = _past_list_qualifier(toks, _past_list_term(toks, e)) if marked else e
        at = at + 1 if marked and at + 1 < n and toks.k[at] == "," and not toks.brk[at + 1] else at
        passive = _passive_cue(toks, at) if marked else None
        if passive is None and act is not None:
            passive = (0, act)  # "Các đồng chí được chỉ định giữ chức Phó Bí thư Tỉnh uỷ | gồm: A, B"
        if passive is not None:  # "Hai Phó Chủ tịch UBND tỉnh được bầu bổ sung gồm A, B"
            at += passive[0]
        elif marked:
            at = _past_uncued_passive(toks, at)  # "Các phó chủ tịch HĐND được thông qua gồm A và B"
        op = openers.longest(toks, at) if marked and at < n and not toks.brk[at] else None
        nxt = _next_sentence_list(toks, at) if marked and op is None and passive is None else None
        start = at + op[0] if op else nxt
        if start is not None:  # "bốn Phó Chủ tịch UBND tỉnh (,) gồm (:) A, B và C"; "...tỉnh. Đó là A, B"
            j = start
            h = _skip_honorifics(toks, j, n)
            while j < h < n - 1 and toks.k[h] in _JOIN and address_word_at(toks, h + 1) and not toks.brk[h + 1]:
                h = _skip_honorifics(toks, h + 1, n)  # "gồm các ông, bà: A, B": the address names both sexes
            if h > j and h < n and toks.k[h] == ":" and not toks.brk[h]:
                j = h  # "5 Thứ trưởng gồm các ông: A, B, C": the address before the colon
            if j < n and toks.k[j] == ":" and not toks.brk[j]:
                j += 1
            names = _plain_list(toks, j, runs, name_at, name_end, through=True)
            if len(names) >= 2:
                # an item whose own title narrows the heading's ("7 Phó Chủ tịch UBND tỉnh, gồm: ông A, ..., giữ
                # chức Phó Chủ tịch Thường trực; ông B") holds that one, not the plain heading too
                own = [i for i in names if not _narrowed_item(toks, s, e, runs, name_end[i])] if act or counted \
                    else names
                out.append(SharedTitle(s, own, False, passive[1] if passive else "former" if former else None))
                continue
        names = _predicate_list(toks, at, runs, name_at, name_end, openers) if marked else []
        if len(names) >= 2:  # "Các Ủy viên Bộ Chính trị khóa IX tiếp tục tham gia ... gồm: A, B"
            out.append(SharedTitle(s, names, False, described=True))
            continue
        idx = _past_former_bracket(toks, s, runs, by_end, name_at) if s not in prefixed else None
        if idx is not None:  # "A (nguyên Trưởng Ban Tổ chức Tỉnh uỷ X), Trưởng Ban Tổ chức Tỉnh uỷ; B": A's now
            out.append(SharedTitle(s, [idx], False))
            continue
        names = _bracket_group(toks, s, e, by_end, start_of) if s in prefixed else []
        if names:  # "...; ông A, bà B (nguyên Phó Chủ tịch UBND tỉnh X); ông C": both held it
            out.append(SharedTitle(s, names, False))
            continue
        names = _plural_names_before(toks, s, by_end, start_of, s in prefixed, plural)
        if names:  # "các ông A và B, Phó Chủ tịch UBND tỉnh", "các đồng chí: A và B nguyên Phó ..."
            out.append(SharedTitle(s, names, False))
            continue
        colon = e < n and toks.k[e] == ":"
        if s >= 2 and toks.k[s - 1] == _TOGETHER and toks.k[s - 2] == "(" and e < n and toks.k[e] == ")":
            names = _names_before(toks, s - 2, by_end, start_of)
            if len(names) >= 2:  # "ông A và ông B (cùng nguyên Chủ tịch UBND thành phố)"
                out.append(SharedTitle(s, names, False))
            continue
        if colon:
            names = _plain_list(toks, e + 1, runs, name_at, name_end, through=True)
            if _collective_heading(toks, s, names, runs, name_end):
                # "các đồng chí Thường trực Tỉnh ủy: A, Phó Bí thư ...; B, ...": the heading is the
                # list's (no title of the first name), shared with none; each holds their own titles
                out.append(SharedTitle(s, [], False))
                continue
            if len(names) > 1 or (names and name_alone(toks, name_end[names[0]])):
                # "các đồng chí Phó Bí thư Tỉnh uỷ: A, Phó Bí thư Thường trực Tỉnh uỷ; B, ...": A's own
                # title says which of the heading's posts is his; he holds that one, not both
                own = [i for i in names if not _narrowed_item(toks, s, e, runs, name_end[i])]
                out.append(SharedTitle(s, own, False))
            continue
        if not marked or e >= n:
            continue
        if toks.k[e] == "(" and s not in prefixed:
            names = _paren_list(toks, e + 1, runs, name_at, name_end)
            if len(names) >= 2:
                out.append(SharedTitle(s, names, False))
            continue
        names = _plain_list(toks, e, runs, name_at, name_end, same_address=not counted)
        if len(names) >= 2:
            # a counted title ("bầu ba Phó Chủ tịch A, B và C") names the posts of the whole list: its
            # first name takes it with the list's status, not as a title held before an act; a list
            # only "nguyên" marks leaves the first name its title written before it
            out.append(SharedTitle(s, names, not counted))
    return out


_MAX_ITEM_SCAN = 40  # tokens of a list item read for a narrowed title: "A, nguyên ... (cũ), được bầu làm ..."


def _narrowed_item(toks: Tokens, s: int, e: int, runs: dict[int, int], name_e: int) -> bool:
    """The item of the name ending at token ``name_e`` (up to its ";", the next name or the sentence end)
    holds a title, not a former one, that is the heading title [s, e) with a qualifier of
    ``role_qualifiers.tsv`` written inside it, after the role and before the body: heading "Phó Bí thư
    Tỉnh uỷ", item "A, Phó Bí thư Thường trực Tỉnh uỷ" or "A, nguyên ..., được bầu làm Phó Bí thư Thường
    trực Tỉnh uỷ". The item's title names which of the heading's posts the person holds (written alone
    it is that post), so the plain heading title is not the person's too."""
    n = len(toks.k)
    for x in range(name_e, min(n, name_e + _MAX_ITEM_SCAN)):
        if x > name_e and (toks.brk[x] or toks.k[x] in (";", ".")):
            return False
        if x in runs and toks.k[x] != _FORMER and toks.k[x - 1] != _FORMER and _narrowing(toks, s, e, x, runs[x]):
            return True
    return False


def _narrowing(toks: Tokens, s: int, e: int, x: int, end: int) -> bool:
    """The run of titles [x, end) is the title [s, e) with a role qualifier inside (:func:`_narrowed_item`)."""
    head, item = toks.k[s:e], toks.k[x:end]
    quals = phrase_table("role_qualifiers.tsv")
    for p in range(1, len(head)):
        if p >= len(item) or item[:p] != head[:p]:
            return False
        hit = quals.longest(toks, x + p) if item[p] in quals.firsts else None
        # the heading's body written again after the qualifier, or none ("giữ chức Phó Chủ tịch Thường trực":
        # the body is the heading's)
        if hit and (item[p + hit[0] : p + hit[0] + len(head) - p] == head[p:] or p + hit[0] == len(item)):
            return True
    return False


def _collective_heading(toks: Tokens, s: int, names: list[int], runs: dict[int, int],
                        name_end: dict[int, int]) -> bool:
    """The run of titles at token s heading a colon list names a standing office the listed people
    make up (``list_collective_headings.tsv``: "Thường trực" + a committee), and every name of the
    list carries its own titles after a comma: "các đồng chí Thường trực Tỉnh ủy: A, Phó Bí thư
    Thường trực Tỉnh ủy; B, Phó Bí thư Tỉnh ủy". The heading then gives no seat; each holds the
    titles written after the name."""
    heads = phrase_table("list_collective_headings.tsv")
    if len(names) < 2 or toks.k[s] not in heads.firsts or heads.longest(toks, s) is None:
        return False
    n = len(toks.k)
    return all((e := name_end[idx]) + 1 < n and toks.k[e] == "," and e + 1 in runs for idx in names)


_COPULA = phrase_tokens("là")[0]
_SENTENCE_END = "."


def _next_sentence_list(toks: Tokens, at: int) -> int | None:
    """Where the next sentence's list of a plural title's holders starts, when the title ends its
    sentence at token ``at`` and the next opens with a phrase of ``list_next_openers.tsv``: "Kỳ họp
    bầu bổ sung hai phó chủ tịch UBND tỉnh. | Đó là | ông A - nguyên Giám đốc Sở X và ông B". None
    otherwise (the title is followed by other words, or the next sentence does not list)."""
    n = len(toks.k)
    if at + 2 >= n or toks.k[at] != _SENTENCE_END or not toks.cap[at + 1]:
        return None
    hit = phrase_table("list_next_openers.tsv").longest(toks, at + 1)
    return at + 1 + hit[0] if hit else None


_FORMER = phrase_tokens("nguyên")[0]


_TERM_WORD = phrase_tokens("khóa")[0]
_TERM_OF_OFFICE = tuple(phrase_tokens("nhiệm kỳ"))


def _past_list_term(toks: Tokens, e: int) -> int:
    """Past the term a plural title's holders sit in, written right after the title at token e and
    before the word that opens the list: "Các Phó chủ tịch HĐND khóa XVI gồm ...", "5 phó chủ tịch
    UBND TP nhiệm kỳ 2011-2016 là ..." (a term in words, "khoá mới", "nhiệm kỳ trước", is a
    qualifier of ``list_qualifiers.tsv``). The term says which holders are listed; each holds the
    title all the same. e when there is none."""
    n = len(toks.k)
    if e >= 2 and e < n and tuple(toks.k[e - 2 : e]) == _TERM_OF_OFFICE and not toks.brk[e]:
        hit = phrase_table("list_qualifiers.tsv").longest(toks, e - 2)
        if hit and hit[0] > 2:
            return e - 2 + hit[0]  # "... UBND tỉnh nhiệm kỳ | trước là": the title read took "nhiệm kỳ"
    if e + 1 < n and toks.k[e] == _TERM_WORD and not toks.brk[e + 1] \
            and (is_roman(toks.t[e + 1]) or (toks.k[e + 1].isdigit() and len(toks.k[e + 1]) <= 2)):
        return e + 2  # "khóa XVI", "khoá 14"
    if e + 2 < n and (toks.k[e], toks.k[e + 1]) == _TERM_OF_OFFICE and toks.k[e + 2].isdigit() \
            and not toks.brk[e + 2]:
        m = e + 3  # "nhiệm kỳ 2016 - 2021"
        while m + 1 < n and toks.k[m] in ("-", "–") and toks.k[m + 1].isdigit() and not toks.brk[m + 1]:
            m += 2
        return m
    return e


_MAX_UNCUED_PASSIVE = 3  # lower-case words of "được thông qua" before the list's "gồm"
_GOM = phrase_tokens("gồm")[0]


def _past_uncued_passive(toks: Tokens, at: int) -> int:
    """Past a passive verb that is no status cue, written between a plural title and the "gồm" that
    opens its list: "Các phó chủ tịch HĐND khoá mới được thông qua | gồm bà A và ông B". Only a
    few lower-case words and "gồm" (not "là": "được coi là" describes, it lists no holders).
    at when there is no such verb."""
    n = len(toks.k)
    if at >= n or toks.k[at] != _PASSIVE or toks.brk[at]:
        return at
    for k in range(at + 1, min(n, at + 2 + _MAX_UNCUED_PASSIVE)):
        if toks.brk[k] or toks.cap[k] or not toks.word[k]:
            return at
        if toks.k[k] == _GOM:
            return k if k > at + 1 else at
    return at


@cache
def _post_verbs() -> PhraseIndex:
    return phrase_table("list_post_verbs.tsv")


_MAX_ACT = 4  # tokens of a passive act before its post verb: "được | bầu bổ sung |", "được | Ban Bí thư chỉ định |"


def _plural_act_before(toks: Tokens, s: int) -> str | None:
    """The status a plural subject's passive act gives the title at token s, written right before it
    with a post verb (``list_post_verbs.tsv``): "Các đồng chí được chỉ định giữ chức | Phó Bí thư Tỉnh
    uỷ gồm: A, B", "các ông bà được bầu làm | Phó Chủ tịch HĐND tỉnh là A và B". The subject is the list
    the sentence goes on to give ("gồm", "là", a colon), so each listed name takes the title with the
    act's status (``status_cues.tsv``: appointed, nominated), as "Hai Phó Chủ tịch được bầu gồm A, B"
    gives it. None when no plural word and form of address stand before "được", or the act is no
    appointment or nomination (the case of a singular subject is the officials' own reading)."""
    if s < 4 or toks.brk[s]:
        return None
    v = _post_verbs().ending_at(toks, s)
    if v == 0:
        return None
    p = s - v
    for q in range(p - 1, max(0, p - 1 - _MAX_ACT), -1):
        if toks.brk[q + 1]:
            return None
        if toks.k[q] != _PASSIVE:
            continue
        cue = _passive_cue(toks, q)
        if cue is None or q + cue[0] != p:
            return None
        b = q
        while b > 0 and address_word_at(toks, b - 1) and not toks.brk[b]:
            b -= 1
        plural = b < q and b > 0 and not toks.brk[b] and plural_word(toks.k[b - 1])
        return cue[1] if plural or (b < q and toks.k[b] in _PLURAL_ADDRESS) else None
    return None


_PLURAL_ADDRESS = frozenset(phrase_tokens("các những"))  # "Các đồng chí được ...": the plural word opens the address


def _former_copula(toks: Tokens, s: int) -> bool:
    """A form of address and "nguyên là" stand right before the title at token s: "các đồng chí
    nguyên là | Ủy viên Trung ương như A, B" names former holders, as "nguyên" before a title does."""
    return s > 2 and toks.k[s - 1] == _COPULA and toks.k[s - 2] == _FORMER and toks.k[s - 3] in _ADDRESS_WORDS \
        and not any(toks.brk[s - 2 : s + 1])
_MAX_PREDICATE = 16  # tokens of a plural subject's predicate before its list: "tiếp tục tham gia danh sách ..."


def _predicate_list(toks: Tokens, at: int, runs: dict[int, int], name_at: dict[int, int],
                    name_end: dict[int, int], openers: PhraseIndex) -> list[int]:
    """The names a plural title's clause lists after its predicate and a colon: "Các Ủy viên Bộ
    Chính trị khóa IX tiếp tục tham gia danh sách bầu cử gồm: A, B và C", "các đồng chí là Uỷ viên
    Ban Thường vụ, Phó Giám đốc, gồm: Đại tá A, Đại tá B": the list names the subject, so each
    holds its title. Only with "gồm"/"là" and a colon, no other name, title run, sentence end or
    ";" between."""
    n = len(toks.k)
    for j in range(at, min(n, at + _MAX_PREDICATE)):
        if toks.k[j] == "." and j + 1 < n and toks.gap[j + 1] == "":
            continue  # the dot inside "T.Ư"
        if toks.brk[j] or toks.k[j] in (".", ";", ":") or j in name_at or (j in runs and j > at
                                                                          and toks.k[j - 1] != ","):
            return []
        op = openers.longest(toks, j) if toks.k[j] in openers.firsts else None
        if op and j + op[0] < n and toks.k[j + op[0]] == ":" and not toks.brk[j + op[0]]:
            return _plain_list(toks, j + op[0] + 1, runs, name_at, name_end, through=True)
    return []


_PASSIVE = phrase_tokens("được")[0]
_AFTER_ALONE = frozenset({",", ";", ".", "(", "-", "–"})
_DASHES = frozenset({"-", "–"})


def name_alone(toks: Tokens, e: int) -> bool:
    """The one name after "TITLE:" ends there (a line break or a mark follows it): "Chủ nhiệm Ủy ban
    Kiểm tra Trung ương: Nguyễn Văn A" heads a profile; "Tổng Bí thư: Ông A thời làm ..." quotes
    the holder speaking about A, who does not hold the title."""
    # (a line glued to the next by a lost line break: "...: Nông Đức MạnhBan bí thư: ...")
    return e >= len(toks.k) or toks.brk[e] or toks.k[e] in _AFTER_ALONE or toks.gap[e] == ""


def _past_list_qualifier(toks: Tokens, e: int) -> int:
    """Past a word saying which holders a plural title's list names (``list_qualifiers.tsv``:
    "chuyên trách", "đương nhiệm", "hiện nay"), bare or in parentheses, written right after the
    title at token e: "hai phó chủ tịch (chuyên trách) là ...". e when there is none."""
    n = len(toks.k)
    quals = phrase_table("list_qualifiers.tsv")
    if e < n and toks.k[e] == "(" and not toks.brk[e]:
        hit = quals.longest(toks, e + 1) if e + 1 < n else None
        c = e + 1 + hit[0] if hit else e
        return c + 1 if hit and c < n and toks.k[c] == ")" else e
    hit = quals.longest(toks, e) if e < n and not toks.brk[e] else None
    return e + hit[0] if hit else e


@cache
def _ranks() -> PhraseIndex:
    return phrase_table("ranks_before_titles.tsv")


def _ranked(toks: Tokens, j: int, k: int) -> bool:
    """A military or police rank (``ranks_before_titles.tsv``) stands in tokens [j, k) before a name."""
    ranks = _ranks()
    return any(toks.k[x] in ranks.firsts and ranks.longest(toks, x) for x in range(j, k))


def _passive_cue(toks: Tokens, at: int) -> tuple[int, str] | None:
    """A passive status cue of an election or appointment written right after a plural title, before
    the word that opens its list ("Hai Phó Chủ tịch UBND tỉnh | được bầu bổ sung | gồm ...", "được
    giới thiệu"): its length and status (``status_cues.tsv``), or None."""
    cues = lexicon().status_cues
    best = None
    if at >= len(toks.k) or toks.k[at] != _PASSIVE:
        return None  # "6 Ủy viên Bộ Chính trị khóa IX tái cử gồm": re-elected to another body
    for by in (0, 1):  # "được bầu bổ sung" is a cue; "được giới thiệu" is "được" and a cue
        if at + by >= len(toks.k) or toks.brk[at + by]:
            break
        hit = cues.longest(toks, at + by) if toks.k[at + by] in cues.firsts else None
        if hit is not None and (best is None or by + hit[0] > best[0]):
            status, scope = hit[1]
            best = (by + hit[0], status) if scope == "clause" and status in ("appointed", "nominated") else best
    return best


def _plain_list(toks: Tokens, j: int, runs: dict[int, int], name_at: dict[int, int],
                name_end: dict[int, int], through: bool = False, same_address: bool = False) -> list[int]:
    """Names written one after another from token j ("A, B và C"), each without a title of its own.

    After a colon (``through``) the list is explicit, so a name's own apposition does not end it:
    "các Phó Bí thư Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C". A list that only "nguyên" marks
    (``same_address``; no count or plural word says several hold the title) names its holders
    alike: "nguyên Tổng Bí thư A, ông B đã ..." ends at B, addressed as A was not (B is the next
    clause's subject); "ba Phó Bí thư A (...), bà B (...) và bà C" is counted and goes on."""
    n = len(toks.k)
    out: list[int] = []
    with_titles = False
    addressed = False  # the first name has a form of address ("ông A"): a bare list is read as bare names only
    while j < n:
        if through and out and j not in runs:
            j = _past_bare_item(toks, j, name_at)
        k = _skip_honorifics(toks, j, n)
        if through and out and k not in name_at and (past := _past_unread_item(toks, k, runs, name_at)) > k:
            j = past  # "...; Ka Hồng Nhi, nguyên Giám đốc Sở X; B": a name we do not read, the list goes on past it
            continue
        titled = through and k not in name_at and k in runs and not toks.brk[k]
        if titled != (through and bool(out) and with_titles) and out \
                and not (with_titles and _with_apposition(toks, k, runs, name_at, name_end)):
            # "nguyên Tổng Bí thư: A, B; Chủ tịch nước C": a list of one shape only; but after titled
            # names, a name with its title after it goes on ("...: Phó Thủ tướng A; B, Bộ trưởng ...")
            break
        if titled:
            # "các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế A; Tư lệnh Quân khu II, trung tướng B":
            # each name after the colon with its own title written before it
            with_titles = True
            e = runs[k]
            if e < n and toks.k[e] in (",", "-") and not toks.brk[e]:
                e += 1
            k = _skip_honorifics(toks, e, n)
        if k not in name_at or (k != j and toks.brk[k]):
            break
        if out and not through and _ranked(toks, j, k):
            break  # "nguyên Tổng Bí thư A, Đại tướng B": B is named by a rank of his own
        if out and same_address and k > j and not addressed:
            break  # "nguyên Tổng Bí thư A, ông B đã ...": B, addressed as the first name was not, is another subject
        if not out:
            addressed = k > j
        idx = name_at[k]
        after = _aside_end(toks, name_end[idx], _MAX_PAREN if through else _MAX_ASIDE)
        if out and not through and after + 1 < n and toks.k[after] in _DASHES and after + 1 not in runs \
                and not toks.brk[after + 1]:
            break  # "thư ký của cựu Chủ tịch nước A và ông B - nguyên thư ký ...": B described apart
        if after < n and toks.k[after] in _APPOSITION and after + 1 in runs:
            if through and titled and toks.k[after] == "," and not toks.brk[after + 1] \
                    and _skip_honorifics(toks, runs[after + 1], n) in name_at:
                out.append(idx)  # "...: Bí thư Tỉnh ủy A, Bộ trưởng Bộ Xây dựng B": the next name's title
                j = after + 1
                continue
            if through:
                out.append(idx)
                paren = toks.k[after] == "("
                after = runs[after + 1]
                if paren and after < n and toks.k[after] == ")":
                    after += 1  # "A (Bộ trưởng Bộ X), B"
                elif not paren:
                    # "A, Bộ trưởng Bộ X (kiêm nhiệm); B", "A, nguyên Phó Chủ tịch ... (giữ chức ...); B"
                    after = _aside_end(toks, after, _MAX_PAREN)
                    after = _past_unread_tail(toks, after, runs, name_at)
                    after = _past_case_tail(toks, after)  # "A, nguyên Bộ trưởng Bộ X | vụ Sông Đà|; B"
                if after < n and toks.k[after] == "," and not toks.brk[after]:
                    # "...gồm: ông A, Phó Chủ tịch UBND tỉnh X, | giữ chức Phó Chủ tịch Thường trực|; ông B": the
                    # item's verb phrase and the title it gives end the item, not the list
                    after = _past_verbal_item(toks, after, runs, name_at)
                if after < n and toks.k[after] in _JOIN_THROUGH and not toks.brk[after]:
                    j = after + 1
                    if toks.k[after] == "," and j + 1 < n and toks.k[j] == _AND_WORD and not toks.brk[j + 1]:
                        j += 1  # "...: A, Chủ tịch Ủy ban X, và ông B, ...": the last name after ", và"
                    continue
                break
            if not out:
                out.append(idx)  # the first name: its own apposition follows, the list ends there ...
                e = runs[after + 1]
                if e + 1 < n and toks.k[e] == _AND_WORD and not toks.brk[e + 1]:
                    j = e + 1  # ... unless "và" and a last name follow it: "các đại biểu Quốc hội A,
                    continue  # Ủy viên Bộ Chính trị, Bí thư Thành ủy và B"
            break
        out.append(idx)
        if through and after + 1 < n and toks.k[after] in ("-", "–") and not toks.brk[after + 1]:
            past = _past_bare_item(toks, after + 1, name_at)
            if past > after + 1:  # "...: ông A - Phó Bí thư Thường trực; ông B"
                j = past
                continue
        if after < n and (toks.k[after] in _JOIN or (through and toks.k[after] == ";")) and not toks.brk[after]:
            j = after + 1
            if toks.k[after] == "," and j < n and toks.k[j] == _AND_WORD and not toks.brk[j]:
                j += 1  # "A, B, và C"
            continue
        break
    return out


def _past_unread_item(toks: Tokens, k: int, runs: dict[int, int], name_at: dict[int, int]) -> int:
    """Past an item of a list after a colon whose name no rule read (:func:`_unread_name_end`: a family name not
    on our list), its titles after a comma and an aside, to the start of the next item after ";" or "và": "...:
    A, nguyên ...; | Ka Hồng Nhi, nguyên Giám đốc Sở X; | B, ...". k when no such item stands at token k."""
    n = len(toks.k)
    m = _unread_name_end(toks, k)
    if m == k or m >= n or toks.brk[m]:
        return k
    if toks.k[m] == "," and m + 1 in runs and m + 1 not in name_at and not toks.brk[m + 1]:
        m = _aside_end(toks, _past_title_chain(toks, m + 1, runs, name_at), _MAX_PAREN)
    return m + 1 if m + 1 < n and toks.k[m] in (";", _AND_WORD) and not toks.brk[m] and not toks.brk[m + 1] else k


def names_in_list(toks: Tokens, j: int, name_at: dict[int, int], name_end: dict[int, int]) -> list[int]:
    """The names written one after another from the name at token j, none with a title of its own
    ("A, B và C", "A (Kon Tum), B (TPHCM)"): their hit indexes in text order, the first at j. A name
    followed by a title of its own ("A - Bí thư ...") ends the list after it."""
    return _plain_list(toks, j, {}, name_at, name_end)


_MAX_UNREAD_TAIL = 3  # lower-case words of a body's name left unread: "Đảng ủy | cơ quan"


def _past_unread_tail(toks: Tokens, j: int, runs: dict[int, int], name_at: dict[int, int]) -> int:
    """Past a few lower-case words at token j that end a listed name's apposition before the
    list's next separator: "...: ông A, Phó bí thư Đảng ủy | cơ quan | và ông B" (the body's name
    goes on past what was read as the body). j when no separator follows them soon."""
    n = len(toks.k)
    for k in range(j, min(n, j + _MAX_UNREAD_TAIL + 1)):
        if toks.k[k] in _JOIN_THROUGH:
            return k if not toks.brk[k] else j
        if toks.brk[k] or toks.cap[k] or not toks.word[k] or k in name_at or k in runs:
            return j
    return j


_MAX_CASE_TAIL = 8  # tokens of the affair an item is cited for: "vụ | Trịnh Xuân Thanh"


def _past_case_tail(toks: Tokens, j: int) -> int:
    """Past the affair a listed name is cited for, written at token j after the item's titles, to the list's next
    separator: "...như A, nguyên Bộ trưởng Bộ X | vụ Sông Đà|; B, C" (``list_case_words.tsv``). The affair's name,
    a capitalised one or a person's, is no item of the list. j when there is none."""
    n = len(toks.k)
    if j >= n or toks.brk[j]:
        return j
    hit = phrase_table("list_case_words.tsv").longest(toks, j)
    if hit is None:
        return j
    for k in range(j + hit[0], min(n, j + hit[0] + _MAX_CASE_TAIL)):
        if toks.brk[k]:
            return j
        if toks.k[k] in _JOIN_THROUGH:
            return k if k > j + hit[0] else j
    return j


_MAX_BARE_ITEM = 8  # tokens of a name's bare title in a list: "Phó Bí thư Thường trực"
_MAX_FORMER_ITEM = 14  # tokens of a former title with a body not read: "nguyên Giám đốc Nhà hát Ca múa nhạc tỉnh"
_DEPUTY_WORD = phrase_tokens("phó")[0]


def _past_bare_item(toks: Tokens, j: int, name_at: dict[int, int]) -> int:
    """Past a title without a body that a listed name carries up to the next ";" (the title's
    body is the list's own): "4 Phó Bí thư là ông A - Ủy viên Trung ương Đảng, | Phó Bí thư Thường
    trực; | ông B ...", "gồm các ông A, | Phó trưởng ban Thường trực; | B; C"; or a title whose body
    we do not read, held before ("...: ông B, | nguyên Giám đốc Bệnh viện X; | ông C, ..."): the
    list goes on after it. j when there is none."""
    n = len(toks.k)
    former = j < n and toks.k[j] == _FORMER  # "...; ông B, nguyên Giám đốc Bệnh viện X; ông C"
    r = j + 1 if former else j
    r = r + 1 if r < n and toks.k[r] == _DEPUTY_WORD else r
    if r >= n or toks.brk[j] or toks.brk[r] or lexicon().roles.longest(toks, r) is None:
        return j
    for k in range(r + 1, min(n, j + (_MAX_FORMER_ITEM if former else _MAX_BARE_ITEM))):
        if toks.brk[k] or k in name_at or toks.k[k] in (",", ":", "("):
            return j
        if toks.k[k] == ";":
            return k + 1 if k + 1 < n and not toks.brk[k + 1] else j
    return j


def _with_apposition(toks: Tokens, k: int, runs: dict[int, int], name_at: dict[int, int],
                     name_end: dict[int, int]) -> bool:
    """A name at token k with its own title set off after it ("B, Bộ trưởng Bộ Công an")."""
    if k not in name_at:
        return False
    after = _aside_end(toks, name_end[name_at[k]])
    return after + 1 < len(toks.k) and toks.k[after] in (",", "-") and after + 1 in runs \
        and not toks.brk[after + 1]


def _names_before(toks: Tokens, j: int, by_end: dict[int, int], start_of: dict[int, int]) -> list[int]:
    """Names written one after another and ending at token j ("ông A và ông B" before "(cùng ...)").
    ``by_end`` maps the token after a name to its hit index, ``start_of`` a hit index to its first token."""
    out: list[int] = []
    while j in by_end:
        idx = by_end[j]
        out.append(idx)
        k = start_of[idx]
        while k > 0 and toks.k[k - 1] in _HONORIFIC_WORDS and not toks.brk[k]:
            k -= 1
        if k > 0 and toks.k[k - 1] in _JOIN and not toks.brk[k]:
            j = k - 1
            continue
        break
    return out[::-1]


def _past_former_bracket(toks: Tokens, s: int, runs: dict[int, int], by_end: dict[int, int],
                         name_at: dict[int, int]) -> int | None:
    """The name whose item goes on, past a bracket of its former title and a comma, with the run of titles at
    token s (or a run that a chain of titles from such a run reaches), up to the item's end (";", "." or the
    line's): "gồm các đồng chí: A (nguyên Trưởng Ban Tổ chức Tỉnh uỷ X), | Trưởng Ban Tổ chức Tỉnh uỷ|; B ...".
    The bracket sets the person's past apart; the title after it is the person's too (the post now, or the one
    the list's act gives). None otherwise: no bracket "(nguyên ...)" right after a name, or a name after the
    title ("A (nguyên ...), Phó Chủ tịch UBND tỉnh B": B's title)."""
    n = len(toks.k)
    first = s
    while first >= 2 and toks.k[first - 1] == "," and toks.k[first - 2] != ")" and not toks.brk[first]:
        back = next((r for r in range(first - 2, max(0, first - _MAX_PAREN), -1) if runs.get(r) == first - 1), None)
        if back is None:
            break
        first = back  # "A (nguyên ...), Tỉnh uỷ viên, | Giám đốc Sở Y tế": a later run of the chain
    if first < 3 or toks.k[first - 1] != "," or toks.k[first - 2] != ")" or toks.brk[first] or toks.brk[first - 1]:
        return None
    o = next((x for x in range(first - 3, max(0, first - 2 - _MAX_PAREN), -1) if toks.k[x] in ("(", ")")
              or toks.brk[x]), None)
    if o is None or toks.k[o] != "(" or toks.brk[o] or o + 1 >= n or toks.k[o + 1] != _FORMER:
        return None
    end = _past_title_chain(toks, s, runs, name_at)
    if end < n and not toks.brk[end] and toks.k[end] not in (";", "."):
        return None
    return by_end.get(o)


_ITEM_OPENERS = frozenset({";", ":"})  # the marks that open an item of a list written after "gồm:"


def _bracket_group(toks: Tokens, s: int, e: int, by_end: dict[int, int], start_of: dict[int, int]) -> list[int]:
    """The names of one item of a list that a former title in brackets closes, the run of titles [s, e) being
    that title: "7 Phó Chủ tịch UBND tỉnh, gồm: ...; ông A, bà B (nguyên Phó Chủ tịch UBND tỉnh X); ông C, ông D
    (nguyên ...)". The names stand bare, one after another, between the mark that opens the item (";" or ":")
    and the bracket, and the bracket ends the item: the list groups its people by where they come from, so the
    bracket says it of every name of its group, not of the last alone. Empty otherwise (fewer than two names,
    a title between them, or the group not a whole item: "Dự có ông A, bà B (nguyên ...) và ..." )."""
    n = len(toks.k)
    p = s - 1 if s > 0 and toks.k[s - 1] == _FORMER else s
    if p < 2 or toks.k[p - 1] != "(" or toks.brk[p] or e + 1 >= n or toks.k[e] != ")" \
            or toks.k[e + 1] not in (";", ".") or toks.brk[e + 1]:
        return []
    names = _names_before(toks, p - 1, by_end, start_of)
    if len(names) < 2:
        return []
    a = honorific_start(toks, start_of[names[0]])
    return names if a > 0 and not toks.brk[a] and toks.k[a - 1] in _ITEM_OPENERS else []


def _plural_names_before(toks: Tokens, s: int, by_end: dict[int, int], start_of: dict[int, int],
                         prefixed: bool, plural: frozenset[str]) -> list[int]:
    """The names of a list the text marks as plural before it ("các ông", "hai đồng chí:") that a
    run of titles at token s follows, after a comma or a dash or, for a former title, right after the last
    name: "các ông A và B, Phó Chủ tịch UBND tỉnh" makes both deputies. Without the plural mark the
    title is the last name's apposition only ("A, B, Phó Chủ tịch UBND tỉnh" in an attendee list), and
    so when the last name has its own form of address ("các ông A và ông B, Chủ tịch UBND thành phố":
    the plural word addresses the list, the repeated "ông" sets B apart with his own title)."""
    if s < 1 or toks.brk[s]:
        return []
    if toks.k[s - 1] in (",", "-", "–"):  # "các ông A, B - nguyên Tổng Bí thư": both former
        names = _names_before(toks, s - 1, by_end, start_of)
    elif prefixed:
        names = _names_before(toks, s, by_end, start_of)
    else:
        return []
    if len(names) < 2 or (not prefixed and _sole_head_at(toks, s)):
        return []
    last = start_of[names[-1]]
    if toks.k[last - 1] in _HONORIFIC_WORDS and not toks.brk[last]:
        return []
    b = start_of[names[0]]
    if b > 0 and toks.k[b - 1] == ":" and not toks.brk[b]:
        b -= 1
    a = b
    while a > 0 and toks.k[a - 1] in _ADDRESS_WORDS and not toks.brk[a]:
        a -= 1
    return names if a < b and a > 0 and toks.k[a - 1] in plural and not toks.brk[a] else []


@cache
def _sole_heads() -> PhraseIndex[str]:
    heads: PhraseIndex[str] = PhraseIndex()
    for phrase, sole in read_rows("list_sole_heads.tsv", 2):
        heads.add(phrase_tokens(phrase), sole)
    return heads


def _sole_head_at(toks: Tokens, s: int) -> bool:
    """The title at token s begins with a head role one person holds at a time (``list_sole_heads.tsv``:
    "Bí thư", "Chủ tịch", "Giám đốc"; not "Phó ...", nor "Bí thư Trung ương"): "các đồng chí A, B và
    C, Bí thư Đảng uỷ xã X" gives the xã's one Bí thư, C, not the whole list."""
    heads = _sole_heads()
    hit = heads.longest(toks, s) if toks.k[s] in heads.firsts else None
    return hit is not None and hit[1] == "yes"


def _paren_list(toks: Tokens, j: int, runs: dict[int, int], name_at: dict[int, int],
                name_end: dict[int, int]) -> list[int]:
    """Names in a parenthesis, each perhaps after its own title ("(Tổng Bí thư A, Phó Thủ tướng B)")."""
    n = len(toks.k)
    out: list[int] = []
    while j < n and not toks.brk[j]:
        if j in runs:
            j = runs[j]
        k = _skip_honorifics(toks, j, n)
        if k not in name_at:
            return []
        idx = name_at[k]
        out.append(idx)
        j = _aside_end(toks, name_end[idx])
        if j < n and toks.k[j] in _JOIN:
            j += 1
            continue
        if j < n and toks.k[j] == ")":
            return out
        return []
    return []


# --------------------------------------------------------------------------------------------
# A body as the heading of a list of its members

# tokens between a body and its colon: "khóa VIII gồm 14 người", "nhiệm kỳ 2025 - 2030 còn có các đồng chí"
_MAX_HEADING_TAIL = 10
_ITEM_MARKS = frozenset({"-", ".", ")"})  # "1-", "2.", "3)"
_HEADING_SEPS = frozenset({",", ";", *phrase_tokens("và")})


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(t for (w,) in read_rows("list_heading_words.tsv", 1) for t in phrase_tokens(w))


def heading_lists(toks: Tokens, bodies: list[tuple[int, int]], runs: dict[int, int], name_at: dict[int, int],
                  name_end: dict[int, int]) -> list[tuple[int, list[int]]]:
    """(body index, name hits) of each body written as the heading of a list of its members:
    "Bộ Chính trị: - Tổng Bí thư A - Bộ trưởng Bộ Công an B", "Ủy ban Kiểm tra Trung ương gồm 14
    người: A (Chủ nhiệm), B, C", "Danh sách Ban Thường vụ Thành ủy khóa VIII:" then "1- A - Bí thư
    Thành ủy" on lines of their own. Between the body and its colon stand only the words of
    ``list_heading_words.tsv`` (a term, a count, "gồm các ông, bà"); without a colon, "gồm" opens
    the list, or the body is a heading line of its own ("Bộ Chính trị" alone on its line, then "- A"
    on lines of their own or "A, B, C."): then the list must fill whole lines, so that a paragraph
    of prose after a headline is no list. ``bodies`` holds (first token, token after) of each body;
    ``runs`` maps a run of titles' first token to the token after it."""
    words = _heading_words()
    openers = phrase_table("list_openers.tsv")
    n = len(toks.k)
    out: list[tuple[int, list[int]]] = []
    inside = _inside_earlier(bodies)
    ends = {e2 for _, e2 in bodies}
    for b, (a, e) in enumerate(bodies):
        if inside[b]:
            continue  # the owner inside a body's name ("Ủy ban Kiểm tra | Trung ương Đảng"): not the heading
        if a > 0 and toks.k[a - 1] == "," and a - 1 in ends:
            continue  # "Danh sách Bộ Chính trị, Ban Chấp hành Trung ương khóa X:": the list is not the last body's
        j = e
        opened = False
        skipped = 0  # tokens of an aside the heading's tail holds: "ngoài 5 đồng chí Bí thư, Phó Bí thư nêu trên,"
        while j < n and j - e - skipped <= _MAX_HEADING_TAIL and not toks.brk[j] and toks.k[j] != ":":
            if (past := _past_heading_aside(toks, j)) > j:
                skipped += past - j
                j = past
                continue
            k = toks.k[j]
            if not (k in words or k.isdigit() or is_roman(toks.t[j]) or k in (",", "-", "(", ")")):
                break  # (a count may stand in brackets: "Ủy ban Kiểm tra Trung ương khóa X (14 người):")
            hit = openers.longest(toks, j)
            opened = opened or (hit is not None and toks.k[j] != phrase_tokens("là")[0])
            j += 1
        colon = j < n and toks.k[j] == ":" and not toks.brk[j]
        line = not colon and not opened and _heading_line(toks, a, j)
        if not colon and not line and not (opened and j < n and not toks.brk[j]):
            continue
        start = j + 1 if colon else j
        if line and (section := _section_line(toks, j)) is not None:
            if not section[1]:
                continue  # "II- Ủy viên dự khuyết" right under the heading: not the plain seat
            start = section[0]
        names, end = _heading_names(toks, start, runs, name_at, name_end)
        if line and not _ends_line(toks, end):
            continue
        if len(names) >= 2:
            out.append((b, names))
    return out


@cache
def _heading_asides() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """``list_heading_asides.tsv``: an aside's opening words -> the words that may close it."""
    asides: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for opener, closer in read_rows("list_heading_asides.tsv", 2):
        asides.setdefault(tuple(phrase_tokens(opener)), []).append(tuple(phrase_tokens(closer)))
    return asides


_MAX_HEADING_ASIDE = 16  # tokens of "ngoài 5 đồng chí Bí thư, Phó Bí thư nêu trên"


def _past_heading_aside(toks: Tokens, j: int) -> int:
    """Past an aside written between a body's heading and its list (``list_heading_asides.tsv``), its
    closing words and the comma after them: "Ban Thường vụ Tỉnh uỷ nhiệm kỳ 2020 - 2025, | ngoài 5 đồng
    chí Bí thư, Phó Bí thư nêu trên, | gồm các đồng chí: A, B": the aside sets apart members named
    before, the list after it still names the body's members. j when no aside opens there or it does
    not close on the same line before a colon."""
    n = len(toks.k)
    for opener, closers in _heading_asides().items():
        if tuple(toks.k[j : j + len(opener)]) != opener:
            continue
        for x in range(j + len(opener), min(n, j + _MAX_HEADING_ASIDE)):
            if toks.brk[x] or toks.k[x] in (":", ".", ";"):
                break
            for close in closers:
                if tuple(toks.k[x : x + len(close)]) == close and not any(toks.brk[x : x + len(close)]):
                    after = x + len(close)
                    return after + 1 if after < n and toks.k[after] == "," and not toks.brk[after] else after
    return j


def _inside_earlier(bodies: list[tuple[int, int]]) -> list[bool]:
    """For each body (first token, token after), whether a body that starts before it reaches at least
    as far (it is written inside that body's name); one sort, not a scan of every body per body."""
    order = sorted(range(len(bodies)), key=lambda i: bodies[i][0])
    out = [False] * len(bodies)
    reach = -1  # the furthest end of the bodies that start before the current start
    run_start, run_reach = -1, -1  # bodies sharing one start do not cover each other
    for i in order:
        a, e = bodies[i]
        if a != run_start:
            reach = max(reach, run_reach)
            run_start, run_reach = a, -1
        out[i] = reach >= e
        run_reach = max(run_reach, e)
    return out


def _heading_line(toks: Tokens, a: int, j: int) -> bool:
    """The body at token a (its heading words ending before token j) is a line of its own: it
    starts its line, or only a roster's opener stands before it ("Danh sách | Ban Chấp hành Trung
    ương khóa X", ``roster_heading_openers.tsv``), and the next line starts at j."""
    if not (j < len(toks.k) and toks.brk[j]):
        return False
    if a == 0 or toks.brk[a]:
        return True
    m = phrase_table("roster_heading_openers.tsv").ending_at(toks, a)
    return m > 0 and (a - m == 0 or toks.brk[a - m])


@cache
def _roster_sections() -> dict[tuple[str, ...], bool]:
    """``roster_sections.tsv``: a section line's words -> whether its names hold the body's plain seat."""
    return {tuple(phrase_tokens(r["heading"])): r["members"] == "yes" for r in table("roster_sections.tsv").rows}


def _section_line(toks: Tokens, j: int) -> tuple[int, bool] | None:
    """The line starting at token j opens a roster's section ("I- Ủy viên chính thức", "II. Ủy viên
    dự khuyết", ``roster_sections.tsv``): the token after it and whether its names hold the body's
    plain seat; None when the line is anything else."""
    n = len(toks.k)
    k = j
    if k + 1 < n and is_roman(toks.t[k]) and toks.k[k + 1] in _ITEM_MARKS:
        k += 2
    e = k
    while e < n and (e == k or not toks.brk[e]):
        e += 1
    members = _roster_sections().get(tuple(toks.k[k:e]))
    return None if members is None else (e, members)


def _ends_line(toks: Tokens, j: int) -> bool:
    """A list read up to token j ends its line there, perhaps with a full stop."""
    n = len(toks.k)
    if j < n and toks.k[j] == "." and not toks.brk[j]:
        j += 1
    return j >= n or toks.brk[j]


def _item_start(toks: Tokens, j: int) -> int:
    """Past the mark of a list item ("1-", "2.", "-") at token j."""
    n = len(toks.k)
    if j + 1 < n and toks.k[j].isdigit() and toks.k[j + 1] in _ITEM_MARKS:
        return j + 2
    if j < n and toks.k[j] == "-":
        return j + 1
    return j


def _past_title_chain(toks: Tokens, j: int, runs: dict[int, int], name_at: dict[int, int]) -> int:
    """Past the run of titles at token j and the runs joined to it by "," or "-" ("Ủy viên Bộ Chính
    trị, Bí thư Thành ủy")."""
    n = len(toks.k)
    e = runs[j]
    while e + 1 < n and toks.k[e] in (",", "-") and e + 1 in runs and e + 1 not in name_at and not toks.brk[e + 1]:
        e = runs[e + 1]
    return e


def _heading_names(toks: Tokens, j: int, runs: dict[int, int], name_at: dict[int, int],
                   name_end: dict[int, int]) -> tuple[list[int], int]:
    """The names of a heading's list from token j: items separated by ",", ";", "và" or a mark
    ("- A - B", "1- A" on a line of its own), each name perhaps after its own titles and before its
    apposition ("A - Bí thư Thành ủy", "A (Chủ nhiệm ...)"). A title run that a name follows
    belongs to that name: "Bí thư Tỉnh ủy A, Bộ trưởng Bộ Xây dựng B". Also the token where the
    list ends."""
    n = len(toks.k)
    out: list[int] = []
    semis = False  # a ";" has ended an item: the list's items are ";"-separated
    while j < n:
        first = j
        k = _item_start(toks, j)
        if k == first and out and _numbered_line(toks, first):
            k = first + 1  # "23 Ngô Văn Dụ" among numbered lines: the item's mark left out
        if out and toks.brk[first] and k == first:
            break  # a new paragraph that is not an item of the list
        k = skip_honorifics(toks, k, n)
        if k in runs and k not in name_at:
            k = _past_title_chain(toks, k, runs, name_at)
            if k < n and toks.k[k] in (",", "-") and not toks.brk[k]:
                k += 1  # "Tư lệnh Quân khu II, trung tướng B"
            k = skip_honorifics(toks, k, n)
        if k not in name_at and _item_start(toks, first) > first:
            k = _name_in_item(toks, k, name_at)  # "- Chủ nhiệm Tổng cục Chính trị, Bộ Quốc phòng A"
        if k not in name_at:
            m = _unread_name_end(toks, k)
            if m > k and m < n and toks.k[m] in _HEADING_SEPS and not toks.brk[m]:
                j = m + 1  # "B, Sa Như Hòa, C": a name we do not read, the list goes on past it
                continue
            m = _past_dashed_item_titles(toks, m, runs, name_at) if m > k else m
            if m > k and m < n and toks.k[m] in _HEADING_SEPS and not toks.brk[m]:
                j = m + 1  # "Kỳ Anh Tuấn - Chủ nhiệm Ủy ban Kiểm tra; B - ...": the same, its titles after a dash
                continue
        if k not in name_at or any(toks.brk[first + 1 : k + 1]):
            break
        idx = name_at[k]
        out.append(idx)
        j = name_end[idx]
        if j < n and toks.k[j] == "(" and not toks.brk[j]:
            close = next((x for x in range(j + 1, min(n, j + _MAX_PAREN)) if toks.k[x] == ")" or toks.brk[x]), None)
            if close is None or toks.k[close] != ")":
                break
            j = close + 1
        if _numbered_line(toks, first):
            j = _line_end(toks, j)  # "1. A, Đại tướng, Bộ trưởng Bộ Công an": one person a numbered line
            if j < n and (section := _section_line(toks, j)) is not None:
                if not section[1]:
                    break  # "II- Ủy viên dự khuyết": the body's plain seat ends here
                j = section[0]
            continue
        if j + 1 < n and toks.k[j] in (",", "-", ":") and j + 1 in runs and j + 1 not in name_at \
                and not toks.brk[j] and not toks.brk[j + 1]:
            e = _past_title_chain(toks, j + 1, runs, name_at)
            if skip_honorifics(toks, e, n) not in name_at or toks.brk[e]:
                j = e  # the name's own apposition, not the next name's titles
        if j < n and toks.brk[j]:
            continue  # an item on the next line: it must start with its mark
        if j < n and toks.k[j] == "-":
            continue  # "- A - Bộ trưởng B": the mark of the next item
        if j < n and toks.k[j] == "." and j + 1 < n and _item_start(toks, j + 1) > j + 1:
            j += 1  # "... Bí thư Thành ủy. 2- B"
            continue
        if semis and j < n and toks.k[j] not in _HEADING_SEPS:
            j = _past_item_rest(toks, j, name_at)  # "A - Bí thư Đảng ủy các cơ quan Đảng tỉnh; B - ..."
        if j < n and toks.k[j] == ",":
            j = _past_verbal_item(toks, j, runs, name_at)  # "A (nguyên ...), được phân công làm Chủ nhiệm ...; B"
        if j < n and toks.k[j] in _HEADING_SEPS:
            semis = semis or toks.k[j] == ";"
            j += 1
            continue
        break
    return out, j


_MAX_ITEM_VERB = 5  # lower-case words of "được phân công làm" before an item's title


def _past_verbal_item(toks: Tokens, j: int, runs: dict[int, int], name_at: dict[int, int]) -> int:
    """Past an item's verb phrase and the title it gives, from the comma at token j to the ";" that ends
    the item: "gồm các đồng chí: A (nguyên Chủ nhiệm ...), | được phân công làm Chủ nhiệm Ủy ban Kiểm
    tra Tỉnh uỷ|; B, Trưởng Ban Tổ chức Tỉnh uỷ; ...". A few lower-case words, then a run of titles,
    then ";": the item goes on and so does the list. j otherwise (a name, a capital or a mark first)."""
    n = len(toks.k)
    x = j + 1
    while x < n and x - j <= _MAX_ITEM_VERB and toks.word[x] and not toks.cap[x] and x not in runs \
            and not toks.brk[x]:
        x += 1
    if x == j + 1 or x >= n or x not in runs or x in name_at or toks.brk[x]:
        return j
    e = _past_title_chain(toks, x, runs, name_at)
    return e if e < n and toks.k[e] == ";" and not any(toks.brk[x : e + 1]) else j


def _numbered_line(toks: Tokens, j: int) -> bool:
    """Token j opens a line with an item's number and its mark ("1.", "2-", "3)"), or a number right
    before a capital, its mark left out ("23 Ngô Văn Dụ")."""
    return (j == 0 or toks.brk[j]) and j + 1 < len(toks.k) and toks.k[j].isdigit() \
        and (toks.k[j + 1] in _ITEM_MARKS or (toks.cap[j + 1] and not toks.brk[j + 1]))


def _line_end(toks: Tokens, j: int) -> int:
    """The first token of the next line after token j (the token count at the text's end)."""
    n = len(toks.k)
    j += 1
    while j < n and not toks.brk[j]:
        j += 1
    return j


_MAX_ITEM_REST = 8  # tokens of an item's titles left unread before its ";": "các cơ quan Đảng tỉnh"


def _past_item_rest(toks: Tokens, j: int, name_at: dict[int, int]) -> int:
    """In a list whose items ";" separates, the ";" that ends the item at token j past a few words
    its titles go on with that no rule read ("Bí thư Đảng ủy | các cơ quan Đảng tỉnh;"); j when no
    ";" comes soon on the same line, or a name or a sentence end stands before it."""
    n = len(toks.k)
    for x in range(j, min(n, j + _MAX_ITEM_REST + 1)):
        if toks.brk[x] or x in name_at or toks.k[x] in (".", ":", "(", "-"):
            return j
        if toks.k[x] == ";":
            return x
    return j


_MAX_ITEM = 25  # tokens of a marked item's titles before its name


def _name_in_item(toks: Tokens, k: int, name_at: dict[int, int]) -> int:
    """The first name of a marked item ("- TITLES NAME" on a line of its own) from token k, its
    titles being any words up to it (a body written after a comma, a role we do not know); k when
    the item ends (a line break, ";") before a name."""
    n = len(toks.k)
    for x in range(k, min(n, k + _MAX_ITEM)):
        if x > k and (toks.brk[x] or toks.k[x] in (";", "-")):
            break
        if x in name_at:
            return x
    return k


def _past_dashed_item_titles(toks: Tokens, m: int, runs: dict[int, int], name_at: dict[int, int]) -> int:
    """Past the titles that a dash sets off after an item's name ending at token m ("Kỳ Anh Tuấn -
    Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"), up to the mark that ends the item; m when no run of titles
    follows the dash on the same line."""
    n = len(toks.k)
    if m + 1 < n and toks.k[m] == "-" and m + 1 in runs and m + 1 not in name_at \
            and not toks.brk[m] and not toks.brk[m + 1]:
        e = _past_title_chain(toks, m + 1, runs, name_at)
        if not any(toks.brk[m + 1 : e + 1]):
            return e
    return m


def _unread_name_end(toks: Tokens, k: int) -> int:
    """Past two to four capitalised words at token k that no rule read as a name ("Sa Như Hòa",
    a family name not on our list); k when there are fewer."""
    n = len(toks.k)
    m = k
    while m < n and m - k < 4 and toks.cap[m] and toks.word[m] and not toks.k[m].isdigit() \
            and (m == k or not toks.brk[m]):
        m += 1
    return m if m - k >= 2 else k
