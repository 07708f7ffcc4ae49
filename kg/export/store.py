"""A build folder (or one RDF file) as a pyoxigraph store.

``graph.trig`` keeps one named graph per report, which is what lets validation and ``kg diff`` say
which report a fact came from; ``graph.ttl`` and other single-graph files load into the default
graph. Queries should see the union of all graphs, the graph a user means when they do not say
which report, as a *set*: pyoxigraph's ``use_default_graph_as_union`` matches a triple once per
graph that holds it, so a person named in 300 reports counted 300 times per pattern (a COUNT over
three patterns came out in the millions). :func:`load_store` therefore copies every named graph's
triples into the default graph (one SPARQL INSERT, about the cost of a second load), and queries
run on the default graph; ``GRAPH ?g { ... }`` still reaches one report.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from kg.sync.source import SourceError, locate
from kg.vocab import ID

FORMATS_BY_SUFFIX = {
    ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
}

REPORT_PREFIX = str(ID["report/"])


def source_file(path: Path) -> Path:
    """The file a command reads for ``path``: DIR/graph.trig, else DIR/graph.ttl, or the file itself."""
    return locate(path)


def rdf_format(f: Path) -> ox.RdfFormat:
    try:
        return FORMATS_BY_SUFFIX[f.suffix.lower()]
    except KeyError:
        raise SourceError(f"{f}: not an RDF file kg reads (.trig, .ttl, .nt, .nq, .rdf, .jsonld)") from None


def load_store(path: Path, *, union: bool = True) -> tuple[ox.Store, Path]:
    """An in-memory store holding the build at ``path``, and the file it was read from.

    With ``union``, the default graph also holds every named graph's triples (see above).
    Raises SourceError (a missing build) or SyntaxError (a file that does not parse), whose first
    line names the problem.
    """
    f = source_file(path)
    store = ox.Store()
    fmt = rdf_format(f)
    store.bulk_load(path=str(f), format=fmt)
    if union and fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD):
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store, f


def report_id(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph | str) -> str | None:
    """The report id a named graph stands for (its IRI minus kg's report prefix), else None."""
    iri = graph.value if isinstance(graph, ox.NamedNode) else graph if isinstance(graph, str) else ""
    return unquote(iri[len(REPORT_PREFIX):]) if iri.startswith(REPORT_PREFIX) else None
