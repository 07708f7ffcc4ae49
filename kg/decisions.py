"""The analyst's identity decisions: a small text file that overrides automatic resolution.

``kg review`` lists the least certain joins; an analyst who disagrees (or sees two nodes that are one
person) writes a line, and every later build follows it. One decision a line, TAB-separated::

    # verdict   first               second                      note (optional)
    different   person:nguyen-van-an-national-1a2b3c4d   baomoi-0012#Nguyễn Văn An   a teacher, not the minister
    same        vntc-0040#Trần Văn Hai   vntc-0107#Trần Văn Hai

A reference is a person IRI as kg writes it (full, or with the ``person:`` prefix, also an IRI that
``redirects.tsv`` lists), meaning every mention the automatic resolution gave that IRI; or
``REPORT_ID#Name``, meaning that name in that report. References are re-read against each build, so
the file survives rebuilds and the addition of reports. A line kg cannot use is reported on one line
of stderr and skipped.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.textkey import key as text_key
from kg.vocab import ID

if TYPE_CHECKING:
    from rdflib import URIRef

    from kg.persons import Decisions, Occurrence

VERDICTS = ("same", "different")


@dataclass(frozen=True)
class DecisionRow:
    verdict: str
    first: str
    second: str
    note: str
    line: int


@dataclass
class DecisionsFile:
    path: str
    rows: list[DecisionRow] = field(default_factory=list)

    @classmethod
    def read(cls, path: str | Path) -> DecisionsFile:
        out = cls(str(path))
        p = Path(path)
        if not p.exists():
            return out
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) < 3 or cols[0].lower() not in VERDICTS or not cols[1] or not cols[2]:
                print(f"{path}:{n}: not a decision (want: same|different TAB ref TAB ref [TAB note])",
                      file=sys.stderr)
                continue
            out.rows.append(DecisionRow(cols[0].lower(), cols[1], cols[2], cols[3] if len(cols) > 3 else "", n))
        return out

    def digest(self) -> str:
        """What the decisions say, as a short hash (a build whose decisions changed is not skipped)."""
        import hashlib

        text = "\n".join(f"{r.verdict}\t{r.first}\t{r.second}" for r in self.rows)
        return hashlib.sha1(text.encode()).hexdigest()[:16]

    def resolve(self, occs: list[Occurrence], auto: dict[int, URIRef]) -> Decisions:
        """The decisions as sets of occurrence indexes, given the automatic IRIs of this build."""
        from kg.persons import Decisions

        by_iri: dict[str, set[int]] = {}
        for o in occs:
            by_iri.setdefault(str(auto[o.index]), set()).add(o.index)
        by_base: dict[str, set[int]] = {}
        from kg.iris import mint

        for o in occs:
            by_base.setdefault(str(mint("person", o.base_key)), set()).add(o.index)
        by_report: dict[tuple[str, str], set[int]] = {}
        for o in occs:
            by_report.setdefault((o.report_id, o.name_key), set()).add(o.index)

        def lookup(ref: str) -> set[int]:
            if ref.startswith("person:"):
                ref = str(ID[f"person/{ref.removeprefix('person:')}"])
            if ref.startswith(str(ID)):
                return by_iri.get(ref, set()) | by_base.get(ref, set())
            if "#" in ref:
                report, _, name = ref.partition("#")
                return by_report.get((report.strip(), text_key(name.strip())), set())
            return set()

        out = Decisions()
        for row in self.rows:
            a, b = lookup(row.first), lookup(row.second)
            if not a or not b:
                missing = row.first if not a else row.second
                print(f"{self.path}:{row.line}: no person {missing!r} in this build; decision skipped", file=sys.stderr)
                continue
            (out.same if row.verdict == "same" else out.different).append((a, b, row.note))
        return out
