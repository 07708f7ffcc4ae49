"""Run every recipe of docs/cypher.md on a synced corpus and print its first rows (the doc's output).

    kg build ../shared/corpus --out /tmp/corpus && kg sync /tmp/corpus
    python scripts/cookbook_corpus.py [--rows 5]

Parameters are chosen by ``tests/fixtures_cookbook.py`` from the data (never from held-out reports).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.commands.cypher import plain  # noqa: E402
from kg.sync.connection import Settings, connect  # noqa: E402
from tests.fixtures_cookbook import cookbook, corpus_params  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=5)
    args = ap.parse_args()
    driver = connect(Settings.resolve())
    status = 0
    for title, query, params in cookbook():
        cparams = corpus_params(driver, params)
        if cparams is None:
            print(f"## {title}: no corpus finder for {sorted(params)}\n")
            continue
        records, _, _ = driver.execute_query(query, cparams, database_="neo4j")
        rows = [{k: plain(v) for k, v in r.data().items()} for r in records]
        keys = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]
        dup = len(keys) - len(set(keys))
        print(f"## {title}\nparams: {json.dumps(cparams, ensure_ascii=False)}; {len(rows)} rows"
              + (f", {dup} DUPLICATES" if dup else ""))
        if rows:
            cols = list(rows[0])
            print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
            for r in rows[:args.rows]:
                print("| " + " | ".join(json.dumps(r[c], ensure_ascii=False).strip('"') for c in cols) + " |")
        print()
        status |= (not rows) or bool(dup)
    driver.close()
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())
