"""scripts/score_by_length.py: a kg eval --json output's totals over its long and its short reports."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import score_by_length  # noqa: E402


def _report(posts: tuple[int, int, int, int]) -> dict:
    tp_gold, tp_pred, pred, gold = posts
    return {"counts": {"posts by node": {"tp_gold": tp_gold, "tp_pred": tp_pred, "pred": pred, "gold": gold}}}


def test_counts_are_summed_before_the_ratios() -> None:
    # one report finds 3 of 4 posts with 3 right of 3, another 1 of 4 with 1 right of 2: 4/8 found, 4/5 right
    p, r, f, gold = score_by_length.totals([_report((3, 3, 3, 4)), _report((1, 1, 2, 4))])["posts by node"]
    assert (round(p, 3), round(r, 3), round(f, 3), gold) == (0.8, 0.5, 0.615, 8)
