"""Run every recipe of docs/cypher.md on a synced corpus and print its first rows (the doc's output).

    kg build ../shared/corpus --out /tmp/corpus && kg sync /tmp/corpus
    python scripts/cookbook_corpus.py [--rows 5] [--write-doc]

``--write-doc`` puts each recipe's output under its query in docs/cypher.md, between
``<!-- corpus-output -->`` markers (replacing what a previous run wrote there).

Parameters are chosen by ``tests/fixtures_cookbook.py`` from the data (never from held-out reports).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.commands.cypher import plain  # noqa: E402
from kg.sync.connection import Settings, connect  # noqa: E402
from tests.fixtures_cookbook import cookbook, corpus_params  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=5)
    ap.add_argument("--write-doc", action="store_true", help="write the outputs into docs/cypher.md")
    args = ap.parse_args()
    outputs: list[str] = []
    driver = connect(Settings.resolve())
    status = 0
    for title, query, params in cookbook():
        cparams = corpus_params(driver, params, title=title)
        if cparams is None:
            print(f"## {title}: no corpus finder for {sorted(params)}\n")
            outputs.append(f"(Not run on the corpus: no finder for the parameters {sorted(params)} yet.)")
            continue
        records, _, _ = driver.execute_query(query, cparams, database_="neo4j")
        rows = [{k: plain(v) for k, v in r.data().items()} for r in records]
        keys = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]
        dup = len(keys) - len(set(keys))
        lines = [f"On the corpus (989 reports; parameters chosen by `tests/fixtures_cookbook.py`: "
                 f"`{json.dumps(cparams, ensure_ascii=False)}`): {len(rows)} rows"
                 + (f", {dup} DUPLICATES" if dup else "") + ("; the first:" if len(rows) > args.rows else ":"), ""]
        if rows:
            cols = list(rows[0])
            lines.append("| " + " | ".join(cols) + " |")
            lines.append("|" + "---|" * len(cols))
            for r in rows[:args.rows]:
                cells = [json.dumps(r[c], ensure_ascii=False).strip('"').replace("|", "\\|") for c in cols]
                lines.append("| " + " | ".join(c if len(c) <= 90 else c[:89] + "…" for c in cells).replace("\n", " ")
                             + " |")
        text = "\n".join(lines)
        outputs.append(text)
        print(f"## {title}\n{text}\n")
        status |= (not rows) or bool(dup)
    driver.close()
    if args.write_doc:
        write_doc(outputs)
    return int(status)


MARK = re.compile(r"\n<!-- corpus-output -->\n.*?<!-- /corpus-output -->\n", re.S)


def write_doc(outputs: list[str]) -> None:
    """Each output under its ```cypher block (the n-th block gets the n-th output)."""
    doc = ROOT / "docs" / "cypher.md"
    text = MARK.sub("\n", doc.read_text(encoding="utf-8"))
    parts = re.split(r"(^```cypher\n.*?^```\n)", text, flags=re.S | re.M)
    out, i = [], 0
    for part in parts:
        out.append(part)
        if part.startswith("```cypher") and i < len(outputs):
            out.append(f"\n<!-- corpus-output -->\n{outputs[i]}\n<!-- /corpus-output -->\n")
            i += 1
    doc.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
