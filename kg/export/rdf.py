"""Streaming RDF exports of a build: memory that does not grow with the graph.

The old ``kg export`` parsed the whole build into rdflib and serialized it (1.29 GB peak for the
corpus as N-Triples, 1.59 GB as JSON-LD). Here every format is written from a stream of triples
or quads that pyoxigraph's parser reads from the build's own files:

- triples (N-Triples, RDF/XML, JSON-LD, Turtle from a non-build file) come from ``graph.ttl``, the
  union graph the build already deduplicated and sorted, so the output is in the same order every
  time; quads (N-Quads) come from ``graph.trig``, one named graph per report.
- ``--format turtle`` / ``trig`` of a build folder are the build's own ``graph.ttl`` /
  ``graph.trig`` bytes (kg's deterministic layout), copied in blocks.
- a lone TriG or N-Quads file asked for as triples is loaded into a temporary on-disk pyoxigraph
  store (the union of its graphs is a set: a fact stated by two reports is written once) and
  streamed out of it.

JSON-LD is written one node object per subject and line, compacted with kg's published context
(``ontology/context.jsonld``, generated from ``kg.ttl``): terms for every property, ``@type`` with
class names, IRIs as ``person:…``, Vietnamese text as plain strings (the context's default
language is ``vi``), numbers and booleans as JSON.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.export.store import rdf_format
from kg.sync.source import SourceError

CONTEXT_URL = "https://w3id.org/vnkg/context.jsonld"
"""Where the context is published; ``ontology/context.jsonld`` is the file served there."""

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
TRIPLE_FORMATS = {"turtle", "nt", "xml", "json-ld"}
QUAD_FORMATS = {"trig", "nquads"}
_OX = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
       "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def _prefixes() -> dict[str, str]:
    from kg.graph import PREFIX_MAP

    return dict(PREFIX_MAP)


# ----------------------------------------------------------------------------------------------
# Sources


def _build_files(path: Path) -> tuple[Path | None, Path | None]:
    """(graph.ttl, graph.trig) of a build folder, or the one file ``path`` names, by kind."""
    if path.is_dir():
        ttl, trig = path / "graph.ttl", path / "graph.trig"
        found = (ttl if ttl.is_file() else None, trig if trig.is_file() else None)
        if found == (None, None):
            raise SourceError(f"{path}: no graph.trig or graph.ttl (run `kg build ... --out {path}` first)")
        return found
    if not path.is_file():
        raise SourceError(f"{path}: no such file or folder")
    fmt = rdf_format(path)
    return (None, path) if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS) else (path, None)


@contextmanager
def triples(path: Path) -> Iterator[Iterable[ox.Triple]]:
    """The union graph of ``path`` as a stream of triples, each once."""
    ttl, trig = _build_files(path)
    if ttl is not None:
        yield (q.triple for q in ox.parse(path=str(ttl), format=rdf_format(ttl)))
        return
    assert trig is not None
    with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
        store = ox.Store(tmp)  # on disk: memory stays flat however large the file
        store.bulk_load(path=str(trig), format=rdf_format(trig))
        # The union as a set, in the default graph (bulk_load keeps each report's graph apart).
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        yield (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        del store


@contextmanager
def quads(path: Path) -> Iterator[Iterable[ox.Quad]]:
    """Every quad of ``path``: the build's per-report graphs (or one default graph from a .ttl)."""
    ttl, trig = _build_files(path)
    f = trig if trig is not None else ttl
    assert f is not None
    yield ox.parse(path=str(f), format=rdf_format(f))


# ----------------------------------------------------------------------------------------------
# JSON-LD


@cache
def _ontology():
    from rdflib import Graph

    from kg.ontology import ONTOLOGY_TTL

    g = Graph()
    g.parse(ONTOLOGY_TTL, format="turtle")
    return g


def context() -> dict:
    """kg's JSON-LD context, from ``kg.ttl``: what ``ontology/context.jsonld`` holds.

    Every class and property the ontology declares gets a term named by its local name (the kg
    namespace first, so ``kg:title`` is ``title``), object properties coerce to IRIs, and the
    default language is Vietnamese, which the reports are written in.
    """
    from rdflib import RDF as R
    from rdflib import URIRef

    g = _ontology()
    ctx: dict[str, object] = {"@version": 1.1, "@language": "vi"}
    for prefix, ns in sorted(_prefixes().items()):
        ctx[prefix] = ns
    object_props = {str(s) for s in g.subjects(R.type, URIRef(OWL + "ObjectProperty"))}
    object_props |= {f"{RDFS}subClassOf", "http://www.w3.org/2004/02/skos/core#inScheme"}
    terms: dict[str, str] = {}
    declared = sorted({str(s) for s in g.subjects() if isinstance(s, URIRef)},
                      key=lambda iri: (not iri.startswith(_prefixes()["kg"]), iri))
    extra = [f"{RDFS}label", f"{RDFS}comment", "http://www.w3.org/2004/02/skos/core#altLabel",
             "http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2004/02/skos/core#notation",
             "http://www.w3.org/2004/02/skos/core#inScheme"]
    for iri in [*declared, *extra]:
        local = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if not local or local in terms or local in ctx or iri.rstrip("/#") == _prefixes()["kg"].rstrip("#"):
            continue
        terms[local] = iri
    for local, iri in sorted(terms.items()):
        compact = _compact_iri(iri)
        ctx[local] = {"@id": compact, "@type": "@id"} if iri in object_props else compact
    return {"@context": ctx}


def _compact_iri(iri: str) -> str:
    best = ""
    for prefix, ns in _prefixes().items():
        if iri.startswith(ns) and len(ns) > len(_prefixes().get(best, "")) and len(iri) > len(ns):
            best = prefix
    return f"{best}:{iri[len(_prefixes()[best]):]}" if best else iri


