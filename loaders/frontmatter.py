"""A ``---`` metadata block at the top of a text file, for people who keep one file per report.

Only flat ``key: value`` lines (a value may be quoted); this is the subset of YAML people write
by hand for a title and a date, read without a YAML dependency.

>>> text = '---\\ntitle: "Hội nghị Tỉnh ủy"\\ndate: 2012-12-18\\n---\\nNgày 18-12 ...'
>>> split_front_matter(text)
({'title': 'Hội nghị Tỉnh ủy', 'date': '2012-12-18'}, 'Ngày 18-12 ...')
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\r?\n")
_CLOSE = re.compile(r"^[ \t]*(?:---|\.\.\.)[ \t]*\r?$", re.M)
_LINE = re.compile(r"^\s*([A-Za-z_][\w.-]*)\s*:\s*(.*?)\s*$")


class FrontMatterError(ValueError):
    pass


def split_front_matter(text: str) -> tuple[dict[str, str | None] | None, str]:
    """``(metadata, rest of the text)``; metadata is None when the text has no front matter."""
    m = _OPEN.match(text)
    if not m:
        return None, text
    close = _CLOSE.search(text, m.end())
    if not close:
        raise FrontMatterError("front matter opened with --- but never closed")
    meta: dict[str, str | None] = {}
    for n, line in enumerate(text[m.end() : close.start()].splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lm = _LINE.match(line)
        if not lm:
            raise FrontMatterError(f"front matter line {n} is not 'key: value': {line.strip()[:60]!r}")
        value = lm.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[lm.group(1).lower()] = None if value in ("", "null", "~") else value
    rest = text[close.end() :]
    return meta, rest.lstrip("\r\n")
