#!/usr/bin/env python3
"""How far two annotations of the same reports agree: one gold folder scored against another with kg's
own matching (kg.evaluate: name_key, post_key, org_match, symbol_key), the first as the reference and the
second in kg's place.

Why: when kg scores far lower on one set than on every other, the question is whether the extraction or the
set's annotation differs. A second annotation of the same reports, written from the texts alone, answers it:
if kg agrees with the new annotation as it does with other fresh sets, and the two annotations disagree
with each other, the gap is the annotation's. Totals only by default, so that a held-out set's content is
not shown; ``--items`` prints what one annotation lists and the other does not.

usage: python scripts/gold_agreement.py REFERENCE_DIR OTHER_DIR [--items]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.evaluate import name_key, org_key, org_match, post_key, symbol_key

KINDS = ("persons", "posts", "organizations", "directives")


def _items(gold: dict) -> dict[str, list[tuple[tuple, str]]]:
    """Each kind's items of one gold file as (match key, text)."""
    persons = [((name_key(p["name"]),), p["name"]) for p in gold.get("persons", [])]
    posts = [((name_key(p["name"]),) + post_key(x.get("role"), x.get("organization")),
              f"{p['name']}: {x.get('role')} | {x.get('organization')}")
             for p in gold.get("persons", []) for x in p.get("posts", [])]
    orgs = [((org_key(o),), o) for o in gold.get("organizations", [])]
    dirs = [((symbol_key(d["symbol"]),), d["symbol"]) for d in gold.get("directives", []) if d.get("symbol")]
    return {"persons": persons, "posts": posts, "organizations": orgs, "directives": dirs}


def _same(kind: str, a: tuple, b: tuple) -> bool:
    """Whether two items match as kg eval matches a gold item and a found one."""
    if kind == "posts":
        return a[0] == b[0] and a[1] == b[1] and org_match(a[2], b[2])
    if kind == "organizations":
        return org_match(a[0], b[0])
    return a == b


def compare(ref_dir: Path, other_dir: Path, show: bool) -> dict[str, list[int]]:
    """Totals per kind over the reports both folders annotate: [reference items found in the other, other
    items found in the reference, other's items, reference's items]."""
    totals = {k: [0, 0, 0, 0] for k in KINDS}
    for ref_file in sorted(ref_dir.glob("*.gold.json")):
        other_file = other_dir / ref_file.name
        if not other_file.exists():
            continue
        ref = _items(json.loads(ref_file.read_text(encoding="utf-8")))
        other = _items(json.loads(other_file.read_text(encoding="utf-8")))
        for kind in KINDS:
            r, o = ref[kind], other[kind]
            r_hit = [any(_same(kind, a, b) for b, _ in o) for a, _ in r]
            o_hit = [any(_same(kind, a, b) for a, _ in r) for b, _ in o]
            t = totals[kind]
            t[0] += sum(r_hit)
            t[1] += sum(o_hit)
            t[2] += len(o)
            t[3] += len(r)
            if show:
                stem = ref_file.name.removesuffix(".gold.json")
                for (_, text), hit in zip(r, r_hit, strict=True):
                    if not hit:
                        print(f"{stem}\t{kind}\tonly in reference\t{text}")
                for (_, text), hit in zip(o, o_hit, strict=True):
                    if not hit:
                        print(f"{stem}\t{kind}\tonly in other\t{text}")
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reference", type=Path)
    ap.add_argument("other", type=Path)
    ap.add_argument("--items", action="store_true", help="print the items one lists and the other does not")
    args = ap.parse_args(argv)
    totals = compare(args.reference, args.other, args.items)
    print(f"{'kind':<15}{'P':>6}{'R':>6}{'F1':>6}{'other':>7}{'ref':>6}   (reference as gold, other in kg's place)")
    for kind, (r_hit, o_hit, n_other, n_ref) in totals.items():
        p = o_hit / n_other if n_other else 0.0
        r = r_hit / n_ref if n_ref else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:<15}{p:>6.2f}{r:>6.2f}{f:>6.2f}{n_other:>7}{n_ref:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
