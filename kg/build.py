"""One build: load reports, extract, resolve, write RDF (and the HTML view) into an output folder.

A build never leaves the output folder half-written or mixed: its files are written into a new
generation and shown all at once by one atomic switch (:mod:`kg.outputs`). A failed or interrupted
run leaves the previous set untouched, and files in the folder that kg did not write are never
touched.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from rdflib import RDF, Graph

from kg import progress, syncready
from kg.blocks import SPILL, BlockCache, ReportSource, write_streamed
from kg.collector import collector_paused, young_collection
from kg.decisions import DecisionsFile
from kg.graph import BuildGraph, Triple, _prefix_header, build_dataset, serialize_trig, serialize_turtle
from kg.iris import REGISTRY_FILE, MintMemo, PersonRegistry, remembering
from kg.loaders import load
from kg.loaders.extract.pipeline import components
from kg.model import Extraction, Report
from kg.outputs import publish
from kg.parallel import Workers, map_extract, release_memory, start_workers
from kg.persons import CueMemo
from kg.resolution_inputs import CompactExtraction, drop_windows, mention_map, share_strings
from kg.resolve import Resolution, resolve
from kg.store import (
    STORE_NAME,
    FileMemo,
    Known,
    Store,
    build_fingerprint,
    file_stamps,
    report_digest,
    strip_report,
    strip_text,
)
from kg.vocab import KG

OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.html", "graph.view.json", "summary.json", "redirects.tsv",
                REGISTRY_FILE, syncready.FILE_NAME)

SMALL_BATCH = 16
"""Fewer reports to extract than this per job are extracted in the building process: starting a
pool of workers (each loading the extractors' data tables) costs more than a few extractions.
Extraction is a pure function of one report, so where it runs changes nothing in the output."""

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
                scheduler: str | None = None, workers: Workers | None = None) -> list[Extraction]:
    """Run the extractors over every report, in input order whatever runs them (:mod:`kg.parallel`);
    a report whose extraction fails is reported and skipped.

    A missing component is not one report's failure: it raises here, before any report is read.
    """
    components()
    out = []
    for result in progress.iterate(map_extract(reports, jobs=jobs, executor=executor, scheduler=scheduler,
                                               workers=workers),
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
    The pool's workers are started before the reports are loaded (:class:`kg.parallel.Workers`).
    """
    workers = start_workers(jobs, executor)
    try:
        loaded = load(inputs, max_bytes=max_bytes, stdin=None)  # "-": the loader reads sys.stdin (or says it is closed)
        errors = [str(e) for e in loaded.errors]
        return _build_loaded(loaded.reports, errors, jobs=jobs, executor=executor, scheduler=scheduler, store=store,
                             decisions=decisions, workers=workers)
    finally:
        if workers is not None:
            workers.close()


def _build_loaded(reports: list[Report], errors: list[str], *, jobs: int, executor: str, scheduler: str | None,
                  store: Store | None, digests: Sequence[str] | None = None,
                  counts: dict[str, int] | None = None, decisions: DecisionsFile | None = None,
                  workers: Workers | None = None) -> BuildResult:
    if store is None:
        extractions = extract_all(reports, errors, jobs=jobs, executor=executor, scheduler=scheduler, workers=workers)
    else:
        extractions = extract_stored(reports, errors, store, digests=digests, jobs=jobs, executor=executor,
                                     scheduler=scheduler, counts=counts, workers=workers)
    if workers is not None:
        workers.close()  # extraction is done: the workers' memory goes before resolution's
    with collector_paused():  # long-lived results, no cyclic garbage: see _build
        resolution = resolve(extractions, decisions)
        dataset = build_dataset(extractions, resolution)
    return BuildResult(reports, extractions, resolution, dataset, errors)


def extract_stored(reports: Sequence[Report], errors: list[str], store: Store, *, digests: Sequence[str] | None = None,
                   jobs: int = 1, executor: str = "process", scheduler: str | None = None,
                   counts: dict[str, int] | None = None, with_text: bool = True,
                   kept: list[str] | None = None, workers: Workers | None = None) -> list[Extraction]:
    """:func:`extract_all` that takes what ``store`` already has and extracts (and stores) only the rest.

    The result is in input order, whichever reports came from the store, so the graph is the same
    as a clean build's. Failed extractions are not stored: they are tried again next time. Without
    ``with_text`` the extractions come back without their reports' texts (:func:`kg.store.strip_text`),
    which is how a big build keeps them all in memory; ``kept`` then receives each one's digest.
    """
    components()  # a missing component stops the build, even when every report is in the store
    digests = list(digests) if digests is not None else [report_digest(r) for r in reports]
    present = store.present(digests)
    todo = [i for i, d in enumerate(digests) if d not in present]
    if counts is not None:
        counts["extracted"] = len(todo)
    fresh: dict[int, Extraction] = {}
    failed: dict[int, str] = {}
    batch: list[tuple[str, Extraction]] = []

    def flush() -> None:
        store.put_many(batch)
        if not with_text:
            for _, ex in batch:
                strip_text(ex)
        batch.clear()

    results = map_extract([reports[i] for i in todo], jobs=jobs, executor=executor, scheduler=scheduler,
                          workers=workers)
    for i, result in zip(todo, results, strict=True):
        if isinstance(result, str):
            failed[i] = result
            continue
        batch.append((digests[i], result))
        fresh[i] = result
        if len(batch) >= 256:
            flush()
    flush()
    out = []
    for start in range(0, len(digests), 1000):  # read back in slices: never every full extraction at once
        part = range(start, min(start + 1000, len(digests)))
        stored = store.get_many([digests[i] for i in part if i not in fresh and i not in failed], with_text=with_text)
        for i in part:
            if i in failed:
                errors.append(failed[i])
                continue
            out.append(fresh[i] if i in fresh else stored[digests[i]])
            if kept is not None:
                kept.append(digests[i])
    return out


def resolution_inputs(reports: Sequence[Report], errors: list[str], store: Store, *,
                      digests: Sequence[str] | None = None, jobs: int = 1, executor: str = "process",
                      scheduler: str | None = None, counts: dict[str, int] | None = None,
                      kept: list[str] | None = None, workers: Workers | None = None) -> list[CompactExtraction]:
    """:func:`extract_stored` for an archive: the compact resolution inputs of every report
    (:mod:`kg.resolution_inputs`), in input order, extracting (and storing) only what ``store`` lacks.

    A fresh extraction goes to the store whole and stays in memory only as its compact input; a
    stored report is read back as its compact input alone. ``kept`` receives each input's digest.
    ``workers``: the pool to extract on (:class:`kg.parallel.Workers`, started before the reports
    were loaded), else one is forked here if ``jobs`` asks for one.
    Each report of ``reports`` extracted here gives its text to the store (:func:`kg.store.strip_report`:
    the report object stays, textless), so the archive's texts leave memory as extraction goes.
    """
    components()  # a missing component stops the build, even when every report is in the store
    digests = list(digests) if digests is not None else [report_digest(r) for r in reports]
    present = store.present(digests)
    todo = [i for i, d in enumerate(digests) if d not in present]
    if any(isinstance(reports[i], Known) for i in todo):  # kg.store.FileMemo recalls stored digests only
        raise RuntimeError("the store lost the extraction of an unchanged file; build again with --rehash")
    if counts is not None:
        counts["extracted"] = len(todo)
    fresh: dict[int, CompactExtraction] = {}
    failed: dict[int, str] = {}
    batch: list[tuple[int, Extraction]] = []
    pool: dict[str, str] = {}  # kg.resolution_inputs.share_strings

    since_trim = 0

    def flush() -> None:
        nonlocal since_trim
        made = store.put_many((digests[i], ex) for i, ex in batch)
        fresh.update(zip((i for i, _ in batch), (share_strings(cx, pool) for cx in made), strict=True))
        for i, _ in batch:
            strip_report(reports[i])  # stored: nothing reads the text in memory again
        since_trim += len(batch)
        batch.clear()
        young_collection()
        if since_trim >= 1024:  # the freed texts and extractions go back to the system as we go
            release_memory()
            since_trim = 0

    if executor == "process" and len(todo) < SMALL_BATCH * jobs:
        jobs = 1  # a few new reports (a daily batch into a stored archive): a pool costs more than it saves
    results = map_extract([reports[i] for i in todo], jobs=jobs, executor=executor, scheduler=scheduler,
                          workers=workers)
    for i, result in zip(todo, results, strict=True):
        if isinstance(result, str):
            failed[i] = result
            continue
        batch.append((i, result))
        if len(batch) >= 256:
            flush()
    flush()
    out = []
    for start in range(0, len(digests), 1000):
        young_collection()
        part = range(start, min(start + 1000, len(digests)))
        stored = store.get_compact([digests[i] for i in part if i not in fresh and i not in failed])
        for i in part:
            if i in failed:
                errors.append(failed[i])
                continue
            out.append(fresh.pop(i) if i in fresh else share_strings(stored[digests[i]], pool))
            if kept is not None:
                kept.append(digests[i])
    return out


def _drop_windows(inputs: list[CompactExtraction]) -> None:
    """Once person clustering has read the texts: the inputs' text windows go (nothing later reads
    them), and the memory they held goes back to the system before the person IRIs, the identity
    links and the tenure and organization passes are made (the build's peak is where person
    resolution returns)."""
    drop_windows(inputs)
    release_memory()


def _source(inputs: list[CompactExtraction], resolution: Resolution, store: Store, kept: list[str]) -> ReportSource:
    """The reports as the writer reads them: each one's answers by mention position (then the
    resolution's answers by identity, which name the compact inputs, are cleared) and its full
    extraction read back from ``store`` when its block is written."""
    maps = [mention_map(cx, resolution) for cx in inputs]
    resolution.iri.clear()
    resolution.post_role.clear()
    resolution.tenure_of.clear()

    def load(indices: Sequence[int], with_text: bool) -> dict[int, Extraction]:
        got = store.get_many([kept[i] for i in indices], with_text=with_text)
        return {i: got[kept[i]] for i in indices}

    return ReportSource([cx.report.id for cx in inputs], maps, load)


@dataclass
class BuildOutcome:
    """What :func:`build` did: the summary it wrote (or found still valid), failures, files written."""

    summary: dict
    errors: list[str]
    written: list[Path]
    reports: int
    extracted: int = 0  # reports extracted in this run (the rest came from the store)
    unchanged: bool = False  # nothing changed since the last build into this folder: nothing was rewritten
    reused: int = 0  # report blocks taken from the store as they were written (kg.blocks)
    patched: bool = False  # graph.ttl was the last build's with the changed subjects written again


def build(inputs: Sequence[str], out_dir: Path, *, max_bytes: int = 5_000_000, jobs: int = 1,
          executor: str = "process", scheduler: str | None = None, html: HtmlWriter | None = None,
          options: dict | None = None, use_store: bool = True, decisions: DecisionsFile | None = None,
          spill: int = SPILL, rehash: bool = False) -> BuildOutcome:
    """``kg build``: load, extract what the store lacks, resolve, and write the output folder report by report.

    The graph is the one :func:`build_graph` makes, written by :mod:`kg.blocks` so that memory holds
    the extractions and the resolution, never all the triples; once resolved (resolution reads the
    texts around a name), the extractions give their texts back to the store and each report gets
    its own again only while it is written. ``options`` are the settings that change the output
    besides the inputs (the view's title, whether there is a view; the identity ``decisions`` count
    too); with the store, a rebuild whose inputs, options and code are all unchanged, into a folder
    whose outputs nobody has touched since, writes nothing. Without it (``use_store=False``) the
    extractions still go through a store, a temporary one, since that is where texts wait.

    With the store, a report file whose path, size and mtime_ns (and its sidecar's) are those the
    last build read is taken as unchanged and not read (:class:`kg.store.FileMemo`); ``rehash``
    reads and hashes every file, as ``use_store=False`` does.

    With ``jobs`` above 1 the pool's workers are forked first, before any report is loaded
    (:class:`kg.parallel.Workers`), so that they do not hold the loaded texts; they stop once
    extraction is done.
    """
    workers = start_workers(jobs, executor)
    try:
        return _build(inputs, out_dir, max_bytes=max_bytes, jobs=jobs, executor=executor, scheduler=scheduler,
                      html=html, options=options, use_store=use_store, decisions=decisions, spill=spill,
                      rehash=rehash, workers=workers)
    finally:
        if workers is not None:
            workers.close()


def _build(inputs: Sequence[str], out_dir: Path, *, max_bytes: int, jobs: int, executor: str, scheduler: str | None,
           html: HtmlWriter | None, options: dict | None, use_store: bool, decisions: DecisionsFile | None,
           spill: int, rehash: bool, workers: Workers | None) -> BuildOutcome:
    memo = None
    if use_store:
        known = {}
        if not rehash and (out_dir / STORE_NAME).is_file():
            with Store(out_dir / STORE_NAME) as early:
                known = early.sources()
        memo = FileMemo(known)
    # "-": the loader reads sys.stdin (or says it is closed)
    loaded = load(inputs, max_bytes=max_bytes, stdin=None, memo=memo)
    errors = [str(e) for e in loaded.errors]
    reports = loaded.reports
    if not reports:  # nothing to build: the previous graph stays
        return BuildOutcome(dict(BuildResult([], [], Resolution(), BuildGraph(), errors).summary(), failed=errors),
                            errors, [], 0)
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = None if use_store else Path(tempfile.mkdtemp(prefix="kg-store-"))
    try:
        with Store(out_dir / STORE_NAME if scratch is None else scratch / STORE_NAME) as store, \
                remembering(MintMemo()) as minted:
            digests = [r.digest if isinstance(r, Known) else report_digest(r) for r in reports]
            if memo is not None:  # this build's files go to the store now, not through the build in memory
                memo.save(store, {id(r): d for r, d in zip(reports, digests, strict=True)})
                memo = None
            fingerprint = build_fingerprint(store.version, digests, errors,
                                            dict(options or {}, html=html is not None,
                                                 decisions=decisions.digest() if decisions is not None else ""))
            last = store.last_build()
            if last and last["fingerprint"] == fingerprint and _untouched(out_dir, last["outputs"]):
                summary = last["summary"]
                return BuildOutcome(summary, list(summary.get("failed", [])), [], len(reports), unchanged=True)
            store.set_last_build(None)  # the folder is about to change: no stale record survives a failure
            counts: dict[str, int] = {}
            kept: list[str] = []
            with collector_paused():  # the inputs live to the end: see young_collection
                inputs = resolution_inputs(reports, errors, store, digests=digests, jobs=jobs, executor=executor,
                                           scheduler=scheduler, counts=counts, kept=kept, workers=workers)
            if workers is not None:
                workers.close()  # extraction is done: the workers go before resolution
            del loaded, reports[:]  # the store holds the reports' texts and full extractions
            release_memory()
            cues = None
            if scratch is None:  # what the last build of this code minted and read around names is looked up
                minted.known = store.memo("minted")  # kg.iris.MintMemo
                ids = [cx.report.id for cx in inputs]
                cues = CueMemo(store.memo("cues"),  # kg.persons.CueMemo, by report content
                               dict(zip(ids, kept, strict=True)) if len(set(ids)) == len(ids) else {})
                del ids
            # The person IRIs earlier builds into this folder minted stay theirs (kg.iris.PersonRegistry).
            # Resolution and the writer run with the cyclic collector paused: they build what lives to
            # the end of the build (the inputs, the resolution, the writer's tables, the view's graph),
            # and every full collection walked all of it to find next to nothing (a corpus build of
            # the 989 reports: 37 full collections, 5.7 s of the process's 33 s of CPU, ~200 objects
            # freed; 4,000 synthetic reports: 79 full collections, 28 s of 151 s). The cyclic garbage
            # they leave (the view's: ~160,000 objects at 989 reports, which lived to the end of the
            # process before) is freed by the collection that follows each paused step.
            with collector_paused():
                resolution = resolve(inputs, decisions, PersonRegistry.read(out_dir / REGISTRY_FILE),
                                     texts_read=partial(_drop_windows, inputs), cues=cues)
            if cues is not None:  # kept for the next build now, so the readings leave memory before the writer's peak
                store.set_memo("cues", cues.table())
                del cues
            source = _source(inputs, resolution, store, kept)
            del inputs  # what resolution answered for each mention is in source.maps, by position
            release_memory()
            summary: dict = {}

            cache = None
            if scratch is None:  # the blocks of this build are kept for the next one
                ttl_ok = bool(last) and "graph.ttl" in last["outputs"] and _untouched(
                    out_dir, {"graph.ttl": last["outputs"]["graph.ttl"]})
                cache = BlockCache(store, kept, previous_ttl=(out_dir / "graph.ttl").resolve() if ttl_ok else None,
                                   previous_summary=last["summary"] if ttl_ok else None)

            def write(folder: Path) -> None:
                # graph.trig's triples as kg sync reads them (kg.syncready); a rebuild copies the
                # entries of blocks it did not write again from the last build's file
                with syncready.Writer(folder / syncready.FILE_NAME, syncready.header_of(_prefix_header()),
                                      previous=out_dir / syncready.FILE_NAME) as ready:
                    with collector_paused():  # (see resolve above)
                        streamed = write_streamed(
                            source, resolution, folder / "graph.ttl", folder / "graph.trig", html=html,
                            html_path=folder / "graph.html", spill=spill, cache=cache, ready=ready)
                counts["reused"], counts["patched"] = streamed.reused, streamed.incremental
                (folder / "redirects.tsv").write_text(redirects_tsv(resolution), encoding="utf-8")
                (folder / REGISTRY_FILE).write_text(resolution.registry.text(), encoding="utf-8")
                summary.update({"reports": len(digests), **streamed.types, "triples": streamed.triples,
                                "errors": len(errors), "failed": errors})
                (folder / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
                                                     encoding="utf-8")

            written = publish(out_dir, OUTPUT_FILES, write)
            if scratch is None:
                store.prune(digests)
                store.set_memo("minted", minted.table())
                store.set_last_build({"fingerprint": fingerprint, "summary": summary,
                                      "outputs": file_stamps(written)})
            return BuildOutcome(summary, errors, written, len(digests), extracted=counts["extracted"],
                                reused=counts["reused"], patched=bool(counts["patched"]))
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


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
        (folder / REGISTRY_FILE).write_text(result.resolution.registry.text(), encoding="utf-8")
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
