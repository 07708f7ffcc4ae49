"""Writing a build report by report: Turtle and TriG assembled from per-report blocks, in bounded memory.

:func:`kg.graph.build_dataset` holds every triple of a build at once (about 0.16 MB a report, and
twice that while Turtle is sorted): fine for a thousand reports, 16 GB for an archive of 100,000.
Here the same writer runs one report at a time and each report's triples leave memory as soon as
they are written:

- its TriG block (``<report> { ... }``) is serialized at once and spooled to a file; the blocks are
  copied into ``graph.trig`` in the order :func:`kg.graph.serialize_trig` gives them;
- its triples, as sort keys, go into sorted runs spilled to disk every ``spill`` triples; ``graph.ttl``
  is a merge of the runs (duplicates across reports dropped) streamed through pyoxigraph's serializer.

What stays in memory is the resolution, each report's answers by mention position
(:mod:`kg.resolution_inputs`; the full extractions are read back from the store a batch at a time)
and the build-wide decisions of :class:`kg.graph._Aggregates`
(one jurisdiction per organization, one document type per directive). Those need every report's
votes before any report's block is final, so the writer makes two passes: the first only votes
(its triples are dropped), the second writes. The bytes are those of :func:`kg.graph.serialize_turtle`
and :func:`kg.graph.serialize_trig` (tested).
"""

from __future__ import annotations

import hashlib
import heapq
import os
import pickle
import re
import shutil
import tempfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, BNode, Literal, URIRef

from kg import syncready
from kg.graph import (
    PREFIX_MAP,
    Triple,
    _Aggregates,
    _prefix_header,
    _ReportWriter,
    _write_reference,
    turtle_of_ordered,
)
from kg.model import Extraction
from kg.parallel import release_memory
from kg.resolution_inputs import MentionMap, install, map_digest_parts, uninstall
from kg.resolve import Resolution, report_iri
from kg.store import Store
from kg.vocab import KG

Key = tuple[str, str, bool, str, str, str, str, str]
"""A triple as :func:`kg.graph._sort_key` orders it, plus whether subject and object are blank nodes."""

SPILL = 250_000  # triples kept in memory before a sorted run is written to disk (~100 MB of keys)
_CHUNK = 1_000  # keys per pickled chunk of a run: the merge holds one chunk per run
# At 100,000 reports (about 54 million triples) that is ~220 runs: the merge holds ~220,000 keys.

SUMMARY_CLASSES = {"people": KG.Person, "posts": KG.Post, "organizations": KG.Organization,
                   "directives": KG.Directive, "events": KG.Event, "campaigns": KG.Campaign}


def _key(t: Triple, intern: dict[str, str]) -> Key:
    s, p, o = t
    lit = isinstance(o, Literal)
    dt = str(o.datatype or "") if lit else ""
    lang = (o.language or "") if lit else ""
    sp = str(p)
    return (str(s), intern.setdefault(sp, sp), lit, str(o), intern.setdefault(dt, dt), intern.setdefault(lang, lang),
            "b" if isinstance(s, BNode) else "", "b" if isinstance(o, BNode) else "")


class _OxKeys:
    """Sort keys back into pyoxigraph triples (IRIs cached per run of the same subject)."""

    def __init__(self) -> None:
        self.iris: dict[str, ox.NamedNode] = {}

    def iri(self, s: str) -> ox.NamedNode:
        n = self.iris.get(s)
        if n is None:
            if len(self.iris) > 200_000:
                self.iris.clear()
            n = self.iris[s] = ox.NamedNode(s)
        return n

    def __call__(self, k: Key) -> ox.Triple:
        s, p, lit, o, dt, lang, sb, ob = k
        subj = ox.BlankNode(s) if sb else self.iri(s)
        if lit:
            obj = ox.Literal(o, language=lang) if lang else (ox.Literal(o, datatype=self.iri(dt)) if dt
                                                             else ox.Literal(o))
        else:
            obj = ox.BlankNode(o) if ob else self.iri(o)
        return ox.Triple(subj, self.iri(p), obj)


def _keys_turtle_body(keys: list[Key]) -> str:
    """:func:`kg.graph._turtle_body` of a report's triples from their sorted keys: a key begins with
    the fields ``_sort_key`` orders triples by (subject, predicate, literal or not, object, datatype,
    language), so the triples come in the same order, and the writer sorts the keys anyway (each
    triple was made into strings twice, once for each sort: a fifth of writing the blocks)."""
    conv = _OxKeys()
    return turtle_of_ordered(conv(k) for k in keys)


