"""Node positions computed in Python, so the browser draws a finished picture instead of simulating one.

vis-network's physics takes about a minute to settle 1k nodes in headless Chromium and never
settles 10k; with positions given and physics off, 10k nodes draw in a few seconds. Two layouts:

- up to 80 nodes in a connected component: Kamada-Kawai (even edge lengths, readable labels);
- up to ``SMALL`` nodes: networkx's Fruchterman-Reingold
  (``spring_layout``, force method), which looks best and takes about a second at that size;
- larger components: the same forces, computed in O(n) per step with numpy. Attraction is exact
  along the edges; repulsion is split into a far field (every node is pushed by the centroids of
  a coarse grid of cells, weighted by how many nodes each holds, computed once per cell) and a
  near field (each node is
  pushed by its nearest neighbours in a space-filling order, which keeps nodes from overlapping).
  networkx's own spring layout is O(n²) per step: 30 s for 10k nodes with 10 steps here.

Components are laid out separately and packed in rows, largest first, so a stray pair of nodes
does not fly off to a corner. The result is deterministic for a given graph and seed.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SMALL = 600
EDGE_LENGTH = 140.0  # canvas units between neighbours; org boxes with their names are ~150 wide


def layout(G: nx.Graph, *, seed: int = 7, sizes: dict[str, float] | None = None) -> dict[str, tuple[float, float]]:
    """Positions for every node of ``G`` (any networkx graph), in vis-network canvas units.

    ``sizes`` (the drawn node sizes) make room for big nodes when labels are spread apart."""
    # Simple and undirected, built directly (networkx's views of a multigraph are slow), in sorted
    # order: the layouts walk adjacency in insertion order, which must not follow the hash seed.
    U = nx.Graph()
    U.add_nodes_from(sorted(G, key=str))
    U.add_edges_from(sorted({(u, v) if str(u) <= str(v) else (v, u) for u, v in G.edges() if u != v},
                            key=lambda e: (str(e[0]), str(e[1]))))
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list, np.ndarray]] = []
    for comp in comps:
        H = _subgraph(U, comp) if len(comp) <= SMALL else _Adjacency(U)
        placed.append((comp, _component(H, comp, seed)))
    pos = _pack(placed)
    if len(pos) <= LABEL_SPREAD_MAX:
        pos = spread_labels(pos, {n: str(G.nodes[n].get("label", "")) for n in G.nodes}, sizes=sizes)
    return pos


def _subgraph(U: nx.Graph, comp: list) -> nx.Graph:
    """``comp``'s part of ``U`` with nodes in ``comp``'s order (``U.subgraph(comp).copy()`` walks a
    set of the nodes, so its order, and with it the layout, would follow the hash seed)."""
    H = nx.Graph()
    H.add_nodes_from(comp)
    H.add_edges_from(U.edges(comp))
    return H


LABEL_SPREAD_MAX = 400
"""Up to this many nodes, positions are nudged until no two labels overlap (O(n²) per step)."""
CHAR_WIDTH, LABEL_HEIGHT, MAX_LABEL_WIDTH = 7.5, 22.0, 320.0


def spread_labels(pos: dict[str, tuple[float, float]], labels: dict[str, str], *,
                  sizes: dict[str, float] | None = None, steps: int = 80) -> dict[str, tuple[float, float]]:
    """Move nodes apart until their labels' boxes (text width x one line, under the node) no longer overlap.

    A star (a person and 18 posts at depth 1) laid out by Kamada-Kawai puts the posts on a circle
    whose neighbours are closer than their names are wide; their labels pile up. Each step pushes
    every overlapping pair apart along the axis where they overlap least (mostly vertically: names
    are wide), half each; the layout's shape stays, only crowded places open up.
    """
    nodes = list(pos)
    if len(nodes) < 2:
        return pos
    xy = np.array([pos[n] for n in nodes], dtype=float)
    r = np.array([3.5 * (sizes or {}).get(n, 0.0) for n in nodes])  # a drawn cylinder is ~3.5 x size
    w = np.maximum(np.array([min(CHAR_WIDTH * max(len(labels.get(n, "")), 2), MAX_LABEL_WIDTH) for n in nodes]),
                   r) + 12
    h = np.maximum(np.full(len(nodes), LABEL_HEIGHT), r + 4)
    for _ in range(steps):
        dx = xy[:, None, 0] - xy[None, :, 0]
        dy = xy[:, None, 1] - xy[None, :, 1]
        ox = (w[:, None] + w[None, :]) / 2 - np.abs(dx)
        oy = (h[:, None] + h[None, :]) / 2 - np.abs(dy)
        overlap = (ox > 0) & (oy > 0)
        np.fill_diagonal(overlap, False)
        if not overlap.any():
            break
        vertical = oy <= ox
        # ties (same point): split by index so that the push has a direction
        sy = np.where(dy == 0, np.sign(np.arange(len(nodes))[:, None] - np.arange(len(nodes))[None, :]), np.sign(dy))
        sx = np.where(dx == 0, sy, np.sign(dx))
        push_y = np.where(overlap & vertical, sy * (oy / 2 + 0.5), 0.0).sum(axis=1)
        push_x = np.where(overlap & ~vertical, sx * (ox / 2 + 0.5), 0.0).sum(axis=1)
        xy[:, 0] += np.clip(push_x, -60, 60)
        xy[:, 1] += np.clip(push_y, -60, 60)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(nodes, xy, strict=True)}


class _Adjacency:
    """The part of a graph's interface the large-component layout uses, without subgraph views."""

    def __init__(self, U: nx.Graph):
        self.U = U

    def edges(self):
        return self.U.edges()

    def degree(self, v) -> int:
        return len(self.U.adj[v])

    def neighbors(self, v):
        return iter(self.U.adj[v])

    def number_of_edges(self) -> int:
        return self.U.number_of_edges()


