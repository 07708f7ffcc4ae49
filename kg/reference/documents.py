"""Document types of Party and State documents (``document_types.tsv``): Nghị quyết, Kết luận, Luật ...

The extractors read symbols and type words with them, the resolver labels documents with their
Vietnamese names and the graph writer makes one SKOS concept of each; all three ask this module.

>>> next(t for t in document_types() if t.id == "KL").en
'Conclusion'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.reference.tables import table


@dataclass(frozen=True)
class DocType:
    id: str
    abbrs: tuple[str, ...]
    vi: str
    en: str
    words: tuple[str, ...]
    system: str


def split_cell(value: str, sep: str) -> list[str]:
    """The non-empty parts of a cell that lists several values ("NQ, NQ-TW")."""
    return [p.strip() for p in value.split(sep) if p.strip()]


@cache
def document_types() -> tuple[DocType, ...]:
    """Every document type, in file order."""
    return tuple(
        DocType(r["id"], tuple(split_cell(r["abbrs"], ",")), r["vi"], r["en"], tuple(split_cell(r["words"], ",")),
                r["system"])
        for r in table("document_types.tsv")
    )
