"""Person names in a report: full names, short references and credits.

Three ways a name is recognised, in the order of how sure they are:
- after an honorific ("đồng chí", "ông", "bà", ranks): any capitalised run, so family names not in
  ``surnames.txt``, ethnic-minority and foreign names are caught too; a single word after an
  honorific ("đồng chí Dũng") is a *short reference*, resolved later to a person of the report;
- a family name from ``surnames.txt`` followed by 1-3 capitalised syllables, unless it is a place
  ("đường Lê Lợi", "Hà Tĩnh") or inside an organization's name;
- credits: "Ảnh: Thanh Long" and the byline at the end of a report ("... Hoàng Trọng",
  "Theo Tất Định (Dân Việt)").
Names after a title ("Chủ tịch Thượng viện ... Mahn Win Khaing Than") are added by the title parser;
those it cannot reach are read here by the shape of their words (:func:`foreign_word`: "lãnh tụ
Fidel Castro", "Chủ tịch Quốc hội Cộng hòa Cuba Juan Esteban Lazo Hernandez") or by a country
written between ("Chủ tịch Trung Quốc Tập Cận Bình").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress

from kg.loaders.extract.doc_tables import words_by_use
from kg.loaders.extract.lexicon import Lexicon, RoleRow, lexicon, phrase_table, read_rows
from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_index, phrase_tokens, vietnamese_syllable
from kg.textkey import key as text_key

_APOSTROPHES = frozenset({"'", "’"})
_GLUE_MARKS = _APOSTROPHES | {"-"}  # marks joining a name's syllables ("H'Yim", "Diaz-Canel"): made once
_HONORIFIC_BREAKS = frozenset(phrase_tokens("ông bà"))
_BY = phrase_tokens("theo")[0]
_LIST_SEP = frozenset({"-", ",", "và", "&"})
_SENT_END = frozenset({".", "!", "?", '"', "…"})
_PRONOUNS = frozenset(phrase_tokens(w) for w in ("ông", "bà", "đồng chí"))  # "Đồng chí từng giữ ..."
_PLURAL_BEFORE = frozenset(phrase_tokens("các những hai ba"))  # "các đồng chí là ...": not one person
_DOAN = phrase_tokens("Đoàn")[0]


_MAX_HONORIFIC_NAME = 7  # syllables after "ông"/"bà": a Lao name written in Vietnamese syllables has six
_HOUSE = frozenset(phrase_tokens("số đất nhà ngõ ngách hẻm kiệt"))  # "số 12", "ngõ 118" + a street


@cache
def _pronoun_next() -> PhraseIndex:
    return phrase_table("pronoun_next.tsv")


def pronoun_next(toks: Tokens, j: int) -> bool:
    """Token j, after a sentence-initial honorific written without a name, begins a word or phrase of
    ``pronoun_next.tsv`` ("Ông là ...", "Bà từng ...", "Ông có học vị tiến sĩ, là ..."): the honorific
    is a pronoun for the person last named, so the titles that follow are theirs. A phrase, not its
    first word alone: "có" also opens a question put to the person ("Ông có thể chia sẻ ...?")."""
    idx = _pronoun_next()
    return j < len(toks.k) and toks.k[j] in idx.firsts and idx.longest(toks, j) is not None


@cache
def _capacity_openers() -> PhraseIndex:
    return phrase_table("capacity_openers.tsv")


_MAX_CAPACITY_CLAUSE = 60  # tokens from a capacity cue to the subject's comma: the cue and a long run of titles


def after_capacity_clause(toks: Tokens, i: int) -> bool:
    """The bare honorific at token i stands right after the comma that closes a clause naming a
    capacity (``capacity_openers.tsv``), the clause opening the sentence or following a comma in it:
    "Trên cương vị Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, đồng chí luôn ...", "Sau năm 1975, ở cương vị
    Bộ trưởng, bà thống nhất ...". Such a clause has no subject of its own, so the honorific is the
    sentence's subject, a pronoun for the person last named, whatever verb follows it (elsewhere only
    the words of ``pronoun_next.tsv`` make it one). Within ``_MAX_CAPACITY_CLAUSE`` tokens, one line."""
    if i < 2 or toks.k[i - 1] != "," or toks.brk[i] or toks.brk[i - 1]:
        return False
    idx = _capacity_openers()
    for p in range(i - 2, max(-1, i - 2 - _MAX_CAPACITY_CLAUSE), -1):
        if toks.k[p] in _SENT_END:
            return False
        opens = p == 0 or toks.brk[p] or toks.k[p - 1] in _SENT_END or toks.k[p - 1] == ","
        if opens and toks.k[p] in idx.firsts and idx.longest(toks, p) is not None:
            return True
        if toks.brk[p]:
            return False
    return False


@cache
def _sentence_starts() -> PhraseIndex:
    return phrase_table("sentence_starts.tsv")


def starts_sentence(toks: Tokens, j: int) -> bool:
    """Token j begins the next sentence, glued to a name without a full stop ("X Y Tại buổi
    tiếp"): a word of ``sentence_starts.tsv`` followed by a lower-case word, or a phrase of two or
    more words of it whatever follows ("X Y Sáng nay 8-2, ...": its lower-case words already say
    no name goes on there, and a date or a comma often comes next)."""
    idx = _sentence_starts()
    if toks.k[j] not in idx.firsts:
        return False
    hit = idx.longest(toks, j)
    if hit is None:
        return False
    k = j + hit[0]
    if hit[0] >= 2:
        return True  # (a phrase never spans a line break)
    return k < len(toks.k) and toks.word[k] and not toks.cap[k] and not toks.brk[k]


@cache
def _saying_verbs() -> PhraseIndex:
    return phrase_table("saying_verbs.tsv")


def _says_next(toks: Tokens, k: int) -> bool:
    """A verb of saying begins at token k ("cho biết", "phát biểu": ``saying_verbs.tsv``), just after a
    word of ``sentence_starts.tsv``: that word ends the speaker's name ("Tổng Bí thư Nguyễn Phú Trong
    cho biết", the name's last syllable written without its tone mark), since a sentence those words
    open goes on with their object ("Trong buổi tiếp", "Tại hội nghị"), never with a verb."""
    idx = _saying_verbs()
    return k < len(toks.k) and toks.k[k] in idx.firsts and not toks.brk[k] and idx.longest(toks, k) is not None


def _address(toks: Tokens, i: int) -> bool:
    """The run follows a house number ("số 12 Lê Lợi", "khu đất 5 Trần Phú", "300/34 Lê Lợi"): a street."""
    if i < 2 or toks.gap[i] != " ":
        return False
    if i >= 3 and toks.upper[i - 1] and (toks.e[i - 1] - toks.s[i - 1]) == 1 and toks.gap[i - 1] == "" \
            and toks.k[i - 2].isdigit():
        i -= 1  # "số nhà 6D Thái Phiên": a house number with a letter
    if i >= 3 and toks.k[i - 1].isdecimal() and toks.k[i - 2] == "/" and toks.gap[i - 1] == "" \
            and toks.gap[i - 2] == "" and toks.k[i - 3].isdecimal() \
            and (int(toks.k[i - 3]) > 31 or int(toks.k[i - 1]) > 12):
        return True  # "300/34 Trần Văn A": a house number in an alley (but "12/5": a date)
    return toks.k[i - 1].isdigit() and toks.k[i - 2] in _HOUSE


_WARD_LETTERS = frozenset({"Q", "P"})  # "Q.1", "P.5": quận, phường abbreviated
_SMALL_UNITS = frozenset({"district", "commune"})


def _numbered_address(toks: Tokens, i: int, end: int, lex: Lexicon) -> bool:
    """The run i..end follows a bare house number and is followed by a comma and a ward or a district
    ("12 Đinh Tiên Hoàng, Q.1", "19C Lê Văn A, phường 4"): a street of an address. A house number
    after "số" is read by :func:`_address`; a person after a district's number ("quận 2 Nguyễn Văn
    A") has no ward after the name."""
    n = len(toks.k)
    if i < 1 or toks.gap[i] != " " or end + 2 >= n or toks.k[end] != ",":
        return False
    b = i - 1
    if b >= 1 and toks.upper[b] and (toks.e[b] - toks.s[b]) == 1 and toks.gap[b] == "":
        b -= 1  # "19C"
    if not toks.k[b].isdecimal() or (b >= 1 and toks.word[b - 1] and toks.cap[b - 1]) \
            or after_place_word(toks, b, lex):
        return False  # "phường Mỹ Đình 2 Lưu Văn A, phường đang ...": a ward's number, then a person
    a = end + 1
    if toks.t[a] in _WARD_LETTERS and toks.k[a + 1] == "." and toks.gap[a + 1] == "":
        return True
    hit = lex.place_words.longest(toks, a) if toks.k[a] in lex.place_words.firsts else None
    return hit is not None and hit[1].level in _SMALL_UNITS


_THI = phrase_tokens("Thị")[0]
_THI_ONLY = frozenset((_THI,))  # (a set: Tokens.where tests each token against it)


def _family_before_thi(toks: Tokens, i: int) -> bool:
    """Token i is a capitalised word before a capitalised "Thị" and a given name ("Văn Thị Bạch
    Tuyết", "Chúng Thị Chiên"): a family name, though surnames.txt lacks it ("Thị" is a woman's
    middle name; "Thị xã", "Thị trấn" go on in lower case)."""
    n = len(toks.k)
    return i + 2 < n and toks.k[i + 1] == _THI and toks.cap[i + 1] and toks.cap[i + 2] and toks.word[i + 2] \
        and toks.word[i] and not toks.upper[i] and toks.gap[i + 1] == " " and toks.gap[i + 2] == " " \
        and not toks.brk[i + 1] and not toks.brk[i + 2]


# Ê Đê and Jrai women's names begin with "H'", Cơ Ho and Mnông names often with "K'" ("H'Hen Niê",
# "K'Nhiên"), where a Kinh name has its family name
_PREFIX_LETTERS = frozenset(phrase_tokens("h k"))


def _apostrophe_prefix(toks: Tokens, i: int) -> bool:
    """Token i is a capital "H" or "K" glued by an apostrophe to a capitalised word ("H'Quỳnh
    Byă", "K'Nhiên"): the first word of an ethnic-minority name, read like a family name."""
    n = len(toks.k)  # (the apostrophe before the token's text: that is a slice of the text each time)
    return i + 2 < n and toks.k[i + 1] in _APOSTROPHES and toks.t[i] in ("H", "K") and toks.gap[i + 1] == "" \
        and toks.gap[i + 2] == "" and toks.word[i + 2] and toks.cap[i + 2] and not toks.upper[i + 2]


def _in_capitals(toks: Tokens, i: int, end: int) -> bool:
    """The run sits in a line written in capitals ("LIÊN QUAN NGHỊ ĐỊNH 46"): a heading's words,
    not a name found by its family name."""
    if not all(toks.upper[x] for x in range(i, end)):
        return False
    before = i - 1 >= 0 and toks.word[i - 1] and toks.upper[i - 1] and not toks.brk[i]
    after = end < len(toks.k) and toks.word[end] and toks.upper[end] and not toks.brk[end]
    return before or after


_MAX_DATED_HEAD = 16  # tokens of a dated heading before its colon: "Từ tháng 2/2003 đến tháng 5/2007:"


def _dated_colon(toks: Tokens, i: int) -> bool:
    """Token i follows a dated heading and its colon, at the start of a line or sentence: "Từ
    tháng 2/2003 đến tháng 5/2007: Ông là ...", a step of a career written as a chronicle, whose
    "Ông" is the pronoun of the person the chronicle is about, not the start of a name."""
    if i < 2 or toks.k[i - 1] != ":" or toks.brk[i - 1]:
        return False
    k = i - 2
    digits = False
    while k >= 0 and i - k <= _MAX_DATED_HEAD:
        if toks.k[k] in _SENT_END or toks.k[k] in (":", ";"):
            return False
        digits = digits or toks.k[k].isdigit()
        if k == 0 or toks.brk[k]:
            return digits
        k -= 1
    return False


@dataclass
class NameHit:
    start: int  # first token of the name
    end: int
    how: str  # "honorific" | "surname" | "title" | "credit" | "pronoun"
    gender: str | None = None
    short: bool = False  # one given name only ("đồng chí Dũng")


def family_after_honorific(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """The capitalised honorific word at token j is a family name ("Ông" is one, surnames.txt): an
    honorific stands right before it and a capitalised word after it, "ông Ông Văn Thành", "đồng chí
    Ông Văn Thành": no one is called "ông ông", so the second "Ông" begins the name. Read here, where a
    name may begin with it, and by lists.skip_honorifics, which stops there."""
    n = len(toks.k)
    return toks.cap[j] and toks.k[j] in lex.surnames and lex.honorifics.ending_at(toks, j) > 0 \
        and not toks.brk[j] and toks.gap[j] == " " and j + 1 < n and toks.cap[j + 1] and toks.word[j + 1] \
        and not toks.brk[j + 1] and toks.gap[j + 1] == " " and toks.k[j + 1] not in lex.honorifics.firsts


def _stops_name(toks: Tokens, j: int, lex: Lexicon, start: int = -1) -> bool:
    """A capitalised word that begins a title or a body rather than continuing a name."""
    k = toks.k[j]
    if k in ("phó", "quyền") and j + 1 < len(toks.k) and toks.k[j + 1] in lex.roles.firsts:
        return True
    if j == start and k in lex.honorifics.firsts and lex.honorifics.longest(toks, j) \
            and not family_after_honorific(toks, j, lex):
        return True  # "... anh em. Ông Hà Sơn Nhin": a name does not start with "Ông" (but "Xuân Anh")
    if j != start and k in _HONORIFIC_BREAKS:
        return True  # "Đinh La Thăng Ông Đinh ...": "Ông" begins the next words
    if k in lex.roles.firsts:
        for m, row in lex.roles.match(toks, j):
            if m >= 2 and isinstance(row, RoleRow):
                return True
    if k in lex.org_index.firsts:
        for m, _row in lex.org_index.match(toks, j):
            if m >= 2:
                return True
    return False


_MAX_DISTRICT = 3  # syllables of the longest district name checked before a family name


def place_before_surname(toks: Tokens, i: int, lex: Lexicon) -> int:
    """Length of a province or district name at token i that a capitalised family name follows
    ("thành phố Pleiku Trịnh Duy Thuân", "TP Vinh Nguyễn Văn A": the body's place, then the
    person), or 0. A name does not start with the place."""
    n = len(toks.k)
    for m in range(_MAX_DISTRICT, 0, -1):
        b = i + m
        if b + 1 < n and toks.cap[b] and toks.k[b] in lex.surnames and toks.cap[b + 1] \
                and toks.gap[b] == " " and not toks.brk[b] and all(toks.cap[x] for x in range(i, b)) \
                and (" ".join(toks.k[i:b]) in lex.districts or " ".join(toks.k[i:b]) in lex.place_keys):
            return m
    return 0


def cap_name(toks: Tokens, i: int, limit: int, lex: Lexicon, *, allow_upper: bool = True) -> int:
    """End of a run of capitalised name syllables from token i, joined by single spaces. None
    starts with a place written before a family name (:func:`place_before_surname`)."""
    n = len(toks.k)
    j = i
    if i < n and toks.cap[i] and place_before_surname(toks, i, lex):
        return i
    while j < n and j - i < limit:
        if toks.k[j] == "-" and _spaced_hyphen(toks, j, i):  # (its first test, before a call at every word)
            j += 1  # "Miguel Diaz - Canel": one foreign name with a hyphen set in spaces
            limit += 1
            continue
        if toks.k[j] in _GLUE_MARKS and j > i and toks.gap[j] == "" and j + 1 < n \
                and toks.word[j + 1] and toks.gap[j + 1] == "" and (toks.k[j] != "-" or not toks.cap[j + 1]
                                                                  or (toks.cap[j - 1] and not _two_names(toks, j, i))):
            j += 2  # "H'Yim", "K'Nhiên": one syllable with an apostrophe
            limit += 2
            continue
        if toks.k[j] == "." and _middle_initial(toks, j, i):
            j += 1  # "Jack B. Weinstein": a foreign name's middle initial and its dot
            limit += 1
            continue
        if not (toks.word[j] and toks.cap[j]) or toks.k[j].isdigit():
            break
        if j > i and (toks.gap[j] != " " or toks.brk[j]):
            break
        if not allow_upper and toks.upper[j] and (toks.e[j] - toks.s[j]) > 1:
            break
        if _stops_name(toks, j, lex, i) and (j > i or toks.k[j] in ("phó", "quyền")
                                             or toks.k[j] in lex.honorifics.firsts):
            break
        if j - i >= 2 and starts_sentence(toks, j) and not _says_next(toks, j + 1):
            break  # "Pany Yathotou Tại buổi tiếp": the next sentence, glued on
        if j > i and toks.k[j] == _BY and j + 1 < n and toks.cap[j + 1] and toks.word[j + 1] and not toks.brk[j + 1]:
            break  # "Minh Phương Theo Reuters": the writer, then the source
        j += 1
    return j


def _middle_initial(toks: Tokens, j: int, i: int) -> bool:
    """The dot at token j closes a capital letter glued to it, between two foreign words of a name
    begun at token i ("Jack B. Weinstein", "William P. Rogers"): the middle initial, inside the
    name. Not after a Vietnamese syllable: "ông Nguyễn Văn A. Ông ..." ends a sentence at the dot."""
    n = len(toks.k)
    b = j - 1
    return b - 1 >= i and j + 1 < n and toks.gap[j] == "" and toks.gap[j + 1] == " " and not toks.brk[j + 1] \
        and (toks.e[b] - toks.s[b]) == 1 and toks.upper[b] and toks.word[b] and toks.gap[b] == " " \
        and foreign_word(toks, b - 1) and toks.word[j + 1] and foreign_word(toks, j + 1)


def _two_names(toks: Tokens, j: int, i: int) -> bool:
    """The hyphen at j, glued on both sides, follows a name of two or more words begun at i and
    joins two capitalised Vietnamese syllables ("Hà Thắng-Việt Cường", two writers; "Thái Hà-Láng
    Hạ", two streets): it parts two names, where a foreign name's hyphen joins its own syllables
    ("Diaz-Canel", "Bun-nhăng", a Lao "Bun-Thon Xẻng-Khăm-Mi")."""
    return j - i >= 2 and "-" not in toks.k[i:j] and vietnamese_syllable(toks.t[j - 1]) \
        and vietnamese_syllable(toks.t[j + 1])


def foreign_word(toks: Tokens, j: int) -> bool:
    """Token j is a capitalised word that no Vietnamese syllable spells ("Fidel", "Hernández",
    "Aung"): a foreign name's, or an ethnic-minority one's ("Ksor"). Abbreviations in capitals
    ("ASEAN") are not."""
    return toks.cap[j] and _foreign_text(toks.t[j])


@lru_cache(maxsize=16384)
def _foreign_text(t: str) -> bool:
    return t.isalpha() and not (t.isupper() and len(t) > 1) and not vietnamese_syllable(t)


@lru_cache(maxsize=16384)
def foreign_fold(key: str) -> str:
    """A name word's matching key with its Latin accents dropped when it is no Vietnamese syllable
    ("hernández" -> "hernandez", "josé" -> "jose"), else the key unchanged ("hùng" and "hưng" stay
    apart). Two spellings of one foreign name in a report compare equal word by word, Vietnamese
    names never: ``tuple(map(foreign_fold, keys))``.

    >>> foreign_fold("hernández"), foreign_fold("hùng")
    ('hernandez', 'hùng')
    """
    if key.isascii() or vietnamese_syllable(key):
        return key
    bare = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def _spaced_hyphen(toks: Tokens, j: int, i: int) -> bool:
    """Token j is a hyphen with a space on each side between two foreign words of a name that
    starts at i ("Diaz - Canel"); between Vietnamese names it parts two names ("Hoàng Hoa - Văn
    Cảnh", a credit for two photographers)."""
    return j > i and toks.k[j] == "-" and j + 1 < len(toks.k) and toks.gap[j] == " " and toks.gap[j + 1] == " " \
        and not toks.brk[j + 1] and foreign_word(toks, j - 1) and foreign_word(toks, j + 1)


def _initials(toks: Tokens, i: int) -> int:
    """End of a writer's initials starting at i (i when none): "H.M.", "Q.H", "H.L.A", or initials
    with the given name glued on ("M.Quân", "N.Triều", "B.TRUNG"), the forms papers sign with; a
    credit may also put one space after the dot ("Ảnh: B. Trung", "Ảnh: Q. H")."""
    n = len(toks.k)
    if _digraph_initial(toks, i):
        return i + 3  # "Th.Dương", "Tr. Thanh": a given name's first sound, abbreviated
    j, letters, dotted = i, 0, False
    while j < n and toks.word[j] and (toks.e[j] - toks.s[j]) == 1 and toks.cap[j] \
            and (j == i or toks.gap[j] == "" or (j == i + 2 and toks.gap[j] == " ")):
        letters += 1
        j += 1
        dotted = j < n and toks.k[j] == "." and toks.gap[j] == ""
        if not dotted:
            break
        j += 1
    if letters >= 2 and dotted and _initial_apart(toks, j):
        j += 2 if j + 1 < n and toks.k[j + 1] == "." and toks.gap[j + 1] == "" else 1  # "B.C. X.", "V.V. T"
        letters, dotted = letters + 1, False
    glued = dotted and j < n and toks.word[j] and toks.cap[j] and (toks.e[j] - toks.s[j]) > 1 and not toks.brk[j] \
        and (toks.gap[j] == "" or (letters == 1 and toks.gap[j] == " "))
    if glued:
        j += 1  # "M.Quân"
    elif letters >= 2 and dotted and j < n and toks.word[j] and toks.gap[j] == "":
        return i  # "T.Ư" glued to more letters: not a signature
    if letters >= 2 or (letters == 1 and glued):
        if j < n and toks.word[j] and toks.gap[j] == "":
            return i  # more letters glued on: a word, not initials
        if _initials_key("".join(toks.t[i:j])) in _staff_initials():
            return i  # "P.V", "C.T. V": the paper's reporter or contributor, no one's name
        return j
    return i


def _initial_apart(toks: Tokens, j: int) -> bool:
    """Token j is the last of a writer's initials written apart from the dotted ones before it, as
    credits sometimes are ("Ảnh: B.C. X.", "Ảnh: V.V. T" and the next sentence): one capital letter
    after a space on the same line, with its dot or nothing glued to it, and no lower-case word after
    it (in "Ảnh: N.C.T. Ở các nhánh ..." the letter is a word of the next sentence)."""
    n = len(toks.k)
    if j >= n or not (toks.word[j] and toks.cap[j] and toks.e[j] - toks.s[j] == 1) \
            or toks.gap[j] != " " or toks.brk[j]:
        return False
    k = j + 1
    if k < n and toks.k[k] == "." and toks.gap[k] == "":
        k += 1
    elif k < n and toks.gap[k] == "":
        return False  # something glued on: not a letter standing alone
    return k >= n or toks.brk[k] or not (toks.word[k] and not toks.cap[k])


def _initials_key(text: str) -> str:
    """Initials as compared with ``staff_initials.tsv``: capitals without dots or spaces, so that
    "P.V", "P. V" and "PV" are one form, and "C.T.V", "C.T. V" and "CTV" another.

    >>> _initials_key("C.T. v")
    'CTV'
    """
    return "".join(ch for ch in text if ch not in ". ").upper()


# Two-letter first sounds of Vietnamese syllables that a signature abbreviates like an initial
_NAME_DIGRAPHS = frozenset({"Th", "Tr", "Ng", "Nh", "Ch", "Kh", "Ph", "Gi", "Qu"})


def _digraph_initial(toks: Tokens, i: int) -> bool:
    """Tokens i.. are a two-letter abbreviation, its dot and one capitalised word ("Th.Dương",
    "Tr. Thanh"), no word glued after nor a capitalised one ("Tr.Hoàng Hồng Đào" is read from
    "Hoàng"): a writer's signature, like "M.Quân"."""
    n = len(toks.k)
    a = i + 2
    return a < n and toks.t[i] in _NAME_DIGRAPHS and toks.k[i + 1] == "." and toks.gap[i + 1] == "" \
        and toks.word[a] and toks.cap[a] and (toks.e[a] - toks.s[a]) > 1 and toks.gap[a] in ("", " ") \
        and not toks.brk[a] and not (a + 1 < n and toks.word[a + 1] and (toks.gap[a + 1] == "" or toks.cap[a + 1]))


@cache
def _staff_initials() -> frozenset[str]:
    """Initials that sign for a staff role (``staff_initials.tsv``: "P.V", phóng viên), each as
    :func:`_initials_key` writes it ("PV")."""
    return frozenset(_initials_key(row[0]) for row in read_rows("staff_initials.tsv", 1))


def _is_place(toks: Tokens, i: int, end: int, lex: Lexicon) -> bool:
    """The run is a place name, or is written right after a place word ("đường Lê Lợi"), or is a
    calendar name ("Đinh Dậu") from not_persons.tsv."""
    first = toks.k[i]  # the first-word tests spare the lookups that miss at once (most runs are names)
    if " ".join(toks.k[i:end]) in lex.place_keys or (first in lex.places.firsts and lex.places.longest(toks, i)):
        return True
    word = lex.place_words.longest(toks, i) if first in lex.place_words.firsts else None
    if word and word[1].level != "other" and i + word[0] < end \
            and (lex.places.longest(toks, i + word[0]) or " ".join(toks.k[i + word[0] : end]) in lex.districts):
        return True  # "đại biểu TP Hà Nội": the place word and the place, no person
    country = lex.other_places.longest(toks, i) if first in lex.other_places.firsts else None
    if country and (country[0] >= 2 or end - i == 1):  # "Châu Âu"; but "Đức Hùng" is a name
        return True
    if end - i == 2 and any(toks.k[i] in a and toks.k[i + 1] in b for a, b in lex.not_persons):
        return True
    if toks.k[i] == _DOAN and i + 1 < end and (lex.places.longest(toks, i + 1) or _country_rest(toks, i + 1, end, lex)
                                                 or (lex.org_index.longest(toks, i + 1) or (0,))[0] >= 2):
        return True  # "Đoàn Quảng Nam", "Đoàn Việt Nam", "Đoàn Mặt trận ...": a delegation or a union
    if _named_thing(toks, i, lex) or _language_name(toks, i) or _business_name(toks, i, lex):
        return True  # "công viên Lưu Văn A", "Trường Lê Văn A": a park or a school named after someone
    if after_place_kind(toks, i):
        return True  # "Khu kinh tế cửa khẩu Đồng Đăng": a border gate, though "Đồng" is a family name
    if _officer_of_level(toks, i, end, lex):
        return False
    for back in (1, 2):
        if i - back >= 0 and not toks.brk[i] and toks.k[i - back] in lex.place_words.firsts:
            hit = lex.place_words.longest(toks, i - back)
            if hit and hit[0] == back and not (hit[1].level == "other" and toks.cap[i - back]  # type: ignore[union-attr]
                                               and toks.k[i - back] in lex.surnames) \
                    and not _closes_place(toks, i - back, i, lex):
                return True  # "đường Lê Lợi", "Nghĩa trang Mai Dịch" (but "Hồ Văn Mạnh": a family name)
    return False


@cache
def _place_kinds() -> PhraseIndex:
    return phrase_table("place_kind_words.tsv")


def after_place_kind(toks: Tokens, i: int) -> bool:
    """Token i follows, on the same line, a lower-case word of ``place_kind_words.tsv`` ("cửa khẩu",
    "lối mở"): the capitalised run there is the place's own name, not a person's."""
    if i < 1 or toks.brk[i]:
        return False
    m = _place_kinds().ending_at(toks, i)
    return m > 0 and not toks.cap[i - m]


def _closes_place(toks: Tokens, a: int, b: int, lex: Lexicon) -> bool:
    """The capitalised place word at tokens a..b is the last syllable of a place or country written
    with the word before it ("Nhật Bản": "bản" is a village's word only in lower case): "Đại sứ tại
    Nhật Bản Nguyễn Văn A" names the ambassador after the country, not a village named after him."""
    return a > 0 and toks.cap[a] and toks.cap[a - 1] and toks.gap[a] == " " and not toks.brk[a] \
        and any(idx.ending_at(toks, b) > b - a for idx in (lex.places, lex.other_places))


_ADMIN_LEVELS = frozenset({"province", "district", "commune"})
_MAX_LEVEL_OWNER = 4  # tokens of the role or body before the level's word: "Chủ tịch HĐND", "UBND"


_WARD = "phường"  # wards are named after persons far more often than communes or districts


def _place_follows(toks: Tokens, end: int, lex: Lexicon) -> bool:
    """After the run ending at ``end`` comes its own place (", TP Quy Nhơn", "(quận 1)") or another
    name beginning with a family name: the run was a place's name and its officer, if any, follows."""
    n = len(toks.k)
    if end + 1 < n and toks.k[end] in (",", "(") and toks.k[end + 1] in lex.place_words.firsts \
            and lex.place_words.longest(toks, end + 1) is not None:
        return True
    return end < n and toks.cap[end] and toks.k[end] in lex.surnames and toks.gap[end] == " " and not toks.brk[end]


def _officer_of_level(toks: Tokens, i: int, end: int, lex: Lexicon) -> bool:
    """A level's word right before token i ("huyện", "xã", "thành phố") follows a role or a body with no
    place named after it, and a full name of three syllables or more begins at token i with a family
    name ("Chủ tịch xã Trần Phú Dũng", "hai phó chủ tịch huyện Nguyễn Văn Hải", "Chánh văn phòng
    HĐND - UBND huyện Trương Văn Học"): the officer of that level, not a place. A district named
    like a person ("huyện Trần Văn Thời") is in districts.tsv and stays a place; so does a ward
    ("phường Trần Hưng Đạo": wards are often named after persons) and a run followed by its own place
    or by another full name (:func:`_place_follows`)."""
    if end - i < 3 or toks.k[i] not in lex.surnames or toks.brk[i]:
        return False
    b = next((i - back for back in (2, 1) if i - back >= 0 and (hit := lex.place_words.longest(toks, i - back))
              and hit[0] == back and hit[1].level in _ADMIN_LEVELS  # type: ignore[union-attr]
              and hit[1].canonical != _WARD), None)  # type: ignore[union-attr]
    if b is None or _place_follows(toks, end, lex):
        return False
    if any(" ".join(toks.k[i : i + m]) in lex.districts or " ".join(toks.k[i : i + m]) in lex.place_keys
           for m in (2, 3, 4) if i + m <= end):
        return False
    for k in range(max(0, b - _MAX_LEVEL_OWNER), b):
        for idx in (lex.roles, lex.org_index):
            if toks.k[k] in idx.firsts and any(k + m == b for m, _row in idx.match(toks, k)):
                return True
    return False


def _country_rest(toks: Tokens, i: int, end: int, lex: Lexicon) -> bool:
    """Tokens i..end are a country of two or more syllables ("Việt Nam", "Trung Quốc"): after
    "Đoàn" the delegation of that country. A one-syllable country stays a given name ("Đoàn Đức
    Anh", "Đoàn Thị Nga")."""
    country = lex.other_places.longest(toks, i)
    return country is not None and country[0] >= 2 and i + country[0] == end


_SCHOOL = "Trường"


def _named_thing(toks: Tokens, i: int, lex: Lexicon | None = None) -> bool:
    """The run at i follows a cue of ``named_after_cues.tsv`` or a school's "Trường", directly or
    across the person's title (``lex`` given): the name of a thing named after a person ("tượng đài
    Lý Văn A", "Khu lưu niệm Tổng Bí thư Lý Văn A"), not the person."""
    if i < 1 or toks.brk[i]:
        return False
    if _after_named_cue(toks, i) or _school_of(toks, i):
        return True
    return lex is not None and _titled_thing(toks, i, lex)


_MAX_THING_TITLE = 5  # tokens of the title between a named thing's word and the name: "Tổng Bí thư"


def named_thing_at(toks: Tokens, i: int) -> bool:
    """The name beginning at token i names a thing after a person, a cue of ``named_after_cues.tsv``
    written right before it or before its title ("tượng đài Lý Văn A", "Khu lưu niệm Tổng Bí thư Lý
    Văn A"): for a rule outside this module that reads names after titles."""
    return _named_thing(toks, i, lexicon())


def _titled_thing(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """A role of roles.tsv ends right before token i and a cue of ``named_after_cues.tsv`` right
    before the role ("tượng đài Chủ tịch", "Khu lưu niệm Tổng Bí thư" + the name)."""
    if i < 1 or toks.k[i - 1] not in lex.roles.lasts:
        return False  # no role ends with the word before the name (most names), no start tried
    for k in range(max(1, i - _MAX_THING_TITLE), i):
        if toks.k[k] in lex.roles.firsts and any(k + m == i for m, _row in lex.roles.match(toks, k)) \
                and _after_named_cue(toks, k):
            return True
    return False


def _school_of(toks: Tokens, i: int) -> bool:
    """Token i follows "Trường" written with a capital after a lower-case word or at a sentence's
    start ("học sinh Trường Lê Văn A"): a school named after the person. "Môi trường X" (a ministry
    ending in "môi trường" before its minister's name) is no school."""
    b = i - 1  # (a capital before the token's text, a slice of the text each time)
    return toks.cap[b] and toks.t[b] == _SCHOOL and not toks.brk[i] and (b == 0 or toks.brk[b] or not toks.cap[b - 1])


def _two_districts(toks: Tokens, i: int, end: int, lex: Lexicon) -> bool:
    """The run is two districts' names side by side ("huyện Nông Cống, Như Thanh" written without
    the comma): places, not a person."""
    return end - i == 4 and " ".join(toks.k[i : i + 2]) in lex.districts \
        and " ".join(toks.k[i + 2 : end]) in lex.districts


@cache
def _attribute_cues() -> PhraseIndex:
    return phrase_table("person_attribute_cues.tsv")


_MAX_CUE_GAP = 2  # lower-case words between a cue and the name: "tấm gương đạo đức" + the name


def _after_attribute(toks: Tokens, i: int) -> bool:
    """Token i follows a cue of ``person_attribute_cues.tsv`` ("phong cách", "tấm gương"), directly
    or across up to two lower-case words, in the same sentence: what follows is whose it is."""
    return _attribute_cue(toks, i) >= 0


def _attribute_cue(toks: Tokens, i: int) -> int:
    """The first token of the cue :func:`_after_attribute` finds before token i, or -1."""
    idx = _attribute_cues()
    k = i - 1
    while k >= 0 and i - k <= _MAX_CUE_GAP + 3:
        if not toks.word[k] or toks.cap[k] or toks.brk[k + 1]:
            return -1
        if toks.k[k] in idx.firsts:
            hit = idx.longest(toks, k)
            if hit and k + hit[0] <= i and i - (k + hit[0]) <= _MAX_CUE_GAP:
                return k
        k -= 1
    return -1


@cache
def _namesake_campaigns() -> PhraseIndex:
    return phrase_table("namesake_campaigns.tsv")


_MAX_CAMPAIGN_REACH = 8  # tokens from a campaign's word to the cue: "tư tưởng , đạo đức , phong cách"
_CAMPAIGN_FILL = frozenset(phrase_tokens(", và"))


def _campaign_namesake(toks: Tokens, i: int) -> bool:
    """The name at token i, read after an attribute cue (:func:`_titled_name`), closes a campaign's
    or a doctrine's name (:func:`_in_campaign`)."""
    cue = _attribute_cue(toks, i)
    return cue >= 0 and _in_campaign(toks, cue)


def _named_elsewhere(toks: Tokens, h: NameHit, hits: list[NameHit]) -> bool:
    """Another hit names the person of the campaign's name ``h``: the same words ("Chủ tịch Hồ Chí
    Minh"), or one word after an honorific that is the name's first ("Bác Hồ"), or, for the leader
    the press calls "Bác" (the full name of ``person_epithets.tsv``'s "Bác ..." rows), "Bác" written
    alone with its capital inside a sentence (:func:`_reverent_alone`: "làm theo tấm gương của Bác",
    "lời dạy của Bác"): the report tells of the man, and the campaign's full name is the fullest form
    it writes (the read sets' gold)."""
    keys = toks.k[h.start : h.end]
    return any(toks.k[x.start : x.end] == keys or (x.short and toks.k[x.start] == keys[0]) for x in hits) \
        or (tuple(keys) in _reverent_full_names() and _reverent_alone(toks))


@cache
def _reverent_full_names() -> frozenset[tuple[str, ...]]:
    """The full names of the ``person_epithets.tsv`` rows whose epithet opens with "Bác" ("Bác Hồ":
    Hồ Chí Minh), as token keys: the leader "Bác" alone stands for."""
    return frozenset(tuple(text_key(row[1]).split()) for row in read_rows("person_epithets.tsv", 2)
                     if text_key(row[0]).split()[:1] == [_BAC_KEY])


_BAC_KEY = text_key("Bác")
_DOCTOR = frozenset(phrase_tokens("sĩ sỹ"))  # "Bác sĩ" with a capital: a doctor


def _reverent_alone(toks: Tokens) -> bool:
    """"Bác" with its capital stands alone inside a sentence, after a lower-case word or a comma and
    before no capitalised word ("làm theo tấm gương của Bác", "lời Bác dạy"): the leader, named with
    reverence. Not "Bác sĩ" (a doctor), not "Bác X" (read by :func:`_reverent_names`), not after a
    cue of ``named_after_cues.tsv`` ("thành phố mang tên Bác")."""
    n = len(toks.k)
    for b in toks.where({_BAC_KEY}):
        if toks.t[b] != _BAC or b == 0 or toks.brk[b] or not (toks.k[b - 1] == "," or (toks.word[b - 1]
                                                                                     and not toks.cap[b - 1])):
            continue
        if b + 1 < n and not toks.brk[b + 1] and (toks.k[b + 1] in _DOCTOR or (toks.word[b + 1] and toks.cap[b + 1])):
            continue
        if not _after_named_cue(toks, b):
            return True
    return False


def _in_campaign(toks: Tokens, k: int) -> bool:
    """The attribute cue at token k is part of a campaign's or a doctrine's name: a word of
    ``namesake_campaigns.tsv`` ends before it in the same clause, only lower-case words, commas and
    "và" between ("học tập và làm theo tư tưởng, đạo đức, phong cách" + the name, "học tập tấm
    gương đạo đức" + the name). The name after it is the campaign's namesake, not a person the
    report tells of."""
    idx = _namesake_campaigns()
    x = k - 1
    while x >= 0 and k - x <= _MAX_CAMPAIGN_REACH:
        if toks.brk[x + 1] or not (toks.k[x] in _CAMPAIGN_FILL or (toks.word[x] and not toks.cap[x])):
            return False
        if toks.k[x] in idx.firsts:
            hit = idx.longest(toks, x)
            if hit and x + hit[0] <= k:
                return True
        x -= 1
    return False


def _titled_name(toks: Tokens, i: int, m: int, lex: Lexicon) -> bool:
    """A place name of three or more syllables that begins with a family name, written right after
    a role with no place word between ("Chủ tịch" + a city named after a person), or after a word
    for a person's conduct or example ("phong cách" + that name): the person. A province after a bare
    role ("Bí thư Hà Nội") has two syllables and stays a place."""
    if m < 3 or toks.k[i] not in lex.surnames or i == 0 or toks.brk[i]:
        return False
    if _after_attribute(toks, i):
        return True
    if toks.k[i - 1] not in lex.roles.lasts:
        return False  # no role ends right before the name
    for k in range(max(0, i - 5), i):
        if toks.k[k] in lex.roles.firsts and any(k + r == i for r, _row in lex.roles.match(toks, k)):
            # but "Lăng Chủ tịch ...", "đường Chủ tịch ...", "tượng đài Chủ tịch ...": a place or a
            # thing named after the person
            return not any((hit := lex.place_words.longest(toks, b)) and b + hit[0] == k
                           for b in range(max(0, k - 2), k)) and not _after_named_cue(toks, k)
    return False


def _after_country(toks: Tokens, j: int, end: int, lex: Lexicon) -> int:
    """Where the name begins in a run j..end after an honorific: after a country written first
    ("nhà báo Mỹ David Miller", "ông Hàn Quốc ..."), when two or more words follow it and the country
    has two syllables or a foreign word follows ("bà Mỹ Linh" keeps her name)."""
    country = lex.other_places.longest(toks, j) if j < end and toks.k[j] in lex.other_places.firsts else None
    if not country:
        return j
    k = j + country[0]
    words = [x for x in range(k, end) if toks.word[x]]
    if len(words) >= 2 and (country[0] >= 2 or any(foreign_word(toks, x) for x in words)):
        return k
    return j


def _role_beyond(toks: Tokens, j: int, end: int, lex: Lexicon) -> bool:
    """The capitalised words after an honorific begin a role that goes on in lower case: in "các
    đồng chí Ủy viên Ban Thường vụ", "Ủy" is the start of "Ủy viên", not a name."""
    if toks.k[j] not in lex.roles.firsts:
        return False
    hit = lex.roles.longest(toks, j)
    return hit is not None and j + hit[0] > end


def find_names(toks: Tokens, covered: set[int]) -> list[NameHit]:
    """Every name-like run in the text (persons are assembled from these later)."""
    lex = lexicon()
    n = len(toks.k)
    hits: list[NameHit] = []
    # Only a token that starts a place, an honorific, a family name or a credit label, or stands
    # before "Thị", can begin a hit: the walk goes from one such token to the next (found by C-level
    # filters) instead of taking a Python step at each of the report's tokens.
    firsts = toks.where(_name_firsts())
    before_thi = [x - 1 for x in toks.where(_THI_ONLY) if x > 0]
    prefixed = [x for x in toks.where(_PREFIX_LETTERS) if _apostrophe_prefix(toks, x)]
    if before_thi or prefixed:
        firsts = sorted(set(firsts).union(before_thi, prefixed))
    nf = len(firsts)
    f = 0
    i = 0
    campaigns: list[NameHit] = []
    lone: list[NameHit] = []  # "ông Đức", "bà Nga", "ông Anh": a given name that is also a country or a form of address
    credit_firsts = _credit_labels().firsts
    while True:
        while f < nf and firsts[f] < i:
            f += 1
        if f == nf:
            break
        i = firsts[f]
        if i in covered:
            i += 1
            continue
        if toks.cap[i] and toks.k[i] in lex.places.firsts:
            place = lex.places.longest(toks, i)
            if place and place[0] > 1:  # "Bà Rịa", "Bắc Ninh": not an honorific, not a name
                if _titled_name(toks, i, place[0], lex) and not any(x in covered for x in range(i, i + place[0])):
                    # a campaign's namesake ("học tập và làm theo tư tưởng, đạo đức, phong cách" + the
                    # name) is a person only when the report tells of him elsewhere (below)
                    (campaigns if _campaign_namesake(toks, i) else hits).append(NameHit(i, i + place[0], "title"))
                i += place[0]
                continue
        hon = lex.honorifics.longest(toks, i) if toks.k[i] in lex.honorifics.firsts else None
        if hon:
            m, gender = hon
            j = i + m
            if j < n and toks.k[j] == "." and toks.upper[j - 1]:  # "GS.TS" written "GS. TS"
                j += 1
            initials = _initials(toks, j) if j < n and toks.cap[j] and (toks.e[j] - toks.s[j]) == 1 else j
            if initials > j and sum((toks.e[x] - toks.s[x]) == 1 and toks.word[x] for x in range(j, initials)) >= 2 \
                    and not any(x in covered for x in range(j, initials)):
                hits.append(NameHit(j, initials, "honorific", gender))  # type: ignore[arg-type]
                i = initials  # "cô T.T.K.N.", "anh B.T.H": a person the report names by initials only
                continue  # (but "ông C. Lẽ ra ...": one letter, then the next sentence)
            end = cap_name(toks, j, _MAX_HONORIFIC_NAME, lex)
            j = _after_country(toks, j, end, lex)
            if end > j and not any(x in covered for x in range(j, end)) and \
                    not _is_place(toks, j, end, lex) and not _role_beyond(toks, j, end, lex):
                hits.append(NameHit(j, end, "honorific", gender, short=end - j == 1))  # type: ignore[arg-type]
                i = end
                continue
            if tuple(toks.k[i : i + m]) in _PRONOUNS and _lone_capital(toks, j, covered):
                lone.append(NameHit(j, j + 1, "honorific", gender, short=True))  # type: ignore[arg-type]
            if end == j and (pronoun_next(toks, i + m) or after_capacity_clause(toks, i)) and \
                    tuple(toks.k[i : i + m]) in _PRONOUNS and not (i > 0 and toks.k[i - 1] in _PLURAL_BEFORE) and \
                    (i == 0 or toks.brk[i] or toks.k[i - 1] in _SENT_END or toks.k[i - 1] == ","
                     or not toks.cap[i] or _dated_colon(toks, i)):
                hits.append(NameHit(i, i + m, "pronoun", gender))  # type: ignore[arg-type]
            i += m
            continue
        if toks.cap[i] and (toks.k[i] in lex.surnames or _apostrophe_prefix(toks, i)
                            or (i + 1 < n and toks.k[i + 1] == _THI and _family_before_thi(toks, i))):
            end = cap_name(toks, i, 4, lex)
            if end - i >= 2 and not any(x in covered for x in range(i, end)) and \
                    not _is_place(toks, i, end, lex) and " ".join(toks.k[i:end]) not in lex.districts \
                    and not _two_districts(toks, i, end, lex) \
                    and not _address(toks, i) and not _numbered_address(toks, i, end, lex) \
                    and not _in_capitals(toks, i, end) and not within_country(toks, i, lex) \
                    and not any(toks.k[x] in lex.abbreviation_tokens and toks.upper[x] for x in range(i, end)):
                initial = i >= 2 and _glued_initial(toks, i - 2) and (i < 3 or toks.gap[i - 2] != "") \
                    and "-" in toks.k[i:end]  # "M.Ma-cri": a foreign leader as the agency spells him
                hits.append(NameHit(i - 2 if initial else i, end, "surname"))
                i = end
                continue
            if end - i >= 2 and (_address(toks, i) or _named_thing(toks, i)):
                # "số nhà 55 Nguyễn Lương Bằng": the whole street, not "Lương Bằng" inside it (but a
                # credit glued on, "Tượng đài Lý Văn A Ảnh: ...", is read)
                i = next((x for x in range(i + 1, end) if _credit_label(toks, x)), end)
                continue
        label = _credit_label(toks, i) if toks.k[i] in credit_firsts else 0  # (its first test, inline)
        if label:
            end, found = _credit_list(toks, label + 1, covered, lex, labelled=toks.k[i] == _PHOTO)
            hits.extend(found)
            i = max(end, label + 1)
            continue
        i += 1
    hits += [h for h in campaigns if _named_elsewhere(toks, h, hits)]
    if lone:
        hits += _given_named_elsewhere(toks, lone, hits)
    hits += _foreign_names(toks, covered, {x for h in hits for x in range(h.start, h.end)}, lex)
    hits += _lower_syllable_names(toks, covered, {x for h in hits for x in range(h.start, h.end)}, lex)
    hits += _listed_between(toks, hits, covered, lex)
    hits += _listed_last(toks, hits, covered, lex)
    hits += _listed_items(toks, hits, covered, lex)
    hits = [h for h in hits if h.how != "surname" or not _route_end(toks, h, covered, lex)]
    hits = _reverent_names(toks, hits, lex)
    hits = _epithet_names(toks, hits, covered, lex)
    hits = _nicknames(toks, hits)
    places = _place_names(toks, lex)
    if places:
        gendered = {tuple(toks.k[h.start : h.end]) for h in hits if h.how == "honorific" and h.gender}
        hits = [h for h in hits if not _place_after_honorific(toks, h, places - gendered, lex) and (
            h.how != "surname" or (tuple(toks.k[h.start : h.end]) not in places
                                   and not _inside_place(toks, h, places)))]
    hits = _drop_bare_pairs(toks, hits, lex)
    hits = _drop_aliases(toks, hits, lex)
    by_line = _byline(toks, covered, lex) + _name_lines(toks, covered, lex) + _bracketed_signatures(toks, covered, lex)
    if by_line:
        starts = {h.start for h in by_line}
        hits = [h for h in hits if h.start not in starts] + by_line
    return _drop_spelled_initials(toks, hits)


def _drop_spelled_initials(toks: Tokens, hits: list[NameHit]) -> list[NameHit]:
    """A credit signed short, by initials, that another credit of the report writes in full is that
    person's, no person of its own: initials in one word ("Ảnh: TN", :func:`_letter_initials`) whose
    letters begin the words of the other credit ("Thảo Nguyên", the writer credited at the end), or
    initials with the given name ("Q.Huy", "T.Cường", "Tr. Thanh") whose letters begin the other's
    first words and whose given name is its last ("Quang Huy", "Thành Cường"). A name told in the
    text ("Lê Văn Hùng" beside "Ảnh: LVH") is no signature: the initials stay."""
    credits = [h for h in hits if h.how == "credit"]
    if len(credits) < 2:
        return hits
    words = [(h, [toks.t[x] for x in range(h.start, h.end) if toks.word[x]]) for h in credits]
    full = [ws for h, ws in words if len(ws) >= 2 and "." not in toks.k[h.start : h.end]]
    if not full:
        return hits
    drop = {h.start for h, ws in words if _signs_short(toks, h, ws, full)}
    return [h for h in hits if h.how != "credit" or h.start not in drop] if drop else hits


def _signs_short(toks: Tokens, h: NameHit, ws: list[str], full: list[list[str]]) -> bool:
    """The credit ``h`` (its words ``ws``) is initials of one of the ``full`` credits' names (see
    :func:`_drop_spelled_initials`)."""
    if len(ws) == 1 and toks.upper[h.start] and len(ws[0]) in _INITIALS_LETTERS:
        return any(len(f) == len(ws[0]) and "".join(w[:1] for w in f).upper() == ws[0] for f in full)
    if len(ws) < 2 or "." not in toks.k[h.start : h.end]:
        return False
    *letters, given = ws
    return any(len(f) == len(ws) and text_key(f[-1]) == text_key(given)
               and all(len(a) < len(w) and w.upper().startswith(a.upper()) for a, w in zip(letters, f, strict=False))
               for f in full)


@cache
def _alias_cues() -> PhraseIndex:
    return phrase_table("alias_cues.tsv")


def _drop_aliases(toks: Tokens, hits: list[NameHit], lex: Lexicon) -> list[NameHit]:
    """A name written in brackets as another name of a person is no person of its own: after a cue
    of ``alias_cues.tsv`` ("(tức hòa thượng B)", "(tên thật của ông là B)"), or a full name's
    short form right after it ("Lương Văn A (Lương A - sinh năm 1957)": its first and last words)."""
    if not hits:
        return hits
    cues = _alias_cues()
    ends = {h.end: h for h in hits if h.end - h.start >= 2}
    drop: set[int] = set()
    for h in hits:
        a = _bracket_open(toks, h.start)
        if a < 0:
            continue
        hon = lex.honorifics.ending_at(toks, h.start)
        k = h.start - hon
        cue = cues.ending_at(toks, k)
        if cue and k - cue == a + 1:
            drop.add(h.start)  # "(tức hòa thượng B)", "(bí danh B)"
        elif k == a + 1 and (full := ends.get(a)) is not None and full.end - full.start > h.end - h.start >= 2 \
                and toks.k[h.start] == toks.k[full.start] and toks.k[h.end - 1] == toks.k[full.end - 1]:
            drop.add(h.start)  # "Lương Văn A (Lương A - ...)"
    return [h for h in hits if h.start not in drop] if drop else hits


def _bracket_open(toks: Tokens, i: int) -> int:
    """The "(" that the words before token i (at most six, none a bracket or a line break) follow
    in its clause, or -1."""
    for a in range(i - 1, max(-1, i - 8), -1):
        if toks.k[a] == "(":
            return a
        if toks.k[a] in (")", ",", ";", ".") or toks.brk[a + 1]:
            return -1
    return -1


_PAIR_LIST_SEPS = frozenset(phrase_tokens(", ; và"))
_PAIR_INFO_SEPS = frozenset({",", "-", "–", ":", "("})
_MAX_ROLE_REACH = 8  # words between a role and the name: "Tổng thư ký Trung ương MTTQ Việt Nam" + the name


def _drop_bare_pairs(toks: Tokens, hits: list[NameHit], lex: Lexicon) -> list[NameHit]:
    """Two capitalised words found by their family name alone, with nothing around them that says
    a person is meant, are a place's or a thing's name that begins like a family name ("công trình
    thủy lợi Thạch X", "khách sạn Sài Gòn - Ninh Y", "đến Chu W", a city): they are left out. A
    person's two-word name comes with a role before it in the same clause ("cựu bộ trưởng tài chính
    Hồ X"), a cue of whose it is ("vụ án Lê X"), a role or the person's details after it ("Hà Ban -
    Phó Trưởng ban", "Đinh Huy, 30 tuổi", "Lê Nam (Thanh Hóa)"), other persons listed beside it, a
    photo credit's marks ("Ảnh Hồ X", "Lê X/TTXVN"), or another mention with an honorific ("ông
    Khoan")."""
    pairs = [h for h in hits if h.how == "surname" and h.end - h.start == 2]
    if not pairs:
        return hits
    named = [h for h in hits if h.how not in ("credit", "pronoun")]
    ends = {h.end for h in named}
    starts = {h.start for h in named}
    honored = {toks.k[h.end - 1] for h in hits if h.how == "honorific"}  # "ông Khoan", "ông Vũ Khoan"
    drop = set()
    for h in pairs:
        if toks.k[h.end - 1] in honored or _role_in_clause(toks, h.start, lex) or _after_attribute(toks, h.start) \
                or _listed_beside(toks, h, ends, starts) or _details_after(toks, h.end, lex) \
                or _credit_marks(toks, h):
            continue
        drop.add(h.start)
    return [h for h in hits if h.start not in drop or h.how != "surname"]


def _role_in_clause(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """A role of roles.tsv begins in the words right before token i, no punctuation between ("Phó
    Thủ tướng" + the name, "cựu bộ trưởng tài chính" + the name)."""
    k = i - 1
    while k >= 0 and i - k <= _MAX_ROLE_REACH and toks.word[k] and not toks.brk[k + 1]:
        if toks.k[k] in lex.roles.firsts and lex.roles.longest(toks, k):
            return True
        k -= 1
    return False


def _listed_beside(toks: Tokens, h: NameHit, ends: set[int], starts: set[int]) -> bool:
    """Another name ends right before the run, or begins right after it, a list mark between
    ("Nguyễn Văn A, Trần B và Lê Văn C", "..., Lê Văn C, và Nguyễn D")."""
    b, e, n = h.start - 1, h.end, len(toks.k)
    if b >= 2 and toks.k[b] == "và" and toks.k[b - 1] == ",":
        b -= 1
    return (b >= 1 and toks.k[b] in _PAIR_LIST_SEPS and b in ends) \
        or (e + 1 < n and toks.k[e] in _PAIR_LIST_SEPS and e + 1 in starts)


def _details_after(toks: Tokens, e: int, lex: Lexicon) -> bool:
    """After the run at e, a comma, a dash, a colon or a bracket opens the person's details: a role
    or another capitalised word that is no place ("Hà Ban - Phó Trưởng ban", "Điểu X, Thường vụ
    Tỉnh ủy", but "Kim Mã, Tây Hồ"), a year or an age ("Lê An (1955)", "Đinh Huy, 30 tuổi"), or a
    province in brackets ("Lê Nam (Thanh Hóa)")."""
    n = len(toks.k)
    if e + 1 >= n or toks.k[e] not in _PAIR_INFO_SEPS or toks.brk[e + 1]:
        return False
    k = e + 1
    if toks.k[k].isdigit() or (toks.k[k] in lex.roles.firsts and lex.roles.longest(toks, k)):
        return True
    if toks.k[e] == "(":
        place = lex.places.longest(toks, k)
        return toks.k[k] in ("sinh", "sn") or bool(place and k + place[0] < n and toks.k[k + place[0]] == ")")
    return toks.word[k] and toks.cap[k] and not toks.upper[k] and not lex.places.longest(toks, k) \
        and " ".join(toks.k[k : k + 2]) not in lex.districts and not lex.other_places.longest(toks, k)


def _credit_marks(toks: Tokens, h: NameHit) -> bool:
    """The run is a photographer's credit written loosely: after "Ảnh" without its colon ("Ảnh Hồ
    X"), or before a slash and the agency ("Lê X/TTXVN")."""
    b, e, n = h.start - 1, h.end, len(toks.k)
    return (b >= 0 and toks.k[b] == "ảnh" and toks.cap[b]) \
        or (e + 1 < n and toks.k[e] == "/" and toks.upper[e + 1])


@cache
def _name_firsts() -> frozenset[str]:
    """The first words of the places, honorifics and credit labels, and the family names: the
    tokens :func:`find_names` stops at (data, the same for every report)."""
    lex = lexicon()
    return frozenset(lex.places.firsts) | frozenset(lex.honorifics.firsts) | lex.surnames \
        | frozenset(_credit_labels().firsts)


_MAX_FOREIGN = 5  # words of a foreign name: "Juan Esteban Lazo Hernandez", "Aderito Hugo Da Costa"
_MAX_TITLE_REACH = 12  # tokens from a title's end to the name: "Chủ tịch Liên minh Nghị viện Thế giới (IPU) X"
_TITLE_FILL = frozenset(phrase_tokens("( )"))


@cache
def _country_forms() -> PhraseIndex:
    return phrase_table("country_forms.tsv")


@cache
def _reach_stops() -> PhraseIndex:
    return phrase_table("title_reach_stops.tsv")


@cache
def _foreign_cues() -> PhraseIndex:
    return phrase_table("foreign_name_cues.tsv")


def _foreign_names(toks: Tokens, covered: set[int], taken: set[int], lex: Lexicon) -> list[NameHit]:
    """Names after a title that the family-name rule cannot find: a foreigner's ("Chủ tịch Quốc hội
    Cộng hòa Cuba Juan Esteban Lazo Hernandez", "lãnh tụ Fidel Castro"), read by the shape of its
    words (:func:`foreign_word`, at least half of them), or any name written right after a country
    that follows a title ("Chủ tịch Trung Quốc Tập Cận Bình", Sino-Vietnamese syllables). The title
    is a role of roles.tsv or a cue of foreign_name_cues.tsv, before the name or before a body, a
    country and a bracketed abbreviation written between (:func:`_titled_at`)."""
    n = len(toks.k)
    out: list[NameHit] = []
    # (C-level filters over the capitalised tokens, a tenth of a report's: no Python step at each)
    caps, cap_texts = toks.capitalised()
    cap = toks.cap
    countries = [(k, k + m) for k in toks.where(lex.other_places.firsts) if cap[k]
                 for m, _ in lex.other_places.match(toks, k)]
    country_ends = {e for _, e in countries}
    inside = {x for k, e in countries for x in range(k + 1, e)}  # "Quốc" of "Trung Quốc": no name starts there
    foreign_texts = set(filter(_foreign_text, set(cap_texts)))
    foreign_at = set(compress(caps, map(foreign_texts.__contains__, cap_texts)))
    # where a name may start: a foreign word there or next, a country right before, or an
    # abbreviation of a body ("Chủ tịch CPP X", "Chủ tịch Đảng Nhân dân Campuchia (CPP) X")
    abbr_ends = _abbreviation_ends(toks, caps, lex)
    starts = sorted(x for x in foreign_at | {i - 1 for i in foreign_at} | country_ends | abbr_ends
                    if x < n and toks.cap[x])
    done = 0  # tokens before this are read already
    for i in starts:
        if i < done or not toks.word[i] or i in taken or i in covered or toks.brk[i] or toks.k[i].isdigit() \
                or i in inside:
            continue
        place = lex.other_places.longest(toks, i) or lex.places.longest(toks, i)
        if place:
            done = i + place[0]  # "Trung Quốc": the country, whole
            continue
        if _glued_initial(toks, i):
            end = cap_name(toks, i + 2, _MAX_FOREIGN, lex, allow_upper=False)
            if end > i + 2 and not any(x in taken or x in covered for x in range(i, end)) \
                    and any(toks.k[x] == "-" or x in foreign_at for x in range(i + 2, end)) \
                    and not _written_in_full(toks, i, end) and _titled_at(toks, i, covered, lex):
                out.append(NameHit(i, end, "title"))  # "Tổng thống Bê-la-rút A.Lu-ca-sen-cô"
                done = end
            continue
        end = cap_name(toks, i, _MAX_FOREIGN, lex, allow_upper=False)
        words = [x for x in range(i, end) if toks.word[x]]
        if not 2 <= len(words) <= _MAX_FOREIGN or any(x in taken or x in covered for x in range(i, end)):
            continue
        if _not_a_name(toks, words):
            done = end
            continue
        foreign = sum(x in foreign_at for x in words)
        if (2 * foreign >= len(words) or ((i in country_ends or i in abbr_ends) and len(words) <= 4)) \
                and not _is_place(toks, i, end, lex) and not _after_named_body(toks, i, lex) \
                and (_titled_at(toks, i, covered, lex) or _item_opens(toks, i, end, lex)):
            start = words[1] if len(words) >= 3 and words[0] in foreign_at \
                and _written_alone(toks, words[0], words[1], lex) else i
            out.append(NameHit(start, end, "title"))
            done = end
    return out


def _lower_syllable_names(toks: Tokens, covered: set[int], taken: set[int], lex: Lexicon) -> list[NameHit]:
    """A Lao name written in Vietnamese syllables with one syllable in lower case, after a title:
    a capitalised syllable, a lower-case one and a hyphenated capitalised word ("Chủ tịch Cay xỏn
    Phôm-vi-hản"). The first syllable is no body's, role's or place's word, the lower-case one no
    place word."""
    n = len(toks.k)
    out: list[NameHit] = []
    for d in toks.where(_HYPHEN_ONLY):
        w = d - 1
        if w < 2 or toks.gap[d] != "" or not toks.cap[w] or not toks.word[w] or toks.gap[w] != " " \
                or d + 1 >= n or toks.gap[d + 1] != "" or not toks.word[d + 1]:
            continue
        low, first = w - 1, w - 2
        if not toks.word[low] or toks.cap[low] or toks.gap[low] != " " or toks.brk[w] or toks.brk[low] \
                or not toks.word[first] or not toks.cap[first] or toks.upper[first] \
                or any(x in covered or x in taken for x in range(first, w + 1)) \
                or toks.k[first] in lex.org_index.firsts or toks.k[first] in lex.roles.firsts \
                or toks.k[first] in lex.place_words.firsts or toks.k[low] in lex.place_words.firsts \
                or (first >= 1 and toks.word[first - 1] and toks.cap[first - 1] and not _title_ends(toks, first, lex)):
            continue
        end = cap_name(toks, w, _MAX_FOREIGN, lex, allow_upper=False)
        if end > w and not any(x in covered or x in taken for x in range(w, end)) \
                and _titled_at(toks, first, covered, lex):
            out.append(NameHit(first, end, "title"))
    return out


_HYPHEN_ONLY = frozenset({"-"})


def _abbreviation_ends(toks: Tokens, caps: list[int], lex: Lexicon) -> set[int]:
    """Tokens right after a body's abbreviation in capitals, written right after a title ("Chủ
    tịch CPP X") or in brackets after the body's name ("Chủ tịch Đảng Nhân dân Campuchia (CPP)
    X"): where a leader's name may begin. Not a state's form ("CHLB XHCN Nam Tư" names a country),
    not an abbreviation that is no body's ("việc CPH Cảng Quy Nhơn": no title before it), and not
    before a common noun of place or a body ("Cảng", "Tập đoàn")."""
    n = len(toks.k)
    out: set[int] = set()
    for k in compress(caps, map(toks.upper.__getitem__, caps)):  # (the words in capitals, a few: C-level filter)
        if not (toks.word[k] and 2 <= (toks.e[k] - toks.s[k]) <= 5) or k + 1 >= n:
            continue
        bracketed = toks.k[k + 1] == ")" and k > 0 and toks.k[k - 1] == "("
        e = k + 2 if bracketed else k + 1
        if e >= n or toks.gap[e] != " " or toks.brk[e]:
            continue  # (the tests of a token first: most words in capitals stop here, spared the lookups)
        if _inside(_country_forms(), toks, k) or not (bracketed or _title_ends(toks, k, lex)):
            continue
        if (toks.k[e] in lex.place_words.firsts and lex.place_words.longest(toks, e)) \
                or (toks.k[e] in lex.org_index.firsts and lex.org_index.longest(toks, e)):
            continue
        out.add(e)
    return out


def _glued_initial(toks: Tokens, i: int) -> bool:
    """Token i is one capital letter, a dot and a capitalised word glued to it ("A.Lu-ca-sen-cô",
    "M.Ma-cri"): how the news agency writes a foreign leader's given name by its initial."""
    n = len(toks.k)
    return i + 2 < n and (toks.e[i] - toks.s[i]) == 1 and toks.word[i] and toks.upper[i] and toks.k[i + 1] == "." \
        and toks.gap[i + 1] == "" and toks.gap[i + 2] == "" and toks.word[i + 2] and toks.cap[i + 2] \
        and (toks.e[i + 2] - toks.s[i + 2]) > 1


def _written_in_full(toks: Tokens, i: int, end: int) -> bool:
    """The name at i..end, an initial and a family name ("V.Putin"), is written elsewhere in the
    report in full, a given name beginning with that letter before the same family name ("Vladimir
    Putin"): the same person, named there."""
    keys = toks.k[i + 2 : end]
    letter = toks.t[i]
    for x in toks.positions().get(keys[0], ()):
        if x != i + 2 and x > 0 and toks.k[x : x + len(keys)] == keys and toks.gap[x] == " " \
                and toks.cap[x - 1] and (toks.e[x - 1] - toks.s[x - 1]) > 1 and toks.t[x - 1].startswith(letter):
            return True
    return False


_LISTED_AFTER = frozenset(phrase_tokens(", ; và"))


def _listed_between(toks: Tokens, hits: list[NameHit], covered: set[int], lex: Lexicon) -> list[NameHit]:
    """A capitalised run of 2-4 words listed between two persons' names ("Nguyễn Văn Đảm, Sa Như
    Hòa, Nguyễn Minh Quang", "Hứa Ngọc Thuận, Tất Thành Cang và ..."): a person whose family name
    is not on the list, or who goes by a pen name ("Tố Hữu", "Hoài An")."""
    named = sorted((h for h in hits if h.how != "credit" and h.how != "pronoun"), key=lambda h: h.start)
    starts = {h.start for h in named}
    out = []
    n = len(toks.k)
    for h in named:
        i = h.end + 1
        if i >= n or toks.k[h.end] != "," or toks.brk[i] or i in starts:
            continue
        j = i
        while j < n and j - i < 5 and toks.cap[j] and toks.word[j] and (j == i or toks.gap[j] == " ") \
                and not toks.brk[j]:
            j += 1
        if 2 <= j - i <= 4 and j + 1 < n and toks.k[j] in _LISTED_AFTER and j + 1 in starts \
                and not any(x in covered or (toks.upper[x] and (toks.e[x] - toks.s[x]) > 1) for x in range(i, j)) \
                and not _is_place(toks, i, j, lex) and not _stops_name(toks, i, lex):
            out.append(NameHit(i, j, "surname"))
    return out


_LIST_CLOSERS = frozenset({".", ";", ")", "…", "!", "?"})
_AND_WORD = phrase_tokens("và")[0]
_MAX_LISTED_LAST = 4  # words of a name closing a list: "Cát Quang Dương", "Josip Broz Tito"


@cache
def name_syllables() -> frozenset[str]:
    """Syllables that are a middle or a given name of some official (``name_syllables.tsv``)."""
    return frozenset(text_key(s) for pos, s, _n in read_rows("name_syllables.tsv", 3) if pos in ("middle", "given"))


def _listed_last(toks: Tokens, hits: list[NameHit], covered: set[int], lex: Lexicon) -> list[NameHit]:
    """A capitalised run of 2-4 words that closes a list right after a person's name, joined by a
    comma or "và" ("..., Lê Đức Thọ, Cát Quang Dương.", "ông A, Trinh Văn Chiến được bầu", "Trương
    Minh Tuấn và Tất Thành Cang;", "Mao Trạch Đông và Josip Broz Tito - Tổng thống ..."): a person
    whose family name is not on the list. :func:`_listed_between` reads a run with a name on both
    sides; here the list ends after the run (a sentence's end, ";", ")", a lower-case word or a
    dash before the person's title), and its shape says a name: every word after the first is a
    middle or given name of some official (``name_syllables.tsv``), or half its words or more are
    foreign (:func:`foreign_word`). A place ("ông A, Hà Nội có ...") or a title stops it."""
    named = [h for h in hits if h.how not in ("credit", "pronoun")]
    if not named:
        return []
    starts = {h.start for h in hits}
    taken = {x for h in hits for x in range(h.start, h.end)}
    n = len(toks.k)
    out = []
    for h in named:
        i = h.end
        if i < n and toks.k[i] == ",":
            i += 1
        if i < n and toks.k[i] == _AND_WORD:
            i += 1
        if i == h.end or i >= n or toks.brk[i] or not toks.cap[i] or i in starts or i in taken or i in covered:
            continue
        end = cap_name(toks, i, _MAX_LISTED_LAST, lex, allow_upper=False)
        words = [x for x in range(i, end) if toks.word[x]]
        if not 2 <= len(words) <= _MAX_LISTED_LAST or any(x in covered or x in taken for x in range(i, end)):
            continue
        if _closes_list(toks, end, lex) and _name_shaped(toks, i, end, words, lex):
            out.append(NameHit(i, end, "surname"))
    return out


_ITEM_OPENERS = frozenset({";", ":"})
_ITEM_TITLE_MARKS = frozenset({"-", "–", ","})  # between an item's name and its title
_DEPUTY_WORDS = frozenset(phrase_tokens("phó quyền"))
# "nguyên" (former) before an item's title: "...; Ka Hồng Nhi, nguyên Giám đốc Sở X; ..."
_BEFORE_ITEM_ROLE = _DEPUTY_WORDS | frozenset(phrase_tokens("nguyên"))
# the middle names of most Kinh names: "Văn" (men's), "Thị" (women's)
_MIDDLE_NAMES = frozenset(phrase_tokens("văn thị"))
_MAX_ITEM_SPAN = 400  # tokens from a list's item to a sibling item: a roster of twenty persons and titles


def _item_opens(toks: Tokens, i: int, end: int, lex: Lexicon) -> bool:
    """The run i..end opens an item of a list written "<name> - <title>" or "<name>, <title>", items
    parted by ";" (or the list's ":" before the first): "; X - Phó Chủ tịch UBND tỉnh", "Phía Cuba có
    các đồng chí A, Bí thư Tỉnh ủy X; B, Bí thư Tỉnh ủy Y" (a foreign name second in the list)."""
    n = len(toks.k)
    if not (i > 0 and toks.k[i - 1] in _ITEM_OPENERS and end + 1 < n and toks.k[end] in _ITEM_TITLE_MARKS
            and not toks.brk[end] and not toks.brk[end + 1]):
        return False
    r = end + 1
    while r < n - 1 and toks.k[r] in _BEFORE_ITEM_ROLE:
        r += 1  # "Phó Chủ tịch", "Quyền Giám đốc", "nguyên Giám đốc"
    return toks.k[r] in lex.roles.firsts and lex.roles.longest(toks, r) is not None


def _one_sentence(toks: Tokens, a: int, b: int) -> bool:
    """Tokens a and b (a < b) stand in one sentence of one line, at most :data:`_MAX_ITEM_SPAN` apart."""
    return b - a <= _MAX_ITEM_SPAN and not any(toks.brk[x] or toks.k[x] in _SENT_END for x in range(a + 1, b + 1))


def _listed_items(toks: Tokens, hits: list[NameHit], covered: set[int], lex: Lexicon) -> list[NameHit]:
    """A name opening an item of a list of persons each written "<name> - <title>", the items parted by
    ";" ("các đồng chí: A - Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; B - Phó Chủ tịch UBND tỉnh; C - ..."):
    a person whose family name is not on the list ("Kỳ", "Phù", "Văn"), when an item of the same
    sentence opens with a person found already and the run reads as a name (:func:`_name_shaped`),
    or a Lao name of hyphen-glued words (:func:`_glued_groups`: "các đồng chí: Bun-thạ-vi Xỉ-sủ-vông,
    Phó Tỉnh trưởng ...; Khăm-sỉ Phôn-ma-ly, ...").
    :func:`_listed_between` and :func:`_listed_last` read such names in lists parted by commas."""
    items = [h.start for h in hits if h.how not in ("credit", "pronoun") and _item_opens(toks, h.start, h.end, lex)]
    taken = {x for h in hits for x in range(h.start, h.end)}
    out = []
    for k in toks.where(_ITEM_OPENERS):
        i = k + 1
        if i >= len(toks.k) or not toks.cap[i] or i in taken or i in covered or toks.brk[i]:
            continue
        groups = _glued_groups(toks, i)
        if groups is None and not items:
            continue  # (most reports: no item opens with a person found already, and no Lao name)
        end = groups[1] if groups is not None else cap_name(toks, i, _MAX_LISTED_LAST, lex, allow_upper=False)
        words = [x for x in range(i, end) if toks.word[x]]
        if not (groups is not None or 2 <= len(words) <= _MAX_LISTED_LAST) \
                or any(x in covered or x in taken for x in range(i, end)):
            continue
        if not _item_opens(toks, i, end, lex):
            continue
        if groups is not None or (_name_shaped(toks, i, end, words, lex)
                                  and any(_one_sentence(toks, min(s, i), max(s, i)) for s in items)):
            out.append(NameHit(i, end, "surname"))
    return out


_MAX_GLUED = 5  # syllables of one hyphen-glued word of a Lao name: "Đuông-chăn-thạ", "Xổm-xạ-vạt"


def _glued_groups(toks: Tokens, i: int) -> tuple[int, int] | None:
    """(words, token after) of a Lao or Khmer name written in Vietnamese syllables at token i: two or
    three capitalised words, each of syllables glued by hyphens, at least one of them hyphenated
    ("Bun-thạ-vi Xỉ-sủ-vông", "Thoong-văn Đuông-chăn-thạ"). The family-name rule cannot read such a
    name, and no place or body of ours is written so. None if the words at i are not so written."""
    n = len(toks.k)
    k, groups, glued = i, 0, False
    while k < n and groups < 3 and toks.cap[k] and toks.word[k] and not toks.upper[k] and not toks.brk[k] \
            and (groups == 0 or toks.gap[k] == " "):
        k += 1
        parts = 1
        while k + 1 < n and toks.k[k] == "-" and toks.gap[k] == "" and toks.gap[k + 1] == "" and toks.word[k + 1] \
                and parts < _MAX_GLUED:
            k += 2
            parts += 1
            glued = True
        groups += 1
    return (groups, k) if groups >= 2 and glued else None


def _closes_list(toks: Tokens, end: int, lex: Lexicon) -> bool:
    """Nothing listed goes on at token ``end``: the text, the line or the sentence ends, a ";" or a
    ")" comes, a lower-case word ("được bầu"), or a dash before a title ("- Tổng thống ...")."""
    n = len(toks.k)
    if end >= n or toks.brk[end] or toks.k[end] in _LIST_CLOSERS or (toks.word[end] and not toks.cap[end]):
        return True
    return toks.k[end] in _DASHES and end + 1 < n and toks.k[end + 1] in lex.roles.firsts \
        and lex.roles.longest(toks, end + 1) is not None


def _name_shaped(toks: Tokens, i: int, end: int, words: list[int], lex: Lexicon) -> bool:
    """The run i..end reads as a person's name though its first word is no family name on the
    list: every later word is a middle or given name of some official, or half its words or more
    are foreign, or it has three words, the second "Văn" or "Thị"; it is no place, no road
    ("Đường Hồ Chí Minh"), no title."""
    syllables = name_syllables()
    foreign = sum(foreign_word(toks, x) for x in words)
    middle = len(words) == 3 and toks.k[words[1]] in _MIDDLE_NAMES  # "Đèo Văn Thắm": a Thái family name
    if not (all(toks.k[x] in syllables for x in words[1:]) or 2 * foreign >= len(words) or middle):
        return False
    road = toks.k[i] in lex.place_words.firsts and toks.k[i] not in lex.surnames and not middle \
        and lex.place_words.longest(toks, i) is not None
    return not road and not _is_place(toks, i, end, lex) and " ".join(toks.k[i:end]) not in lex.districts \
        and not _stops_name(toks, i, lex, i) and not lex.roles.longest(toks, i)


_ROMAN = frozenset("IVXLCDM")
_NAMED_SLOTS = frozenset({"place", "name"})


def _after_named_body(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """Token i follows a body whose name goes on with a place or a name of its own (organizations.tsv
    "takes"): "Bí thư Thứ nhất Tỉnh ủy Villa Clara" is the committee of a foreign province."""
    if i < 1 or toks.k[i - 1] not in lex.org_index.lasts:
        return False  # no body's name ends right before token i
    for k in range(max(0, i - 6), i):
        if toks.k[k] in lex.org_index.firsts and any(k + m == i and _NAMED_SLOTS & row.takes  # type: ignore[attr-defined]
                                                     for m, row in lex.org_index.match(toks, k)):
            return True
    return False


def _not_a_name(toks: Tokens, words: list[int]) -> bool:
    """The words hold a term's numeral ("Khóa V") or a number ("Covid-19"), or end in an initial
    ("Jack B" of "Jack B. Weinstein", "T T"): no whole name to read."""
    last = toks.t[words[-1]]
    return len(last) == 1 or any(set(toks.t[x]) <= _ROMAN or toks.k[x].isdigit() for x in words)


def _written_alone(toks: Tokens, a: int, b: int, lex: Lexicon) -> bool:
    """The foreign word at token a is written elsewhere in the report with a capital, not before
    the word at b and not after a title or an honorific: in "Chủ tịch Microsoft Bill Gates",
    "Microsoft" named alone elsewhere is the company, not the first of the person's names (but
    "Chủ tịch Tập" names the person "Tập Cận Bình" by one name)."""
    key, nxt = toks.k[a], toks.k[b]
    return any(toks.cap[x] and (x + 1 >= len(toks.k) or toks.k[x + 1] != nxt) and not _title_ends(toks, x, lex)
               and not any(k + m == x for k in range(max(0, x - 3), x) if toks.k[k] in lex.honorifics.firsts
                           for m, _ in lex.honorifics.match(toks, k))
               for x in toks.where({key}) if x != a)


_MAX_PHRASE_TOKENS = 10  # a country the agency spells in hyphenated syllables: "U-dơ-bê-ki-xtan", 9 tokens


def within_country(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Token k is a later word of a country's name begun before it (``other_places``): "Hàn" of "Đại Hàn
    Dân Quốc" starts no family name there, as a word inside a country starts no foreign name
    (:func:`_foreign_names`), and "Ban" of "Tây Ban Nha" starts no body (organizations reads it too)."""
    if toks.k[k] not in lex.other_places.laters:
        return False  # no country's name holds this word after its first (nearly every call): no walk back
    return _inside(lex.other_places, toks, k, begun_before=True)


def _inside(idx: PhraseIndex, toks: Tokens, k: int, begun_before: bool = False) -> bool:
    """Token k lies inside a phrase of ``idx`` ("hòa" of "Cộng hòa", a hyphen of "Ác-hen-ti-na"), or
    with ``begun_before`` inside one begun before it. A phrase that reaches k starts at most its
    length less one before it: no start further back than the index's longest phrase allows is tried.

    The starts are tried from k back, and the walk stops at the first word that is no later word of
    any phrase (``idx.laters``): a phrase begun before that word would hold it after its first. Most
    words reached ("Nam" of a person's name, the word before a bracket) stop it after one step, where
    a walk over every start in reach tried up to nine."""
    keys, firsts, laters = toks.k, idx.firsts, idx.laters
    low = max(0, k - min(_MAX_PHRASE_TOKENS, idx.depth - 1))
    s = k
    if begun_before:
        if keys[k] not in laters:
            return False
        s = k - 1
    while s >= low:
        if keys[s] in firsts and any(s + m > k for m, _ in idx.match(toks, s)):
            return True
        if keys[s] not in laters:
            return False
        s -= 1
    return False


def _title_ends(toks: Tokens, b: int, lex: Lexicon) -> bool:
    """A role of roles.tsv or a cue of foreign_name_cues.tsv ends right before token b."""
    cues = _foreign_cues()
    if b < 1 or (toks.k[b - 1] not in lex.roles.lasts and toks.k[b - 1] not in cues.lasts):
        return False  # no role or cue ends with the word before b, no start tried
    for k in range(max(0, b - 6), b):
        if not toks.cap[k] and k > 0 and toks.cap[k - 1] and toks.word[k - 1] and toks.gap[k] == " ":
            continue  # "Thị trưởng Buenos Aires": "trưởng" ends another word, no role begins there
        for idx in (lex.roles, cues):
            if toks.k[k] in idx.firsts and any(k + m == b for m, _ in idx.match(toks, k)):
                return True
    return False


def _titled_at(toks: Tokens, i: int, covered: set[int], lex: Lexicon) -> bool:
    """A title ends right before token i, or before a stretch of a body's name, capitalised words,
    a country with its state's words (country_forms.tsv: "Cộng hòa", "Vương quốc") and brackets;
    the words of an organization's name the finder read (``covered``) count as one ("Tổng thư ký Hội
    đồng Liên minh nghị viện Hiệp hội các quốc gia Đông Nam Á (AIPA) X": 13 words of one body)."""
    forms = _country_forms()
    b = i
    inside = 0  # tokens of an organization's name passed: a body's name counts as one word
    while i - b - inside <= _MAX_TITLE_REACH:
        if _title_ends(toks, b, lex):
            return True
        k = b - 1
        if k < 0 or toks.brk[b]:
            return False
        if not (k in covered or toks.word[k] or toks.k[k] in _TITLE_FILL
                or _inside(forms, toks, k) or _inside(lex.other_places, toks, k)):
            return False
        stop = _reach_stops().longest(toks, k) if toks.k[k] in _reach_stops().firsts else None
        if stop and not toks.cap[k] and not (lex.other_places.longest(toks, k + stop[0])
                                             or lex.places.longest(toks, k + stop[0])):
            return False  # "tại khách sạn X", but "Đại sứ Lào tại Việt Nam X"
        if k in covered and k + 1 in covered:
            inside += 1
        b = k
    return False


_DASHES = frozenset({"-", "–"})
_MAX_ROUTE_REACH = 16  # tokens from a route word to the end it names: "các tuyến kết nối với Lào như X - Y"


@cache
def _route_words() -> PhraseIndex:
    return phrase_table("route_words.tsv")


def _run_end(toks: Tokens, j: int) -> int:
    """End of the capitalised words from token j (j when none), a place word before them included
    ("cầu Thăng Long")."""
    n = len(toks.k)
    k = j
    while k < n and toks.word[k] and (toks.cap[k] or k == j) and (k == j or toks.gap[k] == " ") and not toks.brk[k]:
        k += 1
    return k if k > j and any(toks.cap[x] for x in range(j, k)) else j


def _placed(toks: Tokens, e: int, lex: Lexicon) -> int:
    """After a run ending at e, a comma, a place word and its place ("Đồng Đăng, tỉnh Lạng Sơn"):
    the end of that place, else e."""
    if e + 1 < len(toks.k) and toks.k[e] == "," and toks.k[e + 1] in lex.place_words.firsts:
        word = lex.place_words.longest(toks, e + 1)
        if word:
            return max(_run_end(toks, e + 1 + word[0]), e)
    return e


def _route_end(toks: Tokens, h: NameHit, covered: set[int], lex: Lexicon) -> bool:
    """The name found by its family name is one end of a route (``route_words.tsv``): a dash with
    spaces (or glued on both sides after it: "ngã tư Thái Hà-Láng Hạ") joins it to a capitalised run
    that is no title or body ("tuyến Đồng Đăng, tỉnh Lạng Sơn -
    Trà Lĩnh", "Mỹ Thủy - La Lay"), after a route word in the same sentence. "Giám đốc Sở - Nguyễn
    Văn A" is a person: a role or a body stands at the dash's other side."""
    n = len(toks.k)
    e = _placed(toks, h.end, lex)
    if e + 1 < n and toks.k[e] in _DASHES and toks.gap[e] == toks.gap[e + 1] and toks.gap[e] in (" ", ""):
        partner = (e + 1, _run_end(toks, e + 1))
    elif h.start >= 2 and toks.k[h.start - 1] in _DASHES and toks.gap[h.start - 1] == " " and toks.gap[h.start] == " ":
        b = h.start - 2
        while b > 0 and toks.word[b - 1] and (toks.cap[b - 1] or toks.k[b - 1] in lex.place_words.firsts) \
                and toks.gap[b] == " " and h.start - b < 8 and not toks.brk[b]:
            b -= 1  # back over the run before the dash, its ", tỉnh X" included
        if toks.k[b] == "," and b > 0:
            b -= 1
            while b > 0 and toks.word[b - 1] and toks.cap[b - 1] and toks.gap[b] == " " and not toks.brk[b]:
                b -= 1
        partner = (b, h.start - 1)
    else:
        return False
    a, z = partner
    if z <= a or any(x in covered or (toks.upper[x] and (toks.e[x] - toks.s[x]) > 1) for x in range(a, z)) \
            or _stops_name(toks, a, lex) or toks.k[a] in lex.honorifics.firsts:
        return False
    routes = _route_words()
    for k in range(h.start - 1, max(-1, h.start - _MAX_ROUTE_REACH), -1):
        if toks.k[k] in _SENT_END or toks.brk[k + 1]:
            return False
        if toks.k[k] in routes.firsts and routes.longest(toks, k):
            return True
    return False


_BAC = "Bác"


@cache
def _language_cues() -> tuple[PhraseIndex, PhraseIndex]:
    """``language_cues.tsv``'s cues of a language and the compounds that end like one."""
    uses = words_by_use("language_cues.tsv", keyed=False)
    return phrase_index(uses["language"]), phrase_index(uses["compound"])


def _language_name(toks: Tokens, b: int) -> bool:
    """Token b follows a lower-case cue of ``language_cues.tsv`` ("tiếng K'Ho", "chữ Thái"): the
    name of a people's language, no person. A compound that ends in the cue ("nổi tiếng") is no
    cue: "nhà thơ nổi tiếng" + a name is the poet."""
    languages, compounds = _language_cues()
    return b >= 1 and not toks.brk[b] and not toks.cap[b - 1] and languages.ending_at(toks, b) > 0 \
        and not compounds.ending_at(toks, b)


@cache
def _business_heads() -> tuple[PhraseIndex, frozenset[str]]:
    """``business_heads.tsv``'s kinds of business (a phrase index) and the words that end a trade's words."""
    uses = words_by_use("business_heads.tsv", keyed=False)
    return phrase_index(uses["head"]), frozenset(phrase_tokens(w)[0] for w in uses["stop"])


_MAX_TRADE_WORDS = 10  # tokens of the kind and the trade before the name: "cơ sở giết mổ gia cầm, thủy cầm"


def _business_name(toks: Tokens, b: int, lex: Lexicon) -> bool:
    """The capitalised run at token b follows a kind of business of ``business_heads.tsv`` and its
    trade in lower case ("cơ sở giết mổ gia cầm" + the name): the business's trade name, no person.
    The trade's words hold no honorific, no role and no stop word of the table ("cơ sở pháp lý nào
    để chuyển ông" + a person)."""
    if b < 2 or toks.brk[b] or toks.cap[b - 1] or not toks.word[b - 1]:
        return False
    heads, stops = _business_heads()
    for k in range(b - 1, max(-1, b - 1 - _MAX_TRADE_WORDS - 1), -1):
        w = toks.k[k]
        if toks.brk[k + 1]:
            return False
        if w in heads.firsts and (hit := heads.longest(toks, k)) and k + hit[0] < b:
            return True  # (the kind may open the sentence: "Cơ sở giết mổ ...")
        if (toks.word[k] and toks.cap[k]) or w in stops or (not toks.word[k] and w != ",") \
                or w in lex.honorifics.firsts or w in lex.roles.firsts:
            return False
    return False


@cache
def _named_after_cues() -> PhraseIndex:
    return phrase_table("named_after_cues.tsv")


def _reverent_names(toks: Tokens, hits: list[NameHit], lex: Lexicon) -> list[NameHit]:
    """"Bác" written with a capital inside a sentence, before one capitalised name ("... của Bác
    Hồ"), is how a leader is named with reverence: when the report gives no fuller name that
    begins with that word, "Bác X" is the person's name as the report writes it (the gold's
    fullest form), not a short reference left unresolved. After ``named_after_cues.tsv`` ("mang
    tên") it names a thing, not the person, unless a word of reverence follows the name
    (:func:`_revered`: "thành phố mang tên Bác Hồ kính yêu" tells of the man). At the start of a
    sentence the capital says nothing, so there the name must be a family name ("Bác Hồ đã từng
    nói", but "Bác Tám kể")."""
    fuller = {toks.k[h.start] for h in hits if not h.short and h.end - h.start >= 2}
    out = []
    for h in hits:
        b = h.start - 1
        inside = b >= 1 and not toks.brk[b] and toks.word[b - 1]
        if h.how == "honorific" and h.short and b >= 0 and toks.t[b] == _BAC \
                and (inside or toks.k[h.start] in lex.surnames) and not after_place_word(toks, b, lex) \
                and toks.k[h.start] not in fuller \
                and (not _after_named_cue(toks, b) or _revered(toks, b, h.end)):
            h = NameHit(b, h.end, "honorific", h.gender)
        out.append(h)
    return out


@cache
def _reverence_tables() -> tuple[PhraseIndex, PhraseIndex]:
    """``person_reverence.tsv``'s naming cues and words of reverence."""
    uses = words_by_use("person_reverence.tsv", keyed=False)
    return phrase_index(uses["naming"]), phrase_index(uses["reverence"])


def _revered(toks: Tokens, b: int, end: int) -> bool:
    """The name from token ``b`` to ``end`` follows a naming cue of ``person_reverence.tsv`` ("mang
    tên") and a word of reverence of it follows the name, in its sentence ("thành phố mang tên Bác
    Hồ kính yêu"): the words speak of the man, not only of the thing named after him."""
    naming, reverence = _reverence_tables()
    if end >= len(toks.k) or toks.brk[end] or toks.k[end] not in reverence.firsts \
            or reverence.longest(toks, end) is None or b < 1 or toks.k[b - 1] not in naming.lasts:
        return False
    for k in range(max(0, b - _MAX_NAMING_CUE), b):
        hit = naming.longest(toks, k) if toks.k[k] in naming.firsts else None
        if hit and k + hit[0] == b:
            return True
    return False


_MAX_NAMING_CUE = 3  # tokens of the longest naming cue of person_reverence.tsv ("mang tên")


def after_place_word(toks: Tokens, b: int, lex: Lexicon, lower: bool = False) -> bool:
    """Token b follows a place word ("tỉnh Bác Thái"): a place's name, whatever it looks like. ``lower``: only a
    place word written in lower case ("tỉnh Hủa Phăn", not "Tỉnh ủy Hủa Phăn"), as officials' place test asks."""
    if b < 1 or toks.k[b - 1] not in lex.place_words.lasts:
        return False  # no place word ends with the word before b
    for back in (1, 2):
        if lower and b - back >= 0 and toks.cap[b - back]:
            continue
        hit = lex.place_words.longest(toks, b - back) if b - back >= 0 else None
        if hit and hit[0] == back:
            return True
    return False


def _after_named_cue(toks: Tokens, b: int) -> bool:
    """Token b follows a cue of ``named_after_cues.tsv`` ("thành phố mang tên" + the name)."""
    return _named_after_cues().ending_at(toks, b) > 0


@cache
def _epithets() -> PhraseIndex:
    """The epithets of ``person_epithets.tsv`` (its first column) as a phrase index."""
    return phrase_table("person_epithets.tsv")


def _epithet_names(toks: Tokens, hits: list[NameHit], covered: set[int], lex: Lexicon) -> list[NameHit]:
    """An epithet of ``person_epithets.tsv`` written with its capitals ("Hồ Chủ tịch kính yêu",
    "di chúc của Hồ Chủ tịch", "ông Ba Duẩn" where the honorific's rule did not read it) names the
    one person it stands for: a name here, joined to the person's other names by the resolver. The
    family-name rule stops at "Chủ tịch" (a role), and a nickname's first word is no family name.
    Not inside an organization's name or another hit, not after a place word or a cue of
    ``named_after_cues.tsv`` ("thành phố mang tên ..."), not beside another capitalised word (part
    of a longer name: "Lăng Hồ Chủ tịch"); an epithet that opens with an honorific ("Bác Hồ") is the
    honorific's rule's (:func:`_reverent_names`), and a nickname is read only after an honorific
    ("ông Năm Công"): "Năm Công nghệ ..." may be a year's campaign, as "Năm Du lịch Quốc gia" is."""
    idx = _epithets()
    order = _birth_order_words()
    at = [k for k in toks.where(idx.firsts) if toks.cap[k] and toks.k[k] not in lex.honorifics.firsts
          and toks.k[k] not in order]
    if not at:
        return hits
    taken = {x for h in hits for x in range(h.start, h.end)}
    out = list(hits)
    for k in at:
        hit = idx.longest(toks, k)
        if hit is None:
            continue
        end = k + hit[0]
        if any(x in taken or x in covered for x in range(k, end)) or not all(toks.cap[x] for x in range(k, k + 2)) \
                or after_place_word(toks, k, lex) or _after_named_cue(toks, k) \
                or _capital_beside(toks, end) or (k > 0 and _capital_beside(toks, k, before=True)):
            continue
        out.append(NameHit(k, end, "honorific"))
        taken.update(range(k, end))
    return out


def _capital_beside(toks: Tokens, j: int, *, before: bool = False) -> bool:
    """A capitalised word stands at token j (or right before it), joined by a space on the same
    line: the words next to it go on as one longer name ("Lăng Hồ Chủ tịch")."""
    w = j - 1 if before else j
    return 0 <= w < len(toks.k) and toks.word[w] and toks.cap[w] and toks.gap[j] == " " and not toks.brk[j]


@cache
def _birth_order_words() -> frozenset[str]:
    """The words of ``birth_order_words.tsv`` ("Hai" ... "Út"), as token keys."""
    return frozenset(text_key(row[0]) for row in read_rows("birth_order_words.tsv", 1))


def _lone_capital(toks: Tokens, j: int, covered: set[int]) -> bool:
    """Token j is one capitalised word standing alone, no capitalised word after it on its line:
    a bare given name after "ông"/"bà"/"đồng chí", if it is one."""
    n = len(toks.k)
    if j >= n or not (toks.word[j] and toks.cap[j]) or j in covered or toks.brk[j]:
        return False
    return not (j + 1 < n and toks.word[j + 1] and toks.cap[j + 1] and toks.gap[j + 1] == " " and not toks.brk[j + 1])


def _given_named_elsewhere(toks: Tokens, lone: list[NameHit], hits: list[NameHit]) -> list[NameHit]:
    """The bare given names after "ông"/"bà"/"đồng chí" that no rule took for a name ("ông Đức", "bà Nga":
    a one-syllable country; "ông Anh": a form of address), kept as short references when a full name the
    report writes ends with that word ("Bùi Hữu Đức", "Mạc Xuân Anh"): after a personal form of address
    the word names a person, resolved like "đồng chí Dũng". Where no such name is written, none is kept."""
    taken = {x for h in hits for x in range(h.start, h.end)}
    given = {toks.k[h.end - 1] for h in hits
             if h.how not in ("credit", "pronoun") and not h.short and h.end - h.start >= 2}
    return [h for h in lone if h.start not in taken and toks.k[h.start] in given]


def _nicknames(toks: Tokens, hits: list[NameHit]) -> list[NameHit]:
    """Two words after an honorific, a word of birth order and a given name ("ông Năm Công", "anh
    Sáu Bi"), in a report that names a person of that given name ("Võ Chí Công", "Huỳnh Hiếu Bi"):
    the person's nickname, read as a short reference to the given name (resolved to that person
    like "đồng chí Dũng"), no person of its own. A report that names no such person keeps the
    nickname as the name it writes ("ông Hai Luyện")."""
    order = _birth_order_words()
    nick = [h for h in hits if h.how == "honorific" and h.end - h.start == 2 and toks.k[h.start] in order
            and toks.cap[h.start] and toks.cap[h.start + 1]]
    if not nick:
        return hits
    given = {toks.k[h.end - 1] for h in hits
             if h.how not in ("credit", "pronoun") and not h.short and h.end - h.start >= 2
             and toks.k[h.start] not in order}
    if not given & {toks.k[h.end - 1] for h in nick}:
        return hits
    swap = {id(h) for h in nick if toks.k[h.end - 1] in given}
    return [NameHit(h.start + 1, h.end, h.how, h.gender, short=True) if id(h) in swap else h for h in hits]


@cache
def _credit_labels() -> PhraseIndex:
    return phrase_table("credit_labels.tsv")


@cache
def _byline_tails() -> PhraseIndex:
    return phrase_table("byline_tails.tsv")


@cache
def _credit_sources() -> PhraseIndex:
    return phrase_table("credit_sources.tsv")


def _credit_label(toks: Tokens, i: int) -> int:
    """The ":" after a credit label starting at token i ("Ảnh:", "Video:", "Đồ họa:"), or 0."""
    idx = _credit_labels()
    if toks.k[i] not in idx.firsts:
        return 0
    hit = idx.longest(toks, i)
    colon = i + hit[0] if hit else 0
    return colon if hit and colon < len(toks.k) and toks.k[colon] == ":" else 0


_PHOTO = phrase_tokens("ảnh")[0]  # a photo's credit label ("Ảnh:", "Ảnh minh họa:"): a graphic's
# ("Đồ họa: TT") may be signed by the paper's desk, and the gold lists none such
_INITIALS_LETTERS = (2, 3)  # letters of a photographer's initials written as one word: "TV", "VQH"
_AFTER_INITIALS = frozenset(phrase_tokens(") . , ; -"))


def _letter_initials(toks: Tokens, j: int) -> bool:
    """Token j, the first of a credit ("Ảnh: TV", "(Ảnh: HC)"), is a photographer's initials
    written as one word in capitals: two or three letters, no Vietnamese syllable ("HÀ", "NAM" are
    given names, read as names are), no staff role (``staff_initials.tsv``: "PV", "CTV"), and
    nothing that goes on with it after: the credit ends there (a line's end, a bracket, a stop, a
    comma or a dash) or the next sentence begins, glued on, with a word in lower case after its
    capital ("Ảnh: TV Giữ nguyên ..."; not "NAM TRẦN", a name in capitals). A source's
    abbreviation is read before (``credit_sources.tsv``: "VGP", "EPA")."""
    t = toks.t[j]
    if not (toks.word[j] and toks.upper[j] and len(t) in _INITIALS_LETTERS and t.isalpha()) \
            or vietnamese_syllable(t) or t in _staff_initials():
        return False
    k = j + 1
    if k >= len(toks.k) or toks.brk[k] or toks.k[k] in _AFTER_INITIALS:
        return True
    return toks.word[k] and toks.cap[k] and not toks.upper[k] and toks.gap[k] == " "


def _credit_list(toks: Tokens, i: int, covered: set[int], lex: Lexicon,
                 *, signed: bool = False, labelled: bool = False) -> tuple[int, list[NameHit]]:
    """Names in a credit: "Thanh Long", "VGP/Quang Hiếu", "Hoàng Hoa - Văn Cảnh (TTXVN)". In a
    signature (``signed``: the report's last words, read by :func:`_byline`) the first writer may
    be named with a word that is also an honorific and one given name ("Anh Thư"), as a later one
    may anywhere; a caption that ends the report ("Ông Đinh Văn A") is no signature. Right after a
    photo's credit label (``labelled``: "Ảnh: TV") the credit may be initials in one word, and its first
    name may open with such a word ("Ảnh: Anh Tuấn": two words, the second no family name)."""
    n = len(toks.k)
    out: list[NameHit] = []
    j = i
    while j < n and (j == i or not toks.brk[j]):
        if toks.upper[j] and j + 1 < n and toks.k[j + 1] == "/":  # agency before the name
            j += 2
            continue
        end = _initials(toks, j)
        source = _credit_sources().longest(toks, j) if toks.k[j] in _credit_sources().firsts else None
        if source and j + source[0] >= end:
            j += source[0]  # "Ảnh: Đại Đoàn Kết", "Ảnh: Internet": the source, no person (read past it); and
            break  # a source written like initials ("Ảnh: T.L", tư liệu: a file photo), the whole of them
        if end == j and j == i and labelled and _letter_initials(toks, j):
            end = j + 1  # "Ảnh: TV", "(Ảnh: HC)": a photographer's initials written as one word
        if end == j:
            end = cap_name(toks, j, 4, lex)
            if end == j and (out or signed or labelled) and toks.k[j] in lex.honorifics.firsts and toks.cap[j]:
                # "Võ Hải - Anh Minh", "Ảnh: Anh Tuấn": a writer named "Anh ..." after another one, or
                # right after a photo's credit label, which says a credit follows
                end = cap_name(toks, j + 1, 3, lex)
                end = j if end == j + 1 else end
                if not out and end != j and (end != j + 2 or toks.k[j + 1] in lex.surnames
                                             or toks.k[j] in _HONORIFIC_BREAKS
                                             or (labelled and not signed and not _credit_closes(toks, end))):
                    end = j  # a signature "Anh Thư", but not a caption "Ông Đinh Văn A" at the end
                    # (nor the caption "Ảnh: Chị Hoa chăm sóc ...": a credit ends its line or its list)
            if end - j >= 3 and end < n and toks.word[end] and not toks.cap[end] and not toks.brk[end]:
                end -= 1  # the last capital starts the next sentence
            if end - j < 2 or any(x in covered for x in range(j, end)):
                break
            words = [toks.t[x] for x in range(j, end) if toks.word[x]]
            if any(w.isupper() and len(w) > 1 for w in words) and not all(w.isupper() for w in words):
                break  # "TN TP Hồ Chí", "VGP Mục": an agency's abbreviation, not a name (but "Như Ý")
        out.append(NameHit(j, end, "credit"))
        j = end
        if j < n and toks.k[j] in _LIST_SEP and not toks.brk[j]:
            j += 1
            continue
        break
    return j, out


_CREDIT_CLOSERS = frozenset({*_LIST_SEP, ")", "/", ";", "."})


def _credit_closes(toks: Tokens, e: int) -> bool:
    """The credit read up to token e ends there: the text or its line ends, or a mark that closes or
    continues a list of credits follows ("Ảnh: Anh Tuấn - Minh Hải", "(Ảnh: Anh Tuấn)"); not a word,
    which makes the words a caption's subject ("Ảnh: Chị Hoa chăm sóc vườn rau")."""
    return e >= len(toks.k) or toks.brk[e] or toks.k[e] in _CREDIT_CLOSERS


def _byline(toks: Tokens, covered: set[int], lex: Lexicon) -> list[NameHit]:
    """Writer's names after the last sentence of the report ("... ngày 30.6. Hoàng Trọng")."""
    n = len(toks.k)
    if not n:
        return []
    # the tail: tokens after the last sentence end or line break
    i = n - 1
    while i > 0 and not toks.brk[i] and not ((toks.k[i - 1] in _SENT_END and not _inside_word(toks, i - 1)
                                              and not _initial_dot(toks, i - 1))
                                             or toks.k[i - 1] == ")"):
        i -= 1
        if n - i > _MAX_BYLINE:
            return []
    if i > 0 and toks.k[i - 1] == "." and i >= 2 and (toks.e[i - 2] - toks.s[i - 2]) == 1 and toks.t[i - 2].isalpha() \
            and toks.upper[i - 2]:
        # the "." of initials: "... chặt chẽ. L.N - Trần Đông" starts the byline at "L" (but a tail
        # after initials that end a sentence, "H.M. Xuân", is no byline; a sentence that ends in a
        # one-letter word, "... gợi ý. Kiều Phong", is no initial)
        k = i
        while k >= 2 and toks.k[k - 1] == "." and toks.gap[k - 1] == "" and toks.gap[k] == "" \
                and (toks.e[k - 2] - toks.s[k - 2]) == 1 and toks.cap[k - 2]:
            k -= 2
        if k == i or not (k == 0 or toks.brk[k] or toks.k[k - 1] in _SENT_END or toks.k[k - 1] == ")"):
            return []
        i = k
    j = i
    if j < n and toks.k[j] == _BY:
        j += 1
        while j < n and toks.upper[j] and (toks.e[j] - toks.s[j]) > 1 and j + 1 < n and toks.cap[j + 1]:
            j += 1  # "Theo TTXVN Hoàng Trọng"
    end, found = _credit_list(toks, j, covered, lex, signed=True)
    if not found:
        return []
    # what may follow: "(TTXVN)", "/VOV", the photographer's credit ("Song Đào, ảnh: Nam Nguyễn",
    # read by the credit rule), what the writers did ("A.Phương ghi", "Sỹ Đông thực hiện"), nothing
    k = end
    if k < n and (toks.k[k] in ("(", "/") or _source_after(toks, k, n) or _credit_label(toks, k)
                  or _tail_to_end(toks, k, n)):
        k = n
    if k < n:
        return []
    return found


_MAX_BYLINE = 14  # tokens of a report's last words read as its writers' signature
_OPEN_ONLY = frozenset({"("})
_SECTION_MARKS = frozenset({"*", "•"})
_MAX_SIGNATURE_WORDS = 3


def _bracketed_signatures(toks: Tokens, covered: set[int], lex: Lexicon) -> list[NameHit]:
    """A writer's name in capitals in brackets after a section's last sentence ("... nghĩa tình.
    (XUÂN CƯỜNG) * Tối 20-6, ..." or at the report's end): how a paper of several short items signs
    each. Two or three words, each a Vietnamese syllable in capitals, the first a family name or
    every one a middle or given name of some official (``name_syllables.tsv``); a sentence's end
    before the bracket, and after it the text's end, a line break or a section mark ("*"). An
    abbreviation in brackets ("(UBKT TƯ)", "(TP HCM)") has a word that is no syllable."""
    n = len(toks.k)
    out: list[NameHit] = []
    syllables = name_syllables()
    for a in toks.where(_OPEN_ONLY):
        if a == 0 or toks.k[a - 1] not in _SENT_END:
            continue
        e = a + 1
        while e < n and e - a <= _MAX_SIGNATURE_WORDS and toks.word[e] and toks.upper[e] and not toks.brk[e]:
            e += 1
        if not (2 <= e - a - 1 <= _MAX_SIGNATURE_WORDS and e < n and toks.k[e] == ")"):
            continue
        words = range(a + 1, e)
        if any(x in covered or (toks.e[x] - toks.s[x]) < 2 or not vietnamese_syllable(toks.t[x]) for x in words):
            continue
        if not (toks.k[a + 1] in lex.surnames or all(toks.k[x] in syllables for x in words)):
            continue
        k = e + 1
        if k >= n or toks.brk[k] or toks.k[k] in _SECTION_MARKS:
            out.append(NameHit(a + 1, e, "credit"))
    return out


def _initial_dot(toks: Tokens, k: int) -> bool:
    """Token k is the dot of a writer's initial, glued to one capital letter (or a two-letter first
    sound: "Th.Dương") and followed by the rest of the name, glued ("T.Duy", "P.Minh") or after one
    space when the initial is the only one ("N. Huyền"): not the end of a sentence, so a signature of several such names
    ("T.Duy - P.Minh - T.Cường") is read whole."""
    if not (toks.k[k] == "." and 1 <= k < len(toks.k) - 1 and toks.gap[k] == ""):
        return False
    b, a = k - 1, k + 1
    if toks.t[b] in _NAME_DIGRAPHS:
        return _digraph_initial(toks, b)
    if not (toks.word[b] and (toks.e[b] - toks.s[b]) == 1 and toks.upper[b] and toks.word[a] and toks.cap[a]
            and not toks.brk[a]):
        return False
    if toks.gap[a] == "":
        return True
    alone = b == 0 or toks.gap[b] != "" or toks.k[b - 1] != "."  # not "H.M. Xuân": no second initial
    return toks.gap[a] == " " and alone and (toks.e[a] - toks.s[a]) > 1


def _tail_to_end(toks: Tokens, k: int, n: int) -> bool:
    """Tokens k..n are a phrase of ``byline_tails.tsv`` and, maybe, a full stop: what the writers
    named before it did ("ghi", "thực hiện", "tổng hợp")."""
    hit = _byline_tails().longest(toks, k) if toks.k[k] in _byline_tails().firsts else None
    if not hit:
        return False
    e = k + hit[0]
    return e == n or (e + 1 == n and toks.k[e] in _SENT_END)


def _inside_word(toks: Tokens, k: int) -> bool:
    """Token k is a dot written inside a web address, with no space on either side and a domain
    after it in one case ("Chinhphu.vn", "VOV.VN"): not the end of a sentence. A dot before a
    capitalised word ("Tr.Hoàng Hồng Đào") abbreviates a name and may end the sentence before it."""
    if not (toks.k[k] == "." and 0 < k < len(toks.k) - 1 and toks.gap[k] == "" and toks.gap[k + 1] == ""):
        return False
    after = toks.t[k + 1]
    return toks.word[k - 1] and toks.word[k + 1] and (after.islower() or after.isupper())


def _source_after(toks: Tokens, k: int, b: int) -> bool:
    """Tokens k..b (the rest of a byline's line) name the source the writer took the report from:
    "Theo" with a capital and a capitalised source ("Minh Phương Theo Reuters", also glued in the
    source: "Minh PhươngTheo Reuters")."""
    return k + 1 < b and toks.k[k] == _BY and toks.cap[k] and toks.cap[k + 1] and toks.word[k + 1] \
        and not any(toks.k[x] in _SENT_END for x in range(k, b))


def _name_lines(toks: Tokens, covered: set[int], lex: Lexicon) -> list[NameHit]:
    """Lines (after the title line) that hold nothing but writers' names: "Đức Hùng"."""
    out: list[NameHit] = []
    starts = toks.line_starts()
    # a line ends where the next begins (not found by a step at each token of the report)
    for a, b in zip(starts, [*starts[1:], len(toks.k)], strict=False):  # (no line: no pair)
        if b - a > 12:
            continue
        if toks.k[a] == _BY:
            a += 1  # "Theo Phương Nhi"
        if a >= b or _place_line(toks, a, lex) or lex.honorifics.longest(toks, a) \
                or _is_place(toks, a, b, lex):
            continue
        end, found = _credit_list(toks, a, covered, lex)
        tail = _byline_tails().longest(toks, end) if end < b and toks.k[end] in _byline_tails().firsts else None
        if tail and end + tail[0] + (end + tail[0] < b and toks.k[end + tail[0]] in _SENT_END) == b:
            end = b  # "Việt Anh thực hiện"
        if found and (end == b or (end < b and toks.k[end] in ("(", "/")) or _source_after(toks, end, b)):
            out.extend(h for h in found if not _common_words(toks, h))
    return out


def _place_line(toks: Tokens, a: int, lex: Lexicon) -> bool:
    """The line at token a begins with a place word ("Huyện Tuy Phước", "Đường Lê Lợi"): no
    writer's name. A common noun of place that is also a middle name, before a word that is no
    family name ("Đình Văn", "Đình Cường (Tổng hợp)"), is a writer's name."""
    hit = lex.place_words.longest(toks, a) if toks.k[a] in lex.place_words.firsts else None
    if not hit:
        return False
    k = a + hit[0]
    return hit[1].level != "other" or (k < len(toks.k) and toks.k[k] in lex.surnames)  # type: ignore[union-attr]


def _common_words(toks: Tokens, h: NameHit) -> bool:
    """The run is written in lower case elsewhere in the report ("Nghị Quyết" as a heading, "nghị
    quyết" in the text): common words, not a name."""
    keys = toks.k[h.start : h.end]
    m = len(keys)
    n = len(toks.k)
    # only where the first word is written (Tokens.positions), not at every token of the report
    for i in toks.positions().get(keys[0], ()):
        if i != h.start and i + m <= n and toks.k[i : i + m] == keys and not toks.cap[i + m - 1]:
            return True
    return False


_SMALL_PLACES = frozenset({"commune", "village"})


def _two_syllable_commune(toks: Tokens, j: int, level: str) -> bool:
    """Two capitalised syllables, no third, after a commune's or a village's word ("xã Đồng Tâm",
    "thôn Quan Nhân"): the place, though it begins with a family name. A person written after
    such a word has three syllables or more ("Chủ tịch xã Trần Phú Dũng")."""
    n = len(toks.k)
    return level in _SMALL_PLACES and j + 1 < n and toks.cap[j] and toks.cap[j + 1] and toks.word[j + 1] \
        and toks.gap[j + 1] == " " and not toks.brk[j + 1] \
        and not (j + 2 < n and toks.cap[j + 2] and toks.word[j + 2] and toks.gap[j + 2] == " " and not toks.brk[j + 2])


_LIST_OPENERS = frozenset({"(", ":"})


def _listed_places(toks: Tokens, i: int, j: int) -> bool:
    """The place word at tokens i..j is plural, after a number or "các" ("2 thôn", "các huyện"),
    and a bracket or a colon opens the list of the places' names."""
    return 0 < i and j < len(toks.k) and toks.k[j] in _LIST_OPENERS and not toks.brk[j] \
        and (toks.k[i - 1].isdigit() or toks.k[i - 1] in _PLURAL_BEFORE)


def _place_names(toks: Tokens, lex: Lexicon) -> set[tuple[str, ...]]:
    """Capitalised runs written after a place word somewhere in the report ("quận Sơn Trà"): the
    same run elsewhere ("bán đảo Sơn Trà", "Sơn Trà") is that place, not a person."""
    out: set[tuple[str, ...]] = set()
    n = len(toks.k)
    after = 0  # tokens before this are part of a place word already read ("thành phố": not "phố")
    for i in toks.where(lex.place_words.firsts):
        if i >= after:
            hit = lex.place_words.longest(toks, i)
            if hit and hit[1].level == "other" and toks.cap[i] and toks.k[i] in lex.surnames:  # type: ignore[union-attr]
                hit = None  # "Hồ Văn Mạnh": a common noun of place capitalised may be a family name
            if hit:
                after = i + hit[0]
            if hit and hit[1].level == "province":  # type: ignore[union-attr]
                continue  # "Chủ tịch UBND TP Huỳnh Đức Thơ": after "TP" only a province is a place
            if hit and hit[1].level != "other" and toks.k[min(i + hit[0], n - 1)] in lex.surnames \
                    and " ".join(toks.k[i + hit[0] : i + hit[0] + 3]) not in lex.districts \
                    and " ".join(toks.k[i + hit[0] : i + hit[0] + 2]) not in lex.districts \
                    and not _two_syllable_commune(toks, i + hit[0], hit[1].level):  # type: ignore[union-attr]
                continue  # "UBND huyện Trần Đăng Ánh" (but "đường Lê Lợi", "huyện Thạch Thành")
            if hit:
                j = i + hit[0]
                if _listed_places(toks, i, j):
                    j += 1  # "2 thôn (Hoàng Các và Nại Khê)", "các huyện: Hoài Đức, Đông Anh"
                elif hit[1].level == "other":  # type: ignore[union-attr]
                    j = _after_like(toks, j)  # "các phố lớn như Trần Hưng Đạo, ..."
                end = j
                while end < n and end - j < 3 and toks.cap[end] and toks.word[end] \
                        and (toks.gap[end] == " " or (end == j and toks.k[end - 1] in _LIST_OPENERS)):
                    end += 1
                end = _listed_fourth(toks, j, end)
                while end - j >= 2:
                    out.update(tuple(toks.k[x:end]) for x in range(j, end - 1))  # "Sơn Nhất" of "Tân Sơn Nhất"
                    # "các phố Thái Phiên, Hoàng Cầu và Nguyễn Lương Bằng": the list goes on
                    if end + 1 < n and toks.k[end] in (",", "và") and toks.cap[end + 1]:
                        j = end + 1
                        end = j
                        while end < n and end - j < 3 and toks.cap[end] and toks.word[end] \
                                and toks.gap[end] == " ":
                            end += 1
                        end = _listed_fourth(toks, j, end)
                        continue
                    break
    out.update(_located_pairs(toks))
    return out


def _place_after_honorific(toks: Tokens, h: NameHit, places: set[tuple[str, ...]], lex: Lexicon) -> bool:
    """A run read after an honorific or a trade word ("nghệ sĩ Cẩm Phả", "nhân dân Cẩm Phả") that the
    report writes after a place word elsewhere ("thị xã Cẩm Phả") and that opens with no family name:
    the artists or the people of the place, no person named so. ``places`` leaves out the runs the report
    writes after "ông" or "bà" too: a person named like the place ("nhà thơ Thanh Hải" and "ông Thanh Hải"
    beside "xã Thanh Hải")."""
    return h.how == "honorific" and toks.k[h.start] not in lex.surnames and tuple(toks.k[h.start : h.end]) in places


def _inside_place(toks: Tokens, h: NameHit, places: set[tuple[str, ...]]) -> bool:
    """The run begins inside a place the report names after a place word, its first words joined
    to the capitalised word before it ("sân bay Tân Sơn Nhất" named earlier, then "Tân Sơn Nhất
    Giao Bộ trưởng ..." with the full stop left out): the place, not a person."""
    b = h.start - 1
    if b < 0 or not toks.cap[b] or not toks.word[b] or toks.upper[b] or toks.gap[h.start] != " " \
            or toks.brk[h.start]:
        return False  # (an abbreviation before the name is a title: "KTS Hồ Duy A")
    return any((toks.k[b], *toks.k[h.start : h.start + m]) in places for m in range(2, h.end - h.start))


_AT = frozenset(phrase_tokens("ở tại"))


def _located_pairs(toks: Tokens) -> set[tuple[str, ...]]:
    """Two capitalised words, no more, right after "ở" or "tại" ("người dân ở Đồng Tâm", "đặt tại
    Long Sơn (Vũng Tàu)"): a commune or a spot, not a person (persons after "tại" are rare and have
    three syllables: "liên quan đến" is no place cue and is left out)."""
    n = len(toks.k)
    out: set[tuple[str, ...]] = set()
    for i in toks.where(_AT):
        a = i + 1
        if a + 1 < n and not toks.cap[i] and toks.cap[a] and toks.cap[a + 1] and toks.word[a] and toks.word[a + 1] \
                and toks.gap[a] == " " and toks.gap[a + 1] == " " and not toks.brk[a] and not toks.brk[a + 1] \
                and not (a + 2 < n and toks.cap[a + 2] and toks.word[a + 2] and not toks.brk[a + 2]):
            out.add((toks.k[a], toks.k[a + 1]))
    return out


_LIKE = phrase_tokens("như")[0]
_MAX_LIKE_GAP = 3  # lower-case words between a place word and "như": "các phố lớn như"
_LIST_GOES_ON = frozenset({",", "và", ";", ".", "…", ")"})


def _after_like(toks: Tokens, j: int) -> int:
    """After a place word, up to three lower-case words and "như" ("các phố lớn như", "nhiều tuyến
    đường như"): the places' names begin after "như" (returned), else at j."""
    n = len(toks.k)
    k = j
    while k < n and k - j <= _MAX_LIKE_GAP and toks.word[k] and not toks.cap[k] and not toks.brk[k]:
        if toks.k[k] == _LIKE:
            return k + 1
        k += 1
    return j


def _listed_fourth(toks: Tokens, j: int, end: int) -> int:
    """A place's name in a list may have four syllables when a list mark or a sentence's end follows
    it ("đường Nguyễn Thái Bình, Lê Thị Hồng Gấm, Hàm Nghi": a street named after a woman of four
    syllables); a fourth capitalised word followed by anything else is left out (it may begin the
    next name)."""
    n = len(toks.k)
    if end - j == 3 and end + 1 < n and toks.cap[end] and toks.word[end] and toks.gap[end] == " " \
            and not toks.brk[end] and toks.k[end + 1] in _LIST_GOES_ON:
        return end + 1
    return end
