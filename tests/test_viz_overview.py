"""The corpus overview: organizations grouped by province or central body, sized by people, linked by
the officials two groups share."""

from __future__ import annotations

import networkx as nx

from kg.viz.overview import overview


def graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, cls, label in [("pl-old", "Place", "Gia Lai"), ("pl-new", "Place", "Gia Lai"),
                          ("tu", "PartyOrganization", "Tỉnh ủy Gia Lai"),
                          ("bdv", "PartyOrganization", "Ban Dân vận Tỉnh ủy Gia Lai"),
                          ("ubnd", "StateOrganization", "Ủy ban nhân dân tỉnh Gia Lai"),
                          ("bch", "PartyOrganization", "Ban Chấp hành Trung ương Đảng"),
                          ("bct", "PartyOrganization", "Bộ Chính trị"),
                          ("a", "Person", "Người A"), ("b", "Person", "Người B"), ("c", "Person", "Người C")]:
        group = "Organization" if cls.endswith("Organization") else cls
        G.add_node(n, cls=cls, group=group, label=label, reports=[])
    G.add_edge("tu", "pl-old", key="jurisdiction", pred="jurisdiction")
    G.add_edge("ubnd", "pl-new", key="jurisdiction", pred="jurisdiction")
    G.add_edge("bdv", "tu", key="subOrganizationOf", pred="subOrganizationOf")
    G.add_edge("bct", "bch", key="subOrganizationOf", pred="subOrganizationOf")
    for post, org in [("p1", "tu"), ("p2", "bdv"), ("p3", "ubnd"), ("p4", "bct")]:
        G.add_node(post, cls="Post", group="Post", label=f"chức vụ {post}", reports=[])
        G.add_edge(post, org, key="postIn", pred="postIn")
    for person, post in [("a", "p1"), ("b", "p2"), ("c", "p3"), ("a", "p4")]:
        G.add_edge(person, post, key=f"t-{person}-{post}", pred="holds", reports=[f"r-{person}"])
    return G


def test_provinces_before_and_after_2025_are_one_group_and_bodies_group_under_their_top():
    H, sizes = overview(graph(), build="out", min_people=1)
    assert sorted(H.nodes) == ["body:bch", "province:Gia Lai"]
    assert sizes == {"province:Gia Lai": 3.0, "body:bch": 1.0}
    assert H.nodes["province:Gia Lai"]["label"] == "Gia Lai · 3"
    assert 'kg viz out --province "Gia Lai"' in H.nodes["province:Gia Lai"]["props"]["xem chi tiết / drill down"]


def test_groups_sharing_an_official_are_linked_with_the_count():
    H, _ = overview(graph(), min_people=1)
    (edge,) = H.edges(data=True)
    assert {edge[0], edge[1]} == {"body:bch", "province:Gia Lai"}
    assert edge[2]["người chung / shared officials"] == 1


def test_small_groups_are_left_out_and_counted():
    H, _ = overview(graph())  # at least 2 people by default: the central body has 1
    assert list(H.nodes) == ["province:Gia Lai"] and H.graph["left_out"] == 1
    H, _ = overview(graph(), min_people=1, top=1)
    assert list(H.nodes) == ["province:Gia Lai"]
