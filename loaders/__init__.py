"""Loaders: what a user has (text, HTML, JSON Lines, a folder, stdin) as clean :class:`~kg.model.Report` s.

Use: ``result = load(["reports/", "extra.jsonl"])``; ``result.reports`` are the Reports and each of
``result.errors`` prints as one line, e.g. ``reports/scan.pdf: binary file (a PDF file), not text``.
"""

from __future__ import annotations

from kg.loaders.api import DEFAULT_MAX_BYTES, iter_load, load
from kg.loaders.result import LoadError, LoadResult

__all__ = ["DEFAULT_MAX_BYTES", "LoadError", "LoadResult", "iter_load", "load"]
