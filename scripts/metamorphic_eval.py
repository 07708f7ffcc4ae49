"""Metamorphic evaluation: score kg on surface-changed copies of the read sets' reports.

A transform that changes the surface of a report but not its facts, applied the same way to the
text, its sidecar and its gold, must leave kg's score unchanged. Every fact kg finds on the original
and loses on the transformed copy is a place where the extraction depends on the particular words of
the texts that were read. Transforms:

- ``identity``: the report as it is (reproduces ``kg eval``'s figures exactly);
- ``tone``: every open ``oa``/``oe``/``uy`` syllable written in the other tone-mark style
  ("ủy" <-> "uỷ", "hòa" <-> "hoà"; kg.textkey's pairs), in text, sidecar and gold;
- ``names``: every gold person whose name is a Vietnamese family name and name syllables
  (surnames.txt, name_syllables.tsv) and is written whole in the text gets a generated name of as
  many syllables (seeded), wherever the full name is written (text and every gold string); a bare
  given name after an honorific or a title ("ông Dũng", "Bí thư Dũng") takes the new given name when
  exactly one gold person of the report has that given name, and so does a middle and given name
  ("bà Kim Ngân"); persons who share a given name keep it (only their other syllables change), so
  that a bare "ông Phong" refers as it did;
- ``places``: the provinces the report writes (provinces.tsv, their names and spellings) are mapped
  to others of the same kind (tỉnh / thành phố) by a seeded permutation, in text, sidecar and gold
  (person names left alone).

Usage (from a checkout's root; never a held-out set)::

    python scripts/metamorphic_eval.py tests/gold/mid31 ../shared/gold/dev --corpus ../shared/corpus \\
        [--transforms identity tone names places] [--seeds 1 2 3] [--losses] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.evaluate import (
    DATED_EVENTS,
    KINDS,
    NAMED_DIRECTIVES,
    POSTS_BY_NODE,
    Counts,
    ReportScore,
    find_report,
    name_key,
)
from kg.loaders.extract.tokens import vietnamese_syllable
from kg.reference.tables import rows as table_rows
from kg.textkey import TONE_PAIRS, key

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus_io import heldout_gold_stems  # noqa: E402

TRANSFORMS = ("identity", "tone", "names", "places")
SEEDED = frozenset({"names", "places"})
COLUMNS = ("persons", "posts", POSTS_BY_NODE, "organizations", "directives", NAMED_DIRECTIVES)
SHORT = {"persons": "pers", "posts": "posts", POSTS_BY_NODE: "node", "organizations": "orgs",
         "directives": "dir", NAMED_DIRECTIVES: "ndir"}

_WORD = r"[^\W_]"
_SYLLABLE = re.compile(r"[^\W\d_]+")

# ---------------------------------------------------------------------------------------------
# Spans and strings


def _replace_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, new) span replaced; overlapping later spans are dropped."""
    out, at = [], 0
    for s, e, new in sorted(spans):
        if s < at:
            continue
        out.append(text[at:s])
        out.append(new)
        at = e
    out.append(text[at:])
    return "".join(out)


