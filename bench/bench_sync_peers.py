"""``kg sync`` against the peer a user would pick (rdflib-neo4j) and a bare UNWIND … MERGE floor, in one run.

usage: python bench/bench_sync_peers.py BUILD_DIR [--rounds 9] [--batch 5000] [--before SRC_DIR] [--after SRC_DIR]

Needs the local server (``make neo4j-start``, or NEO4J_URI / NEO4J_PASSWORD) and the peer:
``.venv/bin/pip install -e '.[bench]'`` (rdflib-neo4j, Neo4j Labs' rdflib store). Each run starts
from an empty database and writes the whole build:

- **kg**: ``Syncer.sync(BUILD_DIR)``: ``graph.trig`` with its per-report graphs, the provenance the
  views and ``kg explain`` read, the incremental bookkeeping; what ``kg sync`` does.
- **rdflib-neo4j** (the peer): ``Graph(store=Neo4jStore(config)).parse(graph.ttl)``, batching on,
  its default batch size, vocabulary IRIs ignored (its fastest setting); the same triples without
  the named graphs. Its time includes rdflib's Turtle parser, because that is how it is used.
- **floor**: the union graph's nodes and relationships, parsed with pyoxigraph and grouped
  *before* the clock starts, then written with one ``UNWIND $rows MERGE`` per batch (nodes, then
  relationships by type). No labels, no provenance, no bookkeeping: what any loader must at least pay.

- **kg sync (before)**, with ``--before SRC_DIR``: the same sync by another kg source tree (say
  ``git archive COMMIT | tar -x -C SRC_DIR``), in a child process that imports it and reports its own
  seconds and CPU (interpreter start and imports not counted), so a change is measured against the
  code before it in the same run, under the same load.

It DELETES everything in the target database between runs. A warm-up round (not counted) goes
first. The machine is shared: compare the ratios (medians of the same run), not the seconds.

**Rounds decide, single runs do not.** Each round runs every tool once, back to back, in an order
rotated from round to round (each tool takes each place in turn), and gives one ratio per pair
(peer / kg, kg / floor, before / kg) measured under the load of that minute. The summary prints each
ratio's median, its range and a 95 % interval of the median from order statistics (no assumption
about the noise's shape: with n rounds the k-th smallest and k-th largest ratio, k from the
binomial law), and says whether the goal is met (interval above it), missed (below) or undecided.
Six rounds are the fewest for such an interval (it is then the whole range); nine the fewest for
one that drops the extremes, hence ``--rounds 9``. The load of every run is printed: the ratio to
the peer depends on it and on the neighbours' bursts (2026-12-04: single rounds of the same code
1.25-3.59x over 22 rounds at load 0.1-9).
With the local server (``make neo4j-start``: its pid is in ``.neo4j/neo4j.pid``, or ``$KG_NEO4J_HOME``) each run also
reports the CPU seconds of this process (the tool's Python side and the driver) and of the
server: on a busy machine they vary much less than the seconds of wall time.

Under ``nice`` the bench process and its children (the peer's Python, kg's child) run at low
priority while the server does not: the client-heavy peer loses most, so a niced run overstates
kg's ratio (2026-12-04: 1.68x and 2.16x niced, 1.27x and 1.89x not niced, same hour). Compare
niced runs with niced runs, and say which.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.sync.connection import Neo4jUnavailable, Settings, connect
from kg.sync.engine import Syncer

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SERVER_PID = Path(os.environ.get("KG_NEO4J_HOME", Path(__file__).resolve().parent.parent / ".neo4j")) / "neo4j.pid"


def server_cpu() -> float | None:
    """CPU seconds (user + system) the local server has used so far; None when it is not ours."""
    try:
        stat = Path(f"/proc/{int(SERVER_PID.read_text().strip())}/stat").read_text()
    except (OSError, ValueError):
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wipe(driver, db: str) -> None:
    """Everything goes, whoever wrote it, and the peer's constraint too (each tool starts clean)."""
    with driver.session(database=db) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    for rec in driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name", database_=db).records:
        if rec["name"].startswith("n10s"):
            driver.execute_query(f"DROP CONSTRAINT `{rec['name']}`", database_=db)


