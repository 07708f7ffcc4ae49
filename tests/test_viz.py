"""The projection, the page's markup and data, the selections and the ``kg viz`` / ``kg stats`` commands."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Literal

import kg.analytics
import kg.viz.html
from kg.cli import main
from kg.viz import selection
from kg.viz.html import render, script_json, write_html
from kg.viz.projection import exportable, project, safe_url
from kg.viz.synthetic import synthetic_graph
from kg.vocab import ID, KG
from tests.fixtures_viz import XSS_NAME, GraphBuilder, build_seedlike

DUNG = str(ID["person/ncd"])
HOA = str(ID["person/lvh"])
BITHU = str(ID["post/bi-thu-tinh-uy"])
CHUTICH = str(ID["post/chu-tich-ubnd"])
KL62 = str(ID["directive/62-kl-tw"])
EVENT = str(ID["event/so-ket"])


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


# ------------------------------------------------------------------------------------------------
# Projection


def test_tenure_becomes_the_holds_edge_with_status_dates_and_quote(seedlike_graph):
    G = project(seedlike_graph)
    (data,) = G.get_edge_data(HOA, CHUTICH).values()
    assert data["pred"] == "holds"
    assert (data["status"], data["firstSeen"], data["lastSeen"], data["endDate"]) == (
        "former", "2020-03-01", "2024-12-18", "2024-06-30")
    assert [m["quote"] for m in data["mentions"]] == ["Lê Văn Hòa, nguyên Chủ tịch UBND tỉnh"]


def test_mentions_reports_tenures_and_roles_are_data_not_nodes(seedlike_graph):
    G = project(seedlike_graph)
    assert {d["cls"] for _, d in G.nodes(data=True)} == {
        "Person", "Post", "PartyOrganization", "StateOrganization", "Directive", "Event", "Place"}
    assert G.nodes[BITHU]["concepts"] == {"hasRole": "Bí thư"}
    (quote,) = G.nodes[DUNG]["mentions"]
    assert quote["quote"] == "Nguyễn Chí Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"
    report = G.graph["reports"][quote["report"]]
    assert report["title"] == "Tỉnh ủy sơ kết 3 năm thực hiện Kết luận số 62-KL/TW"
    assert report["url"] == "https://baotinh.example.vn/tin/so-ket-62"


def test_the_most_specific_property_wins_and_unmentioned_provinces_are_left_out(seedlike_graph):
    G = project(seedlike_graph)
    assert [d["pred"] for d in G.get_edge_data(DUNG, EVENT).values()] == ["chaired"]
    assert [d["pred"] for d in G.get_edge_data(HOA, EVENT).values()] == ["attended"]
    assert str(ID["place/ca-mau"]) not in G
    assert G.nodes[str(ID["org/tinh-uy"])]["label_en"] == "Binh Dinh Provincial Party Committee"


def test_reference_places_appear_only_next_to_what_reports_mention(seedlike_graph):
    g = seedlike_graph
    # The build writes every province and its 2025 merger; nobody mentions Gia Lai here.
    g.add((ID["place/gia-lai"], RDF.type, KG.Place))
    g.add((ID["place/gia-lai"], RDFS.label, Literal("Gia Lai", lang="vi")))
    g.add((ID["place/binh-dinh"], KG.mergedInto, ID["place/gia-lai"]))
    g.add((ID["place/ca-mau"], KG.mergedInto, ID["place/gia-lai"]))
    G = project(g)
    assert str(ID["place/binh-dinh"]) in G  # mentioned
    assert str(ID["place/gia-lai"]) in G  # next to a mentioned place: context
    assert str(ID["place/ca-mau"]) not in G  # two steps from anything a report says
    assert str(ID["place/ca-mau"]) in project(g, keep_reference=True)


def test_english_names_from_kg_label_en(seedlike_graph):
    g = seedlike_graph
    ubnd = ID["org/ubnd"]
    g.add((ubnd, KG.labelEn, Literal("Provincial People's Committee", lang="en")))
    assert project(g).nodes[str(ubnd)]["label_en"] == "Provincial People's Committee"
    assert project(g).nodes[str(ubnd)]["label"] == "UBND tỉnh Bình Định"


def test_only_http_urls_survive():
    assert safe_url("https://baomoi.com/a.epi") == "https://baomoi.com/a.epi"
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("data:text/html,<script>") == ""
    assert safe_url("//evil.example/x") == ""


# ------------------------------------------------------------------------------------------------
# The page


def test_one_utf8_file_that_loads_nothing_from_the_network(tmp_path: Path, seedlike_graph):
    out = tmp_path / "g.html"
    write_html(seedlike_graph, out, title="Bình Định")
    raw = out.read_bytes()
    html = raw.decode("utf-8")  # written as UTF-8 whatever the platform's default
    assert "Bình Định" in html
    assert not re.search(r"<(script|img|iframe|link|source|embed)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.I)
    assert not re.search(r"@import", html, re.I)
    # Outside vis-network (licence notices only), no http(s):// text at all: report URLs are JSON
    # with "/" escaped, so even a naive scan of the page finds none.
    assets = Path(kg.viz.html.__file__).parent / "assets"
    ours = html
    for vendored in ("vis-network.min.js", "vis-network.min.css"):
        ours = ours.replace((assets / vendored).read_text(encoding="utf-8"), "")
    assert len(ours) < len(html) - 800_000
    assert re.findall(r"https?://", ours) == []
    # A Content-Security-Policy that forbids any connection and allows only our scripts by hash.
    assert "default-src 'none'" in html and "connect-src 'none'" in html and "'unsafe-inline'" not in \
        html.split("script-src", 1)[1].split(";", 1)[0]


def test_strings_from_reports_cannot_end_the_data_script_or_become_markup(hostile_graph):
    html = render(project(hostile_graph), title='<script>alert("heading")</script>')
    data_block = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    assert page_data(html)["nodes"][[n["l"] for n in page_data(html)["nodes"]].index(XSS_NAME)]["l"] == XSS_NAME
    assert "<title>&lt;script&gt;alert(&quot;heading&quot;)&lt;/script&gt;</title>" in html
    assert '<h1 id="heading">&lt;script&gt;' in html
    assert html.count("<script") == 3  # the data block, vis-network, the page script: nothing injected


def test_script_json_escapes_line_separators_and_round_trips():
    text = script_json({"q": "a\u2028b\u2029c</script><!--&"})
    assert "\u2028" not in text and "\u2029" not in text and "</" not in text and "<!--" not in text
    assert json.loads(text) == {"q": "a\u2028b\u2029c</script><!--&"}


def test_page_script_never_writes_html():
    js = (Path(kg.viz.html.__file__).parent / "assets" / "page.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*[\s\S]*?\*/|//[^\n]*", "", js)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink


def test_legend_and_search_keys_come_from_the_ontology_and_textkey(seedlike_graph):
    data = page_data(render(project(seedlike_graph)))
    person = next(c for c in data["classes"] if c["name"] == "Person")
    assert (person["vi"], person["en"], person["colour"], person["shape"]) == ("Người", "Person", "#e6194b", "dot")
    party = next(c for c in data["classes"] if c["name"] == "PartyOrganization")
    assert party["parent"] == "Organization"
    node = next(n for n in data["nodes"] if n["l"] == "Lê Văn Hòa")
    key, ascii_part = node["k"].split("\u0001")
    assert "lê văn hoà" in key and "le van hoa" in ascii_part


def test_above_the_limit_the_page_draws_the_most_connected_part_and_says_so():
    G = project(synthetic_graph(400))
    data = page_data(render(G, max_nodes=100))
    assert len(data["nodes"]) == 100
    assert "400" in data["notice"] and "100" in data["notice"] and "kg viz --focus" in data["notice"]
    hubs = sorted(G.nodes, key=lambda n: -G.degree(n))[:5]
    assert {n["i"] for n in data["nodes"]} >= set(hubs)


# ------------------------------------------------------------------------------------------------
# Selections


def two_dungs():
    """Two officials named Nguyễn Văn Dũng in different provinces, in two tone styles."""
    b = GraphBuilder.new(title="Bổ nhiệm cán bộ")
    for slug, name, post in (("d1", "Nguyễn Văn Dũng", "Giám đốc Sở Tài chính tỉnh Phú Yên"),
                             ("d2", "NGUYỄN VĂN DŨNG", "Chủ tịch UBND tỉnh Hòa Bình")):
        p = b.entity("person", slug, KG.Person, name)
        q = b.entity("post", slug, KG.Post, post)
        b.tenure(p, q, "appointed", f"{name}, {post}", firstSeen="2023-05-01")
    return b.g


def test_find_nodes_ignores_tone_style_case_and_diacritics(seedlike_graph):
    G = project(seedlike_graph)
    for q in ("Lê Văn Hòa", "lê văn hoà", "LE VAN HOA", HOA):
        assert selection.find_nodes(G, q) == [HOA], q
    assert selection.find_nodes(G, "62-kl/tw") == [KL62]


def test_kg_viz_lists_ambiguous_focus_with_posts_and_asks_to_choose(tmp_path: Path, capsys):
    ttl = tmp_path / "g.ttl"
    two_dungs().serialize(ttl, format="turtle")
    assert main(["viz", str(ttl), "--focus", "nguyen van dung", "--out", str(tmp_path / "v.html")]) == 1
    err = capsys.readouterr().err
    assert "matches 2 nodes" in err and "--pick" in err
    assert "Giám đốc Sở Tài chính tỉnh Phú Yên (appointed, 2023-05-01)" in err
    assert "Chủ tịch UBND tỉnh Hòa Bình (appointed, 2023-05-01)" in err
    assert not (tmp_path / "v.html").exists()
    assert main(["viz", str(ttl), "--focus", "nguyen van dung", "--pick", "2", "--out", str(tmp_path / "v.html")]) == 0
    labels = {n["l"] for n in page_data((tmp_path / "v.html").read_text(encoding="utf-8"))["nodes"]}
    assert labels == {"Nguyễn Văn Dũng", "Giám đốc Sở Tài chính tỉnh Phú Yên"} or labels == {
        "NGUYỄN VĂN DŨNG", "Chủ tịch UBND tỉnh Hòa Bình"}


def test_directive_reach_is_issuer_events_and_attendees(tmp_path: Path, seedlike_graph):
    ttl = tmp_path / "g.ttl"
    seedlike_graph.serialize(ttl, format="turtle")
    out = tmp_path / "kl.html"
    assert main(["viz", str(ttl), "--focus", "62-KL/TW", "--out", str(out)]) == 0
    labels = {n["l"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]}
    assert labels == {"Kết luận số 62-KL/TW", "Bộ Chính trị", "Hội nghị sơ kết 3 năm thực hiện Kết luận 62",
                      "Nguyễn Chí Dũng", "Lê Văn Hòa", "Tỉnh ủy Bình Định"}


def test_neighbourhood_depth_one(seedlike_graph):
    G = selection.neighbourhood(project(seedlike_graph), HOA, 1)
    assert set(G) == {HOA, CHUTICH, EVENT}


def test_filters_by_type_province_and_dates(seedlike_graph):
    G = project(seedlike_graph)
    orgs = selection.filter_types(G, selection.class_names(G, ["Tổ chức"]))
    assert {d["label"] for _, d in orgs.nodes(data=True)} == {
        "Tỉnh ủy Bình Định", "UBND tỉnh Bình Định", "Bộ Chính trị"}
    prov = selection.filter_province(G, "binh dinh")
    assert "Bộ Chính trị" not in {d["label"] for _, d in prov.nodes(data=True)}
    assert {HOA, DUNG, BITHU, CHUTICH, EVENT, KL62} <= set(prov)
    later = selection.filter_dates(G, "2024-07", None)  # Hòa left the post on 2024-06-30
    assert not later.has_edge(HOA, CHUTICH) and later.has_edge(DUNG, BITHU)
    with pytest.raises(ValueError, match="no place"):
        selection.filter_province(G, "Cà Mau")


def test_a_province_after_the_2025_merger_includes_the_provinces_merged_into_it(seedlike_graph):
    g = seedlike_graph
    g.add((ID["place/gia-lai"], RDF.type, KG.Place))
    g.add((ID["place/gia-lai"], RDFS.label, Literal("Gia Lai", lang="vi")))
    g.add((ID["place/binh-dinh"], KG.mergedInto, ID["place/gia-lai"]))
    prov = selection.filter_province(project(g), "gia lai")
    assert {DUNG, HOA, BITHU, str(ID["place/binh-dinh"]), str(ID["place/gia-lai"])} <= set(prov)


def test_date_bounds_of_partial_dates():
    assert selection.date_bounds("2024") == ("2024-01-01", "2024-12-31")
    assert selection.date_bounds("2024-12-18") == ("2024-12-18", "2024-12-18")
    assert selection.date_bounds("--12-18") is None


# ------------------------------------------------------------------------------------------------
# Exports and analytics


def test_size_by_betweenness_sizes_the_bridges_biggest(tmp_path: Path, seedlike_graph):
    ttl = tmp_path / "g.ttl"
    seedlike_graph.serialize(ttl, format="turtle")
    out = tmp_path / "b.html"
    assert main(["viz", str(ttl), "--size-by", "betweenness", "--out", str(out)]) == 0
    nodes = page_data(out.read_text(encoding="utf-8"))["nodes"]
    biggest = max(nodes, key=lambda n: n["s"])
    assert biggest["l"] == "Hội nghị sơ kết 3 năm thực hiện Kết luận 62"  # every path crosses the event
    assert float(biggest["m2"]["betweenness"]) > 0.3


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_load_back_with_provenance(tmp_path: Path, seedlike_graph, fmt):
    ttl = tmp_path / "g.ttl"
    seedlike_graph.serialize(ttl, format="turtle")
    out = tmp_path / f"g.{fmt}"
    assert main(["viz", str(ttl), "--out", str(out), "--size-by", "degree"]) == 0
    H = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert H.number_of_nodes() == 10
    hoa = H.nodes[HOA]
    assert hoa["label"] == "Lê Văn Hòa" and hoa["cls"] == "Person" and float(hoa["degree"]) == 2.0
    assert "Lê Văn Hòa, Chủ tịch UBND tỉnh" in hoa["quotes"]


def test_exportable_attributes_are_scalars(seedlike_graph):
    H = exportable(project(seedlike_graph))
    for _, d in H.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    for *_, d in H.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())


def test_analytics_examples_run():
    assert doctest.testmod(kg.analytics).failed == 0


def test_kg_stats_prints_officials_communities_and_a_path(tmp_path: Path, seedlike_graph, capsys):
    ttl = tmp_path / "g.ttl"
    seedlike_graph.serialize(ttl, format="turtle")
    assert main(["stats", str(ttl), "--path", "Nguyen Chi Dung", "le van hoa"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"1\s+Lê Văn Hòa\s+2\s+0\.1944\s+1", out)
    assert "Lê Văn Hòa; Nguyễn Chí Dũng" in out
    assert re.search(r"1\s+chaired\s+Hội nghị sơ kết", out) and re.search(r"2\s+<- attended\s+Lê Văn Hòa", out)


def test_kg_viz_on_a_missing_folder_is_one_line_and_exit_1(tmp_path: Path, capsys):
    assert main(["viz", str(tmp_path / "nope"), "--out", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "graph.ttl" in err


def test_a_label_without_language_still_names_the_node():
    g = build_seedlike()
    extra = ID["person/x"]
    g.add((extra, RDF.type, KG.Person))
    g.add((extra, RDFS.label, Literal("Trần Văn Bình")))
    g.add((extra, KG.mentionedIn, ID["report/r1"]))
    assert project(g).nodes[str(extra)]["label"] == "Trần Văn Bình"


def test_the_page_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path, seedlike_graph):
    import os
    import subprocess
    import sys

    ttl = tmp_path / "g.ttl"
    seedlike_graph.serialize(ttl, format="turtle")
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"p{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg.cli", "viz", str(ttl), "--out", str(out)], check=True, env=env,
                       capture_output=True)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
