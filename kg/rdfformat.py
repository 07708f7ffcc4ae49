"""Which RDF syntax a user means: from ``--format`` (kg's names, rdflib's, rapper's) or the file's extension.

``kg export`` (and anything else that writes RDF) calls :func:`resolve_format`, so that
``--out graph.nq`` writes N-Quads without ``--format``, and ``--format ntriples`` (rapper) or
``--format json-ld`` (rdflib) both work. The answer is rdflib's serializer name.
"""

from __future__ import annotations

from pathlib import Path

# rdflib serializer name <- every name a user may type (kg's, rdflib's, rapper's), case-insensitive.
ALIASES: dict[str, str] = {
    "turtle": "turtle", "ttl": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt", "nt11": "nt",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "xml": "xml", "rdf": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf-xml": "xml",
    "pretty-xml": "pretty-xml", "rdfxml-abbrev": "pretty-xml",
    "json-ld": "json-ld", "jsonld": "json-ld",
}
EXTENSIONS: dict[str, str] = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
    ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".jsonld": "json-ld", ".json": "json-ld",
}
DATASET_FORMATS = frozenset({"nquads", "trig"})
"""Syntaxes that carry named graphs: what they write is counted in quads."""


def resolve_format(fmt: str | None, out: Path | None = None, default: str = "turtle") -> str:
    """rdflib's name for ``fmt``, else for ``out``'s extension, else ``default``.

    Raises ``ValueError`` with a sentence listing the accepted names when ``fmt`` is unknown.
    """
    if fmt:
        name = ALIASES.get(fmt.strip().lower())
        if name is None:
            raise ValueError(f"unknown RDF format {fmt!r}; use one of {', '.join(sorted(ALIASES))}")
        return name
    if out is not None:
        name = EXTENSIONS.get(out.suffix.lower())
        if name is not None:
            return name
    return default


def count_phrase(n: int, fmt: str) -> str:
    """``"12 quads"`` for dataset syntaxes, ``"12 triples"`` otherwise."""
    unit = "quad" if fmt in DATASET_FORMATS else "triple"
    return f"{n:,} {unit}{'' if n == 1 else 's'}"
