#!/usr/bin/env python3
"""A synthetic grammar probe for posts and organizations: sentence shapes x fillers, scored.

usage: shape_probe.py [--n N] [--seed S] [--only ID,...] [--json] [--failures K] [--count CORPUS_DIR]

kg's rules were written from the reports helpers read; on reports nobody read they score lower. This
probe needs no report at all: each sentence shape of ``bench/probes/post_shapes.tsv`` (a title before a
name, a name and its title after a comma, "ông X giữ chức ...", a list under one plural title, ...) is
filled N times with fillers drawn (seeded) from kg's own data files - bodies and their roles from
``bench/probes/bodies.tsv``, provinces from ``loaders/data/provinces.tsv``, districts, fields of
ministries and departments, company trades, names built from ``name_syllables.tsv`` and
``surnames.txt`` - and written in one of the two tone-mark styles ("ủy" / "uỷ"). Each filled sentence
is put in a small report frame and run through kg's extraction in memory (``pipeline.extract``); its
persons, posts (role and body by the gold scorer's key, the body's place, the status) and organizations
are scored against the facts the shape must yield.

Figures are given per template and per filler class (body family, body head, place form, tone style,
name length, province era), each template weighted by the number of corpus reports where its shape
was found (the count column; ``--count`` recounts with the template's regex).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.evaluate import abbreviation_key, name_key, post_key
from kg.loaders.extract.pipeline import extract
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import Extraction, PartialDate, Report
from kg.reference.tables import rows as table_rows

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "bench" / "probes"

UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# Macros of the count regexes (post_shapes.tsv's regex column), so that a shape reads as its grammar.
MACROS = {
    "{N}": rf"[{UPPER}]\w+(?: [{UPPER}]\w+){{1,3}}",
    "{R}": r"(?i:(?:phó )?(?:chủ tịch|bí thư|giám đốc|tổng giám đốc|bộ trưởng|thứ trưởng|trưởng ban|chủ nhiệm|"
           r"chánh án|viện trưởng|hiệu trưởng|[uủ]y viên|uỷ viên|trưởng phòng|cục trưởng|vụ trưởng|chánh văn phòng))",
    "{B}": r"(?:UBND|HĐND|MTTQ|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) [uủ]y|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) uỷ|"
           r"[UỦ]y ban|Uỷ ban|Ban|Sở|Bộ|Hội|Liên đoàn|Công an|To?[àa]n? án|Toà án|Viện|Công ty|Tổng công ty|Trường|"
           r"Mặt trận|Tỉnh đoàn|Thành đoàn|Cục|Chi cục|Phòng|Văn phòng|Tập đoàn|Ngân hàng|Bệnh viện|Báo|Đài)",
    "{T}": r"[^,.;:()\n–-]{0,60}?",
    "{H}": r"(?:[oO]ng|[bB]à|[đĐ]ồng chí)",
}


# --------------------------------------------------------------------------------------------- data

def _rows(path: Path) -> list[list[str]]:
    """The data lines of one of the probe's own TSV files (bench/probes/; kg's tables are read with
    kg.reference.tables): comment and blank lines skipped, cells split on tabs."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


@dataclass(frozen=True)
class Template:
    id: str
    shape: str  # the shape family, for the reader
    count: int  # corpus reports where the shape was found
    regex: str  # the regex it was counted with (macros of MACROS)
    roles: str  # "any" | "deputy" (only roles starting "Phó") | "head" (no deputy)
    text: str  # the sentence with its slots
    facts: str  # the posts it must yield: "person|role|body|status", ";" between


@dataclass(frozen=True)
class Body:
    family: str
    kind: str
    count: int  # corpus reports that write the body in this form (body_regex)
    written: str
    expected: str
    roles: tuple[str, ...]


def templates() -> list[Template]:
    """The sentence shapes of post_shapes.tsv."""
    out = []
    for r in _rows(PROBES / "post_shapes.tsv"):
        if r[0] == "id":
            continue
        out.append(Template(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6]))
    return out