def _read_chunks(path: Path) -> Iterator[list[Key]]:
    """The lists of keys pickled one after another into ``path`` (a sorted run, a key log), in order."""
    with path.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


@dataclass
class _Runs:
    """Sorted runs of keys on disk, plus the current in-memory buffer."""

    folder: Path
    spill: int = SPILL
    buffer: list[Key] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def add(self, keys: Iterable[Key]) -> None:
        self.buffer.extend(keys)
        if len(self.buffer) >= self.spill:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        self.buffer.sort()
        path = self.folder / f"run-{len(self.files):05d}.pickle"
        with path.open("wb") as f:
            for i in range(0, len(self.buffer), _CHUNK):
                pickle.dump(self.buffer[i:i + _CHUNK], f, protocol=5)
        self.files.append(path)
        self.buffer = []

    @staticmethod
    def _read(path: Path) -> Iterator[Key]:
        for chunk in _read_chunks(path):
            yield from chunk

    def merged(self) -> Iterator[Key]:
        """Every key once, in order."""
        for k, _ in self.merged_counts():
            yield k

    def merged_counts(self) -> Iterator[tuple[Key, int]]:
        """Every key once, in order, with the number of times it was added (the blocks stating it)."""
        self.buffer.sort()
        last, n = None, 0
        for k in heapq.merge(*(self._read(p) for p in self.files), self.buffer):
            if k != last:
                if last is not None:
                    yield last, n
                last, n = k, 0
            n += 1
        if last is not None:
            yield last, n


def _write_turtle_body(raw: Path, out) -> None:
    """Copy pyoxigraph's Turtle into ``out`` as :func:`kg.graph.serialize_turtle` shapes it.

    That function keeps the lines (``str.splitlines``) that do not start with ``@prefix``, joins them
    with newlines and strips the ends; this does the same line by line, without the whole text.
    """
    started = False
    held: list[str] = []  # blank lines not yet known to be inside the body
    with raw.open("r", encoding="utf-8", newline="") as f:
        for physical in f:
            for line in physical.splitlines() or [""]:
                if line.startswith("@prefix"):
                    continue
                if not started:
                    if not line.strip():
                        continue
                    line = line.lstrip()
                    started = True
                    out.write(line)
                    continue
                if not line.strip():
                    held.append(line)
                    continue
                for h in held:
                    out.write("\n" + h)
                held = []
                out.write("\n" + line)
    # the last line written ends the body; a trailing blank run was held back and is dropped


@dataclass
class StreamSummary:
    triples: int = 0
    types: dict[str, int] = field(default_factory=dict)
    reused: int = 0  # report blocks taken from the store unchanged
    incremental: bool = False  # graph.ttl patched from the last build's, not merged from every block


@dataclass
class BlockCache:
    """Where :func:`write_streamed` keeps each report's written block, and what the last build left.

    ``digests`` are the reports' content digests, in the order of the extractions. ``previous_ttl``
    is the last build's ``graph.ttl`` (untouched since, as its recorded size and time say) and
    ``previous_summary`` its summary: with both, and the store's subject table describing that
    build, graph.ttl is patched where triples changed instead of merged from every block.
    """

    store: Store
    digests: Sequence[str]
    previous_ttl: Path | None = None
    previous_summary: dict | None = None


_MISSING = "\x00missing"  # an IRI the resolution no longer knows: never equal to a real value


class _Recorder:
    """The :class:`Resolution` as one report's writer sees it, noting the IRI-keyed questions it asks.

    A block is a function of its extraction, of the IRIs its mentions resolve to (``iri``,
    ``post_role``, ``tenure_of``: covered by the mapping digest) and of the answers to these
    questions (a label, an English name, a symbol). A question asked any other way marks the block
    as untracked: it is then written again at every build, never reused on a guess.
    """

    _BY_MENTION = frozenset({"of", "iri", "post_role", "tenure_of"})

    def __init__(self, res: Resolution) -> None:
        self.__dict__.update(_res=res, asked={}, untracked=False)

    def _ask(self, name: str, iri) -> None:
        self.asked.setdefault((name, str(iri)), None)

    def label(self, iri):
        self._ask("label", iri)
        return self._res.label(iri)

    def english_name(self, iri):
        self._ask("english", iri)
        return self._res.english_name(iri)

    def symbol(self, iri):
        self._ask("symbol", iri)
        return self._res.symbol(iri)

    def known(self, iri):
        self._ask("label", iri)  # its answer is the missing marker exactly while no report names iri
        return self._res.known(iri)

    def __getattr__(self, name: str):
        if name not in self._BY_MENTION:
            self.__dict__["untracked"] = True
        return getattr(self._res, name)


