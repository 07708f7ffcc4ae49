"""Labels do not pile up: after the layout, no two label boxes of a small view overlap."""

from __future__ import annotations

import networkx as nx

from kg.viz.layout import CHAR_WIDTH, LABEL_HEIGHT, layout


def _boxes_overlap(pos, labels) -> list[tuple[str, str]]:
    out = []
    items = list(pos)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            wa, wb = CHAR_WIDTH * len(labels[a]), CHAR_WIDTH * len(labels[b])
            if abs(pos[a][0] - pos[b][0]) < (wa + wb) / 2 and abs(pos[a][1] - pos[b][1]) < LABEL_HEIGHT:
                out.append((a, b))
    return out


def test_a_person_with_eighteen_posts_has_readable_labels():
    G = nx.MultiDiGraph()
    G.add_node("me", label="Một Người Trung Tâm")
    labels = {"me": "Một Người Trung Tâm"}
    for i in range(18):
        name = f"Phó Trưởng ban Thường trực Ban Tổ chức số {i}"
        G.add_node(f"p{i}", label=name)
        labels[f"p{i}"] = name
        G.add_edge("me", f"p{i}", key="holds")
    pos = layout(G)
    assert _boxes_overlap(pos, labels) == []
