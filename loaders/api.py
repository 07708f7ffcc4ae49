"""``load`` and ``iter_load``: inputs as a user types them to Reports, bad ones to one-line errors.

Inputs are files, directories (recursive), glob patterns, or ``-`` for standard input. Every
input is expanded first, so the whole run has a stable order (each input's files sorted by path,
inputs in the order given, duplicates dropped) and report ids can be made unique before any file
is read: the id is the file stem, and stems that collide get their parent folders' names put in
front ("vntc-0001" stays, two "report" files become "a-report" and "b-report").

Inside a directory only ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` are read (a ``.json`` there is a
sidecar, a ``.csv`` a roster); a file named explicitly with another extension is an error.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from kg.loaders import readers
from kg.loaders.result import LoadError, LoadResult, Refused
from kg.model import Report

DEFAULT_MAX_BYTES = 5_000_000
_GLOB_CHARS = frozenset("*?[")


@dataclass
class _Item:
    display: str
    path: Path | None = None  # None for standard input and for errors
    kind: str = ""  # "txt" | "html" | "jsonl" | "stdin"
    error: str | None = None
    report_id: str = ""


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in readers.TEXT_SUFFIXES:
        return "txt"
    if suffix in readers.HTML_SUFFIXES:
        return "html"
    if suffix in readers.JSONL_SUFFIXES:
        return "jsonl"
    return None


def _walk(root: Path, display_root: str) -> list[_Item]:
    """Report files under ``root``, sorted by relative path; hidden files and folders skipped.
    A folder that cannot be read is an error of its own (os.walk would skip it without a word)."""
    found = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        try:
            rel = where.relative_to(root).as_posix()
        except ValueError:
            rel = ""
        display = os.path.join(display_root, rel) if rel and rel != "." else display_root
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        found.append((rel, _Item(display, error=f"folder cannot be read: {reason}")))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            kind = _kind(path)
            if kind:
                rel = path.relative_to(root).as_posix()
                found.append((rel, _Item(os.path.join(display_root, rel), path, kind)))
    return [item for _, item in sorted(found, key=lambda t: t[0])]


def _explicit(path: Path, display: str) -> _Item:
    kind = _kind(path)
    if kind is None and path.suffix.lower() == ".json":
        return _Item(display, error="a .json file is the metadata sidecar of the .txt or .html beside it, "
                                    "not a report (name the .txt, or use .jsonl for a batch)")
    if kind is None:
        if path.suffix == "":
            kind = "txt"  # a named file without an extension is read as plain text
        else:
            expected = "expected .txt, .html, .htm or .jsonl"
            return _Item(display, error=f"unsupported file type '{path.suffix}' ({expected})")
    return _Item(display, path, kind)


def _expand(inputs: Sequence[str]) -> list[_Item]:
    items: list[_Item] = []
    for raw in inputs:
        if raw == "-":
            items.append(_Item("-", None, "stdin"))
            continue
        path = Path(raw)
        if path.is_dir():
            items.extend(_walk(path, raw))
        elif path.exists():
            items.append(_explicit(path, raw))
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                items.append(_Item(raw, error="no file matches this pattern"))
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    items.extend(_walk(mp, match))
                elif _kind(mp):
                    items.append(_Item(match, mp, _kind(mp) or "txt"))
        else:
            items.append(_Item(raw, error="no such file or directory"))
    return _dedupe(items)


def _identity(path: Path) -> tuple[int, int] | str:
    """The file's (device, inode), so the same file named twice (or via a link) loads once."""
    try:
        st = path.stat()
        return (st.st_dev, st.st_ino)
    except OSError:
        return str(path)


def _dedupe(items: list[_Item]) -> list[_Item]:
    seen: set[object] = set()
    out = []
    for item in items:
        ident: object = _identity(item.path) if item.path is not None else (item.display, item.error)
        if item.kind == "stdin":
            ident = "-"
        if ident in seen:
            continue
        seen.add(ident)
        out.append(item)
    return out


def _assign_ids(items: list[_Item]) -> None:
    """Stems as ids; colliding stems get more of their parent folders until they differ."""
    files = [i for i in items if i.path is not None and i.error is None]
    depth = {id(i): 0 for i in files}
    parents: dict[int, list[str]] = {}

    def name(item: _Item) -> str:
        assert item.path is not None
        d = depth[id(item)]
        if d == 0:
            return item.path.stem
        if id(item) not in parents:  # resolved only for the few that collide
            parents[id(item)] = [p.name for p in item.path.resolve().parents if p.name]
        return "-".join([*reversed(parents[id(item)][:d]), item.path.stem])

    for _ in range(32):
        groups: dict[str, list[_Item]] = {}
        for item in files:
            groups.setdefault(name(item), []).append(item)
        clashes = [g for g in groups.values() if len(g) > 1]
        if not clashes:
            break
        for group in clashes:
            for item in group:
                depth[id(item)] += 1
    for item in files:
        item.report_id = name(item)
    for item in items:
        if item.kind == "stdin":
            item.report_id = "stdin"


