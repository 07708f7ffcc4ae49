"""The one reader of kg's data tables (``loaders/data/*.tsv``, ``*.txt``).

A table is UTF-8 text, one row a line, cells separated by TAB. Lines starting with ``#`` and blank
lines are skipped. Most tables name their columns on their first other line (the header); the older
ones, which an analyst writes as bare lists, have their columns declared in :data:`SCHEMAS` instead.

Reading is cached per process (the tables do not change while kg runs), and a table's declared
cross-references are checked when it is first read: an organization's ``parent`` must be an ``id``
of organizations.tsv, a publisher's ``province`` a province of provinces.tsv, and so on. A broken
reference stops kg with one line naming the file, the line and the value, because a typo in a data
row would otherwise quietly drop facts from every build.

Cells keep their text except for surrounding spaces, tabs and carriage returns: a no-break space is
data (the TCVN3 table maps a byte to it).

>>> t = table("terms.tsv")
>>> t.header
('body', 'term', 'start')
>>> row = t.rows[0]
>>> (row["body"], row["term"].isdigit(), row.where().startswith("loaders/data/terms.tsv:"))
('party', True, True)
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.textkey import compact

_SPACES = " \t\r"


class TableError(ValueError):
    """A data table is missing, malformed or refers to something that does not exist."""


@dataclass(frozen=True)
class Ref:
    """``column`` of this table names a value of ``target_column`` in table ``target`` (each of its
    ``sep``-separated parts when ``sep`` is given); an empty cell refers to nothing."""

    column: str
    target: str
    target_column: str
    sep: str | None = None
    also: tuple[str, ...] = ()  # other columns of the target that count too (alternative names)
    folded: bool = False  # compare as kg.textkey.compact (case, tone style, spacing): a written name


@dataclass(frozen=True)
class Allowed:
    """``column`` holds one of the values ``values()`` gives (read from the ontology, say)."""

    column: str
    values: Callable[[], Iterable[str]]
    source: str  # where the values come from, for the message


@dataclass(frozen=True)
class Schema:
    columns: tuple[str, ...] | None = None  # None: the table's first non-comment line is its header
    refs: tuple[Ref, ...] = ()
    allowed: tuple[Allowed, ...] = ()


def _statuses() -> tuple[str, ...]:
    from kg.vocab import tenure_statuses

    return tenure_statuses()


def _scopes() -> tuple[str, ...]:
    from kg.reference.status_cues import SCOPES

    return SCOPES


# Tables whose first line is not a header declare their columns here; every table may declare references.
SCHEMAS: dict[str, Schema] = {
    "abbreviations.tsv": Schema(("abbreviation", "expansion")),
    "districts.tsv": Schema(("name", "kind", "province"),
                            (Ref("province", "places.tsv", "canonical", also=("forms",), folded=True),)),
    "domains.tsv": Schema(("field", "english")),
    "hierarchy.tsv": Schema(("child", "context", "parent"),
                            (Ref("child", "organizations.tsv", "id"), Ref("context", "organizations.tsv", "id"),
                             Ref("parent", "organizations.tsv", "id"))),
    "honorifics.txt": Schema(("honorific", "gender")),
    "not_persons.tsv": Schema(("first", "second")),
    "organizations.tsv": Schema(("id", "category", "level", "canonical", "english", "forms", "parent", "takes",
                                 "flags", "suffix"),
                                (Ref("parent", "organizations.tsv", "id"),)),
    # issuers.tsv names each issuing body by its organizations.tsv row, whose names it takes (issue 11:
    # one source for a body's names; loaders/extract/doc_tables.issuer_names)
    "issuers.tsv": Schema(refs=(Ref("org", "organizations.tsv", "id"),)),
    "other_places.txt": Schema(("name",)),
    "place_words.tsv": Schema(("word", "level", "canonical")),
    "places.tsv": Schema(("canonical", "forms", "kind")),
    # role_heads.tsv: a role whose first word heads the body it leads, and that body's row
    "role_heads.tsv": Schema(refs=(Ref("org", "organizations.tsv", "id"),)),
    # seat_bodies.tsv: a body that, written alone among a person's titles, is a seat (officials34)
    "seat_bodies.tsv": Schema(refs=(Ref("body", "organizations.tsv", "id"),)),
    "roles.tsv": Schema(("phrase", "role", "english", "deputy_en", "needs_org", "implied_org"),
                        (Ref("implied_org", "organizations.tsv", "id"),)),
    "status_cues.tsv": Schema(("cue", "status", "scope"),
                              allowed=(Allowed("status", _statuses, "kg:status in ontology/shapes.ttl"),
                                       Allowed("scope", _scopes, "the scopes of kg/reference/status_cues.py"))),
    "surnames.txt": Schema(("surname",)),
    "provinces.tsv": Schema(refs=(Ref("merged_into_id", "provinces.tsv", "id"),
                                  Ref("merged_into", "provinces.tsv", "name"))),
    "publishers.tsv": Schema(refs=(Ref("province", "provinces.tsv", "name", also=("alt_names",), folded=True),)),
}


@dataclass(frozen=True)
class Row:
    """One row: its cells, and the file and line it was read from (for messages)."""

    file: str
    line: int
    cells: tuple[str, ...]
    header: tuple[str, ...] = field(repr=False, default=())

    def __getitem__(self, column: str | int) -> str:
        """The cell of a column (by name or position); "" when the row stops short of it."""
        i = column if isinstance(column, int) else self.header.index(column)
        return self.cells[i] if i < len(self.cells) else ""

    def padded(self, n: int) -> list[str]:
        """The cells as a list of at least ``n`` (missing ones empty)."""
        return list(self.cells) + [""] * (n - len(self.cells))

    def as_dict(self) -> dict[str, str]:
        return {c: self[i] for i, c in enumerate(self.header)}

    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Table:
    name: str
    path: Path
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[str]:
        return [r[name] for r in self.rows]

    def values(self, column: str, sep: str | None = None) -> set[str]:
        """Every non-empty value of ``column`` (split on ``sep``)."""
        out: set[str] = set()
        for r in self.rows:
            out.update(_parts(r[column], sep))
        return out


def data_dir() -> Path:
    """The folder of the tables: ``loaders/data`` in a checkout, ``kg/loaders/data`` when installed.

    Found from the import system without importing :mod:`kg.loaders` (whose modules import this one).
    """
    spec = importlib.util.find_spec("kg.loaders")
    if spec is None or not spec.submodule_search_locations:
        raise TableError("kg.loaders is not installed: no data tables")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _parts(value: str, sep: str | None) -> list[str]:
    if not value:
        return []
    return [p.strip(_SPACES) for p in value.split(sep) if p.strip(_SPACES)] if sep else [value]


def _read(name: str) -> Table:
    path = data_dir() / name
    shown = f"loaders/data/{name}"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TableError(f"{shown}: no such data table") from None
    except UnicodeDecodeError as exc:
        raise TableError(f"{shown}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    schema = SCHEMAS.get(name, Schema())
    header = schema.columns
    rows: list[Row] = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if not line.strip(_SPACES) or line.startswith("#"):
            continue
        cells = tuple(c.strip(_SPACES) for c in line.split("\t"))
        if header is None:
            header = cells
            continue
        rows.append(Row(shown, number, cells, header))
    if header is None:
        raise TableError(f"{shown}: no header line")
    return Table(name, path, header, tuple(rows))


@cache
def table(name: str) -> Table:
    """The table ``loaders/data/NAME``, read once, its declared references checked."""
    t = _read(name)
    for ref in SCHEMAS.get(name, Schema()).refs:
        target = t if ref.target == name else table(ref.target)
        for col in (ref.column, ref.target_column, *ref.also):
            owner = t if col == ref.column else target
            if col not in owner.header:
                raise TableError(f"loaders/data/{owner.name}: no column {col!r} (a reference of {name} needs it)")
        known = target.values(ref.target_column)
        for col in ref.also:
            known |= target.values(col, "|")
        norm = compact if ref.folded else str
        known = {norm(v) for v in known}
        for row in t.rows:
            for value in _parts(row[ref.column], ref.sep):
                if norm(value) not in known:
                    raise TableError(f"{row.where()}: {ref.column} {value!r} is not a {ref.target_column} "
                                     f"of loaders/data/{ref.target}")
    for rule in SCHEMAS.get(name, Schema()).allowed:
        values = set(rule.values())
        for row in t.rows:
            if row[rule.column] and row[rule.column] not in values:
                raise TableError(f"{row.where()}: {rule.column} {row[rule.column]!r} is not one of "
                                 f"{', '.join(sorted(values))} ({rule.source})")
    return t


def rows(name: str) -> tuple[Row, ...]:
    """The rows of a table (see :func:`table`)."""
    return table(name).rows
