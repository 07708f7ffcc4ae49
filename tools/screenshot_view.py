"""Screenshot an HTML view in headless Chromium (for docs/): optionally after selecting a node.

    .venv/bin/python tools/screenshot_view.py out/graph.html docs/view-seed.png --select "Nguyễn Chí Dũng"

Uses Debian's /usr/bin/chromium through playwright, like the browser tests.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("html", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--select", help="search this name and open its details before the screenshot")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=950)
    args = ap.parse_args()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = b.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(args.html.resolve().as_uri())
        page.wait_for_function("() => window.kgReady === true", timeout=120_000)
        if args.select:
            page.fill("#search", args.select)
            page.press("#search", "Enter")
            page.wait_for_function("() => document.querySelector('#details h2') !== null")
            page.wait_for_timeout(600)  # the focus animation
            page.evaluate("() => window.kgView.network.fit({animation: false})")
            page.wait_for_timeout(200)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.png))
        b.close()


if __name__ == "__main__":
    main()
