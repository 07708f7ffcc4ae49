"""What a build of an archive holds per report while it resolves, by stage, and who holds it.

usage: python bench/bench_memory.py [--size 2000] [--work /tmp/kg-mem] [--top 25] [--frames 1] [--write]
       python bench/bench_memory.py --inputs-only

The peak of an archive build is while resolution runs (docs/scale.md, "Measured"), so this follows
the build's own steps between extraction and writing, in one process under ``tracemalloc``
(Python objects only, not the allocator's overhead):

1. the compact resolution inputs of every report (:mod:`kg.resolution_inputs`), made as a build
   makes them: compacted, pickled and read back as from the store, words shared
   (``share_strings``);
2. :func:`kg.resolve.resolve` over them, with the memory in use recorded at each step of person
   resolution (occurrences made, clusters found, IRIs given) and its peak;
3. what is kept after it (the :class:`~kg.resolve.Resolution`), and after the answers are turned
   into each report's table by position (``kg.build._source``) and the inputs let go;
4. with ``--write``, the writer (:func:`kg.blocks.write_streamed`, no block cache) and its peak.

It prints KB per report for each, and the biggest holders (allocation sites, ``--frames`` deep) at
the step of person resolution that held the most. The archive is a synthetic one of ``--size``
reports (``bench/synth_corpus.py``, blind reports left out), extracted once by ``kg build`` into
``WORK/b-SIZE`` (its store is kept and read under the version it was written with, so changing kg's
code does not extract again; the compact inputs are made by the current code from those
extractions). Resolution's outputs are not printed.
"""

from __future__ import annotations

import argparse
import gc
import linecache
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_corpus import generate  # noqa: E402

import kg.resolve as resolve_mod  # noqa: E402
from kg.blocks import write_streamed  # noqa: E402
from kg.build import _source  # noqa: E402
from kg.iris import PersonRegistry, mint  # noqa: E402
from kg.resolution_inputs import compact, share_strings  # noqa: E402
from kg.store import STORE_NAME, Store  # noqa: E402
from kg.vocab import _MAX_TERMS, _TERMS  # noqa: E402


def stored_archive(size: int, work: Path) -> Path:
    """The store of a build of the synthetic archive of ``size`` reports (built once)."""
    corpus, out = work / f"syn-{size}", work / f"b-{size}"
    if not (corpus / f"syn-{size - 1:06d}.txt").exists():
        generate(size, corpus)
    if not (out / STORE_NAME).exists():
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-html",
                        "--jobs", "2", "--quiet"], check=False)
    return out / STORE_NAME


def stored_digests(path: Path) -> tuple[str, list[str]]:
    """The version the store was written with and its reports' digests, in report order."""
    db = sqlite3.connect(path)
    version, = db.execute("SELECT version FROM extraction GROUP BY version ORDER BY count(*) DESC LIMIT 1").fetchone()
    digests = [d for d, in db.execute("SELECT digest FROM extraction WHERE version = ? ORDER BY report_id", [version])]
    db.close()
    return version, digests


def now() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


class Steps:
    """The memory in use at each step of person resolution, and a snapshot at the fullest."""

    def __init__(self) -> None:
        self.at: dict[str, int] = {}
        self.snapshot: tracemalloc.Snapshot | None = None
        self.snapshot_at = ""

    def mark(self, name: str) -> None:
        used = now()
        self.at[name] = used
        if used >= max(self.at.values()):
            self.snapshot, self.snapshot_at = tracemalloc.take_snapshot(), name

    def at_return(self, *functions: object) -> None:
        """Mark when each of ``functions`` returns, its locals still alive (a profile hook: slower)."""
        codes = {f.__code__: f.__name__ for f in functions}  # type: ignore[attr-defined]

        def hook(frame, event, arg):
            if event == "return" and frame.f_code in codes:
                self.mark(f"{codes[frame.f_code]} returns")

        sys.setprofile(hook)

    def wrap(self, module: object, name: str, before: bool = False) -> None:
        inner = getattr(module, name)

        def hooked(*args, **kwargs):
            if before:
                self.mark(f"before {name}")
            out = inner(*args, **kwargs)
            self.mark(f"after {name}")
            return out

        setattr(module, name, hooked)