class _Answers:
    """Today's answers to the questions a stored block's writer asked (memoised for the build)."""

    def __init__(self, res: Resolution, agg: _Aggregates) -> None:
        self.res, self.agg, self.memo = res, agg, {}

    def __call__(self, question: tuple[str, str]) -> str:
        got = self.memo.get(question)
        if got is None:
            got = self.memo[question] = self._answer(*question)
        return got

    def _answer(self, name: str, iri_text: str) -> str:
        res, agg, iri = self.res, self.agg, URIRef(iri_text)
        if name == "label":
            return res.label(iri) if res.labels.get(iri) else _MISSING
        if name == "english":
            return res.english_name(iri) or ""
        if name == "symbol":
            return res.symbol(iri) if res.symbols.get(iri) else _MISSING
        if name == "jurisdiction":
            return str(agg.jurisdiction(iri)) if agg.places.get(iri) else _MISSING
        if name == "doctype":
            if not agg.types.get(iri):
                return _MISSING
            return str(agg.document_type(iri))
        return _MISSING  # a question this kg does not know how to replay: never reused


def _mapping_digest(digest: str, mapping: MentionMap) -> bytes:
    """What a report's votes and block depend on besides the resolution's answers: its content and
    the IRI each of its mentions resolved to (entity, post role, tenure; "" when none), in order."""
    h = hashlib.blake2b(digest.encode(), digest_size=16)
    for iri, role, tenure in map_digest_parts(mapping):
        h.update(f"\x1e{iri}\x1f{role}\x1f{tenure}".encode())
    return h.digest()


def _answers_digest(dep_a: bytes, questions: Sequence[tuple[str, str]], answers: _Answers) -> bytes:
    h = hashlib.blake2b(dep_a, digest_size=16)
    for q in questions:
        h.update(f"\x1e{q[0]}\x1f{q[1]}\x1f{answers(q)}".encode())
    return h.digest()


Votes = tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], list[tuple[str, str]]]


def _votes_of(local: _Aggregates) -> Votes:
    """One report's share of the build-wide decisions (:class:`kg.graph._Aggregates`), as plain data."""
    return (sorted((str(i), a, b) for i, (a, b) in local.places.items()),
            sorted((str(i), a, b) for i, vs in local.types.items() for a, b in vs),
            sorted((str(i), t) for i, ts in local.symbol_types.items() for t in ts))


def _add_votes(agg: _Aggregates, votes: Votes) -> None:
    places, types, symbol_types = votes
    for i, a, b in places:
        agg.vote_place(URIRef(i), a, b)
    for i, a, b in types:
        agg.types[URIRef(i)].add((a, b))
    for i, t in symbol_types:
        agg.symbol_types[URIRef(i)].add(t)


def _chunk(keys: Iterable[Key]) -> str:
    """One subject's lines of graph.ttl, as pyoxigraph writes them for its sorted triples."""
    data = ox.serialize((_OxKeys()(k) for k in keys), format=ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP)
    lines = data.decode("utf-8").splitlines()
    return "\n".join(line for line in lines if line.strip() and not line.startswith("@prefix"))


def _chunks(rows: dict[str, list[tuple[Key, int]]]) -> dict[str, str | None]:
    """:func:`_chunk` of each subject's keys (None for a subject with none left), from one run of
    the serializer over all of them: a +1% build changes about a thousand subjects, and a call of
    pyoxigraph per subject cost more than the serializing. The output is cut where a line begins
    a subject (neither a continuation nor a blank line); should the pieces not line up with the
    subjects, each subject is serialized on its own instead."""
    live = sorted(s for s, r in rows.items() if r)
    out: dict[str, str | None] = {s: None for s, r in rows.items() if not r}
    conv = _OxKeys()
    data = ox.serialize((conv(k) for s in live for k, _ in rows[s]), format=ox.RdfFormat.TURTLE,
                        prefixes=PREFIX_MAP)
    pieces: list[list[str]] = []
    for line in data.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("@prefix"):
            continue
        if line[0] in " \t" and pieces:
            pieces[-1].append(line)
        else:
            pieces.append([line])
    if len(pieces) == len(live) and all(_renders(p[0], s) for p, s in zip(pieces, live, strict=True)):
        out.update((s, "\n".join(p)) for s, p in zip(live, pieces, strict=True))
    else:
        out.update((s, _chunk(k for k, _ in rows[s])) for s in live)
    return out


