"""One reader per format: bytes of a file (or of stdin) to Reports, or :class:`Refused`.

Readers do not know about directories, globs or ids; :mod:`kg.loaders.api` hands each one a path,
the id to use and the byte limit. A reader raises :class:`Refused` with a one-line reason for bad
input; a JSON Lines reader instead yields a :class:`LoadError` for a bad line and goes on.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kg.loaders.build import EmptyText, build_report
from kg.loaders.decode import DecodeError, decode_bytes, sniff_binary, utf16_without_bom
from kg.loaders.frontmatter import FrontMatterError, split_front_matter
from kg.loaders.result import LoadError, Refused
from kg.model import Report
from kg.reference.tables import rows
from kg.textkey import compact

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def human_size(n: int) -> str:
    """ "6.2 MB", "2.0 kB", "512 bytes": a size as a person reads it in an error line."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, unreadable, empty and oversized files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Refused(f"file is {human_size(size)}, over the {human_size(max_bytes)} limit (kg build --max-size)")
        if size == 0:
            raise Refused("empty file")
        return path.read_bytes()
    except FileNotFoundError:
        raise Refused("no such file or directory") from None
    except IsADirectoryError:
        raise Refused("is a directory") from None
    except PermissionError:
        raise Refused("permission denied") from None
    except OSError as exc:
        raise Refused(f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes) -> tuple[str, str]:
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise Refused(str(exc)) from None


def _build(**kwargs: Any) -> Report:
    try:
        return build_report(**kwargs)
    except EmptyText as exc:
        raise Refused(str(exc)) from None


def printable(name: str) -> str:
    """A file name or value as text that can be printed and written as UTF-8: the bytes of a name
    that is not UTF-8 (Python's surrogate escapes) and lone surrogates become U+FFFD."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", name)


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(value: Any) -> Any:
    """JSON data with every lone surrogate ("\\ud800" escapes) in keys and strings made U+FFFD."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


class _TooDeep(ValueError):
    pass


def parse_json(text: str) -> Any:
    """``json.loads`` whose failures are all ``ValueError``: nesting too deep for the parser
    (RecursionError) is reported like malformed JSON, and strings come back scrubbed."""
    try:
        return scrub(json.loads(text))
    except RecursionError:
        raise _TooDeep("JSON nested too deeply") from None


def read_sidecar(path: Path, max_bytes: int) -> dict[str, Any] | None:
    """``STEM.json`` beside a report, or None; malformed JSON refuses the report."""
    sidecar = path.with_suffix(".json")
    try:
        if not sidecar.is_file():
            return None
    except OSError:  # "NAME.txt" of 255 bytes: "NAME.json" is too long a name to exist
        return None
    name = printable(sidecar.name)
    try:
        data = read_bytes(sidecar, max_bytes)
        text, _ = decode(data)
        meta = parse_json(text)
    except Refused as exc:
        raise Refused(f"sidecar {name}: {exc}") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise Refused(f"sidecar {name}: malformed JSON at {where}: {exc.msg}") from None
    except _TooDeep as exc:
        raise Refused(f"sidecar {name}: {exc}") from None
    if not isinstance(meta, dict):
        raise Refused(f"sidecar {name}: expected a JSON object, got {type(meta).__name__}")
    return meta


def text_report(data: bytes, *, report_id: str, source_file: str, sidecar: dict[str, Any] | None) -> Report:
    """A plain-text report: front matter (if any), then the sidecar's fields over it."""
    text, encoding = decode(data)
    try:
        front, body = split_front_matter(text)
    except FrontMatterError as exc:
        raise Refused(str(exc)) from None
    if is_markup(body):
        body = markup_text(body)
    meta: dict[str, Any] = dict(front or {})
    meta.update(sidecar or {})
    return _build(report_id=report_id, source_file=source_file, text=body, encoding=encoding, meta=meta)