def bodies() -> list[Body]:
    """The bodies of bodies.tsv, with the roles each carries."""
    return [Body(r[0], r[1], int(r[2]), r[3], r[4], tuple(r[5].split("|"))) for r in _rows(PROBES / "bodies.tsv")
            if r[0] != "family"]


def _data(name: str) -> list[list[str]]:
    """The rows of one of kg's data tables (loaders/data), through its one reader."""
    return [list(r.cells) for r in table_rows(name)]


@cache
def _provinces() -> list[dict[str, str]]:
    return [r.as_dict() for r in table_rows("provinces.tsv")]


@cache
def _districts() -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in _data("districts.tsv") if len(r) >= 3]


@cache
def _domain_spellings() -> dict[str, tuple[str, ...]]:
    """Each field's spellings in domains.tsv, by any one of them (the rows that share the English)."""
    by_en: dict[str, list[str]] = defaultdict(list)
    for r in _data("domains.tsv"):
        if len(r) >= 2:
            by_en[r[1]].append(r[0])
    return {f: tuple(fs) for fs in by_en.values() for f in fs}


@cache
def _domains() -> list[str]:
    """Fields of ministries and departments, as domains.tsv writes them; acronyms and fields no
    province has a department of (foreign affairs, defence, police) left out."""
    skip = {"Foreign Affairs", "National Defence", "Public Security"}
    out = []
    for r in _data("domains.tsv"):
        f = r[0]
        if len(r) < 2 or r[1] in skip or "&" in f or any(w.isupper() and len(w) > 1 for w in re.split(r"[\s-]+", f)):
            continue
        if f[:1].isupper():
            out.append(f)
    return out


@cache
def _domain_abbreviations() -> list[str]:
    """Fields written short (an acronym or with "&": "GD-ĐT", "NN&PTNT"), as domains.tsv lists them, of
    fields a province has a department of."""
    skip = {"Foreign Affairs", "National Defence", "Public Security"}
    full = set(_domains())
    return [f for f, alts in _domain_spellings().items() if f not in full and any(a in full for a in alts)
            and not any(r[0] == f and r[1] in skip for r in _data("domains.tsv"))]


@cache
def _ranks() -> list[str]:
    """Military and police ranks, as ranks_before_titles.tsv lists them."""
    return [r[0] for r in _data("ranks_before_titles.tsv")]


@cache
def _trades() -> list[str]:
    return [r[0] for r in _data("company_trades.tsv")]


MIN_SYLLABLE_COUNT = 3  # a syllable of fewer officials' names is too rare to stand for a name


@cache
def _syllables() -> dict[str, tuple[list[str], list[int]]]:
    by: dict[str, tuple[list[str], list[int]]] = {}
    for r in _data("name_syllables.tsv"):
        if len(r) < 3:
            continue
        if int(r[2]) < MIN_SYLLABLE_COUNT or not r[1].isalpha():
            continue  # one-off spellings of foreign names ("u-dơ-bê-ki-xtan") are no Vietnamese names
        words, counts = by.setdefault(r[0], ([], []))
        words.append(r[1])
        counts.append(int(r[2]))
    return by


@cache
def _surnames() -> list[str]:
    return [r[0] for r in _data("surnames.txt")]


# ------------------------------------------------------------------------------------------ fillers

def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def person_name(rng: random.Random, length: int, female: bool) -> str:
    """A name of ``length`` syllables (2-4): a family name (weighted by name_syllables.tsv, one in
    ten from surnames.txt), middle names and a given name weighted by their counts."""
    syl = _syllables()
    fam = rng.choice(_surnames()) if rng.random() < 0.1 else _cap(rng.choices(*syl["family"])[0])
    given = _cap(rng.choices(*syl["given"])[0])
    middles = []
    for i in range(length - 2):
        if female and i == length - 3 and rng.random() < 0.6:
            middles.append("Thị")
        else:
            middles.append(_cap(rng.choices(*syl["middle"])[0]))
    return " ".join([fam, *middles, given])


