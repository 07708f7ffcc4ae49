"""scripts/score_spread.py: a set's F1 with an interval from resampling reports, and how its misses spread."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import score_spread  # noqa: E402


def _report(tp_gold: int, tp_pred: int, pred: int, gold: int) -> dict:
    return {"report": "x", "counts": {"posts by node": {"tp_gold": tp_gold, "tp_pred": tp_pred, "pred": pred,
                                                         "gold": gold}}}


def test_the_misses_are_counted_by_report_and_the_worst_three_share_them() -> None:
    # four reports miss 5, 2, 1 and 0 of their posts: 8 missed in 3 of 4 reports, all in the worst three
    reports = [_report(5, 5, 5, 10), _report(2, 2, 2, 4), _report(2, 2, 2, 3), _report(3, 3, 3, 3)]
    assert score_spread.spread(reports, "posts by node") == (8, 3, 1.0, 4)
    reports.append(_report(0, 0, 0, 2))  # a fifth with 2 missed: the worst three hold 5+2+2 of 10
    assert score_spread.spread(reports, "posts by node") == (10, 4, 0.9, 5)


def test_a_set_whose_reports_score_alike_has_a_narrow_interval_and_one_that_differs_a_wide_one() -> None:
    alike = [_report(9, 9, 9, 10) for _ in range(20)]
    lo, hi = score_spread.interval(alike, "posts by node", 200, 1)
    assert lo == hi == score_spread.totals(alike)["posts by node"][2]
    mixed = [_report(10, 10, 10, 10) for _ in range(17)] + [_report(0, 0, 0, 10) for _ in range(3)]
    lo, hi = score_spread.interval(mixed, "posts by node", 200, 1)
    assert lo < 0.85 < 0.95 < hi  # three empty reports of twenty: 0.919 pooled, far either way on a redraw


def test_the_command_prints_each_file_then_the_pooled_set_without_naming_a_report(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"reports": [_report(3, 3, 3, 4) | {"report": "secret-0001"}]}), encoding="utf-8")
    b.write_text(json.dumps({"reports": [_report(1, 1, 2, 4) | {"report": "secret-0002"}]}), encoding="utf-8")
    assert score_spread.main([str(a), str(b), "--kind", "posts by node", "--resamples", "50"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [ln.split(":")[0] for ln in out] == [str(a), str(b), "pooled"]
    assert "posts by node 0.80/0.50/0.615" in out[2] and "4 missed in 2 of 2 reports" in out[2]
    assert "secret" not in "".join(out)


def test_a_file_that_is_no_eval_output_is_named_in_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert score_spread.main([str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"{bad}: not a kg eval --json output")
