"""Bytes to text: byte-order marks, UTF-8, a declared charset, then detection.

Binary data and bytes that are no encoding's text are refused. Mojibake (UTF-8
read as cp1252 somewhere upstream, a right quote shown as three odd characters)
is repaired with ftfy when the text shows its signs; clean text is returned
unchanged.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

import ftfy
from charset_normalizer import from_bytes
from ftfy.badness import is_bad

from assay.read.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte Western code pages that detection confuses with one another on
# short English or French text; cp1252 (a superset of latin-1's printable
# range) reads them all as the writer meant in practice.
_WESTERN = {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_1", "iso8859_2", "iso8859_9"}
_WESTERN |= {"iso8859_15", "mac_roman", "cp850", "cp437"}
# What an HTML page may declare, read as browsers read it.
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_WORD = re.compile(r"[^\W\d_]{2,}")


_BINARY_CONTROL = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _BINARY_CONTROL))
    return control > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text written without a byte-order mark (zeros in every other byte)."""
    sample = data[:8192]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


_ASCII_CONTROL = bytes(b for b in range(128) if (b < 32 and chr(b) not in " \t\n\r\x0b\x0c") or b == 127)
_ASCII_ALNUM = bytes(b for b in range(128) if chr(b).isalnum())
_ASCII_SPACE = b" \t\n\r\x0b\x0c"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _is_text(text: str) -> bool:
    """Whether decoded characters look like written language, not noise:
    almost no control or unassigned characters, and mostly letters and digits.

    ASCII is counted with byte deletions and only the other characters one by
    one, so that a long release costs microseconds."""
    sample = text[:20000]
    if not _WORD.search(sample):
        return False
    data = sample.encode("ascii", "ignore")
    total = len(data.translate(None, _ASCII_SPACE))
    control = len(data) - len(data.translate(None, _ASCII_CONTROL))
    alnum = len(data) - len(data.translate(None, _ASCII_ALNUM))
    others = Counter(unicodedata.category(c)[0] for c in _NON_ASCII.findall(sample) if not c.isspace())
    total += sum(others.values())
    if not total:
        return False
    control += others["C"]
    alnum += others["L"] + others["N"]
    return control <= 0.02 * total and alnum >= 0.5 * total


# UTF-8 read as cp1252 or latin-1: a lead byte's character (Â, Ã, â, Ð, ...)
# followed by a continuation byte's character (0x80-0xBF in either code page).
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00c5\u00ce\u00cf\u00d0\u00d1\u00e2\u00e3][\u0080-\u00bf\u0152\u0153\u0160\u0161"
    "\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


def repair(text: str) -> str:
    """``text`` with mojibake undone when ftfy sees signs of it (looked for
    only where a sign of mojibake occurs at all)."""
    if text.isascii() or not _MOJIBAKE_PAIR.search(text, 0, 100000):
        return text
    if is_bad(text[:100000]):
        return ftfy.fix_encoding(text)
    return text


def decode(data: bytes, name: str | None = None, declared: str | None = None) -> str:
    """The text of ``data``; :class:`ReadError` if it is not text.

    ``declared`` is a charset the container names (an HTML ``<meta>``); it is
    used when the bytes are not UTF-8.
    """
    text = _decode(data, name, declared)
    if not _is_text(text):
        raise ReadError(name, "not text in any known encoding")
    return repair(text)


def _decode(data: bytes, name: str | None, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(name, f"invalid {encoding} after its byte-order mark") from None
    if _looks_binary(data):
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise ReadError(name, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        encoding = _ALIASES.get(declared, declared)
        if encoding not in ("utf-8", "utf8"):
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
    best = from_bytes(data).best()
    if best is None:
        raise ReadError(name, "not text in any known encoding")
    if best.encoding in _WESTERN:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)
