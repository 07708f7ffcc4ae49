"""A random sample of the dated events of a corpus build, to read and judge (event precision).

    .venv/bin/kg build ../shared/corpus --out /tmp/corpus --no-html --quiet
    .venv/bin/python scripts/sample_events.py /tmp/corpus/graph.trig --seed 777 --n 30

Only events whose date has a year count (a yearless "--06-24" claims no year). Events of the reports
every blind split holds out, and of reports a gold file covers, are left out: the sample is of
reports nobody tuned on. Each line gives the report, its date, the event's kind and date, and the
sentence of the event's first mention.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus_io import split_test_stems  # noqa: E402

QUERY = """PREFIX kg: <https://w3id.org/vnkg/ontology#>
SELECT ?e ?kind ?d ?r ?pub ?sent ?start WHERE {
  GRAPH ?r { ?e a kg:Event ; kg:kind ?kind ; kg:date ?d . ?m kg:supports ?e ; kg:sentence ?sent ; kg:start ?start }
  OPTIONAL { GRAPH ?r { ?r kg:published ?pub } } }"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trig", type=Path)
    ap.add_argument("--seed", type=int, default=777)
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args(argv)
    gold = [*(ROOT / "tests" / "gold").glob("*/*.gold.json"), *(ROOT.parent / "shared" / "gold").glob("*/*.gold.json")]
    skip = split_test_stems() | {p.name.removesuffix(".gold.json") for p in gold}
    store = ox.Store()
    store.load(path=str(args.trig), format=ox.RdfFormat.TRIG)
    first: dict[str, tuple] = {}
    for row in store.query(QUERY):
        rid = row["r"].value.rsplit("/", 1)[-1]
        date = row["d"].value
        if rid in skip or date.startswith("-"):
            continue
        item = (int(row["start"].value), rid, row["kind"].value, date,
                row["pub"].value if row["pub"] else None, row["sent"].value)
        if row["e"].value not in first or item < first[row["e"].value]:
            first[row["e"].value] = item
    items = sorted(first.values(), key=lambda x: (x[1], x[0]))
    print(f"{len(items)} dated events (with a year) in reports no gold file covers and no blind split holds out")
    for _start, rid, kind, date, pub, sent in random.Random(args.seed).sample(items, min(args.n, len(items))):
        print(f"\n{rid} (report date {pub}) | {kind} {date}\n  {sent[:400]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
