"""Extraction CPU time of pure-Python kg against a compiled copy (bench/compile_mypyc.py), alternating.

usage: python bench/bench_compiled.py COMPILED_DIR [COMPILED_DIR ...] [--rounds N] [--corpus DIR]

Why alternating child processes: on this shared machine the load moves the figures by 5-10% within
minutes, so each round runs every variant once, in a rotated order, each in a fresh process (the
compiled copy is chosen by ``sys.path`` at import time); the ratio of each round is taken before the
median, so a load change between rounds cancels. Each run extracts the whole corpus once to warm up
(imports, data tables, compiled patterns; not timed), then once timed in process CPU time, as
``pipeline.extract`` runs in a build (collector paused). The reports every split holds out (blind10
included) are left out. Each run prints a sha256 of its extraction output; the compiled copies'
must equal the pure one's, or the comparison is void.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
PURE = "pure"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("compiled", nargs="+", help="directories made by bench/compile_mypyc.py --out")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.compiled[0], Path(args.corpus))
        return
    variants = [PURE, *args.compiled]
    rates: dict[str, list[float]] = {v: [] for v in variants}
    prints: dict[str, set[str]] = {v: set() for v in variants}
    reports = 0
    for n in range(args.rounds):
        order = variants[n % len(variants):] + variants[:n % len(variants)]
        for v in order:
            run = subprocess.run([sys.executable, __file__, v, "--corpus", args.corpus, "--child"],
                                 capture_output=True, text=True, check=True)
            out = json.loads(run.stdout.strip().splitlines()[-1])
            reports = out["reports"]
            rates[v].append(reports / out["cpu"])
            prints[v].add(out["fingerprint"])
        print(f"round {n + 1}: " + ", ".join(f"{v} {rates[v][-1]:.0f}/s" for v in variants), flush=True)
    print(f"{reports} reports, {args.rounds} rounds, reports/s/core (median; median of per-round ratios):")
    for v in variants:
        ratios = [r / p for r, p in zip(rates[v], rates[PURE], strict=True)]
        same = "" if v == PURE else ("  output identical" if prints[v] == prints[PURE] else "  OUTPUT DIFFERS")
        print(f"  {v}: {statistics.median(rates[v]):.0f}  x{statistics.median(ratios):.3f} "
              f"(rounds {min(ratios):.3f}-{max(ratios):.3f}){same}")


def _child(variant: str, corpus: Path) -> None:
    """One timed extraction of the corpus with kg imported from ``variant`` (or the installed kg)."""
    if variant != PURE:
        sys.path.insert(0, str(Path(variant).resolve()))
    sys.path.insert(0, str(REPO / "bench"))
    from corpus_io import compiled_extract_modules, extraction_facts, split_test_stems

    from kg.loaders import load
    from kg.loaders.extract.pipeline import extract

    held = split_test_stems(REPO)
    reports = load([str(p) for p in sorted(corpus.glob("*/*.txt")) if p.stem not in held]).reports
    for r in reports:  # warm-up: imports, data tables and patterns are loaded on first use
        extract(r)
    digest = hashlib.sha256()
    spent = 0.0
    for r in reports:
        r._key = None
        r._memo.clear()
        start = time.process_time()
        ex = extract(r)
        spent += time.process_time() - start
        digest.update(extraction_facts(ex).encode())
    compiled = compiled_extract_modules()
    if (variant == PURE) == bool(compiled):
        raise SystemExit(f"{variant}: compiled modules imported: {compiled or 'none'}")
    print(json.dumps({"reports": len(reports), "cpu": spent, "fingerprint": digest.hexdigest()}))


if __name__ == "__main__":
    main()
