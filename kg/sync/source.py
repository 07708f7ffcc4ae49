"""Read a ``kg build`` output as per-report graphs, and fingerprint each one.

``DIR/graph.trig`` is the contract: one named graph per report (graph name = the report's IRI) and
the default graph for shared reference data (places, document types). Per-report graphs are what
give every node and relationship its ``sources`` and let a re-sync touch only the reports that
changed, found by comparing a content hash per graph with the one stored in Neo4j. Without a
``graph.trig``, ``graph.ttl`` is read as one shared graph (no per-report provenance).

pyoxigraph parses about 20 times faster than rdflib, which matters at a million triples; rdflib
is the fallback when it is not installed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kg import syncready
from kg.errors import first_line

DEFAULT_GRAPH = ""
"""Source id of the default graph (shared reference data) in provenance bookkeeping."""


class SourceError(Exception):
    """The build directory cannot be read; ``str(e)`` names the file and the problem."""


class Term(NamedTuple):
    """An RDF object term reduced to what the sync needs (a tuple: a million of them are made)."""

    kind: str  # "iri" or "literal"
    value: str
    datatype: str | None = None
    lang: str | None = None


Triple = tuple[str, str, Term]  # (subject IRI, predicate IRI, object)


@dataclass
class Source:
    path: Path
    file_hash: str
    graphs: dict[str, list[Triple]] = field(default_factory=dict)  # source id -> triples
    hashes: dict[str, str] = field(default_factory=dict)
    skipped_bnodes: int = 0
    keys: dict[str, str] = field(default_factory=dict)  # graph name -> its block's key in the file
    present_keys: set[str] | None = None  # every block key in the file (None: read as a whole)
    blocks: int = 0

    @property
    def triple_count(self) -> int:
        return sum(len(t) for t in self.graphs.values())


def locate(path: Path) -> Path:
    """The file to sync in ``path``: graph.trig, else graph.ttl; or ``path`` itself when a file."""
    if path.is_file():
        return path
    for name in ("graph.trig", "graph.ttl"):
        if (path / name).is_file():
            return path / name
    raise SourceError(f"{path}: no graph.trig or graph.ttl (run `kg build ... --out {path}` first)")


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _unescape(text: str) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        return _SIMPLE.get(m.group(3), m.group(3))

    return _ESCAPE.sub(sub, text)


_NQUAD = re.compile(r'^<([^>\n]*)> <([^>\n]*)> (?:<([^>\n]*)>|"([^"\\\n]*)"(?:@([^ \n]+)|\^\^<([^>\n]*)>)?)'
                    r"(?: <([^>\n]*)>)? \.$|^(.+)$", re.M)


def _parse_line(line: str) -> tuple[str, str, tuple, str] | None:
    """(subject, predicate, object term, graph name) of one N-Quads line; None for a blank node."""
    if not line.startswith("<"):
        return None
    s_end = line.index("> <", 1)
    p_end = line.index(">", s_end + 3)
    rest = line[p_end + 2:-2]
    if rest.startswith("<"):
        o_end = rest.index(">")
        term = ("iri", rest[1:o_end], None, None)
        tail = rest[o_end + 1:]
    elif rest.startswith('"'):
        if "\\" in rest:
            m = _LITERAL.match(rest)
            lex, after = _unescape(m.group(1)), rest[m.end():]
        else:
            q = rest.index('"', 1)
            lex, after = rest[1:q], rest[q + 1:]
        if after.startswith("@"):
            sp = after.find(" ")
            lang = after[1:] if sp < 0 else after[1:sp]
            term = ("literal", lex, RDF_LANGSTRING, lang)
            tail = "" if sp < 0 else after[sp:]
        elif after.startswith("^^<"):
            d_end = after.index(">")
            term = ("literal", lex, after[3:d_end], None)
            tail = after[d_end + 1:]
        else:
            term = ("literal", lex, XSD_STRING, None)
            tail = after
    else:
        return None
    return line[1:s_end], line[s_end + 3:p_end], term, (tail[2:-1] if tail.startswith(" <") else DEFAULT_GRAPH)


def _read_oxigraph(path: Path | None, src: Source, text: str | None = None, hash_lines: bool = True) -> None:
    """Parse with pyoxigraph, re-serialise as N-Quads (both in Rust) and cut the lines in Python.

    Walking pyoxigraph's term objects from Python costs more than the parse. N-Quads lines are
    regular: one regular expression over the whole text cuts the lines without escapes or blank
    nodes (nearly all) into their terms in C, and ``_parse_line`` reads the others. With
    ``hash_lines`` (a file read as a whole) every line is read by ``_parse_line`` and a graph's
    sorted lines are its canonical form for the content hash; the block reader hashes each
    block's text instead.
    """
    import pyoxigraph as ox

    if text is not None:
        quads = ox.parse(text, format=ox.RdfFormat.TRIG, lenient=True)
    else:
        fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
        quads = ox.parse(path=str(path), format=fmt, lenient=True)
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    graphs = src.graphs
    if hash_lines:
        lines_of: dict[str, list[str]] = {}
        for line in data.splitlines():
            parsed = _parse_line(line)
            if parsed is None:
                src.skipped_bnodes += 1
                continue
            s, p, term, g = parsed
            if g not in graphs:
                graphs[g], lines_of[g] = [], []
            graphs[g].append((s, p, term))
            lines_of[g].append(line)
        for g, lines in lines_of.items():
            lines.sort()
            src.hashes[g] = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:32]
        return
    last_g, triples = None, None
    for s, p, o_iri, lex, lang, dt, g, other in _NQUAD.findall(data):
        if other:
            parsed = _parse_line(other)
            if parsed is None:
                src.skipped_bnodes += 1
                continue
            s, p, term, g = parsed
        elif o_iri:
            term = ("iri", o_iri, None, None)
        elif lang:
            term = ("literal", lex, RDF_LANGSTRING, lang)
        elif dt:
            term = ("literal", lex, dt, None)
        else:
            term = ("literal", lex, XSD_STRING, None)
        if g != last_g:
            triples = graphs.get(g)
            if triples is None:
                triples = graphs[g] = []
            last_g = g
        triples.append((s, p, term))


def _quads_rdflib(path: Path) -> Iterator[tuple[str, str, str, Term | None]]:
    from rdflib import BNode, Dataset, Literal, URIRef

    ds = Dataset()
    ds.parse(path, format="trig" if path.suffix == ".trig" else "turtle")
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = getattr(g, "identifier", g)
        gname = str(gid) if isinstance(gid, URIRef) and str(gid) != str(ds.default_context.identifier) \
            and not str(gid).startswith("urn:x-rdflib:") else DEFAULT_GRAPH
        if isinstance(s, BNode):
            yield gname, "", str(p), None
            continue
        if isinstance(o, URIRef):
            term = Term("iri", str(o))
        elif isinstance(o, Literal):
            term = Term("literal", str(o), str(o.datatype) if o.datatype else
                        (XSD_STRING if not o.language else RDF_LANGSTRING), o.language)
        else:
            term = None
        yield gname, str(s), str(p), term


def _line(s: str, p: str, o: Term) -> str:
    if o.kind == "iri":
        return f"{s}\t{p}\t<{o.value}>"
    return f"{s}\t{p}\t{o.value!r}\t{o.datatype or ''}\t{o.lang or ''}"


_BLOCK_START = re.compile(r"^(\S*)[ \t]*\{[ \t]*$")
_HEADER = re.compile(r"^\s*(@prefix|@base|PREFIX|BASE)\b", re.I)


def split_blocks(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The prefix header and the ``(graph key, body)`` blocks of a TriG file laid out as kg writes it.

    kg's TriG (``kg.graph.serialize_trig``) puts each graph as ``<name> {`` ... ``}`` on lines of
    their own. Hashing each block's text lets a re-sync parse only the graphs that changed. Any
    other layout gives None, and the file is parsed as a whole.
    """
    header: list[str] = []
    blocks: list[tuple[str, str]] = []
    # A block's body is cut out whole, up to its first line that is "}" (found with str.find, not
    # line by line: the corpus's 42 MB TriG has half a million lines, nearly all inside blocks).
    pos, size = 0, len(text)
    while pos <= size:
        end = text.find("\n", pos)
        if end < 0:
            end = size
        line = text[pos:end]
        m = _BLOCK_START.match(line)
        if m:
            close = text.find("\n}\n", end)
            if close < 0:
                close = size - 2 if text.endswith("\n}") and size - 2 >= end else -1
                if close < 0:
                    return None  # the block is never closed
            blocks.append((m.group(1), text[end + 1:close]))
            pos = close + 3
            continue
        pos = end + 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not blocks and _HEADER.match(line):
            header.append(line)
            continue
        return None
    return "\n".join(header), blocks


