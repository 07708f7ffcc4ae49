"""Fixtures for the officials extractor tests: run it on one sentence and read the facts back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.loaders.extract.officials import extract_officials
from kg.model import Extraction, Report


def officials(text: str, province: str | None = None) -> Extraction:
    """Extract officials from ``text`` as if it were a whole report."""
    report = Report(id="example", text=text, source_file="example.txt", province=province)
    ex = Extraction(report=report)
    extract_officials(report, ex)
    return ex


def posts_of(ex: Extraction) -> set[tuple[str, str, str | None]]:
    """(person, role, organization as written) of every post."""
    return {(p.person.name, p.role, p.org.written if p.org else None) for p in ex.posts}


def facts(text: str) -> set[tuple[str, str, str | None, str]]:
    """(person, role, organization as written, status) of every post read from ``text`` alone."""
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in officials(text).posts}


def orgs_of(text: str, province: str | None = None) -> set[tuple[str, str]]:
    """(as written, canonical name) of every organization read from ``text`` alone."""
    return {(o.written, o.name) for o in officials(text, province).organizations}


def org_names(text: str, province: str | None = None) -> set[str]:
    """The names of the organizations the officials extractor finds in ``text``."""
    return {name for _, name in orgs_of(text, province)}


def persons_of(ex: Extraction) -> list[str]:
    return [p.name for p in ex.persons]


@pytest.fixture
def extract() -> Callable[..., Extraction]:
    return officials
