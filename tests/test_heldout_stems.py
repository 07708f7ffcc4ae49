"""bench/corpus_io.heldout_gold_stems: the held-out reports are those whose gold lives under tests/heldout/,
so the tools that print kg's output (status_misses.py, metamorphic_eval.py) refuse a new held-out set
without a list kept by hand. Only file names are read here, never a held-out file's content."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus_io import heldout_gold_stems  # noqa: E402


def test_every_held_out_split_is_under_tests_heldout_and_no_read_set_is():
    held = heldout_gold_stems()
    for split in ("split10.json", "split32.json"):  # blind10 and blind11
        assert set(json.loads((ROOT / "tests" / "gold" / split).read_text(encoding="utf-8"))["test"]) <= held
    assert {"written36a-01", "written40c-10"} <= held  # the written held-out sets, whose reports are not corpus reports
    assert not {"written32a-01", "written33c-10"} & held  # read sets since the forty-first round
    assert not {"written34a-01", "written35c-10"} & held  # read sets since the forty-second round
    read = {p.name.removesuffix(".gold.json") for p in (ROOT / "tests" / "gold").glob("*/*.gold.json")}
    assert not read & held


def test_a_set_is_held_out_by_where_its_gold_lives(tmp_path):
    (tmp_path / "tests" / "heldout" / "blind99" / "second").mkdir(parents=True)
    (tmp_path / "tests" / "heldout" / "blind99" / "vntc-9999.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "tests" / "heldout" / "blind99" / "second" / "unc-9998.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "tests" / "gold" / "mid99").mkdir(parents=True)
    (tmp_path / "tests" / "gold" / "mid99" / "unc-9997.gold.json").write_text("{}", encoding="utf-8")
    assert heldout_gold_stems(tmp_path) == {"vntc-9999", "unc-9998"}


def test_the_dumps_refuse_a_split_until_every_test_report_is_annotated_in_a_read_set(tmp_path):
    """held_out_stems: a split whose test reports all have gold in a read set under tests/gold/ is read
    (score_sets.sh prints its misses), so the dumps show it; a fresh split, or one whose gold lives under
    tests/heldout/, stays refused. split_test_stems keeps every split for the benchmarks' fixed sample."""
    from corpus_io import held_out_stems, split_test_stems

    gold = tmp_path / "tests" / "gold"
    (gold / "mid99").mkdir(parents=True)
    for stem in ("unc-9001", "unc-9002"):
        (gold / "mid99" / f"{stem}.gold.json").write_text("{}", encoding="utf-8")
    (gold / "split98.json").write_text(json.dumps({"test": ["unc-9001", "unc-9002"]}), encoding="utf-8")
    (gold / "split99.json").write_text(json.dumps({"test": ["unc-9001", "vntc-9003"]}), encoding="utf-8")
    assert held_out_stems(tmp_path) == {"unc-9001", "vntc-9003"}
    assert split_test_stems(tmp_path) == {"unc-9001", "unc-9002", "vntc-9003"}
    assert held_out_stems() == heldout_gold_stems() & split_test_stems()  # this repository: blind10 and blind11