def read(path: Path, known: dict[str, str] | None = None) -> Source:
    """Parse ``path`` (a build directory or an RDF file) into per-graph triples with their hashes.

    ``known`` maps block keys to the hashes of the last sync: those blocks, unchanged, are not
    parsed at all (their graphs are absent from ``graphs`` and ``hashes``).
    """
    f = locate(path)
    src = Source(path=f, file_hash=file_hash(f))
    try:
        try:
            import pyoxigraph  # noqa: F401
        except ImportError:
            _read_rdflib(f, src)
            return src
        whole = f.read_text(encoding="utf-8") if f.suffix == ".trig" else None
        split = split_blocks(whole) if whole is not None else None
        if split is None:
            _read_oxigraph(f, src)
            return src
        header, blocks = split
        known = known or {}
        src.present_keys = {k for k, _ in blocks}
        src.blocks = len(blocks)
        todo = []
        for key, body in blocks:
            h = syncready.block_hash(body)
            if known.get(key) != h:
                todo.append((key, body, h))
        ready = todo and f.name == "graph.trig" and (f.parent / syncready.FILE_NAME).is_file()
        if ready:
            todo = _read_sync_ready(f.parent / syncready.FILE_NAME, header, todo, src)
        if not todo or _read_blocks_at_once(header, todo, src, whole if len(todo) == len(blocks) else None):
            pass
        else:
            for key, body, h in todo:
                part = Source(path=f, file_hash="")
                _read_oxigraph(None, part, text=f"{header}\n{key} {{\n{body}\n}}\n", hash_lines=False)
                src.skipped_bnodes += part.skipped_bnodes
                for gname, triples in part.graphs.items():
                    src.graphs.setdefault(gname, []).extend(triples)
                    src.hashes[gname] = h
                    src.keys[gname] = key
        if ready:  # the graphs in the file's order, as a parse of the whole gives them
            order = {k: i for i, (k, _) in enumerate(blocks)}
            rank = {g: order.get(k, -1) for g, k in src.keys.items()}
            for name in ("graphs", "hashes", "keys"):
                d = getattr(src, name)
                setattr(src, name, dict(sorted(d.items(), key=lambda kv: rank.get(kv[0], -1))))
    except (SyntaxError, ValueError, OSError) as exc:
        first = first_line(exc)
        raise SourceError(f"{f}: cannot parse: {first}") from None
    return src


