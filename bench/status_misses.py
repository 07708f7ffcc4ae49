#!/usr/bin/env python3
"""Print every post status kg gets wrong on a read gold set: gold status, kg's, the sentences.

usage: status_misses.py GOLD_DIR CORPUS_DIR

The "post status" line of ``kg eval`` counts a gold post kg found as right when some matching post
of kg's has the gold's status; this prints the ones that are not, with the sentences of kg's
mentions of the post, so that each miss can be read and classed (kg wrong, or an annotation
convention). The held-out sets' reports (every gold file under tests/heldout/) are skipped, never
printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import heldout_gold_stems  # noqa: E402

from kg.build import build_graph  # noqa: E402
from kg.evaluate import _labels, find_report, load_gold, name_key, org_match, post_key  # noqa: E402
from kg.vocab import KG  # noqa: E402


def _kg_posts(g: Graph) -> list[tuple[set[str], set[tuple[str, str]], str, list[str]]]:
    """(person name keys, post label pairs, status, sentences) of every tenure of the graph."""
    out = []
    for t, st in g.subject_objects(KG.status):
        p, post = g.value(t, KG.holder), g.value(t, KG.post)
        roles = [x for r in g.objects(post, KG.hasRole) for x in _labels(g, r)] or [""]
        orgs = [x for o in g.objects(post, KG.postIn) for x in _labels(g, o)] or [""]
        pairs = {post_key(r, o) for r in roles for o in orgs}
        names = {name_key(n) for n in _labels(g, p)}
        sents = sorted({str(s) for m in g.subjects(KG.supports, t) for s in g.objects(m, KG.sentence)})
        out.append((names, pairs, str(st), sents))
    return out


def main() -> int:
    gold_dir, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    held = heldout_gold_stems()
    for gf in sorted(gold_dir.glob("*.gold.json")):
        stem = gf.name.removesuffix(".gold.json")
        if stem in held:  # the unseen sets: never built nor printed here
            continue
        path = find_report(stem, corpus)
        if path is None:
            continue
        gold = load_gold(gf)
        g = build_graph([str(path)]).graph
        posts = _kg_posts(g)
        for gp in gold["persons"]:
            for x in gp["posts"]:
                if not x.get("status"):
                    continue
                gk = (name_key(gp["name"]),) + post_key(x["role"], x.get("organization"))
                found = [(st, s) for names, pairs, st, s in posts
                         if gk[0] in names and any(gk[1] == r and org_match(gk[2], o) for r, o in pairs)]
                if found and x["status"] not in {st for st, _ in found}:
                    print(json.dumps({"report": stem, "person": gp["name"],
                                      "post": f"{x['role']} | {x.get('organization')}",
                                      "gold": x["status"], "kg": sorted({st for st, _ in found}),
                                      "sentences": sorted({s for _, ss in found for s in ss})},
                                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
