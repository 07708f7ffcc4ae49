"""Export time and peak memory of ``kg export`` against rdflib and a bare pyoxigraph load+dump, and
``kg validate`` time against pySHACL, on a build (the corpus by default).

    python bench/bench_export.py --build /tmp/corpus        # a folder kg build wrote
    python bench/bench_export.py --runs 3 --pyshacl         # also time pySHACL once (~1 min)

Each measurement is its own process under ``/usr/bin/time -f '%e %M'`` (wall seconds, peak RSS), so
peak memory is that of the export alone; medians over ``--runs``, all in the same run so the
ratios compare like with like on this shared machine. Baselines:

- rdflib: parse ``graph.ttl`` into a Graph and serialize it (what ``kg export`` did before);
- pyoxigraph: ``Store.bulk_load(graph.ttl)`` then ``Store.dump`` in the format (no kg code).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable

FORMATS = {"turtle": ("turtle", "TURTLE"), "nt": ("nt", "N_TRIPLES"), "json-ld": ("json-ld", "JSON_LD")}

RDFLIB = """
import sys
from rdflib import Graph
g = Graph(); g.parse(sys.argv[1], format="turtle")
g.serialize(destination=sys.argv[2], format=sys.argv[3], encoding="utf-8")
"""

OXIGRAPH = """
import sys
import pyoxigraph as ox
s = ox.Store(); s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
with open(sys.argv[2], "wb") as out:
    s.dump(out, getattr(ox.RdfFormat, sys.argv[3]), from_graph=ox.DefaultGraph())
"""


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one process."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        done = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%e %M", *cmd], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr[-2000:]}")
        wall, kb = t.read().split()[-2:]
    return float(wall), int(kb) / 1024


def median_of(cmd: list[str], runs: int) -> tuple[float, float]:
    results = [timed(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=Path, help="a kg build folder (default: build ../shared/corpus first)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--formats", default="turtle,nt,json-ld")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib baseline (slow, ~1.5 GB)")
    ap.add_argument("--pyshacl", action="store_true", help="also time pySHACL once on the build")
    args = ap.parse_args()
    kg = [PY, "-m", "kg.cli"]
    with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as tmp:
        out = Path(tmp)
        build = args.build
        if build is None:
            build = out / "build"
            subprocess.run([*kg, "build", str(REPO.parent / "shared" / "corpus"), "--out", str(build),
                            "--no-html", "--quiet"], check=True)
        ttl = build / "graph.ttl"
        n = sum(1 for _ in open(ttl, "rb"))
        print(f"build: {build} (graph.ttl {ttl.stat().st_size / 1e6:.1f} MB, {n} lines); medians of {args.runs}")
        print(f"{'format':8} {'tool':12} {'seconds':>8} {'peak MB':>8}  ratio to pyoxigraph")
        for fmt in args.formats.split(","):
            kg_fmt, ox_fmt = FORMATS[fmt]
            rows = {}
            rows["pyoxigraph"] = median_of([PY, "-c", OXIGRAPH, str(ttl), str(out / f"ox.{fmt}"), ox_fmt], args.runs)
            rows["kg export"] = median_of([*kg, "export", str(build), "--format", kg_fmt, "--out",
                                           str(out / f"kg.{fmt}")], args.runs)
            if not args.no_rdflib:
                rows["rdflib"] = median_of([PY, "-c", RDFLIB, str(ttl), str(out / f"rdflib.{fmt}"), kg_fmt], 1)
            base = rows["pyoxigraph"][0]
            for tool, (sec, mb) in rows.items():
                print(f"{fmt:8} {tool:12} {sec:8.2f} {mb:8.0f}  {sec / base:5.2f}x"
                      + ("  (1 run)" if tool == "rdflib" else ""))
        sec, mb = median_of([*kg, "validate", str(build)], args.runs)
        print(f"{'validate':8} {'kg validate':12} {sec:8.2f} {mb:8.0f}")
        if args.pyshacl:
            sec, mb = median_of([*kg, "validate", str(build), "--engine", "pyshacl"], 1)
            print(f"{'validate':8} {'pyshacl':12} {sec:8.2f} {mb:8.0f}  (1 run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
