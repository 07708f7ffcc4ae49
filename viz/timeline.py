"""A timeline of tenures: a person's career (one row per post) or a post's holders (one row per person).

Read from the ``holds`` edges of the projection (:mod:`kg.viz.projection`), which carry the tenure's
``status`` and dates: a bar runs from the stated ``startDate`` (else when reports first saw the
tenure, ``firstSeen``) to the stated ``endDate`` (else ``lastSeen``). Solid bars are stated dates,
hatched ones only what reports saw; a tenure seen on one day is a dot. Dates without a year
("--12-08") cannot be placed and are listed under the chart.

The page is static HTML with inline SVG: no script at all (its Content-Security-Policy allows none),
every text escaped, native SVG tooltips (``<title>``) for the details.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

import networkx as nx

STATUS_COLOURS = {"holds": "#2e7d32", "appointed": "#1565c0", "nominated": "#ef6c00", "former": "#757575",
                  "left": "#9e9e9e"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def year_fraction(value: str | None, end: bool = False) -> float | None:
    """"2024-05-02" -> 2024.33; "2024" -> 2024.0 (2025.0 as an end); "--12-08" -> None (no year)."""
    if not value:
        return None
    m = _DATE.match(str(value))
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2) is None:
        return float(y + 1 if end else y)
    mo = int(m.group(2))
    if m.group(3) is None:
        return y + (mo if end else mo - 1) / 12
    try:
        d = date(y, mo, int(m.group(3)))
    except ValueError:
        return y + (mo - 1) / 12
    return y + (d.timetuple().tm_yday - 1) / 365.25


@dataclass
class Bar:
    label: str
    sub: str  # the other end's class or organization, shown small
    status: str
    start: str | None
    end: str | None
    stated_start: bool
    stated_end: bool
    reports: int

    @property
    def span(self) -> tuple[float, float] | None:
        a = year_fraction(self.start)
        b = year_fraction(self.end, end=True) if self.end else None
        if a is None and b is None:
            return None
        a = a if a is not None else b
        b = b if b is not None else a
        return (min(a, b), max(a, b))


def tenures(G: nx.MultiDiGraph, node: str) -> list[Bar]:
    """The holds edges of a person (out) or a post (in), as bars, oldest first."""
    d = G.nodes[node]
    edges = (G.out_edges(node, keys=True, data=True) if d.get("cls") == "Person"
             else G.in_edges(node, keys=True, data=True))
    bars = []
    for u, v, _, e in edges:
        if e.get("pred") != "holds":
            continue
        other = v if u == node else u
        od = G.nodes[other]
        org = next((G.nodes[o]["label"] for _, o, k in G.out_edges(other, keys=True) if k == "postIn"), "")
        bars.append(Bar(label=od.get("label", other), sub=org if d.get("cls") == "Person" else "",
                        status=str(e.get("status", "")),
                        start=e.get("startDate") or e.get("firstSeen"), end=e.get("endDate") or e.get("lastSeen"),
                        stated_start=bool(e.get("startDate")), stated_end=bool(e.get("endDate")),
                        reports=len(e.get("reports", []))))
    return sorted(bars, key=lambda b: ((b.span or (9999.0, 9999.0))[0], b.label))


def render(G: nx.MultiDiGraph, node: str, *, title: str | None = None) -> str:
    """The timeline page of ``node`` (a Person or a Post) as a string."""
    d = G.nodes[node]
    kind = "Quá trình công tác / Career" if d.get("cls") == "Person" else "Người giữ chức vụ / Holders"
    title = title or f"{d.get('label', node)}: {kind}"
    bars = tenures(G, node)
    placed = [b for b in bars if b.span]
    unplaced = [b for b in bars if not b.span]
    lo = min((b.span[0] for b in placed), default=2000.0)
    hi = max((b.span[1] for b in placed), default=lo + 1)
    lo, hi = float(int(lo)), float(int(hi) + 1)
    left, width, row = 380, 620, 30
    height = 50 + row * max(len(placed), 1)

    def x(t: float) -> float:
        return left + (t - lo) / (hi - lo) * width

    e = html.escape
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 30}" height="{height}" '
             f'role="img" aria-label="{e(title)}">',
             '<defs><pattern id="seen" width="6" height="6" patternUnits="userSpaceOnUse" '
             'patternTransform="rotate(45)"><rect width="3" height="6" fill="currentColor"/></pattern></defs>']
    step = 1 if hi - lo <= 12 else 2 if hi - lo <= 24 else 5
    for yr in range(int(lo), int(hi) + 1, step):
        parts.append(f'<line x1="{x(yr):.1f}" y1="20" x2="{x(yr):.1f}" y2="{height - 10}" stroke="#e0e0e0"/>'
                     f'<text x="{x(yr):.1f}" y="14" font-size="11" text-anchor="middle" fill="#555">{yr}</text>')
    for i, b in enumerate(placed):
        y = 30 + i * row
        a, z = b.span  # type: ignore[misc]
        colour = STATUS_COLOURS.get(b.status, "#607d8b")
        tip = (f"{b.label}{' — ' + b.sub if b.sub else ''}\n{b.status}: {b.start or '?'} → {b.end or '?'}"
               f"{' (stated)' if b.stated_start or b.stated_end else ' (seen in reports)'}; {b.reports} report(s)")
        label = b.label if len(b.label) <= 52 else b.label[:51] + "…"
        parts.append(f'<g><title>{e(tip)}</title>'
                     f'<text x="{left - 8}" y="{y + 15}" font-size="12" text-anchor="end">{e(label)}</text>')
        if z - a < 0.02:
            parts.append(f'<circle cx="{x(a):.1f}" cy="{y + 11}" r="6" fill="{colour}"/>')
        else:
            fill = colour if (b.stated_start or b.stated_end) else "url(#seen)"
            parts.append(f'<rect x="{x(a):.1f}" y="{y + 3}" width="{max(x(z) - x(a), 2):.1f}" height="16" rx="3" '
                         f'fill="{fill}" stroke="{colour}" style="color:{colour}"/>')
        parts.append("</g>")
    parts.append("</svg>")
    legend = " ".join(f'<span class="k" style="background:{c}"></span>{e(s)}' for s, c in STATUS_COLOURS.items())
    missing = "".join(f"<li>{e(b.label)} — {e(b.status)}, {e(str(b.start or '?'))} → {e(str(b.end or '?'))}</li>"
                      for b in unplaced)
    empty = "" if bars else "<p>Không có nhiệm kỳ nào. / No tenure in the graph.</p>"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{e(title)}</title>
<style>body{{font:14px system-ui,sans-serif;margin:20px;color:#222}} h1{{font-size:18px}}
.k{{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:-1px;border-radius:2px}}
.note{{color:#555}}</style></head>
<body><h1>{e(title)}</h1>
<p class="note">Thanh đặc: ngày bổ nhiệm/thôi giữ chức được nêu; thanh gạch: chỉ khoảng thời gian các bài báo
nhắc đến. / Solid: stated start or end; hatched: only when reports saw it. {legend}</p>
{empty}{''.join(parts) if placed else ''}
{f'<p>Không xác định được năm / no year known:</p><ul>{missing}</ul>' if missing else ''}
</body></html>
"""
