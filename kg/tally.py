"""Counts of written forms by entity IRI, as ``defaultdict(Counter)`` gives them, in less memory.

A build keeps, for every entity it resolves, how often each written form names it (the label is the
most frequent). Most entities of an archive are named once, in one form (an event, a body scoped to
its report, a tenure's post), and a ``Counter`` for that is about 250 bytes: 5 KB a report, half a
gigabyte at 100,000 reports. :class:`Tally` keeps such an entity's one form as the string itself and
makes a ``Counter`` only for an entity named more than once or in several forms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator


class Tally(dict):
    """IRI -> the forms that named it, each with its count.

    ``tally[iri][form] += 1`` counts, ``tally[iri]`` reads (an unknown IRI gets an empty entry, as
    with ``defaultdict(Counter)``), ``tally.get(iri)`` is falsy exactly when nothing named ``iri``.
    Stored values: ``None`` (empty), a form seen once (a non-empty ``str``), or a ``Counter``.
    """

    __slots__ = ()

    def __getitem__(self, iri: object) -> Forms:
        if not dict.__contains__(self, iri):
            dict.__setitem__(self, iri, None)
        return Forms(self, iri)


class Forms:
    """One entity's forms in a :class:`Tally`: what ``Counter`` offers that resolution uses."""

    __slots__ = ("tally", "iri")

    def __init__(self, tally: Tally, iri: object) -> None:
        self.tally, self.iri = tally, iri

    def _counts(self) -> Counter[str] | str | None:
        return dict.__getitem__(self.tally, self.iri)

    def __getitem__(self, form: str) -> int:
        v = self._counts()
        if v is None or isinstance(v, str):
            return int(v is not None and v == form)
        return v[form]

    def __setitem__(self, form: str, n: int) -> None:
        v = self._counts()
        if v is None:
            dict.__setitem__(self.tally, self.iri, form if n == 1 and isinstance(form, str) and form
                             else Counter({form: n}))
        elif isinstance(v, str):
            if form != v or n != 1:
                c = Counter({v: 1})
                c[form] = n
                dict.__setitem__(self.tally, self.iri, c)
        else:
            v[form] = n

    def items(self) -> Iterator[tuple[str, int]]:
        v = self._counts()
        if v is None:
            return iter(())
        return iter(((v, 1),)) if isinstance(v, str) else iter(v.items())

    def __iter__(self) -> Iterator[str]:
        return (form for form, _ in self.items())

    def __len__(self) -> int:
        v = self._counts()
        return 0 if v is None else 1 if isinstance(v, str) else len(v)

    def __bool__(self) -> bool:
        return len(self) > 0
