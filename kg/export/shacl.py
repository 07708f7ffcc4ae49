"""SHACL validation of a build, fast enough to run on every corpus build, with results in words.

pySHACL on the corpus build takes ~50 s and ~670 MB (29 s of it parsing into rdflib), too slow to
run on every build or in the test suite; one SPARQL query per constraint on a pyoxigraph store was
~15-20 s (GROUP BY over the union of 990 named graphs). kg's shapes use a small part of SHACL Core:
class targets and property shapes with a simple path and ``sh:minCount``, ``sh:maxCount``,
``sh:class``, ``sh:datatype``, ``sh:languageIn`` and ``sh:in``. So the fast engine reads the file
once as a stream (pyoxigraph's parser), keeps only ``rdf:type``, ``rdfs:subClassOf`` and the
constrained properties, and checks the constraints in Python. A shapes file that uses anything else
is refused by :func:`compile_shapes` (``kg validate`` then falls back to pySHACL), so the fast path
never silently checks less; the test suite checks that both engines find the same results on
graphs built to break every rule.

A violation names the node (its label and IRI), the rule (shape, property, constraint) and the
reports that stated the offending facts (the named graphs of ``graph.trig``).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, SH, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.export.store import rdf_format, report_id
from kg.vocab import PREFIXES

SUPPORTED = {"minCount", "maxCount", "class", "datatype", "languageIn", "in"}
# Parameters that describe rather than constrain.
_DESCRIPTIVE = {SH.name, SH.description, SH.message, SH.order, SH.group, RDFS.comment, RDFS.label, SH.path,
                RDF.type, SH.severity}

RDF_TYPE = str(RDF.type)
SUBCLASS = str(RDFS.subClassOf)
LABEL = str(RDFS.label)


class UnsupportedShapes(Exception):
    """The shapes use SHACL features the fast engine does not implement; use pySHACL."""


@dataclass(frozen=True)
class Constraint:
    """One constraint of one property shape, as the fast engine runs it."""

    shape: str  # the node shape's IRI
    targets: tuple[str, ...]  # target class IRIs
    path: str  # the property IRI
    kind: str  # one of SUPPORTED
    value: object  # int, an IRI string, a tuple of language tags, or a tuple of allowed terms (N-Triples)
    message: str | None = None

    def rule(self) -> str:
        """The rule in words: 'kg:OrganizationShape: kg:jurisdiction at most 1 value'."""
        path = curie(self.path)
        if self.kind == "minCount":
            what = f"at least {self.value} value{'s' if self.value != 1 else ''} of {path}"
        elif self.kind == "maxCount":
            what = f"at most {self.value} value{'s' if self.value != 1 else ''} of {path}"
        elif self.kind == "class":
            what = f"every {path} is a {curie(str(self.value))}"
        elif self.kind == "datatype":
            what = f"every {path} is a literal of type {curie(str(self.value))}"
        elif self.kind == "languageIn":
            what = f"every {path} is tagged " + " or ".join(f"@{t}" for t in self.value)  # type: ignore[attr-defined]
        else:
            what = f"every {path} is one of " + ", ".join(self.value)  # type: ignore[arg-type]
        return f"{curie(self.shape)} (sh:{self.kind}): {what}"


def curie(iri: str) -> str:
    for prefix, ns in (*PREFIXES.items(), ("rdfs", str(RDFS)), ("rdf", str(RDF)),
                       ("xsd", "http://www.w3.org/2001/XMLSchema#"), ("sh", str(SH))):
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return f"<{iri}>"


def _nt(term: Node) -> str:
    """An rdflib term as a SPARQL/N-Triples term."""
    return term.n3()


def compile_shapes(shapes: Graph) -> list[Constraint]:
    """Every constraint of ``shapes`` for the fast engine; UnsupportedShapes names what is not."""
    out: list[Constraint] = []
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(SH.targetClass, None))
    for ns in sorted(node_shapes, key=str):
        targets = tuple(sorted(str(c) for c in shapes.objects(ns, SH.targetClass)))
        for p, _ in shapes.predicate_objects(ns):
            if p not in (SH.targetClass, SH.property) and p not in _DESCRIPTIVE:
                raise UnsupportedShapes(f"{curie(str(ns))}: node-level {curie(str(p))} is not supported")
        if not targets:
            raise UnsupportedShapes(f"{curie(str(ns))}: only sh:targetClass targets are supported")
        for ps in shapes.objects(ns, SH.property):
            path = shapes.value(ps, SH.path)
            if not isinstance(path, URIRef):
                raise UnsupportedShapes(f"{curie(str(ns))}: only simple property paths are supported")
            message = shapes.value(ps, SH.message)
            for p, o in shapes.predicate_objects(ps):
                if p in _DESCRIPTIVE:
                    continue
                kind = str(p)[len(str(SH)):] if str(p).startswith(str(SH)) else ""
                if kind not in SUPPORTED:
                    raise UnsupportedShapes(f"{curie(str(ns))} {curie(str(path))}: {curie(str(p))} is not supported")
                value: object
                if kind in ("minCount", "maxCount"):
                    value = int(o)  # type: ignore[arg-type]
                elif kind in ("class", "datatype"):
                    value = str(o)
                elif kind == "languageIn":
                    value = tuple(str(x) for x in Collection(shapes, o))
                else:
                    value = tuple(_nt(x) for x in Collection(shapes, o))
                out.append(Constraint(str(ns), targets, str(path), kind, value,
                                      str(message) if message is not None else None))
    return sorted(out, key=lambda c: (c.shape, c.path, c.kind))


@dataclass
class Violation:
    constraint: Constraint
    focus: str  # IRI (or blank node id) of the node
    value: str | None = None  # the offending value (N-Triples), for value constraints
    count: int | None = None  # the number of values, for count constraints
    label: str | None = None
    reports: list[str] | None = None  # report ids; None when not looked up
    in_default_graph: bool = False  # stated (also) in the build's default graph

    def words(self) -> str:
        c = self.constraint
        node = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        if c.kind in ("minCount", "maxCount"):
            found = f"has {self.count} value{'s' if self.count != 1 else ''} of {curie(c.path)}"
        else:
            found = f"has {curie(c.path)} {self.value}"
        where = ""
        if self.reports:
            where = f"; from report{'s' if len(self.reports) != 1 else ''} {', '.join(self.reports)}"
        if self.in_default_graph:
            where += ("; and" if where else "; from") + " the build's default graph"
        return f"{node} {found}, but the rule {c.rule()}{where}"

    def as_dict(self) -> dict:
        c = self.constraint
        return {"focus": self.focus, "label": self.label, "shape": c.shape, "path": c.path,
                "constraint": f"sh:{c.kind}", "expected": c.value if not isinstance(c.value, tuple) else list(c.value),
                "value": self.value, "count": self.count, "reports": self.reports, "message": self.words()}


Term = ox.NamedNode | ox.BlankNode | ox.Literal


def _key(t: Term | ox.Triple) -> str:
    """A term as a string: IRIs bare (as in the results), blank nodes and literals in N-Triples."""
    return t.value if isinstance(t, ox.NamedNode) else str(t)


def _lang_matches(lang: str, tag: str) -> bool:
    """SPARQL langMatches (RFC 4647 basic filtering), which sh:languageIn uses."""
    lang, tag = lang.lower(), tag.lower()
    if tag == "*":
        return bool(lang)
    return lang == tag or lang.startswith(tag + "-")


@dataclass
class _Data:
    """What the constraints need of a graph: types, subclass links, the constrained values."""

    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    superclasses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    values: dict[str, dict[str, set]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))

    def classes_of(self, node: str) -> set[str]:
        """Every class ``node`` is a SHACL instance of (rdf:type/rdfs:subClassOf* in the data)."""
        direct = self.types.get(node, set())
        if not self.superclasses:
            return direct
        seen, todo = set(direct), list(direct)
        while todo:
            for sup in self.superclasses.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        return seen


def _read(quads: Iterable[ox.Quad], paths: set[str]) -> _Data:
    data = _Data()
    for q in quads:
        p = q.predicate.value
        if p == RDF_TYPE:
            data.types[_key(q.subject)].add(_key(q.object))
        elif p == SUBCLASS:
            data.superclasses[_key(q.subject)].add(_key(q.object))
        if p in paths:
            data.values[p][_key(q.subject)].add(q.object)
    return data


def _bad_value(c: Constraint, v: Term, data: _Data, allowed: set[str]) -> bool:
    if c.kind == "class":
        return isinstance(v, ox.Literal) or c.value not in data.classes_of(_key(v))
    if c.kind == "datatype":
        return not isinstance(v, ox.Literal) or v.datatype.value != c.value
    if c.kind == "languageIn":
        return not isinstance(v, ox.Literal) or not v.language or not any(
            _lang_matches(v.language, t) for t in c.value)  # type: ignore[attr-defined]
    return str(v) not in allowed  # sh:in


def check(quads: Iterable[ox.Quad], constraints: list[Constraint]) -> list[Violation]:
    """Every violation of ``constraints`` in the union of ``quads``, sorted by rule and node."""
    data = _read(quads, {c.path for c in constraints})
    focus: dict[tuple[str, ...], list[str]] = {}
    for c in constraints:
        if c.targets not in focus:
            focus[c.targets] = sorted(x for x in data.types if data.classes_of(x) & set(c.targets))
    out: list[Violation] = []
    for c in constraints:
        values = data.values.get(c.path, {})
        allowed = {str(_ox_term(t)) for t in c.value} if c.kind == "in" else set()  # type: ignore[attr-defined]
        for x in focus[c.targets]:
            vs = values.get(x, ())
            if c.kind == "minCount" and len(vs) < c.value or c.kind == "maxCount" and len(vs) > c.value:  # type: ignore[operator]
                out.append(Violation(c, x, count=len(vs)))
            elif c.kind not in ("minCount", "maxCount"):
                out.extend(Violation(c, x, value=str(v)) for v in sorted(vs, key=str)
                           if _bad_value(c, v, data, allowed))
    out.sort(key=lambda v: (v.constraint.shape, v.constraint.path, v.constraint.kind, v.focus, v.value or ""))
    return out


def _ox_term(nt: str) -> Term:
    """An N-Triples term (as compile_shapes stores sh:in members) as a pyoxigraph term."""
    (quad,) = ox.parse(f"<x:s> <x:p> {nt} .", format=ox.RdfFormat.N_TRIPLES)
    return quad.object


def explain(quads: Iterable[ox.Quad], violations: list[Violation], limit: int = 1000) -> None:
    """Give the first ``limit`` violations the node's label and the reports that stated the facts.

    A second pass over the file, keeping only the triples of the violating nodes: a count rule
    names the reports stating any value of the property (or, for sh:minCount, any fact of the
    node), a value rule the reports stating that value.
    """
    todo = violations[:limit]
    if not todo:
        return
    wanted = {v.focus for v in todo}
    labels: dict[str, set[str]] = defaultdict(set)
    where: dict[tuple[str, str, str], set[str | None]] = defaultdict(set)  # (focus, path, value) -> graphs
    for q in quads:
        s = _key(q.subject)
        if s not in wanted:
            continue
        p = q.predicate.value
        if p == LABEL and isinstance(q.object, ox.Literal):
            labels[s].add(q.object.value)
        g = q.graph_name
        gid = g.value if isinstance(g, ox.NamedNode) else None
        where[(s, p, str(q.object))].add(gid)
        where[(s, p, "")].add(gid)
        where[(s, "", "")].add(gid)
    for v in todo:
        c = v.constraint
        v.label = min(labels[v.focus]) if labels.get(v.focus) else None
        key = (v.focus, "", "") if c.kind == "minCount" else (v.focus, c.path, v.value or "")
        graphs = where.get(key, set())
        v.reports = sorted({rid for g in graphs if g is not None and (rid := report_id(g)) is not None})
        v.in_default_graph = None in graphs


def shacl_constraints(shapes_path: Path | None = None) -> list[Constraint]:
    """The constraints of ``shapes_path`` (default: kg's own ontology/shapes.ttl)."""
    from kg.vocab import shapes_graph

    if shapes_path is None:
        return compile_shapes(shapes_graph())
    g = Graph()
    g.parse(shapes_path, format="turtle")
    return compile_shapes(g)


def validate_file(data_file: Path, constraints: list[Constraint], *, explain_limit: int = 1000) -> list[Violation]:
    """The fast engine on one file (read once, and once more only when something is violated)."""
    fmt = rdf_format(data_file)
    found = check(ox.parse(path=str(data_file), format=fmt), constraints)
    if found:
        explain(ox.parse(path=str(data_file), format=fmt), found, explain_limit)
    return found


def validate_with_pyshacl(data_file: Path, shapes_path: Path | None = None) -> list[Violation]:
    """The reference engine (slow; any SHACL): pySHACL on the union of the file's graphs.

    Results come back as :class:`Violation` with the shape, path, kind, focus and value that
    pySHACL reports, so the two engines can be compared.
    """
    from pyshacl import validate
    from rdflib import Dataset

    from kg.vocab import shapes_graph

    shapes = shapes_graph() if shapes_path is None else Graph().parse(shapes_path, format="turtle")
    ds = Dataset()
    ds.parse(data_file, format="trig" if data_file.suffix == ".trig" else None)
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    _, report, _ = validate(g, shacl_graph=shapes, inference="none")
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        component = str(report.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        kind = component.removesuffix("ConstraintComponent")
        kind = kind[0].lower() + kind[1:]
        source = report.value(r, SH.sourceShape)
        shape = next((str(s) for s in shapes.subjects(SH.property, source)), str(source))
        value = report.value(r, SH.value)
        counted = kind in ("minCount", "maxCount")
        c = Constraint(shape, (), str(report.value(r, SH.resultPath)), kind, None)
        out.append(Violation(c, _rdflib_key(report.value(r, SH.focusNode)),
                             value=None if counted or value is None else str(_to_ox(value))))
    return out


def validate_path(path: Path, shapes: Path | None = None, engine: str = "auto"):
    """(violations, file read, engine used); raises SourceError/SyntaxError/UnsupportedShapes."""
    from kg.export.store import source_file

    f = source_file(path)
    if engine != "pyshacl":
        try:
            constraints = shacl_constraints(shapes)
        except UnsupportedShapes:
            if engine == "fast":
                raise
        else:
            return validate_file(f, constraints), f, "fast"
    return validate_with_pyshacl(f, shapes), f, "pyshacl"


def report(violations, f: Path, *, fmt: str = "text", limit: int = 50, out=None, prog: str = "kg validate") -> None:
    """Print the violations: one paragraph-line each in text, one JSON object a line in json."""
    out = out or sys.stdout
    if fmt == "json":
        for v in violations:
            out.write(json.dumps(v.as_dict(), ensure_ascii=False) + "\n")
        return
    for v in violations[:limit]:
        out.write(v.words() + "\n")
    if len(violations) > limit:
        out.write(f"... and {len(violations) - limit} more (--limit, or --format json for all)\n")
    rules = len({(v.constraint.shape, v.constraint.path, v.constraint.kind) for v in violations})
    print(f"{prog}: {f}: {len(violations)} violation{'s' if len(violations) != 1 else ''} of "
          f"{rules} rule{'s' if rules != 1 else ''}" if violations else f"{prog}: {f}: conforms to the shapes",
          file=sys.stderr)


def _rdflib_key(t: Node) -> str:
    return str(t) if isinstance(t, URIRef) else t.n3()


def _to_ox(t: Node) -> Term:
    return _ox_term(t.n3())
