"""``graph.sync.jsonl``: graph.trig's triples block by block, in the form ``kg sync`` reads, written by the build.

Why: a first ``kg sync`` of the corpus spent 2.5-3.7 s of CPU (a sixth of its total, the server's
included) parsing ``graph.trig`` back into the triples the build had in hand a moment before.
The build writes them beside the TriG, per block, as plain JSON a reader turns back into the
sync's tuples about six times faster than pyoxigraph + the N-Quads split (docs/neo4j.md).

It can never go stale, because graph.trig stays the contract: each entry names the block it
was written for by the block's *text hash* (the hash ``kg sync`` gives a block, :func:`block_hash`)
and its key (``<report IRI>``, ``""`` for the default graph), and a reader takes an entry only for
a block of the TriG it reads whose hash and key are those, under the same prefix lines. A block
with no such entry (a TriG edited by hand, an older build, a missing or foreign file) is parsed
from the TriG as before. The file is trusted as much as the graph.trig beside it (both are the
build's output; an entry is checked for shape, not re-derived from the text).

Format, JSON Lines in UTF-8:

- line 1: ``{"format": "kg-sync-ready", "version": 1, "header": "<graph.trig's prefix lines>"}``
- then one line per part of a block: ``[hash, key, count, skipped, strings, refs]``: ``count`` is
  -1 when more parts of the block follow, else the block's number of triples over all its parts;
  ``skipped`` the part's triples with a blank node (the sync skips them and counts them);
  ``strings`` the part's distinct strings (and ``null``); ``refs`` six indexes into ``strings``
  per triple, in the block's order: subject, predicate, ``"iri"``/``"literal"``, value,
  datatype, language. A triple is ``(subject, predicate, (kind, value, datatype, lang))``,
  as :mod:`kg.sync.source` makes it from N-Quads.

Ground floor: the build writes it (:class:`Writer`, from its sort keys of each block's triples,
``kg.blocks.Key``) and the sync reads it (:func:`read`); neither imports the other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

FILE_NAME = "graph.sync.jsonl"
FORMAT, VERSION = "kg-sync-ready", 1
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
PART = 50_000  # triples per line at most: the default graph grows with an archive, a line stays small

Term = tuple[str, str, "str | None", "str | None"]
SyncTriple = tuple[str, str, Term]


def block_hash(body: str | bytes) -> str:
    """The hash ``kg sync`` gives a TriG block: of its body, the lines between ``<key> {`` and ``}``."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return "b:" + hashlib.sha256(data).hexdigest()[:30]


def header_of(prefix_header: str) -> str:
    """The header as a reader of graph.trig sees it (its ``@prefix`` lines joined by newlines)."""
    return "\n".join(line for line in prefix_header.split("\n") if line.strip())


def sync_triples(keys: Iterable[Sequence]) -> tuple[list[SyncTriple], int] | None:
    """The triples a parse of a block's TriG gives the sync, from the build's sort keys of that block
    (``(s, p, is_literal, o, datatype, lang, "b" if s is blank, "b" if o is blank)``, in the block's
    order), and how many have a blank node (skipped, as the sync skips them). None when a language
    tag is not ASCII (pyoxigraph would refuse it; such a block is left to the parser).

    Two things a parse normalises are done here the same way: pyoxigraph writes language tags in
    lower case, and a literal without datatype or language is an ``xsd:string``.
    """
    out: list[SyncTriple] = []
    skipped = 0
    for s, p, lit, o, dt, lang, sb, ob in keys:
        if sb or ob:
            skipped += 1
            continue
        if not lit:
            out.append((s, p, ("iri", o, None, None)))
        elif lang:
            if not lang.isascii():
                return None
            out.append((s, p, ("literal", o, RDF_LANGSTRING, lang.lower())))
        else:
            out.append((s, p, ("literal", o, dt or XSD_STRING, None)))
    return out, skipped


def _line(h: str, key: str, count: int, skipped: int, triples: Sequence[SyncTriple]) -> str:
    flat = [x for s, p, term in triples for x in (s, p, *term)]
    strings = list(dict.fromkeys(flat))
    index = {x: i for i, x in enumerate(strings)}
    return json.dumps([h, key, count, skipped, strings, [index[x] for x in flat]],
                      ensure_ascii=False, separators=(",", ":")) + "\n"


def _prefix(h: str, key: str) -> str:
    """How every line of the entry (hash, key) begins (``json.dumps`` is deterministic)."""
    return json.dumps([h, key], ensure_ascii=False, separators=(",", ":"))[:-1] + ","


