"""One self-contained, offline, safe HTML page that draws the entity graph.

Why not pyvis's own page: pyvis 0.3.2's template loads Bootstrap from a CDN even in ``in_line``
mode (and tom-select for its menus, which cap at 50 options), puts ``heading`` into the page
unescaped, and renders every tooltip through ``innerHTML`` as soon as one title contains "href";
its ``add_node``/``add_edge`` scan lists (12 s for 10k nodes). This module writes its own small page
instead (``assets/page.html``, ``page.css``, ``page.js``) around the vis-network build that pyvis
also uses (vendored under ``assets/``, licence kept), and fills it with JSON built directly.

Safety: the title is HTML-escaped; the data is JSON inside ``<script type="application/json">``
with ``<``, ``>``, ``&``, ``/`` and U+2028/2029 escaped, so no string can end the script; the page
script reads it with ``JSON.parse`` and writes report text only through ``textContent``; a
Content-Security-Policy allows only the page's own inline scripts (by hash), no inline event
handlers and no network at all.

Speed: positions come from :mod:`kg.viz.layout` and physics is off, so the browser only draws.
Above ``max_nodes`` the page shows the most connected part and says so.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template

import networkx as nx
from rdflib import Graph

from kg.textkey import ascii_key, key
from kg.viz.layout import layout
from kg.viz.projection import project
from kg.vocab import Vocabulary, load, roles

MAX_NODES = 15_000
"""Above this many nodes the page shows the most connected ``MAX_NODES`` (see bench/bench_viz.py)."""

_COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_SHAPE = re.compile(r"^[A-Za-z]+$")


def write_html(graph: Graph, path: Path, *, title: str = "kg") -> None:
    """Write the whole graph ``graph`` (kg ontology, union of a build) as one HTML file at ``path``.

    When ``graph.ttl`` is already beside it (``kg build`` writes it first), the projection is kept
    there too (:mod:`kg.viz.cache`), so ``kg viz`` and ``kg stats`` need not parse the graph again.
    """
    from kg.viz import cache

    G = project(graph)
    ttl = Path(path).with_name("graph.ttl")
    if ttl.is_file():
        cache.save(G, ttl)
    write_view(G, Path(path), title=title)


def write_view(G: nx.MultiDiGraph, path: Path, *, title: str = "kg", size_by: dict[str, float] | None = None,
               notice: str = "", max_nodes: int = MAX_NODES, size_label: str = "score") -> None:
    """Write the projected graph ``G`` (see :func:`kg.viz.projection.project`) as HTML, UTF-8."""
    Path(path).write_text(render(G, title=title, size_by=size_by, notice=notice, max_nodes=max_nodes,
                                 size_label=size_label), encoding="utf-8")


def most_connected(G: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The ``limit`` nodes of highest degree (ties by IRI) and the edges among them."""
    ranked = sorted(G.nodes, key=lambda n: (-G.degree(n), n))[:limit]
    return G.subgraph(ranked).copy()


def render(G: nx.MultiDiGraph, *, title: str = "kg", size_by: dict[str, float] | None = None,
           notice: str = "", max_nodes: int = MAX_NODES, vocab: Vocabulary | None = None,
           size_label: str = "score") -> str:
    """The page as a string."""
    vocab = vocab or load()
    total = G.number_of_nodes()
    if total > max_nodes:
        G = most_connected(G, max_nodes)
        cut = (f"Đồ thị có {total:,} nút; trang này chỉ vẽ {max_nodes:,} nút có nhiều liên kết nhất để trình "
               f"duyệt không bị treo. Dùng `kg viz --focus`, `--types`, `--province` hoặc `--from/--to` để "
               f"xem phần khác. / The graph has {total:,} nodes; this page draws the {max_nodes:,} most "
               f"connected ones so that the browser stays responsive. Use `kg viz --focus`, `--types`, "
               f"`--province` or `--from/--to` to see other parts.").replace(",", " ")
        notice = f"{notice} {cut}".strip()
    data = view_data(G, title=title, size_by=size_by, notice=notice, vocab=vocab, size_label=size_label)
    return page(title, data)


def _class_table(G: nx.MultiDiGraph, vocab: Vocabulary) -> tuple[list[dict], dict[str, int]]:
    r = roles(vocab)
    present = {d["cls"] for _, d in G.nodes(data=True)}
    rows: list[dict] = []
    for c in vocab.legend():
        if c.name not in r.entity:
            continue
        rows.append(_class_row(c, parent="", listed=True))
        subs = sorted(n for n in present if n != c.name and c.name in vocab.classes[n].superclasses)
        for s in subs:
            rows.append(_class_row(vocab.classes[s], parent=c.name, listed=False))
    for n in sorted(present - {row["name"] for row in rows}):  # entity classes without a legend place
        rows.append(_class_row(vocab.classes[n], parent="", listed=False))
    return rows, {row["name"]: i for i, row in enumerate(rows)}


def _class_row(c, *, parent: str, listed: bool) -> dict:
    return {
        "name": c.name, "vi": c.label_vi, "en": c.label_en, "comment": c.comment,
        "colour": c.colour if _COLOUR.match(c.colour) else "#777777",
        "shape": c.shape if _SHAPE.match(c.shape) else "dot",
        "parent": parent, "listed": listed,
    }


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[str, str]:
    return key(word), ascii_key(word)


def search_key(texts: list[str]) -> str:
    """What the page's search box matches: the tone-style folded key, then the ASCII key.

    Computed word by word (a syllable never spans a space, so the result is the same as keying the
    whole text) with a cache: names share their words, and 10k nodes key in a tenth of the time.
    """
    words = " | ".join(t for t in texts if t).split(" ")
    keys = [_word_keys(w) for w in words]
    return " ".join(k for k, _ in keys) + "\u0001" + " ".join(a for _, a in keys)


