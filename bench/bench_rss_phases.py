"""Resident memory (RSS, as the operating system counts it) of ``kg build`` by phase, at several sizes.

usage: python bench/bench_rss_phases.py [--sizes 2000 10000] [--jobs 1 2] [--work /tmp/kg-scale4]
                                        [--interval 0.1] [--store] [--project 100000] [--json FILE]
       python bench/bench_rss_phases.py --fit FILE... [--project 100000]

``bench/bench_memory.py`` counts Python objects (``tracemalloc``); a build's RSS was 1.2-1.8x that
(docs/scale.md), and only RSS decides whether a build fits in a machine. This runs each build as a
separate process (a clean ``kg build SYNTH --out OUT --no-html --no-store --quiet --jobs N``, the
synthetic archives of ``bench/synth_corpus.py`` made once in WORK), samples the summed RSS of the
build and its pool workers every ``--interval`` seconds from /proc (with two jobs or more also their
summed PSS, which counts the pages a forked worker shares with the build once), and has the build note when each
phase starts (the child wraps kg's own functions; nothing in kg is changed):

- ``extract``: loading and extraction into compact resolution inputs (``kg.build.resolution_inputs``);
- ``resolve``: ``kg.resolve.resolve``;
- ``persons``, ``tenures``: within resolution, person resolution (``kg.resolve._resolve_persons``)
  and what follows it (posts, tenures, directives, events);
- ``maps``: the answers turned into per-report tables by position (``kg.build._source``);
- ``write-votes``, ``write-blocks``, ``write-ttl``: the writer's first pass, its second pass, and
  the default graph, graph.trig and the merge of the sorted runs into graph.ttl (``kg.blocks``).

At each phase start the build also notes glibc's own count (``mallinfo2``): bytes the allocator has
handed out and not had back (*in use*), and bytes it holds free in its heap (*free*, memory the
process keeps but Python does not use: fragmentation, the part ``tracemalloc`` cannot see).

Prints, per (size, jobs): each phase's start, duration, RSS at its start, its peak summed RSS (with
two jobs or more also its peak summed PSS) and the allocator's in-use / free at its start; then the
peak, and, over the sizes measured, the least-squares slope of the peak (MB per report) and a
linear projection to ``--project`` reports.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from runmeter import _children, tree_rss_mb  # noqa: E402
from synth_corpus import synthetic_corpus  # noqa: E402


def tree_pss_mb(root: int) -> float:
    """Summed proportional set size of ``root`` and its descendants: pages a forked pool worker
    shares with the build count once, split between them (summed RSS counts them in each)."""
    kids, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
        todo.extend(kids.get(pid, []))
    return total / 1024

# What a measuring child process needs to read its own memory (also used by bench_writer_memory.py):
# its RSS, glibc's counts (``mallinfo2``) and the text of pymalloc's ``sys._debugmallocstats``.
ALLOCATOR_PRELUDE = r"""
import ctypes, os, sys
libc = ctypes.CDLL("libc.so.6")

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                 "fordblks", "keepcost")]

libc.mallinfo2.restype = MallInfo2

def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0

def debugmallocstats_lines():
    # sys._debugmallocstats writes to the C stderr: catch it in a file
    import tempfile
    with tempfile.TemporaryFile("w+") as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        return f.readlines()
"""

CHILD = ALLOCATOR_PRELUDE + r"""
import time
marks = open(os.environ["KG_RSS_MARKS"], "a", buffering=1)

def pymalloc():
    got = {}
    for line in debugmallocstats_lines():
        if line.startswith("# arenas allocated current"):
            got["arenas"] = int(line.split("=")[1].replace(",", "")) << 20
        elif line.startswith("# bytes in allocated blocks"):
            got["used"] = int(line.split("=")[1].replace(",", ""))
    return got.get("arenas", 0), got.get("used", 0)

def mark(phase):
    m = libc.mallinfo2()
    arenas, used = pymalloc()
    marks.write(f"{time.time()} {phase} {rss_kb()} {m.uordblks + m.hblkhd} {m.fordblks} {used} {arenas - used}\n")

import kg.blocks, kg.build, kg.cli
blocks, build = sys.modules["kg.blocks"], sys.modules["kg.build"]  # kg.build may also name a function

def before(module, name, phase):
    fn = getattr(module, name)
    def wrapped(*a, **k):
        mark(phase)
        return fn(*a, **k)
    setattr(module, name, wrapped)

before(build, "resolution_inputs", "extract")
before(build, "resolve", "resolve")
before(build, "_source", "maps")
before(build, "write_streamed", "write-votes")
before(blocks, "_write_reference", "write-ttl")
resolve_mod = sys.modules["kg.resolve"]
persons_fn = resolve_mod._resolve_persons
def persons(*a, **k):
    mark("persons")
    out = persons_fn(*a, **k)
    mark("tenures")
    return out
resolve_mod._resolve_persons = persons
answers_init = blocks._Answers.__init__
def answers(self, *a, **k):
    mark("write-blocks")
    answers_init(self, *a, **k)
blocks._Answers.__init__ = answers
mark("start")
try:
    code = kg.cli.main(sys.argv[1:])
finally:
    mark("end")