class Writer:
    """Writes ``graph.sync.jsonl`` as a build writes its blocks.

    ``block`` for a report's block (its bytes as written into graph.trig, its sort keys or None),
    ``default`` around the default graph's keys as they stream to the serializer, then
    ``default_done`` once graph.trig holds the prefix lines and the default block. A block whose
    keys the build did not load (one taken unchanged from its store while graph.ttl is patched)
    is copied from the previous build's file when that has its entry, else left to the parser.
    """

    def __init__(self, path: Path, header: str, previous: Path | None = None) -> None:
        self.path = path
        self.out = path.open("w", encoding="utf-8", newline="\n")
        self.out.write(json.dumps({"format": FORMAT, "version": VERSION, "header": header},
                                  ensure_ascii=False) + "\n")
        self.header = header
        self.previous = self._index(previous)
        self.default_spool = path.with_name(path.name + ".default.tmp")
        self.default_count = 0
        self.default_skipped = 0
        self.default_ok = True

    def _index(self, previous: Path | None) -> tuple[BinaryIO, dict[str, list[tuple[int, int]]]] | None:
        """The previous file, open, and the offsets of its lines by hash (its entries, when its
        header is ours). It stays open while the build copies entries from it (a rebuild copies
        hundreds), and is closed with this writer."""
        if previous is None or not previous.is_file():
            return None
        where: dict[str, list[tuple[int, int]]] = {}
        try:
            f = previous.open("rb")
        except OSError:
            return None
        try:
            first = f.readline()
            if _header(first) != self.header:
                f.close()
                return None
            offset = len(first)
            for raw in f:
                where.setdefault(raw[2:34].decode("ascii", "replace"), []).append((offset, len(raw)))
                offset += len(raw)
        except (OSError, ValueError):
            f.close()
            return None
        return f, where

    def block(self, name: str, block: bytes, keys: Sequence[Sequence] | None) -> None:
        head = f"\n<{name}> {{\n".encode()
        if not (block.startswith(head) and block.endswith(b"\n}\n")):
            return
        key, h = f"<{name}>", block_hash(block[len(head):-3])
        if self._copy(h, key):
            return
        if keys is None:
            return
        got = sync_triples(keys)
        if got is not None:
            self._write(h, key, *got)

    def _copy(self, h: str, key: str) -> bool:
        if self.previous is None:
            return False
        f, where = self.previous
        prefix = _prefix(h, key).encode()
        lines = []
        try:
            for offset, length in where.get(h, ()):
                f.seek(offset)
                raw = f.read(length)
                if raw.startswith(prefix):
                    lines.append(raw)
        except OSError:
            return False
        if not lines or not lines[-1].endswith(b"\n") or lines[-1][len(prefix):].startswith(b"-1,"):
            return False  # no entry, or one whose last part is missing
        self.out.write(b"".join(lines).decode("utf-8"))
        return True

    def _write(self, h: str, key: str, triples: list[SyncTriple], skipped: int) -> None:
        if not triples and not skipped:
            return
        parts = range(0, max(len(triples), 1), PART)
        for n, i in enumerate(parts):
            last = n == len(parts) - 1
            self.out.write(_line(h, key, len(triples) if last else -1, skipped if last else 0,
                                 triples[i:i + PART]))

    def default(self, keys: Iterable[Sequence]) -> Iterator[Sequence]:
        """``keys`` unchanged, their sync form spooled part by part (the hash is known only at the end)."""
        with self.default_spool.open("w", encoding="utf-8", newline="\n") as spool:
            buf: list[Sequence] = []
            for k in keys:
                buf.append(k)
                if len(buf) >= PART:
                    self._spool(spool, buf)
                    buf = []
                yield k
            self._spool(spool, buf)

    def _spool(self, spool, buf: list[Sequence]) -> None:
        got = sync_triples(buf) if self.default_ok else None
        if got is None:
            self.default_ok = False
            return
        triples, skipped = got
        self.default_count += len(triples)
        self.default_skipped += skipped
        if triples:
            spool.write(_line("", "", -1, skipped, triples))

    def default_done(self, trig: Path) -> None:
        """Hash the default block graph.trig now holds (its prefix lines, then ``{`` ... ``}``) and
        write the spooled entry under that hash."""
        spool = self.default_spool
        if not spool.exists():
            return
        try:
            if not self.default_ok or (self.default_count == 0 and self.default_skipped == 0):
                return
            with trig.open("rb") as f:  # the default block's body, hashed as it streams
                first = f.read(1 << 20)
                start = first.find(b"\n{\n")
                if start < 0:
                    return
                digest = hashlib.sha256()
                tail = first[start + 3:]
                while True:
                    chunk = f.read(1 << 20)
                    if not chunk:
                        break
                    both = tail + chunk
                    digest.update(both[:-3])
                    tail = both[-3:]
                if not tail.endswith(b"\n}\n"):
                    return
                digest.update(tail[:-3])
            h = "b:" + digest.hexdigest()[:30]
            empty = _prefix("", "")
            last = None
            with spool.open(encoding="utf-8", newline="\n") as lines:
                for line in lines:
                    if last is not None:
                        self.out.write(_prefix(h, "") + last[len(empty):])
                    last = line
            if last is None:
                self.out.write(_line(h, "", self.default_count, self.default_skipped, []))
            else:  # the last part's "-1,skipped," become the block's count and skipped triples
                rest = last[len(empty):]
                head, skipped, rest = rest.split(",", 2)
                if head != "-1" or not skipped.isdigit():
                    raise ValueError(f"not a spooled part: {last[:80]!r}")
                self.out.write(f"{_prefix(h, '')}{self.default_count},{self.default_skipped},{rest}")
        finally:
            spool.unlink(missing_ok=True)

    def close(self) -> None:
        self.out.close()
        if self.previous is not None:
            self.previous[0].close()
        self.default_spool.unlink(missing_ok=True)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _header(first: bytes | str) -> str | None:
    try:
        head = json.loads(first)
    except ValueError:
        return None
    if not isinstance(head, dict) or head.get("format") != FORMAT or head.get("version") != VERSION:
        return None
    header = head.get("header")
    return header if isinstance(header, str) else None


