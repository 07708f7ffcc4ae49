"""One build: load reports, extract, resolve, write RDF (and the HTML view) into an output folder.

A build never leaves the output folder half-written: every file is first written into a
temporary folder beside it and moved into place only at the end, one atomic rename per file. A
failed or interrupted run leaves the previous ``graph.ttl`` untouched, and files in the folder that
kg did not write are never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import RDF, Graph

from kg import progress
from kg.graph import BuildGraph, Triple, build_dataset, serialize_trig, serialize_turtle
from kg.loaders import load
from kg.loaders.extract.pipeline import components, extract
from kg.model import Extraction, Report
from kg.resolve import Resolution, resolve
from kg.vocab import KG

OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.html", "graph.view.json", "summary.json")

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


def extract_all(reports: Sequence[Report], errors: list[str]) -> list[Extraction]:
    """Run the extractors over every report; a report whose extraction fails is reported and skipped.

    A missing component is not one report's failure: it raises here, before any report is read.
    """
    components()
    out = []
    for report in progress.iterate(reports, "reports", unit="report"):
        try:
            out.append(extract(report))
        except Exception as exc:  # one bad report must not stop the batch
            errors.append(" ".join(f"{report.source_file}: extraction failed: {type(exc).__name__}: {exc}".split()))
    return out


def build_graph(inputs: Sequence[str], *, max_bytes: int = 5_000_000) -> BuildResult:
    """Load, extract, resolve and turn into RDF, in memory."""
    loaded = load(inputs, max_bytes=max_bytes, stdin=sys.stdin.buffer if "-" in inputs else None)
    errors = [str(e) for e in loaded.errors]
    extractions = extract_all(loaded.reports, errors)
    resolution = resolve(extractions)
    return BuildResult(loaded.reports, extractions, resolution, build_dataset(extractions, resolution), errors)


def write_outputs(result: BuildResult, out_dir: Path, *, html: HtmlWriter | None = None) -> list[Path]:
    """Write the build's files into ``out_dir``, swapping each in only when all are written.

    ``html`` writes ``graph.html`` from the triples (the command passes :func:`kg.viz.html.write_html`):
    the view is a later stage than the build, so the build is handed it rather than importing it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out_dir))
    try:
        step = progress.bar("writing", total=4 if html is not None else 3, unit="file")
        (staging / "graph.ttl").write_bytes(serialize_turtle(result.triples.union()))
        step.update()
        (staging / "graph.trig").write_bytes(serialize_trig(result.triples))
        step.update()
        if html is not None:
            # The view indexes the triples itself; an rdflib graph of the corpus would cost ~15 s more.
            html(result.triples.union(), staging / "graph.html")
            step.update()
        summary = dict(result.summary(), failed=result.errors)
        (staging / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
        step.update()
        step.close()
        written = []
        for name in OUTPUT_FILES:
            if (staging / name).exists():
                os.replace(staging / name, out_dir / name)
                written.append(out_dir / name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
