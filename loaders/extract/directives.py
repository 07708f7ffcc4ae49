"""Party and State documents named in a report: symbol, type, issuer, term, date, title, relations.

The pipeline component :func:`extract_directives` appends one :class:`DirectiveMention` per distinct
document of the report, with the richest attributes any of its mentions gave and every mention's
span in ``spans``. What is read, and where from:

- **symbol** (``62-KL/TW``, ``100/2019/NĐ-CP``) by :mod:`.symbols`; documents named without one
  ("Nghị quyết Trung ương 4 khóa XII", "Luật Đất đai", "Hiến pháp") when the name is distinctive.
- **type** from the word before the symbol ("Quy định số 102-QĐ/TW" is a Quy định although QĐ usually
  means Quyết định), else from the abbreviation; ``loaders/data/document_types.tsv``.
- **issuer** only as the text states it ("của Bộ Chính trị", "Chính phủ vừa ban hành …", the subject of a
  verb that gives the document: "UBND tỉnh Thái Nguyên đã có Quyết định số …", "Thủ tướng Chính phủ Nguyễn
  Xuân Phúc vừa ký Chỉ thị số …", or that acts by it: "được Chính phủ thông qua tại Nghị quyết số …", "Tại
  Quyết định số …, Thủ tướng Chính phủ phê chuẩn …"): ``/TW`` is shared by the Central Committee, the
  Politburo and the Secretariat, so the code alone names no body, and a State code (``-CP``, ``-TTg``) is
  not read as an issuer either (the gold leaves null a decree the text does not say whose it is); a law
  or the Constitution is only ever the National Assembly's.
  An organization the officials component found at that place is reused; otherwise one is made from
  ``loaders/data/issuers.tsv``, named as ``organizations.tsv`` names that body (``doc_tables.issuer_names``).
- **term** from "khóa X" / "(khoá XII)" / "khóa 11" right after the document; for a Party document
  without one, from its issue date or else the report's date and ``loaders/data/terms.tsv``
  (``term_inferred``).
- **relations** from the words between two documents of one sentence
  (``loaders/data/directive_relations.tsv``); a document named inside another's title is cited by it.

Identity (:func:`directive_key`): Party numbers restart every term, so a Party document is
``(symbol, term)``; a State document whose symbol carries the year is its symbol; an administrative
State document, numbered afresh every 1 January, is ``(symbol, year)``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import Any

from kg.loaders.dates import anchored
from kg.model import DirectiveMention, Extraction, OrgMention, PartialDate, Report, Span
from kg.reference.numerals import cardinal_to_int, cardinal_words, ordinal_to_int, read_term, roman_to_int  # noqa: F401 - roman_to_int re-exported
from kg.textkey import compact
from kg.textkey import key as text_key

from .doc_tables import DocType, Issuer, alternation, read_tsv, tables, term_at, words_by_use
from .lexicon import read_rows
from .sentences import sentences
from .span_cover import SpanCover
from .symbols import SymbolMatch, SymbolParse, find_symbols, parse_symbol
from .tokens import Tokens, report_tokens

# ---------------------------------------------------------------------------------------------
# Patterns, built once from the data files (matched on Report.key: lower case, dashes folded)

def _alt(words: list[str]) -> str:
    return alternation(words)


@dataclass(frozen=True)
class _Patterns:
    type_before: re.Pattern[str]
    named_before: re.Pattern[str]
    issuer_before: re.Pattern[str]
    date_tail: re.Pattern[str]
    issuer_tail: re.Pattern[str]
    passed_by: re.Pattern[str]
    term_tail: re.Pattern[str]
    quoted_title: re.Pattern[str]
    stated_title: re.Pattern[str]
    title_stop: re.Pattern[str]
    named: re.Pattern[str]
    term_any: re.Pattern[str]


# The words a document named without a symbol starts with (_Patterns.named; _named_heads: where to try it).
# an ordinal of a congress or plenum: "lần thứ 7", "lần VIII", "lần thứ năm"
_ORDINAL = r"(?:\d{1,2}|[ivxl]{1,6}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|năm))?)(?![\w])"
# a committee's five years: "nhiệm kỳ 2015-2020", "nhiệm kỳ 2015 – 2020", "nhiệm kỳ2020-2025"
_TERM_YEARS = r"nhiệm kỳ\s*(?:19|20)\d\d\s*-\s*(?:19|20)\d\d(?![\w])"
_NAMED_HEAD_WORDS = ("nghị quyết", "nghị định", "luật", "bộ luật", "pháp lệnh", "hiến pháp", "quy chế", "quy định",
                     "chỉ thị", "kết luận", "đề án", "kế hoạch", "chương trình", "báo cáo", "tờ trình", "quy tắc",
                     "bộ quy tắc", "công điện", "thông báo", "thông cáo")
# The plans and reports named by their subject ("Đề án phát triển X", "Kế hoạch thực hiện Y", "Báo cáo về Z"); the
# longer "chương trình hành động" / "kế hoạch hành động" first: a Chương trình / Kế hoạch whose name keeps the words
# (the gold's type); a bare "Chương trình" is most often a meeting's agenda or a national programme in passing
_PLAN_WORDS = r"chương trình hành động|kế hoạch hành động|đề án|kế hoạch|báo cáo|tờ trình"
_NAMED_HEADS = alternation(list(_NAMED_HEAD_WORDS))
# A notice or a communiqué ("thông cáo báo chí" keeps its words, a Thông cáo)
_NOTICE_WORDS = r"thông cáo báo chí|thông báo|thông cáo"


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The distinct first words of ``phrases`` (key forms), each a run of letters.

    >>> _first_words(["quy chế", "quy định", "luật"])
    ('luật', 'quy')
    """
    out = set()
    for phrase in phrases:
        m = re.match(r"\w+", phrase)
        assert m is not None and not m.group().isdigit(), phrase
        out.add(m.group())
    return tuple(sorted(out))


_NAMED_FIRSTS = _first_words(_NAMED_HEAD_WORDS)  # the first words of the heads (the one scan of _scan_firsts)
# Where _Patterns.named is tried (_named_occurrences): at the first words of the heads, but at the whole phrase of a
# head whose first word is common ("công" of "công tác", "thông" of "thông qua": the phrase is checked first, cheaper
# than the pattern at every "công")
_PHRASE_HEADS = ("công điện", "thông báo", "thông cáo")
_NAMED_STARTS = (*_first_words(w for w in _NAMED_HEAD_WORDS if w not in _PHRASE_HEADS), *_PHRASE_HEADS)


def _written_starts(k: str, phrases: tuple[str, ...], *, word_start: bool,
                    found: dict[str, list[int]] | None = None) -> list[int]:
    """The offsets in ``k`` where one of ``phrases`` (words, or phrases of words) is written with no letter, digit or
    "_" right after it (and, with ``word_start``, none right before it), in order: where a pattern whose matches open
    with one of those phrases, followed by a space or a mark, can match. A pattern that opens with a look-behind, or
    with words whose first letters are most letters of the text, is otherwise tried at a large part of the text's
    characters (0.6 and 1.1 M instructions a report for the named documents and the bare numbers, perf22).

    The first words' places come from ``found`` (:func:`_word_starts`: one scan of the report's key for the first
    words of every reader here, perf30; a scan by ``str.find`` a phrase before) or, without it, from a scan of ``k``.

    >>> _written_starts("quyết định; quy chế, xquy định", ("quy",), word_start=True)
    [12]
    >>> _written_starts("quyết định; quy chế, xquy định", ("quy",), word_start=False)
    [12, 22]
    >>> _written_starts("quyết định; quy chế, quy định", ("quy chế", "quy định"), word_start=True)
    [12, 21]
    """
    found = found if found is not None else _scan_words(k)
    out: list[int] = []
    n = len(k)
    for phrase, f, scanned, rest in _phrase_plan(phrases):
        starts = found.get(f, ()) if scanned else _found_by_find(k, f)
        for i in starts:
            # (_is_word written out: 140,000 places on the corpus, a call each cost more than the test)
            if word_start and i and ((c := k[i - 1]).isalnum() or c == "_"):
                continue
            if rest:
                end = i + len(phrase)
                if not k.startswith(phrase, i) or (end < n and _is_word(k[end])):
                    continue
            out.append(i)
    out.sort()
    return out


_FIRST_WORD = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _phrase_plan(phrases: tuple[str, ...]) -> tuple[tuple[str, str, bool, bool], ...]:
    """Each of ``phrases`` with its first word, whether :func:`_scan_words` finds that word and whether the phrase
    goes on after it: what :func:`_written_starts` reads of a phrase, worked out once for each tuple of phrases (the
    readers pass the same few module tuples at every report) instead of by a regex match and a cache call for every
    phrase of every call (4,166 calls on the corpus, 16 to 30 phrases each)."""
    out = []
    for phrase in phrases:
        first = _FIRST_WORD.match(phrase)
        assert first is not None, phrase
        f = first.group()
        out.append((phrase, f, f in _scan_firsts(), len(phrase) > len(f)))
    return tuple(out)


def _found_by_find(k: str, w: str) -> list[int]:
    """The offsets of the word ``w`` in ``k`` with no word character right after it (a word no reader declared)."""
    out: list[int] = []
    n, i = len(k), k.find(w)
    while i >= 0:
        end = i + len(w)
        if end == n or not _is_word(k[end]):
            out.append(i)
        i = k.find(w, end)
    return out


@lru_cache(maxsize=1)
def _scan_firsts() -> frozenset[str]:
    """The first words of every phrase a reader here finds by :func:`_written_starts`: the named documents' heads, the
    decisions', the known names' type words (named_documents.tsv, directive_words.tsv treaty) and the type words
    of document_types.tsv (the bare numbers'). None is the end of another (checked: one scan finds each place
    once, and a word ending another would hide behind it), and each is letters only (checked: :func:`_token_words`
    finds them at the ends of letter runs)."""
    words = {*_NAMED_FIRSTS, *_first_words((_DECISION,)), *_first_words(_known_names()[1]), *_bare_firsts()}
    assert not any(a != b and b.endswith(a) for a in words for b in words), words
    assert all(w.isalpha() for w in words), words
    return frozenset(words)


@lru_cache(maxsize=1)
def _scan_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(sorted(_scan_firsts()))})(?=\W|$)")


def _scan_words(k: str) -> dict[str, list[int]]:
    """Each word of :func:`_scan_firsts` by the offsets in ``k`` where it is written with no word character right
    after it, in one regex pass (a trie of the words)."""
    by: dict[str, list[int]] = {}
    for m in _scan_pattern().finditer(k):
        by.setdefault(m.group(), []).append(m.start())
    return by


def _token_words(k: str, toks: Tokens) -> dict[str, list[int]]:
    """:func:`_scan_words` of ``k``, read off its tokens ``toks`` instead of a regex pass over the whole key (1.0 M
    instructions a report; this, 0.6 M). Such a word is written with no word character after it, and it is
    letters, so it ends a run of letters: when each run is one token (:meth:`Tokens.whole_run_keys`), it is the
    end of a token's key, found among the distinct keys (a third of the key's characters) by the same pattern, and
    written at each of that key's tokens not followed by a digit or "_". No word ends another (:func:`_scan_firsts`),
    so a key ends with one word at most; a key ending with one ("cóthông", a source's glued words) may be longer.

    >>> k = "quyết định; quy chế, xquy định 5/qđ, quy2"
    >>> _token_words(k, Tokens.of(k, k)) == _scan_words(k)
    True
    """
    joined = toks.whole_run_keys()
    if joined is None:  # glued words parted: a run may hold two tokens
        return _scan_words(k)
    pos, ends, n = toks.positions(), toks.e, len(k)
    by: dict[str, list[int]] = {}
    for m in _scan_pattern().finditer(joined):
        word, end = m.group(), m.end()
        size = len(word)
        at = [x - size for x in map(ends.__getitem__, pos[joined[joined.rfind("\n", 0, m.start()) + 1 : end]])
              if x == n or not ((c := k[x]).isalnum() or c == "_")]  # (not _is_word(k[x]), written out)
        if at:
            had = by.get(word)
            by[word] = at if had is None else sorted(had + at)
    return by


def _word_starts(report: Report) -> dict[str, list[int]]:
    """:func:`_scan_words` of the report's key, read once for all readers (off the report's tokens, which the
    officials' component made before: :func:`_token_words`) and kept on the report."""
    return report.memo("extract.directives.word_starts", lambda: _token_words(report.key, report_tokens(report)))


def _is_word(ch: str) -> bool:
    """``ch`` is what ``\\w`` matches in a str pattern (a letter, a digit or "_")."""
    return ch.isalnum() or ch == "_"


def _not_after_abbreviation() -> str:
    """Look-behinds (over a key) that keep a dot from being read as a full stop right after an abbreviation that always
    stands before a place's name ("TP.", "TX.": line_split_abbreviations.tsv).

    >>> re.search(_not_after_abbreviation() + r"\\.\\s", "phát triển tp. hồ chí minh. sau") is not None
    True
    >>> re.search(_not_after_abbreviation() + r"\\.\\s", "phát triển tp. hồ chí minh. sau").start()
    26
    """
    words = sorted({text_key(row["abbreviation"]).rstrip(".") for row in read_tsv("line_split_abbreviations.tsv")})
    return "".join(rf"(?<!(?<![\w]){re.escape(w)})" for w in words)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    t = tables()
    type_words = _alt(list(t.type_by_word))
    aliases = _alt(list(t.issuer_by_alias))
    roman_or_num = r"(?P<t>[ivxl]{1,6}|\d{1,2})(?![\w])"
    return _Patterns(
        # "quyết định số 5", and "quyết định (số 5 ngày 25/3)": the number in brackets after the type
        # "Báo cáo thẩm tra số 658/BC-UBTP14": a word that tells which kind of the type (directive_words.tsv:
        # type_qualifier) between
        type_before=re.compile(rf"(?<![\w])(?P<w>{type_words})(?:\s+(?:{_directive_words()['type_qualifier']}))?"
                               r"(?:\s+số|\s*\(\s*số)?\s*:?\s*$"),
        named_before=re.compile(
            # a comma inside the name only before a lower-case word, checked on the text ("Luật Phí, lệ phí (số …")
            r"(?<![\w])(?P<w>bộ luật|luật|pháp lệnh|nghị quyết)[ \t]+"
            r"(?P<n>[^\W\d][^,;.()\n\"]{0,60}?(?P<c>,[ \t]+[^,;.()\n\"]{1,30}?)?)[ \t]*\(?số[ \t]*$"
        ),
        issuer_before=re.compile(
            rf"(?<![\w])(?P<iss>{aliases})\s+(?:(?:đã|vừa|mới|chính thức|đã vừa|cũng)\s+)*"
            rf"(?:ký\s+)?(?:ban hành|thông qua|ra)\s+$"
        ),
        date_tail=re.compile(
            r"\s*,?\s*(?:ban hành\s+|ký\s+)?ngày\s+(?:(?P<d>\d{1,2})\s*[./-]\s*(?P<m>\d{1,2})"
            r"(?:\s*[./-]\s*(?P<y>\d{4}))?|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})"
            r"(?:\s*(?:năm|,)\s*(?P<y2>\d{4}))?)(?![\d])"
        ),
        # "của Bộ Chính trị", and a central body written bare before the subject ("Nghị quyết Bộ Chính trị về …":
        # directive_words.tsv bare_issuer)
        issuer_tail=re.compile(rf"(?:\s*,?\s*(?:của|do)\s+|\s+(?=(?:{_directive_words()['bare_issuer']})\s+về\s))"
                               rf"(?P<iss>{aliases})(?![\w])"),
        # "Luật Thủy sản được Quốc hội thông qua ngày 26/11/2003", "Luật X mới được Quốc hội khóa 11 ban hành":
        # the body that passed or issued it, and its term
        passed_by=re.compile(
            rf"\s*,?\s*(?:(?:đã|vừa|mới|cũng)\s+)*được\s+(?P<iss>{aliases})(?![\w])"
            rf"(?:\s+khoá\s+{roman_or_num})?\s+(?:(?:chính thức|biểu quyết|ký)\s+)*(?:thông qua|ban hành)(?![\w])"),
        term_tail=re.compile(rf"\s*,?\s*\(?\s*(?:nhiệm\s+)?khoá\s+{roman_or_num}\s*\)?"),
        # "về “…”", "về việc “đề phòng gián điệp …”": the quoted subject
        quoted_title=re.compile(r"\s*[,:]?\s*(?:về\s+(?:việc\s+)?)?\"(?P<q>[^\"\n]{3,400})\""),
        stated_title=re.compile(r"\s*[,:]?\s*(?P<q>(?:về|v/v|quy định|hướng dẫn|ban hành)\s)"),
        title_stop=re.compile(
            # a full stop, not the dot of "TP. Hồ Chí Minh" (line_split_abbreviations.tsv: never a sentence's end);
            # an ellipsis ("… năng lực cạnh tranh năm 2017... là những thông tin …"): the writer cut the list there
            rf"[;\n\"?!…]|\.\.|{_not_after_abbreviation()}\.(?:\s|$)"
            # a bracket, but not an abbreviation in brackets inside the title ("về Chiến lược phát triển giao thông
            # vận tải (GTVT) đến năm 2020, tầm nhìn 2050"): letters only, and the title's words after it
            r"|\((?![^\W\d_]{2,8}\)[ \t]+[^\W\d_])"
            # "về X, trong đó, thực hiện …": the speaker's gloss after it, a comma after the phrase too
            r"|\s(?:gắn với|ban hành kèm theo|nhằm|trong đó|theo đó|đồng thời)(?=\s|,)"
            # "Hội nghị sơ kết thực hiện Kết luận 27 về X diễn ra mới đây, …": the meeting that names it took place
            r"|\sdiễn ra(?=\s+(?:mới đây|vừa qua|hôm qua|sáng|chiều|tối|ngày|tại|vào|từ)(?![\w]))"
            # "… về phát triển TP. HCM ngày 23-2.": the date of the event that names the document, last in its
            # clause after a word (not "… Nghị định 46 ngày 1/2/2019", the date of a document the title names)
            r"|(?<=[^\W\d_])\s+ngày\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{4})?\s*(?:[.;,\n]|$)"
            # "về X, xác định “…”", "về X nêu rõ: …": what the document says (directive_words.tsv: title_saying)
            rf"|,?\s+(?:{_directive_words()['title_saying']})\s*(?::|\")"
            # "quy định X, có hiệu lực từ ngày 1/5": what is said of the document (directive_words.tsv: title_tail)
            rf"|,\s+(?:{_directive_words()['title_tail']})(?![\w])"
            # "… Nghị quyết N về bồi thường oan sai, nên trên cả nước …": a conjunction opens the next clause
            # (directive_words.tsv: clause_conjunction); "… quy hoạch X thì diện tích …": the topic ends at "thì"
            # (topic_particle)
            rf"|,\s+(?:{_directive_words()['clause_conjunction']})(?![\w])"
            rf"|,?\s+(?:{_directive_words()['topic_particle']})(?![\w])"
            # "hội nghị triển khai Nghị quyết về X với lãnh đạo 61 tỉnh …": with whom the meeting that names it was
            # held (directive_words.tsv: with_whom), not the subject; kept after a meeting word ("kết luận buổi làm
            # việc với lãnh đạo tỉnh": meeting_with)
            + r"|(?=\s+với\s)"  # the cheap test first: the look-behinds only where "với" follows
            + "".join(f"(?<!{re.escape(w)})" for w in words_by_use("directive_words.tsv")["meeting_with"])
            + rf"\s+với\s+(?:{_directive_words()['with_whom']})(?![\w])"
            # "… pháp lệnh năm 20069 dự luật sẽ …": a year with the next item's number glued to it ends the title
            r"|(?=\d)(?<=năm (?:19|20)\d\d)\d{1,2}\s"
            # "Chỉ thị 05 về X có gì khác biệt …?": a question asked of the document, not its subject
            r"|\s(?:có gì|là gì|ra sao|như thế nào)(?![\w])"
            # "Căn cứ Quy định … về X, tại kỳ họp tháng 1, Ủy ban …": where the main clause's act took place
            r"|,\s+(?:tại|trong)\s+(?:kỳ họp|hội nghị|phiên họp)(?![\w])"
            # "… về xử lý kỷ luật đảng viên vi phạm, xét tính chất, tác hại …, Uỷ ban …": the main clause's grounds
            r"|,\s+xét\s+(?:tính chất|nội dung|mức độ)(?![\w])"
            # "tạm dừng Nghị định số 46 về an toàn thực phẩm đến hết ngày 15/4": how long, not the subject
            r"|\s(?:cho\s+)?đến hết\s+ngày\s"
            # "về X là có cơ sở", "về X, đây là …": the judgement after it; not "trước hết là", "nhất là"
            r"|(?:,?\s+(?:đó|đây))?(?<!trước hết)(?<!nhất)(?<!đặc biệt)(?<!chủ yếu)(?<!tức)\s+là\s"
        ),
        named=re.compile(
            # the lookahead is a trie of the head words, so most positions fail on one character
            r"(?<![\w])(?=" + _NAMED_HEADS + r")(?:"
            # "các nghị quyết của Hội nghị Trung ương 4 (khóa XII)": the plenum's resolutions, one named set; "Nghị
            # quyết TƯ 4", "nghị quyết T.Ư 6": the Centre abbreviated (TƯ only in capitals: _plenum_capitalised)
            r"(?P<nqtw>nghị quyết\s+(?:của\s+)?(?:hội nghị\s+)?(?:lần thứ\s+)?(?:ban chấp hành\s+)?"
            r"(?P<tw>trung ương|t\.\s?ư|tư)\s+"
            # "Trung ương 6 (lần 2)", "Trung ương 6 lần 2", "Trung ương 6-2": the second session of one plenum
            r"(?:lần thứ\s+)?(?:\d{1,2}|[ivx]{1,5})(?![\w])"
            r"(?:\s*\(\s*lần\s+\d\s*\)|\s+lần\s+\d(?![\w])|-\d(?![\w/.-]))?"
            r"(?:\s*,?\s*\(?khoá\s+(?:[ivxl]{1,6}|\d{1,2})\)?(?![\w]))?)"
            # (not "Nghị quyết Đại hội XVI Đảng bộ thành phố": a local committee's congress, nqlocal below)
            r"|(?P<nqdh>nghị quyết\s+đại hội\s+(?:đại biểu\s+)?(?:đảng\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?"
            r"(?:[ivx]{1,5}|\d{1,2})(?![\w])(?!\s+(?:của\s+)?đảng bộ(?![\w])))"
            # "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII": the plenum by its ordinal first
            rf"|(?P<nqln>nghị quyết\s+(?:của\s+)?hội nghị\s+lần thứ\s+{_ORDINAL}\s+ban chấp hành\s+trung ương"
            r"(?:\s+đảng)?"
            r"(?:\s*,?\s*\(?khoá\s+(?:[ivxl]{1,6}|\d{1,2})\)?(?![\w]))?)"
            # "Nghị quyết Đại hội Đảng bộ TPHCM lần VIII", "Nghị quyết Hội nghị Ủy ban T.Ư MTTQ Việt Nam lần thứ 7 (khóa
            # VIII)": a body's congress or conference by its number, the body written between
            r"|(?P<nqbody>nghị quyết\s+(?:đại hội|hội nghị)\s+(?:đại biểu\s+)?"
            r"(?=đảng bộ|ủy ban|uỷ ban|đoàn chủ tịch|ban)"
            r"(?:[^,.;:()\n\"“”]|\.(?=\w)){2,90}?\s+lần\s+(?:thứ\s+)?"
            rf"{_ORDINAL}"
            r"(?:\s*,?\s*\(?khoá\s+(?:[ivxl]{1,6}|\d{1,2})\)?(?![\w]))?"
            # "Nghị quyết Đại hội Đảng bộ quận khóa V, nhiệm kỳ 2015-2020", "… Đảng bộ tỉnh nhiệm kỳ 2015 – 2020": a
            # Party committee's congress by its term or its years instead of its ordinal (one congress a term; but
            # many conferences: "các Nghị quyết Hội nghị Ban Chấp hành Trung ương khoá XII" are several)
            r"|nghị quyết\s+đại hội\s+(?:đại biểu\s+)?(?=đảng bộ)(?:[^,.;:()\n\"“”]|\.(?=\w)){2,90}?"
            rf"(?:\s+khoá\s+(?:[ivxl]{{1,6}}|\d{{1,2}})(?![\w])(?:\s*,?\s*{_TERM_YEARS})?|\s+{_TERM_YEARS}))"
            # "nghị quyết Đại hội Đảng bộ TP", "nghị quyết của hội nghị lần 3 Ban chấp hành Đảng bộ TP": a local Party
            # committee's last congress, or its numbered plenum, with the body after it (read by _local_party_body)
            # "nghị quyết Đại hội lần XIII Đảng bộ TP", "Nghị quyết Đại hội XI Đảng bộ tỉnh": its number before the body
            rf"|(?P<nqlocal>nghị quyết\s+(?:của\s+)?(?:hội nghị\s+lần\s+(?:thứ\s+)?{_ORDINAL}\s+ban chấp hành\s+"
            r"|đại hội\s+(?:đại biểu\s+)?(?:(?:lần\s+)?(?:thứ\s+)?(?:[ivxl]{1,6}|\d{1,2})\s+(?:của\s+)?)?)"
            r"đảng bộ(?![\w]))"
            r"|(?P<law>(?:bộ luật|luật|pháp lệnh)[ \t]+(?P<lawname>)(?=[^\W\d_]))"
            # "Quy chế bầu cử Ban Chấp hành Trung ương khóa X": a congress's election rules, named by whom it elects
            # and the term
            r"|(?P<elect>quy chế bầu cử\s+(?:[^,.;:()\n\"“”]|\.(?=\w)){2,80}?\s+khoá\s+(?:[ivxl]{1,6}|\d{1,2})(?![\w]))"
            # "Quy tắc ứng xử nơi công cộng …", "Bộ quy tắc ứng xử ở Biển Đông": a code of conduct, named by whose
            # conduct or where (the name read by _code_name_end)
            r"|(?P<code>(?:bộ\s+)?quy tắc\s+ứng xử(?=\s+(?:của|nơi|ở|trong|tại|đối với|trên)\s))"
            r"|(?P<hp>hiến pháp(?:\s+(?:năm\s+)?(?P<hpy>(?:19|20)\d\d))?)"
            # "Chỉ thị về …", and "Chỉ thị của Ban Bí thư về …" (the issuer read by _read_tail, then the title)
            # "ban hành nghị quyết mới về X": "mới" (a new one) is no word of its name
            rf"|(?P<about>(?P<aw>nghị quyết|quy chế|quy định|chỉ thị|kết luận|pháp lệnh|công điện|{_NOTICE_WORDS}"
            rf"|{_PLAN_WORDS})"
            rf"(?P<new>\s+mới)?\s+(?=về\s|(?P<of>của\s|(?:{_directive_words()['bare_issuer']})\s+về\s)))"
            # "Đề án phát triển X giai đoạn 2016-2020": a plan by its subject, opened by a verb of what it does
            # (directive_words.tsv: plan_subject); the type word before anything else is a plan in passing
            # (a comma after the word when the plan does two things: "Kế hoạch kiểm tra, đôn đốc …", "Đề án quản lý, sử
            # dụng tài sản …")
            rf"|(?P<plan>(?P<pw>{_PLAN_WORDS})(?=\s+(?:{_directive_words()['plan_subject']})[\s,]))"
            # "Quy chế phối hợp công tác giữa …", "Quy chế tạm thời về …": rules by their subject (directive_words.tsv:
            # rules_subject), read as a plan's subject is
            rf"|(?P<rules>(?P<rw>quy chế)(?=\s+(?:{_directive_words()['rules_subject']})[\s,]))"
            # "ban hành Nghị định quy định về lưu chiểu …", "dự thảo Nghị định của Chính phủ quy định tiêu chuẩn …",
            # "Nghị định thay thế Nghị định 86/2015/NĐ-CP": a decree by its subject (directive_words.tsv:
            # decree_subject)
            rf"|(?P<decree>(?P<dw>nghị định)(?=\s+(?:của\s+chính phủ\s+)?(?:{_directive_words()['decree_subject']})\s))"
            # "Văn phòng Chính phủ vừa có thông báo kết luận của Thủ tướng … tại cuộc họp về X", "thông cáo ngày làm
            # việc thứ ba hội nghị …": a notice or communiqué named by what it is of (directive_words.tsv:
            # notice_subject)
            rf"|(?P<notice>(?P<nw>{_NOTICE_WORDS})(?=\s+(?:{_directive_words()['notice_subject']})\s))"
            # "Nghị quyết miễn nhiệm ông A", "thông qua nghị quyết cho ông B thôi nhiệm vụ đại biểu": a resolution by
            # the act it makes (directive_words.tsv: resolution_act), read as a plan's subject is
            rf"|(?P<act>(?P<acw>nghị quyết)(?=\s+(?:{_directive_words()['resolution_act']})\s))"
            # "ra Chỉ thị nổi tiếng “Nhật - Pháp bắn nhau và hành động của chúng ta”": named by its quoted title alone
            rf"|(?P<quoted>(?P<qw>chỉ thị|nghị quyết|kết luận|quy định|{_PLAN_WORDS})"
            r"(?:\s+(?:nổi tiếng|lịch sử))?(?=\s*\"))"
            r")"
        ),
        term_any=re.compile(rf"(?<![\w])khoá\s+{roman_or_num}"),
    )


