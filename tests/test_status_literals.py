"""Every tenure status the code compares against is one ontology/shapes.ttl allows.

Why: the statuses are the ontology's (``kg:status``'s ``sh:in`` list, read by
:func:`kg.vocab.tenure_statuses`); code that tests ``pm.status == "hold"`` (a typo) or a status the
ontology dropped would silently never match. This reads every module's comparisons of a ``status``
name or attribute with string constants and checks each constant against the ontology's list.
"""

from __future__ import annotations

import ast
from pathlib import Path

from kg.vocab import tenure_statuses

ROOT = Path(__file__).resolve().parent.parent


def _is_status(node: ast.AST) -> bool:
    """``status`` or ``x.status``: a name or attribute called ``status``."""
    if isinstance(node, ast.Name):
        return node.id == "status"
    if isinstance(node, ast.Attribute):
        return node.attr == "status"
    return False


def _constants(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def status_literals(source: str) -> list[tuple[int, str]]:
    """(line, constant) of each string a ``status`` is compared with (==, !=, in, not in)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and _is_status(node.left):
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)):
                    out.extend((node.lineno, c) for c in _constants(right))
    return out


def test_the_reader_finds_a_misspelt_status():
    found = status_literals('if pm.status == "hold" or status in ("former", "left"):\n    pass\n')
    assert found == [(1, "hold"), (1, "former"), (1, "left")]
    assert "hold" not in tenure_statuses()


def test_every_status_the_code_compares_with_is_the_ontologys():
    allowed = set(tenure_statuses())
    bad, seen = [], 0
    for folder in ("kg", "loaders", "viz"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for line, value in status_literals(path.read_text(encoding="utf-8")):
                seen += 1
                if value not in allowed:
                    bad.append(f"{path.relative_to(ROOT)}:{line}: {value!r}")
    assert seen > 20, "the reader found the code's status comparisons"
    assert not bad, "statuses the ontology does not allow:\n" + "\n".join(bad)
