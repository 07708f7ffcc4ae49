"""Fixtures every test module may use.

Tests that read the real corpus or the gold answers take the ``shared`` fixture: it points at
``../shared`` beside the checkout and skips, printing why, when that folder is absent (a user's own
clone). CI's .ci/run refuses to run without it, so there those tests always run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared")).resolve()
EXAMPLES = REPO / "examples"

# Area-specific fixtures live in their own modules, registered here.
pytest_plugins: list[str] = [
    "tests.fixtures_loaders",
    "tests.fixtures_officials",
    "tests.fixtures_directives",
    "tests.fixtures_viz",
    "tests.fixtures_browser",
    "tests.fixtures_neo4j",
]


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` (real corpus and gold); skips with the reason when it is not there."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared is not beside this checkout ({SHARED}): corpus and gold tests skipped")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared: Path) -> Path:
    return shared / "corpus"


@pytest.fixture(scope="session")
def gold_dir(shared: Path) -> Path:
    return shared / "gold" / "dev"
