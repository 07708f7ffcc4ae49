"""The sync: make Neo4j hold exactly what a build's per-report graphs say, touching only what changed.

State kept in Neo4j (so any machine can sync incrementally):
- ``(:_KgGraph {name, hash, iris, pending})`` per source graph (a report's IRI, or ``""`` for the
  default graph): the content hash of the graph as last synced and the IRIs of the nodes it touched.
- ``(:_KgSync {id: 'meta', fileHash, keymap})``: the hash of the whole file (an unchanged build is
  recognised without parsing it) and the key map (``kg.sync.mapping.KeyMap``).
- On every node, ``_facts``: JSON ``{source: {"t": [types], "p": [[key, lexical, kind], ...]}}``, what
  each source graph says about it; a plain string equal to the node's own property ``key`` is
  written ``null`` (``_encode_facts``), so a mention's sentence is not stored twice. Properties
  are the union over sources, so when one report changes, the node's properties are recomputed
  from the facts of the reports that still stand.
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
import re
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _quote  # json's own string quoting (C), ensure_ascii=False
from pathlib import Path

from kg import progress, vocab
from kg.collector import collector_paused
from kg.sync import schema
from kg.sync.mapping import (
    ALT_NAMES_KEY,
    BASE_LABEL,
    LIST_KEYS,
    MODEL_VERSION,
    NAME_KEY,
    RDF_TYPE,
    XSD_STRING,
    KeyMap,
    Labels,
    canonical_rank,
    check_identifier,
    derived_props,
    literal_kind,
    stored_as_string,
    to_neo4j,
)
from kg.sync.source import DEFAULT_GRAPH, Source, read

DEFAULT_BATCH = 2000  # best of 1000/2000/5000/10000/20000 on the real corpus (bench_sync.py)
DEFAULT_WRITERS = 2  # concurrent write transactions: measured faster than 1 on 2 cores
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


_MARKS = re.compile(r"[\u0300-\u036f]")


def search_key(text: str) -> str:
    """``kg.textkey.ascii_key(text)`` for full-text search (lower case, no diacritics, đ -> d), in C speed.

    The full-text index only needs the letters; ``tests/test_neo4j_sync.py`` checks that both agree
    on names.
    """
    return _MARKS.sub("", unicodedata.normalize("NFD", text.lower())).replace("đ", "d")


class _Rows(list):
    """A batch of query parameter rows whose ``repr`` is short.

    Driver 6.4 builds the debug line of every ``RUN`` message (``repr`` of all parameters)
    before checking whether debug logging is on: for the 90 MB of node rows of the real corpus
    that was about 0.3 s of the GIL per sync, for nothing.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _sent(session, work, query: str, batch: _Rows):
    """``session.execute_write(work, query, batch)``, then the batch's rows are let go.

    The driver keeps each query's parameters in a reference cycle (its ``Result`` and hydration
    scope), which only the cyclic collector frees, and the sync pauses that collector: every row
    sent (the corpus's ~600k row lists and dicts) stayed in memory to the end of the sync, and the
    first collection after it walked them all (0.4-0.6 s of CPU). Emptied once committed (not
    before: ``execute_write`` sends the same batch again when it retries), the rows go by reference
    counting as soon as they are written.
    """
    out = session.execute_write(work, query, batch)
    batch.clear()
    return out


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield _Rows(items[i:i + size])


def _type_rank(v) -> tuple:
    return (type(v).__name__, str(v))


