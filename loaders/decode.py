"""Bytes to text: refuse binary files, detect the encoding, never assume it.

Order of evidence, strongest first: a byte-order mark; the NUL pattern of BOM-less UTF-16 (the
VNTC corpus came as UTF-16LE); strict UTF-8 (almost every file today, and the fast path); then the
Vietnamese 8-bit encodings (Windows-1258, TCVN3, VNI), each decoded and scored by how many of its
words are well-formed Vietnamese syllables; charset-normalizer only when none of those reads as
Vietnamese. A file that is mostly UTF-8 with a few broken sequences is refused rather than guessed
as a legacy encoding, because that guess would silently garble the whole text.

>>> decode_bytes("Tỉnh ủy".encode("utf-16-le"))
('Tỉnh ủy', 'utf-16-le')
>>> decode_bytes(b"\\xef\\xbb\\xbfTh\\xc3\\xb4ng b\\xc3\\xa1o")
('Thông báo', 'utf-8-sig')
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from kg.loaders.legacy import decode_legacy


class DecodeError(ValueError):
    """The bytes are not text this loader can read; the message is the one-line reason."""


# Magic numbers of the binary files people drop into a folder of reports by mistake.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or docx/xlsx/odt)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an MS Office (.doc/.xls) file"),
    (b"RIFF", "a RIFF (audio/video/webp) file"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"{\\rtf", "an RTF document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"SQLite format 3", "an SQLite database"),
]

_BOMS: list[tuple[bytes, str, str]] = [
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]


def sniff_binary(data: bytes) -> str | None:
    """What binary kind ``data`` is ("a PDF file"), or None when it may be text."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and b"\x00" not in data[:512]:
                continue  # a text file may start with "MZ"; an executable has NULs in its header
            return what
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs sit in every other byte, as in ASCII-heavy UTF-16."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) // 2)
    odd = sample[1::2].count(0) / (len(sample) // 2)
    if odd > 0.2 and even < 0.02:
        return "utf-16-le"
    if even > 0.2 and odd < 0.02:
        return "utf-16-be"
    return None


def _mostly_printable(text: str) -> bool:
    """Real text, not a binary file whose NULs happened to look like UTF-16."""
    sample = text[:2000]
    bad = sum(1 for c in sample if not (c.isprintable() or c in "\n\r\t"))
    return bad <= len(sample) // 50


# --- how Vietnamese a decoding looks -------------------------------------------------------

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Vowel clusters (tone removed) that Vietnamese spells; "oo" (xoong, boong) is left out because
# TCVN3-read VNI bytes produce it constantly ("coõng") and real text almost never does.
_CLUSTERS = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy "
    "ưa ưi ươ ưu yê oai oay oao oeo uây uôi ươi ươu uya uyê uyu iêu yêu"
).split()
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:" + "|".join(sorted(_CLUSTERS, key=len, reverse=True)) + r")(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
# Latin-1 letters that belong to the Vietnamese alphabet; any other non-ASCII letter or symbol
# from the 0x80-0xff range is a sign of the wrong code page (©, µ, ¸, ø, ñ ...).
_VI_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _is_syllable(word: str) -> bool:
    parts = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONES for c in parts) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
    return _SYLLABLE.fullmatch(base) is not None


def vietnamese_score(text: str) -> int:
    """Well-formed accented syllables minus malformed accented words and stray Latin-1 symbols."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += 1 if _is_syllable(word) else -1
    for ch in text:
        if "\u0080" <= ch <= "\u00ff" and ch not in _VI_LATIN1 and ch not in "\u00a0\u00ad":
            score -= 1
    return score


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _broken_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8 with a few broken bytes rather than a legacy 8-bit text.

    Legacy encodings almost never form valid multi-byte UTF-8 sequences, so many valid sequences
    and few stray high bytes mean a damaged UTF-8 file (refused, with the offset of the damage).
    """
    seqs = _UTF8_SEQ.findall(data)
    in_seqs = sum(len(x) for x in seqs)
    stray = sum(1 for b in data if b >= 0x80) - in_seqs
    return len(seqs) >= 10 and stray * 10 <= len(seqs)


def _legacy_candidates(data: bytes) -> list[tuple[int, str, str]]:
    """(score, encoding, NFC text) for each Vietnamese 8-bit encoding that can decode ``data``."""
    decoded: list[tuple[str, str]] = []
    try:
        decoded.append(("cp1258", unicodedata.normalize("NFC", data.decode("cp1258"))))
    except UnicodeDecodeError:
        pass  # bytes cp1258 leaves undefined: not Windows-1258
    for enc in ("tcvn3", "vni"):
        decoded.append((enc, decode_legacy(data, enc)))
    return [(vietnamese_score(text), enc, text) for enc, text in decoded]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of a text file; raises :class:`DecodeError`.

    The text is decoded only (line endings and NFC are :mod:`kg.loaders.clean`'s job), except that
    the Vietnamese legacy decodings come out NFC because they are scored that way.
    """
    what = sniff_binary(data)
    if what:
        raise DecodeError(f"binary file ({what}), not text")
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"undecodable bytes: {name} byte-order mark but invalid {name} at byte {exc.start}"
                ) from None
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if text and _mostly_printable(text):
            return text, utf16
    if b"\x00" in data[:65536]:
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _broken_utf8(data):
            raise DecodeError(f"undecodable bytes: invalid UTF-8 at byte {exc.start}") from None
    scored = _legacy_candidates(data)
    best = max(scored, key=lambda t: t[0])
    if best[0] > 0:
        return best[2], best[1]
    return _charset_normalizer(data)


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.chaos > 0.3:
        raise DecodeError(
            "undecodable bytes: not UTF-8, UTF-16, Windows-1258, TCVN3, VNI or another known encoding"
        )
    return str(match), match.encoding.replace("_", "-")