def _find(text_key: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Word-bounded spans of ``phrase`` in a text whose :func:`kg.textkey.key` is ``text_key``."""
    k = key(unicodedata.normalize("NFC", phrase))
    if not k.strip():
        return
    body = r"\s+".join(re.escape(w) for w in k.split())
    pat = re.compile(rf"(?<!{_WORD}){body}(?!{_WORD})")
    for m in pat.finditer(text_key):
        yield m.start(), m.end()


def _cased_like(written: str, new: str) -> str:
    """``new`` in the case style of ``written``: capitals if it is in capitals, else as given."""
    letters = [c for c in written if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return new.upper()
    return new


def _map_strings(obj: object, fn: Callable[[str], str], skip: frozenset[str] = frozenset(), name: str = "") -> object:
    """``obj`` (parsed JSON) with ``fn`` applied to every string, except under the keys in ``skip``."""
    if name in skip:
        return obj
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [_map_strings(x, fn, skip, name) for x in obj]
    if isinstance(obj, dict):
        return {k: _map_strings(v, fn, skip, k) for k, v in obj.items()}
    return obj


# gold keys whose strings are codes, not text
_GOLD_CODES = frozenset({"report", "status", "date", "symbol", "start", "end", "kind_code"})
# sidecar keys that are text of the report (the rest is provenance: url, source, publisher)
_SIDECAR_TEXT = ("title", "province", "place", "note")


@dataclass
class Copy:
    """One report's text, sidecar and gold, as read or as transformed."""

    text: str
    sidecar: dict | None
    gold: dict
    surface: Callable[[str], str] | None = None  # the transform of one string, to compare kg's extras by

    def map_text(self, fn: Callable[[str], str], gold_skip: frozenset[str] = frozenset()) -> Copy:
        """The copy with ``fn`` applied to the text, the sidecar's text fields and the gold's strings."""
        side = None
        if self.sidecar is not None:
            side = {k: (fn(v) if k in _SIDECAR_TEXT and isinstance(v, str) else v) for k, v in self.sidecar.items()}
        gold = _map_strings(self.gold, fn, _GOLD_CODES | gold_skip)
        assert isinstance(gold, dict)
        return Copy(fn(self.text), side, gold, fn)


# ---------------------------------------------------------------------------------------------
# tone


_NEW_TO_OLD = {v: k for k, v in TONE_PAIRS.items()}
_TONE_SWAP = {**TONE_PAIRS, **_NEW_TO_OLD}
_TONE_SWAP |= {k.upper(): v.upper() for k, v in _TONE_SWAP.items()} | {
    k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in _TONE_SWAP.items()}


def swap_tone_style(text: str) -> str:
    """Every open ``oa``/``oe``/``uy`` syllable with its tone on the other vowel ("ủy" <-> "uỷ").

    A ``uy`` after ``q`` is left alone: "quý" is written one way ("qu" is the consonant).

    >>> swap_tone_style("Tỉnh ủy Khánh Hòa, hoà giải, Quý, hoàn")
    'Tỉnh uỷ Khánh Hoà, hòa giải, Quý, hoàn'
    """
    def one(m: re.Match[str]) -> str:
        syl = m.group(0)
        if len(syl) < 2 or (len(syl) >= 3 and syl[-3] in "qQ"):
            return syl
        new = _TONE_SWAP.get(syl[-2:])
        return syl[:-2] + new if new else syl
    return _SYLLABLE.sub(one, text)


def tone_copy(c: Copy) -> Copy:
    """The copy written in the other tone-mark style throughout."""
    return c.map_text(swap_tone_style)


# ---------------------------------------------------------------------------------------------
# names


def _rows(name: str, cols: int) -> list[list[str]]:
    """The first ``cols`` cells of every row of one of kg's data tables (its one reader,
    kg.reference.tables: comments, blank lines and the header left out), padded with ""."""
    return [r.padded(cols)[:cols] for r in table_rows(name)]


@dataclass
class NameData:
    """The name syllables kg's data knows, with how many officials' names each is in."""

    surnames: list[str]
    middles: list[tuple[str, int]]
    givens: list[tuple[str, int]]
    known: frozenset[str]
    surname_keys: frozenset[str]
    titles: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> NameData:
        honor = [r[0].strip() for r in _rows("honorifics.txt", 2) if r[0].strip()]
        # a family name that is also an honorific ("Ông") would make "ông X" of a generated name: not drawn
        surnames = [r[0].strip() for r in _rows("surnames.txt", 1)
                    if r[0].strip() and key(r[0].strip()) not in {key(h) for h in honor}
                    and vietnamese_syllable(r[0].strip())]
        syl = _rows("name_syllables.tsv", 3)
        # drawn: one Vietnamese syllable each ("Na-díp", "Putin" are counted there but not drawn)
        middles = [(s, int(n)) for p, s, n in syl if p == "middle" and vietnamese_syllable(s)]
        givens = [(s, int(n)) for p, s, n in syl if p == "given" and vietnamese_syllable(s)]
        family = [s for p, s, _ in syl if p == "family"]
        known = frozenset(key(s) for s in (*surnames, *family, *(s for _p, s, _n in syl)))
        # a role that is a title only after "Phó" ("phòng", "ban": needs_org deputy) is a body's noun too
        # and one ending in a body's first word ("Trưởng phòng", "Trưởng ban") is read before a body's name
        # more than before a given name ("Phó trưởng Phòng Bảo vệ …"): neither is taken
        heads = {key(r[3].split()[0]) for r in _rows("organizations.tsv", 4) if r[3].split()}
        roles = [r[0].strip() for r in _rows("roles.tsv", 5) if r[0].strip()
                 and r[4] != "deputy" and key(r[0].split()[-1]) not in heads]
        titles = sorted({key(t) for t in (*honor, *roles)}, key=len, reverse=True)
        every_surname = [r[0].strip() for r in _rows("surnames.txt", 1) if r[0].strip()]
        return cls(surnames, middles, givens, known, frozenset(key(s) for s in every_surname), titles)

    def eligible(self, name: str) -> bool:
        """A name of 2-4 Vietnamese syllables, a family name first, every syllable one kg's name data knows
        (name_syllables.tsv counts some foreign officials too: "Vladimir Putin" is not taken)."""
        parts = name.split()
        if not 2 <= len(parts) <= 4 or not all(_SYLLABLE.fullmatch(p) for p in parts):
            return False
        ks = [key(p) for p in parts]
        return (ks[0] in self.surname_keys and all(k in self.known for k in ks)
                and all(vietnamese_syllable(p) for p in parts))


def _title(s: str) -> str:
    return s[:1].upper() + s[1:].lower()


def _generate(rng: random.Random, data: NameData, old: str) -> str:
    """A name of as many syllables as ``old``: a family name, middle and given name syllables by their frequency.

    A woman's or man's middle "Thị" / "Văn" is kept, so the name tells the same sex.
    """
    parts = old.split()
    new = [_title(rng.choice(data.surnames))]
    for mid in parts[1:-1]:
        if key(mid) in ("thị", "văn"):
            new.append(_title(mid.lower()))
        else:
            choices = [(s, n) for s, n in data.middles if key(s) not in ("thị", "văn")]
            new.append(_title(rng.choices([s for s, _ in choices], [n for _, n in choices])[0]))
    new.append(_title(rng.choices([s for s, _ in data.givens], [n for _, n in data.givens])[0]))
    return " ".join(new)


@dataclass
class Renaming:
    """The names transform of one report: old full name -> new, and the short forms written after a title:
    the given name, and the middle and given name of a name of three syllables or more, each when one
    gold person of the report alone has it."""

    full: dict[str, str]
    given: dict[str, str]


def plan_names(c: Copy, data: NameData, rng: random.Random) -> Renaming:
    """Which gold persons get which new name (seeded), never the name or given name of another of the report."""
    tk = key(c.text)
    persons = [p["name"] for p in c.gold["persons"]]
    taken = {key(n) for n in persons}
    given_count: dict[str, int] = {}
    for n in persons:
        g = key(n.split()[-1]) if n.split() else ""
        given_count[g] = given_count.get(g, 0) + 1
    taken_given = set(given_count)
    tail_count: dict[str, int] = {}
    for n in persons:
        if len(n.split()) >= 3:
            t = key(" ".join(n.split()[-2:]))
            tail_count[t] = tail_count.get(t, 0) + 1
    full: dict[str, str] = {}
    given: dict[str, str] = {}
    for n in persons:
        if (n in full or not data.eligible(n) or next(_find(tk, n), None) is None
                or key(n) in _province_keys()):
            continue  # "Hồ Chí Minh" also names the city: renaming him would move the city too
        shared = given_count.get(key(n.split()[-1]), 0) > 1
        for _ in range(200):
            new = _generate(rng, data, n)
            if shared:  # "ông Phong" of two Phong's: both keep the given name, so "ông Phong" still reads as before
                new = " ".join(new.split()[:-1] + [n.split()[-1]])
            g_new = key(new.split()[-1])
            if (key(new) in taken or (g_new in taken_given and not shared) or next(_find(tk, new), None) is not None
                    or _reads_as_words(new, data)):
                continue
            break
        else:
            continue
        full[n] = new
        taken.add(key(new))
        taken_given.add(g_new)
        g_old = n.split()[-1]
        if given_count.get(key(g_old)) == 1:
            given[g_old] = new.split()[-1]
        tail_old = " ".join(n.split()[-2:])
        if len(n.split()) >= 3 and tail_count.get(key(tail_old)) == 1:
            given[tail_old] = " ".join(new.split()[-2:])  # "bà Kim Ngân": the middle and given name
    return Renaming(full, given)


def _reads_as_words(name: str, data: NameData) -> bool:
    """Whether two syllables of a generated name side by side are an honorific, a title, a body's name's
    start or a province ("Đồng Chí Hùng", "Chảo Văn Phòng", "Trịnh Trung Tâm", "Lê Hà Nam"): a name no
    one is given, which would test the generator, not kg."""
    ks = key(name).split()
    pairs = {" ".join(ks[i:i + 2]) for i in range(len(ks) - 1)}
    words = _org_starts() | _province_keys() | frozenset(data.titles)
    return bool(pairs & words)


@lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    """Every province's name and its first two words (keys)."""
    out = set()
    for p in load_provinces():
        for surface in p.surfaces:
            words = key(surface).split()
            out.add(" ".join(words))
            out.add(" ".join(words[:2]))
    return frozenset(out)


def _name_spans(text: str, r: Renaming, titles: list[str]) -> list[tuple[int, int, str]]:
    tk = key(text)
    spans = []
    for old, new in sorted(r.full.items(), key=lambda kv: -len(kv[0])):
        for s, e in _find(tk, old):
            spans.append((s, e, _cased_like(text[s:e], new)))
        for m in re.finditer(re.escape(key(old)), tk):  # glued to the word before: "Trung QuốcNgụy Phượng Hòa"
            s, e = m.span()
            if 0 < s and text[s - 1].islower() and text[s].isupper() and not re.match(_WORD, tk[e:e + 1]):
                spans.append((s, e, new))
    if r.given and titles:
        before = "|".join(re.escape(t) for t in titles)
        for old, new in sorted(r.given.items(), key=lambda kv: -len(kv[0])):
            words = r"\s+".join(re.escape(w) for w in key(old).split())
            pat = re.compile(rf"(?<!{_WORD})(?:{before})\s+({words})(?!{_WORD})")
            last = len(key(old).split()[-1])
            titled = {m.end(1) - last for m in pat.finditer(tk)}  # where its last word stands after a title
            for m in pat.finditer(tk):
                s, e = m.span(1)
                w = text[s:e]
                if (not w[:1].isupper() or any(a <= s < b for a, b, _ in spans) or _capital_next(text, e)
                        or _compound_next(text, tk, e, old, titled)):
                    continue
                spans.append((s, e, _cased_like(w, new)))
    return spans


def _capital_next(text: str, end: int) -> bool:
    """Whether the word right after ``end`` (a space between) starts with a capital: a name goes on."""
    m = re.match(r"[ \t]+(\w)", text[end:end + 8])
    return bool(m and m.group(1).isupper())


def _compound_next(text: str, tk: str, end: int, given: str, titled: set[int]) -> bool:
    """Whether the given name and the word after it are a word of their own: a body's name's start, or
    written elsewhere in the text in lower case or with no title before it ("Chủ tịch Quốc hội",
    "Chủ tịch Đại hội" beside "Đại hội Đảng", "Phó trưởng Phòng Bảo vệ …"). ``titled``: where the
    given name's last word is written after a title."""
    m = re.match(r"[ \t]+([^\W\d_]+)", tk[end:end + 12])
    if not m:
        return False
    last = key(given).split()[-1]
    pair = last + " " + m.group(1)
    if pair in _org_starts():
        return True
    at = [x.start() for x in re.finditer(rf"(?<!{_WORD}){re.escape(pair)}(?!{_WORD})", tk)]
    return any(text[i].islower() or (i not in titled and not _after_capital(text, i)) for i in at)


def _after_capital(text: str, i: int) -> bool:
    """Whether the word before position i (a space between) is capitalised: i is inside a name or a title."""
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, i - 30):i])
    return bool(m and m.group(1)[:1].isupper())


