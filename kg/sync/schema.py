"""Constraints and indexes, derived from the ontology and created idempotently before each sync.

- ``iri`` is unique on ``Resource`` (the label every synced node has, the one writes MERGE on) and
  on every ontology label, so ``MATCH (p:Person {iri: $iri})`` is an index seek too.
- Range indexes on the keys analysts filter by: ``name`` on every label, and ``symbol`` and
  ``date`` on the classes the ontology gives as their domain (Directive, Event).
- One full-text index ``kgNames`` over ``name``, ``nameEn`` and ``searchKeys`` (names and alternative
  names in ``kg.textkey.ascii_key`` form) with Lucene's ``standard-folding`` analyzer, so
  "nguyen chi dung", "Nguyễn Chí Dũng" and either tone style ("Thủy"/"Thuỷ") all find the person.
"""

from __future__ import annotations

import re

from rdflib import RDFS

from kg import vocab
from kg.sync.mapping import BASE_LABEL, IDENTIFIER, Labels, check_identifier

FULLTEXT_INDEX = "kgNames"
STATE_LABELS = ("_KgSync", "_KgGraph")
FILTER_KEYS = ("symbol", "date")


def statements(labels: Labels | None = None) -> list[str]:
    labels = labels or Labels.from_vocab()
    v = vocab.load()
    out = [
        f"CREATE CONSTRAINT kg_{BASE_LABEL}_iri IF NOT EXISTS FOR (n:{BASE_LABEL}) REQUIRE n.iri IS UNIQUE",
        "CREATE CONSTRAINT kg_sync_id IF NOT EXISTS FOR (n:_KgSync) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT kg_graph_name IF NOT EXISTS FOR (n:_KgGraph) REQUIRE n.name IS UNIQUE",
    ]
    names = sorted({label for ls in labels.by_class.values() for label in ls})
    for label in names:
        check_identifier(label)
        out.append(f"CREATE CONSTRAINT kg_{label}_iri IF NOT EXISTS FOR (n:{label}) REQUIRE n.iri IS UNIQUE")
        out.append(f"CREATE INDEX kg_{label}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)")
    for key in FILTER_KEYS:
        prop = v.properties.get(key)
        if prop is None:
            continue
        for dom in v.graph.objects(prop.iri, RDFS.domain):
            label = vocab.local_name(dom)
            if label in names and IDENTIFIER.match(key):
                out.append(f"CREATE INDEX kg_{label}_{key} IF NOT EXISTS FOR (n:{label}) ON (n.{key})")
    out.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{BASE_LABEL}) "
        "ON EACH [n.name, n.nameEn, n.searchKeys] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}"
    )
    return out


_NAME = re.compile(r"^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\S+) IF NOT EXISTS")


def ensure(driver, database: str, labels: Labels | None = None) -> None:
    """Create what is missing, then wait until every index is online.

    One ``SHOW INDEXES`` first: when every index and constraint is there and online (every sync
    after the first), nothing else is sent. Sending the ~45 ``CREATE ... IF NOT EXISTS`` each time
    cost 45 round trips and schema-command plans, 0.4-2.9 s of a sync on a busy machine.
    """
    present = {r["name"]: r["state"] for r in driver.execute_query(
        "SHOW INDEXES YIELD name, state RETURN name, state", database_=database).records}
    missing = [stmt for stmt in statements(labels)
               if (m := _NAME.match(stmt)) is None or m.group(1) not in present]
    for stmt in missing:
        driver.execute_query(stmt, database_=database)
    if missing or any(state != "ONLINE" for state in present.values()):
        driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
