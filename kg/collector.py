"""Pausing Python's cyclic garbage collector around work that allocates much and frees it itself.

Both extraction (some hundred thousand short-lived containers a report) and a first Neo4j sync
(millions of small tuples that live to the end) spend a tenth to a third of their CPU in collections
that find almost nothing: reference counting frees what they build. One context manager, on the
ground floor so that every stage may use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block, back on after if it was on before.

    Nested and concurrent uses (Dask runs tasks in threads) leave the collector as they found it;
    anything cyclic made inside is collected by the first collection after the block.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def young_collection() -> None:
    """Collect the cyclic garbage made since the last collection, not walking the oldest generation.

    For a long step run under :func:`collector_paused` that makes what lives to its end batch by
    batch (a build's compact resolution inputs): called after each batch, it frees the batch's
    cyclic garbage (the collector being paused, nothing else would until the step ends), and it
    walks only what was made since the last call. What survives goes on to the oldest generation,
    which only a full collection walks: while paused, none runs, so the step's long-lived objects
    are not walked again at every few batches as the collector's own full collections walked them.
    Works the same with the collector on (a collection of the two young generations).
    """
    gc.collect(1)
