"""Network measures of officials, as plain functions over the projected graph (networkx style).

Every function takes the entity graph of :func:`kg.viz.projection.project` (a ``MultiDiGraph``
whose nodes carry ``cls`` and ``label`` and whose edges carry ``pred``) and returns plain Python
data, so ``kg stats`` prints it, ``kg viz --size-by`` sizes nodes by it, and a notebook can use it.

- :func:`degree` and :func:`betweenness`: how connected and how much "in between" each official is;
- :func:`co_attendance` and :func:`communities`: officials who attend the same events, and the
  groups they form (Louvain, fixed seed, so the same graph gives the same groups);
- :func:`shortest_path`: how two officials are connected, hop by hop, with the relationship of each hop.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, cls in [("a", "Person"), ("b", "Person"), ("c", "Person"), ("e1", "Event"), ("p", "Post")]:
...     G.add_node(n, cls=cls, label=n.upper())
>>> for u, v, pred in [("a", "e1", "attended"), ("b", "e1", "chaired"), ("c", "p", "holds"), ("a", "p", "holds")]:
...     _ = G.add_edge(u, v, key=pred, pred=pred)
>>> degree(G)
{'a': 2, 'b': 1, 'c': 1}
>>> sorted(co_attendance(G).edges(data="weight"))
[('a', 'b', 1)]
>>> [sorted(c) for c in communities(G)]
[['a', 'b']]
>>> [(hop.label, hop.pred) for hop in shortest_path(G, "b", "c")]
[('B', None), ('E1', 'chaired'), ('A', 'attended'), ('P', 'holds'), ('C', 'holds')]
>>> round(betweenness(G)["a"], 3)
0.667
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.vocab import KG, local_name, sub_properties

PERSON = local_name(KG.Person)  # the closed KG namespace checks the ontology declares it


def attendance_predicates() -> frozenset[str]:
    """``attended`` and its sub-properties (``chaired``, ``spokeAt``), from the ontology (which ships
    with the package, so there is no fallback list here to drift from it)."""
    return sub_properties("attended")


def simple(G: nx.Graph) -> nx.Graph:
    """The undirected simple graph under ``G`` (parallel edges and directions merged)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def officials(G: nx.Graph) -> list[str]:
    """Person nodes, in IRI order."""
    return sorted(n for n, d in G.nodes(data=True) if d.get("cls") == PERSON)


def degree(G: nx.Graph, *, cls: str | None = PERSON) -> dict[str, int]:
    """Number of distinct neighbours of each node of class ``cls`` (all nodes if None)."""
    H = simple(G)
    return {n: H.degree(n) for n in sorted(H) if cls is None or H.nodes[n].get("cls") == cls}


def betweenness(G: nx.Graph, *, cls: str | None = PERSON, sample: int | None = None, seed: int = 0) -> dict[str, float]:
    """Normalised betweenness centrality on the undirected simple graph.

    Exact up to 3 000 nodes; above, estimated from ``sample`` (default 500) source nodes, which
    keeps 50k-node graphs to seconds instead of hours.
    """
    H = simple(G)
    k = sample if sample is not None else (None if len(H) <= 3000 else 500)
    scores = nx.betweenness_centrality(H, k=min(k, len(H)) if k else None, seed=seed, normalized=True)
    return {n: s for n, s in sorted(scores.items()) if cls is None or H.nodes[n].get("cls") == cls}


def co_attendance(G: nx.Graph) -> nx.Graph:
    """Persons joined when they attended (chaired, spoke at) the same event; ``weight`` = shared events."""
    preds = attendance_predicates()
    by_event: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("pred") in preds and G.nodes[u].get("cls") == PERSON:
            by_event.setdefault(v, set()).add(u)
    C = nx.Graph()
    for people in by_event.values():
        ordered = sorted(people)
        C.add_nodes_from(ordered)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                w = C.get_edge_data(a, b, {"weight": 0})["weight"]
                C.add_edge(a, b, weight=w + 1)
    for n in C:
        C.nodes[n].update(G.nodes[n])
    return C


def communities(G: nx.Graph, *, seed: int = 0) -> list[set[str]]:
    """Groups of co-attending officials (Louvain on :func:`co_attendance`), largest first."""
    C = co_attendance(G)
    if C.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(C, weight="weight", seed=seed)
    return sorted((set(c) for c in found if len(c) > 1), key=lambda c: (-len(c), sorted(c)))


@dataclass(frozen=True)
class Hop:
    """One node on a path and the relationship that led to it (None for the first)."""

    node: str
    label: str
    pred: str | None
    forward: bool  # True when the edge points from the previous node to this one


def shortest_path(G: nx.MultiDiGraph, source: str, target: str) -> list[Hop]:
    """The shortest chain of relationships between two nodes, ignoring direction; [] if none."""
    U = G.to_undirected(as_view=True)
    try:
        nodes = nx.shortest_path(U, source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
    hops = [Hop(nodes[0], G.nodes[nodes[0]].get("label", nodes[0]), None, True)]
    for a, b in zip(nodes, nodes[1:], strict=False):
        if G.has_edge(a, b):
            pred, forward = sorted(d.get("pred", "") for d in G.get_edge_data(a, b).values())[0], True
        else:
            pred, forward = sorted(d.get("pred", "") for d in G.get_edge_data(b, a).values())[0], False
        hops.append(Hop(b, G.nodes[b].get("label", b), pred, forward))
    return hops


@dataclass(frozen=True)
class OfficialRow:
    node: str
    label: str
    degree: int
    betweenness: float
    community: int | None  # index into communities(G), None when in no group


def rank_officials(G: nx.MultiDiGraph, *, top: int = 20, by: str = "betweenness") -> list[OfficialRow]:
    """The ``top`` officials by betweenness (or degree), with their community number."""
    deg = degree(G)
    btw = betweenness(G)
    member = {n: i for i, c in enumerate(communities(G)) for n in c}
    rows = [OfficialRow(n, G.nodes[n].get("label", n), deg.get(n, 0), btw.get(n, 0.0), member.get(n))
            for n in officials(G)]
    key = (lambda r: (-r.betweenness, -r.degree, r.label)) if by == "betweenness" else (
        lambda r: (-r.degree, -r.betweenness, r.label))
    return sorted(rows, key=key)[:top]
