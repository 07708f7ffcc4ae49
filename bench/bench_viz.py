"""HTML view benchmark: generation time, file size and time-to-interactive in headless Chromium.

For synthetic graphs (kg.viz.synthetic) of 100, 1k, 10k and 50k entity nodes it measures, as
medians over ``--repeat`` runs:

- generation: projection (RDF -> networkx), layout, and the page (JSON + template), in seconds;
- the file's size;
- time until the page is interactive in headless Chromium: from navigation to the first frame drawn
  (``window.kgReady``) and to a search answered in the page, in seconds.

Baseline, measured in the same run: pyvis 0.3.2's own path (``Network.add_node``/``add_edge``, then
``generate_html``) on the same projection, for the sizes where it finishes in reasonable time;
the ratio column is pyvis time / kg time. Goal: 10k nodes interactive within 5 s.

Run: ``.venv/bin/python bench/bench_viz.py`` (``--sizes 100,1000 --repeat 3`` to change).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kg.viz.html import MAX_NODES, render
from kg.viz.layout import layout
from kg.viz.projection import project
from kg.viz.synthetic import synthetic_graph

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def pyvis_baseline(G, limit_s: float = 60.0) -> float | None:
    """pyvis's documented path on the same nodes and edges; None when skipped as too slow."""
    from pyvis.network import Network

    if G.number_of_nodes() > 10_000:
        return None  # measured in issue 7: 50k did not finish in 2 minutes
    t = time.perf_counter()
    net = Network(cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        net.add_node(n, label=d["label"], title=d["label"])
        if time.perf_counter() - t > limit_s:
            return None
    for u, v, d in G.edges(data=True):
        net.add_edge(u, v, title=d["pred"])
    net.toggle_physics(False)
    net.generate_html()
    return time.perf_counter() - t


def browser_times(path: Path, repeat: int) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    ready, usable = [], []
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(repeat):
            ctx = b.new_context(viewport={"width": 1400, "height": 900})
            page = ctx.new_page()
            t = time.perf_counter()
            page.goto(path.as_uri(), wait_until="commit", timeout=120_000)
            page.wait_for_function("() => window.kgReady === true", timeout=120_000, polling=20)
            ready.append(time.perf_counter() - t)
            page.fill("#search", "Nguyễn")
            page.wait_for_selector("#results li button", timeout=60_000)
            usable.append(time.perf_counter() - t)
            ctx.close()
        b.close()
    return statistics.median(ready), statistics.median(usable)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,1000,10000,50000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            g = synthetic_graph(n)
            proj, lay, page, total = [], [], [], []
            html = ""
            for _ in range(args.repeat):
                G, t_proj = timed(project, g)
                _, t_lay = timed(layout, G)
                html, t_page = timed(render, G, title=f"{n} nodes")  # includes its own layout
                proj.append(t_proj)
                lay.append(t_lay)
                page.append(t_page)
                total.append(t_proj + t_page)
            path = Path(tmp) / f"v{n}.html"
            path.write_text(html, encoding="utf-8")
            drawn = min(G.number_of_nodes(), MAX_NODES)
            base = None if args.no_baseline else pyvis_baseline(G)
            ready = usable = float("nan")
            if not args.no_browser:
                ready, usable = browser_times(path, args.repeat)
            rows.append((n, G.number_of_nodes(), drawn, G.number_of_edges(), statistics.median(proj),
                         statistics.median(lay), statistics.median(page), statistics.median(total),
                         path.stat().st_size / 1e6, base, ready, usable))
            r = rows[-1]
            print(f"{r[0]:>6} nodes={r[1]:>6} drawn={r[2]:>6} edges={r[3]:>6} project={r[4]:6.2f}s "
                  f"layout={r[5]:6.2f}s page={r[6]:6.2f}s total={r[7]:6.2f}s size={r[8]:6.2f}MB "
                  f"pyvis={'-' if r[9] is None else f'{r[9]:.2f}s'} "
                  f"ratio={'-' if r[9] is None else f'{r[9] / r[7]:.1f}x'} ready={r[10]:.2f}s "
                  f"interactive={r[11]:.2f}s", flush=True)
    print("\nmedians over", args.repeat, "runs; page = layout + JSON + template; interactive = navigation "
          "to first frame and a search answered; goal: 10k interactive < 5 s")


if __name__ == "__main__":
    main()