# a dash between words only where law_name_joins.tsv says ("Luật Đơn vị hành chính - kinh tế đặc biệt")
_LAW_NAME = re.compile(r"[^\W\d_][\w/]*(?:(?:,?[ \t]+|[ \t]+[-–][ \t]+)[\w/]+){0,13}")


@lru_cache(maxsize=1)
def _sentence_starts() -> frozenset[str]:
    """The capitalised words and phrases that begin a sentence glued to what comes before it with no full
    stop (``sentence_starts.tsv``, which the names reader uses for the same run-ons), as keys."""
    return frozenset(text_key(r["word"]) for r in read_tsv("sentence_starts.tsv"))


def _opens_sentence(wk: str, after: list[re.Match[str]]) -> bool:
    """A word of a name begins the next sentence, as names.starts_sentence reads it: a word of
    ``sentence_starts.tsv`` followed by a lower-case word ("Chiều nay"), or a phrase of it ("Sáng nay")."""
    if not after:
        return False
    nxt = after[0].group(0)
    return f"{wk} {text_key(nxt)}" in _sentence_starts() or (wk in _sentence_starts() and nxt[0].islower())


@lru_cache(maxsize=1)
def _law_words() -> dict[str, frozenset[str]]:
    """The words of ``law_name_words.tsv`` by use: ``ends`` (a word ending a law's name), ``not_a_law`` (the
    word after "Luật" in "Luật sư", "Luật định"), ``school_before`` (the words before "Luật" of a school)."""
    return {use: frozenset(words) for use, words in words_by_use("law_name_words.tsv").items()}


_FIELD_BEFORE = re.compile(r"(?<![\w])về\s+$")  # "vi phạm quy định về luật đất đai": the field, not the law


@lru_cache(maxsize=1)
def _lower_law_name() -> re.Pattern[str]:
    """A law's name (law_names.tsv) that names the law after a lower-case "luật" ("thực thi luật kiểm toán"), at its
    start, as whole words."""
    names = sorted({text_key(r["name"]) for r in read_tsv("law_names.tsv")}, key=len, reverse=True)
    return re.compile(rf"(?:{_alt(names)})(?![\w])")


@lru_cache(maxsize=1)
def _whole_law_name() -> re.Pattern[str]:
    """A law's whole name whose first word would end a name (law_name_words.tsv: whole_name), at its start."""
    return re.compile(rf"(?:{_alt(sorted(_law_words().get('whole_name', ())))})(?![\w])")


@lru_cache(maxsize=1)
def _school_before() -> re.Pattern[str]:
    """Right before "Luật": a school or faculty of law, a degree in it, or "pháp" (law_name_words.tsv)."""
    return re.compile(rf"(?<![\w])(?:{_alt(sorted(_law_words()['school_before']))})\s+$")


# ---------------------------------------------------------------------------------------------
# Occurrences before merging


@dataclass
class _Occ:
    """One mention of a document, with what its own surroundings say."""

    span: Span  # the whole mention, type word included
    core_end: int  # end of the symbol or name (the tail starts here)
    tail_end: int  # end of date / issuer / term / title read after it
    mention: DirectiveMention
    parse: SymbolParse | None = None
    title_span: Span | None = None
    before_issuer: bool = False
    subject_issuer: bool = False  # the issuer is the subject of a verb before it (_subject_issuer)
    extra_spans: list[Span] = field(default_factory=list)


def _roman_or_int(text: str, kval: str) -> int | None:
    """The term ``text`` (its key ``kval``) names; see :func:`kg.reference.numerals.read_term`."""
    return read_term(text)


def find_term(text: str) -> int | None:
    """The term named by "khóa X" / "KHOÁ XIV" / "khóa 11" in ``text``; None for "khóa học", "khoa học".

    >>> find_term("Quốc hội khóa XV"), find_term("khóa 11"), find_term("khóa học"), find_term("khoa học")
    (15, 11, None, None)
    """
    text = unicodedata.normalize("NFC", text)
    k = text_key(text)
    for m in _patterns().term_any.finditer(k):
        term = _roman_or_int(text[m.start("t") : m.end("t")], m.group("t"))
        if term is not None:
            return term
    return None


def _partial(d: str | None, m: str | None, y: str | None) -> PartialDate | None:
    if d is None or m is None:
        return None
    day, month = int(d), int(m)
    year = int(y) if y else None
    if not (1 <= day <= 31 and 1 <= month <= 12) or (year is not None and not 1900 <= year <= 2100):
        return None
    return PartialDate(year, month, day)


def _longest_org_at(report: Report, orgs: list[OrgMention], start: int) -> OrgMention | None:
    """The longest (first of equals) organization starting at ``start``; indexed once per list, since
    a scan per directive is quadratic on a long report. The index is kept on the report (for this
    very list, at this length), not in a module global."""
    held: dict[str, Any] = report.memo("extract.directives.orgs_by_start", dict)
    if held.get("orgs") is not orgs or held.get("n") != len(orgs):
        index: dict[int, OrgMention] = {}
        for org in orgs:
            best = index.get(org.span.start)
            if best is None or len(org.span) > len(best.span):
                index[org.span.start] = org
        held.update(orgs=orgs, n=len(orgs), index=index)
    return held["index"].get(start)


@dataclass(frozen=True)
class _OrgSpans:
    """The spans of a report's organizations indexed once (for one list, at one length): a walk over every
    organization for each document or verb was quadratic on a long report (an endless sentence: 2 MB, 54,000
    documents' candidates against as many organizations)."""

    ends: list[int]  # every organization's end, sorted
    by_end: list[OrgMention]  # the organizations in that order
    cover: SpanCover  # which organization's name a position is inside
    starts_ending: dict[int, list[int]]  # an end -> the starts of the organizations ending there

    @staticmethod
    def of(orgs: list[OrgMention]) -> _OrgSpans:
        by_end = sorted(orgs, key=lambda o: o.span.end)
        ending: dict[int, list[int]] = {}
        for o in orgs:
            ending.setdefault(o.span.end, []).append(o.span.start)
        return _OrgSpans([o.span.end for o in by_end], by_end, SpanCover((o.span.start, o.span.end) for o in orgs),
                         ending)

    def ending_within(self, lo: int, hi: int) -> list[OrgMention]:
        """The organizations whose end is in [lo, hi]."""
        return self.by_end[bisect_left(self.ends, lo) : bisect_right(self.ends, hi)]

    def covers(self, pos: int) -> bool:
        """An organization starts before ``pos`` and ends after it (``pos`` strictly inside its name)."""
        return self.cover.covers_inside(pos)


def _org_spans(report: Report, orgs: list[OrgMention]) -> _OrgSpans:
    """:class:`_OrgSpans` of ``orgs``, kept on the report for this very list at this length."""
    held: dict[str, Any] = report.memo("extract.directives.org_spans", dict)
    if held.get("orgs") is not orgs or held.get("n") != len(orgs):
        held.update(orgs=orgs, n=len(orgs), index=_OrgSpans.of(orgs))
    return held["index"]


def _issuer_mention(
    report: Report, extraction: Extraction, span: Span, issuer: Issuer | None
) -> OrgMention | None:
    """The officials component's organization at ``span`` if any, else one from issuers.tsv."""
    best = _longest_org_at(report, extraction.organizations, span.start)
    if best is not None:
        return best
    if issuer is None:
        return None
    local = issuer.level == "local"
    province = report.province if local else None
    scope = "national" if not local else ("province" if province else "report")
    return OrgMention(span=span, written=report.quote(span), name=issuer.vi,
                      name_en=issuer.en or None, province=province, scope=scope)


_OF = re.compile(r"\s*,?\s*(?:của|do)\s+(?P<signer>(?:ông|bà|đồng chí)\s+[^\W\d_]+(?:\s+[^\W\d_]+){1,3}\s*,\s*)?"
                 r"(?:(?:phó\s+)?chủ tịch\s+)?(?P<iss>)")
# "Quyết định số 178/2004/QĐ-UB do ông A, Phó chủ tịch UBND TP ký": the signer's body, when the verb follows it.


@lru_cache(maxsize=1)
def _signed_after() -> re.Pattern[str]:
    """The signing verb right after a body (directive_words.tsv: sign)."""
    return re.compile(rf"\s*(?:đã\s+)?(?:{_directive_words()['sign']})(?![\w])")


def _body_after_of(report: Report, extraction: Extraction, k: str, pos: int, limit: int) -> re.Match[str] | None:
    """"của" / "do" right after a document, then a body the officials component read there: the
    issuer, though issuers.tsv has no phrase for it ("Quyết định số 312/QĐ-SNV của Sở Nội vụ",
    "Kết luận số 91-KL/TU của Thường trực Tỉnh ủy Thái Nguyên"). The match's ``iss`` group is empty
    at the body's start; :func:`_issuer_mention` takes the body found there."""
    m = _OF.match(k, pos, limit)
    if m is None or (org := _longest_org_at(report, extraction.organizations, m.end())) is None:
        return None
    if m.group("signer") is not None and (not k[m.end() - 9 : m.end()].strip().endswith("chủ tịch")
                                          or not _signed_after().match(k, org.span.end)):
        return None
    return m


# The issuer as the subject of a verb that gives the document ("UBND tỉnh Thái Nguyên ban hành Quyết định số
# 1266", "Ban Bí thư đã có Quyết định số 1352", "Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký Chỉ thị số 20",
# "Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành đã ký Kết luận số 2405"), or of a verb whose act a document
# records, named after "tại" ("được Chính phủ thông qua tại Nghị quyết số 105", "chỉ đạo của Thủ tướng Chính
# phủ tại văn bản số 567", "Uỷ ban Kiểm tra Trung ương đã thi hành kỷ luật tại Quyết định số 1192").
@lru_cache(maxsize=1)
def _directive_words() -> dict[str, str]:
    """The words of directive_words.tsv by use, each use as a regex alternation in the table's order (the
    order alternatives are tried in)."""
    return {use: "|".join(map(re.escape, words)) for use, words in words_by_use("directive_words.tsv").items()}


@lru_cache(maxsize=1)
def _give_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verb before a document by which its subject gives it, and the verb whose act a document named
    after "tại" records (``bare``: "tại" alone, "của X tại …"); auxiliaries before either
    (directive_words.tsv: verb_aux, at_verb)."""
    w = _directive_words()
    aux = rf"(?:(?:{w['verb_aux']})\s+)*"
    give = re.compile(
        rf"(?:^|(?<=\s)){aux}(?:(?:{w['sign']})\s+(?:tại chỗ\s+)?(?:ban hành\s+)?|(?:{w['give_verb']})\s+)$")
    at = re.compile(rf"(?:^|(?<=\s))(?:{aux}(?:{w['at_verb']})\s+(?:\S+\s+){{0,2}}?tại\s+$|(?P<bare>tại)\s+$)")
    return give, at
# Between the body and its verb: an abbreviation in brackets, a term, the signer's name in capitals
# ("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên - Đỗ Quốc Văn, đã ký").
# A longer bracket only when it tells the signer's post at another time ("ông A lúc đó là Phó Chủ tịch UBND
# huyện X, tỉnh Y (nay là Chủ tịch) đã ký Quyết định số …": the body is still the verb's subject).
_SUBJECT_GAP = re.compile(
    r"(?:\s*,\s*(?:tỉnh|thành phố|TP\.?)\s+(?:[A-ZĐ][^\W\d_]*\s*){1,3}(?=\())?"  # "…, tỉnh Thanh Hoá (nay là …)"
    r"(?:\s*\((?:[^()\n]{1,14}|(?:nay|lúc|khi|hiện|thời điểm|trước|sau)\s[^()\n]{1,40})\))?"
    r"(?:\s+kho[áa]\s+[IVXL\d]{1,5})?"
    r"(?:\s*[-–,]?\s*(?:[A-ZĐ][^\W\d_]*\s+){1,3}[A-ZĐ][^\W\d_]*\s*,?)?\s*")
_ISSUER_ALIAS_END: dict[str, re.Pattern[str]] = {}


def _alias_end_pattern() -> re.Pattern[str]:
    if "p" not in _ISSUER_ALIAS_END:
        _ISSUER_ALIAS_END["p"] = re.compile(rf"(?<![\w])(?:{_alt(list(tables().issuer_by_alias))})(?![\w])")
    return _ISSUER_ALIAS_END["p"]




@lru_cache(maxsize=1)
def _on_behalf_word() -> re.Pattern[str]:
    """"thay mặt" and its like before the body a signer acts for (directive_words.tsv: on_behalf)."""
    return re.compile(rf"(?<![\w])(?:{_directive_words()['on_behalf']})\s+")

_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _on_behalf(report: Report, extraction: Extraction, verb: int) -> OrgMention | None:
    """The body on whose behalf the signer of the giving verb at ``verb`` acts, in the same clause: the document's
    issuer, not the signer's own post ("Thay mặt Ban Bí thư, đồng chí A, Ủy viên Bộ Chính trị, Thường trực Ban Bí
    thư đã ký Quyết định số …": Ban Bí thư)."""
    k = report.key
    lo = max(0, verb - 250)
    found = None
    for m in _on_behalf_word().finditer(k, lo, verb):
        found = m
    if found is None or _CLAUSE_BREAK.search(k, found.end(), verb):
        return None
    at = found.end()
    org = _longest_org_at(report, extraction.organizations, at)
    alias = _alias_end_pattern().match(k, at)
    if org is not None and org.span.end <= verb and (alias is None or org.span.end >= alias.end()):
        return org
    if alias is not None and alias.end() <= verb:
        return _issuer_mention(report, extraction, Span(alias.start(), alias.end()),
                               tables().issuer_by_alias.get(alias.group()))
    return None


def _subject_issuer(report: Report, extraction: Extraction, start: int) -> OrgMention | None:
    """The body named as the subject of the verb that ends right before the document at ``start``."""
    k = report.key
    lo = max(0, start - 60)
    at = False
    give_verb, at_verb = _give_verbs()
    if (v := give_verb.search(k, lo, start)) is None:
        if (v := at_verb.search(k, lo, start)) is None:
            return None
        at = True
    vs = v.start()
    if not at and (behalf := _on_behalf(report, extraction, vs)) is not None:
        return behalf
    return _body_before_verb(report, extraction, vs, at=at, bare=at and v.group("bare") is not None)


def _body_before_verb(report: Report, extraction: Extraction, vs: int, *, at: bool = False,
                      bare: bool = False) -> OrgMention | None:
    """The body written right before the verb at ``vs`` (an abbreviation, a term or a signer's name between:
    _SUBJECT_GAP), the nearest and at that end the longest; not a deputy's office ("Phó Thủ tướng"), not a body
    that is an object or an owner (not_subject); after a bare "tại" (``bare``), only "của X tại …"."""
    k, text = report.key, report.text
    window = max(0, vs - 120)
    best: tuple[int, int] | None = None  # (end, -start): the nearest body, the longest at that end
    for org in _org_spans(report, extraction.organizations).ending_within(window, vs):
        e = org.span.end
        if window <= org.span.start and _SUBJECT_GAP.fullmatch(text, e, vs):
            best = max(best or (e, -org.span.start), (e, -org.span.start))
    for m in _alias_end_pattern().finditer(k, window, vs):
        if _SUBJECT_GAP.fullmatch(text, m.end(), vs):
            best = max(best or (m.end(), -m.start()), (m.end(), -m.start()))
    if best is None:
        return None
    span = Span(-best[1], best[0])
    before = k[max(0, span.start - 8) : span.start].rstrip()
    if re.search(r"(?<![\w])phó$", before):
        return None  # "Phó Thủ tướng … ký": the deputy's office is not the Prime Minister's
    if at and bare:
        if not re.search(r"(?<![\w])của$", before):
            return None  # bare "tại": only "(chỉ đạo) của X tại Quyết định số …"
    elif not at and re.search(rf"(?<![\w])(?:{_directive_words()['not_subject']})$", before):
        return None  # "gửi UBND tỉnh … có …", "của Bộ X có …": the body is not the verb's subject
    return _issuer_mention(report, extraction, span, tables().issuer_by_alias.get(k[span.start : span.end]))


# "Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX)", "Nghị quyết số 26-NQ/TW tại Hội nghị TW 7 khóa X",
# "… của Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khoá XII": the Central Committee's plenum that passed
# the document, and the term written after it (the plenum's number between or after the body). Only with a term.
_PLENUM_NUMBER = r"(?:lần\s+)?(?:thứ\s+)?(?:\d{1,2}|[ivx]{1,5}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\w/])"
_PLENUM_TAIL = re.compile(
    r"\s*,?\s*(?:của|tại)\s+hội nghị\s+"
    rf"(?:{_PLENUM_NUMBER}\s+)?"
    r"(?P<body>(?:ban chấp hành|bch)\s+(?:trung ương|tw|t\.ư|tư)(?:\s+đảng)?|trung ương|tw|t\.ư|tư)"
    rf"(?:\s+{_PLENUM_NUMBER})?"
    r"\s*,?\s*\(?\s*khoá\s+(?P<t>[ivxl]{1,6}|\d{1,2})(?![\w])\s*\)?")
_CENTRAL_COMMITTEE = "ban chấp hành trung ương đảng"  # issuers.tsv: the body whose plenums pass resolutions


def _plenum_tail(report: Report, extraction: Extraction, d: DirectiveMention, pos: int, limit: int,
                 seen: set[str]) -> int | None:
    """Read "của / tại Hội nghị Trung ương N (khóa X)" after a document (:data:`_PLENUM_TAIL`): its term, and
    its issuer (the Central Committee) when none is read and the report names that body; the end of the phrase, or
    None when it is not there.

    >>> from kg.model import Report, Extraction
    >>> r = Report(id="t", text="Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX) về kinh tế", source_file="t")
    >>> d = DirectiveMention(span=Span(0, 16), written="Nghị quyết số 13", symbol="13")
    >>> _plenum_tail(r, Extraction(report=r), d, 16, len(r.text), set()), d.term, d.issuer
    (52, 9, None)
    """
    k = report.key
    m = _PLENUM_TAIL.match(k, pos, limit)
    if m is None or (term := _roman_or_int(report.text[m.start("t") : m.end("t")], m.group("t"))) is None:
        return None
    d.term = term
    seen.add("term")
    if "issuer" not in seen and d.issuer is None:
        # the body the officials component read there, else the report's own mention of it elsewhere: a body
        # written only inside the plenum's name ("Trung ương", "TW") is no body the report names (kg.graph)
        name = text_key(tables().issuer_by_alias[_CENTRAL_COMMITTEE].vi)
        d.issuer = _longest_org_at(report, extraction.organizations, m.start("body")) or next(
            (o for o in extraction.organizations if text_key(o.name) == name), None)
        if d.issuer is not None:
            seen.add("issuer")
    return m.end()


_YEAR_TAIL = re.compile(r"\s+năm\s+(?:19|20)\d\d(?=\s*,?\s*(?:của|do|về)\s)")
# "Tại Quyết định số 388/QĐ-TTg, Thủ tướng Chính phủ phê chuẩn …": the body that acts by the document just
# named is its issuer; not "…, UBND tỉnh được giao …" (the body the document concerns).
# Also "Trong Văn bản số … gửi UBND tỉnh mới đây, UBND huyện đã …" (the recipient between the document and
# the comma is skipped) and "Cũng tại Văn bản số … này UBND huyện đã …" (no comma after "này").
_AT_BEFORE = re.compile(r"(?:^|[.,;:\n]\s*|\s)(?:tại|trong)\s+$")
_AFTER_COMMA = re.compile(r"(?:\s+gửi\s+[^,.;:\n()\"“”]{2,80}?)?\s*,\s*|\s+này\s*,?\s*")


@lru_cache(maxsize=1)
def _acts() -> re.Pattern[str]:
    """After the body that follows "Tại Quyết định số …,": its verb, a word that is no passive or modal
    (directive_words.tsv: acts_aux, not_acting)."""
    w = _directive_words()
    return re.compile(rf"\s+(?:(?:{w['acts_aux']})\s+)*[“\"]?(?!{w['not_acting']})[^\W\d_]")  # "đã “phản pháo” …"


def _acting_issuer(report: Report, extraction: Extraction, occ: _Occ) -> OrgMention | None:
    k, text = report.key, report.text
    if not _AT_BEFORE.search(k, max(0, occ.span.start - 12), occ.span.start):
        return None
    if (c := _AFTER_COMMA.match(k, occ.tail_end)) is None:
        return None
    at = c.end()
    org = _longest_org_at(report, extraction.organizations, at)
    alias = _alias_end_pattern().match(k, at)
    end = max(org.span.end if org else -1, alias.end() if alias else -1)
    if end < 0 or not (a := _acts().match(k, end)) or not text[a.end() - 1].islower():
        return None
    if text_key(text[at:end]).startswith("phó"):
        return None
    span = Span(at, end) if alias is None or (org is not None and org.span.end > alias.end()) \
        else Span(alias.start(), alias.end())
    return _issuer_mention(report, extraction, span, tables().issuer_by_alias.get(k[span.start : span.end]))


def _read_tail(
    report: Report, extraction: Extraction, occ: _Occ, limit: int, next_doc: int | None = None,
    opener: re.Pattern[str] | None = None,
) -> None:
    """Date, issuer, term and title written right after a document, in any order; ``opener``: another start of a
    stated title than "về …", "quy định …" (a decision's act: :func:`_decision_occurrences`).

    A "về …" title may name other documents ("về việc tạm ngưng hiệu lực Nghị định số 46 …"), so it
    runs to the end of the clause; a "quy định …" subject stops where the next document begins
    ("Nghị định A quy định … và Nghị quyết B").
    """
    p = _patterns()
    k, text, d = report.key, report.text, occ.mention
    pos = occ.core_end
    seen: set[str] = set()
    for _ in range(4):
        progressed = False
        if "date" not in seen and (m := p.date_tail.match(k, pos, limit)):
            d.date_issued = _partial(m.group("d") or m.group("d2"), m.group("m") or m.group("m2"),
                                     m.group("y") or m.group("y2"))
            seen.add("date")
            pos, progressed = m.end(), True
        if "close" not in seen and "(" in k[occ.span.start : occ.core_end] \
                and (m := _CLOSE_BRACKET.match(k, pos, limit)):
            seen.add("close")  # "Báo cáo (số 08 - BC / BCĐ, ngày 20/6/2019) của Ban Chỉ đạo …": the bracket closes
            pos, progressed = m.end(), True
        if "year" not in seen and (m := _YEAR_TAIL.match(k, pos, limit)):
            seen.add("year")  # "Chỉ thị số 13-CT/TW năm 2017 của Ban Bí thư"
            pos, progressed = m.end(), True
        if "term" not in seen and (end := _plenum_tail(report, extraction, d, pos, limit, seen)) is not None:
            pos, progressed = end, True
            continue
        if "issuer" not in seen and ((m := p.issuer_tail.match(k, pos, limit))
                                     or (m := p.passed_by.match(k, pos, limit))
                                     or (m := _body_after_of(report, extraction, k, pos, limit))):
            span = Span(m.start("iss"), m.end("iss"))
            d.issuer = _issuer_mention(report, extraction, span, tables().issuer_by_alias.get(m.group("iss")))
            if m.re is p.passed_by:  # past the verb: a date after it is the passing's ("thông qua ngày …")
                if m.group("t") is not None and (term := _roman_or_int(text[m.start("t") : m.end("t")],
                                                                       m.group("t"))) is not None:
                    d.term = term
                    seen.add("term")
                pos = m.end()
                seen.add("issuer")
                continue
            if d.issuer is not None and len(d.issuer.span) > len(span):
                # The officials component's organization may run on ("Bộ Chính trị khóa XII").
                if (t := p.term_any.search(k, m.end(), d.issuer.span.end)) is not None:
                    term = _roman_or_int(text[t.start("t") : t.end("t")], t.group("t"))
                    if term is not None:
                        d.term = term
                        seen.add("term")
                pos = d.issuer.span.end
            else:
                pos = m.end()
            seen.add("issuer")
            progressed = True
        if "term" not in seen and (m := p.term_tail.match(k, pos, limit)):
            term = _roman_or_int(text[m.start("t") : m.end("t")], m.group("t"))
            if term is not None:
                d.term = term
                seen.add("term")
                pos, progressed = m.end(), True
        if not progressed:
            break
    occ.tail_end = pos
    # "“Tuyên bố về ứng xử của các bên ở Biển Đông” (DOC), …, sớm xây dựng “Bộ Quy tắc …”": a name quoted whole has
    # its title; the quote after it opens another name
    quoted_name = bool(d.title) and occ.span.start > 0 and k[occ.span.start - 1] == '"'
    if not quoted_name and (m := p.quoted_title.match(k, pos, limit)) is not None:
        d.title = text[m.start("q") : m.end("q")].strip()
        occ.title_span = Span(m.start("q"), m.end("q"))
        occ.tail_end = m.end()
    elif not d.title and ((m := p.stated_title.match(k, pos, limit)) is not None
                          or (opener is not None and (m := opener.match(k, pos, limit)) is not None)):
        limit = _through_abbreviation(report, limit)
        # A law's title is its name: "Luật X quy định …", "Luật X, quy định khác …" is no title of it.
        start = m.start("q")
        stop = p.title_stop.search(k, start, limit)
        nested = _NESTED_BEFORE.search(k, max(0, occ.span.start - 12), occ.span.start) is not None
        while not nested and stop is not None and stop.group() == ";" \
                and _semicolon_piece().match(k, stop.end(), limit):
            # "Kết luận về tình hình kinh tế - xã hội … năm 2018; kế hoạch phát triển … năm 2019": a piece of the
            # same subject after the semicolon (title_semicolon_piece) is the title's, not the clause's next item;
            # not the title of a document named inside another's ("Báo cáo … thực hiện Nghị quyết … về X năm 2016;
            # kết quả …": the piece is the report's)
            stop = p.title_stop.search(k, stop.end(), limit)
        end = stop.start() if stop else limit
        if stop is not None and stop.group() == '"' and k[start : stop.start()].rstrip().endswith(":") \
                and (close := k.find('"', stop.end(), limit)) > 0:
            end = close + 1  # "phê duyệt Đề án thí điểm: “Xây dựng huyện …”": the quote after a colon is the title's
        end = min(end, start + 400)
        # "về X và Nghị quyết 13 …", "về X, Nghị quyết số 26 …": the list's next document; not
        # "về việc sửa đổi Thông tư 9 …" (the document the title names)
        if (next_doc is not None and start < next_doc < end
                and re.search(r"(?:,|\svà|\shoặc)\s*$", k[start:next_doc])):
            end = next_doc
        end = _next_named_document(k, text, start, end)
        for item in _next_item().finditer(k, start, end):
            if item.group("act") is None or any(w[:1].isupper() for w in text[start : item.start()].split()[-2:]):
                end = item.start()
                break
        # a verb of saying that stopped the title ("…, đồng chí nhấn mạnh: …") is still a predicate after its subject
        end = _predicate_cut(k, text, start, end, stop.end() if stop is not None and stop.start() == end else end)
        end = _main_clause_cut(report, extraction, start, end)
        end = _back_reference_cut(k, start, end)
        title = re.sub(r"(?:\s+(?:và|hoặc))?[\s,:…-]*$", "", text[start:end])
        if len(title.split()) >= 2:
            d.title = title
            occ.title_span = Span(start, start + len(title))
            occ.tail_end = start + len(title)


