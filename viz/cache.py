"""The projected view graph of a build, kept beside it so that ``kg viz`` and ``kg stats`` start at once.

Parsing ``graph.ttl`` with rdflib and projecting it (:func:`kg.viz.projection.project`) is what made
``kg viz --focus`` on the corpus take half a minute: about 15 µs per triple for 435k triples, then
the projection, before the few dozen nodes of a focus view were even chosen. ``kg build`` already
projects the graph to draw ``graph.html``; it saves that projection as ``graph.view.json``, and the
commands read it back (about a second for the corpus) when it belongs to the ``graph.ttl`` beside
it (same SHA-256), else they parse and project as before and leave a fresh cache behind.

JSON and not pickle: a build folder may come from someone else, and loading a pickle runs code.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

CACHE_NAME = "graph.view.json"
VERSION = 2
"""Bumped when the projection's shape changes, so that an old cache is not read as a new one."""
HEAVY = ("mentions", "reports")
"""Attributes kept out of the cache's first line (quotes, sentences, report lists): a focus view reads
them for its few dozen nodes only (one seek each), not for the 11k of the corpus."""


def ttl_of(path: Path) -> Path:
    """The Turtle file of a build folder or the file itself."""
    path = Path(path)
    return path if path.is_file() or path.suffix.lower() in (".ttl", ".turtle") else path / "graph.ttl"


def digest(ttl: Path) -> str:
    h = hashlib.sha256()
    with open(ttl, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _light(d: dict) -> dict:
    return {k: v for k, v in d.items() if k not in HEAVY}


def save(G: nx.MultiDiGraph, ttl: Path, cache: Path | None = None) -> Path | None:
    """Write ``G`` as the cache of ``ttl`` (beside it unless ``cache`` says where); None if it cannot.

    Line 1 is the graph without its heavy attributes, the report table and, per node, where its
    line is; each further line holds one node's heavy attributes and those of its outgoing edges.
    """
    ttl = Path(ttl)
    cache = Path(cache) if cache is not None else ttl.with_name(CACHE_NAME)
    try:
        lines: list[bytes] = []
        where: dict[str, list[int]] = {}
        for n, d in G.nodes(data=True):
            heavy = {k: d[k] for k in HEAVY if d.get(k)}
            out = [[v, k, {h: e[h] for h in HEAVY if e.get(h)}] for _, v, k, e in G.out_edges(n, keys=True, data=True)
                   if any(e.get(h) for h in HEAVY)]
            if heavy or out:
                where[n] = [len(lines)]
                lines.append(json.dumps({"d": heavy, "e": out}, ensure_ascii=False, separators=(",", ":")).encode())
        light = nx.MultiDiGraph()
        light.graph.update(G.graph)
        light.add_nodes_from((n, _light(d)) for n, d in G.nodes(data=True))
        light.add_edges_from((u, v, k, _light(e)) for u, v, k, e in G.edges(keys=True, data=True))
        offset = 0
        for n, (i,) in list(where.items()):
            where[n] = [offset, len(lines[i])]
            offset += len(lines[i]) + 1
        head = json.dumps({"version": VERSION, "ttl_sha256": digest(ttl), "where": where,
                           "graph": nx.node_link_data(light, edges="links")},
                          ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        fd, tmp = tempfile.mkstemp(prefix=".kg-view-", dir=cache.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(head)
            for line in lines:
                f.write(line + b"\n")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # like the build's other files (mkstemp makes it owner-only)
        os.replace(tmp, cache)
        return cache
    except OSError:  # a read-only build folder: the commands still work, only slower
        return None


class LazyView:
    """The cached graph with light attributes only, and :meth:`fill` to add the heavy ones to a part."""

    def __init__(self, cache: Path, G: nx.MultiDiGraph, where: dict[str, list[int]], base: int):
        self.cache, self.G, self.where, self.base = cache, G, where, base

    def fill(self, H: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """``H`` (a subgraph of :attr:`G`, copied) with its nodes' and edges' mentions and reports."""
        with open(self.cache, "rb") as f:
            for n in H.nodes:
                for k in HEAVY:
                    H.nodes[n].setdefault(k, [])
                spot = self.where.get(n)
                if spot is None:
                    continue
                f.seek(self.base + spot[0])
                item = json.loads(f.read(spot[1]))
                H.nodes[n].update(item["d"])
                for v, key, heavy in item["e"]:
                    if H.has_edge(n, v, key):
                        H.edges[n, v, key].update(heavy)
        for *_, e in H.edges(data=True):
            for k in HEAVY:
                e.setdefault(k, [])
        return H


def load_lazy(path: Path) -> LazyView | None:
    """The cache of the build at ``path`` without its heavy attributes, or None (missing, stale, broken)."""
    ttl = ttl_of(path)
    cache = ttl.with_name(CACHE_NAME)
    if not cache.is_file() or not ttl.is_file():
        return None
    try:
        with open(cache, "rb") as f:
            first = f.readline()
        data = json.loads(first)
        if data.get("version") != VERSION or data.get("ttl_sha256") != digest(ttl):
            return None
        G = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="links")
        return LazyView(cache, G, data["where"], len(first))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load(path: Path) -> nx.MultiDiGraph | None:
    """The cached projection of the build at ``path`` (every attribute), or None."""
    lazy = load_lazy(path)
    if lazy is None:
        return None
    try:
        return lazy.fill(lazy.G.copy())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def projected(path: Path) -> nx.MultiDiGraph:
    """The view graph of a build: from its cache when current, else parsed, projected and cached."""
    G = load(path)
    if G is not None:
        return G
    from kg.build import read_graph
    from kg.viz.projection import project

    G = project(read_graph(Path(path)))
    save(G, ttl_of(path))
    return G


def projected_lazy(path: Path) -> LazyView:
    """Like :func:`projected`, but light: select on ``.G``, then ``.fill(part)`` before drawing it."""
    lazy = load_lazy(path)
    if lazy is not None:
        return lazy
    projected(path)
    lazy = load_lazy(path)
    if lazy is None:  # the folder could not take a cache: a view of the parsed graph, already full
        from kg.build import read_graph
        from kg.viz.projection import project

        G = project(read_graph(Path(path)))
        return _Full(G)
    return lazy


class _Full(LazyView):
    def __init__(self, G: nx.MultiDiGraph):
        self.G = G

    def fill(self, H: nx.MultiDiGraph) -> nx.MultiDiGraph:
        return H