sys.exit(code)
"""

PHASES = ("start", "extract", "resolve", "persons", "tenures", "maps", "write-votes", "write-blocks", "write-ttl",
          "end")


def run(size: int, jobs: int, work: Path, interval: float, store: bool) -> dict:
    corpus = synthetic_corpus(size, work)
    out = work / f"out-{size}-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    marks = Path(tempfile.mkstemp(prefix="kg-rss-marks-")[1])
    argv = ["build", str(corpus), "--out", str(out), "--no-html", "--quiet", "--jobs", str(jobs)]
    if not store:
        argv.append("--no-store")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=dict(os.environ, KG_RSS_MARKS=str(marks)))
    samples: list[tuple[float, float]] = []
    pss: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append((time.time(), tree_rss_mb(proc.pid)))
            if jobs > 1:  # one job: PSS is RSS
                pss.append((time.time(), tree_pss_mb(proc.pid)))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"kg build failed ({proc.returncode}): {err[-2000:]}")
    rows = []
    for line in marks.read_text().splitlines():
        t, phase, rss, used, free, pyused, pyfree = line.split()
        rows.append({"t": float(t), "phase": phase, "rss": int(rss) / 1024, "used": int(used) / 2**20,
                     "free": int(free) / 2**20, "pyused": int(pyused) / 2**20, "pyfree": int(pyfree) / 2**20})
    marks.unlink()
    if not rows:  # the child never reached kg's main: an import failed (e.g. a non-editable install run here)
        sys.exit(f"kg build wrote no phase marks ({proc.returncode}): {err[-2000:]}")
    for a, b in zip(rows, rows[1:] + [None], strict=True):
        end = b["t"] if b is not None else a["t"]
        during = [mb for t, mb in samples if a["t"] <= t <= end]
        a["dur"] = end - a["t"]
        a["peak"] = max(during, default=a["rss"])
        if pss:  # two jobs or more: the phase's peak summed PSS too
            a["pss"] = max((mb for t, mb in pss if a["t"] <= t <= end), default=0.0)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"size": size, "jobs": jobs, "wall": time.time() - t0, "cpu": cpu,
            "peak": max((mb for _, mb in samples), default=0.0), "pss": max((mb for _, mb in pss), default=0.0),
            "phases": rows}


def show(r: dict) -> None:
    pss = f", peak summed PSS {r['pss']:.0f} MB" if r["pss"] else ""
    print(f"\n{r['size']} reports, {r['jobs']} job(s): peak {r['peak']:.0f} MB ({r['peak'] / r['size'] * 1024:.1f} KB "
          f"a report){pss}, cpu {r['cpu']:.0f} s, wall {r['wall']:.0f} s")
    with_pss = any("pss" in p for p in r["phases"])  # runs made before the bench kept it by phase lack it
    print(f"  {'phase':<13} {'at s':>7} {'dur s':>7} {'RSS at start':>12} {'peak MB':>8} "
          + (f"{'peak PSS':>8} " if with_pss else "")
          + f"{'malloc used':>11} {'malloc free':>11} {'pymalloc used':>13} {'pymalloc free':>13}")
    t0 = r["phases"][0]["t"]
    for p in r["phases"]:
        print(f"  {p['phase']:<13} {p['t'] - t0:>7.1f} {p['dur']:>7.1f} {p['rss']:>12.0f} {p['peak']:>8.0f} "
              + (f"{p.get('pss', 0):>8.0f} " if with_pss else "")
              + f"{p['used']:>11.0f} {p['free']:>11.0f} {p['pyused']:>13.0f} {p['pyfree']:>13.0f}", flush=True)


def slope(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares line through (size, MB): (MB per report, intercept)."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    return b, my - b * mx


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-scale4"))
    ap.add_argument("--interval", type=float, default=0.1)
    ap.add_argument("--store", action="store_true", help="build with the store (default: --no-store)")
    ap.add_argument("--project", type=int, default=100_000)
    ap.add_argument("--json", type=Path, help="append each run's figures to this JSON Lines file")
    ap.add_argument("--fit", type=Path, nargs="+", metavar="JSONL",
                    help="build nothing: fit and project the runs these --json files hold (runs made apart, "
                         "e.g. the biggest size alone)")
    args = ap.parse_args()
    results = []
    if args.fit:
        results = sorted((json.loads(line) for f in args.fit for line in f.read_text().splitlines() if line.strip()),
                         key=lambda r: (r["jobs"], r["size"]))
        args.jobs = sorted({r["jobs"] for r in results})
        for r in results:
            show(r)
        args.sizes = []
    for size in args.sizes:
        for jobs in args.jobs:
            r = run(size, jobs, args.work, args.interval, args.store)
            show(r)
            results.append(r)
            if args.json:
                with args.json.open("a") as f:
                    f.write(json.dumps(r) + "\n")
    for jobs in args.jobs:
        points = [(r["size"], r["peak"]) for r in results if r["jobs"] == jobs]
        if len({x for x, _ in points}) < 2:
            continue
        b, a = slope(points)
        at = (a + b * args.project) / 1024
        print(f"\n{jobs} job(s): peak grows {b * 1024:.1f} KB a report (least squares over "
              f"{', '.join(str(x) for x, _ in points)}); projected at {args.project:,}: {at:.2f} GB")
        for phase in PHASES[1:-1]:
            pts = [(r["size"], next(p["peak"] for p in r["phases"] if p["phase"] == phase)) for r in results
                   if r["jobs"] == jobs and any(p["phase"] == phase for p in r["phases"])]
            if len({x for x, _ in pts}) >= 2:
                b, a = slope(pts)
                at = (a + b * args.project) / 1024
                print(f"  {phase:<13} peak {b * 1024:6.1f} KB a report, projected {at:.2f} GB")


if __name__ == "__main__":
    main()
