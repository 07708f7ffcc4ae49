#!/usr/bin/env python3
"""What the per-label-pair posts row would be if kg wrote fewer organization labels: a counterfactual.

The gold scorer (``../shared/gold/score.py``, mirrored by ``kg eval``'s "posts" row) counts every (role label,
body label) pair of a post as a prediction, where a body's labels are its ``rdfs:label`` and every
``skos:altLabel`` (the forms the reports wrote). A post node whose body carries three labels is one right post
and two wrong ones by that count, while the "posts by node" row counts it once. This script asks whether kg
should write fewer labels: for each class of a body's alternative labels it removes that class from each
report's graph and scores again. The classes:

- ``prefix``: the label's words begin the body's name ("Ủy ban nhân dân" and "UBND phường" of "Ủy ban nhân
  dân phường Phố Hiến"): a short reference the report completes from context;
- ``bracket``: the label holds a bracket ("Hội Cựu chiến binh (CCB) huyện Hòa An");
- ``other``: the rest (an abbreviation "Bộ GTVT", a term "Quốc hội khóa XIV", a short name "Trung ương Đảng").

Labels equal to the name under the scorer's key are no cost and are left alone. Read sets only: a path under
tests/heldout is refused, as ``scripts/score_sets.sh`` refuses it.

    python scripts/label_pairs.py tests/gold/wtune35 tests/gold/mid31 ../shared/gold/dev
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.build import build_graph
from kg.evaluate import Counts, abbreviation_key, find_report, load_gold, org_key, score_graph
from kg.vocab import KG

CLASSES = ("prefix", "bracket", "other")
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def label_class(alt: str, name: str) -> str:
    """The class of the alternative label ``alt`` of a body named ``name`` (module docstring); "same" when the
    scorer's key cannot tell them apart."""
    ka, kn = org_key(alt), org_key(name)
    if ka == kn:
        return "same"
    if "(" in alt:
        return "bracket"
    for wa, wn in ((abbreviation_key(alt).split(), abbreviation_key(name).split()), (ka.split(), kn.split())):
        if len(wa) < len(wn) and wn[: len(wa)] == wa:
            return "prefix"
    return "other"


def alt_labels(g: Graph) -> dict[str, list[tuple[URIRef, Literal]]]:
    """Each body's alternative labels in ``g``, by class."""
    out: dict[str, list[tuple[URIRef, Literal]]] = {}
    for body in g.subjects(RDF.type, KG.Organization):
        name = str(g.value(body, RDFS.label))
        for alt in g.objects(body, SKOS.altLabel):
            out.setdefault(label_class(str(alt), name), []).append((body, alt))  # type: ignore[arg-type]
    return out


def score_without(gold: dict, g: Graph, dropped: list[tuple[URIRef, Literal]]) -> Counts:
    """The posts row of ``g`` with the ``dropped`` labels removed (put back before returning)."""
    for body, alt in dropped:
        g.remove((body, SKOS.altLabel, alt))
    try:
        return score_graph(gold, g).counts["posts"]
    finally:
        for body, alt in dropped:
            g.add((body, SKOS.altLabel, alt))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    totals = {c: Counts() for c in ("as written", *CLASSES)}
    for s in argv:
        folder = Path(s)
        if "heldout" in folder.parts:
            print(f"label_pairs: {folder}: refused, a held-out set is scored by totals only", file=sys.stderr)
            return 2
        corpus = folder / "corpus" if (folder / "corpus").is_dir() else SHARED_CORPUS
        for gf in sorted(folder.glob("*.gold.json")):
            path = find_report(gf.name.removesuffix(".gold.json"), corpus)
            if path is None:
                print(f"label_pairs: {gf}: no report under {corpus}", file=sys.stderr)
                continue
            gold, g = load_gold(gf), build_graph([str(path)]).graph
            by_class = alt_labels(g)
            totals["as written"] += score_graph(gold, g).counts["posts"]
            for c in CLASSES:
                totals[c] += score_without(gold, g, by_class.get(c, []))
    print(f"{'labels':24s} {'pairs':>6s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for c, x in totals.items():
        p, r, f = x.prf()
        print(f"{c if c == 'as written' else 'without ' + c:24s} {x.pred:6d} {p:6.3f} {r:6.3f} {f:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
