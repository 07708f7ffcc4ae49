"""Which spans of a text reach past a position: an index of spans by start with the furthest end so far.

Several extractors ask, for each of many mentions, whether some other mention's span covers a position
(a body inside a longer body's name, a cue inside a document's title). A walk over every span for each
question is quadratic on a long report (a report with no sentence end holds tens of thousands); sorted
starts and a running maximum of the ends answer it in one halving. Shared by the directives and events
extractors.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanCover:
    """Spans (start, end) indexed by start, with the furthest end of the spans up to each.

    >>> c = SpanCover([(3, 5), (0, 9), (12, 14)])
    >>> [c.covers(p) for p in (0, 8, 9, 11, 12, 14)]
    [True, True, False, False, True, False]
    >>> [c.covers_inside(p) for p in (0, 8, 12, 13)]
    [False, True, False, True]
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.reach = list(accumulate((e for _, e in pairs), max))

    def furthest_end(self, pos: int, *, from_pos: bool = True) -> int:
        """The furthest end of the spans starting before ``pos`` (and at it, with ``from_pos``); -1 for none."""
        i = (bisect_right if from_pos else bisect_left)(self.starts, pos)
        return self.reach[i - 1] if i else -1

    def covers(self, pos: int) -> bool:
        """A span starts at or before ``pos`` and ends after it."""
        return self.furthest_end(pos) > pos

    def covers_inside(self, pos: int) -> bool:
        """A span starts before ``pos`` and ends after it (``pos`` strictly inside its name)."""
        return self.furthest_end(pos, from_pos=False) > pos
