"""Fixtures for the loader tests: a folder to write report files into, and real corpus lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """``write("a/b.txt", text_or_bytes)`` creates the file under a fresh folder and returns its path."""

    def _write(rel: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode(encoding)
        path.write_bytes(content)
        return path

    return _write


@pytest.fixture(scope="session")
def corpus_sentences(corpus_dir: Path) -> list[str]:
    """A few real corpus sentences (title lines with Vietnamese tone marks), read at test time."""
    out = []
    for name in ("seed/seed-tinhuy-62kl.txt", "vntc/vntc-0001.txt", "baomoi/baomoi-0001.txt",
                 "vietnews/vietnews-0001.txt", "crawlnews/crawlnews-0001.txt"):
        path = corpus_dir / name
        if path.exists():
            out.append(path.read_text(encoding="utf-8").splitlines()[0].strip())
    assert len(out) >= 3
    return out
