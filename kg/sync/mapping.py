"""How RDF terms become Neo4j labels, relationship types and property keys: derived from the ontology.

- Labels: a node typed with a kg class gets the class's local name and those of its superclasses
  that the ontology marks ``kg:neo4jLabel`` (``:PartyOrganization:Organization``); every node also
  carries the technical label ``Resource`` with a unique ``iri``, so writes can MERGE on one index
  without knowing a node's class (as neosemantics does).
- Relationship types: the local name of the object property in UPPER_SNAKE_CASE (``postIn`` ->
  ``POST_IN``). Property keys: the local name in camelCase; ``rdfs:label`` is ``name``,
  ``skos:altLabel`` the list ``altNames``; a language other than Vietnamese adds a suffix
  (``@en`` -> ``nameEn``).
- A ``KeyMap`` remembers, for every key and type it handed out, the predicate (and language and the
  datatypes kept as strings) it stands for. It is stored in Neo4j, so ``kg export --from-neo4j``
  turns the graph back into the same triples, and keys stay stable from one sync to the next.

Labels and types are the only names that reach Cypher text, and they must match ``IDENTIFIER``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from rdflib import RDF, RDFS, SKOS, XSD

from kg import vocab

IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
BASE_LABEL = "Resource"
"""Technical label on every synced node (unique ``iri``): lets a MERGE find a node of any class."""

RDF_TYPE = str(RDF.type)
# kg:labelEn is the English rdfs:label (a sub-property of it), so it is the ``name`` key + ``En``.
LABEL_KEYS = {str(RDFS.label): "name", str(vocab.KG.labelEn): "name", str(SKOS.altLabel): "altNames"}
NAME_KEY = "name"
ALT_NAMES_KEY = "altNames"
LIST_KEYS = {ALT_NAMES_KEY}
HOME_LANG = "vi"

# Properties the sync computes; never read back as RDF.
DERIVED_KEYS = frozenset({"iri", "sources", "shared", "searchKeys", "_facts", "rdfTypes", "_impliedLabels",
                          "_plainKeys", "_extra", "_altFromName", "level", "displayName", "_model"})
MODEL_VERSION = 2
"""Bumped when what a node's properties are computed from its facts changes (2: one value per key,
``level``, ``displayName``): a node written by an older model is rewritten even if its facts are not."""
RESERVED_KEYS = DERIVED_KEYS

_INT_TYPES = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
XSD_STRING = str(XSD.string)
XSD_DATE = str(XSD.date)
XSD_BOOLEAN = str(XSD.boolean)
XSD_INTEGER = str(XSD.integer)
RDF_LANGSTRING = str(RDF.langString)

# Datatypes stored as strings whose lexical form says which they are (partial dates: ``--12-18``).
LEXICAL = {
    str(XSD.gYear): re.compile(r"^-?\d{4,}(Z|[+-]\d{2}:\d{2})?$"),
    str(XSD.gYearMonth): re.compile(r"^-?\d{4,}-\d{2}(Z|[+-]\d{2}:\d{2})?$"),
    str(XSD.gMonthDay): re.compile(r"^--\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$"),
    str(XSD.gMonth): re.compile(r"^--\d{2}(Z|[+-]\d{2}:\d{2})?$"),
    str(XSD.gDay): re.compile(r"^---\d{2}(Z|[+-]\d{2}:\d{2})?$"),
    str(XSD.date): re.compile(r"^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$"),
    str(XSD.dateTime): re.compile(r"^-?\d{4,}-\d{2}-\d{2}T"),
}

_PREFIXES = {str(ns): p for p, ns in vocab.PREFIXES.items()} | {
    str(RDFS): "rdfs", str(SKOS): "skos", str(RDF): "rdf", "http://purl.org/dc/terms/": "dcterms",
    "http://xmlns.com/foaf/0.1/": "foaf", "http://www.w3.org/2002/07/owl#": "owl",
}


def split_iri(iri: str) -> tuple[str, str]:
    for sep in ("#", "/"):
        if sep in iri:
            ns, local = iri.rsplit(sep, 1)
            if local:
                return ns + sep, local
    return "", iri


def _identifier(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_]", "_", text)
    return s if s and s[0].isalpha() else f"x{s}"


def upper_snake(local: str) -> str:
    """``postIn`` -> ``POST_IN``, ``subOrganizationOf`` -> ``SUB_ORGANIZATION_OF``, ``based_on`` -> same."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local)
    return _identifier(s).upper()


