"""Organizations: every named body in a report, with its canonical name, place and parent.

A name is read as a chain of units from ``organizations.tsv``: "Ban Dân vận" + "Tỉnh ủy" + place
"Bình Định" is the Ban Dân vận of the Tỉnh ủy Bình Định, whose parent is that Tỉnh ủy. After a unit
may come what its row ``takes``: a place ("tỉnh Bình Định", "TP.HCM"), a field ("Bộ" + "Xây dựng"),
capitalised name words ("Công ty" + "TNHH Cường Hưng"), a number ("Đoàn kiểm tra số 471"), a term
("Quốc hội khóa XIII"). A provincial body written without its province ("UBND tỉnh") takes the one
its run of titles or its sentence names, else (when the report's bodies name several provinces) the
one nearest to it, else the report's, else the one the text itself names for its provincial
bodies; when none is known it stays scoped to the report so it is never merged with another
province's body.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import compress

from kg.loaders.extract.doc_tables import alternation
from kg.loaders.extract.lexicon import Lexicon, OrgRow, Place, PlaceWord, lexicon, phrase_table, read_rows, role_row
from kg.loaders.extract.names import name_syllables, starts_sentence, within_country
from kg.loaders.extract.tokens import (
    PhraseIndex,
    Tokens,
    phrase_index,
    phrase_tokens,
    report_tokens,
    sentence_end,
    sentence_start,
    vietnamese_syllable,
)
from kg.model import Extraction, OrgMention, Report, Span, references
from kg.reference.documents import document_types
from kg.reference.numerals import is_roman, is_term_value
from kg.textkey import key as text_key

_JOINS = frozenset({",", "-", "–", "và", "&"})  # between the bodies of a list
_PLURAL = frozenset(phrase_tokens("các những mọi từng cấp nhiều một số"))
_LEVEL = phrase_tokens("cấp")[0]
_LEVEL_WORDS = frozenset(phrase_tokens("tỉnh huyện xã cơ sở trên dưới ủy thành phố quận phường"))
_OF = phrase_tokens("của")[0]
_NUMBER = phrase_tokens("số")[0]
_TERM = phrase_tokens("khóa")[0]
_CONNECT = frozenset(phrase_tokens("và"))
# Party units of state and front bodies ("Ban cán sự Đảng" of a ministry), never of a Party committee.
_STATE_SIDE_UNITS = frozenset({"ban_can_su", "dang_doan"})
_CENTRAL_MARKS = frozenset(phrase_tokens("trung ương TW T.Ư"))
_PARTY_COMMITTEES = frozenset({"tinh_uy", "thanh_uy", "huyen_uy", "quan_uy", "thi_uy", "dang_uy",
                               "tinh_doan", "thanh_doan", "huyen_doan", "quan_doan_tn", "thi_doan"})
# A district's military command, named by the district's bare name as its Party committee is ("Huyện đội Duy
# Xuyên" as "Huyện ủy Điện Bàn"); the province's ("Tỉnh đội Bến Tre") reads its province as any body does.
_DISTRICT_COMMANDS = frozenset({"huyen_doi"})
_BLOC_BODIES = frozenset({"dang_uy_khoi", "dang_bo_khoi"})  # "Đảng ủy Khối Doanh nghiệp Hà Nội": the bloc's name


@dataclass
class PlaceParse:
    start: int
    end: int
    level: str  # province | district | commune | village | ""
    word: str  # canonical level word written ("tỉnh"), or ""
    name: str  # the place name as written, or ""
    province: Place | None


@dataclass
class OrgParse:
    row: OrgRow
    start: int
    end: int
    extra: str = ""  # field, name words or number after the head ("Xây dựng", "số 471")
    head: str = ""  # the head as written, when longer than the row's canonical ("Trường THPT")
    foreign: bool = False  # another country's body ("Quốc hội Myanmar"): no Vietnamese parent
    extra_en: str = ""
    parent: OrgParse | None = None
    of: bool = False  # parent linked by "của"
    place: PlaceParse | None = None
    term: str | None = None
    said_term: str | None = None  # a term written right after the name but not part of it ("Bộ Chính trị khóa XII")
    bare_row: str = ""  # the row of a body written by its bare head after this unit ("Thanh tra Bộ": "bo")
    short_field: bool = False  # its field written short ("Bộ Giao thông"): no name of the body of its own
    # a field listed after a body named by its head, the head not written again ("các Bộ Công an,
    # Quốc phòng": "Quốc phòng"; "Các Bộ: Y tế, Tài chính"): a title may hold it, but it is no
    # organization of the report by itself (tests/gold/README.md: bare fields in a list are not listed)
    listed: bool = False
    provisional: bool = False  # "lâm thời" written after the whole name: a provisional body of its own

    def province(self) -> Place | None:
        """The province of the first body up the chain (this one, then its parents) that names one.
        A loop, not a call per parent: asked about 150 times a report."""
        q: OrgParse | None = self
        while q is not None:
            if q.place and q.place.province:
                return q.place.province
            q = q.parent
        return None

    def has_place(self) -> bool:
        """This body or one it belongs to names its place (a loop up the chain, as :meth:`province`)."""
        q: OrgParse | None = self
        while q is not None:
            if q.place:
                return True
            q = q.parent
        return False



def _named_commune(p: OrgParse) -> bool:
    """A body that exists only at commune level under a short head ("Đoàn" for the commune's Youth Union)
    is read only with a named commune or ward after it: at any other level the short head is a delegation
    ("Đoàn Hà Nội", "Đoàn tỉnh Quảng Ninh") and with no name it is a common word ("Đoàn xã viên")."""
    return p.place is not None and p.place.level == "commune" and bool(p.place.word) and bool(p.place.name)


def _cap_run(toks: Tokens, i: int, limit: int, lex: Lexicon, *, stop_at_person: bool) -> int:
    """End of a run of capitalised words starting at i (i when none)."""
    j = i
    n = len(toks.k)
    while j < n and j - i < limit and toks.word[j] and toks.cap[j] and (j == i or not toks.brk[j]):
        if toks.gap[j] not in ("", " ") and j > i:
            break
        if j > i and toks.k[j] in lex.org_index.firsts and (hit := lex.org_index.longest(toks, j)) \
                and not _place_name_head(toks, j, hit[0]):
            break  # "thành phố" + "Mặt trận ...": the place ended (not "thôn Đông Hội")
        if stop_at_person and toks.k[j] in lex.surnames and j + 1 < n and toks.cap[j + 1] \
                and toks.word[j + 1] and toks.gap[j + 1] == " " and not _place_at(toks, j, lex):
            break
        j += 1
    return j


@cache
def _place_name_heads() -> PhraseIndex:
    return phrase_table("place_name_heads.tsv")


def _place_name_head(toks: Tokens, j: int, length: int) -> bool:
    """Token j is a body's head word of ``place_name_heads.tsv`` read alone (``length`` 1: no longer
    body's name starts there), so inside a place's run of capitals it is a syllable of the place's
    name ("thôn Đông Hội", "xã Tân Hội Trung"), not an association ("Hội Nông dân" still ends it)."""
    return length == 1 and toks.k[j] in _place_name_heads().firsts


def _inside_place_name(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """Token i, a head word of ``place_name_heads.tsv``, is inside a village's, a commune's or a
    district's name begun by a place word before it ("sinh tại xã Mỹ Hội Đông"): no body starts
    there."""
    row = lex.orgs.get("dia_phuong")
    if row is None or toks.k[i] not in _place_name_heads().firsts:
        return False
    for s in range(max(0, i - 4), i - 1):
        hit = lex.place_words.longest(toks, s) if toks.k[s] in lex.place_words.firsts else None
        if hit is None or hit[1].level not in ("district", "commune", "village") or s + hit[0] >= i:  # type: ignore[union-attr]
            continue
        place = parse_place(toks, s, row, lex)
        if place is not None and place.end > i:
            return True
    return False


def _place_at(toks: Tokens, i: int, lex: Lexicon) -> tuple[int, Place] | None:
    hit = lex.places.longest(toks, i)
    if hit and toks.cap[i]:
        return hit  # type: ignore[return-value]
    return None


def _dashed_province(toks: Tokens, i: int, lex: Lexicon) -> int:
    """Tokens of a province's name written with a dash ("Thừa Thiên - Huế", "Bà Rịa - Vũng Tàu") that
    starts at token i; 0 for any other place or none. A name's run of capitals stops at a dash, which
    cut such a province after a body's lower-case words ("Chi hội nhạc sĩ Thừa Thiên")."""
    hit = _place_at(toks, i, lex)
    return hit[0] if hit and any(k in ("-", "–") for k in toks.k[i + 1 : i + hit[0]]) else 0


_FOREIGN_PLACE_COMMITTEES = frozenset({"tinh_uy", "thanh_uy"})


def _foreign_place_end(toks: Tokens, j: int, row: OrgRow, lex: Lexicon) -> int:
    """End of another country's province or city written after a province's Party committee
    ("Tỉnh ủy Gangwon", "Tỉnh ủy Villa Clara"), j when there is none. A word of more than one
    syllable is no Vietnamese person's name and no Vietnamese place (but a few cities of the
    highlands, "Pleiku", which districts.tsv knows), so the committee is that place's, never the
    report's province (a Vietnamese name after it is a person: "Tỉnh ủy Trần
    Văn Hòa" is left to the person reader)."""
    if row.id not in _FOREIGN_PLACE_COMMITTEES or j >= len(toks.k) or toks.brk[j] or not toks.word[j] \
            or not toks.cap[j] or not _foreign_word(toks.t[j]):
        return j
    end = _cap_run(toks, j, 3, lex, stop_at_person=False)
    while end > j + 1 and not _foreign_word(toks.t[end - 1]):
        end -= 1  # "Tỉnh ủy Holguin Nguyễn ...": only the foreign words
    if any(" ".join(toks.k[j:x]) in lex.districts for x in range(j + 1, end + 1)):
        return j  # "Thành ủy Pleiku": a Vietnamese city of a word of two syllables
    return end


def _letter_after_name(toks: Tokens, end: int) -> int:
    """End of a local place's name with the one capital letter that tells two places of one name
    apart ("phường Bình Trị Đông A", "xã Vĩnh Lộc B"): a single Latin capital after the name's words,
    not the first letter of a word written apart ("Y tế"), belongs to the name."""
    n = len(toks.k)
    if end >= n or toks.brk[end] or toks.gap[end] != " " or len(toks.t[end]) != 1 \
            or not ("A" <= toks.t[end] <= "Z"):
        return end
    if end + 1 < n and (toks.k[end], toks.k[end + 1]) in _LETTER_WORDS:
        return end
    return end + 1


def _number_after_village_name(toks: Tokens, end: int, level: str) -> int:
    """End of a village's name with the number that tells the parts of one village apart ("tổ dân
    phố Phú Thọ 2", "xóm Ba Khe 1", "thôn Đông Hà 3"): one or two digits after the name, then the
    phrase's end, punctuation, the next place's level word or a person's name (the title's holder:
    "Bí thư Đảng ủy phường Mỹ Đình 2 Lê Văn A"); not a count ("thôn Đông Hà 3 năm"). A ward's the
    same ("phường Mỹ Đình 2": two wards of one name, numbered)."""
    n = len(toks.k)
    if level not in ("village", "commune") or end >= n or toks.brk[end] or toks.gap[end] != " " \
            or not toks.k[end].isdigit() or len(toks.k[end]) > 2:
        return end
    after = end + 1
    if after >= n or toks.brk[after] or not toks.word[after] or lexicon().place_words.longest(toks, after) \
            or _surname_and_given_at(toks, after):
        return end + 1
    return end


def _surname_and_given_at(toks: Tokens, k: int) -> bool:
    """A person's name begins at token k: a capitalised family name of surnames.txt, then a capitalised
    syllable ("Lê Văn", "Lưu Chí"), no abbreviation."""
    n = len(toks.k)
    return k + 1 < n and toks.cap[k] and toks.k[k] in lexicon().surnames and toks.cap[k + 1] \
        and not toks.upper[k + 1] and toks.gap[k + 1] == " " and not toks.brk[k + 1]


def _transliterated_after(toks: Tokens, end: int) -> bool:
    """A name's capitalised words go on with a hyphen glued to a lower-case syllable ("Gen-ti-lô-ni",
    "Pu-tin"): a foreign name written the Vietnamese way, syllable by syllable; no Vietnamese place
    is written so, so a level word's abbreviation before it ("P.", "Q.") is a person's initial."""
    return end + 1 < len(toks.k) and toks.k[end] in _DASHES and toks.gap[end] == "" \
        and toks.gap[end + 1] == "" and toks.word[end + 1] and not toks.cap[end + 1]


_CITY_BODIES = frozenset({"thanh_uy", "thanh_doan"})  # bodies only a city has: "Thành ủy", "Thành đoàn"


def _city_named_like_province(toks: Tokens, j: int, prov: tuple[int, Place], word: str, row: OrgRow,
                              lex: Lexicon) -> bool:
    """The place at token j, a province read by one of its other names, is a city of that province
    named so (districts.tsv: "Huế", a city of Thừa Thiên Huế): written after the city's level word
    ("UBND TP Huế", "thành phố Huế") or a body only a city has ("Thành ủy Huế"), it is the city, named
    as written, not "thành phố Thừa Thiên Huế". A province written by its own name is read as before
    ("UBND thành phố Hà Tĩnh", "Thành ủy Hải Phòng")."""
    if word != "thành phố" and (word or row.id not in _CITY_BODIES):
        return False
    m, place = prov
    written = " ".join(toks.k[j : j + m])
    return written != " ".join(phrase_tokens(place.canonical)) and place.canonical in lex.districts.get(written, ())


@cache
def _hyphened_district_lengths() -> tuple[int, ...]:
    """The token counts of the district names districts.tsv writes with a hyphen, longest first."""
    return tuple(sorted({len(k.split(" ")) for k in _district_kinds() if " - " in k}, reverse=True))


def _hyphened_district(toks: Tokens, j: int, lex: Lexicon) -> int:
    """Tokens of a district name districts.tsv writes with a hyphen ("Phan Rang-Tháp Chàm", a city named
    after the two towns it joined), glued or spaced, that starts at token j; 0 if none.

    The place readers try three words at most and stop at the hyphen, so they cut such a name at it
    ("UBND thành phố Phan Rang") and the committee took the name of a place that is no longer one.
    """
    n = len(toks.k)
    for length in _hyphened_district_lengths():
        e = j + length
        if e <= n and not any(toks.brk[j + 1 : e]) and toks.cap[j] and toks.cap[e - 1] \
                and " ".join(toks.k[j:e]) in lex.districts:
            return length
    return 0


@cache
def _foreign_provinces() -> PhraseIndex:
    return phrase_table("foreign_provinces.tsv")


def _foreign_province(toks: Tokens, j: int) -> int:
    """Tokens of a neighbouring country's province of ``foreign_provinces.tsv`` starting at token j
    ("Svay Rieng", "Hủa Phăn"), 0 for none: written after "tỉnh" it is that place, whose words a
    title run would read as its holder's name. Only after a body ("Ty Công an tỉnh Svay Rieng"): a
    bare "tỉnh" after a role is read as that place already ("Phó Tỉnh trưởng tỉnh Svay Rieng"), and a
    body that needs a place ("đoàn đại biểu tỉnh Vân Nam") is a visiting group, which the read sets
    do not list."""
    if toks.k[j] not in _foreign_provinces().firsts:
        return 0
    hit = _foreign_provinces().longest(toks, j)
    return hit[0] if hit else 0


def parse_place(toks: Tokens, i: int, row: OrgRow, lex: Lexicon) -> PlaceParse | None:
    """A place written after a body: "tỉnh Bình Định", "huyện Krông Nô", "TP.HCM", "Quy Nhơn"."""
    n = len(toks.k)
    if i >= n or toks.brk[i]:
        return None
    j = i
    word, level = "", ""
    hit = lex.place_words.longest(toks, i)
    if hit:
        m, pw = hit
        assert isinstance(pw, PlaceWord)
        if pw.level in ("province", "district", "commune", "village"):
            word, level = pw.canonical, pw.level
            j = i + m
            if j + 1 < n and toks.k[j] == "." and toks.k[i] == "tp" and lex.places.longest(toks, j + 1):
                j += 1  # "TP. Hồ Chí Minh" (but not the "." ending a sentence after "TP")
    if word and j < n and toks.brk[j]:
        return PlaceParse(i, j, level, word, "", None)  # "Bí thư huyện" at a line's end
    prov = _place_at(toks, j, lex) if j < n and not toks.brk[j] else None
    if prov and _city_named_like_province(toks, j, prov, word, row, lex):
        return PlaceParse(i, j + prov[0], "district", word, toks.surface(j, j + prov[0]), None)
    if prov:
        m, place = prov
        if level in ("district", "commune", "village") and (end := _number_after_village_name(
                toks, _letter_after_name(toks, j + m), level)) > j + m:
            return PlaceParse(i, end, level, word, toks.surface(j, end), None)  # "xã Vĩnh Phúc A"
        return PlaceParse(i, j + m, level or "province", word, place.canonical,
                          place if level in ("", "province") else None)
    if (word or row.id in _PARTY_COMMITTEES or row.id in _DISTRICT_COMMANDS) and j < n \
            and (length := _hyphened_district(toks, j, lex)):
        return PlaceParse(i, j + length, level if level not in ("", "province") else "district", word,
                          toks.surface(j, j + length), None)  # "thành phố Phan Rang-Tháp Chàm"
    if word and level == "province" and row.id != "dia_phuong" and "needplace" not in row.flags and j < n \
            and toks.cap[j] and (length := _foreign_province(toks, j)):
        return PlaceParse(i, j + length, level, word, toks.surface(j, j + length), None)  # "tỉnh Svay Rieng"
    if word and level == "province":
        for length in (3, 2, 1):  # "TP Thủ Đức", "thành phố Pleiku": a city under a province
            if j + length <= n and all(toks.cap[x] for x in range(j, j + length)) and \
                    " ".join(toks.k[j : j + length]) in lex.districts:
                return PlaceParse(i, j + length, "district", word, toks.surface(j, j + length), None)
        # "tỉnh" + a name that is no province: the level word alone ("UBND tỉnh Nguyễn Văn A")
        return PlaceParse(i, j, level, word, "", None)
    if word and j < n and toks.k[j].isdigit() and not toks.brk[j] and (level in ("district", "commune") or (
            level == "village" and _number_after_village_name(toks, j, level) > j)):
        return PlaceParse(i, j + 1, level, word, toks.t[j], None)  # "Quận 2", "Phường 5"; "khu phố 4," (not
        # a count: "thôn 3 lần")
    if word:
        end = _cap_run(toks, j, 3, lex, stop_at_person=False)
        if _transliterated_after(toks, end):
            return None  # "Thủ tướng P.Gen-ti-lô-ni": a foreign person's initial, no "phường Gen"
        for length in (3, 2, 1):  # a known district: "huyện Thạch Thành", even if it looks like a name
            if j + length <= end and " ".join(toks.k[j : j + length]) in lex.districts:
                if level in ("commune", "village"):  # "phường Quy Nhơn Nam": a ward named after the city
                    length = _number_after_village_name(
                        toks, _cap_run(toks, j + length, 1, lex, stop_at_person=True), level) - j
                return PlaceParse(i, j + length, level, word, toks.surface(j, j + length), None)
        if end - j >= 3 and toks.k[j] in lex.surnames and toks.word[j + 1]:
            return PlaceParse(i, j, level, word, "", None)  # "UBND huyện Trần Đăng Ánh": a person
        # (not two words: a person's name has three most often, and many places begin with a word
        # that is a family name too: "xã Đồng Tâm", "xã Long Hòa", "phường Mai Dịch")
        if end - j >= 3:
            cut = _cap_run(toks, j + 2, 1, lex, stop_at_person=True)
            end = min(end, max(cut, j + 2))
        end = _number_after_village_name(toks, _letter_after_name(toks, end), level) if end > j else end
        return PlaceParse(i, end, level, word, toks.surface(j, end), None)
    foreign = _foreign_place_end(toks, j, row, lex)
    if foreign > j:
        return PlaceParse(i, foreign, "province", "", toks.surface(j, foreign), None)
    if row.id in _PARTY_COMMITTEES and row.id not in ("tinh_uy", "dang_uy") or row.id in _DISTRICT_COMMANDS:
        for length in (3, 2):  # "Huyện ủy Thuận Thành Ngô Tân Phượng": a known district first
            if j + length <= n and all(toks.cap[x] for x in range(j, j + length)) and \
                    " ".join(toks.k[j : j + length]) in lex.districts:
                return PlaceParse(i, j + length, "district", "", toks.surface(j, j + length), None)
        if j + 2 <= n and toks.cap[j] and not toks.cap[j + 1] and toks.word[j + 1] and toks.gap[j + 1] == " " \
                and not toks.brk[j + 1] and " ".join(toks.k[j : j + 2]) in lex.districts:
            # its second syllable in lower case ("Thị uỷ Châu đốc", audit24), named as places write it
            name = " ".join(w[:1].upper() + w[1:] for w in toks.surface(j, j + 2).split(" "))
            return PlaceParse(i, j + 2, "district", "", name, None)
        end = _cap_run(toks, j, 2, lex, stop_at_person=True)
        if end > j and not any(lex.org_index.longest(toks, x) for x in range(j, end)):
            return PlaceParse(i, end, "district", "", toks.surface(j, end), None)
    return None


_TAIL_STOP = frozenset(phrase_tokens("đã được có là của tại với cho trong từ về để đến cùng các những này đó "
                                     "khi thì mà nhưng cũng sẽ đang vừa bị do theo giữ làm ông bà anh "
                                     "chị tặng trao nhận khóa tỉnh huyện xã hay hoặc chỉ "
                                     "vẫn luôn chưa rất phải như ngoài gồm trước sau việc không tới rồi ra ở trên vì"))
# Two-word stops, read as phrases: their syllables alone continue a name ("Học viện Báo chí", "Báo
# Nhi đồng", "Vụ Các tổ chức quốc tế").
_TAIL_PHRASES = frozenset(tuple(phrase_tokens(p)) for p in ("đồng chí", "nhiệm kỳ", "giữ chức", "đối với", "kể từ"))


def _tail_stop(toks: Tokens, k: int) -> bool:
    """Token k is a function word or begins a two-word phrase that ends a name's lower-case tail;
    not the second syllable of a word of ``place_lookalikes.tsv`` ("ở" in "nhà ở", "bị" in "thiết
    bị": "Công ty Thiết bị đô thị", "Cục Quản lý nhà ở")."""
    if toks.k[k] not in _TAIL_STOP and tuple(toks.k[k : k + 2]) not in _TAIL_PHRASES:
        return False
    return not (k > 0 and _place_lookalike(toks, k) and not _place_lookalike_starts(toks, k))


@cache
def _plural_stops() -> PhraseIndex:
    return phrase_table("plural_stops.tsv")


def _plural_inside_name(toks: Tokens, k: int) -> bool:
    """Token k is "các" or "những" inside a body's lower-case field, between two lower-case words of
    it ("Viện Y học lâm sàng | các | bệnh nhiệt đới", "Vụ Quản lý | các | khu kinh tế"): the field's
    object in the plural, not the end of the name. Not before a word of ``plural_stops.tsv`` ("Hội
    Luật gia các cấp": the body at every level, no name), nor after a capital or a function word;
    the name still has to end cleanly where its reader asks it to."""
    n = len(toks.k)
    if toks.k[k] not in _SUBJECT_PLURALS or k < 1 or k + 1 >= n or toks.brk[k + 1] or toks.gap[k + 1] != " ":
        return False
    before, after = k - 1, k + 1
    return toks.word[before] and not toks.cap[before] and not toks.upper[before] and not _tail_stop(toks, before) \
        and toks.word[after] and not toks.cap[after] and not toks.upper[after] and not _tail_stop(toks, after) \
        and not (toks.k[after] in _plural_stops().firsts and _plural_stops().longest(toks, after))


def _after_place_name(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """The lower-case words before token k follow a place's name ("Trường Cao đẳng Mỹ thuật Huế |
    đào tạo các bậc ..."): the place closed the body's name and the words are the sentence's."""
    c = k - 1
    while c > 0 and c > k - 4 and toks.word[c] and not toks.cap[c]:
        c -= 1
    if c == k - 1 or not toks.cap[c]:
        return False
    return any((hit := lex.places.longest(toks, s)) is not None and s + hit[0] == c + 1
               for s in range(max(0, c - 2), c + 1) if toks.cap[s])


def _field_word_before(toks: Tokens, j: int) -> bool:
    """Token j follows a word of two syllables begun in capitals ("Kinh tế", "Kế hoạch", "Công
    tác"): lower-case words from j go on with the field it opens, not a proper name's predicate."""
    return j >= 2 and toks.word[j - 1] and not toks.cap[j - 1] and toks.cap[j - 2] and not toks.upper[j - 2] \
        and toks.gap[j - 1] == " "


def _full_stop(toks: Tokens, k: int) -> bool:
    """Token k is the full stop that ends a sentence (not the dot of "T.Ư" or "TP.HCM"): a name's
    lower-case words end there as they do at a comma when they go on from a word begun in capitals
    ("... Vụ trưởng Vụ Kinh tế đối ngoại."; not after a proper name or an acronym, where they are
    the sentence's predicate: "Báo QĐND đoạt giải ba.", "Trung tâm Hội nghị Hàm Rồng hiện bỏ hoang.")."""
    n = len(toks.k)
    return toks.k[k] == "." and (k + 1 >= n or toks.brk[k + 1] or toks.gap[k + 1] != "")


def _place_lookalike_starts(toks: Tokens, k: int) -> bool:
    """A phrase of ``place_lookalikes.tsv`` starts at token k (not only goes on through it)."""
    idx = _place_lookalikes()
    return toks.k[k] in idx.firsts and idx.longest(toks, k) is not None


# Words that begin a predicate after a name ("... đã thảo luận", "... thuộc UBND"): a name may end
# in one or two lower-case words right before one of them.
_PREDICATE_START = frozenset(phrase_tokens("đã được sẽ đang vừa cũng vẫn luôn chưa là thuộc"))
_AND = phrase_tokens("và")[0]
_ALL = phrase_tokens("các")[0]
_IS = phrase_tokens("là")[0]
_NAME_WORD_STARTS = frozenset(phrase_tokens("tổng các những trong"))  # "Tổng hợp", "Các tổ chức" in names
_ORGANISE = phrase_tokens("tổ chức")
_SAID = phrase_tokens("cho biết")
_ADMIN_LEVELS = frozenset({"province", "district", "commune", "village"})
_CHAIN_WORDS = frozenset(phrase_tokens(", kiêm phó quyền nguyên thường trực viên")) | {","}
_AGENCY = phrase_tokens("cơ quan")
_COMMUNIST = phrase_tokens("cộng sản")  # "Tạp chí Cộng sản - Cơ quan lý luận ...": an apposition
_VIETNAM = phrase_tokens("Việt Nam")
_VIETNAM_KEY = tuple(_VIETNAM)
_PARTY = phrase_tokens("Đảng")[0]
_LAW_WORDS = frozenset(phrase_tokens("luật"))  # "Luật", "Bộ luật" before the law's subject
_TRUNG_UONG = phrase_tokens("trung ương")


# After a body and a plural word, kinds of units that make it a kind of body: "Quốc hội các nước",
# "UBND các địa phương", "Cục Cơ yếu các Bộ, ngành"
_MANY_OF = frozenset(phrase_tokens("nước bộ ngành"))
_LOCALITIES = tuple(phrase_tokens("địa phương"))


_SAME_LEVEL = tuple(phrase_tokens("cùng cấp"))


def _generic_after(toks: Tokens, end: int) -> bool:
    """What follows a body's name makes it a kind of body, not one body: "UBND các cấp", "UBND 3
    cấp", "Chủ tịch UBND cấp xã", "Ủy ban Kiểm tra Tỉnh ủy các tỉnh ...", "HĐND cùng cấp" (the council of whatever
    level the sentence speaks of)."""
    n = len(toks.k)
    k = end
    if k + 1 < n and not toks.brk[k] and tuple(toks.k[k : k + 2]) == _SAME_LEVEL:
        return True
    if k < n and not toks.brk[k] and toks.k[k] in _PLURAL and toks.k[k] != _LEVEL:
        k += 1
        return k < n and (toks.k[k] == _LEVEL or toks.k[k] in _MANY_OF or tuple(toks.k[k : k + 2]) == _LOCALITIES
                          or (toks.k[k] in lexicon().place_words.firsts
                              and lexicon().place_words.longest(toks, k) is not None))
    if k + 1 < n and not toks.brk[k] and (toks.k[k].isdigit() or toks.k[k] in _COUNT_WORDS) \
            and toks.k[k + 1] == _LEVEL:
        return True  # "UBND 3 cấp", "bầu cử HĐND ba cấp": the body of each of three levels
    return k + 1 < n and not toks.brk[k] and toks.k[k] == _LEVEL and toks.k[k + 1] in _LEVEL_WORDS


_LOCAL_LEVELS = frozenset({"province", "district", "commune"})


def _places_counted_after(toks: Tokens, k: int, at: bool = False) -> bool:
    """A count of places follows at token k, "của" before it or not ("lãnh đạo Hội ND 14 tỉnh, thành
    phố", "Sở NN-PTNT của 6 tỉnh"), or "tại" when ``at`` (a local body's: "6 trụ sở Chi cục Thi hành án
    tại 6 huyện"): the body written before is that of each of them, a kind of body."""
    n = len(toks.k)
    if k < n and (toks.k[k] == _OF or at and toks.k[k] == _AT) and not toks.brk[k]:
        k += 1
    if not (k + 1 < n and not toks.brk[k] and not toks.brk[k + 1]
            and (toks.k[k].isdigit() or toks.k[k] in _COUNT_WORDS)):
        return False
    words = lexicon().place_words
    return toks.k[k + 1] in words.firsts and words.longest(toks, k + 1) is not None


def _kind_of_body(toks: Tokens, p: OrgParse) -> bool:
    """``p`` names a kind of body by what follows it: a body of no place ("UBND các cấp"), or a
    local department written by its field with no place ("Sở Nội vụ cấp tỉnh", "Phòng Nội vụ
    cấp huyện", "Sở Tư pháp các tỉnh"): a province's or a district's department is one body only
    with its place, so with a level or a plural of places after it, it is the department of each."""
    if p.row.level != "central" and p.parent is None and not p.has_place() and not p.term \
            and _places_counted_after(toks, p.end, p.row.level in _LOCAL_LEVELS):
        return True  # (a named body too: "Hội ND 14 tỉnh" is the association's chapters of 14 provinces)
    if not (_placeless(p) or (p.row.level in _LOCAL_LEVELS and p.parent is None and not p.has_place()
                              and not p.term)):
        return False
    return _generic_after(toks, p.end)


def _common_noun(toks: Tokens, p: OrgParse, covered: set[int]) -> bool:
    """``p`` is a head written in lower case with nothing of its own (no name, place, term or body)
    and used as a common noun: listed after a lower-case word that is no body ("thị trường, doanh
    nghiệp và chính phủ", "các vị đứng đầu nhà nước và chính phủ của 29 quốc gia": governments in
    general) or before or after a count ("chính phủ hai nước", "hai chính phủ": each country's). Written so after a body
    ("Đảng và chính phủ", "chính phủ, quốc hội": ``covered`` holds the tokens of the bodies read
    before it) or alone ("báo cáo chính phủ") it is still the body."""
    n, a, b = len(toks.k), p.start, p.end
    if True in toks.cap[a:b] or p.extra or p.place is not None or p.parent is not None or p.term:
        return False  # (not "Cụ thể, ban Chấp hành Trung ương đã ...": a name in capitals; asked of every body
        # the scan reads, nearly all capitalised: one C-level test of the slice, no generator)
    if b < n and not toks.brk[b] and (toks.k[b] in _COUNT_WORDS or toks.k[b].isdigit()) \
            or a >= 1 and not toks.brk[a] and (toks.k[a - 1] in _COUNT_WORDS or toks.k[a - 1].isdigit()):
        return True  # "chính phủ hai nước", "hai chính phủ"
    return a >= 2 and toks.k[a - 1] in (",", _AND) and not toks.brk[a - 1] and toks.word[a - 2] \
        and not toks.cap[a - 2] and not toks.k[a - 2].isdigit() and a - 2 not in covered


def _listed_before_kind(toks: Tokens, p: OrgParse) -> bool:
    """A body of no place, then "," or "và", maybe a title, and a body named as a kind by what
    follows it ("Thường trực HĐND, Chủ tịch UBND các cấp", "HĐND và UBND cấp xã"): the words after
    the list say the level of each of its bodies, so the first is a kind of body too."""
    n = len(toks.k)
    k = p.end
    if k + 1 >= n or toks.k[k] not in (",", _AND) or toks.brk[k + 1] or not _placeless(p) \
            or _chain(p)[-1].row.level == "central":
        return False  # (not "Quốc hội khóa XV và HĐND các cấp": the one Quốc hội, then the kind; the
        # word after the body first, as most bodies the scan reads are followed by neither)
    k += 1
    role = lexicon().roles.longest(toks, k)
    if role:
        k += role[0]
    if k >= n or toks.brk[k] or not toks.cap[k]:
        return False
    q = parse_org(toks, k, "top")
    if q is not None:
        return _kind_of_body(toks, q)
    head = lexicon().org_index.longest(toks, k)  # the parse refuses "UBND các cấp", a look-alike
    return head is not None and any(_generic_after(toks, x) for x in range(k + 1, k + head[0] + 1))


_MEMBER_WORD = phrase_tokens("viên")[0]


def _member_title(toks: Tokens, p: OrgParse) -> bool:
    """A Party committee written bare and followed by "viên" is the title of its member ("ông X, Tỉnh ủy
    viên, Giám đốc Sở Y"; "Thành ủy viên"), not the committee named as a body: the gold lists it
    nowhere where that title is its only mention (blind5, blind8, mid20, mid25)."""
    return p.row.id in _PARTY_COMMITTEES and p.parent is None and p.place is None and not p.extra \
        and not p.term and p.end < len(toks.k) and toks.k[p.end] == _MEMBER_WORD and not toks.brk[p.end]


def _lower_committee(toks: Tokens, p: OrgParse) -> bool:
    """A party committee in lower case with no place ("tỉnh ủy, thành ủy trực thuộc Trung ương",
    "Ban Thường vụ quận ủy"): committees of that kind, not one committee."""
    while p.parent is not None:
        p = p.parent
    return p.row.id in _PARTY_COMMITTEES and not toks.cap[p.start]


_CITY_SHORT = phrase_tokens("thành")[0]  # "tỉnh, thành": provinces and (centrally run) cities
# what may follow that "thành" (a verb, "trực thuộc"); not "thành viên", "thành lập": one word with it
_AFTER_CITY_SHORT = frozenset(phrase_tokens("ra căn trực và trong trên cả phải cần có")) | _PREDICATE_START


def _levels_listed(toks: Tokens, p: OrgParse) -> bool:
    """The body's level word is one of a list of levels ("UBND xã - phường", "HĐND huyện, thị xã"):
    bodies of those levels, not one body."""
    pl = p.place
    n = len(toks.k)
    if pl is None or pl.name or not pl.word or p.end + 1 >= n or toks.brk[p.end + 1]:
        return False
    if toks.k[p.end] not in ("-", "–", ",", "/") and toks.k[p.end] != phrase_tokens("và")[0]:
        return False
    if toks.k[p.end + 1] == _CITY_SHORT and pl.level == "province" and (
            p.end + 2 >= n or not toks.word[p.end + 2] or toks.k[p.end + 2] in _AFTER_CITY_SHORT):
        return True  # "Phó chủ tịch UBND tỉnh, thành": "thành" short for "thành phố", the provinces and cities
    hit = lexicon().place_words.longest(toks, p.end + 1)
    return hit is not None and hit[1].level in ("province", "district", "commune", "village") \
        and not (p.end + 1 + hit[0] < n and toks.cap[p.end + 1 + hit[0]]) \
        and not _level_compound_body_at(toks, p.end + 1)  # not "huyện, xã Tân Phú"; "tỉnh, Tỉnh đoàn"


def _level_compound_body_at(toks: Tokens, k: int) -> bool:
    """A capitalised level word that starts a body of its own ("Tỉnh đoàn", "Tỉnh ủy", "Huyện hội"
    after "Ban Dân tộc tỉnh, "): the next body of a list of bodies, not a second level of the first
    (a listed level is written in lower case: "HĐND huyện, thị xã")."""
    if not toks.cap[k]:
        return False
    q = parse_org(toks, k, "top")
    return q is not None and q.start == k


def _committees_listed(toks: Tokens, p: OrgParse) -> bool:
    """A Party committee with no place, then "," or "và" and a committee of another kind with
    none ("Bí thư, Phó Bí thư Tỉnh ủy, Thành ủy", "thường trực Tỉnh uỷ, Thành uỷ"): committees of
    both kinds, not one committee."""
    n = len(toks.k)
    if p.end + 1 >= n or toks.k[p.end] not in (",", _AND) or toks.brk[p.end + 1]:
        return False  # (the word after the body first: most bodies the scan reads are followed by neither)
    top = p
    while top.parent is not None:
        top = top.parent
    if top.row.id not in _PARTY_COMMITTEES or not _placeless(p):
        return False
    q = parse_org(toks, p.end + 1, "top")
    return q is not None and q.row.id in _PARTY_COMMITTEES and q.row.id != top.row.id and _placeless(q)


def _bare_unit(p: OrgParse) -> bool:
    """A unit of another body ("Văn phòng", "Ban Thường vụ": ``sub``, not ``alone``) written with
    neither that body, a place, a name nor a term: no body the report names. A title may still
    hold it (the title reader looks for the body elsewhere in the run), but it is no
    organization of the report by itself."""
    return "sub" in p.row.flags and "alone" not in p.row.flags and p.parent is None and p.place is None \
        and not p.extra and not p.term


def _chain(p: OrgParse) -> list[OrgParse]:
    """``p`` and every body it is a unit of ("Ban Thường vụ Huyện ủy X", "Huyện ủy X")."""
    out = [p]
    while out[-1].parent is not None:
        out.append(out[-1].parent)  # type: ignore[arg-type]
    return out


def _placeless(p: OrgParse) -> bool:
    """Neither the body nor the body it belongs to names its place or its own name (one walk up the
    chain: asked about 120 times a report)."""
    q: OrgParse | None = p
    while q is not None:
        if q.place or q.extra:
            return False
        q = q.parent
    return True


_GOVERNMENT = "chinh_phu"
_OWNED_UNITS = frozenset({"ban_can_su", "dang_doan"})  # a ministry's Party group (see _one_owner_of_unit)
_AGENCY_UNITS = frozenset({"dang_uy", "ban_can_su", "dang_doan"})  # a Party unit inside an agency, firm
_TITLE_JOIN = frozenset(phrase_tokens("kiêm phó quyền"))  # "..., kiêm Giám đốc"; "..., Phó Giám đốc"


def _next_title_end(toks: Tokens, end: int, joins: frozenset[str] = frozenset({","})) -> int | None:
    """Where the role of a title written right after a comma at ``end`` ends (", nguyên Giám đốc"),
    else None; ``joins``: the marks that may part the two titles."""
    lex = lexicon()
    n = len(toks.k)
    k = end + 1
    if k >= n or toks.k[end] not in joins or toks.brk[k]:
        return None
    while k < n and (toks.k[k] in lex.prefix_firsts or toks.k[k] in _TITLE_JOIN):
        k += 1  # "nguyên", "kiêm", "Phó"
    hit = lex.roles.longest(toks, k) if k < n else None
    return None if hit is None else k + hit[0]


def _starts_name(name: str, words: str) -> bool:
    """``words`` are the first whole words of ``name`` (case and tone style aside)."""
    return (text_key(name) + " ").startswith(text_key(words) + " ")


_TITLE_MARKS = frozenset({",", "-", "–"})


@cache
def _party_groupless_units() -> frozenset[str]:
    """party_groupless_units.tsv: the rows of units with no Ban cán sự đảng or Đảng đoàn of their own (a
    Tổng cục, a Cục, a Sở: the group is their ministry's or their UBND's)."""
    return frozenset(cols[0] for cols in read_rows("party_groupless_units.tsv", 1))


def _next_title_body(toks: Tokens, end: int) -> OrgParse | None:
    """The body of the title written right after a comma at ``end`` (", nguyên Giám đốc Sở Xây dựng
    tỉnh X"), else None; past titles with no body of their own, parted by a comma or a dash, up to
    the third (", Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam", ", Phó Chủ tịch, Tổng
    thư ký Hội Luật gia Việt Nam": the body the run of titles ends with)."""
    k = _next_title_end(toks, end)
    for _ in range(3):
        if k is None:
            return None
        body = parse_org(toks, k, "post")
        if body is not None:
            return body
        k = _next_title_end(toks, k, _TITLE_MARKS)
    return None


def _run_names_body(toks: Tokens, end: int) -> bool:
    """A title written right after a comma at ``end`` names a body that may own a Party group: its own
    ("..., nguyên Chủ tịch UBND tỉnh X") or a ministry by its field ("..., Thứ trưởng Nội vụ"); not a bare
    title ("..., thứ trưởng,"), nor a unit with no group of its own ("..., Tổng cục trưởng Tổng cục X")."""
    if (body := _next_title_body(toks, end)) is not None:
        return body.row.id not in _party_groupless_units()
    k = _next_title_end(toks, end)
    return k is not None and k < len(toks.k) and _field_of_implied_ministry(toks, k, lexicon())


_AGENCY_ENDS = frozenset({",", ";", ".", ")", ":", "-", "–"}) | _CONNECT


def _bare_agency_at(toks: Tokens, j: int) -> bool:
    """Tokens j, j+1 are a lower-case "cơ quan" that ends the name: the end of the text or of its
    sentence, a mark or "và" after it ("Phó bí thư Đảng ủy cơ quan và ông X", "Bí thư Đảng ủy cơ
    quan, Chủ tịch Liên đoàn lao động tỉnh"). The Party chapter of the agency the person works in,
    which the text names so (the shared gold writes "Đảng ủy cơ quan"); with a body after it
    ("Đảng ủy cơ quan Bộ Ngoại giao") the agency is that body's, read by the ``agency`` flag."""
    n = len(toks.k)
    if j + 2 > n or tuple(toks.k[j : j + 2]) != _AGENCY or toks.cap[j] or toks.brk[j] or toks.brk[j + 1]:
        return False
    return j + 2 == n or toks.brk[j + 2] or toks.k[j + 2] in _AGENCY_ENDS


def _agency_owned(toks: Tokens, p: OrgParse) -> OrgParse:
    """A Party unit written bare in a run of titles belongs to the body of the title after it: "Bí
    thư Đảng ủy, Giám đốc Sở Xây dựng tỉnh X" is the secretary of that Sở's Đảng ủy, "Bí thư Ban cán
    sự đảng, Chủ tịch UBND tỉnh" of the UBND's Ban cán sự, "Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung
    ương MTTQ Việt Nam" of the Front's Đảng đoàn (corpus: 188 such units in 85 readable reports).
    Before a commune's or district's own government ("Bí thư Đảng ủy, Chủ tịch UBND phường Y", flag
    ``territory``) the Đảng ủy is that place's; a second unit written bare between them is of that body
    too. ``p`` itself when it is no such unit; a unit inside
    a written unit ("Ban Thường vụ Đảng ủy, Phó Giám đốc Công an tỉnh") gets the owner inside."""
    if p.parent is not None:
        if p.parent.end != p.end or p.place is not None or p.extra or p.term:
            return p
        inner = _agency_owned(toks, p.parent)
        return p if inner is p.parent else replace(p, parent=inner)
    if p.row.id not in _AGENCY_UNITS or p.place is not None or p.term \
            or (p.extra and tuple(toks.k[p.end - 2 : p.end]) != _AGENCY):
        return p  # (but "Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn lao động tỉnh": that body's agency)
    owner = _next_title_body(toks, p.end)
    if owner is not None and owner.row.id in _AGENCY_UNITS and owner.parent is None and owner.place is None:
        owner = _agency_owned(toks, owner).parent  # "Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Chủ tịch
        # Liên đoàn Lao động tỉnh X": two units of the body the run of titles ends with
    if owner is None or owner.row.category == "party" or owner.foreign:
        return p
    if p.row.id in _OWNED_UNITS and owner.row.id in _party_groupless_units():
        return p  # "nguyên Ủy viên BCSĐ, nguyên Thứ trưởng, nguyên Tổng cục trưởng Tổng cục X": the ministry's
    if "sub" in owner.row.flags and "alone" not in owner.row.flags and not (owner.row.id == "cuc" and owner.extra):
        owner = owner.parent  # "Chủ tịch HĐQT Tập đoàn X": the Party committee is the Tập đoàn's (but
        # "Bí thư Đảng ủy, Cục trưởng Cục Chính trị - Hậu cần": a department has its own)
        if owner is None:
            return p  # (not of a bare "HĐQT")
    if _placeless(owner) and not (owner.row.level == "central" or owner.extra or "alone" in owner.row.flags):
        return p  # a body named neither by its place, its own name nor its row ("Phó Giám đốc Công an")
    if "territory" in owner.row.flags and p.row.id == "dang_uy":
        if owner.place is None or owner.place.level not in ("commune", "district"):
            return p
        return replace(p, place=owner.place)  # its place is written further on, as a title's is
    return replace(p, parent=owner)


class _BodyMemo:
    """Whether a body's name starts at token k ("top" context), computed once per token of a text.

    Reading a name tail asks whether a body starts at each following capital, and reading that
    body reads its own tail: on a run of body-like words ("Ủy ban Công ty Ủy ban ...") the plain
    recursion is exponential, and a deep one overflows the stack. The answer depends only on the
    tokens, so it is remembered; and it is filled from the end of the line backwards, so a parse
    finds every later answer ready and the recursion is never more than one body deep. Same
    answers as the plain recursion, in time linear in the line's length.

    It is kept on the tokens, so it does not keep them in turn (they are passed to :meth:`at`): a
    reference back would make a cycle, and the tokens of every such text (a third of the corpus)
    would then be freed by the cyclic collector, not as soon as the text is read.
    """

    def __init__(self, toks: Tokens) -> None:
        self.known: dict[int, bool] = {}
        # the tokens a line break comes before (tens a text, listed at C speed), then the text's end:
        # the first of them after token k is the first token of k's next line (or n)
        self.line_starts: list[int] = [*compress(range(len(toks.k)), toks.brk), len(toks.k)]
        self.filled_from: dict[int, int] = {}  # line end -> lowest token whose answer is known
        self.starts, self.start_set = _body_starts(toks)

    def at(self, toks: Tokens, k: int) -> bool:
        if k not in self.start_set:
            return False  # no body's name starts with this word, written so
        known = self.known.get(k)
        if known is not None:
            return known
        end = self.line_starts[bisect_right(self.line_starts, k)]
        low = self.filled_from.get(end, end)
        starts = self.starts
        for x in reversed(starts[bisect_left(starts, k) : bisect_left(starts, low)]):  # backwards: every
            if x not in self.known:  # later answer is ready when needed
                p = parse_org(toks, x, "top")
                # a body that is one only in running text ("Đảng") does not end a name ("Tiểu ban
                # Điều lệ Đảng")
                self.known[x] = p is not None and "toponly" not in p.row.flags
        self.filled_from[end] = min(low, k)
        return self.known[k]


def _body_starts(toks: Tokens) -> tuple[list[int], frozenset[int]]:
    """The tokens where a body's name may start in running text (:class:`_BodyMemo`), in order and
    as a set: a first word of organizations.tsv, capitalised or a head read in lower case
    (``lower_heads``). A tenth of the tokens of a line: the memo is filled at these only, where
    it walked every token of the line (137,000 steps on the corpus for 12,500 such tokens), each
    other token's answer being no body."""
    lex = lexicon()
    starts = [x for x in first_word_tokens(toks) if toks.cap[x] or toks.k[x] in lex.lower_heads]
    return starts, frozenset(starts)


def first_word_tokens(toks: Tokens) -> list[int]:
    """The tokens holding a first word of organizations.tsv, in order: where a body's name may
    start. Found once a report (the scan and :func:`_body_starts` both start from them; a rule
    that walks the bodies' heads may too), not to be changed by the caller."""
    return toks.remember("organizations.first_words", lambda: toks.where(lexicon().org_index.firsts))


def _body_at(toks: Tokens, k: int) -> bool:
    """A body's name starts at token k of ``toks`` (see :class:`_BodyMemo`, kept on the tokens)."""
    return toks.remember("organizations.bodies", lambda: _BodyMemo(toks)).at(toks, k)


_NAME_END = frozenset({",", ";", ")", "(", ":", "-", "–"})
_VOWELS = frozenset("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


@cache
def _name_stops() -> PhraseIndex:
    return phrase_table("name_stops.tsv")


@cache
def _name_words() -> PhraseIndex:
    return phrase_table("name_words.tsv")


def _verb_stop(toks: Tokens, k: int) -> bool:
    """A phrase of ``name_stops.tsv`` starts at token k, wherever it stands (the subject after "về"
    is a field, not a project: "Ủy ban X về dự án Luật ..." names the bill it discusses)."""
    stops = _name_stops()
    return toks.k[k] in stops.firsts and stops.longest(toks, k) is not None


def _name_stop(toks: Tokens, k: int) -> bool:
    """A verb that ends an organization's name starts at token k (``name_stops.tsv``); not "tổ
    chức" as a noun after a plural word ("Vụ Các tổ chức quốc tế"), nor a verb inside a noun of
    ``name_words.tsv`` ("dự án", "đăng ký")."""
    if not _verb_stop(toks, k):
        return False
    if tuple(toks.k[k : k + 2]) == _ORGANISE and k > 0 and toks.k[k - 1] in _PLURAL:
        return False
    return not _inside_phrase(_name_words(), toks, k)


def _inside_phrase(idx: PhraseIndex, toks: Tokens, k: int) -> bool:
    """Token k is inside a phrase of ``idx`` begun at most two tokens before it."""
    for s in range(max(0, k - 2), k + 1):
        if toks.k[s] in idx.firsts:
            hit = idx.longest(toks, s)
            if hit and s + hit[0] > k:
                return True
    return False


@cache
def _place_lookalikes() -> PhraseIndex:
    return phrase_table("place_lookalikes.tsv")


def _lookalike_word(toks: Tokens, j: int) -> bool:
    """Tokens j and j + 1 are one word of ``place_lookalikes.tsv`` ("xã hội", "hợp tác xã")."""
    hit = _place_lookalikes().longest(toks, j) if toks.k[j] in _place_lookalikes().firsts else None
    return hit is not None and hit[0] == 2


def _place_lookalike(toks: Tokens, k: int) -> bool:
    """Token k is inside a common phrase that holds a place word but names no place ("xã hội",
    "hợp tác xã": ``place_lookalikes.tsv``), so it does not end a name the way "xã Tân Phú" does."""
    return _inside_phrase(_place_lookalikes(), toks, k)


@cache
def _head_compounds() -> PhraseIndex:
    return phrase_table("head_compounds.tsv")


def _head_compound(toks: Tokens, i: int) -> bool:
    """Token i ends a word of ``head_compounds.tsv`` begun before it ("cơ sở", "nhà báo"): a head
    word written in lower case there starts no body."""
    idx = _head_compounds()
    for s in range(max(0, i - 2), i):
        if toks.k[s] in idx.firsts and not toks.brk[s + 1]:
            hit = idx.longest(toks, s)
            if hit and s + hit[0] == i + 1:
                return True
    return False


def _lower_head_ok(toks: Tokens, i: int, m: int, row: OrgRow) -> bool:
    """A head written in lower case ("sở Y tế", "trường đại học Kinh tế Quốc dân", "báo Tuổi Trẻ")
    starts a body only for rows flagged ``lowerhead``, outside a compound word ("cơ sở"), when a
    capital follows the head's first word: inside the head ("uỷ ban Kiểm tra") or right after it."""
    n = len(toks.k)
    if "lowerhead" not in row.flags or _head_compound(toks, i):
        return False
    if row.id in _TRADE_HEADS and row.id not in _COMPANY_HEADS and i + m < n and toks.upper[i + m] \
            and toks.t[i + m].isalpha():
        return False  # "nhà máy MDF tại ...": a factory's product in capitals, no name (but "nhà máy Z179")
    return any(toks.cap[x] for x in range(i + 1, i + m)) or any(
        j < n and toks.word[j] and (toks.cap[j] or toks.upper[j]) and not toks.brk[j] and toks.gap[j] == " "
        for j in {i + m, _company_trade_end(toks, i + m, row)})


@cache
def _company_trades() -> PhraseIndex:
    return phrase_table("company_trades.tsv")


def _company_trade_end(toks: Tokens, j: int, row: OrgRow) -> int:
    """End of a company's legal forms and trade written in lower case after its head, also lower
    case ("công ty nhựa An Phát", "công ty cổ phần Dana Ý"; ``company_forms.tsv``,
    ``company_trades.tsv``), j when there are none or the head is no company's: what follows them
    is the company's own name, so a capital there makes the lower-case head a body's as a capital
    right after it does ("công ty Hateco")."""
    if row.id not in _TRADE_HEADS:
        return j
    k = _legal_forms_end(toks, j) if row.id in _COMPANY_HEADS else j
    if k < len(toks.k) and not toks.brk[k] and not toks.cap[k] and toks.k[k] in _company_trades().firsts:
        hit = _company_trades().longest(toks, k)
        if hit:
            k += hit[0]  # "công ty điện ..." but not "công ty Điện lực ...", the name itself
            if row.id not in _COMPANY_HEADS and k < len(toks.k) and toks.upper[k] and toks.e[k] - toks.s[k] > 1:
                return j  # "nhà máy điện NLMT": a factory's kind and an abbreviation of its trade, no name
    return k


@cache
def _name_joins() -> PhraseIndex:
    return phrase_table("name_joins.tsv")


def joining_comma(toks: Tokens, k: int) -> bool:
    """Token k is a comma inside a phrase of ``name_joins.tsv`` ("phòng, chống")."""
    if toks.k[k] != "," or k == 0:
        return False
    idx = _name_joins()
    for s in range(max(0, k - 5), k):
        if toks.k[s] in idx.firsts:
            hit = idx.longest(toks, s)
            if hit and s + hit[0] > k + 1:
                return True
    return False


def _foreign_word(word: str) -> bool:
    """A word of more than one syllable ("Formosa", "Hateco"): a Vietnamese syllable has one run
    of vowels, so a lower-case word after it cannot be the second half of its word."""
    runs, prev = 0, False
    for ch in text_key(word):
        vowel = ch in _VOWELS
        runs += vowel and not prev
        prev = vowel
    return runs > 1


def _short_name_word(toks: Tokens, j: int) -> bool:
    """Token j may be a body's short name given in brackets after its full name: an acronym in
    capitals ("(PVN)", "(EVN)") or a brand word of more than one syllable, no Vietnamese word nor
    place ("(Sabeco)", "(Vinalines)", "(Vietcombank)"; not "(Huế)")."""
    if not toks.word[j] or (toks.e[j] - toks.s[j]) < 2:
        return False
    return toks.upper[j] or (toks.cap[j] and _foreign_word(toks.t[j]) and toks.t[j][1:].islower()) \
        or _camel_case_brand(toks.t[j])


def _camel_case_brand(word: str) -> bool:
    """A bank's or a company's brand of two words run together, each begun with a capital, in ASCII
    ("VietinBank", "HDBank", "LienVietPostBank"): no Vietnamese word has a second capital. It takes every
    short name :func:`_mixed_case_brand` takes ("VNSteel") and longer ones."""
    return 4 <= len(word) <= 20 and word.isascii() and word.isalpha() and word[0].isupper() \
        and any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word)


def _mixed_case_brand(word: str) -> bool:
    """A company's short name of initials then a word, in ASCII ("VNSteel", "VNPost", "PVcomBank"):
    two capitals first and a lower-case letter after them. It may hold one run of vowels ("Steel"),
    so it is no foreign word by :func:`_foreign_word`, and it is not in capitals, so no acronym; a
    Vietnamese word has no second capital."""
    return 4 <= len(word) <= 12 and word.isascii() and word.isalpha() and word[:2].isupper() \
        and any(ch.islower() for ch in word)


def _glued_join(toks: Tokens, j: int) -> bool:
    """Token j is a "-" or "&" glued to a capitalised word on at least one side ("PT-TH", "KHXH&NV",
    "Á -Âu"): it joins two parts of one name, where a dash between spaces may end the name."""
    n = len(toks.k)
    return 0 < j and j + 1 < n and toks.k[j] in ("-", "–", "&") and toks.word[j + 1] and toks.cap[j + 1] \
        and toks.word[j - 1] and toks.cap[j - 1] and not toks.brk[j] and not toks.brk[j + 1] \
        and (toks.gap[j] == "" or toks.gap[j + 1] == "")


def _and_acronym(toks: Tokens, j: int) -> bool:
    """Token j is "và" before an acronym ("Liên minh Kinh tế Á -Âu và EU"): another body follows,
    the name does not go on through "và" as it does in "Bộ Văn hóa, Thể thao và Du lịch"."""
    return toks.k[j] == _AND and j + 1 < len(toks.k) and toks.upper[j + 1] and (toks.e[j + 1] - toks.s[j + 1]) > 1 \
        and toks.word[j + 1]


def _two_countries(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """Token j is "và" between two countries' names ("Đảng Cộng sản Trung Quốc và Việt Nam"): the
    name ended with the first country; the second names another country's body or the country."""
    if toks.k[j] != _AND or j == 0 or j + 1 >= len(toks.k) or not toks.cap[j + 1]:
        return False
    if not lex.other_places.longest(toks, j + 1):
        return False
    return any(lex.other_places.longest(toks, x) and x + lex.other_places.longest(toks, x)[0] == j  # type: ignore[index]
               for x in range(max(0, j - 4), j) if toks.cap[x])


def _country_after_dash(toks: Tokens, i: int, j: int, lex: Lexicon) -> bool:
    """Token j is a dash spaced off before a state's full name (``country_forms.tsv``: "Cộng hòa",
    "Vương quốc" ...), and the name before it holds no country ("Trường Đại học Kỹ thuật Magdeburg
    – Cộng hòa Liên bang Đức"): the state says where the body is, an apposition, not a word of its
    name. A dash between two countries or places ("Hội Hữu nghị Việt Nam - Cộng hòa Séc", "Hội Hữu
    nghị Việt - Lào", "Trường Hữu nghị TPHCM - Viên Chăn") or glued ("Á-Âu") joins them in one name."""
    if toks.k[j] not in _DASHES or toks.gap[j] != " " or j + 1 >= len(toks.k) or not toks.cap[j + 1] \
            or not _country_forms().longest(toks, j + 1):
        return False
    return not any(lex.other_places.longest(toks, x) for x in range(i, j) if toks.cap[x])


@cache
def _country_forms() -> PhraseIndex:
    return phrase_table("country_forms.tsv")


@cache
def _country_abbreviations() -> dict[str, str]:
    """Abbreviations of abbreviations.tsv that stand for a country's name ("VN": "Việt Nam"), as written."""
    lex = lexicon()
    return {abbr: expansion for abbr, expansion in read_rows("abbreviations.tsv", 2)
            if lex.other_places.exactly(phrase_tokens(expansion))}


def _paired_country_end(toks: Tokens, e: int, lex: Lexicon) -> int:
    """End of a second country after a country's name ending at token e and a spaced dash ("Lào - Việt
    Nam", "Lào - VN"): a body of the two countries' cooperation is named by the pair ("Phân ban hợp tác
    Lào - Việt Nam", a sub-commission of an intergovernmental committee); e where none follows."""
    if e + 1 >= len(toks.k) or toks.k[e] not in _DASHES or toks.gap[e] != " " or toks.brk[e + 1] \
            or not toks.cap[e + 1]:
        return e
    second = _country_at(toks, e + 1, lex)
    return e + 1 + second[0] if second else e


def _country_at(toks: Tokens, k: int, lex: Lexicon) -> tuple[int, object] | None:
    """A country's name at token k, also in its state's full form: a word of country_forms.tsv
    ("Vương quốc", "Cộng hòa") before a country's name ("Quốc hội Vương quốc Campuchia" is
    Campuchia's, as "Quốc hội Campuchia"). Returns (tokens taken, the country's name)."""
    country = lex.other_places.longest(toks, k)
    if country:
        return country
    if toks.upper[k] and (name := _country_abbreviations().get(toks.t[k])) is not None:
        return 1, name  # "Chính phủ VN": the country written by its abbreviation (abbreviations.tsv)
    form = _country_forms().longest(toks, k)
    if not form or k + form[0] >= len(toks.k) or toks.brk[k + form[0]] or not toks.cap[k + form[0]]:
        return None
    country = lex.other_places.longest(toks, k + form[0])
    return (form[0] + country[0], country[1]) if country else None


_NAME_GOES_ON = frozenset(phrase_tokens("Đảng Đoàn Hội Mặt"))  # "Trung ương Đảng", "Trung ương Đoàn"


def _central_then_name(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """A name ends with "Trung ương" and a person's name follows ("Ban Tuyên giáo Trung ương Lê
    Văn A"): two or three capitalised words that are not "Đảng", "Đoàn", a country or an acronym,
    followed by a lower-case word or punctuation."""
    n = len(toks.k)
    if j < 2 or tuple(toks.k[j - 2 : j]) != _TRUNG_UONG or toks.k[j] in _NAME_GOES_ON or toks.upper[j] \
            or lex.other_places.longest(toks, j):
        return False
    k = j
    while k < n and k - j < 4 and toks.word[k] and toks.cap[k] and not toks.upper[k] and toks.gap[k] == " " \
            and not toks.brk[k]:
        k += 1
    return 2 <= k - j <= 3 and (k >= n or not toks.word[k] or not toks.cap[k] or toks.brk[k])


_OPENERS = frozenset(phrase_tokens("trong theo tại với sau trước khi ngoài để từ về cùng qua nhưng nếu"))
_PLURAL_NEXT = frozenset(phrase_tokens("các những mọi đó này"))


_COUNT_OPENERS = frozenset(phrase_tokens("nhiều mọi"))  # not "các", "những": "Vụ Các tổ chức quốc tế"


def _party_units_written_common(toks: Tokens, i: int, j: int) -> bool:
    """The party's name (tokens i..j, "Đảng") stands after a lower-case noun and before "Trung ương"
    that ends the capitalised run ("các ban Đảng Trung ương", "cơ quan Đảng Trung ương"): the
    Party's central units named by a common noun, not a party called "Đảng Trung ương"."""
    n = len(toks.k)
    return i > 0 and toks.word[i - 1] and not toks.cap[i - 1] and not toks.brk[i] \
        and tuple(toks.k[j : j + 2]) == _TRUNG_UONG and not toks.brk[j] \
        and (j + 2 >= n or toks.brk[j + 2] or not (toks.word[j + 2] and toks.cap[j + 2]))


def _glued_opener(toks: Tokens, j: int) -> bool:
    """Token j, capitalised, is a preposition or conjunction that opens a sentence, and a plural or
    a demonstrative follows it ("Trong các HTX kiểu mới, ...", "Theo đó, ..."), or a word of count
    with a lower-case noun after it ("Nhiều sinh viên ..."): a new sentence whose full stop was lost
    (a heading's line joined to the next), not a word of the name before it."""
    if j + 1 >= len(toks.k) or toks.cap[j + 1]:
        return False
    if toks.k[j] in _COUNT_OPENERS:
        return toks.cap[j] and not toks.upper[j] and toks.word[j + 1] and not toks.brk[j + 1]
    return toks.k[j] in _OPENERS and toks.k[j + 1] in _PLURAL_NEXT


def _word_started(toks: Tokens, j: int) -> bool:
    """Token j, in lower case, ends a word whose first syllable (j - 1) begins a capitalised part
    of a name after a lower-case one ("Báo Đại biểu Nhân dân", "Vụ Tổ chức Cán bộ"): the second
    syllable of that word, not a word of the sentence after a name written all in capitals ("Báo
    Người Lao Động chiều nay")."""
    return j >= 2 and toks.cap[j - 1] and not toks.upper[j - 1] and toks.word[j - 2] and not toks.cap[j - 2]


def _one_capital_then_word(toks: Tokens, i: int, j: int) -> bool:
    """The name read so far is one capitalised syllable and one lower-case syllable (tokens i, i + 1),
    and token j right after them is in lower case too: the name's field is a one-syllable word and a
    two-syllable one ("Chống" + "tham nhũng", "Chống" + "buôn lậu"), whose second syllable is token
    j; a verb of name_stops.tsv after it ends the name there ("Cục Chống tham nhũng khẳng định ...")."""
    return j == i + 2 and toks.cap[i] and not toks.upper[i] and toks.word[i + 1] and not toks.cap[i + 1] \
        and toks.word[j] and not toks.cap[j]


def _proper_name_before(toks: Tokens, i: int, j: int) -> bool:
    """The name words i..j are a proper name capitalised syllable by syllable ("Cường Hưng",
    "Hoàng Anh Gia Lai"), not words of a field in title case ("Khảo sát", "Dân tộc"): lower-case
    words after such a name are the sentence's ("Công ty Cường Hưng kinh doanh bến thủy, ..."),
    not a descriptive end of the name."""
    return j - i >= 2 and all(toks.word[x] and toks.cap[x] and not toks.upper[x] for x in range(i, j))


def _after_dash_word(toks: Tokens, j: int, k: int) -> bool:
    """Tokens j..k, in lower case, follow a title-case word written after a dash ("Quản lý đầu tư -
    Kinh" + "doanh vốn"), two lower-case syllables at most after that capital: the second field of
    a name, which runs to the function word that ends it (not "Á - Âu giúp tăng cường": a verb)."""
    c = j - 1 if j >= 1 and toks.cap[j - 1] else j - 2  # the capital, or one lower-case syllable after it
    return c >= 1 and toks.cap[c] and not toks.upper[c] and toks.k[c - 1] in ("-", "–") \
        and toks.gap[c] == " " and all(toks.word[x] and not toks.cap[x] for x in range(c + 1, j)) \
        and k - c - 1 <= 2


def _one_syllable_pair(toks: Tokens, i: int, d: int) -> bool:
    """The dash at ``d`` follows a capitalised word of one syllable, a lower-case syllable or the
    name's start before it ("Kinh tế Á - Âu", "Hữu nghị Việt - Đức"): a pair of places or peoples,
    each one syllable, so the capital after the dash is one syllable too and a lower-case word after
    it is the sentence's ("Liên minh Kinh tế Á - Âu giúp tăng cường ..."); a field's word of two
    syllables before the dash ("Kế hoạch - Đầu tư") has its like after it."""
    c = d - 1
    return c >= i and toks.k[d] == "-" and toks.word[c] and toks.cap[c] \
        and (c == i or not toks.word[c - 1] or not toks.cap[c - 1])


_TITLE_PREFIXES = frozenset(phrase_tokens("Phó Quyền Nguyên"))  # "... - Phó Trưởng ban": a title follows


def _second_field_after_dash(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """Token j is a dash spaced off before a capitalised word that opens a second field of the same
    name ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "Ban Văn hóa - Xã hội HĐND"): not a title, a photo
    credit, a reporter's note, a state's full name, a person or another body after the dash. A body
    of fixed name (organizations.tsv) whose form ends right before it is only the first field of a
    longer name, which its head word reads whole."""
    n = len(toks.k)
    if j + 1 >= n or toks.k[j] not in ("-", "–") or toks.gap[j] != " " or toks.brk[j + 1] \
            or not toks.word[j + 1] or not toks.cap[j + 1] or toks.upper[j + 1]:
        return False
    return not (_title_after_dash(toks, j + 1, lex) or _credit_at(toks, j + 1) or _reporter_note(toks, j + 1)
                or toks.k[j + 1] in lex.org_index.firsts  # "Học viện X - Đoàn đại biểu ...": another body's head
                or _country_forms().longest(toks, j + 1) or _body_at(toks, j + 1)
                or lex.other_places.longest(toks, j + 1) or lex.places.longest(toks, j + 1))


def _title_after_dash(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A title starts at token k, after a dash ("Ngân hàng Nhà nước Việt Nam - Bí thư Ban cán sự
    Đảng"): the dash ends the body's name and begins the person's next title."""
    return toks.k[k] in _TITLE_PREFIXES or (toks.k[k] in lex.roles.firsts and lex.roles.longest(toks, k) is not None)


# After "và", words that begin another noun phrase, not the second part of a name.
_OTHER_AFTER_AND = frozenset(phrase_tokens("nhiều các những mọi một"))  # "... và một số cá nhân": a count
_OTHER_PHRASES_AFTER_AND = frozenset(tuple(phrase_tokens(p)) for p in ("lãnh đạo", "nhân dân"))


def _title_or_act_at(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A title ("và Chủ tịch", "và Trưởng ban"), a verb or a document ("và Quyết định số 936") or
    the Party ("Đảng Cộng sản và Đảng ...") starts at token k: after "và", another thing than the
    name's second part."""
    return bool(lex.roles.longest(toks, k)) or _name_stop(toks, k) or toks.k[k] == _PARTY \
        or _numbered_document_at(toks, k) or _document_of_at(toks, k)


@cache
def _document_type_names() -> PhraseIndex:
    return phrase_index(w for t in document_types() for w in (t.vi, *t.words))


def _document_of_at(toks: Tokens, k: int) -> bool:
    """A document type's name, capitalised, then "của" starts at token k ("Công điện của Chủ tịch
    UBND", "Kế hoạch của Tỉnh ủy"): the document of a body, not the second part of a name before
    "và" ("Công điện của Tổng cục X và Công điện của ...")."""
    if not toks.cap[k]:
        return False
    hit = _document_type_names().longest(toks, k)
    return hit is not None and k + hit[0] < len(toks.k) and toks.k[k + hit[0]] == _OF


def _numbered_document_at(toks: Tokens, k: int) -> bool:
    """A document with its number starts at token k ("Văn bản số 6327", "Công văn số 12"): a
    capitalised word, at most two more words, then "số" and a number."""
    n = len(toks.k)
    if not (toks.cap[k] and toks.word[k]):
        return False
    for x in range(k + 1, min(n - 1, k + 4)):
        if toks.brk[x] or not toks.word[x]:
            return False
        if toks.k[x] == _NUMBER and toks.k[x + 1].isdigit():
            return True
    return False


# Words whose first syllable is one capital letter ("Trung tâm Y tế dự phòng"): that letter is a
# syllable in title case, not an acronym ("Bệnh viện E tiếp nhận": "E" ends the name).
_LETTER_WORDS = frozenset(tuple(phrase_tokens(w)) for w in ("Y tế", "Y học", "Y dược", "Y khoa"))


@cache
def _credit_labels() -> PhraseIndex:
    return phrase_table("credit_labels.tsv")


def _credit_at(toks: Tokens, k: int) -> bool:
    """A credit label and its colon start at token k ("Ảnh:", "Video:", ``credit_labels.tsv``): the
    photo credit a report glues after a caption ("... Bệnh viện Ung bướu - Ảnh: N.D"), no part of a
    name before it ("Ban Ảnh, Báo QĐND" has no colon)."""
    idx = _credit_labels()
    if toks.k[k] not in idx.firsts:
        return False
    hit = idx.longest(toks, k)
    return hit is not None and k + hit[0] < len(toks.k) and toks.k[k + hit[0]] == ":"


_REPORTER_NOTES = frozenset(phrase_tokens("PV NV"))  # phóng viên, nhà văn: "(Tổng công ty X - PV)"


def _reporter_note(toks: Tokens, k: int) -> bool:
    """Token k signs a note the reporter adds at a parenthesis's end ("(... Tổng công ty Xây dựng
    công trình giao thông - PV)"): no second part of a name before it."""
    return toks.k[k] in _REPORTER_NOTES and toks.upper[k] and k + 1 < len(toks.k) and toks.k[k + 1] == ")"


def _honorific_person(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Token k is a capitalised honorific ("Ông", "Bà", ``honorifics.txt``) before a family name and
    another capitalised word: a person, where a sentence begins without its full stop ("... Hội Bà
    Phan Thị A, Phó Bí thư"); not "Hai Bà Trưng", "Bà Rịa", "Cầu Ông Lãnh" (no family name after)."""
    n = len(toks.k)
    if not toks.cap[k] or toks.k[k] not in lex.honorifics.firsts:
        return False
    hit = lex.honorifics.longest(toks, k)
    j = k + hit[0] if hit else k
    return hit is not None and j + 1 < n and toks.k[j] in lex.surnames and toks.cap[j] and toks.cap[j + 1] \
        and toks.gap[j] == " " and toks.gap[j + 1] == " " and not toks.brk[j] and not toks.brk[j + 1] \
        and not lex.places.longest(toks, j)


def _descriptive_run(toks: Tokens, j: int, k: int) -> bool:
    """Tokens j..k are the lower-case end of a descriptive name ("Ủy ban Văn hoá" + "giáo dục thanh
    thiếu niên"): after a lower-case word that is no verb's first syllable ("Đại học Huế đề" + "nghị"),
    and holding no word that begins a predicate ("Viện Địa chất thuộc ...")."""
    return not toks.cap[j - 1] and not _name_stop(toks, j - 1) \
        and not any(toks.k[x] in _PREDICATE_START for x in range(j, k))


def _and_inside(toks: Tokens, j: int, k_max: int) -> bool:
    """A "và" among the lower-case words from token j (before k_max, on the same line): a
    descriptive name's two lower-case parts ("Cục Quản lý nhà và thị trường bất động sản", "Học
    viện Cán bộ quản lý xây dựng và đô thị") may run longer than one part alone."""
    for k in range(j + 1, min(len(toks.k), k_max)):
        if toks.brk[k] or not toks.word[k] or toks.cap[k]:
            return False
        if toks.k[k] == _AND:
            return True
    return False


def _head_or_role_at(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A body's head word ("Tập đoàn", "Học viện") or a role ("Trưởng ty") starts at token k: a
    word that refers to a body or a person ("... hỗ trợ Tập đoàn trong ..."), not the last word of
    a name before it."""
    return bool((toks.k[k] in lex.org_index.firsts and lex.org_index.longest(toks, k))
                or (toks.k[k] in lex.roles.firsts and lex.roles.longest(toks, k)))


def _one_word_place(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Token k is a place's whole name of one syllable ("Huế", "Vinh"): a name after a head that
    ends there ("Đại học Huế thành Đại học Quốc gia", "Đại học Vinh giai đoạn ..."), where a name's
    first syllable ("Cộng" of "Tạp chí Cộng sản") takes the lower-case syllable after it."""
    hit = lex.places.longest(toks, k)
    return (hit is not None and hit[0] == 1) or toks.k[k] in lex.districts


def _district_at(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A district's name of two or three capitalised words starts at token k and ends the run of
    capitals ("Lý Sơn - Sa Huỳnh", "Sơn Trà,"): a place, though its first word is a family name."""
    n = len(toks.k)
    for length in (3, 2):
        e = k + length
        if e <= n and all(toks.cap[x] and toks.word[x] for x in range(k, e)) \
                and all(toks.gap[x] == " " and not toks.brk[x] for x in range(k + 1, e)) \
                and " ".join(toks.k[k:e]) in lex.districts \
                and (e >= n or toks.brk[e] or not (toks.word[e] and toks.cap[e])):
            return True
    return False


def _country_not_province(toks: Tokens, k: int, lex: Lexicon) -> tuple[int, object] | None:
    """The country named at token k ("Lào", "Cộng hòa Pháp"), None where a longer province's name
    begins with it ("Lào Cai": "nhà máy Apatít Lào Cai" is in Vietnam, the name goes on), or where
    it is the first syllable of a common word (place_lookalikes.tsv: "Pháp luật" of "Báo Đời sống
    và Pháp luật")."""
    country = lex.other_places.longest(toks, k)
    if country is None or (country[0] == 1 and _lookalike_word(toks, k)):
        return None
    province = lex.places.longest(toks, k)
    return None if province is not None and province[0] > country[0] else country


_DOTTED_CENTRAL = phrase_tokens("T.Ư")
_NOT_NAME_ENDS = frozenset(phrase_tokens("khác này đó đây trên nêu"))  # "các chương trình khác": others


def _dotted_central(toks: Tokens, c: int) -> bool:
    """Tokens c.. are "T.Ư", the central level abbreviated with a dot ("Ban Chỉ đạo phòng chống lụt
    bão T.Ư"), written glued as one word."""
    return tuple(toks.k[c : c + 3]) == _DOTTED_CENTRAL and toks.gap[c + 1] == "" and toks.gap[c + 2] == "" \
        and toks.upper[c + 2]


def _middle_of_name(toks: Tokens, j: int, m: int, lex: Lexicon) -> bool:
    """The one-syllable country at ``j`` ("Đức", "Anh", "Mỹ") is the middle of a person's name that
    a body is named after: a family name right before it and one capitalised syllable right after it,
    the name then ending ("Đại học Tôn Đức Thắng", "Bảo tàng Lê Đức Thọ"), not a body of that country
    ("Đại sứ quán Đức", "Viện Goethe Đức tại Hà Nội")."""
    k = j + m
    return m == 1 and j > 0 and toks.k[j - 1] in lex.surnames and toks.cap[j - 1] and k < len(toks.k) \
        and toks.cap[k] and toks.word[k] and toks.gap[k] == " " and not toks.brk[k] \
        and not (toks.upper[k] and toks.e[k] - toks.s[k] > 1) \
        and (k + 1 >= len(toks.k) or not toks.cap[k + 1] or toks.brk[k + 1] or not toks.word[k + 1])


def _country_name_word(toks: Tokens, j: int, m: int, lex: Lexicon) -> bool:
    """The one-syllable country at ``j`` ("Đức", "Anh", "Mỹ", "Thái") is the first syllable of a
    two-syllable name that a body is named by ("Công ty TNHH Đức Phát", "Tổng công ty Thái Sơn", "Công
    ty Cổ phần Du lịch Bắc Mỹ An"), as persons' names are made: the syllable is a middle or given name
    of some official too (name_syllables.tsv), one capitalised Vietnamese syllable follows it that is no
    province, country or body, and the name ends there. A body of the country keeps it: "Đại sứ quán
    Đức tại Hà Nội" (a lower-case word after it), "Tập đoàn Nga Gazprom" (a foreign word), "Đại sứ quán
    Mỹ Ted Osius" (a name of two words)."""
    k, n = j + 1, len(toks.k)
    if m != 1 or k >= n or toks.k[j] not in name_syllables():
        return False
    if not (toks.word[k] and toks.cap[k] and toks.gap[k] == " " and not toks.brk[k]) or toks.upper[k] \
            or not vietnamese_syllable(toks.t[k]):
        return False
    if k + 1 < n and toks.word[k + 1] and toks.cap[k + 1] and toks.gap[k + 1] == " " and not toks.brk[k + 1]:
        return False  # a longer run of capitals: a person's name, a place, another body
    return not (lex.places.longest(toks, k) or lex.other_places.longest(toks, k) or _body_at(toks, k))


def _field_tail(toks: Tokens, j: int, e: int, lex: Lexicon) -> int | None:
    """End of a field of domains.tsv written in lower case from token j, inside the lower-case run
    j..e that follows a unit name's capitalised word: a ministry's department names its task in
    sentence case, then the field it is done in ("Vụ Chính sách thuế", "Cục Tin học và Thống kê
    tài chính", "Ủy ban Hỗn hợp thương mại"), so the name goes on to the field's end even where a
    function word or a verb, not punctuation, follows it. None when no field starts at j."""
    if j >= e or toks.cap[j]:
        return None
    hit = _one_field_at(toks, j, lex, lower=True)
    return hit[0] if hit is not None and hit[0] <= e else None


def _closing_brand(toks: Tokens, j: int) -> bool:
    """A family name and one more capitalised syllable at token j close the run ("Công ty TNHH Thiết
    bị Khoa học Hoàng Long, ..."): a brand that looks like a name, not a holder written after a long
    name, whose full name has three syllables most often ("Học viện ... Hồ Chí Minh Lê Văn A")."""
    n = len(toks.k)
    if j + 1 >= n or not toks.cap[j + 1] or not toks.word[j + 1] or toks.gap[j + 1] != " " or toks.brk[j + 1]:
        return False
    k = j + 2
    return k >= n or toks.brk[k] or not toks.word[k] or not (toks.cap[k] or toks.upper[k])


def _name_tail(toks: Tokens, i: int, lex: Lexicon, named_after: bool = False, unit: bool = False,
               lower_start: bool = False, lower_end: bool = False) -> int:
    """End of the name words after a generic head ("Công ty" + "TNHH Cường Hưng").

    Names start with a capital. Vietnamese capitalises the first syllable of each word of a name,
    so a lower-case syllable after a capitalised one belongs to the name when it is the name's first
    word ("Tạp chí Cộng sản") or another capital follows ("Lực lượng Thanh niên Xung phong TPHCM");
    "và" with up to two lower-case words may join two capitalised parts ("Tổng công ty Khoáng sản
    và thương mại Hà Tĩnh"). A following body ("... và Tổng công ty X") ends the name.
    """
    n = len(toks.k)
    if i >= n or not toks.word[i] or toks.brk[i]:
        return i
    if not (toks.cap[i] or toks.upper[i]) and not lower_start:
        return i

    def starts_body(k: int) -> bool:  # also "... và trường đại học X": a lower-case head with its name
        return toks.k[k] in lex.org_index.firsts and (toks.cap[k] or toks.k[k] in lex.lower_heads) \
            and _body_at(toks, k)

    def capital(k: int) -> bool:
        if k < n and toks.k[k].isdigit() and k + 1 < n and toks.word[k + 1] and not toks.cap[k + 1]:
            return False  # "Ủy ban Quốc phòng - An ninh 4 chức danh": a count after the name
        return k < n and toks.word[k] and (toks.cap[k] or toks.k[k].isdigit()) and toks.gap[k] == " " \
            and not toks.brk[k]

    def lower(k: int) -> bool:
        if k < n and k > i and toks.k[k] == "," and joining_comma(toks, k):
            return True  # "Ban Chỉ đạo phòng, chống tham nhũng"
        if k + 1 < n and toks.k[k] == _AND and (toks.k[k + 1] in _OTHER_AFTER_AND or _year_at(toks, k + 1)
                                                or tuple(toks.k[k + 1 : k + 3]) in _OTHER_PHRASES_AFTER_AND):
            return False  # "Tập đoàn FLC và lãnh đạo", "... và nhiều tập thể", "... và năm 1997": another phrase
        return k < n and toks.word[k] and not toks.cap[k] and not toks.k[k].isdigit() \
            and toks.gap[k] == " " and not toks.brk[k] \
            and (not _tail_stop(toks, k) or _place_lookalike(toks, k)
                 or (_plural_inside_name(toks, k) and not _after_place_name(toks, k, lex))
                 or (tuple(toks.k[k - 1 : k + 1]) == _ORGANISE  # "Vụ Tổ chức cán bộ", "Vụ Các tổ chức"
                     and (toks.cap[k - 1] or (k > 1 and toks.k[k - 2] in _PLURAL))))

    def belongs_to_body(k: int) -> bool:  # "thuộc Tổng công ty X", "trực thuộc Bộ Y": whose unit it is
        b = _belongs_to(toks, k)
        return b > k and b < n and starts_body(b)

    def place_word(k: int) -> bool:  # a level of government: "tỉnh", "huyện" (not "bến", "đường")
        return _level_word(toks, k, lex) and not _place_lookalike(toks, k)

    def person_at(k: int) -> bool:
        return (toks.k[k] in lex.surnames and k + 1 < n and toks.cap[k + 1] and toks.gap[k + 1] == " "
                and not (toks.upper[k + 1] and (toks.e[k + 1] - toks.s[k + 1]) > 1)  # "Rồng Vàng VN": no given name
                and not lex.places.longest(toks, k) and not lex.other_places.longest(toks, k)
                and not _district_at(toks, k, lex)) \
            or _honorific_person(toks, k, lex)

    def name_end(k: int) -> bool:
        """The name may end before token k: punctuation, a line's end, a function word, a verb,
        a place, a term, another body or a person."""
        if k >= n or toks.brk[k]:
            return True
        if not toks.word[k]:
            if toks.k[k] == ".":  # a full stop, not the dot of "T.Ư"
                return k + 1 >= n or toks.brk[k + 1] or toks.gap[k + 1] != ""
            return toks.k[k] not in ("&", "/")
        if toks.cap[k] or toks.k[k].isdigit():
            return starts_body(k) or person_at(k)
        if toks.k[k] == _AND:  # "... Việt Nam và Trường ...", "... và các tỉnh": another thing
            return k + 1 >= n or not capital(k + 1) or starts_body(k + 1) or person_at(k + 1)
        return (_tail_stop(toks, k) and not _place_lookalike(toks, k)) or _name_stop(toks, k) \
            or place_word(k) or belongs_to_body(k)

    def run_on(j0: int) -> int:
        """Past lower-case words and the capitalised words after them, when the name ends cleanly
        there ("Ban Chỉ đạo Cải cách tư pháp Trung ương.", "Công ty Khai thác và Chế biến khoáng
        sản Núi Pháo,"); j0 when it does not."""
        if j0 > i and _foreign_word(toks.t[j0 - 1]):
            return j0  # "Công ty Formosa xả thải ra Biển Đông": a verb after a foreign name
        k = j0
        while k < n and k - i < 16:
            m = k
            while m < n and m - k < 8 and lower(m) and not _name_stop(toks, m) and not place_word(m) \
                    and not (toks.k[m] in lex.lower_heads and starts_body(m)) \
                    and not belongs_to_body(m):  # "... và trường đại học X", "... thuộc Bộ X"
                m += 1
            if m == k or _and_acronym(toks, k) or (toks.k[m - 1] == _AND and m < n and _title_or_act_at(toks, m, lex)):
                return j0  # (not "Tập đoàn và Chủ tịch": a title after "và")
            c, closed = m, False
            while c < n and c - m < 4 and capital(c) and (c > m or toks.cap[c]):  # not "cao hơn 10"
                if tuple(toks.k[c : c + 2]) == _TRUNG_UONG:
                    c, closed = c + 2, True  # "... tư pháp Trung ương": the central level closes the name
                    break
                if _dotted_central(toks, c):
                    c, closed = c + 3, True  # "... phòng chống lụt bão T.Ư:": the same, abbreviated
                    break
                if c == m and (dashed := _dashed_province(toks, c, lex)):
                    c, closed = c + dashed, True  # "Chi hội nhạc sĩ Thừa Thiên - Huế": the province
                    break  # closes the name whole (the run of capitals stopped at its dash)
                country = _country_not_province(toks, c, lex) if toks.cap[c] else None
                if country is not None and (phrase_tokens(str(country[1]))[-2:] != _VIETNAM
                                            or not capital(c + country[0])) \
                        and not _glued_join(toks, c + country[0]):  # (not "Cảng Vũng Áng Lào-Việt Nam")
                    c, closed = _paired_country_end(toks, c + country[0], lex), True  # "... quốc gia Việt
                    break  # Nam", "... cách mạng Lào": the country closes the name (not "... Việt Nam Vinaconex"),
                    # or the pair of countries it begins ("Phân ban hợp tác Lào - Việt Nam")
                if (person_at(c) and not named_after) or starts_body(c) or _honorific_person(toks, c, lex):
                    break
                c += 1
                if c + 1 < n and toks.k[c] == "-" and toks.gap[c] == "" and toks.gap[c + 1] == "" \
                        and toks.word[c + 1]:
                    c += 2  # "Covid-19"
            if c == m:
                return j0
            if name_end(c) or (closed and not capital(c)):
                return c
            if c == m + 1 and c < n and toks.cap[i] and toks.cap[m] and not toks.upper[m] and lower(c):
                e = c  # "Công ty Xổ số Kiến thiết và Dịch vụ tổng hợp.": the one capital's word
                while e < n and e - c < 4 and lower(e) and not _name_stop(toks, e) and not place_word(e):
                    e += 1  # goes on in lower case to where the sentence ends the name
                if e >= n or toks.brk[e] or toks.k[e] in (".", ",", ";", ")", "(", ":") or _at_place(toks, e):
                    return e  # (or where "tại" and a capitalised place follow: "... doanh nghiệp tại miền Trung")
                if name_end(c + 1) and not _foreign_word(toks.t[m]) and not _head_or_role_at(toks, m, lex):
                    return c + 1  # "Viện Khoa học Địa chất và Khoáng sản cùng ...": the capital's word is
                    # its two syllables ("Khoáng sản"), then a function word or a verb ends the name
            k = c
        return j0

    if not (toks.cap[i] or toks.upper[i]):  # "Đảng ủy Khối cơ quan Trung ương"
        if toks.k[i] == _ALL and i + 1 < n and not toks.brk[i + 1]:  # "Đảng ủy Khối các cơ quan Trung ương"
            end = _name_tail(toks, i + 1, lex, named_after, unit) if toks.cap[i + 1] else run_on(i + 1)
            if end > i + 1 and tuple(toks.k[end - 2 : end]) == _TRUNG_UONG:
                return end  # (also "khối các Cơ quan Trung ương")
            if end > i + 1 and toks.cap[i + 1] and name_end(end):
                return end  # "Ban Quản lý các KCN Hà Nội": the board of several parks, named
            if lower_end and end > i + 1 and toks.cap[i + 1]:
                k = end  # "Ban Chỉ đạo các Chương trình mục tiêu quốc gia đã ...": a task's capital, then
                while k < n and k - end < 6 and lower(k) and not _name_stop(toks, k) and not place_word(k):
                    k += 1  # its lower-case words up to the predicate or the sentence's punctuation
                if k > end + 1 and not any(toks.k[x] in _NOT_NAME_ENDS for x in range(end, k)) \
                        and (k >= n or toks.brk[k] or toks.k[k] in _PREDICATE_START
                             or toks.k[k] in (",", ";", ".", "(", ")", ":")):
                    return k  # (not "... các Chương trình khác": other programmes, no name)
            k = i + 1
            while k < n and k - i <= 3 and lower(k) and toks.k[k] != _AND and not _name_stop(toks, k) \
                    and not place_word(k):
                k += 1
            if k > i + 1 and k < n and place_word(k):
                return k  # "Đảng ủy Khối các cơ quan tỉnh": the kind of bodies, then the place
        if _tail_stop(toks, i) or _name_stop(toks, i):
            return i
        end = run_on(i)
        if end > i:
            return end
        k = i
        while k < n and k - i < 3 and lower(k) and not _name_stop(toks, k) and not place_word(k):
            k += 1
        if k > i and capital(k) and not starts_body(k) and (named_after or not person_at(k)) \
                and not (toks.k[k - 1] == _AND and _title_or_act_at(toks, k, lex)):  # not "Tập đoàn và Chủ tịch"
            end = _name_tail(toks, k, lex, named_after, unit)  # "Trường Trung cấp nghề Dân tộc nội trú"
            if end > k:
                return end
        k = i  # "Đảng ủy khối cơ sở Bộ Công nghiệp": a unit's kind in lower case, then the body it is of
        while k < n and k - i < 3 and lower(k) and toks.k[k] != _AND and not _name_stop(toks, k) \
                and not place_word(k):
            k += 1
        if unit and k > i and k < n and toks.cap[k] and starts_body(k):
            return k
        k = i  # "Ban chỉ đạo chống tham nhũng cũng ...": lower-case words up to the predicate, up to
        # eight syllables for a steering committee's task ("Ban chỉ đạo đổi mới và phát triển doanh
        # nghiệp đã ...", row flag lowerend), four for others ("Hội nhập kinh tế ... đạt" is no Hội)
        while k < n and k - i < (8 if lower_end else 4) and lower(k) and not _name_stop(toks, k) \
                and not place_word(k):
            k += 1
        if (i + 1 < k or (lower_end and i < k)) and k < n and not toks.brk[k] and toks.k[k] in _PREDICATE_START \
                and toks.k[k - 1] != _AND:
            return k  # (a row flagged lowerend from one word: "Ban quản lý chợ chưa ..."; but no name ends
            # with "và": "các Tổng Cty dạng thí điểm và chưa cho phép ..." joins two predicates)
        if lower_end and i < k <= i + 4 and (k >= n or toks.brk[k] or toks.k[k] in (",", ";", ".", "(")):
            return k  # "Phó trưởng ban thường trực Ban chỉ đạo thi, Chủ tịch Hội đồng thi"; up to four
            # syllables (two words: "Ban chỉ đạo phòng chống tham nhũng (do ...)"), before an aside too
        k = i  # "Trung tâm phát triển quỹ đất tỉnh Yên Bái": lower-case words up to the place
        while k < n and k - i < 12 and lower(k) and not _name_stop(toks, k) and not place_word(k):
            k += 1
        if i < k < n and k - i <= 8 and (_closing_number(toks, k) or _number_before_verb(toks, k)) \
                and not _year_at(toks, k - 1):
            return k + 1  # "Ban quản lý dự án 2.", "Ban Quản lý dự án giao thông 18,": the unit's number
            # (not the year of "công tác Hội năm 2018."); "Tổng công ty xây dựng công trình giao thông 4
            # làm chủ đầu tư": the same before the sentence's verb
        return k if k > i and k < n and place_word(k) else i
    if (not named_after and person_at(i) and not lex.places.longest(toks, i)) or _credit_at(toks, i):
        return i  # "Chủ nhiệm Ủy ban Nguyễn Văn A": the person, not the committee's name ("Đảng Ảnh:")
    if tuple(toks.k[i : i + 2]) in _TAIL_PHRASES or _glued_opener(toks, i):
        return i  # "... thành lập Đảng Đồng chí Nguyễn Văn A": the honorific, no name; "... với HTX Trong
        # các HTX kiểu mới": the next sentence
    j = i + 1
    first_country = _country_not_province(toks, i, lex)
    if first_country and (lower(i + first_country[0]) or _country_name_word(toks, i, first_country[0], lex)):
        first_country = None  # "Ban Pháp chế": a word that is also a country's name ("Pháp"); "Tổng công ty
        # Thái Sơn": a name's first syllable
    if first_country:  # "Ủy ban Châu Âu Romano Prodi": the name is the country
        j = i + first_country[0]
        if not (j < n and (toks.k[j] in ("-", "–") or toks.k[j] == _AND)):
            return j
    while j < n and j - i < 16:
        if capital(j) and person_at(j) and (not named_after or (j - i >= 4 and not _closing_brand(toks, j))
                                            or _honorific_person(toks, j, lex)):
            break  # "Ngân hàng Nhà nước Đào Minh Tú": a person after the body (and after a long
            # name even where names may hold a person's: "Học viện ... Quốc gia Hồ Chí Minh Lê Văn A")
        country = _country_not_province(toks, j, lex) if capital(j) else None
        if country and (_middle_of_name(toks, j, country[0], lex) or _country_name_word(toks, j, country[0], lex)):
            j += country[0] + 1  # "Đại học Tôn Đức Thắng": the middle syllable of the person named; "Công
            continue  # ty Du lịch Bắc Mỹ An": the first syllable of a name
        if country:
            j += country[0]
            if j < n and (toks.k[j] in ("-", "–") or (toks.k[j] == _AND and lower(j))) \
                    and not _two_countries(toks, j, lex):
                continue  # (not "Đảng Cộng sản Trung Quốc và nhân dân Trung Quốc")
            break  # "Đảng Lao động Triều Tiên Ri Su Yong": the name ends with the country
        if capital(j) and _central_then_name(toks, j, lex):
            break  # "Ban Tuyên giáo Trung ương Lê Văn A": the central level ends the name
        if capital(j) and _credit_at(toks, j):
            break  # "Bệnh viện Ung bướu - Ảnh: N.D": a photo credit after the name
        if capital(j) and _glued_opener(toks, j):
            break  # "... với HTX Trong các HTX kiểu mới": a heading's end glued to the next sentence
        if toks.k[j] == _PEOPLE and j > i and capital(j + 1) and not person_at(j + 1) \
                and not starts_body(j + 1):
            j += 2  # "Ban Công tác người Hoa": a people named in the body's field
            continue
        if capital(j) and not starts_body(j) and tuple(toks.k[j : j + 2]) not in _TAIL_PHRASES and not (
                starts_sentence(toks, j) and toks.k[j] not in _NAME_WORD_STARTS):  # "Báo Nhân dân Ngay sau khi"
            j += 1
            continue
        if _country_after_dash(toks, i, j, lex):
            break  # "Trường Đại học X – Cộng hòa Liên bang Đức": where the body is, not its name
        if toks.k[j] in _DASHES and toks.gap[j] == " " and _title_after_dash(toks, j + 1, lex) \
                and (word_end := _dashed_word_end(toks, j + 1, lex)) > j + 1:
            j = word_end  # "Vụ Tổ chức - Cán bộ giữ chức ...": a second field's word that is also a title,
            continue  # then the name's end, no title of the person's
        if toks.k[j] == "-" and j + 1 < n and capital(j + 1) and tuple(toks.k[j + 1 : j + 3]) != _AGENCY \
                and not _credit_at(toks, j + 1) and not _title_after_dash(toks, j + 1, lex) \
                and not _reporter_note(toks, j + 1):
            j += 1
            continue
        if toks.k[j] in ("-", "–") and j + 1 < n and toks.gap[j] == " " and lower(j + 1):
            ext = run_on(j + 1)  # "Trường Cao đẳng Kinh tế - kỹ thuật Quảng Nam": a second field
            if ext > j + 1:
                j = ext
                continue
        if _glued_join(toks, j):
            j += 2  # "Đài PT-TH", "Trung tâm KHXH&NV", "Liên minh Kinh tế Á -Âu": one name
            continue
        if toks.k[j] == "." and toks.gap[j] == "" and j + 1 < n and toks.gap[j + 1] == "" \
                and toks.upper[j - 1] and toks.upper[j + 1] and toks.word[j + 1]:
            j += 2  # "Hội đồng Lý luận T.Ư", "TP.HCM": a dotted abbreviation is one word
            continue
        if toks.k[j].isdigit() and toks.gap[j] == "" and toks.upper[j - 1] and toks.word[j - 1] \
                and not toks.brk[j]:
            j += 1  # "Cục B41", "Đoàn K20": a code of letters and a number is one word
            continue
        if toks.k[j] in ("+", "/", "-", "–") and toks.gap[j] == "" and j + 1 < n and toks.gap[j + 1] == "" \
                and toks.k[j - 1].isdigit() and toks.k[j + 1].isdigit():
            j += 2  # "Trường Trung học Sư phạm 10+2", "Công ty Dệt may 29/3", "Ban Chỉ đạo Trung ương 6-2":
            continue  # one number (a date or a resolution's number), not a number cut at its mark
        if _numbered_part(toks, j):
            j += 3  # "Ban Chỉ đạo Trung ương 6 (2)": the resolution's second round, in brackets
            continue
        if toks.k[j] == "&" and toks.gap[j] == " " and j + 1 < n and toks.cap[j + 1] and capital(j + 1) \
                and not starts_body(j + 1) and not person_at(j + 1):
            j += 1  # "Công ty TNHH Xây dựng & Thương mại Hòa Bình": "&" joins two fields of one name
            continue
        if _numbered_company(toks, j, i):
            j += 2  # "Tổng công ty Xây dựng số 1 - CTCP", "Công ty cổ phần xây dựng số 3 Vinaconex"
            continue
        if _code_number(toks, j, i):
            j += 1  # "Công ty cổ phần Licogi 16 nêu ...", "Công ty Bắc Nam 79 do ...": the company's number,
            continue  # then the sentence's verb (not a count: "Ủy ban X 4 chức danh")
        prev_title = toks.cap[j - 1] and (not toks.upper[j - 1] or (toks.k[j - 1], toks.k[j]) in _LETTER_WORDS)
        after_join = j - 2 >= i and toks.k[j - 2] in (_AND, "-") and toks.gap[j - 1] != "" \
            and not _one_syllable_pair(toks, i, j - 2)  # not "Á -Âu giúp", "Á - Âu giúp"
        ends_name = j + 1 >= n or not toks.word[j + 1] or toks.brk[j + 1] or (
            toks.cap[j + 1] and not starts_body(j + 1))
        first_word = j == i + 1 and not _foreign_word(toks.t[i]) and not _one_word_place(toks, i, lex)
        if prev_title and lower(j) and toks.k[j] != _AND and not _name_stop(toks, j) \
                and (first_word or after_join or ends_name or (toks.k[j - 1], toks.k[j]) in _LEVELS_OF_STATE):
            # (not "Tập đoàn VinGroup kiêm Chủ tịch", "ĐH Troy khoảng 80 triệu": a verb of name_stops.tsv);
            # "Trung" + "ương", "Quốc" + "gia" is one word ("Ban Chỉ đạo thi THPT Quốc gia năm 2018")
            j += 1
            continue
        if toks.k[j] == _AND and toks.gap[j] == " " and not (j + 1 < n and toks.k[j + 1] in _OTHER_AFTER_AND) \
                and tuple(toks.k[j + 1 : j + 3]) not in _OTHER_PHRASES_AFTER_AND:
            k = j + 1  # (not "Công ty X và một số DN khác": a count of other things; nor "Đồn Biên phòng X
            # và Nhân dân các dân tộc": the people, written with a capital)
            while k < j + 3 and lower(k):
                k += 1
            if capital(k) and toks.cap[k] and not starts_body(k) and not _and_acronym(toks, j) \
                    and not _two_countries(toks, j, lex) and not _title_or_act_at(toks, k, lex):
                j = k  # (not "... châu Á và khoảng 10%": a count, not the name's second part)
                continue
        k = j
        reach = 10 if _and_inside(toks, j, k_max=j + 10) else 6  # (also after a capital: "Cảnh sát Thi
        # hành án và hỗ trợ tư pháp (": two parts of one field, up to the bracket)
        while k < n and k - j < reach and lower(k) and not _name_stop(toks, k) and (k == j or not place_word(k)) \
                and not belongs_to_body(k):
            k += 1  # (up to "thuộc Bộ X": the body it belongs to is no word of its name)
        if k > j and k + 1 < n and toks.k[k] in ("-", "–") and toks.gap[k] == " " and capital(k + 1) \
                and toks.cap[k + 1] and not starts_body(k + 1) and not person_at(k + 1) \
                and not lex.roles.longest(toks, k + 1) and toks.k[k + 1] not in _TITLE_PREFIXES \
                and not _reporter_note(toks, k + 1):
            j = k + 1  # "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên": two fields of one name
            continue
        if k > j and not (k - j >= 2 and _proper_name_before(toks, i, j)) \
                and not (k == j + 1 and place_word(j)) \
                and (k >= n or toks.brk[k] or toks.k[k] in _NAME_END
                      or (_full_stop(toks, k) and _field_word_before(toks, j))  # "Vụ Kinh tế đối ngoại."
                      or place_word(k) or (toks.k[k] == _AND and not lower(k))  # "... và năm 1997", "và các"
                      # "Ban Pháp chế HĐND tỉnh": a unit, then its body (but "... và Công ty X": another);
                      # "Ủy ban Văn hóa giáo dục thanh thiếu niên QH": a descriptive name, then a body
                      or (starts_body(k) and toks.k[k - 1] != _AND and (unit or _descriptive_run(toks, j, k)))
                      or (toks.k[k] == _OF and k + 1 < n and starts_body(k + 1))
                      # "Ban Tiếp công dân là ...", "Tổng cục Quản lý đất đai cho biết ..."
                      or (k - j <= 2 and (toks.k[k] == _IS or tuple(toks.k[k : k + 2]) == _SAID))):
            j = k  # "Xí nghiệp Khảo sát thiết kế giao thông;": lower-case words up to the phrase's end
            break  # (not a level word alone: "Chi cục THADS quận, huyện" is of a place, in a list)
        if 0 < k - j <= 2 and k < n and not toks.brk[k] and (
                toks.k[k] in _PREDICATE_START or (capital(k) and person_at(k) and not named_after)
                or (k - j == 1 and (_name_stop(toks, k) or _tail_stop(toks, k) or (toks.k[k] == _AND and not lower(k)))
                    and _word_started(toks, j))
                or (k - j == 1 and _name_stop(toks, k) and _one_capital_then_word(toks, i, j))
                or (_tail_stop(toks, k) and _after_dash_word(toks, j, k))):
            j = k  # "Vụ Giáo dục phổ thông Lê Văn A", "Hội đồng Quốc gia giáo dục đã": the name's
            break  # last word in lower case, then the sentence's verb or the person who heads it
        field = _field_tail(toks, j, k, lex) if toks.cap[j - 1] or toks.cap[j - 2] else None
        if field is not None and name_end(field):
            j = field  # "Vụ Chính sách thuế trước khi ...": the field the unit works on, then a
            break  # function word or the verb
        if 0 < k - j < reach and k < n and not toks.brk[k] and (toks.cap[j - 1] or toks.cap[j - 2]) \
                and belongs_to_body(k):
            j = k  # "Xí nghiệp Khảo sát thiết kế giao thông thuộc Bộ ...": a field's lower-case words up
            break  # to "(trực) thuộc" and the body it belongs to
        if lower_end and 0 < k - j <= 2 and k < n and not toks.brk[k] and _name_stop(toks, k) \
                and (toks.cap[j - 1] or (j - 2 >= i and toks.cap[j - 2] and toks.word[j - 1])):
            j = k  # a task's name: "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì ...": its
            break  # last word in lower case, then the verb of the sentence (name_stops.tsv)
        if 2 < k - j <= 4 and k + 1 < n and not toks.brk[k] and toks.k[k] == _BY \
                and (toks.cap[j - 1] or toks.cap[j - 2]) and not toks.brk[k + 1] \
                and (person_at(k + 1) or lex.roles.longest(toks, k + 1) is not None):
            j = k  # "Công ty Tiếp thị đầu tư thương mại do Lê Thị A làm giám đốc": a field's lower-case
            break  # words up to "do" and the person or the role that heads it
        if k - j == 2 and k < n and not toks.brk[k] and _tail_stop(toks, k) and toks.cap[j - 2] \
                and _lookalike_word(toks, j):
            j = k  # "Tiểu ban Kinh tế xã hội do ...": a field's second word ("xã hội", a place word's
            break  # look-alike), then a function word
        if k - j == 1 and _closing_number(toks, k) and _word_started(toks, j) and not _foreign_word(toks.t[j - 1]):
            j = k + 1  # "Bệnh viện Trung ương Quân đội 108.": the word's second syllable, then the
            break  # unit's number that closes the name
        if 2 < k - j <= 4 and k < n and not toks.brk[k] and capital(k) and person_at(k) and not named_after:
            j = k  # "Vụ trưởng Vụ Các tổ chức quốc tế Phạm Bình Minh": a longer lower-case end
            break
        if lower(j) and lower(j + 1) and not _name_stop(toks, j) and not _name_stop(toks, j + 1) \
                and capital(j + 2) and toks.cap[j + 2] and not toks.upper[j + 2] \
                and not starts_body(j + 2) and not person_at(j + 2) \
                and (j + 3 >= n or not toks.word[j + 3] or toks.brk[j + 3]):
            j += 3  # "Đại học Giao thông đường bộ Moskva": a lower-case word, then the last capital
            continue
        ext = run_on(j)
        if ext > j:
            j = ext
            if tuple(toks.k[j - 2 : j]) == _VIETNAM_KEY and j < n and lower(j):
                break  # "Công đoàn Giao thông vận tải Việt Nam một mặt khẩn trương ...": the country
            continue  # closed the name, the lower-case words after it are the sentence's
        if j + 1 < k < n and toks.k[k - 1] == _AND and toks.cap[k] and capital(k) and not toks.cap[j - 1]:
            j = k - 1  # "Trung tâm Phục vụ hành chính công và Tổng đài ...": the descriptive name's lower-case
            break  # words up to "và" and another capitalised thing, rather than none of them
        if _word_started(toks, j) and lower(j) and not _name_stop(toks, j) and j + 2 < n \
                and toks.k[j + 1] == _AND and lower(j + 2):
            j += 1  # "Học viện Kỹ thuật Quân sự và cộng đồng doanh nghiệp": the capital's word is its two
        break  # syllables, then "và" joins something else
    while j > i + 1 and (not toks.word[j - 1] or toks.k[j - 1] == _AND) \
            and not (toks.k[j - 1] == ")" and _numbered_part(toks, j - 3)):
        j -= 1  # "Hội Sinh viên -": no trailing dash (nor "và"; but the bracket of "6 (2)")
    return j


_LIST_ENDS = frozenset({".", ",", ";", ")", "(", ":"})  # punctuation after a name's closing field


def _level_word(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A level of government starts at token k ("tỉnh", "huyện"; not "đình", "bến")."""
    hit = lex.place_words.longest(toks, k) if toks.k[k] in lex.place_words.firsts else None
    return hit is not None and hit[1].level in _ADMIN_LEVELS  # type: ignore[union-attr]


def _field_word(toks: Tokens, k: int, lex: Lexicon, capital: bool | None) -> bool:
    """Token k may be a word of one field in a name's list of fields: a plain word (``capital``
    True: capitalised, as an item's first syllable is where the list is written in title case, "Gia
    đình"; False: in lower case; None: either, an item's later syllable in title case), no function
    word, verb, plural, place word, body, role or person that would start another phrase."""
    n = len(toks.k)
    if k >= n or not toks.word[k] or toks.brk[k] or toks.gap[k] != " " or toks.k[k].isdigit():
        return False
    if toks.upper[k] and toks.e[k] - toks.s[k] > 1:
        return False  # an acronym: another body ("UBND"), not a field's word
    if (capital is not None and bool(toks.cap[k]) != capital) or toks.k[k] in _PLURAL or toks.k[k] == _AND:
        return False
    if (_tail_stop(toks, k) and not _place_lookalike(toks, k)) or _name_stop(toks, k):
        return False
    if _level_word(toks, k, lex) and not _place_lookalike(toks, k):
        return False
    if toks.k[k] in lex.org_index.firsts and _body_at(toks, k):
        return False
    if lex.roles.longest(toks, k) is not None:
        return False
    return not (toks.cap[k] and toks.k[k] in lex.surnames and k + 1 < len(toks.k) and toks.cap[k + 1]
                and toks.gap[k + 1] == " ")  # a person's name ("Lê Văn A"), not "Gia đình"


def field_list_end(toks: Tokens, k: int, lex: Lexicon) -> int:
    """End of a list of fields that a name goes on with after its comma at token k, or k.

    A body named for several fields writes them as a list closed by "và" ("Trường Trung cấp Văn
    hóa, nghệ thuật và du lịch", "Ủy ban Dân số, Gia đình và Trẻ em", "Viện Nghiên cứu xã hội,
    kinh tế và môi trường"): after the comma, items of one to four plain words separated by commas,
    the last after "và", all in lower case or all capitalised; then the name ends (punctuation, the
    line's end, "của", a place, the sentence's verb). A list whose item is another body, a title,
    a person, a plural or a verb ("Ban Chấp hành, Ban Thường vụ và ...", "Hội Nhà báo, các cơ quan
    báo chí và ...", "Ban Tổ chức, đã họp và ...") is a list of things, not one name."""
    n = len(toks.k)
    if k + 1 >= n or toks.k[k] != "," or toks.brk[k + 1]:
        return k
    capital = bool(toks.cap[k + 1])
    j, commas = k + 1, 0
    while True:
        e = j
        while e < n and e - j < 4 and _field_word(toks, e, lex, capital if e == j or not capital else None):
            e += 1
        if e == j or e >= n:
            return k
        if toks.k[e] == "," and commas < 3 and e + 1 < n and not toks.brk[e + 1]:
            j, commas = e + 1, commas + 1
            continue
        if toks.k[e] != _AND or toks.brk[e] or e + 1 >= n:
            return k
        last = e + 1
        end = last
        while end < n and end - last < 4 \
                and _field_word(toks, end, lex, capital if end == last or not capital else None):
            end += 1
        if end == last:
            return k
        if end >= n or toks.brk[end] or toks.k[end] in _LIST_ENDS or toks.k[end] == _OF \
                or toks.k[end] in _PREDICATE_START or tuple(toks.k[end : end + 2]) in (_TRUNG_UONG, _SAID) \
                or _name_stop(toks, end) \
                or _level_word(toks, end, lex) \
                or (toks.cap[end] and lex.places.longest(toks, end) is not None):
            return end
        return k


_ABOUT = phrase_tokens("về")[0]
_BY = phrase_tokens("do")[0]  # "... do ông X làm giám đốc": headed by
_PEOPLE = phrase_tokens("người")[0]  # "người Hoa": the Chinese community
_COUNTED = frozenset(phrase_tokens("khóa khoá tỉnh huyện xã ông bà anh chị"))  # "4 tỉnh", "3 ông": a count
_AT = phrase_tokens("tại")[0]
_IN = phrase_tokens("ở")[0]


def _province_after_in(toks: Tokens, j: int, row: OrgRow, lex: Lexicon) -> PlaceParse | None:
    """The province a provincial body written without one is of, told after "ở" at token j ("nguyên Bí thư
    Tỉnh ủy ở Hậu Giang", as spoken lists write it, where written text puts the name right after the body),
    so the body is not left bare for a neighbouring item's province to fill. Only a province by its own name
    (with or without "tỉnh"): "ở huyện X", "ở cơ sở", "ở Đại hội" name no province the body is of."""
    if j + 1 >= len(toks.k) or toks.k[j] != _IN or toks.brk[j] or toks.brk[j + 1] or not toks.cap[j + 1] \
            and toks.k[j + 1] not in lex.place_words.firsts:
        return None
    place = parse_place(toks, j + 1, row, lex)
    return place if place is not None and place.province is not None and place.level == "province" else None


def _at_place(toks: Tokens, e: int) -> bool:
    """"tại" at token e, then a capitalised word in the same sentence ("... tại miền Trung", "... tại Đà
    Nẵng"): where a body is, told after its name, so a name's lower-case tail may end before it."""
    return toks.k[e] == _AT and not toks.brk[e] and any(
        toks.cap[x] for x in range(e + 1, min(e + 3, len(toks.k))) if not toks.brk[x])
_SUBJECT_PLURALS = frozenset(phrase_tokens("các những"))  # "Về các vấn đề ...": the subject goes on
_DEMONSTRATIVES = frozenset(phrase_tokens("này đó đây trên nêu"))
_YEAR = phrase_tokens("năm")[0]


_BELONGS = phrase_tokens("thuộc")[0]
_DIRECTLY = phrase_tokens("trực")[0]


def _belongs_to(toks: Tokens, k: int) -> int:
    """The token after "thuộc" or "trực thuộc" ("belonging to") written at token k, k when neither is:
    a unit's name ends there and the body it belongs to follows."""
    j = k + 1 if toks.k[k] == _DIRECTLY and k + 1 < len(toks.k) and not toks.brk[k + 1] else k
    if toks.k[j] == _BELONGS and j + 1 < len(toks.k) and not toks.brk[j + 1]:
        return j + 1
    return k


def _longest_names(names: dict[str, OrgParse]) -> dict[str, OrgParse]:
    """The names of ``names`` no other name goes on from ("Ủy ban Kiểm tra Tỉnh ủy" is the "Ủy ban
    Kiểm tra Tỉnh ủy Sơn La" written without its province): the bodies they name, each once."""
    return {name: q for name, q in names.items() if not any(other.startswith(name + " ") for other in names)}


def _one_per_wording(names: dict[str, OrgParse]) -> dict[str, OrgParse]:
    """``names`` with those written in the same words kept once, the first: "Ban Chỉ đạo Trung ương về
    phòng, chống tham nhũng" and "... về phòng chống tham nhũng" differ by a comma only, one body."""
    out: dict[str, OrgParse] = {}
    for name, q in names.items():
        out.setdefault(_PUNCT_IN_NAME.sub("", name).lower(), q)
    return {_name(q): q for q in out.values()}


_PUNCT_IN_NAME = re.compile(r"\s*[,;]")


def _numbered_part(toks: Tokens, j: int) -> bool:
    """A one-digit round in brackets right after a name's number ("Trung ương 6 (2)"): part of it."""
    return j > 0 and toks.k[j - 1].isdigit() and toks.k[j] == "(" and j + 2 < len(toks.k) \
        and toks.k[j + 1].isdigit() and len(toks.k[j + 1]) == 1 and toks.k[j + 2] == ")" \
        and toks.gap[j + 1] == "" and toks.gap[j + 2] == "" and not toks.brk[j]


_PUBLICATION_HEADS = tuple(phrase_tokens(h) for h in ("tạp chí", "báo", "bản tin", "tập san", "đặc san"))


def _numbered_company(toks: Tokens, j: int, i: int) -> bool:
    """"số" and a number inside a name ("Tổng công ty Xây dựng số 1 - CTCP"): the unit's number, when a
    legal form, a bracket, a punctuation mark or a brand follows it (not a street: "số 5 Lê Lợi")."""
    n = len(toks.k)
    if not (i < j and j + 1 < n and toks.k[j] == _NUMBER and toks.k[j + 1].isdigit() and not toks.brk[j]
            and not toks.brk[j + 1] and toks.gap[j + 1] == " "):
        return False
    if any(tuple(toks.k[max(0, i - len(h)) : i]) == h for h in _PUBLICATION_HEADS):
        return False  # "Tạp chí Học tập số 11-12": the journal's issue, not its name
    k = j + 2
    if k >= n or toks.brk[k] or not toks.word[k]:
        return True
    return toks.cap[k] and _foreign_word(toks.t[k]) and (k + 1 >= n or not toks.word[k + 1] or not toks.cap[k + 1])


def _code_number(toks: Tokens, j: int, i: int) -> bool:
    """A number written after a name's capitalised word and followed by a function word or a verb
    ("Licogi 16 nêu", "Bắc Nam 79 do", "Sông Đà 10 đã"): the name's own number, where a noun after
    it would make it a count of something else ("Ủy ban Quốc phòng - An ninh 4 chức danh")."""
    n = len(toks.k)
    if not (i < j and j + 1 < n and toks.k[j].isdigit() and len(toks.k[j]) <= 3 and toks.gap[j] == " "
            and not toks.brk[j] and toks.cap[j - 1] and toks.word[j - 1] and not toks.k[j - 1].isdigit()):
        return False
    k = j + 1
    if toks.brk[k] or not toks.word[k] or toks.cap[k] or toks.gap[k] != " ":
        return False
    return toks.k[k] in _PREDICATE_START or _name_stop(toks, k) or (_tail_stop(toks, k) and toks.k[k] not in _COUNTED)


def _number_before_verb(toks: Tokens, k: int) -> bool:
    """A unit's number of one or two digits at k after a name's lower-case words, then the
    sentence's verb or a function word ("... giao thông 4 làm chủ đầu tư", "... dự án 6 đã"): the
    number closes the name, where a noun after it would make it a count ("dự án 3 tháng")."""
    n = len(toks.k)
    if not (k + 1 < n and toks.k[k].isdigit() and len(toks.k[k]) <= 2 and toks.gap[k] == " "
            and not toks.brk[k] and not toks.brk[k + 1] and toks.word[k + 1] and not toks.cap[k + 1]
            and toks.gap[k + 1] == " "):
        return False
    return toks.k[k + 1] in _PREDICATE_START or _name_stop(toks, k + 1) \
        or (_tail_stop(toks, k + 1) and toks.k[k + 1] not in _COUNTED)


def _closing_number(toks: Tokens, k: int) -> bool:
    """A unit's number at k that closes a name: the line's end or a punctuation mark after it
    ("Bệnh viện Trung ương Quân đội 108.", "Ban quản lý dự án 2,"; not "rộng 4.000 m2")."""
    return k + 1 < len(toks.k) and toks.k[k].isdigit() and toks.gap[k] == " " and not toks.brk[k] \
        and (toks.brk[k + 1] or toks.k[k + 1] in (",", ";", ")", ":") or _full_stop(toks, k + 1))


def _year_at(toks: Tokens, k: int) -> bool:
    """Token k is "năm" before a number ("năm 2017"): a date after the name, not part of it."""
    return toks.k[k] == _YEAR and k + 1 < len(toks.k) and toks.k[k + 1].isdigit()


def _subject_end(toks: Tokens, i: int, lex: Lexicon) -> int:
    """End of the subject after "về" in a committee's name ("... về phòng, chống tham nhũng,
    tiêu cực", "... về du lịch"): up to ten words, commas inside a phrase of ``name_joins.tsv``,
    ending cleanly (punctuation, a line's end, a function word, a verb); i when it does not."""
    n = len(toks.k)
    k = i
    while k < n and k - i < 10 and not toks.brk[k] and (
            (toks.word[k] and not toks.upper[k] and not toks.k[k].isdigit() and not _year_at(toks, k)
             and (not _tail_stop(toks, k) or _place_lookalike(toks, k))
             and toks.k[k] not in _PREDICATE_START and not _verb_stop(toks, k)
             and not (toks.cap[k] and k > i and _body_at(toks, k)))
            or joining_comma(toks, k)):
        k += 1
    if k == i or not toks.word[i] or toks.k[k - 1] == _AND or (k < n and toks.k[k] in _DEMONSTRATIVES):
        return i  # (not "... về vấn đề này": a reference to what was said, no name)
    clean = k >= n or toks.brk[k] or (not toks.word[k] and toks.k[k] not in ("-", "–")) \
        or _tail_stop(toks, k) or toks.k[k] in _PREDICATE_START or _verb_stop(toks, k) or _year_at(toks, k)
    return k if clean else i


_LEVELS_OF_STATE = (_TRUNG_UONG, phrase_tokens("quốc gia"))
_TASK_STARTS = frozenset(phrase_tokens("phòng chống"))  # "... trung ương phòng chống tham nhũng"


_PROVISIONAL = tuple(phrase_tokens("lâm thời"))  # "Ủy ban lâm thời ...": a committee set up for one task
_FIELD_ENDS = frozenset({",", ";", ".", "(", ")", ":"})


def _task_pair_end(toks: Tokens, i: int, e: int) -> int:
    """End of the name of a state unit starting at token i, where its task is written in lower case
    after its capitalised name from a pair of acts with a comma inside (``name_joins.tsv``: "phòng,
    chống") up to the clause's punctuation, in a title or before the unit's code: "Cục trưởng Cục
    Cảnh sát phòng, chống tội phạm công nghệ cao,", "Tổng cục Cảnh sát phòng, chống tội phạm (C 50)"
    are police departments so named. e where no such pair follows, where no task words close it at a
    mark ("... phòng, chống tội phạm về ma túy") or in running text ("Vụ Pháp chế phòng, chống tham
    nhũng hiệu quả": what the unit does)."""
    n = len(toks.k)
    if e >= n or toks.cap[e] or toks.brk[e] or toks.k[e] not in _name_joins().firsts:
        return e
    hit = _name_joins().longest(toks, e)
    if hit is None or "," not in toks.k[e : e + hit[0]]:
        return e
    k = e + hit[0]
    if _after_role(toks, i):
        end = _unit_field_end(toks, i, k, lexicon())  # (a title's field runs to its punctuation)
        return end if end > k else e
    end = _lower_field_end(toks, k)
    coded = end + 1 < n and toks.k[end] == "(" and toks.upper[end + 1] and not toks.brk[end + 1]
    return end if end > k and coded else e


def _lower_field_end(toks: Tokens, e: int) -> int:
    """End of a field written in lower case after a capitalised head and its level, or e: one to
    six lower-case words up to the clause's punctuation, none a number, a function word or a verb
    ("Ban Chỉ đạo trung ương 6 (2)" is read by _resolution_number_end; "Hội đồng
    quốc gia giáo dục,", "Ủy ban lâm thời điều tra chất lượng giáo dục."; not "Ủy ban lâm thời để
    điều tra ...", "Ủy ban quốc gia đã họp")."""
    n = len(toks.k)
    k = e
    if k < n and toks.k[k] in _TASK_STARTS:
        return e  # "Ban chỉ đạo quốc gia phòng, chống dịch ...": a task, read by _level_and_task_end
    while k < n and k - e < 6 and toks.word[k] and not toks.k[k][0].isdigit() and not toks.cap[k] \
            and not toks.upper[k] and not toks.brk[k] \
            and not _tail_stop(toks, k) and not _name_stop(toks, k) and not _verb_stop(toks, k) \
            and toks.k[k] not in _PREDICATE_START and toks.k[k] not in _NOT_NAME_ENDS:
        k += 1
    return k if k > e and (k >= n or toks.brk[k] or toks.k[k] in _FIELD_ENDS) else e


def _provisional_at(toks: Tokens, j: int) -> bool:
    """"lâm thời" in lower case right after a body's whole name ("UBND tỉnh Hà Tĩnh lâm thời",
    "Chính phủ lâm thời", "Thành ủy lâm thời"): the provisional body set up before the elected one, a
    body of its own (tests/gold: "Chính phủ lâm thời", "UBND tỉnh X lâm thời")."""
    e = j + len(_PROVISIONAL)
    return e <= len(toks.k) and tuple(toks.k[j:e]) == _PROVISIONAL and not toks.cap[j] \
        and not any(toks.brk[j:e])


def _level_and_task_end(toks: Tokens, j: int, lex: Lexicon, head_cap: bool = False) -> int:
    """End of a committee's level and task after its head, or j: "quốc gia" or "trung ương" in
    either case, then "về" and its subject ("Ban Chỉ đạo quốc gia về phòng chống thiên tai"), a task
    of prevention written without "về" ("Ban chỉ đạo trung ương phòng chống tham nhũng do ..."), or
    nothing where the name ends there in lower case ("Ban Chỉ đạo quốc gia hoặc ..."). After a
    capitalised head (``head_cap``), "quốc gia" or "lâm thời" in lower case may go on with a field in
    lower case to the clause's end (:func:`_lower_field_end`)."""
    n = len(toks.k)
    e = j + 2
    if e > n or toks.brk[j] or toks.brk[j + 1]:
        return j
    if head_cap and not toks.cap[j] and (tuple(toks.k[j:e]) in _LEVELS_OF_STATE or tuple(toks.k[j:e]) == _PROVISIONAL) \
            and (end := _lower_field_end(toks, e)) > e:
        return end
    if tuple(toks.k[j:e]) not in _LEVELS_OF_STATE:
        return j
    about = e + 1 < n and not toks.brk[e] and toks.k[e] == _ABOUT
    if about or (e < n and not toks.brk[e] and toks.k[e] in _TASK_STARTS and not toks.cap[e]):
        k = e + 2 if about and toks.k[e + 1] in _SUBJECT_PLURALS else e + 1 if about else e
        end = _subject_end(toks, k, lex)
        goes_on = end < n and toks.k[end] in _SUBJECT_PLURALS | _DASHES  # "về xây dựng các đơn vị ..."
        return end if end > k and not goes_on else j
    if not toks.cap[j] and (end := _resolution_number_end(toks, e)) > e:
        return end  # "Ban Chỉ đạo trung ương 6 (2)": the resolution it carries out, by its number
    clean = e >= n or toks.brk[e] or (not toks.word[e] and toks.k[e] not in ("-", "–")) or (
        _tail_stop(toks, e) and toks.k[e] != _ABOUT) or toks.k[e] in _PREDICATE_START or _verb_stop(toks, e)
    return e if clean and not toks.cap[j] else j


def _resolution_number_end(toks: Tokens, e: int) -> int:
    """End of a resolution's number written right after a committee's level ("trung ương 6", "6-2",
    "6 (2)"), e when there is none: a number of one or two digits, its round after a dash or in
    brackets, and then no word but the predicate's first (not a count: "trung ương 3 năm qua")."""
    n = len(toks.k)
    if e >= n or toks.brk[e] or not toks.k[e].isdigit() or len(toks.k[e]) > 2 or toks.gap[e] != " ":
        return e
    end = e + 1
    if end + 1 < n and toks.k[end] in _DASHES and toks.gap[end] == "" and toks.gap[end + 1] == "" \
            and toks.k[end + 1].isdigit() and len(toks.k[end + 1]) == 1:
        end += 2
    elif _numbered_part(toks, end):
        end += 3
    if end < n and not toks.brk[end] and (toks.word[end] or toks.k[end] in _DASHES) \
            and toks.k[end] not in _PREDICATE_START:
        return e  # a word goes on: a count or a date, no number of the name (but "... 6-2 đã họp")
    return end


_BOARD_TITLE_LASTS = frozenset(phrase_tokens("trưởng phó viên ký"))  # "Trưởng", "Phó Trưởng", "Phó", "Ủy
# viên", "thành viên", "Thư ký": the last word of a title held in the board written right after it


def _after_board_title(toks: Tokens, i: int, lasts: frozenset[str] = _BOARD_TITLE_LASTS) -> bool:
    """The board's head at token i, capitalised, follows the last word of a title held in it ("Phó
    trưởng | Ban đổi mới doanh nghiệp", "Trưởng | Ban bồi thường giải phóng mặt bằng"): a board named
    in lower case after its head, which organizations.tsv's ``titlename`` rows read only there;
    elsewhere "Ban" and a lower-case word open a sentence ("Ban đầu, ..."), and a head in lower case
    makes one word with the next ("thành viên ban hành", "trưởng phó ban ngành") or a title
    ("trưởng ban chuyên trách"). ``lasts``: the last words of such titles (a unit's, :data:`_UNIT_TITLE_LASTS`)."""
    return i > 0 and toks.cap[i] and toks.k[i - 1] in lasts and toks.word[i - 1] and not toks.brk[i]


_UNIT_TITLE_LASTS = _BOARD_TITLE_LASTS | frozenset(phrase_tokens("đốc"))  # and "Giám đốc", "Phó Giám đốc":
# a bank's or a corporation's division ("Giám đốc | Khối Quản lý rủi ro", "Phó Trưởng | Khối Bán lẻ"), which
# organizations.tsv's ``titleonly`` rows read only there; elsewhere "Khối" is a bloc of delegates or of investors
# ("Khối Trung ương gồm ...", "Khối FDI gia nhập ...") or a word of a longer name


def _runs_into_body(toks: Tokens, end: int) -> bool:
    """A board's lower-case name read after a title ends at token ``end`` right before another body's
    capitalised head ("Phó Trưởng Ban thường trực Ban Tổ chức Trung ương", "Phó trưởng Ban chuyên
    trách Sở Nội vụ"): the lower-case words are the title's (its qualifier, however spelt) and the
    post is in the body that follows, so they name no board of their own. A board named so is closed
    by punctuation, a place or the predicate ("Phó trưởng Ban đổi mới doanh nghiệp, ...")."""
    return end < len(toks.k) and not toks.brk[end] and toks.cap[end] and toks.word[end] and _body_at(toks, end)


@cache
def _steering_tasks() -> PhraseIndex:
    return phrase_table("steering_tasks.tsv")


_TASK_TITLE_ENDS = frozenset(phrase_tokens("trưởng trực viên của phòng lập họp"))  # "Trưởng ban", "Thường trực",
# "Ủy viên", "thành viên", "của", "Văn phòng" right before the committee's head; "(thành) lập": the
# committee founded, named by its task ("quyết định thành lập Ban Chỉ đạo xây dựng quy hoạch cán bộ ...");
# "(cuộc, phiên) họp": the committee's meeting ("Tại phiên họp Ban Chỉ đạo triển khai Nghị quyết 18 ...")
_DAY = phrase_tokens("ngày")[0]
_TASK_ENDS = frozenset({",", ";", ".", "(", ")", ":", "!", "?", '"', "“", "”"})  # (a quoted title
# inside the task, commas and all, is the title's: "Ban chỉ đạo xây dựng Đề án " ..., ... "")
_TASK_VERB_STOPS = frozenset(phrase_tokens("có nhận do giữ làm tặng trao khi thì mà nhưng hay hoặc rất phải như "
                                           "gồm không rồi ra bị cho biết"))  # the sentence's verb
# or conjunction after the task (not "của", "ở", "về", "theo", "tại": "... ở cơ sở của Bộ Xây dựng")
_HONORIFICS_AFTER_AND = frozenset(phrase_tokens("ông bà đồng"))  # "... và ông X", "... và đồng chí X"


def _titled_task_end(toks: Tokens, i: int, j: int) -> int:
    """End of the task a steering committee is named by, written in a title or after "của"
    ("Trưởng ban Chỉ đạo sơ kết 5 năm thực hiện Luật Hợp tác xã năm 2012, ...", "báo cáo của Ban
    chỉ đạo Trung ương thực hiện quy chế dân chủ ở cơ sở nhận định"), j when there is none: a verb of
    ``steering_tasks.tsv`` (after the central or national level, if written; after "của" only
    there, as "Kế hoạch của Ban Chỉ đạo thực hiện Chỉ thị ..." may be the plan's task) opens it, and it runs,
    through capitals, numbers and function words, up to 20 tokens to where the title ends (a
    punctuation mark, a line's end, "và ông ...", the predicate's "đã", "sẽ", "có", "nhận" ...). Elsewhere the
    verb is the sentence's ("Ban Chỉ đạo triển khai kế hoạch"), and a task that does not end
    cleanly is left unread."""
    n = len(toks.k)
    if j >= n or toks.brk[j]:
        return j
    titled = i > 0 and toks.k[i - 1] in _TASK_TITLE_ENDS
    if not titled and _task_verb_pair_end(toks, j) == j:
        return j  # (but "Ban Chỉ đạo xây dựng, phát triển ...": two verbs of one task, a name anywhere)
    s = j + 2 if tuple(toks.k[j : j + 2]) in _LEVELS_OF_STATE else j
    if titled and toks.k[i - 1] == _OF and s == j:
        return j  # "Kế hoạch số 19 của Ban Chỉ đạo thực hiện Chỉ thị ...": the plan's task, not the name
    tasks = _steering_tasks()
    if s >= n or toks.brk[s] or toks.cap[s] or toks.k[s] not in tasks.firsts or tasks.longest(toks, s) is None:
        return j
    k = s
    while k < n and k - s < 20:
        if toks.k[k] == "," and (pair_end := _task_verb_pair_end(toks, k - 1, back=True)) > k:
            k = pair_end  # "xây dựng, phát triển": the task's second verb after the comma
            continue
        if toks.brk[k] or toks.k[k] in _TASK_ENDS and not (
                toks.k[k] == ":" and toks.gap[k] == "" and k + 1 < n and toks.gap[k + 1] == ""):
            break  # (a colon glued on both sides, "10:30", is no end; "... T.Ư: " is)
        if toks.k[k] == _OF and _bare_level_at(toks, k + 1):
            break  # "... 5 huyện thành quận của thành phố gồm": the owner by its level, no name's word
        if (toks.k[k] in _PREDICATE_START or toks.k[k] in _TASK_VERB_STOPS) and k > s + 1:
            break
        if toks.k[k] == _AND and k + 1 < n and toks.k[k + 1] in _HONORIFICS_AFTER_AND:
            break
        if toks.k[k] == _DAY and k + 1 < n and toks.k[k + 1].isdigit() and k > s + 1:
            break  # "... về phát triển kinh tế tư nhân ngày 31/1": the meeting's date, no word of the task
        k += 1
    if k < n and k - s >= 20:
        return j  # no clean end: a sentence, not a title
    return k if k > s + 2 else j


def _task_verb_pair_end(toks: Tokens, j: int, back: bool = False) -> int:
    """End of two verbs of ``steering_tasks.tsv`` joined by a comma at token j ("xây dựng, phát
    triển 5 huyện thành quận"), j when there are none; with ``back`` the first verb ends at j
    (j is its last token), and the answer is the second verb's end. Two verbs of one task written so
    name a steering committee even outside a title, where one verb may be the sentence's."""
    tasks = _steering_tasks()
    n = len(toks.k)
    if back:
        comma = j + 1
        if not any(tasks.longest(toks, a) == (comma - a, tasks.longest(toks, a)[1])  # type: ignore[index]
                   for a in range(max(0, comma - 3), comma) if toks.k[a] in tasks.firsts):
            return j
    else:
        first = tasks.longest(toks, j) if j < n and toks.k[j] in tasks.firsts and not toks.cap[j] else None
        if first is None:
            return j
        comma = j + first[0]
    v = comma + 1
    if comma >= n or toks.k[comma] != "," or v >= n or toks.brk[v] or toks.cap[v] or toks.k[v] not in tasks.firsts:
        return j
    second = tasks.longest(toks, v)
    return v + second[0] if second is not None else j


def _bare_level_at(toks: Tokens, k: int) -> bool:
    """Token k writes a level of government with no name after it ("thành phố", "tỉnh"): a body's
    owner named by its level ("... của thành phố gồm 26 người"), not a word of a task's name."""
    lex = lexicon()
    n = len(toks.k)
    hit = lex.place_words.longest(toks, k) if k < n and not toks.brk[k] and toks.k[k] in lex.place_words.firsts \
        else None
    if hit is None or hit[1].level not in _ADMIN_LEVELS:  # type: ignore[union-attr]
        return False
    e = k + hit[0]
    return e >= n or toks.brk[e] or not toks.cap[e]


def _abbreviations_in_capitals(toks: Tokens, i: int, j: int, lex: Lexicon, row: OrgRow) -> bool:
    """Tokens of the phrase that are abbreviations ("TƯ", "QH", "CP") are written in capitals, unless
    the row's own name holds that syllable ("Bộ Tư lệnh": "Tư" is no "TƯ" there) or it is the end
    of a web address glued to its dot ("Chinhphu.vn": no "VN")."""
    if lex.abbreviation_tokens.isdisjoint(toks.k[i:j]):
        return True  # (most phrases: no abbreviation's syllable at all, one C-level test)
    own = _canonical_tokens(row.canonical)
    return all(toks.upper[x] for x in range(i, j) if toks.k[x] in lex.abbreviation_tokens and toks.k[x] not in own
               and not (x > i and toks.k[x - 1] == "." and toks.gap[x] == "" and toks.gap[x - 1] == ""))


@cache
def _canonical_tokens(name: str) -> frozenset[str]:
    return frozenset(phrase_tokens(name))


def _initial(word: str) -> str:
    return unicodedata.normalize("NFD", word[:1])[:1].casefold()


def _name_goes_on(toks: Tokens, k: int) -> bool:
    """A name's words go on at token k after an aside: a place, a level or a capitalised word."""
    return k < len(toks.k) and not toks.brk[k] and toks.word[k] \
        and (toks.cap[k] or toks.k[k] in lexicon().place_words.firsts)


def _common_before_name(toks: Tokens, k: int) -> bool:
    """The word before k is written in lower case and a capitalised word follows it in the same run:
    the words before k are a common noun before a name ("Tập đoàn dầu khí Total của Pháp")."""
    return 0 < k < len(toks.k) and not toks.cap[k - 1] and toks.word[k - 1] and toks.cap[k] \
        and toks.word[k] and not toks.brk[k] and toks.gap[k] == " "


def _own_acronym(toks: Tokens, i: int, j: int) -> bool:
    """Tokens j..j+2 are "(", the initials of the words i..j in capitals, ")": the name's own
    abbreviation written inside it ("Hội đồng nhân dân (HĐND) TP. HCM")."""
    n = len(toks.k)
    if j + 3 >= n or toks.k[j] != "(" or toks.k[j + 2] != ")" or not toks.upper[j + 1] or toks.brk[j + 1] \
            or not _name_goes_on(toks, j + 3):
        return False  # (the name goes on after it: a place, a level or a capitalised word)
    letters = [_initial(ch) for ch in toks.t[j + 1]]
    return j - i >= 2 and letters == [_initial(toks.t[x]) for x in range(i, j)]


def _suffix_acronym(toks: Tokens, i: int, j: int) -> bool:
    """Tokens j..j+2 are "(", the initials of the last words before it (from token i on at the
    most) in capitals, ")", and the name goes on after it: the abbreviation of the name's end
    written inside it, the place after it ("Lực lượng Thanh niên Xung phong (TNXP) TPHCM", "Ban
    Chỉ đạo Quy chế dân chủ cơ sở (DCCS) TPHCM", "Ủy ban Mặt trận Tổ quốc (MTTQ) TP.HCM")."""
    n = len(toks.k)
    if j + 3 >= n or toks.k[j] != "(" or toks.k[j + 2] != ")" or not toks.upper[j + 1] or toks.brk[j + 1] \
            or not _name_goes_on(toks, j + 3):
        return False
    letters = [_initial(ch) for ch in toks.t[j + 1] if ch.isalpha()]
    a = j - len(letters)
    return len(letters) >= 2 and a >= i and all(toks.word[x] for x in range(a, j)) \
        and letters == [_initial(toks.t[x]) for x in range(a, j)]


def _place_after_aside(toks: Tokens, j: int, row: OrgRow, lex: Lexicon) -> int:
    """End of a named place right after an abbreviation in brackets at token j (see
    :func:`_suffix_acronym`), j when none follows: "TPHCM", "TP.HCM", "tỉnh Yên Bái"."""
    place = parse_place(toks, j + 3, row, lex)
    return place.end if place is not None and place.name else j


def _bracketed_acronym_at(toks: Tokens, p: OrgParse) -> int | None:
    """Token of the "(" of the name's own abbreviation written inside it, the name going on after
    the bracket ("Hội Cựu chiến binh (CCB) huyện Hòa An"), or None."""
    if "(" not in toks.k[p.start + 2 : p.end - 3]:
        return None  # (most names hold no bracket: one C-level test of the slice)
    for x in range(p.start + 2, p.end - 3):
        if toks.k[x] == "(" and (_own_acronym(toks, p.start, x) or _suffix_acronym(toks, p.start, x)):
            return x
    return None


def _unbracketed_forms(toks: Tokens, p: OrgParse) -> tuple[str, list[str]]:
    """The name as written, without its own abbreviation in brackets ("Hội Cựu chiến binh (CCB)
    huyện Hòa An" -> "Hội Cựu chiến binh huyện Hòa An": the aside is no word of the name), and the
    short form the abbreviation writes in place of the words it stands for ("Hội CCB huyện Hòa An",
    "UBKT Trung ương"), both other names of the body; the surface and [] when the name holds no such
    bracket."""
    x = _bracketed_acronym_at(toks, p)
    if x is None:
        return toks.surface(p.start, p.end), []
    letters = sum(1 for ch in toks.t[x + 1] if ch.isalpha())
    head, after = toks.surface(p.start, x - letters), toks.surface(x + 3, p.end)
    short = " ".join(w for w in (head, toks.t[x + 1], after) if w)
    written = f"{toks.surface(p.start, x)} {after}"
    return written, [written, short]  # (the written form among the other names too, as it was before it
    # became the written form: a body written short keeps it as a name of its own)


def _skip_term(toks: Tokens, j: int, p: OrgParse) -> int:
    """Past "khóa XIII" / "(khóa VIII)" / "các khóa X; XI; XII" after a body; records the first."""
    n = len(toks.k)
    k = j + 1 if j < n and toks.k[j] == "(" else j
    if k + 1 < n and toks.k[k] == _TERM and not toks.brk[k] and is_term_value(toks.t[k + 1]):
        p.term = toks.t[k + 1]
        k += 2
        if toks.k[j] == "(":
            if k < n and toks.k[k] == ")":
                return k + 1
            return j
        return k
    return j


_CENTRAL_OF = (phrase_tokens("Ban Chấp hành Trung ương"), phrase_tokens("BCH Trung ương"), _TRUNG_UONG)


def _organ_of_foreign_party(toks: Tokens, j: int, lex: Lexicon) -> tuple[int, str] | None:
    """After a party organ (organizations.tsv flag ``partyorgan``) written up to token j: another
    country's party ("Ban Chấp hành Trung ương Đảng | Cộng sản Trung Quốc", "Bộ Chính trị | Đảng
    Cộng sản Cuba", "Bộ Chính trị | Trung ương Đảng Nhân dân Cách mạng Lào"): (end, country) of that
    party's organ, else None. Without it a foreign leader became a member of Vietnam's Politburo,
    the organ's name having stopped before the party."""
    n = len(toks.k)
    k = j
    if toks.k[j - 1] != _PARTY:  # the organ's own name did not end with "Đảng": "[Trung ương] Đảng" next
        for lead in _CENTRAL_OF:
            if tuple(toks.k[k:k + len(lead)]) == tuple(lead) and not any(toks.brk[k:k + len(lead)]):
                k += len(lead)
                break
        if k >= n or toks.k[k] != _PARTY or toks.brk[k]:
            return None
        k += 1
    if k >= n or toks.brk[k] or not toks.cap[k]:
        return None
    return _party_of_country(toks, k, lex)


def _party_of_country(toks: Tokens, j: int, lex: Lexicon) -> tuple[int, str] | None:
    """After "Trung ương Đảng": capitalised name words ending with another country's name ("Cộng
    sản Trung Quốc", "Nhân dân Cách mạng Lào"): (end, country) of that country's party, else None.
    Not a person named after the organ ("Văn phòng Trung ương Đảng Hoàng Đức Thể", whose middle name
    is a country's): a party's name never starts with a family name (surnames.txt)."""
    n = len(toks.k)
    if toks.k[j] in lex.surnames:
        return None
    for x in range(j, min(n, j + 7)):
        if x > j and (toks.gap[x] != " " or toks.brk[x]) or not toks.word[x] or _tail_stop(toks, x):
            return None
        country = lex.other_places.longest(toks, x) if toks.cap[x] else None
        if country and phrase_tokens(str(country[1])) != _VIETNAM:
            return x + country[0], str(country[1])
        if country:
            return None
    return None


_COUNTRY_WORD = phrase_tokens("nước")[0]


def _state_word(toks: Tokens, j: int) -> bool:
    """Token j is "nước" before a state's name ("Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào")."""
    return toks.k[j] == _COUNTRY_WORD and j + 1 < len(toks.k) and toks.cap[j + 1] and not toks.brk[j + 1]


def _after_role(toks: Tokens, i: int) -> bool:
    """A role ends right before token i ("Chủ tịch" + "Quốc hội khóa XI"): the body is the one the
    role is held in, which the title reader names; in running text ("Kỳ họp thứ 7 Quốc hội khóa
    XIII") a term after a body whose members serve by term names that term's body."""
    roles = lexicon().roles
    for k in range(max(0, i - 5), i):
        if toks.k[k] in roles.firsts and any(k + m == i for m, _row in roles.match(toks, k)):
            return True
    return False


_DASHES = frozenset({"-", "–"})
_CENTRAL_COMMITTEES = frozenset({"bch_tw", "tw"})  # "Ban Chấp hành Trung ương", "Trung ương" alone
_NAMED_TAKES = frozenset({"name", "domain"})  # a row that reads its own name or field after its head


def _one_field_at(toks: Tokens, j: int, lex: Lexicon, lower: bool = False) -> tuple[int, str, str] | None:
    """(end, field, english) of the field of domains.tsv written at token j, also where the text
    puts a dash between two of its words where the table writes none ("Văn hóa - Thể thao" for
    "Văn hóa Thể thao", "Khoa học- Công nghệ"): a dash is one of the ways of joining a field's
    parts, like "và" and "&" (lexicon's variants of a field with "và")."""
    n = len(toks.k)
    if j >= n or toks.brk[j] or not (toks.cap[j] or lower) or toks.k[j] not in lex.domains.firsts:
        return None
    hit = lex.domains.longest(toks, j)
    best = (j + hit[0], *hit[1]) if hit else None  # type: ignore[misc]
    words: list[int] = []  # the word tokens from j, past dashes between two capitalised words
    k = j
    while k < n and len(words) < 8 and not toks.brk[k] and (k == j or toks.gap[k] in ("", " ")):
        if toks.word[k]:
            words.append(k)
        elif not (toks.k[k] in _DASHES and words and k + 1 < n and toks.cap[k + 1] and toks.word[k + 1]):
            break
        k += 1
    if len(words) == words[-1] - j + 1:
        return best  # no dash among them: the table's own reading
    surface = " ".join(toks.t[x] for x in words)
    joined = Tokens.of(surface, text_key(surface))
    found = lex.domains.longest(joined, 0)
    if found is None or found[0] < 2:
        return best
    end = words[found[0] - 1] + 1
    if best is not None and best[0] >= end:
        return best
    return (end, *found[1])  # type: ignore[return-value]


def _field_at(toks: Tokens, j: int, lex: Lexicon) -> tuple[int, str, str] | None:
    """(end, field, english) of the field written at token j: one field of domains.tsv, or two
    joined by a dash ("Sở Thương mại - Du lịch", "Phòng Tài chính - Kế hoạch": a department of
    two fields, one body), the second also a word domains.tsv lacks ("Vụ Tổ chức - Cán bộ", "Sở Tài
    chính - Vật giá": :func:`_dashed_word_end`); not two joined by "," or "và", which may list two
    bodies ("các Bộ Công an, Quốc phòng")."""
    first = _one_field_at(toks, j, lex)
    if first is None:
        return None
    end, name, en = first
    if end + 1 < len(toks.k) and toks.k[end] in _DASHES and not toks.brk[end + 1]:
        second = _one_field_at(toks, end + 1, lex)
        if second is not None and second[1] != name:
            return second[0], f"{name} - {second[1]}", f"{en} and {second[2]}"
        if second is None and (word_end := _dashed_word_end(toks, end + 1, lex)) > end + 1:
            return word_end, f"{name} - {toks.surface(end + 1, word_end)}", en
    return first


def _name_ends_at(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A unit's name may end before token k: the line's or the text's end, punctuation, a capital (the
    body it belongs to, its place, the person), a function word, a verb of ``name_stops.tsv`` or a
    level of government ("... Vật giá tỉnh Phú Yên")."""
    return k >= len(toks.k) or toks.brk[k] or not toks.word[k] or toks.cap[k] or _tail_stop(toks, k) \
        or _name_stop(toks, k) or _level_word(toks, k, lex)


def _dashed_word_end(toks: Tokens, x: int, lex: Lexicon) -> int:
    """End of the one word after the dash of a unit's two fields, where domains.tsv lacks it ("Tổ chức
    - Cán bộ", "Tài chính - Kế toán", "Chính trị - Hậu cần"): a capitalised syllable, at most one
    lower-case one, then the name's end. x when the words there are another thing: a body ("Cục Hải
    quan - Bộ Tài chính"), a place, a person, a photo credit or an acronym ("KH - ĐT"); a title only where
    no capital follows it ("Vụ Tổ chức - Cán bộ giữ chức ...", but "Ngân hàng X - Bí thư Ban cán sự": the
    person's next title, held in the body after it)."""
    n = len(toks.k)
    if x >= n or not toks.word[x] or not toks.cap[x] or toks.upper[x] or toks.brk[x] or toks.gap[x] != " " \
            or (toks.k[x] in lex.org_index.firsts and _body_at(toks, x)) or lex.places.longest(toks, x) \
            or toks.k[x] in _TITLE_PREFIXES or _surname_and_given_at(toks, x) or _credit_at(toks, x) \
            or _reporter_note(toks, x):
        return x
    e = x + 1
    if e < n and toks.word[e] and not toks.cap[e] and toks.gap[e] == " " and not _name_ends_at(toks, e, lex):
        e += 1
    if _title_after_dash(toks, x, lex) and e < n and toks.cap[e] and not toks.brk[e]:
        return x  # (a title, then the body it is held in)
    return e if _name_ends_at(toks, e, lex) else x


def _lower_field_at(toks: Tokens, j: int, lex: Lexicon) -> tuple[int, str, str] | None:
    """A field of domains.tsv written in lower case after a capitalised head, where the name ends
    after it: at punctuation, the line's end, a place, a capitalised word, "và" or the verb ("Sở xây
    dựng Thừa Thiên - Huế", "Chi cục thuế quận 1", "Phòng nội vụ sẽ ..."; not "Vụ xây dựng nhà trái
    phép")."""
    n = len(toks.k)
    if j >= n or toks.cap[j] or not toks.word[j]:
        return None
    hit = _one_field_at(toks, j, lex, lower=True)
    if hit is None:
        return None
    end = hit[0]
    if end + 1 < n and toks.k[end] in _DASHES:  # "Phòng văn hóa thông tin - thể dục thể thao": a
        second = _one_field_at(toks, end + 1, lex, lower=True)  # department of two fields, or none read
        if second is None or second[1] == hit[1]:
            return None
        hit = (second[0], f"{hit[1]} - {second[1]}", f"{hit[2]} and {second[2]}")
        end = hit[0]
    if end < n and not toks.brk[end] and toks.word[end] and not toks.cap[end] and toks.k[end] != _AND \
            and toks.k[end] not in _PREDICATE_START and not lex.place_words.longest(toks, end):
        return None
    return hit


@cache
def _short_fields() -> PhraseIndex:
    """role_fields.tsv: a ministry's field written short ("Giao thông"), each with the field of
    domains.tsv it stands for ("Giao thông vận tải")."""
    idx: PhraseIndex[str] = PhraseIndex()
    for short, full in read_rows("role_fields.tsv", 2):
        idx.add(phrase_tokens(short), full)
    return idx


def short_field_at(toks: Tokens, j: int, lex: Lexicon, place_after: bool = False) -> tuple[int, str, str] | None:
    """(end, field, english) of a short field written at token j after a ``shortfield`` head
    ("Bộ Giao thông" is the Bộ Giao thông vận tải) or after a minister's role (titles: "Bộ trưởng
    Giao thông" is its minister), or
    None. Only where the short field ends the name: before punctuation, a lower-case word, a
    person's name or a country; a capitalised word after it makes a longer field the table does
    not know ("Bộ Giáo dục Cao học Cuba"). With ``place_after`` (a body named by its province) a
    province's name may follow too: "Sở Nông nghiệp Thái Nguyên" is that province's Sở."""
    n = len(toks.k)
    if j >= n or toks.brk[j] or not toks.cap[j]:
        return None
    hit = _short_fields().longest(toks, j)
    if hit is None:
        return None
    end = j + hit[0]
    if end < n and toks.cap[end] and toks.word[end] and not toks.brk[end] \
            and not lex.other_places.longest(toks, end) \
            and not (place_after and (_place_at(toks, end, lex) or toks.k[end] in lex.place_words.firsts)) \
            and not (toks.k[end] in lex.surnames and end + 1 < n and toks.cap[end + 1] and toks.word[end + 1]):
        return None
    full = lex.domains.exactly(phrase_tokens(str(hit[1])))
    if not full:
        return None
    name, en = full[0]  # type: ignore[misc]
    return end, name, en


@cache
def _company_forms() -> PhraseIndex:
    return phrase_table("company_forms.tsv")


def _legal_forms_end(toks: Tokens, j: int) -> int:
    """End of the legal forms written from token j ("TNHH MTV", "Cổ phần": company_forms.tsv), j
    when none is."""
    idx = _company_forms()
    k = j
    while k < len(toks.k) and not toks.brk[k] and toks.k[k] in idx.firsts:
        hit = idx.longest(toks, k)
        if hit is None:
            break
        k += hit[0]
    return k


def _after_legal_forms(toks: Tokens, start: int, k: int, lex: Lexicon) -> int:
    """End of a company's name after its legal forms (token k on), where the forms alone name no
    company ("Công ty TNHH" is a kind of company): its own name, which may begin in lower case
    ("Công ty TNHH MTV dịch vụ công ích Thanh niên xung phong"), hold a person's name ("Công ty
    TNHH Trần Liên Hưng") or another body's head word ("Công ty Cổ phần Tập đoàn công nghiệp
    Quang Trung"); ``start``, where the forms begin (no name), when nothing follows that ends as a
    name."""
    if k >= len(toks.k) or toks.brk[k] or not toks.word[k] or toks.k[k] == _AND or _tail_stop(toks, k):
        return start  # "Công ty TNHH và ...", "Công ty CP này": no name
    end = _name_tail(toks, k, lex, named_after=True, lower_start=True)
    body = parse_org(toks, k, "top") if toks.k[k] in lex.org_index.firsts and toks.cap[k] else None
    if body is not None and body.extra:
        end = max(end, body.end)
    return end if end > k else start


_FIELD_JOINS = frozenset(phrase_tokens("và về"))  # "... công tố và kiểm sát ... về trật tự xã hội"
_TITLE_CLOSES = frozenset({",", ";", ".", ")"})


def _unit_field_end(toks: Tokens, i: int, end: int, lex: Lexicon) -> int:
    """End of a unit's name held in a title, past the lower-case words of its field that run to the
    punctuation closing the title ("Trưởng Phòng Thực hành quyền công tố và kiểm sát điều tra án hình
    sự về trật tự xã hội, ..."): a procuracy's or a police unit's name states its field in full, "và"
    and "về" inside it, longer than a name's lower-case tail is read elsewhere. Only words that are
    no verb of ``name_stops.tsv``, no function word but those two and no place's level word; ``end``
    when anything else comes before the punctuation."""
    n = len(toks.k)
    if end >= n or toks.cap[end - 1] or toks.brk[end] or not toks.word[end] or toks.cap[end] \
            or toks.k[end] in _FIELD_JOINS or not _after_role(toks, i):
        return end  # (the name's last word in lower case already: not "Ban Chỉ đạo Tây Nam Bộ và ...")
    k = end
    while k < n and k - end < 16 and toks.word[k] and not toks.cap[k] and not toks.k[k].isdigit() \
            and toks.gap[k] == " " and not toks.brk[k] and not _name_stop(toks, k) \
            and toks.k[k] not in _OTHER_AFTER_AND and toks.k[k] not in _PLURAL \
            and (toks.k[k] in _FIELD_JOINS or not _tail_stop(toks, k) or _place_lookalike(toks, k)) \
            and not (_level_word(toks, k, lex) and not _place_lookalike(toks, k)):
        k += 1
    if k < n and toks.k[k] == "," and _ABOUT in toks.k[end:k]:
        k = _subject_list_end(toks, k)  # "... tội phạm về tham nhũng, kinh tế, buôn lậu (C03)"
    closed = k >= n or toks.brk[k] or (toks.k[k] in _TITLE_CLOSES and toks.gap[k] == "") or _code_in_brackets(toks, k)
    return k if closed and k - end >= 2 and toks.k[k - 1] not in _FIELD_JOINS else end


_UNIT_TAIL_SIZE = 2  # syllables of a unit field's lower-case end, one word: "cán bộ", "công sản" (not "nhà
# nước kể | từ ngày ...": a third syllable is the sentence's)


def _unit_tail_end(toks: Tokens, i: int, end: int, lex: Lexicon) -> int:
    """End of a unit's name held in a title, past the lower-case syllables that end its field, where the
    name read so far ends in a word begun in capitals ("Phó Vụ trưởng Vụ Chính sách | cán bộ | giữ chức
    ...", "Cục trưởng Cục Tài chính | doanh nghiệp | được ...", "Trưởng phòng Cảnh sát | hình sự | trước
    khi ...", "Phòng Cảnh sát | hình sự | Công an tỉnh"): two syllables (one word) that are no function
    word, verb or place's level, then punctuation, the body it belongs to, a function word (the act: "giữ",
    "được", "trước") or a place's level. A ministry's unit writes its field in full (the table's word is only
    its first part), and the title's body is told right before the act; not before a verb, where the
    words may be an adverb of the sentence's ("Cục trưởng Cục Thuế tích cực chỉ đạo ..."), and only
    after a title held in it (:func:`_after_role`), for the rows flagged "fieldtail"; ``end`` otherwise."""
    n = len(toks.k)
    if end >= n or toks.brk[end] or not (toks.cap[end - 1] or (toks.cap[end - 2] and toks.word[end - 1])) \
            or tuple(toks.k[end - 2 : end]) == _VIETNAM_KEY or not _after_role(toks, i):
        return end  # (the country closed the name: "Tổng cục Chính trị Quân đội nhân dân Việt Nam truyền đạt")
    k = end
    while k < n and k - end < _UNIT_TAIL_SIZE + 1 and toks.word[k] and not toks.cap[k] \
            and not toks.k[k].isdigit() and toks.gap[k] == " " and not toks.brk[k] and toks.k[k] != _AND \
            and not _tail_stop(toks, k) and not _name_stop(toks, k) and not _level_word(toks, k, lex):
        k += 1
    closed = k >= n or toks.brk[k] or not toks.word[k] or (toks.cap[k] and _body_at(toks, k)) \
        or (_tail_stop(toks, k) and not _name_stop(toks, k)) or _level_word(toks, k, lex)  # (not "chỉ đạo")
    return k if k - end == _UNIT_TAIL_SIZE and closed else end


def _code_in_brackets(toks: Tokens, k: int) -> bool:
    """Tokens k..k+2 are "(", one word in capitals (digits allowed), ")": the unit's own code written
    after its name ("Cục Cảnh sát điều tra tội phạm về ma túy (C04)"), which closes the name as the
    title's punctuation does."""
    n = len(toks.k)
    if k + 2 >= n or toks.k[k] != "(" or not toks.upper[k + 1] or toks.brk[k + 1]:
        return False
    c = k + 2
    while c < n and c - k <= 3 and toks.k[c] != ")" and toks.gap[c] == "" and toks.word[c]:
        c += 1  # "C04" is two tokens, "C" and "04"
    return c < n and toks.k[c] == ")"


def _subject_list_end(toks: Tokens, k: int) -> int:
    """A field's subject after "về" listed with commas, one to three lower-case words an item, up to
    the unit's own code in brackets ("về tham nhũng, kinh tế, buôn lậu (C03)"): the end of the list,
    where the code starts; ``k`` (the first comma) when the list does not end so, since a comma after
    a unit's field most often ends the title ("... về ma túy, Bộ Công an")."""
    n, c = len(toks.k), k
    while c < n and toks.k[c] == ",":
        e = c + 1
        while e < n and e - c <= 3 and toks.word[e] and not toks.cap[e] and not toks.upper[e] and toks.gap[e] == " " \
                and not toks.brk[e] and not _tail_stop(toks, e) and not _name_stop(toks, e):
            e += 1
        if e == c + 1:
            return k
        c = e
    return c if c < n and _code_in_brackets(toks, c) else k


_CLAUSE_MARKS = frozenset({";", ":"})


def _person_named_before(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """A person's name (a family name and a capitalised word after it) is written in the clause before
    token k ("Ông Lê Hải, Giám đốc ...", "Bà Lê Thị Tiến được bổ nhiệm giữ chức Giám đốc ..."): a title
    at k is that person's, its body named in full before nobody."""
    lo = max(sentence_start(toks, k), k - 40)
    for x in range(k - 1, lo, -1):
        if toks.k[x] in _CLAUSE_MARKS:
            lo = x
            break
    return any(toks.k[x] in lex.surnames and toks.cap[x] and not toks.upper[x] and toks.word[x + 1]
               and toks.cap[x + 1] and toks.gap[x + 1] == " " for x in range(lo, k - 1))


def _titled_person_start(toks: Tokens, i: int, name_start: int, end: int, lex: Lexicon) -> int:
    """Where a person's full name begins at the end of a body's name run, or ``end``.

    A title written before its holder ("Giám đốc Công ty TNHH Tân Quang Lê Hải đã về dự") runs the
    body's capitalised name into the holder's, and a body whose names are persons' names (a school,
    a company) may not end at the first family name ("Trường THPT Nguyễn Việt Tân Lê Thị Thực"). When
    a role ends right before the body, no person is named before that role and no name follows the
    run, the run's last family name with one to three given names after it is the holder, provided
    the body keeps a name of two words or more before it. A body named alone ("Trường THPT Lê Quý
    Đôn tổ chức ...") or after its holder's name ("Ông A, Giám đốc Công ty TNHH Trần Liên Hưng")
    keeps its whole run."""
    n = len(toks.k)
    if end - name_start < 4 or not _after_role(toks, i):
        return end
    if end < n and not toks.brk[end] and toks.k[end] in (",", "(", "-", "–") and end + 1 < n and (
            _honorific_person(toks, end + 1, lex) or toks.k[end + 1] in lex.surnames
            or toks.k[end + 1] in lex.honorifics.firsts):
        return end  # "Giám đốc Công ty TNHH Trần Liên Hưng, ông Lê Văn A": the holder named after it
    if end + 1 < n and toks.k[end] in lex.surnames and toks.cap[end] and toks.cap[end + 1] \
            and toks.gap[end] == " " and toks.gap[end + 1] == " " and not toks.brk[end + 1]:
        return end  # "... Dược phẩm Cung Hùng Đặng Quang An": the name read ended before its holder
    r = _role_start_before(toks, i, lex)
    if r is not None and _person_named_before(toks, r, lex):
        return end
    for size in _NAME_SIZES:  # "Nịnh Văn Lộc Phan Sỹ Nam": three syllables before two or four ("Lộc" is
        p = end - size  # a family name too)
        if p >= name_start + 2 and toks.k[p] in lex.surnames and all(
                toks.word[x] and toks.cap[x] and not toks.upper[x] and toks.gap[x] == " " and not toks.brk[x]
                for x in range(p, end)) and not lex.places.longest(toks, p):
            return p
    return end


_NAME_SIZES = (3, 2, 4)  # syllables of a full name, the most usual first


def _role_start_before(toks: Tokens, i: int, lex: Lexicon) -> int | None:
    """Where the role that ends right before token i begins ("Giám đốc" + "Hợp tác xã ..."), or None."""
    roles = lex.roles
    for r in range(max(0, i - 5), i):
        if toks.k[r] in roles.firsts and any(r + m == i for m, _row in roles.match(toks, r)):
            return r
    return None


def _held_body_place_end(toks: Tokens, i: int, end: int, lex: Lexicon) -> int:
    """End of a body's name that closes with a two-syllable place name whose first syllable is a family
    name ("Hợp tác xã Dịch vụ Long Hòa"), where the name run stopped at that syllable as if a person
    began there; ``end`` where it does not go on so.

    In "Ông A, Giám đốc Hợp tác xã Dịch vụ Long Hòa, dự họp" the title's holder is named before the
    role, so the two capitalised syllables that close the phrase (a comma or the sentence's end after
    them) are no second holder but the commune the cooperative is named after. Only two syllables: a
    full name after a body is mostly three ("... Hợp tác xã Dịch vụ Lê Văn Hòa, ...")."""
    n = len(toks.k)
    k = end + 2
    if k > n or toks.k[end] not in lex.surnames or not all(
            toks.word[x] and toks.cap[x] and not toks.upper[x] and toks.gap[x] == " " and not toks.brk[x]
            for x in range(end, k)):
        return end
    if k < n and not toks.brk[k] and toks.k[k] not in (",", ".", ";", ")"):
        return end
    r = _role_start_before(toks, i, lex)
    return k if r is not None and _person_named_before(toks, r, lex) else end


def _committee_unit(row: OrgRow) -> bool:
    """A unit of a Party committee ("Ban Tuyên giáo", "Ủy ban Kiểm tra": a party ``sub`` row that
    takes no place of its own), not of a state or front body ("Ban cán sự Đảng")."""
    return row.category == "party" and "sub" in row.flags and "place" not in row.takes \
        and row.id not in _STATE_SIDE_UNITS


def _committee_place(toks: Tokens, j: int, row: OrgRow, lex: Lexicon) -> PlaceParse | None:
    """A province, district or commune written right after a committee's unit in place of the
    committee ("Ban Tổ chức tỉnh Phú Thọ", "Ủy ban Kiểm tra huyện Tuy Phước", "Ban Tuyên giáo
    tỉnh"): the unit of that place's committee, as a report often writes it. Only a level word
    ("tỉnh", "huyện") opens it: a bare name after the unit may be a person's or another thing's."""
    hit = lex.place_words.longest(toks, j) if toks.k[j] in lex.place_words.firsts else None
    if hit is None or hit[1].level not in ("province", "district", "commune") or _place_lookalike(toks, j):  # type: ignore[union-attr]
        return None
    place = parse_place(toks, j, row, lex)
    return place if place is not None and place.word else None


def _body_number_at(toks: Tokens, k: int, row: OrgRow) -> bool:
    """Token k is a body's number: digits ("Quân khu 4", "Đoàn kiểm tra số 471"), or, for a "roman" row,
    a capital Roman numeral ("Liên khu ủy V", "Liên khu IV": the resistance's zones were numbered so)."""
    return toks.k[k].isdigit() or ("roman" in row.flags and is_roman(toks.t[k]))


def _count_after(toks: Tokens, i: int, j: int, k: int) -> bool:
    """The number at token k after a body's head written in lower case, with no "số" (token j is
    the number itself), is followed by a lower-case word: a count of what comes next ("thành lập 5
    đoàn kiểm tra 15 đơn vị": teams for fifteen units), not the body's number ("Đoàn kiểm tra số
    471", "Quân khu 4 tổ chức")."""
    return k == j and not toks.cap[i] and _lower_word_after(toks, k)


@cache
def _constituency_cues() -> PhraseIndex[str]:
    """``constituency_cues.tsv``: each cue of a constituency, with what must follow it ("number",
    "place")."""
    idx: PhraseIndex[str] = PhraseIndex()
    for cue, then in read_rows("constituency_cues.tsv", 2):
        idx.add(phrase_tokens(cue), then)
    return idx


def _constituency_end(toks: Tokens, j: int, row: OrgRow, lex: Lexicon) -> int:
    """End of the constituency written from token j after a deputies' group's body, j when none:
    "Tổ đại biểu Quốc hội" + "đơn vị bầu cử số 2", "Tổ đại biểu HĐND tỉnh" + "khu vực huyện Phù Ninh"
    (``constituency_cues.tsv``). The group is the deputies elected there, so the constituency is part
    of its name; a cue with neither number nor place after it ("khu vực biên giới") is none."""
    n = len(toks.k)
    hit = _constituency_cues().longest(toks, j) if j < n and not toks.brk[j] else None
    if hit is None:
        return j
    k = j + hit[0]
    if hit[1] == "number":
        k += k < n and toks.k[k] == _NUMBER
        if not (k < n and toks.k[k].isdigit() and not toks.brk[k]):
            return j
        place = parse_place(toks, k + 1, row, lex)  # "... đơn vị số 5 TP Hồ Chí Minh": the constituency's
        return place.end if place is not None and place.name else k + 1  # province or city after it
    place = parse_place(toks, k, row, lex)
    return place.end if place is not None and place.name else j


def _lower_word_after(toks: Tokens, k: int) -> bool:
    """A lower-case word follows token k on its line: after a number, what the number counts. A
    head that is a body only with its number ("Đoàn 559") is none before such a count even when
    capitalised ("Đoàn 30 người" is a delegation of thirty), where a function word there goes on
    with the sentence ("Đoàn 559 trong kháng chiến", ``_tail_stop``)."""
    return k + 1 < len(toks.k) and toks.word[k + 1] and not toks.cap[k + 1] and not toks.brk[k + 1]


def _field_of_implied_ministry(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """A role that names its ministry by the field alone ends right before token i ("Bộ trưởng",
    "Thứ trưởng": roles.tsv's implied body is a central row that takes a field) and a field of
    domains.tsv starts there ("Bộ trưởng Công an Lê Văn A"): the ministry, which the title reader
    builds from the field, not a body that shares the field's words (the "Công an" police force,
    which needs its place: "Công an tỉnh")."""
    if not toks.cap[i] or toks.k[i] not in lex.domains.firsts or not lex.domains.longest(toks, i):
        return False
    roles = lex.roles
    for k in range(max(0, i - 3), i):
        if toks.k[k] not in roles.firsts:
            continue
        for m, row in roles.match(toks, k):
            implied = lex.orgs.get(row.implied_org) if k + m == i else None  # type: ignore[union-attr]
            if implied is not None and implied.level == "central" and "domain" in implied.takes:
                return True
    return False


def _lower_body_of_title(toks: Tokens, i: int, hits: list[tuple[int, OrgRow]], lex: Lexicon) -> bool:
    """A body's name in lower case at token i closes a role phrase of roles.tsv that implies that
    body ("Tổng kiểm toán Nhà nước": the title of the State Auditor General, the body's words written
    as part of the title's noun). The title is named, not the body: the read sets' gold lists no
    body for "Quốc hội bầu …, Tổng kiểm toán Nhà nước" (three reports) where it lists the body for
    "Tổng Kiểm toán Nhà nước" written with the body's capital (three reports). The title reader
    still gives a holder's post its body."""
    if i == 0 or toks.k[i - 1] not in lex.roles.firsts:
        return False
    ends = {(i + m, row.id) for m, row in hits}
    return any(row.implied_org and (i - 1 + m, row.implied_org) in ends for m, row in lex.roles.match(toks, i - 1))


def _in_symbol(toks: Tokens, i: int) -> bool:
    """Token i is the issuer part of a document symbol ("1875/QĐ-UBND", "15/NQ-HĐND"), not a body.

    A symbol's parts are abbreviations in capitals; a name in title case after a slash is a body
    or a publisher ("TTXVN/Tin Tức"). Asked at every first word of a body's name: a dash or a
    slash right before it comes first; a word in capitals (a few of those) before the text of the
    token before it (a slice of the text each time)."""
    if i < 2 or not toks.upper[i] or toks.t[i - 1] not in ("-", "/"):
        return False
    if i > 3 and toks.upper[i - 2] and toks.t[i - 3] == "/" and toks.k[i - 4].isdigit():
        return True  # a symbol written spaced out: "2230 / QĐ - UBND"
    return toks.gap[i] == "" and (toks.upper[i - 2] or toks.k[i - 2].isdigit())  # "QĐ-UBND", "15/NQ" (not
    # "Xuân Dần/VOV")


# Heads that a report writes alone for the one body of that kind it is about ("Thanh tra Bộ", "Đảng
# uỷ Tập đoàn", "Ban cán sự đảng Ủy ban"), and the words that make such a head a common noun instead.
_PARTIES = frozenset({"dang_csvn", "dang_ta", "dang_khac", "dang_ndcm_lao"})  # a party itself
_PARTY_ORGANISATION = "dang_bo"  # "Đảng bộ": of a place, or of a body ("Đảng bộ Sở Xây dựng")
_UNKNOWN_ACRONYM = "viet_tat"  # organizations.tsv's row of an acronym it does not know ("TCT", "Sabeco")
_BARE_HEADS = frozenset({"bo", "so", "cuc", "tong_cuc", "tap_doan", "tong_cong_ty", "cong_ty", "ngan_hang",
                         "benh_vien", "hoc_vien", "vien", "uy_ban"})
_COMPANY_HEADS = frozenset({"tap_doan", "tong_cong_ty", "cong_ty"})  # also in lower case: "Đảng ủy công ty"
_BRANDED_HEADS = _COMPANY_HEADS | {"ngan_hang"}  # a bank, too, is written by the brand it defines in brackets:
# "Ngân hàng TMCP Công Thương Việt Nam (VietinBank)", then "VietinBank", "HĐQT VietinBank"
_TRADE_HEADS = _COMPANY_HEADS | {"nha_may", "xi_nghiep"}  # heads a trade may follow in lower case: "nhà máy giấy
# Tân Hồng", "Xí nghiệp thuốc lá Vũng Liêm"
_HEAD_NOUNS = frozenset(tuple(phrase_tokens(w)) for w in (
    "bộ phận", "bộ máy", "bộ luật", "bộ hồ", "bộ tiêu", "bộ đề", "sở hữu", "viện phí", "công ty con",
    "tập đoàn kinh", "ngân hàng thương", "ngân hàng nhà"))


_PREDICATE_FIRSTS = frozenset(phrase_tokens("và đã đang sẽ bị được vừa cũng là chịu cùng"))  # "Tổng công ty chịu


def _predicate_after_company(toks: Tokens, e: int) -> bool:
    """The lower-case word at token e, right after a company's bare head, starts the sentence's predicate
    or joins the next item ("Kế toán trưởng Tổng công ty đã vi phạm", "... Tổng công ty và bà B", a verb
    of name_stops.tsv): the head ends there. Any other lower-case word may begin the company's own name,
    which a firm may write in lower case ("Công ty dịch vụ kỹ thuật dầu khí")."""
    return toks.k[e] in _PREDICATE_FIRSTS or _name_stop(toks, e)


@cache
def _company_firsts() -> frozenset[str]:
    """The first words of a company's heads (``_COMPANY_HEADS``' phrases in organizations.tsv: "Tổng công ty",
    "Cty", "Tập đoàn"): the one set lookup before :meth:`OrgFinder._bare_company` reads a head."""
    return frozenset(w for w, node in lexicon().org_index.firsts.items()
                     if any(r.id in _COMPANY_HEADS for r in _rows_under(node)))


def _bare_row(toks: Tokens, j: int, lex: Lexicon) -> str:
    """The row of the longest body head written at token j."""
    hits = list(lex.org_index.match(toks, j))
    return max(hits, key=lambda h: h[0])[1].id if hits else ""  # type: ignore[union-attr]


def _bare_owner_head(toks: Tokens, j: int, owner: OrgParse, lex: Lexicon) -> bool:
    """At token j, after a title, the bare head of ``owner``'s kind closes the name ("Bí thư Đảng ủy,
    Giám đốc Sở;", "..., Phó Giám đốc Sở cùng ..."): the title names that body by its kind, the one
    the report names in full as the committee's owner."""
    return _bare_head_end(toks, j, lex) > j and _bare_row(toks, j, lex) == owner.row.id


def _bare_head_end(toks: Tokens, j: int, lex: Lexicon) -> int:
    """End of a body's bare head at token j written right after a unit ("Thanh tra Bộ đã ...",
    "Ban Thường vụ Đảng uỷ Tập đoàn.", "Đảng ủy công ty,"): the body the report is about, named by
    its kind alone, which ends the name (punctuation, the line's end or a lower-case word follows;
    in lower case only punctuation or the line's end). j when none is written there."""
    n = len(toks.k)
    if j >= n or toks.brk[j] or not toks.word[j] or toks.k[j] not in lex.org_index.firsts:
        return j
    hits = list(lex.org_index.match(toks, j))
    if not hits:
        return j
    m, row = max(hits, key=lambda h: h[0])
    if row.id not in _BARE_HEADS or m != len(phrase_tokens(row.canonical)):  # type: ignore[union-attr]
        return j
    e = j + m
    if not toks.cap[j] and row.id not in _COMPANY_HEADS:  # type: ignore[union-attr]
        return j  # "Ban cán sự đảng bộ, cơ quan ngang bộ": ministries in general
    if e >= n or toks.brk[e] or (not toks.word[e] and toks.k[e] in (",", ".", ";", ":", ")")):
        return e
    if toks.cap[j] and toks.word[e] and not toks.cap[e] and not toks.k[e].isdigit() \
            and tuple(toks.k[j : e + 1]) not in _HEAD_NOUNS and tuple(toks.k[j : e + 2]) not in _HEAD_NOUNS:
        return e
    return j


def _refused_in_lower_case(row: OrgRow) -> bool:
    """A row that running text never reads from a lower-case first word (:func:`parse_org`'s first
    test in lower case): a "none" row, or a "cap" row that is no "lowerhead" one."""
    return row.category == "none" or ("cap" in row.flags and "lowerhead" not in row.flags)


_NO_PHRASES: tuple[dict, list] = ({}, [])  # a first word no lower-case phrase starts with (after "các")


def _rows_under(node: tuple[dict, list]) -> list[OrgRow]:
    """The rows of every phrase of organizations.tsv through a node of its index (its own and those
    of the longer phrases it begins)."""
    level, ends = node
    return [r for _, r in ends] + [r for child in level.values() for r in _rows_under(child)]


@cache
def _capital_only_firsts() -> frozenset[str]:
    """The first words of organizations.tsv every phrase of which is refused in lower case in running
    text (:func:`_refused_in_lower_case`): written in lower case ("người", "hội", ...), no body
    starts there, whatever follows. A quarter of the lower-case first words of the corpus's texts;
    parse_org and the scan skip them without reading the phrases there."""
    return frozenset(w for w, node in lexicon().org_index.firsts.items()
                     if all(_refused_in_lower_case(r) for r in _rows_under(node)))


@cache
def _lower_case_firsts() -> dict[str, tuple[dict, list]]:
    """organizations.tsv's first words as the scan tests them when written in lower case: for each
    first word, the second words of its phrases that running text may read in lower case (a row not
    :func:`_refused_in_lower_case` through them) and the one-word phrases of such rows, in the
    index's own (children, ends) form. A lower-case word whose next word goes on only phrases of
    refused rows ("công" + "an": "Công an" is a body only capitalised; "hội nghị" a "none" row) begins
    no body there, as parse_org would find after reading every phrase: the scan passes it by (10,600 parses that
    found nothing on the corpus, a ninth of its lower-case first words; "đoàn" and a word after a
    plural are still parsed). First words of no such row are left out (``_capital_only_firsts``)."""
    out: dict[str, tuple[dict, list]] = {}
    for w, (level, ends) in lexicon().org_index.firsts.items():
        nexts = {x: child for x, child in level.items()
                 if not all(_refused_in_lower_case(r) for r in _rows_under(child))}
        own = [(m, r) for m, r in ends if not _refused_in_lower_case(r)]
        if nexts or own:
            out[w] = (nexts, own)
    return out


_EXTRA_TAKES = frozenset({"domain", "name"})


_REPLACING = frozenset(phrase_tokens("thay"))  # "làm Chủ tịch Mặt trận thay ông X"


def _name_after_short_form(toks: Tokens, k: int) -> bool:
    """Words after a ``shortonly`` short form ("Mặt trận") that make it another body's name: a
    capital or a number next ("Mặt trận Đường 9", "Mặt trận Tây Nguyên"), or a capital within the
    three words after a lower-case one ("Mặt trận dân tộc Giải phóng ..."). A person's name after
    the title's body ("Chủ tịch Mặt trận Nguyễn Văn A") is refused too: precision first."""
    n = len(toks.k)
    if k >= n or toks.brk[k] or not toks.word[k]:
        return False
    if toks.cap[k] or toks.upper[k] or toks.k[k][0].isdigit():
        return True
    if _tail_stop(toks, k) or _verb_stop(toks, k) or toks.k[k] in _PREDICATE_START or toks.k[k] in _REPLACING:
        return False  # "Chủ tịch Mặt trận thay ông X": the clause goes on
    return any(toks.cap[x] and not toks.brk[x] for x in range(k + 1, min(n, k + 4)))


@cache
def _outlet_cues() -> PhraseIndex:
    """The cues of outlet_cues.tsv, read before a newspaper's bare name."""
    return phrase_table("outlet_cues.tsv")


def _cited_outlet(toks: Tokens, i: int, j: int) -> bool:
    """Tokens i..j are a newspaper's bare name cited as a source or as the reporter's outlet: right
    after a cue of outlet_cues.tsv ("trao đổi với", "PV", "theo", "Ảnh:"), each word capitalised as
    a title is ("Tuổi Trẻ", not "Tuổi trẻ"), and no capitalised word right after it (the name ends
    there: "Thanh Niên Online" is another row's)."""
    if not all(toks.cap[x] for x in range(i, j)) or any(toks.brk[x] for x in range(i + 1, j)):
        return False
    if j < len(toks.k) and toks.word[j] and toks.cap[j] and toks.gap[j] == " " and not toks.brk[j]:
        return False
    return not toks.brk[i] and _outlet_cues().ending_at(toks, i) > 0


_REGION = phrase_tokens("khu vực")


def _region_end(toks: Tokens, j: int) -> int:
    """End of a numbered region written at token j after a body's name ("Chi cục Hải quan khu vực II", "Cục
    ... thanh tra khu vực I", "Học viện Chính trị khu vực III"): "khu vực" and one number, Arabic or Roman,
    which ends the name (a mark, the line's end or a lower-case word after it). The region is part of the
    body's name: one body of each number. j when none is written there."""
    n = len(toks.k)
    x = j + len(_REGION)
    if x >= n or tuple(toks.k[j:x]) != _REGION or toks.brk[j + 1] or toks.brk[x] \
            or not (toks.k[x].isdigit() or is_roman(toks.t[x])):
        return j
    return x + 1 if x + 1 >= n or toks.brk[x + 1] or not toks.word[x + 1] or not toks.cap[x + 1] else j


def parse_org(toks: Tokens, i: int, ctx: str = "top", depth: int = 0) -> OrgParse | None:
    """The organization whose name starts at token i, or None (:func:`_parse_org`), read once per
    token, context and depth of a text: the scan, the title readers and the chain of a unit's owners
    ask again at the same tokens (a fifth of the calls on the corpus), and the answer is a function of
    the tokens alone. Nothing changes a parse once made (rules derive others with ``replace``)."""
    memo: dict[tuple[int, str, int], OrgParse | None] = toks.remember("organizations.parses", dict)
    key = (i, ctx, depth)
    try:
        return memo[key]
    except KeyError:
        p = memo[key] = _parse_org(toks, i, ctx, depth)
        return p


def _parse_org(toks: Tokens, i: int, ctx: str, depth: int) -> OrgParse | None:
    """The organization whose name starts at token i, or None.

    ``ctx`` is "top" when scanning running text (strict: capitalisation and stand-alone rules
    apply), "post" after a role word and "chain" after another unit (lenient: "Ủy viên Trung ương",
    "Trưởng ban tuyên giáo tỉnh uỷ"); "member" after "đại biểu", where a term names the body
    ("đại biểu Quốc hội khóa XIII", but "Chủ tịch Quốc hội khóa XI" chairs the Quốc hội).
    """
    lex = lexicon()
    n = len(toks.k)
    if i >= n or depth > 4 or (i > 0 and toks.brk[i] and ctx != "top"):
        return None
    if ctx == "top" and i > 0 and toks.gap[i] == "" and toks.k[i - 1] in (".", "@") and toks.word[i] \
            and not toks.upper[i]:
        return None  # "http://doanhnghiep.chinhphu.vn": a word of a web address, not a body's name
    if ctx in ("post", "member") and toks.k[i] not in lex.org_index.firsts:
        return _place_org(toks, i, lex) or (_brand_after_role(toks, i, lex) if ctx == "post" else None)
    if ctx == "post" and _field_of_implied_ministry(toks, i, lex):
        return None  # "Bộ trưởng Công an": the Bộ Công an, read from the field by the title
    if ctx == "chain" and toks.k[i] not in lex.org_index.firsts:
        return _acronym_org(toks, i, lex)
    if ctx == "top" and not toks.cap[i] and toks.k[i] in _capital_only_firsts():
        return None  # (the loop below would refuse each phrase there)
    unit_end = i  # the end of a unit's name read here and refused ("Ban Thường vụ" with no body)
    word_end = i  # the end of a head read here and refused for want of a name ("Hội đồng" + "thi")
    toponly_end = i  # the end of a body refused here as one of running text only ("Công an nhân dân")
    placeless_end = i  # the end of a body refused here for want of its place ("Viện KSND hai cấp")
    hits = lex.org_index.match(toks, i)
    if ctx == "top" and not toks.cap[i] and _lower_body_of_title(toks, i, hits, lex):
        return None  # "Quốc hội bầu …, Tổng kiểm toán Nhà nước": the title, not its body
    if ctx == "top" and not toks.cap[i]:
        # A lower-case word in running text where every phrase starting there is refused below in
        # lower case: a "cap" row that is no "lowerhead" one, or one with no capital in or right
        # after it (what _lower_head_ok asks first), or a "none" row. Most tries end here (57k of
        # the 97k at a first word of organizations.tsv on the corpus: "công", "bộ", "người" ...),
        # and the loop below would only refuse each phrase in turn and return None.
        for m, row in hits:
            if row.category != "none" and ("cap" not in row.flags or (
                    "lowerhead" in row.flags and any(toks.cap[i + 1 : _company_trade_end(toks, i + m, row) + 1]))):
                break
        else:
            return None
    # no abbreviation's syllable in the longest phrase (hits come longest first): none in any shorter
    # one either, so no phrase of most names asks _abbreviations_in_capitals (one C-level test here)
    plain = not hits or lex.abbreviation_tokens.isdisjoint(toks.k[i : i + hits[0][0]])
    for m, row in hits:
        assert isinstance(row, OrgRow)
        if not plain and not _abbreviations_in_capitals(toks, i, i + m, lex, row):
            continue  # "Tư pháp" is not "TƯ"
        if row.category == "none":
            return None
        if i + m < toponly_end:
            continue  # "đại biểu Công an nhân dân": not the "Công an" of the force refused above
        if "toponly" in row.flags and (ctx != "top" or unit_end > i + m or (
                i > 0 and toks.word[i - 1] and toks.cap[i - 1] and toks.gap[i] == " " and not toks.brk[i]
                and not _sentence_first(toks, i - 1))):
            toponly_end = max(toponly_end, i + m)
            continue  # nor the "Đảng" of "Đảng uỷ" refused above, nor a name's last word ("Trần Quang Đảng")
        if not row.takes and row.category == "other" and "sub" not in row.flags and _common_before_name(toks, i + m):
            continue  # "Tập đoàn dầu khí Total": words of a firm's fixed name, used before another's
        if row.takes.isdisjoint(_NAMED_TAKES) and _second_field_after_dash(toks, i + m, lex) \
                and any("name" in other.takes for k, other in hits if k < m):
            continue  # "Ban Kinh tế - Xã hội": the first field of a longer name, read by "Ban" and its name
        if "shortonly" in row.flags and _name_after_short_form(toks, i + m):
            continue  # "Chính ủy Mặt trận Đường 9": another front's name, not the Front written short
        if "aftercue" in row.flags and not _cited_outlet(toks, i, i + m):
            continue  # "tuổi trẻ", "Thanh niên phải đi đầu": the words, not the newspaper
        if row.id in _PARTIES and ctx == "top" and _party_units_written_common(toks, i, i + m):
            return None  # "các ban Đảng Trung ương": the Party's central boards, no body named "Đảng Trung ương"
        if "lowerlast" in row.flags and toks.cap[i + m - 1]:
            continue  # "Khu ủy Khu tự trị ...": the committee, then a region's own name, not "Khu ủy khu V"
        if "givenname" in row.flags and _after_family_name(toks, i, lex):
            continue  # "Nguyễn Khoa Điềm": a person's middle name, not a faculty named "Điềm"
        if "needparent" in row.flags and not toks.cap[i] and i >= 2 and tuple(toks.k[i - 2 : i]) == _AGENCY \
                and i + m < n and toks.k[i + m] == _OF:
            continue  # "cơ quan thường trực của Quốc hội": what the body is, not its standing unit (but
            # "Cơ quan thường trực Ban chỉ đạo Tây Nam Bộ" names one)
        lower_head = "cap" in row.flags and not toks.cap[i] and ctx == "top"
        if lower_head and not _lower_head_ok(toks, i, m, row):
            continue
        if "cap" in row.flags and not toks.cap[i] and ctx == "post" and _head_compound(toks, i):
            continue  # "cán bộ Lào" read from a role's own head: the word "cán bộ", no ministry (but
            # "Ban cán sự Đảng bộ Công Thương", a unit's body: the ministry written in lower case)
        if "name" in row.takes and ctx == "top" and toks.upper[i] and i > 0 and toks.word[i - 1] \
                and toks.upper[i - 1] and not toks.brk[i] and (toks.e[i] - toks.s[i]) > 1:
            continue  # "NHIỆM VỤ VÀ GIẢI PHÁP": a heading's words, not "Vụ" + a name
        front = _front_after_central(toks, i + m, lex, depth) if row.id in _CENTRAL_COMMITTEES \
            and tuple(toks.k[i + m - 2 : i + m]) == _TRUNG_UONG else None
        if front is not None and (central := _front_central_bodies().get(front.row.id)) is not None:
            return OrgParse(lex.orgs[central], i, front.end)  # "Trung ương MTTQ Việt Nam": the Front's own
        if front is not None:  # "Ban Chấp hành Trung ương Hội Luật gia Việt Nam", "Phó Chủ tịch Trung ương Hội
            unit_row = lex.orgs["ban_chap_hanh"]  # Nông dân Việt Nam": the association's central committee,
            # no Party's
            return OrgParse(unit_row, i, front.end, extra=toks.surface(i + m - 2, i + m), parent=front)
        p = OrgParse(row, i, i + m)
        bare = False  # the unit of a body written by its bare head ("Thanh tra Bộ", "Đảng ủy Tập đoàn")
        if m > len(phrase_tokens(row.canonical)):
            p.head = toks.surface(i, i + m)
        j = i + m
        if j < n and toks.k[j] == "(" and (_own_acronym(toks, i, j) or (
                "place" in row.takes and _suffix_acronym(toks, i, j) and _place_after_aside(toks, j, row, lex) > j)):
            j += 3  # "Hội đồng nhân dân (HĐND) TP. HCM", "Uỷ ban Kiểm tra (UBKT) Trung ương": one name;
            # "Ủy ban Mặt trận Tổ quốc (MTTQ) TP.HCM": the place after the name's end abbreviated
        if "partyorgan" in row.flags and j < n and not toks.brk[j]:
            foreign = _organ_of_foreign_party(toks, j, lex)
            if foreign:  # "T.Ư Đảng Nhân dân Cách mạng Lào", "Bộ Chính trị Đảng Cộng sản Cuba": not Vietnam's
                end, country_name = foreign
                p.extra, p.extra_en, p.foreign = toks.surface(j, end), country_name, True
                p.end = j = end
                return p
        needs_extra = not row.takes.isdisjoint(_EXTRA_TAKES) and "alone" not in row.flags or "neednumber" in row.flags
        got_extra = False
        if "domain" in row.takes and j < n and not toks.brk[j]:
            field = _field_at(toks, j, lex)
            if field is None and toks.cap[i]:
                field = _lower_field_at(toks, j, lex)  # "Sở xây dựng Thừa Thiên - Huế"
            if field is None and "shortfield" in row.flags:
                field = short_field_at(toks, j, lex, place_after="place" in row.takes)
                p.short_field = field is not None
            if field is not None:
                j, p.extra, p.extra_en = field
                got_extra = True  # one name per field
        if not got_extra and "task" in row.flags and (task_end := _titled_task_end(toks, i, j)) > j:
            p.extra, j, got_extra = toks.surface(j, task_end), task_end, True  # "Trưởng ban Chỉ đạo sơ kết ..."
            if tuple(toks.k[p.start + m : p.start + m + 2]) == _TRUNG_UONG:  # the central level as named
                p.extra = ("Trung ương " + toks.surface(p.start + m + 2, j)).strip()
        if not got_extra and "about" in row.flags \
                and (level_end := _level_and_task_end(toks, j, lex, toks.cap[p.start])) > j:
            p.extra, j, got_extra = toks.surface(j, level_end), level_end, True  # "Ban Chỉ đạo quốc gia về ..."
            if tuple(toks.k[p.start + m : p.start + m + 2]) == _TRUNG_UONG:  # the central level as named
                p.extra = ("Trung ương " + toks.surface(p.start + m + 2, j)).strip()
        if not got_extra and "about" in row.flags and j + 1 < n and toks.k[j] == _ABOUT and toks.cap[j] \
                and not toks.brk[j] and j >= word_end:
            k = j + 2 if toks.k[j + 1] in _SUBJECT_PLURALS else j + 1
            end = _subject_end(toks, k, lex)
            if end > k and not toks.cap[k]:  # "Ủy ban Về các vấn đề xã hội": "Về" opens a subject
                p.extra, j, got_extra = toks.surface(j, end), end, True
        if not got_extra and "name" in row.takes and j < n and j >= word_end \
                and not ("sub" in row.flags and toks.cap[j] and _body_at(toks, j)):  # not "Hội" + "đồng thi",
            # nor "Chi bộ" + "Hội Bảo trợ ...": a unit's name that is another body is the body it belongs to
            titled = "titlename" in row.flags and not toks.cap[j] and _after_board_title(toks, i)
            end = _name_tail(toks, j, lex, "persons" in row.flags, "sub" in row.flags,
                             "lowername" in row.flags or titled, "lowerend" in row.flags or titled)
            if titled and "lowername" not in row.flags and _runs_into_body(toks, end):
                end = j  # "Phó Trưởng Ban thường trực Ban Tổ chức": the title's words, then the body held in
            if "tradename" in row.flags and not toks.cap[j] and _company_trade_end(toks, j, row) == j:
                end = j  # "Xí nghiệp gạch men X": a lower-case name only after a known trade
            if end == j + 1 and toks.upper[j] and is_term_value(toks.t[j]) and "number" not in row.takes \
                    and row.category != "state":
                end = j  # "Đại hội Đảng XII": a congress's number, not a party's name ("Quân khu II",
                # "Tổng cục V" are one)
            if end <= unit_end or j < placeless_end:
                end = j  # "Ban" + "Chấp hành": the unit refused above, not a Ban named "Chấp hành"; "Viện" +
                # "KSND hai cấp": a body that needs its place, refused above, is no name of its head's
            if end > j and end < n and toks.k[end] == ",":
                end = field_list_end(toks, end, lex)  # "Ủy ban Dân số, Gia đình và Trẻ em": one name
            if end > j and _place_named(toks, i, j, lex):
                end = j  # "Hội An", "Trường Sa": a place whose name begins with a body's head word
            if end > j + 1 and toks.k[end - 1] in lex.place_words.firsts \
                    and (city := parse_place(toks, end - 1, row, lex)) and city.name and city.end > end:
                # "Trung tâm Báo chí TP. HCM": the "TP." of the city ended the run; the name ends before
                # the city, the body's place, or goes on with it where the row takes no place
                # ("Trường Đại học Bách khoa TP. Hồ Chí Minh", "Hội đồng Đội TP. HCM")
                end = end - 1 if "place" in row.takes else city.end
            if end > j and "lowercap" in row.flags and not any(toks.cap[j:end]):
                end = j  # "Tổ công tác liên ngành đã ...": a kind of group, no name (but "Tổ công tác đặc biệt hỗ
                # trợ nhà đầu tư Hàn Quốc": its task, up to the capitalised words that close it)
            if end > j:
                end = _numbered_body_end(toks, j, end, depth)  # "Bộ Tư lệnh Quân khu 5"
            if end > j and toks.cap[j] and row.category == "state":
                end = _task_pair_end(toks, i, end)  # "Cục Cảnh sát phòng, chống tội phạm công nghệ cao"
            forms_end = _legal_forms_end(toks, j)
            if forms_end > j:  # "Công ty TNHH" + the company's own name, read past the forms
                own = _after_legal_forms(toks, j, forms_end, lex)
                end = max(end, own) if own > forms_end else own
            if end > j and "sub" in row.flags and toks.cap[j]:
                end = _unit_field_end(toks, i, end, lex)  # "Phòng Thực hành quyền công tố và kiểm sát ..."
            if end > j and ("persons" in row.flags or forms_end > j):
                end = _titled_person_start(toks, i, forms_end, end, lex)  # "... Tân Quang Lê Hải đã về dự"
            elif end >= j and toks.cap[j]:
                end = _held_body_place_end(toks, i, end, lex)  # "Ông A, Giám đốc HTX Dịch vụ Long Hòa,"
            if end > j:
                p.extra, j, got_extra = toks.surface(j, end), end, True
                if number := _bare_numbered_tail(toks, p.start + m, end):
                    p.extra = f"{p.extra} {number}"  # "Bộ Tư lệnh Quân khu": of the report's one Quân khu
                if _suffix_acronym(toks, i + m, j) and (after := _place_after_aside(toks, j, row, lex)) > j:
                    p.extra = f"{p.extra} {toks.surface(j + 3, after)}"  # "Lực lượng Thanh niên Xung
                    j = after  # phong (TNXP) TPHCM": the city's force, its name's end abbreviated
        if got_extra and "fieldtail" in row.flags and (tail := _unit_tail_end(toks, i, j, lex)) > j:
            p.extra, j = f"{p.extra} {toks.surface(j, tail)}", tail  # "Vụ Chính sách cán bộ giữ chức ..."
        if got_extra and j + 2 < n and toks.k[j] == _REGION[0] and (region := _region_end(toks, j)) > j:
            p.extra, j = f"{p.extra} {toks.surface(j, region)}", region  # "Chi cục Hải quan khu vực II"
        if not got_extra and "mourns" in row.flags and (mourned := _mourned_end(toks, j, lex)) > j:
            p.extra, j, got_extra = toks.surface(j, mourned), mourned, True  # "Ban Lễ tang nguyên Thủ tướng ..."
        if got_extra and "about" in row.flags and j + 1 < n and toks.k[j] == _ABOUT and not toks.brk[j]:
            end = _subject_end(toks, j + 1, lex)
            if end > j + 1:  # "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"
                p.extra, j = toks.surface(p.start + m, end), end
        if (got_extra or not row.takes) and "at" in row.flags and j + 1 < n and toks.k[j] == _AT and not toks.brk[j] \
                and toks.cap[j + 1] and toks.word[j + 1]:
            end = j + 1
            while end < n and end - j <= 6 and toks.word[end] and not toks.brk[end] and toks.gap[end] == " " and (
                    toks.cap[end] or (got_extra and toks.cap[end - 1] and end + 1 < n and toks.cap[end + 1]
                                      and toks.gap[end + 1] == " " and not toks.brk[end + 1])):
                end += 1  # capitalised words, and a lower-case one between two ("Cộng hòa Dân chủ Đức"); a
                # city alone ends at one ("... tại Đà Nẵng cử Kiểm sát viên ...")
            if end > j + 1:  # "Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức"; a row named by no words of its
                # own is named by the city it sits in ("Tòa án nhân dân cấp cao tại Đà Nẵng", one of three)
                p.extra, j = toks.surface(p.start + m, end), end
        if "country" in row.takes and j < n and not toks.brk[j] and (toks.cap[j] or _state_word(toks, j)):
            k = j + 1 if _state_word(toks, j) else j  # "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"
            country = _country_at(toks, k, lex) if toks.cap[k] and not toks.brk[k] else None
            if country:  # "Quốc hội Myanmar" is Myanmar's; "Quốc hội Việt Nam" is the Quốc hội
                m_c, name_c = country
                if phrase_tokens(str(name_c))[-2:] != _VIETNAM:
                    p.extra = (p.extra + " " + toks.surface(j, k + m_c)).strip()
                    p.extra_en = (p.extra_en + (" of " if p.extra_en else "") + str(name_c)).strip()
                    p.foreign, got_extra = True, True
                j = k + m_c
        if "number" in row.takes and j < n and not ("numbername" in row.flags and got_extra):
            # (a "numbername" row's number comes before its name: "Đồn Biên phòng Hoành Mô 50 triệu đồng")
            k = j + 1 if toks.k[j] == _NUMBER else j
            if k < n and _body_number_at(toks, k, row) and not _count_after(toks, i, j, k) \
                    and not ("neednumber" in row.flags and _lower_word_after(toks, k) and not _tail_stop(toks, k + 1)
                             and not ("needplace" in row.flags and parse_place(toks, k + 1, row, lex))):
                # (but "tổ bầu cử số 7 phường Mân Thái": the number, then the place the body is of)
                got_extra = True
                p.extra = (p.extra + " " + toks.surface(j, k + 1)).strip()
                p.extra_en = (p.extra_en + " No. " + toks.t[k]).strip()
                j = k + 1
        if "numbername" in row.flags and got_extra and toks.k[j - 1].isdigit() and j < n and toks.cap[j] \
                and (end := _name_tail(toks, j, lex)) > j:
            p.extra, j = toks.surface(p.start + m, end), end  # "Đồn Biên phòng 700 Hòn Khoai": the post's
            # number, then its name
        if needs_extra and not got_extra and toks.cap[i] and (number := _unwritten_number(toks, i, m, row)):
            p.extra, p.extra_en, got_extra = number, f"No. {number}", True  # "Đảng ủy Quân khu": the report's one
        if needs_extra and not got_extra:
            word_end = max(word_end, i + m)
            continue
        if "agency" in row.flags and not got_extra and j + 2 < n and tuple(toks.k[j : j + 2]) == _AGENCY \
                and not toks.brk[j] and not toks.brk[j + 1] and not toks.brk[j + 2]:
            agency = parse_org(toks, j + 2, "chain", depth + 1)
            if agency is not None:  # "Đảng ủy cơ quan Bộ Ngoại giao": the chapter in the body's agency
                p.extra, p.parent, got_extra, j = toks.surface(j, j + 2), agency, True, agency.end
        if "agency" in row.flags and not got_extra and not p.parent and _bare_agency_at(toks, j):
            p.extra, got_extra, j = toks.surface(j, j + 2), True, j + 2  # "Bí thư Đảng ủy cơ quan, ...":
            # the chapter of the agency the person works in, named so (_agency_owned may find whose)
        if "sub" in row.flags and not p.parent and not p.extra and tuple(toks.k[j : j + 2]) == _TRUNG_UONG \
                and (front := _front_after_central(toks, j + 2, lex, depth)) is not None:
            p.extra, p.parent, j = toks.surface(j, j + 2), front, front.end  # "Đảng đoàn Trung ương Hội
            # Nông dân Việt Nam", "Ban Thường vụ Trung ương Hội Luật gia Việt Nam": of its central level
        if "sub" in row.flags and j < n and not toks.brk[j] and not p.parent \
                and not _named_place_next(toks, j, row, lex):
            k = j + 1 if toks.k[j] == _OF or (toks.k[j] == _BELONGS and got_extra) else j  # "Phòng X thuộc
            # Văn phòng UBND ...": a unit named by its own name, of that office (not "các đảng ủy thuộc Trung
            # ương": a kind; nor "Ban quản lý X trực thuộc UBND ...": the body it answers to, not its owner)
            parent = parse_org(toks, k, "chain", depth + 1)
            if parent and row.id == _PARTY_ORGANISATION and parent.row.id in _PARTIES:
                # "Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Thái": the Party's organisation of the place
                # written after the Party's name, no unit of the Party
                place = parse_place(toks, parent.end, row, lex)
                j = parent.end if place is not None and place.name else j
                parent = None
            if parent:
                p.parent, p.of, j = parent, toks.k[j] == _OF, parent.end
            elif not got_extra and k == j and toks.cap[i] and (bare_end := _bare_head_end(toks, j, lex)) > j:
                p.bare_row = _bare_row(toks, j, lex)
                p.extra, j, got_extra, bare = toks.surface(j, bare_end), bare_end, True, True
        if not p.parent and not bare and "place" in row.takes:
            place = parse_place(toks, j, row, lex)
            if place:
                p.place, j = place, place.end
            elif row.level == "province" and (place := _province_after_in(toks, j, row, lex)):
                p.place = place  # "Bí thư Tỉnh ủy ở Hậu Giang": the body of that province, written "Tỉnh ủy"
        elif not p.parent and _committee_unit(row) and j < n and not toks.brk[j]:
            place = _committee_place(toks, j, row, lex)
            if place:  # "Ban Tuyên giáo huyện Thủ Đức": the unit of that place's Party committee
                p.place, j = place, place.end
        if "constituency" in row.flags and got_extra and (end := _constituency_end(toks, j, row, lex)) > j:
            p.extra, p.place, j = toks.surface(p.start + m, end), None, end  # "Tổ đại biểu Quốc hội đơn vị
            # bầu cử số 2", "Tổ đại biểu HĐND tỉnh khu vực huyện Phù Ninh": its place is the council's
        if "term" in row.takes:
            after = _skip_term(toks, j, p)
            if "termname" in row.flags and (ctx == "member" or (ctx == "top" and not _after_role(toks, i))):
                j = after
            else:
                p.said_term, p.term = p.term, None  # read, but not part of this body's name
        if not p.parent and row.parent and j + 1 < n and not toks.brk[j] \
                and (toks.k[j] == _OF or "ownparent" in row.flags):
            k = j + 1 if toks.k[j] == _OF else j  # "Ủy ban Kinh tế (của) Quốc hội": its own parent
            own = parse_org(toks, k, "chain", depth + 1)
            if own is not None and own.row.id == row.parent:
                p.parent, p.of, j = own, k > j, own.end
        if "needparent" in row.flags and not p.parent and not bare:
            unit_end = max(unit_end, i + m)
            continue  # "Thường trực" is a body only as the Thường trực of another body
        if "namedplace" in row.flags and not (p.place is not None and p.place.name):
            unit_end = max(unit_end, i + m)  # "Đoàn đại biểu TP Hà Nội", not "Đoàn đại biểu Tỉnh ủy, ...":
            continue  # a place's delegation only with the place's own name
        if "branch" in row.flags and not p.has_place():
            continue  # "Chánh Văn phòng Kho bạc Nhà nước": the central body, whose branch needs its place
        if "needplace" in row.flags and "cap" in row.flags and not toks.cap[i] and not p.has_place() \
                and not p.parent and not bare:
            unit_end = max(unit_end, i + m)  # "cán bộ thanh tra", "trưởng đoàn thanh tra" after a role too:
            continue  # the work or the trade written in lower case, no body without its place
        if "titleonly" in row.flags and not _after_board_title(toks, i, _UNIT_TITLE_LASTS):
            continue  # "Giám đốc Khối Quản lý rủi ro", but not "Khối FDI gia nhập", "Khối Trung ương gồm ..."
        if "communeonly" in row.flags and not _named_commune(p):
            continue  # "Đoàn xã Tân Lập" is the commune's Youth Union; "Đoàn Hà Nội", "Đoàn xã viên" are no body
        if ctx == "top":
            if lower_head and not ((got_extra and not _only_place(toks, i + m, j, lex, "placename" in row.flags))
                                   or p.parent or (p.place and p.place.name and not needs_extra)):
                continue  # "mỗi trường ĐH", "trung tâm Nha Trang": a lower-case head needs its own name
            if "needplace" in row.flags and not p.has_place() and not bare and not p.parent:
                unit_end = max(unit_end, i + m)  # (but "Đảng uỷ Sở Xây dựng": the committee of a body)
                placeless_end = max(placeless_end, i + m)
                continue
            if not p.parent and not got_extra and "alone" not in row.flags \
                    and not ("needplace" in row.flags and p.has_place()):
                unit_end = max(unit_end, i + m)
                continue  # but "Công an tỉnh", "Thanh tra tỉnh": a body by its place
        if toks.cap[i] and _provisional_at(toks, j):
            p.provisional, j = True, j + len(_PROVISIONAL)
        p.end = j
        return p
    if ctx in ("post", "member"):
        return _place_org(toks, i, lex)  # "Bí thư quận 1": "quận" also begins "Quận ủy"
    return None


@cache
def bare_head_reach() -> dict[str, str]:
    """``bare_head_bodies.tsv``: an organizations.tsv row whose head a report writes bare -> how far the reading
    reaches for its body ("sentence": "Giám đốc Sở" in the sentence that named the Sở; "report": "Tham mưu trưởng
    Quân khu" or "Đảng ủy Quân khu" anywhere in a report that names one Quân khu). One reader for organizations
    (the bare numbered tail) and officials (a role before a bare head)."""
    out: dict[str, str] = {}
    for row, reach in read_rows("bare_head_bodies.tsv", 2):
        if reach not in ("sentence", "report"):
            raise ValueError(f"bare_head_bodies.tsv: row {row!r}: reach {reach!r} is not 'sentence' or 'report'")
        out[row] = reach
    return out


@cache
def report_bare_heads() -> frozenset[str]:
    """bare_head_bodies.tsv's rows with reach "report": the heads known by their number or name
    ("Quân khu", "Sư đoàn") that a report writes bare for the one such body it names."""
    return frozenset(row for row, reach in bare_head_reach().items() if reach == "report")


def old_government_at(toks: Tokens, j: int) -> OrgParse | None:
    """The body of the past (organizations.tsv flag ``old``) of the state's kind written at token j, right
    after a ministry's field: "Bộ trưởng Ngoại giao | Chính phủ Cách mạng Lâm thời Cộng hòa miền Nam Việt Nam"
    is the provisional government's foreign minister, "Bộ trưởng Tài chính | Chính phủ nước Việt Nam Dân chủ
    Cộng hòa" the North's of 1945-1976: the ministry is that government's, not today's Bộ of the field, and it
    went with it (:func:`old_body_pattern`). None when no such body starts there. Read after a minister's role
    only (titles._domain_org): "Bộ trưởng Bộ Ngoại giao Chính phủ VN Dân chủ Cộng hòa", the ministry written
    with "Bộ", stays "Bộ Ngoại giao" beside the government, as the read set mid26 (vntc-0038) annotates it."""
    if j >= len(toks.k) or not toks.cap[j] or toks.brk[j]:
        return None
    p = parse_org(toks, j, "chain")
    return p if p is not None and p.row.category == "state" and "old" in p.row.flags else None


@cache
def old_body_pattern() -> re.Pattern[str]:
    """Any written form of a body that no longer exists (organizations.tsv flag ``old``: "Liên khu ủy",
    "Xứ ủy", "Ủy ban kháng chiến hành chính") standing whole, on a text's key (:func:`kg.textkey.key`).
    One reading of the flag for the caption rule (a photo caption naming such a body is of the past, searched
    anywhere in the caption) and for past_steps (a post in such a body is former: matched at the start of the
    body's name, so a veterans' "Ban liên lạc … kháng chiến Liên khu V" of today is not one). A ministry of such
    a body, its field between ("Bộ Y tế Chính phủ Cách mạng Lâm thời ...", as :func:`old_government_at` reads
    it for titles._domain_org), starts with one too: the ministry went with its government."""
    forms = [text_key(form) for cols in read_rows("organizations.tsv", 10) if "old" in cols[8].split(",")
             for form in cols[5].split("|") if form]
    return re.compile(rf"(?<![\w])(?:{_OLD_MINISTRY})?(?:{alternation(forms)})(?![\w])")


_OLD_MINISTRY = r"bộ(?: \w+){1,6}? "  # "bộ y tế ", "bộ lao động thương binh và xã hội ", before an old body's form


def _one_number_after(toks: Tokens, words: tuple[str, ...]) -> str:
    """The one number the text writes right after the head ``words`` ("7" of "Quân khu 7"), "" where
    it writes two numbers, none, or the head before a name of its own ("Quân khu Thủ đô"; a person's
    name after a title, "Tư lệnh Quân khu Nguyễn Văn A", is no such name)."""
    lex = lexicon()
    n, m = len(toks.k), len(words)
    numbers: set[str] = set()
    for x in toks.where(frozenset(words[:1])):
        y = x + m
        if tuple(toks.k[x:y]) != words or y >= n or toks.brk[y] or not toks.word[y]:
            continue
        if toks.k[y].isdigit():
            numbers.add(toks.k[y])
        elif toks.cap[y] and toks.gap[y] == " " and toks.k[y] not in lex.surnames:
            return ""
    return next(iter(numbers)) if len(numbers) == 1 else ""


def _unwritten_number(toks: Tokens, i: int, m: int, row: OrgRow) -> str:
    """The number of a head known by its number or its name ("Quân khu", "Sư đoàn", bare_head_bodies.tsv's
    "report" rows) written bare at tokens i..i+m-1 in a text that names one body of that head,
    with its number: a report about "Quân khu 7" writes "Bộ Tư lệnh Quân khu", "Đảng ủy Quân khu",
    "Tham mưu trưởng Quân khu" for that region, its one such body. "" where the head is not so
    written, is counted or in the plural ("các Quân khu", "3 sư đoàn", "cấp quân khu"), or begins a
    role ("Sư đoàn trưởng")."""
    if row.id not in report_bare_heads() or (i > 0 and (toks.k[i - 1] in _PLURAL or toks.k[i - 1] == _LEVEL
                                                        or toks.k[i - 1].isdigit())):
        return ""
    if i + m < len(toks.k) and not toks.brk[i + m] and toks.word[i + m] and (
            toks.k[i + m].isdigit() or toks.cap[i + m] and toks.k[i + m] not in lexicon().surnames):
        return ""  # its number or its name written here
    role = lexicon().roles.longest(toks, i)
    if role is not None and role[0] > m:
        return ""  # "Sư đoàn trưởng", "Tiểu đoàn trưởng": a role, not the body
    words = tuple(toks.k[i : i + m])
    return toks.remember("organizations.head_number." + " ".join(words), lambda: _one_number_after(toks, words))


def _bare_numbered_tail(toks: Tokens, j: int, end: int) -> str:
    """The unwritten number of a name read from token j to ``end`` whose last words are a head known by
    its number written bare (:func:`_unwritten_number`): "Bộ Tư lệnh Quân khu", "Cục Chính trị Quân
    khu" in a report about "Quân khu 5" are its command and its political department."""
    lex = lexicon()
    for x in range(j, end):
        if toks.cap[x] and toks.k[x] in lex.org_index.firsts:
            for m, row in lex.org_index.match(toks, x):
                if x + m == end and isinstance(row, OrgRow) and (number := _unwritten_number(toks, x, m, row)):
                    return number
    return ""


def _numbered_body_end(toks: Tokens, j: int, end: int, depth: int) -> int:
    """The end of a name read from token j to ``end`` whose last words are a body known by its number
    (a row of organizations.tsv that takes a number: "Quân khu", "Quân đoàn"), with that number right
    after: "Bộ Tư lệnh Quân khu 5" is the command of Quân khu 5, its name the region's with the
    number, not "Bộ Tư lệnh Quân khu" and the region as a second body."""
    if end >= len(toks.k) or not toks.k[end].isdigit() or toks.brk[end]:
        return end
    lex = lexicon()
    for x in range(j, end):
        if toks.cap[x] and toks.k[x] in lex.org_index.firsts:
            q = parse_org(toks, x, "chain", depth + 1)
            if q is not None and "number" in q.row.takes and q.end > end:
                return q.end
    return end


@cache
def _front_central_bodies() -> dict[str, str]:
    """front_central_bodies.tsv: a Front's row written after "Trung ương" -> the row of its central body."""
    return dict((body, central) for body, central in read_rows("front_central_bodies.tsv", 2))


def _front_after_central(toks: Tokens, j: int, lex: Lexicon, depth: int) -> OrgParse | None:
    """The Front's or a mass organization's body written right after "Trung ương" (token j follows
    it): "Đảng đoàn Trung ương Hội Nông dân Việt Nam", "Ban Chấp hành Trung ương Hội Luật gia Việt
    Nam" are that body's central units, not the Party's Central Committee and a second body."""
    if j >= len(toks.k) or toks.brk[j] or not toks.cap[j] or toks.k[j] not in lex.org_index.firsts:
        return None
    q = parse_org(toks, j, "chain", depth + 1)
    return q if q is not None and q.row.category == "front" and q.parent is None else None


_FORMER = frozenset(phrase_tokens("nguyên cố"))
_COMRADE = tuple(phrase_tokens("đồng chí"))


def _mourned_end(toks: Tokens, j: int, lex: Lexicon) -> int:
    """End of the person a funeral committee mourns, written right after its name ("Ban Lễ tang
    nguyên Thủ tướng Lê Văn A", "Ban lễ tang đồng chí Lê Văn A"): "nguyên" or "cố" if written, a
    role or "đồng chí", then a person's name (a family name and one to three more capitalised
    words). j when none: "Trưởng Ban lễ tang là đồng chí ..." names the committee alone."""
    n = len(toks.k)
    k = j + 1 if j < n and toks.k[j] in _FORMER and not toks.brk[j] else j
    if k >= n or toks.brk[k]:
        return j
    role = lex.roles.longest(toks, k)
    if role:
        k += role[0]
    elif tuple(toks.k[k : k + 2]) == _COMRADE:
        k += 2
    else:
        return j
    if k >= n or toks.brk[k] or not toks.cap[k] or toks.k[k] not in lex.surnames:
        return j
    end = k + 1
    while end < n and end - k < 4 and toks.cap[end] and toks.word[end] and toks.gap[end] == " " \
            and not toks.brk[end]:
        end += 1
    return end if end >= k + 2 else j


def _after_family_name(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """Token i follows a capitalised family name in the same phrase ("Nguyễn" + "Khoa Điềm"): it is
    a word of that person's name."""
    return i > 0 and not toks.brk[i] and toks.gap[i] == " " and toks.word[i - 1] and toks.cap[i - 1] \
        and toks.k[i - 1] in lex.surnames


def _sentence_first(toks: Tokens, k: int) -> bool:
    """Token k is the first word of its sentence or line (capitalised for that alone: "Khi Đảng ...")."""
    return k == 0 or toks.brk[k] or toks.k[k - 1] in (".", "!", "?", ":", "\"", "“", "(", "-", "–")


def _named_place_next(toks: Tokens, j: int, row: OrgRow, lex: Lexicon) -> bool:
    """A unit that also takes a place has a named place at token j ("Cổng thông tin điện tử TP.
    Đà Nẵng"): its place, not a parent body read from the place's abbreviation ("TP")."""
    if "place" not in row.takes:
        return False
    place = parse_place(toks, j, row, lex)
    return place is not None and bool(place.name)


def _acronym_org(toks: Tokens, i: int, lex: Lexicon) -> OrgParse | None:
    """A body known by its acronym after a unit of it: "Hội đồng quản trị PVN"."""
    row = lex.orgs.get("viet_tat")
    t = toks.t[i]
    brand = toks.word[i] and toks.cap[i] and t.isascii() and t.isalpha() \
        and (_foreign_word(t) or _mixed_case_brand(t)) \
        and not (i + 1 < len(toks.k) and toks.cap[i + 1] and toks.gap[i + 1] == " ")  # "OceanBank", not a name
    if row is None or not (toks.word[i] and (toks.upper[i] or brand) and 2 <= len(t) <= 12 and t.isalpha()) \
            or toks.k[i] in lex.abbreviation_tokens or lex.places.longest(toks, i) \
            or (toks.k[i] in lex.place_words.firsts and lex.place_words.longest(toks, i)):
        return None  # (nor a place's kind in capitals: "Thanh tra TP Hà Nội" is the city's, no body "TP")
    return OrgParse(row, i, i + 1, extra=t)


# the roles that head a company, whose body may be written as its brand alone ("Giám đốc điều hành",
# "Tổng giám đốc" end in "giám đốc" or are matched whole); the chief accountant, a post the law
# gives every company, is named after the brand as they are ("nguyên Kế toán trưởng Vinaco")
_COMPANY_ROLES = frozenset(tuple(phrase_tokens(r)) for r in (
    "giám đốc", "chủ tịch", "TGĐ", "GĐ", "CEO", "giám đốc điều hành", "kế toán trưởng"))


_COMPANY_ROLE_LASTS = frozenset(r[-1] for r in _COMPANY_ROLES)  # "đốc", "tịch", ...: the cheap test first


def _after_company_role(toks: Tokens, i: int) -> bool:
    if i == 0 or toks.k[i - 1] not in _COMPANY_ROLE_LASTS:
        return False  # no role ends right before token i (most calls)
    return any(tuple(toks.k[i - m : i]) in _COMPANY_ROLES for m in (1, 2, 3, 4) if i >= m)


def _brand_word(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """One capitalised word that names a company by its brand: a word of more than one syllable in
    ASCII letters ("Vinamilk", "VinFast") or three or four ASCII capitals ("PVN"; not "TP" or "CĐ",
    not "ĐHND" or "NHCSXH", a Vietnamese body's initials, nor "UBNDTP", an abbreviation glued to
    more), or up to eight where the report writes it alone in brackets, its own short name of a body
    ("Tổng công ty Truyền tải điện Quốc gia (EVNNPT)"); never an abbreviation, a body's first word,
    a family name or a place of the tables."""
    t, k = toks.t[i], toks.k[i]
    if not (toks.word[i] and toks.cap[i] and t.isascii() and t.isalpha()):
        return False
    if toks.upper[i]:
        if not (3 <= len(t) <= 4 or (len(t) <= 8 and _defined_in_brackets(toks, i))) \
                or any(k.startswith(a) for a in lex.abbreviation_tokens):
            return False  # (a longer acronym only where the report defines it: "Tổng công ty ... (EVNNPT)")
    elif len(t) < 4 or not (_foreign_word(t) or _mixed_case_brand(t)):
        return False
    return not (k in lex.abbreviation_tokens or k in lex.org_index.firsts or k in lex.surnames
                or lex.places.longest(toks, i) or lex.other_places.longest(toks, i)
                or lex.place_words.longest(toks, i))


def _defined_in_brackets(toks: Tokens, i: int) -> bool:
    """The word at token i is written alone in brackets somewhere in the text ("Trung tâm Kiểm soát
    bệnh tật tỉnh (CDC)"): the report's own short name of a body, which a place word may follow as
    it follows the body's name ("Giám đốc CDC tỉnh")."""
    n = len(toks.k)
    return any(0 < x < n - 1 and toks.k[x - 1] == "(" and toks.k[x + 1] == ")"
               for x in toks.positions().get(toks.k[i], ()))


def _brand_after_role(toks: Tokens, i: int, lex: Lexicon) -> OrgParse | None:
    """Right after a company's role (director, chairman), its brand ends the title: "Tổng giám đốc
    Vinamilk, ...", "Chủ tịch VinFast Lê Văn A", "Chủ tịch PVN thay ông …". The title must end with
    the brand: punctuation, a lower-case word that is no place word, or a Vietnamese name follows
    (not "Chủ tịch Fidel Castro", a foreign person's name; not "Chủ tịch HLG tỉnh Thái Bình", a
    local body's initials). The body is named as the text writes the brand (a bank or a group as
    much as a company, so no legal form is added)."""
    n = len(toks.k)
    if not _after_company_role(toks, i):
        return None  # "Tổng thống Putin": a head of state's name, not a brand
    if not _brand_word(toks, i, lex):
        return None
    k = i + 1
    if k < n and not toks.brk[k] and toks.word[k] and toks.cap[k] and not (
            toks.k[k] in lex.surnames and k + 1 < n and toks.cap[k + 1] and toks.gap[k + 1] == " "):
        return None  # "Chủ tịch Fidel Castro": a capitalised word that is no Vietnamese name goes on
    if k < n and not toks.brk[k] and toks.word[k] and not toks.cap[k] and lex.place_words.longest(toks, k) \
            and not _defined_in_brackets(toks, i):
        return None  # "Chủ tịch HLG tỉnh Thái Bình" (but "Giám đốc CDC tỉnh" after "Trung tâm ... tỉnh (CDC)")
    row = lex.orgs.get("viet_tat")
    return OrgParse(row, i, i + 1, extra=toks.t[i]) if row is not None else None


_DEPUTY = tuple(phrase_tokens("đại biểu"))


def _place_org(toks: Tokens, i: int, lex: Lexicon) -> OrgParse | None:
    """After a role, a named place stands for its body: "Bí thư thôn Yên Cảnh"; not after "đại
    biểu": a deputy is elected for a place, he holds no post in a body of it ("Đoàn đại biểu TP Hà
    Nội" is the place's delegation, organizations.tsv's ``doan_dai_bieu``; "Đại biểu X (tổ đại biểu
    huyện Y)" names the group of the council's deputies elected in the district, no body of it)."""
    if i >= 2 and tuple(toks.k[i - 2 : i]) == _DEPUTY:
        return None
    row = lex.orgs.get("dia_phuong")
    # a first-word test spares the lookup that misses at once (most words after a role are no place word)
    hit = lex.place_words.longest(toks, i) if i < len(toks.k) and toks.k[i] in lex.place_words.firsts else None
    if row is None or not hit or hit[1].level not in ("province", "district", "commune", "village"):  # type: ignore[union-attr]
        return None
    place = parse_place(toks, i, row, lex)
    if place is None or not place.name or tuple(toks.k[place.end - 1 : place.end + 1]) == _TRUNG_UONG:
        return None  # (not "đại biểu khối Trung ương": the central bloc, no place named "Trung")
    return OrgParse(row, i, place.end, place=place)


# --------------------------------------------------------------------------------------------
# From parses to mentions


# The level a Party committee's own name says ("Thành ủy" is the committee of a thành phố): the same
# level word written again before the place ("Thành ủy thành phố Pleiku", "Huyện ủy huyện Ba Vì")
# adds nothing to the name, whatever the place's rank; a numbered district keeps it ("Quận ủy quận 5").
_COMMITTEE_LEVEL_WORDS = {"thanh_uy": "thành phố", "huyen_uy": "huyện", "quan_uy": "quận", "thi_uy": "thị xã"}


def _place_text(p: OrgParse) -> str:
    pl = p.place
    if not pl:
        return ""
    if pl.word and pl.name and _COMMITTEE_LEVEL_WORDS.get(p.row.id) == pl.word and not pl.name[0].isdigit():
        return pl.name  # "Thành ủy thành phố Pleiku" is the Thành ủy Pleiku (but "quận 5" is a name)
    if pl.word and (pl.province or not pl.name) and p.row.id in _PARTY_COMMITTEES \
            and p.row.id not in ("dang_uy", "dang_uy_khoi"):
        return pl.name  # "Tỉnh uỷ tỉnh Thái Bình" is the Tỉnh ủy Thái Bình; "Bí thư tỉnh": the Tỉnh ủy
    if pl.word:
        return f"{pl.word} {pl.name}".strip()
    if pl.province and p.row.category in ("state", "front", "party") and p.row.id not in _PARTY_COMMITTEES \
            and p.row.id not in _BLOC_BODIES and p.row.canonical.rsplit(" ", 1)[-1] != "tỉnh":
        return f"{pl.province.kind} {pl.name}"  # "Đảng bộ Hà Nội" is the Đảng bộ thành phố Hà Nội
    return pl.name


def _district_province(p: OrgParse) -> str | None:
    """The province of a district named in the body's place, when only one district has the name."""
    place = p.place or (p.parent.place if p.parent else None)
    if place is None or not place.name:
        return None
    provinces = lexicon().districts.get(" ".join(phrase_tokens(place.name)), frozenset())
    return next(iter(provinces)) if len(provinces) == 1 else None


class _MarkRuns:
    """Marks (token, province name), in the order of the text, indexed so that the provinces of the
    marks between two tokens are read in a few halvings, not a walk over every mark of the text:
    a body's clause in a text with no sentence end is the whole text, and each bare "Tỉnh ủy"
    walked all its marks (quadratic). ``run_start[i]`` is the first mark of the run of marks of
    one name that holds mark i."""

    def __init__(self, marks: list[tuple[int, str]]) -> None:
        self.ks = [k for k, _ in marks]
        self.names = [name for _, name in marks]
        self.run_start: list[int] = []
        self.at: dict[str, list[int]] = {}  # name -> the tokens of its marks
        for i, (k, name) in enumerate(marks):
            self.run_start.append(self.run_start[-1] if i and self.names[i - 1] == name else i)
            self.at.setdefault(name, []).append(k)

    def between(self, lo: int, hi: int) -> str | None:
        """The one province the marks from token ``lo`` to ``hi`` (not included) name; "" when they
        name two or more, None when there is none (for marks of names that are never "")."""
        count, name = self.span(lo, hi)
        return None if not count else name if count == 1 else ""

    def span(self, lo: int, hi: int) -> tuple[int, str]:
        """How many names the marks from token ``lo`` to ``hi`` (not included) write, 2 for two or
        more, and the one name when it is one: (0, ""), (1, name) or (2, "")."""
        a, b = bisect_left(self.ks, lo), bisect_left(self.ks, hi)
        if a >= b:
            return 0, ""
        return (1, self.names[b - 1]) if self.run_start[b - 1] <= a else (2, "")

    def names_in(self, name: str, lo: int, hi: int) -> bool:
        """A mark of this province lies from token ``lo`` to ``hi`` (not included)."""
        at = self.at.get(name, [])
        x = bisect_left(at, lo)
        return x < len(at) and at[x] < hi

    def last_before(self, hi: int) -> tuple[int, str] | None:
        """The last mark before token ``hi`` (token, name), if any."""
        b = bisect_left(self.ks, hi)
        return (self.ks[b - 1], self.names[b - 1]) if b else None

    def first_from(self, lo: int) -> tuple[int, str] | None:
        """The first mark at or after token ``lo`` (token, name), if any."""
        a = bisect_left(self.ks, lo)
        return (self.ks[a], self.names[a]) if a < len(self.ks) else None


_NO_MARKS = _MarkRuns([])


def _two_spans(a: tuple[int, str], b: tuple[int, str]) -> tuple[int, str]:
    """:meth:`_MarkRuns.span` of the marks of two stretches together: (0, ""), (1, name), (2, "")."""
    if a[0] == 2 or b[0] == 2 or (a[0] == 1 and b[0] == 1 and a[1] != b[1]):
        return 2, ""
    return (1, a[1]) if a[0] else b


def _kind_fits(p: OrgParse, province: str) -> bool:
    """A "Tỉnh ủy" or "UBND tỉnh" is a province's, a "Thành ủy" or "UBND thành phố" a city's."""
    kind = _kind_of(p)
    return kind is None or kind == _province_kind(province)


def _kind_of(p: OrgParse) -> str | None:
    """ "tỉnh" for a "Tỉnh ủy" or "UBND tỉnh", "thành phố" for a "Thành ủy" or "UBND thành phố" (or
    their units: "Ban Thường vụ Thành ủy"); None when the words do not say which kind of province."""
    word = p.place.word if p.place else ""
    rid = p.row.id if not p.parent else p.parent.row.id
    if not word and p.parent and p.parent.place:
        word = p.parent.place.word  # "Ban Chấp hành Đảng bộ thành phố"
    if rid in ("tinh_uy", "tinh_doan") or word == "tỉnh":
        return "tỉnh"
    if rid in ("thanh_uy", "thanh_doan") or word == "thành phố":
        return "thành phố"
    return None


@cache
def _province_kind(province: str) -> str:
    """ "tỉnh" or "thành phố", from places.tsv."""
    lex = lexicon()
    hit = lex.places.match(Tokens.of(province, text_key(province)), 0)
    return hit[0][1].kind if hit else "tỉnh"  # type: ignore[union-attr]


def _start(p: OrgParse) -> int:
    return p.start


def _written_short(p: OrgParse) -> bool:
    """The name, or the name of a body it is a unit of, is written with a short field ("Ban cán sự
    đảng Bộ Giao thông"): as titles do for "Bộ trưởng Giao thông", the mention's written form is
    its full name, the short writing being no other name of the body."""
    q: OrgParse | None = p
    while q is not None:
        if q.short_field:
            return True
        q = q.parent
    return False


def _local_canonical(row: OrgRow) -> str:
    """The canonical name a chapter named by its place, or another country's body of the kind, is written
    with: the national body's name without its country for a ``countryname`` row ("Hội Nông dân" + "tỉnh
    Nghệ An", not "Hội Nông dân Việt Nam tỉnh Nghệ An"; "Hội Liên hiệp Phụ nữ" + "Lào"), the row's
    canonical name otherwise."""
    if "countryname" in row.flags and phrase_tokens(row.canonical)[-2:] == _VIETNAM:
        return row.canonical.rsplit(" ", 2)[0]
    return row.canonical


@cache
def _name_word_abbreviations() -> dict[str, str]:
    return dict((a, b) for a, b in read_rows("name_word_abbreviations.tsv", 2))


def _spelled_out(extra: str) -> str:
    """A body's own name with the abbreviations of its words spelled out (``name_word_abbreviations.tsv``:
    "KHXH&NV Nghệ An" -> "Khoa học Xã hội và Nhân văn Nghệ An"), so that the short and the full writing
    of one name make one body."""
    if "&" not in extra and "-" not in extra:
        return extra  # (every abbreviation of the table joins its parts so: the cheap test first)
    table = _name_word_abbreviations()
    words = extra.split(" ")
    if not any(w in table for w in words):
        return extra
    return " ".join(table.get(w, w) for w in words)


def _name(p: OrgParse, as_suffix: bool = False, province: str | None = None) -> str:
    """Canonical name; ``province`` (inferred, not written) goes where the place would be."""
    local = (p.place or province or p.foreign) and "countryname" in p.row.flags  # (also "Hội Liên hiệp Phụ
    # nữ Lào": another country's body, named with its own country, not Việt Nam's)
    parts = [_local_canonical(p.row) if local else p.row.suffix if as_suffix else p.row.canonical]
    if p.head and "name" in p.row.takes:  # "Trường THPT", "Trường mầm non": the kind as written
        parts = [p.head[:1].upper() + p.head[1:]]
    if p.extra:
        parts.append(_spelled_out(p.extra) if "name" in p.row.takes else p.extra)
    if p.parent:
        parts.append(("của " if p.of or _own_parent(p, p.parent.row.id) else "") + _name(p.parent, True, province))
        province = None
    if p.place:
        if province and not p.place.name and p.row.id in _PARTY_COMMITTEES:
            parts.append(province)  # "Thành ủy TP" in a report about Hồ Chí Minh: Thành ủy Hồ Chí Minh
        else:
            parts.append(_place_text(p))
            if province and not p.place.name:
                parts.append(province)
        if p.row.id == "dia_phuong":
            parts = parts[1:]
    elif province:
        last = parts[-1].rsplit(" ", 1)[-1]
        bare = p.row.id in _PARTY_COMMITTEES or last in ("tỉnh", "thành phố")
        parts.append(province if bare else f"{_province_kind(province)} {province}")
    if p.provisional:
        parts.append(" ".join(_PROVISIONAL))
    if p.term:
        parts.append(f"khóa {p.term}")
    return " ".join(filter(None, parts))  # (asked about 70 times a report: no generator to step)


def _own_parent(p: OrgParse, parent_id: str) -> bool:
    """``parent_id`` is the body an ``ownparent`` row always belongs to (a National Assembly
    committee's Quốc hội): its name is the same whether the text writes that parent with "của",
    without it or not at all ("Ủy ban Đối ngoại", "Ủy ban Đối ngoại Quốc hội", "Ủy ban Đối ngoại
    của Quốc hội" are one body, named with "của" as its parent's unit)."""
    return "ownparent" in p.row.flags and bool(parent_id) and parent_id == p.row.parent \
        and parent_id in lexicon().orgs


def _committee_unit_name(p: OrgParse) -> str | None:
    """The name of a Party committee's unit written with its province in place of the committee
    ("Ban Dân vận tỉnh Bình Định", "Ban Tổ chức thành phố Hà Nội"): the unit of that province's
    committee (``place_committees.tsv``), named as the text names it in full ("Ban Dân vận Tỉnh
    ủy Bình Định"), so both writings are one body. None for any other body."""
    pl = p.place
    if p.parent is not None or pl is None or pl.province is None or not pl.word or not _committee_unit(p.row):
        return None
    committee = lexicon().orgs.get(lexicon().place_committees.get(pl.word, ""))
    if committee is None or committee.level != "province" or not _kind_fits(p, pl.province.canonical):
        return None
    return f"{p.row.canonical} {committee.canonical} {pl.province.canonical}"


def _english(p: OrgParse) -> str | None:
    en = p.row.english
    if not en or en == "-":
        return None
    if p.extra_en.startswith("No."):
        en = f"{en} {p.extra_en}"
    elif p.extra_en:
        en = f"{en} of {p.extra_en}"
    elif p.extra:
        en = f"{en} {p.extra}"
    if p.parent:
        pe = _english(p.parent)
        if pe:
            en = f"{en} of the {pe}"
    prov = p.place.province if p.place else None
    if prov and not p.parent:
        en = f"{prov.canonical} {en}"
    elif p.place and p.place.name and not prov:
        en = f"{en} of {p.place.name}"
    if p.provisional:
        en = f"Provisional {en}"
    if p.term:
        en = f"{en} ({p.term})"
    return en


def _central_level(p: OrgParse) -> bool:
    """The body's name ends in "Trung ương" as its level ("Ban Tổ chức Trung ương", "Ủy ban Kiểm
    tra T.Ư"): the text names the unit, not the Ban Chấp hành Trung ương above it, which stays a
    link (``unwritten_parent``), no body of the report. "Ủy viên Trung ương" after a role, or "Ban
    Chấp hành Trung ương Đảng" written in full, name it."""
    return p.parent is not None and p.parent.row.id == "tw" and "sub" in p.row.flags and not p.of


def _place_named(toks: Tokens, i: int, j: int, lex: Lexicon) -> bool:
    """A place's name begins at token i with the head word (tokens i..j) and goes on past it
    (``places.tsv``, ``districts.tsv``, ``other_places.txt``): "Hội An" is a city, not a Hội named
    "An"; "Đài Loan" a country, not a station named "Loan"."""
    if any(" ".join(toks.k[i:e]) in lex.districts for e in range(j + 1, min(len(toks.k), i + 4) + 1)):
        return True
    return any(hit is not None and hit[0] > j - i
               for hit in (lex.places.longest(toks, i), lex.other_places.longest(toks, i)))


def _only_place(toks: Tokens, a: int, b: int, lex: Lexicon, countries_only: bool = False) -> bool:
    """Tokens a..b are a place or a country and nothing else ("Nha Trang", "TP.HCM", "Việt Nam"):
    after a head written in lower case, the centre of a city or a country's banks, not a body.
    With ``countries_only`` (rows flagged placename: "báo Vĩnh Long" is the province's
    newspaper) only a foreign country counts ("báo Pháp")."""
    if countries_only:
        found = lex.other_places.longest(toks, a)
        return found is not None and a + found[0] == b
    k = a
    hit = lex.place_words.longest(toks, k) if a < b and toks.k[k] in lex.place_words.firsts else None
    if hit:
        k += hit[0]
        if k < b and toks.k[k] == ".":
            k += 1
    if k >= b:
        return k > a
    for index in (lex.places, lex.other_places):
        found = index.longest(toks, k)
        if found and k + found[0] == b:
            return True
    return " ".join(toks.k[k:b]) in lex.districts


def _said_term(p: OrgParse) -> str | None:
    """The term written right after the whole name and read but not kept in it ("Ủy ban Kiểm tra
    Trung ương khóa XII": the term the "Trung ương" part read)."""
    q: OrgParse | None = p
    while q is not None:
        if q.said_term and q.end == p.end:
            return q.said_term
        q = q.parent
    return None


def _term_names(p: OrgParse, name: str) -> list[str]:
    """"Bộ Chính trị khóa XII" for a Bộ Chính trị written in running text with its term ("Hội
    nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII"): the text names the body of that
    term, which is the body itself in one of its terms, so the graph keeps the termed name as an
    alternative label of the body. After a role too ("Ủy viên Bộ Chính trị khóa XII"): the post
    is the body's, without the term, and the body node (one across its terms, as
    ``kg.resolve.body_term`` keys the Assembly's) carries the termed name the text wrote."""
    said = _said_term(p)
    return [f"{name} khóa {said}"] if said else []


def _level(p: OrgParse) -> str:
    """The level of the body: its place's level, else its row's, else its parent's."""
    if p.place and p.place.level:
        return p.place.level
    if p.row.level != "any":
        return p.row.level
    if p.parent:
        return _level(p.parent)
    return "any"


def _named(p: OrgParse) -> bool:
    """The body is known by name words after a generic head, written here without them ("Ban Chỉ
    đạo", "Văn phòng Ban Chỉ đạo"): a report's short form of a name it gives in full. A ministry, a
    province's body, a fixed name or a name already given ("Ban Cơ yếu Trung ương") is not."""
    if "name" in p.row.takes:
        return not p.extra
    return p.parent is not None and _named(p.parent)


def _fixed_name(q: OrgParse) -> bool:
    """The body's whole name is a form of organizations.tsv ("Ủy ban Thường vụ Quốc hội"): no name
    words, place, parent or term read after it."""
    return "name" not in q.row.takes and not q.extra and q.place is None and q.parent is None \
        and not q.term and not q.foreign and "toponly" not in q.row.flags


def _shifted(p: OrgParse, d: int) -> OrgParse:
    """The same parse ``d`` tokens further on (the same words written elsewhere)."""
    return replace(p, start=p.start + d, end=p.end + d,
                   parent=_shifted(p.parent, d) if p.parent else None,
                   place=replace(p.place, start=p.place.start + d, end=p.place.end + d) if p.place else None)


# kinds whose bare writing is not a short form of the one longer name the report gives: a bare
# "chi bộ" is a member's own cell ("sinh hoạt tại chi bộ"), not the "Chi bộ X" named elsewhere
_NO_LONGER_FORM = frozenset({"chi_bo", "dang_khac"})  # nor is "Đảng Cộng sản" (Vietnam's) the
# "Đảng Cộng sản Trung Quốc" the report names
_LOCAL_ROW_LEVELS = frozenset({"province", "district", "commune", "village"})  # their place is read by
# the province and district rules (the text's other bodies, the report's province), not by one longer name
_EACH_OF_TWO = frozenset(phrase_tokens("hai mỗi"))  # "lãnh đạo hai Đảng", "mỗi Đảng, mỗi nước"
_STATE = phrase_tokens("Nhà nước")
_STATE_PARTNERS = frozenset(phrase_tokens("và Chính phủ Quốc hội nhân dân ,"))


def _state_of_country(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """After "Đảng" at k: ", Nhà nước" or "và Nhà nước" (and "Chính phủ", "Quốc hội", "nhân dân")
    then another country's name ("Đảng, Nhà nước Trung Quốc"): the party of that country."""
    n = len(toks.k)
    if k + 2 >= n or toks.k[k] not in (",", _AND) or tuple(toks.k[k + 1 : k + 3]) != _STATE:
        return False
    j = k + 3
    while j < n and j - k < 10 and toks.k[j] in _STATE_PARTNERS and not toks.brk[j]:
        j += 1
    hit = lex.other_places.longest(toks, j) if j < n and toks.cap[j] and not toks.brk[j] else None
    return hit is not None and phrase_tokens(str(hit[1]))[-2:] != _VIETNAM


_NEWSPAPER = "bao"  # organizations.tsv's row of "Báo X"
_TAG_DASHES = frozenset({"-", "–"})


def _opening_tag(toks: Tokens, p: OrgParse) -> bool:
    """``p`` is a newspaper's name in brackets that opens a line, a dash after it ("(Báo Ninh Bình) -
    Sáng 26/2, ..."): the outlet's tag before the report's first sentence, as "(NLĐ)-" is, which the
    gold sets do not list (tests/gold/README.md: the outlet's opening tag is no organization)."""
    i, e, n = p.start, p.end, len(toks.k)
    return p.row.id == _NEWSPAPER and i > 0 and toks.k[i - 1] == "(" and toks.brk[i - 1] and e + 1 < n \
        and toks.k[e] == ")" and toks.k[e + 1] in _TAG_DASHES


@cache
def _attributives() -> PhraseIndex:
    return phrase_table("org_attributives.tsv")


def _attributive_at(toks: Tokens, i: int) -> bool:
    """A word of ``org_attributives.tsv`` ends right before token i ("tổ chức" + "Đảng"): the body's
    word is an attribute of that noun ("a party organisation"), no body the text names."""
    idx = _attributives()
    for s in range(max(0, i - 3), i):
        if toks.k[s] in idx.firsts and not toks.brk[i]:
            hit = idx.longest(toks, s)
            if hit and s + hit[0] == i:
                return True
    return False


_DELEGATION = phrase_tokens("đoàn")[0]
_DELEGATION_OPENERS = frozenset(phrase_tokens("( thuộc"))
_DELEGATION_CLOSERS = frozenset(phrase_tokens(") . , ;"))


def _province_delegation(toks: Tokens, i: int, lex: Lexicon) -> OrgParse | None:
    """A province's delegation of deputies written "đoàn" + the province, in brackets after a
    deputy's name or after "thuộc" ("ĐB Nguyễn Văn A (đoàn Cà Mau)", "đại biểu Quốc hội khoá 14
    thuộc đoàn Bình Định."): the province's Assembly delegation (``doan_dbqh``), which the report
    names by its province alone. Only a province's name closed by ")" or the clause's end: "đoàn
    Hà Nội" elsewhere may be a team or a visiting group, and "(Đoàn Văn B)" a person."""
    n = len(toks.k)
    if toks.k[i] != _DELEGATION or i == 0 or toks.k[i - 1] not in _DELEGATION_OPENERS or i + 1 >= n \
            or toks.brk[i + 1] or "doan_dbqh" not in lex.orgs:
        return None
    hit = _place_at(toks, i + 1, lex)
    if hit is None:
        return None
    m, place = hit
    end = i + 1 + m
    if end < n and toks.k[end] not in _DELEGATION_CLOSERS and not toks.brk[end]:
        return None
    if (toks.k[i - 1] == "(") != (end < n and toks.k[end] == ")"):
        return None  # "(đoàn Hà Nội" going on, or "thuộc đoàn Hà Nội)": not the shape
    p = OrgParse(lex.orgs["doan_dbqh"], i, end)
    p.place = PlaceParse(i + 1, end, "province", "", place.canonical, place)
    return p


def _without_legal_forms(toks: Tokens, parses: list[OrgParse]) -> dict[tuple[str, ...], OrgParse]:
    """Each name read with legal forms after its head ("Công ty TNHH Cường Hưng", ``company_forms.tsv``)
    by the same name without them ("Công ty Cường Hưng"), when one name only gives that short form:
    a report names a company in full once, then without its legal form."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    by_key: dict[tuple[str, ...], OrgParse] = {}
    for q in parses:
        if "name" not in q.row.takes or not q.extra or q.parent is not None:
            continue
        for x in range(q.start + 1, q.end):
            e = _legal_forms_end(toks, x)
            if e > x:
                if e < q.end:
                    full = tuple(toks.k[q.start : q.end])
                    found.setdefault(tuple(toks.k[q.start : x]) + tuple(toks.k[e : q.end]), set()).add(full)
                    by_key[full] = q
                break
    return {short: by_key[next(iter(fulls))] for short, fulls in found.items() if len(fulls) == 1}


def _without_kind_word(toks: Tokens, parses: list[OrgParse], lex: Lexicon) -> dict[tuple[str, ...], OrgParse]:
    """Each name read with a word of kind before its row's head ("Trường Đại học An Giang": a form
    of the row longer by its first word) by the same name without that word ("Đại học An Giang"),
    the other form of the same row, when one name only gives that short form: a report writes one
    university both ways, and they are one body."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    by_key: dict[tuple[str, ...], OrgParse] = {}
    for q in parses:
        if not q.head or "name" not in q.row.takes or not q.extra or q.parent is not None or q.end - q.start < 3:
            continue
        m = len(phrase_tokens(q.head))
        if not any(row is q.row and length == m - 1 for length, row in lex.org_index.match(toks, q.start + 1)):
            continue
        full = tuple(toks.k[q.start : q.end])
        found.setdefault(full[1:], set()).add(full)
        by_key[full] = q
    return {short: by_key[next(iter(fulls))] for short, fulls in found.items() if len(fulls) == 1}


_CENTRAL_PARTY = phrase_tokens("Trung ương Đảng")


def _without_party_word(toks: Tokens, parses: list[OrgParse]) -> dict[tuple[str, ...], OrgParse]:
    """Each central unit written with "Trung ương Đảng" after its name ("Ban Đối ngoại Trung ương
    Đảng") by the same name without "Đảng" ("Ban Đối ngoại Trung ương"), when one name only gives
    that short form: a report writes one commission both ways, and they are one body."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    by_key: dict[tuple[str, ...], OrgParse] = {}
    for q in parses:
        if q.parent is None or q.parent.row.id != "bch_tw" or q.end - q.start < 4 \
                or tuple(toks.k[q.end - 3 : q.end]) != _CENTRAL_PARTY:
            continue
        full = tuple(toks.k[q.start : q.end])
        found.setdefault(full[:-1], set()).add(full)
        by_key[full] = q
    return {short: by_key[next(iter(fulls))] for short, fulls in found.items() if len(fulls) == 1}


def _without_trade(toks: Tokens, p: OrgParse) -> tuple[str, ...]:
    """A company's name as read without the trade written in lower case before its own name
    ("công ty thép Hòa Bình" -> "công ty Hòa Bình", ``company_trades.tsv``), so that it is the
    company the report names with its legal forms ("công ty cổ phần Hòa Bình") as the name
    without them is (``_without_legal_forms``); the name as read when it holds no such trade."""
    key = tuple(toks.k[p.start : p.end])
    if p.row.id not in _COMPANY_HEADS:
        return key
    for x in range(p.start + 1, p.end - 1):
        if not toks.cap[x] and toks.k[x] in _company_trades().firsts:
            hit = _company_trades().longest(toks, x)
            if hit and x + hit[0] < p.end and toks.cap[x + hit[0]]:
                return key[: x - p.start] + key[x + hit[0] - p.start :]
    return key


def _named_list_at(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """After a plural word, a body named by its field and then, after "," or "và", another body or
    field ("các Sở Xây dựng, Sở Tài nguyên và Môi trường", "các Bộ Công an, Giao thông vận tải"): a
    list of named bodies, each one a body of the report; not a kind of body ("các Sở, ngành", "các
    Sở GDĐT cũng ...")."""
    q = parse_org(toks, i, "top")
    n = len(toks.k)
    if q is None or not q.extra or "domain" not in q.row.takes or q.end + 1 >= n \
            or toks.k[q.end] not in (",", _AND) or toks.brk[q.end + 1] or not toks.cap[q.end + 1]:
        return False
    k = q.end + 1
    return _body_at(toks, k) or _field_at(toks, k, lex) is not None


def _listed_fields(toks: Tokens, p: OrgParse, lex: Lexicon, plural: bool = True,
                   joins: tuple[str, ...] = (",", _AND)) -> list[OrgParse]:
    """The fields listed after a body named by its field, each with "," or "và" before it ("các Bộ
    Công an, Quốc phòng", "các Sở Xây dựng, Tài chính, Kế hoạch - Đầu tư"): bodies of the same kind,
    the head word shared ("Quốc phòng" is the Bộ Quốc phòng). Written once without the plural ("Bộ
    trưởng Bộ Công nghiệp, Thủy sản", "Sở Y tế, Giáo dục và Đào tạo"), the head is shared too, for
    a field that is no body by itself ("Sở Tài chính, Công an tỉnh": "Công an tỉnh" is the police,
    no Bộ Công an) after a body with no place of its own (a field the table writes with its commas,
    "Bộ Văn hóa, Thể thao và Du lịch", is one body, read whole before this), and never by "và"
    right after the first field: "Sở Thương mại và Du lịch" is one department of two fields."""
    out: list[OrgParse] = []
    if not p.extra or "domain" not in p.row.takes or p.parent is not None or (not plural and p.place):
        return out
    n, end = len(toks.k), p.end
    while end + 1 < n and toks.k[end] in joins and not toks.brk[end + 1]:
        field = _field_at(toks, end + 1, lex)
        if field is None or (not plural and (_body_at(toks, end + 1) or (toks.k[end] == _AND and end == p.end))):
            break
        fe, name, en = field
        out.append(OrgParse(p.row, end + 1, fe, extra=name, extra_en=en, listed=True))
        end = fe
    return out


def _fields_after_colon(toks: Tokens, i: int, lex: Lexicon) -> list[OrgParse]:
    """The bodies of a head in the plural that a colon opens a list of fields after ("các bộ: Công
    nghiệp, Y tế", "Các Sở: Tài chính, Xây dựng và Nội vụ"): each field is a body of that head, as
    in "các Bộ Công an, Quốc phòng", and a list opened by a colon may part its items by ";" too;
    nothing when no field follows the colon."""
    hit = lex.org_index.longest(toks, i)
    n = len(toks.k)
    if hit is None:
        return []
    m, row = hit
    assert isinstance(row, OrgRow)
    k = i + m
    if "domain" not in row.takes or k + 1 >= n or toks.k[k] != ":" or toks.brk[k + 1]:
        return []
    field = _field_at(toks, k + 1, lex)
    if field is None:
        return []
    first = OrgParse(row, k + 1, field[0], extra=field[1], extra_en=field[2], listed=True)
    return [first, *_listed_fields(toks, first, lex, joins=(",", ";", _AND))]  # a colon's list: ";" too


_PLACE_FITS = {"province": ("province",), "district": ("district",), "commune": ("commune",),
               "any": ("province", "district", "commune")}


def _bare_local_head(toks: Tokens, p: OrgParse) -> bool:
    """``p`` is a local body's head written with no place, body, term or name of its own ("HĐND",
    "Thành ủy", "Ủy ban MTTQ"; a province's or a district's department by its field: "Sở Tài
    chính"): a body that has a place, none written; not one written with the country's name its
    row's name does not hold ("Liên hiệp các Hội Văn học, nghệ thuật Việt Nam": the country's)."""
    by_field = "domain" in p.row.takes and p.row.level in _LOCAL_LEVELS
    return "place" in p.row.takes and p.row.level != "central" and p.place is None and p.parent is None \
        and not p.term and not p.foreign and (not p.extra or by_field) \
        and not (tuple(toks.k[p.end - 2 : p.end]) == _VIETNAM and phrase_tokens(p.row.canonical)[-2:] != _VIETNAM)


def _place_fits(p: OrgParse, place: PlaceParse) -> bool:
    """The place is of the level the body's row is of ("Tỉnh ủy" a province's, "Huyện ủy" a
    district's; a "Thành ủy" a city's, of a province or below it; "UBND" any)."""
    if p.row.id == "thanh_uy":
        return place.level in ("province", "district") and place.word in ("", "thành phố")
    return place.level in _PLACE_FITS.get(p.row.level, ())


_LIST_JOINS = frozenset({",", _AND, "-", "–"})
_BOARD_JOINS = frozenset({",", _AND})  # between the boards of a list sharing one owner


def _bare_board(p: OrgParse) -> bool:
    """A unit of another body written by its name only ("Ban Thường trực", "Ủy ban Kiểm tra")."""
    return "sub" in p.row.flags and p.parent is None and p.place is None and not p.extra and not p.term \
        and not p.foreign and not p.bare_row


def _listed_board_at(toks: Tokens, k: int, lex: Lexicon) -> OrgParse | None:
    """A unit's name the scan leaves alone (no "alone" row: "Đoàn Chủ tịch"), capitalised and
    followed by a comma or "và": the next board of a list whose last one names the owner."""
    if k >= len(toks.k) or not toks.cap[k] or toks.brk[k]:
        return None
    for m, row in lex.org_index.match(toks, k):
        if "sub" in row.flags and row.category != "none" and not row.takes and k + m < len(toks.k) \
                and toks.k[k + m] in _BOARD_JOINS and not toks.brk[k + m]:
            return OrgParse(row=row, start=k, end=k + m)
    return None


def _owner_of_list_end(last: OrgParse) -> OrgParse | None:
    """The body the last item of a list of boards names: the owner of a board written with it
    ("Ủy ban Kiểm tra Hội Nông dân Việt Nam"), or the body itself ("Ủy ban Trung ương MTTQ Việt Nam")."""
    owner = last.parent if "sub" in last.row.flags else last if last.parent is None and not last.foreign else None
    return None if owner is None or _bare_board(owner) else owner  # not "Ban Chỉ đạo, Thường trực Ban Chỉ đạo"


def _owns(board: OrgParse, owner: OrgParse, last: OrgParse) -> bool:
    """A Party board ("Ban Thường vụ") is no council's or Front's: categories must agree. Nor is a
    Party board listed before the committee itself ("Thường trực Tỉnh ủy, Ban Thường vụ, Ban Chấp
    hành Đảng bộ tỉnh": three bodies of one rank; its Ban Thường vụ is the Tỉnh ủy's, found elsewhere)."""
    if owner is last and board.row.category == "party":
        return False
    return board.row.category in ("any", owner.row.category) and board.row.id != owner.row.id



def _shared_places(toks: Tokens, parses: list[OrgParse]) -> list[OrgParse]:
    """A place written once after a list of bodies is each bare body's place: in "Thành ủy, HĐND,
    UBND, Ủy ban MTTQ TP Hà Nội" or "Sở Tài chính, Sở Kế hoạch và Đầu tư tỉnh X", the bodies joined
    by "," or "và" (or a dash: "Thành ủy - HĐND - UBND - Ủy ban MTTQ TPHCM") whose heads have no
    place of their own are the bodies of the place written after the last one; a level word alone
    ("Huyện ủy và UBND huyện") is shared too, the report saying which district. Read back from a
    body written with a place's name or level: each body before it, one join word between, takes
    that place while it is a bare local head of a level the place fits; a body that writes its own
    place, or any other word, ends the list ("UBND, UBMTTQ các xã": no place's name, no place to
    share). The same role written before each body joins them too when the place is named ("Chủ
    tịch HĐND, Chủ tịch UBND TP Đà Nẵng": one man heads both of the city's bodies; not a level word
    alone: "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Ủy viên UBND tỉnh"; nor a list of places: "Chủ tịch
    HĐND, Chủ tịch UBND Hà Nội và TP HCM" names the posts of two cities)."""
    out = list(parses)
    for x in range(len(out) - 1, 0, -1):
        last = out[x]
        pl = last.place
        if pl is None or not (pl.name or pl.word) or not pl.level or last.foreign or last.parent is not None:
            continue
        y = x
        while y > 0:
            prev, nxt = out[y - 1], out[y]
            if not (nxt.start == prev.end + 1
                    or (pl.name and _same_role_between(toks, prev, nxt) and not _more_places_after(toks, last))) \
                    or toks.k[prev.end] not in _LIST_JOINS or toks.brk[nxt.start] \
                    or toks.brk[prev.end] or not _bare_local_head(toks, prev) or not _place_fits(prev, pl):
                break
            out[y - 1] = replace(prev, place=pl)
            y -= 1
    return out


def _more_places_after(toks: Tokens, p: OrgParse) -> bool:
    """A join word and a capital or a level word follow the body: its place may be the first of a
    list of places ("UBND thành phố Hà Nội, TP HCM", "... Hà Nội và Thành phố Hồ Chí Minh")."""
    k = p.end
    return k + 1 < len(toks.k) and toks.k[k] in _LIST_JOINS and not toks.brk[k + 1] and toks.word[k + 1] \
        and (toks.cap[k + 1] or toks.k[k + 1] in _LEVEL_WORDS or toks.k[k + 1] in _CITY)


def _same_role_between(toks: Tokens, prev: OrgParse, nxt: OrgParse) -> bool:
    """Between two bodies stand a join word and the very words (one to four, no line break) written
    before the first: "Chủ tịch HĐND, Chủ tịch UBND", "Phó Chủ tịch HĐND và Phó Chủ tịch UBND"."""
    m = nxt.start - prev.end - 1
    if not 1 <= m <= 4 or prev.start < m:
        return False
    between = range(prev.end + 1, nxt.start)
    return all(toks.word[k] and not toks.brk[k] for k in between) \
        and toks.k[prev.end + 1 : nxt.start] == toks.k[prev.start - m : prev.start]


_JOINT = frozenset(phrase_tokens("liên"))
_CITY = frozenset(phrase_tokens("thành tp"))


def _any_province(toks: Tokens, p: OrgParse) -> bool:
    """A provincial body named as any province's or several's: "Ủy viên liên Tỉnh ủy", "Phó Chủ tịch
    UBND tỉnh, thành"."""
    if p.start > 0 and toks.k[p.start - 1] in _JOINT:
        return True
    return p.end + 1 < len(toks.k) and toks.k[p.end] in (",", "/") and toks.k[p.end + 1] in _CITY \
        and not toks.cap[p.end + 1]


_DISTRICT_COMMITTEE_WORDS = {"huyen_uy": "huyện", "quan_uy": "quận", "thi_uy": "thị xã"}
_DISTRICT_WORD_FIRSTS = frozenset(phrase_tokens("huyện quận thị"))
_BIRTH_WORDS = frozenset(phrase_tokens("quê sinh trú"))  # "quê huyện X", "sinh ở huyện X": no body's place
_AT_WORDS = frozenset(phrase_tokens("tại ở"))  # "Tại Mỹ Đức, ...": a district named without its word


def _bare_district_word(p: OrgParse) -> str:
    """The level word of a district's body written without the district's name: "huyện" for a bare
    "Huyện ủy" or "UBND huyện", "thị xã" for "Thị ủy"; "" for any other body."""
    if p.place is None:
        return _DISTRICT_COMMITTEE_WORDS.get(p.row.id, "") if p.parent is None else ""
    if p.place.level == "district" and p.place.word and not p.place.name:
        return p.place.word
    return ""


_CITY_WORD = "thành phố"  # the level word of a city written with its name ("TP Quy Nhơn")


def _bare_city_committee(p: OrgParse) -> bool:
    """A bare "Thành ủy": the committee of a city under a province (a district's level) or of a
    centrally run one (a province's), so only a city the person's run of titles names after it
    places it ("Phó Bí thư Thành ủy, Chủ tịch UBND TP Quy Nhơn": the Thành ủy Quy Nhơn), never one the
    sentence merely writes."""
    return p.row.id == "thanh_uy" and p.place is None and p.parent is None


def _district_written_at(toks: Tokens, k: int, lex: Lexicon) -> tuple[str, str] | None:
    """(level word, name) of a district written at ``k`` as a place, not a body: "huyện Chương Mỹ"
    (a name districts.tsv knows), "quận 8" (a number); None for anything else."""
    hit = lex.place_words.longest(toks, k)
    if not hit:
        return None
    m, pw = hit
    assert isinstance(pw, PlaceWord)
    if pw.level != "district":
        return None
    j, n = k + m, len(toks.k)
    if j >= n or toks.brk[j]:
        return None
    if toks.k[j].isdigit() and pw.canonical == "quận":
        return pw.canonical, toks.t[j]
    for length in (3, 2, 1):
        if j + length <= n and all(toks.cap[x] for x in range(j, j + length)) \
                and " ".join(toks.k[j : j + length]) in lex.districts:
            return pw.canonical, toks.surface(j, j + length)
    return None


@cache
def _central_rows() -> dict[str, str]:
    """The rows whose body, written with the country's name and no place, is the central body of
    another row the report names (central_short_forms.tsv): kind -> that central kind."""
    return dict((kind, central) for kind, central in read_rows("central_short_forms.tsv", 2))


def _country_written(toks: Tokens, p: OrgParse) -> bool:
    """The name ends in the country's name: "Việt Nam", "VN", or an acronym that ends in it
    ("UBMTTQVN")."""
    last = toks.k[p.end - 1]
    return tuple(toks.k[p.end - len(_VIETNAM_KEY) : p.end]) == _VIETNAM_KEY or last == "vn" \
        or (toks.upper[p.end - 1] and last.endswith("vn"))


@cache
def _district_kinds() -> dict[str, set[str]]:
    """The level words ("huyện", "quận", "thị xã", "thành phố") districts.tsv gives each name, by key."""
    out: dict[str, set[str]] = {}
    for name, kind, _province in read_rows("districts.tsv", 3):
        out.setdefault(" ".join(phrase_tokens(name)), set()).add(kind)
    return out


class OrgFinder:
    """Finds and remembers the organizations of one report (one mention per distinct span)."""

    def __init__(self, toks: Tokens, report_province: str | None) -> None:
        self.toks = toks
        self.lex = lexicon()
        self.report_province = report_province
        self.text_province: str | None = None
        self._named_of_kind: dict[str, str | None] = {}  # see _one_province_of_kind
        self._plural_words: set[str] | None = None  # see _plural_place_words
        # (start, end, term[, hint]) of a written name, (-start - 1, -end - 1) of an implied body
        self.by_span: dict[tuple[int | str, ...], OrgMention] = {}
        self.mentions: list[OrgMention] = []
        # place mentions read as a secretary's body ("Bí thư TP.HCM") -> (the kind of that place's Party
        # committee, the place's name), by ``id``: see titles._place_committee, officials._drop_committee_places
        self.committee_places: dict[int, tuple[str, str]] = {}
        self.covered: set[int] = set()  # tokens inside a top-level organization name
        self.parse_of: dict[int, OrgParse] = {}
        self.text_district: dict[str, str] = {}
        self._district_marks_: list[tuple[int, str, str]] | None = None  # see _district_marks
        self.by_name: dict[str, OrgMention] = {}
        self.last_end = 0
        self._parses: list[OrgParse] = []
        self._starts: list[int] = []  # first character of each of _parses
        self._long: dict[str, list[OrgParse]] = {}  # names read in running text, by first word
        self._long_named: dict[tuple[str, tuple[str, ...]], OrgParse] = {}  # those by (row, words): see _full_length
        self._long_lengths: dict[str, list[int]] = {}  # their lengths by first word, longest first
        self._alias: dict[tuple[str, ...], OrgParse] = {}  # a shortened name -> the one full name
        self._fixed_alias: dict[tuple[str, ...], OrgParse] = {}  # the same for names of organizations.tsv
        self._form_alias: dict[tuple[str, ...], OrgParse] = {}  # a company's name without its legal forms
        self._chain_province: dict[int, str] = {}  # see _chain_provinces
        self._sentence_province: dict[int, str] = {}  # see _sentence_provinces
        self._province_marks: list[tuple[int, str]] | None = None  # see _near_province
        self._body_marks: set[int] = set()  # those of _province_marks that a body's name writes
        self._written: set[str] = set()  # kinds of the bodies the text writes
        self._written_levels: set[tuple[str, str]] = set()  # (kind, level) of the bodies the text writes
        self._fixed_rows: dict[tuple[str, ...], dict[str, OrgParse]] | None = None  # see _fixed_prefixes
        self._role_named: dict[tuple[str, ...], OrgParse | None] = {}  # see _named_after_a_role
        self._acronyms: dict[str, OrgParse] = {}  # see _acronyms_defined
        self._chained: dict[str, list[OrgParse]] = {}  # see _chained_of_row
        self._chained_of: list[OrgParse] | None = None  # the _parses _chained was built from
        self._row_memo: dict[tuple[str, ...], object] = {}  # answers that depend on a row only (see _chained_of_row)
        self._at_ends: tuple[set[int], set[int], set[int]] | None = None  # see _parse_edges
        self._at_ends_of: list[OrgParse] | None = None  # the _parses _at_ends was built from
        self._headline_districts: dict[str, str | None] = {}  # see _headline_district
        self._mark_index: dict[str | None, _MarkRuns] = {}  # see _marks_of_kind
        self._bodies_name_two: bool | None = None  # see _near_province
        self._district_index: tuple[list[int], dict[str, _MarkRuns]] | None = None  # see _district_runs
        self._provinces_written_: set[str] | None = None  # see _provinces_written

    def _alias_of(self, p: OrgParse) -> OrgParse | None:
        """The one longer name the report writes that ``p`` shortens ("Ban Chỉ đạo" after "Ban Chỉ
        đạo Cải cách tư pháp Trung ương"): a variant of that body, not another."""
        if p.place is not None:
            return None
        central = self._central_of(p)
        if central is not None:
            return central  # "Ủy ban MTTQ Việt Nam" where the report writes "Ủy ban Trung ương MTTQ Việt Nam"
        numbered = self._same_number_owned(p)
        if numbered is not None:
            return numbered  # "Đoàn kiểm tra số 471" where the report writes "... số 471 của Bộ Chính trị"
        defined = self._acronym_named(p)
        if defined is not None:
            return defined  # "Tập đoàn PVN" where the report writes "Tập đoàn Dầu khí ... (PVN)"
        words = tuple(self.toks.k[p.start : p.end])  # (the key of the three tables below)
        formed = self._form_alias.get(words) or self._form_alias.get(_without_trade(self.toks, p)) \
            if self._form_alias else None  # (most reports write no company by its legal forms)
        if formed is not None and formed.start != p.start and formed.row.id == p.row.id:
            return formed  # "Công ty Cường Hưng" where the report writes "Công ty TNHH Cường Hưng"
        q = self._alias.get(words)
        fixed = self._fixed_alias.get(words)
        if q is None and fixed is not None and fixed.start != p.start \
                and ("name" in p.row.takes or "shortname" in p.row.flags) \
                and p.parent is None and not p.term and not (p.start > 0 and (
                    self.toks.k[p.start - 1].isdigit() or self.toks.k[p.start - 1] in _PLURAL)):
            return fixed  # "Ủy ban Thường vụ" where the report writes "Ủy ban Thường vụ Quốc hội"
        if q is None and fixed is None:
            fixed = self._fixed_row_named(p)
            if fixed is not None:
                return fixed  # "Ủy ban Thường vụ" where the report writes "Uỷ ban Thường vụ QH"
            q = self._named_after_a_role(p)
        if q is None or q.start <= p.start < q.end or q.foreign or not _named(p):
            # "Quốc hội" is not the "Quốc hội Myanmar" the report also names; and a short form
            # inside the full name itself ("Ban Chỉ đạo Tỉnh ủy Ban Chỉ đạo") is part of it, not a
            # variant of it (else the full name's own parts would expand into it without end)
            return self._one_longer(p)
        return q

    def _central_of(self, p: OrgParse) -> OrgParse | None:
        """For a body of a row of central_short_forms.tsv written with the country's name and nothing
        after it that places it ("Ủy ban MTTQ Việt Nam", "Đoàn Chủ tịch UBMTTQVN"'s committee), the
        central body the report names of that table's other row ("Ủy ban Trung ương MTTQ Việt Nam"):
        one body written two ways. None where the report names no such body, or where ``p`` is
        counted, listed or followed by a plural ("Chủ tịch Ủy ban MTTQ Việt Nam các tỉnh")."""
        central = _central_rows().get(p.row.id)
        toks = self.toks
        if central is None or p.place is not None or p.parent is not None or p.term or p.foreign or p.listed \
                or not _country_written(toks, p) or (p.end < len(toks.k) and toks.k[p.end] in _PLURAL) \
                or (p.start > 0 and (toks.k[p.start - 1] in _PLURAL or toks.k[p.start - 1].isdigit())):
            return None
        for q in self._chained_of_row(central):
            if q.place is None and not q.foreign:
                return replace(q, term=None) if q.term else q  # the body, not its term ("khóa VIII")
        return None

    def _chained_of_row(self, row_id: str) -> list[OrgParse]:
        """The bodies the report names of one row, each top-level name and every body it is a unit of
        (``_chain``), in the order of the text: an index built once after the scan, so that asking
        about one bare body costs its row's names, not a walk over every name of the report (a
        quadratic cost on a long text: each "UBND" asked walked every parse). ``_row_memo`` keeps the
        answers drawn from these lists alone, dropped with them."""
        if self._chained_of is not self._parses:
            out: dict[str, list[OrgParse]] = {}
            for top in self._parses:
                for q in _chain(top):
                    out.setdefault(q.row.id, []).append(q)
            self._chained, self._chained_of, self._row_memo = out, self._parses, {}
        return self._chained.get(row_id, [])

    def _names_of_row(self, row_id: str) -> dict[str, list[tuple[tuple[str, ...], OrgParse]]]:
        """The names the report writes in running text of one row: name -> its writings (words,
        parse), in the order of the text (see _one_longer). Read from that row's bodies
        (``_chained_of_row``) once per row asked, not for every row the report names: a name is
        worked out only for the rows a bare body asks about. The dict is shared: not to be changed."""
        memo = ("names", row_id)
        rows = self._chained_of_row(row_id)  # (its memo goes with the parses it was read from)
        if memo not in self._row_memo:
            out: dict[str, list[tuple[tuple[str, ...], OrgParse]]] = {}
            for q in rows:
                if not q.foreign and not q.listed:
                    out.setdefault(_name(q), []).append((tuple(self.toks.k[q.start : q.end]), q))
            self._row_memo[memo] = out
        return self._row_memo[memo]  # type: ignore[return-value]

    def _one_owner_of_unit(self, p: OrgParse) -> OrgParse:
        """A Ban cán sự đảng or Đảng đoàn written bare before a minister's title that names the
        ministry by its field only ("Bí thư Ban cán sự đảng, Bộ trưởng Công Thương", "Uỷ viên Ban cán
        sự đảng, Thứ trưởng Nội vụ": no body after the role, so the next-title rule reads no owner) is
        the group of that ministry, where the report names such a group of it ("Ban cán sự đảng Bộ
        Công Thương"); the gold sets list the full group only. ``p`` itself where no title follows (a
        bare group elsewhere may be another body's: a prime minister asks "Ban Cán sự Đảng" of the
        ministry he visits, the report having named the government's), where the field matches no
        named group's ministry or two, or where ``p`` is lower case, counted or in the plural."""
        toks = self.toks
        if p.place is not None or p.extra or p.term or p.foreign or p.listed or not toks.cap[p.start] \
                or (p.start > 0 and (toks.k[p.start - 1] in _PLURAL or toks.k[p.start - 1].isdigit())):
            return p
        k = _next_title_end(toks, p.end)
        lex = lexicon()
        if k is None or k >= len(toks.k) or not _field_of_implied_ministry(toks, k, lex):
            return p
        hit = lex.domains.longest(toks, k)
        if not hit:
            return p
        field = tuple(toks.k[k : k + hit[0]])
        owners: dict[str, OrgParse] = {}
        for writings in self._names_of_row(p.row.id).values():
            for _, q in writings:
                o = q.parent
                if o is None or q.foreign or o.row.level != "central":
                    continue
                words = tuple(toks.k[o.start : o.end])
                if any(words[x : x + len(field)] == field for x in range(len(words) - len(field) + 1)):
                    owners.setdefault(_name(o), o)
        if len(owners) != 1:
            return p
        return replace(p, parent=next(iter(owners.values())))

    def _one_longer(self, p: OrgParse) -> OrgParse | None:
        """The one body of ``p``'s kind the report writes with more words after ``p``'s own ("Ban
        Tuyên giáo" beside "Ban Tuyên giáo Trung ương", "Hiệp hội Du lịch" after "Hiệp hội Du lịch Đà
        Nẵng", "Ban Pháp chế" beside "Ban Pháp chế HĐND TP Hà Nội"): the report's later short mention
        of that body, not a second one. None where the report writes two bodies of the kind (the short
        form may be either), where the longer one differs only by a term ("Quốc hội khóa XIV": a term
        is read on its own), is another country's or is a unit of a body (a cell, "Chi bộ X": the bare
        "chi bộ" is another), or where ``p`` is counted or in the plural ("các Ban Chỉ đạo"). A local
        body ("Tỉnh ủy", "UBND", "Sở X") is left to the rules that read its place from the text, a
        Party unit of an agency ("Đảng ủy", "Ban cán sự đảng") to the rule that reads its owner from
        the next title, and a lower-case writing may be generic ("ban cán sự đảng" in a rule's text) or
        a title's ("Trưởng ban Nội chính" in a province's congress is the province's board).
        In a run of titles the run names the owner ("Ủy viên Ban Thường vụ, Ủy viên BCH Đảng bộ TP X"); a
        ministry's or a government's Party group ("Ban cán sự đảng", "Đảng đoàn") takes its owner from
        the run only where a title after it names a body (:func:`_agency_owned`), and is the report's one
        owned group elsewhere ("uỷ viên Ban cán sự đảng, thứ trưởng", "vi phạm của Ban cán sự đảng")."""
        toks = self.toks
        if p.place is not None or p.parent is not None or p.term or p.foreign or p.listed \
                or "toponly" in p.row.flags or p.row.id in _NO_LONGER_FORM or p.row.level in _LOCAL_ROW_LEVELS \
                or "oneplace" in p.row.flags or "territory" in p.row.flags \
                or p.row.id in _PARTY_COMMITTEES or p.row.id in _AGENCY_UNITS - _OWNED_UNITS \
                or "oneowner" in p.row.flags \
                or not toks.cap[p.start] or (_run_names_body(toks, p.end) if p.row.id in _OWNED_UNITS
                                             else _next_title_end(toks, p.end) is not None) \
                or (p.start > 0 and (toks.k[p.start - 1] in _PLURAL or toks.k[p.start - 1].isdigit())):
            return None
        key = tuple(toks.k[p.start : p.end])
        if key[-len(_VIETNAM_KEY) :] == _VIETNAM_KEY:
            return None  # "Hội Nhà báo Việt Nam" is whole: a longer writing has read a name into it
        of_row = self._names_of_row(p.row.id)
        if len(of_row) > 3:
            return None  # (one name may be ``p``'s own, one the name ``p`` is inside: two more remain)
        names: dict[str, OrgParse] = {}
        for name, writings in of_row.items():
            for qk, q in writings:
                if qk != key and not q.start <= p.start <= q.end:  # (the same short writing elsewhere; the
                    names[name] = q  # short form inside the full name itself, or run on from it)
                    break
        if len(names) > 1:
            names = _longest_names(_one_per_wording(names))  # "Ủy ban Kiểm tra Tỉnh ủy" and "... Tỉnh ủy Sơn
            # La": one body
        if len(names) != 1:
            return None
        q = next(iter(names.values()))
        if p.row.id in _OWNED_UNITS and q.parent is not None and q.parent.row.id == _GOVERNMENT:
            return None  # the government's group named, a Prime Minister asks "Ban Cán sự Đảng" of a ministry
        qk = tuple(toks.k[q.start : q.end])
        if len(qk) <= len(key) or qk[: len(key)] != key or q.term or qk[len(key) :] == _VIETNAM_KEY \
                or not any(toks.cap[x] for x in range(q.start + len(key), q.end)):
            return None  # (a longer name that goes on in lower case only may be a verb read into it:
        return q  # "Quân chủng Hải quân quản lý"; a national body's name with or without "Việt Nam" is
        # one name, written either way: the title keeps it as written)

    def _one_placed(self, p: OrgParse, hint: str | None = None) -> OrgParse | None:
        """For a body of a ``oneplace`` row written bare (no place, name, term or body after it, not
        after "các"), the one body of its row the report names with a place's name; None when it
        names none or two ("UBND tỉnh Hà Tĩnh" and "UBND huyện Thạch Hà"). With ``hint`` (the province
        another title of the person names) only a body of that province counts; a district's or a
        city's body only in a report whose text writes one province or none, and no such places in
        the plural."""
        toks = self.toks
        if "oneplace" not in p.row.flags or p.place is not None or p.parent is not None or p.extra or p.term \
                or p.foreign \
                or (p.start > 0 and toks.k[p.start - 1] in _PLURAL) or self._listed_with_bare(p):
            return None
        hint = hint or None  # (a title's "": no province known)
        named = self._placed_of_row(p.row.id, hint)
        if not named and hint is None:
            named = self._one_province_body_by_word(p)
        if len(named) != 1:
            return None
        q = next(iter(named.values()))
        if _level(q) != "province" and (len(self._provinces_written()) > 1 or self._places_in_plural()):
            return None  # a round-up: "HĐND thành phố Phan Thiết", "các huyện Mê Linh, Gia Lâm sẽ họp HĐND"
        return replace(q, term=None) if q.term else q  # the council, not its term ("HĐND tỉnh X khóa 16")

    def _placed_of_row(self, row_id: str, hint: str | None) -> dict[str, OrgParse]:
        """The bodies of a row the report names with a place's name and no body above them ("Huyện ủy
        X" of "Ban Thường vụ Huyện ủy X"), by that name, one per name (the one without a term when
        it is written both ways); with ``hint``, only the province's of that name. Read once per
        row and hint (see _one_placed); the dict is shared: not to be changed."""
        memo = ("placed", row_id, hint or "")
        rows = self._chained_of_row(row_id)
        if memo not in self._row_memo:
            named: dict[str, OrgParse] = {}
            for q in rows:
                if q.place is not None and q.place.name and q.parent is None and not q.foreign and (
                        hint is None or (prov.canonical if (prov := q.province()) else _district_province(q)) == hint):
                    key = q.place.name  # "HĐND tỉnh X khóa IX", "HĐND X" are the "HĐND tỉnh X"
                    if key not in named or named[key].term and not q.term:
                        named[key] = q
            self._row_memo[memo] = named
        return self._row_memo[memo]  # type: ignore[return-value]

    def _one_province_body_by_word(self, p: OrgParse) -> dict[str, OrgParse]:
        """The bodies of ``p``'s row the report writes with a province's level word and no name
        ("UBND TP", "UBND tỉnh"), by that word, where it writes no body of the row with a place of
        any other level ("UBND huyện") and names no two provinces: one word is the one province-level
        body the report writes that way ("... UBND TP ...; ... UBND không phải trình": the city's
        committee, its province read from the text as for "UBND TP"). Only after that body is
        first written, and not listed before another body of no place ("HĐND và UBND")."""
        memo = ("by_word", p.row.id)
        rows = self._chained_of_row(p.row.id)
        if memo not in self._row_memo:
            by_word: dict[str, OrgParse] = {}
            for q in rows:
                if q.place is None or q.parent is not None or q.foreign:
                    continue
                if q.place.name or q.place.level != "province":
                    by_word = {}
                    break
                by_word.setdefault(q.place.word, q)
            self._row_memo[memo] = by_word
        out: dict[str, OrgParse] = self._row_memo[memo]  # type: ignore[assignment]
        if not out or p.start < min(q.start for q in out.values()) or len(self._provinces_written()) > 1:
            return {}  # before the body is named ("259 phường không tổ chức HĐND" in the headline), or a
            # round-up of provinces ("Tại Ninh Thuận, ông X, Chủ tịch UBND ..."): whose is not said
        toks, e = self.toks, p.end
        if e + 1 < len(toks.k) and toks.k[e] in _JOINS and not toks.brk[e + 1] \
                and (q := parse_org(toks, e + 1, "chain")) is not None and _placeless(q):
            return {}  # "chức năng, quyền hạn của HĐND và UBND": kinds of bodies
        return out

    def _one_placed_field(self, p: OrgParse) -> OrgParse | None:
        """For a district's or a commune's department written by its field with no place ("Phòng
        Nội vụ"; not after "các"), the one department of that field the report names with a place
        ("Phòng Nội vụ huyện Krông Nô"): the report's short form of it, not a body of no place.
        None when it names none or two places' ("Phòng Nội vụ huyện A", "Phòng Nội vụ huyện B")."""
        if not p.extra or p.place is not None or p.parent is not None or p.term or p.foreign \
                or p.row.level not in ("district", "commune") or "place" not in p.row.takes \
                or (p.start > 0 and self.toks.k[p.start - 1] in _PLURAL):
            return None
        named = {q.place.name: q for q in self._chained_of_row(p.row.id)
                 if q.extra == p.extra and q.place is not None and q.place.name
                 and q.parent is None and not q.foreign and not q.term}
        return next(iter(named.values())) if len(named) == 1 else None

    def _one_owned(self, p: OrgParse) -> OrgParse | None:
        """For a Party committee of a ``oneowner`` row written bare ("Bí thư Đảng ủy", "Ban Thường vụ
        Đảng ủy"; not after "các", not listed with another bare body), the one committee of its row
        the report names with the body or the place it is of ("Đảng ủy Công an tỉnh Đồng Nai", also
        written short: "Đảng ủy Công an tỉnh"); None when it names none or two, counting those a title
        owns ("Bí thư Đảng ủy, Giám đốc Sở X" is the Đảng ủy Sở X); in a run of titles, only where the
        next title's body is that committee's owner."""
        if "oneowner" not in p.row.flags or p.place is not None or p.parent is not None or p.extra or p.term \
                or p.foreign or (p.start > 0 and self.toks.k[p.start - 1] in _PLURAL) or self._listed_with_bare(p) \
                or self._listed_before_body(p):
            return None
        longest = self._owned_of_row(p.row.id)
        if len(longest) != 1:
            return None  # ("Đảng ủy Công an tỉnh" is the same one written short)
        toks, owner = self.toks, longest[0].parent
        k = p.end
        while k < len(toks.k) and k - p.end < 4 and toks.cap[k] and toks.gap[k] == " " and not toks.brk[k]:
            k += 1  # capitalised words the parse left unread: the owner written short ("Đảng ủy Quân
        if k > p.end and (owner is None or not _starts_name(_name(owner), toks.surface(p.end, k))):
            return None  # chủng"), not another name ("Đảng ủy Cơ quan Ủy ban ...")
        title_end = _next_title_end(toks, p.end)
        if title_end is not None:  # in a run of titles, only where the next title's body is the owner:
            body = parse_org(toks, title_end, "post")  # "Bí thư Đảng ủy, Giám đốc Công an tỉnh", not
            if owner is not None and body is None and _bare_owner_head(toks, title_end, owner, self.lex):
                return longest[0]  # "Bí thư Đảng ủy, Giám đốc Sở;": the owner's kind written bare
            if body is None or owner is None or not _starts_name(_name(owner), _name(body)):  # "Bí thư Đảng
                return None  # ủy, Chính ủy" or "..., Tổng giám đốc Công ty X"
        return longest[0]

    def _owned_of_row(self, row_id: str) -> list[OrgParse]:
        """The committees of a row the report names with their body or place (read through
        ``_agency_owned``), one per name, those whose name no other's starts (the longest writing:
        "Đảng ủy Công an tỉnh" is the "Đảng ủy Công an tỉnh Đồng Nai"). Read once per row (see
        _one_owned); the list is shared: not to be changed."""
        memo = ("owned", row_id)
        rows = self._chained_of_row(row_id)
        if memo not in self._row_memo:
            named = {_name(q): q for q in map(partial(_agency_owned, self.toks), rows)
                     if q.row.id == row_id and not q.foreign and not q.term
                     and (q.parent is not None or (q.place is not None and bool(q.place.name)))}
            self._row_memo[memo] = [q for name, q in named.items()
                                    if not any(other.startswith(name + " ") for other in named)]
        return self._row_memo[memo]  # type: ignore[return-value]

    def _listed_before_body(self, p: OrgParse) -> bool:
        """``p`` is joined by "và" to a body written after it ("Ban Thường vụ Đảng ủy và UBKT Đảng ủy
        Khối X"): the two may share that body's owner."""
        k = p.end
        return k + 1 < len(self.toks.k) and self.toks.k[k] == _AND and k + 1 in self._parse_edges()[0]

    def _parse_edges(self) -> tuple[set[int], set[int], set[int]]:
        """The first tokens of the report's names; the first and the end tokens of those naming no
        place nor name (``_placeless``): built once after the scan, so that asking whether a name
        starts or ends at a token is one lookup, not a walk over every name of the report."""
        if self._at_ends is None or self._at_ends_of is not self._parses:
            bare = [q for q in self._parses if _placeless(q)]
            self._at_ends = ({q.start for q in self._parses}, {q.start for q in bare}, {q.end for q in bare})
            self._at_ends_of = self._parses
        return self._at_ends

    def _places_in_plural(self) -> bool:
        """The text writes places below the province in the plural ("các huyện", "nhiều quận, huyện")."""
        return bool(self._plural_place_words() - {"tỉnh", "thành phố"})

    def _plural_place_words(self) -> set[str]:
        """The level words ("tỉnh", "huyện" ...) the text writes in the plural ("các huyện", "một số tỉnh")."""
        if self._plural_words is None:
            toks, words = self.toks, self.lex.place_words
            self._plural_words = set()
            for k in range(1, len(toks.k)):
                if toks.k[k - 1] in _PLURAL and toks.k[k] in words.firsts and not toks.brk[k]:
                    hit = words.longest(toks, k)
                    if hit is not None:
                        self._plural_words.add(hit[1].canonical)  # type: ignore[union-attr]
        return self._plural_words

    def _listed_with_bare(self, p: OrgParse) -> bool:
        """``p`` is listed (a comma, a dash, "và" between) next to another body written with no place
        ("chức năng của HĐND và UBND", "cấp ủy, HĐND, UBND"): kinds of bodies, or a list whose place
        is written once after it, not the one body of each kind the report names."""
        toks = self.toks
        if p.end + 1 < len(toks.k) and toks.surface(p.end, p.end + 1) in _JOINS \
                and p.end + 1 in self._parse_edges()[1]:
            return True
        return p.start > 1 and toks.surface(p.start - 1, p.start) in _JOINS \
            and p.start - 1 in self._parse_edges()[2]

    def _same_number_owned(self, p: OrgParse) -> OrgParse | None:
        """The one body of ``p``'s row and number the report names with its owner ("Đoàn kiểm tra
        số 471 của Bộ Chính trị", "Đoàn kiểm tra 469 của Bộ Chính trị") where ``p`` is written with
        the number alone ("Trưởng Đoàn kiểm tra số 471, ...", "(Đoàn kiểm tra số 469)"): a team is
        known by its number, so that writing is the same team. None for a row that takes no number,
        or where two owned bodies carry the number."""
        if "number" not in p.row.takes or p.parent is not None or p.term or not p.extra:
            return None
        number = p.extra.split()[-1]
        if not number.isdigit():
            return None
        found = {id(q): q for q in self._chained_of_row(p.row.id)
                 if q.parent is not None and q.extra
                 and q.extra.split()[-1] == number and q.start != p.start}
        return next(iter(found.values())) if len(found) == 1 else None

    def _acronym_named(self, p: OrgParse) -> OrgParse | None:
        """The body of ``p``'s kind whose name the report writes with ``p``'s one name word, an
        acronym, in parentheses after it ("Tập đoàn Dầu khí quốc gia Việt Nam (PVN)", then "Tập
        đoàn PVN"): the report's own short name of that body (not initials: those are read inside
        the name, :func:`_own_acronym`). So is ``p`` written by that word alone ("Tổng công ty
        Điện lực Việt Nam (EVN)", then "EVN", "HĐQT Sabeco" after "... Sài Gòn (Sabeco)"), of any
        kind: the report's body, not another one the word names elsewhere ("Tập đoàn Điện lực Việt
        Nam", the later name of EVN, which this report never writes)."""
        if not self._acronyms:
            return None  # (most reports define none: every answer below is one of them)
        toks = self.toks
        if p.end - p.start == 1 and p.parent is None and p.place is None and not p.term:
            q = self._acronyms.get(toks.k[p.start])
            if q is None or q.start == p.start:
                return None  # (a known body's acronym: only a company's own, the report's writing of it)
            return q if p.row.id == _UNKNOWN_ACRONYM or q.row.id in _BRANDED_HEADS else None
        if p.end - p.start < 2 or not p.extra or p.parent is not None or p.term:
            return None
        last = p.end - 1
        if p.end - p.start > 2 and toks.k[last].isdigit() and toks.upper[last - 1] and toks.gap[last] == "" \
                and toks.surface(last - 1, p.end) == p.extra:
            q = self._acronyms.get(toks.k[last - 1] + toks.k[last])  # a code: "Cục B41" after "... (B 41)"
            return q if q is not None and q.row.id == p.row.id and q.start != p.start else None
        if not (toks.upper[last] and (toks.e[last] - toks.s[last]) > 1) or toks.surface(last, p.end) != p.extra:
            return self._acronym_placed(p)
        q = self._acronyms.get(toks.k[last])
        return q if q is not None and q.row.id == p.row.id and q.start != p.start else None

    def _acronym_placed(self, p: OrgParse) -> OrgParse | None:
        """The body named with an abbreviation of its name's end and a place after it ("Lực lượng
        Thanh niên Xung phong (TNXP) TPHCM") where ``p`` writes that abbreviation and the same place
        ("Lực lượng TNXP TPHCM"): the report's short name of it."""
        if not self._acronyms:
            return None  # (no abbreviation defined: no answer)
        toks = self.toks
        a = p.end - p.start - len(phrase_tokens(p.extra))  # the first name word
        a = p.start + a
        if a >= p.end or not toks.upper[a] or (toks.e[a] - toks.s[a]) < 2:
            return None
        q = self._acronyms.get(toks.k[a])
        if q is None or q.row.id != p.row.id or q.start == p.start:
            return None
        rest = toks.k[a + 1 : p.end]
        return q if rest and toks.k[q.end - len(rest) : q.end] == rest else None

    def _acronyms_defined(self, parses: list[OrgParse]) -> dict[str, OrgParse]:
        """Acronym -> the one named body written right before it in parentheses ("... (PVN)")."""
        toks = self.toks
        n = len(toks.k)
        found: dict[str, list[OrgParse]] = {}
        for q in parses:
            j = q.end
            if q.extra and (q.place is None or not q.place.name) and q.parent is None and j + 2 < n \
                    and toks.k[j] == "(" and toks.k[j + 2] == ")" and _short_name_word(toks, j + 1) \
                    and not _name_goes_on(toks, j + 3):  # (not "Lực lượng TNXP (TNXP) TPHCM")
                found.setdefault(toks.k[j + 1], []).append(q)
            elif q.extra and q.place is None and q.parent is None and j + 3 < n and toks.k[j] == "(" \
                    and toks.k[j + 3] == ")" and toks.upper[j + 1] and toks.word[j + 1] and toks.k[j + 2].isdigit() \
                    and not _name_goes_on(toks, j + 4):
                found.setdefault(toks.k[j + 1] + toks.k[j + 2], []).append(q)  # a code of letters and a number
                # (two tokens, spaced out or not): "Cục Chính trị - Hậu cần (B 41)", then "Cục B41"
            if q.extra and q.parent is None:  # "Lực lượng Thanh niên Xung phong (TNXP) TPHCM": the
                for x in range(q.start + 2, q.end - 3):  # abbreviation inside, the place after it (a
                    # brand may follow too: "Tổng Công ty (TCT) Cơ khí ... Sài Gòn (SAMCO)")
                    if toks.k[x] == "(" and _suffix_acronym(toks, q.start, x):
                        found.setdefault(toks.k[x + 1], []).append(q)
                        break
        return {a: qs[0] for a, qs in found.items() if len({_name(q) for q in qs}) == 1}

    def _fixed_row_named(self, p: OrgParse) -> OrgParse | None:
        """The one body of organizations.tsv whose full name the report writes in running text and
        ``p``, written bare in running text, begins ("Ủy ban Thường vụ" where the report writes "Uỷ
        ban Thường vụ Quốc hội" and "Uỷ ban Thường vụ QH"): as the prefixes of such names are, but
        counting one row however the report writes it (the token key already makes the two tone
        styles, "Uỷ" and "Ủy", one word). None after a role (a
        title's body stays as the title writes it) or a number or plural word."""
        toks = self.toks
        if ("name" not in p.row.takes and "shortname" not in p.row.flags) or p.parent is not None or p.term \
                or p.place is not None:
            return None
        rows = self._fixed_prefixes().get(tuple(toks.k[p.start : p.end]), {})
        if len(rows) != 1 or _after_role(toks, p.start) or (p.start > 0 and (
                toks.k[p.start - 1].isdigit() or toks.k[p.start - 1] in _PLURAL)):
            return None  # (the one lookup first: the role's words before it are looked for less often)
        q = next(iter(rows.values()))
        return q if q.start != p.start else None

    def _fixed_prefixes(self) -> dict[tuple[str, ...], dict[str, OrgParse]]:
        """Each word prefix of the full organizations.tsv names read in running text -> the
        first such name of each row it begins (built once a report: a lookup per bare head)."""
        if self._fixed_rows is None:
            toks = self.toks
            self._fixed_rows = {}
            for q in self._parses:
                if _fixed_name(q):
                    words = tuple(toks.k[q.start : q.end])
                    for m in range(1, len(words)):
                        self._fixed_rows.setdefault(words[:m], {}).setdefault(q.row.id, q)
        return self._fixed_rows

    def _named_after_a_role(self, p: OrgParse) -> OrgParse | None:
        """The one longer name of ``p``'s kind that the report writes right after a role, which the
        running text does not read ("Trưởng ban Chỉ đạo chống buôn lậu"), where ``p`` is its head
        written bare in running text ("Ban chỉ đạo đã đề nghị ...", "Kế hoạch của Ban Chỉ đạo."):
        that body, as the short names of the names read in running text are. None when the report
        writes none or two, when lower-case words go on after the head (a name of its own, cut
        short) or when a role is written before the head (a title's body, kept as written).
        Corpus: 13 bare steering committees in 5 readable reports so read, split10/14 left out."""
        toks = self.toks
        if p.extra or p.place is not None or p.parent is not None or p.term or "name" not in p.row.takes:
            return None
        if p.end < len(toks.k) and toks.word[p.end] and not toks.brk[p.end] and not _tail_stop(toks, p.end):
            return None  # "Phó trưởng ban Chỉ đạo tổng kết ...": a name of its own goes on, cut short
        if _after_role(toks, p.start):
            return None  # a title's body stays as the title writes it ("Phó Trưởng ban Thường trực Ban Chỉ đạo")
        words = toks.k[p.start : p.end]
        key = (p.row.id, *words)
        if key not in self._role_named:  # once per bare writing: a text may repeat it many times
            self._role_named[key] = self._one_named_after_a_role(p.row.id, words)
        return self._role_named[key]

    def _one_named_after_a_role(self, row_id: str, words: list[str]) -> OrgParse | None:
        toks = self.toks
        found: dict[tuple[str, ...], OrgParse] = {}
        for k in toks.where(frozenset(words[:1])):
            if toks.k[k : k + len(words)] != words or not _after_role(toks, k):
                continue
            q = parse_org(toks, k, "post")
            if q is None or q.row.id != row_id or not q.extra or q.foreign or q.parent is not None:
                continue
            found.setdefault(tuple(toks.k[q.start : q.end]), q)
            if len(found) > 1:
                return None
        return next(iter(found.values()), None)

    def _one_named(self, row_id: str) -> OrgParse | None:
        """The one body of kind ``row_id`` the report names in running text with its own name ("Tổng
        công ty cổ phần Xây lắp Dầu khí Việt Nam"), which its bare head ("Tổng công ty") stands for;
        None when it names none or several."""
        memo = ("named", row_id)
        self._chained_of_row(row_id)  # (its memo goes with the parses it was read from)
        if memo not in self._row_memo:
            head = self.lex.orgs[row_id].canonical + " " if row_id in self.lex.orgs else None
            named = {_name(q): q for q in self._parses
                     if (q.row.id == row_id and q.extra or head and q.row.category == "other"
                         and q.row.canonical.startswith(head))  # a firm's fixed name: "Tập đoàn Dầu khí Việt Nam"
                     and q.parent is None and not q.bare_row and not q.foreign}
            if not named:
                named = self._named_as_owner(row_id)
            self._row_memo[memo] = next(iter(named.values())) if len(named) == 1 else None
        return self._row_memo[memo]  # type: ignore[return-value]

    def _named_as_owner(self, row_id: str) -> dict[str, OrgParse]:
        """The bodies of kind ``row_id`` the report names with their own name only as the owner of a
        unit ("Sở Tài nguyên và Môi trường" in "Đảng ủy Sở Tài nguyên và Môi trường", "Ban Thường vụ
        Đảng ủy Sở ..."), by name: the body a later bare head stands for ("Thay mặt Đảng ủy Sở"), as
        :meth:`_one_named` reads it from a body named on its own."""
        named: dict[str, OrgParse] = {}
        for q in self._chained_of_row(row_id):
            if q.extra and q.parent is None and not q.bare_row and not q.foreign and not q.listed:
                named.setdefault(_name(q), q)
        return named

    def _full_length(self, p: OrgParse) -> OrgParse:
        """``p``, or the longest name of the same kind the report writes elsewhere that the text
        here continues into word for word: "Công ty TNHH Khai thác và Chế biến khoáng sản X" read
        in full where it ends cleanly is that name where a verb the rules do not know follows it.
        Looked up by the words here at each length a name of that first word has, longest first
        (each name is kept once per row and words): not a walk over every name of that first word,
        which a long text repeats by the thousand ("Công ty ...")."""
        toks = self.toks
        for m in self._long_lengths.get(toks.k[p.start], ()):
            if m <= p.end - p.start:
                break
            if p.start + m > len(toks.k):
                continue  # (the text ends before: a shorter slice would be another name's words)
            q = self._long_named.get((p.row.id, tuple(toks.k[p.start : p.start + m])))
            if q is not None and q.start != p.start and not any(toks.brk[x] for x in range(p.start + 1, p.start + m)):
                return _shifted(q, p.start - q.start)
        return p

    def scan(self) -> None:
        """Find every organization in running text."""
        toks = self.toks
        i = 0
        parses = []
        plural_end = -1  # the end of a body named in the plural ("các tỉnh ủy"), for the list after it
        # a name starts only at a first word of organizations.tsv: the walk goes from one to the next
        # (found by a C-level filter), not through every token of the report
        capital_only = _capital_only_firsts()
        firsts, lower_firsts = self.lex.org_index.firsts, _lower_case_firsts()
        k, brk, n = toks.k, toks.brk, len(toks.k)
        for i0 in first_word_tokens(toks):
            if i0 < i:
                continue  # inside a name read already
            i = i0
            if not toks.cap[i] and k[i] in capital_only and not (i > 0 and k[i - 1] in _PLURAL):
                i += 1
                continue  # no body here (parse_org's first test); after "các" a list may go on
            level, ends = firsts[k[i]] if toks.cap[i] else lower_firsts.get(k[i], _NO_PHRASES)
            if not ends and (i + 1 >= n or brk[i + 1] or k[i + 1] not in level) and k[i] != _DELEGATION \
                    and not (i > 0 and k[i - 1] in _PLURAL):
                i += 1  # no phrase of organizations.tsv starts here (its first word alone is none, the
                continue  # next word goes on none; in lower case, none read so): parse_org would find none
            if not _in_symbol(toks, i) and not within_country(toks, i, self.lex):
                if i > 0 and toks.k[i - 1] in _PLURAL and not toks.brk[i] \
                        and not _named_list_at(toks, i, self.lex):
                    listed = _fields_after_colon(toks, i, self.lex)
                    if listed:
                        parses.extend(listed)
                        self.covered.update(x for q in listed for x in range(q.start, q.end))
                        i = listed[-1].end
                        continue
                    q = parse_org(toks, i, "top")
                    plural_end = q.end if q else -1
                    i += 1
                    continue
                p = _province_delegation(toks, i, self.lex) or parse_org(toks, i, "top")
                if p is None:
                    i += 1  # (each test below asks about a body read here)
                    continue
                if _inside_place_name(toks, i, self.lex):
                    i += 1  # "sinh tại xã Mỹ Hội Đông": a syllable of the commune's name
                    continue
                if plural_end >= 0 and p.start - plural_end <= 1 and _placeless(p) and \
                        all(toks.k[x] in (",", _AND) for x in range(plural_end, p.start)):
                    plural_end = p.end  # "các tỉnh ủy, thành ủy": the list goes on in the plural
                    i = p.end
                    continue
                if "toponly" in p.row.flags and ((i > 0 and toks.k[i - 1] in _EACH_OF_TWO)
                                                 or _state_of_country(toks, p.end, self.lex)
                                                 or _attributive_at(toks, i)):
                    i = p.end  # "hai Đảng, hai nước"; "Đảng, Nhà nước Trung Quốc": not Vietnam's Party
                    continue
                if _opening_tag(toks, p):
                    i = p.end  # "(Báo Ninh Bình) - Sáng 26/2, ...": the outlet's tag, no body of the report
                    continue
                if i > 0 and toks.k[i - 1] in _LAW_WORDS and (not toks.cap[i] or toks.cap[i - 1]):
                    i = p.end  # "Luật kiểm toán nhà nước", "Luật Công an nhân dân": a law's subject (not
                    continue  # "kỷ luật Ban Thường vụ Tỉnh ủy": a body after the word "discipline")
                if _levels_listed(toks, p) or _kind_of_body(toks, p) or _listed_before_kind(toks, p) \
                        or (_placeless(p) and _lower_committee(toks, p)) or _common_noun(toks, p, self.covered):
                    i = p.end  # "UBND các cấp", "UBND cấp xã"; "tỉnh ủy, thành ủy trực thuộc Trung ương"
                    continue
                if _member_title(toks, p):
                    i = p.end  # "Tỉnh ủy viên": a member's title (titles reads it), no body by itself
                    continue
                if _committees_listed(toks, p):
                    plural_end = i = p.end  # "Phó Bí thư Tỉnh ủy, Thành ủy": committees of both kinds
                    continue
                parses.append(p)
                self.covered.update(range(p.start, p.end))
                i = p.end
                plural = i0 > 0 and toks.k[i0 - 1] in _PLURAL  # a named list: its bare fields too
                if plural or toks.cap[i0]:
                    for q in _listed_fields(toks, p, self.lex, plural):
                        parses.append(q)
                        self.covered.update(range(q.start, q.end))
                        i = q.end
                continue
            i += 1
        written: set[tuple[str, tuple[str, ...]]] = set()
        for p in parses:  # each name once: a long text writes the same names many times
            name = (p.row.id, tuple(toks.k[p.start : p.end]))
            if name not in written:
                written.add(name)
                self._long.setdefault(toks.k[p.start], []).append(p)
                self._long_named.setdefault(name, p)
        self._long_lengths = {w: sorted({q.end - q.start for q in qs}, reverse=True) for w, qs in self._long.items()}
        full: list[OrgParse] = []
        for p in parses:
            if full and p.start < full[-1].end:
                continue  # inside a name just read at its full length
            q = self._full_length(p)
            self.covered.update(range(q.start, q.end))
            full.append(q)
        parses = _shared_places(toks, full)
        parses = self._owners_after_lists(parses)
        self._chain_province = self._chain_provinces(parses)
        self._sentence_province = self._sentence_provinces(parses)
        longer: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for q in parses:
            if q.extra:
                qk = tuple(toks.k[q.start : q.end])
                for m in range(1, len(qk)):
                    longer.setdefault(qk[:m], set()).add(qk)
        by_keys = {tuple(toks.k[q.start : q.end]): q for q in parses}
        self._alias = {short: by_keys[next(iter(names))] for short, names in longer.items() if len(names) == 1}
        fixed: dict[tuple[str, ...], set[tuple[str, ...]]] = {}  # prefixes of names organizations.tsv gives
        for q in parses:
            if _fixed_name(q):
                qk = tuple(toks.k[q.start : q.end])
                for m in range(2, len(qk)):
                    fixed.setdefault(qk[:m], set()).add(qk)
        self._fixed_alias = {short: by_keys[next(iter(names))] for short, names in fixed.items()
                             if len(names) == 1}
        # the bodies a unit is written of count too ("Chủ tịch HĐQT Tổng công ty cổ phần X (PVC)", then
        # "Tổng công ty PVC", "Tổng công ty X": the company named inside the board's name)
        owners = [q for top in parses for q in _chain(top)[1:]]
        self._form_alias = {**_without_kind_word(toks, parses, self.lex), **_without_party_word(toks, parses),
                            **_without_legal_forms(toks, parses + owners)}
        self._acronyms = self._acronyms_defined(parses + owners)
        self._parses = parses
        self._starts = [toks.s[q.start] for q in parses]
        for p in parses:
            q: OrgParse | None = p
            while q is not None:
                self._written.add(q.row.id)
                self._written_levels.add((q.row.id, _level(q)))
                q = q.parent
        self._infer_text_province(parses)
        self._infer_text_districts(parses)
        self._owners_of_bare_units(parses)
        for p in parses:
            self.mention(p)

    def _owners_after_lists(self, parses: list[OrgParse]) -> list[OrgParse]:
        """Boards listed bare before a last item that names their owner share it: "bổ sung Ban
        Thường trực, Đoàn Chủ tịch, Ủy ban Kiểm tra Hội Nông dân Việt Nam" (the Hội's three boards);
        "..., Đoàn Chủ tịch, Ủy ban Trung ương MTTQ Việt Nam khóa VIII" (the committee's own boards).
        A board the scan leaves alone ("Đoàn Chủ tịch") is added as the owner's. Only commas and "và"
        between the items, the list ending at the last; a Party board only with a Party owner; the
        last item as the owner itself only after two boards or more (one board and a body is a run
        of titles: "Trưởng Ban Văn hóa - Xã hội, HĐND tỉnh")."""
        toks, n = self.toks, len(self.toks.k)
        by_start = {q.start: x for x, q in enumerate(parses)}
        owned: dict[int, OrgParse] = {}  # index in parses -> the board with its owner
        added: list[OrgParse] = []
        x = 0
        while x < len(parses):
            p = parses[x]
            if not _bare_board(p) or x in owned:
                x += 1
                continue
            boards: list[tuple[int | None, OrgParse]] = [(x, p)]
            k = p.end
            last: OrgParse | None = None
            while k + 1 < n and toks.k[k] in _BOARD_JOINS and not toks.brk[k + 1]:
                y = by_start.get(k + 1)
                q = parses[y] if y is not None else _listed_board_at(toks, k + 1, self.lex)
                if q is None:
                    break
                if not _bare_board(q):
                    last = q
                    break
                boards.append((y, q))
                k = q.end
            x += 1
            if last is None:
                continue
            k = last.end
            if k + 1 < n and toks.k[k] == _TERM and not toks.brk[k] and is_term_value(toks.t[k + 1]):
                k += 2  # "..., Ủy ban T.Ư MTTQ Việt Nam khóa VIII."
            if not (k >= n or toks.brk[k] or toks.k[k] in _FIELD_ENDS):
                continue  # the list ends with the last item (not "Ban Chỉ đạo, Bộ Chính trị đã quyết định")
            owner = _owner_of_list_end(last)
            if owner is None or (owner is last and len(boards) < 2):
                continue  # "Trưởng Ban Văn hóa - Xã hội, HĐND tỉnh": one title's run, not a list of boards
            for y, q in boards:
                if not _owns(q, owner, last):
                    continue
                if y is None:
                    added.append(replace(q, parent=owner))
                else:
                    owned[y] = replace(q, parent=owner)
        if not owned and not added:
            return parses
        out = [owned.get(x, q) for x, q in enumerate(parses)] + added
        self.covered.update(x for q in added for x in range(q.start, q.end))
        return sorted(out, key=lambda q: q.start)

    def _owners_of_bare_units(self, parses: list[OrgParse]) -> None:
        """A Party unit written bare ("Ban Thường vụ", "Ủy ban Kiểm tra") belongs to the one Party
        committee its sentence names ("... cách chức Bí thư Thành uỷ Đà Nẵng, Uỷ viên Ban thường
        vụ, ..." is the Ban Thường vụ of the Thành uỷ Đà Nẵng), else to the owner the report gives
        the same unit elsewhere when it gives one only ("Ban Thường vụ Tỉnh uỷ Kiên Giang ... tham
        gia Ban Thường vụ"). With two committees in the sentence and none elsewhere it stays bare."""
        toks = self.toks
        owned: dict[str, set[str]] = {}
        owner_of: dict[str, OrgParse] = {}
        for q in parses:
            if q.row.category == "party" and "sub" in q.row.flags and q.parent is not None \
                    and (q.parent.row.id in _PARTY_COMMITTEES and q.parent.has_place() or _central_level(q)):
                owned.setdefault(q.row.id, set()).add(_name(q.parent))
                owner_of[_name(q.parent)] = q.parent
        committees = sorted((q for q in parses if q.row.id in _PARTY_COMMITTEES and q.has_place()
                             and q.parent is None), key=_start)
        committee_starts = [q.start for q in committees]
        for x, p in enumerate(parses):
            if p.row.category != "party" or "sub" not in p.row.flags or p.parent is not None \
                    or p.place is not None or p.extra or p.term or p.row.id in _STATE_SIDE_UNITS \
                    or any(toks.k[k] in _CENTRAL_MARKS for k in range(p.end, min(len(toks.k), p.end + 5))):
                continue  # (not "Ủy ban Kiểm tra (UBKT) Trung ương")
            lo, hi = sentence_start(toks, p.start), sentence_end(toks, p.end)
            near: dict[str, OrgParse] = {}
            for q in committees[bisect_left(committee_starts, lo):]:
                if q.start >= hi or len(near) > 1:  # two owners are as many as a hundred
                    break
                if q.end <= hi:
                    near[_name(q)] = q
            if len(near) == 1:
                owner = next(iter(near.values()))
            elif not near and len(owned.get(p.row.id, ())) == 1:
                owner = owner_of[next(iter(owned[p.row.id]))]
            else:
                continue
            parses[x] = replace(p, parent=owner)
        self._owners_of_bare_boards(parses)

    def _owners_of_bare_boards(self, parses: list[OrgParse]) -> None:
        """A standing board of any body's ("Ban Thường trực": a row of category ``any``, a body by
        itself, taking nothing) written bare belongs to the one owner the report gives that board
        elsewhere ("tờ trình của Ban Thường trực về ..." between "Ban Thường trực, Đoàn chủ tịch và
        Ủy ban Trung ương MTTQ Việt Nam" and "nhân sự Ban Thường trực, Đoàn chủ tịch Ủy ban Trung
        ương MTTQ": the Front committee's board, as the first and third are). With no owner or two
        it stays as written."""
        owners: dict[str, dict[str, OrgParse]] = {}
        bare: list[int] = []
        for x, q in enumerate(parses):
            if q.row.category != "any" or q.row.takes or "sub" not in q.row.flags or "alone" not in q.row.flags:
                continue
            if q.parent is not None:
                owners.setdefault(q.row.id, {})[_name(q.parent)] = q.parent
            elif _bare_board(q):
                bare.append(x)
        for x in bare:
            p = parses[x]
            of_row = owners.get(p.row.id, {})
            if len(of_row) == 1:
                parses[x] = replace(p, parent=next(iter(of_row.values())))

    def _past_titles(self, a: int, b: int, semicolons: bool = False) -> int | None:
        """Where a walk from token ``a`` towards ``b`` over role words, commas and "kiêm" (and ";" when
        ``semicolons``) stops: at ``b`` or past it, or earlier at a break; None at any other word. Both
        chain rules (a province, a district named once at the end of a person's run of titles) read it."""
        toks, lex = self.toks, self.lex
        k = a
        while k < b and not toks.brk[k]:
            if toks.k[k] in _CHAIN_WORDS or semicolons and toks.k[k] == ";":
                k += 1
                continue
            hit = lex.roles.longest(toks, k) if toks.k[k] in lex.roles.firsts else None
            if not hit:
                return None
            k += hit[0]
        return k

    def _chain_provinces(self, parses: list[OrgParse]) -> dict[int, str]:
        """Provincial bodies written without their province in a run of titles that ends with a
        body that names one ("Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Đồng Nai"): that province,
        which the sentence gives, rather than the report's. By the start of the body."""
        toks = self.toks
        out: dict[int, str] = {}

        def joined(a: OrgParse, b: OrgParse) -> bool:  # only titles and commas between them
            k = self._past_titles(a.end, b.start)
            return k is not None and k >= b.start and k - a.end <= 8 and not toks.brk[b.start]

        for x, a in enumerate(parses):
            if _level(a) != "province" or a.province() is not None:
                continue
            prev = a
            for b in parses[x + 1 : x + 5]:  # "Tỉnh ủy viên, Giám đốc Sở Công thương, Bí thư Huyện ủy Nhơn Trạch"
                if not joined(prev, b):
                    break
                prov = b.province()
                name = prov.canonical if prov is not None else _district_province(b)
                if name:
                    out[a.start] = name
                    break
                if b.has_place():
                    break
                prev = b
        return out

    def _sentence_provinces(self, parses: list[OrgParse]) -> dict[int, str]:
        """Provincial bodies written without their province in a sentence whose other bodies name
        one province only ("... tham gia Ban Chấp hành Đảng bộ tỉnh Bạc Liêu và giữ chức Phó bí thư
        Tỉnh uỷ"): that province, which the sentence gives, rather than the report's (from its
        metadata or the province its bodies name most: a round-up of several provinces' congresses
        names each one's "Tỉnh uỷ" in its own sentence). By the start of the body."""
        toks = self.toks
        if not any(_level(a) == "province" and a.province() is None for a in parses):
            return {}
        named: dict[int, set[str]] = {}  # sentence start -> provinces its bodies name
        for q in parses:
            prov = q.province()
            name = prov.canonical if prov is not None else _district_province(q)
            if name:
                named.setdefault(sentence_start(toks, q.start), set()).add(name)
        out: dict[int, str] = {}
        for a in parses:
            if _level(a) != "province" or a.province() is not None:
                continue
            found = named.get(sentence_start(toks, a.start), set())
            if len(found) == 1:
                out[a.start] = next(iter(found))
        return out

    def _marks(self) -> list[tuple[int, str]]:
        """Every province the text writes, by token, in a body's name ("HĐND tỉnh Thanh Hoá") or
        not ("Tại Ninh Thuận, ..."); not a name inside a person's ("Nguyễn Thái Bình": a capitalised
        word other than a place word or the sentence's first just before it)."""
        if self._province_marks is None:
            toks, lex = self.toks, self.lex
            marks: list[tuple[int, str]] = []
            for q in self._parses:
                prov = q.province()
                name = prov.canonical if prov is not None else _district_province(q)
                if name:
                    marks.append((q.start, name))
                    self._body_marks.add(q.start)
            for k in toks.where(lex.places.firsts):  # (the first words of places only)
                if not toks.cap[k]:
                    continue
                hit = _place_at(toks, k, lex)
                if hit is None or k in self.covered or _place_lookalike(toks, k):
                    continue
                if k > 0 and toks.cap[k - 1] and not toks.brk[k] and sentence_start(toks, k - 1) != k - 1 \
                        and lex.place_words.longest(toks, k - 1) is None:
                    continue
                marks.append((k, hit[1].canonical))
            self._province_marks = sorted(set(marks))
        return self._province_marks

    def _near_province(self, p: OrgParse) -> str | None:
        """In a report whose bodies name two provinces or more, the province a bare provincial body is
        nearest to: the last one its clause (a sentence, or its part between semicolons) writes before
        it, else the first its clause writes after it ("Ban cán sự đảng UBND tỉnh và ông X, nguyên Chủ
        tịch UBND tỉnh Khánh Hòa"), each only when that part of the clause writes one province; else
        the last one the text writes before it (a round-up of provinces' congresses: "Tại Ninh Thuận,
        ông X tái đắc cử Bí thư Tỉnh uỷ") when the sentence that wrote it writes no other and the
        report's metadata give no province. Only provinces of the body's kind count. None when the
        text's bodies name one province or none, or none is near (then the report's, as before)."""
        marks = self._marks()
        if self._bodies_name_two is None:
            self._bodies_name_two = len({name for k, name in marks if k in self._body_marks}) >= 2
        if not self._bodies_name_two:
            return self._paragraph_city(p)  # the text's bodies name one province or none: the report's or
            # the one it names, but for a city's body in a paragraph on another city the text writes
        toks = self.toks
        if p.row.category == "other" or _any_province(toks, p):
            return None  # "trường tiểu học Pháp - Việt tỉnh Viên Chăn"; "liên Tỉnh ủy"; "UBND tỉnh, thành"
        lo, hi = sentence_start(toks, p.start), sentence_end(toks, p.end)
        semis = toks.positions().get(";", [])  # (one list a text: the clause's ends, found by halving)
        x = bisect_left(semis, p.start) - 1
        if x >= 0 and semis[x] >= lo:
            lo = semis[x] + 1
        x = bisect_left(semis, p.end)
        if x < len(semis) and semis[x] < min(hi, len(toks.k)):
            hi = semis[x]
        fit = self._marks_of_kind(_kind_of(p))  # (the marks inside p lie after those before it, before those after)
        inside = fit.between(lo, p.start)
        if inside is not None:  # one only: not "Bí thư Tỉnh ủy Lào Cai, làm việc với UBND tỉnh Hà Giang và ông X,
            return inside if inside else self._none_of_marks(fit, lo, p.start)  # Phó Bí thư Tỉnh ủy"
        after = fit.between(p.end, hi)  # (the report's, one of the two)
        if after is not None:  # one only: not "Ban Thường vụ Tỉnh ủy ... các tỉnh Điện Biên, Yên Bái"
            return after if after else self._none_of_marks(fit, p.end, hi)
        last = fit.last_before(p.start)
        if last is None or self.report_province:
            return None  # a report's own province beats one written sentences before
        if fit.between(sentence_start(toks, last[0]), p.start) == "":  # that sentence must name one province only
            return None  # "Bí thư Thành ủy Hà Nội và Bí thư Thành ủy Đà Nẵng cùng dự. Thành ủy ..."
        return last[1]

    def _paragraph_city(self, p: OrgParse) -> str | None:
        """For a bare body of a centrally run city ("Thành ủy", "Chủ tịch UBND thành phố") in a text that
        writes two such cities or more, the city its paragraph names last before it, else the first
        it names after it, where that city is written as a city (:meth:`_as_city`) and no other city is
        named bare between them: a report on one city's rally turns to another's in a paragraph of its
        own ("Cùng ngày, tại TP Hồ Chí Minh ... Bí thư Thành ủy A"; "Chủ tịch UBND thành phố B nói ...
        nhân dân thành phố Hồ Chí Minh"), whose bare titles are that city's, not the city its bodies
        name. None where the paragraph names no city, or the nearest is another city's bare name (then
        the report's, as before)."""
        if _kind_of(p) != _CITY_WORD or p.row.category == "other" or _any_province(self.toks, p):
            return None
        fit = self._marks_of_kind(_CITY_WORD)
        if len(fit.at) < 2:
            return None  # one city written: the report's or the one it names
        starts = self.toks.line_starts()
        x = bisect_right(starts, p.start)
        lo = starts[x - 1] if x else 0
        hi = starts[x] if x < len(starts) else len(self.toks.k)
        toks = self.toks
        bare: set[str] = set()  # the cities named bare after the one named as a city
        for x in range(bisect_left(fit.ks, p.start) - 1, bisect_left(fit.ks, lo) - 1, -1):
            k, name = fit.ks[x], fit.names[x]
            if self._as_city(k):  # (not "Với Hà Nội, ..." after "TP HCM"; nor "Các chức danh của TP Hà Nội,
                # TP HCM gồm Phó Bí thư Thành ủy ...": two cities in its sentence, the titles of each)
                return name if bare <= {name} and fit.between(sentence_start(toks, k), p.start) == name else None
            bare.add(name)  # ("... tại TP Hồ Chí Minh ... di chúc của Chủ tịch Hồ Chí Minh")
        if bare:
            return None
        first = fit.first_from(p.end)
        if first is None or first[0] >= hi or not self._as_city(first[0]):
            return None
        k = first[0]
        return first[1] if fit.between(sentence_start(toks, k), sentence_end(toks, k + 1)) == first[1] else None

    def _as_city(self, k: int) -> bool:
        """The city marked at token ``k`` (``_marks``) is written as a city: in a body's name or after the
        city's level word ("TP Hồ Chí Minh", "TP.HCM", "thành phố Cần Thơ"). A city's bare name is often
        no city the text turns to: where someone went ("có người ở Hà Nội"), a road named after it ("xa
        lộ Hà Nội" in another city), a city set beside the one the text is on ("Với Hà Nội, ...")."""
        toks, words = self.toks, self.lex.place_words
        return k in self._body_marks or any(
            (hit := words.longest(toks, x)) is not None and x + hit[0] >= k
            and getattr(hit[1], "canonical", "") == _CITY_WORD for x in range(max(0, k - 2), k + 1))

    def _marks_of_kind(self, kind: str | None) -> _MarkRuns:
        """The province marks (``_marks``) a body of this kind (``_kind_of``: "tỉnh", "thành phố" or
        None, any) may take, indexed once a text (see :class:`_MarkRuns`)."""
        if kind not in self._mark_index:
            self._mark_index[kind] = _MarkRuns([(k, name) for k, name in self._marks()
                                                if kind is None or kind == _province_kind(name)])
        return self._mark_index[kind]

    def _none_of_marks(self, fit: _MarkRuns, lo: int, hi: int) -> str | None:
        """:meth:`_none_of` for the names of the marks from token ``lo`` to ``hi``."""
        own = self.report_province or self.text_province
        return None if own is None or fit.names_in(own, lo, hi) else _NO_PROVINCE

    def _none_of(self, names: list[str]) -> str | None:
        """For a bare body whose clause names two provinces or more: None (the report's province, as
        before) when the report's (its metadata's, else its text's) is one of them or it has none,
        else :data:`_NO_PROVINCE`: the body stays bare
        rather than taking a province its clause does not name ("Tỉnh ủy Gia Lai và Tỉnh ủy Phú Yên
        ký kết; Sở Y tế cùng tham gia" in a report on Bình Định)."""
        own = self.report_province or self.text_province
        return None if own is None or own in names else _NO_PROVINCE

    def _one_province_of_kind(self, kind: str) -> str | None:
        """The one province of this kind ("tỉnh" or "thành phố") the report names by its name, if
        only one: a bare "Thành ủy" in a report on Tây Ninh that names TP.HCM's Thành ủy once is
        TP.HCM's, the only city there (not when it names two cities)."""
        if kind not in self._named_of_kind:
            named = {prov.canonical for q in self._parses for prov in (q.province(),)
                     if prov is not None and _level(q) == "province" and _province_kind(prov.canonical) == kind}
            written = self._provinces_written() if len(named) == 1 else set()
            self._named_of_kind[kind] = next(iter(named)) if len(named) == 1 and {
                name for name in written if _province_kind(name) == kind} <= named \
                and not self._other_bodies_of_kind(kind) else None
        return self._named_of_kind[kind]

    def _other_bodies_of_kind(self, kind: str) -> bool:
        """The report also writes of bodies of this kind that are no province's: a city below the
        province ("Chủ tịch HĐND TP Hội An"), or provinces in general ("một số tỉnh", "các tỉnh,
        thành phố")."""
        if kind == "thành phố" and any(
                q.place.word == kind and q.place.name and q.place.level != "province"
                for p in self._parses for q in (p, p.parent) if q is not None and q.place is not None):
            return True
        return kind in self._plural_place_words()

    def _provinces_written(self) -> set[str]:
        """Every province whose name the text writes, in a body's name or not ("Tại Long An, ..."):
        a report on two provinces of a kind leaves a bare "UBND tỉnh" to neither."""
        if self._provinces_written_ is None:  # (read once a text: it was read again for each bare body)
            toks, places = self.toks, self.lex.places
            out: set[str] = set()
            for k in toks.where(places.firsts):
                if toks.cap[k] and (hit := _place_at(toks, k, self.lex)):
                    out.add(hit[1].canonical)
            self._provinces_written_ = out
        return self._provinces_written_

    def _infer_text_province(self, parses: list[OrgParse]) -> None:
        """The province the report is about, when its provincial bodies name one clearly."""
        if self.report_province:
            return
        c: Counter[str] = Counter()
        for p in parses:
            prov = p.province()
            if prov and _level(p) == "province":
                c[prov.canonical] += 1
        top = c.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            self.text_province = top[0][0]

    def _infer_text_districts(self, parses: list[OrgParse]) -> None:
        """The district (or commune) the report is about, per level word, when it names only one:
        then a bare "UBND huyện" is that district's ("UBND huyện Krông Nô")."""
        names: dict[str, set[str]] = {}
        for p in parses:
            for q in (p, p.parent):
                if q is not None and q.place and q.place.name and q.place.level in ("district", "commune") \
                        and (word := q.place.word or _DISTRICT_COMMITTEE_WORDS.get(q.row.id, "")):
                    names.setdefault(word, set()).add(q.place.name)  # "Huyện ủy Nhà Bè" names a huyện
        self.text_district = {w: next(iter(n)) for w, n in names.items() if len(n) == 1}

    def _district_marks(self) -> list[tuple[int, str, str]]:
        """Every district the text names, by token: (token, level word, name), in a body's name
        ("UBND huyện Krông Nô", "Huyện ủy Nhà Bè": a huyện) or as a place ("huyện Chương Mỹ sẽ họp",
        "Quận 2"; only a name districts.tsv knows or a number, not a person's); a known district
        name written without its word ("Tại Mỹ Đức, ...") is a mark of its kind in districts.tsv (of no
        word when the name is of two kinds). Not a birthplace
        ("quê huyện Hiệp Đức"): that is no body's place."""
        if self._district_marks_ is None:
            toks, lex = self.toks, self.lex
            marks: set[tuple[int, str, str]] = set()
            for p in self._parses:
                for q in (p, p.parent):
                    if q is not None and q.place and q.place.name and q.place.level == "district" \
                            and (word := q.place.word or _DISTRICT_COMMITTEE_WORDS.get(q.row.id, "")):
                        marks.add((q.start, word, q.place.name))
            for k in toks.where(_DISTRICT_WORD_FIRSTS):
                if k in self.covered or any(toks.k[x] in _BIRTH_WORDS for x in range(max(0, k - 3), k)):
                    continue
                hit = _district_written_at(toks, k, lex)
                if hit is not None:
                    marks.add((k, *hit))
                    if k > 0 and (toks.k[k - 1] in _PLURAL or toks.k[k - 1] in _COUNT_WORDS):
                        marks.add((k, hit[0], ""))  # "các huyện Chương Mỹ, Mê Linh": more than one
            for k in (a + 1 for a in toks.where(_AT_WORDS)):
                if k < len(toks.k) and toks.cap[k] and k not in self.covered and not toks.brk[k]:
                    for length in (3, 2, 1):
                        if k + length <= len(toks.k) and all(toks.cap[x] for x in range(k, k + length)) \
                                and " ".join(toks.k[k : k + length]) in lex.districts:
                            kinds = _district_kinds().get(" ".join(toks.k[k : k + length]), set())
                            word = next(iter(kinds)) if len(kinds) == 1 else ""
                            marks.add((k, word, toks.surface(k, k + length)))
                            break
            self._district_marks_ = sorted(marks)
        return self._district_marks_

    def _district_placed(self, p: OrgParse) -> OrgParse | None:
        """A district's body written without the district's name ("Huyện ủy", "UBND huyện", "Thị
        ủy") where the text says which district, precision first: the district body of the same
        kind joined to it by titles ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nhà Bè"), else the
        one district of its kind its sentence names ("HĐND huyện Gia Lâm sẽ bầu lãnh đạo HĐND, UBND
        huyện"), else, when its sentence names no district before it, the one the sentence before
        names ("Huyện Chương Mỹ sẽ họp ngày 24/9. Ông X, Phó Bí thư Huyện ủy, ..."). A sentence
        naming two districts of its kind gives none. None when none of these names one."""
        word = _bare_district_word(p)
        city = not word and _bare_city_committee(p)
        if city:
            word = _CITY_WORD  # a city's committee only from the run of titles (see _bare_city_committee)
        if not word:
            return None
        toks = self.toks
        marks = self._district_marks()
        if not marks:
            return None
        name = self._chained_district(p, word)
        if name is None and city:
            return None
        if name is None:  # (the marks of the sentence but those inside p: before p, after it)
            lo, hi = sentence_start(toks, p.start), sentence_end(toks, p.end)
            ks, runs = self._district_runs()
            of_word, no_word = runs.get(word, _NO_MARKS), runs.get("", _NO_MARKS)
            count, one = _two_spans(of_word.span(lo, p.start), of_word.span(p.end, hi))
            if count == 1 and not no_word.span(lo, p.start)[0]:
                name = one
            elif not count and bisect_left(ks, lo) == bisect_left(ks, p.start) and lo > 0:
                plo = sentence_start(toks, lo - 1)
                count, one = of_word.span(plo, lo)
                if count == 1 and not no_word.span(plo, lo)[0]:
                    name = one
        if name is None:
            name = self._headline_district(word)
        if name is None:
            return None
        if p.place is not None:
            return replace(p, place=replace(p.place, name=name))
        return replace(p, place=PlaceParse(p.end, p.end, "district", word, name, None))  # "Quận ủy quận 12"

    def _village_placed(self, p: OrgParse) -> OrgParse | None:
        """A village's body written with the village's level word and no name ("Chi bộ thôn đã họp",
        "Ban Công tác Mặt trận thôn") after the report named the body of its row in one village of
        that word ("Bí thư Chi bộ thôn Kỳ Xuyên"): the body of that village, a later mention of the one
        written in full, not a second body. None when the report names none before it or two."""
        place = p.place
        if place is None or place.level != "village" or place.name or not place.word or p.parent is not None:
            return None
        names = {q.place.name for q in self._parses
                 if q.start < p.start and q.row.id == p.row.id and q.parent is None and q.place is not None
                 and q.place.level == "village" and q.place.word == place.word and q.place.name}
        if len(names) != 1:
            return None
        return replace(p, place=replace(place, name=next(iter(names))))

    def _district_runs(self) -> tuple[list[int], dict[str, _MarkRuns]]:
        """The tokens of the district marks (``_district_marks``), and the marks of each level word
        ("" for a name of no word) indexed (:class:`_MarkRuns`): built once a text, so that the
        districts a sentence names are found by halving, not by a walk over every mark of the text
        per body (quadratic on a text with no sentence end)."""
        if self._district_index is None:
            marks = self._district_marks()
            by_word: dict[str, list[tuple[int, str]]] = {}
            for k, w, n in marks:
                by_word.setdefault(w, []).append((k, n))
            self._district_index = ([k for k, _, _ in marks], {w: _MarkRuns(m) for w, m in by_word.items()})
        return self._district_index

    def _headline_district(self, word: str) -> str | None:
        """The district of this kind the headline (the text's first line) names, when the text
        names no other of its kind ("Miễn nhiệm 5 lãnh đạo thị xã Đồ Sơn ..." over a bare "UBND thị
        xã"); a level written as a category leaves it to none ("các huyện")."""
        if word not in self._headline_districts:  # (the marks are read once: one answer per word)
            toks = self.toks
            first = next((k for k in range(1, len(toks.k)) if toks.brk[k]), len(toks.k))
            names = {n for _, w, n in self._district_marks() if w == word}
            self._headline_districts[word] = None if len(names) != 1 or word in self._plural_place_words() \
                else next(iter(names)) if any(k < first and w == word for k, w, _ in self._district_marks()) \
                else None
        return self._headline_districts[word]

    def _chained_district(self, p: OrgParse, word: str) -> str | None:
        """The district a body of the same kind names in the person's run of titles next to ``p``
        (only titles, commas and "kiêm" between them)."""
        toks = self.toks

        def joined(a: int, b: int) -> bool:
            k = self._past_titles(a, b, semicolons=True)
            return k is not None and k >= b and b - a <= 8 and not toks.brk[b]

        x = bisect_left(self._starts, toks.s[p.start])
        for q in self._parses[x + 1 : x + 3] if x < len(self._parses) and self._parses[x].start == p.start \
                else self._parses[x : x + 2]:
            if q.start < p.end or not joined(p.end, q.start):
                break
            if _bare_district_word(q) == word:
                continue  # "Bí thư Huyện ủy, Chủ tịch HĐND huyện, ...": the run goes on
            if q.place and q.place.name and q.place.level == "district" \
                    and (q.place.word or _DISTRICT_COMMITTEE_WORDS.get(q.row.id, "")) == word:
                return q.place.name
            break
        for q in reversed(self._parses[max(0, x - 2) : x]):
            if q.end > p.start or not joined(q.end, p.start):
                break
            if q.place and q.place.name and q.place.level == "district" \
                    and (q.place.word or _DISTRICT_COMMITTEE_WORDS.get(q.row.id, "")) == word:
                return q.place.name
            break
        return None

    def at(self, i: int, ctx: str = "post") -> OrgMention | None:  # noqa: D401
        """The organization starting at token i (found in the scan or parsed now)."""
        p = parse_org(self.toks, i, ctx)
        if p is None and ctx == "post":
            return self._bare_company(i)
        if p is None or _kind_of_body(self.toks, p) or _levels_listed(self.toks, p) \
                or _listed_before_kind(self.toks, p) or _committees_listed(self.toks, p):
            return None
        p = self._full_length(p)
        self.last_end = p.end  # the token after the name just read (the mention may be shared)
        return self.mention(p)

    def _bare_company(self, i: int) -> OrgMention | None:
        """A company's bare head written capitalised after a role at token i ("nguyên Tổng Giám đốc Tổng
        công ty chịu trách nhiệm", "Chủ tịch kiêm Giám đốc Công ty,", "Kế toán trưởng Tổng công ty và bà
        B"): the one company of that head the report names with its own name (:meth:`_one_named`), written
        here as its head alone, as a report on one firm writes its officers' titles once it has named
        it. None when the head is not bare there or the report names none or several of its kind."""
        toks = self.toks
        if i >= len(toks.k) or not toks.cap[i] or toks.k[i] not in _company_firsts():
            return None  # (asked wherever a role's body is read and none was: one set lookup first)
        e = _bare_head_end(toks, i, self.lex)
        if e > i and e < len(toks.k) and not toks.brk[e] and toks.word[e] and not _predicate_after_company(toks, e):
            return None  # "Giám đốc Công ty dịch vụ kỹ thuật dầu khí": a name in lower case, no bare head
        row = _bare_row(toks, i, self.lex) if e > i else ""
        if row not in _COMPANY_HEADS:
            return None
        short = self.one_named_as(row, i, e, toks.surface(i, e))
        if short is not None:
            self.last_end = e
        return short

    def one_named_as(self, row_id: str, start: int, end: int, written: str | None = None) -> OrgMention | None:
        """The one body of kind ``row_id`` the report names with its own name (:meth:`_one_named`), as a
        mention at tokens ``start`` to ``end`` that stands for it: its head alone ("Tổng công ty", kept as
        ``written``) or its head and a word pointing back ("Cục này": ``written`` None, the full name's
        writing kept, since "này" is no name). None when the report names none or several of its kind."""
        named = self._one_named(row_id)
        if named is None:
            return None
        key = (start, end, "")
        short = self.by_span.get(key)
        if short is None:
            m = self.mention(named)
            short = replace(m, span=Span(self.toks.s[start], self.toks.e[end - 1]), id="",
                            written=written if written is not None else m.written)
            self.by_span[key] = short
            self.parse_of[id(short)] = named
            self.mentions.append(short)
        return short

    def mention(self, p: OrgParse, hint: str | None = None) -> OrgMention:
        """The mention of a parsed name; ``hint`` is the province to assume when none is written
        (from another title of the same person: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình
        Định")."""
        key = (p.start, p.end, p.term or "") if hint is None else (p.start, p.end, p.term or "", hint)
        known = self.by_span.get(key)  # (one lookup: a mention is asked again about once in three calls)
        if known is not None:
            return known
        p = _agency_owned(self.toks, p)
        if p.parent is None and p.row.id in _OWNED_UNITS:
            p = self._one_owner_of_unit(p)
        placed = self._one_placed(p.parent, hint) or self._one_owned(p.parent) or (
            self._one_longer(p.parent) if hint is None else None) or self._central_of(p.parent) \
            if p.parent is not None else None
        if placed is not None:
            p = replace(p, parent=placed)  # "Ban Thường vụ Huyện ủy" where only the "Huyện ủy Ba Vì" is named
            # ("Ban Thường vụ Đảng ủy Tập đoàn" where the report names the "Đảng ủy Tập đoàn Dệt may ...")
        if p.bare_row:
            named = self._one_named(p.bare_row)
            if named is not None:  # "Hội đồng quản trị Tổng công ty": of the one Tổng công ty the report names
                p = replace(p, extra="", parent=named, bare_row="")
        if p.parent is not None and (district := self._district_placed(p.parent)) is not None:
            p = replace(p, parent=district)  # "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Công an huyện Đồng Xuân"
        if p.parent is not None and (defined := self._acronym_named(p.parent)) is not None:
            p = replace(p, parent=defined)  # "Đảng uỷ Cục B41" after "Cục Chính trị - Hậu cần (B 41)"
        placed = self._one_placed(p, hint) or self._one_owned(p) or self._one_placed_field(p)  # "Chủ tịch
        # HĐND" where the report names
        # the "HĐND tỉnh X" only; "Bí thư Đảng ủy" where it names the "Đảng ủy Công an tỉnh X" only
        if placed is None and (district := self._district_placed(p)) is not None:
            p = district  # "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nhà Bè": the Huyện ủy Nhà Bè
        elif placed is None and (village := self._village_placed(p)) is not None:
            p = village  # "Chi bộ thôn đã họp" after "Bí thư Chi bộ thôn Kỳ Xuyên": that village's
        full = placed or (self._alias_of(p) if hint is None else None)
        if full is not None:
            m = self.mention(full)
            # written as the full name: the short form is no other name of the body; but a company
            # named without its legal form ("Công ty Cường Hưng") is, as written, and so is a bare
            # "HĐND" (the report's usual way to write its one council)
            written = self.toks.surface(p.start, p.end) if placed is not None or self._form_alias.get(
                tuple(self.toks.k[p.start : p.end])) is full or self._acronym_placed(p) is full \
                or (p.end - p.start == 1 and self._acronym_named(p) is full) \
                or (p.row.id in _OWNED_UNITS and full.row.id == p.row.id) else m.written
            # (and "Lực lượng TNXP TPHCM", the report's own short name of the "Lực lượng Thanh niên Xung
            # phong (TNXP) TPHCM" it defines, or "AHT" alone after "Công ty CP ... (AHT)": that writing
            # names the body; and a bare "Ban cán sự đảng", the way a report writes its one group in the
            # titles of its members)
            short = replace(m, span=Span(self.toks.s[p.start], self.toks.e[p.end - 1]), id="", written=written)
            self.by_span[key] = short
            self.parse_of[id(short)] = full
            self.mentions.append(short)
            return short
        if p.place and p.place.word and not p.place.name and p.place.word in self.text_district:
            p = replace(p, place=replace(p.place, name=self.text_district[p.place.word]))
            named = self.by_name.get(_name(p))
            if named is not None:  # the district's body as the text names it in full; written short
                # ("Phó Chủ tịch UBND xã, ...") that writing is one of its names, as it is when the
                # short form comes first (the post still reads the body as first written)
                short = replace(named, span=Span(self.toks.s[p.start], self.toks.e[p.end - 1]), id="",
                                alt_names=[*named.alt_names, self.toks.surface(p.start, p.end)])
                self.by_span[key] = short
                self.parse_of[id(short)] = self.parse_of.get(id(named), p)
                self.mentions.append(short)
                return short
        level_only = _central_level(p)
        parent = self.mention(p.parent, hint) if p.parent and not level_only else None
        toks = self.toks
        prov_place = p.province()
        province = prov_place.canonical if prov_place else None
        level = _level(p)
        inferred = False
        if not province and level == "district":
            province = _district_province(p)  # "Huyện ủy Tuy Phước" is in Bình Định
        if not province and level in ("province", "district", "commune", "village"):
            province = hint or self._chain_province.get(p.start) or self._sentence_province.get(p.start) \
                or (self._near_province(p) if level == "province" else None) \
                or self.report_province or self.text_province
            if province == _NO_PROVINCE:
                province = None  # its clause names two other provinces: the body stays bare
            else:
                if province and not _kind_fits(p, province):
                    province = None  # "Tỉnh ủy" in a report about a city is another province's
                if not province and level == "province" and (kind := _kind_of(p)):
                    province = self._one_province_of_kind(kind)  # "Thành ủy" where the only city named is TP.HCM
            inferred = province is not None
        name = _committee_unit_name(p) or _name(p, province=province if inferred and level == "province" else None)
        if p.parent is None and not p.place and not p.term and not p.foreign and _own_parent(p, p.row.parent) \
                and not (p.end < len(toks.k) and not toks.brk[p.end] and _body_at(toks, p.end)):
            name = f"{name} của {self.lex.orgs[p.row.parent].canonical}"  # "Ủy ban Tư pháp": of the Quốc hội
            # (not "Ủy ban Đối ngoại Thượng viện Mỹ": another assembly's committee)
        if level == "central" or (p.row.category == "other" and p.extra and not province):
            scope = "national"
        elif province:
            scope = "province"
        else:
            scope = "report"
        unwritten = self._rule_parent(p.parent.row.id, p, None) if p.parent and level_only else None
        if parent is None and unwritten is None and p.row.parent and not p.foreign:
            parent = self._implied(p.row.parent, p, province)
            if parent is None:
                unwritten = self._rule_parent(p.row.parent, p, province)
        if p.parent and (p.row.id, p.parent.row.id) in self.lex.hierarchy:
            parent = self._implied(self.lex.hierarchy[(p.row.id, p.parent.row.id)], p, province) or parent
        unbracketed, short_forms = _unbracketed_forms(toks, p)
        m = OrgMention(
            span=Span(toks.s[p.start], toks.e[p.end - 1]),
            written=name if _written_short(p) and not self._short_name_kept(p) else unbracketed,
            name=name,
            kind=p.row.id,
            name_en=_english(p),
            province=province,
            scope=scope,
            parent=parent,
            unwritten_parent=unwritten if parent is None else None,
            alt_names=_term_names(p, name) + short_forms,
            category=p.row.category if p.row.category != "any" else (
                parent.category if parent else unwritten.category if unwritten else "state"),
        )
        self.by_span[key] = m
        self.parse_of[id(m)] = p
        self.by_name.setdefault(m.name, m)
        if not _bare_unit(p) and not p.listed:
            self.mentions.append(m)
        return m

    def _short_name_kept(self, p: OrgParse) -> bool:
        """A provincial department written by its short field keeps that writing as a name of its
        own ("Sở Nông nghiệp" was the department's name before its field grew, and a report on one
        writes it so) unless the report also writes its field in full (then the short form is a
        headline's shorthand: "Sở Giáo dục Sơn La" over a text on the "Sở Giáo dục và Đào tạo tỉnh
        Sơn La"). A ministry's short writing never is (as "Bộ trưởng Giao thông" names no body)."""
        if not p.short_field or "place" not in p.row.takes:
            return False
        return not any(q.row.id == p.row.id and q.extra == p.extra and not q.short_field for q in self._parses)

    def in_province(self, m: OrgMention, province: str) -> OrgMention:
        """``m`` again, placed in ``province`` when its text names no place (else ``m`` itself)."""
        p = self.parse_of.get(id(m))
        if p is None or p.province() is not None or m.scope == "national" or m.province == province \
                or _level(p) != "province":
            return m
        if not _kind_fits(p, province):
            return m
        return self.mention(p, province)

    def drop_qualifiers(self, tokens: set[int]) -> None:
        """Forget "Thường trực X" read in running text where a title used "Thường trực" as the
        qualifier of its role ("Phó Bí thư Thường trực Tỉnh ủy": the body is the Tỉnh ủy), and
        "Ban Thường trực X" where the "Ban" before that qualifier is the role's head noun ("Phó
        Trưởng Ban thường trực Ban Tổ chức Trung ương": the body is the Ban Tổ chức)."""
        starts = {self.toks.s[i] for i in tokens}
        heads = {self.toks.s[i - 1] for i in tokens if i > 0}
        self.mentions = [m for m in self.mentions
                         if not (m.kind == "thuong_truc" and m.span.start in starts)
                         and not (m.kind == "ban_thuong_truc" and m.span.start in heads)]

    def implied(self, row_id: str, start: int, end: int, province: str | None = None,
                listed: bool = True) -> OrgMention | None:
        """A body a title names without writing it ("Bí thư Trung ương Đảng": Ban Bí thư); ``province``
        when the title names it ("Chủ tịch tỉnh Quảng Nam"). ``listed`` False: the body of a holder's
        post only, not a body the report names (not in ``mentions``; titles._body_in_lower_title)."""
        key = (-start - 1, -end - 1)
        if key in self.by_span:
            return self.by_span[key]
        inside = self._named_around(start, end)
        if inside is not None:  # "Ban Bí thư Trung ương Đảng": the title's words are the body's name
            return inside
        row = self.lex.orgs.get(row_id)
        if row is None:
            return None
        if row.level == "central":
            province = None
        elif province is None:
            province = self.report_province or self.text_province
        name = row.canonical
        if row.id in _PARTY_COMMITTEES:  # "Bí thư tỉnh": the Tỉnh ủy (of the province, when known)
            name = f"{name} {province}" if province else name
        elif row.level != "central":  # "Chủ tịch tỉnh": the provincial body
            name = f"{name} {_province_kind(province)} {province}" if province else f"{name} tỉnh"
        m = OrgMention(span=Span(start, end), written=name, name=name,
                       kind=row.id, name_en=row.english or None, province=province,
                       scope="national" if row.level == "central" else
                       ("province" if province else "report"),
                       category=row.category if row.category != "any" else "state")
        if row.parent:
            m.parent = self._implied_parent(row.parent, m)
            if m.parent is None and (up := self.lex.orgs.get(row.parent)) is not None:
                m.unwritten_parent = OrgMention(span=m.span, written=up.canonical, name=up.canonical, kind=up.id,
                                                scope="national")
        self.by_span[key] = m
        if listed:
            self.mentions.append(m)
        return m

    def _named_around(self, start: int, end: int) -> OrgMention | None:
        """The body read in running text whose name holds the characters start..end after its
        first word ("Bí thư Trung ương Đảng" inside "Ban Bí thư Trung ương Đảng"), else None."""
        toks = self.toks
        x = bisect_left(self._starts, start) - 1  # the last body that starts before ``start``
        if x < 0:
            return None
        q = self._parses[x]
        return self.mention(q) if toks.s[q.start] < start and end <= toks.e[q.end - 1] else None

    def _implied_parent(self, row_id: str, child: OrgMention) -> OrgMention | None:
        row = self.lex.orgs.get(row_id)
        if row is None or row_id not in self._written:
            return None  # a parent the text does not write is no body of this report
        m = OrgMention(span=child.span, written=row.canonical, name=row.canonical, kind=row.id,
                       name_en=row.english or None, scope="national",
                       category=row.category if row.category != "any" else "state")
        if row.parent:
            m.parent = self._implied_parent(row.parent, m)
        return m

    def _implied(self, row_id: str, child: OrgParse, province: str | None) -> OrgMention | None:
        """The parent a data rule names (Sở -> UBND tỉnh), in the child's province, when the text
        writes a body of that kind: a parent it does not write is no organization of this report
        (see :meth:`_rule_parent` for the link the graph may still make)."""
        if row_id not in self._written or not self._written_at_level(row_id, child):
            return None
        return self._rule_parent(row_id, child, province)

    def _written_at_level(self, row_id: str, child: OrgParse) -> bool:
        """The text writes a body of the kind ``row_id`` at the level of the parent a data rule puts
        above ``child`` (a kind of any level: the child's own): "Sở Xây dựng" in a report that writes
        only "UBND huyện Nông Cống" has no "UBND tỉnh" of this report, though a UBND is written. A
        body of that kind written with no level ("UBND") may be of any; so may the parent of a child
        of no level."""
        row = self.lex.orgs.get(row_id)
        level = _level(child) if row is not None and row.level == "any" else None
        if level is None or level == "any":
            return True
        return (row_id, level) in self._written_levels or (row_id, "any") in self._written_levels

    def _rule_parent(self, row_id: str, child: OrgParse, province: str | None) -> OrgMention | None:
        """The body a data rule puts above ``child`` (Sở -> UBND tỉnh, in the child's province),
        whether or not the text writes it. Written, it is the child's ``parent``; unwritten, it is
        only the child's ``unwritten_parent``: the graph links the child to it when some report of
        the build names that body, and never makes it a body of this report."""
        row = self.lex.orgs.get(row_id)
        if row is None:
            return None
        name = row.canonical
        if row.level != "central" and province:
            name = f"{name} {province}" if row.id in _PARTY_COMMITTEES or "tỉnh" in name else \
                f"{name} {_province_kind(province)} {province}"
        scope = "national" if row.level == "central" else ("province" if province else "report")
        span = Span(self.toks.s[child.start], self.toks.e[child.end - 1])
        m = OrgMention(span=span, written=name, name=name,
                       kind=row.id, name_en=row.english or None,
                       province=None if row.level == "central" else province, scope=scope,
                       category=row.category if row.category != "any" else "state")
        if row.parent:
            m.parent = self._implied(row.parent, child, province)
        return m


# A council, a committee or a Party committee written bare, in a report that says of no place whose
# ("Phó Bí thư Tỉnh ủy, Chủ tịch HĐND, Chủ tịch UBND" as a list of ranks; "quy định số lượng Phó
# Chủ tịch Ủy ban nhân dân"; "Luật Tổ chức HĐND và UBND"): the kind of body, not a body.
_NO_PROVINCE = "-"  # _near_province's answer for a body that stays bare (no province is named "-")

_GENERIC_KINDS = frozenset({"tinh_uy", "thanh_uy", "huyen_uy", "quan_uy", "thi_uy", "dang_uy", "ubnd", "hdnd",
                            "ban_thuong_vu", "thuong_truc", "ban_chap_hanh"})


def _generic(o: OrgMention, lex: Lexicon) -> bool:
    """``o`` is a body of :data:`_GENERIC_KINDS` written by its bare name, of no known place (scope
    "report"), and so is whatever it is a unit of ("Ban Thường vụ Tỉnh ủy" of a bare "Tỉnh ủy")."""
    if o.kind not in _GENERIC_KINDS or o.scope != "report":
        return False  # (most bodies: no row looked up)
    row = lex.orgs.get(o.kind)
    return row is not None \
        and o.name == (f"{row.canonical} {o.parent.name}" if o.parent is not None else row.canonical) \
        and (o.parent is None or _generic(o.parent, lex))


_LIST_JOIN = re.compile(r"\s*(?:,|-|–|và)\s*")


def _rank_before(text: str, start: int) -> bool:
    """A role ends right before ``start`` ("Chủ tịch" + "HĐND", "Phó Bí thư" + "Tỉnh ủy"): the body
    names a rank there, when no person holds it (:func:`drop_generic_bodies`)."""
    words = re.findall(r"\w+", text[max(0, start - 40):start])[-4:]
    return bool(words) and not text[:start].rstrip().endswith((",", ";", ":", ".")) \
        and any(role_row(" ".join(words[-n:])) for n in range(1, len(words) + 1))


def _kinds_of_bodies(text: str, orgs: list[OrgMention], generic: set[int]) -> set[int]:
    """The bare bodies of ``generic`` that name a kind of body: two or more of them listed alone
    ("Luật Tổ chức HĐND và UBND", "cấp ủy, HĐND, UBND"), or one after a rank ("Chủ tịch HĐND");
    not one listed with a body of a known place, whose place the list shares ("Thành ủy, HĐND, UBND
    TP Hà Nội"), nor one written alone as an actor ("UBND không phải trình": the report's own). A
    list is bodies joined by a comma, a dash or "và"."""
    spans = sorted({(o.span.start, o.span.end, id(o) in generic, id(o)) for o in orgs})
    kinds: set[int] = set()
    inside: dict[int, list[int]] = {}
    run: list[tuple[int, int, bool, int]] = []

    def close() -> None:
        bare = [(st, i) for st, _, g, i in run if g]
        if len(bare) == len(run) and len(bare) >= 2:
            kinds.update(i for _, i in bare)
        elif len(run) == 1 and bare and _rank_before(text, bare[0][0]):
            kinds.add(bare[0][1])

    for sp in spans:
        if run and sp[0] < run[-1][1]:
            if sp[2]:  # a body written inside another's name ("Tỉnh ủy" of "Ban Thường vụ Tỉnh ủy")
                inside.setdefault(run[-1][3], []).append(sp[3])
            continue
        if run and not _LIST_JOIN.fullmatch(text[run[-1][1]:sp[0]]):
            close()
            run = []
        run.append(sp)
    if run:
        close()
    return kinds | {i for k in kinds for i in inside.get(k, ())}


_LOCAL_PLACE_LEVELS = frozenset({"district", "commune"})
_COUNT_WORDS = frozenset(phrase_tokens("hai ba bốn năm sáu bảy tám chín mười"))  # "ba đặc khu"


def _names_listed_after(toks: Tokens, k: int) -> bool:
    """A colon follows the plural level word ending before token k, after at most another level
    word ("các tỉnh, thành phố: Hà Nội, TP HCM"): the places are named, the level is no category."""
    for x in range(k, min(len(toks.k), k + 4)):
        if toks.brk[x]:
            return False
        if toks.k[x] == ":":
            return True
    return False


def _headline_place(toks: Tokens, lex: Lexicon) -> bool:
    """The headline (the text's first line) names a province or a city ("Trụ sở hành chính tỉnh
    ... ở Nha Trang"): the report is about that place, and its bare "tỉnh" is that province."""
    for k in range(len(toks.k)):
        if k > 0 and toks.brk[k]:
            return False
        if toks.cap[k] and (lex.places.longest(toks, k) or any(
                " ".join(toks.k[k : k + m]) in lex.districts for m in (1, 2, 3))):
            return True
    return False


_PROVINCE_WORD = "tỉnh"
_PROVINCE_WORDS = frozenset({_PROVINCE_WORD})


def _after_kind_name(o: OrgMention, lex: Lexicon) -> str:
    """The words of a body's name after its row's canonical name and a space ("huyện" of "Ủy ban nhân
    dân huyện"), "" when the name does not go on so or the body is written of a parent."""
    row = lex.orgs.get(o.kind)
    if row is None or o.parent is not None or not o.name.startswith(row.canonical + " "):
        return ""
    return o.name[len(row.canonical) + 1 :]


@cache
def _local_level_words() -> frozenset[str]:
    """The canonical level words of places below the province (place_words.tsv: "huyện", "xã", "đặc khu")."""
    return frozenset(cols[2] for cols in read_rows("place_words.tsv", 3) if cols[1] in _LOCAL_PLACE_LEVELS)


def _category_bodies(report: Report, orgs: list[OrgMention], lex: Lexicon) -> set[int]:
    """Bodies below the province written by their level word alone ("UBND đặc khu", "UBND huyện")
    in a report that writes that level as a category: in the plural, with a number or after "cấp"
    ("các đặc khu", "3 đặc khu", "19 quận, 259 phường", "cấp huyện"); a province's ("UBND tỉnh",
    "Chủ tịch tỉnh" beside "Chủ tịch UBND các tỉnh, thành phố") too, in a report that places no
    body in a province (where it does, a bare "tỉnh" is most often that province's). A draft law's or a reform's
    subject ("Chủ tịch UBND đặc khu do HĐND đặc khu bầu"): a kind of body, not one the report
    names (:func:`drop_generic_bodies` still keeps one a fact holds); not where its sentence names
    a place of that level ("cán bộ xã Khánh Thuận ... trụ sở UBND xã": that commune's)."""
    tails = [(id(o), w) for o in orgs if (w := _after_kind_name(o, lex))]  # (read once for both kinds)
    local_words = _local_level_words()
    words = {key: w for key, w in tails if w in local_words}
    provincial = {key: _PROVINCE_WORD for key, w in tails if w in _PROVINCE_WORDS}
    if not words and not provincial:
        return set()
    toks = report_tokens(report)
    if provincial and not any(o.scope == "province" for o in orgs) and not _headline_place(toks, lex):
        words |= provincial  # no body placed in a province, no place in the headline ("... ở Nha Trang")
    plural: set[str] = set()
    for k in toks.where(lex.place_words.firsts):
        if k > 0 and not toks.brk[k] and (toks.k[k - 1] in _PLURAL or toks.k[k - 1] in _COUNT_WORDS
                                          or toks.k[k - 1].isdigit()):
            hit = lex.place_words.longest(toks, k)
            if hit is not None and isinstance(hit[1], PlaceWord) \
                    and (hit[1].level in _LOCAL_PLACE_LEVELS or hit[1].canonical == _PROVINCE_WORD) \
                    and not (k + hit[0] < len(toks.k) and toks.cap[k + hit[0]]) \
                    and not _names_listed_after(toks, k + hit[0]):  # not "các huyện Chương Mỹ, ..."
                plural.add(hit[1].canonical)
    named: dict[int, set[str]] = {}  # sentence start -> level words it writes with a name ("xã Khánh Thuận")
    for k in toks.where(lex.place_words.firsts):
        hit = lex.place_words.longest(toks, k)
        if hit is not None and isinstance(hit[1], PlaceWord) and k + hit[0] < len(toks.k) \
                and toks.cap[k + hit[0]] and not toks.brk[k + hit[0]]:
            named.setdefault(sentence_start(toks, k), set()).add(hit[1].canonical)
    out = set()
    for o in orgs:
        w = words.get(id(o))
        if w is None or w not in plural:
            continue
        x = bisect_left(toks.s, o.span.start)
        if x < len(toks.s) and w in named.get(sentence_start(toks, x), ()):
            continue  # "trụ sở UBND xã" after "cán bộ xã Khánh Thuận": that commune's
        out.add(id(o))
    return out


def _venue_kind(kind: str, lex: Lexicon) -> bool:
    """The kind (a row of organizations.tsv, asked once a report, not at every body) is a building
    named like a body ("Trung tâm Hội nghị Quốc gia": organizations.tsv's ``venue`` rows): read as
    a name so that the events reader takes no "Hội nghị" of it for a meeting, but a place where
    things happen, no organization, unless a fact holds it. So is a ``shortonly`` short form ("Mặt
    trận") the report does not name in full: it named the body it shortens only there; and a
    ``trip`` group ("đoàn công tác của Bộ X"), sent out once, no standing body."""
    row = lex.orgs.get(kind)
    return row is not None and not row.flags.isdisjoint(_HELD_ONLY_FLAGS)


_HELD_ONLY_FLAGS = frozenset({"venue", "shortonly", "trip"})

# A link to another report, listed on the page after the text: its headline, then its date in
# brackets glued to the headline's last word ("Bộ trưởng Công nghiệp nhận lỗi vụ điện kế(24/11/2005)").
_LINK_DATE = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)")  # matched at an opening bracket glued to a word
_HEADLINE_LENGTH = 160  # characters after the body within which its headline's date must be written
_SENTENCE_ENDS = (". ", "? ", "! ")


def _in_linked_headline(text: str, o: OrgMention) -> bool:
    """The body is written in the headline of a link to another report ("Bộ trưởng Y tế trả lời chất
    vấn về giá thuốc(09/06/2005)", "'Bộ GDĐT nên dừng ngay thí điểm'(23/05/2005)"): the date glued in
    brackets after the headline's last word, on the body's line, no sentence ending between. The
    headline tells of that other report, not this one, as the gold reads such lists (title, sapo,
    body and captions only), so the body is no organization of this report unless a fact holds it.
    Looked for from the body's end only (a few characters each), not over the whole text.

    >>> from kg.model import Span
    >>> o = OrgMention(span=Span(10, 23), written="Bộ Công nghiệp", name="Bộ Công nghiệp")
    >>> _in_linked_headline("Bộ trưởng Công nghiệp nhận lỗi(24/11/2005)", o)
    True
    >>> _in_linked_headline("Bộ trưởng Công nghiệp nhận lỗi. Ngày 24/11/2005 (Thứ năm)", o)
    False
    """
    end = o.span.end
    stop = min(len(text), end + _HEADLINE_LENGTH)
    line_end = text.find("\n", end, stop)
    stop = stop if line_end < 0 else line_end
    k = text.find("(", end, stop)  # (a bracket first: most bodies have none after them on the line)
    while k > 0:
        if not text[k - 1].isspace() and text[k - 1] != "(" and _LINK_DATE.match(text, k, stop):
            between = text[end:k]
            return not any(mark in between for mark in _SENTENCE_ENDS)
        k = text.find("(", k + 1, stop)
    return False


@cache
def _party_field_words() -> PhraseIndex:
    return phrase_table("party_field_words.tsv")


def _party_as_field(toks: Tokens, x: int) -> bool:
    """The bare "Đảng" at token x is written as a field of work or a membership (``party_field_words.tsv``:
    "công tác xây dựng Đảng", "trong Đảng"): a phrase of the table ends right before it."""
    idx = _party_field_words()
    for s in range(max(0, x - 2), x):
        if toks.k[s] in idx.firsts and not toks.brk[x]:
            hit = idx.longest(toks, s)
            if hit is not None and s + hit[0] == x:
                return True
    return False


def _party_fields(report: Report, orgs: list[OrgMention]) -> set[int]:
    """The bare "Đảng" mentions of a report when every one is written as a field of work or a membership
    (:func:`_party_as_field`); none when one of them is not (the Party is an actor there)."""
    bare = [o for o in orgs if o.kind == "dang_ta"]
    if not bare:
        return set()
    toks = report_tokens(report)
    for o in bare:
        x = bisect_left(toks.s, o.span.start)
        if x >= len(toks.s) or not _party_as_field(toks, x):
            return set()
    return {id(o) for o in bare}


# Kinds of body whose bare name written all in lower case is the kind, not one body ("uỷ viên ban cán sự
# đảng, đảng đoàn" and "tỉnh uỷ, thành uỷ hoặc hội đồng nhân dân bầu" in a rule's text): a report
# names its one group or council with a capital or with its owner ("Ban cán sự đảng Bộ Tài chính").
_LOWER_CASE_KINDS = frozenset({"ban_can_su", "dang_doan", "hdnd", "ubnd"})


def _lower_case_kinds(orgs: list[OrgMention], lex: Lexicon) -> set[int]:
    """The bodies of :data:`_LOWER_CASE_KINDS` written by their bare name in lower case, of no place
    (audit26b vietnews-0009, audit25 vietnews-0269)."""
    out = set()
    for o in orgs:
        if o.kind in _LOWER_CASE_KINDS and o.scope == "report" and o.parent is None and o.written[:1].islower():
            row = lex.orgs.get(o.kind)
            if row is not None and o.name == row.canonical:
                out.add(id(o))
    return out


# Bodies of a province a rank is written with ("Chủ tịch UBND tỉnh", "Chủ tịch tỉnh": the title's own
# body), kept only where a person holds the rank or another fact holds the body (_provincial_ranks).
_RANK_BODIES = frozenset({"ubnd", "hdnd"})
_WORD_RE = re.compile(r"\w+")


def _title_written(text: str, o: OrgMention) -> bool:
    """The body's span is a title with a level word ("Chủ tịch tỉnh", "phó chủ tịch tỉnh"): the body a
    title implies, written as the rank, not by its name."""
    words = _WORD_RE.findall(text[o.span.start : o.span.end])
    return len(words) >= 2 and words[-1].lower() == _PROVINCE_WORD and role_row(" ".join(words[:-1])) is not None


@cache
def _honorific_words() -> dict[str, int]:
    """The honorifics of ``honorifics.txt`` ("ông", "bà", "đồng chí", "Đại tá", …) in lower case -> their words."""
    return {cols[0].lower(): len(cols[0].split()) for cols in read_rows("honorifics.txt", 2)}


_APPOSITION_MARKS = re.compile(r"[,;:–-]")
_SENTENCE_MARKS = re.compile(r"[.!?\n]")


def _person_apposed(text: str, start: int) -> bool:
    """A part of the sentence before ``start`` (between commas or dashes) is an honorific and a
    capitalised name ("Ông Nam, Chủ tịch UBND tỉnh"): the title is a person's, whom the reader of posts
    may not have taken for one; not "5 - 6 ông Ủy viên Trung ương, ..." (a count of officials)."""
    sentence = _SENTENCE_MARKS.split(text[max(0, start - 300) : start])[-1]
    for part in _APPOSITION_MARKS.split(sentence):
        words = part.split()
        for n in sorted(set(_honorific_words().values())):
            if len(words) > n and " ".join(words[:n]).lower() in _honorific_words() \
                    and len(words) - n <= 4 and all(w[:1].isupper() for w in words[n:]):
                return True
    return False


def _provincial_ranks(report: Report, orgs: list[OrgMention], lex: Lexicon) -> set[int]:
    """A People's Committee or Council of a province the report does not name ("Ủy ban nhân dân tỉnh",
    scope "report") written as a rank itself ("Chủ tịch tỉnh, thành phố phải ...", "chủ tịch tỉnh trực
    tiếp đối thoại ...": the body a title implies), or right after a rank ("Bí thư, Chủ tịch UBND tỉnh
    cũng là đối tượng cảnh vệ") in a report that places no body in a province and whose headline names
    no place (where it does, a written bare "UBND tỉnh" is most often that province's, as
    :func:`_category_bodies` reads it). It names a kind of official, not a body the report tells of,
    unless a person holds the rank or a fact holds the body (:func:`drop_generic_bodies`)."""
    out: set[int] = set()
    candidates = [o for o in orgs if o.kind in _RANK_BODIES and o.scope == "report" and o.parent is None]
    if not candidates:
        return out
    placed: bool | None = None  # (asked once, and only for a body written after a rank)
    for o in candidates:
        row = lex.orgs.get(o.kind)
        if row is None or o.name != f"{row.canonical} {_PROVINCE_WORD}" or _person_apposed(report.text, o.span.start):
            continue
        if _title_written(report.text, o):
            out.add(id(o))
        elif _rank_before(report.text, o.span.start):
            if placed is None:
                placed = any(x.scope == "province" for x in orgs) or _headline_place(report_tokens(report), lex)
            if not placed:
                out.add(id(o))
    return out


def drop_generic_bodies(report: Report, extraction: Extraction) -> None:
    """Pipeline component, after the others: a body written as a kind of body (:func:`_generic`,
    :func:`_kinds_of_bodies`, :func:`_lower_case_kinds`), a venue (:func:`_venue_kind`) or in a linked
    report's headline (:func:`_in_linked_headline`), is no organization of the report unless some
    fact of it holds it (a person's post, a document's issuer, an event's organizer, a unit written
    of it that is kept)."""
    lex = lexicon()
    generic = {id(o) for o in extraction.organizations if _generic(o, lex)}
    categories = _category_bodies(report, extraction.organizations, lex)
    venue_kinds = {k for k in {o.kind for o in extraction.organizations} if _venue_kind(k, lex)}
    venues = {id(o) for o in extraction.organizations if o.kind in venue_kinds} if venue_kinds else set()
    fields = _party_fields(report, extraction.organizations)
    lower = _lower_case_kinds(extraction.organizations, lex)
    ranks = _provincial_ranks(report, extraction.organizations, lex)
    linked = {id(o) for o in extraction.organizations if _in_linked_headline(report.text, o)} \
        if _LINK_DATE.search(report.text) else set()  # (most texts link no other report: one pass, no find per body)
    if not generic and not categories and not venues and not fields and not lower and not ranks and not linked:
        return
    generic &= _kinds_of_bodies(report.text, extraction.organizations, generic)
    generic |= categories | venues | fields | lower | ranks | linked
    held: set[int] = set()
    for m in extraction.mentions():
        if id(m) in generic:
            continue
        for ref in references(m):
            while isinstance(ref, OrgMention) and id(ref) not in held:
                held.add(id(ref))  # (and every body above it)
                ref = ref.parent
    extraction.organizations = [o for o in extraction.organizations if id(o) not in generic or id(o) in held]