def holders(snapshot: tracemalloc.Snapshot, baseline: tracemalloc.Snapshot, n: int, reports: int, frames: int) -> None:
    group = "traceback" if frames > 1 else "lineno"
    stats = snapshot.compare_to(baseline, group)
    stats.sort(key=lambda s: -s.size_diff)
    print("KB/report   blocks  site")
    for s in stats[:n]:
        frame = s.traceback[0]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        line = linecache.getline(frame.filename, frame.lineno).strip()[:70]
        print(f"{s.size_diff / reports / 1024:8.2f} {s.count_diff:>9}  {where:<26} {line}")
        for f in list(s.traceback)[1:frames]:
            print(f"{'':20}  via {Path(f.filename).name}:{f.lineno}  "
                  f"{linecache.getline(f.filename, f.lineno).strip()[:60]}")


def input_sizes(inputs: list) -> Counter[str]:
    """Bytes of the compact inputs by record type and field (``sys.getsizeof``, each object once,
    counted where first reached): which parts of the inputs to make smaller."""
    seen: set[int] = set()
    sizes: Counter[str] = Counter()
    stack = [(cx, "CompactExtraction") for cx in inputs]
    while stack:
        obj, label = stack.pop()
        if obj is None or isinstance(obj, bool) or (isinstance(obj, int) and -5 <= obj <= 256) or id(obj) in seen:
            continue
        seen.add(id(obj))
        kind = type(obj)
        own = kind.__name__ if hasattr(kind, "__slots__") and kind.__slots__ and kind.__module__.startswith("kg") \
            else label
        sizes[own] += sys.getsizeof(obj)
        if isinstance(obj, (str, int, float, bytes)):
            continue
        if isinstance(obj, dict):
            stack.extend((v, label) for kv in obj.items() for v in kv)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend((x, label) for x in obj)
        else:
            for name in getattr(kind, "__slots__", ()):
                if name != "fetch":
                    stack.append((getattr(obj, name, None), f"{kind.__name__}.{name}"))
            if getattr(kind, "__dictoffset__", 0):
                sizes[label] += sys.getsizeof(obj.__dict__)
                stack.extend((v, label) for v in vars(obj).values())
    return sizes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-mem"))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--inputs", action="store_true", help="also size the compact inputs by field (kept longer)")
    ap.add_argument("--write", action="store_true", help="also run the writer (slow) and give its peak")
    ap.add_argument("--inputs-only", action="store_true", help="only make and size the compact inputs")
    ap.add_argument("--frames", type=int, default=1, help="allocation frames to group holders by")
    args = ap.parse_args()
    path = stored_archive(args.size, args.work)
    version, digests = stored_digests(path)
    n = len(digests)
    kb = lambda b: b / n / 1024  # noqa: E731

    tracemalloc.start(args.frames)
    base = now()
    start = tracemalloc.take_snapshot()
    t0 = time.process_time()
    inputs = []
    pool: dict[str, str] = {}
    with Store(path, version=version) as store:
        for i in range(0, n, 200):
            part = digests[i:i + 200]
            got = store.get_many(part, with_text=True)
            for d in part:
                cx = pickle.loads(pickle.dumps(compact(got[d]), protocol=5))  # as the store gives it back
                store.attach(d, cx)
                inputs.append(share_strings(cx, pool))
            del got
        after_inputs = now()
        if args.inputs_only:
            tracemalloc.stop()
            print(f"{n} reports: compact inputs {kb(after_inputs - base):.1f} KB/report (tracemalloc); by record "
                  "and field (sys.getsizeof, KB/report):")
            for label, size in input_sizes(inputs).most_common(args.top):
                print(f"{size / n / 1024:8.2f}  {label}")
            return
        baseline = tracemalloc.take_snapshot()
        steps = Steps()
        steps.wrap(resolve_mod, "occurrences")
        steps.wrap(resolve_mod, "cluster")
        steps.wrap(resolve_mod, "_cluster_iris")
        steps.wrap(resolve_mod, "_successions", before=True)
        steps.at_return(resolve_mod._resolve_persons, resolve_mod.resolve)
        tracemalloc.reset_peak()
        t1 = time.process_time()
        resolution = resolve_mod.resolve(inputs, None, PersonRegistry())
        t2 = time.process_time()
        sys.setprofile(None)
        peak = tracemalloc.get_traced_memory()[1]
        after_resolve = now()
        minted, terms = mint.cache_info().currsize, len(_TERMS)
        mint.cache_clear()
        _TERMS.clear()
        caches = after_resolve - now()  # what only the IRI caches held (bounded: at most their caps)
        source = _source(inputs, resolution, store, digests)
        source_inputs = inputs if args.inputs else []
        del inputs
        after_source = now()
        if args.write:  # the writer, as kg build runs it (no block cache: a clean build without the store)
            tracemalloc.reset_peak()
            with tempfile.TemporaryDirectory(prefix="kg-mem-") as tmp:
                write_streamed(source, resolution, Path(tmp) / "graph.ttl", Path(tmp) / "graph.trig")
            write_peak = tracemalloc.get_traced_memory()[1]
            after_write = now()
    print(f"{n} reports (synthetic, {path.parent}); KB per report, Python objects (tracemalloc)")
    print(f"{'compact inputs':<44} {kb(after_inputs - base):8.1f}")
    for name, used in steps.at.items():
        print(f"{'  in resolution, ' + name:<44} {kb(used - base):8.1f}   (inputs + {kb(used - after_inputs):.1f})")
    print(f"{'resolution peak':<44} {kb(peak - base):8.1f}   (inputs + {kb(peak - after_inputs):.1f})")
    print(f"{'after resolve (inputs + Resolution)':<44} {kb(after_resolve - base):8.1f}")
    cap = mint.cache_info().maxsize
    print(f"{'  of which only the IRI caches':<44} {kb(caches):8.1f}   (mint {minted:,} of {cap:,} keys, "
          f"ID terms {terms:,} of {_MAX_TERMS:,})")
    print(f"{'after _source (maps + Resolution)':<44} {kb(after_source - base):8.1f}")
    if args.write:
        print(f"{'writing peak (caches refilled)':<44} {kb(write_peak - base):8.1f}")
        print(f"{'after writing':<44} {kb(after_write - base):8.1f}")
    print(f"CPU s: inputs {t1 - t0:.1f}, resolve {t2 - t1:.1f} (under tracemalloc)")
    per_report = (peak - base - caches) / n
    at_cap = caches / max(1, minted + terms) * (cap + _MAX_TERMS)  # the caches full (roughly: bytes a key)
    print(f"projected at 100,000 reports: {per_report * 100_000 / 1024 ** 3:.2f} GB (peak less the caches, x 100k) "
          f"+ {at_cap / 1024 ** 3:.2f} GB (the caches full, roughly) = "
          f"{(per_report * 100_000 + at_cap) / 1024 ** 3:.2f} GB of Python objects")
    if steps.snapshot is not None:
        print(f"\nfullest step: {steps.snapshot_at}; its holders beyond the inputs:")
        holders(steps.snapshot, baseline, args.top, n, args.frames)
        print("\nand all of it, the inputs too (unpickled inputs show as bench_memory.py's pickle.loads line):")
        holders(steps.snapshot, start, args.top, n, args.frames)
    tracemalloc.stop()
    if args.inputs:
        print("\nthe compact inputs by record and field (sys.getsizeof, KB/report):")
        for label, size in input_sizes(source_inputs).most_common(args.top):
            print(f"{size / n / 1024:8.2f}  {label}")
    del source, resolution


if __name__ == "__main__":
    main()