_READ = 1 << 22  # bytes of the last graph.ttl read at a time
# A line that begins a subject: after a newline, neither a continuation (tab), a blank line nor a prefix line.
_SUBJECT_START = re.compile(rb"\n(?=[^\t\n@])")


class _StaleTtl(Exception):
    """The last build's graph.ttl does not line up with the store's subject table."""


def _subject_starts(ttl: Path, wanted: Iterable[int]) -> tuple[dict[int, int], int]:
    """The byte offsets at which the subjects numbered ``wanted`` (0 is the first, in file order)
    begin in a graph.ttl written by this module, and how many subjects it has.

    The file is read 4 MB at a time and its subject lines found by a regular expression; only the
    offsets asked for are kept, so a patch costs no Python work per unchanged subject (an archive's
    graph.ttl has about 80 subjects a report) and no memory per subject."""
    need = sorted({w for w in wanted if w >= 0})
    got: dict[int, int] = {}
    count = j = 0
    with ttl.open("rb") as f:
        base, buf = 0, f.read(_READ)
        first = [0] if buf[:1] and buf[:1] not in b"\t\n@" else []
        while buf:
            more = f.read(_READ)
            starts = first + [base + m.end() for m in _SUBJECT_START.finditer(buf)]
            first = []
            while j < len(need) and need[j] < count + len(starts):
                got[need[j]] = starts[need[j] - count]
                j += 1
            count += len(starts)
            if more and buf.endswith(b"\n"):  # what follows this newline is in the next read
                base, buf = base + len(buf) - 1, b"\n" + more
            else:
                base, buf = base + len(buf), more
    return got, count


def _ranks(subjects: Iterator[str], pending: Sequence[str]) -> list[tuple[int, bool]]:
    """For each of the sorted ``pending`` subjects, its place among the sorted ``subjects`` (the
    index it has, or would be inserted at) and whether it is one of them."""
    out: list[tuple[int, bool]] = []
    j = count = 0
    for s in subjects:
        while j < len(pending) and pending[j] < s:
            out.append((count, False))
            j += 1
        if j == len(pending):
            break
        if pending[j] == s:
            out.append((count, True))
            j += 1
        count += 1
    out.extend((count, False) for _ in pending[j:])
    return out


def _splice(previous: Path, store: Store, pending: Sequence[str], chunks: dict[str, str | None], into: Path) -> None:
    """Write ``into``: the last graph.ttl with each of the ``pending`` subjects' lines replaced by
    ``chunks[subject]`` (inserted where the subject is new, dropped where it is None).

    The lines between two changed subjects are copied as one range of bytes, found by
    :func:`_subject_starts`; the store's subject table gives each changed subject's place. The file's
    size and time were checked against the last build's record; here its count of subjects must be
    the table's, and every replaced subject's line must name it, or :class:`_StaleTtl` is raised."""
    ranks = _ranks(store.subjects_in_order(), pending)
    starts, n = _subject_starts(previous, [0, *(r + d for r, _ in ranks for d in (0, 1))])
    if n != store.subject_count():
        raise _StaleTtl(f"{n} subjects in graph.ttl, {store.subject_count()} in the store")
    size = previous.stat().st_size
    with previous.open("rb") as old, into.open("wb") as out:
        out.write((_prefix_header() + "\n").encode())
        first = True

        def sep() -> None:
            nonlocal first
            if not first:
                out.write(b"\n")
            first = False

        def copy(i: int, j: int) -> None:  # the lines of old subjects i..j-1 (their last newline left out)
            if i >= j:
                return
            sep()
            a, b = starts[i], (starts[j] - 1 if j < n else size - 1)
            old.seek(a)
            while a < b:
                data = old.read(min(_READ, b - a))
                if not data:
                    raise _StaleTtl("graph.ttl ends early")
                out.write(data)
                a += len(data)

        cursor = 0
        for s, (rank, present) in zip(pending, ranks, strict=True):
            copy(cursor, rank)
            if present:
                old.seek(starts[rank])
                head = old.read(len(s.encode()) + 64).decode("utf-8", "replace")
                if not _renders(head, s):
                    raise _StaleTtl(head[:200])
                cursor = rank + 1
            else:
                cursor = rank
            if chunks[s] is not None:
                sep()
                out.write(chunks[s].encode())
        copy(cursor, n)
        out.write(b"\n")


def _renders(line: str, subject: str) -> bool:
    """Whether a subject line of graph.ttl can be ``subject`` (its full IRI or a prefixed name of it)."""
    if line.startswith(f"<{subject}>"):
        return True
    prefix = line.split(":", 1)[0]
    ns = PREFIX_MAP.get(prefix)
    return ns is not None and subject.startswith(ns)


