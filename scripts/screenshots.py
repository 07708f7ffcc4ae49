"""The screenshots in docs/: views of a corpus build and Neo4j Browser on the local server, in headless Chromium.

    kg build ../shared/corpus --out /tmp/corpus
    python scripts/screenshots.py --build /tmp/corpus --person "NAME" [--timeline-person NAME] [--browser]

Writes docs/view-overview.png, docs/view-focus-depth1.png, docs/view-focus-depth2.png and
docs/view-timeline.png; with ``--browser`` also docs/neo4j-browser.png (the local server must run,
``make neo4j-start``, with a graph synced; the Browser's port is ``KG_NEO4J_HTTP_PORT``, 7474).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def kg(*args: str) -> None:
    p = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT)
    if p.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)}: {p.stderr.strip()}")
    print(p.stdout.strip())


def draw_views(args: argparse.Namespace, t: Path) -> None:
    kg("viz", str(args.build), "--overview", "--out", str(t / "overview.html"))
    for depth in (1, 2):
        kg("viz", str(args.build), "--focus", args.person, "--pick", args.pick, "--depth", str(depth),
           "--out", str(t / f"focus{depth}.html"))
    kg("viz", str(args.build), "--timeline", args.timeline_person or args.person, "--pick", args.pick,
       "--out", str(t / "timeline.html"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=Path, required=True)
    ap.add_argument("--person", required=True, help="whose focus views and career timeline to draw")
    ap.add_argument("--pick", default="1")
    ap.add_argument("--timeline-person", help="whose career timeline to draw (default: --person)")
    ap.add_argument("--browser", action="store_true", help="also Neo4j Browser on the local server")
    ap.add_argument("--browser-only", action="store_true", help="only Neo4j Browser")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        t = Path(tmp)
        views = [] if args.browser_only else [("overview.html", "view-overview.png", True),
                                              ("focus1.html", "view-focus-depth1.png", True),
                                              ("focus2.html", "view-focus-depth2.png", True),
                                              ("timeline.html", "view-timeline.png", False)]
        if views:
            draw_views(args, t)
        b = pw.chromium.launch(executable_path=os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"), args=ARGS)
        for src, dst, ready in views:
            page = b.new_page(viewport={"width": 1400, "height": 900})
            page.goto((t / src).as_uri())
            if ready:
                page.wait_for_function("window.kgReady === true", timeout=60_000)
                time.sleep(1)
            page.screenshot(path=str(DOCS / dst), full_page=not ready)
            print(f"wrote docs/{dst}")
            page.close()
        if args.browser or args.browser_only:
            port = os.environ.get("KG_NEO4J_HTTP_PORT", "7474")
            page = b.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
                ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")) else r.abort())
            page.goto(f"http://127.0.0.1:{port}/browser/")
            page.wait_for_selector('[data-testid="password"]', timeout=90_000)
            page.fill('[data-testid="username"]', "neo4j")
            page.fill('[data-testid="password"]', os.environ.get("KG_NEO4J_PASSWORD", "kg-local-neo4j"))
            page.click('[data-testid="connect"]')
            page.wait_for_selector("text=You are connected", timeout=90_000)
            page.wait_for_selector("text=kg.grass", timeout=30_000)
            page.click('[data-testid="activeEditor"]')
            page.keyboard.type("MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:POST_IN]->(o:Organization) "
                               "RETURN p, h, post, o LIMIT 40")
            page.click('[data-testid="editor-Run"]')
            page.wait_for_selector("svg .node", timeout=60_000)
            time.sleep(3)
            page.screenshot(path=str(DOCS / "neo4j-browser.png"))
            print("wrote docs/neo4j-browser.png")
        b.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
