"""The whole corpus at a glance: one node per province and per central body, not 11k entities.

Drawing every entity of the corpus gives a hairball an analyst cannot read. The overview groups the
organizations instead: an organization goes to the province it has jurisdiction over (its own
``jurisdiction``, else that of the body it belongs to, up ``subOrganizationOf``), and a body without
a province (Bộ Chính trị, Quốc hội, a ministry) to the top of its ``subOrganizationOf`` chain. A
group's size is how many people held a post in it; its details list its organizations, its busiest
posts, how many reports speak of it, and the command that draws it (``kg viz --province`` or
``--focus``). Two groups are linked when the same people held posts in both (a provincial secretary
who became a minister), the link saying how many.

Provinces are grouped by name, so a province before the 1 July 2025 merger and the one after (two
places of the same name) are one group, which is what a reader means by "Gia Lai".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

ORG_CLASSES_EDGE = "postIn"


def _province_of(G: nx.MultiDiGraph, org: str, depth: int = 4) -> str | None:
    seen = set()
    node = org
    for _ in range(depth):
        if node in seen:
            return None
        seen.add(node)
        place = next((v for _, v, k in G.out_edges(node, keys=True) if k == "jurisdiction"), None)
        if place is not None:
            return G.nodes[place]["label"]
        parent = next((v for _, v, k in G.out_edges(node, keys=True) if k == "subOrganizationOf"), None)
        if parent is None:
            return None
        node = parent
    return None


def _top(G: nx.MultiDiGraph, org: str, depth: int = 6) -> str:
    node, seen = org, set()
    for _ in range(depth):
        seen.add(node)
        parent = next((v for _, v, k in G.out_edges(node, keys=True) if k == "subOrganizationOf"), None)
        if parent is None or parent in seen:
            break
        node = parent
    return node


TOP = 60
"""Groups drawn: the most populated ones; an analyst reads sixty labelled nodes, not seven hundred."""


def overview(G: nx.MultiDiGraph, *, build: str = "DIR", min_people: int = 2,
             top: int | None = TOP) -> tuple[nx.MultiDiGraph, dict]:
    """(the overview graph, its node sizes: people per group). ``build`` is shown in drill-down commands.

    Groups with fewer than ``min_people`` people, and beyond the ``top`` largest, are left out (a
    body named in one report with one official); the page's notice says how many.
    """
    group_of: dict[str, str] = {}
    meta: dict[str, dict] = {}
    for n, d in G.nodes(data=True):
        if d.get("group") != "Organization" and d.get("cls") != "Organization":
            continue
        province = _province_of(G, n)
        if province:
            key = f"province:{province}"
            meta.setdefault(key, {"label": province, "cls": "Place", "kind": "province"})
        else:
            head = _top(G, n)
            key = f"body:{head}"
            meta.setdefault(key, {"label": G.nodes[head]["label"], "cls": G.nodes[head]["cls"], "kind": "body",
                                  "iri": head})
        group_of[n] = key
    people: dict[str, set[str]] = defaultdict(set)
    reports: dict[str, set[str]] = defaultdict(set)
    orgs: dict[str, Counter] = defaultdict(Counter)
    posts: dict[str, Counter] = defaultdict(Counter)
    for post, org, k in G.edges(keys=True):
        if k != ORG_CLASSES_EDGE or org not in group_of:
            continue
        key = group_of[org]
        for person, _, e in G.in_edges(post, data=True):
            if e.get("pred") == "holds":
                people[key].add(person)
                posts[key][G.nodes[post]["label"]] += 1
                orgs[key][G.nodes[org]["label"]] += 1
                reports[key].update(e.get("reports", []))
    for org, key in group_of.items():
        reports[key].update(G.nodes[org].get("reports", []))

    H = nx.MultiDiGraph()
    H.graph["reports"] = {}
    sizes: dict[str, float] = {}
    ranked = sorted((k for k in meta if len(people[k]) >= min_people), key=lambda k: (-len(people[k]), k))
    kept = set(ranked[:top] if top else ranked)
    H.graph["left_out"] = len([k for k in meta if people[k]]) - len(kept)
    for key, m in meta.items():
        n_people = len(people[key])
        if key not in kept:
            continue
        drill = (f'kg viz {build} --province "{m["label"]}" --types Person,Post,Organization --out province.html'
                 if m["kind"] == "province" else f'kg viz {build} --focus "{m["iri"]}" --depth 2 --out body.html')
        props = {
            "người giữ chức vụ / people": str(n_people),
            "bài báo / reports": str(len(reports[key])),
            "tổ chức / organizations": "; ".join(f"{o} ({c})" for o, c in orgs[key].most_common(8)),
            "chức vụ nhiều người giữ nhất / busiest posts": "; ".join(
                f"{p} ({c})" for p, c in posts[key].most_common(6)),
            "xem chi tiết / drill down": drill,
        }
        H.add_node(key, cls=m["cls"], group=m["cls"], label=f"{m['label']} · {n_people}", label_en="",
                   alt=[m["label"]], props=props, concepts={}, mentions=[], reports=[])
        sizes[key] = float(n_people)
    shared: Counter = Counter()
    groups_of_person: dict[str, set[str]] = defaultdict(set)
    for key, ps in people.items():
        if key in H:
            for p in ps:
                groups_of_person[p].add(key)
    for gs in groups_of_person.values():
        for a, b in combinations(sorted(gs), 2):
            shared[(a, b)] += 1
    for (a, b), c in shared.items():
        H.add_edge(a, b, key="sharedOfficials", pred="sharedOfficials", mentions=[], reports=[],
                   **{"người chung / shared officials": c})
    return H, sizes
