#!/usr/bin/env python3
"""Print the organizations kg's graph holds for some corpus reports, for reading by eye.

usage: dump_organizations.py CORPUS_DIR [--sample N] [--seed S] [STEM ...]

Each report is built alone, as ``kg eval`` builds it, and its organization nodes are printed with
every label the scorer matches against (preferred label first, then the others in brackets), so
what a reader counts as missed, cut short or extra is what the organizations score would count.
Every split's held-out reports are left out (``corpus_io.held_out_stems``), blind10 included.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems, picked_files  # noqa: E402
from rdflib import RDF, RDFS, SKOS  # noqa: E402

from kg.build import build_graph  # noqa: E402
from kg.vocab import KG  # noqa: E402


def organization_lines(path: Path) -> list[str]:
    """One line per organization node of the report's graph: its label, then its other labels."""
    g = build_graph([str(path)]).graph
    lines = []
    for o in g.subjects(RDF.type, KG.Organization):
        label = str(g.value(o, RDFS.label) or o)
        others = sorted({str(x) for p in (SKOS.prefLabel, SKOS.altLabel) for x in g.objects(o, p)} - {label})
        lines.append(f"  O {label}" + (f"  [{' | '.join(others)}]" if others else ""))
    return sorted(lines)


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    held_out = held_out_stems()
    readable = [f for f in sorted(corpus.glob("*/*.txt")) if f.stem not in held_out]
    files = picked_files(readable, argv[1:])  # drawn from the readable reports: --sample N gives N
    for f in files:
        print(f"=== {f.stem}")
        print("\n".join(organization_lines(f)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
