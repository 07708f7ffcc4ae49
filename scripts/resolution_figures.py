"""Person resolution on a corpus: nodes and names before and after, the largest clusters, and the time.

"Before" is the identity rule a mention has on its own (its name plus the province of its posts,
"national", its outlet for a credit, else its report: kg.persons.base_key, the rule kg used before
corpus-wide resolution); "after" is kg.resolve. The time of each stage of a whole build (with the
HTML view) is measured in the same run, so the resolution's share is comparable whatever the load.

Usage: python scripts/resolution_figures.py [CORPUS] [--top 20]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from kg.build import BuildResult, extract_all, write_outputs
from kg.graph import build_dataset
from kg.loaders import load
from kg.persons import base_key
from kg.resolve import resolve
from kg.textkey import key as text_key
from kg.viz.html import write_html

REPO = Path(__file__).resolve().parent.parent


def counts(iri_of_name: dict[str, str]) -> tuple[int, int, int]:
    """(Person nodes, distinct names, names with several nodes) from IRI -> name key."""
    per_name = Counter(iri_of_name.values())
    return len(iri_of_name), len(per_name), sum(1 for n in per_name.values() if n > 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    t = {}
    t0 = time.perf_counter()
    loaded = load([args.corpus])
    t["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    exs = extract_all(loaded.reports, [])
    t["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = resolve(exs)
    t["resolve"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    triples = build_dataset(exs, res)
    t["graph"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        write_outputs(BuildResult(loaded.reports, exs, res, triples), Path(out),
                      html=lambda tr, path: write_html(tr, path, title="kg"))
    t["write (ttl, trig, html)"] = time.perf_counter() - t0
    total = sum(t.values())

    before: dict[str, str] = {}
    after: dict[str, str] = {}
    members: dict[str, list] = defaultdict(list)
    from kg.persons import occurrences

    org_iri = {k: str(v) for k, v in res.iri.items()}
    for o in occurrences(exs, org_iri):
        before[base_key(o)] = o.name_key
        iri = str(res.of(o.mention))
        after[iri] = o.name_key
        members[iri].append(o)
    print("Person nodes, distinct names, names with several nodes")
    print("  before (own-key rule): {}, {}, {}".format(*counts({text_key(k): v for k, v in before.items()})))
    print("  after (kg.resolve):    {}, {}, {}".format(*counts(after)))
    print(f"identity links: {len(res.person_links)}, by kind: "
          + ", ".join(f"{k} {n}" for k, n in Counter(link.kind for link in res.person_links).most_common()))
    print(f"successions: {len(res.successions)}")
    print("time (s): " + ", ".join(f"{k} {v:.1f}" for k, v in t.items())
          + f"; total {total:.1f}; resolution {100 * t['resolve'] / total:.1f}% of the build")
    print(f"\nthe {args.top} largest clusters (reports, name, posts seen):")
    for _iri, ms in sorted(members.items(), key=lambda kv: (-len({o.report_id for o in kv[1]}), kv[0]))[: args.top]:
        posts = Counter(f"{p.role} {p.org.name if p.org else ''}".strip() for o in ms for p in o.posts)
        print(f"  {len({o.report_id for o in ms}):4d}  {ms[0].mention.name:25s} "
              + "; ".join(f"{p} ({n})" for p, n in posts.most_common(4)))


if __name__ == "__main__":
    main()
