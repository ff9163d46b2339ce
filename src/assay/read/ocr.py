"""OCR of a PDF without a text layer, when Debian's ``tesseract`` is installed.

Pages are rendered with PDFium at 300 dpi and read by the ``tesseract``
command; without it, :func:`ocr_available` is false and the PDF is refused.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from assay.read.errors import ReadError

OCR_PAGE_LIMIT = 50
_TIMEOUT_S = 120


def ocr_available() -> bool:
    """Whether the ``tesseract`` command is on the PATH."""
    return shutil.which("tesseract") is not None


def ocr_pdf(data: bytes, name: str) -> str:
    """The text of every page of a scanned PDF, pages split by blank lines."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ReadError(name, "PDF has no text layer and tesseract is not installed")
    doc = pdfium.PdfDocument(data)
    try:
        if len(doc) > OCR_PAGE_LIMIT:
            raise ReadError(name, f"scanned PDF too long for OCR: {len(doc)} pages (limit {OCR_PAGE_LIMIT})")
        texts: list[str] = []
        with tempfile.TemporaryDirectory(prefix="assay-ocr-") as tmp:
            for i in range(len(doc)):
                image = doc[i].render(scale=300 / 72).to_pil()
                png = Path(tmp) / f"page{i}.png"
                image.save(png)
                try:
                    run = subprocess.run(
                        [exe, str(png), "stdout"], capture_output=True, text=True, timeout=_TIMEOUT_S, check=False
                    )
                except subprocess.TimeoutExpired:
                    raise ReadError(name, f"OCR of page {i + 1} timed out") from None
                if run.returncode != 0:
                    raise ReadError(name, f"OCR failed on page {i + 1} ({run.stderr.strip()[:80]})")
                texts.append(run.stdout.strip())
    finally:
        doc.close()
    text = "\n\n".join(t for t in texts if t)
    if not text.strip():
        raise ReadError(name, "PDF has no text layer and OCR found no text")
    return text
