"""kg: Vietnamese political news reports -> an RDF knowledge graph -> Neo4j and HTML views.

``import kg`` is the Python API (:mod:`kg.api`): ``kg.build(paths)`` returns a
:class:`kg.api.KnowledgeGraph` (``to_turtle()``, ``sparql(q)``, ``sync(uri)``, ``view(focus=...)``,
``networkx()``). The names are resolved on first use, so that ``import kg`` (and every ``kg``
command, which imports this package first) stays light, and the package itself, the ground floor of
the stage order (tests/test_layers.py), imports no later stage.

``kg.build`` is also the name of the build module (``kg/build.py``), which Python binds on the
package whenever it is imported. The package's class answers ``kg.build`` with one object that is
both: calling it builds a graph (:func:`kg.api.build`), its attributes are the module's.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_API = ("KnowledgeGraph", "View")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:  # run from a checkout without installing
        return "0+unknown"


__version__ = _version()
__all__ = ["__version__", "build", *_API]


class _Build:
    """``kg.build``: call it to build a graph; read attributes of it to reach the module kg.build."""

    def __call__(self, paths, **kwargs):
        return importlib.import_module("kg.api").build(paths, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("kg.build"), name)

    def __repr__(self) -> str:
        return "<kg.build: build(paths) -> KnowledgeGraph, and the module kg.build>"


class _Package(types.ModuleType):
    @property
    def build(self) -> _Build:
        return _BUILD

    @build.setter
    def build(self, module: types.ModuleType) -> None:
        pass  # the import system binding the submodule: sys.modules["kg.build"] already holds it


_BUILD = _Build()
sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module("kg.api"), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
