"""What the writer's second pass adds to a build's memory, and who holds it (issue 11, the writer's growth).

usage: python bench/bench_writer_memory.py [--size 5000] [--work /tmp/kg-scale7] [--trace-from resolve]
                                           [--frames 1] [--top 15] [--snap-flush 4] [--out FILE]

``bench/bench_rss_phases.py`` shows that a build's peak is the writer's second pass (``write-blocks``) and
that it grows faster with the archive than anything before it. This runs one clean ``kg build SYNTH
--out OUT --no-html --no-store --quiet --jobs 1`` of a synthetic archive (``bench/synth_corpus.py``,
held-out reports left out) as a child process, with the build noting, at the start of each phase, at
every spill of the writer's sort buffer (``kg.blocks._Runs.flush``: the buffer is full, the writer's
own peak) and when the graph.ttl phase starts:

- the RSS, glibc's count (``mallinfo2``: in use, free in its heap) and pymalloc's (``sys._debugmallocstats``:
  bytes in use, bytes free inside pools that hold blocks of one size, bytes of wholly unused pools that
  any size can take), and the size classes holding the most free bytes;
- with ``--trace-from PHASE`` (``extract``, ``resolve``, ``write-votes`` or ``write-blocks``; ``none`` for the
  allocator figures alone), ``tracemalloc`` started there and three snapshots: when the second pass
  starts (A), at the ``--snap-flush``-th spill of the second pass (B: the buffer full) and when the
  graph.ttl phase starts (C). It prints the allocation sites (``--frames`` deep) whose memory grew
  most from A to B and from A to C, in KB a report, and what A held by site.

Tracing slows the build and its own bookkeeping inflates RSS: read RSS from a ``--trace-from none``
run, the holders from a traced one. Nothing of the reports' text or kg's output is printed, only sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rss_phases import ALLOCATOR_PRELUDE  # noqa: E402
from synth_corpus import synthetic_corpus  # noqa: E402

CHILD = ALLOCATOR_PRELUDE + r"""
import json, time, tracemalloc
OUT = open(os.environ["KG_WM_OUT"], "a", buffering=1)
TRACE_FROM = os.environ["KG_WM_FROM"]
FRAMES = int(os.environ["KG_WM_FRAMES"])
TOP = int(os.environ["KG_WM_TOP"])
SNAP_FLUSH = int(os.environ["KG_WM_SNAP_FLUSH"])

def heap_rss_kb():
    # the RSS of glibc's main heap ([heap], grown by brk): what malloc_trim can give back
    inside = False
    for line in open("/proc/self/smaps"):
        if not line[0].isupper() or line.startswith("VmFlags"):
            inside = line.rstrip().endswith("[heap]")
        elif inside and line.startswith("Rss:"):
            return int(line.split()[1])
    return 0

def pymalloc():
    got, classes, table = {}, [], False
    for line in debugmallocstats_lines():
        s = line.split()
        if line.startswith("-----"):
            table = True
            continue
        if table and len(s) == 5 and s[0].isdigit():
            size, avail = int(s[1]), int(s[4])
            classes.append((size, int(s[2]), int(s[3]) * size, avail * size))
            continue
        if table and not s:
            table = False
        if "=" not in line or not (line.startswith("#") or "unused pools" in line):
            continue
        value = int(line.split("=")[1].replace(",", ""))
        if line.startswith("# bytes in allocated blocks"):
            got["used"] = value
        elif line.startswith("# bytes in available blocks"):
            got["avail"] = value
        elif "unused pools" in line:
            got["unused_pools"] = value
        elif line.startswith("# arenas allocated current"):
            got["arenas"] = value << 20
    got["classes"] = sorted(classes, key=lambda c: -c[3])[:6]
    return got

state = {"flushes": 0, "pass2": False, "snaps": {}}

def mark(phase):
    m = libc.mallinfo2()
    p = pymalloc()
    traced = tracemalloc.get_traced_memory() if tracemalloc.is_tracing() else (0, 0)
    row = {"t": time.time(), "phase": phase, "rss": rss_kb() / 1024, "heap_rss": heap_rss_kb() / 1024,
           "malloc_used": (m.uordblks + m.hblkhd) / 2**20, "malloc_free": m.fordblks / 2**20,
           "py_used": p.get("used", 0) / 2**20,
           "py_free_in_pools": p.get("avail", 0) / 2**20, "py_unused_pools": p.get("unused_pools", 0) / 2**20,
           "py_arenas": p.get("arenas", 0) / 2**20, "traced": traced[0] / 2**20, "traced_peak": traced[1] / 2**20,
           "free_by_class": [(size, round(avail / 2**20, 1)) for size, _, _, avail in p["classes"]]}
    OUT.write(json.dumps({"mark": row}) + "\n")
    if TRACE_FROM == phase and not tracemalloc.is_tracing():
        tracemalloc.start(FRAMES)

def snap(name):
    if tracemalloc.is_tracing():
        state["snaps"][name] = tracemalloc.take_snapshot().filter_traces(
            (tracemalloc.Filter(False, tracemalloc.__file__),))

import kg.blocks, kg.build, kg.cli
blocks, build = sys.modules["kg.blocks"], sys.modules["kg.build"]

def before(module, name, phase, then=None):
    fn = getattr(module, name)
    def wrapped(*a, **k):
        mark(phase)
        if then:
            then()
        return fn(*a, **k)
    setattr(module, name, wrapped)

def blocks_start():
    state["pass2"] = True
    snap("A")

def ttl_start():
    state["pass2"] = False
    snap("C")