_NEW_STYLE = re.compile(r"([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?!\w)")


def new_tone_style(text: str) -> str:
    """The text with the tone of a closing "oa", "oe", "uy" on its last vowel ("hòa" -> "hoà",
    "Ủy" -> "Uỷ"), as half of the corpus writes it."""
    def move(m: re.Match[str]) -> str:
        d = unicodedata.normalize("NFD", m.group(1))
        base, tone = d[0], d[1:]
        # keep the vowel's own marks (none for o, u here), move the tone only
        return base + unicodedata.normalize("NFC", m.group(2) + tone)
    return _NEW_STYLE.sub(move, text)


LOWER_ROLE_SHARE = 0.4  # roles of two words or more written "Phó chủ tịch", "Phó giám đốc" (reports do)


@dataclass
class Fill:
    """One filled sentence: its text, the facts it must yield, and its filler classes."""
    template: str
    text: str
    posts: list[tuple[str, str, tuple[str, ...], str]]  # person, role, body names, status
    classes: dict[str, str] = field(default_factory=dict)


def _place(rng: random.Random, prov: dict[str, str]) -> tuple[str, str, str, str]:
    """(written "tỉnh X" / "thành phố X" / "TP X", full "tỉnh X" / "thành phố X", the place form, the name
    as written after a Party committee word)."""
    name = prov["name"]
    if prov["kind"] == "thành phố":
        form = rng.choice(["thành phố", "TP", "TP."])
        written = f"{form} {name}"
        full = f"thành phố {name}"
    else:
        form = "tỉnh"
        written = full = f"tỉnh {name}"
    bare = f"TP {name}" if prov.get("match") == "prefixed" else name
    return written, full, form, bare


_SLOT_HEADS = {"{pc}": "Tỉnh/Thành ủy", "{dc}": "Huyện/Quận/Thị ủy", "{yu}": "Tỉnh/Thành đoàn"}


def body_head(written: str) -> str:
    """The filler class of a body's head: its first word, with the second when it is a word of the
    name ("Ban Tuyên", "Ủy ban", "Văn phòng"), not a slot or an abbreviation ("UBND", "Sở")."""
    words = written.split()
    first = _SLOT_HEADS.get(words[0], words[0])
    if first != words[0] or first.isupper() or len(words) < 2 or words[1].startswith("{"):
        return first
    return f"{first} {words[1]}"