def read(path: Path, header: str, wanted: dict[str, str]) -> dict[tuple[str, str], tuple[list[SyncTriple], int]]:
    """The entries of ``path`` for the blocks ``wanted`` (hash -> key), as ``(hash, key) -> (triples,
    skipped)``: only complete entries of the right shape, and none at all when the file's prefix
    lines are not ``header``. A missing or unreadable file gives no entries (the blocks are parsed)."""
    found: dict[tuple[str, str], tuple[list[SyncTriple], int]] = {}
    try:
        f = path.open("r", encoding="utf-8", newline="\n")
    except OSError:
        return found
    with f:
        if _header(f.readline()) != header:
            return found
        parts: dict[tuple[str, str], list[SyncTriple]] = {}
        skipped: dict[tuple[str, str], int] = {}
        try:
            for line in f:
                h = line[2:34]
                if h not in wanted:
                    continue
                try:
                    h, key, count, skip, strings, refs = json.loads(line)
                    triples = _triples(strings, refs)
                except (ValueError, TypeError, IndexError):
                    continue
                if wanted.get(h) != key or not isinstance(count, int) or not isinstance(skip, int):
                    continue
                at = (h, key)
                got = parts.setdefault(at, [])
                got.extend(triples)
                skipped[at] = skipped.get(at, 0) + skip
                if count >= 0:
                    if count == len(got):
                        found[at] = (got, skipped[at])
                    del parts[at]
        except (OSError, UnicodeDecodeError):
            return {}
    return found


_KINDS = frozenset({"iri", "literal"})
_STRING_OR_NONE = frozenset({str, type(None)})


def _triples(strings: list, refs: list) -> list[SyncTriple]:
    """The part's triples; TypeError or IndexError when its shape is not what :class:`Writer` writes."""
    if not isinstance(strings, list) or not isinstance(refs, list) or len(refs) % 6:
        raise TypeError("not a part")
    if not _STRING_OR_NONE.issuperset(map(type, strings)):  # exact types: what json.loads makes
        raise TypeError("not strings")
    items = [strings[i] for i in refs]  # IndexError on a bad index; a negative one is caught below
    if refs and (min(refs) < 0):
        raise IndexError("negative index")
    kinds = items[2::6]
    if not _KINDS.issuperset(kinds) or None in items[0::6] or None in items[1::6] or None in items[3::6]:
        raise TypeError("not triples")
    return list(zip(items[0::6], items[1::6], zip(kinds, items[3::6], items[4::6], items[5::6], strict=True),
                    strict=True))