def _read_sync_ready(path: Path, header: str, todo: list[tuple[str, str, str]], src: Source
                     ) -> list[tuple[str, str, str]]:
    """Take the blocks ``todo`` that the build's ``graph.sync.jsonl`` has (same text hash, same key,
    same prefix lines) from it instead of parsing them (:mod:`kg.syncready`); the others are returned.

    The triples, their order, the skipped blank-node count, the hashes and the keys are those a
    parse gives (``tests/test_sync_ready.py``), so the rows written to Neo4j are the same.
    """
    wanted: dict[str, str] = {}
    for key, _, h in todo:
        if _block_graph(key) is not None:
            wanted.setdefault(h, key)
    found = syncready.read(path, header, wanted) if wanted else {}
    if not found:
        return todo
    rest = []
    for key, body, h in todo:
        entry = found.get((h, key)) if wanted.get(h) == key else None
        if entry is None:
            rest.append((key, body, h))
            continue
        triples, skipped = entry
        src.skipped_bnodes += skipped
        if triples:  # a parse of a block with no triple left gives no graph either
            g = _block_graph(key)
            src.graphs.setdefault(g, []).extend(triples)
            src.hashes[g], src.keys[g] = h, key
    return rest


_PLAIN_IRI = re.compile(r"^<([A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\s]*)>$")


def _block_graph(key: str) -> str | None:
    """The graph name a block key stands for, when it can be told without a parser: ``""`` (the
    default graph's ``{`` block) or an absolute ``<IRI>`` without escapes; else None."""
    if key == "":
        return DEFAULT_GRAPH
    m = _PLAIN_IRI.match(key)
    return m.group(1) if m else None


def _read_blocks_at_once(header: str, todo: list[tuple[str, str, str]], src: Source,
                         whole: str | None = None) -> bool:
    """Parse the blocks ``todo`` (key, body, hash) in one pyoxigraph call; False (``src`` untouched)
    when their keys do not map one to one onto the graph names of what was parsed.

    One call instead of one per block: on the real corpus (989 blocks) parsing block by block cost
    a parse and a serialisation set-up per block, and each graph's N-Quads lines were sorted and
    hashed for a hash the block's text hash then replaced. ``whole``: the file's text, parsed as it
    is when every block is to be parsed (a first sync), instead of joining the blocks again.
    """
    by_name = {_block_graph(key): (key, h) for key, _, h in todo}
    if None in by_name or len(by_name) != len(todo):
        return False
    part = Source(path=src.path, file_hash="")
    text = whole if whole is not None else \
        header + "\n" + "".join(f"{key} {{\n{body}\n}}\n" for key, body, _ in todo)
    _read_oxigraph(None, part, text=text, hash_lines=False)
    if not set(part.graphs) <= set(by_name):
        return False
    src.skipped_bnodes += part.skipped_bnodes
    for gname, triples in part.graphs.items():
        src.graphs.setdefault(gname, []).extend(triples)
        src.keys[gname], src.hashes[gname] = by_name[gname]
    return True


def _read_rdflib(f: Path, src: Source) -> None:
    graphs = src.graphs
    for gname, s, p, o in _quads_rdflib(f):
        if o is None or not s:
            src.skipped_bnodes += 1
            continue
        graphs.setdefault(gname, []).append((s, p, o))
    for gname, triples in graphs.items():
        lines = sorted({_line(s, p, o) for s, p, o in triples})
        src.hashes[gname] = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:32]
