"""One build: load reports, extract, resolve, write RDF (and the HTML view) into an output folder.

A build never leaves the output folder half-written or mixed: its files are written into a new
generation and shown all at once by one atomic switch (:mod:`kg.outputs`). A failed or interrupted
run leaves the previous set untouched, and files in the folder that kg did not write are never
touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import RDF, Graph

from kg import progress
from kg.decisions import DecisionsFile
from kg.graph import BuildGraph, Triple, build_dataset, serialize_trig, serialize_turtle
from kg.loaders import load
from kg.loaders.extract.pipeline import components
from kg.model import Extraction, Report
from kg.outputs import publish
from kg.parallel import map_extract
from kg.resolve import Resolution, resolve
from kg.store import STORE_NAME, Store, build_fingerprint, file_stamps, report_digest
from kg.vocab import KG

OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.html", "graph.view.json", "summary.json", "redirects.tsv")

HtmlWriter = Callable[[Iterable[Triple], Path], None]
"""Writes the view of a build's triples to a path (``graph.html``)."""


@dataclass
class BuildResult:
    reports: list[Report]
    extractions: list[Extraction]
    resolution: Resolution
    triples: BuildGraph
    errors: list[str] = field(default_factory=list)

    @cached_property
    def graph(self) -> Graph:
        """The whole graph as rdflib, made on first use (the views and kg eval query it)."""
        return self.triples.to_graph()

    def summary(self) -> dict[str, int]:
        union = self.triples.union()
        typed = [o for _, p, o in union if p == RDF.type]

        def count(cls) -> int:
            return typed.count(cls)

        return {
            "reports": len(self.reports),
            "people": count(KG.Person),
            "posts": count(KG.Post),
            "organizations": count(KG.Organization),
            "directives": count(KG.Directive),
            "events": count(KG.Event),
            "campaigns": count(KG.Campaign),
            "triples": len(union),
            "errors": len(self.errors),
        }


def extract_all(reports: Sequence[Report], errors: list[str], *, jobs: int = 1, executor: str = "process",
                scheduler: str | None = None) -> list[Extraction]:
    """Run the extractors over every report, in input order whatever runs them (:mod:`kg.parallel`);
    a report whose extraction fails is reported and skipped.

    A missing component is not one report's failure: it raises here, before any report is read.
    """
    components()
    out = []
    for result in progress.iterate(map_extract(reports, jobs=jobs, executor=executor, scheduler=scheduler),
                                   "reports", total=len(reports), unit="report"):
        if isinstance(result, str):
            errors.append(result)
        else:
            out.append(result)
    return out


def build_graph(inputs: Sequence[str], *, max_bytes: int = 5_000_000, jobs: int = 1, executor: str = "process",
                scheduler: str | None = None, store: Store | None = None,
                decisions: DecisionsFile | None = None) -> BuildResult:
    """Load, extract (on ``jobs`` processes, or a Dask cluster), resolve (with the analyst's identity
    ``decisions``) and turn into RDF, in memory.

    With a ``store``, reports whose content and extractor version it has seen are not extracted again.
    """
    loaded = load(inputs, max_bytes=max_bytes, stdin=None)  # "-": the loader reads sys.stdin (or says it is closed)
    errors = [str(e) for e in loaded.errors]
    return _build_loaded(loaded.reports, errors, jobs=jobs, executor=executor, scheduler=scheduler, store=store,
                         decisions=decisions)


def _build_loaded(reports: list[Report], errors: list[str], *, jobs: int, executor: str, scheduler: str | None,
                  store: Store | None, digests: Sequence[str] | None = None,
                  counts: dict[str, int] | None = None, decisions: DecisionsFile | None = None) -> BuildResult:
    if store is None:
        extractions = extract_all(reports, errors, jobs=jobs, executor=executor, scheduler=scheduler)
    else:
        extractions = extract_stored(reports, errors, store, digests=digests, jobs=jobs, executor=executor,
                                     scheduler=scheduler, counts=counts)
    resolution = resolve(extractions, decisions)
    return BuildResult(reports, extractions, resolution, build_dataset(extractions, resolution), errors)


def extract_stored(reports: Sequence[Report], errors: list[str], store: Store, *, digests: Sequence[str] | None = None,
                   jobs: int = 1, executor: str = "process", scheduler: str | None = None,
                   counts: dict[str, int] | None = None) -> list[Extraction]:
    """:func:`extract_all` that takes what ``store`` already has and extracts (and stores) only the rest.

    The result is in input order, whichever reports came from the store, so the graph is the same
    as a clean build's. Failed extractions are not stored: they are tried again next time.
    """
    components()  # a missing component stops the build, even when every report is in the store
    digests = list(digests) if digests is not None else [report_digest(r) for r in reports]
    stored = store.get_many(digests)
    todo = [i for i, d in enumerate(digests) if d not in stored]
    if counts is not None:
        counts["extracted"] = len(todo)
    fresh: dict[int, Extraction] = {}
    failed: dict[int, str] = {}
    results = map_extract([reports[i] for i in todo], jobs=jobs, executor=executor, scheduler=scheduler)
    for i, result in zip(todo, results, strict=True):
        if isinstance(result, str):
            failed[i] = result
        else:
            fresh[i] = result
    store.put_many((digests[i], ex) for i, ex in fresh.items())
    out = []
    for i, digest in enumerate(digests):
        if i in failed:
            errors.append(failed[i])
        else:
            out.append(stored[digest] if digest in stored else fresh[i])
    return out


