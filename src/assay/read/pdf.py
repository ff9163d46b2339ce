"""PDF to the text of the release it holds.

PDFium (pypdfium2) opens the file first: it tells an encrypted, corrupt or
truncated file apart clearly and cheaply. It then reads each page's text
layer as words with their boxes and type size. On pages that draw lines or
boxes, pdfplumber finds the ruled tables, which become markdown pipe tables
(pdfplumber's parse is ten times slower, so pages without rules skip it). The
words outside the tables are grouped into lines by their baseline, a line's words are joined with one
space, or two where a wide gap shows a column (so the aligned-column reader
downstream sees the columns of an unruled table); a page set in two columns of
prose is read a column at a time. Lines wrapped at the margin
are joined into one line; a line whose next line's first word would have fitted
on it was broken on purpose and keeps its line break; a vertical gap, a change of type size or a bullet starts a new
paragraph (a blank line). Lines repeated at the top or bottom of
most pages (running heads, page numbers) are dropped.

A PDF without a text layer (a scan) is refused with a clear error, or read by
OCR when ``tesseract`` is installed (see :mod:`assay.read.ocr`).
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from assay.read.errors import ReadError
from assay.read.grid import clean_cell, drop_empty, pipe_table

MAX_PAGES = 500
"""PDFs with more pages than this are refused (no release is that long)."""
_MIN_RULES = 4  # path objects a page needs before its ruled tables are looked for
_WORD_GAP = 3.0  # points between letters that still make one word (pdfplumber's default)

_PAGE_NUMBER = re.compile(r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-)$", re.IGNORECASE)
_MARGIN = 0.1  # share of the page's height at its top and bottom where running heads sit
_DIGITS = re.compile(r"\d+")
_BULLET = re.compile(r"^(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014*-]|\(?[0-9a-z]{1,2}[.)])\s")


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    columns: bool  # holds a wide gap: part of an unruled table
    page: int
    first_width: float  # width of the first word: would it have fitted on the line before?


Word = dict[str, Any]  # one word: text, x0, x1, top, bottom (from the page's top), size


@dataclass(slots=True)
class _Block:
    top: float
    text: str


def read_pdf(data: bytes, name: str) -> tuple[str, dict[str, Any]]:
    """The text of a PDF release and its metadata (``pages``, ``title``)."""
    meta = _check(data, name)
    pages = _pages(data, name)
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        from assay.read.ocr import ocr_available, ocr_pdf

        if not ocr_available():
            raise ReadError(name, "PDF has no text layer (a scanned image?); install tesseract to read it by OCR")
        text = ocr_pdf(data, name)
        meta["ocr"] = True
    return text, meta


def _check(data: bytes, name: str) -> dict[str, Any]:
    """Open the PDF with PDFium: page count and title, or a clear refusal."""
    if b"%%EOF" not in data:
        # (an end marker with bytes after it, an update or trailing junk, is left to PDFium)
        raise ReadError(name, "truncated PDF (no %%EOF end marker)")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise ReadError(name, "encrypted PDF: a password is needed to open it") from None
        raise ReadError(name, f"corrupt PDF ({str(e).split('(')[-1].rstrip(').') or 'cannot be parsed'})") from None
    try:
        n = len(doc)
        if n == 0:
            raise ReadError(name, "PDF has no pages")
        if n > MAX_PAGES:
            raise ReadError(name, f"PDF too long: {n:,} pages (limit {MAX_PAGES:,})")
        meta: dict[str, Any] = {"pages": n}
        title = (doc.get_metadata_dict().get("Title") or "").strip()
        if title:
            meta["title"] = title
        return meta
    finally:
        doc.close()


def _pages(data: bytes, name: str) -> list[str]:
    try:
        doc = pdfium.PdfDocument(data)
        plumber: Any = None
        try:
            pages: list[list[list[_Line]]] = []  # per page, its runs of lines in reading order
            tables: list[list[_Block]] = []
            heights: list[float] = []
            for i in range(len(doc)):
                page = doc[i]
                top_edge = float(page.get_bbox()[3])  # the media box as PDFium lays the page out
                words = _words(page, top_edge)
                blocks: list[_Block] = []
                if _has_rules(page):
                    if plumber is None:
                        plumber = pdfplumber.open(io.BytesIO(data))
                    blocks, boxes = _tables(plumber.pages[i])
                    if boxes:
                        words = [w for w in words if not any(_inside(w, b) for b in boxes)]
                pages.append([_lines(run, i) for run in _columns(_rows(words))])
                tables.append(blocks)
                heights.append(float(page.get_size()[1]))
        finally:
            if plumber is not None:
                plumber.close()
            doc.close()
    except ReadError:
        raise
    except Exception as e:  # noqa: BLE001 - PDFium and pdfminer raise many types for damaged files
        raise ReadError(name, f"corrupt PDF ({type(e).__name__}: {str(e)[:80] or 'cannot be parsed'})") from None
    running = _running([[ln for run in runs for ln in run] for runs in pages], heights)
    out = []
    for runs, page_tables in zip(pages, tables, strict=True):
        kept = [[ln for ln in run if id(ln) not in running] for run in runs]
        if len(kept) == 1:
            out.append(_layout(kept[0], page_tables))
        else:
            out.append("\n\n".join(t for t in (_layout(run, []) for run in kept) if t))
            out.extend(_layout([], [t]) for t in page_tables)
    return out


def _has_rules(page: Any) -> bool:
    """Whether a page draws enough lines or boxes to hold a ruled table."""
    paths = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)
    return sum(1 for _ in itertools.islice(paths, _MIN_RULES)) >= _MIN_RULES


def _tables(page: Any) -> tuple[list[_Block], list[tuple[float, float, float, float]]]:
    """pdfplumber's ruled tables of a page as pipe tables, with their boxes."""
    blocks: list[_Block] = []
    boxes: list[tuple[float, float, float, float]] = []
    for table in page.find_tables():
        rows = drop_empty([[clean_cell(c) for c in row] for row in table.extract()])
        if len(rows) >= 1 and len(rows[0]) >= 2:
            blocks.append(_Block(table.bbox[1], pipe_table(rows)))
            boxes.append(table.bbox)
    return blocks, boxes


