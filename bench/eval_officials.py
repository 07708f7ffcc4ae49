#!/usr/bin/env python3
"""Score the officials extractor alone against gold files, without building a graph.

usage: eval_officials.py GOLD_DIR CORPUS_DIR [-v]
Until (and beside) `kg eval`, this approximates what score.py sees in a built graph: one
organization per distinct (canonical name, scope, province) with its written forms as other labels,
parents named by data rules included; persons by name; posts as (person, role, organization).
Prints P/R/F1 per kind over all gold reports (micro-averaged) and, with -v, the misses.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import read_report  # noqa: E402

from kg.evaluate import find_report, load_gold
from kg.loaders.extract.officials import extract_officials  # noqa: E402
from kg.model import Extraction  # noqa: E402


def load_score(gold_dir: Path):
    spec = importlib.util.spec_from_file_location("gold_score", gold_dir.parent / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def predicted(ex: Extraction, S) -> dict:
    orgs: dict[tuple, set[str]] = {}

    def add_org(o) -> None:
        k = (S.key(o.name), o.scope, o.province)
        orgs.setdefault(k, set()).update({S.org_key(o.name), S.org_key(o.written)})
        if o.parent is not None:
            add_org(o.parent)

    for o in ex.organizations:
        add_org(o)
    persons = {}
    for p in ex.persons:
        persons[id(p)] = ({S.key(p.name)}, set())
    for t in ex.posts:
        names, posts = persons[id(t.person)]
        orgl = [t.org.name, t.org.written] if t.org else [""]
        for o in orgl:
            posts.add(S.post_key(t.role, o))
    return {"persons": persons, "orgs": list(orgs.values())}


def score_one(gold: dict, pred: dict, S) -> tuple[dict, dict]:
    res, miss = {}, {}
    people = list(pred["persons"].values())
    g_names = [S.key(p["name"]) for p in gold["persons"]]
    res["persons"] = S.counts(sum(1 for n in g_names if any(n in ns for ns, _ in people)),
                              sum(1 for ns, _ in people if ns & set(g_names)), len(people), len(g_names))
    miss["persons-"] = [n for n in g_names if not any(n in ns for ns, _ in people)]
    miss["persons+"] = [next(iter(ns)) for ns, _ in people if not ns & set(g_names)]
    g_posts = [(S.key(p["name"]),) + S.post_key(x["role"], x.get("organization"))
               for p in gold["persons"] for x in p["posts"]]
    p_posts = [(ns, r, o) for ns, posts in people for (r, o) in posts]

    def pm(g, p):
        return g[0] in p[0] and g[1] == p[1] and S.org_match(g[2], p[2])
    res["posts"] = S.counts(sum(1 for g in g_posts if any(pm(g, p) for p in p_posts)),
                            sum(1 for p in p_posts if any(pm(g, p) for g in g_posts)),
                            len(p_posts), len(g_posts))
    miss["posts-"] = [g for g in g_posts if not any(pm(g, p) for p in p_posts)]
    miss["posts+"] = [(next(iter(p[0])), p[1], p[2]) for p in p_posts if not any(pm(g, p) for g in g_posts)]
    g_orgs = [S.org_key(o) for o in gold["organizations"]]
    res["organizations"] = S.counts(
        sum(1 for go in g_orgs if any(any(S.org_match(go, k) for k in ks) for ks in pred["orgs"])),
        sum(1 for ks in pred["orgs"] if any(any(S.org_match(go, k) for k in ks) for go in g_orgs)),
        len(pred["orgs"]), len(g_orgs))
    miss["orgs-"] = [go for go in g_orgs if not any(any(S.org_match(go, k) for k in ks) for ks in pred["orgs"])]
    miss["orgs+"] = [sorted(ks) for ks in pred["orgs"] if not any(any(S.org_match(go, k) for k in ks) for go in g_orgs)]
    return res, miss


def main(argv: list[str]) -> int:
    gold_dir, corpus = Path(argv[0]), Path(argv[1])
    verbose = "-v" in argv
    S = load_score(gold_dir)
    total = {k: S.counts(0, 0, 0, 0) for k in ("persons", "posts", "organizations")}
    for gf in sorted(gold_dir.glob("*.gold.json")):
        gold = load_gold(gf)
        stem = gf.name.removesuffix(".gold.json")
        txt = find_report(stem, corpus)
        r = read_report(txt)
        ex = Extraction(report=r)
        extract_officials(r, ex)
        res, miss = score_one(gold, predicted(ex, S), S)
        line = []
        for k, c in res.items():
            for f in c:
                total[k][f] += c[f]
            line.append(f"{k[:4]} {S.prf(c)[2]:.2f}")
        print(f"{stem:22s} " + "  ".join(line))
        if verbose:
            for k, v in miss.items():
                if v:
                    print(f"    {k}: {v}")
    print("-" * 60)
    for k, c in total.items():
        p, r, f = S.prf(c)
        print(f"{k:14s} pred={c['pred']:4d} gold={c['gold']:4d}  P={p:.2f} R={r:.2f} F1={f:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
