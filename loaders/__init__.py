"""Report loaders (thin first version: UTF-8 .txt files with an optional .json sidecar)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.loaders.dates import parse_date_value

from kg.model import Report, Span


@dataclass(frozen=True)
class LoadError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class LoadResult:
    reports: list[Report] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


def _paragraphs(text: str) -> list[Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _load_txt(path: Path) -> Report:
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig")).replace("\r\n", "\n")
    meta = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    paragraphs = _paragraphs(text)
    title = meta.get("title") or (text[paragraphs[0].start:paragraphs[0].end].strip() if paragraphs else None)
    return Report(id=path.stem, text=text, source_file=str(path), title=title,
                  published=parse_date_value(meta.get("date") or ""), url=meta.get("url"),
                  publisher=meta.get("publisher"), province=meta.get("province"),
                  sentences=paragraphs, paragraphs=paragraphs)


def load(inputs: Sequence[str], *, max_bytes: int = 5_000_000, stdin: BinaryIO | None = None) -> LoadResult:
    result = LoadResult()
    for name in inputs:
        p = Path(name)
        files = sorted(p.rglob("*.txt")) if p.is_dir() else [p]
        for f in files:
            try:
                result.reports.append(_load_txt(f))
            except (OSError, ValueError) as exc:
                result.errors.append(LoadError(str(f), str(exc)))
    return result
