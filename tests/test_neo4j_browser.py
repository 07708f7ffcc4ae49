"""Neo4j Browser, served by the local server, in headless Chromium: loads, logs in, draws kg's graph.

``make neo4j-start`` serves the HTTP API and the Browser at http://127.0.0.1:$KG_NEO4J_HTTP_PORT/browser/
(default 7474). Every request the page makes is recorded and anything not addressed to this machine is
refused: the test fails if one was even attempted. After login the Browser applies kg's style sheet
(``/browser/kg.grass``, from the ontology), so a Person is drawn in the ontology's Person colour.
"""

from __future__ import annotations

import os
import urllib.request

import pytest

from kg import vocab
from kg.sync.engine import Syncer
from tests.fixtures_browser import CHROMIUM_ARGS, chromium_path
from tests.fixtures_neo4j import REPORT_A, REPORT_B, write_build

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def http_port() -> int:
    """The Browser's port; a server started with the HTTP connector off cannot be tested here, and
    the test says so (a failure naming the setting, not a ValueError, and never a silent skip)."""
    value = os.environ.get("KG_NEO4J_HTTP_PORT", "7474")
    if not value.isdigit():
        pytest.fail(f"KG_NEO4J_HTTP_PORT={value!r}: the local server was started without its HTTP "
                    "connector, so the Neo4j Browser cannot be tested; start it with a port "
                    "(the default 7474) or deselect with -m 'not browser'", pytrace=False)
    return int(value)


def test_the_local_server_answers_http_with_its_bolt_address():
    with urllib.request.urlopen(f"http://127.0.0.1:{http_port()}/", timeout=10) as r:
        body = r.read().decode()
    assert f"bolt://127.0.0.1:{os.environ.get('KG_NEO4J_PORT', '7687')}" in body


def test_browser_logs_in_runs_a_query_and_draws_nodes_in_kgs_colours(neo4j_db, tmp_path):
    from playwright.sync_api import sync_playwright

    Syncer(neo4j_db, "neo4j").sync(write_build(tmp_path / "b", REPORT_A, REPORT_B))
    person_colour = next(c.colour for c in vocab.load().classes.values() if c.name == "Person").lower()
    refused: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})

            def route(r):
                if r.request.url.startswith(LOCAL):
                    r.continue_()
                else:
                    refused.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(f"http://127.0.0.1:{http_port()}/browser/")
            page.wait_for_selector('[data-testid="password"]', timeout=90_000)
            page.fill('[data-testid="username"]', "neo4j")
            page.fill('[data-testid="password"]', os.environ.get("KG_NEO4J_PASSWORD", "kg-local-neo4j"))
            page.click('[data-testid="connect"]')
            page.wait_for_selector("text=You are connected", timeout=90_000)
            page.wait_for_selector("text=kg.grass", timeout=30_000)  # the style applied after login
            page.click('[data-testid="activeEditor"]')
            page.keyboard.type("MATCH (p:Person)-[h:HOLDS]->(post:Post) RETURN p, h, post")
            page.click('[data-testid="editor-Run"]')
            page.wait_for_selector("svg .node", timeout=60_000)
            fills = page.eval_on_selector_all("svg .node circle", "els => els.map(e => e.getAttribute('fill'))")
            labels = page.eval_on_selector_all("svg .node text", "els => els.map(e => e.textContent)")
        finally:
            browser.close()
    assert not refused, f"the Browser tried to leave the machine: {refused}"
    assert person_colour in [f.lower() for f in fills if f]
    assert any("Hồ Quốc" in t for t in labels), labels