# right before a document, what makes it named inside another document's title or subject
_NESTED_BEFORE = re.compile(r"(?<![\w])(?:thực hiện|về)\s+$")


@lru_cache(maxsize=1)
def _semicolon_piece() -> re.Pattern[str]:
    """Right after a semicolon inside a stated title, the words that go on with its subject (directive_words.tsv:
    title_semicolon_piece)."""
    return re.compile(rf"\s*(?:{_directive_words()['title_semicolon_piece']})(?![\w])")


@lru_cache(maxsize=1)
def _abbreviation_end() -> re.Pattern[str]:
    """A sentence's end that is the dot of "TP.", "TX." (line_split_abbreviations.tsv), over a key."""
    words = sorted({text_key(row["abbreviation"]).rstrip(".") for row in read_tsv("line_split_abbreviations.tsv")})
    return re.compile(rf"(?<![\w])(?:{_alt(words)})\.$")


def _through_abbreviation(report: Report, limit: int) -> int:
    """The end of the sentence ending at ``limit``, read past a split after "TP." or "TX." (a place's name follows:
    "… phát triển TP. Hồ Chí Minh"; the splitter of :mod:`.sentences` ends a sentence there)."""
    k, text = report.key, report.text
    sents = sentences(report)
    for _ in range(3):
        if limit >= len(k) or not _abbreviation_end().search(k, max(0, limit - 4), limit):
            break
        nxt = limit + len(k[limit:]) - len(k[limit:].lstrip(" \t"))
        if nxt >= len(k) or not text[nxt].isupper():
            break
        limit = _sentence_end(sents, nxt, len(text))
    return limit


@lru_cache(maxsize=1)
def _not_a_verb() -> re.Pattern[str]:
    """After a body, a word that continues its name or tells its term, not a verb (directive_words.tsv: not_a_verb)."""
    return re.compile(rf"\s+(?:{_directive_words()['not_a_verb']})(?![\w])")


def _main_clause_cut(report: Report, extraction: Extraction, start: int, end: int) -> int:
    """Where a stated title running from ``start`` to ``end`` ends before a main clause after a comma, whose
    subject is a body and whose verb follows it ("Căn cứ Quy định số 102 về xử lý kỷ luật đảng viên vi phạm, Bộ
    Chính trị quyết định …", "Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng, Ban Chấp hành Trung ương làm
    việc tại tổ": the title ends at the comma); a body the title lists ("về công tác cán bộ của Bộ Chính trị, Ban
    Bí thư") is followed by no verb, and a body that a passive or a link follows (:func:`_acts`) is no subject."""
    k = report.key
    comma = k.find(",", start, end)
    while comma >= 0:
        at = comma + 1 + (len(k[comma + 1 : end]) - len(k[comma + 1 : end].lstrip()))
        org = _longest_org_at(report, extraction.organizations, at)
        alias = _alias_end_pattern().match(k, at)
        body_end = max(org.span.end if org else -1, alias.end() if alias else -1)
        if body_end > 0 and report.text[at : at + 1].isupper() and (a := _acts().match(k, body_end)) is not None \
                and report.text[a.end() - 1].islower() and not _not_a_verb().match(k, body_end) \
                and not _body_ends_at(report, extraction, comma):
            return comma
        comma = k.find(",", comma + 1, end)
    return end


def _body_ends_at(report: Report, extraction: Extraction, pos: int) -> bool:
    """A body's name ends at ``pos``: the comma there joins two bodies ("cán bộ thuộc diện Bộ Chính trị, Ban Bí thư
    quản lý": the bodies are the subject of a clause inside the title, not of the sentence). Not "Đảng" alone, the
    object of the verb before it ("về xây dựng, chỉnh đốn Đảng, Ban Chấp hành Trung ương làm việc tại tổ")."""
    k = report.key
    ending = _org_spans(report, extraction.organizations).starts_ending.get(pos, ())
    if any(" " in k[start:pos].strip() for start in ending):
        return True
    return any(m.end() == pos and " " in m.group() for m in _alias_end_pattern().finditer(k, max(0, pos - 60), pos))


# "đã", "đang", "sẽ", and "cũng" before any verb ("cũng bị phản ánh", "cũng đặt ra"), but not "cũng như" (as well as)
# nor "cũng là", which go on with a noun phrase; "mới được ban hành" (a passive; not "nhân sự mới được trình")
_PREDICATE = re.compile(r"\s+(?:cũng\s+)?(?:đã|đang|sẽ)(?![\w])|\s+cũng\s+(?!(?:như|là)(?![\w]))"
                        r"|\s+(?:mới|vừa)\s+được\s+(?:ban hành|thông qua|ký|công bố)(?![\w])")
_PIECE = re.compile(r",\s*(?P<w>[^,]*)")


@lru_cache(maxsize=1)
def _said_verb() -> re.Pattern[str]:
    """A verb of saying or asking that is the predicate of a main clause when a named subject precedes it
    (directive_words.tsv: said_verb)."""
    return re.compile(rf"\s+(?:{_directive_words()['said_verb']})(?![\w])")


@lru_cache(maxsize=1)
def _subject_opener() -> re.Pattern[str]:
    """A word that opens a clause's subject written in lower case (directive_words.tsv: subject_opener)."""
    return re.compile(rf"(?:{_directive_words()['subject_opener']})(?![\w])")


def _subject_piece(k: str, text: str, start: int, cut: int) -> int | None:
    """Where the subject of a predicate at ``cut`` begins after a comma of a title running from ``start``: the last
    comma's piece opening with a capital ("…, Ban Tổ chức đã …") or with a subject_opener ("…, đồng chí A cho biết",
    "…, nhiều địa phương, đơn vị đã …": a subject of two pieces, the one before the last so opened); the comma's
    offset, or None."""
    pieces = list(_PIECE.finditer(k, start, cut))
    for i, piece in enumerate(reversed(pieces[-2:])):
        at = piece.start("w")
        if (i == 0 and text[at : at + 1].isupper()) or _subject_opener().match(k, at, cut):
            return piece.start()
    return None


def _predicate_cut(k: str, text: str, start: int, end: int, reach: int | None = None) -> int:
    """Where a stated title running from ``start`` to ``end`` ends before the sentence's predicate.

    A title is a noun phrase: "đã", "đang", "sẽ", "cũng" (not "cũng như") open the verb of the clause the document
    heads ("Nghị quyết 35 về hỗ trợ doanh nghiệp đã góp phần …": the title ends at "nghiệp"; "Nghị quyết 66 về đăng
    ký sản phẩm cũng bị phản ánh …"), or of a main clause after a fronted
    phrase, whose subject follows the title's comma (:func:`_subject_piece`: "Thực hiện Chỉ thị 13 về
    tinh giản biên chế, Ban Tổ chức đã …", "Qua 1 năm thực hiện Chỉ thị 05 về X, nhiều địa phương, đơn vị đã …":
    the title ends before the comma). A lower-case piece after the comma is still the title's ("về chủ trương, giải
    pháp cơ cấu lại ngân sách, quản lý nợ công bền vững đã …"). A verb of saying (said_verb) is a predicate only
    after such a subject ("về X, Chủ tịch UBND tỉnh yêu cầu …"; "về việc yêu cầu thu hồi …" is the title's), looked
    for up to ``reach`` (the end of a stop that cut the title before such a verb: "…, đồng chí nhấn mạnh: …").

    >>> t = "về hỗ trợ doanh nghiệp đã góp phần tạo niềm tin"
    >>> t[:_predicate_cut(t.lower(), t, 0, len(t))]
    'về hỗ trợ doanh nghiệp'
    >>> t = "về tinh giản biên chế, Ban Tổ chức đã xây dựng phương án"
    >>> t[:_predicate_cut(t.lower(), t, 0, len(t))]
    'về tinh giản biên chế'
    >>> t = "về chủ trương, giải pháp quản lý nợ công đã xác định"
    >>> t[:_predicate_cut(t.lower(), t, 0, len(t))]
    'về chủ trương, giải pháp quản lý nợ công'
    >>> t = "về đăng ký bản công bố sản phẩm cũng bị phản ánh làm phát sinh thủ tục"
    >>> t[:_predicate_cut(t.lower(), t, 0, len(t))]
    'về đăng ký bản công bố sản phẩm'
    >>> t = "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhiều địa phương, đơn vị đã"
    >>> t[:_predicate_cut(t.lower(), t, 0, len(t))]
    'về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'
    >>> t = "về tách thửa, đồng chí Lê Văn Khoa cho biết mục tiêu"
    >>> t[:_predicate_cut(t.lower(), t, 0, len(t))]
    'về tách thửa'
    >>> t = "về việc yêu cầu thu hồi các quyết định chưa đúng"
    >>> _predicate_cut(t.lower(), t, 0, len(t)) == len(t)
    True
    """
    if (m := _PREDICATE.search(k, start, end)) is not None:
        cut = m.start()
        subject = _subject_piece(k, text, start, cut)
        return subject if subject is not None else cut
    for said in _said_verb().finditer(k, start, max(end, reach or end)):
        if (subject := _subject_piece(k, text, start, said.start())) is not None:
            return subject
    return end


@lru_cache(maxsize=1)
def _back_reference() -> re.Pattern[str]:
    """A type word and "này": the document said before ("triển khai Nghị quyết này", "về nghị quyết này")."""
    return re.compile(rf"(?<![\w])(?:{_alt(list(tables().type_by_word))})\s+này(?![\w])")


_CLAUSE_JOIN = re.compile(r",\s*|\s+và\s+")


def _back_reference_cut(k: str, start: int, end: int) -> int:
    """Where a stated title running from ``start`` to ``end`` ends before a clause that points back at a document
    ("Nghị quyết 04 về xây dựng, chỉnh đốn Đảng, triển khai Nghị quyết này phải …", "Nghị quyết về X và Chủ nhiệm Ủy
    ban báo cáo thẩm tra về nghị quyết này"): no title names its own document so; the title ends at the last comma
    or "và" before the words, and runs on when there is none.

    >>> t = "về xây dựng, chỉnh đốn Đảng, triển khai Nghị quyết này phải"
    >>> t[: _back_reference_cut(t.lower(), 0, len(t))]
    'về xây dựng, chỉnh đốn Đảng'
    """
    if k.find(" này", start, end) < 0 or (ref := _back_reference().search(k, start, end)) is None:
        return end
    joins = list(_CLAUSE_JOIN.finditer(k, start, ref.start()))
    return joins[-1].start() if joins else end


@lru_cache(maxsize=1)
def _next_item() -> re.Pattern[str]:
    """Inside a stated title, the start of the next item of the sentence's list (directive_words.tsv:
    item_after_comma, item_after_and, act_after_name: the caller checks the capital before "và"): "về dự án X,
    việc ban hành …", "về việc thành lập thị xã X và khai mạc …"."""
    w = _directive_words()
    return re.compile(rf"\s*,\s*(?:{w['item_after_comma']})\s|\s+và\s+(?:(?:{w['item_after_and']})"
                      rf"|(?P<act>{w['act_after_name']}))(?![\w])")


@lru_cache(maxsize=1)
def _listed_type_word() -> re.Pattern[str]:
    """A type word of a document (types.tsv's words) after "và", "hoặc" or a comma: the next one of a list."""
    return re.compile(rf"(?:,|\s(?:và|hoặc))\s+(?P<w>{_alt(list(tables().type_by_word))})(?![\w])")


def _next_named_document(k: str, text: str, start: int, end: int) -> int:
    """Where a title running from ``start`` to ``end`` ends before another document the sentence lists, named by
    its capitalised type word without a number ("vi phạm Quy định số 42 … về nhiệm vụ … của thường trực tỉnh uỷ,
    thành uỷ và Quy chế làm việc của Thành uỷ, đã …": the title ends at "thành uỷ"); ``end`` when there is none,
    or when the title itself names a document before it ("về sửa đổi Luật X và Luật Y" names both).

    >>> t = "về nhiệm vụ của thường trực tỉnh uỷ và Quy chế làm việc của Thành uỷ, đã ảnh hưởng"
    >>> t[: _next_named_document(t.lower(), t, 0, len(t))]
    'về nhiệm vụ của thường trực tỉnh uỷ'
    >>> t = "về sửa đổi Luật Đất đai và Luật Nhà ở"
    >>> _next_named_document(t.lower(), t, 0, len(t)) == len(t)
    True
    >>> t = "về ban hành Quy chế hoạt động của Ủy ban và Nghị quyết của Quốc hội về quy chế"
    >>> t[: _next_named_document(t.lower(), t, 0, len(t))]
    'về ban hành Quy chế hoạt động của Ủy ban'
    """
    for m in _listed_type_word().finditer(k, start, end):
        if not text[m.start("w")].isupper() and _lower_named_context()[1].match(k, m.end()):
            return m.start()  # "… và quy định của Ban Bí thư về …": a Party central body's, another (_lower_named)
        if text[m.start("w")].isupper():
            before = _type_word_in().search(k, start, m.start())
            if before is None or not text[before.start()].isupper() or _OWN_ISSUER.match(k, m.end()):
                return m.start()
            break
    return end


# After a listed type word, its own issuer: a document of its own even when the title names another one before it
# ("về ban hành Quy chế hoạt động của Ủy ban Thường vụ và Nghị quyết của Quốc hội về …": two resolutions).
_OWN_ISSUER = re.compile(r"\s+của\s")


@lru_cache(maxsize=1)
def _type_word_in() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alt(list(tables().type_by_word))})(?![\w])")


def _type_of(parse: SymbolParse | None, word_type: DocType | None) -> DocType | None:
    """The document type: the text's word wins over the abbreviation (QĐ for a Quy định; Quyết định for
    "Quyết định số 439-QĐNS/TW", the abbreviation's type kept as ``symbol_type``: reference §1.1, "prefer
    the type word in the text", and every gold set names such a document a Quyết định)."""
    abbr_type = parse.doc_type if parse else None
    if word_type is None:
        return abbr_type
    return word_type


def _sentence_end(sents: list[Span], pos: int, text_len: int) -> int:
    # Sentences are sorted and disjoint: bisect (a scan per directive is quadratic on long reports).
    i = bisect_right(sents, pos, key=_span_start) - 1
    if i >= 0 and sents[i].start <= pos < sents[i].end:
        return sents[i].end
    return text_len


def _sentence_start(sents: list[Span], pos: int) -> int:
    i = bisect_right(sents, pos, key=_span_start) - 1
    return sents[i].start if i >= 0 and sents[i].start <= pos < sents[i].end else 0


# "Quốc hội đã thông qua 3 luật: …", "QH thông qua 6 dự án luật là …": a count of laws passed, then their list.
_LAWS_PASSED = re.compile(
    r"(?<![\w])thông qua\s+(?P<n>(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:dự án\s+|đạo\s+)?"
    r"(?:bộ\s+)?luật)(?:\s*,?\s*(?:và\s+)?(?:\d{1,3}|hai|ba|bốn|năm)\s+(?:dự thảo\s+)?(?:nghị quyết|pháp lệnh))*"
    r"\s*(?::|,?\s*(?:gồm có|bao gồm|gồm|là)(?:\s*:)?)")
# In the list, a clause that is no longer about the laws passed ("…; cho ý kiến về dự án Luật …").


@lru_cache(maxsize=1)
def _list_left() -> re.Pattern[str]:
    """A clause of a list of laws passed that is no longer about them (directive_words.tsv: list_left)."""
    return re.compile(rf"(?<![\w])(?:{_directive_words()['list_left']})(?![\w])")


def _laws_passed_before(report: Report, lo: int, hi: int, start: int) -> list[re.Match[str]]:
    """``list(_LAWS_PASSED.finditer(report.key, lo, start))`` for ``start`` in the sentence [lo, hi), read from the
    sentence's matches found once (kept on the report) instead of a search from the sentence's start for every law
    (on a text with no sentence end, every law stepped through the whole text before it: hostile34).

    Exact: the matches of the whole sentence that end by ``start`` are the search's; only a match that runs over
    ``start`` could be read otherwise when cut there, and then the search is made as before."""
    k = report.key
    held: dict[tuple[int, int], tuple[list[re.Match[str]], list[int]]] = report.memo(
        "extract.directives.laws_passed", dict)
    if (found := held.get((lo, hi))) is None:
        ms = list(_LAWS_PASSED.finditer(k, lo, hi))
        found = held[(lo, hi)] = (ms, [m.start() for m in ms])
    ms, starts = found
    i = bisect_left(starts, start)
    if i and ms[i - 1].end() > start:
        return list(_LAWS_PASSED.finditer(k, lo, start))  # a match over the law's start: cut there, it may differ
    return ms[:i]


def _passed_in_list(report: Report, extraction: Extraction, sents: list[Span], start: int) -> OrgMention | None:
    """The body that passed the laws of a list the law at ``start`` is one of ("Quốc hội đã thông qua 3 luật:
    Luật Du lịch, Luật Khoáng sản …"): the subject of the count's verb (:func:`_subject_issuer`, so not "Quốc
    hội sẽ thông qua …", a law still to pass); None when a clause about other things comes between."""
    k = report.key
    lo = _sentence_start(sents, start)
    heads = _laws_passed_before(report, lo, _sentence_end(sents, start, len(k)), start)
    if not heads or _list_left().search(k, heads[-1].end(), start):
        return None
    head = heads[-1]
    return _subject_issuer(report, extraction, head.start("n"))


def _named_before(pattern: re.Pattern[str], text: str, k: str, lo: int, hi: int) -> re.Match[str] | None:
    """The law named right before its number; a comma inside the name only before a lower-case word ("Luật Phí,
    lệ phí (số …"), not before the next capitalised name of a list ("Luật Đất đai, Luật Nhà ở (số …": Luật Nhà ở)."""
    while (m := pattern.search(k, lo, hi)) is not None:
        if m.group("c") is None or text[m.start("c") + 1 :].lstrip()[:1].islower():
            return m
        lo = m.start("w") + 1
    return None


# A span's start: the key of the bisections over the sentences, a C callable (44,000 calls on the corpus)
_span_start = attrgetter("start")


@lru_cache(maxsize=1)
def _type_of_issuer_before() -> re.Pattern[str]:
    """Before a number in brackets, a type word and its issuer ("Tờ trình của Ban Tổ chức Trung ương (số …")."""
    t = tables()
    return re.compile(rf"(?<![\w])(?P<w>{_alt(list(t.type_by_word))})\s+của\s+(?P<iss>{_alt(list(t.issuer_by_alias))})"
                      r"\s*\(\s*số\s*$")


def _symbol_occurrences(report: Report, extraction: Extraction, sents: list[Span],
                        symbols: list[SymbolMatch]) -> list[_Occ]:
    p = _patterns()
    t = tables()
    k, text = report.key, report.text
    out: list[_Occ] = []
    for sm in symbols:
        parse = sm.parse
        start = sm.span.start
        word_type = None
        type_word = None
        if (m := p.type_before.search(k, max(0, start - 48), start)) is not None:
            word_type = t.type_by_word.get(m.group("w"))
            type_word = text[m.start("w") : m.end("w")]
            start = m.start("w")
        name = None
        bracket_issuer = None
        if word_type is None and (m := _type_of_issuer_before().search(k, max(0, start - 90), start)) is not None:
            # "Tờ trình của Ban Tổ chức Trung ương (số 374 - TTr / BTCTW, ngày …)": the type and issuer before the
            # bracketed number
            word_type = t.type_by_word.get(m.group("w"))
            type_word = text[m.start("w") : m.end("w")]
            bracket_issuer = Span(m.start("iss"), m.end("iss"))
            start = m.start("w")
        if word_type is None and (m := _named_before(p.named_before, text, k, max(0, start - 80), start)) is not None:
            # "Luật Tổ chức Quốc hội số 57/2014/QH13": the law's name is stated before its number.
            if text[m.start("w")].isupper() or text[m.start("n")].isupper():
                word_type = t.type_by_word.get(m.group("w"))
                type_word = text[m.start("w") : m.end("w")]
                name = text[m.start("w") : m.end("n")]
                start = m.start("w")
        dt = _type_of(parse, word_type)
        d = DirectiveMention(
            span=Span(start, sm.span.end), symbol=parse.symbol, written=text[start : sm.span.end],
            number=parse.number, doc_type=dt.id if dt else None, type_word=type_word,
            symbol_type=parse.doc_type.id if parse.type_abbr and parse.doc_type else None,
            issuer_code=parse.issuer_code, system=parse.system, term=parse.term, year=parse.year, name=name,
        )
        occ = _Occ(Span(start, sm.span.end), sm.span.end, sm.span.end, d, parse)
        before = p.issuer_before.search(k, max(0, start - 80), start)
        if bracket_issuer is not None:
            d.issuer = _issuer_mention(report, extraction, bracket_issuer,
                                       t.issuer_by_alias.get(k[bracket_issuer.start : bracket_issuer.end]))
        elif before is not None:
            span = Span(before.start("iss"), before.end("iss"))
            d.issuer = _issuer_mention(report, extraction, span, t.issuer_by_alias.get(before.group("iss")))
            occ.before_issuer = True
        elif (subject := _subject_issuer(report, extraction, start)) is not None \
                and not _code_of_another(subject, parse.issuer_code):
            d.issuer = subject
            occ.before_issuer = occ.subject_issuer = True
        out.append(occ)
    for occ, nxt in zip(out, [*out[1:], None], strict=False):
        _read_tail(report, extraction, occ, _sentence_end(sents, occ.core_end, len(text)),
                   nxt.span.start if nxt is not None else None)
        if (code := _code_after_date(report, occ)) is not None:
            # "Quyết định số 807 ngày 2/4/2004/QĐUB của UBND thành phố": the issuer's code after the date; then
            # what follows it (the issuer)
            _read_tail(report, extraction, code, _sentence_end(sents, code.core_end, len(text)),
                       nxt.span.start if nxt is not None else None)
        if occ.mention.issuer is None and (acting := _acting_issuer(report, extraction, occ)) is not None \
                and not _code_of_another(acting, parse_code(occ)):
            occ.mention.issuer = acting
        if occ.subject_issuer and _OF_ANOTHER.match(k, occ.tail_end):
            # "HĐND thông qua tờ trình số 5054 ngày 4/7 của Chủ tịch UBND TP": the document is of another
            occ.mention.issuer, occ.before_issuer, occ.subject_issuer = None, False, False
    return out


_CODE_AFTER_DATE = re.compile(r"[ \t]*/[ \t]*(?P<c>[A-ZĐ][A-ZĐ0-9]{1,11}(?:-[A-ZĐ][A-ZĐ0-9]{0,11})?)(?![\w/])")


def _code_after_date(report: Report, occ: _Occ) -> _Occ | None:
    """A bare number whose date is followed by "/" and a code in capitals ("số 807 ngày 2/4/2004/QĐUB"): the
    writer put the date inside the symbol, which is the number and the code ("807/QĐUB"); ``occ`` made that
    document (its symbol, code, span), ready for the tail after the code; None otherwise."""
    d = occ.mention
    if occ.parse is None or occ.parse.issuer_code or d.date_issued is None or occ.title_span is not None:
        return None
    m = _CODE_AFTER_DATE.match(report.text, occ.tail_end)
    if m is None:
        return None
    # the code run together ("QĐUB": a type and an issuer unseparated) is kept as written, the issuer's code
    symbol = f"{occ.parse.number}/{m.group('c')}"
    parse = parse_symbol(symbol) or SymbolParse(
        symbol=symbol, canonical=symbol, number=occ.parse.number, type_abbr=None, doc_type=occ.parse.doc_type,
        issuer_code=m.group("c"), system="state", year=d.date_issued.year)
    occ.parse = parse
    d.symbol, d.issuer_code, d.system = parse.symbol, parse.issuer_code, parse.system
    d.symbol_type = parse.doc_type.id if parse.type_abbr and parse.doc_type else None
    occ.core_end = occ.tail_end = m.end()
    occ.span = d.span = Span(occ.span.start, m.end())
    d.written = report.text[occ.span.start : m.end()]
    return occ


def parse_code(occ: _Occ) -> str:
    return occ.parse.issuer_code if occ.parse is not None else ""


_OF_ANOTHER = re.compile(r"\s*,?\s*(?:của|do)\s")


