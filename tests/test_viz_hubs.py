"""A hub met at depth 2 (a post a hundred people hold) is drawn, not expanded: one group stands for the rest."""

from __future__ import annotations

import networkx as nx

from kg.viz import selection


def test_a_hub_is_not_expanded_and_its_other_neighbours_are_one_group():
    G = nx.MultiDiGraph()
    G.add_node("me", cls="Person", group="Person", label="Người trung tâm")
    G.add_node("hub", cls="Post", group="Post", label="Ủy viên Ban Chấp hành Trung ương Đảng")
    G.add_node("own", cls="Post", group="Post", label="Bí thư Tỉnh ủy")
    G.add_node("org", cls="Organization", group="Organization", label="Tỉnh ủy")
    G.add_edge("me", "hub", key="t0", pred="holds")
    G.add_edge("me", "own", key="t1", pred="holds")
    G.add_edge("own", "org", key="postIn", pred="postIn")
    for i in range(100):
        G.add_node(f"p{i}", cls="Person", group="Person", label=f"Người {i:03d}")
        G.add_edge(f"p{i}", "hub", key=f"h{i}", pred="holds")
    H = selection.neighbourhood(G, "me", 2, build="out")
    assert {"me", "hub", "own", "org", "group:hub"} == set(H.nodes)
    group = H.nodes["group:hub"]
    assert group["label"] == "+ 100 …" and group["cls"] == "Person"
    assert group["props"]["ẩn / hidden"].startswith("Người 000; Người 001")
    assert group["props"]["xem / expand"] == 'kg viz out --focus "hub" --depth 1 --out hub.html'
    assert list(H.edges("group:hub", data="pred")) == [("group:hub", "hub", "holds")]
    # the centre itself is always expanded, and no limit means everything
    assert len(selection.neighbourhood(G, "hub", 1)) == 102
    assert len(selection.neighbourhood(G, "me", 2, hub_limit=None)) == 104
