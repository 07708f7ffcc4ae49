#!/usr/bin/env python3
"""How well kg dates a report from its own text, checked against the sidecars that carry a date.

usage: python bench/text_dates.py [CORPUS_DIR] [-v]

For every readable corpus report (held-out blind reports, the seed and rosters folders left out):
when its sidecar has a date, the date ``kg.loaders.build.first_dated`` reads from the text alone is
compared with it (agree within 3 days / wrong / none found); when it has none, the report is counted
as dated from its text or not. ``-v`` lists the undated reports that get a text date, to read their
leads by eye after a change to the dateline rules.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems  # noqa: E402

from kg.loaders.build import first_dated  # noqa: E402
from kg.loaders.dates import parse_date_value  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "-v"]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    held = held_out_stems()
    agree = wrong = none = undated = from_text = 0
    listed, bad = [], []
    for txt in sorted(corpus.glob("*/*.txt")):
        if txt.stem in held or txt.parent.name in ("seed", "rosters"):
            continue
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        got = first_dated(unicodedata.normalize("NFC", txt.read_text(encoding="utf-8", errors="replace")))
        stated = parse_date_value(meta["date"]) if meta.get("date") else None
        if stated is None:
            undated += 1
            if got is not None and got.year:
                from_text += 1
                listed.append(f"{txt.stem} {got.iso()}")
        elif got is None or got.year is None or got.to_date() is None or stated.to_date() is None:
            none += 1
        elif abs((got.to_date() - stated.to_date()).days) <= 3:
            agree += 1
        else:
            wrong += 1
            bad.append(f"{txt.stem}: text {got.iso()}, sidecar {stated.iso()}")
    print(f"dated sidecars: agree {agree}, wrong {wrong}, none found {none}; "
          f"undated sidecars {undated}, dated from their text {from_text}")
    for line in bad:
        print("  wrong:", line)
    if "-v" in argv:
        for line in listed:
            print("  text date:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