@dataclass
class BuildOutcome:
    """What :func:`build` did: the summary it wrote (or found still valid), failures, files written."""

    summary: dict
    errors: list[str]
    written: list[Path]
    reports: int
    extracted: int = 0  # reports extracted in this run (the rest came from the store)
    unchanged: bool = False  # nothing changed since the last build into this folder: nothing was rewritten


def build(inputs: Sequence[str], out_dir: Path, *, max_bytes: int = 5_000_000, jobs: int = 1,
          executor: str = "process", scheduler: str | None = None, html: HtmlWriter | None = None,
          options: dict | None = None, use_store: bool = True,
          decisions: DecisionsFile | None = None) -> BuildOutcome:
    """``kg build``: load, extract what the store lacks, resolve, write the output folder.

    ``options`` are the settings that change the output besides the inputs (the view's title, whether
    there is a view; the identity ``decisions`` count too); with the store, a rebuild whose inputs,
    options and code are all unchanged, into a folder whose outputs nobody has touched since, writes
    nothing.
    """
    loaded = load(inputs, max_bytes=max_bytes, stdin=None)  # "-": the loader reads sys.stdin (or says it is closed)
    errors = [str(e) for e in loaded.errors]
    reports = loaded.reports
    if not use_store or not reports:
        result = _build_loaded(reports, errors, jobs=jobs, executor=executor, scheduler=scheduler, store=None,
                               decisions=decisions)
        written = write_outputs(result, out_dir, html=html) if reports else []
        return BuildOutcome(dict(result.summary(), failed=result.errors), result.errors, written, len(reports),
                            extracted=len(reports))
    with Store(out_dir / STORE_NAME) as store:
        digests = [report_digest(r) for r in reports]
        fingerprint = build_fingerprint(store.version, digests, errors,
                                        dict(options or {}, html=html is not None,
                                             decisions=decisions.digest() if decisions is not None else ""))
        last = store.last_build()
        if last and last["fingerprint"] == fingerprint and _untouched(out_dir, last["outputs"]):
            summary = last["summary"]
            return BuildOutcome(summary, list(summary.get("failed", [])), [], len(reports), unchanged=True)
        store.set_last_build(None)  # the folder is about to change: no stale record survives a failure
        counts: dict[str, int] = {}
        result = _build_loaded(reports, errors, jobs=jobs, executor=executor, scheduler=scheduler, store=store,
                               digests=digests, counts=counts, decisions=decisions)
        written = write_outputs(result, out_dir, html=html)
        store.prune(digests)
        summary = dict(result.summary(), failed=result.errors)
        store.set_last_build({"fingerprint": fingerprint, "summary": summary,
                              "outputs": file_stamps(written)})
        return BuildOutcome(summary, result.errors, written, len(reports), extracted=counts["extracted"])


def _untouched(out_dir: Path, stamps: dict[str, list[int]]) -> bool:
    try:
        return bool(stamps) and file_stamps(out_dir / name for name in stamps) == stamps
    except OSError:  # an output was removed
        return False


def redirects_tsv(res: Resolution) -> str:
    """The redirect table: an IRI a mention would have had on its own (the identity rule before
    corpus-wide resolution, or before a decision joined it) and the person IRI it now resolves to."""
    lines = ["# old IRI\tperson IRI (kg build: person mentions joined across reports)"]
    for old, new in sorted(res.redirects.items()):
        if len(new) == 1:
            lines.append(f"{old}\t{next(iter(new))}")
    return "\n".join(lines) + "\n"


def write_outputs(result: BuildResult, out_dir: Path, *, html: HtmlWriter | None = None) -> list[Path]:
    """Write the build's files into ``out_dir`` as one unit (:mod:`kg.outputs`: a new generation,
    shown by one atomic switch); raises :class:`kg.outputs.OutputError` when it cannot be written.

    ``html`` writes ``graph.html`` from the triples (the command passes :func:`kg.viz.html.write_html`):
    the view is a later stage than the build, so the build is handed it rather than importing it.
    """

    def write(folder: Path) -> None:
        step = progress.bar("writing", total=3 if html is not None else 2, unit="file")
        (folder / "graph.ttl").write_bytes(serialize_turtle(result.triples.union()))
        step.update()
        (folder / "graph.trig").write_bytes(serialize_trig(result.triples))
        step.update()
        if html is not None:
            # The view indexes the triples itself; an rdflib graph of the corpus would cost ~15 s more.
            # (It also leaves graph.view.json, the projection kg viz reads: kg.viz.cache.)
            html(result.triples.union(), folder / "graph.html")
            step.update()
        step.close()
        (folder / "redirects.tsv").write_text(redirects_tsv(result.resolution), encoding="utf-8")
        summary = dict(result.summary(), failed=result.errors)
        (folder / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")

    return publish(out_dir, OUTPUT_FILES, write)


def read_graph(path: Path) -> Graph:
    """The rdflib graph of a build folder (its ``graph.ttl``) or of a Turtle file.

    It sits beside :func:`write_outputs`, which names the files, so every command reads a build the same way.
    """
    ttl = path if path.is_file() or path.suffix.lower() in (".ttl", ".turtle") else path / "graph.ttl"
    if not ttl.is_file():
        raise FileNotFoundError(f"no such file: {ttl} (run `kg build ... --out {path}` first)")
    g = Graph()
    g.parse(ttl, format="turtle")
    return g
