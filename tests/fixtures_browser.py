"""Headless Chromium for the HTML view tests, driven by playwright through Debian's ``chromium``.

playwright's own browser download is never used (``playwright install`` is not run): the tests
launch the system's ``/usr/bin/chromium`` (``make browser`` installs it). When it is missing the
tests FAIL with a message saying how to install it; they never skip, because a view that was never
opened in a browser is not tested.

``open_page(path)`` loads a file:// URL and records every console message, page error and network
request, so a test can assert "no console error, no network request".
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    """The chromium binary, or a pytest failure that says how to get it."""
    path = CHROMIUM if os.path.isabs(CHROMIUM) else shutil.which(CHROMIUM) or CHROMIUM
    if not os.access(path, os.X_OK):
        pytest.fail(f"headless Chromium not found at {path}: run `make browser` (as root it runs "
                    f"`apt-get install -y chromium`) or set KG_CHROMIUM to a Chromium binary", pytrace=False)
    return path


@dataclass
class PageLog:
    """What a page did while loading and being used."""

    console: list[tuple[str, str]] = field(default_factory=list)  # (type, text)
    errors: list[str] = field(default_factory=list)  # uncaught exceptions
    requests: list[str] = field(default_factory=list)  # every URL the page asked for

    @property
    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"]

    @property
    def network_requests(self) -> list[str]:
        """Requests that would leave the machine (anything but the page's own file:// and data:)."""
        return [u for u in self.requests if not u.startswith(("file://", "data:", "about:"))]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extras install it
        pytest.fail("python playwright is missing: `make venv-test` installs the test extras", pytrace=False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def open_page(browser):
    """``open_page(path, wait_ready=True) -> (page, log)``: the HTML file opened from file://."""
    contexts = []

    def _open(path: Path, *, wait_ready: bool = True, timeout_ms: int = 30_000):
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(ctx)
        page = ctx.new_page()
        log = PageLog()
        page.on("console", lambda m: log.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: log.errors.append(str(e)))
        page.on("request", lambda r: log.requests.append(r.url))
        page.goto(Path(path).resolve().as_uri())
        if wait_ready:
            page.wait_for_function("window.kgReady === true", timeout=timeout_ms)
        return page, log

    yield _open
    for ctx in contexts:
        ctx.close()
