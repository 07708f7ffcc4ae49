"""The build store: each report's extraction, kept beside the output so a rebuild extracts only what changed.

A store is one SQLite file (``.kg-store.sqlite`` in the output folder). A row is keyed by the
report's content digest and the extractor version, so a changed report simply misses (and its old
row is pruned at the end of the build), a removed report's row is pruned, and a change to the
extraction code or its data files changes the version and misses everything: nobody has to
remember to clear a cache.

- The content digest covers every public field of the loaded :class:`Report` (id, text, metadata,
  sentences), so a report that loads the same extracts the same.
- The extractor version is a hash of the source and data files of the stages a build runs (the
  ``kg`` core modules, ``kg.loaders`` with its data tables, and the ontology). It is deliberately
  broader than the extractors alone: a false miss costs one clean build, a false hit a wrong graph.

It also remembers, for each report file a build read, its path, size and mtime_ns (and its sidecar's)
with the report's digest (:class:`FileMemo`): a rebuild takes a file whose path, size and mtime_ns
are unchanged as unchanged, with the stored digest and extraction, without reading it.

The store also remembers the fingerprint of the last build it completed (inputs, options and the
output files' sizes and times), so a rebuild of an unchanged corpus into an untouched folder is
recognised without resolving or writing anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.model import Extraction, Report
from kg.resolution_inputs import CompactExtraction, KeyWindows, compact

STORE_NAME = ".kg-store.sqlite"
_SCHEMA = 3
_CODE_SUFFIXES = {".py", ".tsv", ".txt", ".ttl", ".json", ".csv"}
# Sub-packages of kg that read a build but take no part in making one.
_NOT_BUILD = ("commands", "sync")


def _package_dir(module: str) -> Path:
    import importlib

    return Path(importlib.import_module(module).__file__).parent


@cache
def extractor_version() -> str:
    """A hash of the code and data a build's per-report results depend on.

    The ``kg`` package's modules and sub-packages (not its commands or Neo4j sync, which read a
    build but do not make it; the views live elsewhere), every file of ``kg.loaders`` (extractors
    and their data tables) and the ontology. File paths are hashed relative to their package, so
    two checkouts of the same commit agree.
    """
    return code_version([("kg", _package_dir("kg"), _NOT_BUILD), ("kg.loaders", _package_dir("kg.loaders"), ()),
                         ("kg.ontology", _package_dir("kg.ontology"), ())])


def code_version(roots: Iterable[tuple[str, Path, Iterable[str]]]) -> str:
    """A hash of the code and data files under each ``(name, folder, subfolders left out)`` root."""
    h = hashlib.sha256(f"kg-store {_SCHEMA}\n".encode())
    for name, root, left_out in roots:
        skip = {"__pycache__", *left_out}
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in _CODE_SUFFIXES
                           and not skip.intersection(p.relative_to(root).parts[:-1])):
            h.update(f"{name}/{path.relative_to(root).as_posix()}\n".encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:32]


def report_digest(report: Report) -> str:
    """The content hash of a loaded report: every public field (private ones are caches)."""
    fields = {k: v for k, v in vars(report).items() if not k.startswith("_")}
    return hashlib.sha256(pickle.dumps(sorted(fields.items()), protocol=5)).hexdigest()[:40]


_TEXT_FIELDS = ("text", "sentences", "paragraphs")


def strip_text(ex: Extraction) -> tuple:
    """Take the report's text (its sentence and paragraph spans, and its matching form if it was
    made) off an extraction; returns them.

    Resolution needs the mentions, not the text they were read from; a build of an archive keeps
    every extraction in memory until it is resolved, so it keeps them without their texts and gives
    each its text back only while its report is written (:func:`restore_text`).
    """
    return strip_report(ex.report)


def strip_report(r: Report) -> tuple:
    """:func:`strip_text` of a report: its text, sentence and paragraph spans and matching form
    taken off it (and returned). A build does this to each report once its extraction is stored,
    so that an archive's texts (about 25 KB a report in memory) never all wait until the last
    report is extracted."""
    taken = (*(getattr(r, f) for f in _TEXT_FIELDS), r._key)
    r.text, r.sentences, r.paragraphs = "", [], []
    r._key = None
    return taken


def restore_text(ex: Extraction, taken: tuple) -> None:
    """Give back what :func:`strip_text` took (a store written by an older kg kept no matching form)."""
    for name, value in zip(_TEXT_FIELDS, taken[:len(_TEXT_FIELDS)], strict=True):
        setattr(ex.report, name, value)
    ex.report._key = taken[len(_TEXT_FIELDS)] if len(taken) > len(_TEXT_FIELDS) else None


class Store:
    """Extractions by (report digest, extractor version); one SQLite file, one writer at a time.

    Each row holds the extraction without its report's text, the text apart, and the report's
    compact resolution input (:mod:`kg.resolution_inputs`): a build keeps only the compact inputs in
    memory and reads each full extraction (and its text) again when it writes the report's block.
    """

    def __init__(self, path: Path, version: str | None = None):
        self.path = path
        self.version = version or extractor_version()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        columns = [row[1] for row in self.db.execute("PRAGMA table_info(extraction)")]
        if columns and columns != ["digest", "version", "report_id", "slim", "text", "compact"]:
            self.db.execute("DROP TABLE extraction")  # a store from an older kg: start again
        self.db.execute("CREATE TABLE IF NOT EXISTS extraction (digest TEXT, version TEXT, report_id TEXT, "
                        "slim BLOB, text BLOB, compact BLOB, PRIMARY KEY (digest, version))")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        # Report files of the last build: path -> stamp (size, mtime_ns, sidecar's, id, display name) and digest.
        self.db.execute("CREATE TABLE IF NOT EXISTS source (path TEXT PRIMARY KEY, stamp TEXT, digest TEXT, "
                        "version TEXT)")
        # Written blocks (kg.blocks): a report's TriG block, its triples as sort keys, and what they depend on.
        self.db.execute("CREATE TABLE IF NOT EXISTS block (digest TEXT, version TEXT, dep_a BLOB, dep_b BLOB, "
                        "meta BLOB, block BLOB, keys BLOB, PRIMARY KEY (digest, version))")
        # graph.ttl of the last build by subject: every triple of the subject with the number of blocks stating it.
        self.db.execute("CREATE TABLE IF NOT EXISTS subject (subject TEXT PRIMARY KEY, keys BLOB)")
        # The last build's default graph as sort keys, in order, a chunk a row (kg.blocks).
        self.db.execute("CREATE TABLE IF NOT EXISTS default_key (seq INTEGER PRIMARY KEY, keys BLOB)")
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- extractions -------------------------------------------------------------------------
    def get_many(self, digests: Sequence[str], *, with_text: bool = True) -> dict[str, Extraction]:
        """The stored extractions among ``digests`` (for this version), by digest; without their
        reports' texts when ``with_text`` is false (see :func:`strip_text`)."""
        out: dict[str, Extraction] = {}
        wanted = list(dict.fromkeys(digests))
        column = "slim, text" if with_text else "slim, NULL"
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT digest, {column} FROM extraction WHERE version = ? AND digest IN ({marks})",
                                   [self.version, *chunk])
            for digest, slim, text in rows:
                ex = pickle.loads(zlib.decompress(slim))
                if text is not None:
                    restore_text(ex, pickle.loads(zlib.decompress(text)))
                out[digest] = ex
        return out

    def present(self, digests: Sequence[str]) -> set[str]:
        """Which of ``digests`` the store has for this version."""
        out: set[str] = set()
        wanted = list(dict.fromkeys(digests))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(d for (d,) in self.db.execute(
                f"SELECT digest FROM extraction WHERE version = ? AND digest IN ({marks})", [self.version, *chunk]))
        return out

    def text_of(self, digest: str) -> tuple:
        """What :func:`strip_text` took off the stored extraction of ``digest``."""
        row = self.db.execute("SELECT text FROM extraction WHERE version = ? AND digest = ?",
                              [self.version, digest]).fetchone()
        if row is None:
            raise KeyError(f"no stored extraction {digest} (version {self.version})")
        return pickle.loads(zlib.decompress(row[0]))

    def get_compact(self, digests: Sequence[str]) -> dict[str, CompactExtraction]:
        """The compact resolution inputs among ``digests`` (for this version), by digest; each one's
        text windows fetch the whole matching text from this store if resolution reads beyond them."""
        out: dict[str, CompactExtraction] = {}
        wanted = list(dict.fromkeys(digests))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT digest, compact FROM extraction WHERE version = ? AND digest IN ({marks})",
                                   [self.version, *chunk])
            for digest, blob in rows:
                cx = pickle.loads(zlib.decompress(blob))
                self.attach(digest, cx)
                out[digest] = cx
        return out

    def attach(self, digest: str, cx: CompactExtraction) -> None:
        """Let ``cx``'s text windows read the whole matching text of ``digest`` from this store."""
        if isinstance(cx.report.key, KeyWindows):
            cx.report.key.fetch = _KeyFetch(self, digest)

    def key_of(self, digest: str) -> str:
        """The whole matching text (``Report.key``) of a stored report."""
        taken = self.text_of(digest)
        return taken[len(_TEXT_FIELDS)]

    def put_many(self, items: Iterable[tuple[str, Extraction]]) -> list[CompactExtraction]:
        """Store extractions (given back unchanged: their text is taken off only while pickling);
        returns their compact resolution inputs, in order."""
        rows = []
        made = []
        for digest, ex in items:
            ex.report.key  # noqa: B018  the matching form is stored with the text: resolution reads it each build
            cx = compact(ex)
            made.append(cx)
            taken = strip_text(ex)
            try:
                slim = zlib.compress(pickle.dumps(ex, protocol=5), 1)
            finally:
                restore_text(ex, taken)
            rows.append((digest, self.version, ex.report.id, slim, zlib.compress(pickle.dumps(taken, protocol=5), 1),
                         zlib.compress(pickle.dumps(cx, protocol=5), 1)))
        self.db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.db.commit()
        for (digest, *_), cx in zip(rows, made, strict=True):
            self.attach(digest, cx)
        return made

    def prune(self, keep: Iterable[str]) -> int:
        """Drop every row but this version's ``keep`` digests (removed and changed reports, old versions)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (digest TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM keep")
        self.db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((d,) for d in keep))
        n = self.db.execute("DELETE FROM extraction WHERE version != ? OR digest NOT IN (SELECT digest FROM keep)",
                            [self.version]).rowcount
        self.db.execute("DELETE FROM block WHERE version != ? OR digest NOT IN (SELECT digest FROM keep)",
                        [self.version])
        self.db.commit()
        return n

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM extraction").fetchone()[0]

    # -- report files (FileMemo) ------------------------------------------------------------
    def sources(self) -> dict[str, tuple[str, str]]:
        """``path -> (stamp as JSON, digest)`` of the files whose extraction this version has stored."""
        rows = self.db.execute("SELECT s.path, s.stamp, s.digest FROM source s JOIN extraction e "
                               "ON e.digest = s.digest AND e.version = s.version WHERE s.version = ?",
                               [self.version])
        return {os.fsdecode(path) if isinstance(path, bytes) else path: (stamp, digest)
                for path, stamp, digest in rows}

    def set_sources(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """The files of this build, ``(path, stamp as JSON, digest)``, in place of the last build's.

        Paths go in as their file-system bytes: a file name that is not UTF-8 (a Latin-1 "b\\xe1o.txt"
        reaches Python as a lone surrogate) cannot be SQLite text, and must still be recalled."""
        self.db.execute("DELETE FROM source")
        self.db.executemany("INSERT OR REPLACE INTO source VALUES (?, ?, ?, ?)",
                            ((os.fsencode(p), st, d, self.version) for p, st, d in rows))
        self.db.commit()

    # -- written blocks (kg.blocks) -----------------------------------------------------------
    def _select(self, columns: str, digests: Sequence[str]) -> Iterator[tuple]:
        wanted = list(dict.fromkeys(digests))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(f"SELECT digest, {columns} FROM block WHERE version = ? AND digest IN ({marks})",
                                       [self.version, *chunk])

    def block_deps(self, digests: Sequence[str]) -> dict[str, tuple[bytes, bytes, object]]:
        """``digest -> (dep_a, dep_b, meta)`` of the stored blocks among ``digests`` (see :mod:`kg.blocks`)."""
        rows = self._select("dep_a, dep_b, meta", digests)
        return {d: (a, b, pickle.loads(zlib.decompress(m))) for d, a, b, m in rows}

    def block_texts(self, digests: Sequence[str]) -> dict[str, bytes]:
        return {d: zlib.decompress(b) for d, b in self._select("block", digests)}

    def block_keys(self, digests: Sequence[str]) -> dict[str, list]:
        return {d: pickle.loads(zlib.decompress(k)) for d, k in self._select("keys", digests)}

    def block_digests(self) -> set[str]:
        return {d for (d,) in self.db.execute("SELECT digest FROM block WHERE version = ?", [self.version])}

    def put_blocks(self, rows: Iterable[tuple[str, bytes, bytes, object, bytes, list]]) -> None:
        """Store ``(digest, dep_a, dep_b, meta, block, keys)`` rows (committed with the next commit)."""
        self.db.executemany("INSERT OR REPLACE INTO block VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (d, self.version, a, b, zlib.compress(pickle.dumps(m, protocol=5), 1), zlib.compress(block, 1),
             zlib.compress(pickle.dumps(keys, protocol=5), 1)) for d, a, b, m, block, keys in rows])

    def subject_rows(self, subjects: Iterable[str]) -> dict[str, list]:
        out: dict[str, list] = {}
        wanted = list(subjects)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for s, k in self.db.execute(f"SELECT subject, keys FROM subject WHERE subject IN ({marks})", chunk):
                out[s] = pickle.loads(zlib.decompress(k))
        return out

    def subjects_in_order(self) -> Iterator[str]:
        """Every subject, in the order graph.ttl gives them (code point order, which is UTF-8 byte order)."""
        for (s,) in self.db.execute("SELECT subject FROM subject ORDER BY subject"):
            yield s

    def subject_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM subject").fetchone()[0]

    def put_subjects(self, rows: Iterable[tuple[str, list]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO subject VALUES (?, ?)",
                            ((s, zlib.compress(pickle.dumps(k, protocol=5), 1)) for s, k in rows))

    def delete_subjects(self, subjects: Iterable[str]) -> None:
        self.db.executemany("DELETE FROM subject WHERE subject = ?", ((s,) for s in subjects))

    def clear_subjects(self) -> None:
        self.db.execute("DELETE FROM subject")

    def default_keys(self) -> Iterator[list] | None:
        """The last build's default-graph keys, chunk by chunk in the order they were put; None when
        no build recorded them (a store written before they were kept in chunks)."""
        if self.get_meta("default_chunks") is None:
            return None
        rows = self.db.execute("SELECT keys FROM default_key ORDER BY seq")
        return (pickle.loads(zlib.decompress(k)) for (k,) in rows)

    def put_default_keys(self, chunks: Iterable[list]) -> None:
        """This build's default-graph keys in place of the last build's, a chunk a row as they come
        (at 100,000 reports some six million keys: never one blob, nor a list in memory); committed
        with the next commit."""
        self.db.execute("DELETE FROM default_key")
        self.db.execute("DELETE FROM meta WHERE name = 'default_keys'")  # an older kg's whole list, in one blob
        rows = ((i, zlib.compress(pickle.dumps(c, protocol=5), 1)) for i, c in enumerate(chunks))
        self.db.executemany("INSERT INTO default_key VALUES (?, ?)", rows)
        self.set_meta("default_chunks", str(self.db.execute("SELECT count(*) FROM default_key").fetchone()[0]))

    def get_meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE name = ?", [name])
        else:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [name, value])

    def commit(self) -> None:
        self.db.commit()

    # -- memos of the last build -------------------------------------------------------------
    def memo(self, name: str) -> dict:
        """What the last build kept under ``name`` for the next one (minted IRIs:
        :class:`kg.iris.MintMemo`; title cues: :class:`kg.persons.CueMemo`), if it ran this code version."""
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", [f"memo:{name}"]).fetchone()
        if row is None or not isinstance(row[0], bytes):
            return {}
        try:
            version, value = pickle.loads(zlib.decompress(row[0]))
        except (zlib.error, pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError):
            return {}
        return value if version == self.version and isinstance(value, dict) else {}

    def set_memo(self, name: str, value: dict) -> None:
        """Keep ``value`` for the next build under ``name`` and this code version (committed with the next commit)."""
        blob = zlib.compress(pickle.dumps((self.version, value), protocol=5), 1)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [f"memo:{name}", blob])

    # -- the last build ----------------------------------------------------------------------
    def last_build(self) -> dict | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = 'last_build'").fetchone()
        return json.loads(row[0]) if row else None

    def set_last_build(self, record: dict | None) -> None:
        if record is None:
            self.db.execute("DELETE FROM meta WHERE name = 'last_build'")
        else:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('last_build', ?)", [json.dumps(record)])
        self.db.commit()


@dataclass
class Known:
    """A report file taken as unchanged (same path, size and mtime_ns): its digest, not its text.

    A build uses it only for its digest, and extracts only reports the store lacks, which a
    :class:`Known` never is (:meth:`FileMemo.recall` gives one only for a stored digest).
    """

    digest: str


class FileMemo:
    """The loader's :class:`kg.loaders.api.FileMemo` over a store's :meth:`Store.sources`: recalls the
    files of the last build by path and stamp, notes the files read in this one; :meth:`save` keeps
    them in the store for the next build."""

    def __init__(self, known: dict[str, tuple[str, str]]) -> None:
        self.known = known  # Store.sources() of the last build ({} to read every file)
        self.seen: list[tuple[str, str, Known | Report]] = []

    def recall(self, path: str, stamp: list) -> Known | None:
        text = json.dumps(stamp)
        hit = self.known.get(path)
        if hit is None or hit[0] != text:
            return None
        known = Known(hit[1])
        self.seen.append((path, text, known))
        return known

    def note(self, path: str, stamp: list, report: Report) -> None:
        self.seen.append((path, json.dumps(stamp), report))

    def settle(self, digest_of: dict[int, str]) -> None:
        """Note each report read by its digest (``digest_of``: ``id(report)`` to digest) instead of
        the report itself, so the memo keeps no report alive through the build (a report the build
        did not digest is forgotten, as :meth:`save` would skip it)."""
        self.seen = [(path, stamp, out if isinstance(out, Known) else Known(digest_of[id(out)]))
                     for path, stamp, out in self.seen if isinstance(out, Known) or id(out) in digest_of]

    def save(self, store: Store, digest_of: dict[int, str]) -> None:
        """Keep this build's files; ``digest_of`` maps ``id(report)`` to the digest of each report read.

        A build saves them as soon as its reports are digested, and the memo forgets them and the
        last build's, which it held to the end of the build: ~0.5 KB a file for this build's and
        ~0.4 KB for the last build's (tracemalloc, synthetic paths), ~90 MB at 100,000 files. A build
        that fails after this leaves its own files as the last build's, which is as safe
        (:meth:`Store.sources` recalls a file only with its extraction stored)."""
        rows = []
        for path, stamp, out in self.seen:
            digest = out.digest if isinstance(out, Known) else digest_of.get(id(out))
            if digest is not None:
                rows.append((path, stamp, digest))
        self.seen, self.known = [], {}
        store.set_sources(rows)


class _KeyFetch:
    """Reads one report's whole matching text from the store, once (a small object, not a closure)."""

    __slots__ = ("store", "digest", "key")

    def __init__(self, store: Store, digest: str) -> None:
        self.store, self.digest, self.key = store, digest, None

    def __call__(self) -> str:
        if self.key is None:
            self.key = self.store.key_of(self.digest)
        return self.key


def file_stamps(paths: Iterable[Path]) -> dict[str, list[int]]:
    """Size and modification time (ns) of each file: enough to notice that someone touched an output."""
    out = {}
    for p in paths:
        st = p.stat()
        out[p.name] = [st.st_size, st.st_mtime_ns]
    return out


def build_fingerprint(version: str, digests: Sequence[str], errors: Sequence[str], options: dict) -> str:
    """What a build's outputs depend on: code version, each report's content in order, failures, options."""
    h = hashlib.sha256(version.encode())
    h.update(json.dumps([list(digests), list(errors), options], sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()
