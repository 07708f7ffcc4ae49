"""Compile kg's extraction modules with mypyc into a separate directory (an experiment, opt-in only).

usage: python bench/compile_mypyc.py [--out DIR] [--tree DIR] [--modules NAME ...] [--opt-level N]

Why a separate directory: a compiled ``officials.cpython-311-*.so`` next to ``officials.py`` is
imported instead of it, so an edit to the source would silently not run. The repository's
``loaders/`` tree is never written; the script copies the kg tree (``kg``, ``loaders``, ``viz``,
``ontology``; working files, uncommitted edits included) into DIR in the installed layout
(``DIR/kg/loaders/...``) and compiles there. ``PYTHONPATH=DIR`` then runs the compiled copy; without
it nothing changes. The copy is a snapshot: rebuild after every edit.

Why the copy differs from the sources: mypyc compiles only code that mypy accepts, and kg's
extraction modules are annotated for readers, not checked (67 mypy errors over the 16 modules: a
value read off an ``object``, an Optional used without a test, a name reused with another type).
The copy gets a mypy.ini that ignores type errors in kg's modules: mypyc then compiles those
lines with generic (dynamic) operations, but still checks declared types at run time, where a value
that does not fit its annotation would raise TypeError (none did over the corpus). One line mypyc
cannot compile at all (an internal error, :data:`REWRITES`) is rewritten in the copy. The copy's
kg/__init__.py refuses to import once any source file differs from the one compiled (:data:`GUARD`).
bench/bench_compiled.py, bench/bench_instructions.py and tests/test_compiled.py compare the
compiled copy's output with the sources'.

Needs ``mypy`` (which ships mypyc), a C compiler and the Python headers: ``pip install mypy``,
Debian's gcc and python3-dev.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE_DIRS = {"kg": "kg", "kg/loaders": "loaders", "kg/viz": "viz", "kg/ontology": "ontology"}
# The hot modules of extraction (bench_pipeline.py --profile): every module of loaders/extract, read
# from the folder, so that a new component (tenure_dates was missed when it came) is compiled and its
# calls type-checked against the compiled modules' annotations.
DEFAULT_MODULES = sorted(p.stem for p in (REPO / "loaders" / "extract").glob("*.py") if p.stem != "__init__")
MYPY_FLAGS = ["--python-version", "3.11", "--ignore-missing-imports", "--follow-imports=silent",
              "--allow-redefinition-new", "--local-partial-types"]
# Source lines mypyc cannot compile, rewritten in the copy: (module, line as written, replacement). A
# variable annotated again where it is reused (organizations' q). Until the thirty-first round the list also
# held three source mistakes mypyc trips on (careers._move_tables annotated five tables where it returns six;
# events' "today" a date from a walrus and a set; officials._attach's "t" a Title and an int): they are
# fixed in the sources now, so every later edit meets them as a test failure (tests/test_compiled.py), not a
# rewrite.
# A while loop whose condition is a chain of "and" ending in a call (directives._read_tail, 86d7df8b): mypyc
# 2.4.1 writes C that gcc refuses (``goto CPyL-1;``, a jump to a block it never numbered); the copy tests the
# condition inside ``while True``.
_WHILE_SEMICOLON = ("        while not nested and stop is not None and stop.group() == \";\" \\\n"
                    "                and _semicolon_piece().match(k, stop.end(), limit):\n")
_WHILE_SEMICOLON_BROKEN = ("        while True:\n"
                           "            if not (not nested and stop is not None and stop.group() == \";\"\n"
                           "                    and _semicolon_piece().match(k, stop.end(), limit)):\n"
                           "                break\n")
REWRITES = [("organizations", "q: OrgParse | None = p", "q = p"),
            ("directives", _WHILE_SEMICOLON, _WHILE_SEMICOLON_BROKEN)]
# A class deriving from a builtin type other than object (``class MissingComponent(ImportError)``,
# pipeline.py since dd67d309, which stopped every build until round 43): mypyc cannot make it a native
# class ("Inheriting from most builtin types is unimplemented"), so the copy marks it an ordinary
# Python class, which mypyc compiles (mypy_extensions.mypyc_attr(native_class=False)).
BUILTIN_BASE = re.compile(r"^class \w+\((?:[A-Z]\w*Error|Exception|BaseException|dict|list|set|str|int|tuple)\b",
                          re.MULTILINE)
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error:")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", default=str(REPO), help="the kg checkout to compile (default: this one)")
    ap.add_argument("--out", default=str(REPO / "build" / "compiled"))
    ap.add_argument("--modules", nargs="*", default=DEFAULT_MODULES,
                    help="modules of kg.loaders.extract to compile (default: all)")
    ap.add_argument("--opt-level", default="3")
    ap.add_argument("--translate-only", action="store_true",
                    help="stop once mypyc has written the C (seconds, no C compiler): does the copy still compile?")
    args = ap.parse_args()
    out = Path(args.out).resolve()
    copy_tree(Path(args.tree).resolve(), out)
    files = [f"kg/loaders/extract/{m}.py" for m in args.modules]
    rewrite(out)
    if args.translate_only:
        silence_errors(out, files, count=False)
        build(out, files, args.opt_level, translate_only=True)
        print(f"mypyc translated {len(files)} modules into C in {out}/build", file=sys.stderr)
        return
    errors = silence_errors(out, files)
    print(f"{errors} mypy errors in the compiled modules, ignored (mypy.ini in the copy)", file=sys.stderr)
    start = time.monotonic()
    build(out, files, args.opt_level)
    print(f"compiled {len(files)} modules into {out} in {time.monotonic() - start:.0f} s", file=sys.stderr)


def copy_tree(tree: Path, out: Path) -> None:
    """``tree``'s kg folders into ``out`` in the installed layout, replacing an older copy, with the
    guard that refuses to import the copy once a source has changed (:func:`guard`)."""
    if out.exists():
        shutil.rmtree(out)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyc")
    for target, folder in PACKAGE_DIRS.items():
        shutil.copytree(tree / folder, out / target, ignore=ignore, dirs_exist_ok=True)
    guard(tree, out)


def sources(tree: Path) -> dict[str, str]:
    """sha256 of every file of ``tree``'s kg folders (data tables included), by path in ``tree``."""
    out = {}
    for folder in PACKAGE_DIRS.values():
        for path in sorted((tree / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".so", ".pyc"):
                out[str(path.relative_to(tree))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


# Appended to the copy's kg/__init__.py: importing a copy older than its sources fails loudly.
GUARD = """

def _compiled_copy_is_current() -> None:
    # Written by bench/compile_mypyc.py: this kg is a compiled snapshot of {tree}.
    import hashlib as _h
    import json as _j
    from pathlib import Path as _P

    _tree = _P({tree!r})
    for _rel, _digest in _j.loads((_P(__file__).parent / "_compiled_sources.json").read_text()).items():
        _src = _tree / _rel
        if not _src.is_file() or _h.sha256(_src.read_bytes()).hexdigest() != _digest:
            raise ImportError(f"{{_P(__file__).parent.parent}} is a compiled copy older than {{_src}}: "
                              "run `make compiled` again, or run without PYTHONPATH")


_compiled_copy_is_current()
"""


def guard(tree: Path, out: Path) -> None:
    """Record the sources' digests in the copy and append :data:`GUARD` to its kg/__init__.py."""
    (out / "kg" / "_compiled_sources.json").write_text(json.dumps(sources(tree), indent=0), encoding="utf-8")
    init = out / "kg" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + GUARD.format(tree=str(tree)), encoding="utf-8")


def rewrite(root: Path) -> None:
    """Apply :data:`REWRITES` to the copy (a rewrite whose line is gone is skipped)."""
    for module, old, new in REWRITES:
        path = root / "kg" / "loaders" / "extract" / f"{module}.py"
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")
            print(f"{module}: rewrote {old!r} -> {new!r}", file=sys.stderr)
    for path in sorted((root / "kg" / "loaders" / "extract").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        new, n = BUILTIN_BASE.subn(lambda m: "@_mypyc_attr(native_class=False)\n" + m.group(0), text)
        if n:
            # after the module's docstring and __future__ import, which must stay first
            head, sep, rest = new.partition("from __future__ import annotations\n")
            new = head + sep + "from mypy_extensions import mypyc_attr as _mypyc_attr\n" + rest
            print(f"{path.stem}: {n} class(es) deriving from a builtin made non-native", file=sys.stderr)
        if new != text:
            path.write_text(new, encoding="utf-8")


def silence_errors(root: Path, files: list[str], count: bool = True) -> int:
    """Write a mypy config in ``root`` that ignores type errors in kg's modules, and return how many
    mypy finds in ``files`` (what shipping mypyc for real would have to fix; 0 unless ``count``)."""
    (root / "mypy.ini").write_text("[mypy]\n[mypy-kg.*]\nignore_errors = True\n", encoding="utf-8")
    if not count:
        return 0
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "/dev/null", *MYPY_FLAGS, *files],
                         cwd=root, capture_output=True, text=True)
    return sum(1 for line in run.stdout.splitlines() if ERROR.match(line))


def build(root: Path, files: list[str], opt_level: str, translate_only: bool = False) -> None:
    """mypyc's setuptools build, in place in ``root`` (extension modules next to the copied sources);
    with ``translate_only``, only mypyc's translation to C (where its internal errors are raised)."""
    setup = root / "_setup_mypyc.py"
    ext = f"mypycify({[*MYPY_FLAGS, *files]!r}, opt_level={opt_level!r}, debug_level='0')"
    setup.write_text(
        "from mypyc.build import mypycify\n" + (f"{ext}\n" if translate_only else
        "from setuptools import setup\n"
        f"setup(name='kg_compiled', py_modules=[], ext_modules={ext}, script_args=['build_ext', '--inplace'])\n"),
        encoding="utf-8")
    run = subprocess.run([sys.executable, setup.name], cwd=root, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stdout[-5000:] + run.stderr[-5000:])
        raise SystemExit("mypyc build failed")


if __name__ == "__main__":
    main()
