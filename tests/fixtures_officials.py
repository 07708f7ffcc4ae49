"""Fixtures for the officials extractor tests: run it on one sentence and read the facts back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.loaders.build import build_report
from kg.loaders.extract.lexicon import lexicon
from kg.loaders.extract.officials import extract_officials
from kg.loaders.extract.pipeline import extract as extract_report
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


def post_dates(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """"person: role body" -> (start, end, status) of every post the whole extraction reads from ``text``,
    built as a report under a headline of its own (the tenure dating rules read the report's sentences)."""
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n\n" + text, encoding="utf-8")
    return {f"{p.person.name}: {p.role} {p.org.name if p.org else ''}".strip():
            (p.start.iso() if p.start else None, p.end.iso() if p.end else None, p.status)
            for p in extract_report(report).posts}


@pytest.fixture
def extract() -> Callable[..., Extraction]:
    return officials


@pytest.fixture
def first_word_lookups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time the tokens of a report are searched for the first words of
    organizations.tsv (``Tokens.where(org_index.firsts)``): how many times a report looks for them."""
    from kg.loaders.extract import tokens as tokens_module

    asked: list[int] = []
    real = tokens_module.Tokens.where

    def counted(self, words):
        if words is lexicon().org_index.firsts:
            asked.append(1)
        return real(self, words)

    monkeypatch.setattr(tokens_module.Tokens, "where", counted)
    return asked
