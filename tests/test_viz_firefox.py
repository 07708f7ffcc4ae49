"""The HTML view opened from file:// in Firefox too (Debian's firefox-esr over WebDriver BiDi).

Chromium carries the interactive tests (tests/test_viz_browser.py); this checks that the same file
works in the other engine a viewer may double-click it into: it draws, logs no error, asks the
network for nothing, and a script payload in a name stays text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.viz.html import write_html
from tests.conftest import REPO
from tests.fixtures_viz import XSS_TITLE, build_hostile, build_seedlike

pytestmark = pytest.mark.browser

FIREFOX = os.environ.get("KG_FIREFOX", "/usr/bin/firefox-esr")
TOOL = REPO / "tools" / "firefox"


def open_in_firefox(html: Path) -> dict:
    if not os.access(FIREFOX, os.X_OK):
        pytest.fail(f"Firefox not found at {FIREFOX}: run `make firefox` (as root it runs "
                    "`apt-get install -y firefox-esr`) or set KG_FIREFOX", pytrace=False)
    if not (TOOL / "node_modules" / "puppeteer-core").is_dir() or not shutil.which("node"):
        pytest.fail("tools/firefox has no node_modules: run `make firefox` (npm ci, no browser download)",
                    pytrace=False)
    out = subprocess.run(["node", str(TOOL / "check-view.mjs"), str(html.resolve()), FIREFOX],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_view_draws_in_firefox_from_a_file_with_no_error_and_no_network(tmp_path):
    page = tmp_path / "seed.html"
    write_html(build_seedlike(), page, title="seed")
    seen = open_in_firefox(page)
    assert seen["errors"] == []
    assert seen["external"] == []
    assert seen["drawn"] > 1000, "the network canvas stayed empty"


def test_script_payloads_in_the_heading_and_names_stay_text_in_firefox(tmp_path):
    page = tmp_path / "hostile.html"
    write_html(build_hostile(), page, title=XSS_TITLE)  # pyvis inserted its heading unescaped on load
    seen = open_in_firefox(page)
    assert seen["pwned"] is None
    assert seen["errors"] == []
    assert XSS_TITLE in seen["bodyText"], "the heading shows the payload as text"