def _fill_body(b: Body, slots: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """The body as written and its right names (a field in each of its spellings)."""
    written = b.written.format(**slots)
    slot = "domain" if "{domain}" in b.expected else "dabbr" if "{dabbr}" in b.expected else ""
    spellings = _domain_spellings().get(slots[slot], (slots[slot],)) if slot else ("",)
    expected = tuple(dict.fromkeys(e.format(**({**slots, slot: d} if slot else slots))
                                   for e in b.expected.split("|") for d in spellings))
    return written, expected


def _roles(b: Body, want: str) -> list[str]:
    if want == "deputy":
        return [r for r in b.roles if r.startswith("Phó")] or list(b.roles)
    if want == "head":
        return [r for r in b.roles if not r.startswith("Phó")] or list(b.roles)
    return list(b.roles)


def fill(t: Template, rng: random.Random, all_bodies: list[Body]) -> Fill:
    """Fill template ``t`` once: one province (and district) for the whole sentence, a body and role
    per {body}/{role} pair, a name per {name} slot, one tone style."""
    prov = rng.choice(_provinces())
    written, full, form, bare = _place(rng, prov)
    dist = rng.choice(_districts())
    dc = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}.get(dist[1], "Huyện ủy")
    trade = _cap(rng.choice(_trades()))
    syl = _syllables()
    cname = " ".join(_cap(rng.choices(*syl["given"])[0]) for _ in range(2))
    slots = {
        "pc": "Thành ủy" if prov["kind"] == "thành phố" else "Tỉnh ủy", "pn": bare, "place": written,
        "placefull": full, "domain": rng.choice(_domains()), "dc": dc, "dn": dist[0],
        "dplace": f"{dist[1]} {dist[0]}", "trade": trade, "cname": cname,
        "sname": person_name(rng, 3, False),
        "cplace": f"{rng.choice(['xã', 'phường'])} {rng.choice(_districts())[0]}",
        "yu": "Thành đoàn" if prov["kind"] == "thành phố" else "Tỉnh đoàn",
        "dabbr": rng.choice(_domain_abbreviations()),
        "rank": rng.choice(_ranks()),
    }
    classes = {"place": form, "era": prov["era"]}
    values: dict[str, str] = {}
    expected_bodies: dict[str, tuple[str, ...]] = {}
    drawn: set[tuple[str, str]] = set()
    for i in ("", "2", "3"):
        if "{body" + i + "}" not in t.text and "{role" + i + "}" not in t.text:
            continue
        b = rng.choice(all_bodies)
        role = rng.choice(_roles(b, t.roles))
        while i and (b.written, role) in drawn:  # a second post of a title run is another post
            b = rng.choice(all_bodies)
            role = rng.choice(_roles(b, t.roles))
        drawn.add((b.written, role))
        values["body" + i], expected_bodies["body" + i] = _fill_body(b, slots)
        lower = " " in role and rng.random() < LOWER_ROLE_SHARE
        written_role = role.split(" ", 1)[0] + " " + role.split(" ", 1)[1].lower() if lower else role
        values["role" + i] = written_role
        values["Role" + i] = _cap(written_role)
        if not i:
            classes["role case"] = "lower after the first word" if lower else "as roles.tsv"
            classes["family"] = b.family
            classes["head"] = body_head(b.written)
    length = rng.choices([2, 3, 4], [15, 70, 15])[0]
    classes["name"] = f"{length} syllables"
    for i in ("", "2", "3"):
        if "{name" + i + "}" in t.text:
            female = rng.random() < 0.3
            values["name" + i] = person_name(rng, length if not i else rng.choice([2, 3, 3, 3, 4]), female)
            values["hon" + i] = "bà" if female else rng.choice(["ông", "đồng chí"])
            values["Hon" + i] = _cap(values["hon" + i])
    for k, v in slots.items():
        values.setdefault(k, v)
    text = t.text.format(**values)
    posts = []
    for fact in t.facts.split(";"):
        person, role, body, status = (x.strip() for x in fact.split("|"))
        names = expected_bodies.get(body.strip("{}")) or tuple(x.format(**values) for x in body.split("/"))
        posts.append((person.format(**values), role.format(**values), names, status))
    style = "uỷ" if rng.random() < 0.5 else "ủy"
    classes["tone"] = style
    if style == "uỷ":
        text = new_tone_style(text)
    return Fill(t.id, text, posts, classes)


# ------------------------------------------------------------------------------------------ scoring

FRAME = ("Hội nghị sơ kết công tác 6 tháng đầu năm\n\n"
         "Sáng 12/7, hội nghị sơ kết công tác 6 tháng đầu năm đã diễn ra tại hội trường lớn.\n\n"
         "{sentence}\n\n"
         "Hội nghị đã thảo luận và thống nhất nhiều nội dung quan trọng.\n")


def run(sentence: str) -> Extraction:
    """kg's extraction of the sentence inside a small report frame, in memory."""
    text = FRAME.format(sentence=sentence)
    r = Report(id="probe", text=text, source_file="probe.txt", published=PartialDate(2023, 7, 12))
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


_HCM_CITY = (name_key("thành phố Hồ Chí Minh"), name_key("Hồ Chí Minh"))


