"""Writing a build report by report: Turtle and TriG assembled from per-report blocks, in bounded memory.

:func:`kg.graph.build_dataset` holds every triple of a build at once (about 0.16 MB a report, and
twice that while Turtle is sorted): fine for a thousand reports, 16 GB for an archive of 100,000.
Here the same writer runs one report at a time and each report's triples leave memory as soon as
they are written:

- its TriG block (``<report> { ... }``) is serialized at once and spooled to a file; the blocks are
  copied into ``graph.trig`` in the order :func:`kg.graph.serialize_trig` gives them;
- its triples, as sort keys, go into sorted runs spilled to disk every ``spill`` triples; ``graph.ttl``
  is a merge of the runs (duplicates across reports dropped) streamed through pyoxigraph's serializer.

What stays in memory is what resolution needs (the extractions without their texts, which the
caller restores one report at a time) and the build-wide decisions of :class:`kg.graph._Aggregates`
(one jurisdiction per organization, one document type per directive). Those need every report's
votes before any report's block is final, so the writer makes two passes: the first only votes
(its triples are dropped), the second writes. The bytes are those of :func:`kg.graph.serialize_turtle`
and :func:`kg.graph.serialize_trig` (tested).
"""

from __future__ import annotations

import heapq
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, BNode, Literal

from kg.graph import (
    PREFIX_MAP,
    Triple,
    _Aggregates,
    _OxTerms,
    _prefix_header,
    _ReportWriter,
    _turtle_body,
    _write_reference,
)
from kg.model import Extraction
from kg.resolve import Resolution, report_iri
from kg.vocab import KG

Key = tuple[str, str, bool, str, str, str, str, str]
"""A triple as :func:`kg.graph._sort_key` orders it, plus whether subject and object are blank nodes."""

SPILL = 500_000  # triples kept in memory before a sorted run is written to disk (~300 MB of keys)
_CHUNK = 5_000  # keys per pickled chunk of a run: the merge holds one chunk per run

SUMMARY_CLASSES = {"people": KG.Person, "posts": KG.Post, "organizations": KG.Organization,
                   "directives": KG.Directive, "events": KG.Event, "campaigns": KG.Campaign}


def _key(t: Triple, intern: dict[str, str]) -> Key:
    s, p, o = t
    lit = isinstance(o, Literal)
    dt = str(o.datatype or "") if lit else ""
    lang = (o.language or "") if lit else ""
    sp = str(p)
    return (str(s), intern.setdefault(sp, sp), lit, str(o), intern.setdefault(dt, dt), intern.setdefault(lang, lang),
            "b" if isinstance(s, BNode) else "", "b" if isinstance(o, BNode) else "")


class _OxKeys:
    """Sort keys back into pyoxigraph triples (IRIs cached per run of the same subject)."""

    def __init__(self) -> None:
        self.iris: dict[str, ox.NamedNode] = {}

    def iri(self, s: str) -> ox.NamedNode:
        n = self.iris.get(s)
        if n is None:
            if len(self.iris) > 200_000:
                self.iris.clear()
            n = self.iris[s] = ox.NamedNode(s)
        return n

    def __call__(self, k: Key) -> ox.Triple:
        s, p, lit, o, dt, lang, sb, ob = k
        subj = ox.BlankNode(s) if sb else self.iri(s)
        if lit:
            obj = ox.Literal(o, language=lang) if lang else (ox.Literal(o, datatype=self.iri(dt)) if dt
                                                             else ox.Literal(o))
        else:
            obj = ox.BlankNode(o) if ob else self.iri(o)
        return ox.Triple(subj, self.iri(p), obj)


@dataclass
class _Runs:
    """Sorted runs of keys on disk, plus the current in-memory buffer."""

    folder: Path
    spill: int = SPILL
    buffer: list[Key] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def add(self, keys: Iterable[Key]) -> None:
        self.buffer.extend(keys)
        if len(self.buffer) >= self.spill:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        self.buffer.sort()
        path = self.folder / f"run-{len(self.files):05d}.pickle"
        with path.open("wb") as f:
            for i in range(0, len(self.buffer), _CHUNK):
                pickle.dump(self.buffer[i:i + _CHUNK], f, protocol=5)
        self.files.append(path)
        self.buffer = []

    @staticmethod
    def _read(path: Path) -> Iterator[Key]:
        with path.open("rb") as f:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk

    def merged(self) -> Iterator[Key]:
        """Every key once, in order."""
        self.buffer.sort()
        last = None
        for k in heapq.merge(*(self._read(p) for p in self.files), self.buffer):
            if k != last:
                yield k
                last = k


