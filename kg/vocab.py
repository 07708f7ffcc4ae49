"""The ontology as Python data, read once from ``ontology/kg.ttl``.

Nothing else in kg restates class names, colours, labels or which n-ary class collapses into which
relationship: the Neo4j sync, the HTML views, the legend and the docs all ask this module, which
asks the Turtle file. Adding a class to the ontology is enough for it to get a Neo4j label and a
legend entry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from kg.ontology import ONTOLOGY_TTL, SHAPES_TTL

_TERMS: dict[tuple[str, str], URIRef] = {}
# The cache holds the vocabulary's few hundred terms, but ID's terms are every IRI a build writes
# (each mention's among them): unbounded, it grew with the archive (about 20 KB a report). Emptied
# when full, it keeps memory bounded and the hot terms come straight back.
_MAX_TERMS = 1 << 16


def _remember(key: tuple[str, str], term: URIRef) -> URIRef:
    if len(_TERMS) >= _MAX_TERMS:
        _TERMS.clear()
    _TERMS[key] = term
    return term


class CachedNamespace(Namespace):
    """An rdflib Namespace that makes each term once.

    ``Namespace.term`` builds and validates a new URIRef on every ``KG.Person``; the graph writer
    asks for the same few dozen terms about a million times on the corpus.
    """

    def term(self, name: str) -> URIRef:
        key = (str(self), name)
        t = _TERMS.get(key)
        if t is None:
            t = _remember(key, super().term(name))
        return t


class UnknownTerm(AttributeError, KeyError):
    """A ``KG`` term that ``ontology/kg.ttl`` does not declare (a typo, or a term removed from it)."""


@cache
def _declared(base: str) -> frozenset[str]:
    """Local names of everything ``ontology/kg.ttl`` says something about in namespace ``base``.

    A plain rdflib parse, not :func:`load`, which itself asks for ``KG`` terms.
    """
    g = Graph()
    g.parse(ONTOLOGY_TTL, format="turtle")
    return frozenset(str(s)[len(base):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(base))


class ClosedNamespace(CachedNamespace):
    """A :class:`CachedNamespace` of only the terms the ontology declares: ``KG.Persn`` fails at once
    (:class:`UnknownTerm`) instead of writing a triple no query will ever find."""

    def term(self, name: str) -> URIRef:
        key = (str(self), name)
        t = _TERMS.get(key)
        if t is None:
            if name not in _declared(str(self)):
                raise UnknownTerm(f"kg:{name} is not declared in ontology/kg.ttl")
            t = _remember(key, Namespace.term(self, name))
        return t


KG = ClosedNamespace("https://w3id.org/vnkg/ontology#")
"""Terms of the ontology (classes and properties), and only those. Write ``KG["term"]`` and
``KG["title"]``: ``KG.term`` and ``KG.title`` are methods of the namespace (a ``str``), not IRIs."""

ID = CachedNamespace("https://w3id.org/vnkg/id/")
"""Base of the IRIs kg mints for entities: ``ID["person/..."]``."""

ELI = CachedNamespace("http://data.europa.eu/eli/ontology#")
OA = CachedNamespace("http://www.w3.org/ns/oa#")
PROV = CachedNamespace("http://www.w3.org/ns/prov#")
SCHEMA = CachedNamespace("https://schema.org/")
ORG = CachedNamespace("http://www.w3.org/ns/org#")

# One prefix per kind of entity IRI (ID + "person/…"), so Turtle reads "person:nguyen-chi-dung-…".
ENTITY_PREFIXES = {
    "report": "report", "mention": "mention", "person": "person", "organization": "org", "post": "post",
    "role": "role", "tenure": "tenure", "directive": "directive", "event": "event", "campaign": "campaign",
    "place": "place", "doctype": "doctype",
}

PREFIXES = {
    "kg": KG,
    **{prefix: CachedNamespace(f"{ID}{kind}/") for prefix, kind in ENTITY_PREFIXES.items()},
    "eli": ELI,
    "oa": OA,
    "prov": PROV,
    "org": ORG,
    "schema": SCHEMA,
}


@dataclass(frozen=True)
class ClassInfo:
    """One ontology class as the views and the sync need it."""

    iri: URIRef
    name: str  # local name: "Person"
    label_vi: str
    label_en: str
    comment: str
    colour: str
    shape: str
    order: int
    neo4j_label: bool
    superclasses: tuple[str, ...] = ()  # local names of kg superclasses, nearest first


@dataclass(frozen=True)
class PropertyInfo:
    iri: URIRef
    name: str  # local name: "postIn"
    label_vi: str
    label_en: str
    is_object: bool
    parents: tuple[URIRef, ...] = ()


@dataclass(frozen=True)
class EdgeCollapse:
    """An n-ary class that property graphs show as a decorated relationship (Tenure → holds)."""

    cls: URIRef
    source: URIRef  # property whose value is the start node (kg:holder)
    target: URIRef  # property whose value is the end node (kg:post)
    edge: URIRef  # the relationship the record decorates (kg:holds)


@dataclass(frozen=True)
class Roles:
    """Which ontology classes play which part in a picture of the graph (all read from the ontology).

    It lives here, on the ground floor, because the views, the analytics and the exports all ask it
    and none of them may import another.
    """

    entity: frozenset[str]  # class local names drawn as nodes
    evidence: frozenset[str]  # Report, Mention: provenance data
    collapsed: frozenset[str]  # Tenure: becomes an edge
    concept: frozenset[str]  # Role, DocumentType: attributes
    sub_properties: dict[str, frozenset[str]]  # property -> its kg sub-properties (attended -> chaired)


@dataclass(frozen=True)
class Vocabulary:
    graph: Graph
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    properties: dict[str, PropertyInfo] = field(default_factory=dict)
    collapses: tuple[EdgeCollapse, ...] = ()

    def cls(self, name: str) -> ClassInfo:
        return self.classes[name]

    def class_of(self, iri: URIRef) -> ClassInfo | None:
        name = local_name(iri)
        info = self.classes.get(name)
        return info if info is not None and info.iri == iri else None

    def legend(self) -> list[ClassInfo]:
        """Classes that have a place in legends and filters, in their declared order."""
        return sorted((c for c in self.classes.values() if c.order < 1000), key=lambda c: (c.order, c.name))

    @cached_property
    def roles(self) -> Roles:
        """The parts classes play (computed once per vocabulary, kept on it rather than in a module dict)."""
        g = self.graph
        evidence: set[str] = set()
        for rng in g.objects(KG.mentionedIn, RDFS.range):
            evidence.add(local_name(rng))
        for dom in g.objects(KG.supports, RDFS.domain):
            evidence.add(local_name(dom))
        for c in g.subjects(KG.viewRole, Literal("evidence")):  # provenance records (kg:IdentityLink)
            evidence.add(local_name(c))
        collapsed = {local_name(c.cls) for c in self.collapses}
        concept = {c.name for c in self.classes.values() if (c.iri, RDFS.subClassOf, SKOS.Concept) in g}
        entity = {name for name in self.classes if name not in evidence | collapsed | concept}
        subs: dict[str, set[str]] = defaultdict(set)
        for p in self.properties.values():
            for parent in p.parents:
                if str(parent).startswith(str(KG)):
                    subs[local_name(parent)].add(p.name)
        return Roles(frozenset(entity), frozenset(evidence), frozenset(collapsed), frozenset(concept),
                     {k: frozenset(v) for k, v in subs.items()})


def local_name(iri: str) -> str:
    s = str(iri)
    for sep in ("#", "/"):
        if sep in s:
            s = s.rsplit(sep, 1)[1]
    return s


def _label(g: Graph, node: URIRef, lang: str) -> str:
    for o in g.objects(node, RDFS.label):
        if isinstance(o, Literal) and o.language == lang:
            return str(o)
    return local_name(node)


def _kg_superclasses(g: Graph, cls: URIRef) -> tuple[str, ...]:
    out: list[str] = []
    frontier = [cls]
    while frontier:
        nxt = []
        for c in frontier:
            for sup in g.objects(c, RDFS.subClassOf):
                if isinstance(sup, URIRef) and str(sup).startswith(str(KG)) and local_name(sup) not in out:
                    out.append(local_name(sup))
                    nxt.append(sup)
        frontier = nxt
    return tuple(out)


@cache
def load() -> Vocabulary:
    """Read the ontology (cached: it is the same file for the life of the process)."""
    g = Graph()
    g.parse(ONTOLOGY_TTL, format="turtle")
    classes: dict[str, ClassInfo] = {}
    for c in sorted(g.subjects(RDF.type, OWL.Class)):
        if not isinstance(c, URIRef) or not str(c).startswith(str(KG)):
            continue
        supers = _kg_superclasses(g, c)
        parent = classes.get(supers[0]) if supers else None
        colour = g.value(c, KG.colour)
        shape = g.value(c, KG.shape)
        order = g.value(c, KG.viewOrder)
        classes[local_name(c)] = ClassInfo(
            iri=c,
            name=local_name(c),
            label_vi=_label(g, c, "vi"),
            label_en=_label(g, c, "en"),
            comment=str(g.value(c, RDFS.comment) or ""),
            colour=str(colour) if colour else (parent.colour if parent else "#777777"),
            shape=str(shape) if shape else (parent.shape if parent else "dot"),
            order=int(order) if order is not None else 1000,
            neo4j_label=bool(g.value(c, KG.neo4jLabel)),
            superclasses=supers,
        )
    # Subclasses declared before their parents inherit colour on a second pass.
    properties: dict[str, PropertyInfo] = {}
    for kind, is_obj in ((OWL.ObjectProperty, True), (OWL.DatatypeProperty, False)):
        for p in sorted(g.subjects(RDF.type, kind)):
            if isinstance(p, URIRef):
                properties[local_name(p)] = PropertyInfo(
                    iri=p,
                    name=local_name(p),
                    label_vi=_label(g, p, "vi"),
                    label_en=_label(g, p, "en"),
                    is_object=is_obj,
                    parents=tuple(x for x in g.objects(p, RDFS.subPropertyOf) if isinstance(x, URIRef)),
                )
    collapses = tuple(
        EdgeCollapse(cls=c, source=g.value(c, KG.edgeSource), target=g.value(c, KG.edgeTarget),
                     edge=g.value(c, KG.edgeProperty))
        for c in sorted(g.subjects(KG.edgeProperty, None))
    )
    return Vocabulary(graph=g, classes=classes, properties=properties, collapses=collapses)


def roles(vocab: Vocabulary | None = None) -> Roles:
    """The parts the ontology's classes play in a picture of the graph (see :class:`Roles`)."""
    return (vocab or load()).roles


