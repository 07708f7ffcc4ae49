"""What changed between two builds: facts added and removed, per kind of entity and per report.

A fact is a triple of one report's named graph in ``graph.trig`` (or of the default graph, the
build's reference data and tenure aggregates). Its *kind* is the class of its subject (Person,
Tenure, Mention ...), the most specific kg class either build gives it. Report graphs are compared
by the content hash ``kg sync`` already uses (``kg.sync.source``), and only those whose hash
differs are parsed and compared triple by triple, so diffing two builds of a large archive in
which few reports changed reads little more than the two files.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.export.store import report_id
from kg.sync.source import DEFAULT_GRAPH, read
from kg.vocab import KG, load

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass
class GraphDiff:
    graph: str  # report IRI, or "" for the default graph
    added: set[tuple] = field(default_factory=set)
    removed: set[tuple] = field(default_factory=set)

    @property
    def name(self) -> str:
        if self.graph == DEFAULT_GRAPH:
            return "(build-wide facts)"
        return report_id(self.graph) or self.graph


@dataclass
class BuildDiff:
    graphs: list[GraphDiff]
    kinds: dict[str, str]  # subject IRI -> kind
    added_reports: list[str] = field(default_factory=list)
    removed_reports: list[str] = field(default_factory=list)

    def kind(self, subject: str) -> str:
        return self.kinds.get(subject, "other")

    def per_kind(self) -> dict[str, tuple[int, int]]:
        added: Counter[str] = Counter()
        removed: Counter[str] = Counter()
        for g in self.graphs:
            added.update(self.kind(t[0]) for t in g.added)
            removed.update(self.kind(t[0]) for t in g.removed)
        return {k: (added[k], removed[k]) for k in sorted(added.keys() | removed.keys())}

    @property
    def empty(self) -> bool:
        return not any(g.added or g.removed for g in self.graphs)


def _kinds(*sources) -> dict[str, str]:
    """Subject -> its most specific kg class's local name (a PartyOrganization, not Organization)."""
    vocab = load()
    supers = {str(c.iri): {str(vocab.cls(s).iri) for s in c.superclasses if s in vocab.classes}
              for c in vocab.classes.values()}
    types: dict[str, set[str]] = defaultdict(set)
    for src in sources:
        for triples in src.graphs.values():
            for s, p, o in triples:
                if p == RDF_TYPE and o[0] == "iri" and o[1].startswith(str(KG)):  # (kind, value, datatype, lang)
                    types[s].add(o[1])
    out = {}
    for s, ts in types.items():
        implied = set().union(*(supers.get(t, set()) for t in ts))
        specific = sorted(ts - implied) or sorted(ts)
        out[s] = specific[0][len(str(KG)):]
    return out


def diff_builds(old: Path, new: Path) -> BuildDiff:
    """Compare two builds (folders or graph files), report by report.

    The old build is parsed whole (its types name the kinds); of the new one only the blocks whose
    hash differs from the old build's are parsed.
    """
    old_src = read(old, {})
    new_src = read(new, {old_src.keys[g]: h for g, h in old_src.hashes.items() if g in old_src.keys})
    present = new_src.present_keys

    def in_new(g: str) -> bool:
        return g in new_src.hashes or (present is not None and old_src.keys.get(g) in present)

    def unchanged(g: str) -> bool:
        if g in new_src.hashes:
            return new_src.hashes[g] == old_src.hashes.get(g)
        return in_new(g)  # present in the new file but not parsed: its block hash is the old one

    graphs = []
    for g in sorted(old_src.hashes.keys() | new_src.hashes.keys()):
        if unchanged(g):
            continue
        before = set(old_src.graphs.get(g, ()))
        after = set(new_src.graphs.get(g, ()))
        d = GraphDiff(g, after - before, before - after)
        if d.added or d.removed:
            graphs.append(d)
    return BuildDiff(
        graphs, _kinds(old_src, new_src),
        added_reports=sorted(report_id(g) or g for g in new_src.hashes.keys() - old_src.hashes.keys() if g),
        removed_reports=sorted(report_id(g) or g for g in old_src.hashes if g and not in_new(g)),
    )


def nt(triple: tuple) -> str:
    """One stored triple in N-Triples."""
    s, p, (kind, value, datatype, lang) = triple
    if kind == "iri":
        obj = f"<{value}>"
    else:
        text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        obj = f'"{text}"' + (f"@{lang}" if lang else f"^^<{datatype}>" if datatype else "")
    return f"<{s}> <{p}> {obj} ."