def _unique(report_id: str, used: set[str]) -> str:
    out, n = report_id, 2
    while out in used:
        out, n = f"{report_id}-{n}", n + 1
    used.add(out)
    return out


class FileMemo(Protocol):
    """What a caller remembers of files it has seen loaded (kg.build's store): a file whose stamp
    (see :func:`file_stamp`) is unchanged is given back as the caller's stand-in, not read again."""

    def recall(self, path: str, stamp: list) -> Any | None:
        """The stand-in for ``path`` loaded with ``stamp``, or None to read it."""

    def note(self, path: str, stamp: list, report: Report) -> None:
        """``report`` was read from ``path``, whose stamp was ``stamp`` before it was read."""


def file_stamp(item: _Item, max_bytes: int) -> list | None:
    """Size and mtime_ns of a .txt/.html report and of its sidecar (or None), with its id and display
    name (they are fields of the report): taken before the file is read, so a file changed while it is
    read is read again next time. None when the file cannot be trusted unread (other kinds, too big)."""
    if item.kind not in ("txt", "html") or item.path is None:
        return None
    try:
        st = item.path.stat()
        try:
            sc = item.path.with_suffix(".json").stat()
            sidecar = [sc.st_size, sc.st_mtime_ns]
        except (FileNotFoundError, NotADirectoryError):
            sidecar = None
    except OSError:
        return None
    if not 0 < st.st_size <= max_bytes or (sidecar and sidecar[0] > max_bytes):
        return None
    return [st.st_size, st.st_mtime_ns, sidecar, item.report_id, item.display]


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    if stdin is None and (sys.stdin is None or sys.stdin.closed):
        raise Refused("standard input is closed")
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Refused(f"standard input is over the {readers.human_size(max_bytes)} limit (kg build --max-size)")
    if not data:
        raise Refused("empty input")
    return data


def _load_item(item: _Item, max_bytes: int, stdin: BinaryIO | None) -> Iterator[Report | LoadError]:
    if item.kind == "stdin":
        data = _read_stdin(stdin, max_bytes)
        kind, sidecar = readers.sniff_format(data), None
        stem = "stdin"
    else:
        assert item.path is not None
        data = readers.read_bytes(item.path, max_bytes)
        kind, stem = item.kind, item.report_id
        sidecar = readers.read_sidecar(item.path, max_bytes) if kind in ("txt", "html") else None
    if kind == "jsonl":
        yield from readers.jsonl_reports(data, stem=stem, source_file=item.display)
    elif kind == "html":
        yield readers.html_report(data, report_id=item.report_id, source_file=item.display, sidecar=sidecar)
    else:
        yield readers.text_report(data, report_id=item.report_id, source_file=item.display, sidecar=sidecar)


def iter_load(
    inputs: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
    memo: FileMemo | None = None,
) -> Iterator[Report | LoadError | Any]:
    """Reports and errors in stable order, one input at a time (for streaming large batches).

    With a ``memo``, a .txt/.html file it recalls (same path, size and mtime_ns, and the same for its
    sidecar) yields the memo's stand-in instead of being read; every file read is noted to it.
    """
    items = _expand(inputs)
    _assign_ids(items)
    used: set[str] = set()
    for item in items:
        # A name that is not UTF-8 is shown (and recorded as kg:sourceFile) with U+FFFD for its bad bytes.
        item.display, item.report_id = readers.printable(item.display), readers.printable(item.report_id)
        if item.error:
            yield LoadError(item.display, item.error)
            continue
        stamp = file_stamp(item, max_bytes) if memo is not None else None
        if stamp is not None and item.report_id not in used:
            assert memo is not None and item.path is not None
            path = os.path.abspath(item.path)
            known = memo.recall(path, stamp)
            if known is not None:
                used.add(item.report_id)
                yield known
                continue
        try:
            for out in _load_item(item, max_bytes, stdin):
                if isinstance(out, Report):
                    out.id = _unique(out.id, used)
                    if stamp is not None and out.id == item.report_id:  # memo and path are set with stamp
                        memo.note(os.path.abspath(item.path), stamp, out)  # type: ignore[union-attr,arg-type]
                yield out
        except Refused as exc:
            yield LoadError(item.display, str(exc))
        except Exception as exc:  # noqa: BLE001 - one unreadable input must not stop the batch
            yield LoadError(item.display, f"could not be read: {type(exc).__name__}: {exc}")


def load(
    inputs: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
    memo: FileMemo | None = None,
) -> LoadResult:
    """Every report the inputs hold, and one :class:`LoadError` per input (or JSONL line) refused
    (with a ``memo``, its stand-ins among the reports: see :func:`iter_load`)."""
    result = LoadResult()
    for out in iter_load(inputs, max_bytes=max_bytes, stdin=stdin, memo=memo):
        if isinstance(out, LoadError):
            result.errors.append(out)
        else:
            result.reports.append(out)
    return result