def strict_key(name: str | None) -> str:
    """An organization's name as a key that keeps its place: case, tone style and the scorer's
    abbreviations ("UBND", "TP") folded, and "thành phố Hồ Chí Minh" one with "Hồ Chí Minh" (the city's
    name is its own with or without the level word: kg writes "Thành ủy Hồ Chí Minh")."""
    return " ".join(abbreviation_key(name).split()).replace(*_HCM_CITY)


@dataclass
class Score:
    """Counts of one filled sentence (or a sum of them)."""
    n: int = 0
    persons_gold: int = 0
    persons_hit: int = 0
    persons_pred: int = 0
    persons_right: int = 0
    posts_gold: int = 0
    posts_hit: int = 0  # role and body by the scorer's key
    posts_place: int = 0  # ... and the body's place as written
    posts_status: int = 0  # ... and the status
    posts_pred: int = 0
    posts_right: int = 0
    orgs_gold: int = 0
    orgs_hit: int = 0
    orgs_pred: int = 0
    orgs_right: int = 0

    def add(self, o: Score) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(o, k))

    def figures(self) -> dict[str, float | int]:
        def r(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0
        return {"n": self.n,
                "persons_R": r(self.persons_hit, self.persons_gold),
                "persons_P": r(self.persons_right, self.persons_pred),
                "posts_R": r(self.posts_hit, self.posts_gold), "posts_P": r(self.posts_right, self.posts_pred),
                "place_R": r(self.posts_place, self.posts_gold), "status_R": r(self.posts_status, self.posts_gold),
                "orgs_R": r(self.orgs_hit, self.orgs_gold), "orgs_P": r(self.orgs_right, self.orgs_pred)}


def score(f: Fill, ex: Extraction) -> Score:
    """The fill's expected facts against the extraction's."""
    s = Score(n=1)
    gold_people = {name_key(p) for p, _, _, _ in f.posts}
    pred_people = {name_key(p.name) for p in ex.persons if not p.credit}
    s.persons_gold, s.persons_pred = len(gold_people), len(pred_people)
    s.persons_hit = s.persons_right = len(gold_people & pred_people)
    pred = [(name_key(p.person.name), post_key(p.role, p.org.name if p.org else None),
             strict_key(p.org.name if p.org else None), p.status) for p in ex.posts]
    s.posts_gold, s.posts_pred = len(f.posts), len(pred)
    used: set[int] = set()
    for person, role, names, status in f.posts:
        keys = {post_key(role, n) for n in names}
        stricts = {strict_key(n) for n in names}
        for i, (pp, pk, sk, st) in enumerate(pred):
            if i in used or pp != name_key(person) or pk not in keys:
                continue
            used.add(i)
            s.posts_hit += 1
            if sk in stricts:
                s.posts_place += 1
                s.posts_status += st == status
            break
    s.posts_right = len(used)
    gold_orgs = {tuple(sorted(strict_key(n) for n in names)) for _, _, names, _ in f.posts if names and names[0]}
    pred_orgs = {strict_key(o.name) for o in ex.organizations}
    s.orgs_gold, s.orgs_pred = len(gold_orgs), len(pred_orgs)
    s.orgs_hit = sum(1 for alts in gold_orgs if set(alts) & pred_orgs)
    all_gold = {k for alts in gold_orgs for k in alts}
    # a body written inside a right one is right too ("Tỉnh ủy X" in "Ban Tổ chức Tỉnh ủy X")
    s.orgs_right = sum(1 for k in pred_orgs if k and any(g == k or g.endswith(" " + k) for g in all_gold))
    return s


def facts_of(ex: Extraction) -> list[str]:
    """The extraction's posts and organizations, one short line each, for a failure's report."""
    out = [f"{p.person.name} | {p.role} | {p.org.name if p.org else '-'} | {p.status}" for p in ex.posts]
    out += [f"O {o.name}" for o in ex.organizations]
    return out or ["(nothing)"]


def probe(n: int = 40, seed: int = 32, only: Iterable[str] | None = None,
          failures: int = 1) -> dict:
    """Fill every template (or those of ``only``) ``n`` times and score them.

    Returns {"templates": {id: figures}, "classes": {class: {value: figures}}, "weighted": figures of
    the recall rows weighted by the templates' corpus counts, "failures": {key: [examples]}}."""
    all_bodies = bodies()
    wanted = set(only or [])
    per_t: dict[str, Score] = {}
    per_c: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    fails: dict[str, list[dict]] = defaultdict(list)
    counts: dict[str, int] = {}
    for t in templates():
        if wanted and t.id not in wanted:
            continue
        counts[t.id] = t.count
        rng = random.Random(f"{seed}:{t.id}")
        total = Score()
        for _ in range(n):
            f = fill(t, rng, all_bodies)
            ex = run(f.text)
            s = score(f, ex)
            total.add(s)
            bad = []
            if s.posts_status < s.posts_gold:
                bad.append("posts")
            if s.orgs_hit < s.orgs_gold:
                bad.append("orgs")
            if s.persons_hit < s.persons_gold:
                bad.append("persons")
            for cls, val in f.classes.items():
                per_c[cls][val].add(s)
                if bad and len(fails[f"{cls}={val}"]) < failures:
                    fails[f"{cls}={val}"].append({"sentence": f.text, "missed": bad, "got": facts_of(ex)})
            if bad and len(fails[t.id]) < failures:
                fails[t.id].append({"sentence": f.text, "missed": bad,
                                    "expected": [f"{p} | {r} | {' / '.join(b)} | {st}" for p, r, b, st in f.posts],
                                    "got": facts_of(ex)})
        per_t[t.id] = total
    weighted: dict[str, float] = {}
    total_count = sum(counts.values()) or 1
    for key in ("persons_R", "posts_R", "place_R", "status_R", "orgs_R", "posts_P", "orgs_P"):
        weighted[key] = round(sum(per_t[t].figures()[key] * counts[t] for t in per_t) / total_count, 3)
    body_counts: dict[str, dict[str, int]] = {"family": defaultdict(int), "head": defaultdict(int)}
    for b in {b.written: b for b in all_bodies}.values():
        body_counts["family"][b.family] += b.count
        body_counts["head"][body_head(b.written)] += b.count
    return {"templates": {t: {"count": counts[t], **s.figures()} for t, s in per_t.items()},
            "classes": {c: {v: ({"count": body_counts[c][v]} if c in body_counts else {}) | s.figures()
                            for v, s in sorted(vals.items())} for c, vals in per_c.items()},
            "weighted": weighted, "failures": dict(fails)}


# -------------------------------------------------------------------------------------- corpus count

def expand(regex: str) -> re.Pattern[str]:
    """A template's count regex with its macros written out."""
    for k, v in MACROS.items():
        regex = regex.replace(k, v)
    return re.compile(regex)


_CAP_WORD = rf"[{UPPER}]\w*"


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@cache
def _body_slots() -> dict[str, str]:
    """The regex of each slot of bodies.tsv: the names kg's data lists (provinces with their other
    names, districts, fields of domains.tsv, its short fields), a capitalised word for the free names."""
    provinces = [n for p in _provinces() for n in (p["name"], *p["alt_names"].split("|")) if n]
    pn = _alternation(provinces)
    dn = _alternation(d[0] for d in _districts())
    return {
        "{pc}": r"(?:Tỉnh|Thành) (?:ủy|uỷ)", "{dc}": r"(?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ)",
        "{yu}": r"(?:Tỉnh|Thành) đoàn", "{pn}": pn, "{dn}": dn,
        "{place}": rf"(?:tỉnh|thành phố|TP\.?) {pn}", "{dplace}": rf"(?:huyện|quận|thị xã|thành phố) {dn}",
        "{cplace}": rf"(?:xã|phường) {_CAP_WORD}", "{domain}": _alternation(_domains()),
        "{dabbr}": _alternation(_domain_abbreviations()),
        "{trade}": r"\w+", "{cname}": rf"{_CAP_WORD} {_CAP_WORD}", "{sname}": rf"{_CAP_WORD} {_CAP_WORD}",
    }


def body_regex(written: str) -> re.Pattern[str]:
    """The regex a body form of bodies.tsv is counted with: its words as written (either tone style of
    "ủy"), each slot a capitalised word or the level words it is written with; a bare body ("Tỉnh ủy",
    "UBND tỉnh") not followed by a capitalised name."""
    out = []
    for part in re.split(r"(\{\w+\})", written):
        if part in _body_slots():
            out.append(_body_slots()[part])
        elif part:
            out.append(re.escape(part).replace("ủy", "(?:ủy|uỷ)").replace("Ủy", "(?:Ủy|Uỷ)"))
    tail = "" if written.endswith("}") else rf"(?! {_CAP_WORD})"
    return re.compile(r"\b" + "".join(out) + tail)


def count_reports(corpus: Path, only: Iterable[str] | None = None) -> dict[str, int]:
    """For each template, how many corpus reports its regex matches in, and for each body form of
    bodies.tsv (keyed "body:" and its written form) how many write it (counts, no text shown)."""
    wanted = set(only or [])
    pats = {t.id: expand(t.regex) for t in templates() if not wanted or t.id in wanted}
    if not wanted:
        pats.update({f"body:{b.written}": body_regex(b.written) for b in bodies()})
    out = dict.fromkeys(pats, 0)
    for path in sorted(corpus.glob("*/*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        for tid, pat in pats.items():
            if pat.search(text):
                out[tid] += 1
    return out


# ---------------------------------------------------------------------------------------------- main

_COLS = ("n", "persons_R", "posts_R", "place_R", "status_R", "posts_P", "orgs_R", "orgs_P")


def _table(rows: dict[str, dict], first: str, extra: str = "") -> str:
    head = f"{first:<28}" + (f"{extra:>6}" if extra else "") + "".join(f"{c:>10}" for c in _COLS)
    lines = [head]
    for k, fig in rows.items():
        lines.append(f"{k:<28}" + (f"{fig.get(extra, ''):>6}" if extra else "")
                     + "".join(f"{fig[c]:>10}" for c in _COLS))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40, help="fills per template (default 40)")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--only", default="", help="template ids, comma-separated")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--failures", type=int, default=1, help="failing sentences kept per template and class")
    ap.add_argument("--count", metavar="CORPUS_DIR", help="count each shape's corpus reports instead")
    a = ap.parse_args(argv)
    only = [x for x in a.only.split(",") if x]
    if a.count:
        counts = count_reports(Path(a.count), only)
        for t in templates():
            if t.id in counts:
                print(f"{t.id}\t{counts[t.id]}\t(recorded {t.count})")
        for b in bodies():
            if f"body:{b.written}" in counts:
                print(f"body:{b.written}\t{counts[f'body:{b.written}']}\t(recorded {b.count})")
        return 0
    res = probe(a.n, a.seed, only, a.failures)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(_table(res["templates"], "template", "count"))
    print("\nweighted by corpus count: " + "  ".join(f"{k} {v}" for k, v in res["weighted"].items()))
    for cls, vals in res["classes"].items():
        print()
        print(_table(vals, cls, "count" if cls in ("family", "head") else ""))
    print("\nfailures (first per template / class):")
    for key, exs in res["failures"].items():
        for e in exs:
            print(f"- {key}: {e['sentence']}\n    missed {', '.join(e['missed'])}"
                  + (f"; expected {' ; '.join(e['expected'])}" if "expected" in e else "")
                  + f"\n    got {' ; '.join(e['got'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