def camel(local: str) -> str:
    s = _identifier(local)
    return s[0].lower() + s[1:]


def lang_suffix(lang: str | None) -> str:
    if not lang or lang.lower() == HOME_LANG:
        return ""
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", lang) if part)


def check_identifier(name: str) -> str:
    if not IDENTIFIER.match(name):
        raise ValueError(f"not a safe Neo4j label or type: {name!r}")
    return name


@dataclass
class PropKey:
    pred: str
    lang: str | None  # language of the values (None: untagged or mixed with untagged)
    datatypes: set[str] = field(default_factory=set)  # non-native datatypes kept as strings


@dataclass
class KeyMap:
    """Key <-> predicate bookkeeping; JSON-serialisable into the ``_KgSync`` meta node."""

    props: dict[str, PropKey] = field(default_factory=dict)
    rels: dict[str, str] = field(default_factory=dict)  # TYPE -> predicate IRI
    edge_keys: set[str] = field(default_factory=set)  # keys copied from a collapsed record to its edge
    _by_pred: dict[tuple[str, str], str] = field(default_factory=dict)
    _rel_by_pred: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for k, pk in self.props.items():
            self._by_pred[(pk.pred, lang_suffix(pk.lang))] = k
        for t, p in self.rels.items():
            self._rel_by_pred[p] = t

    def prop_key(self, pred: str, lang: str | None) -> str:
        suffix = lang_suffix(lang)
        k = self._by_pred.get((pred, suffix))
        if k is not None:
            return k
        ns, local = split_iri(pred)
        base = LABEL_KEYS.get(pred) or camel(local)
        candidates = [base + suffix, camel(f"{_PREFIXES.get(ns, 'ns')}_{local}") + suffix]
        k = next((c for c in candidates if c not in self.props and c not in RESERVED_KEYS), None)
        n = 2
        while k is None:
            c = f"{candidates[1]}{n}"
            k = c if c not in self.props else None
            n += 1
        self.props[k] = PropKey(pred, lang if suffix else (lang or None))
        self._by_pred[(pred, suffix)] = k
        return k

    def rel_type(self, pred: str) -> str:
        t = self._rel_by_pred.get(pred)
        if t is not None:
            return t
        ns, local = split_iri(pred)
        candidates = [upper_snake(local), upper_snake(f"{_PREFIXES.get(ns, 'ns')}_{local}")]
        t = next((c for c in candidates if c not in self.rels), None)
        n = 2
        while t is None:
            c = f"{candidates[1]}_{n}"
            t = c if c not in self.rels else None
            n += 1
        check_identifier(t)
        self.rels[t] = pred
        self._rel_by_pred[pred] = t
        return t

    def to_json(self) -> str:
        return json.dumps({
            "props": {k: [v.pred, v.lang, sorted(v.datatypes)] for k, v in sorted(self.props.items())},
            "rels": dict(sorted(self.rels.items())),
            "edgeKeys": sorted(self.edge_keys),
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> KeyMap:
        if not text:
            return cls()
        d = json.loads(text)
        props = {k: PropKey(v[0], v[1], set(v[2])) for k, v in d.get("props", {}).items()}
        return cls(props=props, rels=dict(d.get("rels", {})), edge_keys=set(d.get("edgeKeys", [])))


@dataclass(frozen=True)
class Labels:
    """Class IRI -> the Neo4j labels its instances carry, from the ontology."""

    by_class: dict[str, tuple[str, ...]]
    implied: dict[str, frozenset[str]]  # label -> labels it implies (its marked superclasses)
    class_of_label: dict[str, str]

    @classmethod
    def from_vocab(cls, v: vocab.Vocabulary | None = None) -> Labels:
        v = v or vocab.load()
        by_class: dict[str, tuple[str, ...]] = {}
        implied: dict[str, frozenset[str]] = {}
        class_of: dict[str, str] = {}
        for info in v.classes.values():
            if not info.neo4j_label or not IDENTIFIER.match(info.name) or info.name == BASE_LABEL:
                continue
            supers = tuple(s for s in info.superclasses
                           if s in v.classes and v.classes[s].neo4j_label and IDENTIFIER.match(s))
            by_class[str(info.iri)] = (info.name, *supers)
            implied[info.name] = frozenset(supers)
            class_of[info.name] = str(info.iri)
        return cls(by_class, implied, class_of)

    def for_types(self, types: list[str]) -> tuple[tuple[str, ...], list[str], list[str]]:
        """(labels, rdf:type IRIs that no label expresses, labels only implied by a subclass)."""
        labels: set[str] = set()
        explicit: set[str] = set()
        extra: list[str] = []
        for t in types:
            ls = self.by_class.get(t)
            if ls:
                labels.update(ls)
                explicit.add(ls[0])
            else:
                extra.append(t)
        return tuple(sorted(labels)), sorted(set(extra)), sorted(labels - explicit)

    def types_of(self, labels: list[str], implied_only: list[str] | None = None) -> list[str]:
        """The rdf:types a label set stands for (without those a subclass only implied)."""
        skip = set(implied_only or ())
        return sorted(self.class_of_label[label] for label in labels
                      if label in self.class_of_label and label not in skip)


# ------------------------------------------------------------------------------------------------
# Literal values: (lexical, datatype) <-> the Neo4j value

def literal_kind(datatype: str | None, lang: str | None) -> str:
    """A short tag saying how a literal is stored: s(tring) i(nt) b(ool) d(ate) f(loat) or x:<dt>."""
    if lang or datatype in (None, XSD_STRING, RDF_LANGSTRING):
        return "s"
    if datatype in _INT_TYPES:
        return "i" if datatype == XSD_INTEGER else f"x:{datatype}"
    if datatype == XSD_BOOLEAN:
        return "b"
    if datatype == XSD_DATE:
        return "d"
    return f"x:{datatype}"


def to_neo4j(lexical: str, kind: str):
    """The Neo4j value of a literal; falls back to the lexical string when it does not parse."""
    try:
        if kind == "i":
            v = int(lexical)
            return v if -(2**63) <= v < 2**63 else lexical
        if kind == "b":
            return lexical.strip() in ("true", "1")
        if kind == "d" and _FULL_DATE.fullmatch(lexical):
            return _neo4j_date(lexical)
    except ValueError:
        pass
    return lexical


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _neo4j_date(lexical: str):
    """A full date's Neo4j ``Date``, once per distinct date (a corpus states the same few thousand
    dates over and over; the parse was 3 % of a first sync's Python side). Immutable, so shared."""
    from neo4j.time import Date

    d = date.fromisoformat(lexical)
    return Date(d.year, d.month, d.day)


def stored_as_string(kind: str, value) -> str | None:
    """The datatype to remember for ``key`` when a typed literal had to be kept as a string."""
    if isinstance(value, str):
        if kind.startswith("x:"):
            return kind[2:]
        if kind == "d":
            return XSD_DATE
        if kind == "i":
            return XSD_INTEGER
    return None


def from_neo4j(value, key: PropKey | None, plain: bool = False):
    """(lexical, datatype or None, lang or None) of one stored value, for the RDF export."""
    if isinstance(value, bool):
        return ("true" if value else "false"), XSD_BOOLEAN, None
    if isinstance(value, int):
        return str(value), XSD_INTEGER, None
    if isinstance(value, float):
        return repr(value), str(XSD.double), None
    if hasattr(value, "iso_format") and not isinstance(value, str):
        return value.iso_format(), XSD_DATE, None
    s = str(value)
    if key is None:
        return s, None, None
    for dt in sorted(key.datatypes):
        pat = LEXICAL.get(dt)
        if pat is not None and pat.match(s):
            return s, dt, None
    others = [dt for dt in key.datatypes if dt not in LEXICAL and dt != XSD_STRING]
    if len(others) == 1 and XSD_STRING not in key.datatypes:
        return s, others[0], None
    return s, None, None if plain else key.lang


# ------------------------------------------------------------------------------------------------
# One value per key, and what the sync adds for queries (never read back as RDF)

def canonical_rank(value: tuple[str, str], graphs: int) -> tuple:
    """Sort key choosing the one value a key shows when sources disagree (the first wins).

    A value Neo4j can type (a full ``Date``) beats a partial date kept as a string, then the value
    more reports state, then the longer (more complete) one, then the text, so the choice never
    depends on the order reports were read in.
    """
    lex, kind = value
    untyped = kind != "s" and isinstance(to_neo4j(lex, kind), str)
    return (untyped, -graphs, -len(lex), lex)


LEVELS = ("central", "province", "district", "commune")
"""Administrative levels, coarsest first (``loaders/data/organizations.tsv`` and ``place_words.tsv``)."""


_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    from kg.textkey import key as text_key

    return tuple(_WORD.findall(text_key(text)))


@cache
def _level_tables() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]], int]:
    """Phrase (matching words) -> level, from organizations.tsv's forms and place_words.tsv; and
    the names of districts.tsv; and the longest phrase's length in words (computed per call, it
    was a tenth of the sync's node-state time). The extractor reads the same tables (``kg.reference``)."""
    from kg.reference.tables import rows

    phrases: dict[tuple[str, ...], str] = {}
    for r in rows("place_words.tsv"):
        phrases.setdefault(_words(r["word"]), r["level"])
    for r in rows("organizations.tsv"):  # an organization's own form wins over a place word in it
        for form in [r["canonical"], *r["forms"].split("|")]:
            if form.strip():
                phrases[_words(form)] = r["level"]
    phrases.pop((), None)
    districts = frozenset(_words(r["name"]) for r in rows("districts.tsv"))
    return phrases, districts, max(len(p) for p in phrases)


