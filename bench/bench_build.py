"""Time every stage of ``kg build`` on a corpus: load, extract, resolve, RDF, Turtle, TriG.

usage: python bench/bench_build.py [CORPUS_DIR ...] [--runs N]

Prints the median of N runs per stage, its share of the whole build, and reports per second. The
stages are timed in one process, one after the other, so their shares are comparable even on a
noisy shared machine; compare medians, not single runs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.build import extract_all
from kg.graph import build_dataset, serialize_trig, serialize_turtle
from kg.loaders import load
from kg.resolve import resolve

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def one_run(inputs: list[str]) -> tuple[dict[str, float], int, int]:
    t: dict[str, float] = {}
    t0 = time.perf_counter()
    loaded = load(inputs)
    t["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extractions = extract_all(loaded.reports, [])
    t["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = resolve(extractions)
    t["resolve"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    bg = build_dataset(extractions, res)
    union = bg.union()
    t["rdf"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    serialize_turtle(union)
    t["turtle"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    serialize_trig(bg)
    t["trig"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    bg.to_graph()
    t["rdflib"] = time.perf_counter() - t0
    return t, len(loaded.reports), len(union)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[str(DEFAULT_CORPUS)])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    runs = [one_run(args.inputs) for _ in range(args.runs)]
    n_reports, n_triples = runs[0][1], runs[0][2]
    medians = {stage: statistics.median(r[0][stage] for r in runs) for stage in runs[0][0]}
    total = sum(medians.values())
    print(f"{n_reports} reports, {n_triples} triples, median of {args.runs} runs")
    print(f"{'stage':10s} {'seconds':>8s} {'share':>6s} {'reports/s':>10s}")
    for stage, sec in medians.items():
        print(f"{stage:10s} {sec:8.3f} {100 * sec / total:5.1f}% {n_reports / sec if sec else 0:10.0f}")
    print(f"{'total':10s} {total:8.3f} 100.0% {n_reports / total:10.0f}")


if __name__ == "__main__":
    main()
