"""Document symbols (số, ký hiệu) of Party and State documents: find them in text and parse them.

Two families, after Hướng dẫn 36-HD/VPTW and Nghị định 30/2020/NĐ-CP (reference §1.1-1.3):

- Party: ``<n>-<TYPE>/<ISSUER>``: ``62-KL/TW``, ``08-QĐi/TW``, ``367 - QĐ/TWĐTN-VP``. Writers put spaces
  around the dash and slash, use en dashes, drop the dash ("84 QĐ/TWĐTN"), type ASCII ("05-QDNS/TW"),
  write TW as "TƯ" or "T.Ư", and sometimes use the State layout ("18/NQ-TW"): an issuer that only the
  Party uses (TW, TU, HU …) makes such a symbol a Party one.
- State: normative ``<n>/<year>/<TYPE>-<ISSUER>`` (``100/2019/NĐ-CP``), laws ``<n>/<year>/QH<term>``,
  administrative ``<n>/<TYPE>-<ISSUER>`` (``1234/QĐ-TTg``) and công văn ``<n>/<ISSUER>-<UNIT>``
  (``4800/UBND-NC``, no type code).

Matching runs on the text's key (:func:`kg.textkey.key`: lower case, dashes folded) so offsets are
offsets into the text; case is then checked on the text itself, because a symbol is written in capitals
and a lower-case word after a dash ("NĐ-CP - nghị định") is prose, not an issuer group.

The normalised ``symbol`` removes spaces, folds dashes and restores Đ in ASCII abbreviations, but keeps
the writer's layout and spelling (a malformed "68/QĐ-TW" stays so, "TƯ" stays "TƯ", a space written for
the dash stays a space: "84 QĐ/TWĐTN", "1177/QĐ BGDĐT"; that is what the text says, what readers search
for and what the annotators write); :attr:`SymbolParse.canonical` is the layout-independent form used
for identity (TƯ and T.Ư are TW there).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.model import Span
from kg.textkey import ascii_key
from kg.textkey import key as text_key

from .doc_tables import DocType, tables, term_at, words_by_use

_NUM = r"\d{1,5}(?:\.\d{1,3})?"
_GROUP = r"[a-zđư][a-zđư0-9]{0,11}"
_SP = r"[ \t]{0,2}"
_LEFT = r"(?<![\w/.\-])"

# Party: 62-kl/tw, 439 - qđns/tw, 84 qđ/twđtn, 05-ct/t.ư
_PARTY = re.compile(
    rf"{_LEFT}(?P<num>{_NUM}){_SP}(?P<dash>-|[ \t]){_SP}(?P<type>[a-zđ]{{1,5}}){_SP}/{_SP}"
    rf"(?P<iss>t\.[ ]?ư|{_GROUP}(?:{_SP}-{_SP}{_GROUP}){{0,3}})(?![\w/])"
)
# State: 100/2019/nđ-cp, 59/2020/qh14, 1234/qđ-ttg, 4800/ubnd-nc, 50/tb/vpcp, 18/nq-tw (malformed Party); a number
# may carry a letter right before the slash, a document numbered between two others (36a/nq-cp)
# A drafting unit may carry a Roman numeral after a dot: the Government Office's departments ("8918/VPCP-V.I").
# A space may stand for the slash after the year, before a type code and its issuer ("67/2014 NĐ-CP": year3).
_UNIT = rf"{_GROUP}(?:\.[ivx]{{1,4}})?"
_STATE = re.compile(
    rf"{_LEFT}(?P<num>{_NUM}(?:[a-e](?=/))?){_SP}(?:/{_SP}(?P<year>(?:19|20)\d\d){_SP}/|-(?P<year2>(?:19|20)\d\d){_SP}/"
    rf"|/(?P<year3>(?:19|20)\d\d)[ \t](?=[a-zđ]{{1,5}}-[a-zđ])|/){_SP}"
    rf"(?P<rest>{_GROUP}(?:{_SP}[-/]{_SP}{_UNIT}){{0,3}})(?![\w/])"
)
# The issuer after a type code written with a space for the dash ("1177/QĐ BGDĐT").
_SPACED_ISSUER = re.compile(r"[ \t]{1,2}([A-ZĐ][A-ZĐ0-9]{1,11})(?![\w/.-])")
_SLASH = re.compile("/")
_QH = re.compile(r"^(ubtvqh|qh)(\d{1,2})$")

@lru_cache(maxsize=1)
def _symbol_words() -> dict[str, frozenset[str]]:
    """The words of ``symbol_words.tsv`` by use: ``party_issuer`` (issuer codes only the Party uses; a
    State-shaped symbol ending in one is a Party symbol), ``after_term`` (a word that may follow the
    Assembly's term written apart from its code), ``tw_written`` (the ways writers spell TW),
    ``assembly_code`` (the Assembly's codes, which carry its term)."""
    return {use: frozenset(words) for use, words in words_by_use("symbol_words.tsv", keyed=False).items()}


@dataclass(frozen=True)
class SymbolParse:
    """One parsed symbol. ``symbol`` is for display, ``canonical`` for identity (see module doc)."""

    symbol: str
    canonical: str
    number: str
    type_abbr: str | None  # as normalised: "QĐi", "QĐNS"; None for a công văn or a law
    doc_type: DocType | None
    issuer_code: str  # "TW", "CP", "BNV-VPCP", "QH14", "UBND-NC"
    system: str  # party | state
    year: int | None = None  # from the symbol (normative documents)
    term: int | None = None  # from QH14 / UBTVQH15
    malformed: bool = False  # Party document written in the State layout


def _is_capital(s: str) -> bool:
    """Capitals (and digits) as a symbol is written; a few codes are mixed case (QĐi, CTr, TTg)."""
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return True
    upper = sum(1 for c in letters if c.isupper())
    return upper >= max(1, len(letters) - 1)


def _type(raw_key: str) -> DocType | None:
    t = tables()
    return t.abbr_exact.get(raw_key) or t.abbr_ascii.get(ascii_key(raw_key))


def _abbr_of(dt: DocType, raw_key: str) -> str:
    """The table's spelling of the abbreviation as written ("qdi" -> "QĐi", "qyđ" -> "QyĐ")."""
    for a in dt.abbrs:
        if text_key(a) == raw_key or ascii_key(a) == ascii_key(raw_key):
            return a
    return dt.abbrs[0] if dt.abbrs else raw_key.upper()


def _issuer_part(raw: str, *, shown: bool = False) -> str:
    """One issuer group as normalised: known codes in their own spelling, else upper case. TƯ and T.Ư
    are TW for identity; ``shown``: as the symbol displays them, the way the writer wrote them ("TƯ")."""
    t = tables()
    k = text_key(raw)
    if k in _symbol_words()["tw_written"]:
        return _squeeze(raw).upper() if shown else "TW"
    if k in t.canonical_code:
        return t.canonical_code[k]
    a = ascii_key(raw)
    if a in t.issuer_code_ascii and a != k:
        return t.issuer_code_ascii[a]
    return raw.upper()


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _groups(text: str) -> list[str]:
    return [g for g in re.split(r"\s*[-/]\s*", text.strip()) if g]


def _number(num: str) -> str:
    return num.strip()


def _canon_number(num: str) -> str:
    head, _, tail = num.partition(".")
    head = head.lstrip("0") or "0"
    return f"{head}.{tail}" if tail else head


def _party(m: re.Match[str], text: str) -> SymbolParse | None:
    tkey = m.group("type")
    dt = _type(tkey)
    type_text = text[m.start("type") : m.end("type")]
    if dt is None:
        return None
    if m.group("dash") != "-" and not _is_capital(type_text):
        return None
    iss_text = text[m.start("iss") : m.end("iss")]
    groups = _groups(iss_text)
    if not groups or not _is_capital(groups[0]):
        return None
    # Later groups must be capitals too; stop at the first one that is prose.
    kept = [groups[0]]
    for g in groups[1:]:
        if not _is_capital(g):
            break
        kept.append(g)
    issuer = "-".join(_issuer_part(g) for g in kept)
    abbr = _abbr_of(dt, tkey)
    num = _number(m.group("num"))
    # The display keeps what the writer wrote: TƯ, and a space for the dash ("84 QĐ/TWĐTN").
    shown = "-".join(_issuer_part(g, shown=True) for g in kept)
    symbol = f"{num}{'-' if m.group('dash') == '-' else ' '}{abbr}/{shown}"
    canonical = f"{_canon_number(num)}-{abbr}/{issuer}"
    return SymbolParse(symbol, canonical, num, abbr, dt, issuer, "party")


def _end_of_party(m: re.Match[str], text: str, parse: SymbolParse) -> int:
    """Where the accepted symbol ends in the text (groups dropped as prose are not part of it)."""
    iss_text = text[m.start("iss") : m.end("iss")]
    n = len(parse.issuer_code.split("-"))
    parts = list(re.finditer(r"[^\s\-/]+", iss_text))
    if n >= len(parts):
        return m.end()
    return m.start("iss") + parts[n - 1].end()


# A word of symbol_words.tsv's after_term may follow the Assembly's term written apart from its code
# ("749/NQ-UBTVQH 14 về việc"); a number before another word counts something ("... 12 địa phương").
_TERM_APART = re.compile(r"[ \t]{1,2}(\d{1,2})(?![\w/])(?:[ \t]*(?P<next>[^\W\d][\w/]*|.)?)")


def _assembly_term_after(text: str, end: int, last: str, year: int | None) -> re.Match[str] | None:
    """The National Assembly's term written apart after a QH / UBTVQH code ("749/NQ-UBTVQH 14" is
    749/NQ-UBTVQH14): a number no greater than the Assembly's terms so far, then punctuation, the
    end, a capital or a word that goes on with the document ("về", "ngày", "phê duyệt"); with the
    symbol's year, the term of that year."""
    if text_key(last) not in _symbol_words()["assembly_code"]:
        return None
    m = _TERM_APART.match(text, end)
    if m is None:
        return None
    n = int(m.group(1))
    latest = max((term for _, term in tables().na_terms), default=0)  # the table, not the clock
    nxt = m.group("next") or ""
    counts = nxt[:1].isalpha() and nxt[:1].islower() and text_key(nxt) not in _symbol_words()["after_term"]
    if not 1 <= n <= latest or counts:
        return None
    if year is not None and n not in {term_at(date(year, 1, 1), "na"), term_at(date(year, 12, 31), "na")}:
        return None
    return m


def _state(m: re.Match[str], text: str) -> tuple[SymbolParse, int] | None:
    t = tables()
    rest_text = text[m.start("rest") : m.end("rest")]
    parts = list(re.finditer(r"[^\s\-/]+", rest_text))
    groups = [p.group(0) for p in parts]
    # Keep groups while they are written in capitals.
    n = 0
    for g in groups:
        if not _is_capital(g) and not (n == 0 and _type(text_key(g)) is not None and g[:1].isupper()):
            break
        n += 1
    if n == 0:
        return None
    groups = groups[:n]
    end = m.start("rest") + parts[n - 1].end()
    year_text = m.group("year") or m.group("year2") or m.group("year3")
    if (glued := _assembly_term_after(text, end, groups[-1], int(year_text) if year_text else None)) is not None:
        groups[-1], end = groups[-1] + glued.group(1), glued.end(1)
    num = _number(m.group("num"))
    year = int(year_text) if year_text else None
    keys = [text_key(g) for g in groups]
    first = keys[0]
    qh = _QH.match(first)
    if year is not None and len(groups) == 1 and qh:
        code = _issuer_part(groups[0])
        code = ("UBTVQH" if qh.group(1) == "ubtvqh" else "QH") + qh.group(2)
        sym = f"{num}/{year}/{code}"
        return SymbolParse(sym, f"{_canon_number(num)}/{year}/{code}", num, None, None, code, "state", year,
                           int(qh.group(2))), end
    dt = _type(first)
    if m.group("year3") and (dt is None or len(groups) != 2):
        return None  # "67/2014 NĐ-CP": only a type code and its issuer after the space
    if dt is not None and len(groups) >= 2:
        abbr = _abbr_of(dt, first)
        issuer_groups = [_issuer_part(g) for g in groups[1:]]
        issuer = "-".join(issuer_groups)
        term = None
        qh = _QH.match(keys[-1])
        if qh:
            term = int(qh.group(2))
        if year is None and keys[1] in _symbol_words()["party_issuer"]:
            sym = f"{num}/{abbr}-{'-'.join(_issuer_part(g, shown=True) for g in groups[1:])}"
            return SymbolParse(sym, f"{_canon_number(num)}-{abbr}/{issuer}", num, abbr, dt, issuer, "party",
                               malformed=True), end
        ystr = f"{year}/" if year is not None else ""
        # "19-2017/NQ-CP" is an old way of writing 19/2017/NQ-CP, "67/2014 NĐ-CP" one with a space; the display keeps
        # them
        sym = f"{num}-{ystr}{abbr}-{issuer}" if m.group("year2") else f"{num}/{year} {abbr}-{issuer}" \
            if m.group("year3") else f"{num}/{ystr}{abbr}-{issuer}"
        return SymbolParse(sym, f"{_canon_number(num)}/{ystr}{abbr}-{issuer}", num, abbr, dt, issuer, "state",
                           year, term), end
    if len(groups) == 1 and (spaced := _spaced_issuer(text, end)) is not None:
        code, written, end = spaced
        ystr = f"{year}/" if year is not None else ""
        if dt is not None:  # "1177/QĐ BGDĐT": the display keeps the writer's space
            return SymbolParse(f"{num}/{ystr}{_abbr_of(dt, first)} {written}",
                               f"{_canon_number(num)}/{ystr}{_abbr_of(dt, first)}-{code}", num,
                               _abbr_of(dt, first), dt, code, "state", year), end
    if year is not None and len(groups) == 1 and dt is None and (code := _known_code(groups[0])) is not None \
            and first not in _symbol_words()["party_issuer"] and first not in _symbol_words()["assembly_code"]:
        # "Nghị định 108/2014/CP": number, year and issuer, the type code left out (the type word gives it);
        # the Assembly's code needs its term ("19/2018/QH 12" with a term of another year stays no symbol)
        return SymbolParse(f"{num}/{year}/{code}", f"{_canon_number(num)}/{year}/{code}", num, None, None, code,
                           "state", year), end
    # Công văn: issuer plus drafting unit, no type code (4800/UBND-NC). Issuers not in the table
    # count when written as capitals of at least two letters (11015/VP-GPMB).
    known = first in t.issuer_by_code or ascii_key(first) in t.issuer_code_ascii
    if year is None and len(groups) >= 2 and (known or (groups[0].isupper() and len(groups[0]) >= 2)):
        issuer = "-".join(_issuer_part(g) for g in groups)
        sym = f"{num}/{issuer}"
        return SymbolParse(sym, f"{_canon_number(num)}/{issuer}", num, None, t.type_by_id.get("CV"), issuer,
                           "state"), end
    return None


def _known_code(raw: str) -> str | None:
    """The issuers.tsv spelling of an issuer code written in capitals ("BGDDT" -> "BGDĐT"); None if unknown."""
    t = tables()
    if not _is_capital(raw):
        return None
    k = text_key(raw)
    if k in t.issuer_by_code:
        return _issuer_part(raw)
    return t.issuer_code_ascii.get(ascii_key(raw))


def _spaced_issuer(text: str, end: int) -> tuple[str, str, int] | None:
    """A known issuer code right after a type code, a space written for the dash ("1177/QĐ BGDĐT"): its
    code, its spelling as written and its end. Only a code issuers.tsv knows: a space also ends a symbol
    before the next capitalised word ("1234/QĐ-TTg UBND tỉnh …" has its issuer already)."""
    m = _SPACED_ISSUER.match(text, end)
    if m is None or (code := _known_code(m.group(1))) is None:
        return None
    return code, m.group(1), m.end(1)


@dataclass(frozen=True)
class SymbolMatch:
    span: Span
    parse: SymbolParse


def find_symbols(text: str, key: str | None = None) -> list[SymbolMatch]:
    """Every document symbol in ``text`` (NFC), in order; ``key`` is ``text_key(text)`` if known."""
    k = key if key is not None else text_key(text)
    found: list[SymbolMatch] = []
    taken: list[tuple[int, int]] = []
    # Every symbol has a "/": search only windows around slashes (a symbol is at most ~60 characters).
    windows: list[list[int]] = []
    for slash in _SLASH.finditer(k):
        lo, hi = max(0, slash.start() - 24), min(len(k), slash.start() + 48)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        for m in _STATE.finditer(k, lo, hi):
            res = _state(m, text)
            if res is None:
                continue
            parse, end = res
            found.append(SymbolMatch(Span(m.start(), end), parse))
            taken.append((m.start(), end))
    for lo, hi in windows:
        for m in _PARTY.finditer(k, lo, hi):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
                continue
            parse = _party(m, text)
            if parse is None:
                continue
            found.append(SymbolMatch(Span(m.start(), _end_of_party(m, text, parse)), parse))
    found.sort(key=lambda s: s.span.start)
    return found


def parse_symbol(written: str) -> SymbolParse | None:
    """The parse of a string that is exactly one symbol (surrounding space and "số" allowed).

    >>> parse_symbol("18 – NQ/TW").symbol
    '18-NQ/TW'
    >>> parse_symbol("100/2019/NĐ-CP").issuer_code
    'CP'
    """
    s = unicodedata.normalize("NFC", written).strip()
    s = re.sub(r"^(?:[Ss]ố|SỐ)\s*:?\s*", "", s)
    found = find_symbols(s)
    if len(found) == 1 and found[0].span.start == 0 and found[0].span.end == len(s.rstrip(". ")):
        return found[0].parse
    return None
