"""Data flows one way: load -> extract -> resolve -> graph -> build -> analytics / sync / views -> commands.

Every module of kg is read (its source, not imported) and each of its imports, at any depth in the
file, is checked against the stage order below. A module may import its own stage, the ground floor
and earlier stages, never a later one. The stages after extraction see reports only through the
document model (``kg.model``, on the ground floor): they never import the loaders or the extractors.
No command imports another command: what two commands share lives in a lower module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The folders that are installed under the kg namespace (pyproject.toml's package-dir).
PACKAGE_DIRS = {"kg": ROOT / "kg", "kg.loaders": ROOT / "loaders", "kg.viz": ROOT / "viz",
                "kg.ontology": ROOT / "ontology"}

# The stage order, earliest first. A module belongs to the stage of the longest prefix that names it.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("ground", (
        "kg", "kg.model", "kg.textkey", "kg.vocab", "kg.iris", "kg.collector", "kg.ontology", "kg.reference",
        "kg.errors",
    )),
    ("load", ("kg.loaders",)),
    ("extract", ("kg.loaders.extract",)),
    ("resolve", ("kg.resolve", "kg.persons", "kg.decisions")),
    ("graph", ("kg.graph",)),
    ("build", ("kg.build", "kg.evaluate", "kg.parallel", "kg.store", "kg.blocks", "kg.resolution_eval")),
    ("analytics", ("kg.analytics", "kg.identities")),
    ("sync", ("kg.sync",)),
    ("export", ("kg.export",)),
    ("views", ("kg.viz",)),
    ("commands", ("kg.commands", "kg.cli")),
    ("api", ("kg.api",)),  # ``import kg``'s functions (kg/__init__.py resolves them on first use)
]

# Stages that receive their input as model objects or RDF, and so never reach into the loaders.
SEE_ONLY_THE_MODEL = {"resolve", "graph", "analytics", "sync", "export", "views"}
UPSTREAM_OF_THE_MODEL = {"load", "extract"}

ORDER = {name: i for i, (name, _) in enumerate(STAGES)}


def stage_of(module: str) -> str | None:
    """The stage of a kg module, or None for a module outside kg (the standard library, rdflib...)."""
    best: tuple[int, str] | None = None
    for name, prefixes in STAGES:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), name)
    return best[1] if best else None


def modules() -> list[tuple[str, Path]]:
    """Every Python module of kg as (dotted name, file)."""
    out = []
    for package, folder in PACKAGE_DIRS.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out.append((".".join([package, *parts]), path))
    return out


def imports(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file, relative ones made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # "from kg import analytics" imports kg.analytics; "from kg.graph import Triple" is in kg.graph.
            out += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return out


def violations(mods: list[tuple[str, Path]] | None = None) -> list[str]:
    """One line per import that goes against the stage order, naming the file and line."""
    found = []
    for module, path in modules() if mods is None else mods:
        here = stage_of(module)
        assert here is not None, f"{module} belongs to no stage: add it to STAGES"
        for line, target in imports(module, path):
            there = stage_of(target)
            if there is None:
                continue
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            where = f"{shown}:{line}: {module} ({here}) imports {target} ({there})"
            if ORDER[there] > ORDER[here]:
                found.append(f"{where}: a later stage")
            elif here in SEE_ONLY_THE_MODEL and there in UPSTREAM_OF_THE_MODEL:
                found.append(f"{where}: past the model, into the loaders")
            elif here == there == "commands" and target.startswith("kg.commands.") and module != "kg.commands":
                found.append(f"{where}: another command")
    return found


def test_every_kg_module_has_a_stage():
    assert [m for m, _ in modules() if stage_of(m) is None] == []


# Imports that break the rules and are still to be moved down; the list only shrinks.
STILL_TO_MOVE: set[tuple[str, str]] = set()


def test_no_module_imports_a_later_stage_or_reaches_past_the_model():
    found = violations()
    known = {v for v in found if any(f" {m} (" in v and f" imports {t} (" in v for m, t in STILL_TO_MOVE)}
    assert [v for v in found if v not in known] == []
    assert len(known) == len(STILL_TO_MOVE), "an import of STILL_TO_MOVE has gone: strike it from the list"


@pytest.mark.parametrize("source, complaint", [
    ("from kg.viz.html import write_html\n", "a later stage"),
    ("from kg.loaders.extract.directives import directive_key\n", "past the model"),
])
def test_the_check_catches_a_backward_import(tmp_path, source, complaint):
    """The check itself can fail: a graph module that imports the view, or the extractor, is caught."""
    bad = tmp_path / "graph.py"
    bad.write_text("def f():\n    " + source, encoding="utf-8")
    found = violations([("kg.graph", bad)])
    assert len(found) == 1 and complaint in found[0]


@pytest.mark.parametrize("spec, message", [
    ("nowhere:extract_nothing", "no module kg.loaders.extract.nowhere"),
    ("directives:extract_nothing", "has no extract_nothing()"),
])
def test_a_missing_extraction_component_stops_the_pipeline(monkeypatch, spec, message):
    """A component that is named but missing is an error, not a quietly smaller graph."""
    from kg.loaders.extract import pipeline

    monkeypatch.setattr(pipeline, "COMPONENTS", [*pipeline.COMPONENTS, spec])
    with pytest.raises(pipeline.MissingComponent, match=message):
        pipeline.components()
