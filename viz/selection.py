"""Choosing what a view shows: find a node by name, a neighbourhood, a directive's reach, filters.

All functions take and return the projected graph (:func:`kg.viz.projection.project`), so the
HTML page, the GraphML/GEXF exports and the analytics see exactly the same selection.

Names are matched the way reports write them: "Nguyễn Chí Dũng", "nguyen chi dung" and
"NGUYỄN CHÍ DŨNG" find the same person, "Tỉnh ủy" finds "Tỉnh uỷ" (see :mod:`kg.textkey`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from kg.textkey import ascii_key, compact
from kg.vocab import KG, Vocabulary, load, local_name, sub_properties

# Local names of the ontology terms the selections follow, from the closed KG namespace: a name the
# ontology does not declare fails when this module loads, not as a selection that is silently empty.
HOLDS = local_name(KG["holds"])
STATUS = local_name(KG["status"])
START_DATE = local_name(KG["startDate"])
FIRST_SEEN = local_name(KG["firstSeen"])
LAST_SEEN = local_name(KG["lastSeen"])
END_DATE = local_name(KG["endDate"])
ATTENDED = local_name(KG["attended"])
CONCERNS = local_name(KG["concerns"])
ORGANIZED_BY = local_name(KG["organizedBy"])
HELD_IN = local_name(KG["heldIn"])
PLACE = local_name(KG["Place"])
MERGED_INTO = local_name(KG["mergedInto"])
JURISDICTION = local_name(KG["jurisdiction"])
SUB_ORGANIZATION_OF = local_name(KG["subOrganizationOf"])
POST_IN = local_name(KG["postIn"])
PERSON = local_name(KG["Person"])
DATE = local_name(KG["date"])
DATE_ISSUED = local_name(KG["dateIssued"])
SYMBOL = local_name(KG["symbol"])


def _names(d: dict) -> list[str]:
    props = d.get("props", {})
    return [d.get("label", ""), d.get("label_en", ""), *d.get("alt", []), props.get(SYMBOL, "")]


def find_nodes(G: nx.MultiDiGraph, query: str) -> list[str]:
    """Nodes whose name matches ``query``: an IRI; else exact names (tone style, case, punctuation
    folded); else the same without diacritics; else names containing the query. Best group only."""
    if query in G:
        return [query]
    q = compact(query)
    qa = ascii_key(q)
    if not q:
        return []
    exact, plain, partial = [], [], []
    for n, d in G.nodes(data=True):
        keys = [compact(x) for x in _names(d) if x]
        if q in keys:
            exact.append(n)
        elif qa in (ascii_key(k) for k in keys):
            plain.append(n)
        elif any(q in k or qa in ascii_key(k) for k in keys):
            partial.append(n)
    for group in (exact, plain, partial):
        if group:
            return sorted(group, key=lambda n: (G.nodes[n]["label"], n))
    return []


def posts_of(G: nx.MultiDiGraph, person: str) -> list[str]:
    """"Bí thư Tỉnh ủy Bình Định (holds, 2024-12-18)" for each post the person holds or held."""
    out = []
    for _, post, d in G.out_edges(person, data=True):
        if d.get("pred") != HOLDS:
            continue
        bits = [d.get(STATUS, "")] + [d.get(k, "") for k in (START_DATE, FIRST_SEEN, LAST_SEEN, END_DATE)]
        bits = [b for b in bits if b]
        out.append(G.nodes[post]["label"] + (f" ({', '.join(bits)})" if bits else ""))
    return sorted(out)


def describe(G: nx.MultiDiGraph, n: str) -> str:
    """One line for choosing between matches: label, class, posts, IRI."""
    d = G.nodes[n]
    posts = posts_of(G, n)
    line = f"{d['label']} [{d['cls']}]"
    if posts:
        line += ": " + "; ".join(posts)
    return f"{line}  <{n}>"


HUB_LIMIT = 25
"""A node (other than the centre) with more neighbours than this is not expanded in a neighbourhood."""


def neighbourhood(G: nx.MultiDiGraph, centre: str, depth: int = 2, *, hub_limit: int | None = HUB_LIMIT,
                  build: str = "DIR") -> nx.MultiDiGraph:
    """Everything within ``depth`` edges of ``centre`` (either direction), with the edges among it.

    A hub met on the way ("Ủy viên Ban Chấp hành Trung ương Đảng", held by a hundred people) is drawn
    but not expanded: the neighbours only it would bring in become one group node ("+ 97 Person")
    whose details name them and give the command that draws the hub itself (``--focus`` on it).
    """
    U = G.to_undirected(as_view=True)
    dist = {centre: 0}
    frontier = [centre]
    hubs: list[str] = []
    for d in range(1, depth + 1):
        nxt = []
        for n in frontier:
            if n != centre and hub_limit is not None and U.degree(n) > hub_limit:
                hubs.append(n)
                continue
            for m in U.neighbors(n):
                if m not in dist:
                    dist[m] = d
                    nxt.append(m)
        frontier = nxt
    H = G.subgraph(dist).copy()
    for hub in hubs:
        hidden = [m for m in U.neighbors(hub) if m not in dist]
        if not hidden:
            continue
        classes = Counter(G.nodes[m]["cls"] for m in hidden)
        cls = classes.most_common(1)[0][0]
        preds = Counter(d["pred"] for m in hidden
                        for d in [*G.get_edge_data(m, hub, default={}).values(),
                                  *G.get_edge_data(hub, m, default={}).values()])
        names = sorted(G.nodes[m]["label"] for m in hidden)
        group = f"group:{hub}"
        H.add_node(group, cls=cls, group=G.nodes[hidden[0]]["group"], label=f"+ {len(hidden)} …", label_en="",
                   alt=[], props={"ẩn / hidden": "; ".join(names[:200]) + (" …" if len(names) > 200 else ""),
                                  "lớp / classes": ", ".join(f"{c} ({k})" for c, k in classes.most_common()),
                                  "xem / expand": f'kg viz {build} --focus "{hub}" --depth 1 --out hub.html'},
                   concepts={}, mentions=[], reports=[])
        pred = preds.most_common(1)[0][0] if preds else "related"
        H.add_edge(group, hub, key=pred, pred=pred, mentions=[], reports=[])
    return H


def _preds(vocab: Vocabulary, name: str) -> set[str]:
    """``name`` and its kg sub-properties (attended -> chaired, spokeAt), from the ontology."""
    return set(sub_properties(name, vocab))


def directive_reach(G: nx.MultiDiGraph, directive: str, *, vocab: Vocabulary | None = None) -> nx.MultiDiGraph:
    """Who issued the directive, which events reviewed it (``concerns``), who organized and attended
    them, and the directives it is based on, amends or that cite it, with the edges among them."""
    vocab = vocab or load()
    attended = _preds(vocab, ATTENDED)
    keep = {directive}
    events = set()
    for u, _, d in G.in_edges(directive, data=True):
        keep.add(u)
        if d["pred"] == CONCERNS:
            events.add(u)
    for _, v, _d in G.out_edges(directive, data=True):
        keep.add(v)  # issuedBy, based_on, amends...
    for e in events:
        for u, _, d in G.in_edges(e, data=True):
            if d["pred"] in attended:
                keep.add(u)
        for _, v, d in G.out_edges(e, data=True):
            if d["pred"] in (ORGANIZED_BY, HELD_IN):
                keep.add(v)
    return G.subgraph(keep).copy()


def class_names(G: nx.MultiDiGraph, names: Iterable[str], vocab: Vocabulary | None = None) -> set[str]:
    """Class local names for user-typed names ("person", "Tổ chức", "Organization"); unknown -> ValueError."""
    vocab = vocab or load()
    out = set()
    for raw in names:
        want = compact(raw)
        hits = {c.name for c in vocab.classes.values()
                if want in (compact(c.name), compact(c.label_vi), compact(c.label_en), ascii_key(compact(c.label_vi)))}
        if not hits:
            known = ", ".join(sorted(c.name for c in vocab.legend()))
            raise ValueError(f"unknown class {raw!r} (known: {known})")
        out |= hits
    return out


def filter_types(G: nx.MultiDiGraph, names: set[str], vocab: Vocabulary | None = None) -> nx.MultiDiGraph:
    """Only nodes of these classes or their subclasses (``Organization`` keeps ``PartyOrganization``)."""
    vocab = vocab or load()
    keep = [n for n, d in G.nodes(data=True)
            if d["cls"] in names or names & set(vocab.classes[d["cls"]].superclasses)]
    return G.subgraph(keep).copy()


def filter_province(G: nx.MultiDiGraph, province: str) -> nx.MultiDiGraph:
    """What belongs to a province: the place (and the pre-2025 provinces merged into it),
    organizations whose jurisdiction it is (and their
    sub-organizations), posts in them and their holders, events they organized or held there, and
    the directives those events concern. Raises ValueError when no place matches."""
    q = ascii_key(compact(province))
    places = {n for n, d in G.nodes(data=True) if d["cls"] == PLACE
              and q in {ascii_key(compact(x)) for x in _names(d) if x}}
    if not places:
        raise ValueError(f"no place named {province!r} in the graph")
    # Across the 1 July 2025 merger: a province today includes the provinces merged into it.
    places |= {u for p in places for u, _, d in G.in_edges(p, data=True) if d["pred"] == MERGED_INTO}
    keep = set(places)
    orgs = {u for p in places for u, _, d in G.in_edges(p, data=True) if d["pred"] == JURISDICTION}
    frontier = set(orgs)
    while frontier:  # sub-organizations, transitively
        frontier = {u for o in frontier for u, _, d in G.in_edges(o, data=True)
                    if d["pred"] == SUB_ORGANIZATION_OF and u not in orgs}
        orgs |= frontier
    keep |= orgs
    posts = {u for o in orgs for u, _, d in G.in_edges(o, data=True) if d["pred"] == POST_IN}
    keep |= posts
    keep |= {u for p in posts for u, _, d in G.in_edges(p, data=True) if d["pred"] == HOLDS}
    events = {u for x in orgs | places for u, _, d in G.in_edges(x, data=True)
              if d["pred"] in (ORGANIZED_BY, HELD_IN)}
    keep |= events
    keep |= {v for e in events for _, v, d in G.out_edges(e, data=True) if d["pred"] == CONCERNS}
    keep |= {u for e in events for u, _, d in G.in_edges(e, data=True) if G.nodes[u]["cls"] == PERSON}
    return G.subgraph(keep).copy()


_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_bounds(value: str) -> tuple[str, str] | None:
    """The first and last day an ISO (partial) date can mean: "2024" -> 2024-01-01..2024-12-31.
    Dates without a year ("--12-18") -> None: they cannot be placed in a range."""
    m = _ISO.match(value or "")
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}"
    if mo:
        return f"{y}-{mo}-01", f"{y}-{mo}-31"
    return f"{y}-01-01", f"{y}-12-31"


def _interval(values: list[str]) -> tuple[str, str] | None:
    bounds = [b for b in (date_bounds(v) for v in values if v) if b]
    if not bounds:
        return None
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def filter_dates(G: nx.MultiDiGraph, start: str | None, end: str | None) -> nx.MultiDiGraph:
    """Drop what is dated entirely outside [start, end]: edges by their tenure dates (start/end,
    first/last seen), events and directives by their own date. Undated things stay. Nodes left with
    no edge that had some before are dropped too (they only belonged to the removed period)."""
    lo = (date_bounds(start) or ("0000-01-01", ""))[0] if start else "0000-01-01"
    hi = (date_bounds(end) or ("", "9999-12-31"))[1] if end else "9999-12-31"

    def outside(iv: tuple[str, str] | None) -> bool:
        return iv is not None and (iv[1] < lo or iv[0] > hi)

    H = G.copy()
    for u, v, k, d in list(H.edges(keys=True, data=True)):
        # Stated start and end win over when reports happened to mention the tenure.
        lo_iv = _interval([d.get(START_DATE) or d.get(FIRST_SEEN, "")])
        hi_iv = _interval([d.get(END_DATE) or d.get(LAST_SEEN, "")])
        iv = None if not (lo_iv or hi_iv) else ((lo_iv or hi_iv)[0], (hi_iv or lo_iv)[1])
        if outside(iv):
            H.remove_edge(u, v, key=k)
    for n, d in list(H.nodes(data=True)):
        props = d.get("props", {})
        if outside(_interval([props.get(DATE, ""), props.get(DATE_ISSUED, "")])):
            H.remove_node(n)
    orphans = [n for n in H if H.degree(n) == 0 and G.degree(n) > 0]
    H.remove_nodes_from(orphans)
    return H