def _words(page: Any, top_edge: float) -> list[Word]:
    """The page's words from PDFium's text layer, with boxes measured from the
    page's top (as pdfplumber measures them) and the type size."""
    textpage = page.get_textpage()
    try:
        words: list[Word] = []
        cur: Word | None = None
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if not ch or ch.isspace() or ch == "\ufffe":
                cur = None
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, i)) or (top - bottom)
            y_top, y_bottom = top_edge - top, top_edge - bottom
            if (
                cur is not None
                and abs(cur["bottom"] - y_bottom) <= 0.4 * size
                and left >= cur["x0"] - 0.5 * size  # a ligature's letters share one box
                and left - cur["x1"] <= _WORD_GAP
            ):
                cur["text"] += ch
                cur["x1"] = max(cur["x1"], right)
                cur["top"] = min(cur["top"], y_top)
                cur["bottom"] = max(cur["bottom"], y_bottom)
                continue
            cur = {"text": ch, "x0": left, "x1": right, "top": y_top, "bottom": y_bottom, "size": size}
            words.append(cur)
        return words
    finally:
        textpage.close()


def _inside(w: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    cx = (w["x0"] + w["x1"]) / 2
    cy = (w["top"] + w["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into rows by baseline, top to bottom, each left to right."""
    words = sorted(words, key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list[Word]] = []
    for w in words:
        if rows:
            last = rows[-1]
            tol = max(2.0, 0.4 * float(w["size"]))
            if abs(last[-1]["bottom"] - w["bottom"]) <= tol or abs(last[0]["bottom"] - w["bottom"]) <= tol:
                last.append(w)
                continue
        rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _columns(rows: list[list[Word]]) -> list[list[list[Word]]]:
    """The rows of a page in reading order: for a page set in two columns of
    prose, each stretch between full-width rows is read left column first.

    A gutter is a vertical strip in the middle of the text that few rows
    cross (three, or 15% of them: headlines, subheads, footers), with prose
    on both sides: at least a third of
    the rows reach into each column, and their parts there fill at least half
    of the column's width (which a table's label and number columns do not).
    """
    if len(rows) < 8:
        return [rows]
    left = min(r[0]["x0"] for r in rows)
    right = max(r[-1]["x1"] for r in rows)
    width = right - left
    if width < 200:
        return [rows]
    bins = [0] * (int(width // 2) + 1)
    for row in rows:
        for w in row:
            for k in range(int((w["x0"] - left) // 2), int((w["x1"] - left) // 2) + 1):
                bins[k] += 1
    lo, hi = int(0.3 * len(bins)), int(0.7 * len(bins))
    limit = max(3.0, 0.15 * len(rows))
    best: tuple[int, int] | None = None
    k = lo
    while k < hi:
        if bins[k] <= limit:
            j = k
            while j < hi and bins[j] <= limit:
                j += 1
            if best is None or j - k > best[1] - best[0]:
                best = (k, j)
            k = j
        else:
            k += 1
    if best is None or (best[1] - best[0]) * 2 < 12:
        return [rows]
    g0, g1 = left + best[0] * 2, left + best[1] * 2
    lefts = [[w for w in r if w["x1"] <= g0] for r in rows]
    rights = [[w for w in r if w["x0"] >= g1] for r in rows]
    crossing = [any(w["x0"] < g1 and w["x1"] > g0 for w in r) for r in rows]
    if sum(1 for ws in lefts if ws) < len(rows) / 3 or sum(1 for ws in rights if ws) < len(rows) / 3:
        return [rows]
    left_fill = statistics.median(ws[-1]["x1"] - ws[0]["x0"] for ws in lefts if ws)
    right_fill = statistics.median(ws[-1]["x1"] - ws[0]["x0"] for ws in rights if ws)
    if left_fill < 0.5 * (g0 - left) or right_fill < 0.5 * (right - g1):
        return [rows]
    order: list[list[list[Word]]] = []
    stretch_left: list[list[Word]] = []
    stretch_right: list[list[Word]] = []

    def flush() -> None:
        order.extend(part for part in (stretch_left[:], stretch_right[:]) if part)
        stretch_left.clear()
        stretch_right.clear()

    for row, ls, rs, across in zip(rows, lefts, rights, crossing, strict=True):
        if across:
            flush()
            order.append([row])
            continue
        if ls:
            stretch_left.append(ls)
        if rs:
            stretch_right.append(rs)
    flush()
    return order


def _lines(rows: list[list[Word]], page: int) -> list[_Line]:
    """A :class:`_Line` for each row of words."""
    out: list[_Line] = []
    for g in rows:
        size = statistics.median(float(w["size"]) for w in g)
        parts = [g[0]["text"]]
        columns = False
        for prev, w in itertools.pairwise(g):
            gap = w["x0"] - prev["x1"]
            if gap > 1.2 * size:
                parts.append("  ")
                columns = True
            else:
                parts.append(" ")
            parts.append(w["text"])
        out.append(
            _Line(
                top=min(w["top"] for w in g),
                bottom=max(w["bottom"] for w in g),
                x0=g[0]["x0"],
                x1=g[-1]["x1"],
                size=size,
                text="".join(parts),
                columns=columns,
                page=page,
                first_width=g[0]["x1"] - g[0]["x0"],
            )
        )
    return out


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.strip().lower())


def _edge_lines(lines: list[_Line], height: float) -> list[tuple[str, _Line]]:
    """The two outermost lines at the page's top and at its bottom, when they
    sit in its margins, each with the edge it sits at."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    top = [("top", ln) for ln in ordered[:2] if ln.top < _MARGIN * height]
    bottom = [("bottom", ln) for ln in ordered[-2:] if ln.bottom > (1 - _MARGIN) * height]
    return top + bottom


def _running(pages: list[list[_Line]], heights: list[float]) -> set[int]:
    """``id``\\ s of running heads and feet: edge lines whose text (digits
    masked) recurs at the same edge on at least half the pages (two at least),
    and page numbers written as such ("Page 2", "- 2 -")."""
    seen: Counter[tuple[str, str]] = Counter()
    edges = [_edge_lines(lines, height) for lines, height in zip(pages, heights, strict=True)]
    for page_edges in edges:
        seen.update({(edge, _key(ln.text)) for edge, ln in page_edges})
    need = max(2, len(pages) // 2)
    return {
        id(ln)
        for page_edges in edges
        for edge, ln in page_edges
        if seen[(edge, _key(ln.text))] >= need or _PAGE_NUMBER.match(ln.text.strip())
    }


def _layout(lines: list[_Line], tables: list[_Block]) -> str:
    """Lines joined into paragraphs, tables placed where they stand."""
    if not lines and not tables:
        return ""
    right = max((ln.x1 for ln in lines), default=0.0)
    blocks: list[_Block] = list(tables)
    para: list[_Line] = []

    def flush() -> None:
        if para:
            joined = para[0].text
            for prev, ln in itertools.pairwise(para):
                if prev.x1 + 0.3 * prev.size + ln.first_width < right - 0.5 * prev.size:
                    # the next word would have fitted: the line was broken on purpose
                    joined += "\n" + ln.text
                elif joined.endswith("-") and not joined.endswith(" -"):
                    joined += ln.text
                else:
                    joined += " " + ln.text
            blocks.append(_Block(para[0].top, joined))
            para.clear()

    table_tops = sorted(t.top for t in tables)
    for ln in lines:
        if para:
            prev = para[-1]
            gap = ln.top - prev.bottom
            crossed_table = any(prev.top < t < ln.top for t in table_tops)
            new = (
                crossed_table
                or gap > 0.6 * max(prev.size, ln.size)
                or abs(ln.size - prev.size) > 0.5
                or ln.columns
                or prev.columns
                or _BULLET.match(ln.text) is not None
            )
            if new:
                flush()
        if ln.columns:
            blocks.append(_Block(ln.top, ln.text))
        else:
            para.append(ln)
    flush()
    blocks.sort(key=lambda b: b.top)
    out: list[str] = []
    for i, b in enumerate(blocks):
        # rows of an unruled table stay on consecutive lines
        if out and "  " in b.text and "  " in blocks[i - 1].text and "|" not in b.text:
            out[-1] += "\n" + b.text
        else:
            out.append(b.text)
    return "\n\n".join(out)
