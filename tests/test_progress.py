"""The terminal: bars only on a terminal, a summary table, --json and --version for scripts."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import kg
from kg import progress
from tests.conftest import EXAMPLES, REPO


def kg_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_draws_on_a_terminal_and_not_in_a_pipe_or_when_quiet():
    tty, pipe = _Tty(), io.StringIO()
    with progress.session(stream=tty):
        assert list(progress.iterate(range(3), "reports", unit="report")) == [0, 1, 2]
    with progress.session(stream=pipe):
        list(progress.iterate(range(3), "reports"))
    with progress.session(stream=_Tty(), quiet=True):
        assert not progress.active()
    assert "reports:   0%" in tty.getvalue() and "0/3" in tty.getvalue()  # then cleared (leave=False)
    assert pipe.getvalue() == ""


def test_outside_a_session_library_code_draws_nothing(capsys):
    list(progress.iterate(range(3), "reports"))
    assert capsys.readouterr() == ("", "")


def test_the_summary_table_aligns_numbers():
    assert progress.table([("reports", 3), ("triples", 1744)], title="kg build").splitlines() == [
        "+---------+-------+",
        "| kg build        |",
        "+---------+-------+",
        "| reports |     3 |",
        "| triples | 1,744 |",
        "+---------+-------+",
    ]


def test_build_prints_a_table_in_a_pipe_without_bars(tmp_path):
    r = kg_cli("build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--no-html")
    assert r.returncode == 0, r.stderr
    assert "| reports " in r.stdout and "3 reports" in r.stdout
    assert "%|" not in r.stderr  # no bar in a pipe


def test_build_json_has_the_summary_keys(tmp_path):
    r = kg_cli("build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--no-html", "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    saved = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert set(saved) <= set(got) and {k: got[k] for k in saved} == saved
    assert got["reports"] == 3 and isinstance(got["seconds"], float)


def test_version():
    r = kg_cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"kg {kg.__version__}"
    assert kg.__version__[0].isdigit()


def test_stats_json_has_stable_keys(tmp_path):
    out = tmp_path / "out"
    assert kg_cli("build", str(EXAMPLES), "--out", str(out), "--no-html").returncode == 0
    r = kg_cli("stats", str(out), "--json", "--top", "3")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert set(got) == {"nodes", "edges", "classes", "by", "officials", "communities"}
    assert got["by"] == "betweenness" and len(got["officials"]) == 3
    assert set(got["officials"][0]) == {"rank", "iri", "name", "degree", "betweenness", "community"}
    assert got["classes"]["Person"] == 11
