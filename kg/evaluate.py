"""Scoring a built graph against hand-checked gold answers.

The matching rules are those of the gold set's own scorer (``shared/gold/score.py``), so that
``kg eval`` and that script agree on every graph: names match whatever the tone style and case;
organizations match with common abbreviations expanded and the province left aside (on the
shorter name's tokens, from the end); a post is (person, role, organization) with the head noun a
role may swallow moved to the organization ("Trưởng ban" + "Tổ chức" = "Trưởng" + "Ban Tổ chức");
symbols match ignoring spaces, case and dash style; events count only the recall of dated gold
events. On top, kg eval scores "dated events" both ways (precision: kg's events whose date with a
year is the date of some gold event of the report), lists the misses and, for matched directives,
whether the type, issuer and term are right.

The scorer reads the graph only through the public vocabulary (kg:Person, kg:holds, rdfs:label…),
never through kg's Python objects, so it judges exactly what a user of ``graph.ttl`` sees.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal

from kg.reference.numerals import to_roman
from kg.reference.places import pre2025_names
from kg.vocab import KG

KINDS = ("persons", "posts", "organizations", "directives", "events")
# Dated events scored both ways (kg's own measure; the gold scorer's "events" is recall only, and
# its precision counts every predicted event, dated or not, against dated gold events alone).
DATED_EVENTS = "dated events"
# Posts counted once per post node of the graph (matched when any of its label pairs matches). The
# main "posts" row mirrors ../shared/gold/score.py, which counts every (role label, body label) pair
# of a post as a prediction of its own, so a body with three labels ("Bộ GTVT", "Bộ Giao thông Vận
# tải", ...) makes one right post and two wrong ones; this row shows what that costs.
POSTS_BY_NODE = "posts by node"

_TONES = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
_ABBREV = [
    (r"\bubmttq\b", "ủy ban mặt trận tổ quốc"), (r"\bubnd\b", "ủy ban nhân dân"),
    (r"\bhđnd\b", "hội đồng nhân dân"), (r"\bmttq\b", "mặt trận tổ quốc"),
    (r"\bt ư\b", "trung ương"), (r"\btw\b", "trung ương"), (r"\bbch\b", "ban chấp hành"),
    (r"\bbtv\b", "ban thường vụ"), (r"\btp\b", "thành phố"), (r"\bđbqh\b", "đại biểu quốc hội"),
    (r"\bqh\b", "quốc hội"), (r"\bubkt\b", "ủy ban kiểm tra"), (r"\bhlhpn\b", "hội liên hiệp phụ nữ"),
    (r"\blhpn\b", "liên hiệp phụ nữ"), (r"\btncs\b", "thanh niên cộng sản"), (r"\bvn\b", "việt nam"),
]
# Province names as the gold scorer strips them from organization names: the pre-2025 provinces of
# kg's one province table, plus the spellings the scorer adds (its list is fixed, tests/test_eval.py
# checks that this gives exactly its keys).
SCORER_EXTRA_SPELLINGS = ("Thừa Thiên Huế", "HCM", "TP.HCM", "TPHCM")
_POST_HEADS = ["ban", "ban thường vụ", "ban chấp hành", "ban cán sự", "văn phòng", "ủy ban", "hội đồng",
               "đoàn", "sở", "phòng", "vụ", "cục", "tổng cục", "viện", "thanh tra", "đảng đoàn",
               "ban chỉ đạo", "hội"]


def name_key(s: str | None) -> str:
    """Tone-position-independent, case-free key: each syllable's tone moved to its end as a digit."""
    if not s:
        return ""
    s = unicodedata.normalize("NFD", s.replace("Ð", "Đ").replace("ð", "đ"))
    out, tone = [], ""
    for ch in s + " ":
        if ch in _TONES:
            tone = _TONES[ch]
            continue
        if not ch.isalnum() and ch not in "\u0302\u0306\u031b":
            if tone:
                out.append(tone)
                tone = ""
            out.append(" ")
            continue
        out.append(ch)
    return " ".join(unicodedata.normalize("NFC", "".join(out)).casefold().split())


_ABBREV_KEYS = [(re.compile(p.replace("ủy", "uy3")), name_key(r)) for p, r in _ABBREV]
_PROVINCE_KEYS = sorted({name_key(p) for p in (*pre2025_names(), *SCORER_EXTRA_SPELLINGS)}, key=len, reverse=True)
_HEAD_KEYS = sorted((name_key(h) for h in _POST_HEADS), key=len, reverse=True)
_TRAILING_LEVEL = re.compile(rf"( ({name_key('tỉnh')}|{name_key('thành phố')}))+$")


def org_key(s: str | None) -> str:
    k = name_key(s)
    for pat, rep in _ABBREV_KEYS:
        k = pat.sub(rep, k)
    for p in _PROVINCE_KEYS:
        k = re.sub(rf"(^| ){re.escape(p)}( |$)", " ", k)
    k = _TRAILING_LEVEL.sub("", " ".join(k.split()))
    return k.strip()


