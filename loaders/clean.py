"""Unicode cleanup that makes ``Report.text``: one spelling of the same characters.

Only changes that no reader would call an edit: NFC (Windows-1258 and copy-paste from PDFs give
combining marks), ``Ð/ð`` (U+00D0/U+00F0, typed for Đ/đ on some keyboards) to ``Đ/đ``, NBSP and
other fixed spaces to a space, zero-width characters, soft hyphens and stray control characters
removed, HTML character references a crawler left in the text decoded ("T&ampT" is "T&T", "&nbsp"
a space), and every line ending to ``\\n``. Dash and quote variants and the tone-mark style stay as
written: the quote an extractor takes must be the report's own words; the matching key
(:func:`kg.textkey.key`) folds those.

>>> clean_text("Tỉnh\\u00a0u\\u0309y\\r\\nÐảng\\u200b bộ\\u00ad")
'Tỉnh ủy\\nĐảng bộ'
"""

from __future__ import annotations

import html
import re
import unicodedata

_TRANSLATE = {
    0x00D0: "Đ", 0x00F0: "đ",
    0x00A0: " ", 0x2007: " ", 0x202F: " ",
    0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0x00AD: None,
    0x2028: "\n", 0x2029: "\n", 0x0085: "\n",
}
# C0 and C1 controls other than tab and newline (a form feed from a PDF dump, a stray ESC).
for _c in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
    if _c not in (0x09, 0x0A, 0x0D, 0x85):
        _TRANSLATE[_c] = None

_CRLF = re.compile(r"\r\n?")
# str.translate with a dict is slow on long texts; finding the rare characters first is not.
# Lone surrogates (a JSON "\\ud800" escape, a file name that is not UTF-8) cannot be written as
# UTF-8 by any serializer: each becomes U+FFFD, the replacement character.
_RARE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "\ud800-\udfff]")


# Character references left by a crawler that copied a page's source: the named ones a news page
# writes (HTML allows them without ";", and crawled text shows them so: "Tập đoàn T&ampT Group",
# "Sở GD-ĐT&nbsptập trung"), lower case only, and numeric ones closed by ";". Upper-case runs after
# "&" are abbreviations ("NN&PTNT", "KH&CN") and stay.
_ENTITY = re.compile(r"&(?:(?:amp|nbsp|quot|lt|gt|apos);?|#[0-9]{2,7};|#[xX][0-9a-fA-F]{2,6};)")


def _entity(m: re.Match[str]) -> str:
    """The character a matched reference stands for (the standard library's decoder; an NBSP or a
    control character it gives is then cleaned like any other)."""
    return html.unescape(m.group(0))


def _fix(m: re.Match[str]) -> str:
    return _TRANSLATE.get(ord(m.group(0)), "\ufffd") or ""


def clean_text(text: str) -> str:
    """Cleaned, NFC ``text`` with ``\\n`` line endings and no leading or trailing white space."""
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    text = _RARE.sub(_fix, _CRLF.sub("\n", text))
    return unicodedata.normalize("NFC", text).strip()


def clean_value(value: str) -> str:
    """A metadata value (title, publisher): cleaned and on one line."""
    return " ".join(clean_text(value).split())
