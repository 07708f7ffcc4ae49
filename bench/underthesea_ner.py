#!/usr/bin/env python3
"""Does underthesea's NER earn its place beside the rule-based names? (issue 4)

usage: PYTHON_WITH_UNDERTHESEA bench/underthesea_ner.py [GOLD_DIR] [CORPUS_DIR]
underthesea is not a dependency of kg: run this with an interpreter that has it and kg installed
(e.g. a scratch venv: ``pip install underthesea -e .``). It splits each gold report into sentences,
runs ``underthesea.ner`` on each, and compares the PER names it finds, and the time it takes, with
the officials extractor on the same reports. Prints ms per sentence and person recall/precision of
both and of their union.

Measured 2026-11-26 (underthesea 9.5.0, 17 gold reports, 247 sentences, 2 busy cores):
  underthesea: 26.9 ms/sentence, recall 0.75, precision 0.57
  rules:       ~3 ms/report,     recall 1.00, precision 0.99; union recall 1.00
so underthesea finds no gold person the rules miss, at ~100x the cost: it is not used.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import read_report  # noqa: E402

from kg.loaders.extract.officials import extract_officials  # noqa: E402
from kg.model import Extraction  # noqa: E402
from kg.textkey import compact  # noqa: E402


def per_names(tagged) -> set[str]:
    names, cur = set(), []
    for tok in tagged:
        word, tag = tok[0], tok[-1]
        if tag.endswith("PER"):
            if tag.startswith("B-") and cur:
                names.add(" ".join(cur))
                cur = []
            cur.append(word.replace("_", " "))
        elif cur:
            names.add(" ".join(cur))
            cur = []
    if cur:
        names.add(" ".join(cur))
    return names


def main(argv: list[str]) -> int:
    from underthesea import ner, sent_tokenize

    here = Path(__file__).resolve().parents[2] / "shared"
    gold_dir = Path(argv[0]) if argv else here / "gold" / "dev"
    corpus = Path(argv[1]) if len(argv) > 1 else here / "corpus"
    n_sent = 0
    t_ner = 0.0
    counts = {"u": [0, 0], "r": [0, 0]}
    gold_total = union = 0
    for gf in sorted(gold_dir.glob("*.gold.json")):
        stem = gf.name[: -len(".gold.json")]
        gold = {compact(p["name"]) for p in json.loads(gf.read_text(encoding="utf-8"))["persons"]}
        report = read_report(next(corpus.glob(f"*/{stem}.txt")))
        t0 = time.perf_counter()
        found: set[str] = set()
        for sentence in sent_tokenize(report.text):
            n_sent += 1
            found |= per_names(ner(sentence))
        t_ner += time.perf_counter() - t0
        u = {compact(x) for x in found}
        ex = Extraction(report=report)
        extract_officials(report, ex)
        r = {compact(p.name) for p in ex.persons}
        for k, s in (("u", u), ("r", r)):
            counts[k][0] += len(s & gold)
            counts[k][1] += len(s)
        gold_total += len(gold)
        union += len(gold & (u | r))
    for k, label in (("u", "underthesea"), ("r", "rules")):
        tp, pred = counts[k]
        print(f"{label:12s} recall {tp / gold_total:.2f} precision {tp / max(pred, 1):.2f}")
    print(f"union recall {union / gold_total:.2f}; underthesea {t_ner / n_sent * 1000:.1f} ms/sentence "
          f"over {n_sent} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
