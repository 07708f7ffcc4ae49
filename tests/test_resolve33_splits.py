"""Reading the split nodes (round 33): ``scripts/resolution_eval.py --splits`` lists every node whose
own reports may be read, even when its name's main node is also named in a held-out report, and never
prints a held-out or left-out report.

Reports are our own sentences, run through the real extraction pipeline; the names are made up.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.resolve import resolve
from tests.test_resolution import people, report

_SPEC = importlib.util.spec_from_file_location(
    "resolution_eval_script", Path(__file__).resolve().parent.parent / "scripts" / "resolution_eval.py")
resolution_eval = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(resolution_eval)

# one official of Nghệ An named in two reports (the main node), a namesake of Cà Mau in a third
REPORTS = [
    report("r-main", "Chủ tịch UBND tỉnh Nghệ An Lưu Đình Khoát chủ trì cuộc họp về giải phóng mặt bằng.",
           (2017, 3, 1)),
    report("r-held", "Ông Lưu Đình Khoát, Chủ tịch UBND tỉnh Nghệ An, kiểm tra tiến độ dự án đường ven biển.",
           (2017, 9, 1)),
    report("r-split", "Giám đốc Sở Y tế tỉnh Cà Mau Lưu Đình Khoát cho biết bệnh viện đã đủ thuốc.",
           (2018, 5, 1)),
]


@pytest.fixture
def listing(monkeypatch, capsys):
    def run(leave_out: frozenset[str] = frozenset(), context: bool = False) -> str:
        monkeypatch.setattr(resolution_eval, "held_out", lambda: {"r-held"})
        resolution_eval.print_splits(REPORTS, resolve(REPORTS), leave_out, context)
        return capsys.readouterr().out
    return run


def test_the_namesakes_are_two_nodes():
    res = resolve(REPORTS)
    iris = people(REPORTS, res, "Lưu Đình Khoát")
    assert iris["r-main"] == iris["r-held"] != iris["r-split"]


def test_a_node_is_listed_when_only_its_main_node_is_named_in_a_held_out_report(listing):
    out = listing()
    assert "listed (1; the 0 named in a held-out or left-out report left out):" in out
    line = next(x for x in out.splitlines() if x.strip().startswith("province"))
    assert "Lưu Đình Khoát" in line and "(r-split) beside " in line and line.endswith("(r-main)")
    assert "r-held" not in out


def test_a_left_out_report_hides_its_node_as_a_held_out_one_does(listing):
    out = listing(frozenset({"r-split"}))
    assert "listed (0; the 1 named in a held-out or left-out report left out):" in out
    assert "r-split" not in out


def test_a_main_node_named_only_in_left_out_reports_is_not_shown_by_its_reports(listing):
    out = listing(frozenset({"r-main"}))
    assert "beside a main node named in held-out reports only" in out
    assert "r-main" not in out and "r-held" not in out


def test_the_context_gives_each_readable_report_its_posts_and_the_words_around_the_name(listing):
    out = listing(context=True)
    node = next(x for x in out.splitlines() if x.strip().startswith("node r-split"))
    main = next(x for x in out.splitlines() if x.strip().startswith("main r-main"))
    assert "[Giám đốc Sở Y tế tỉnh Cà Mau]" in node and "bệnh viện đã đủ thuốc" in node
    assert "[Chủ tịch Ủy ban nhân dân tỉnh Nghệ An]" in main
    assert "r-held" not in out and "ven biển" not in out