def _code_of_another(issuer: OrgMention, code: str) -> bool:
    """The symbol's issuer code names another body than ``issuer`` ("Chủ tịch Quốc hội … đã ký ban hành Nghị
    quyết số 85/NQ-HĐBCQG": the electoral council's): only for a body whose codes issuers.tsv lists."""
    t = tables()
    iss = t.issuer_by_alias.get(text_key(issuer.written)) or t.issuer_by_alias.get(text_key(issuer.name))
    if not code or iss is None or not iss.codes:
        return False
    if "UBND" in iss.codes and code.startswith("UB"):
        return False  # older provincial symbols write the committee "UB", "UBT" ("318/QĐ-UB")
    return not any(c in code for c in iss.codes)


# a list item's number before it, glued to the last word of the item before in some sources ("… xã hội2. Luật …")
# a list's number, glued to the item before in some sources ("Luật nhà ở6. …", "Luật X (sửa đổi)2. Luật hối phiếu")
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|\s|(?<=[^\W\d_])|(?<=\)))\d{1,2}\.\s*$")
_PASSED_AFTER = re.compile(r"\s+(?:mà|được|do|vừa được|đã được)\s+(?:quốc hội|qh)(?![\w])")


def _lower_law_opening(k: str, text: str, start: int, kept: list[re.Match[str]], base: int) -> bool:
    """A law's name in lower case opening a sentence names it when a word of the name is a body's, in capitals
    ("Luật tổ chức Quốc hội quy định …"), when it is an item of a numbered list ("1. Luật bảo hiểm xã hội2. …"), or
    when the Assembly passed it ("Luật đấu thầu mà Quốc hội thông qua …"); "Luật chưa …", "Luật có 6 Chương" are
    prose."""
    if any(w.group(0)[0].isupper() for w in kept[1:]):
        return True
    if _LIST_NUMBER_BEFORE.search(k, max(0, start - 6), start):
        return True
    return _PASSED_AFTER.match(k, base + kept[-1].end()) is not None


@lru_cache(maxsize=1)
def _law_name_joins() -> frozenset[tuple[str, str]]:
    """The words on either side of the comma (or the dash) of each phrase of ``law_name_joins.tsv``: ("nại", "tố")
    for "khiếu nại, tố cáo", ("chính", "kinh") for "hành chính - kinh tế"; for a phrase with "và", the word before
    it and the words after it, whole: ("nhân", "gia đình") for "hôn nhân và gia đình", ("dân", "ủy ban nhân dân") for
    "hội đồng nhân dân và ủy ban nhân dân"."""
    out = set()
    for (phrase,) in read_rows("law_name_joins.tsv", 1):
        key = text_key(phrase)
        if (m := re.search(r",|\svà\s|\s-\s", key)) is None:
            continue
        before, after = key[: m.start()].split(), key[m.end() :].split()
        if before and after:
            out.add((before[-1], " ".join(after) if m.group(0).strip() == "và" else after[0]))
    return frozenset(out)


def _joined_after_and(before: str, after: list[str]) -> int:
    """How many of the words ``after`` a law name's "và" belong to its name with it (0 when the "và" ends the
    name): the phrase of law_name_joins.tsv whose word before "và" is ``before``, the longest that fits."""
    return max((len(a.split()) for b, a in _law_name_joins()
                if b == before and " ".join(after[: len(a.split())]) == a), default=0)


def _named_occurrences(report: Report, extraction: Extraction, sents: list[Span],
                       symbols: list[SymbolMatch]) -> list[_Occ]:
    """Documents named without a symbol, when the name is distinctive."""
    p = _patterns()
    t = tables()
    k, text = report.key, report.text
    sym_starts = [s.span.start for s in symbols]
    out: list[_Occ] = []
    amending: list[int] = []
    for m in anchored(p.named, k, _written_starts(k, _NAMED_STARTS, word_start=True, found=_word_starts(report))):
        if not text[m.start()].isupper() and not (m.group("hp")
                                                  and _the_constitution_lower(report, m.start(), m.end())) \
                and not _congress_capitalised(text, m) and not _lower_named(k, m) and not m.group("quoted") \
                and not (m.group("law") and (text[m.start("lawname")].isupper()
                                             or (_lower_law_name().match(k, m.start("lawname"))
                                                 and not _FIELD_BEFORE.search(k, max(0, m.start() - 4), m.start())))):
            # (a lower-case "luật" before its name in capitals names the law: "theo bộ luật Hình sự", "luật Tổ chức
            # chính quyền địa phương"; so before a known law's name in lower case: "luật kiểm toán", law_names.tsv)
            continue  # "luật" in prose is the law in general; "hiến pháp" is the Constitution (_the_constitution_lower)
        limit = _sentence_end(sents, m.start(), len(text))
        name: str | None = None
        title: str | None = None
        term: int | None = None
        list_item = False
        core_end = m.end()
        if m.group("nqlocal"):
            if (core_end := _local_party_body(k, text, m.end())) is None:
                continue  # "nghị quyết Đại hội Đảng bộ các cấp": no one committee's
            dt = t.type_by_id["NQ"]
            name = re.sub(r"^(\S+\s+\S+)\s+của\s+", r"\1 ", text[m.start() : core_end])
        elif m.group("nqtw") or m.group("nqdh") or m.group("nqln") or m.group("nqbody"):
            if m.group("tw") == "tư" and text[m.start("tw") : m.end("tw")] != "TƯ":
                continue  # "tư" in lower case is "four" or "private", not the Centre
            dt = t.type_by_id["NQ"]
            # "nghị quyết của Hội nghị Trung ương 4": named without the "của" ("Nghị quyết Hội nghị Trung ương 4")
            name = re.sub(r"^(\S+\s+\S+)\s+của\s+", r"\1 ", text[m.start() : m.end()])
            if name.count("(") > name.count(")"):  # "Nghị quyết Trung ương 4 (Khóa XI, XII)": the bracket runs on
                name = re.sub(r"\s*\(\s*", " ", name)
        elif m.group("law") and (am := _amending().match(k, m.start("lawname"))) is not None:
            # "Luật sửa đổi, bổ sung một số điều của Luật X": the amending law, named by the laws it amends (read
            # below, once they are found: _amending_laws)
            dt = t.type_by_word.get(text_key(text[m.start() : m.start("lawname")].strip())) or t.type_by_id["LUAT"]
            core_end = am.end()
            name, title = text[m.start() : core_end].rstrip(), None
            amending.append(m.start())
        elif m.group("law"):
            if _school_before().search(k, max(0, m.start() - 16), m.start()):
                continue  # "sinh viên ĐH Luật Hà Nội", "Đại học Luật khoa": a school, not a law; "Pháp Luật TP.HCM"
            base = m.start("lawname")
            name_m = _LAW_NAME.match(k, base)
            name_end = name_m.end() if name_m else base
            whole = _whole_law_name().match(k, base)  # "Luật Ban hành văn bản quy phạm pháp luật"
            if whole is not None:
                name_end = max(name_end, whole.end())  # a whole name may be longer than _LAW_NAME's words
            kept: list[re.Match[str]] = []
            words = list(re.finditer(r"[\w/]+", text[base:name_end]))
            cap, skip_to = 7, 0
            for i, w in enumerate(words):
                if whole is not None:
                    if base + w.start() >= whole.end():
                        break
                    kept.append(w)
                    continue
                wk = text_key(w.group(0))
                # "Luật Hôn nhân và gia đình", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa": a "và" of the name's own
                # phrase (law_name_joins.tsv); "Luật Nhà ở và Nghị định …", "Luật Báo chí và công tác …" end at it
                if wk == "và" and kept and len(kept) < cap and (joined := _joined_after_and(
                        text_key(kept[-1].group(0)), [text_key(x.group(0)) for x in words[i + 1 : i + 5]])):
                    kept.extend(words[i : i + 1 + joined])
                    skip_to, cap = i + 1 + joined, max(cap, 9)
                    continue
                if i < skip_to:
                    continue
                if (i == 0 and wk in _law_words()["not_a_law"]) or wk in _law_words()["ends"] or len(kept) >= cap:
                    break
                # "… dự án Luật Cảnh vệ Chiều nay, 6-6, …": a caption run into the next sentence
                if i > 0 and w.group(0)[0].isupper() and _opens_sentence(wk, words[i + 1 : i + 2]):
                    break
                # "Luật Đất đai quy định …" ends at the verb; "Luật Quy hoạch đô thị", "Luật Giám định tư pháp" do not
                if wk in ("quy", "qui") and k.startswith(f"{wk} định", base + w.start()):
                    break
                sep = text[base + kept[-1].end() : base + w.start()] if kept else ""
                # "Phòng, chống", "Khiếu nại, tố cáo" are one name; "Đất đai, Luật …" is two
                if "," in sep and wk != "chống" and (text_key(kept[-1].group(0)), wk) not in _law_name_joins():
                    break
                # "Luật Đơn vị hành chính - kinh tế đặc biệt" is one name; "Luật X - được Quốc hội thông qua" ends
                if ("-" in sep or "–" in sep) and (text_key(kept[-1].group(0)), wk) not in _law_name_joins():
                    break
                if sep.strip() and (text_key(kept[-1].group(0)), wk) in _law_name_joins() \
                        and not ("," in sep and wk == "chống"):  # a comma's "chống" continues any name, as before
                    # a name of two phrases joined is longer ("Luật Đơn vị hành chính - kinh tế đặc biệt"), of three
                    # longer still ("Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ")
                    cap = 9 if cap < 9 else 12
                if w.group(0).isdigit():  # "Luật Giáo dục 2019": the year is not part of the name
                    break
                kept.append(w)
            if kept and len(kept) < len(words) and text_key(kept[-1].group(0)) == "việt" \
                    and text_key(words[len(kept)].group(0)) == "nam" and words[len(kept) - 1] is kept[-1]:
                kept.append(words[len(kept)])  # "Pháp lệnh lực lượng Cảnh sát nhân dân Việt Nam": no cap mid-name
            sentence_start = m.start() in {s.start for s in sents}
            if kept and sentence_start and kept[0].group(0)[0].islower() \
                    and not _lower_law_opening(k, text, m.start(), kept, base):
                continue  # "Luật chưa …" is prose
            if not kept:
                continue
            # List numbers glued to the last word in some sources ("Luật nhà ở6", "Luật khiếu nại, tố cáo14").
            core_end = base + kept[-1].end()
            if (glued := re.search(r"(?<=[^\W\d_])\d{1,2}$", text[base:core_end])) is not None:
                core_end = base + glued.start()
            elif (revised := _revised().match(k, core_end)) is not None:
                core_end = revised.end()  # "Luật Giáo dục (sửa đổi)": the new law, not the one it replaces
            head = text_key(text[m.start() : m.start("lawname")].strip())
            dt = t.type_by_word.get(head) or t.type_by_id["LUAT"]
            name = text[m.start() : core_end]
            title = text[base:core_end]
        elif m.group("code"):
            if _CODES_BEFORE.search(k, max(0, m.start() - 12), m.start()):
                continue  # "2 bộ Quy tắc ứng xử của Thành phố", "các quy tắc ứng xử …": several codes, none named
            dt = t.type_by_id["QTac"]
            core_end = _code_name_end(k, text, m.end(), limit)
            name = text[m.start() : core_end]
            title = text[m.start("code") + len(m.group("code")) - len("ứng xử") : core_end]
        elif m.group("elect"):
            dt = t.type_by_id["QC"]
            name = text[m.start() : m.end()]
            title = text[m.start() + len("quy chế ") : m.end()]
        elif m.group("hp"):
            dt = t.type_by_id["HP"]
            name = dt.vi + text[m.start() + len(dt.vi) : m.end()]  # "hiến pháp" in prose is "Hiến pháp" too
        else:
            # a sentence-initial capital says nothing, but the act after "Nghị quyết" does ("Nghị quyết miễn nhiệm
            # ông A được thông qua …")
            # an item of a numbered list opens with one too, and names a document when its subject says which year's
            # ("14. Luật đấu thầu15. Nghị quyết về chương trình xây dựng luật, pháp lệnh năm 2006"; "14. Nghị quyết
            # về dự toán." names none): _YEAR_SUBJECT below
            if m.start() in {s.start for s in sents} and not m.group("act"):
                if not _LIST_NUMBER_BEFORE.search(k, max(0, m.start() - 6), m.start()):
                    continue
                list_item = True
            plan = m.group("plan") or m.group("act") or m.group("notice") or m.group("rules") \
                or (m.group("aw") or m.group("qw") or "") in _PLAN_TYPES
            if m.group("rules") and _FIELD_BEFORE.search(k, max(0, m.start() - 4), m.start()):
                continue  # "Hiệp định về Quy chế quản lý biên giới …", "Nghị định về Quy chế tài chính …": the subject
            if (plan or _is_notice(m)) and _PLANS_BEFORE.search(k, max(0, m.start() - 10), m.start()):
                continue  # "các đề án phát triển …", "một số Đề án về …": several plans, none named
            if (m.group("pw") or m.group("aw")) == "báo cáo" and _DRAFT_BEFORE.search(k, max(0, m.start() - 12),
                                                                                     m.start()):
                continue  # "Dự thảo Báo cáo tổng kết …", "Đề cương Báo cáo …": a report being written, none yet
            dt = t.type_by_word[_plan_type_word(m.group("aw") or m.group("qw") or m.group("pw") or m.group("acw")
                                                or m.group("nw") or m.group("rw") or m.group("dw"))]
            core_end = (m.end("new") if m.group("new") else m.end("aw") if m.group("aw")
                        else m.end("pw") if m.group("plan") else m.end("acw") if m.group("act")
                        else m.end("nw") if m.group("notice") else m.end("rw") if m.group("rules")
                        else m.end("dw") if m.group("decree") else m.end())
        # A symbol right after ("Nghị quyết Trung ương 4 số 18-NQ/TW") is handled by the symbol path; not one of the
        # list's next document ("Nghị quyết Trung ương 4 (khóa XII), Chỉ thị 05 của Bộ Chính trị")
        if any(m.start() <= s <= core_end + 12 and not _LIST_GAP.search(k, core_end, s) for s in sym_starts):
            continue
        # the type word as written: "Bộ luật" of "Bộ luật Hình sự" is longer than its type's label "Luật"
        type_end = m.start("lawname") if m.group("law") else (
            m.end("code") - len("ứng xử") - 1 if m.group("code") else m.start() + len(dt.vi))
        d = DirectiveMention(span=Span(m.start(), core_end), symbol=None, written=text[m.start() : core_end],
                             doc_type=dt.id, type_word=text[m.start() : type_end].rstrip(),
                             system=dt.system if dt.system != "both" else "state", name=name, title=title)
        if m.group("nqlocal"):
            # "Đảng bộ TP", "Đảng bộ tỉnh", a last congress not numbered: which committee's and which congress, only
            # the report knows
            d.identity = f"{name}|report {report.id}"
        if (tm := p.term_any.search(k, m.start(), min(core_end + 3, len(k)))) is not None:
            term = _roman_or_int(text[tm.start("t") : tm.end("t")], tm.group("t"))
            d.term = term
        occ = _Occ(Span(m.start(), core_end), core_end, core_end, d)
        if (subject := _subject_issuer(report, extraction, m.start())) is not None:
            d.issuer = subject  # "Quốc hội đã thông qua Luật Đầu tư"
            occ.before_issuer = occ.subject_issuer = True
        elif dt.id == "LUAT" and (subject := _passed_in_list(report, extraction, sents, m.start())) is not None:
            d.issuer = subject  # "Quốc hội đã thông qua 3 luật: Luật Du lịch, …"
            occ.before_issuer = occ.subject_issuer = True
        _read_tail(report, extraction, occ, limit, opener=_plan_opener() if m.group("plan")
                   else _act_opener() if m.group("act") else _notice_opener() if m.group("notice")
                   else _rules_opener() if m.group("rules") else _decree_opener() if m.group("decree") else None)
        if d.title and name is None and plan:
            d.title = _plan_title(k, text, occ)
            if d.title and m.group("plan") and not text[m.start()].isupper():
                # a lower-case plan's subject ends at a comma ("xây dựng đề án cải cách tiền lương, từ năm 1993 …"), and
                # at a predicate in prose (_lower_plan_end)
                cut = d.title.split(",")[0].rstrip()
                _cut_title(occ, cut[: stop.start()] if (stop := _lower_plan_end().search(cut)) is not None else cut)
                if len(d.title.split()) < 3:
                    continue
        if d.title and m.group("rules"):
            if _cut_title(occ, _rules_title(d.title)) is None:
                continue
        if m.group("decree"):
            if d.title is None or _cut_title(occ, _decree_title(d.title)) is None:
                continue
        if d.title and _is_notice(m):
            if _NUMBERED_CONCLUSION.match(text_key(d.title)):
                continue  # "Thông báo Kết luận số 50-TB/TW": the numbered document, read by the symbol path
            if _BARE_CONCLUSION.fullmatch(text_key(_cut_title(occ, _notice_title(d.title)))):
                continue  # "thông báo kết luận của Bộ Chính trị": whose, but not of what; no name
        if d.title and (m.group("aw") or "") == "tờ trình" and (person := _PERSON_THEN_CLAUSE.search(d.title)):
            # "tờ trình của Bộ Chính trị về thi hành kỷ luật ông A, Ủy viên …, nguyên …", "… ông A và nhận thấy …":
            # a submission about a person ends at the name
            _cut_title(occ, d.title[: person.end()])
        if d.title and m.group("new") and (purpose := re.search(r"\s(?:để|nhằm)\s", d.title)):
            # "ban hành Nghị quyết mới về X để từng bước …": why the new one is made, no word of its subject
            _cut_title(occ, d.title[: purpose.start()])
        if list_item and not _YEAR_SUBJECT.search(d.title or ""):
            continue
        if d.title and m.group("act"):
            if _cut_title(occ, _act_title(d.title)) is None:
                continue
        if m.group("hp") and not text[m.start()].isupper():
            d.title = None  # "trái hiến pháp “…”": a quote after the prose "hiến pháp" is another document's words
        if term is not None:
            d.term = term  # "Nghị quyết Trung ương 4 khóa XI, khóa XII": the name's own term, not the list's next
        if m.group("code"):
            d.title = title  # "“Quy tắc ứng xử …” và “…”": what follows the name is no title of it
        if occ.subject_issuer and _OF_ANOTHER.match(k, occ.tail_end):
            d.issuer, occ.before_issuer, occ.subject_issuer = None, False, False
        if name is None:
            if not d.title or (m.group("of") is not None
                               and (d.issuer is None or not text_key(d.title).startswith("về")
                                    or _MANY_BEFORE.search(k, max(0, m.start() - 8), m.start()))):
                # "Nghị quyết của X" names a document only with its issuer and then its subject; "các Nghị quyết của
                # Hội nghị … về X" are several, none named
                continue
            if m.group("quoted") and (occ.title_span is None or text[occ.title_span.start - 1] not in "\"“"
                                      or not text[occ.title_span.start:].lstrip(" ")[:1].isupper()):
                # only a quote right after the type word, opening with a capital (a space inside the mark allowed:
                # "đề án \" Tập trung …\""), names it (not its words)
                continue
            head_end = (m.end("aw") if m.group("aw") else m.end("pw") if m.group("plan")
                        else m.end("acw") if m.group("act") else m.end("nw") if m.group("notice")
                        else m.end("rw") if m.group("rules") else m.end("dw") if m.group("decree") else m.end("qw"))
            d.name = f"{text[m.start() : head_end]} {d.title}"
            occ.span = Span(m.start(), occ.tail_end)
        if d.name and (m.group("nqtw") or m.group("nqdh") or m.group("nqln") or m.group("nqlocal")
                       or (m.group("nqbody") and "đảng" in m.group("nqbody"))):
            d.system = "party"
        out.append(occ)
        if d.term is not None and (m.group("nqtw") or m.group("nqln")):
            further = _further_terms(text, k, occ)
            out.extend(further)
            if further and d.title is None:
                _bracketed_terms_title(report, extraction, [occ, *further], limit)
            for o in further:  # "Nghị quyết Trung ương 4 khóa XI, khóa XII về X": one subject, both resolutions'
                o.mention.title = o.mention.title or d.title
        if m.group("nqdh") or m.group("nqbody"):
            out.extend(_second_congress(text, k, occ, sym_starts))
    if amending:
        out = _amending_laws(report, extraction, sents, out, set(amending))
    return _numbered_congress_kept(out)


def _cut_title(occ: _Occ, title: str | None) -> str | None:
    """Give the document its title cut shorter by a title rule, and end the occurrence's written tail where
    the title now ends (when the title was read from the text); the new title, None when the rule left none."""
    occ.mention.title = title
    if title is not None and occ.title_span is not None:
        occ.tail_end = occ.title_span.start + len(title)
    return title


# A list of resolutions a body passes, named by their subjects one after another between semicolons, the type word
# written once before the first: "HĐND thông qua 5 nghị quyết về A; B; C; D; E", "các nghị quyết A; B; C cũng đã được
# thông qua" (_listed_resolutions)
_RESOLUTION = "nghị quyết"
_RESOLUTIONS_COUNTED = re.compile(rf"(?<![\w])(?P<n>các|\d{{1,2}}|{'|'.join(cardinal_words())})\s+$")
_PASSED_BEFORE = re.compile(r"(?<![\w])(?:thông qua|ban hành)(?![\w])")
# after the last subject, the list's being passed ("… cũng đã được thông qua") or the sentence's end ("….Ngoài ra",
# a full stop glued to the next sentence in some sources)
_LIST_PASSED = re.compile(r"\s+(?:cũng\s+|đều\s+)?(?:đã\s+|sẽ\s+)?(?:được\s+)?(?:biểu quyết\s+)?thông qua(?![\w])")
_LIST_OPENING = re.compile(r"\s*(?:về\s*:\s*|:\s*)?")
_LIST_PIECE_WORDS = (2, 30)  # words of one resolution's subject, at least and at most
# in an item, a word of a clause's predicate: the item is the sentence's next clause, not a subject ("thông qua các
# nghị quyết quan trọng; các đại biểu cũng đã chất vấn …")
_ITEM_PREDICATE = re.compile(r"(?<![\w])(?:đã|sẽ|đang|cũng|vẫn)(?![\w])")


@lru_cache(maxsize=1)
def _list_own_type() -> re.Pattern[str]:
    """A type word that opens an item of a resolutions' list as a document of its own (list_own_type)."""
    return re.compile(rf"(?:{_directive_words()['list_own_type']})(?![\w])")


def _listed_resolutions(report: Report, extraction: Extraction, sents: list[Span], named: list[_Occ]) -> list[_Occ]:
    """Resolutions a body passes in one list (:data:`_RESOLUTIONS_COUNTED`: "các" or a number before "nghị quyết"; a
    verb that passes them before it, or "… được thông qua" after the list), named by the subjects written between
    semicolons after the type word: one resolution each, typed and named "nghị quyết" and its subject, as the list
    gives the type word once for all. Only a list of two or more subjects, as many as the number says when one is
    written, none opening with a type word (a list of laws and resolutions is read by their own type words); the first
    subject is skipped where the named reader already found it ("5 Nghị quyết về A; …")."""
    k, text = report.key, report.text
    t = tables()
    dt = t.type_by_id["NQ"]
    taken = {o.span.start for o in named}
    out: list[_Occ] = []
    for start in _written_starts(k, (_RESOLUTION,), word_start=True, found=_word_starts(report)):
        if (counted := _RESOLUTIONS_COUNTED.search(k, max(0, start - 8), start)) is None:
            continue
        limit = _sentence_end(sents, start, len(text))
        head_end = start + len(_RESOLUTION)
        if ";" not in k[head_end:limit]:
            continue
        issuer: OrgMention | None = None
        pos = head_end
        if (of := _patterns().issuer_tail.match(k, pos, limit)) is not None:
            issuer = _issuer_mention(report, extraction, Span(of.start("iss"), of.end("iss")),
                                     t.issuer_by_alias.get(of.group("iss")))
            pos = of.end()
        pos = _LIST_OPENING.match(k, pos, limit).end()  # type: ignore[union-attr]  # matches the empty string
        if pos == head_end or not k[pos].isalpha():
            continue  # "các nghị quyết, quyết định chỉ định …": a list of kinds of documents, no subject
        if (stop := _LIST_PASSED.search(k, pos, limit)) is not None:
            end, passed = stop.start(), True
        else:
            end, passed = limit, False
        if (dot := k.find(".", pos, end)) >= 0 and dot + 1 < len(k) and k[dot + 1].isalpha() \
                and text[dot + 1].isupper():
            end = dot  # "… Quy chế Hội thẩm nhân dân.Ngoài ra": the next sentence glued on
        if not passed and not _PASSED_BEFORE.search(k, max(0, counted.start() - 40), counted.start()):
            continue
        pieces: list[tuple[int, int]] = []
        at = pos
        for chunk in k[pos:end].split(";"):
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip().rstrip(" ,.:")
            pieces.append((at + lead, at + lead + len(body)))
            at += len(chunk) + 1
        words = [len(text[a:b].split()) for a, b in pieces]
        if len(pieces) < 2 or not all(_LIST_PIECE_WORDS[0] <= w <= _LIST_PIECE_WORDS[1] for w in words):
            continue
        if any(_list_own_type().match(k, a) or _ITEM_PREDICATE.search(k, a, b) for a, b in pieces):
            continue  # "… 2 nghị quyết gồm: Luật phá sản; …", "…; nghị quyết về …": each has its own type word
        n = counted.group("n")
        count = int(n) if n.isdigit() else cardinal_to_int(n)
        if count is not None and count != len(pieces):
            continue
        type_word = text[start:head_end]
        for i, (a, b) in enumerate(pieces):
            if i == 0 and start in taken:
                continue
            title = text[a:b]
            span = Span(start if i == 0 else a, b)
            d = DirectiveMention(span=span, symbol=None, written=text[span.start : span.end], doc_type=dt.id,
                                 type_word=type_word, system=dt.system if dt.system != "both" else "state",
                                 name=f"{type_word} {title}", title=title, issuer=issuer)
            occ = _Occ(span, b, b, d)
            occ.title_span = Span(a, b)
            out.append(occ)
    return out


_LOCAL_CONGRESS = re.compile(r"(?<![\w])đại hội\s+(?:đại biểu\s+)?đảng bộ(?![\w])")
_CONGRESS_NUMBER = re.compile(r"\s+(?:lần|khoá|nhiệm kỳ)(?![\w])")


