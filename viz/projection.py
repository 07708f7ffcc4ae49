"""From the RDF graph to a networkx graph of entities: what the views, the exports and the analytics draw.

The RDF graph keeps evidence as first-class resources (``kg:Mention``, ``kg:Report``) and n-ary
records (``kg:Tenure``) because that is what makes every fact traceable. A picture of the same
graph would drown in them: a person with three posts read from five reports would be one node
among forty. The projection keeps the entities as nodes and turns the rest into data on them:

- records the ontology marks with ``kg:edgeSource/kg:edgeTarget/kg:edgeProperty`` (Tenure) become
  the decorated edge they describe (``holds``, with status and dates);
- evidence classes (the range of ``kg:mentionedIn`` and the domain of ``kg:supports``: Report and
  Mention) become provenance attached to the node or edge they support: the quote, its sentence,
  and the report's title and URL;
- SKOS concepts (Role, DocumentType) become attributes of the nodes that point at them, so that
  every "Bí thư" post in the country is not joined through one "Bí thư" node.

Which class is which comes from :func:`kg.vocab.load`, never from names written here.
Node ids are IRIs (strings), edges are keyed by the property's local name (or the Tenure IRI), and
the graph is a :class:`networkx.MultiDiGraph` so that two tenures of the same post stay two edges.
"""

from __future__ import annotations

import json
from collections import defaultdict
from urllib.parse import urlsplit

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.vocab import KG, Vocabulary, load, local_name, roles

SAFE_URL_SCHEMES = ("http", "https")


class _Index:
    """The few rdflib lookups the projection needs, answered from dicts built in one pass.

    rdflib's memory store costs a few microseconds per lookup; the projection makes about half a
    million of them for 10k entities (4 s). One pass over the triples and dict lookups take a
    fraction of that, with the same answers.
    """

    def __init__(self, g: Graph):
        self.by_s: dict = defaultdict(lambda: defaultdict(list))
        self.by_p: dict = defaultdict(list)
        for s, p, o in g:
            self.by_s[s][p].append(o)
            self.by_p[p].append((s, o))

    def objects(self, s, p):
        if s is None:
            return iter([o for _, o in self.by_p.get(p, ())])
        d = self.by_s.get(s)
        return iter(d.get(p, ()) if d else ())

    def value(self, s, p):
        d = self.by_s.get(s)
        vals = d.get(p) if d else None
        return vals[0] if vals else None

    def predicate_objects(self, s):
        d = self.by_s.get(s)
        return ((p, o) for p, os in (d.items() if d else ()) for o in os)

    def subjects(self, p, o=None):
        return iter(sorted({s for s, oo in self.by_p.get(p, ()) if o is None or oo == o}, key=str))

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        d = self.by_s.get(s)
        return bool(d) and o in d.get(p, ())


def safe_url(value: str | None) -> str:
    """``value`` if it is an absolute http(s) URL, else "": a ``javascript:`` link must never be drawn."""
    if not value:
        return ""
    text = str(value).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme.lower() in SAFE_URL_SCHEMES and parts.netloc else ""


def _kg_classes(g: Graph, node: URIRef, vocab: Vocabulary) -> list[str]:
    names = []
    for t in g.objects(node, RDF.type):
        if isinstance(t, URIRef) and vocab.class_of(t) is not None:
            names.append(local_name(t))
    return names


def most_specific(names: list[str], vocab: Vocabulary) -> str | None:
    """The class among ``names`` with the longest chain of kg superclasses (PartyOrganization > Organization)."""
    if not names:
        return None
    return max(sorted(names), key=lambda n: len(vocab.classes[n].superclasses))


def legend_class(name: str, vocab: Vocabulary) -> str:
    """The class that stands for ``name`` in legends and filters: itself or its nearest listed superclass."""
    listed = {c.name for c in vocab.legend()}
    for candidate in (name, *vocab.classes[name].superclasses):
        if candidate in listed:
            return candidate
    return name


def label_properties(vocab: Vocabulary) -> tuple[URIRef, ...]:
    """rdfs:label and its sub-properties in the ontology (kg:labelEn)."""
    return (RDFS.label, *sorted(p.iri for p in vocab.properties.values() if RDFS.label in p.parents))


