"""Scoring person resolution against our own annotation (tests/gold/resolution.json).

The annotation lists, for a set of names, (name, report) occurrences and the real person (a cluster
id) each one is. A resolution is scored on pairs of occurrences of one name: a pair is "same" when
the two share a cluster id, and the system says "same" when the two mentions got one IRI.

- pairwise precision and recall of "same person";
- Person nodes per real person: how many IRIs the occurrences of one cluster were given (1.0 is best);
- namesakes merged: pairs of different real persons of one name that share an IRI (goal 0).

``python scripts/resolution_eval.py`` prints these for the corpus.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from kg.model import Extraction
from kg.resolve import Resolution
from kg.textkey import key as text_key


@dataclass
class ResolutionScore:
    pairs_same: int = 0  # gold "same" pairs
    pairs_said: int = 0  # system "same" pairs
    true_pairs: int = 0
    clusters: int = 0
    nodes: int = 0
    namesakes_merged: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)  # clusters given several nodes
    missing: list[str] = field(default_factory=list)  # occurrences the extraction did not find

    @property
    def precision(self) -> float:
        return self.true_pairs / self.pairs_said if self.pairs_said else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.pairs_same if self.pairs_same else 1.0

    @property
    def nodes_per_person(self) -> float:
        return self.nodes / self.clusters if self.clusters else 0.0

    def summary(self) -> str:
        return (f"pairwise precision {self.precision:.3f} recall {self.recall:.3f} "
                f"({self.true_pairs} of {self.pairs_said} said, {self.pairs_same} true); "
                f"Person nodes per real person {self.nodes_per_person:.2f} ({self.nodes}/{self.clusters}); "
                f"namesakes merged {len(self.namesakes_merged)}; occurrences not found {len(self.missing)}")


def read_gold(path: str | Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["names"]


def score(gold: list[dict], extractions: list[Extraction], res: Resolution) -> ResolutionScore:
    """Score ``res`` on the annotated occurrences."""
    iri_of: dict[tuple[str, str], str] = {}
    for ex in extractions:
        for p in ex.persons:
            if not p.credit:
                iri_of.setdefault((ex.report.id, text_key(p.name)), str(res.of(p)))
    out = ResolutionScore()
    for entry in gold:
        name = text_key(entry["name"])
        occ = []
        for o in entry["occurrences"]:
            iri = iri_of.get((o["report"], name))
            if iri is None:
                out.missing.append(f"{entry['name']} in {o['report']}")
                iri = f"missing:{o['report']}"
            occ.append((o["report"], o["cluster"], iri))
        for (_ra, ca, ia), (_rb, cb, ib) in combinations(occ, 2):
            same, said = ca == cb, ia == ib
            out.pairs_same += same
            out.pairs_said += said
            out.true_pairs += same and said
        by_cluster: dict[str, set[str]] = defaultdict(set)
        for _, c, iri in occ:
            by_cluster[c].add(iri)
        for c, iris in sorted(by_cluster.items()):
            out.clusters += 1
            out.nodes += len(iris)
            if len(iris) > 1:
                out.split.append(f"{entry['name']} {c}: {len(iris)} nodes")
        for (c1, i1), (c2, i2) in combinations(sorted(by_cluster.items()), 2):
            if i1 & i2:
                out.namesakes_merged.append(f"{entry['name']}: {c1} and {c2}")
    return out


# ----------------------------------------------------------------------------------------------
# Why the nodes of one name stayed apart


SPLIT_CLASSES = {
    "credit": "a byline or photo credit: one node per outlet, never an official (by design)",
    "initials": "initials only (\"N.H\"): a signature many writers share (by design)",
    "private": "no post, a private person's cue (\"anh\", \"cử tri\", a home address): never joined on a name alone",
    "bare": "no post and no evidence (a name alone: not rare enough, or several officials of the name)",
    "unplaced": "posts only in bodies placed nowhere or roles with no body",
    "province": "posts in another province than the main node's (namesakes kept apart unless a career rule joins)",
    "unshared": "placed posts, none shared with the main node (another body or a national post)",
}


@dataclass(frozen=True)
class SplitNode:
    """One node of a name that has several, beside the name's main node, and why it stayed apart."""

    name: str
    iri: str
    main: str
    kind: str  # a key of SPLIT_CLASSES
    reports: tuple[str, ...]


def split_nodes(extractions: list[Extraction], res: Resolution) -> list[SplitNode]:
    """Each name with several Person nodes (case and tone style folded, as bench/corpus_facts.py
    counts them), each node but the main one (the node with the most mentions among those holding a
    placed post, else with the most mentions) with the class of why it stayed apart: what the
    resolver's evidence (kg.persons) saw, not a judgement of whether it is the same person."""
    from kg.evaluate import name_key
    from kg.persons import _initials_only, occurrences

    occs = occurrences(extractions, res.get)
    by_iri: dict[str, list] = defaultdict(list)
    for o in occs:
        by_iri[str(res.of(o.mention))].append(o)
    by_name: dict[str, list[str]] = defaultdict(list)
    for iri in sorted(by_iri):
        by_name[name_key(res.label(res.of(by_iri[iri][0].mention)))].append(iri)
    out = []
    for _name, iris in sorted(by_name.items()):
        if len(iris) < 2:
            continue
        main = max(iris, key=lambda i: (any(o.anchors for o in by_iri[i]), len(by_iri[i]), i))
        main_provinces = set().union(*(o.provinces for o in by_iri[main]))
        for iri in iris:
            if iri == main:
                continue
            ms = by_iri[iri]
            if any(o.mention.credit for o in ms):
                kind = "credit"
            elif _initials_only(ms[0].name_key):
                kind = "initials"
            elif not any(o.posts for o in ms):
                kind = "private" if any(o.citizen for o in ms) else "bare"
            elif not any(o.anchors for o in ms):
                kind = "unplaced"
            elif (mine := set().union(*(o.provinces for o in ms))) and main_provinces and not mine & main_provinces:
                kind = "province"
            else:
                kind = "unshared"
            out.append(SplitNode(ms[0].mention.name, iri, main, kind, tuple(sorted({o.report_id for o in ms}))))
    return out