def _numbered_congress_kept(occs: list[_Occ]) -> list[_Occ]:
    """Without a congress's resolution named by the committee alone ("Nghị quyết Đại hội Đảng bộ quận") when the report
    names that congress by its number too ("Nghị quyết Đại hội Đảng bộ quận lần thứ I"): one document, the numbered.

    >>> def occ(name): return _Occ(Span(0, 1), 1, 1, DirectiveMention(span=Span(0, 1), symbol=None, name=name))
    >>> [o.mention.name for o in _numbered_congress_kept([occ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 13"),
    ...                                                   occ("Nghị quyết Đại hội Đảng bộ tỉnh")])]
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 13']
    """
    # (each name keyed once; the regex only on a name that holds "đảng bộ", the rare congress's)
    keyed = [(o, text_key(o.mention.name) if o.mention.name else None) for o in occs]
    names = [n for _o, n in keyed if n is not None]
    kept = [(o, key) for o, key in keyed if key is None or "đảng bộ" not in key or not _LOCAL_CONGRESS.search(key)
            or not any(n.startswith(key) and _CONGRESS_NUMBER.match(n, len(key)) for n in names)]
    # "Dự luật kiểm toán sẽ được …" beside "Luật kiểm toán Nhà nước": a law's name in lower case (law_names.tsv) that
    # starts a longer law name the report writes with its capital is that law, shortened (not "luật đầu tư" beside
    # "luật đầu tư nước ngoài", two laws both in passing)
    lower = [key is not None and o.mention.doc_type == "LUAT" and o.mention.name[:1].islower() for o, key in kept]
    if not any(lower):
        return [o for o, _key in kept]
    laws = [key for o, key in kept if key is not None and o.mention.doc_type == "LUAT" and o.mention.name[:1].isupper()]
    return [o for (o, key), low in zip(kept, lower, strict=True)
            if not (low and any(n.startswith(f"{key} ") for n in laws))]


_YEAR_SUBJECT = re.compile(r"(?<![\w])năm\s+(?:19|20)\d\d(?![\w])")  # "… pháp lệnh năm 2006": which year's
_CODES_BEFORE = re.compile(r"(?<![\w])(?:\d+|hai|ba|các|những|mọi)\s+(?:bộ\s+)?$")
_CODE_CAP = 20  # words of a code's name at most


def _code_name_end(k: str, text: str, pos: int, limit: int) -> int:
    """Where a code of conduct's name ends after "Quy tắc ứng xử": at a mark but a comma before a lower-case word
    (a list of whose conduct: "của cán bộ, công chức, viên chức, người lao động …"), at "và" before a capital (the
    next item: "… thuộc thành phố và Quy tắc …"), or at a verb; at most _CODE_CAP words."""
    end = pos
    for w in re.finditer(r"(?P<sep>[^\w]*)(?P<w>\w+)", text[pos:limit]):
        sep = w.group("sep")
        if sep.strip() not in ("", ",") or (sep.strip() == "," and not w.group("w")[0].islower()):
            break
        word = text_key(w.group("w"))
        if sep.strip() == "" and word in ("và", "để", "nhằm", "được", "đã", "sẽ", "là", "có"):
            if word != "và" or not text[pos + w.start("w") + 3 :].lstrip()[:1].islower():
                break
        end = pos + w.end("w")
        if len(text[pos:end].split()) >= _CODE_CAP:
            break
    return end


# between a document and a symbol, a mark or word that makes the symbol the next item of a list
_LIST_GAP = re.compile(r"[,;]|\svà\s")


@lru_cache(maxsize=1)
def _local_level() -> re.Pattern[str]:
    """After "Đảng bộ", the level word of a local Party committee (directive_words.tsv: party_unit_level)."""
    return re.compile(rf"[ \t]+(?:{_directive_words()['party_unit_level']})(?![\w])")



# "Đảng bộ TP.HCM", "Đảng bộ TP. Cần Thơ" (line_split_abbreviations.tsv: the dot of "TP." ends no sentence)
_GLUED_PLACE = re.compile(r"\.(?=[^\W\d_])[\w.]*|\.(?=[ \t]+[^\W\d_])")
_CAPITAL_WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w.]*)")
_LOCAL_TERM = re.compile(rf"(?:\s+lần\s+(?:thứ\s+)?{_ORDINAL})?"
                         r"(?:\s*,?\s*\(?khoá\s+(?:[ivxl]{1,6}|\d{1,2})\)?(?![\w]))?")


def _local_party_body(k: str, text: str, pos: int) -> int | None:
    """Where the local Party committee named after "Đảng bộ" at ``pos`` ends: its level word ("tỉnh", "TP", "quận")
    and the capitalised words of its place ("Đảng bộ tỉnh Quảng Ninh", "Đảng bộ TP.HCM"), then a term ("(khóa VII)");
    None when neither is written ("Đảng bộ các cấp", "Đảng bộ cơ sở": no one committee).

    >>> t = "nghị quyết Đại hội Đảng bộ TP đi vào cuộc sống"
    >>> t[: _local_party_body(text_key(t), t, len("nghị quyết Đại hội Đảng bộ"))]
    'nghị quyết Đại hội Đảng bộ TP'
    >>> t = "nghị quyết hội nghị lần 20 Ban chấp hành Đảng bộ tỉnh Long An (khóa IX) về"
    >>> t[: _local_party_body(text_key(t), t, len("nghị quyết hội nghị lần 20 Ban chấp hành Đảng bộ"))]
    'nghị quyết hội nghị lần 20 Ban chấp hành Đảng bộ tỉnh Long An (khóa IX)'
    """
    end = pos
    if (lv := _local_level().match(k, end)) is not None:
        end = lv.end()
        if (glued := _GLUED_PLACE.match(text, end)) is not None:
            end = glued.end()  # "Đảng bộ TP.HCM"
    for _ in range(4):
        if (w := _CAPITAL_WORD.match(text, end)) is None or not w.group("w")[0].isupper():
            break
        end = w.end()
    if end == pos:
        return None
    end = end - 1 if text[end - 1] == "." else end  # "Đảng bộ tỉnh." ends the sentence
    if (tm := _LOCAL_TERM.match(k, end)) is not None:
        end = tm.end()  # "… Đảng bộ TP. Cần Thơ lần thứ 13", "… Đảng bộ tỉnh (khóa IX)"
    return end


def _congress_capitalised(text: str, m: re.Match[str]) -> bool:
    """"thực hiện nghị quyết Đại hội Đảng bộ TP lần thứ X": a congress's or conference's resolution with "nghị
    quyết" in lower case names it when the meeting's word after it has its capital (the meeting, numbered, is one;
    the prose "nghị quyết đại hội" in lower case is the congress's resolutions in general); so a Central
    Committee plenum's, numbered ("các nghị quyết của Hội nghị Trung ương 4", "nghị quyết Trung ương 4 khoá 11")."""
    if not (m.group("nqdh") or m.group("nqbody") or m.group("nqtw") or m.group("nqln") or m.group("nqlocal")):
        return False
    meeting = re.match(r"nghị quyết\s+(?:của\s+)?", text_key(text[m.start() : m.end()]))
    if meeting is not None and m.group("nqlocal") and (body := text_key(m.group(0)).rfind("ban chấp hành")) > 0:
        # "nghị quyết của hội nghị lần 3 Ban chấp hành Đảng bộ TP": the numbered plenum of a committee in capitals
        return text[m.start() + body].isupper()
    return meeting is not None and text[m.start() + meeting.end()].isupper()


# before a lower-case "kết luận", a body's having given it: "đã có", "vừa có" (not "có kết luận" alone, "there is")
_CONCLUSION_GIVEN = re.compile(r"(?<![\w])(?:đã|vừa|mới|cũng đã)\s+có\s+$")
# In a submission's title, the person it concerns, then the posts after a comma or a dash, or "và" and a verb
_PERSON_THEN_CLAUSE = re.compile(r"(?<![\w])(?:ông|bà|đồng chí)[ \t]+(?:[A-ZĐ][^\W\d_]*[ \t]*){1,4}?"
                                 r"(?=\s*[,–-]\s|\s+và\s+(?!(?:ông|bà|đồng chí)(?![\w]))[a-zđ])")
_LOWER_NAMED_TYPES = frozenset({"nghị quyết", "quy định", "chỉ thị", "kết luận", "tờ trình"})


@lru_cache(maxsize=1)
def _lower_named_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Right before a lower-case type word, the verb that passes it (directive_words.tsv: pass_verb; a quote or
    "dự thảo" between); right after it, "của" a Party central body (central_body) and "về" its subject, not a
    pronoun's ("về vấn đề này")."""
    w = _directive_words()
    return (re.compile(rf"(?<![\w])(?:{w['pass_verb']})\s+(?:dự thảo\s+)?(?:\"\s*)?$"),
            re.compile(rf"\s*của\s+(?:{w['central_body']})(?:\s+khoá\s+\w+)?\s+về\s+(?!{_PRONOUN_SUBJECT})"))


def _is_notice(m: re.Match[str]) -> bool:
    """The match is of a notice or a communiqué (_NOTICE_WORDS)."""
    return m.group("notice") is not None or (m.group("aw") or "").startswith("thông")


@lru_cache(maxsize=1)
def _notice_before() -> re.Pattern[str]:
    """Right before a lower-case "thông báo" / "thông cáo", what makes it a document (notice_before)."""
    return re.compile(rf"(?<![\w])(?:{_directive_words()['notice_before']})\s+$")


@lru_cache(maxsize=1)
def _notice_opener() -> re.Pattern[str]:
    """Where a notice's name opens right after its type word (notice_subject)."""
    return re.compile(rf"\s+(?P<q>(?:{_directive_words()['notice_subject']})\s)")


_NUMBERED_CONCLUSION = re.compile(r"kết luận\s+(?:số\s+)?\d")
_BARE_CONCLUSION = re.compile(r"kết luận\s+của\s+(?:(?!\s(?:về|tại)\s).)*")
# a meeting a notice is of, named up to its first comma but one before its term ("Hội nghị 16 Ban Chấp hành Thành uỷ
# khoá XXI, nhiệm kỳ 2015-2020")
_MEETING_NOTICE = re.compile(r"(?:về\s+)?(?:kỳ họp|hội nghị|ngày làm việc)\s")
_MEETING_COMMA = re.compile(r",(?!\s*(?:nhiệm kỳ|khoá)\s)")


@lru_cache(maxsize=1)
def _notice_end() -> re.Pattern[str]:
    """In a notice's title, where what is said of the notice begins: a verb of saying of which the notice is the
    subject (said_verb, title_saying: "thông cáo ngày làm việc … nêu"), the meeting's taking place or the notice's
    sending ("… vừa diễn ra", "… phát đi chiều nay"), a dash before its content ("… tại cuộc làm việc với các bên -
    chỉ đạo …"), the next notice ("… và thông báo của Uỷ ban Kiểm tra …")."""
    w = _directive_words()
    return re.compile(rf"\s+(?:{w['said_verb']}|{w['title_saying']}|(?:vừa\s+|đã\s+)?diễn ra|phát đi|vừa)(?![\w])"
                      r"|\s+[-–]\s+(?=[^\W\d_])|\s*(?:,|\svà)\s+thông (?:báo|cáo)(?![\w])")


def _notice_title(title: str) -> str:
    """A notice's title cut where what is said of it begins (_notice_end); a meeting's, at its first comma.

    >>> _notice_title("ngày làm việc thứ ba hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XII nêu")
    'ngày làm việc thứ ba hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XII'
    >>> _notice_title("Hội nghị 16 Ban Chấp hành Thành uỷ khoá XXI, nhiệm kỳ 2015-2020, đánh giá")
    'Hội nghị 16 Ban Chấp hành Thành uỷ khoá XXI, nhiệm kỳ 2015-2020'
    >>> _notice_title("về kết quả kỳ thi năm 2017 - 2018 tỉnh Hoà Bình")
    'về kết quả kỳ thi năm 2017 - 2018 tỉnh Hoà Bình'
    """
    k = text_key(title)
    if (stop := _notice_end().search(k)) is not None:
        title = title[: stop.start()]
    if _MEETING_NOTICE.match(k) and (comma := _MEETING_COMMA.search(k, 0, len(title))) is not None:
        title = title[: comma.start()]
    return title.rstrip(" ,;:-–")


# a dispatch's subject, which names it: "về việc" and what it asks ("công điện về việc tăng cường …")
_TELEGRAM_SUBJECT = re.compile(r"\s+về\s+việc\s")

# "…; ban hành quy định về trình tự …; huỷ bỏ Công văn …": a verb opening its clause, no subject before it, is a
# task a list sets (an inspection's conclusions), no document passed
_NO_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:\n•-])\s*$")
# "HĐND cần ban hành nghị quyết về …", "sẽ thông qua …": a wish or a plan, no document yet
_MODAL_BEFORE = re.compile(r"(?<![\w])(?:cần|nên|phải|sẽ|muốn|có thể)\s+$")
# "… thông qua dự thảo nghị quyết về nội dung này", "kết luận … về vấn đề này": a subject said before, no name
_PRONOUN_SUBJECT = r"(?:vấn đề|việc|nội dung)\s+(?:này|đó|trên)(?![\w])"
_ABOUT_PRONOUN = re.compile(rf"\s+về\s+{_PRONOUN_SUBJECT}")


# After a lower-case "đề án" and its subject word, a place it is sent to or a verb: the scheme a body must draw up
# ("phải gửi đề án chuyển đổi lên UBND huyện"; "nộp đề án thực hiện lên …", recorded by 5a8617ba), no one plan's name
_PLAN_TASK_AFTER = re.compile(r"\s+\w+(?:\s+\w+)?\s+(?:lên|cho|với|để|và)(?![\w])")


def _lower_named(k: str, m: re.Match[str]) -> bool:
    """A lower-case "nghị quyết", "quy định", "chỉ thị" or "kết luận" with its subject names one document when a
    body is said to pass it ("Quốc hội đã thông qua nghị quyết về …", "Bộ Chính trị vừa ban hành quy định về
    luân chuyển cán bộ") or when it is a Party central body's ("căn cứ quy định của Bộ Chính trị về xử lý kỷ luật
    …"): in prose the lower-case word is most often the kind of document ("theo quy định của pháp luật về …")."""
    if m.group("plan") and m.group("pw") == "đề án":
        # "phê duyệt đề án tái cơ cấu của Tập đoàn X", "bàn đề án xây dựng TP HCM trở thành đô thị thông minh", and in
        # any other place ("Xung quanh đề án điều chỉnh học phí …", "cho biết, đề án cải cách lương mới cho …", "liên
        # quan đến đề án đào tạo cán bộ ở nước ngoài"): a plan by what it does names one scheme (not "các đề án …", not
        # a plan's task "gửi đề án chuyển đổi lên …": _PLAN_TASK_AFTER)
        return not _PLAN_TASK_AFTER.match(k, m.end("pw"))
    passed, central = _lower_named_context()
    if _is_notice(m):
        # "Ủy ban Kiểm tra Trung ương ra thông báo về kỳ họp …", "theo thông cáo về ngày làm việc …": a notice is a
        # document after a verb that gives it or a preposition (notice_before); "Thủ tướng thông báo về tình hình …"
        # is the verb "announce"; "của" then its issuer names one only with its subject after (the "of" rule)
        # "thông cáo" is only ever the noun: named by its meeting ("…”, thông cáo ngày làm việc thứ ba … nêu")
        return (m.group("nw") or "").startswith("thông cáo") \
            or _notice_before().search(k, max(0, m.start() - 24), m.start()) is not None
    if m.group("aw") == "công điện" and m.group("of") is None:
        # "Thủ tướng đã có công điện về việc tập trung tháo gỡ …": a dispatch with its subject is one dispatch (not
        # "các công điện về …", several)
        return _TELEGRAM_SUBJECT.match(k, m.end("aw")) is not None \
            and not _PLANS_BEFORE.search(k, max(0, m.start() - 10), m.start())
    if m.group("act"):  # "HĐND thông qua nghị quyết đặt tên 24 đường, phố mới"
        return (pm := passed.search(k, max(0, m.start() - 30), m.start())) is not None \
            and not _MODAL_BEFORE.search(k, max(0, pm.start() - 10), pm.start())
    if not m.group("about") or m.group("aw") not in _LOWER_NAMED_TYPES:
        return False
    if m.group("of") is not None:
        return central.match(k, m.end("new") if m.group("new") else m.end("aw")) is not None
    if m.group("aw") == "tờ trình":
        return False  # a submission in lower case only as a central body's ("tờ trình của Bộ Chính trị về …")
    if m.group("aw") == "kết luận" and _CONCLUSION_GIVEN.search(k, max(0, m.start() - 12), m.start()):
        # "Ủy ban Kiểm tra Trung ương đã có kết luận về kiểm tra …", "Thanh tra tỉnh đã có kết luận về việc …": a body
        # that has given its conclusion (an inspection's, a commission's), one document
        return True
    return (pm := passed.search(k, max(0, m.start() - 30), m.start())) is not None \
        and not _MODAL_BEFORE.search(k, max(0, pm.start() - 10), pm.start()) \
        and not _NO_SUBJECT_BEFORE.search(k, max(0, pm.start() - 4), pm.start()) \
        and _ABOUT_PRONOUN.match(k, m.end("new") if m.group("new") else m.end("aw")) is None \
        and not _ISSUING_DOCUMENT.search(k, max(0, m.start() - 90), m.start())


# "Quyết định số 218 … của Bộ Chính trị ban hành quy định về …": the verb is the title of the numbered document
# before, which the symbol reader names; the regulation it issues is that document's content
_ISSUING_DOCUMENT = re.compile(r"(?<![\w])(?:quyết định|nghị quyết|nghị định|thông tư)\s+(?:số\s+)?\d[^.;:\n]*$")


# "nghị quyết Đại hội Đảng bộ TP lần thứ X và Đại hội Đảng toàn quốc lần thứ XII": a second congress after "và",
# whose resolution the one "nghị quyết" names too; the congress's word in capitals
_AND_CONGRESS = re.compile(r"(?:\s+của\s+đảng)?\s+và\s+(?=đại hội\s)")


def _second_congress(text: str, k: str, occ: _Occ, sym_starts: list[int]) -> list[_Occ]:
    """The resolution of a second congress after "và" sharing the first's "nghị quyết" (_AND_CONGRESS): a document
    of its own, named "Nghị quyết" and the congress as written."""
    d = occ.mention
    if (j := _AND_CONGRESS.match(k, max(occ.core_end, occ.tail_end))) is None or not text[j.end()].isupper():
        return []
    head = "nghị quyết "
    m = _patterns().named.match(head + k[j.end() : j.end() + 200])
    if m is None or not (m.group("nqdh") or m.group("nqbody")):
        return []
    end = j.end() + m.end() - len(head)
    if any(j.end() <= s <= end + 12 for s in sym_starts):
        return []
    name = f"{d.type_word or 'Nghị quyết'} {text[j.end() : end]}"
    other = DirectiveMention(span=Span(j.end(), end), symbol=None, written=text[j.end() : end], doc_type=d.doc_type,
                             type_word=d.type_word, system="party" if "đảng" in text_key(name) else d.system,
                             name=name, title=None)
    if (tm := _patterns().term_any.search(k, j.end(), end)) is not None:
        other.term = _roman_or_int(text[tm.start("t") : tm.end("t")], tm.group("t"))
    return [_Occ(other.span, end, end, other)]


_PLAN_TYPES = frozenset(_PLAN_WORDS.split("|"))
_DRAFT_BEFORE = re.compile(r"(?<![\w])(?:dự thảo|đề cương)\s+$")
_PLANS_BEFORE = re.compile(r"(?<![\w])(?:các|những|mọi|một số|nhiều)\s+$")
@lru_cache(maxsize=1)
def _plan_title_end() -> re.Pattern[str]:
    """Where a plan's subject title ends, said of the plan after it (matched on the report's key; directive_words.tsv):
    a predicate ("… được Thủ tướng phê duyệt", "… rất hay", "… cho biết: …", "… sau đó": plan_title_end); "trình"
    before the body it goes to (plan_sent_to: "lộ trình", "giải trình" are nouns and verbs of the title); "tại" or
    "trên tinh thần" before a meeting (plan_at_meeting); "- một"/"- là" (what the plan is: "… - một đề án có 39 đầu
    việc"); a comma before the next clause (plan_comma_clause: "…, theo đó: …", "…, góp phần …"); "vào" before when
    it is passed (plan_passed_when: "… vào cuối phiên làm việc chiều 8/4"); "theo" before the document it carries
    out (plan_carried_out_by); "trong"/"vào" before the span it is due in (plan_due_within: "… Go Global trong
    tháng 2"); "và" before the next clause's auxiliary (plan_next_clause_aux: "… đến năm 2021 và chưa xây dựng …")."""
    w = _directive_words()
    return re.compile(rf"\s(?:{w['plan_title_end']})(?![\w])"
                      rf"|\strình\s+(?:{w['plan_sent_to']})(?![\w])"
                      rf"|\s(?:tại|trên tinh thần)\s+(?:{w['plan_at_meeting']})(?![\w])"
                      rf"|\s[-–]\s+(?:một|là)\s|,\s+(?:{w['plan_comma_clause']})(?![\w])"
                      rf"|\svào\s+(?:{w['plan_passed_when']})(?![\w])"
                      rf"|\stheo\s+(?:{w['plan_carried_out_by']})(?![\w])"
                      rf"|\s(?:trong|vào)\s+(?:{w['plan_due_within']})\s"
                      rf"|\svà\s+(?:{w['plan_next_clause_aux']})(?![\w])")


_TITLE_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _lower_plan_end() -> re.Pattern[str]:
    """In a lower-case plan's subject (matched on the title as written), the predicate of the clause the plan heads:
    "đề án cải cách cơ bản tiền lương có đáp ứng …", "đề án thành lập Nhạc viện phải có ngay …", "… và đề nghị thời
    điểm áp dụng"; and whose it is: "của" and the head of a body that owns schemes as written (directive_words.tsv:
    plan_owner_head; "đề án điều chỉnh học phí của Bộ GDĐT" is a ministry's, "đề án tái cơ cấu của Tập đoàn X"
    restructures the group)."""
    heads = words_by_use("directive_words.tsv", keyed=False)["plan_owner_head"]
    return re.compile(r"\s(?:có|phải|cần)(?![\w])|\svà\s+(?:đề nghị|đề xuất|yêu cầu|kiến nghị)(?![\w])"
                      rf"|\scủa\s+(?:{_alt(list(heads))})(?![\w])")


def _plan_title(k: str, text: str, occ: _Occ) -> str | None:
    """A plan's or report's title cut where what is said of it begins (:func:`_plan_title_end`); None when under two
    words are left."""
    span = occ.title_span
    title = occ.mention.title
    if span is None or title is None:
        return title
    end = stop.start() if (stop := _plan_title_end().search(k, span.start, span.end)) is not None else span.end
    # "đề án thành lập Trung tâm X của TPHCM Theo đề án trên, …": a plan's caption run into the next sentence (not an
    # act's title, which names bodies: "… Tòa án Nhân dân Tối cao")
    plan = text_key(occ.mention.type_word or "") in _PLAN_TYPES
    words = list(_TITLE_WORD.finditer(text, span.start, end)) if plan else []
    for i, w in enumerate(words[1:], 1):
        if w.group()[0].isupper() and _opens_sentence(text_key(w.group()), words[i + 1 : i + 2]):
            end = w.start()
            break
    if end == span.end:
        return title
    cut = re.sub(r"[\s,:;…-]+$", "", text[span.start : end])
    if len(cut.split()) < 2:
        return None
    occ.title_span = Span(span.start, span.start + len(cut))
    occ.tail_end = occ.title_span.end
    return cut


def _plan_type_word(word: str) -> str:
    """The type word of a plan's head as document_types.tsv writes it: "chương trình hành động" is a Chương trình,
    "kế hoạch hành động" a Kế hoạch (the words stay in its name, as the gold's type writes them).

    >>> _plan_type_word("chương trình hành động"), _plan_type_word("kế hoạch hành động"), _plan_type_word("đề án")
    ('chương trình', 'kế hoạch', 'đề án')
    """
    return " ".join(word.split()[:2])


@lru_cache(maxsize=1)
def _act_title_end() -> re.Pattern[str]:
    """What ends a resolution's act title (matched on the title as written): the list it gives ("đặt tên 24 đường,
    phố mới: 1. Phố …"), a word that opens what is said of it (directive_words.tsv: act_title_end; its purpose "…
    để Quốc hội biểu quyết"), the day it was passed ("… Nguyễn Sinh Hùng chiều qua"), the next resolution ("… năm
    2004 và nghị quyết về …"), the next clause (a comma, then a capital: "…, Chủ tịch Quốc hội tuyên thệ"); the
    pieces of its own list after a comma are in lower case ("… một số phó thủ tướng, một số bộ trưởng")."""
    words = words_by_use("directive_words.tsv", keyed=False)["act_title_end"]
    return re.compile(rf"\s*:|\s(?:{_alt(list(words))}|(?:chiều|sáng|tối|hôm)\s+(?:qua|nay))(?![\w])"
                      r"|\s+(?:và\s+)?[Nn]ghị quyết(?![\w])"
                      r"|,\s+(?=[A-ZĐ])")


_ACT_LAST_WORD = re.compile(r",\s*[^\W\d_]+$")  # "…, người" of "…, người được bầu": a clause's subject, cut off
_ACT_POINTING = re.compile(r"(?<![\w])(?:trên|này|đó|ấy)$")  # "nghị quyết bầu các chức danh trên": said before


def _act_title(title: str) -> str | None:
    """A resolution's act title cut where it ends (:func:`_act_title_end`, a last one-word piece after a comma);
    None when under two words are left or it points back at what was said before ("bầu các chức danh trên")."""
    if (stop := _act_title_end().search(title)) is not None:
        title = title[: stop.start()]
    title = _ACT_LAST_WORD.sub("", title).rstrip(" ,;-–")
    if len(title.split()) < 2 or _ACT_POINTING.search(title.lower()):
        return None
    return title


@lru_cache(maxsize=1)
def _act_opener() -> re.Pattern[str]:
    """Where a resolution's title opens right after "Nghị quyết": the act it makes (resolution_act)."""
    return re.compile(rf"\s+(?P<q>(?:{_directive_words()['resolution_act']})\s)")


@lru_cache(maxsize=1)
def _rules_title_end() -> re.Pattern[str]:
    """In a "Quy chế"'s subject title (matched on the title as written), where what is said of the rules begins
    (rules_title_end), a "tại" before a capital (where the rules are carried out), or a colon."""
    words = words_by_use("directive_words.tsv", keyed=False)["rules_title_end"]
    return re.compile(rf"\s*:|\s+(?:(?:{_alt(list(words))})(?![\w])|tại\s+(?=(?-i:[A-ZĐ])))", re.IGNORECASE)


def _rules_title(title: str) -> str | None:
    """A rules' subject title cut where what is said of it begins (:func:`_rules_title_end`); None when under two
    words are left.

    >>> _rules_title("phối hợp công tác giữa Ban Nội chính với Đảng ủy Công an ngày càng nền nếp, đạt")
    'phối hợp công tác giữa Ban Nội chính với Đảng ủy Công an'
    >>> _rules_title("bổ nhiệm cán bộ và giới thiệu cán bộ ứng cử tại Cà Mau")
    'bổ nhiệm cán bộ và giới thiệu cán bộ ứng cử'
    >>> _rules_title("tạm thời về phối hợp tổ chức cách ly tại khách sạn")
    'tạm thời về phối hợp tổ chức cách ly tại khách sạn'
    """
    if (stop := _rules_title_end().search(title)) is not None:
        title = title[: stop.start()].rstrip(" ,;:-–")
    return title if len(title.split()) >= 2 else None


