"""How whole the people in a built graph are: the before/after figures of the resolution and posts work.

Reads ``DIR/graph.ttl`` (the public vocabulary only, as any RDF user would) and prints one JSON object:
Person nodes, distinct names (tone style and case folded), names with several nodes, persons met in
one report only, persons holding any post, tenures, and tenures with stated or observed dates.
It measures; it does not judge which of several same-name nodes are real namesakes (the resolution
gold does that).

    python bench/corpus_facts.py /tmp/corpus            # after kg build ../shared/corpus --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from kg.evaluate import name_key
from kg.vocab import KG


def facts(graph_ttl: Path) -> dict[str, int]:
    """Counts over one graph.ttl; every figure is a plain SPARQL count an analyst can rerun."""
    store = ox.Store()
    with graph_ttl.open("rb") as fh:
        store.bulk_load(fh, ox.RdfFormat.TURTLE)
    kg_ns = str(KG)

    def rows(query: str) -> list[tuple]:
        return [tuple(t.value if t is not None else None for t in r) for r in store.query(query)]

    prefix = f"PREFIX kg: <{kg_ns}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    persons = rows(prefix + "SELECT ?p ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")
    by_name = Counter(name_key(n) for _, n in {(p, n) for p, n in persons})
    reports = dict(rows(prefix + "SELECT ?p (COUNT(DISTINCT ?r) AS ?c) WHERE { ?p a kg:Person ; "
                                 "kg:mentionedIn ?r } GROUP BY ?p"))
    holders = rows(prefix + "SELECT DISTINCT ?p WHERE { ?p a kg:Person ; kg:holds ?x }")
    tenures = rows(prefix + "SELECT ?t ?s ?e ?f WHERE { ?t a kg:Tenure . "
                            "OPTIONAL { ?t kg:startDate ?s } OPTIONAL { ?t kg:endDate ?e } "
                            "OPTIONAL { ?t kg:firstSeen ?f } }")
    tenure_ids = {t for t, *_ in tenures}
    return {
        "person_nodes": len({p for p, _ in persons}),
        "distinct_names": len(by_name),
        "names_with_several_nodes": sum(1 for c in by_name.values() if c > 1),
        "persons_in_one_report": sum(1 for c in reports.values() if int(c) == 1),
        "persons_in_several_reports": sum(1 for c in reports.values() if int(c) > 1),
        "persons_holding_a_post": len(holders),
        "tenures": len(tenure_ids),
        "tenures_with_start_or_end": len({t for t, s, e, _ in tenures if s or e}),
        "tenures_with_first_seen": len({t for t, _, _, f in tenures if f}),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build_dir", type=Path)
    args = ap.parse_args(argv)
    ttl = args.build_dir / "graph.ttl"
    if not ttl.is_file():
        print(f"corpus_facts: {ttl}: no graph.ttl (run kg build first)", file=sys.stderr)
        return 2
    print(json.dumps(facts(ttl), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
