"""Read corpus reports for the officials benchmarks and scratch scoring, through kg's own loader.

``kg.loaders.load`` decodes, cleans and reads the sidecar exactly as ``kg build`` does, so the
benchmark measures extraction on the same text the pipeline sees. Loading is not timed.
"""

from __future__ import annotations

from pathlib import Path

from kg.loaders import load
from kg.model import Report


def read_report(txt: Path) -> Report:
    result = load([str(txt)])
    if not result.reports:
        raise SystemExit(f"{txt}: {result.errors[0] if result.errors else 'not loaded'}")
    return result.reports[0]


def corpus_reports(corpus: Path) -> list[Report]:
    return load([str(p) for p in sorted(corpus.glob("*/*.txt"))]).reports


def _split_tests(repo: Path | None = None) -> list[set[str]]:
    """The ``test`` list of each ``tests/gold/split*.json``, in file order."""
    import json

    gold = (repo or Path(__file__).resolve().parent.parent) / "tests" / "gold"
    return [set(json.loads(s.read_text(encoding="utf-8")).get("test", [])) for s in sorted(gold.glob("split*.json"))]


def held_out_stems(repo: Path | None = None) -> set[str]:
    """The reports the blind splits still hold out: the ``test`` list of each ``tests/gold/split*.json``
    whose reports are not all annotated in a read set under ``tests/gold/``.

    Tools that read the whole corpus (generated tables, synthetic archives, dumps for reading by
    eye) leave them out, so that nothing learned from a blind report reaches the code scored on it.
    A split whose every test report has its gold in a read set (blind2 ... blind9, mid14 ... mid31:
    tests/gold/README.md says when each became tuning data) is read: ``score_sets.sh`` prints its
    misses, so refusing its dump hid nothing and left 550 of the corpus's reports out of every audit of
    changed lines until the thirty-seventh round. A fresh split (no gold yet) and the sets whose gold
    lives under ``tests/heldout/`` (blind10, blind11) stay refused.
    """
    gold = (repo or Path(__file__).resolve().parent.parent) / "tests" / "gold"
    read = {p.name.removesuffix(".gold.json") for p in gold.glob("*/*.gold.json")}
    return set().union(*(test for test in _split_tests(repo) if not test <= read))


def split_test_stems(repo: Path | None = None) -> set[str]:
    """Every split's ``test`` list, read or still held out: the fixed population of the benchmarks
    (bench_instructions, bench_compiled, bench_hostile_time), generated tables (gen_name_syllables,
    synth_corpus) and draws (sample_events, draw_resolution_names), so that their figures and draws
    repeat across rounds; the dumps read by eye refuse only :func:`held_out_stems`."""
    return set().union(*_split_tests(repo))


def heldout_gold_stems(repo: Path | None = None) -> set[str]:
    """The reports of the held-out sets: every gold file under ``tests/heldout/`` (blind10, blind11 and the
    written sets still held out, with their second annotations; a set moved to ``tests/gold/`` is read). No
    tool prints kg's output on them, only ``kg eval --no-misses`` totals; a set is held out by where its gold
    lives, so a new one needs no list kept by hand."""
    root = (repo or Path(__file__).resolve().parent.parent) / "tests" / "heldout"
    return {p.name.removesuffix(".gold.json") for p in root.rglob("*.gold.json")}


def picked_files(files: list[Path], argv: list[str]) -> list[Path]:
    """The reports a dump script's arguments ask for, out of ``files``.

    Stems named on the command line, else ``--sample K [--seed S]`` (seed 4 by default), else all.
    Each script passes the list its recorded seeds were drawn from, so a seed written in a note
    draws the same reports again.
    """
    import random

    stems = [a for a in argv if not a.startswith("--") and not a.isdigit()]
    if stems:
        return [f for f in files if f.stem in stems]
    if "--sample" in argv:
        k = int(argv[argv.index("--sample") + 1])
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 4
        return random.Random(seed).sample(files, min(k, len(files)))
    return files


def extraction_facts(ex: object) -> str:
    """Every mention list of an extraction as its dataclass repr, the report itself left out: what
    two builds of the extractor (pure and compiled, two commits) must agree on, byte for byte."""
    from dataclasses import fields

    return repr([(f.name, getattr(ex, f.name)) for f in fields(ex) if f.name != "report"])  # type: ignore[arg-type]


def compiled_extract_modules() -> list[str]:
    """The extraction modules this process imported from compiled extensions (``make compiled``)."""
    import sys

    return sorted(m for m, mod in sys.modules.items()
                  if m.startswith("kg.loaders.extract.") and (getattr(mod, "__file__", "") or "").endswith(".so"))
