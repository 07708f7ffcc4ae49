"""A career and a post's holders as a timeline: bars from stated or seen dates, text escaped, no script."""

from __future__ import annotations

import networkx as nx

from kg.viz import timeline


def graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("p", cls="Person", label="Trần <b>Văn</b> Một")
    G.add_node("q", cls="Person", label="Lê Thị Hai")
    G.add_node("post1", cls="Post", label="Bí thư Huyện ủy Hòa Bình")
    G.add_node("post2", cls="Post", label="Phó Chủ tịch Ủy ban nhân dân tỉnh")
    G.add_node("org", cls="Organization", label="Huyện ủy Hòa Bình")
    G.add_edge("post1", "org", key="postIn", pred="postIn")
    G.add_edge("p", "post1", key="t1", pred="holds", status="former", startDate="2015-10", endDate="2020-09-30",
               reports=["r1", "r2"])
    G.add_edge("p", "post2", key="t2", pred="holds", status="holds", firstSeen="2021-03-02", lastSeen="2024-05-02",
               reports=["r3"])
    G.add_edge("q", "post1", key="t3", pred="holds", status="holds", firstSeen="--12-08", reports=["r4"])
    return G


def test_a_career_is_the_persons_posts_oldest_first():
    bars = timeline.tenures(graph(), "p")
    assert [(b.label, b.sub, b.status, b.start, b.end, b.stated_start) for b in bars] == [
        ("Bí thư Huyện ủy Hòa Bình", "Huyện ủy Hòa Bình", "former", "2015-10", "2020-09-30", True),
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "", "holds", "2021-03-02", "2024-05-02", False),
    ]
    assert bars[0].span == (2015 + 9 / 12, timeline.year_fraction("2020-09-30", end=True))


def test_a_posts_holders_and_a_date_without_a_year():
    bars = timeline.tenures(graph(), "post1")
    assert [b.label for b in bars] == ["Trần <b>Văn</b> Một", "Lê Thị Hai"]
    page = timeline.render(graph(), "post1")
    assert "Lê Thị Hai — holds, --12-08" in page  # listed under the chart, not placed
    assert "Trần &lt;b&gt;Văn&lt;/b&gt; Một" in page and "<b>Văn</b>" not in page
    assert "<script" not in page and "default-src 'none'" in page


def test_seen_only_tenures_are_hatched_and_stated_ones_solid():
    page = timeline.render(graph(), "p")
    assert page.count('fill="url(#seen)"') == 1
    assert f'fill="{timeline.STATUS_COLOURS["former"]}"' in page