def sub_properties(name: str, vocab: Vocabulary | None = None) -> frozenset[str]:
    """``name`` and its kg sub-properties (``attended`` -> ``chaired``, ``spokeAt``), from the ontology."""
    return frozenset({name, *roles(vocab).sub_properties.get(name, ())})


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(SHAPES_TTL, format="turtle")
    return g


@cache
def allowed_values(prop: URIRef) -> tuple[str, ...]:
    """The values ``ontology/shapes.ttl`` allows for a property (its ``sh:in`` list), in their order.

    >>> allowed_values(KG.status)
    ('holds', 'appointed', 'nominated', 'former', 'left')
    """
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    g = shapes_graph()
    for shape in g.subjects(SH.path, prop):
        values = g.value(shape, SH["in"])
        if values is not None:
            return tuple(str(v) for v in Collection(g, values))
    raise KeyError(f"ontology/shapes.ttl gives no sh:in list for {prop}")


def tenure_statuses() -> tuple[str, ...]:
    """What a report may say of a tenure (``kg:status``): holds, appointed, nominated, former, left."""
    return allowed_values(KG.status)


@cache
def participation_roles() -> frozenset[str]:
    """How a person takes part in an event: ``kg:attended`` and its sub-properties (chaired, spokeAt)."""
    return sub_properties("attended")