def _component(H, order: list, seed: int) -> np.ndarray:
    n = len(order)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH * 2, 0.0]])
    if n <= 80:
        pos = nx.kamada_kawai_layout(H)
        arr = np.array([pos[v] for v in order])
    elif n <= SMALL:
        pos = nx.spring_layout(H, seed=seed, method="force", iterations=80 if n < 200 else 50)
        arr = np.array([pos[v] for v in order])
    else:
        arr = grid_force_layout(H, order, seed=seed)
    return _normalise(H, order, arr)


def _normalise(H: nx.Graph, order: list, arr: np.ndarray) -> np.ndarray:
    """Scale so that the median edge is ``EDGE_LENGTH`` long, centred on the origin."""
    index = {v: i for i, v in enumerate(order)}
    pairs = [(index[u], index[v]) for u, v in H.edges() if u in index]
    if pairs:
        e = np.array(pairs)
        lengths = np.linalg.norm(arr[e[:, 0]] - arr[e[:, 1]], axis=1)
        med = float(np.median(lengths)) or 1.0
    else:
        med = 1.0
    target = EDGE_LENGTH * (1.3 if len(order) <= 80 else 1.0)  # small graphs: room for their labels
    arr = (arr - arr.mean(axis=0)) * (target / med)
    # Force layouts pack a dense core tighter than its median edge suggests: give every node at
    # least a square of EDGE_LENGTH on a side, so the core's labels do not pile up.
    span = np.maximum(arr.max(axis=0) - arr.min(axis=0), 1.0)
    need = len(order) * (1.3 * EDGE_LENGTH) ** 2
    if len(order) > 80 and span[0] * span[1] < need:
        arr *= math.sqrt(need / (span[0] * span[1]))
    return arr