def node_sizes(G: nx.Graph, size_by: dict[str, float] | None) -> dict[str, float]:
    """Node sizes 10..40: by ``size_by`` scores if given, else by degree (square root, so hubs stay readable)."""
    scores = size_by if size_by is not None else {n: float(G.degree(n)) for n in G.nodes}
    top = max(scores.values(), default=0.0) or 1.0
    return {n: round(10 + 30 * (max(scores.get(n, 0.0), 0.0) / top) ** 0.5, 1) for n in G.nodes}


def view_data(G: nx.MultiDiGraph, *, title: str, size_by: dict[str, float] | None = None, notice: str = "",
              vocab: Vocabulary | None = None, size_label: str = "score") -> dict:
    """The JSON the page reads (compact: nodes and edges refer to tables by index)."""
    vocab = vocab or load()
    classes, class_index = _class_table(G, vocab)
    sizes = node_sizes(G, size_by)
    pos = layout(G, sizes=sizes)
    report_iris = sorted({rep for _, d in G.nodes(data=True) for rep in d.get("reports", [])}
                         | {m["report"] for _, d in G.nodes(data=True) for m in d.get("mentions", [])}
                         | {rep for *_, d in G.edges(data=True) for rep in d.get("reports", [])}
                         | {m["report"] for *_, d in G.edges(data=True) for m in d.get("mentions", [])})
    all_reports = G.graph.get("reports", {})
    report_index = {iri: i for i, iri in enumerate(report_iris)}
    reports = [{k: all_reports.get(iri, {}).get(k, "") for k in ("title", "url", "published", "publisher")}
               | {"title": all_reports.get(iri, {}).get("title") or iri} for iri in report_iris]

    def mentions(ms: list[dict]) -> list[list]:
        return [[report_index.get(m["report"], -1), m["quote"], m.get("sentence", "")] for m in ms]

    order = sorted(G.nodes, key=lambda n: (class_index[G.nodes[n]["cls"]], G.nodes[n]["label"], n))
    index = {n: i for i, n in enumerate(order)}
    nodes = []
    for n in order:
        d = G.nodes[n]
        x, y = pos[n]
        texts = [d["label"], d.get("label_en", ""), *d.get("alt", []), *d.get("props", {}).values()]
        item = {"i": n, "l": d["label"], "c": class_index[d["cls"]], "x": x, "y": y, "s": sizes[n],
                "k": search_key(texts)}
        if d.get("label_en"):
            item["en"] = d["label_en"]
        for src, dst in (("alt", "alt"), ("props", "p"), ("concepts", "cc")):
            if d.get(src):
                item[dst] = d[src]
        if d.get("mentions"):
            item["m"] = mentions(d["mentions"])
        if d.get("reports"):
            item["r"] = [report_index[r] for r in d["reports"]]
        if size_by is not None:
            item.setdefault("m2", {})[size_label] = f"{size_by.get(n, 0.0):.4g}"
        nodes.append(item)

    pred_names = sorted({d["pred"] for *_, d in G.edges(data=True)})
    pred_index = {p: i for i, p in enumerate(pred_names)}
    preds = []
    for p in pred_names:
        info = vocab.properties.get(p)
        preds.append({"name": p, "vi": info.label_vi if info else p, "en": info.label_en if info else p})
    edges = []
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], e[2]["pred"])):
        attrs = {k: str(val) for k, val in d.items()
                 if k not in ("pred", "mentions", "reports", "record") and isinstance(val, str | int | float)}
        if d.get("mentions"):
            attrs["m"] = mentions(d["mentions"])
        if d.get("reports"):
            attrs["r"] = [report_index[r] for r in d["reports"]]
        edges.append([index[u], index[v], pred_index[d["pred"]], attrs])

    used_props = {k for n in nodes for k in n.get("p", {})} | {k for n in nodes for k in n.get("cc", {})}
    used_props |= {k for e in edges for k in e[3] if k not in ("m", "r")}
    props = {p: {"vi": vocab.properties[p].label_vi, "en": vocab.properties[p].label_en}
             for p in sorted(used_props) if p in vocab.properties}
    return {"title": title, "notice": notice, "classes": classes, "preds": preds, "props": props,
            "reports": reports, "nodes": nodes, "edges": edges}


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: nothing in it can close the element or start markup.

    >>> script_json({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name":"\\\\u003c\\\\/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("/", "\\/"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _asset(name: str) -> str:
    return resources.files("kg.viz").joinpath("assets", name).read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def page(title: str, data: dict) -> str:
    """Fill ``assets/page.html``: title escaped, data as script-safe JSON, scripts allowed by hash."""
    vendor_js, page_js = _asset("vis-network.min.js"), _asset("page.js")
    for name, text in (("vis-network.min.js", vendor_js), ("page.js", page_js)):
        if re.search(r"</script", text, re.I):  # would end the inline script early
            raise ValueError(f"assets/{name} contains '</script': cannot be inlined")
    template = _asset("page.html").replace(
        "script-src 'unsafe-inline'", f"script-src {_csp_hash(vendor_js)} {_csp_hash(page_js)}")
    return Template(template).substitute(
        title=html.escape(title, quote=True),
        vendor_css=_asset("vis-network.min.css"),
        page_css=_asset("page.css"),
        data=script_json(data),
        vendor_js=vendor_js,
        page_js=page_js,
    )