def admin_level(name: str) -> str | None:
    """The finest administrative level a name states: "Ban Dân vận Huyện ủy Tuy Phước" -> district.

    Read from the data tables the extractor uses: an organization form with a fixed level ("Tỉnh ủy":
    province, "Bộ Chính trị": central) or a place word ("huyện", "xã", "tỉnh"; "thành phố" followed
    by a name of ``districts.tsv`` is a district-level city). ``None`` when the name says nothing
    (a bare "Ban Tuyên giáo").
    """
    phrases, districts, longest = _level_tables()
    words = _words(name)
    found: set[str] = set()
    i = 0
    while i < len(words):
        n = next((n for n in range(min(longest, len(words) - i), 0, -1) if words[i:i + n] in phrases), 0)
        if not n:
            i += 1
            continue
        level = phrases[words[i:i + n]]
        if level == "province":  # "thành phố Quy Nhơn": a city of a province
            rest = words[i + n:]
            if any(rest[:k] in districts for k in range(1, min(len(rest), 4) + 1)):
                level = "district"
        if level in LEVELS:
            found.add(level)
        i += n
    return max(found, key=LEVELS.index) if found else None


def _day(value) -> str:
    text = value.iso_format() if hasattr(value, "iso_format") else str(value)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    return f"{int(m.group(3))}/{int(m.group(2))}/{m.group(1)}" if m else text


def derived_props(labels: tuple[str, ...], props: dict) -> dict:
    """Keys computed for queries: ``level`` of places and organizations, ``displayName`` of places.

    Provinces exist twice, before and after the 1 July 2025 merger, under the same name; the
    display name says which ("Bình Định (đến 30/6/2025)", "Gia Lai (từ 1/7/2025)"), and queries
    pick the current ones with ``WHERE pl.validUntil IS NULL``.
    """
    out: dict = {}
    name = props.get(NAME_KEY)
    if not isinstance(name, str):
        return out
    if "Place" in labels:
        kind = props.get("placeType")
        # the places a build writes are provinces and centrally-run cities ("tỉnh", "thành phố")
        out["level"] = (admin_level(kind) if isinstance(kind, str) else None) or "province"
        if props.get("validUntil") is not None:
            out["displayName"] = f"{name} (đến {_day(props['validUntil'])})"
        elif props.get("validFrom") is not None:
            out["displayName"] = f"{name} (từ {_day(props['validFrom'])})"
        else:
            out["displayName"] = name
    elif "Organization" in labels:
        level = admin_level(name)
        if level:
            out["level"] = level
    return out