def _write_turtle_body(raw: Path, out) -> None:
    """Copy pyoxigraph's Turtle into ``out`` as :func:`kg.graph.serialize_turtle` shapes it.

    That function keeps the lines (``str.splitlines``) that do not start with ``@prefix``, joins them
    with newlines and strips the ends; this does the same line by line, without the whole text.
    """
    started = False
    held: list[str] = []  # blank lines not yet known to be inside the body
    with raw.open("r", encoding="utf-8", newline="") as f:
        for physical in f:
            for line in physical.splitlines() or [""]:
                if line.startswith("@prefix"):
                    continue
                if not started:
                    if not line.strip():
                        continue
                    line = line.lstrip()
                    started = True
                    out.write(line)
                    continue
                if not line.strip():
                    held.append(line)
                    continue
                for h in held:
                    out.write("\n" + h)
                held = []
                out.write("\n" + line)
    # the last line written ends the body; a trailing blank run was held back and is dropped


@dataclass
class StreamSummary:
    triples: int = 0
    types: dict[str, int] = field(default_factory=dict)


def write_streamed(extractions: Sequence[Extraction], res: Resolution, ttl: Path, trig: Path, *,
                   restore: Callable[[Extraction], None] | None = None,
                   release: Callable[[Extraction], None] | None = None,
                   html: Callable[[Iterable[Triple], Path], None] | None = None, html_path: Path | None = None,
                   spill: int = SPILL) -> StreamSummary:
    """Write ``graph.ttl`` and ``graph.trig`` for resolved ``extractions``, one report at a time.

    ``restore(ex)`` is called before a report is written (to give back the text its mentions quote)
    and ``release(ex)`` after, so the caller can keep only slim extractions in memory.
    """
    work = Path(tempfile.mkdtemp(prefix=".kg-blocks-", dir=ttl.parent))
    try:
        agg = _Aggregates()
        for ex in extractions:  # pass 1: the build-wide votes
            _ReportWriter(set(), ex, res, agg).write()
        agg.pending = []

        runs = _Runs(work, spill)
        intern: dict[str, str] = {}
        index: dict[str, tuple[int, int]] = {}
        with (work / "blocks").open("wb") as spool:
            for ex in extractions:  # pass 2: each report's block, then its triples leave memory
                if restore is not None:
                    restore(ex)
                g: set[Triple] = set()
                _ReportWriter(g, ex, res, agg).write()
                agg.write()  # this report's share of the decisions taken in pass 1
                agg.pending = []
                if release is not None:
                    release(ex)
                if not g:
                    continue
                name = str(report_iri(ex.report.id))
                block = f"\n<{name}> {{\n{_turtle_body(g, _OxTerms())}\n}}\n".encode()
                index[name] = (spool.tell(), len(block))
                spool.write(block)
                runs.add(_key(t, intern) for t in g)
        default: set[Triple] = set()
        _write_reference(default, res)
        runs.add(_key(t, intern) for t in default)

        # graph.trig: the default graph, then the report blocks in name order
        with trig.open("wb") as out, (work / "blocks").open("rb") as spool:
            out.write(_prefix_header().encode())
            out.write(("\n{\n" + _turtle_body(default, _OxTerms()) + "\n}\n").encode())
            for name in sorted(index):
                offset, length = index[name]
                spool.seek(offset)
                out.write(spool.read(length))
        os.remove(work / "blocks")

        # graph.ttl: the merged runs through pyoxigraph, shaped as serialize_turtle shapes it
        summary = StreamSummary(types=dict.fromkeys(SUMMARY_CLASSES, 0))
        wanted = {str(c): k for k, c in SUMMARY_CLASSES.items()}
        rdf_type = str(RDF.type)

        def counted() -> Iterator[Key]:
            for k in runs.merged():
                summary.triples += 1
                if k[1] == rdf_type and not k[2] and k[3] in wanted:
                    summary.types[wanted[k[3]]] += 1
                yield k

        conv = _OxKeys()
        raw = work / "raw.ttl"
        ox.serialize((conv(k) for k in counted()), raw, ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP)
        with ttl.open("w", encoding="utf-8", newline="") as out:
            out.write(_prefix_header() + "\n")
            _write_turtle_body(raw, out)
            out.write("\n")
        if html is not None and html_path is not None:
            html(_rdflib_triples(runs.merged()), html_path)
        return summary
    finally:
        for p in work.glob("*"):
            p.unlink()
        work.rmdir()


def _rdflib_triples(keys: Iterator[Key]) -> Iterator[Triple]:
    """The merged keys as rdflib terms again, for the HTML view (which wants the whole graph)."""
    from rdflib import URIRef

    for s, p, lit, o, dt, lang, sb, ob in keys:
        subj = BNode(s) if sb else URIRef(s)
        if lit:
            obj = Literal(o, lang=lang) if lang else Literal(o, datatype=URIRef(dt) if dt else None)
        else:
            obj = BNode(o) if ob else URIRef(o)
        yield subj, URIRef(p), obj
