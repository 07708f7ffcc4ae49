"""Running extraction over many reports: in this process, on a process pool, or on a Dask cluster.

Extraction is a pure function of one report (:func:`extract_one`: a :class:`Report` in, its
:class:`Extraction` or a one-line error out, both picklable), so where it runs cannot change what
it returns. Results always come back in the order the reports went in, which is all the rest of
the build needs to be byte-identical whatever the number of jobs: resolution and the graph writer
run afterwards, in the calling process, over the gathered results.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache

from kg.collector import collector_paused
from kg.model import Extraction, Report

EXECUTORS = ("process", "dask")
DASK_BATCH = 512  # reports per batch of Dask tasks; two batches in flight at most


class ExecutorUnavailable(ValueError):
    """The chosen executor cannot run here (no scheduler address, dask not installed): a usage error."""


def default_jobs() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@cache
def _malloc_trim() -> ctypes._CFuncPtr | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to give back this way
        return None


def release_memory() -> None:
    """Give the memory the C allocator holds free back to the system (glibc's ``malloc_trim``).

    A build frees most of what a phase allocated before the next one starts (the reports' texts
    once stored, the extractions' temporaries, the writer's batches), but glibc keeps freed heap
    pages in the process whenever anything still lives above them: at 10,000 synthetic reports
    300 MB of the build's RSS after extraction was such free heap, which ``tracemalloc`` never
    sees (``bench/bench_rss_phases.py``). Called between phases it costs milliseconds.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def extract_one(report: Report) -> Extraction | str:
    """One report's extraction, or the one-line message saying why it failed.

    A failure is returned, not raised, so that one bad report neither stops the batch nor depends
    on how a pool or a cluster transports exceptions.
    """
    from kg.loaders.extract.pipeline import extract

    # The extractors' per-report caches (Report.memo) are a third of a stored extraction's bytes and
    # nothing after extraction reads them (one that did would compute its entry again): they go
    # here, before the extraction crosses a process boundary or stays in a build's memory. Cleared
    # while the collector is still paused (pipeline.extract pauses it too; the pause nests): freed
    # then, the cache's objects no longer count towards the collection that the collector, back on,
    # would start at the next allocation and that would walk them all (GC 0.5% -> 0.1% of the CPU).
    with collector_paused():
        try:
            ex = extract(report)
        except Exception as exc:  # one bad report must not stop the batch
            return " ".join(f"{report.source_file}: extraction failed: {type(exc).__name__}: {exc}".split())
        ex.report._memo.clear()
    return ex


def _chunksize(n: int, jobs: int) -> int:
    # Big enough that pickling overhead is small, small enough that the last chunks balance.
    return max(1, min(64, n // (jobs * 8) or 1))


def _pool_context() -> multiprocessing.context.BaseContext:
    # fork shares the already-loaded data tables with the workers; elsewhere spawn is the only choice.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class Workers:
    """A process pool of ``jobs`` extraction workers, started when it is made: before the reports are loaded.

    A worker forked after loading maps every loaded report (2.4 GB of texts at 100,000 reports):
    as the build frees the texts its own pages are copied away from the workers' and the workers
    keep the old ones, and a worker's garbage collector writes to every object it inherited. With
    two jobs that cost a 100k build 1.3 GB of summed PSS over its one-job figure (docs/scale.md,
    seventh round). Forked first, the workers share only the interpreter and kg's modules (about
    50 MB; frozen for the collector, :func:`gc.freeze`); each report reaches them pickled, as
    before, and the extractors' data tables (about 10 MB) load in each worker on first use.

    A context manager: the workers are stopped when it exits, used or not (a build that finds
    every report in its store, or only a few to extract, never sends them anything).
    """

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        context = _pool_context()
        self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
        if context.get_start_method() == "fork":
            # Fork every worker now, from what this process holds now. The collector does not walk
            # (and so does not write to) what the workers inherit; this process unfreezes its own.
            gc.freeze()
            try:
                self._pool.submit(os.getpid).result()  # with fork the first submit starts all workers
            finally:
                gc.unfreeze()

    def map(self, reports: Sequence[Report]) -> Iterator[Extraction | str]:
        """:func:`extract_one` over ``reports`` on these workers, results in input order."""
        return self._pool.map(extract_one, reports, chunksize=_chunksize(len(reports), self.jobs))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def map_extract(reports: Sequence[Report], *, jobs: int = 1, executor: str = "process",
                scheduler: str | None = None, workers: Workers | None = None) -> Iterator[Extraction | str]:
    """:func:`extract_one` over ``reports``, results in input order.

    ``executor="process"`` uses a local process pool of ``jobs`` workers (``jobs <= 1``: this
    process): ``workers``, started before the reports were loaded (:class:`Workers`), or else one
    forked here; ``executor="dask"`` submits to the ``dask.distributed`` scheduler at ``scheduler``.
    """
    if executor == "dask":
        yield from _dask_map(reports, scheduler)
        return
    if executor != "process":
        raise ExecutorUnavailable(f"unknown executor {executor!r} (expected one of {', '.join(EXECUTORS)})")
    if jobs <= 1 or len(reports) < 2:
        for report in reports:
            yield extract_one(report)
        return
    if workers is not None:
        yield from workers.map(reports)
        return
    with Workers(min(jobs, len(reports))) as started_here:
        yield from started_here.map(reports)


def start_workers(jobs: int, executor: str = "process") -> Workers | None:
    """The :class:`Workers` a build starts before it loads its reports (``--jobs`` above 1 on the
    local process pool), or None (one job; or Dask, whose tasks carry their reports to its workers)."""
    return Workers(jobs) if executor == "process" and jobs > 1 else None


def _dask_map(reports: Sequence[Report], scheduler: str | None) -> Iterator[Extraction | str]:
    """:func:`extract_one` on a ``dask.distributed`` cluster, in batches, results in input order.

    The workers need kg installed (the same version: the extractor's code and data files travel as
    the installed package, not with the task). At most two batches are in flight, so a 100k-report
    archive is never all on the wire or in the scheduler's memory at once.
    """
    if not scheduler:
        raise ExecutorUnavailable("--executor dask needs --scheduler ADDRESS (a dask.distributed scheduler, tcp://host:8786)")
    try:
        from dask.distributed import Client
    except ImportError as exc:  # the optional extra is not installed
        raise ExecutorUnavailable("--executor dask needs dask.distributed: pip install 'kg[dask]'") from exc
    with Client(scheduler, set_as_default=False) as client:
        pending = None
        for i in range(0, len(reports), DASK_BATCH):
            futures = client.map(extract_one, list(reports[i:i + DASK_BATCH]), pure=False)
            if pending is not None:
                yield from client.gather(pending)
            pending = futures
        if pending is not None:
            yield from client.gather(pending)
