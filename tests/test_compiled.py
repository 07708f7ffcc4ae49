"""The mypyc-compiled copy of extraction (``make compiled``, bench/compile_mypyc.py) is opt-in and
must read exactly what the sources read; a copy older than its sources must refuse to import.

The comparison runs only where ``make compiled`` has built ``build/compiled`` (it needs mypy and a
C compiler, and minutes of CPU); the guard is checked everywhere, on an uncompiled copy."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.compile_mypyc import PACKAGE_DIRS, copy_tree

REPO = Path(__file__).resolve().parent.parent
COMPILED = REPO / "build" / "compiled"
BUILT = any((COMPILED / "kg" / "loaders" / "extract").glob("officials.*.so"))  # a finished build

# Reports written for this test in the shape of real ones: appointments, a list of posts, a
# directive with its issuer, a dated event with participants.
REPORTS = {
    "bo_nhiem.txt": (
        "Ngày 14/5/2025, Ban Thường vụ Tỉnh ủy Quảng Trị công bố quyết định điều động, chỉ định "
        "đồng chí Lê Văn Khánh, Phó Bí thư Huyện ủy Cam Lộ, giữ chức Bí thư Huyện ủy Hướng Hóa.\n\n"
        "Phát biểu tại buổi lễ, ông Trần Quốc Đạt, Phó Bí thư Thường trực Tỉnh ủy, đề nghị tân Bí thư "
        "tiếp tục phát huy tinh thần đoàn kết."
    ),
    "hoi_nghi.txt": (
        "Sáng 3/6/2025, tại Hà Nội, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến về phát triển "
        "nhà ở xã hội. Cùng dự có Phó Thủ tướng Phạm Minh Hà; Bộ trưởng Bộ Xây dựng Nguyễn Thanh Sơn; "
        "Chủ tịch UBND thành phố Hải Phòng Đỗ Văn Tùng.\n\n"
        "Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện Nghị định số 45/2025/NĐ-CP "
        "trước ngày 30/6/2025."
    ),
}

_RUN = """
import json, sys
sys.path.append(sys.argv[2])  # bench/, after PYTHONPATH: kg comes from the copy when one is given
from corpus_io import compiled_extract_modules, extraction_facts
from kg.loaders import load
from kg.loaders.extract.pipeline import extract
out = {}
for r in load([sys.argv[1]]).reports:
    out[r.source_file.rsplit('/', 1)[-1]] = extraction_facts(extract(r))
print(json.dumps({"facts": out, "compiled": compiled_extract_modules()}))
"""


def _extract(folder: Path, pythonpath: Path | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    run = subprocess.run([sys.executable, "-c", _RUN, str(folder), str(REPO / "bench")], capture_output=True, text=True,
                         env=env, cwd=folder)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not BUILT, reason="build/compiled not built (make compiled)")
def test_the_compiled_copy_reads_the_same_facts_as_the_sources(tmp_path):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    pure = _extract(tmp_path, None)
    compiled = _extract(tmp_path, COMPILED)
    assert pure["compiled"] == []
    assert "kg.loaders.extract.officials" in compiled["compiled"]
    assert "Lê Văn Khánh" in pure["facts"]["bo_nhiem.txt"]  # the comparison is of real facts
    assert compiled["facts"] == pure["facts"]


def _tree(tmp_path: Path) -> Path:
    """A copy of this checkout's kg folders, to edit without touching the repository."""
    tree = tmp_path / "tree"
    for folder in PACKAGE_DIRS.values():
        shutil.copytree(REPO / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    return tree


def _import_kg(copy: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], capture_output=True,
                          text=True, env=env, cwd=copy)


def test_a_copy_is_imported_while_its_sources_are_unchanged(tmp_path):
    tree = _tree(tmp_path)
    copy_tree(tree, tmp_path / "copy")
    run = _import_kg(tmp_path / "copy")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(tmp_path / "copy" / "kg" / "__init__.py")


def test_a_copy_older_than_an_edited_source_refuses_to_import(tmp_path):
    tree = _tree(tmp_path)
    copy_tree(tree, tmp_path / "copy")
    officials = tree / "loaders" / "extract" / "officials.py"
    officials.write_text(officials.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    run = _import_kg(tmp_path / "copy")
    assert run.returncode != 0
    assert "compiled copy older than" in run.stderr and "officials.py" in run.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypyc") is None, reason="mypy (which ships mypyc) not installed")
def test_the_extraction_modules_still_translate_with_mypyc(tmp_path):
    """Every module of loaders/extract, as the sources are now, goes through mypyc's translation to C
    (its type analysis and code generation, where it stops on what it cannot compile: a class deriving
    from ImportError, a return annotation that says fewer items than are returned and unpacked, a name
    annotated again with another type). Only gcc's step is left out. Three such edits, each in another
    helper's commit, left `make compiled` failing for days unnoticed before round 43."""
    run = subprocess.run([sys.executable, str(REPO / "bench" / "compile_mypyc.py"), "--out", str(tmp_path / "copy"),
                          "--translate-only"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert list((tmp_path / "copy" / "build").glob("__native_*.c"))