_OPENING_TAG = re.compile(r"\s*<(?:!--|[a-zA-Z][a-zA-Z0-9]*[\s>/])")
_BLOCK_CLOSE = re.compile(r"</(?:p|div|td|tr|li|table|h[1-6])\s*>|<br\s*/?>", re.I)
MIN_MARKUP_BLOCKS = 5


def is_markup(text: str) -> bool:
    """Whether a plain-text report is an HTML fragment saved as text (a page's article body copied
    with its tags): it opens with a tag and closes at least :data:`MIN_MARKUP_BLOCKS` block elements.

    Such a file is not a page (no <html>, so trafilatura's boilerplate removal has nothing to remove
    and would run its lines together); read as text, its tags and attributes become words and its
    table rows one line. A report that merely mentions "<" in prose does not open with a tag."""
    return bool(_OPENING_TAG.match(text)) and len(_BLOCK_CLOSE.findall(text, 0, 200_000)) >= MIN_MARKUP_BLOCKS


def markup_text(text: str) -> str:
    """An HTML fragment's text, one line per block element (paragraph, table cell, list item, <br>),
    entities decoded, scripts and styles dropped: every block is kept, short ones too, because a
    fragment holds only the article (its short lines are list items and headings, not menus)."""
    ends = _related_links_headings()
    blocks: list[str] = []
    for block in _parsed(text).blocks:
        if compact(block) in ends:
            break
        blocks.append(block)
    return "\n".join(blocks)


def _related_links_headings() -> frozenset[str]:
    """The folded headings of loaders/data/related_links_headings.tsv: where a fragment's article ends."""
    return frozenset(compact(r["heading"]) for r in rows("related_links_headings.tsv"))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def _decode_html(data: bytes) -> tuple[str, str]:
    what = sniff_binary(data)
    if what:
        raise Refused(f"binary file ({what}), not HTML")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        try:
            name = codecs.lookup(declared).name  # "windows-1258" -> "cp1258"
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


# trafilatura falls back to whatever text a page has (a menu, a footer); an article has at least
# one sentence this long (in syllables), which menus and copyright lines do not.
MIN_ARTICLE_SENTENCE_WORDS = 10


def _has_prose(text: str) -> bool:
    from kg.loaders.sentences import split_sentences

    longest = max((len(text[s.start : s.end].split()) for s in split_sentences(text)), default=0)
    return longest >= MIN_ARTICLE_SENTENCE_WORDS


class _Paragraphs(HTMLParser):
    """Text of a page's paragraphs, skipping scripts, styles and navigation; no tree, so no depth limit."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form"})
    BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                       "tr", "td", "blockquote", "ul", "ol", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.in_title = False
        self.title: list[str] = []
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.blocks.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.current.append(data)


def _parsed(html: str) -> _Paragraphs:
    """``html`` read by :class:`_Paragraphs` to its end: its blocks and title."""
    parser = _Paragraphs()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a failure leaves what was read
        pass
    parser._flush()
    return parser


def _plain_article(html: str) -> tuple[str, str | None]:
    """The blocks of a page long enough to be prose (menus and link lists are short), and its title."""
    parser = _parsed(html)
    prose = [b for b in parser.blocks if len(b.split()) >= MIN_ARTICLE_SENTENCE_WORDS]
    title = " ".join("".join(parser.title).split()) or None
    return "\n".join(prose), title


def html_report(data: bytes, *, report_id: str, source_file: str, sidecar: dict[str, Any] | None) -> Report:
    """A news page: trafilatura finds the article text and the page's own title, date and site."""
    import trafilatura

    html, encoding = _decode_html(data)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except Exception as exc:  # a parser failure on a broken page is bad input, not a crash
            raise Refused(f"HTML could not be parsed: {type(exc).__name__}") from None
    assert not isinstance(doc, dict)  # a dict only when as_dict=True is asked for: a Document or None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not _has_prose(text):
        # trafilatura gives up on pages nested deeper than lxml parses (~255 levels) and may take
        # a huge menu for the page; a plain reading of the paragraphs finds the article there.
        text, title = _plain_article(html)
        if not _has_prose(text):
            raise Refused("HTML page with no article text")
        doc = None
    meta: dict[str, Any] = {
        "title": (doc.title if doc is not None else title) or None,
        "date": doc.date if doc is not None else None,
        "url": doc.url if doc is not None else None,
        "publisher": doc.sitename if doc is not None else None,
    }
    if not meta["title"]:
        del meta["title"]
    for name in ("author", "description", "categories", "tags"):
        value = getattr(doc, name, None) if doc is not None else None
        if value:
            meta[name] = value
    meta.update(sidecar or {})
    return _build(
        report_id=report_id, source_file=source_file, text=text, encoding=encoding, meta=meta,
        title_from_first_line=False,
    )


