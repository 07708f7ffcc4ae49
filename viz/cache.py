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
VERSION = 1
"""Bumped when the projection's shape changes, so that an old cache is not read as a new one."""


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


def save(G: nx.MultiDiGraph, ttl: Path, cache: Path | None = None) -> Path | None:
    """Write ``G`` as the cache of ``ttl`` (beside it unless ``cache`` says where); None if it cannot."""
    ttl = Path(ttl)
    cache = Path(cache) if cache is not None else ttl.with_name(CACHE_NAME)
    try:
        data = {"version": VERSION, "ttl_sha256": digest(ttl), "graph": nx.node_link_data(G, edges="links")}
        fd, tmp = tempfile.mkstemp(prefix=".kg-view-", dir=cache.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # like the build's other files (mkstemp makes it owner-only)
        os.replace(tmp, cache)
        return cache
    except OSError:  # a read-only build folder: the commands still work, only slower
        return None


def load(path: Path) -> nx.MultiDiGraph | None:
    """The cached projection of the build at ``path``, or None when missing, stale or unreadable."""
    ttl = ttl_of(path)
    cache = ttl.with_name(CACHE_NAME)
    if not cache.is_file() or not ttl.is_file():
        return None
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("version") != VERSION or data.get("ttl_sha256") != digest(ttl):
            return None
        return nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="links")
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
