"""The sync: make Neo4j hold exactly what a build's per-report graphs say, touching only what changed.

State kept in Neo4j (so any machine can sync incrementally):
- ``(:_KgGraph {name, hash, iris, pending})`` per source graph (a report's IRI, or ``""`` for the
  default graph): the content hash of the graph as last synced and the IRIs of the nodes it touched.
- ``(:_KgSync {id: 'meta', fileHash, keymap})``: the hash of the whole file (an unchanged build is
  recognised without parsing it) and the key map (``kg.sync.mapping.KeyMap``).
- On every node, ``_facts``: JSON ``{source: {"t": [types], "p": [[key, lexical, kind], ...]}}``, what
  each source graph says about it. Properties are the union over sources, so when one report
  changes, the node's properties are recomputed from the facts of the reports that still stand.
- On every node and relationship, ``sources`` (report IRIs) and ``shared: true`` when the default
  graph also states it.

A sync compares per-graph hashes, re-reads from Neo4j the nodes and outgoing relationships the
changed graphs touched (old and new), computes their new state in Python, and writes it with
batched ``UNWIND ... MERGE`` in managed write transactions. Changed graphs are first marked
``pending`` together with the union of their old and new node IRIs, and unmarked only at the end:
a sync killed midway leaves them pending, and the next sync redoes them and converges to the same
state as a clean one. Every value from a report travels as a query parameter; only labels and
relationship types (from the ontology, checked by ``check_identifier``) are written into Cypher.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import textkey, vocab
from kg.sync import schema
from kg.sync.mapping import (
    BASE_LABEL,
    LIST_KEYS,
    RDF_TYPE,
    XSD_STRING,
    KeyMap,
    Labels,
    check_identifier,
    literal_kind,
    stored_as_string,
    to_neo4j,
)
from kg.sync.source import DEFAULT_GRAPH, Source, read

DEFAULT_BATCH = 5000
SEARCH_SOURCE_KEYS = ("name", "nameEn", "altNames")


@dataclass
class SyncResult:
    path: str
    triples: int = 0
    graphs: int = 0
    changed: int = 0
    removed: int = 0
    nodes_written: int = 0
    nodes_deleted: int = 0
    rels_written: int = 0
    rels_deleted: int = 0
    skipped: int = 0
    unchanged: bool = False
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def elements(self) -> int:
        return self.nodes_written + self.nodes_deleted + self.rels_written + self.rels_deleted

    def summary(self) -> str:
        if self.unchanged:
            return (f"{self.path}: unchanged since the last sync ({self.graphs} graphs); "
                    f"nothing written in {self.seconds:.2f} s")
        rate = self.elements / self.seconds if self.seconds else 0.0
        return (f"{self.path}: {self.graphs} graphs, {self.changed} changed ({self.triples} triples read), "
                f"{self.removed} removed; nodes +{self.nodes_written} -{self.nodes_deleted}, "
                f"relationships +{self.rels_written} -{self.rels_deleted} in {self.seconds:.2f} s "
                f"({rate:,.0f} elements/s)"
                + (f"; {self.skipped} blank-node triples skipped" if self.skipped else ""))


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _type_rank(v) -> tuple:
    return (type(v).__name__, str(v))


class _Pipeline:
    """Runs write batches on a background thread while the caller computes the next ones.

    The driver waits on the socket without holding the GIL, so Neo4j's work on one batch overlaps
    with Python building the next. Batches run in order, each in its own managed transaction.
    """

    def __init__(self, driver, database: str) -> None:
        self.driver, self.database = driver, database
        self.queue: queue.Queue = queue.Queue(maxsize=4)
        self.results: list[list] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kg-sync-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        def work(tx, query, batch):
            return [r.values() for r in tx.run(query, rows=batch)]

        with self.driver.session(database=self.database) as session:
            while (item := self.queue.get()) is not None:
                if self.error is None:
                    try:
                        self.results.extend(session.execute_write(work, *item))
                    except BaseException as exc:  # re-raised in the caller's thread by submit/close
                        self.error = exc

    def submit(self, query: str, batch: list) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((query, batch))

    def close(self) -> list[list]:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.results


def _node_query(labels: tuple[str, ...], is_new: bool) -> str:
    set_labels = "".join(f":{check_identifier(label)}" for label in labels)
    if is_new:
        q = f"UNWIND $rows AS row CREATE (n:{BASE_LABEL}{set_labels}) SET n = row.props"
    else:
        q = (f"UNWIND $rows AS row MERGE (n:{BASE_LABEL} {{iri: row.iri}}) SET n = row.props"
             + (f" SET n{set_labels}" if set_labels else ""))
    return q + " RETURN row.iri, elementId(n)"


class Syncer:
    """One sync run against one database. ``batch_size`` rows per ``UNWIND`` transaction."""

    def __init__(self, driver, database: str, batch_size: int = DEFAULT_BATCH,
                 log: Callable[[str], None] | None = None) -> None:
        self.driver = driver
        self.database = database
        self.batch = batch_size
        self.log = log or (lambda _m: None)
        self.labels = Labels.from_vocab()
        v = vocab.load()
        self.collapses = []
        for c in v.collapses:
            cls_labels = self.labels.by_class.get(str(c.cls))
            if cls_labels:
                self.collapses.append((cls_labels[0], str(c.source), str(c.target), str(c.edge)))

    # -- driver helpers --------------------------------------------------------------------------
    def _write(self, query: str, rows: list, **params) -> None:
        def work(tx, batch):
            tx.run(query, rows=batch, **params).consume()

        with self.driver.session(database=self.database) as session:
            for batch in _chunks(rows, self.batch):
                session.execute_write(work, batch)

    def _read(self, query: str, rows: list, size: int = 10000) -> list[dict]:
        def work(tx, batch):
            return [r.data() for r in tx.run(query, rows=batch)]

        out: list[dict] = []
        with self.driver.session(database=self.database) as session:
            for batch in _chunks(rows, size):
                out.extend(session.execute_read(work, batch))
        return out

    def _query(self, query: str, **params) -> list[dict]:
        records, _, _ = self.driver.execute_query(query, params, database_=self.database)
        return [r.data() for r in records]

    # -- the run ----------------------------------------------------------------------------------
    def sync(self, path: Path, force: bool = False) -> SyncResult:
        t0 = time.perf_counter()
        res = SyncResult(path=str(path))
        phases = res.phases
        schema.ensure(self.driver, self.database, self.labels)
        meta = self._query("MATCH (m:_KgSync {id: 'meta'}) RETURN m.fileHash AS fh, m.keymap AS km")
        stored_fh = meta[0]["fh"] if meta else None
        keymap = KeyMap.from_json(meta[0]["km"] if meta else None)
        states = {r["name"]: r for r in self._query(
            "MATCH (g:_KgGraph) RETURN g.name AS name, g.hash AS hash, g.key AS key, g.iris AS iris, "
            "g.pending AS pending")}
        pending = any(s["pending"] for s in states.values())
        phases["state"] = time.perf_counter() - t0

        from kg.sync.source import file_hash, locate

        f = locate(path)
        fh = file_hash(f)
        if not force and not pending and fh == stored_fh:
            res.unchanged = True
            res.graphs = len(states)
            res.seconds = time.perf_counter() - t0
            return res

        t = time.perf_counter()
        known = {} if force else {s["key"]: s["hash"] for s in states.values()
                                  if s["key"] is not None and not s["pending"]}
        src = read(path, known)
        res.triples, res.skipped = src.triple_count, src.skipped_bnodes
        res.graphs = src.blocks or len(src.graphs)
        phases["parse"] = time.perf_counter() - t
        changed = {g for g, h in src.hashes.items()
                   if force or g not in states or states[g]["hash"] != h or states[g]["pending"]}
        if src.present_keys is not None:  # blocks not parsed are unchanged, not removed
            removed = {g for g, s in states.items() if g not in src.hashes and s["key"] not in src.present_keys}
        else:
            removed = set(states) - set(src.hashes)
        changed |= removed
        res.changed, res.removed = len(changed - removed), len(removed)
        if changed:
            self._apply(src, changed, removed, states, keymap, res)
        self._query("MERGE (m:_KgSync {id: 'meta'}) SET m.fileHash = $fh, m.keymap = $km",
                    fh=src.file_hash, km=keymap.to_json())
        res.seconds = time.perf_counter() - t0
        return res

    def _apply(self, src: Source, changed: set[str], removed: set[str], states: dict, keymap: KeyMap,
               res: SyncResult) -> None:
        phases = res.phases
        t = time.perf_counter()
        # 1. What the changed graphs say now.
        new_facts: dict[str, dict[str, dict]] = defaultdict(dict)
        new_rels: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        graph_iris: dict[str, set[str]] = {}
        for g in sorted(changed - removed):  # sorted: keys are handed out in the same order every run
            iris: set[str] = set()
            for s, p, o in src.graphs[g]:
                entry = new_facts[s].get(g)
                if entry is None:
                    entry = new_facts[s][g] = {"t": set(), "p": set()}
                iris.add(s)
                if o.kind == "iri":
                    if p == RDF_TYPE:
                        entry["t"].add(o.value)
                    else:
                        new_rels[(s, keymap.rel_type(p), o.value)].add(g)
                        if g not in new_facts[o.value]:
                            new_facts[o.value][g] = {"t": set(), "p": set()}
                        iris.add(o.value)
                else:
                    key = keymap.prop_key(p, o.lang)
                    kind = literal_kind(o.datatype, o.lang)
                    pk = keymap.props[key]
                    if o.lang and not pk.lang:
                        pk.lang = o.lang
                    if kind == "s" and not o.lang:
                        pk.datatypes.add(XSD_STRING)
                        entry.setdefault("u", set()).add(key)
                    elif kind != "s":
                        dt = stored_as_string(kind, to_neo4j(o.value, kind))
                        if dt:
                            pk.datatypes.add(dt)
                    entry["p"].add((key, o.value, kind))
            graph_iris[g] = iris
        phases["map"] = time.perf_counter() - t

        # 2. Journal: mark the changed graphs pending with every IRI they touched, old or new.
        t = time.perf_counter()
        journal = [{"name": g,
                    "iris": sorted(set(states.get(g, {}).get("iris") or []) | graph_iris.get(g, set()))}
                   for g in sorted(changed)]
        self._write("UNWIND $rows AS row MERGE (g:_KgGraph {name: row.name}) "
                    "SET g.pending = true, g.iris = row.iris", journal)
        # the keys the new facts use are recorded before any node carries them
        self._query("MERGE (m:_KgSync {id: 'meta'}) SET m.keymap = $km", km=keymap.to_json())
        affected: set[str] = set(new_facts)
        for g in changed:
            affected.update(states.get(g, {}).get("iris") or [])
        phases["journal"] = time.perf_counter() - t

        # 3. Their current state in Neo4j (skipped when the database holds no synced node yet).
        t = time.perf_counter()
        old_nodes: dict[str, dict] = {}
        old_rels: dict[tuple[str, str, str], set[str]] = {}
        has_nodes = self._query(f"MATCH (n:{BASE_LABEL}) RETURN count(n) > 0 AS any")[0]["any"]
        if has_nodes and affected:
            rows = sorted(affected)
            for r in self._read(f"UNWIND $rows AS i MATCH (n:{BASE_LABEL} {{iri: i}}) "
                                "RETURN n.iri AS iri, n._facts AS facts, labels(n) AS labels, "
                                "elementId(n) AS eid", rows):
                old_nodes[r["iri"]] = r
            for r in self._read(f"UNWIND $rows AS i MATCH (n:{BASE_LABEL} {{iri: i}})-[r]->(m:{BASE_LABEL}) "
                                "RETURN n.iri AS s, type(r) AS t, m.iri AS o, r.sources AS sources, "
                                "r.shared AS shared", rows):
                srcs = set(r["sources"] or [])
                if r["shared"]:
                    srcs.add(DEFAULT_GRAPH)
                old_rels[(r["s"], r["t"], r["o"])] = srcs
        phases["read"] = time.perf_counter() - t

        # 4. New state of every affected node and relationship; nodes are written as they are ready.
        t = time.perf_counter()
        pipeline = _Pipeline(self.driver, self.database)
        # Keyed by (labels, is_new): a node or relationship the read above did not find does not exist,
        # so it is CREATEd (cheaper than MERGE); the uniqueness constraint still guards the IRI.
        node_rows: dict[tuple[tuple[str, ...], bool], list[dict]] = defaultdict(list)
        unlabel: dict[str, list[str]] = defaultdict(list)
        delete_nodes: list[str] = []
        for iri in affected:
            old = old_nodes.get(iri)
            facts: dict[str, dict] = {}
            if old and old["facts"]:
                facts = {g: {"t": set(e["t"]), "p": {tuple(x) for x in e["p"]}, "u": set(e.get("u", ()))}
                         for g, e in json.loads(old["facts"]).items() if g not in changed}
            facts.update(new_facts.get(iri, {}))
            if not facts:
                if old is not None:
                    delete_nodes.append(iri)
                continue
            labels, props = self._node_state(iri, facts, keymap)
            if old is not None and old["facts"] == props["_facts"] and \
                    set(old["labels"]) - {BASE_LABEL} == set(labels):
                continue  # what its sources say has not changed: leave the node alone
            rows = node_rows[(labels, old is None)]
            rows.append({"iri": iri, "props": props})
            res.nodes_written += 1
            if len(rows) >= self.batch:
                pipeline.submit(_node_query(labels, old is None), rows)
                node_rows[(labels, old is None)] = []
            if old is not None:
                extra = set(old["labels"]) - set(labels) - {BASE_LABEL}
                for label in extra:
                    unlabel[label].append(iri)
        rel_upserts: dict[tuple[str, bool], list[list]] = defaultdict(list)
        rel_deletes: dict[str, list[dict]] = defaultdict(list)
        for key in set(new_rels) | {k for k, s in old_rels.items() if s & changed}:
            before = old_rels.get(key)
            after = ((before or set()) - changed) | new_rels.get(key, set())
            s, typ, o = key
            if not after:
                if before:
                    rel_deletes[typ].append({"s": s, "o": o})
                continue
            if after != before:
                rel_upserts[(typ, before is None)].append(
                    [s, o, sorted(x for x in after if x != DEFAULT_GRAPH), True if DEFAULT_GRAPH in after else None])
        phases["diff"] = time.perf_counter() - t

        # 5. Writes.
        t = time.perf_counter()
        # Relationships are written between element ids (a direct seek, no index lookup per end).
        eid = {iri: r["eid"] for iri, r in old_nodes.items()}
        for (labels, is_new), rows in sorted(node_rows.items()):
            if rows:
                pipeline.submit(_node_query(labels, is_new), rows)
        eid.update(pipeline.close())
        for label, iris in sorted(unlabel.items()):
            self._write(f"UNWIND $rows AS i MATCH (n:{BASE_LABEL} {{iri: i}}) "
                        f"REMOVE n:{check_identifier(label)}", iris)
        phases["nodes"] = time.perf_counter() - t
        t = time.perf_counter()
        for (typ, is_new), rows in sorted(rel_upserts.items()):
            verb = "CREATE" if is_new else "MERGE"
            q = ("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] "
                 f"MATCH (b) WHERE elementId(b) = row[1] {verb} (a)-[r:{check_identifier(typ)}]->(b) "
                 "SET r.sources = row[2], r.shared = row[3]")
            self._write(q, [[eid[r[0]], eid[r[1]], r[2], r[3]] for r in rows])
            res.rels_written += len(rows)
        for typ, rows in sorted(rel_deletes.items()):
            q = (f"UNWIND $rows AS row MATCH (a:{BASE_LABEL} {{iri: row.s}})"
                 f"-[r:{check_identifier(typ)}]->(b:{BASE_LABEL} {{iri: row.o}}) DELETE r")
            self._write(q, rows)
            res.rels_deleted += len(rows)
        phases["rels"] = time.perf_counter() - t
        t = time.perf_counter()
        if delete_nodes:
            self._write(f"UNWIND $rows AS i MATCH (n:{BASE_LABEL} {{iri: i}}) DETACH DELETE n", delete_nodes)
            res.nodes_deleted += len(delete_nodes)
        self._decorate(keymap, affected, new_rels, old_rels, rel_upserts)
        phases["collapse"] = time.perf_counter() - t

        # 6. Done: the changed graphs are no longer pending.
        t = time.perf_counter()
        done = [{"name": g, "hash": src.hashes[g], "key": src.keys.get(g), "iris": sorted(graph_iris[g])}
                for g in sorted(changed - removed)]
        self._write("UNWIND $rows AS row MERGE (g:_KgGraph {name: row.name}) "
                    "SET g.hash = row.hash, g.key = row.key, g.iris = row.iris, g.pending = false", done)
        if removed:
            self._write("UNWIND $rows AS name MATCH (g:_KgGraph {name: name}) DELETE g", sorted(removed))
        phases["state_write"] = time.perf_counter() - t

    def _node_state(self, iri: str, facts: dict[str, dict], keymap: KeyMap) -> tuple[tuple[str, ...], dict]:
        types: set[str] = set()
        values: dict[str, set[tuple[str, str]]] = defaultdict(set)
        plain: set[str] = set()
        for e in facts.values():
            types.update(e["t"])
            for key, lex, kind in e["p"]:
                values[key].add((lex, kind))
                if len(e.get("u", ())) and key in e["u"]:
                    plain.add(key)
        labels, extra_types, implied = self.labels.for_types(sorted(types))
        props: dict = {"iri": iri}
        for key, vals in values.items():
            converted = sorted((to_neo4j(lex, kind) for lex, kind in vals), key=_type_rank)
            if len({type(v) for v in converted}) > 1:
                converted = sorted({str(lex) for lex, _ in vals})
            props[key] = converted if (len(converted) > 1 or key in LIST_KEYS) else converted[0]
        if extra_types:
            props["rdfTypes"] = extra_types
        if implied:
            props["_impliedLabels"] = implied
        plain = {k for k in plain if keymap.props[k].lang}
        if plain:
            props["_plainKeys"] = sorted(plain)
        srcs = sorted(g for g in facts if g != DEFAULT_GRAPH)
        props["sources"] = srcs
        if DEFAULT_GRAPH in facts:
            props["shared"] = True
        search: list[str] = []
        for key in SEARCH_SOURCE_KEYS:
            v = props.get(key)
            for text in ([v] if isinstance(v, str) else v or []):
                if isinstance(text, str):
                    search.append(textkey.ascii_key(text))
        if search:
            props["searchKeys"] = " | ".join(dict.fromkeys(search))
        props["_facts"] = json.dumps(
            {g: {"t": sorted(e["t"]), "p": sorted(e["p"]), **({"u": sorted(e["u"])} if e.get("u") else {})}
             for g, e in sorted(facts.items())},
            ensure_ascii=False, separators=(",", ":"))
        if any(c[0] in labels for c in self.collapses):
            keymap.edge_keys.update(k for k in values if k not in SEARCH_SOURCE_KEYS)
        return labels, props

    def _decorate(self, keymap: KeyMap, affected: set[str], new_rels: dict, old_rels: dict,
                  rel_upserts: dict) -> None:
        """Copy each collapsed record's literals (a Tenure's status, dates) onto its edge (HOLDS)."""
        for cls_label, source_p, target_p, edge_p in self.collapses:
            src_t, tgt_t = keymap.rel_type(source_p), keymap.rel_type(target_p)
            edge_t = keymap.rel_type(edge_p)
            holder: dict[str, set[str]] = defaultdict(set)
            post: dict[str, set[str]] = defaultdict(set)
            for (s, typ, o) in list(new_rels) + list(old_rels):
                if typ == src_t:
                    holder[s].add(o)
                elif typ == tgt_t:
                    post[s].add(o)
            pairs = {(h, p) for rec in set(holder) | set(post)
                     for h in holder.get(rec, ()) for p in post.get(rec, ())}
            for is_new in (True, False):
                pairs |= {(r[0], r[1]) for r in rel_upserts.get((edge_t, is_new), [])}
            if not pairs:
                continue
            sets = ", ".join(f"h.{check_identifier(k)} = t.{k}" for k in sorted(keymap.edge_keys))
            sets = (sets + ", " if sets else "") + "h.tenure = t.iri"
            q = (f"UNWIND $rows AS pr MATCH (p:{BASE_LABEL} {{iri: pr[0]}})-[h:{check_identifier(edge_t)}]->"
                 f"(q:{BASE_LABEL} {{iri: pr[1]}}) "
                 f"OPTIONAL MATCH (p)<-[:{check_identifier(src_t)}]-(t:{check_identifier(cls_label)})"
                 f"-[:{check_identifier(tgt_t)}]->(q) "
                 "WITH h, t ORDER BY coalesce(toString(t.lastSeen), ''), t.iri "
                 "WITH h, collect(t) AS ts WITH h, CASE WHEN size(ts) = 0 THEN null ELSE ts[-1] END AS t "
                 f"SET {sets}")
            self._write(q, [list(p) for p in sorted(pairs)])


def clear(driver, database: str) -> None:
    """Delete everything kg synced (nodes, relationships and the sync's state) in batches."""
    for label in (BASE_LABEL, "_KgGraph", "_KgSync"):
        with driver.session(database=database) as session:  # CALL IN TRANSACTIONS needs auto-commit
            session.run(f"MATCH (n:{label}) CALL (n) {{ DETACH DELETE n }} "
                        "IN TRANSACTIONS OF 10000 ROWS").consume()