class _KeySink:
    """What :func:`kg.graph._write_reference` adds to (a set of triples, for it), taking each triple
    as its sort key into sorted runs on disk; the merge gives each key once, as the set would."""

    def __init__(self, runs: _Runs, intern: dict[str, str]) -> None:
        self.runs, self.intern = runs, intern

    def add(self, t: Triple) -> None:
        self.runs.add((_key(t, self.intern),))


@dataclass
class ReportSource:
    """The reports of a build as the writer reads them, one batch at a time.

    ``ids`` are the reports' ids and ``maps`` what resolution answered for each one's mentions, by
    position (:func:`kg.resolution_inputs.mention_map`), in build order. ``load(indices, with_text)``
    gives the full extractions of those reports (from the store), with or without their texts; the
    writer puts each one's answers back under its mentions' identities only while it writes it, so
    memory holds a batch of extractions, never the build's.
    """

    ids: Sequence[str]
    maps: Sequence[MentionMap]
    load: Callable[[Sequence[int], bool], dict[int, Extraction]]


_BATCH = 500  # reports whose full extractions are in memory at once while writing


def _write_one(ex: Extraction, mapping: MentionMap, res: Resolution, sink: set[Triple], view, agg: _Aggregates) -> None:
    keys = install(ex, mapping, res)
    try:
        _ReportWriter(sink, ex, view, agg).write()
    finally:
        uninstall(keys, res)


_PUT = 50  # written blocks (with their keys) held before they go to the store


def _put_blocks(store: Store, fresh: list, stored: dict, delta: Counter | None) -> None:
    """Put the blocks written into ``fresh`` into the store and empty it. With ``delta`` (graph.ttl
    is patched), the blocks they replace leave graph.ttl first, read before they are overwritten.

    A batch's blocks were put at its end: their keys (the batch's triples, ~100 MB for 500
    reports of an archive) stayed in memory after the sorted runs had written them, and the last
    batch's through the whole of the default graph and the merge of graph.ttl."""
    if delta is not None:
        for keys in store.block_keys([d for d, *_ in fresh if d in stored]).values():
            delta.subtract(keys)
    if fresh:
        store.put_blocks(fresh)
    fresh.clear()


