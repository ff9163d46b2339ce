"""Which reader a file needs, by its content first and its name second."""

from __future__ import annotations

import re

from assay.read.errors import ReadError

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
PDF_SUFFIXES = (".pdf",)
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

# Signatures of binary formats that are not releases, named in the error.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx document), not a release"),
    (b"PK\x05\x06", "an empty ZIP archive, not a release"),
    (b"\x1f\x8b", "gzip-compressed data, not a release"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not a release"),
    (b"\xff\xd8\xff", "a JPEG image, not a release"),
    (b"GIF8", "a GIF image, not a release"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls), not a release"),
    (b"\x7fELF", "an executable, not a release"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, not a release"),
    (b"Rar!", "a RAR archive, not a release"),
    (b"BZh", "bzip2-compressed data, not a release"),
)
_EDGAR = re.compile(r"<(?:SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER)>|^<DOCUMENT>\s*\n<TYPE>", re.MULTILINE)
_HTML_START = re.compile(
    r"\A(?:\s|<!--.{0,2000}?-->|<\?xml[^>]{0,200}>)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff_binary(data: bytes, suffix: str, name: str) -> str | None:
    """``"pdf"`` for a PDF; refuses known binary formats; None for anything else."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(name, what)
    if suffix in PDF_SUFFIXES:
        raise ReadError(name, "not a PDF (no %PDF header)")
    return None


def sniff_text(text: str, suffix: str) -> str:
    """``"edgar"``, ``"html"`` or ``"text"`` for decoded text."""
    head = text[:65536]
    if _EDGAR.search(head):
        return "edgar"
    if suffix in HTML_SUFFIXES or _HTML_START.match(head):
        return "html"
    return "text"
