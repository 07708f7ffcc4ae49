"""Read the synced graph back out of Neo4j as RDF (``kg export --from-neo4j``).

The inverse of the mapping, driven by the key map the sync stored: labels become ``rdf:type`` (the
classes actually stated, not those only implied by a subclass), ``rdfTypes`` the other types,
properties their predicates with language and datatype, relationships their object properties.
What the sync derives (``sources``, ``shared``, ``searchKeys``, ``level``, ``displayName``, a
collapsed record's copy on its edge) is not read back; the values a key does not show (``_extra``:
the other names, dates, titles when reports disagree) are; nodes without a property or
relationship of their own (a bare object IRI) give no triple, as in the source.
"""

from __future__ import annotations

import json

from rdflib import RDF, Graph, Literal, URIRef

from kg import vocab
from kg.sync.mapping import ALT_NAMES_KEY, BASE_LABEL, DERIVED_KEYS, KeyMap, Labels, from_neo4j, to_neo4j


def read_graph(driver, database: str) -> Graph:
    g = Graph()
    for prefix, ns in vocab.PREFIXES.items():
        g.bind(prefix, ns)
    meta, _, _ = driver.execute_query("MATCH (m:_KgSync {id: 'meta'}) RETURN m.keymap AS km", database_=database)
    keymap = KeyMap.from_json(meta[0]["km"] if meta else None)
    labels = Labels.from_vocab()
    with driver.session(database=database) as session:
        for rec in session.run(f"MATCH (n:{BASE_LABEL}) RETURN n.iri AS iri, labels(n) AS labels, "
                               "properties(n) AS props"):
            s = URIRef(rec["iri"])
            props = rec["props"]
            for t in labels.types_of(rec["labels"], props.get("_impliedLabels")):
                g.add((s, RDF.type, URIRef(t)))
            for t in props.get("rdfTypes") or []:
                g.add((s, RDF.type, URIRef(t)))
            plain_keys = set(props.get("_plainKeys") or [])
            from_name = set(props.get("_altFromName") or [])  # a name's variants, shown in altNames
            extra = json.loads(props["_extra"]) if props.get("_extra") else {}
            for key, value in props.items():
                if key in DERIVED_KEYS:
                    continue
                pk = keymap.props.get(key)
                if pk is None:
                    continue
                values = value if isinstance(value, list) else [value]
                if key == ALT_NAMES_KEY and from_name:
                    values = [v for v in values if v not in from_name]
                values += [to_neo4j(lex, kind) for lex, kind in extra.get(key, [])]
                for v in values:
                    lex, dt, lang = from_neo4j(v, pk, plain=key in plain_keys)
                    lit = Literal(lex, lang=lang) if lang else Literal(lex, datatype=URIRef(dt) if dt else None)
                    g.add((s, URIRef(pk.pred), lit))
        for rec in session.run(f"MATCH (a:{BASE_LABEL})-[r]->(b:{BASE_LABEL}) "
                               "RETURN a.iri AS s, type(r) AS t, b.iri AS o"):
            pred = keymap.rels.get(rec["t"])
            if pred:
                g.add((URIRef(rec["s"]), URIRef(pred), URIRef(rec["o"])))
    return g


def keymap_json(driver, database: str) -> dict:
    meta, _, _ = driver.execute_query("MATCH (m:_KgSync {id: 'meta'}) RETURN m.keymap AS km", database_=database)
    return json.loads(meta[0]["km"]) if meta and meta[0]["km"] else {}