class _Compactor:
    """Turns a subject's triples into one compact node object under :func:`context`."""

    def __init__(self) -> None:
        ctx = context()["@context"]
        self.terms: dict[str, tuple[str, bool]] = {}  # predicate IRI -> (term, coerces to IRI)
        self.classes: dict[str, str] = {}
        self.prefixes = sorted(((p, v) for p, v in ctx.items() if isinstance(v, str) and p[0] != "@"
                                and v.endswith(("/", "#"))), key=lambda x: -len(x[1]))
        for term, spec in ctx.items():
            if term.startswith("@") or (isinstance(spec, str) and spec.endswith(("/", "#"))):
                continue
            compact = spec["@id"] if isinstance(spec, dict) else spec
            iri = self.expand(compact)
            self.terms[iri] = (term, isinstance(spec, dict))
            if term[:1].isupper():
                self.classes[iri] = term
        self.cache: dict[str, str] = {}

    def expand(self, compact: str) -> str:
        prefix, _, local = compact.partition(":")
        for p, ns in self.prefixes:
            if p == prefix:
                return ns + local
        return compact

    def iri(self, iri: str) -> str:
        c = self.cache.get(iri)
        if c is None:
            c = iri
            for prefix, ns in self.prefixes:
                if iri.startswith(ns) and len(iri) > len(ns):
                    local = iri[len(ns):]
                    # A compact IRI whose local part looks like "//" or holds ":" would be misread.
                    if not local.startswith("//"):
                        c = f"{prefix}:{local}"
                    break
            if len(self.cache) < 200_000:
                self.cache[iri] = c
        return c

    def value(self, o, coerced: bool):
        if isinstance(o, ox.NamedNode):
            return self.iri(o.value) if coerced else {"@id": self.iri(o.value)}
        if isinstance(o, ox.BlankNode):
            return f"_:{o.value}" if coerced else {"@id": f"_:{o.value}"}
        dt = o.datatype.value
        if o.language:
            return o.value if o.language == "vi" and not coerced else {"@value": o.value, "@language": o.language}
        if dt == XSD + "string":
            return {"@value": o.value}
        if dt == XSD + "integer" and o.value.lstrip("-").isdigit() and str(int(o.value)) == o.value \
                and abs(int(o.value)) < 2**53:
            return int(o.value)
        if dt == XSD + "boolean" and o.value in ("true", "false"):
            return o.value == "true"
        return {"@value": o.value, "@type": self.iri(dt)}

    def node(self, subject, pairs: list[tuple[str, object]]) -> dict:
        node: dict[str, object] = {"@id": self.iri(subject.value) if isinstance(subject, ox.NamedNode)
                                   else f"_:{subject.value}"}
        types: list[str] = []
        props: dict[str, list] = {}
        for p, o in pairs:
            if p == RDF + "type" and isinstance(o, ox.NamedNode):
                types.append(self.classes.get(o.value) or self.iri(o.value))
                continue
            term, coerced = self.terms.get(p, (None, False))
            if term is None:
                term, coerced = self.iri(p), False
            props.setdefault(term, []).append(self.value(o, coerced))
        if types:
            node["@type"] = types[0] if len(types) == 1 else types
        for term, values in props.items():
            node[term] = values[0] if len(values) == 1 else values
        return node


def write_jsonld(stream: Iterable[ox.Triple], out: BinaryIO, *, context_ref: str | None = None) -> int:
    """JSON-LD, one node object per line; consecutive triples of a subject make one node.

    ``context_ref`` puts that URL in ``@context`` instead of the context itself (a smaller file,
    for readers that can fetch it). Returns the number of triples written.
    """
    c = _Compactor()
    ctx = json.dumps(context_ref if context_ref else context()["@context"], ensure_ascii=False)
    out.write(b'{"@context": ' + ctx.encode("utf-8") + b',\n "@graph": [')
    n, first = 0, True
    subject, pairs = None, []

    def flush() -> None:
        nonlocal first
        if subject is None:
            return
        out.write((b"\n  " if first else b",\n  ") + json.dumps(c.node(subject, pairs), ensure_ascii=False,
                                                              separators=(",", ":")).encode("utf-8"))
        first = False

    for t in stream:
        n += 1
        if t.subject != subject:
            flush()
            subject, pairs = t.subject, []
        pairs.append((t.predicate.value, t.object))
    flush()
    out.write(b"\n]}\n")
    return n


def write_context(path: Path) -> None:
    path.write_text(json.dumps(context(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------


class _Counting:
    def __init__(self, it: Iterable) -> None:
        self.it, self.n = it, 0

    def __iter__(self):
        for x in self.it:
            self.n += 1
            yield x


def export(path: Path, fmt: str, out: BinaryIO, *, context_ref: str | None = None) -> int | None:
    """Write the build at ``path`` to ``out`` in ``fmt``; the number of statements, if counted."""
    own = path / ("graph.ttl" if fmt == "turtle" else "graph.trig")
    if fmt in ("turtle", "trig") and path.is_dir() and own.is_file():
        with open(own, "rb") as f:
            shutil.copyfileobj(f, out, 1 << 20)
        return None
    if fmt == "json-ld":
        with triples(path) as ts:
            return write_jsonld(ts, out, context_ref=context_ref)
    if fmt in QUAD_FORMATS:
        with quads(path) as qs:
            counted = _Counting(qs)
            ox.serialize(counted, out, _OX[fmt], prefixes=_prefixes() if fmt == "trig" else None)
            return counted.n
    with triples(path) as ts:
        counted = _Counting(ts)
        ox.serialize(counted, out, _OX[fmt], prefixes=_prefixes() if fmt in ("turtle", "xml") else None)
        return counted.n