class _Background(threading.Thread):
    """A function run on a thread, its exception kept for whoever joins it."""

    def __init__(self, fn: Callable[[], None], name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.fn = fn
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.fn()
        except BaseException as exc:  # re-raised by the thread that joins it
            self.error = exc


class _Pipeline:
    """Runs write batches on background threads while the caller computes the next ones.

    The driver waits on the socket without holding the GIL, so Neo4j's work on one batch overlaps
    with Python building the next. Each batch is its own managed transaction.
    """

    def __init__(self, driver, database: str, threads: int = 1, after: _Background | None = None) -> None:
        self.driver, self.database = driver, database
        self.after = after  # a thread whose work must be committed before the first batch is written
        self.queue: queue.Queue = queue.Queue(maxsize=4)
        self.results: list[list] = []
        self.error: BaseException | None = None
        self.threads = [threading.Thread(target=self._run, name=f"kg-sync-writer-{i}", daemon=True)
                        for i in range(max(1, threads))]
        for t in self.threads:
            t.start()

    def _run(self) -> None:
        def work(tx, query, batch):
            return tx.run(query, rows=batch).single(strict=True)[0]

        with self.driver.session(database=self.database) as session:
            while (item := self.queue.get()) is not None:
                if self.after is not None:
                    self.after.join()
                    if self.after.error is not None and self.error is None:
                        self.error = self.after.error  # nothing is written after a failed journal
                if self.error is None:
                    try:
                        self.results.extend(_sent(session, work, *item))
                    except BaseException as exc:  # re-raised in the caller's thread by submit/close
                        self.error = exc

    def submit(self, query: str, batch: list) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((query, batch))

    def close(self) -> list[list]:
        for _ in self.threads:
            self.queue.put(None)
        for t in self.threads:
            t.join()
        if self.error is not None:
            raise self.error
        return self.results


def _node_query(labels: tuple[str, ...], is_new: bool) -> str:
    """The write of a batch of node states: each row is the node's whole property map, its ``iri``
    included (a row once wrapped it as ``{iri, props}``, which sent every IRI twice and packed a
    dict more per node)."""
    set_labels = "".join(f":{check_identifier(label)}" for label in labels)
    if is_new:
        q = f"UNWIND $rows AS row CREATE (n:{BASE_LABEL}{set_labels}) SET n = row"
    else:
        q = (f"UNWIND $rows AS row MERGE (n:{BASE_LABEL} {{iri: row.iri}}) SET n = row"
             + (f" SET n{set_labels}" if set_labels else ""))
    # one record holding every (iri, element id) pair: the driver unpacks nested lists in Rust,
    # where a record per row cost a Python Record object each
    return q + " RETURN collect([row.iri, elementId(n)])"


def map_graphs(src: Source, graphs: Iterable[str], keymap: KeyMap
               ) -> tuple[dict[str, dict[str, dict]], dict[tuple[str, str, str], set[str]], dict[str, set[str]]]:
    """What ``graphs`` of ``src`` say, as the sync stores it: per node and source graph its types and
    (key, lexical, kind) properties; per (subject, TYPE, object) the graphs stating it; per graph the
    IRIs it touches. Keys and types are handed out by ``keymap``. Shared with the neo4j-admin export
    (kg.export.neo4j_admin), so a bulk import holds what a sync writes.
    """
    new_facts: dict[str, dict[str, dict]] = defaultdict(dict)
    new_rels: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    graph_iris: dict[str, set[str]] = {}
    # per-run caches: a corpus uses a few dozen predicates, datatypes and languages
    key_of: dict[tuple[str, str | None], str] = {}
    literal_of: dict[tuple[str, str | None, str | None], tuple[str, str, bool]] = {}  # -> key, kind, plain
    type_of: dict[str, str] = {}
    seen_typed: set[tuple[str, str, str]] = set()
    # sorted: keys are handed out in the same order every run
    for g in progress.iterate(sorted(graphs), "graphs", unit="graph"):
        iris: set[str] = set()
        for s, p, (okind, value, datatype, lang) in src.graphs[g]:
            facts_s = new_facts[s]
            entry = facts_s.get(g)
            if entry is None:
                entry = facts_s[g] = {"t": set(), "p": set()}
                iris.add(s)
            if okind == "iri":
                if p == RDF_TYPE:
                    entry["t"].add(value)
                    continue
                typ = type_of.get(p)
                if typ is None:
                    typ = type_of[p] = keymap.rel_type(p)
                new_rels[(s, typ, value)].add(g)
                facts_o = new_facts[value]
                if g not in facts_o:
                    facts_o[g] = {"t": set(), "p": set()}
                    iris.add(value)
                continue
            info = literal_of.get((p, datatype, lang))
            if info is None:
                key = key_of.get((p, lang))
                if key is None:
                    key = key_of[(p, lang)] = keymap.prop_key(p, lang)
                    if lang and not keymap.props[key].lang:
                        keymap.props[key].lang = lang
                kind = literal_kind(datatype, lang)
                if kind == "s" and not lang:
                    keymap.props[key].datatypes.add(XSD_STRING)
                info = literal_of[(p, datatype, lang)] = (key, kind, kind == "s" and not lang)
            key, kind, plain = info
            if kind == "s":
                if plain:
                    u = entry.get("u")
                    if u is None:
                        u = entry["u"] = set()
                    u.add(key)
            elif (key, value, kind) not in seen_typed:
                seen_typed.add((key, value, kind))
                dt = stored_as_string(kind, to_neo4j(value, kind))
                if dt:
                    keymap.props[key].datatypes.add(dt)
            entry["p"].add((key, value, kind))
        graph_iris[g] = iris
    return new_facts, new_rels, graph_iris


def _encode_facts(facts: dict[str, dict], props: dict) -> str:
    """A node's ``_facts``: per source graph its types and (key, lexical, kind) properties, as JSON.

    A plain string equal to the node's own property ``key`` is written ``null`` and read back from
    that property (``_decode_facts``): nearly every node states its values once, and a mention's
    sentence and quote were otherwise sent and stored twice (31 of the corpus's ~70 MB of node rows
    were ``_facts``, 17 after this). Both are written in one ``SET n = row.props``, so a node's
    ``_facts`` and properties always agree. Deterministic, so an unchanged node's string is equal.

    The text is exactly ``json.dumps`` of ``{graph: {"t": [types], "p": [[key, lexical|null, kind]],
    "u": [keys]}}`` (graphs, types, pairs and keys sorted; ``"u"`` only when not empty) with
    ``ensure_ascii=False`` and no spaces, so a database synced before reads as unchanged; it is
    joined here from strings quoted by json's own C quoting function, because building the nested
    dicts and lists for ``json.dumps`` was 0.8 of the 2 s of CPU the corpus's 73k node states take
    (``tests/test_sync_facts.py`` checks the two agree).
    """
    out = []
    parts = _PAIR_PARTS
    for g in sorted(facts):
        e = facts[g]
        pairs = []
        for key, lex, kind in sorted(e["p"]):
            part = parts.get((key, kind))
            if part is None:  # a corpus has a few dozen (key, kind)s: each quoted once
                head, tail = f"[{_quote(key)},", f",{_quote(kind)}]"
                part = parts[(key, kind)] = (head, tail, head + "null" + tail)
            pairs.append(part[2] if kind == "s" and props.get(key) == lex else part[0] + _quote(lex) + part[1])
        u = e.get("u")
        out.append(f'{_quote(g)}:{{"t":[{",".join(map(_quote, sorted(e["t"])))}],"p":[{",".join(pairs)}]'
                   + (f',"u":[{",".join(map(_quote, sorted(u)))}]}}' if u else "}"))
    return "{" + ",".join(out) + "}"


_PAIR_PARTS: dict[tuple[str, str], tuple[str, str, str]] = {}
"""(key, kind) -> the quoted text before and after a pair's value in ``_facts``, and the pair with
``null`` (``_encode_facts``)."""


def _decode_facts(text: str, props: dict, skip: set[str]) -> dict[str, dict]:
    """The facts ``_encode_facts`` wrote (or an older kg's, with every value written out), minus the
    graphs in ``skip``."""
    return {g: {"t": set(e["t"]),
                "p": {(key, props[key] if lex is None else lex, kind) for key, lex, kind in e["p"]},
                "u": set(e.get("u", ()))}
            for g, e in json.loads(text).items() if g not in skip}


def collapse_decorations(collapses: list[tuple[str, str, str, str]], keymap: KeyMap, rels: Iterable,
                         node_props: dict[str, dict], node_labels: dict[str, tuple[str, ...]]
                         ) -> dict[tuple[str, str, str], dict]:
    """The properties ``Syncer._decorate`` sets on each collapsed edge (HOLDS) of a database that held
    nothing before: the literals of the record (Tenure) with the latest ``lastSeen`` (then the last
    IRI), and its IRI, computed from the node states in Python.

    ``rels`` are every (subject, TYPE, object) written; ``node_props`` and ``node_labels`` the state
    of (at least) every node carrying a collapse label. A first sync writes these properties in the
    edge's ``CREATE`` instead of matching every record back on the server and writing each edge a
    second time; the neo4j-admin export writes them in its CSV. ``toString`` of a ``Date`` is its
    ISO form, as ``iso_format`` gives; any other ``lastSeen`` is a string.
    """
    out: dict[tuple[str, str, str], dict] = {}
    for cls_label, source_p, target_p, edge_p in collapses:
        src_t, tgt_t, edge_t = keymap.rel_type(source_p), keymap.rel_type(target_p), keymap.rel_type(edge_p)
        holder: dict[str, set[str]] = defaultdict(set)
        post: dict[str, set[str]] = defaultdict(set)
        for s, typ, o in rels:
            if typ == src_t and cls_label in node_labels.get(s, ()):
                holder[s].add(o)
            elif typ == tgt_t and cls_label in node_labels.get(s, ()):
                post[s].add(o)
        records: dict[tuple[str, str], list[str]] = defaultdict(list)
        for rec in holder.keys() & post.keys():
            for h in holder[rec]:
                for p in post[rec]:
                    records[(h, p)].append(rec)

        def order(rec: str) -> tuple[str, str]:
            last = node_props[rec].get("lastSeen")
            text = "" if last is None else last.iso_format() if hasattr(last, "iso_format") else str(last)
            return text, rec

        keys = sorted(keymap.edge_keys)
        for s, typ, o in rels:
            if typ != edge_t:
                continue
            recs = records.get((s, o))
            if not recs:
                continue
            t = node_props[max(recs, key=order)]
            props = {k: t[k] for k in keys if k in t}
            props["tenure"] = t["iri"]
            out[(s, typ, o)] = props
    return out


def rel_sources(after: set[str]) -> tuple[list[str], bool]:
    """A relationship's ``sources`` property and whether it is ``shared`` (the default graph states it)."""
    shared = DEFAULT_GRAPH in after
    return (list(after) if len(after) == 1 and not shared else sorted(x for x in after if x)), shared


def rel_changes(new_rels: dict[tuple[str, str, str], set[str]], old_rels: dict[tuple[str, str, str], set[str]],
                changed: set[str]) -> tuple[dict[tuple[str, bool], list[list]], dict[str, list[dict]]]:
    """The relationships to write, per (TYPE, new to the database), as ``[start, end, sources,
    shared or None]`` rows, and the ones to delete per TYPE, from what the changed graphs say now
    (``new_rels``) and what the database holds of the nodes they touch (``old_rels``).

    A relationship the database does not hold (all of a first sync's, ~190k on the corpus) takes
    its sources as they are, with nothing to subtract or compare; most have one source graph.
    """
    rel_upserts: dict[tuple[str, bool], list[list]] = defaultdict(list)
    rel_deletes: dict[str, list[dict]] = defaultdict(list)
    fresh: dict[str, list[list]] = defaultdict(list)
    for key, after in new_rels.items():
        if key in old_rels:
            continue
        s, typ, o = key
        if len(after) == 1 and DEFAULT_GRAPH not in after:
            fresh[typ].append([s, o, list(after), None])
        else:
            srcs, shared = rel_sources(after)
            fresh[typ].append([s, o, srcs, True if shared else None])
    for typ, rows in fresh.items():
        rel_upserts[(typ, True)] = rows
    for key, before in old_rels.items():
        if key not in new_rels and not before & changed:
            continue
        after = (before - changed) | new_rels.get(key, set())
        s, typ, o = key
        if not after:
            if before:
                rel_deletes[typ].append({"s": s, "o": o})
            continue
        if after != before:
            srcs, shared = rel_sources(after)
            rel_upserts[(typ, False)].append([s, o, srcs, True if shared else None])
    return rel_upserts, rel_deletes


class Syncer:
    """One sync run against one database. ``batch_size`` rows per ``UNWIND`` transaction."""

    def __init__(self, driver, database: str, batch_size: int = DEFAULT_BATCH,
                 log: Callable[[str], None] | None = None, writers: int = DEFAULT_WRITERS) -> None:
        self.driver = driver
        self.writers = writers
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
        self.collapse_labels = frozenset(c[0] for c in self.collapses)
        self._labels_of: dict[tuple[str, ...], tuple[tuple[str, ...], list[str], list[str]]] = {}

    # -- driver helpers --------------------------------------------------------------------------
    def _write(self, query: str, rows: list, **params) -> None:
        def work(tx, query, batch):
            tx.run(query, rows=batch, **params).consume()

        with self.driver.session(database=self.database) as session:
            for batch in _chunks(rows, self.batch):
                _sent(session, work, query, batch)

    def _write_parallel(self, jobs: list[tuple[str, list]]) -> None:
        """Batches of several queries on ``self.writers`` sessions at once.

        Two transactions that lock the same nodes in opposite order deadlock; Neo4j aborts one with
        a transient error and ``execute_write`` retries it, so the result is the same as in series.
        """
        batches = [(q, b) for q, rows in jobs for b in _chunks(rows, self.batch)]

        def work(tx, query, batch):
            tx.run(query, rows=batch).consume()

        def run(item: tuple[str, list]) -> None:
            with self.driver.session(database=self.database) as session:
                _sent(session, work, *item)

        if self.writers <= 1 or len(batches) < 2:
            for item in batches:
                run(item)
            return
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(self.writers, thread_name_prefix="kg-sync-rels") as pool:
            for _ in pool.map(run, batches):
                pass

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
        with collector_paused():
            return self._sync(path, force)

    def _sync(self, path: Path, force: bool) -> SyncResult:
        t0 = time.perf_counter()
        res = SyncResult(path=str(path))
        phases = res.phases
        schema.ensure(self.driver, self.database, self.labels)
        meta = self._query("MATCH (m:_KgSync {id: 'meta'}) RETURN m.fileHash AS fh, m.keymap AS km, "
                           "m.model AS model")
        stored_fh = meta[0]["fh"] if meta else None
        if meta and meta[0]["model"] != MODEL_VERSION:
            force = True  # synced by a kg whose node model differed: recompute every node once
        keymap = KeyMap.from_json(meta[0]["km"] if meta else None)
        states = {r["name"]: r for r in self._query(
            "MATCH (g:_KgGraph) RETURN g.name AS name, g.hash AS hash, g.key AS key, g.pending AS pending")}
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
        self._query("MERGE (m:_KgSync {id: 'meta'}) SET m.fileHash = $fh, m.keymap = $km, m.model = $model",
                    fh=src.file_hash, km=keymap.to_json(), model=MODEL_VERSION)
        res.seconds = time.perf_counter() - t0
        return res

    def _apply(self, src: Source, changed: set[str], removed: set[str], states: dict, keymap: KeyMap,
               res: SyncResult) -> None:
        phases = res.phases
        t = time.perf_counter()
        # 1. What the changed graphs say now.
        new_facts, new_rels, graph_iris = map_graphs(src, changed - removed, keymap)
        phases["map"] = time.perf_counter() - t

        # 2. Journal: mark the changed graphs pending with every IRI they touched, old or new.
        t = time.perf_counter()
        # The IRIs a graph touched are read for the changed graphs only (the state read before
        # leaves them out: they are every node's IRI, which an unchanged re-sync does not need).
        old_iris: dict[str, list[str]] = {r["name"]: r["iris"] or [] for r in self._read(
            "UNWIND $rows AS name MATCH (g:_KgGraph {name: name}) RETURN g.name AS name, g.iris AS iris",
            sorted(g for g in changed if g in states))}
        journal = [{"name": g, "iris": sorted(set(old_iris.get(g, ())) | graph_iris.get(g, set()))}
                   for g in sorted(changed)]
        journal_km = keymap.to_json()

        def write_journal() -> None:
            self._write("UNWIND $rows AS row MERGE (g:_KgGraph {name: row.name}) "
                        "SET g.pending = true, g.iris = row.iris", journal)
            # the keys the new facts use are recorded before any node carries them
            self._query("MERGE (m:_KgSync {id: 'meta'}) SET m.keymap = $km", km=journal_km)

        # Written while the nodes' new state is computed; the node writers wait for it to commit.
        journal_thread = _Background(write_journal, "kg-sync-journal")
        affected: set[str] = set(new_facts)
        for g in changed:
            affected.update(old_iris.get(g, ()))
        phases["journal"] = time.perf_counter() - t

        # 3. Their current state in Neo4j (skipped when the database holds no synced node yet).
        t = time.perf_counter()
        old_nodes: dict[str, dict] = {}
        old_rels: dict[tuple[str, str, str], set[str]] = {}
        has_nodes = self._query(f"MATCH (n:{BASE_LABEL}) RETURN count(n) > 0 AS any")[0]["any"]
        if has_nodes and affected:
            rows = sorted(affected)
            for r in self._read(f"UNWIND $rows AS i MATCH (n:{BASE_LABEL} {{iri: i}}) "
                                "RETURN n.iri AS iri, properties(n) AS props, labels(n) AS labels, "
                                "elementId(n) AS eid", rows):
                r["facts"] = r["props"].get("_facts")
                r["model"] = r["props"].get("_model")
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
        pipeline = _Pipeline(self.driver, self.database, self.writers, after=journal_thread)
        # Keyed by (labels, is_new): a node or relationship the read above did not find does not exist,
        # so it is CREATEd (cheaper than MERGE); the uniqueness constraint still guards the IRI.
        node_rows: dict[tuple[tuple[str, ...], bool], list[dict]] = defaultdict(list)
        unlabel: dict[str, list[str]] = defaultdict(list)
        delete_nodes: list[str] = []
        # A database that holds no synced node: the collapsed edges (HOLDS) get their record's
        # literals in their CREATE, from these states, instead of a second pass on the server.
        first = not has_nodes
        record_props: dict[str, dict] = {}
        record_labels: dict[str, tuple[str, ...]] = {}
        for iri in affected:
            old = old_nodes.get(iri)
            facts: dict[str, dict] = {}
            if old and old["facts"]:
                facts = _decode_facts(old["facts"], old["props"], changed)
            facts.update(new_facts.get(iri, {}))
            if not facts:
                if old is not None:
                    delete_nodes.append(iri)
                continue
            labels, props = self._node_state(iri, facts, keymap)
            if old is not None and old["facts"] == props["_facts"] and old.get("model") == MODEL_VERSION and \
                    set(old["labels"]) - {BASE_LABEL} == set(labels) and \
                    all(old["props"].get(k) == v for k, v in props.items() if isinstance(v, str)):
                # what its sources say has not changed: leave the node alone (the string properties
                # are compared too, because ``_facts`` writes the values equal to them as null)
                continue
            if first and self.collapse_labels.intersection(labels):
                record_props[iri], record_labels[iri] = props, labels
            rows = node_rows[(labels, old is None)]
            rows.append(props)
            res.nodes_written += 1
            if len(rows) >= self.batch:
                pipeline.submit(_node_query(labels, old is None), _Rows(rows))
                node_rows[(labels, old is None)] = []
            if old is not None:
                extra = set(old["labels"]) - set(labels) - {BASE_LABEL}
                for label in extra:
                    unlabel[label].append(iri)
        rel_upserts, rel_deletes = rel_changes(new_rels, old_rels, changed)
        phases["diff"] = time.perf_counter() - t

        # 5. Writes.
        t = time.perf_counter()
        # Relationships are written between element ids (a direct seek, no index lookup per end).
        eid = {iri: r["eid"] for iri, r in old_nodes.items()}
        for (labels, is_new), rows in sorted(node_rows.items()):
            if rows:
                pipeline.submit(_node_query(labels, is_new), _Rows(rows))
        for rows in rel_upserts.values():
            # in (start, end) order: a batch then touches few nodes, each once, in one order, instead
            # of the set's random order (fewer pages, and two writers seldom wait on each other);
            # sorted while the last node batches are written (it needs IRIs only, not element ids);
            # a type's (start, end) pairs are unique, so the rows sort by them without a key
            rows.sort()
        try:
            results = pipeline.close()
        finally:
            journal_thread.join()
        if journal_thread.error is not None:
            raise journal_thread.error
        eid.update(results)
        for label, iris in sorted(unlabel.items()):
            self._write(f"UNWIND $rows AS i MATCH (n:{BASE_LABEL} {{iri: i}}) "
                        f"REMOVE n:{check_identifier(label)}", iris)
        phases["nodes"] = time.perf_counter() - t
        t = time.perf_counter()
        jobs = []
        decorations = (collapse_decorations(self.collapses, keymap, new_rels, record_props, record_labels)
                       if first else {})
        for (typ, is_new), rows in sorted(rel_upserts.items()):
            ends = ("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] "
                    "MATCH (b) WHERE elementId(b) = row[1] ")
            if is_new and decorations and any((r[0], typ, r[1]) in decorations for r in rows):
                # a collapsed edge of a first sync: all its properties in one map
                jobs.append((ends + f"CREATE (a)-[r:{check_identifier(typ)}]->(b) SET r = row[2]",
                             [[eid[r[0]], eid[r[1]], {"sources": r[2], **({"shared": True} if r[3] else {}),
                                                     **decorations.get((r[0], typ, r[1]), {})}]
                              for r in rows]))
            elif is_new:
                # properties in the CREATE itself, and no `shared = null` to write on most of them
                by_shared: tuple[list, list] = ([], [])
                for s, o, srcs, shared in rows:
                    by_shared[shared is True].append([eid[s], eid[o], srcs])
                for shared in (False, True):
                    props = "{sources: row[2], shared: true}" if shared else "{sources: row[2]}"
                    jobs.append((ends + f"CREATE (a)-[:{check_identifier(typ)} {props}]->(b)", by_shared[shared]))
            else:
                jobs.append((ends + f"MERGE (a)-[r:{check_identifier(typ)}]->(b) "
                             "SET r.sources = row[2], r.shared = row[3]",
                             [[eid[r[0]], eid[r[1]], r[2], r[3]] for r in rows]))
            res.rels_written += len(rows)
        self._write_parallel(jobs)
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
        if not first:  # a first sync wrote them with the edges
            self._decorate(keymap, new_rels, old_rels, rel_upserts, eid, set(delete_nodes))
        phases["collapse"] = time.perf_counter() - t

        # 6. Done: the changed graphs are no longer pending.
        t = time.perf_counter()
        # A graph's IRIs are sent again only when they differ from the journal's (old | new): a new
        # graph's are the same, and were most of the state's bytes.
        journal_iris = {row["name"]: row["iris"] for row in journal}
        done: list[dict] = []
        done_same: list[dict] = []
        for g in sorted(changed - removed):
            row = {"name": g, "hash": src.hashes[g], "key": src.keys.get(g)}
            iris = sorted(graph_iris[g])
            if iris == journal_iris[g]:
                done_same.append(row)
            else:
                row["iris"] = iris
                done.append(row)
        self._write("UNWIND $rows AS row MERGE (g:_KgGraph {name: row.name}) "
                    "SET g.hash = row.hash, g.key = row.key, g.iris = row.iris, g.pending = false", done)
        self._write("UNWIND $rows AS row MERGE (g:_KgGraph {name: row.name}) "
                    "SET g.hash = row.hash, g.key = row.key, g.pending = false", done_same)
        if removed:
            self._write("UNWIND $rows AS name MATCH (g:_KgGraph {name: name}) DELETE g", sorted(removed))
        phases["state_write"] = time.perf_counter() - t

    def _node_state(self, iri: str, facts: dict[str, dict], keymap: KeyMap) -> tuple[tuple[str, ...], dict]:
        values: dict[str, dict[tuple[str, str], int]] = {}  # key -> value -> graphs stating it
        if len(facts) == 1:
            # one source graph (85 % of the corpus's nodes): each (key, value) is stated once
            for e in facts.values():
                for key, lex, kind in e["p"]:
                    counts = values.get(key)
                    if counts is None:
                        values[key] = {(lex, kind): 1}
                    else:
                        counts[(lex, kind)] = 1
                type_key = tuple(sorted(e["t"]))
                plain = e.get("u") or ()
        else:
            types: set[str] = set()
            plain = set()
            for e in facts.values():
                types.update(e["t"])
                for key, lex, kind in e["p"]:
                    counts = values.get(key)
                    if counts is None:
                        values[key] = {(lex, kind): 1}
                    else:
                        counts[(lex, kind)] = counts.get((lex, kind), 0) + 1
                u = e.get("u")
                if u:
                    plain.update(u)
            type_key = tuple(sorted(types))
        cached = self._labels_of.get(type_key)
        if cached is None:  # a corpus has a few dozen type sets; the lists are copied for each node
            cached = self._labels_of[type_key] = self.labels.for_types(list(type_key))
        labels, extra_types, implied = cached
        props: dict = {"iri": iri}
        extra: dict[str, list[list[str]]] = {}
        for key, counts in values.items():
            if key in LIST_KEYS:
                converted = sorted((lex if kind == "s" else to_neo4j(lex, kind) for lex, kind in counts),
                                   key=_type_rank)
                if len({type(v) for v in converted}) > 1:
                    converted = sorted({str(lex) for lex, _ in counts})
                props[key] = converted
                continue
            # One value per key, so that equality, ORDER BY and display work; the others are kept
            # in ``_extra`` (read back by ``kg export --from-neo4j``), and a name's in ``altNames``.
            if len(counts) == 1:  # nearly always: nothing to rank
                ((lex, kind),) = counts
                props[key] = lex if kind == "s" else to_neo4j(lex, kind)
                continue
            ranked = sorted(counts, key=lambda lk: canonical_rank(lk, counts[lk]))
            lex, kind = ranked[0]
            props[key] = lex if kind == "s" else to_neo4j(lex, kind)
            if len(ranked) > 1:
                extra[key] = [list(lk) for lk in ranked[1:]]
        if extra:
            props["_extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            variants = [lex for lex, kind in extra.get(NAME_KEY, []) if kind == "s"]
            own = props.get(ALT_NAMES_KEY) or []
            added = [v for v in variants if v not in own]
            if added:
                props[ALT_NAMES_KEY] = sorted([*own, *added], key=_type_rank)
                props["_altFromName"] = sorted(added)
        props.update(derived_props(labels, props))
        props["_model"] = MODEL_VERSION
        if extra_types:
            props["rdfTypes"] = list(extra_types)
        if implied:
            props["_impliedLabels"] = list(implied)
        if plain:
            lang_plain = [k for k in plain if keymap.props[k].lang]
            if lang_plain:
                props["_plainKeys"] = sorted(lang_plain)
        props["sources"] = sorted(g for g in facts if g != DEFAULT_GRAPH) if len(facts) > 1 else \
            [g for g in facts if g != DEFAULT_GRAPH]
        if DEFAULT_GRAPH in facts:
            props["shared"] = True
        search: list[str] = []
        for key in SEARCH_SOURCE_KEYS:
            v = props.get(key)
            for text in ([v] if isinstance(v, str) else v or []):
                if isinstance(text, str):
                    search.append(search_key(text))
        if search:
            props["searchKeys"] = " | ".join(dict.fromkeys(search))
        props["_facts"] = _encode_facts(facts, props)
        if self.collapse_labels.intersection(labels):
            keymap.edge_keys.update(k for k in values if k not in SEARCH_SOURCE_KEYS)
        return labels, props

    def _decorate(self, keymap: KeyMap, new_rels: dict, old_rels: dict, rel_upserts: dict,
                  eid: dict[str, str], deleted: set[str]) -> None:
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
            tail = (f"-[h:{check_identifier(edge_t)}]->(q) "
                    f"OPTIONAL MATCH (p)<-[:{check_identifier(src_t)}]-(t:{check_identifier(cls_label)})"
                    f"-[:{check_identifier(tgt_t)}]->(q) "
                    "WITH h, t ORDER BY coalesce(toString(t.lastSeen), ''), t.iri "
                    "WITH h, collect(t) AS ts WITH h, CASE WHEN size(ts) = 0 THEN null ELSE ts[-1] END AS t "
                    f"SET {sets}")
            pairs -= {pr for pr in pairs if pr[0] in deleted or pr[1] in deleted}
            by_id = [[eid[a], eid[b]] for a, b in sorted(pairs) if a in eid and b in eid]
            by_iri = [[a, b] for a, b in sorted(pairs) if a not in eid or b not in eid]
            self._write("UNWIND $rows AS pr MATCH (p) WHERE elementId(p) = pr[0] "
                        "MATCH (p)" + tail.replace("->(q) ", "->(q) WHERE elementId(q) = pr[1] ", 1), by_id)
            self._write(f"UNWIND $rows AS pr MATCH (p:{BASE_LABEL} {{iri: pr[0]}}) "
                        f"MATCH (p)" + tail.replace("->(q) ", f"->(q:{BASE_LABEL} {{iri: pr[1]}}) ", 1), by_iri)


def clear(driver, database: str) -> None:
    """Delete everything kg synced (nodes, relationships and the sync's state) in batches.

    The sync's state goes first: a clear cut short (the server killed between two batches) then
    leaves a database that the next sync rewrites in full, never one whose state still says every
    graph is synced while its nodes are gone (the long hostile suite found that order)."""
    for label in ("_KgSync", "_KgGraph", BASE_LABEL):
        with driver.session(database=database) as session:  # CALL IN TRANSACTIONS needs auto-commit
            session.run(f"MATCH (n:{label}) CALL (n) {{ DETACH DELETE n }} "
                        "IN TRANSACTIONS OF 10000 ROWS").consume()
