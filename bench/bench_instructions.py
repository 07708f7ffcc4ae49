"""Instructions per report of one warm extraction pass, counted by valgrind, for one or two code trees.

usage: python bench/bench_instructions.py [TREE_OR_COMMIT ...] [--corpus DIR] [--every N] [--repeat N]

Why instructions and not seconds: on this shared two-core machine the CPU time of
``bench/bench_pipeline.py`` moves by 5-10% between runs with the load of other jobs, so a change
worth 2% cannot be told from noise by timing; the number of instructions executed does not depend
on the load (valgrind's cachegrind counts them in a simulated CPU; ``perf stat -e instructions``
is not available in this container). It is a proxy: fewer instructions is not always less time
(cache misses, branch mispredictions), so a change that wins here is still timed with
bench_pipeline.py.

What is counted: kg's extraction (``pipeline.extract``, every component and ``assign_ids``) over a
fixed sample of the corpus, every N-th report in path order (N = 6: 118 reports) with every
split's held-out reports left out (blind10 included), under ``PYTHONHASHSEED=0``. Each tree runs
twice under cachegrind, with one pass and with two passes over the sample; the difference is one
warm pass (imports, loading the reports, reading the data tables and compiling the patterns are in
both runs and cancel), divided by the number of reports.

A target is a directory holding a kg checkout (a worktree, or a copy made by
bench/compile_mypyc.py: compiled modules next to the sources, in the installed layout) or a git
commit of this repository (exported with ``git archive`` to a temporary directory). The target's
own ``kg``, ``loaders``, ``viz`` and ``ontology`` folders are imported in place of the installed
ones (the mapping of pyproject.toml's ``package-dir``), with this venv's dependencies. With no
target, the current checkout is measured. With two, both are measured in the same run and the
ratio is printed; each also prints a fingerprint of its extraction output, so that a pure speed
change can be seen to change no fact.

Takes about 80 s of CPU per tree (valgrind runs Python ~40x slower): 5 minutes of wall time on a
quiet machine, 10-25 at a load of 10-20. Two runs of one tree differ by up to ~0.6% (docs/scale.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
# pyproject.toml's package-dir: the import name of each folder of a kg tree.
PACKAGE_DIRS = {"kg": "kg", "kg.loaders": "loaders", "kg.viz": "viz", "kg.ontology": "ontology"}


@dataclass(frozen=True)
class Count:
    """One tree's result: instructions of one warm pass over ``reports`` reports, and the sha256
    of that pass's extraction output."""

    tree: str
    reports: int
    instructions: int
    fingerprint: str

    @property
    def per_report(self) -> float:
        return self.instructions / self.reports


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*", help="kg checkout directories or commits (default: this checkout)")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--every", type=int, default=6, help="sample every N-th report (default 6)")
    ap.add_argument("--repeat", type=int, default=1, help="valgrind runs per tree and pass count (default 1)")
    ap.add_argument("--child", nargs=2, metavar=("TREE", "PASSES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(Path(args.child[0]), int(args.child[1]), Path(args.corpus), args.every)
        return
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="kg-inst-") as tmp:
        trees = [_tree(t, Path(tmp)) for t in (args.targets or [str(REPO)])]
        counts = [_count(tree, label, args, Path(tmp)) for label, tree in trees]
    for c in counts:
        print(f"{c.tree}: {c.reports} reports, {c.per_report / 1e6:.2f} M instructions/report (warm pass), "
              f"output sha256 {c.fingerprint[:16]}")
    if len(counts) == 2:
        a, b = counts
        same = "identical" if a.fingerprint == b.fingerprint else "DIFFERENT"
        print(f"second / first = {b.instructions / a.instructions:.4f} "
              f"({100 * (b.instructions / a.instructions - 1):+.2f}% instructions); outputs {same}")


def _tree(target: str, tmp: Path) -> tuple[str, Path]:
    """``target`` as a directory to import kg from: itself if it is one, else the commit exported."""
    path = Path(target)
    if path.is_dir():
        return target, path.resolve()
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", f"{target}^{{commit}}"],
                            capture_output=True, text=True)
    if commit.returncode != 0:
        raise SystemExit(f"{target}: neither a directory nor a commit of {REPO}")
    sha = commit.stdout.strip()
    out = tmp / sha[:12]
    out.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", sha], capture_output=True, check=True).stdout
    with tempfile.TemporaryFile() as f:
        f.write(archive)
        f.seek(0)
        with tarfile.open(fileobj=f) as tar:
            tar.extractall(out, filter="data")
    return f"{target} ({sha[:10]})", out


