"""kg from Python and notebooks: ``kg.build(paths)`` and what a built graph can do.

    import kg
    g = kg.build(["reports/"])
    g.summary()                          # {"reports": 3, "people": 11, ...}
    g.sparql("SELECT ...")               # rows as dicts (pyoxigraph)
    g.view(focus="Nguyễn Chí Dũng")      # shows inline in Jupyter; .save("view.html")
    g.networkx()                         # the entity graph the views and kg stats use
    g.sync("bolt://localhost:7687", password="...")

The same stages as the command line (load, extract, resolve, graph; then the views and the Neo4j
sync), nothing of its own: a notebook and ``kg build`` give the same graph.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.build import BuildResult, build_graph
from kg.graph import serialize_trig, serialize_turtle


@dataclass
class View:
    """An HTML view (kg's offline page); Jupyter displays it inline through ``_repr_html_``."""

    html: str
    title: str = "kg"
    height: int = 600

    def save(self, path: str | Path) -> Path:
        p = Path(path)
        p.write_text(self.html, encoding="utf-8")
        return p

    def _repr_html_(self) -> str:
        # The page is a whole document with its own CSP: it goes into a sandboxed iframe as srcdoc
        # (escaped for the attribute), so it neither sees nor styles the notebook around it.
        return (f'<iframe title="{html.escape(self.title)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'srcdoc="{html.escape(self.html, quote=True)}"></iframe>')


@dataclass
class KnowledgeGraph:
    """A built graph: the RDF (per report and united) and what kg does with it."""

    result: BuildResult
    _projected: nx.MultiDiGraph | None = field(default=None, repr=False)
    _store: object | None = field(default=None, repr=False)

    @property
    def errors(self) -> list[str]:
        """One line per input that failed to load or extract (the rest was built)."""
        return list(self.result.errors)

    def summary(self) -> dict[str, int]:
        return self.result.summary()

    def to_turtle(self) -> str:
        """The whole graph as Turtle, byte for byte what ``kg build`` writes to ``graph.ttl``."""
        return serialize_turtle(self.result.triples.union()).decode("utf-8")

    def to_trig(self) -> str:
        """One named graph per report, as ``graph.trig``."""
        return serialize_trig(self.result.triples).decode("utf-8")

    def write(self, out_dir: str | Path, *, html_view: bool = True) -> list[Path]:
        """Write the build's files into ``out_dir`` exactly as ``kg build --out`` does."""
        from kg.build import write_outputs
        from kg.viz.html import write_html

        return write_outputs(self.result, Path(out_dir), html=write_html if html_view else None)

    def sparql(self, query: str) -> list[dict[str, str]] | bool:
        """Rows of a SELECT (variable -> value as text; unbound variables left out), or an ASK's answer."""
        import pyoxigraph as ox

        if self._store is None:
            store = ox.Store()
            store.load(self.to_turtle().encode("utf-8"), format=ox.RdfFormat.TURTLE)
            self._store = store
        answer = self._store.query(query)  # type: ignore[attr-defined]
        if isinstance(answer, ox.QueryBoolean):
            return bool(answer)
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            return [{n: row[n].value for n in names if row[n] is not None} for row in answer]
        raise ValueError("kg.sparql answers SELECT and ASK queries (CONSTRUCT/DESCRIBE: use to_turtle)")

    def networkx(self) -> nx.MultiDiGraph:
        """The entity graph the views, the GraphML export and ``kg stats`` use (a copy to change freely)."""
        if self._projected is None:
            from kg.viz.projection import project

            self._projected = project(self.result.triples.union())
        return self._projected.copy()

    def view(self, focus: str | None = None, *, depth: int = 1, pick: int = 1, title: str | None = None,
             height: int = 600) -> View:
        """The HTML view of the whole graph, or of ``focus``'s neighbourhood (a name in any spelling,
        a symbol or an IRI; ``pick`` chooses among several matches, as ``kg viz --pick``)."""
        from kg.viz import selection
        from kg.viz.html import render

        G = self.networkx()
        if focus:
            matches = selection.find_nodes(G, focus)
            if not matches:
                raise KeyError(f"nothing in the graph is named {focus!r}")
            centre = matches[min(max(pick, 1), len(matches)) - 1]
            if G.nodes[centre]["cls"] == "Directive":
                G = selection.directive_reach(G, centre)
            else:
                G = selection.neighbourhood(G, centre, depth)
            title = title or f"{G.nodes[centre]['label']} (±{depth})"
        title = title or "kg"
        return View(render(G, title=title), title=title, height=height)

    def sync(self, uri: str | None = None, *, user: str | None = None, password: str | None = None,
             database: str | None = None, force: bool = False):
        """Write the graph into Neo4j as ``kg sync`` does (same defaults: NEO4J_* or the local server)."""
        from kg.sync.connection import Settings, connect
        from kg.sync.engine import Syncer

        settings = Settings.resolve(uri, user, password, database)
        driver = connect(settings)
        try:
            with tempfile.TemporaryDirectory(prefix="kg-sync-") as tmp:
                (Path(tmp) / "graph.trig").write_text(self.to_trig(), encoding="utf-8")
                return Syncer(driver, settings.database).sync(Path(tmp), force=force)
        finally:
            driver.close()


def build(paths: str | Path | Iterable[str | Path], *, max_bytes: int = 5_000_000) -> KnowledgeGraph:
    """Build the graph of report files, folders or globs (what ``kg build`` reads), in memory."""
    if isinstance(paths, str | Path):
        paths = [paths]
    return KnowledgeGraph(build_graph([str(p) for p in paths], max_bytes=max_bytes))
