"""The province of a provincial outlet, from its name or its web address (``data/publishers.tsv``).

>>> province_of_publisher("Báo Ninh Thuận"), province_of_publisher("báo điện tử Bình Định")
('Ninh Thuận', 'Bình Định')
>>> province_of_publisher(None, "https://baoninhthuan.com.vn/news/a.html"), province_of_publisher("Tuổi Trẻ")
('Ninh Thuận', None)
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from kg.loaders.places import canonical_province
from kg.reference.tables import table
from kg.textkey import compact

_LEADING = ("báo điện tử ", "báo ", "bao ", "tạp chí ")


def _outlet_key(name: str) -> str:
    c = compact(name)
    for lead in _LEADING:
        if c.startswith(lead):
            return c[len(lead) :]
    return c


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(outlet key -> province, site label -> province)."""
    by_name: dict[str, str] = {}
    by_site: dict[str, str] = {}
    for row in table("publishers.tsv"):  # every province is checked against provinces.tsv when read
        canonical = canonical_province(row["province"]) or row["province"]
        by_name[_outlet_key(row["outlet"])] = canonical
        if row["site_label"]:
            by_site[row["site_label"].lower()] = canonical
    return by_name, by_site


def province_of_publisher(publisher: str | None, url: str | None = None) -> str | None:
    """The province of a known provincial outlet (by name, else by the URL's host), or None."""
    by_name, by_site = _table()
    if publisher:
        hit = by_name.get(_outlet_key(publisher))
        if hit:
            return hit
        if "." in publisher and " " not in publisher.strip():  # a host written as the publisher
            url = url or "//" + publisher.strip()
    if url:
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        except ValueError:  # "[" opens an IPv6 host that never closes ("//.["): no host to read a province from
            host = ""
        for label in host.lower().split("."):
            if label in by_site:
                return by_site[label]
    return None
