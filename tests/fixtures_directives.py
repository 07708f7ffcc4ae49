"""Builders for directive and event tests: a report from a sentence, and the organizations and persons
the officials component would have found in it (made by hand, so these tests do not depend on it)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pytest

from kg.loaders.extract.directives import extract_directives
from kg.loaders.extract.events import extract_events
from kg.model import Extraction, OrgMention, PartialDate, PersonMention, Report, Span


def _spans(text: str, s: str) -> list[Span]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(Span(i, i + len(s)))
        i = text.find(s, i + 1)
    if not out:
        raise AssertionError(f"{s!r} is not in the test text")
    return out


@dataclass
class Doc:
    """One test report and its hand-made extraction."""

    report: Report
    extraction: Extraction = field(init=False)

    def __post_init__(self) -> None:
        self.extraction = Extraction(report=self.report)

    def org(self, written: str, name: str | None = None, nth: int | None = None) -> Doc:
        """Every occurrence of ``written`` (or only the nth) as an organization."""
        spans = _spans(self.report.text, written)
        for sp in spans if nth is None else [spans[nth]]:
            self.extraction.organizations.append(OrgMention(sp, written, name or written))
        return self

    def person(self, name: str, *short: str) -> Doc:
        spans = _spans(self.report.text, name) + [s for w in short for s in _spans(self.report.text, w)]
        self.extraction.persons.append(PersonMention(spans[0], name, spans=sorted(set(spans))))
        return self


def make_doc(text: str, date: str | None = None, province: str | None = None) -> Doc:
    text = unicodedata.normalize("NFC", text)  # as the loader does
    published = None
    if date:
        y, m, d = (int(x) for x in date.split("-"))
        published = PartialDate(y, m, d)
    return Doc(Report(id="t", text=text, source_file="t.txt", published=published, province=province))


def directives_by_name(text: str, *orgs: tuple[str, str], date: str = "2019-08-30") -> dict[str | None, object]:
    """The documents extract_directives finds in ``text``, by symbol or name; ``orgs``: (written, scope) of the
    organizations the officials component would have found there (every occurrence)."""
    d = make_doc(text, date)
    for written, scope in orgs:
        for sp in _spans(d.report.text, written):
            d.extraction.organizations.append(OrgMention(sp, written, written, scope=scope))
    extract_directives(d.report, d.extraction)
    return {x.symbol or x.name: x for x in d.extraction.directives}


@pytest.fixture
def doc():
    """``doc(text, date=None, province=None)`` -> a :class:`Doc` to add organizations and persons to."""
    return make_doc


def run_events(t):
    """Directives then events over a fixture doc (events read the directives a sentence names): its Extraction."""
    extract_directives(t.report, t.extraction)
    extract_events(t.report, t.extraction)
    return t.extraction


def event_facts(ex):
    """(kind, ISO date or None, organizer's name or None) of every event of an Extraction, in order."""
    return [(ev.kind, ev.date.iso() if ev.date else None, ev.organizer.name if ev.organizer else None)
            for ev in ex.events]