def local(iri: str) -> str:
    """The key a property or relationship type gets: the IRI's last segment (as the peer shortens)."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    name = iri[cut + 1 :] or "value"
    return "".join(c if c.isalnum() else "_" for c in name)


def floor_rows(ttl: Path) -> tuple[list[dict], dict[str, list[dict]], int]:
    """Nodes (iri + literal properties, last value wins) and relationships by type, from the union graph."""
    props: dict[str, dict] = defaultdict(dict)
    rels: dict[str, list[dict]] = defaultdict(list)
    n = 0
    with open(ttl, "rb") as f:
        for t in ox.parse(f, format=ox.RdfFormat.TURTLE):
            n += 1
            s = t.subject.value
            props[s]  # every subject is a node
            if isinstance(t.object, ox.Literal):
                props[s][local(t.predicate.value)] = t.object.value
            elif t.predicate.value != RDF_TYPE:
                rels[local(t.predicate.value)].append({"s": s, "o": t.object.value})
                props[t.object.value]
    return [{"iri": k, "props": v} for k, v in props.items()], rels, n


def write_floor(driver, db: str, nodes: list[dict], rels: dict[str, list[dict]], batch: int) -> int:
    driver.execute_query("CREATE CONSTRAINT floor_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE",
                         database_=db)
    with driver.session(database=db) as session:
        for i in range(0, len(nodes), batch):
            session.run("UNWIND $rows AS r MERGE (n:Resource {iri: r.iri}) SET n += r.props",
                        rows=nodes[i : i + batch]).consume()
        for rtype, rows in sorted(rels.items()):
            for i in range(0, len(rows), batch):
                session.run(f"UNWIND $rows AS r MATCH (a:Resource {{iri: r.s}}) MATCH (b:Resource {{iri: r.o}}) "
                            f"MERGE (a)-[:`{rtype}`]->(b)", rows=rows[i : i + batch]).consume()
    return len(nodes) + sum(len(r) for r in rels.values())


def write_peer(settings: Settings, db: str, ttl: Path) -> None:
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    config = Neo4jStoreConfig(
        auth_data={"uri": settings.uri, "database": db, "user": settings.user, "pwd": settings.password},
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    g = Graph(store=Neo4jStore(config=config))
    g.parse(str(ttl), format="turtle")
    g.close(True)


BEFORE_SCRIPT = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from kg.sync.connection import Settings, connect
from kg.sync.engine import Syncer
s = Settings.resolve(); d = connect(s)
c0, t = time.process_time(), time.perf_counter()
Syncer(d, s.database).sync(Path(sys.argv[2]))
print(time.perf_counter() - t, time.process_time() - c0)
"""


def sync_elsewhere(src: Path, build: Path) -> tuple[float, float]:
    """Seconds and CPU seconds of a sync by the kg in ``src`` (a child process; its own imports)."""
    out = subprocess.run([sys.executable, "-c", BEFORE_SCRIPT, str(src.resolve()), str(build)],
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[-2]), float(out[-1])


def count(driver, db: str) -> int:
    rec = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=db).records[0]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n", database_=db).records[0]
    return rec["n"] + rels["n"]


