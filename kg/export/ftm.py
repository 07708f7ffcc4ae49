"""FollowTheMoney entities of a build, as JSON lines: the form OpenSanctions and Aleph tooling read.

- every ``kg:Person`` is a ``Person``;
- every ``kg:Organization`` an ``Organization``, or a ``PublicBody`` when kg knows it is a State
  body (``kg:StateOrganization``: ministries, people's committees, councils);
- every ``kg:Post`` a ``Position`` (its ``organization`` the body it is in);
- every ``kg:Tenure`` an ``Occupancy`` of that position by that person, with the sentences it was
  read from as its ``description`` and the reports' addresses as ``sourceUrl``.

Entity ids are kg's own IRI slugs (``vnkg-person-tran-van-khai-1a2b3c4d``), so two exports of the
same build agree and an entity keeps its id from build to build. Values come from a SPARQL query per
schema on the build's pyoxigraph store; the output is sorted by id, one entity per line.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from kg.export.store import load_store
from kg.vocab import ID, KG

COUNTRY = "vn"
_SAFE_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")
# kg's tenure status -> FollowTheMoney's occupancy status (current, ended, unknown)
STATUS = {"holds": "current", "appointed": "current", "nominated": "unknown", "former": "ended", "left": "ended"}
PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"


def entity_id(iri: str) -> str:
    """A FollowTheMoney id from a kg IRI: its path under the id namespace, or a hash of it."""
    base = str(ID)
    local = iri[len(base):].replace("/", "-") if iri.startswith(base) else ""
    candidate = f"vnkg-{local}"
    if local and len(candidate) <= 200 and _SAFE_ID.match(candidate):
        return candidate
    return "vnkg-" + hashlib.sha1(iri.encode("utf-8")).hexdigest()


def _date(lexical: str) -> str | None:
    """An xsd date, gYearMonth or gYear as FtM's date prefix ("2024-03-14", "2024-03", "2024")."""
    return lexical if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", lexical) else None


class _Entities:
    def __init__(self) -> None:
        self.schema: dict[str, str] = {}
        self.props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, iri: str, schema: str, **values: str | None) -> str:
        eid = entity_id(iri)
        if self.schema.get(eid) != "PublicBody":  # PublicBody is the more specific schema
            self.schema[eid] = schema
        for prop, value in values.items():
            if value:
                self.props[eid][prop].add(value)
        return eid

    def rows(self) -> Iterator[dict]:
        for eid in sorted(self.schema):
            props = {k: sorted(v) for k, v in sorted(self.props[eid].items())}
            yield {"id": eid, "schema": self.schema[eid], "properties": props}


def _query(store, q: str):
    for row in store.query(PREFIXES + q):
        yield [None if t is None else t.value for t in row]


def entities(path: Path) -> Iterator[dict]:
    """The build's persons, organizations, positions and occupancies as FtM entity dicts."""
    store, _ = load_store(path)
    e = _Entities()
    for p, name in _query(store, "SELECT ?p ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"):
        e.add(p, "Person", name=name, country=COUNTRY)
    for o, name, state in _query(store, """
            SELECT ?o ?name ?state WHERE { ?o a kg:Organization ; rdfs:label ?name .
              BIND(EXISTS { ?o a kg:StateOrganization } AS ?state) }"""):
        e.add(o, "PublicBody" if state == "true" else "Organization", name=name, country=COUNTRY)
    for o, alias in _query(store, """
            SELECT ?o ?alias WHERE { ?o a kg:Organization .
              { ?o skos:altLabel ?alias } UNION { ?o kg:labelEn ?alias } }"""):
        e.add(o, "Organization", alias=alias)
    for post, name, org in _query(store, """
            SELECT ?post ?name ?org WHERE { ?post a kg:Post ; rdfs:label ?name .
              OPTIONAL { ?post kg:postIn ?org } }"""):
        e.add(post, "Position", name=name, country=COUNTRY, organization=entity_id(org) if org else None)
    for t, holder, post, status, start, end in _query(store, """
            SELECT ?t ?holder ?post ?status ?start ?end WHERE { ?t a kg:Tenure ; kg:holder ?holder ; kg:post ?post .
              OPTIONAL { ?t kg:status ?status } OPTIONAL { ?t kg:startDate ?start }
              OPTIONAL { ?t kg:endDate ?end } }"""):
        e.add(t, "Occupancy", holder=entity_id(holder), post=entity_id(post),
              status=STATUS.get(status or "", "unknown"), startDate=_date(start or ""), endDate=_date(end or ""))
    for t, sentence, url in _query(store, """
            SELECT ?t ?sentence ?url WHERE { ?t a kg:Tenure . ?m kg:supports ?t ; kg:inReport ?r .
              OPTIONAL { ?m kg:sentence ?sentence } OPTIONAL { ?r kg:url ?url } }"""):
        e.add(t, "Occupancy", description=sentence, sourceUrl=url)
    yield from e.rows()


def write_ftm(path: Path, out: TextIO) -> int:
    n = 0
    for entity in entities(path):
        out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