def write_streamed(source: ReportSource, res: Resolution, ttl: Path, trig: Path, *,
                   html: Callable[[Iterable[Triple], Path], None] | None = None, html_path: Path | None = None,
                   spill: int = SPILL, cache: BlockCache | None = None,
                   ready: syncready.Writer | None = None) -> StreamSummary:
    """Write ``graph.ttl`` and ``graph.trig`` for the resolved reports of ``source``, one report at a time.

    ``res`` holds no answers by mention (its ``iri``, ``post_role``, ``tenure_of`` are empty): each
    report's come from ``source.maps`` while it is written.

    With a ``cache``, each report's block is kept in the store with what it depends on: the
    report's content, the IRIs its mentions resolved to (the *mapping* digest) and the answers to
    the questions its writer asked of the resolution and of the build-wide decisions (labels,
    English names, symbols, jurisdictions, document types). A report whose digests are unchanged is
    not written again, nor its extraction read back: its votes, block and triples come from the
    store. When the store also describes the last build's graph.ttl, that file is patched subject by
    subject where triples came or went; otherwise graph.ttl is merged from every block's triples. Either way the bytes
    are those of a clean build (tested).

    ``ready``: also write each block's triples in the form ``kg sync`` reads (``graph.sync.jsonl``,
    :mod:`kg.syncready`), from the keys at hand; it adds no pass and reads nothing back.
    """
    work = Path(tempfile.mkdtemp(prefix=".kg-blocks-", dir=ttl.parent))
    store = cache.store if cache is not None else None
    n = len(source.ids)
    digests = list(cache.digests) if cache is not None else [""] * n
    try:
        patch = (cache is not None and html is None and cache.previous_ttl is not None
                 and cache.previous_summary is not None and len(set(digests)) == n
                 and store.get_meta("subjects_version") == store.version)
        agg = _Aggregates()
        dep_a: list[bytes] = []
        # votes of reports whose stored ones no longer hold (a clean build's: every report's) until
        # pass 2 stores them, packed: ~0.3 KB a report, ~1.5 KB as tuples of strings (kg.store keeps
        # them in each block's row)
        new_votes: dict[int, bytes] = {}
        for start in range(0, n, _BATCH):  # pass 1: the build-wide votes, from the store where still valid
            part = range(start, min(start + _BATCH, n))
            stored = store.block_deps([digests[i] for i in part]) if store is not None else {}
            todo = []
            for i in part:
                a = _mapping_digest(digests[i], source.maps[i]) if store is not None else b""
                dep_a.append(a)
                row = stored.get(digests[i]) if store is not None else None
                if row is not None and row[0] == a:
                    _add_votes(agg, row[2]["votes"])
                else:
                    todo.append(i)
            loaded = source.load(todo, False) if todo else {}
            for i in todo:
                local = _Aggregates()
                _write_one(loaded[i], source.maps[i], res, set(), res, local)
                votes = _votes_of(local)
                _add_votes(agg, votes)
                if store is not None:
                    new_votes[i] = zlib.compress(pickle.dumps(votes, protocol=5), 1)
            del loaded
        agg.pending = []
        release_memory()

        answers = _Answers(res, agg)
        runs = None if patch else _Runs(work, spill)
        delta: Counter[Key] = Counter()
        intern: dict[str, str] = {}
        index: dict[str, tuple[int, int]] = {}
        reused = 0
        with (work / "blocks").open("wb") as spool:
            for start in range(0, n, _BATCH):  # pass 2: each report's block, written or taken from the store
                part = range(start, min(start + _BATCH, n))
                stored = store.block_deps([digests[i] for i in part]) if store is not None else {}
                keep = {}
                for i in part:
                    row = stored.get(digests[i])
                    if row is not None and row[0] == dep_a[i] and row[1] is not None \
                            and _answers_digest(dep_a[i], row[2]["asked"], answers) == row[1]:
                        keep[i] = row
                texts = store.block_texts([digests[i] for i in keep]) if keep else {}
                kept_keys = store.block_keys([digests[i] for i in keep]) if keep and not patch else {}
                todo = [i for i in part if i not in keep]
                loaded = source.load(todo, True) if todo else {}
                fresh = []
                for i in part:
                    name = str(report_iri(source.ids[i]))
                    if i in keep:
                        reused += 1
                        block = texts[digests[i]]
                        if block:
                            index[name] = (spool.tell(), len(block))
                            spool.write(block)
                            if runs is not None:
                                runs.add(kept_keys[digests[i]])
                            if ready is not None:
                                ready.block(name, block, kept_keys[digests[i]] if runs is not None else None)
                        continue
                    g: set[Triple] = set()
                    rec = _Recorder(res)
                    _write_one(loaded.pop(i), source.maps[i], res, g, rec, agg)
                    for _, s, p in agg.pending:  # the build-wide decisions are questions too
                        rec._ask("jurisdiction" if p == KG.jurisdiction else "doctype", s)
                    agg.write()  # this report's share of the decisions taken in pass 1
                    agg.pending = []
                    keys = sorted(_key(t, intern) for t in g)
                    block = f"\n<{name}> {{\n{_keys_turtle_body(keys)}\n}}\n".encode() if g else b""
                    if block:
                        index[name] = (spool.tell(), len(block))
                        spool.write(block)
                        if ready is not None:
                            ready.block(name, block, keys)
                    if runs is not None:
                        runs.add(keys)
                    else:
                        delta.update(keys)
                    if store is not None:
                        asked = list(rec.asked)
                        dep_b = None if rec.untracked else _answers_digest(dep_a[i], asked, answers)
                        votes = (pickle.loads(zlib.decompress(new_votes.pop(i))) if i in new_votes
                                 else stored[digests[i]][2]["votes"])
                        fresh.append((digests[i], dep_a[i], dep_b, {"votes": votes, "asked": asked}, block, keys))
                        if len(fresh) >= _PUT:
                            _put_blocks(store, fresh, stored, delta if patch else None)
                if store is not None:
                    _put_blocks(store, fresh, stored, delta if patch else None)
                del loaded, stored, texts, kept_keys  # the batch's: none of it waits for the next
                # The batch's texts, long literals and pyoxigraph's buffers are glibc heap: without a
                # trim here the heap's free pages, trimmed before this pass, are touched again batch
                # after batch and stay resident (at 100,000 reports the heap's RSS grew by ~0.8 GB
                # during this pass while pymalloc's arenas did not grow: docs/scale.md).
                release_memory()
        # The default graph (identity links, redirects, tenure aggregates: it grows with the archive,
        # about 60 triples a report) goes to sorted runs of its own as keys, never whole in memory as
        # triples or text; the report blocks' last keys go to disk first, so that only one buffer fills.
        if runs is not None:
            runs.flush()
        release_memory()
        (work / "default").mkdir()
        druns = _Runs(work / "default", spill)
        _write_reference(_KeySink(druns, intern), res)
        if druns.files or len(druns.buffer) > spill // 4:
            druns.flush()  # a big default graph waits on disk; a small one (a corpus's) is merged in memory
        # For the store (its record of the default graph, and patching graph.ttl): on disk, never whole in memory.
        default_keys = _KeyLog(work / "default-keys.pickle") if store is not None else None

        def default_merged() -> Iterator[Key]:
            for k, _ in druns.merged_counts():  # a set's triples: each once, however often added
                if default_keys is not None:
                    default_keys.add(k)
                if runs is not None:
                    runs.add((k,))
                yield k

        # graph.trig: the default graph, then the report blocks in name order
        with trig.open("w", encoding="utf-8", newline="") as out:
            out.write(_prefix_header() + "\n{\n")
            conv = _OxKeys()
            keys = default_merged() if ready is None else ready.default(default_merged())
            ox.serialize((conv(k) for k in keys), work / "default.ttl", ox.RdfFormat.TURTLE,
                         prefixes=PREFIX_MAP)
            _write_turtle_body(work / "default.ttl", out)
            out.write("\n}\n")
        if ready is not None:
            ready.default_done(trig)
        if default_keys is not None:
            default_keys.close()
        os.remove(work / "default.ttl")
        with trig.open("ab") as out, (work / "blocks").open("rb") as spool:
            for name in sorted(index):
                offset, length = index[name]
                spool.seek(offset)
                out.write(spool.read(length))
        os.remove(work / "blocks")

        summary = StreamSummary(types=dict.fromkeys(SUMMARY_CLASSES, 0), reused=reused)
        if patch:
            try:
                _patch_ttl(cache, digests, default_keys, delta, ttl, work, summary)
                summary.incremental = True
            except _StaleTtl:
                patch = False
                runs = _Runs(work, spill)
                present = list(dict.fromkeys(digests))
                for s in range(0, len(present), 1000):
                    for keys in store.block_keys(present[s:s + 1000]).values():
                        runs.add(keys)
                for chunk in default_keys.chunks():
                    runs.add(chunk)
                summary = StreamSummary(types=dict.fromkeys(SUMMARY_CLASSES, 0), reused=reused)
        if not patch:
            release_memory()
            _merge_ttl(runs, ttl, work, summary, store)
        if store is not None:
            store.put_default_keys(default_keys.chunks())
            store.commit()
        if html is not None and html_path is not None:
            html(_rdflib_triples(runs.merged()), html_path)
        return summary
    finally:
        shutil.rmtree(work)