def _labels(g: Graph, node: URIRef, label_props: tuple[URIRef, ...] = (RDFS.label,)) -> tuple[str, str, list[str]]:
    vi = en = other = ""
    alts: list[str] = []
    for o in sorted((o for p in label_props for o in g.objects(node, p)), key=lambda o: (str(o), o.language or "")):
        if not isinstance(o, Literal):
            continue
        if o.language == "vi" and not vi:
            vi = str(o)
        elif o.language == "en" and not en:
            en = str(o)
        elif not other:
            other = str(o)
        else:
            alts.append(str(o))
    for o in sorted(g.objects(node, SKOS.altLabel)):
        if isinstance(o, Literal) and str(o) not in alts:
            alts.append(str(o))
    label = vi or other or en or local_name(node)
    return label, en, [a for a in alts if a not in (label, en)]


def _literal_props(g: Graph, node: URIRef, skip: set[URIRef]) -> dict[str, str]:
    props: dict[str, list[str]] = defaultdict(list)
    for p, o in g.predicate_objects(node):
        if isinstance(o, Literal) and p not in skip and str(p).startswith(str(KG)):
            props[local_name(p)].append(str(o))
    return {k: " | ".join(sorted(v)) for k, v in sorted(props.items())}


def report_info(g: Graph, report: URIRef) -> dict[str, str]:
    """Title, URL (http(s) only), published date and publisher of a report, as plain strings."""
    title = g.value(report, KG["title"]) or g.value(report, RDFS.label) or local_name(report)
    return {
        "iri": str(report),
        "title": str(title),
        "url": safe_url(g.value(report, KG.url)),
        "published": str(g.value(report, KG.published) or ""),
        "publisher": str(g.value(report, KG.publisher) or ""),
    }


