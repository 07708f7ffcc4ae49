"""Score person resolution on the corpus against tests/gold/resolution.json.

Usage: python scripts/resolution_eval.py [--corpus ../shared/corpus] [--sweep | --sweep-career | --sweep-province] [-v]
       python scripts/resolution_eval.py --corpus-stats [--largest 20] [--sample KIND [--n 20] [--seed 1]]
       python scripts/resolution_eval.py --splits [--context] [--leave-out STEM ...]

--splits lists the names with several Person nodes and classes why each node stayed apart from its
name's main node (kg.resolution_eval.split_nodes), held-out test reports left out of the listing.

--corpus-stats prints, for the build of the whole corpus, the issue's figures (Person nodes, distinct
names, names with several nodes) and the largest persons by reports, for reading: the held-out test
reports of every blind split (tests/gold/split*.json) are left out of what is printed of a person.
It also counts the joins of each kind of evidence (kg.persons.CONFIDENCE), times the resolution
against the rest of the build, and with --sample KIND prints N joins of that kind drawn at random
(none touching a held-out report), each with the words around both mentions: how a rule is read
and its right/wrong joins counted (docs/resolution.md).

--sweep also prints the scores for other rare-name thresholds (kg.persons.RARE_NAME_LOG10), the
measurement the threshold was chosen from; --sweep-career does the same for the uncommon-name
threshold of careers in the leadership tier (kg.persons.CAREER_NAME_LOG10), and --sweep-province for the
uncommon-name threshold of careers in one province (kg.persons.PROVINCE_CAREER_NAME_LOG10).
Each line is given for the whole annotation and for each of its sets apart: "first" (the names read
while the resolver was tuned), "second" and "third" (names added later, decided by reading the
reports before looking at kg's clusters: the fairer figures), and apart for the names
kg.persons.is_rare calls common and rare.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

import kg.persons
from kg.build import extract_all
from kg.graph import build_dataset
from kg.loaders import load
from kg.resolution_eval import SPLIT_CLASSES, read_gold, score, split_nodes
from kg.resolve import resolve
from kg.textkey import key as text_key

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--gold", default=str(REPO / "tests" / "gold" / "resolution.json"))
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--sweep-career", action="store_true")
    ap.add_argument("--sweep-province", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--corpus-stats", action="store_true")
    ap.add_argument("--splits", action="store_true",
                    help="the names with several Person nodes, each node with the class of why it stayed apart")
    ap.add_argument("--leave-out", nargs="*", default=[], metavar="STEM",
                    help="with --splits: reports never to print (an audit sample), as held-out ones are not")
    ap.add_argument("--context", action="store_true",
                    help="with --splits: each listed report's posts for the name and the words around it")
    ap.add_argument("--largest", type=int, default=20)
    ap.add_argument("--sample", metavar="KIND", help="with --corpus-stats: print joins of this kind")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--common", action="store_true",
                    help="with --sample: only joins of names kg.persons.is_rare calls common (where namesakes live)")
    args = ap.parse_args()
    gold = read_gold(args.gold)
    t0 = time.perf_counter()
    exs = extract_all(load([args.corpus]).reports, [])
    took_extract = time.perf_counter() - t0
    if args.splits:
        print_splits(exs, resolve(exs), frozenset(args.leave_out), args.context)
        return
    if args.corpus_stats:
        t0 = time.perf_counter()
        res = resolve(exs)
        took_resolve = time.perf_counter() - t0
        t0 = time.perf_counter()
        build_dataset(exs, res)
        took_graph = time.perf_counter() - t0
        total = took_extract + took_resolve + took_graph
        print(f"load + extract {took_extract:.1f} s, resolve {took_resolve:.1f} s, graph {took_graph:.1f} s: "
              f"resolution {100 * took_resolve / total:.1f}% of the build (one process)")
        corpus_stats(exs, res, args.largest)
        if args.sample:
            sample_links(exs, res, args.sample, args.n, args.seed, args.common)
        return
    knob, label = ("CAREER_NAME_LOG10", "career below") if args.sweep_career else ("RARE_NAME_LOG10", "rare below")
    if args.sweep_province:
        knob, label = "PROVINCE_CAREER_NAME_LOG10", "province below"
    thresholds = [getattr(kg.persons, knob)]
    if args.sweep:
        thresholds += [-4.0, -4.5, -5.0, -5.5, -6.0, -6.5, -7.0, -8.0, -99.0]
    if args.sweep_province:
        thresholds += [-3.0, -3.5, -4.0, -4.2, -4.5, -5.0, -5.5, -99.0]
    if args.sweep_career:
        thresholds += [-3.0, -3.5, -4.0, -4.5, -5.0, -5.5, -99.0]
    for t in thresholds:
        setattr(kg.persons, knob, t)
        t0 = time.perf_counter()
        res = resolve(exs)
        took = time.perf_counter() - t0
        s = score(gold, exs, res)
        print(f"{label} {t:6.1f}: all: {s.summary()}; resolve {took:.1f} s")
        for name in sorted({n.get("set", "first") for n in gold}):
            part = score([n for n in gold if n.get("set", "first") == name], exs, res)
            print(f"{'':18s}{name}: {part.summary()}")
        for label_, rare in (("common names", False), ("rare names", True)):  # where namesakes live, and not
            part = score([n for n in gold if kg.persons.is_rare(n["name"]) == rare], exs, res)
            print(f"{'':18s}{label_}: {part.summary()}")
        if args.verbose and t == thresholds[0]:
            for line in s.namesakes_merged:
                print("  merged:", line)
            for line in s.split:
                print("  split:", line)
            for line in s.missing:
                print("  missing:", line)


def held_out() -> set[str]:
    """The held-out test reports of every split: never printed."""
    return {stem for split in (REPO / "tests" / "gold").glob("split*.json")
            for stem in json.loads(split.read_text(encoding="utf-8")).get("test", [])}


def corpus_stats(exs: list, res, largest: int) -> None:
    """The issue's corpus figures, and the largest persons with their names, posts and reports."""
    held = held_out()
    nodes: dict[str, list] = defaultdict(list)
    for ex in exs:
        for p in ex.persons:
            nodes[str(res.of(p))].append((ex, p))
    names: dict[str, set[str]] = defaultdict(set)
    for iri, ms in nodes.items():
        names[text_key(ms[0][1].name)].add(iri)
    several = sum(1 for v in names.values() if len(v) > 1)
    print(f"Person nodes {len(nodes)}, distinct names {len(names)}, names with several nodes {several} "
          f"({sum(len(v) - 1 for v in names.values())} nodes more than names)")
    kinds = Counter(link.kind for link in res.person_links)
    print("joins by kind:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    readable = {iri: [(ex, p) for ex, p in ms if ex.report.id not in held] for iri, ms in nodes.items()}
    top = sorted(readable, key=lambda i: (-len({ex.report.id for ex, _ in readable[i]}), i))[:largest]
    print(f"the {largest} largest persons by reports (held-out test reports left out):")
    for iri in top:
        ms = readable[iri]
        posts = Counter(f"{q.role} {q.org.name if q.org else ''}".strip()
                        for ex, p in ms for q in ex.posts if q.person is p)
        reports = sorted({ex.report.id for ex, _ in ms})
        print(f"  {iri.rsplit('/', 1)[1]}: {len(reports)} reports, names {sorted({p.name for _, p in ms})}")
        print(f"    posts: {'; '.join(f'{k} ({n})' for k, n in posts.most_common(8))}")



def print_splits(exs: list, res, leave_out: frozenset[str] = frozenset(), context: bool = False) -> None:
    """The names with several Person nodes (as bench/corpus_facts.py counts them) and, for each node
    beside a name's main node, the class of why it stayed apart (kg.resolution_eval.SPLIT_CLASSES).
    The counts cover the whole corpus. A node is listed when none of its own reports is a held-out
    test report or one of ``leave_out`` (an audit sample); its main node is listed by the reports
    that are neither, or as "held out" when it has none (round 33: before, a node was left out
    whenever its main node was named in any held-out report, which left 24 of 136 to read). With
    ``context``, each report listed gets the posts the extraction read for the name and the words
    around its first mention, for reading the node against its main node."""
    held = held_out() | set(leave_out)
    nodes = split_nodes(exs, res)
    mentions: dict[str, list] = defaultdict(list)
    for ex in exs:
        for p in ex.persons:
            mentions[str(res.of(p))].append((ex, p))
    reports_of = {iri: {ex.report.id for ex, _ in ms} for iri, ms in mentions.items()}
    shown = [n for n in nodes if not reports_of[n.iri] & held]
    print(f"{len({n.main for n in nodes})} names with several nodes, {len(nodes)} nodes beside their name's main node")
    for kind, why in SPLIT_CLASSES.items():
        print(f"  {sum(n.kind == kind for n in nodes):4d} {kind}: {why}")
    print(f"listed ({len(shown)}; the {len(nodes) - len(shown)} named in a held-out or left-out report left out):")
    for n in sorted(shown, key=lambda n: (n.kind, n.name)):
        main_reports = sorted(reports_of[n.main] - held)
        main = (f"{n.main.rsplit('/', 1)[1]} ({', '.join(main_reports[:4])})" if main_reports
                else "a main node named in held-out reports only")
        print(f"  {n.kind:9s} {n.name}: {n.iri.rsplit('/', 1)[1]} ({', '.join(n.reports[:4])}) beside {main}")
        if context:
            for tag, iri in (("node", n.iri), ("main", n.main)):
                for line in _mention_lines(mentions[iri], held):
                    print(f"      {tag} {line}")


def _mention_lines(mentions: list, held: set[str], per_node: int = 4, width: int = 150) -> list[str]:
    """One line for each of the first ``per_node`` readable reports of a node: the report, the posts
    read for the name there, and the words around the name's first mention in its text."""
    out: list[str] = []
    for ex, p in mentions:
        rid = ex.report.id
        if rid in held or any(line.startswith(f"{rid} ") for line in out):
            continue
        if len(out) == per_node:
            break
        posts = "; ".join(f"{q.role} {q.org.name if q.org else ''}".strip() for q in ex.posts if q.person is p)
        at = ex.report.text.find(p.name)
        around = ex.report.text[max(0, at - width): at + len(p.name) + width].replace("\n", " ") if at >= 0 else ""
        out.append(f"{rid} [{posts}] ...{around}...")
    return out


def sample_links(exs: list, res, kind: str, n: int, seed: int, common: bool = False) -> None:
    """``n`` joins of ``kind`` at random (none touching a held-out report), with both mentions in context;
    with ``common``, only joins of names that are not rare (kg.persons.is_rare)."""
    held = held_out()
    text = {ex.report.id: ex.report.text for ex in exs}
    links = [link for link in res.person_links if link.kind == kind and not set(link.reports) & held
             and not (common and kg.persons.is_rare(res.label(link.person)))]
    print(f"{len(links)} joins of kind {kind}{' (common names)' if common else ''} outside the held-out reports; "
          f"{min(n, len(links))} at random (seed {seed}):")
    for i, link in enumerate(random.Random(seed).sample(links, min(n, len(links))), 1):
        print(f"{i}. {link.person.rsplit('/', 1)[1]}: {link.reason}")
        for report, mention in zip(link.reports, link.mentions, strict=True):
            start, end = (int(x) for x in str(mention).rsplit("-", 2)[1:])
            around = text[report][max(0, start - 160): end + 120].replace("\n", " ")
            print(f"   {report}: ...{around}...")


if __name__ == "__main__":
    main()
