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