@lru_cache(maxsize=1)
def _rules_opener() -> re.Pattern[str]:
    """Where the subject title of a "Quy chế" opens right after the type word (rules_subject)."""
    return re.compile(rf"\s+(?P<q>(?:{_directive_words()['rules_subject']})[\s,])")


@lru_cache(maxsize=1)
def _decree_opener() -> re.Pattern[str]:
    """Where a decree's subject title opens right after "Nghị định" (and its issuer): decree_subject."""
    return re.compile(rf"\s+(?P<q>(?:{_directive_words()['decree_subject']})\s)")


@lru_cache(maxsize=1)
def _decree_title_end() -> re.Pattern[str]:
    """In a decree's subject title (matched as written), what is said of the decree (directive_words.tsv:
    decree_title_end): why it is made ("… xe ôtô để xin ý kiến nhân dân"), how it is to change things ("… về ATTP
    theo hướng tăng mức xử phạt"), the predicate ("… đã mở rộng", "… được ban hành"); and ", tại", where its draft
    says something ("…, tại dự thảo quy định …")."""
    words = words_by_use("directive_words.tsv", keyed=False)["decree_title_end"]
    return re.compile(rf"\s(?:{_alt(list(words))})(?![\w])|,\s+tại\s")


def _decree_title(title: str) -> str | None:
    """A decree's subject title cut where what is said of it begins (:func:`_decree_title_end`); None when under three
    words are left ("Nghị định về việc này").

    >>> _decree_title("quy định tiêu chuẩn, định mức sử dụng xe ôtô để xin ý kiến nhân dân")
    'quy định tiêu chuẩn, định mức sử dụng xe ôtô'
    >>> _decree_title("thay thế Nghị định 86/2015/NĐ-CP, tại dự thảo quy định của Bộ")
    'thay thế Nghị định 86/2015/NĐ-CP'
    >>> _decree_title("về việc này") is None
    True
    """
    if (stop := _decree_title_end().search(title)) is not None:
        title = title[: stop.start()].rstrip(" ,;:-–")
    return title if len(title.split()) >= 3 and not _ACT_POINTING.search(title.lower()) else None


@lru_cache(maxsize=1)
def _plan_opener() -> re.Pattern[str]:
    """Where a plan's subject title opens right after its type word: a verb of what it does (plan_subject)."""
    return re.compile(rf"\s+(?P<q>(?:{_directive_words()['plan_subject']})[\s,])")


@lru_cache(maxsize=1)
def _lower_constitution_not_after() -> re.Pattern[str]:
    """Right before a lower-case "hiến pháp", a word that makes it no name of the Constitution (directive_words.tsv:
    constitution_not_after)."""
    return re.compile(rf"(?<![\w])(?:{_directive_words()['constitution_not_after']})\s+$")


def _the_constitution_lower(report: Report, start: int, end: int) -> bool:
    """A lower-case "hiến pháp" names the Constitution ("nhiệm vụ mà hiến pháp và pháp luật giao", "trái hiến pháp"):
    the country has one, and prose names it so; not a field, a court or several constitutions ("luật hiến pháp",
    "tòa án hiến pháp", "các hiến pháp": constitution_not_after), nor another country's ("hiến pháp Mỹ", "hiến pháp
    của Thái Lan": a capital or "của" after it)."""
    k, text = report.key, report.text
    if _lower_constitution_not_after().search(k, max(0, start - 20), start):
        return False
    after = re.match(r"[ \t]+(\S+)", text[end : end + 40])
    return after is None or not (after.group(1)[:1].isupper() or text_key(after.group(1)) == "của")


_MANY_BEFORE = re.compile(r"(?<![\w])(?:các|những|mọi)\s+$")


@lru_cache(maxsize=1)
def _amending() -> re.Pattern[str]:
    """After "Luật", the words of an amending law's name before the law it amends ("sửa đổi, bổ sung một số điều
    của Luật …"; directive_words.tsv: amend, amend_also, amend_part)."""
    w = _directive_words()
    return re.compile(rf"(?:{w['amend']})\s*,?\s*(?:(?:{w['amend_also']})\s+)?(?:(?:{w['amend_part']})\s+)?"
                      r"(?:của\s+)?(?=(?:bộ\s+)?luật\s)")


@lru_cache(maxsize=1)
def _revised() -> re.Pattern[str]:
    """"(sửa đổi)", "(sửa đổi, bổ sung)" after a law's name: its new version (directive_words.tsv: amend,
    amend_also)."""
    w = _directive_words()
    return re.compile(rf"\s*\(\s*(?:{w['amend']})(?:\s*,?\s*(?:{w['amend_also']}))?\s*\)")

_AND = re.compile(r"\s+và\s+")
# the amended law's name, up to a mark or a word that ends it ("Luật các tổ chức tín dụng;")
_AMENDED_PLAIN = re.compile(r"(?:bộ\s+)?luật\s+[^\W\d_][^;,.()\n\"]{0,60}?"
                            r"(?=\s*[;,.()\n\"]|\s*$|\s(?:và|được|đã|của|năm|số)\s)")


def _amending_laws(report: Report, extraction: Extraction, sents: list[Span], occs: list[_Occ],
                   starts: set[int]) -> list[_Occ]:
    """The amending laws among ``occs`` (those starting at ``starts``) named by the laws they amend: "Luật sửa đổi,
    bổ sung một số điều của Luật Khiếu nại, tố cáo", "Luật sửa đổi, bổ sung Luật thuế A và Luật thuế B" are one
    law each, whose name runs over the amended laws' names (the gold lists the amending law, not the laws inside
    its name, which are dropped). An amending law no law's name follows is dropped too."""
    k, text = report.key, report.text
    by_start = {o.span.start: o for o in occs if o.mention.doc_type == "LUAT" and o.span.start not in starts}
    inside: set[int] = set()
    out: list[_Occ] = []
    for occ in occs:
        if occ.span.start not in starts:
            out.append(occ)
            continue
        if (inner := by_start.get(occ.core_end)) is not None:
            chain = [inner]
            while (j := _AND.match(k, chain[-1].core_end)) is not None and (nxt := by_start.get(j.end())) is not None:
                chain.append(nxt)
            inside.update(id(o) for o in chain)
            end = chain[-1].core_end
        elif (plain := _AMENDED_PLAIN.match(k, occ.core_end)) is not None:
            end = plain.end()  # "… của Luật các tổ chức tín dụng;": a name no law of its own was read for
        else:
            continue
        d = occ.mention
        base = d.span.start + len(d.type_word or "Luật")
        d.name, d.title = text[d.span.start : end], text[base:end].strip()
        d.written, d.span = d.name, Span(d.span.start, end)
        occ.span, occ.core_end, occ.tail_end = d.span, end, end
        _read_tail(report, extraction, occ, _sentence_end(sents, end, len(text)))
        out.append(occ)
    return [o for o in out if id(o) not in inside]


_CLOSE_BRACKET = re.compile(r"\s*\)")


def _bracketed_terms_title(report: Report, extraction: Extraction, occs: list[_Occ], limit: int) -> None:
    """"Nghị quyết Hội nghị Trung ương 4 (Khóa XI, XII) về xây dựng, chỉnh đốn Đảng": the title after the bracket of
    terms is each term's resolution's (read as the last one's tail, past the bracket)."""
    last = occs[-1]
    if (close := _CLOSE_BRACKET.match(report.key, last.tail_end)) is None:
        return
    probe = _Occ(Span(last.span.start, close.end()), close.end(), close.end(),
                 DirectiveMention(span=last.mention.span, symbol=None, written=last.mention.written,
                                  doc_type=last.mention.doc_type, type_word=last.mention.type_word,
                                  system=last.mention.system, name=last.mention.name, title=None))
    _read_tail(report, extraction, probe, limit)
    if probe.mention.title and text_key(probe.mention.title).startswith("về"):
        for o in occs:
            o.mention.title = probe.mention.title


_FURTHER_TERM = re.compile(r"\s*(?:,|và)\s*(?:khoá\s+)?(?P<t>[ivxl]{1,6})(?![\w])")


def _further_terms(text: str, k: str, occ: _Occ) -> list[_Occ]:
    """"Nghị quyết Trung ương 4 Khoá XI, XII": the plenum's resolution of each term the list writes after the first,
    a document of its own (the fourth plenums of terms XI and XII passed two resolutions), named with its term."""
    d, out, pos = occ.mention, [], occ.core_end
    head = re.sub(r"\s*,?\s*\(?\s*khoá\s+\w+\s*\)?$", "", k[d.span.start : occ.core_end])
    while (m := _FURTHER_TERM.match(k, pos)) is not None and (term := roman_to_int(m.group("t").upper())):
        name = f"{text[d.span.start : d.span.start + len(head)]} khóa {text[m.start('t') : m.end('t')]}"
        span = Span(m.start("t"), m.end("t"))
        other = DirectiveMention(span=span, symbol=None, written=text[span.start : span.end], doc_type=d.doc_type,
                                 type_word=d.type_word, system=d.system, name=name, title=None)
        other.term = term
        out.append(_Occ(other.span, m.end(), m.end(), other))
        pos = m.end()
    return out


# ---------------------------------------------------------------------------------------------
# A decision named by its act ("Thủ tướng đã ký Quyết định phê chuẩn kết quả bầu …", "công bố quyết định của Bộ Chính
# trị về việc phân công ông A …")

_DECISION = "quyết định"


@lru_cache(maxsize=1)
def _decision_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Before "quyết định", the verb that makes it a document (directive_words.tsv: decision_verb, after its
    auxiliaries: verb_aux); after it, where its act opens a stated title (decision_act, after an optional "về
    việc"); the act at a title's start."""
    w = _directive_words()
    before = re.compile(rf"(?:^|(?<=\s))(?:(?:{w['verb_aux']})\s+)*(?:{w['decision_verb']})\s+$")
    acts = rf"(?:{w['decision_act']})"
    opener = re.compile(rf"\s*,?\s*(?P<q>(?:(?:về việc|về|v/v)\s+)?{acts}\s)")
    act_start = re.compile(rf"(?:(?:về việc|về|v/v)\s+)?{acts}\s")
    return before, opener, act_start


# In a decision's title, a person ("ông A", "bà B") and the posts written after the name between commas or dashes
# ("phân công ông A, Ủy viên Bộ Chính trị, Chủ tịch …, tham gia Đảng bộ …"): the aside ends before the act's next verb
# (directive_words.tsv: decision_role_verb) written in lower case, or with the title
_PERSON_IN_TITLE = re.compile(r"(?<![\w])(?:ông|bà|đồng chí)[ \t]+(?:[A-ZĐ][^\W\d_]*[ \t]*){1,4}?(?=\s*[,–-]\s)")


def _without_aside(text: str, start: int, end: int) -> str:
    """The title ``text[start:end]`` of a decision without the posts written after the person it concerns, as the
    decision's own title reads ("phân công ông A tham gia Đảng bộ …, giữ chức Bí thư …")."""
    m = _PERSON_IN_TITLE.search(text, start, end)
    if m is None:
        return text[start:end]
    name_end = m.end()
    verb = _role_verb().search(text, name_end, end)
    while verb is not None and not text[verb.start("v")].islower():
        verb = _role_verb().search(text, verb.start("v") + 1, end)
    if verb is None:
        return text[start:name_end].rstrip()
    return f"{text[start:name_end].rstrip()} {text[verb.start('v') : end]}"


@lru_cache(maxsize=1)
def _role_verb() -> re.Pattern[str]:
    """The verb of a decision's act after the aside on its person (directive_words.tsv: decision_role_verb), matched
    on the text (the caller checks it is written in lower case)."""
    words = words_by_use("directive_words.tsv", keyed=False)["decision_role_verb"]
    return re.compile(rf"(?:\s*[,–-])?\s+(?P<v>(?:{_alt(list(words))})(?![\w]))", re.IGNORECASE)


# right after a decision's title cut at a quote, a short name in quotes that closes in the sentence (matched on the key,
# whose quotes are all '"')
_QUOTED_NAME = re.compile(r'[ \t]*"[^"\n.;:!?]{2,60}"')


@lru_cache(maxsize=1)
def _lower_decision_act() -> re.Pattern[str]:
    """At a lower-case decision's title, the act by which it names one decision (directive_words.tsv:
    lower_decision_act)."""
    return re.compile(rf"(?:{_directive_words()['lower_decision_act']})(?![\w])")


def _body_sets_up(report: Report, extraction: Extraction, occ: _Occ, verb: int) -> OrgMention | None:
    """The body that gives a lower-case "quyết định" whose title opens with a lower_decision_act ("UBND TP vừa ban
    hành quyết định thành lập 3 đoàn kiểm tra …", "Thanh tra Chính phủ đã công bố quyết định thanh tra toàn diện
    …"): the subject of the verb at ``verb`` (:func:`_body_before_verb`); None when the act is another or no body
    gives it ("ông A ký quyết định thành lập …", "người ra quyết định thanh tra")."""
    span = occ.title_span
    if span is None or _lower_decision_act().match(report.key, span.start) is None:
        return None
    if occ.subject_issuer:
        return occ.mention.issuer
    return _body_before_verb(report, extraction, verb)


def _decision_occurrences(report: Report, extraction: Extraction, sents: list[Span],
                          symbols: list[SymbolMatch]) -> list[_Occ]:
    """Decisions the text names by their act, without a number: "quyết định" right after a verb that takes a
    document ("trao", "công bố", "ký", "ra", "có": directive_words.tsv decision_verb; so not the verb "Bộ Chính trị
    quyết định phân công …"), then its issuer after "của" if written, then the act (decision_act: "phân công",
    "bổ nhiệm", "phê duyệt", …, after an optional "về việc"), which opens its title and names it. Only a decision
    the text cites as a document: "Quyết định" with its capital, or a title in its own form "về việc …"; the title
    leaves out the posts written after the person it concerns (:func:`_without_aside`)."""
    k, text = report.key, report.text
    before, opener, act_start = _decision_patterns()
    t = tables()
    dt = t.type_by_id["QĐ"]
    out: list[_Occ] = []
    symbol_starts = sorted(s.span.start for s in symbols)
    for start in _written_starts(k, (_DECISION,), word_start=True, found=_word_starts(report)):
        end = start + len(_DECISION)
        if not k.startswith(_DECISION, start) or (end < len(k) and _is_word(k[end])):
            continue
        if (verb := before.search(k, max(0, start - 40), start)) is None:
            continue
        if bisect_left(symbol_starts, start) < bisect_right(symbol_starts, end + 12):
            continue  # "Quyết định số 5": the symbol path reads it
        d = DirectiveMention(span=Span(start, end), symbol=None, written=text[start:end], doc_type=dt.id,
                             type_word=text[start:end], system="state", name=None, title=None)
        occ = _Occ(Span(start, end), end, end, d)
        if (subject := _subject_issuer(report, extraction, start)) is not None:
            d.issuer = subject  # "Thủ tướng Nguyễn Xuân Phúc đã ký Quyết định phê chuẩn …"
            occ.before_issuer = occ.subject_issuer = True
        _read_tail(report, extraction, occ, _through_abbreviation(report, _sentence_end(sents, start, len(text))),
                   opener=opener)
        if occ.subject_issuer and _OF_ANOTHER.match(k, occ.tail_end):
            d.issuer, occ.before_issuer, occ.subject_issuer = None, False, False
        if not d.title or occ.title_span is None or not act_start.match(k, occ.title_span.start):
            continue  # "quyết định của Bộ Chính trị về công tác cán bộ": no act names it
        if not text[start].isupper() and not text_key(d.title).startswith(("về ", "v/v ")):
            # "đã ký quyết định bổ nhiệm em trai mình …": a decision told in passing, as the gold leaves it; one the
            # text cites as a document has its capital ("ký Quyết định phê chuẩn …") or its own title's "về việc",
            # or sets up a team or an inspection by a body's act (_body_sets_up)
            if (body := _body_sets_up(report, extraction, occ, verb.start())) is None:
                continue
            d.issuer = body
        if (quoted := _QUOTED_NAME.match(k, occ.title_span.end)) is not None \
                and text[occ.title_span.end - 1].islower():
            # "… thành lập đoàn thanh tra dự án “Thành phố giao lưu”, làm rõ …", "… toàn diện khu “biệt phủ” rộng
            # 1,3ha …": a name in quotes after a lower-case word of the title is the title's (the quote stops others)
            occ.title_span = Span(occ.title_span.start, quoted.end())
            occ.tail_end = max(occ.tail_end, quoted.end())
        d.title = _without_aside(text, occ.title_span.start, occ.title_span.end)
        d.name = f"{dt.vi} {d.title}"
        occ.span = Span(start, occ.tail_end)
        if d.issuer is not None and (iss := t.issuer_by_alias.get(text_key(d.issuer.written))
                                     or t.issuer_by_alias.get(text_key(d.issuer.name))) is not None:
            d.system = iss.system if iss.system in ("party", "state") else d.system
        out.append(occ)
    return out


# ---------------------------------------------------------------------------------------------
# Master plans, named by their subject and horizon

_PLAN_HORIZON = r"đến năm\s+(?:19|20)\d\d"
_HORIZON_TYPES = frozenset({"QHo", "CLg"})
# a strategy's horizon: "đến năm 2020", "10 năm 2021-2030", "giai đoạn 2011 - 2020"
_STRATEGY_HORIZON = (rf"(?:{_PLAN_HORIZON}|(?:\d{{1,2}}\s+năm|giai đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)")
# "Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh X đến năm 2020, định hướng đến năm 2030": the words after the
# type word (what it plans) through its horizon, and a further outlook ("định hướng", "tầm nhìn") if written
# "Chiến lược gia đình Việt Nam đến năm 2020": a strategy by its subject (any) and horizon
_MASTER_PLAN = re.compile(
    r"(?:(?P<qh>quy hoạch)\s+(?P<t>(?:tổng thể|chung|chi tiết|phát triển|xây dựng|sử dụng|hệ thống|mạng lưới|bảo vệ)\s"
    rf"[^.;:!?\n\"“”()]{{0,150}}?{_PLAN_HORIZON}"
    r"(?:\s*(?:,|và)?\s*(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d)?"
    # "Quy hoạch 5 năm lần thứ 14": a country's numbered five-year plan, one by its number
    r"|(?P<nth>\d{1,2}\s+năm\s+(?:lần\s+)?thứ\s+\d{1,2}))"
    rf"|(?P<cl>chiến lược)\s+(?P<ct>[^\W\d_][^.;:!?\n\"“”()]{{0,120}}?{_STRATEGY_HORIZON}"
    r"(?:\s*(?:,|và)?\s*(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d)?))(?![\w])")
_MASTER_PLAN_BEFORE = re.compile(r"(?<![\w])(?:về|các|những|mọi)\s+$")


@lru_cache(maxsize=1)
def _approved_by() -> re.Pattern[str]:
    """After a plan's name, the body that approved it ("… được Chính phủ phê duyệt", "đã được Bộ Công thương phê
    duyệt")."""
    aliases = _alt(list(tables().issuer_by_alias))
    return re.compile(rf"\s*\"?\s*(?:đã\s+)?được\s+(?P<iss>{aliases})\s+phê duyệt(?![\w])")


def _master_plan_occurrences(report: Report, extraction: Extraction, sents: list[Span]) -> list[_Occ]:
    """Master plans (Quy hoạch) named by what they plan and their horizon (_MASTER_PLAN): "phê duyệt Quy hoạch chung
    xây dựng Khu nông nghiệp công nghệ cao Phú Yên đến năm 2030", "“Quy hoạch hệ thống sản xuất và phân phối xăng
    dầu đến năm 2020, tầm nhìn đến năm 2025” đã được Bộ Công thương phê duyệt". "Quy hoạch" with its capital inside
    a sentence, or in lower case when the plan is said to be approved ("theo quy hoạch phát triển ngành công nghiệp
    ô tô đến năm 2010 … được Chính phủ phê duyệt"); not after "về" (another document's subject: "Nghị quyết về quy
    hoạch …") nor "các" (several plans)."""
    k, text = report.key, report.text
    starts = {s.start for s in sents}
    out: list[_Occ] = []
    for start in sorted(i for w in ("quy hoạch", "chiến lược") for i in _found_by_find(k, w)):
        if (m := _MASTER_PLAN.match(k, start)) is None:
            continue
        if (start > 0 and _is_word(k[start - 1])) or _MASTER_PLAN_BEFORE.search(k, max(0, start - 8), start):
            continue
        approved = _approved_by().match(k, m.end())
        if (start in starts or not text[start].isupper()) and approved is None and not m.group("nth"):
            continue  # (a numbered plan in lower case is one too: "năm khởi đầu quy hoạch 5 năm lần thứ 14")
        dt = tables().type_by_id["QHo" if m.group("qh") else "CLg"]
        t_start, t_end = (m.start("t"), m.end("t")) if m.group("qh") else (m.start("ct"), m.end("ct"))
        title = text[t_start:t_end]
        d = DirectiveMention(span=Span(start, m.end()), symbol=None, written=text[start:t_start].rstrip(),
                             doc_type=dt.id, type_word=text[start:t_start].rstrip(), system="state",
                             name=f"{dt.vi} {title}", title=title)
        if approved is not None:
            span = Span(approved.start("iss"), approved.end("iss"))
            d.issuer = _issuer_mention(report, extraction, span,
                                       tables().issuer_by_alias.get(approved.group("iss")))
        out.append(_Occ(Span(start, m.end()), m.end(), m.end(), d))
    return out


# ---------------------------------------------------------------------------------------------
# Documents known by name (named_documents.tsv) and a body's working rules


@dataclass(frozen=True)
class _KnownName:
    """A row of named_documents.tsv: its type, its name as the table writes it, the pattern of the type word and
    name over a report's key, and which words of the name must be written with a capital."""

    doc_type: DocType
    type_word: str
    name: str
    pattern: re.Pattern[str]
    capitals: tuple[bool, ...]


def _name_words(s: str) -> list[str]:
    return re.findall(r"[^\W_]+", s)


@lru_cache(maxsize=1)
def _known_names() -> tuple[tuple[_KnownName, ...], tuple[str, ...]]:
    """The rows of named_documents.tsv, longest name first (so a longer name is tried before one it starts with),
    and their type words (where they are tried)."""
    t = tables()
    out = []
    for row in read_tsv("named_documents.tsv"):
        tk = text_key(row["type"])
        dt = t.type_by_word[tk]
        body = r"\s*,?\s+".join(re.escape(w) for w in _name_words(text_key(row["name"])))
        pattern = re.compile(rf"(?P<w>{re.escape(tk)})\s+(?P<ve>về\s+)?(?P<n>{body})(?![\w])")
        out.append(_KnownName(dt, row["type"], row["name"], pattern,
                              tuple(w[0].isupper() for w in _name_words(row["name"]))))
    out.sort(key=lambda r: -len(r.name))
    # the whole type words, "quy chế" of the working rules among them: found by str.find, far fewer places than
    # their first words ("điều" of "điều kiện", "quy" of "quy mô")
    return tuple(out), tuple(sorted({text_key(r.type_word) for r in out} | {"quy chế"}
                                    | set(words_by_use("directive_words.tsv")["treaty"])))


@lru_cache(maxsize=1)
def _known_rows_by_type() -> dict[str, tuple[_KnownName, ...]]:
    """The rows of :func:`_known_names` by their type word's key, in their order: at a place, only the rows of the
    type word written there are tried (a "luật" of "pháp luật" is not matched against every row)."""
    by: dict[str, list[_KnownName]] = {}
    for row in _known_names()[0]:
        by.setdefault(text_key(row.type_word), []).append(row)
    return {tk: tuple(rows) for tk, rows in by.items()}


_TREATY_WORD = re.compile(r"[ \t]+(?P<w>[^\s,;.:()\"“”!?…]+)")
_TREATY_TAIL = re.compile(r"(?:[ \t]+(?:và|về|của|giữa|năm|việc|[-–]))+$")
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?![\w])")  # "năm 2025" goes on with a treaty's name


def _line_start(k: str, end: int) -> int:
    """Where the line ends at ``end`` starts (``end`` itself excluded, and a line break right before ``end``, where
    a ``$`` before ``end`` matches, too): a match of _TREATY_TAIL, which holds no line break, ending at ``end`` starts
    there or after. Searched from there, not from the text's start: the search stepped through every space of the
    report before the name (122 names in 38 corpus reports, 577,000 characters in all)."""
    return k.rfind("\n", 0, max(0, end - 1)) + 1


def _treaty_tail(k: str, name_start: int, end: int) -> re.Match[str] | None:
    """The match of _TREATY_TAIL ending at ``end`` that a search from the start of its line finds, looked for from
    ``name_start`` (where the name's words start, after its type word) and one word further back each time the tail
    found starts where the search did, to the line's start at most: the same match, in steps of the name and not
    of the line (an endless line stepped through its start for every treaty named on it: hostile34).

    Exact: a tail that starts before a point inside a run of spaces and tabs it covers also matches from that
    point, so a tail found after ``lo`` (or none) is what the line's search finds, ``lo`` being in such a run."""
    line = _line_start(k, end)
    lo = max(line, name_start)
    while True:
        tail = _TREATY_TAIL.search(k, lo, end)
        if tail is None or tail.start() > lo or lo <= line or k[lo] not in " \t":
            return tail if lo <= line or k[lo] in " \t" else _TREATY_TAIL.search(k, line, end)
        while lo > line and k[lo - 1] in " \t":  # the run of spaces the tail starts in, to its start
            lo -= 1
        while lo > line and k[lo - 1] not in " \t":  # the word before it
            lo -= 1
        while lo > line and k[lo - 1] in " \t":  # and the spaces before that word
            lo -= 1
_TREATY_CAP = 24  # words of a treaty's name at most
_PARTIES = re.compile(r"[-–]")  # "Việt Nam - EU", "Việt Nam-Campuchia": the parties, which end a name


@lru_cache(maxsize=1)
def _treaty_ends() -> re.Pattern[str]:
    """A word or phrase that ends a treaty's name (directive_words.tsv: treaty_ends), at a word's start."""
    return re.compile(rf"(?:{_alt(list(words_by_use('directive_words.tsv')['treaty_ends']))})(?![\w])")


@lru_cache(maxsize=1)
def _treaty_join_phrases() -> re.Pattern[str] | None:
    """A phrase of directive_words.tsv treaty_joins (several words) at a word's start: read whole into a treaty's
    name though its second word ends a law's ("… của các bên ở Biển Đông", "… đến năm 2025", "… trong lĩnh vực
    hợp tác quân sự", "… tại khu vực tàu thuyền đi lại tự do")."""
    phrases = [w for w in words_by_use("directive_words.tsv")["treaty_joins"] if " " in w]
    return re.compile(rf"(?:{_alt(phrases)})(?![\w])") if phrases else None