@lru_cache(maxsize=1)
def _org_starts() -> frozenset[str]:
    """The first two words of every body's name and short name in organizations.tsv (keys)."""
    out = set()
    for r in _rows("organizations.tsv", 6):
        for name in (r[3], *r[5].split("|")):
            words = key(name).split()
            if len(words) >= 2:
                out.add(" ".join(words[:2]))
    return frozenset(out)


def rename(text: str, r: Renaming, titles: list[str]) -> str:
    """``text`` with every full name of the renaming replaced, and the bare given names after a title."""
    spans = _name_spans(text, r, titles)
    return _replace_spans(text, spans) if spans else text


def names_copy(c: Copy, data: NameData, seed: int, stem: str) -> Copy:
    """The copy with the gold persons renamed (seeded by ``seed`` and the report's stem)."""
    r = plan_names(c, data, random.Random(f"{seed}:{stem}"))
    if not r.full:
        return c
    text = rename(c.text, r, data.titles)
    side = None
    if c.sidecar is not None:
        side = {k: (rename(v, r, data.titles) if k in _SIDECAR_TEXT and isinstance(v, str) else v)
                for k, v in c.sidecar.items()}
    no_titles: list[str] = []  # gold strings hold full names; a bare given name there is not renamed
    gold = _map_strings(c.gold, lambda s: rename(s, r, no_titles), _GOLD_CODES)
    assert isinstance(gold, dict)
    return Copy(text, side, gold, lambda s: rename(s, r, no_titles))