class _KeyLog:
    """Keys written to a file a chunk at a time as they come, and read back in the same order.

    A build with a store keeps the default graph's keys for the next build (patching graph.ttl
    needs the last build's). They are about 60 a report: at 100,000 reports some six million
    tuples of strings, well over a gigabyte if they were held in a list until the end of the writer.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.buffer: list[Key] = []
        self.out = path.open("wb")

    def add(self, key: Key) -> None:
        self.buffer.append(key)
        if len(self.buffer) >= _CHUNK:
            self._dump()

    def _dump(self) -> None:
        if self.buffer:
            pickle.dump(self.buffer, self.out, protocol=5)
            self.buffer = []

    def close(self) -> None:
        self._dump()
        self.out.close()

    def chunks(self) -> Iterator[list[Key]]:
        """The keys as written, in chunks (the log is closed)."""
        return _read_chunks(self.path)


def _ascending(chunks: Iterable[list[Key]]) -> Iterator[Key]:
    """The keys of ``chunks``, checked to come in order (else the record is not what this code wrote)."""
    last = None
    for chunk in chunks:
        for k in chunk:
            if last is not None and k < last:
                raise _StaleTtl("the recorded default graph is not in order")
            last = k
            yield k


def _default_change(old: Iterable[list[Key]], new: Iterable[list[Key]], delta: Counter) -> None:
    """Count into ``delta`` how the default graph changed: +1 for each time a key is in ``new``,
    -1 for each time it is in ``old`` (both in order), as ``delta.update(new); delta.subtract(old)``
    would, without either graph whole in memory nor a zero entry for each key both state."""
    tagged = heapq.merge(((k, 1) for k in _ascending(new)), ((k, -1) for k in _ascending(old)))
    last, n = None, 0
    for k, sign in tagged:
        if k != last:
            if n:
                delta[last] += n
            last, n = k, 0
        n += sign
    if n:
        delta[last] += n


_RDF_TYPE = str(RDF.type)
_WANTED = {str(c): k for k, c in SUMMARY_CLASSES.items()}


def _count(summary: StreamSummary, k: Key, sign: int) -> None:
    summary.triples += sign
    if k[1] == _RDF_TYPE and not k[2] and k[3] in _WANTED:
        summary.types[_WANTED[k[3]]] += sign


def _merge_ttl(runs: _Runs, ttl: Path, work: Path, summary: StreamSummary, store: Store | None) -> None:
    """graph.ttl from every block's triples: the merged runs through pyoxigraph; with a store, the
    subject table (each subject's triples and how many blocks state each) is filled on the way."""
    if store is not None:
        store.clear_subjects()
    rows: list[tuple[str, list]] = []
    group: list[tuple[Key, int]] = []

    def flush_group() -> None:
        if group:
            rows.append((group[0][0][0], list(group)))
            group.clear()
        if len(rows) >= 5000:
            store.put_subjects(rows)
            rows.clear()

    def counted() -> Iterator[Key]:
        for k, c in runs.merged_counts():
            _count(summary, k, 1)
            if store is not None:
                if group and group[0][0][0] != k[0]:
                    flush_group()
                group.append((k, c))
            yield k

    conv = _OxKeys()
    raw = work / "raw.ttl"
    ox.serialize((conv(k) for k in counted()), raw, ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP)
    if store is not None:
        flush_group()
        store.put_subjects(rows)
        store.set_meta("subjects_version", store.version)
    with ttl.open("w", encoding="utf-8", newline="") as out:
        out.write(_prefix_header() + "\n")
        _write_turtle_body(raw, out)
        out.write("\n")


def _patch_ttl(cache: BlockCache, digests: Sequence[str], default_keys: _KeyLog, delta: Counter,
               ttl: Path, work: Path, summary: StreamSummary) -> None:
    """graph.ttl as the last build's with the subjects whose triples changed written again.

    ``delta`` holds the triples of the blocks written in this build (+1 each) minus those of the
    blocks they replace (-1 each); here come the blocks of reports that are gone and the default
    graph's change. The subject table counts, for each triple, the blocks that state it, so a
    triple leaves graph.ttl only when no block states it any more.
    """
    store = cache.store
    gone = store.block_digests() - set(digests)
    for start in range(0, len(gone), 1000):
        for keys in store.block_keys(sorted(gone)[start:start + 1000]).values():
            delta.subtract(keys)
    old_default = store.default_keys()
    if old_default is None:
        raise _StaleTtl("no default graph recorded")
    _default_change(old_default, default_keys.chunks(), delta)
    changes: dict[str, list[tuple[Key, int]]] = defaultdict(list)
    for k, c in delta.items():
        if c:
            changes[k[0]].append((k, c))
    prev = cache.previous_summary
    summary.triples = prev.get("triples", 0)
    summary.types = {name: prev.get(name, 0) for name in SUMMARY_CLASSES}
    rows = store.subject_rows(changes)
    new_rows: dict[str, list[tuple[Key, int]]] = {}
    for s, diff in changes.items():
        counts = dict(rows.get(s, []))
        for k, c in diff:
            before = counts.get(k, 0)
            after = before + c
            if after < 0:
                raise _StaleTtl(f"a triple of {s} stated by fewer than no block")
            if before == 0 and after > 0:
                _count(summary, k, 1)
            elif before > 0 and after == 0:
                _count(summary, k, -1)
            if after:
                counts[k] = after
            else:
                counts.pop(k, None)
        new_rows[s] = sorted(counts.items())
    chunks = _chunks(new_rows)
    pending = sorted(chunks)
    tmp = work / "patched.ttl"
    _splice(cache.previous_ttl, store, pending, chunks, tmp)
    os.replace(tmp, ttl)
    store.put_subjects((s, r) for s, r in new_rows.items() if r)
    store.delete_subjects(s for s, r in new_rows.items() if not r)


def _rdflib_triples(keys: Iterator[Key]) -> Iterator[Triple]:
    """The merged keys as rdflib terms again, for the HTML view (which wants the whole graph)."""
    from rdflib import URIRef

    for s, p, lit, o, dt, lang, sb, ob in keys:
        subj = BNode(s) if sb else URIRef(s)
        if lit:
            obj = Literal(o, lang=lang) if lang else Literal(o, datatype=URIRef(dt) if dt else None)
        else:
            obj = BNode(o) if ob else URIRef(o)
        yield subj, URIRef(p), obj