def _treaty_end(k: str, text: str, pos: int, limit: int) -> int | None:
    """Where the name of a treaty whose type word ends at ``pos`` ends, or None when no name follows ("Hiệp định
    này", "Hiệp định có …"). The name runs over its words ("giữa", "về", "của", "năm", "do" included:
    directive_words.tsv treaty_joins) to a mark, a word that ends a law's name (law_name_words.tsv: ends) or
    another document's type word; once the parties are named with a dash ("… Việt Nam - EU", "… Việt
    Nam-Campuchia"), a "và" before a lower-case word ends it too ("… Việt Nam - EU và hoan nghênh …"), while before
    them it is part of the name ("Hữu nghị và hợp tác Việt Nam-Lào"); and a word of treaty_ends does ("… Á - Âu
    giúp tăng cường …", "Hiệp định Paris lịch sử")."""
    joins = frozenset(words_by_use("directive_words.tsv")["treaty_joins"])
    ends = _law_words()["ends"] - joins
    end: int | None = None
    parties = False
    name_start = pos
    for n in range(_TREATY_CAP):
        if (m := _TREATY_WORD.match(k, pos, limit)) is None:
            break
        w, lower = m.group("w"), text[m.start("w")].islower()
        if (phrases := _treaty_join_phrases()) is not None \
                and (j := phrases.match(k, m.start("w"))) is not None:
            end = pos = j.end()  # "… của các bên", "… đến năm 2025": the phrase's words are the name's
            continue
        if w == "và":
            nxt = _TREATY_WORD.match(k, m.end(), limit)
            if nxt is None or (parties and text[nxt.start("w")].islower()) \
                    or _type_word_in().match(k, nxt.start("w")):
                break  # "… Việt Nam - EU và hoan nghênh", "Hiệp định Khuyến khích đầu tư và Biên bản ghi nhớ …"
        elif (w in ends and not (n == 0 and not lower)) or _treaty_ends().match(k, m.start("w")):
            break
        elif w == "năm" and not _YEAR_AFTER.match(k, m.end()):
            break
        if _PARTIES.search(w) or (w in ("-", "–")):
            parties = parties or w not in ("-", "–") or bool(
                (nx := _TREATY_WORD.match(k, m.end(), limit)) and text[nx.start("w")].isupper())
        end = pos = m.end()
    if end is None:
        return None
    if (tail := _treaty_tail(k, name_start, end)) is not None and tail.end() == end:
        end = tail.start()
    return end if end > 0 else None


# "vi phạm quy chế làm việc của UBND tỉnh", "Quy chế hoạt động của Ủy ban Thường vụ Quốc hội": a body's own
# working rules, named by the body (which the officials component found right after "của")
_WORKING_RULES = re.compile(r"(?P<w>quy chế)\s+(?:làm việc|hoạt động|tổ chức và hoạt động)\s+của\s+")
_BODY_JOIN = re.compile(r"\s*(?:,|và)\s*(?:các\s+)?")  # "của Hội đồng Dân tộc và các Ủy ban của Quốc hội"
_RULES_PERIOD = re.compile(r"\s+(?:nhiệm kỳ\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d|khoá\s+(?:[ivxl]{1,6}|\d{1,2}))"
                           r"(?![\w])")
_MANY = re.compile(r"(?:các|từng|mỗi|những)(?![\w])")
# "Quy chế hoạt động của Hội đồng dân tộc và các ủy ban của Quốc hội": the Assembly's committees as one body, which
# the officials component reads as no organization of its own (a plural, no committee named)
_ASSEMBLY_COMMITTEES = re.compile(r"(?<=các )uỷ ban\s+của\s+(?:quốc hội|qh)(?![\w])")


def _working_rules_end(report: Report, extraction: Extraction, pos: int) -> tuple[int, OrgMention | None]:
    """Where the bodies named after "Quy chế làm việc của" end (a list of them, "của Thành uỷ, Ban Thường vụ
    Thành uỷ và Thường trực Thành uỷ", and the term after it, "nhiệm kỳ 2015-2020"), and the first body; (pos,
    None) when no named body is there ("của các cấp ủy", "của từng cơ quan": rules of no one body)."""
    k = report.key
    first = _longest_org_at(report, extraction.organizations, pos)
    if first is None or _MANY.match(k, pos):
        return pos, None
    end = first.span.end
    while (j := _BODY_JOIN.match(k, end)) is not None:
        if (nxt := _longest_org_at(report, extraction.organizations, j.end())) is not None:
            end = nxt.span.end
        elif (committees := _ASSEMBLY_COMMITTEES.match(k, j.end())) is not None:
            end = committees.end()
        else:
            break
    if (p := _RULES_PERIOD.match(k, end)) is not None:
        end = p.end()
    return end, first


@lru_cache(maxsize=1)
def _treaty_ids() -> frozenset[str]:
    return frozenset(dt.id for w in words_by_use("directive_words.tsv")["treaty"]
                     if (dt := tables().type_by_word.get(w)) is not None)


@lru_cache(maxsize=1)
def _many_treaties() -> re.Pattern[str]:
    """Before a treaty's type word, a word that makes it several, none named ("ký kết nhiều Thỏa thuận hợp tác …",
    "các Tuyên bố chung và Thỏa thuận cấp cao …": the plural before the list's first type word)."""
    treaty = _alt(list(words_by_use("directive_words.tsv")["treaty"]))
    return re.compile(rf"(?<![\w])(?:{_directive_words()['treaty_many']})\s+"
                      rf"(?:(?:{treaty})\s+và\s+)?$")


@lru_cache(maxsize=1)
def _generic_treaty() -> re.Pattern[str]:
    """After a treaty's type word, a subject that names no one treaty when the parties are only counted ("Thỏa thuận
    hợp tác giữa hai Quốc hội", "Hiệp định hợp tác giữa hai Chính phủ": directive_words.tsv treaty_generic)."""
    return re.compile(rf"\s+(?:{_directive_words()['treaty_generic']})\s+giữa\s+(?:hai|các)\s")


@lru_cache(maxsize=1)
def _treaty_words() -> tuple[tuple[str, DocType], ...]:
    """The treaty type words (directive_words.tsv: treaty) that are a document type, in the table's order, with
    it: looked up once, not at each of the few thousand capitalised words :func:`_treaty_type` is asked of."""
    by_word = tables().type_by_word
    return tuple((w, dt) for w in words_by_use("directive_words.tsv")["treaty"] if (dt := by_word.get(w)) is not None)


def _treaty_type(k: str, start: int) -> tuple[DocType, int] | None:
    """The treaty type word (directive_words.tsv: treaty) written at ``start``, as a document type, and the length
    of the word as written ("Tuyên bố chung" is a "Tuyên bố" whose name starts after "chung")."""
    for w, dt in _treaty_words():
        if k.startswith(w, start) and not _is_word(k[start + len(w) : start + len(w) + 1] or " "):
            return dt, len(w)
    return None


# A treaty's signing date in brackets right after its name ("ngày ký kết Hiệp định Paris (27/1/1973)"); only a
# treaty's: after a law's name such a date is a headline list's publication date ("Luật X … (30/05/2005)")
_BRACKET_DATE = re.compile(r"\s*\(\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\s*\)")


def _known_occurrences(report: Report, extraction: Extraction, sents: list[Span],
                       symbols: list[SymbolMatch]) -> list[_Occ]:
    """Documents the text names by a name of named_documents.tsv ("Điều lệ Đảng", "quy định về những điều đảng
    viên không được làm"), in either case of the type word, and a body's working rules ("quy chế làm việc của
    UBND tỉnh"): documents with no number whose name alone tells which they are."""
    k, text = report.key, report.text
    rows, firsts = _known_names()
    orgs = extraction.organizations
    out: list[_Occ] = []
    by_type = _known_rows_by_type()
    spans = _org_spans(report, orgs)
    symbol_starts = sorted(s.span.start for s in symbols)
    sentence_starts = {se.start for se in sents}
    for start in _written_starts(k, firsts, word_start=True, found=_word_starts(report)):
        found: tuple[DocType, str, str, int, int, OrgMention | None] | None = None
        for row in next((r for tk, r in by_type.items() if k.startswith(tk, start)), ()):
            if (m := row.pattern.match(k, start)) is None:
                continue
            written = _name_words(text[m.start("n") : m.end("n")])
            if any(cap and not w[0].isupper() for cap, w in zip(row.capitals, written, strict=False)):
                continue  # "điều lệ đảng viên": the row's capital says which word names the body
            if row.doc_type.id == "LUAT" and _school_before().search(k, max(0, start - 16), start):
                continue  # "pháp luật về phòng chống tham nhũng": the law in general, as for any law's name
            name = f"{row.doc_type.vi} {row.name}"
            if row.doc_type.id == "LUAT" and text[start].isupper() and not k[m.end("w") : m.start("n")].strip():
                name = text[start : m.end()]  # "Luật Phòng, chống tham nhũng": a law written so keeps its name
            found = (row.doc_type, name, text[m.end("w") : m.end()].strip(), m.end("w"), m.end(), None)
            break
        # (the capital first: "tuyên bố", "thỏa thuận" are verbs and nouns in most of the reports' prose)
        if found is None and text[start].isupper() and (treaty := _treaty_type(k, start)) is not None \
                and (end := _treaty_end(k, text, start + treaty[1], _sentence_end(sents, start, len(text)))):
            dt, type_len = treaty
            name = text[start:end]
            first = name[type_len:].lstrip()[:1]
            if (first.isupper() or start not in sentence_starts) \
                    and not _many_treaties().search(k, max(0, start - 40), start) \
                    and not _generic_treaty().match(k, start + type_len):  # "Hiệp định này …" opens a sentence
                found = (dt, name, name[type_len:].strip(), start + type_len, end, None)
        if found is None and (m := _WORKING_RULES.match(k, start)) is not None:
            end, body = _working_rules_end(report, extraction, m.end())
            if body is not None:
                name = f"Quy chế {text[start + len('quy chế') : end].strip()}"
                found = (tables().type_by_id["QC"], name, name[len("Quy chế ") :], m.end("w"), end, body)
        if found is None:
            continue
        dt, name, title, type_end, end, body = found
        # "Tiểu ban Điều lệ Đảng": the document's name ends a body's name, no mention of the document
        if any(s < start for s in spans.starts_ending.get(end, ())):
            continue
        if bisect_left(symbol_starts, start) < bisect_right(symbol_starts, end + 12):
            continue  # "Quy chế làm việc của Tỉnh ủy số …": the symbol path reads it
        system = dt.system if dt.system != "both" else ("party" if re.search(r"(?<![\w])đảng(?![\w])", text_key(name))
                                                        else "state")
        d = DirectiveMention(span=Span(start, end), symbol=None, written=text[start:end], doc_type=dt.id,
                             type_word=text[start:type_end], system=system, name=name, title=title)
        if body is not None and body.scope != "national":
            # "Quy chế làm việc của UBND tỉnh": which province's, only this report knows (kg.resolve keys it so)
            d.identity = f"{name}|report {report.id}"
        occ = _Occ(Span(start, end), end, end, d)
        if (subject := _subject_issuer(report, extraction, start)) is not None:
            d.issuer = subject
            occ.before_issuer = occ.subject_issuer = True
        _read_tail(report, extraction, occ, _sentence_end(sents, start, len(text)))
        if occ.subject_issuer and _OF_ANOTHER.match(k, occ.tail_end):
            d.issuer, occ.before_issuer, occ.subject_issuer = None, False, False
        if d.date_issued is None and d.doc_type in _treaty_ids() and (bd := _BRACKET_DATE.match(k, occ.tail_end)):
            d.date_issued = _partial(bd.group("d"), bd.group("m"), bd.group("y"))  # "Hiệp định Paris (27/1/1973)"
        if spans.covers(start) or _treaty_type(k, start) is not None:
            # "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của Bộ Xây dựng": the name is inside a body's, and
            # what follows it ("của Bộ Xây dựng") is that body's, not the document's; a treaty is of the states
            # that sign it, none of them its issuer
            d.issuer = None
        out.append(occ)
    return out


# ---------------------------------------------------------------------------------------------
# Relations, coordination, merging


@lru_cache(maxsize=1)
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rel = tables().relations
    return re.compile(rf"(?<![\w])(?:{_alt([c for c, _, _ in rel])})(?![\w])"), {c: (r, d) for c, r, d in rel}


def _find_cue(gap: str, *, between: bool = False) -> tuple[str, str] | None:
    """The first relation word in ``gap`` (the longest one where several start together); ``between``: the gap
    between two documents, where a relation word that names a third document relates neither."""
    pattern, by_cue = _cue_pattern()
    m = pattern.search(gap)
    if m is None or (between and _cue_of_another(gap, m)):
        return None
    return by_cue[m.group(0)]


_BRACKET = re.compile(r"\s*\((?P<in>[^()\n]{1,30})\)")


def _after_own_label(gap: str) -> str:
    """``gap`` without a relation word that labels the document before it: in a bracket ("Luật Thương mại
    (sửa đổi), Luật Dược") or alone before a comma or "và" ("Luật Thương mại sửa đổi, Luật
    Dược"), it names that document's new version and says nothing of the next document.

    >>> _after_own_label(" (sửa đổi), "), _after_own_label(" sửa đổi, "), _after_own_label(" sửa đổi, bổ sung ")
    (', ', ', ', ' sửa đổi, bổ sung ')
    """
    pattern = _cue_pattern()[0]
    if (m := _BRACKET.match(gap)) is not None and pattern.fullmatch(m.group("in").strip()):
        return gap[m.end():]
    if (m := pattern.match(gap.lstrip())) is not None and re.match(r"\s*(?:[,;]|và\s)", gap.lstrip()[m.end():]):
        return gap.lstrip()[m.end():]
    return gap


def _cue_of_another(gap: str, cue: re.Match[str]) -> bool:
    """The relation word is the name of a document the gap writes ("Luật A, Luật sửa đổi, bổ sung một số điều
    của Luật B": the amending law, not Luật A, amends Luật B)."""
    return re.search(rf"(?<![\w])(?:{_alt(list(tables().type_by_word))})\s+$", gap[: cue.start()]) is not None


def _relations(report: Report, occs: list[_Occ], sents: list[Span]) -> None:
    """Relations stated between documents of one sentence.

    A document named inside another's title is cited by it, or amended, based on, repealed when
    the title says so ("về việc tạm ngưng hiệu lực … Nghị định số 46/2026/NĐ-CP"). Otherwise the
    words between a document and the next one decide ("Quy chế …, ban hành kèm theo Quyết định …").
    """
    k = report.key

    def inside(b: _Occ, a: _Occ) -> bool:
        ts = a.title_span
        return b is not a and ts is not None and ts.start <= b.span.start < ts.end

    by_start = sorted(range(len(occs)), key=lambda i: occs[i].span.start)
    starts = [occs[i].span.start for i in by_start]
    for a in occs:
        if a.title_span is None:
            continue
        # the documents written in a's title, in their order in ``occs`` (a walk over every document for each was
        # quadratic, and over every pair cubic, in a report naming many)
        ts = a.title_span
        within = [occs[i] for i in sorted(by_start[bisect_left(starts, ts.start) : bisect_left(starts, ts.end)])]
        for b in within:
            if inside(b, a) and not any(inside(b, c) and inside(c, a) for c in within):
                rel, _direction = _find_cue(k[a.core_end : b.span.start]) or ("cites", "forward")
                a.mention.relations.append((rel, b.mention))
    for a, b in zip(occs, occs[1:], strict=False):
        if a.title_span is not None and a.title_span.start <= b.span.start < a.title_span.end:
            continue
        if _sentence_end(sents, a.span.start, len(k)) != _sentence_end(sents, b.span.start, len(k)):
            continue
        gap = k[a.tail_end : b.span.start]
        if len(gap) > 150 or ";" in gap:
            continue
        found = _find_cue(_after_own_label(gap), between=True)
        if found is None:
            continue
        rel, direction = found
        src, dst = (a, b) if direction == "forward" else (b, a)
        src.mention.relations.append((rel, dst.mention))


# A resolution named by a Central Committee plenum ("Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị Trung
# ương 8"): its issuer is the Central Committee, whatever body a document listed after it is "của".
_CENTRAL_RESOLUTION = re.compile(
    r"nghị quyết\s+(?:hội nghị\s+)?(?:lần thứ\s+\w+\s+)?(?:ban chấp hành\s+)?(?:trung ương|tw|t\.ư)")


# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, Nghị quyết số 26 … của Bộ Chính trị": a resolution named by a
# congress or conference is that meeting's; the next document's issuer is not shared with it
_MEETING_RESOLUTION = re.compile(r"nghị quyết\s+(?:đại hội|hội nghị)\s+(?!(?:lần thứ\s+\w+\s+)?(?:ban chấp hành\s+)?"
                                 r"(?:trung ương|tw|t\.ư))")


def _central_resolution_of_another(d: DirectiveMention, issuer: OrgMention) -> bool:
    """``d`` is a Central Committee plenum's resolution and ``issuer`` another body ("Nghị quyết Trung ương VI và
    Kết luận số 16-KL/TW … của Bộ Chính trị": the Politburo issued the Kết luận only)."""
    return _CENTRAL_RESOLUTION.match(text_key(d.name or "")) is not None \
        and not re.match(r"(?:ban chấp hành\s+)?trung ương(?:\s+đảng)?$", text_key(issuer.name))


def _other_system(d: DirectiveMention, issuer: OrgMention) -> bool:
    """``d`` is of a type only the State issues and ``issuer`` a Party body, or the reverse ("vi phạm Nghị định
    91 và Quyết định số 1087 năm 2009 của Thành uỷ": the Thành uỷ issued no decree)."""
    t = tables()
    dt = t.type_by_id.get(d.doc_type or "")
    iss = t.issuer_by_alias.get(text_key(issuer.written)) or t.issuer_by_alias.get(text_key(issuer.name))
    if dt is None or iss is None or dt.system == "both":
        return False
    return dt.system != iss.system


# "Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW", "ngày 20-1-1962, thay mặt Bộ Chính trị, đồng
# chí đã ký ban hành Nghị quyết số 40-NQ/TW": the date that opens the clause whose subject gives the document, written
# right before that subject (or before "thay mặt" and it: directive_words.tsv on_behalf); a few words opening with a
# capital between ("Ban Thường vụ" before the "Trung ương Đảng" read as the issuer, "Hội đồng" before "Chính phủ")
@lru_cache(maxsize=1)
def _date_before() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w])ngày\s+(?:(?P<d>\d{1,2})\s*[./-]\s*(?P<m>\d{1,2})(?:\s*[./-]\s*(?P<y>\d{4}))?"
        r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y2>\d{4}))?)"
        rf"\s*,\s*(?:(?:{_directive_words()['on_behalf']})\s+)?(?P<caps>(?:[^\W\d_]+\s+){{0,3}})$")


def _date_before_subject(report: Report, occ: _Occ) -> None:
    """The issue date of a document whose issuer is the subject of the verb that gives it (``before_issuer``: "ký",
    "ban hành", "ra", …, not "tại"), read from the date that opens that subject's clause (:func:`_date_before`)."""
    d = occ.mention
    if d.date_issued is not None or not occ.before_issuer or d.issuer is None:
        return
    k, text = report.key, report.text
    start = occ.span.start
    if _give_verbs()[0].search(k, max(0, start - 60), start) is None:
        return
    at = d.issuer.span.start
    if not 0 < at < start or (m := _date_before().search(k, max(0, at - 60), at)) is None:
        return
    if m.group("caps") and not text[m.start("caps")].isupper():
        return
    d.date_issued = _partial(m.group("d") or m.group("d2"), m.group("m") or m.group("m2"),
                             m.group("y") or m.group("y2"))


def _only_the_assembly_makes_laws(occs: list[_Occ]) -> None:
    """A law or the Constitution is the National Assembly's: another body said with it is whose draft or debate it
    was ("thảo luận dự án Luật Nhà ở và Luật Phòng, chống tham nhũng của Ủy ban Thường vụ Quốc hội ngày …")."""
    for occ in occs:
        d = occ.mention
        if d.doc_type in ("LUAT", "HP") and d.issuer is not None \
                and not re.fullmatch(r"quốc hội(?:\s.*)?", text_key(d.issuer.name)):
            d.issuer = None


def _coordinate(occs: list[_Occ], k: str) -> None:
    """"Nghị định A và Nghị quyết B của Chính phủ", "Quyết định số 217, số 218 của Bộ Chính trị": the issuer
    and term said once apply to both."""
    for a, b in zip(occs, occs[1:], strict=False):
        between = k[a.tail_end : b.span.start]
        if not re.fullmatch(r"\s*(?:,|và|;)\s*(?:các\s+)?(?:số\s*)?", between):
            continue
        if a.mention.issuer is None and b.mention.issuer is not None and not b.before_issuer \
                and not _central_resolution_of_another(a.mention, b.mention.issuer) \
                and not _MEETING_RESOLUTION.match(text_key(a.mention.name or "")) \
                and not _other_system(a.mention, b.mention.issuer):
            a.mention.issuer = b.mention.issuer
        if a.mention.term is None and b.mention.term is not None and a.mention.system == b.mention.system:
            a.mention.term = b.mention.term
        if a.mention.date_issued is None and b.mention.date_issued is not None and a.tail_end == a.core_end \
                and _same_series(a, b):
            # "Quyết định số 67-QĐ/TW và Quyết định số 68-QĐ/TW, ngày 4-7-2007 của Bộ Chính trị": one date said
            # once of two documents of one series, issued together, nothing said of the first ("Chỉ thị số 08/CT-TTg
            # của Thủ tướng và Chỉ thị số 21/CT-TTg ngày 30/8/2019": the date is only the second's)
            a.mention.date_issued = b.mention.date_issued
    for a, b in zip(occs, occs[1:], strict=False):  # "Chính phủ ban hành A và B"
        between = k[a.tail_end : b.span.start]
        if a.before_issuer and b.mention.issuer is None and re.fullmatch(r"\s*(?:,|và)\s*", between):
            b.mention.issuer = a.mention.issuer
            b.before_issuer = True


def _same_series(a: _Occ, b: _Occ) -> bool:
    """Two documents of one type with full symbols of one issuer code ("67-QĐ/TW", "68-QĐ/TW")."""
    return a.parse is not None and b.parse is not None and bool(a.parse.issuer_code) \
        and a.parse.issuer_code == b.parse.issuer_code and a.mention.doc_type == b.mention.doc_type \
        and a.parse.type_abbr == b.parse.type_abbr


# One Central Committee plenum's resolution as a text key writes its name: "nghị quyết trung ương 4 khoá xii", "nghị
# quyết hội nghị trung ương lần thứ 5", "nghị quyết hội nghị lần thứ tư ban chấp hành trung ương đảng khoá xii", "nghị
# quyết t ư 6 lần 2", "nghị quyết trung ương 6 2" (the second session of the sixth), and nothing else
_PLENUM_NAME = re.compile(
    rf"nghị quyết (?:hội nghị )?(?:(?:ban chấp hành )?(?:trung ương|tư|t ư) (?:đảng )?(?:lần thứ )?(?P<n>{_ORDINAL})"
    rf"|lần thứ (?P<o>{_ORDINAL}) ban chấp hành trung ương(?: đảng)?)(?: (?:lần )?(?P<s>\d))?"
    r"(?: khoá (?:[ivxl]{1,6}|\d{1,2}))?")


def _plenum_of(name: str | None) -> tuple[int, int] | None:
    """The plenum (its number, and its session: 0 unless "lần 2") a resolution's name is of, however it is written;
    None for any other name.

    >>> _plenum_of("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII")
    (4, 0)
    >>> _plenum_of("Nghị quyết TƯ 04")
    (4, 0)
    >>> _plenum_of("nghị quyết T.Ư 6 (lần 2)"), _plenum_of("Nghị quyết Trung ương 4 về xây dựng Đảng")
    ((6, 2), None)
    """
    if not name or (m := _PLENUM_NAME.fullmatch(compact(name))) is None:
        return None
    w = m.group("n") or m.group("o")
    n = int(w) if w.isdigit() else ordinal_to_int(w) or roman_to_int(w)
    return (n, int(m.group("s") or 0)) if n else None


def _plenum_identities(occs: list[_Occ]) -> dict[int, tuple]:
    """The identity of each resolution named by its Central Committee plenum ("Nghị quyết Trung ương 4"), by the
    plenum and its term, not by how the name is written: "Nghị quyết Trung ương 4 (khóa XII)" and, later, "Nghị quyết
    Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII" or a bare "Nghị quyết Trung ương 4" are one
    document. A mention with no term is the plenum of the one term the report gives it; when the report names the
    plenum of two terms ("Nghị quyết Trung ương 4 khóa XI và khóa XII"), which the bare one is it does not say, and
    it keeps its own identity. Only while no mention gives the plenum's resolution a title: a plenum may pass several
    ("Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng" and "… về hội nhập kinh tế quốc tế"), and "quán
    triệt Nghị quyết Hội nghị Trung ương 4 khóa XII" beside a titled one may be all of them, or another one; then
    its mentions keep their own identities, as before. Keyed by ``id(occ)``."""
    found = [(o, key) for o in occs if o.parse is None and o.mention.doc_type == "NQ"
             and (key := _plenum_of(o.mention.name)) is not None]
    terms: dict[tuple[int, int], set[int]] = {}
    for o, key in found:
        if o.mention.term is not None:
            terms.setdefault(key, set()).add(o.mention.term)
    termed: list[tuple[_Occ, tuple]] = []
    for o, key in found:
        written = terms.get(key, set())
        if o.mention.term is not None or len(written) <= 1:
            term = o.mention.term if o.mention.term is not None else min(written, default=None)
            termed.append((o, ("plenum", *key, term)))
    titled = {ident for o, ident in termed if o.mention.title}
    return {id(o): ident for o, ident in termed if ident not in titled}


_PREFIX_MERGED = frozenset({"ĐA"})  # the types whose unnumbered mentions _prefix_plans joins


def _prefix_plans(occs: list[_Occ]) -> None:
    """A scheme named without a number whose subject is the first words of another scheme's subject in the report is
    that scheme ("đề án điều chỉnh học phí" and "Đề án điều chỉnh học phí mới", "đề án tinh giản biên chế" and "…
    biên chế đến năm 2021"): the shorter mention takes the longer one's name and title, so the two merge."""
    named = [o for o in occs if o.parse is None and o.mention.doc_type in _PREFIX_MERGED and o.mention.title
             and o.mention.symbol is None]
    if len(named) < 2:
        return
    words = [text_key(o.mention.title or "").split() for o in named]
    for i, a in enumerate(named):
        longer = [b for j, b in enumerate(named) if len(words[j]) > len(words[i])
                  and words[j][: len(words[i])] == words[i]]
        if longer:
            b = max(longer, key=lambda o: len(o.mention.title or ""))
            a.mention.name, a.mention.title = b.mention.name, b.mention.title


_LAW_ABBREVIATION = re.compile(r"[A-ZĐ]{2,8}")


def _law_initials(name: str) -> str:
    """The first letters of a law's name after its type word, in capitals: what an abbreviation of it spells.

    >>> _law_initials("Luật Kinh doanh bất động sản"), _law_initials("Luật Phòng, chống tham nhũng")
    ('KDBĐS', 'PCTN')
    """
    words = _TITLE_WORD.findall(re.sub(r"^(?:[Bb]ộ\s+)?[Ll]uật\s+", "", name))
    return "".join(w[0].upper() for w in words)