def grid_force_layout(H: nx.Graph, order: list, *, seed: int = 7, iterations: int = 60,
                      cells: int = 24, near: int = 6) -> np.ndarray:
    """Fruchterman-Reingold forces in O(n) per step (see the module docstring)."""
    n = len(order)
    rng = np.random.default_rng(seed)
    index = {v: i for i, v in enumerate(order)}
    edges = np.array([(index[u], index[v]) for u, v in H.edges() if u != v and u in index],
                     dtype=np.int64).reshape(-1, 2)
    k = 1.0
    # Start from a BFS ring layout around the best-connected node: neighbours start close together,
    # so the forces only have to untangle, not to find the structure.
    pos = _bfs_rings(H, order, index, rng) * k
    side = math.sqrt(n) * k
    temperature = side / 8
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        # Attraction along edges: f = d² / k.
        if len(edges):
            delta = pos[edges[:, 1]] - pos[edges[:, 0]]
            dist = np.maximum(np.linalg.norm(delta, axis=1), 1e-6)
            f = delta * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], f)
            np.add.at(disp, edges[:, 1], -f)
        # Far field: repulsion from the mass of each coarse cell, f = k² m / d.
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-6)
        cell = np.minimum((pos - lo) / span * cells, cells - 1).astype(np.int64)
        cid = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(cid, minlength=cells * cells).astype(float)
        cx = np.bincount(cid, weights=pos[:, 0], minlength=cells * cells)
        cy = np.bincount(cid, weights=pos[:, 1], minlength=cells * cells)
        full = np.flatnonzero(mass > 0)
        centres = np.stack([cx[full] / mass[full], cy[full] / mass[full]], axis=1)
        m = mass[full]
        d = centres[:, None, :] - centres[None, :, :]
        d2 = np.maximum((d * d).sum(axis=2), (k * 0.5) ** 2)
        w = m[None, :] / d2
        np.fill_diagonal(w, 0.0)  # a cell's own nodes push each other in the near field below
        cell_force = k * k * (d * w[:, :, None]).sum(axis=1)
        disp += cell_force[np.searchsorted(full, cid)]
        # Near field: exact repulsion from the nodes next in cell order (same or adjacent cells).
        sort = np.lexsort((pos[:, 1], cid))
        ps = pos[sort]
        near_disp = np.zeros((n, 2))
        for off in range(1, near + 1):
            d = ps[:-off] - ps[off:]
            d2 = np.maximum((d * d).sum(axis=1), 1e-4)
            f = d * (k * k / d2)[:, None]
            near_disp[:-off] += f
            near_disp[off:] -= f
        disp[sort] += near_disp
        # Move, capped by the temperature; a little jitter breaks exact overlaps.
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        step = np.minimum(length, temperature)
        pos += disp / length[:, None] * step[:, None] + rng.normal(0, 1e-3, (n, 2))
        temperature = max(temperature - cooling, k * 0.05)
    return pos


def _bfs_rings(H: nx.Graph, order: list, index: dict, rng: np.random.Generator) -> np.ndarray:
    """Concentric rings by BFS depth from the highest-degree node, children near their parent's angle."""
    n = len(order)
    root = max(order, key=lambda v: (H.degree(v), str(v)))
    angle = np.zeros(n)
    depth = np.zeros(n)
    seen = {root}
    frontier = [root]
    level = 0
    while frontier:
        level += 1
        nxt = []
        for parent in frontier:
            for child in H.neighbors(parent):
                if child not in seen:
                    seen.add(child)
                    depth[index[child]] = level
                    angle[index[child]] = angle[index[parent]]
                    nxt.append(child)
        # Spread the ring: sort by inherited angle, then space evenly.
        nxt.sort(key=lambda v: angle[index[v]])
        for i, v in enumerate(nxt):
            angle[index[v]] = 2 * math.pi * (i + rng.random() * 0.5) / max(1, len(nxt))
        frontier = nxt
    radius = np.sqrt(np.maximum(depth, 0)) * math.sqrt(n) / max(1.0, math.sqrt(depth.max() or 1))
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)


def _pack(placed: list[tuple[list, np.ndarray]]) -> dict[str, tuple[float, float]]:
    """Shelf-pack the components' bounding boxes into rows of roughly square overall shape."""
    boxes = []
    for comp, arr in placed:
        lo, hi = arr.min(axis=0), arr.max(axis=0)
        # Room for the labels of small components (a name is wider than a node).
        boxes.append((comp, arr - lo + [EDGE_LENGTH, 0], np.maximum(hi - lo, 0) + [EDGE_LENGTH * 2.2, EDGE_LENGTH]))
    total = sum(float(b[2][0] * b[2][1]) for b in boxes)
    row_width = max(math.sqrt(total) * 1.2, float(boxes[0][2][0]) if boxes else 0.0)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, arr, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for v, (px, py) in zip(comp, arr, strict=True):
            out[v] = (round(float(px + x), 1), round(float(py + y), 1))
        x += float(w)
        row_h = max(row_h, float(h))
    return out
