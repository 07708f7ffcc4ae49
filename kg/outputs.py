"""The output folder of a build as one unit: every file of a run appears at once, or none does.

A build writes its files (``graph.ttl``, ``graph.trig``, ``graph.html``, ``summary.json``) into a
fresh *generation* folder, ``DIR/.kg-output/gen-…``, and then switches one symbolic link,
``DIR/.kg-output/current``, to it with a single atomic rename. The names users and tools open,
``DIR/graph.ttl`` and the others, are fixed relative links through ``current``
(``graph.ttl -> .kg-output/current/graph.ttl``), so they always show the files of one and the same
run: a build killed at any moment leaves either the previous set or the new one, never a mix of both
(renaming the four files one by one could, and did, leave a new ``graph.ttl`` beside an old
``graph.trig``). Why links and not a manifest: every reader (kg's own commands, rdflib, a browser
opening ``graph.html``, a user's ``cp``) keeps opening ``DIR/graph.ttl`` and needs no change.

Writers take an exclusive lock (``DIR/.kg-output/lock``) for the write and the switch, so two
builds into one folder finish one after the other. Under the lock, generations other than the
current and the previous one are folders of killed runs and are removed (the previous one is kept
so a reader that began before the switch can finish). A folder built by an older kg, with plain
files, is taken over without a moment where a name is missing or mixed: its files are first
hard-linked into a generation of their own, then replaced by links that show the same bytes.
Files in ``DIR`` that kg did not write are never touched.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

STATE = ".kg-output"
CURRENT = "current"
_GEN_PREFIX = "gen-"
_OLD_STAGING_PREFIX = ".kg-build-"  # staging folders of kg before generations


class OutputError(Exception):
    """The output folder cannot be written; ``str(e)`` is the one line shown to the user."""


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EDQUOT:
        return "disk quota exceeded"
    return exc.strerror or type(exc).__name__


def check_out_dir(out_dir: Path) -> None:
    """Refuse, before any work, an ``--out`` that is a file, lies under a file or is a dangling link."""
    if out_dir.is_symlink() and not out_dir.exists():
        raise OutputError(f"{out_dir}: is a link to {os.readlink(out_dir)}, which does not exist")
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")
    for parent in out_dir.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{out_dir}: {parent} is a file, not a folder")
            break


@contextmanager
def _locked(state: Path) -> Iterator[None]:
    fd = os.open(state / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a second build into the same folder waits here
        yield
    finally:
        os.close(fd)


def _current_target(state: Path) -> str | None:
    try:
        return os.readlink(state / CURRENT)
    except OSError:
        return None


def _replace_link(target: str, path: Path) -> None:
    """Make ``path`` a symbolic link to ``target`` in one atomic step (a temporary link renamed over it)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _adopt_plain_files(out_dir: Path, state: Path, names: Sequence[str]) -> None:
    """An older kg's plain output files become a generation, each name keeping its bytes throughout."""
    plain = [n for n in names if (out_dir / n).is_file() and not (out_dir / n).is_symlink()]
    if not plain or _current_target(state) is not None:
        return
    gen = state / f"{_GEN_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-adopted"
    gen.mkdir(exist_ok=True)
    for name in plain:
        try:
            os.link(out_dir / name, gen / name)
        except OSError:
            shutil.copy2(out_dir / name, gen / name)
    _replace_link(gen.name, state / CURRENT)
    for name in plain:
        _replace_link(f"{STATE}/{CURRENT}/{name}", out_dir / name)


def _clean(state: Path, out_dir: Path, keep: set[str]) -> None:
    """Generations of killed runs and older kg's staging folders; never the current or previous one."""
    for p in state.iterdir():
        if p.name.startswith(_GEN_PREFIX) and p.name not in keep:
            shutil.rmtree(p, ignore_errors=True)
        elif p.name.startswith(".") and p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
    for p in out_dir.iterdir():
        if p.name.startswith(_OLD_STAGING_PREFIX) and p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        elif p.name.startswith(".") and p.name.endswith(".tmp") and p.is_symlink():
            p.unlink(missing_ok=True)


def publish(out_dir: Path, names: Sequence[str], write: Callable[[Path], None]) -> list[Path]:
    """Run ``write(folder)`` into a fresh generation, then show it as ``out_dir``'s files at once.

    ``names`` are the files a build may write (the links kept in ``out_dir``); a name this run did
    not write (``graph.html`` with ``--no-html``) loses its link after the switch. Returns the paths
    written. Raises :class:`OutputError` (one line) when the folder cannot be written; the previous
    generation is then still the current one.
    """
    check_out_dir(out_dir)
    gen: Path | None = None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        state = out_dir / STATE
        state.mkdir(exist_ok=True)
        with _locked(state):
            previous = _current_target(state)
            _clean(state, out_dir, {previous} if previous else set())
            gen = state / f"{_GEN_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
            gen.mkdir()
            write(gen)
            for p in gen.iterdir():  # on disk before the switch: a crash must not show empty files
                with open(p, "rb") as f:
                    os.fsync(f.fileno())
            _adopt_plain_files(out_dir, state, names)
            previous = _current_target(state)
            _replace_link(gen.name, state / CURRENT)  # the switch: one rename
            gen = None
            written = []
            for name in names:
                link = out_dir / name
                if (state / CURRENT / name).is_file():
                    if not (link.is_symlink() and os.readlink(link) == f"{STATE}/{CURRENT}/{name}"):
                        _replace_link(f"{STATE}/{CURRENT}/{name}", link)
                    written.append(link)
                elif link.is_symlink():
                    link.unlink()
            _clean(state, out_dir, {_current_target(state) or "", previous or ""})
            return written
    except OSError as exc:
        where = exc.filename or out_dir
        raise OutputError(f"{out_dir}: cannot write ({_reason(exc)}: {where})") from None
    finally:
        if gen is not None:
            shutil.rmtree(gen, ignore_errors=True)
