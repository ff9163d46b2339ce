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


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
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


def _is_text(text: str) -> bool:
    """Whether decoded characters look like written language, not noise:
    almost no control or unassigned characters, and mostly letters and digits."""
    sample = text[:20000]
    if not _WORD.search(sample):
        return False
    counts = Counter(unicodedata.category(c)[0] for c in sample if not c.isspace())
    total = sum(counts.values())
    if not total:
        return False
    return counts["C"] <= 0.02 * total and counts["L"] + counts["N"] >= 0.5 * total


def repair(text: str) -> str:
    """``text`` with mojibake undone when ftfy sees signs of it."""
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