before(build, "resolution_inputs", "extract")
before(build, "resolve", "resolve")
before(build, "_source", "maps")
before(build, "write_streamed", "write-votes")
before(blocks, "_write_reference", "write-ttl", ttl_start)
answers_init = blocks._Answers.__init__
def answers(self, *a, **k):
    mark("write-blocks")
    blocks_start()
    answers_init(self, *a, **k)
blocks._Answers.__init__ = answers
flush = blocks._Runs.flush
def flushed(self):
    if state["pass2"] and self.buffer:
        state["flushes"] += 1
        mark(f"flush-{state['flushes']}")
        if state["flushes"] == SNAP_FLUSH:
            snap("B")
    return flush(self)
blocks._Runs.flush = flushed

def compare(new, old, key):
    stats = new.compare_to(old, key)
    return [{"site": [f"{f.filename.split('site-packages/')[-1].split('wt-archive/')[-1]}:{f.lineno}"
                      for f in s.traceback], "diff": s.size_diff / 2**20, "count": s.count_diff}
            for s in stats[:TOP]]

def top(snapshot, key):
    return [{"site": [f"{f.filename.split('site-packages/')[-1].split('wt-archive/')[-1]}:{f.lineno}"
                      for f in s.traceback], "size": s.size / 2**20, "count": s.count}
            for s in snapshot.statistics(key)[:TOP]]

mark("start")
try:
    code = kg.cli.main(sys.argv[1:])
finally:
    mark("end")
    snaps, key = state["snaps"], "traceback" if FRAMES > 1 else "lineno"
    if "A" in snaps:
        OUT.write(json.dumps({"held_at_A": top(snaps["A"], key)}) + "\n")
    for name in ("B", "C"):
        if "A" in snaps and name in snaps:
            OUT.write(json.dumps({f"A_to_{name}": compare(snaps[name], snaps["A"], key)}) + "\n")
sys.exit(code)
"""


def run(size: int, work: Path, trace_from: str, frames: int, top: int, snap_flush: int, out: Path) -> dict:
    corpus = synthetic_corpus(size, work)
    dest = work / f"out-wm-{size}"
    shutil.rmtree(dest, ignore_errors=True)
    lines = Path(tempfile.mkstemp(prefix="kg-wm-", dir=work)[1])
    argv = ["build", str(corpus), "--out", str(dest), "--no-html", "--quiet", "--jobs", "1", "--no-store"]
    env = dict(os.environ, KG_WM_OUT=str(lines), KG_WM_FROM=trace_from, KG_WM_FRAMES=str(frames),
               KG_WM_TOP=str(top), KG_WM_SNAP_FLUSH=str(snap_flush))
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True, env=env)
    wall = time.time() - t0
    shutil.rmtree(dest, ignore_errors=True)
    if proc.returncode not in (0, 1) or not lines.stat().st_size:
        sys.exit(f"kg build failed ({proc.returncode}): {proc.stderr[-2000:]}")
    got: dict = {"size": size, "trace_from": trace_from, "frames": frames, "wall": wall, "marks": []}
    for line in lines.read_text().splitlines():
        row = json.loads(line)
        if "mark" in row:
            got["marks"].append(row["mark"])
        else:
            got.update(row)
    lines.unlink()
    if out:
        with out.open("a") as f:
            f.write(json.dumps(got) + "\n")
    return got


def show(r: dict) -> None:
    n = r["size"]
    print(f"{n} reports, tracing from {r['trace_from']}, wall {r['wall']:.0f} s. MB:")
    print(f"  {'at':<13} {'RSS':>6} {'heap RSS':>8} {'malloc used':>11} {'malloc free':>11} {'py used':>8} "
          f"{'py free in pools':>16} {'py unused pools':>15} {'traced':>7}  size classes with most free (bytes: MB)")
    for m in r["marks"]:
        classes = " ".join(f"{s}:{mb}" for s, mb in m["free_by_class"][:4])
        print(f"  {m['phase']:<13} {m['rss']:>6.0f} {m.get('heap_rss', 0):>8.0f} {m['malloc_used']:>11.0f} "
              f"{m['malloc_free']:>11.0f} "
              f"{m['py_used']:>8.0f} {m['py_free_in_pools']:>16.0f} {m['py_unused_pools']:>15.0f} "
              f"{m['traced']:>7.0f}  {classes}")
    for title, name, field in (("held when the second pass starts (A)", "held_at_A", "size"),
                               ("grown from A to the buffer-full spill (B)", "A_to_B", "diff"),
                               ("grown from A to the graph.ttl phase (C)", "A_to_C", "diff")):
        if name not in r:
            continue
        print(f"\n  {title}: MB, KB a report, blocks")
        for s in r[name]:
            print(f"    {s[field]:8.1f} {s[field] * 1024 / n:7.2f} {s['count']:>10}  {' <- '.join(s['site'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-scale7"))
    ap.add_argument("--trace-from", default="resolve",
                    choices=["none", "extract", "resolve", "write-votes", "write-blocks"])
    ap.add_argument("--frames", type=int, default=1)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--snap-flush", type=int, default=4, help="the spill of the second pass at which B is taken")
    ap.add_argument("--out", type=Path, help="append the run's figures to this JSON Lines file")
    ap.add_argument("--show", type=Path, help="run nothing: print the runs this --out file holds")
    args = ap.parse_args()
    if args.show:
        for line in args.show.read_text().splitlines():
            show(json.loads(line))
        return
    show(run(args.size, args.work, args.trace_from, args.frames, args.top, args.snap_flush, args.out))


if __name__ == "__main__":
    main()