# ---------------------------------------------------------------------------------------------
# places


@dataclass
class Province:
    """A province of provinces.tsv (before the 2025 merger) and the spellings of its name."""

    name: str
    kind: str
    surfaces: list[str]
    prefixed: bool


_PREFIX = re.compile(r"^(tp\.?\s?|thành phố\s+|tỉnh\s+)", re.IGNORECASE)
_PREFIX_BEFORE = re.compile(r"(tỉnh|thành phố|tp\.?)\s*$")


def load_provinces() -> list[Province]:
    """The 63 provinces before 2025 (era pre2025 or both), once each by name."""
    out: dict[str, Province] = {}
    for row in _rows("provinces.tsv", 10):
        if row[3] not in ("pre2025", "both") or row[1] in out:
            continue
        alts = [a for a in row[8].split("|") if a]
        out[row[1]] = Province(row[1], row[2], [row[1], *alts], row[9] == "prefixed")
    return list(out.values())


def plan_places(provinces: list[Province], seed: int) -> dict[str, str]:
    """A seeded permutation of the provinces' names within each kind (tỉnh to tỉnh, city to city), no fixed point."""
    rng = random.Random(f"places:{seed}")
    mapping: dict[str, str] = {}
    for kind in sorted({p.kind for p in provinces}):
        names = sorted(p.name for p in provinces if p.kind == kind)
        if len(names) < 2:
            continue
        shifted = names[:]
        rng.shuffle(shifted)
        # a derangement: rotate the shuffled order by one
        mapping.update(dict(zip(shifted, shifted[1:] + shifted[:1], strict=True)))
    return mapping


