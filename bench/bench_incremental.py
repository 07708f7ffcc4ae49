"""Incremental rebuilds against a clean build, in the same run: unchanged corpus, and 1% new reports.

usage: python bench/bench_incremental.py [CORPUS_DIR] [--runs 3] [--jobs 2] [--html] [--every 100]
       [--source-every-time]

CORPUS_DIR (default: the real corpus, its blind test half left out) is copied to a scratch folder
with every 100th report held back. Each run times, as separate ``kg build`` processes:

- clean: the whole corpus into an empty output folder (store written);
- unchanged: the same corpus again into that folder;
- +1%: the folder rebuilt without the held-back reports (not timed), then with them added back;
- no store: a clean build with ``--no-store`` (what keeping the store costs a first build).

- no store: the whole corpus with ``--no-store`` into a fresh folder holding the person registry
  (``person-iris.tsv``) the folder had before the +1% build: what keeping the store costs a build,
  and the reference the +1% build is checked against.

Prints the median wall and CPU time of each and their ratios to the clean build (goals: unchanged
<= 10%, +1% <= 15%), and checks, on graph.ttl, graph.trig and summary.json:

- the unchanged rebuild wrote the same bytes as the clean build (rebuilding a corpus changes nothing);
- the +1% build wrote the same bytes as the no-store build with the same history: the store and the
  blocks it reuses change nothing in the output;
- no Person IRI of the build before the new reports is lost: each is a person of the +1% build or
  redirects to one (``owl:sameAs``, ``redirects.tsv``).

The +1% build is not compared with the clean build: person IRIs depend on the folder's history
(:class:`kg.iris.PersonRegistry`: an IRI once written is kept, or redirects to the person its mentions
joined), so a folder that saw the corpus without the new reports may name some persons otherwise
than a first build of the whole corpus, and carries ``owl:sameAs`` lines for the IRIs it merged. How
many person IRIs differ from the clean build is printed, for information (docs/resolution.md, IRIs).
Without ``--html`` the builds write no view (the view is rebuilt whole). On a shared machine compare
the CPU ratios: wall time follows the load.

Bytecode: an installed kg runs from compiled modules (pip compiles them; Python caches them on first
import). A shell with ``PYTHONDONTWRITEBYTECODE`` set (this project's agents' shells are) compiles
kg's ~100 modules from source in every process, about 0.3 s of CPU a build: a fifth of an unchanged
rebuild, and the same seconds on the 1% side as on the clean side. So the builds run with
``PYTHONDONTWRITEBYTECODE`` unset and ``PYTHONPYCACHEPREFIX`` in the scratch folder (the work tree
gets no ``__pycache__``), after one untimed build of a few reports that compiles what a build
imports. ``--source-every-time`` keeps the shell's setting instead (how rounds before the eleventh
measured).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from runmeter import measure  # noqa: E402
from synth_corpus import DEFAULT_CORPUS, real_reports  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from iri_stability import persons  # noqa: E402

from kg.iris import REGISTRY_FILE  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--every", type=int, default=100, help="hold back one report in this many (default 100: 1%%)")
    ap.add_argument("--source-every-time", action="store_true",
                    help="keep the shell's PYTHONDONTWRITEBYTECODE (each build compiles kg from source)")
    args = ap.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="kg-incr-"))
    base, held, out = scratch / "corpus", scratch / "held", scratch / "out"
    base.mkdir()
    held.mkdir()
    reports = real_reports(args.corpus) if args.corpus == DEFAULT_CORPUS else sorted(args.corpus.rglob("*.txt"))
    for i, txt in enumerate(reports):
        dest = held if i % args.every == args.every // 2 else base
        for f in (txt, txt.with_suffix(".json")):
            if f.exists():
                shutil.copy(f, dest / f.name)
    n_held = len(list(held.glob("*.txt")))
    flags = ["--quiet", "--jobs", str(args.jobs), *([] if args.html else ["--no-html"])]

    env = None if args.source_every_time else bytecode_env(scratch / "pycache")

    def build(*extra: str, into: Path = out) -> tuple[float, float]:
        run = measure([*KG, "build", str(base), "--out", str(into), *flags, *extra], env=env)
        if run.returncode != 0:
            sys.exit(f"kg build failed: {run.stderr[-2000:]}")
        return run.wall, run.cpu

    names = ("graph.ttl", "graph.trig", "summary.json")

    def outputs(folder: Path = out) -> dict[str, bytes]:
        return {n: (folder / n).read_bytes() for n in names}

    held_names = [f.name for f in held.iterdir()]

    def hold_back() -> None:
        for name in held_names:
            (base / name).rename(held / name)

    def give_back() -> None:
        for name in held_names:
            (held / name).rename(base / name)

    if env is not None:  # compile what a build imports, untimed: a few held-back reports into a scratch folder
        warm = measure([*KG, "build", str(held if n_held else base), "--out", str(scratch / "warm"), *flags], env=env)
        if warm.returncode != 0:
            sys.exit(f"kg build (warm-up) failed: {warm.stderr[-2000:]}")
        shutil.rmtree(scratch / "warm", ignore_errors=True)
    times: dict[str, list[tuple[float, float]]] = {"clean": [], "unchanged": [], "+1%": [], "no store": []}
    check = HistoryCheck()
    give_back()
    try:
        for _ in range(args.runs):
            shutil.rmtree(out, ignore_errors=True)
            times["clean"].append(build())
            clean = outputs()
            times["unchanged"].append(build())
            check.rebuild_same &= outputs() == clean
            hold_back()
            build()  # the folder as it was before the new reports came
            history = (out / REGISTRY_FILE).read_bytes()
            before, _ = persons(out)
            give_back()
            times["+1%"].append(build())
            added = outputs()
            ref = scratch / "same-history"
            ref.mkdir()
            (ref / REGISTRY_FILE).write_bytes(history)  # the history the +1% build had, and no store
            times["no store"].append(build("--no-store", into=ref))
            check.same_history &= outputs(ref) == added
            shutil.rmtree(ref)
            after, redirect = persons(out)
            check.lost |= {iri for iri in before if resolved(iri, redirect) not in after}
            check.renamed = max(check.renamed, len(set(after) - set(persons_of(clean))))
            check.as_clean &= added == clean
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    total = len(reports)
    print(f"{total} reports ({n_held} held back as the 1%), jobs {args.jobs}, "
          f"{'with' if args.html else 'without'} the HTML view, medians of {args.runs} runs, "
          f"{'modules compiled in every build' if env is None else 'compiled modules cached'}")
    for k in ("clean", "unchanged", "+1%", "no store"):
        ratio = "" if k == "clean" else (f"  {wall[k] / wall['clean']:6.1%} of clean (wall), "
                                         f"{cpu[k] / cpu['clean']:6.1%} (cpu)")
        print(f"  {k:>9}: {wall[k]:6.2f} s wall {cpu[k]:6.2f} s cpu{ratio}")
    for line in check.lines(names):
        print("  " + line)
    if not check.ok:
        sys.exit(1)


def bytecode_env(prefix: Path) -> dict[str, str]:
    """The environment of the timed builds: compiled modules cached under ``prefix`` (see the
    module's docstring, Bytecode)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    return env


def resolved(iri: str, redirect: dict[str, str]) -> str:
    """The person an IRI names now: itself, or where its redirects lead."""
    seen = {iri}
    while iri in redirect and redirect[iri] not in seen:
        iri = redirect[iri]
        seen.add(iri)
    return iri


def persons_of(files: dict[str, bytes]) -> dict[str, set[str]]:
    """The persons of a build's graph.ttl held in memory (see :func:`iri_stability.persons`)."""
    with tempfile.TemporaryDirectory(prefix="kg-incr-ttl-") as tmp:
        (Path(tmp) / "graph.ttl").write_bytes(files["graph.ttl"])
        return persons(Path(tmp))[0]


@dataclass
class HistoryCheck:
    """What the incremental builds must keep: the same bytes for the same corpus and history, and
    every person IRI once written (see the module's docstring)."""

    rebuild_same: bool = True
    same_history: bool = True
    lost: set[str] = field(default_factory=set)
    renamed: int = 0  # person IRIs of the +1% build a clean build does not write (history, not a fault)
    as_clean: bool = True  # the +1% build wrote the clean build's bytes (not required: history)

    @property
    def ok(self) -> bool:
        return self.rebuild_same and self.same_history and not self.lost

    def lines(self, names: tuple[str, ...]) -> list[str]:
        files = ", ".join(names)
        return [
            f"unchanged rebuild and clean build: "
            f"{'the same bytes' if self.rebuild_same else 'DIFFERENT bytes'} ({files})",
            f"+1% build and a no-store build with the same history: "
            f"{'the same bytes' if self.same_history else 'DIFFERENT bytes'} ({files})",
            f"person IRIs of the build before the new reports lost (neither kept nor redirected): {len(self.lost)}"
            + (f" ({', '.join(sorted(self.lost)[:5])})" if self.lost else ""),
            f"person IRIs the folder's history gave that a clean build of the same reports names otherwise: "
            f"{self.renamed} (not an error: docs/resolution.md, IRIs)",
            f"+1% build and clean build, for information: {'the same bytes' if self.as_clean else 'different bytes'}",
        ]


if __name__ == "__main__":
    main()
