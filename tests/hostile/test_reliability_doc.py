"""docs/reliability.md is the suite's own account: regenerated from tests/hostile, it must not change."""

from __future__ import annotations

import importlib.util

from tests.conftest import REPO


def test_the_reliability_page_is_current():
    spec = importlib.util.spec_from_file_location("gen_reliability", REPO / "scripts" / "gen_reliability.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    page = (REPO / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert page == gen.render(), "docs/reliability.md is stale: run python scripts/gen_reliability.py"
