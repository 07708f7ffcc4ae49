"""Reproducible extraction: a report's facts do not depend on what the process extracted before it.

A rule that keys a map by ``id()`` of an object it then lets go (a post mention made and dropped
for a better one) hands the map's entry to the next object Python puts at the same address: which
object that is depends on the allocator's state, that is on every report extracted before in the
process and on the hash seed. These tests extract one corpus report after many others, in two
orders, and a sample of reports under two hash seeds in fresh processes, and ask for the same facts.
They read ../shared (skipped with the reason when it is absent), as the other corpus tests do.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.loaders.api import load
from kg.model import Extraction
from kg.parallel import extract_one

pytestmark = pytest.mark.corpus

# a profile whose person is named with the same post twice, once in a past career clause: before
# the fix one of three readings came out by the heap's state (whole-corpus passes differed)
TARGET = "vietnews-0158"
BEFORE = ["vietnews-0121", "vietnews-0123", "vietnews-0128", "vietnews-0134", "vietnews-0135", "vietnews-0143",
          "vietnews-0147", "vietnews-0148", "vietnews-0150", "vietnews-0154", "vietnews-0159", "vietnews-0161",
          "vietnews-0163", "vietnews-0165", "vietnews-0168", "vietnews-0170", "vietnews-0171", "vietnews-0175"]


def _facts(ex: Extraction | str) -> tuple:
    """What the graph is made of, as plain values (mention ids carry their spans)."""
    assert not isinstance(ex, str), ex
    return (tuple((p.id, p.role, p.org.name if p.org else None, p.status, str(p.start), str(p.end)) for p in ex.posts),
            tuple((o.id, o.name) for o in ex.organizations),
            tuple(p.id for p in ex.persons),
            tuple((e.id, len(getattr(e, "participants", ()) or ())) for e in ex.events),
            tuple(d.id for d in ex.directives))


def _path(corpus_dir: Path, stem: str) -> str:
    return str(next(corpus_dir.glob(f"*/{stem}.txt")))


def test_a_report_comes_out_the_same_after_any_report_before_it(corpus_dir):
    loaded = load([_path(corpus_dir, s) for s in [TARGET, *BEFORE]])
    target, others = loaded.reports[0], loaded.reports[1:]
    alone = _facts(extract_one(load([_path(corpus_dir, TARGET)]).reports[0]))
    for order in (others, others[::-1]):
        for r in order:
            extract_one(r)
            again = load([_path(corpus_dir, TARGET)]).reports[0]
            assert _facts(extract_one(again)) == alone, f"{TARGET} differs after {r.id}"
    assert target.id == TARGET


_SAMPLE_SCRIPT = """
import hashlib, sys
from kg.loaders.api import load
from kg.parallel import extract_one
sys.path.insert(0, {tests!r})
from test_determinism39 import _facts
for r in load(sys.argv[1:]).reports:
    print(r.id, hashlib.sha256(repr(_facts(extract_one(r))).encode()).hexdigest())
"""


def test_a_sample_comes_out_the_same_under_two_hash_seeds_and_orders(corpus_dir):
    paths = [_path(corpus_dir, s) for s in [TARGET, *BEFORE]]
    script = _SAMPLE_SCRIPT.format(tests=str(Path(__file__).parent))
    outs = []
    for seed, order in (("1", paths), ("2", paths[::-1])):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", script, *order], env=env, capture_output=True, text=True,
                             check=True)
        outs.append(sorted(run.stdout.splitlines()))
    assert outs[0] == outs[1]
    assert len(outs[0]) == len(paths)