def _abbreviated_laws(occs: list[_Occ]) -> None:
    """A law named by an abbreviation in capitals ("Luật KDBĐS", "Luật BHXH") is the law the report names in full
    whose words' first letters spell it ("Luật Kinh doanh bất động sản (KDBĐS)", "Luật Bảo hiểm xã hội"): it takes
    that law's name and title, so the two merge. An abbreviation no full name of the report spells stays as written."""
    laws = [o for o in occs if o.parse is None and o.mention.doc_type == "LUAT" and o.mention.name]
    full = {}
    for o in laws:
        if not _LAW_ABBREVIATION.fullmatch(o.mention.title or ""):
            full.setdefault(_law_initials(o.mention.name or ""), o)
    for o in laws:
        if _LAW_ABBREVIATION.fullmatch(o.mention.title or "") and (whole := full.get(o.mention.title or "")):
            o.mention.name, o.mention.title = whole.mention.name, whole.mention.title


_NATIONAL_CONGRESS = re.compile(
    rf"nghị quyết đại hội (?:đại biểu )?(?:đảng )?(?:toàn quốc )?(?:lần thứ )?(?P<n>{_ORDINAL})"
    r"(?: của đảng(?: cộng sản việt nam)?)?")


def _national_congress_of(name: str | None) -> int | None:
    """The number of the Party's national congress a resolution's name is of, however it is written, with no body
    of its own ("Đảng bộ tỉnh", "Công đoàn"); None for any other name.

    >>> _national_congress_of("Nghị quyết Đại hội Đảng lần thứ IX"), _national_congress_of("Nghị quyết Đại hội IX")
    (9, 9)
    >>> _national_congress_of("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
    13
    >>> _national_congress_of("Nghị quyết Đại hội XI Đảng bộ tỉnh"), _national_congress_of("Nghị quyết Đại hội")
    (None, None)
    """
    if not name or (m := _NATIONAL_CONGRESS.fullmatch(compact(name))) is None:
        return None
    w = m.group("n")
    return (int(w) if w.isdigit() else ordinal_to_int(w) or roman_to_int(w)) or None


def _identity(occ: _Occ) -> tuple:
    """A document's identity within the report: its symbol's canonical form; for a resolution of the Party's national
    congress, the congress's number ("Nghị quyết Đại hội Đảng lần thứ IX" and, later, "Nghị quyết Đại hội IX" are one
    document, as a report cites it once in full and then short); else its type and its name as written."""
    d = occ.mention
    if occ.parse is not None:
        return ("s", occ.parse.canonical)
    if d.doc_type == "NQ" and not d.title and (n := _national_congress_of(d.name)) is not None:
        return ("congress", n)
    return ("n", d.doc_type, compact(d.name or ""))


def _zero_padded(symbol: str | None) -> bool:
    """The symbol's number is written with leading zeros ("04-KH/TW", "05"): a form of the number.

    >>> _zero_padded("04-KH/TW"), _zero_padded("4-KH/TW"), _zero_padded("0")
    (True, False, False)
    """
    return symbol is not None and re.match(r"0+\d", symbol) is not None


def _merge(into: DirectiveMention, other: DirectiveMention) -> None:
    # "Kế hoạch số 04-KH/TW" and, later, "Kế hoạch số 4-KH/TW": one document (the identity drops leading zeros);
    # its symbol is the number as it reads, without them
    if _zero_padded(into.symbol) and other.symbol is not None and not _zero_padded(other.symbol):
        into.symbol, into.number = other.symbol, other.number
    for f in ("type_word", "symbol_type", "issuer", "term", "date_issued", "title", "name", "year"):
        if getattr(into, f) is None and getattr(other, f) is not None:
            setattr(into, f, getattr(other, f))
            if f == "type_word":
                into.doc_type = other.doc_type
    if into.term_inferred and not other.term_inferred and other.term is not None:
        into.term, into.term_inferred = other.term, False
    into.spans.append(other.span)


def _infer_term_and_year(d: DirectiveMention, report: Report) -> None:
    when: date | None = d.date_issued.to_date() if d.date_issued else None
    if d.system == "party" and d.term is None and d.symbol is not None:
        ref = when or (report.published.to_date() if report.published else None)
        if ref is None and report.published and report.published.year:
            ref = date(report.published.year, 12, 31)
        if ref is not None and (term := term_at(ref)) is not None:
            d.term, d.term_inferred = term, True
    if d.system == "state" and d.year is None and d.symbol is not None:
        if d.date_issued and d.date_issued.year:
            d.year = d.date_issued.year
        elif report.published and report.published.year and not d.symbol.isdigit():
            # a bare number ("Nghị quyết số 71 của Chính phủ") is no document of the report's year: it may be
            # years old, and its year is never guessed (it has no identity across reports either)
            d.year = report.published.year


_OF_NAME = re.compile(r"[ \t]+của[ \t]+(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _bare_firsts() -> tuple[str, ...]:
    """The first words of the type words (the bare-number pattern opens with a type word, then a space or "("),
    where that pattern is tried; "glued" after a letter too (``_WORD_START``), so not only at a word's start. Not
    the words of a type never numbered whose number is its horizon ("Chiến lược … 10 năm 2021-2030")."""
    return _first_words(w for w, dt in tables().type_by_word.items() if dt.id not in _HORIZON_TYPES)


# The type word starts a word, or is glued to the word before it by a space the text lost ("Thủ tướng cóthông báo
# số 198"): the group ``glue`` says so, and only "số" and a number after it make such a word a document's.
_WORD_START = r"(?:(?<![\w])|(?<=[^\W\d_])(?P<glue>))"
# A parenthesis opened right before the type word ("(Đề án 112)", "(gọi tắt là Đề án 112)").
_OPENED_BEFORE = re.compile(r"\([^()\n]{0,25}$")


@lru_cache(maxsize=1)
def _bare_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """The regex of "TYPE [số] NUMBER[/YEAR | /ISSUER | năm YEAR]" and the type ids citable without
    "số" (bare_numbers.tsv)."""
    t = tables()
    rows = read_rows("bare_numbers.tsv", 2)
    counts = _alt([text_key(v) for kind, v in rows if kind == "count"])
    strong = frozenset(v for kind, v in rows if kind == "type")
    more = r"(?![ \t]*[/–-][ \t]*\w)"  # no further symbol group ("53/2015/NĐ-CP" is a full symbol)
    glued = _alt([text_key(v) for kind, v in rows if kind == "glued"])
    pat = re.compile(
        rf"{_WORD_START}(?P<w>{_alt(list(t.type_by_word))})(?:[ \t]+|[ \t]*\((?=[ \t]*số))"  # "quyết định (số 279"
        rf"(?:[ \t]*(?:mang[ \t]+|có[ \t]+)?(?P<so>số)[ \t]*:?[ \t]*)?(?P<n>\d{{1,5}})"  # "Quyết định mang số 2356"
        rf"(?:[ \t]*/[ \t]*(?P<y>(?:19|20)\d\d)(?![\w/]){more}"  # "Nghị định 53/2015"
        rf"|[ \t]*/[ \t]*(?P<iss>[a-zđ]{{2,8}})(?![\w/]|\.\w){more}"  # "số 100/TTg", "số 64/CP." (at a sentence's end)
        rf"|[ \t]+năm[ \t]+(?P<ny>(?:19|20)\d\d)(?![\w])"  # "Quyết định số 1087 năm 2009"
        rf"|(?P<gl>(?=(?:{glued})(?![\w])))"  # "Quy định số 181của Bộ Chính trị": a space lost after the number
        rf"|(?![\w/–-]|[ \t]*[/–-][ \t]*\w|[.,]\d|[ \t]+(?:{counts})(?![\w])|[ \t]*%)"
        rf"(?:(?P<of>(?=[ \t]+của[ \t]))|(?P<cl>(?=[ \t]*\))))?)"  # "Kế hoạch 64 của Ban Chỉ đạo", "(Đề án 112)"
    )
    return pat, strong


# A type's abbreviation in capitals before a bare number ("các đề án theo NQ 54", "NĐ 61 về bán nhà"): only the
# abbreviations no other word is written as (CT, KL, TT also stand for companies, results, centres).
# The word first and the guard behind it ("(?<![\w/.-]..)" looks past its two letters): a pattern that opens with
# a lookbehind is tried at every position of the text, one that opens with letters only where they are.
_ABBREVIATED = re.compile(r"(?P<w>NQ|NĐ|QĐ)(?<![\w/.-]..)[ \t]+(?:số[ \t]*)?(?P<n>\d{1,4})"
                          r"(?![\w/%–-]|[.,]\d|[ \t]*[/–-][ \t]*\w)")


def _abbreviated_numbers(text: str, taken: list[tuple[int, int]], numbered: dict,
                         found: set[int]) -> list[SymbolMatch]:
    """Documents cited by a type's abbreviation and a bare number ("theo NQ 54 của Quốc hội").

    >>> [(sm.parse.symbol, sm.parse.doc_type.id) for sm in _abbreviated_numbers("Đó là NĐ 61 về bán nhà.", [],
    ...                                                                       set(), set())]
    [('61', 'NĐ')]
    """
    t = tables()
    out = []
    for m in _ABBREVIATED.finditer(text):
        n = m.group("n")
        dt = t.type_by_id.get(m.group("w"))
        if dt is None or m.start("n") in found or any(a < m.end() and m.start() < b for a, b in taken) \
                or (dt.id, n.lstrip("0")) in numbered or _COUNT_AFTER().match(text_key(text[m.end():m.end() + 20])):
            continue
        parse = SymbolParse(symbol=n, canonical=f"{dt.id}:{int(n)}", number=n, type_abbr=None, doc_type=dt,
                            issuer_code="", system="party" if dt.system == "party" else "state", year=None)
        out.append(SymbolMatch(Span(m.start("n"), m.end("n")), parse))
    return out


# Right before a lowercase type word without "số": the word is a verb ("đã kết luận 4 vi phạm").


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern[str]:
    """Right before a lower-case type word: a word that makes it a verb (directive_words.tsv: verb_before)."""
    return re.compile(rf"(?<![\w])(?:{_directive_words()['verb_before']})\s+$")
# After a bare number, more numbers of the same type: "Quyết định 09, 80, 86", "các Nghị quyết số 08 và 49",
# "Quyết định số 217, số 218".
_LISTED = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:số[ \t]*)?(?P<n>\d{1,4})"
                     r"(?![\w/%–-]|[.,]\d|[ \t]*[/–-][ \t]*\w)")


def _listed_numbers(k: str, end: int, dt: DocType, numbered: dict) -> list[SymbolMatch]:
    """The numbers listed after a bare number ("Quyết định 09, 80, 86 về …"), each a document of its type;
    none when a count word follows the list ("Nghị quyết 3, 4 điểm" is no list of documents).

    >>> [sm.parse.symbol for sm in _listed_numbers("quyết định 09, 80, 86 về việc", 13, tables().type_by_id["QĐ"],
    ...                                            {})]
    ['80', '86']
    """
    found: list[re.Match[str]] = []
    while (m := _LISTED.match(k, end)) is not None and len(found) < 8:
        found.append(m)
        end = m.end()
    if not found or _COUNT_AFTER().match(k, end) or any(len(m.group("n")) == 4 and m.group("n")[:2] in ("19", "20")
                                                        for m in found):
        return []
    out = []
    for m in found:
        n = m.group("n")
        if (full := numbered.get((dt.id, n.lstrip("0")))) is not None:
            out.append(SymbolMatch(Span(m.start("n"), m.end("n")), full))  # the document its symbol names
            continue
        parse = SymbolParse(symbol=n, canonical=f"{dt.id}:{int(n)}", number=n, type_abbr=None, doc_type=dt,
                            issuer_code="", system="party" if dt.system == "party" else "state", year=None)
        out.append(SymbolMatch(Span(m.start("n"), m.end("n")), parse))
    return out


@lru_cache(maxsize=1)
def _COUNT_AFTER() -> re.Pattern[str]:  # noqa: N802
    """A count word of bare_numbers.tsv right after a number ("3, 4 điểm")."""
    counts = _alt([text_key(v) for kind, v in read_rows("bare_numbers.tsv", 2) if kind == "count"])
    return re.compile(rf"[ \t]+(?:{counts})(?![\w])")


def _bare_numbers(k: str, symbols: list[SymbolMatch], text: str | None = None,
                  found: dict[str, list[int]] | None = None) -> list[SymbolMatch]:
    """Documents cited by a bare number ("Quyết định số 512", "nghị quyết 54 của Quốc hội").

    The symbol is the number as written; its identity inside the report is (type, number), and it
    has none across reports (:func:`directive_key`): a bare number names no issuer or year.

    Three longer shapes count too: a number and a year ("Nghị định 53/2015", which names one
    document of that type and year, so it is identified across reports), a number and an issuer in
    capitals ("Nghị định số 100/TTg"; ``text`` is needed to see the capitals), and "số 1087 năm 2009"
    (the number; the year is the document's). Without "số", a type that bare_numbers.tsv does not
    list counts only with such a longer shape or before "của" + its issuer ("Kế hoạch 64 của Ban
    Chỉ đạo"); a plain number after it is a count or an ordinal ("Kế hoạch 5 năm")."""
    if not any(map(str.isdigit, k)):
        return []
    pat, strong = _bare_pattern()
    t = tables()
    taken = [(sm.span.start, sm.span.end) for sm in symbols]
    # The documents the report writes with a full symbol, by type and number: a bare number of one of them is
    # that document ("Quyết định số 217 … của Bộ Chính trị (khóa XI)" beside "Quyết định số 217-QĐ/TW").
    # A symbol's type is also the one its type word says ("Quy định số 181-QĐ/TW" beside "Quy định số 181": QĐ is
    # Quyết định's abbreviation, but the word names a Quy định).
    numbered = {(sm.parse.doc_type.id if sm.parse.doc_type else None, sm.parse.number.lstrip("0")): sm.parse
                for sm in symbols}
    type_before = _patterns().type_before
    for sm in symbols:
        if (w := type_before.search(k, max(0, sm.span.start - 48), sm.span.start)) is not None \
                and (word_type := t.type_by_word.get(w.group("w"))) is not None:
            numbered.setdefault((word_type.id, sm.parse.number.lstrip("0")), sm.parse)
    out: list[SymbolMatch] = []
    for m in anchored(pat, k, _written_starts(k, _bare_firsts(), word_start=False, found=found)):
        dt = t.type_by_word.get(m.group("w"))
        n = m.group("n")
        if dt is None or any(a < m.end() and m.start("n") < b for a, b in taken):
            continue
        year_like = len(n) == 4 and n[:2] in ("19", "20")
        symbol, canonical, end, year = n, f"{dt.id}:{int(n)}", m.end("n"), None
        if m.group("y"):
            year = int(m.group("y"))
            symbol, canonical, end = f"{n}/{year}", f"{dt.id}:{int(n)}/{year}", m.end("y")
        elif m.group("iss"):
            iss = (text or k)[m.start("iss") : m.end("iss")]
            if text is None or not iss[0].isupper() or sum(c.isupper() for c in iss) < 2:
                continue  # "quyết định 5/tháng" is prose; an issuer code is written in capitals
            if re.match(r"[ \t]+[A-ZĐ]{2}", text[m.end("iss") :]):
                continue  # "1179/ QĐ BGDĐT": a symbol written with a space for its dash, read no part of it
            symbol, canonical, end = f"{n}/{iss}", f"{dt.id}:{int(n)}/{text_key(iss)}", m.end("iss")
        elif m.group("ny"):
            year, end = int(m.group("ny")), m.end("ny")
        longer = m.group("y") or m.group("iss")
        # "của" + a capital is the issuer's name ("Kế hoạch 64 của Ban …", not "… của tờ trình")
        of = m.group("of") is not None and text is not None and (o := _OF_NAME.match(text, m.end("n"))) is not None \
            and text[o.end()].isupper()
        if (m.group("glue") is not None or m.group("gl") is not None) and not m.group("so"):
            continue  # a lost space: only "số" and a number show the words are a document's type and number
        # "(Đề án 112)": a capitalised type and a number that fill a parenthesis give the short name of the
        # document; "(phương án 1)" in lower case labels one of the options just listed
        named = m.group("cl") is not None and text is not None and text[m.start("w")].isupper() \
            and _OPENED_BEFORE.search(k, max(0, m.start("w") - 26), m.start("w"))
        if not m.group("so") and not longer and (year_like or (dt.id not in strong and not of and not named)):
            continue
        if not m.group("so") and text is not None and text[m.start("w")].islower() \
                and _verb_before().search(k, max(0, m.start("w") - 12), m.start("w")):
            continue  # "đã kết luận 4 vi phạm", "có thể quyết định 150 hoặc 170": the type word is a verb
        if (full := numbered.get((dt.id, n.lstrip("0")))) is not None:
            # "Nghị định số 46" beside "Nghị định số 46/2026/NĐ-CP": that document, and what its tail says
            # (issuer, term) is said of it; a number with a year or a code of its own is only dropped
            if symbol == n and not year:
                out.append(SymbolMatch(Span(m.start("n"), end), full))
                out += _listed_numbers(k, end, dt, numbered)
            continue
        parse = SymbolParse(symbol=symbol, canonical=canonical, number=n, type_abbr=None, doc_type=dt,
                            issuer_code="", system="party" if dt.system == "party" else "state", year=year)
        out.append(SymbolMatch(Span(m.start("n"), end), parse))
        if symbol == n and not year:
            out += _listed_numbers(k, end, dt, numbered)
    if text is not None:
        out += _abbreviated_numbers(text, taken, numbered, {sm.span.start for sm in out})
    # "Nghị định số 46/2026 (gọi tắt là Nghị định 46)": the short form is the same document.
    full = {(sm.parse.doc_type.id, sm.parse.number.lstrip("0")): sm.parse for sm in out
            if sm.parse.doc_type and sm.parse.symbol != sm.parse.number}
    return [SymbolMatch(sm.span, full[key]) if sm.parse.symbol == sm.parse.number
            and (key := (sm.parse.doc_type.id if sm.parse.doc_type else "", sm.parse.number.lstrip("0"))) in full
            else sm for sm in out]


# A related-links footer after the report: other reports' headlines, each on its line with its date in brackets
# ("Cân nhắc việc ban hành Luật Công cụ chuyển nhượng(30/05/2005)"); the documents they name are not this report's
_LINK_LINE = re.compile(r"(?m)^[^\n]{5,200}\(\d\d/\d\d/\d{4}\)[ \t]*$")
_FOOTER_TAIL = 3000  # characters from the end where such a footer is looked for


def _related_links(text: str) -> list[tuple[int, int]]:
    """The spans of the related-links headlines at the end of ``text`` (_LINK_LINE), none when no line there ends
    with a bracketed date."""
    lo = max(0, len(text) - _FOOTER_TAIL)
    if ")" not in text[lo:]:
        return []
    return [(m.start(), m.end()) for m in _LINK_LINE.finditer(text, lo)]


def find_directives(report: Report, extraction: Extraction | None = None) -> list[DirectiveMention]:
    """Every distinct document named in ``report``, merged, with relations and inferred terms."""
    extraction = extraction if extraction is not None else Extraction(report=report)
    k = report.key
    symbols = find_symbols(report.text, k) if "/" in k else []
    bare = _bare_numbers(k, symbols, report.text, _word_starts(report))
    symbols = sorted(symbols + bare, key=lambda sm: sm.span.start)
    sents = sentences(report)
    occs = _symbol_occurrences(report, extraction, sents, symbols)
    occs += _named_occurrences(report, extraction, sents, symbols)
    if ";" in k:
        occs += _listed_resolutions(report, extraction, sents, occs)
    if "quyết định" in k:
        occs += _decision_occurrences(report, extraction, sents, symbols)
    if "quy hoạch" in k or "chiến lược" in k:
        occs += _master_plan_occurrences(report, extraction, sents)
    if known := _known_occurrences(report, extraction, sents, symbols):
        # a name of named_documents.tsv is read there, whatever the general rules made of it; a document the
        # general rules read inside a treaty's name ("Công ước Liên hợp quốc về Luật Biển") is part of that name
        starts = {o.span.start for o in known}
        treaties = [o.span for o in known if o.mention.doc_type in _treaty_ids()]
        occs = [o for o in occs if o.parse is not None or (o.span.start not in starts and not any(
            t.start < o.span.start < t.end for t in treaties))] + known
    if footer := _related_links(report.text):
        occs = [o for o in occs if not any(a <= o.span.start < b for a, b in footer)]
    occs.sort(key=lambda o: o.span.start)
    for occ in occs:
        _date_before_subject(report, occ)
    _only_the_assembly_makes_laws(occs)
    _coordinate(occs, k)
    _only_the_assembly_makes_laws(occs)
    _relations(report, occs, sents)
    if "đề án" in k:
        _prefix_plans(occs)
    if "luật" in k:
        _abbreviated_laws(occs)
    merged: dict[tuple, DirectiveMention] = {}
    alias: dict[int, DirectiveMention] = {}
    plenums = _plenum_identities(occs) if "nghị quyết" in k else {}
    for occ in occs:
        ident = plenums.get(id(occ)) or _identity(occ)
        d = occ.mention
        if ident[0] == "plenum" and ident in merged and merged[ident].term is None and d.term is not None:
            merged[ident].name = d.name  # the plenum's name with its term ("… Trung ương 4 (khóa XII)"), not the bare
        if ident in merged and not (d.term and merged[ident].term and d.term != merged[ident].term):
            _merge(merged[ident], d)
            alias[id(d)] = merged[ident]
        else:
            if ident in merged:
                ident = (*ident, d.term)
            d.spans.append(d.span)
            merged[ident] = d
            alias[id(d)] = d
    out = list(merged.values())
    for d in out:
        rels: list[tuple[str, DirectiveMention]] = []
        for occ in occs:
            if alias[id(occ.mention)] is d:
                for rel, target in occ.mention.relations:
                    tgt = alias.get(id(target), target)
                    if tgt is not d and all(r != rel or t is not tgt for r, t in rels):
                        rels.append((rel, tgt))
        d.relations = rels
        _infer_term_and_year(d, report)
    return out


def document_types() -> tuple[DocType, ...]:
    """Every document type of ``loaders/data/document_types.tsv`` (``id``, ``vi``, ``en``, ``abbrs``,
    ``system``), for the graph builder's SKOS concepts ("Kết luận"@vi, "Conclusion"@en)."""
    return tables().types


def extract_directives(report: Report, extraction: Extraction) -> None:
    """Pipeline component: append the report's documents to ``extraction.directives``, each with
    its :func:`directive_key` as its ``identity`` (the resolver keys documents by it)."""
    found = find_directives(report, extraction)
    todo = list(found)
    keyed: list[DirectiveMention] = []
    while todo:
        d = todo.pop()
        if d.identity is None:
            d.identity = directive_key(d)
            keyed.append(d)
            todo.extend(target for _, target in d.relations)
    for d in keyed:
        _keep_written(d, report)
    extraction.directives.extend(found)


def _keep_written(d: DirectiveMention, report: Report) -> None:
    """Drop the term and year :func:`_infer_term_and_year` took from the report's date once the identity is keyed.

    A Party number restarts every term and an administrative State number every year, so the identity needs
    them; but a fact the graph states comes from the text ("Chỉ thị số 56-CT/TW của Bộ Chính trị" cited in a
    2019 report is a directive of 2000, of no term the report's date can tell). A term deduced from the
    document's own issue date, as the text writes it ("Chỉ thị số 15-CT/TW, ngày 07/7/2007": term X), is
    true and stays, marked ``term_inferred`` (``kg:termInferred``) so that an analyst can tell it from a
    written one; only for a central document ("…/TW"): a provincial or commune committee's terms are its own
    congresses', which the national calendar does not give ("233/NQ-ĐU" of 2009 is of no term X). A year the
    symbol writes or the issue date gives stays.
    """
    issued = d.date_issued.to_date() if d.date_issued is not None else None
    central = (parsed := _canonical(d.symbol) if d.symbol else None) is not None and parsed.issuer_code == "TW"
    if d.term_inferred and not (central and issued is not None and term_at(issued) == d.term):
        d.term, d.term_inferred = None, False
    if d.year is not None and not (d.date_issued is not None and d.date_issued.year == d.year) \
            and (d.symbol is None or str(d.year) not in d.symbol) and report.published is not None \
            and d.year == report.published.year:
        d.year = None


# ---------------------------------------------------------------------------------------------
# Identity for the resolver


_NUMBER_YEAR = re.compile(r"(\d{1,5})/((?:19|20)\d\d)")
# a congress or conference of a unit named only by its level ("Đảng bộ tỉnh", "Đảng bộ quận", "Đảng bộ TP")
_GENERIC_UNIT = re.compile(r"(?<![\w])đảng bộ\s+(?:tỉnh|thành phố|tp|quận|huyện|thị xã|xã|phường)\s+lần(?![\w])")


@lru_cache(maxsize=4096)
def _canonical(symbol: str) -> SymbolParse | None:
    return parse_symbol(symbol)


def directive_key(d: DirectiveMention) -> str | None:
    """The identity of a document across reports; None when it cannot be identified.

    - Party, by symbol: ``party:<canonical symbol>@<term>`` (numbers restart each term), e.g.
      ``party:62-KL/TW@10``; None without a term (stated or inferred).
    - State, with the year in the symbol (normative documents, laws): ``state:100/2019/NĐ-CP``.
    - State administrative (no year in the symbol, numbered afresh every 1 January):
      ``state:1234/QĐ-TTg@2019``; None without a year.
    - Named without a symbol: ``name:<type>:<compact name>`` (plus ``@<term>`` for Party documents
      named by term, "Nghị quyết Trung ương 4 khóa XII").

    The canonical symbol drops leading zeros and puts a malformed Party symbol ("68/QĐ-TW") in the
    Party layout ("68-QĐ/TW"), so the different ways of writing one document meet.
    """
    if d.symbol and d.symbol.isdigit():
        return None  # a bare number ("Quyết định số 512"): no issuer or year to know it by elsewhere
    if d.symbol and (m := _NUMBER_YEAR.fullmatch(d.symbol)) and d.doc_type:
        # "Nghị định 53/2015": one document of that type, number and year
        return f"{d.system}:{d.doc_type}:{int(m.group(1))}/{m.group(2)}"
    if d.symbol:
        parse = _canonical(d.symbol)
        canon = parse.canonical if parse else d.symbol
        system = parse.system if parse else d.system
        if system == "party":
            return f"party:{canon}@{d.term}" if d.term else None
        if parse is not None and parse.year is not None:
            return f"state:{canon}"
        return f"state:{canon}@{d.year}" if d.year else None
    if d.name and _GENERIC_UNIT.search(text_key(d.name)):
        return None  # "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII": which province's, only the report knows
    if d.name:
        base = f"name:{d.doc_type or ''}:{compact(d.name)}"
        return f"{base}@{d.term}" if d.term and d.system == "party" else base
    return None