def median_interval(values: list[float], confidence: float = 0.95) -> tuple[float, float] | None:
    """A distribution-free interval for the median of ``values`` (order statistics, binomial).

    The k-th smallest and k-th largest of n values hold the true median between them with
    probability 1 - 2 P(Binomial(n, 1/2) < k); k is the largest that keeps that at ``confidence``.
    None when n is too small for any (n < 6 at 95 %): then the rounds cannot decide.
    """
    n = len(values)
    below, k = 0.0, 0  # P(X < k+1) as k grows
    for j in range(n // 2 + 1):
        below += math.comb(n, j) / 2**n
        if 1 - 2 * below < confidence:
            break
        k = j + 1
    if k == 0:
        return None
    ordered = sorted(values)
    return ordered[k - 1], ordered[n - k]


def ratio_line(label: str, ratios: list[float], goal: float | None = None) -> str:
    """Median, range and the median's 95 % interval of per-round ratios, and what they decide."""
    med = statistics.median(ratios)
    line = f"  {label:24} median {med:5.2f}x  range {min(ratios):5.2f}-{max(ratios):5.2f}x"
    ci = median_interval(ratios)
    if ci is None:
        line += "  95% interval of the median: too few rounds (6 or more needed)"
    else:
        line += f"  95% interval of the median {ci[0]:5.2f}-{ci[1]:5.2f}x"
        if goal is not None:
            line += ("  -> goal met" if ci[0] >= goal else "  -> goal missed" if ci[1] < goal
                     else "  -> undecided")
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", type=Path, help="a kg build output folder (graph.trig, graph.ttl)")
    ap.add_argument("--rounds", "--runs", dest="rounds", type=int, default=9,
                    help="counted rounds; each runs every tool once, in an order rotated from round to round")
    ap.add_argument("--batch", type=int, default=5000, help="rows per UNWIND of the floor")
    ap.add_argument("--warmup", type=int, default=1,
                    help="uncounted rounds first: a fresh server's JIT makes its first writes 2-4x slower")
    ap.add_argument("--before", type=Path, default=None,
                    help="also time the sync of the kg source tree in this folder (the code before a change)")
    ap.add_argument("--after", type=Path, default=None,
                    help="time the kg of this source tree as 'kg sync' (a snapshot, so the tree can change "
                         "while the bench runs); implies --child")
    ap.add_argument("--child", action="store_true",
                    help="run this tree's kg sync in a child process too, as --before's is (a fair A/B: "
                         "same process set-up, not this process's heap)")
    ap.add_argument("--goal", type=float, default=1.5, help="the ratio to the peer the issue asks for")
    args = ap.parse_args(argv)
    ttl = args.build / "graph.ttl"
    try:
        import rdflib_neo4j  # noqa: F401
    except ImportError:
        print("bench_sync_peers: the peer is not installed: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 1
    settings = Settings.resolve()
    try:
        driver = connect(settings)
    except Neo4jUnavailable as exc:
        print(f"bench_sync_peers: {exc}", file=sys.stderr)
        return 1
    if os.nice(0) > 0:
        print(f"bench_sync_peers: running at nice {os.nice(0)} while the server is not: the peer's Python "
              "side is slowed most, so its ratio overstates kg (compare niced runs with niced runs)", flush=True)
    db = settings.database
    nodes, rels, triples = floor_rows(ttl)
    print(f"{args.build}: {triples:,} triples in graph.ttl; floor rows: {len(nodes):,} nodes, "
          f"{sum(len(r) for r in rels.values()):,} relationships", flush=True)

    child: dict[str, tuple[float, float]] = {}  # the last child run's own (seconds, CPU seconds)
    this_tree = args.after or Path(__file__).resolve().parent.parent

    def kg_run() -> None:
        if args.child or args.after:
            child["kg sync"] = sync_elsewhere(this_tree, args.build)
        else:
            Syncer(driver, db).sync(args.build)

    def before_run() -> None:
        child["kg sync (before)"] = sync_elsewhere(args.before, args.build)

    tools = {
        "kg sync": kg_run,
        **({"kg sync (before)": before_run} if args.before else {}),
        "rdflib-neo4j": lambda: write_peer(settings, db, ttl),
        "floor (UNWIND MERGE)": lambda: write_floor(driver, db, nodes, rels, args.batch),
    }
    names = list(tools)
    times: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[tuple[float, float | None]]] = defaultdict(list)  # (this process, server)
    loads: list[tuple[float, float]] = []  # per counted round: the 1-minute load at its start and end
    elements: dict[str, int] = {}
    for run in range(-args.warmup, args.rounds):
        # rotated: each tool takes each place in the round in turn (the first place after a wipe
        # of another tool's data, the server's JIT and page cache state, the neighbours' bursts)
        order = names[run % len(names):] + names[:run % len(names)]
        load0 = os.getloadavg()[0]
        for name in order:
            wipe(driver, db)
            s0, c0, t = server_cpu(), time.process_time(), time.perf_counter()
            tools[name]()
            wall, client = time.perf_counter() - t, time.process_time() - c0
            if name in child:
                wall, client = child.pop(name)
            if run < 0:
                print(f"  warm-up {name:22} {wall:7.2f} s (not counted)", flush=True)
                continue
            times[name].append(wall)
            s1 = server_cpu()
            cpu[name].append((client, s1 - s0 if s0 is not None and s1 is not None else None))
            elements[name] = count(driver, db)
            client, server = cpu[name][-1]
            print(f"  round {run + 1} {name:22} {wall:7.2f} s  {elements[name]:>9,} elements  "
                  f"cpu {client:6.2f} s here" + (f" + {server:6.2f} s server" if server is not None else "")
                  + f"  load {os.getloadavg()[0]:.1f}", flush=True)
        if run >= 0:
            loads.append((load0, os.getloadavg()[0]))
            peer = times["rdflib-neo4j"][-1]
            print(f"  round {run + 1}: peer/kg {peer / times['kg sync'][-1]:.2f}x"
                  + (f", peer/before {peer / times['kg sync (before)'][-1]:.2f}x" if args.before else "")
                  + f"  (order: {', '.join(order)})", flush=True)
    wipe(driver, db)
    driver.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    peer, floor = med["rdflib-neo4j"], med["floor (UNWIND MERGE)"]
    all_loads = [x for pair in loads for x in pair]
    print(f"\nmedians of {args.rounds} rounds (same run, order rotated), 1-minute load "
          f"{min(all_loads):.1f}-{max(all_loads):.1f} (median {statistics.median(all_loads):.1f}):")
    for name, secs in med.items():
        print(f"  {name:22} {secs:7.2f} s  {elements[name]:>9,} elements  {elements[name] / secs:>9,.0f} elements/s  "
              f"peer/this {peer / secs:4.2f}x  this/floor {secs / floor:4.2f}x")
    print(f"\nper-round ratios (each round's tools ran back to back; goal {args.goal}x the peer):")
    for name in [n for n in names if n.startswith("kg sync")]:
        per_round = [p / k for p, k in zip(times["rdflib-neo4j"], times[name], strict=True)]
        print(ratio_line(f"peer / {name}", per_round, args.goal))
        floors = times["floor (UNWIND MERGE)"]
        print(ratio_line(f"{name} / floor", [k / f for k, f in zip(times[name], floors, strict=True)]))
    if args.before:
        print(ratio_line("before / kg sync",
                         [b / k for b, k in zip(times["kg sync (before)"], times["kg sync"], strict=True)]))
    print(f"\nCPU seconds, medians of {args.rounds} (this process + the server):")
    for name, pairs in cpu.items():
        client = statistics.median(c for c, _ in pairs)
        servers = [sv for _, sv in pairs if sv is not None]
        line = f"  {name:22} {client:7.2f} s here"
        if servers:
            line += f" + {statistics.median(servers):7.2f} s server = {client + statistics.median(servers):7.2f} s"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