def post_key(role: str | None, org: str | None) -> tuple[str, str]:
    r, o = name_key(role), org_key(org)
    for head in _HEAD_KEYS:
        if r.endswith(" " + head):
            r = r[: -len(head) - 1]
            if not (o == head or o.startswith(head + " ")):
                o = (head + " " + o).strip()
            break
    return r, o


def org_match(g: str, p: str) -> bool:
    if not g or not p:
        return g == p
    gt, pt = g.split(), p.split()
    n = min(len(gt), len(pt))
    return gt[-n:] == pt[-n:] and n >= max(1, min(len(gt), len(pt)))


def symbol_key(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).upper().replace("Đ", "D")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp_gold: int = 0
    tp_pred: int = 0
    pred: int = 0
    gold: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp_gold += other.tp_gold
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.gold += other.gold
        return self

    def prf(self) -> tuple[float, float, float]:
        """Precision over predictions matching some gold item; recall over gold items found."""
        p = self.tp_pred / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp_gold / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class ReportScore:
    report: str
    counts: dict[str, Counts]
    misses: dict[str, list[str]] = field(default_factory=dict)  # kind -> gold items not found
    extras: dict[str, list[str]] = field(default_factory=dict)  # kind -> predictions matching no gold
    attributes: dict[str, list[bool]] = field(default_factory=dict)  # "type"/"issuer"/"term" -> right?


def _labels(g: Graph, node) -> list[str]:
    return [str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p)]


@dataclass
class _Predicted:
    persons: list[tuple[set[str], set[tuple[str, str]], str]]
    post_nodes: list[tuple[set[str], list[set[tuple[str, str]]]]]  # (names, label pairs of each post)
    post_status: list[tuple[set[str], list[tuple[set[tuple[str, str]], str]]]]  # (names, (pairs, status))
    orgs: list[tuple[set[str], str]]
    directives: dict[str, dict]
    events: list[tuple[set[str], set[str]]]
    dated: list[tuple[str, str]]  # (date with a year, label) of every event that has one


def _predicted(g: Graph) -> _Predicted:
    persons = []
    post_nodes = []
    post_status = []
    status_of = {(g.value(t, KG.holder), g.value(t, KG.post)): str(st)
                 for t, st in g.subject_objects(KG.status)}
    for p in g.subjects(RDF.type, KG.Person):
        posts = set()
        each = []
        statuses = []
        for post in g.objects(p, KG.holds):
            roles = [x for r in g.objects(post, KG.hasRole) for x in _labels(g, r)] or [""]
            orgs = [x for o in g.objects(post, KG.postIn) for x in _labels(g, o)] or [""]
            pairs = {post_key(r, o) for r in roles for o in orgs}
            posts |= pairs
            each.append(pairs)
            if (p, post) in status_of:
                statuses.append((pairs, status_of[(p, post)]))
        names = {name_key(n) for n in _labels(g, p)}
        persons.append((names, posts, str(g.value(p, RDFS.label) or p)))
        post_nodes.append((names, each))
        post_status.append((names, statuses))
    orgs = [({org_key(x) for x in _labels(g, o)}, str(g.value(o, RDFS.label) or o))
            for o in g.subjects(RDF.type, KG.Organization)]
    directives: dict[str, dict] = {}
    for d in g.subjects(RDF.type, KG.Directive):
        types = {name_key(x) for t in g.objects(d, KG.documentType) for x in _labels(g, t)}
        issuers = {org_key(x) for o in g.objects(d, KG.issuedBy) for x in _labels(g, o)}
        terms = {to_roman(int(t)) for t in g.objects(d, KG["term"]) if isinstance(t, Literal)}
        for s in g.objects(d, KG.symbol):
            directives[symbol_key(str(s))] = {"types": types, "issuers": issuers, "terms": terms}
    events, dated = [], []
    for e in g.subjects(RDF.type, KG.Event):
        dates = {str(x)[:10] for x in g.objects(e, KG.date)}
        people = {name_key(n) for p in g.subjects(KG.attended, e) for n in _labels(g, p)}
        events.append((dates, people))
        kind = next((str(k) for k in g.objects(e, KG.kind)), "event")
        # A yearless "--06-24" is no claim about which day it was (the year is not guessed), so it
        # is neither right nor wrong; a date with a year is a claim the gold can refute.
        dated += [(d, f"{kind} {d}") for d in sorted(dates) if not d.startswith("-")]
    return _Predicted(persons, post_nodes, post_status, orgs, directives, events, sorted(dated))


