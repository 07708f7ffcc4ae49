"""Are person IRIs stable when reports are added? Build a corpus minus a random share of its
reports, then the whole corpus into the same output folder, and count the Person IRIs of the first
build that the second neither has nor redirects (``redirects.tsv``, ``owl:sameAs``).

Three counts are printed: IRIs *lost* (neither kept nor redirected: a link somebody saved is dead),
IRIs *moved* (kept, but none of the mentions they named is theirs any more: the link now points at
somebody else, worse than a dead one), both of which should be 0; and IRIs *split* (kept, with some
of their mentions now in another node: the added reports changed the evidence, a resolution
decision rather than a renaming).

Usage: python scripts/iri_stability.py [CORPUS] [--share 0.05] [--seed 1] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
PREFIX = ("PREFIX kg: <https://w3id.org/vnkg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
          "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")


def persons(out: Path) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Person IRI -> the reports naming it (with its name), and old IRI -> person IRI (redirects)."""
    store = ox.Store()
    with (out / "graph.ttl").open("rb") as fh:
        store.bulk_load(fh, ox.RdfFormat.TURTLE)
    members: dict[str, set[str]] = defaultdict(set)
    for r in store.query(PREFIX + "SELECT ?p ?n ?r WHERE { ?p a kg:Person ; rdfs:label ?n ; kg:mentionedIn ?r }"):
        members[r["p"].value].add(f"{r['r'].value}#{r['n'].value}")
    redirect: dict[str, str] = {}
    for r in store.query(PREFIX + "SELECT ?o ?p WHERE { ?p a kg:Person ; owl:sameAs ?o }"):
        redirect[r["o"].value] = r["p"].value
    table = out / "redirects.tsv"
    if table.exists():
        for line in table.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                old, new = line.split("\t", 1)
                redirect.setdefault(old, new)
    return members, redirect


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--share", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="output folder (default: a temporary one, removed)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each lost or moved IRI")
    args = ap.parse_args()
    texts = sorted(Path(args.corpus).rglob("*.txt"))
    texts = [t for t in texts if t.name != "README.txt"]
    dropped = set(random.Random(args.seed).sample(range(len(texts)), round(len(texts) * args.share)))
    first = [str(t) for i, t in enumerate(texts) if i not in dropped]
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="kg-stability-"))
    kg = [sys.executable, "-m", "kg.cli", "build", "--out", str(out), "--no-html", "--quiet"]
    try:
        t0 = time.perf_counter()
        subprocess.run(kg + first, check=True)
        before, _ = persons(out)
        subprocess.run(kg + [str(t) for t in texts], check=True)
        after, redirect = persons(out)
        took = time.perf_counter() - t0
        lost = moved = split = 0
        where = {m: iri for iri, ms in after.items() for m in ms}
        for iri, ms in before.items():
            target = iri if iri in after else redirect.get(iri)
            while target is not None and target not in after and target in redirect and redirect[target] != target:
                target = redirect[target]
            if target is None or target not in after:
                lost += 1
                if args.verbose:
                    print("lost:", iri, sorted(ms))
            elif not ms & after[target]:
                moved += 1
                if args.verbose:
                    print("moved:", iri, sorted(ms), "->", target)
            elif any(where.get(m) not in (None, target) for m in ms):
                split += 1
                if args.verbose:
                    print("split:", iri, sorted(m for m in ms if where.get(m) not in (None, target)))
        print(f"{len(texts) - len(dropped)} then {len(texts)} reports (seed {args.seed}): "
              f"{len(before)} then {len(after)} Person IRIs; of the first build's, {lost} lost "
              f"(neither kept nor redirected), {moved} moved (naming none of its mentions), {split} split "
              f"(some of its mentions now in another node); {took:.0f} s")
    finally:
        if not args.out:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
