"""The status cues (``status_cues.tsv``): the words that say what happens to a post ("bổ nhiệm", "nguyên", "thôi
giữ chức"), the kg:status each gives and where it counts.

The one reader of the table: the extractors' phrase index and regexes (:mod:`kg.loaders.extract.lexicon`) and
the resolver's words between a name and its title (:mod:`kg.persons`) are each made from these rows, so a cue
an analyst adds reaches both, and "được" + a verb of choosing is derived in one place.

>>> StatusCue("được lựa chọn", "appointed", "clause") in status_cue_rows()
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.reference.tables import table


@dataclass(frozen=True)
class StatusCue:
    """One status cue: the words (as written), the kg:status they give and where they count
    ("prefix", "clause" or "after"; see ``status_cues.tsv``'s header)."""

    cue: str
    status: str
    scope: str


SCOPES = ("prefix", "clause", "after")


@cache
def status_cue_rows() -> tuple[StatusCue, ...]:
    """Every status cue: the rows of ``status_cues.tsv`` (the status checked against kg:status and the
    scope against :data:`SCOPES` by :mod:`kg.reference.tables`, an empty scope read as "clause"), then
    "được" + each verb of ``selection_verbs.tsv`` ("được lựa chọn làm ...": chosen for the post, appointed
    as "được bầu" is), so a verb of choosing added there is a cue without a second row."""
    rows = []
    for row in table("status_cues.tsv"):
        cue, status, scope = row.padded(3)[:3]
        if cue:
            rows.append(StatusCue(cue, status, scope or "clause"))
    chosen = [StatusCue(f"được {row[0]}", "appointed", "clause") for row in table("selection_verbs.tsv") if row[0]]
    return (*rows, *chosen)