def _without_nul_records(data: bytes) -> tuple[bytes, set[int]]:
    """The file with each line that holds a raw NUL byte emptied, and those lines' numbers.

    JSON never holds a raw NUL, so in a JSON Lines file such a line is a broken record: refusing
    the whole file as binary would lose the good records around it. Only a file that is evidently
    JSON Lines (some line without NUL is a JSON object in UTF-8) is read this way; UTF-16 (NULs in
    every other byte) and binary files are left for the decoder to recognise and refuse in one line."""
    if b"\x00" not in data or sniff_binary(data) or data[:2] in (b"\xff\xfe", b"\xfe\xff") \
            or utf16_without_bom(data):
        return data, set()
    lines = data.split(b"\n")
    bad = {n for n, line in enumerate(lines, start=1) if b"\x00" in line}
    if not any(_is_json_object(line) for n, line in enumerate(lines, start=1) if n not in bad):
        return data, set()
    return b"\n".join(b"" if n in bad else line for n, line in enumerate(lines, start=1)), bad


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(parse_json(line.decode("utf-8")), dict)
    except (UnicodeDecodeError, ValueError, _TooDeep):
        return False


def jsonl_reports(data: bytes, *, stem: str, source_file: str) -> Iterator[Report | LoadError]:
    """One report per line (``text`` plus metadata fields); a bad line is an error for that line only."""
    data, nul_lines = _without_nul_records(data)
    text, encoding = decode(data)
    # Records end at "\n" only: str.splitlines() also splits at U+2028, U+2029, U+0085 and other
    # separators, which JSON allows raw inside a string.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if not any(line.strip() for line in lines) and not nul_lines:
        raise Refused("empty file")
    for n, line in enumerate(lines, start=1):
        if n in nul_lines:
            yield LoadError(source_file, f"line {n}: a raw NUL byte (JSON escapes it as \\u0000)")
            continue
        if not line.strip():
            continue
        try:
            obj = parse_json(line)
        except json.JSONDecodeError as exc:
            yield LoadError(source_file, f"line {n}: malformed JSON at column {exc.colno}: {exc.msg}")
            continue
        except _TooDeep as exc:
            yield LoadError(source_file, f"line {n}: {exc}")
            continue
        if not isinstance(obj, dict):
            yield LoadError(source_file, f"line {n}: expected a JSON object, got {type(obj).__name__}")
            continue
        body = obj.pop("text", None)
        if not isinstance(body, str):
            yield LoadError(source_file, f"line {n}: no \"text\" string")
            continue
        try:
            yield build_report(
                report_id=f"{stem}-{n}", source_file=source_file, text=body, encoding=encoding, meta=obj,
                title_from_first_line=False,
            )
        except EmptyText:
            yield LoadError(source_file, f"line {n}: empty \"text\"")


def sniff_format(data: bytes) -> str:
    """"html", "jsonl" or "txt" for bytes without a file name (standard input)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")):
        return "html"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0].strip()
        if first.endswith(b"}"):
            return "jsonl"
    return "txt"
