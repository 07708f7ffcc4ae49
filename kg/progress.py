"""Progress bars for long commands, and the summary table they end with.

Library code reports progress with :func:`bar` or :func:`iterate` and never decides whether a bar is
drawn: a command opens a :func:`session` (``kg build``, ``kg sync``, ...), and outside one (tests,
``import kg`` in a notebook) every bar is a no-op. Bars go to stderr and only when it is a terminal,
so pipes, logs and ``--json`` output stay clean; ``--quiet`` turns them off too.

Why tqdm rather than rich: kg needs a bar and a small table, nothing else. tqdm is one pure-Python
package with no dependencies of its own that already knows when stderr is not a terminal; rich
would bring markdown-it-py and pygments for features kg does not use. The table is plain text
(:func:`table`) so that it reads the same in a terminal, a log and a test.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, TypeVar

T = TypeVar("T")


@dataclass
class _State:
    enabled: bool = False
    stream: IO[str] | None = None


_STATE = _State()


def should_draw(quiet: bool = False, stream: IO[str] | None = None) -> bool:
    """Bars are drawn when not ``--quiet`` and the stream (stderr) is a terminal."""
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return not quiet and bool(isatty and isatty())


@contextlib.contextmanager
def session(quiet: bool = False, stream: IO[str] | None = None, force: bool = False) -> Iterator[None]:
    """Within this block, :func:`bar` draws (when :func:`should_draw`, or always with ``force``)."""
    old = _STATE.enabled, _STATE.stream
    _STATE.enabled = force or should_draw(quiet, stream)
    _STATE.stream = stream if stream is not None else sys.stderr
    try:
        yield
    finally:
        _STATE.enabled, _STATE.stream = old


def active() -> bool:
    return _STATE.enabled


class _Null:
    """The bar outside a session: accepts the calls, draws nothing."""

    n = 0

    def update(self, n: int = 1) -> None:
        self.n += n

    def set_description_str(self, desc: str) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> _Null:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


def bar(desc: str, total: int | None = None, unit: str = "it") -> Any:
    """A bar (a context manager with ``update(n)``); a no-op outside a drawing session."""
    if not _STATE.enabled:
        return _Null()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=_STATE.stream, leave=False, dynamic_ncols=True,
                mininterval=0.2)


def iterate(items: Iterable[T], desc: str, total: int | None = None, unit: str = "it") -> Iterator[T]:
    """``items``, advancing a bar for each."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with bar(desc, total, unit) as b:
        for item in items:
            yield item
            b.update(1)


def table(rows: Iterable[tuple[str, Any]], title: str | None = None) -> str:
    """A two-column text table: what, how many (numbers right-aligned with thousands separators)."""
    cells = [(str(k), f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else
              f"{v:,.2f}" if isinstance(v, float) else str(v)) for k, v in rows]
    if not cells:
        return ""
    wk = max(len(k) for k, _ in cells)
    wv = max(len(v) for _, v in cells)
    if title and len(title) > wk + wv + 3:
        wk = len(title) - wv - 3
    line = "+" + "-" * (wk + 2) + "+" + "-" * (wv + 2) + "+"
    out = [line]
    if title:
        out += ["| " + title.ljust(wk + wv + 3) + " |", line]
    out += [f"| {k.ljust(wk)} | {v.rjust(wv)} |" for k, v in cells]
    out.append(line)
    return "\n".join(out)
