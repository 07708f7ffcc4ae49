#!/usr/bin/env python3
"""Event participants: precision and recall of the people kg links to events, on the read sets.

usage: participants_eval.py [--misses] [--corpus DIR]

kg eval's F1 columns do not score the gold's event ``participants`` lists; this does, per report:
the names of every gold event's participants against the names of every person kg links to any
event of the report (attended, chaired, spokeAt), each name by ``kg.evaluate.name_key``, a name
matching one that ends with it ("Ngân" / "Nguyễn Thị Kim Ngân"). Which event a person is linked
to is not scored (the gold's event kinds and kg's differ in wording). Read sets only: every
``tests/gold/<set>`` but a round's fresh set before its first score (_NOT_READ, with its split in
_HELD_SPLITS), and ../shared/gold/dev; the held-out blind10 lives outside tests/gold
(tests/heldout). ``--misses`` lists each report's missed and extra names (stderr).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import read_report  # noqa: E402

from kg.evaluate import name_key  # noqa: E402
from kg.loaders.extract.pipeline import extract  # noqa: E402

_NOT_READ: tuple[str, ...] = ()  # a round's fresh set (e.g. "mid32") until its first score
_HELD_SPLITS: tuple[str, ...] = ()  # its split file (e.g. "split32.json"), whose reports are left out


def _read_sets(corpus: Path):
    txt = {p.stem: p for p in corpus.glob("*/*.txt")}
    held = {s for name in _HELD_SPLITS
            for s in json.loads((ROOT / "tests" / "gold" / name).read_text(encoding="utf-8"))["test"]}
    dirs = [ROOT.parent / "shared" / "gold" / "dev"]
    dirs += sorted(d for d in (ROOT / "tests" / "gold").iterdir() if d.is_dir() and d.name not in _NOT_READ)
    for d in dirs:
        for f in sorted(d.glob("*.gold.json")):
            stem = f.name.removesuffix(".gold.json")
            if stem not in held and stem in txt:
                yield d.name, stem, txt[stem], json.loads(f.read_text(encoding="utf-8"))


def _match(a: str, pool) -> bool:
    return any(a == b or a.endswith(" " + b) or b.endswith(" " + a) for b in pool)


def main(argv: list[str]) -> int:
    corpus = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else ROOT.parent / "shared" / "corpus"
    tp = fp = fn = 0
    for setname, stem, path, g in _read_sets(corpus):
        gold = {name_key(n): n for e in g.get("events", []) for n in e.get("participants", [])}
        ex = extract(read_report(path))
        got = {name_key(p.person.name): p.person.name for e in ex.events for p in e.participants}
        right = [k for k in got if _match(k, gold)]
        missed = [k for k in gold if not _match(k, got)]
        tp, fp, fn = tp + len(right), fp + len(got) - len(right), fn + len(missed)
        if "--misses" in argv:
            for k, n in got.items():
                if k not in right:
                    print(f"extra  {setname} {stem} {n}", file=sys.stderr)
            for k in missed:
                print(f"missed {setname} {stem} {gold[k]}", file=sys.stderr)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"participants P {p:.3f} R {r:.3f} F1 {f1:.3f} (right {tp}, extra {fp}, missed {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
