"""The output set is one unit: killed, concurrent, full and read-only builds (kg.outputs).

Every case writes generations whose four files all carry the run's mark; the guarantee checked is
that whatever happens, every name in the folder shows the same run's file (the old run's or the
new one's, never a mix), and the next run leaves no debris of a killed one. The kill test SIGKILLs a
writer at 24 points (after each file written, before and after each of up to ten link switches),
into a folder of generations and into one of an older kg's plain files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.build import OUTPUT_FILES
from kg.outputs import CURRENT, STATE, OutputError, publish
from tests.conftest import EXAMPLES, REPO

CATEGORY = 'The output set is one unit'  # its heading in docs/reliability.md


def _writer(mark: str, size: int = 10):
    def write(folder: Path) -> None:
        for name in OUTPUT_FILES:
            (folder / name).write_text(f"{mark}\n" + "x" * size, encoding="utf-8")
    return write


def _marks(out: Path) -> set[str]:
    """The run marks the folder's names show (one mark: a consistent set)."""
    return {(out / n).read_text(encoding="utf-8").split("\n", 1)[0] for n in OUTPUT_FILES if (out / n).exists()}


def _debris(out: Path) -> list[str]:
    state = out / STATE
    current, keep = os.readlink(state / CURRENT), 2
    gens = [p.name for p in state.iterdir() if p.name.startswith("gen-")]
    tmp = [p.name for p in [*state.iterdir(), *out.iterdir()] if p.name.endswith(".tmp")]
    return tmp + (gens if len(gens) > keep or current not in gens else [])


_KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    import kg.outputs as o
    from kg.build import OUTPUT_FILES
    stage, n = sys.argv[2], int(sys.argv[3])
    calls = {"link": 0}
    real_link = o._replace_link
    def die():
        os.kill(os.getpid(), signal.SIGKILL)
    def link(target, path):
        calls["link"] += 1
        if stage == "before-link" and calls["link"] == n:
            die()
        real_link(target, path)
        if stage == "after-link" and calls["link"] == n:
            die()
    o._replace_link = link
    def write(folder):
        for i, name in enumerate(OUTPUT_FILES):
            (folder / name).write_text("B\\n", encoding="utf-8")
            if stage == "write" and i + 1 == n:
                die()
    o.publish(Path(sys.argv[1]), OUTPUT_FILES, write)
""")


def _stages() -> list[tuple[str, int]]:
    # write: after 1..4 files; links: the adoption of an old folder's 4 files (links 1-5), the
    # switch (6 when adopting, 1 otherwise) and the new names' links.
    return [("write", n) for n in range(1, len(OUTPUT_FILES) + 1)] + [(s, n) for s in ("before-link", "after-link")
                                                    for n in range(1, 11)]


@pytest.mark.parametrize("old_layout", [False, True], ids=["generations", "plain-files-of-older-kg"])
def test_a_build_killed_at_any_stage_leaves_one_generation_and_the_next_run_cleans_up(tmp_path, old_layout):
    for stage, n in _stages():
        out = tmp_path / f"{stage}-{n}"
        out.mkdir()
        if old_layout:
            for name in OUTPUT_FILES:
                (out / name).write_text("A\n", encoding="utf-8")
            (out / ".kg-build-x1y2").mkdir()  # a killed older kg's staging folder
        else:
            publish(out, OUTPUT_FILES, _writer("A"))
        r = subprocess.run([sys.executable, "-c", _KILLER, str(out), stage, str(n)], cwd=REPO)
        assert r.returncode in (0, -signal.SIGKILL)
        assert _marks(out) in ({"A"}, {"B"}), f"{stage} {n}: mixed generations {_marks(out)}"
        assert all((out / x).exists() for x in OUTPUT_FILES), f"{stage} {n}: a name is missing"
        publish(out, OUTPUT_FILES, _writer("C"))
        assert _marks(out) == {"C"}
        assert _debris(out) == [], f"{stage} {n}: debris left {_debris(out)}"
        assert not (out / ".kg-build-x1y2").exists()


def test_files_kg_did_not_write_are_never_touched(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    publish(tmp_path, OUTPUT_FILES, _writer("A"))
    publish(tmp_path, OUTPUT_FILES, _writer("B"))
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO)


def _one_line(r: subprocess.CompletedProcess) -> str:
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert "Traceback" not in r.stderr and len(lines) == 1, r.stderr
    return lines[0]


@pytest.mark.parametrize("case", ["a file", "under a file", "a dangling link"])
def test_an_out_that_cannot_be_a_folder_is_refused_in_one_line_before_any_work(tmp_path, case):
    f = tmp_path / "file.txt"
    f.write_text("x", encoding="utf-8")
    out = {"a file": f, "under a file": f / "out"}.get(case, tmp_path / "link")
    if case == "a dangling link":
        out.symlink_to(tmp_path / "nowhere")
    r = kg("build", str(EXAMPLES), "--out", str(out))
    assert r.returncode == 2
    assert str(out) in _one_line(r)
    assert f.read_text(encoding="utf-8") == "x"


def test_a_build_that_finds_no_report_keeps_the_previous_graph_and_exits_1(tmp_path):
    out, empty = tmp_path / "out", tmp_path / "empty"
    empty.mkdir()
    assert kg("build", str(EXAMPLES), "--out", str(out), "--no-html").returncode == 0
    before = (out / "graph.ttl").read_bytes()
    r = kg("build", str(empty), "--out", str(out), "--no-html")
    assert r.returncode == 1 and "no report found" in _one_line(r)
    assert (out / "graph.ttl").read_bytes() == before


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs (root only: mounting needs it; CI runs as root)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the suite as root)")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_full_disk_is_one_line_and_keeps_the_previous_generation(small_disk):
    out = small_disk / "out"
    publish(out, OUTPUT_FILES, _writer("A"))
    with pytest.raises(OutputError, match="no space left"):
        publish(out, OUTPUT_FILES, _writer("B", size=1_000_000))
    assert _marks(out) == {"A"}
    assert _debris(out) == []
    publish(out, OUTPUT_FILES, _writer("C"))  # the space of the failed run was given back
    assert _marks(out) == {"C"}


def test_a_full_disk_in_kg_build_is_one_line(small_disk):
    filler = small_disk / "filler"
    with open(filler, "wb") as f:
        try:
            f.write(b"\0" * 3_000_000)
        except OSError:
            pass
    r = kg("build", str(EXAMPLES), "--out", str(small_disk / "out"))
    assert r.returncode == 1
    assert "no space left" in _one_line(r)


def test_a_read_only_file_system_is_one_line(small_disk):
    out = small_disk / "out"
    publish(out, OUTPUT_FILES, _writer("A"))
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    r = kg("build", str(EXAMPLES), "--out", str(out), "--no-html")
    assert r.returncode == 1
    assert "read-only file system" in _one_line(r)
    assert _marks(out) == {"A"}