def score_graph(gold: dict, g: Graph) -> ReportScore:
    """Score one report's graph against its gold answers."""
    pred = _predicted(g)
    counts: dict[str, Counts] = {}
    misses: dict[str, list[str]] = {}
    extras: dict[str, list[str]] = {}

    g_names = [name_key(p["name"]) for p in gold["persons"]]
    counts["persons"] = Counts(
        sum(1 for n in g_names if any(n in names for names, _, _ in pred.persons)),
        sum(1 for names, _, _ in pred.persons if names & set(g_names)),
        len(pred.persons), len(g_names))
    misses["persons"] = [p["name"] for p in gold["persons"]
                         if not any(name_key(p["name"]) in names for names, _, _ in pred.persons)]
    extras["persons"] = [label for names, _, label in pred.persons if not names & set(g_names)]

    g_posts = [((name_key(p["name"]),) + post_key(x["role"], x.get("organization")),
                f"{p['name']}: {x['role']} | {x.get('organization')}")
               for p in gold["persons"] for x in p["posts"]]
    p_posts = [((names, r, o), f"{label}: {r} | {o}") for names, posts, label in pred.persons for r, o in posts]

    def post_match(gk, pk) -> bool:
        return gk[0] in pk[0] and gk[1] == pk[1] and org_match(gk[2], pk[2])

    counts["posts"] = Counts(
        sum(1 for gk, _ in g_posts if any(post_match(gk, pk) for pk, _ in p_posts)),
        sum(1 for pk, _ in p_posts if any(post_match(gk, pk) for gk, _ in g_posts)),
        len(p_posts), len(g_posts))
    misses["posts"] = [txt for gk, txt in g_posts if not any(post_match(gk, pk) for pk, _ in p_posts)]
    nodes = [(names, pairs) for names, each in pred.post_nodes for pairs in each]
    counts[POSTS_BY_NODE] = Counts(
        counts["posts"].tp_gold,
        sum(1 for names, pairs in nodes
            if any(post_match(gk, (names, r, o)) for r, o in pairs for gk, _ in g_posts)),
        len(nodes), len(g_posts))
    extras["posts"] = [txt for pk, txt in p_posts if not any(post_match(gk, pk) for gk, _ in g_posts)]

    g_orgs = [(org_key(o), o) for o in gold["organizations"]]
    counts["organizations"] = Counts(
        sum(1 for go, _ in g_orgs if any(any(org_match(go, k) for k in ks) for ks, _ in pred.orgs)),
        sum(1 for ks, _ in pred.orgs if any(any(org_match(go, k) for k in ks) for go, _ in g_orgs)),
        len(pred.orgs), len(g_orgs))
    misses["organizations"] = [o for go, o in g_orgs
                               if not any(any(org_match(go, k) for k in ks) for ks, _ in pred.orgs)]
    extras["organizations"] = [label for ks, label in pred.orgs
                               if not any(any(org_match(go, k) for k in ks) for go, _ in g_orgs)]

    gold_dirs = {symbol_key(d["symbol"]): d for d in gold["directives"] if d.get("symbol")}
    both = set(gold_dirs) & set(pred.directives)
    counts["directives"] = Counts(len(both), len(both), len(pred.directives), len(gold_dirs))
    misses["directives"] = sorted(gold_dirs[k]["symbol"] for k in set(gold_dirs) - both)
    extras["directives"] = sorted(set(pred.directives) - both)
    attributes: dict[str, list[bool]] = {"type": [], "issuer": [], "term": [], "post status": []}
    # The status of each gold post kg found (holds / appointed / nominated / former / left): right
    # when some matching post of kg's has the gold's status (a person's posts in one report rarely
    # match twice). Not part of score.py; shown apart so that the posts row stays the scorer's.
    for gp in gold["persons"]:
        for x in gp["posts"]:
            if not x.get("status"):
                continue
            gk = (name_key(gp["name"]),) + post_key(x["role"], x.get("organization"))
            found = [st for names, items in pred.post_status for pairs, st in items
                     if any(post_match(gk, (names, r, o)) for r, o in pairs)]
            if found:
                attributes["post status"].append(x["status"] in found)
    for k in sorted(both):
        gd, pd = gold_dirs[k], pred.directives[k]
        if gd.get("type"):
            attributes["type"].append(name_key(gd["type"]) in pd["types"])
        if gd.get("issuer"):
            attributes["issuer"].append(any(org_match(org_key(gd["issuer"]), i) for i in pd["issuers"]))
        if gd.get("term"):
            attributes["term"].append(gd["term"] in pd["terms"])

    dated = [e for e in gold["events"] if e.get("date")]
    hit = [e for e in dated if any(e["date"] in d for d, _ in pred.events)]
    counts["events"] = Counts(len(hit), len(hit), len(pred.events), len(dated))
    misses["events"] = [f"{e.get('kind')} {e['date']}" for e in dated if e not in hit]
    # Precision of kg's dated events: a predicted date with a year is right when some gold event of
    # the report has that date (the gold README: a day-month takes the report's year, and a date
    # the text does not give is null, so a guessed or misplaced year matches nothing).
    gold_dates = {e["date"] for e in dated}
    right = [label for d, label in pred.dated if d in gold_dates]
    counts[DATED_EVENTS] = Counts(len(hit), len(right), len(pred.dated), len(dated))
    extras["events"] = [label for d, label in pred.dated if d not in gold_dates]
    return ReportScore(gold.get("report", ""), counts, misses, extras, attributes)


def find_report(stem: str, corpus: Path) -> Path | None:
    """The report file ``STEM.*`` for a gold file, anywhere under the corpus folder."""
    for ext in (".txt", ".html", ".htm", ".jsonl"):
        hits = sorted(corpus.rglob(stem + ext))
        if hits:
            return hits[0]
    return None


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