def _place_spans(text: str, provinces: list[Province], mapping: dict[str, str],
                 protect: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    tk = key(text)
    spans: list[tuple[int, int, str]] = []
    cands = [(s, p) for p in provinces if p.name in mapping for s in p.surfaces]
    mapping_prefixed = {p.name: p.prefixed for p in provinces}
    for surface, p in sorted(cands, key=lambda c: -len(c[0])):
        new = mapping[p.name]
        for s, e in _find(tk, surface):
            written = text[s:e]
            if not written[:1].isupper():
                continue  # "hòa bình" (peace), "an giang" in running words: not the place
            if any(a < e and s < b for a, b in protect) or any(a < e and s < b for a, b, _ in spans):
                continue
            if _hyphen_pair(text, s, e):
                continue  # "tỉnh Quảng Nam - Đà Nẵng": a province of its own before 1997, no pair of two
            if surface == p.name and p.prefixed and not _PREFIX_BEFORE.search(tk[max(0, s - 12):s]):
                continue  # "Hồ Chí Minh" without "thành phố"/"TP" before it: the man, a name of a thing
            repl = _place_written(written, surface == p.name, new)
            bare_before = not _PREFIX_BEFORE.search(tk[max(0, s - 12):s])
            if mapping_prefixed.get(new) and not _PREFIX.match(repl) and bare_before:
                repl = "TP. " + repl  # "Hồ Chí Minh" alone is the man: the city is written with its prefix
            spans.append((s, e, repl))
    return spans


def _hyphen_pair(text: str, s: int, e: int) -> bool:
    """The name at s..e is joined by a dash to a capitalised name before or after it ("Quảng Nam - Đà Nẵng",
    "Hà Nội-Hải Phòng"): a former province or a route, whose halves are not moved apart."""
    after = re.match(r"\s*[-–]\s*(\w)", text[e:e + 6])
    before = re.search(r"(\w)\s*[-–]\s*$", text[max(0, s - 6):s])
    return bool((after and after.group(1).isupper()) or (before and before.group(1).isalpha()
                                                             and text[max(0, s - 6):s].strip()[:1].isalpha()))


def _place_written(written: str, whole: bool, new: str) -> str:
    """The new province as the old one was written: its prefix kept ("TP.HCM" -> "TP. Cần Thơ"), in capitals
    only where the old name was written whole in capitals ("HÀ NỘI"; not an abbreviation such as "BR-VT")."""
    if whole:
        return _cased_like(written, new)
    m = _PREFIX.match(written)
    if not m:
        return new
    prefix = written[:m.end()].rstrip()
    return prefix + " " + new


def move_places(text: str, provinces: list[Province], mapping: dict[str, str], people: list[str]) -> str:
    """``text`` with each province name mapped, never inside one of ``people``'s names ("Trần Thái Bình")."""
    tk = key(text)
    protect = [span for n in (*people, *_not_provinces()) for span in _find(tk, n)]
    spans = _place_spans(text, provinces, mapping, protect)
    return _replace_spans(text, spans) if spans else text


@lru_cache(maxsize=1)
def _not_provinces() -> tuple[str, ...]:
    """Names that hold a province's name and are not the province: place_exceptions.tsv ("Thái Bình Dương"),
    districts whose name runs on from one ("Điện Biên Phủ"), and a paper named after its city
    ("Pháp Luật TP.HCM", written "Báo/Tờ Pháp luật TP.HCM")."""
    provinces = {key(p.name) for p in load_provinces()}
    out = [r[0] for r in _rows("place_exceptions.tsv", 1)]
    out += [r[0] for r in _rows("districts.tsv", 1)
            if any(key(r[0]).startswith(p + " ") for p in provinces)]
    out += ["Pháp luật TP.HCM", "Pháp luật TPHCM", "Pháp luật TP HCM", "Pháp luật TP. HCM"]
    return tuple(sorted(set(out), key=len, reverse=True))


def places_copy(c: Copy, provinces: list[Province], seed: int) -> Copy:
    """The copy with its provinces moved by the seed's permutation (person names untouched)."""
    mapping = plan_places(provinces, seed)
    people = [p["name"] for p in c.gold["persons"]]
    return c.map_text(lambda s: move_places(s, provinces, mapping, people), frozenset({"name", "participants"}))


# ---------------------------------------------------------------------------------------------
# running


@dataclass
class Run:
    """One set scored under one transform and seed: totals and each report's score."""

    set_name: str
    transform: str
    seed: int
    totals: dict[str, Counts]
    reports: dict[str, ReportScore]
    copies: dict[str, Copy]


def read_copy(gold_file: Path, corpus: Path) -> tuple[str, Path, Copy]:
    """A gold file's stem, report path and copy as read."""
    stem = gold_file.name.removesuffix(".gold.json")
    path = find_report(stem, corpus)
    if path is None:
        raise FileNotFoundError(f"no report {stem}.* under {corpus}")
    side_path = path.with_suffix(".json")
    side = json.loads(side_path.read_text(encoding="utf-8")) if side_path.exists() else None
    return stem, path, Copy(path.read_text(encoding="utf-8"), side,
                            json.loads(gold_file.read_text(encoding="utf-8")))


def transform_copy(c: Copy, transform: str, seed: int, stem: str, data: NameData,
                   provinces: list[Province]) -> Copy:
    """The copy under one transform."""
    if transform == "identity":
        return c
    if transform == "tone":
        return tone_copy(c)
    if transform == "names":
        return names_copy(c, data, seed, stem)
    if transform == "places":
        return places_copy(c, provinces, seed)
    raise ValueError(transform)


def score_set(gold_dir: Path, corpus: Path, transform: str, seed: int, work: Path,
              data: NameData, provinces: list[Province], refused: set[str]) -> Run:
    """Build and score every report of a gold set under one transform, each in a temp copy."""
    from kg.build import build_graph
    from kg.evaluate import score_graph

    totals = {k: Counts() for k in (*KINDS, DATED_EVENTS, POSTS_BY_NODE, NAMED_DIRECTIVES)}
    reports: dict[str, ReportScore] = {}
    copies: dict[str, Copy] = {}
    for gf in sorted(gold_dir.glob("*.gold.json")):
        stem, path, orig = read_copy(gf, corpus)
        if stem in refused:
            raise SystemExit(f"refused: {stem} is a held-out report")
        c = transform_copy(orig, transform, seed, stem, data, provinces)
        if transform == "identity":
            target = path
        else:
            folder = work / transform / str(seed) / path.parent.name
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / path.name
            target.write_text(c.text, encoding="utf-8")
            if c.sidecar is not None:
                target.with_suffix(".json").write_text(json.dumps(c.sidecar, ensure_ascii=False), encoding="utf-8")
        result = build_graph([str(target)])
        s = score_graph(c.gold, result.graph)
        s.report = stem
        reports[stem] = s
        copies[stem] = c
        for k in totals:
            totals[k] += s.counts[k]
    return Run(gold_dir.name, transform, seed, totals, reports, copies)


def _f1(c: Counts) -> float:
    return c.prf()[2]


def _line(label: str, totals: dict[str, Counts], base: dict[str, Counts] | None) -> str:
    cells = []
    for k in COLUMNS:
        f = _f1(totals[k])
        cell = f"{SHORT[k]} {f:.3f}"
        if base is not None:
            cell += f" ({f - _f1(base[k]):+.3f})"
        cells.append(cell)
    return f"{label:28s} " + " | ".join(cells)


@dataclass
class Loss:
    """A gold fact kg found on the original and missed on the transformed copy."""

    set_name: str
    report: str
    transform: str
    seed: int
    kind: str
    before: str
    after: str
    sentence: str


def _gold_items(gold: dict) -> dict[str, list[str]]:
    """The gold's facts as kg eval's miss lines, in the gold's order (one list per kind)."""
    return {
        "persons": [p["name"] for p in gold["persons"]],
        "posts": [f"{p['name']}: {x['role']} | {x.get('organization')}" for p in gold["persons"] for x in p["posts"]],
        "organizations": list(gold["organizations"]),
    }


def _sentence(text: str, surface: str) -> str:
    """The line of ``text`` where ``surface`` (or its first name-like part) is first written, cut near it."""
    tk = key(text)
    probe = surface.split(":")[0].split("|")[0].strip()
    hit = next(_find(tk, probe), None)
    if hit is None:
        return "(not written as such)"
    s, _ = hit
    a = max(text.rfind("\n", 0, s) + 1, text.rfind(". ", 0, s) + 2 if text.rfind(". ", 0, s) >= 0 else 0)
    b_nl = text.find("\n", s)
    b = b_nl if b_nl >= 0 else len(text)
    line = text[a:b].strip()
    return line if len(line) <= 300 else line[:300] + " …"


def _extra_surface(kind: str, extra: str, fn: Callable[[str], str]) -> str:
    """An extra of the original as the transform would write it: a post's holder (before ': ') or the whole label."""
    if kind == "posts" and ": " in extra:
        holder, rest = extra.split(": ", 1)
        return fn(holder) + ": " + rest
    return fn(extra)


def losses(base: Run, run: Run) -> list[Loss]:
    """Each person, post and organization of the gold matched on ``base`` and missed on ``run``, then each
    of kg's facts no gold fact matches on ``run`` and not among the extras of ``base`` (as written: an
    extra that only carries a renamed name or place shows up too)."""
    out = []
    for stem, s in run.reports.items():
        b = base.reports[stem]
        before = _gold_items(base.copies[stem].gold)
        after = _gold_items(run.copies[stem].gold)
        for kind in before:
            for old, new in zip(before[kind], after[kind], strict=True):
                if old not in b.misses.get(kind, []) and new in s.misses.get(kind, []):
                    out.append(Loss(run.set_name, stem, run.transform, run.seed, kind, old, new,
                                    _sentence(run.copies[stem].text, new)))
        fn = run.copies[stem].surface or (lambda x: x)
        for kind in ("persons", "posts", "organizations"):
            was = {name_key(_extra_surface(kind, x, fn)) for x in b.extras.get(kind, [])}
            for extra in s.extras.get(kind, []):
                if name_key(extra) not in was:
                    out.append(Loss(run.set_name, stem, run.transform, run.seed, "extra " + kind, "", extra,
                                    _sentence(run.copies[stem].text, extra)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dirs", nargs="+", type=Path, help="read sets' gold folders (never a held-out one)")
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--transforms", nargs="+", choices=TRANSFORMS, default=list(TRANSFORMS))
    ap.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3], help="seeds of the seeded transforms")
    ap.add_argument("--losses", action="store_true", help="print each fact found on the original and lost")
    ap.add_argument("--json", type=Path, default=None, help="write totals and losses as JSON here")
    ap.add_argument("--keep", type=Path, default=None, help="write the transformed copies here (else a temp dir)")
    args = ap.parse_args(argv)

    for d in args.gold_dirs:
        if "heldout" in d.resolve().parts:
            print(f"refused: {d} is not a read set", file=sys.stderr)
            return 2
    refused = heldout_gold_stems()  # the held-out sets' reports (tests/heldout/), whatever set names them
    data, provinces = NameData.load(), load_provinces()
    transforms = ["identity"] + [t for t in args.transforms if t != "identity"]
    grand: dict[tuple[str, int], dict[str, Counts]] = {}
    all_losses: list[Loss] = []
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-meta-") as tmp:
        work = args.keep or Path(tmp)
        for gd in args.gold_dirs:
            base = None
            for t in transforms:
                for seed in (args.seeds if t in SEEDED else [0]):
                    run = score_set(gd, args.corpus, t, seed, work, data, provinces, refused)
                    if base is None:
                        base = run
                    label = f"{gd.name} {t}" + (f" s{seed}" if t in SEEDED else "")
                    print(_line(label, run.totals, None if t == "identity" else base.totals), flush=True)
                    acc = grand.setdefault((t, seed), {k: Counts() for k in run.totals})
                    for k, c in run.totals.items():
                        acc[k] += c
                    rows.append({"set": gd.name, "transform": t, "seed": seed,
                                 "totals": {k: vars(c) for k, c in run.totals.items()}})
                    if t != "identity":
                        lost = losses(base, run)
                        all_losses.extend(lost)
                        if args.losses:
                            for x in lost:
                                what = "EXTRA" if x.kind.startswith("extra") else "LOST"
                                print(f"  {what} {x.kind} {x.report}: {x.before!r} -> {x.after!r}\n      {x.sentence}")
    print("\nall sets (summed counts)")
    base_tot = grand[("identity", 0)]
    for (t, seed), tot in grand.items():
        print(_line(f"ALL {t}" + (f" s{seed}" if t in SEEDED else ""), tot, None if t == "identity" else base_tot))
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "losses": [vars(x) for x in all_losses]},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