def markdown_reference(vocab: Vocabulary | None = None) -> str:
    """The ontology's classes and properties as Markdown tables (``docs/ontology.md`` is this text)."""
    v = vocab or load()
    lines = [
        "# The kg ontology",
        "",
        "Generated from `ontology/kg.ttl` by `python -m kg.vocab > docs/ontology.md`; a test keeps it current.",
        f"Namespace: `{KG}` (prefix `kg:`); entity IRIs: `{ID}<kind>/<slug>-<hash>`.",
        "",
        "## Classes",
        "",
        "| class | Vietnamese | English | superclasses (kg) | colour | comment |",
        "|---|---|---|---|---|---|",
    ]
    for c in sorted(v.classes.values(), key=lambda c: (c.order, c.name)):
        supers = ", ".join(f"`{s}`" for s in c.superclasses) or ""
        lines.append(f"| `kg:{c.name}` | {c.label_vi} | {c.label_en} | {supers} | `{c.colour}` | {c.comment} |")
    lines += ["", "## Properties", "", "| property | kind | Vietnamese | English | aligned with |",
              "|---|---|---|---|---|"]
    for p in sorted(v.properties.values(), key=lambda p: (not p.is_object, str(p.iri))):
        name = f"kg:{p.name}" if str(p.iri).startswith(str(KG)) else v.graph.namespace_manager.normalizeUri(p.iri)
        parents = ", ".join(f"`{v.graph.namespace_manager.normalizeUri(x)}`" for x in p.parents)
        kind = "relation" if p.is_object else "value"
        lines.append(f"| `{name}` | {kind} | {p.label_vi} | {p.label_en} | {parents} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(markdown_reference())
