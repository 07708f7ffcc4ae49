"""Read corpus reports (``STEM.txt`` + ``STEM.json``) into ``Report`` objects for benchmarks.

A stand-in for the lead's loaders, kept minimal so benchmarks and scratch scoring can run on any
branch: text as stored (UTF-8, NFC), sidecar title/province, and the published date when given.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from kg.model import PartialDate, Report


def read_report(txt: Path) -> Report:
    text = unicodedata.normalize("NFC", txt.read_text(encoding="utf-8"))
    meta = {}
    side = txt.with_suffix(".json")
    if side.exists():
        meta = json.loads(side.read_text(encoding="utf-8"))
    published = None
    if meta.get("date"):
        y, m, d = (int(x) for x in str(meta["date"])[:10].split("-"))
        published = PartialDate(y, m, d)
    return Report(id=txt.stem, text=text, source_file=str(txt), title=meta.get("title"),
                  published=published, url=meta.get("url"), publisher=meta.get("publisher"),
                  province=meta.get("province"))


def corpus_reports(corpus: Path) -> list[Report]:
    return [read_report(p) for p in sorted(corpus.glob("*/*.txt"))]