def _count(tree: Path, label: str, args: argparse.Namespace, tmp: Path) -> Count:
    """Warm-pass instructions of ``tree``: the median difference of two-pass and one-pass runs."""
    diffs = []
    fingerprint = ""
    reports = 0
    for _ in range(args.repeat):
        one, _, _ = _valgrind(tree, 1, args, tmp)
        two, reports, fingerprint = _valgrind(tree, 2, args, tmp)
        diffs.append(two - one)
    diffs.sort()
    return Count(label, reports, diffs[len(diffs) // 2], fingerprint)


def _valgrind(tree: Path, passes: int, args: argparse.Namespace, tmp: Path) -> tuple[int, int, str]:
    """Total instructions of one child run, with the report count and output fingerprint it prints."""
    out = tmp / "cachegrind.out"
    # Address-space randomisation off (setarch -R): object addresses feed id()-keyed hashing and
    # the allocator's paths, a few tenths of a percent of noise between otherwise equal runs.
    norandom = ["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []
    cmd = [*norandom, "valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
           sys.executable, str(Path(__file__).resolve()), "--corpus", args.corpus, "--every", str(args.every),
           "--child", str(tree), str(passes)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise SystemExit(f"{tree}: valgrind run failed\n{run.stderr[-3000:]}")
    summary = next(line for line in out.read_text().splitlines() if line.startswith("summary:"))
    result = json.loads(run.stdout.strip().splitlines()[-1])
    return int(summary.split()[1]), result["reports"], result["fingerprint"]


def _child(tree: Path, passes: int, corpus: Path, every: int) -> None:
    """Runs under valgrind: import kg from ``tree``, extract the sample ``passes`` times, print the
    report count and the fingerprint of the last pass as one JSON line."""
    _import_from(tree)
    sys.path.insert(1, str(REPO / "bench"))  # after the tree: corpus_io imports the tree's kg
    from corpus_io import extraction_facts, split_test_stems

    from kg.loaders import load
    from kg.loaders.extract.pipeline import extract

    held = split_test_stems(REPO) | split_test_stems(tree)
    paths = [p for p in sorted(corpus.glob("*/*.txt")) if p.stem not in held][::every]
    reports = load([str(p) for p in paths]).reports
    digest = hashlib.sha256()
    for n in range(passes):
        last = n == passes - 1
        for r in reports:
            r._key = None  # the key and the per-report memo are recomputed in every pass
            r._memo.clear()
            ex = extract(r)
            if last:
                digest.update(extraction_facts(ex).encode())
    print(json.dumps({"reports": len(reports), "fingerprint": digest.hexdigest()}))


def _import_from(tree: Path) -> None:
    """Make ``import kg`` (and kg.loaders, kg.viz, kg.ontology) load ``tree``'s folders, ahead of
    the installed (editable) kg: a finder put first on ``sys.meta_path`` answers those four names.
    Subpackages and modules are then found on the package's path as usual, extension modules
    (compiled ``.so``) before sources. ``tree`` itself is put first on ``sys.path`` too, for
    anything a compiler put at its top (mypyc's shared runtime library)."""
    import importlib.abc
    import importlib.util

    installed_layout = not (tree / "loaders").is_dir()  # bench/compile_mypyc.py's copies: DIR/kg/loaders

    class TreeFinder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):  # noqa: ANN001 - importlib's signature
            folder = PACKAGE_DIRS.get(name)
            if folder is None:
                return None
            root = tree / (folder if installed_layout is False else name.replace(".", "/"))
            return importlib.util.spec_from_file_location(name, root / "__init__.py",
                                                          submodule_search_locations=[str(root)])

    sys.path.insert(0, str(tree))
    sys.meta_path.insert(0, TreeFinder())


if __name__ == "__main__":
    main()
