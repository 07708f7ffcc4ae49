"""A person's post written with and without its body, counted over a built graph.

A career reads badly when one post is written twice: "Bí thư" with no organization beside "Bí thư
Tỉnh ủy X", from different reports. This counts, over ``DIR/graph.ttl`` (public vocabulary only,
plain SPARQL), the (person, role) pairs holding a Post of that role with no ``kg:postIn`` and also
one or more Posts of the same role with a body, and how many distinct bodies they hold; with
``--sample N`` it prints N such pairs at random (``--seed``), each with its bodies and the sentences
of its body-less mentions, for reading against the texts.

Reports of a blind split's test list and of the held-out sets (bench/corpus_io) are never printed,
nor any report passed to ``--leave-out``: a pair is sampled only if none of its reports is one.

    python scripts/bodyless_posts.py /tmp/c33 --sample 30 --seed 33 --leave-out baomoi-0020 ...
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus_io import held_out_stems, heldout_gold_stems  # noqa: E402
from kg.vocab import KG  # noqa: E402

_PREFIX = f"PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def _store(graph_ttl: Path) -> ox.Store:
    store = ox.Store()
    with graph_ttl.open("rb") as fh:
        store.bulk_load(fh, ox.RdfFormat.TURTLE)
    return store


def _rows(store: ox.Store, query: str) -> list[tuple[str | None, ...]]:
    return [tuple(t.value if t is not None else None for t in r) for r in store.query(_PREFIX + query)]


def _stem(report_iri: str) -> str:
    return report_iri.rsplit("/", 1)[-1]


def pairs(store: ox.Store) -> dict[tuple[str, str], dict[str, object]]:
    """(person, role) -> {"bare": {tenure: reports}, "bodies": {org: reports}} for every pair holding
    the role both with and without a body."""
    rows = _rows(store, "SELECT ?person ?role ?t ?org ?r WHERE { ?t a kg:Tenure ; kg:holder ?person ; "
                        "kg:post ?post ; kg:mentionedIn ?r . ?post kg:hasRole ?role . "
                        "OPTIONAL { ?post kg:postIn ?org } }")
    bare: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    bodies: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person, role, tenure, org, report in rows:
        key = (str(person), str(role))
        if org is None:
            bare[key][str(tenure)].add(_stem(str(report)))
        else:
            bodies[key][str(org)].add(_stem(str(report)))
    return {k: {"bare": bare[k], "bodies": bodies[k]} for k in bare if k in bodies}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", type=Path, help="a build folder (its graph.ttl)")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=33)
    ap.add_argument("--leave-out", nargs="*", default=[], help="report stems never printed (an audit sample)")
    args = ap.parse_args(argv)
    store = _store(args.build / "graph.ttl" if args.build.is_dir() else args.build)
    found = pairs(store)
    n_bodies = Counter(min(len(v["bodies"]), 3) for v in found.values())  # type: ignore[arg-type]
    persons = {p for p, _ in found}
    print(f"(person, role) pairs with the role both without and with a body: {len(found)} "
          f"({len(persons)} persons); distinct bodies: 1: {n_bodies[1]}, 2: {n_bodies[2]}, 3+: {n_bodies[3]}")
    bare_reports = sum(len(set().union(*v["bare"].values())) for v in found.values())  # type: ignore[union-attr]
    print(f"reports giving such a pair its body-less post: {bare_reports}")
    if not args.sample:
        return
    hidden = held_out_stems(REPO) | heldout_gold_stems(REPO) | set(args.leave_out)
    # a case: one pair's body-less post in one readable report; only readable reports are shown
    cases = sorted((k, tenure, r) for k, v in found.items() for tenure, reps in v["bare"].items()  # type: ignore[union-attr]
                   for r in reps if r not in hidden)
    print(f"cases (a pair's body-less post in a readable report): {len(cases)}")
    labels = dict(_rows(store, "SELECT ?x ?l WHERE { ?x rdfs:label ?l }"))
    for (person, role), tenure, report in random.Random(args.seed).sample(cases, min(args.sample, len(cases))):
        v = found[person, role]
        print(f"\n== {labels.get(person, person)} | {labels.get(role, role)} | bare in {report}")
        for org, reps in sorted(v["bodies"].items()):  # type: ignore[union-attr]
            shown = sorted(set(reps) - hidden)
            more = " +held-out" if len(shown) < len(reps) else ""
            print(f"   body: {labels.get(org, org)}  [{' '.join(shown)}{more}]")
        for sentence, in sorted(_rows(store, f"SELECT ?s WHERE {{ ?m kg:supports <{tenure}> ; kg:inReport ?r ; "
                                             f"kg:sentence ?s . FILTER(STRENDS(STR(?r), '/{report}')) }}")):
            print(f"   sentence: {(sentence or '')[:300]}")

if __name__ == "__main__":
    main()