def project(g: Graph, *, vocab: Vocabulary | None = None, keep_reference: bool = False) -> nx.MultiDiGraph:
    """The entity graph of ``g``.

    Nodes: ``cls`` (most specific class), ``group`` (legend class), ``label``, ``label_en``,
    ``alt`` (list), ``props`` (literal properties by local name), ``concepts`` (property -> label
    of the SKOS concept it points at), ``mentions`` (list of ``{quote, sentence, report}``),
    ``reports`` (report IRIs). Edges: ``pred`` (property local name), tenure data (``status``,
    ``firstSeen``...), ``mentions`` and ``reports``. ``G.graph["reports"]`` maps report IRIs to
    :func:`report_info`.

    Reference nodes that no report mentions (the 97 provinces every build writes, their mergers)
    are kept only next to a node a report mentions, unless ``keep_reference``.
    """
    vocab = vocab or load()
    r = roles(vocab)
    g = _Index(g)  # type: ignore[assignment]
    G = nx.MultiDiGraph()
    node_class: dict[URIRef, str] = {}
    collapsed_nodes: dict[URIRef, str] = {}
    evidence_nodes: set[URIRef] = set()
    concept_nodes: set[URIRef] = set()
    subjects = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}
    for s in sorted(subjects, key=str):
        cls = most_specific(_kg_classes(g, s, vocab), vocab)
        if cls is None:
            continue
        chain = {cls, *vocab.classes[cls].superclasses}
        if chain & r.evidence:
            evidence_nodes.add(s)
        elif chain & r.collapsed:
            collapsed_nodes[s] = next(iter(chain & r.collapsed))
        elif chain & r.concept:
            concept_nodes.add(s)
        else:
            node_class[s] = cls

    report_nodes = {o for p in (KG.mentionedIn, KG.inReport) for o in g.objects(None, p) if isinstance(o, URIRef)}
    reports = {str(rep): report_info(g, rep) for rep in sorted(report_nodes)}
    G.graph["reports"] = reports

    # Mentions: evidence for entities and tenures.
    support: dict[URIRef, list[dict[str, str]]] = defaultdict(list)
    # (rdflib builds a new URIRef on every KG.x attribute access: hoisted out of the loops.)
    supports, in_report, start_p, quote_p, sentence_p, mentioned_in = (
        KG.supports, KG.inReport, KG.start, KG.quote, KG.sentence, KG.mentionedIn)
    for m in g.subjects(supports, None):
        rep = g.value(m, in_report)
        start = g.value(m, start_p)
        for target in g.objects(m, supports):
            support[target].append({
                "quote": str(g.value(m, quote_p) or ""),
                "sentence": str(g.value(m, sentence_p) or ""),
                "report": str(rep) if rep is not None else "",
                "start": int(start) if start is not None else -1,
            })

    label_props = label_properties(vocab)
    skip = {*label_props, SKOS.altLabel}
    for s, cls in node_class.items():
        label, en, alts = _labels(g, s, label_props)
        concepts = {}
        for p, o in g.predicate_objects(s):
            if o in concept_nodes:
                concepts[local_name(p)] = _labels(g, o, label_props)[0]
        G.add_node(
            str(s), cls=cls, group=legend_class(cls, vocab), label=label, label_en=en, alt=alts,
            props=_literal_props(g, s, skip), concepts=dict(sorted(concepts.items())),
            mentions=sorted(support.get(s, []), key=lambda m: (m["report"], m["start"], m["quote"])),
            reports=sorted(str(x) for x in g.objects(s, mentioned_in)),
        )

    # Plain relationships between entities, most specific property only (chaired, not also attended).
    sub_pairs = {sp: set(g.by_p.get(vocab.properties[sp].iri, ())) if sp in vocab.properties else set()
                 for subs in r.sub_properties.values() for sp in subs}
    for s in node_class:
        for p, o in g.predicate_objects(s):
            if not isinstance(o, URIRef) or o not in node_class or p == RDF.type:
                continue
            name = local_name(p)
            if any((s, o) in sub_pairs[sp] for sp in r.sub_properties.get(name, ())):
                continue
            G.add_edge(str(s), str(o), key=name, pred=name, mentions=[], reports=[])

    # Collapsed records: Tenure -> holds edge decorated with status and dates.
    collapse_by_class = {local_name(c.cls): c for c in vocab.collapses}
    for t, cname in sorted(collapsed_nodes.items(), key=lambda kv: str(kv[0])):
        c = collapse_by_class[cname]
        src, dst = g.value(t, c.source), g.value(t, c.target)
        if src not in node_class or dst not in node_class:
            continue
        name = local_name(c.edge)
        if G.has_edge(str(src), str(dst), key=name):
            G.remove_edge(str(src), str(dst), key=name)
        G.add_edge(str(src), str(dst), key=str(t), pred=name, record=str(t),
                   mentions=sorted(support.get(t, []), key=lambda m: (m["report"], m["start"], m["quote"])),
                   reports=sorted(str(x) for x in g.objects(t, mentioned_in)),
                   **_literal_props(g, t, skip))

    if not keep_reference:
        # Reference data every build writes (97 provinces and their 2025 mergers) is context, not
        # content: keep a node no report mentions only when it touches one that a report mentions.
        mentioned = {n for n, d in G.nodes(data=True) if d["reports"] or d["mentions"]}
        U = G.to_undirected(as_view=True)
        drop = [n for n in G if n not in mentioned and not any(m in mentioned for m in U.neighbors(n))]
        G.remove_nodes_from(drop)
    return G


# ------------------------------------------------------------------------------------------------
# Exports for Gephi and yEd


def exportable(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all GraphML/GEXF-safe scalars (str, int, float, bool).

    Lists and dicts become readable strings (``props`` and ``concepts`` are spread into their own
    columns); provenance becomes ``quotes`` (one per line) and ``sources`` (report titles and URLs).
    """
    reports = G.graph.get("reports", {})
    H = nx.MultiDiGraph()

    def flat(data: dict) -> dict:
        out: dict[str, str | int | float | bool] = {}
        for k, v in data.items():
            if k == "mentions":
                out["quotes"] = "\n".join(m["quote"] for m in v)
            elif k == "reports":
                out["sources"] = "\n".join(
                    " ".join(x for x in (reports.get(rep, {}).get("title", rep), reports.get(rep, {}).get("url", ""))
                             if x) for rep in v)
            elif k in ("props", "concepts"):
                for pk, pv in v.items():
                    out[pk] = str(pv)
            elif isinstance(v, bool | int | float | str):
                out[k] = v
            elif isinstance(v, list | tuple | set):
                out[k] = " | ".join(str(x) for x in v)
            elif v is None:
                continue
            else:
                out[k] = json.dumps(v, ensure_ascii=False)
        return out

    for n, d in G.nodes(data=True):
        H.add_node(n, **flat(d))
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **flat(d))
    return H
