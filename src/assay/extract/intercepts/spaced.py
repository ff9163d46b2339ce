"""Results tables whose columns stand one space apart, as text taken from PDFs gives them.

    Hole ID From (m) To (m) Interval (m) Au (g/t)
    KX-101 12.0 20.0 8.0 2.45
    incl. 15.0 17.0 2.0 6.10

The header is split into its known column names ("Hole ID", "From (m)",
"Au (g/t)"; any other word is a column of its own); a row is read when it
splits into as many fields as the header has columns (one fewer: the hole
cell left empty for the hole above; one more: a hole id written with a
space).
"""

from __future__ import annotations

import re

from assay.extract.intercepts.grades import COMMODITY, UNIT
from assay.extract.tables import Cell

_LEN_UNIT = r"(?:\s*\((?:m|ft|metres|meters|feet)\))?"
_COLUMN = re.compile(
    r"(?P<hole>Hole(?:\s+(?:ID|Id|No\.?|Number|#))?|Drill\s?[Hh]ole(?:\s+ID)?|DDH|BHID|Trench(?:\s+ID)?|"
    r"Sample(?:\s+ID)?)(?!\S)"
    rf"|(?P<from>From{_LEN_UNIT})(?!\S)|(?P<to>To{_LEN_UNIT})(?!\S)"
    r"|(?P<len>(?:(?:Down-?hole|Core|Est\.?|Estimated|True|Apparent)\s+)?"
    rf"(?:Interval|Length|Width|Thickness|Intercept){_LEN_UNIT})(?!\S)"
    rf"|(?P<grade>(?:{COMMODITY})\*?(?:\s*\((?:{UNIT})\)|\s*(?:{UNIT}))?|\((?:{UNIT})(?:\s*(?:{COMMODITY}))?\))(?!\S)"
    r"|(?P<other>\S+)"
)
_HEAD_SPOT = re.compile(r"From|Interval|Length|Width")
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^[<>~]?\d[\d,]*(?:\.\d+)?\*?$|^-$")
_RELATION = re.compile(r"^(?:incl\.?|including|Including|INCLUDING|Incl\.?|and|And)$")
_UNITS_ONLY = re.compile(rf"^(?:\s*\((?:m|ft|{UNIT})\))+\s*$")
_MAX_ROWS = 2000


def _header(line: str) -> list[tuple[str, str]] | None:
    """Column texts and roles of a header line, or ``None`` when it is not one."""
    cols = [(m.group(), m.start(), m.end(), m.lastgroup) for m in _COLUMN.finditer(line)]
    roles = {c[3] for c in cols}
    if len(cols) < 4 or "grade" not in roles or ("len" not in roles and not {"from", "to"} <= roles):
        return None
    if sum(1 for c in cols if c[3] == "other") > len(cols) // 2:
        return None
    return [(t, role or "other") for t, _, _, role in cols]


def _cells(line: str, base: int) -> list[Cell]:
    return [Cell(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(line)]


def _fit(cells: list[Cell], width: int, hole_first: bool) -> list[Cell | None] | None:
    """The cells placed under ``width`` columns, or ``None`` when the line is no row."""
    n = len(cells)
    if n == width:
        return list(cells)
    if hole_first and n == width - 1 and _NUMBER.match(cells[0].text):
        return [None, *cells]
    if hole_first and n == width + 1 and not _NUMBER.match(cells[1].text) and not _RELATION.match(cells[0].text):
        joined = Cell(cells[0].start, cells[1].end, f"{cells[0].text} {cells[1].text}")
        return [joined, *cells[2:]]
    return None


def spaced_tables(text: str, skip: list[tuple[int, int]]) -> list[tuple[list[str], list[list[Cell | None]], int, int]]:
    """Each single-spaced results table: its column texts, rows, start and end."""
    out: list[tuple[list[str], list[list[Cell | None]], int, int]] = []
    done = -1
    for spot in _HEAD_SPOT.finditer(text):
        a = text.rfind("\n", 0, spot.start()) + 1
        if a <= done or any(x <= a < y for x, y in skip):
            continue
        b = text.find("\n", spot.end())
        b = len(text) if b < 0 else b
        done = b
        line = text[a:b]
        if "|" in line or "  " in line.strip() or "\t" in line:
            continue
        head = _header(line)
        if head is None:
            continue
        texts = [t for t, _ in head]
        measures = [j for j, (t, role) in enumerate(head) if role in ("from", "to", "len", "grade") and "(" not in t]
        hole_first = bool(re.match(r"Hole|Drill|DDH|BHID|Trench|Sample", texts[0]))
        rows: list[list[Cell | None]] = []
        pos, end = b + 1, b
        misses = 0
        while pos < len(text) and len(rows) < _MAX_ROWS:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            row_text = text[pos:nl]
            if not rows and _UNITS_ONLY.match(row_text):
                units = _TOKEN.findall(row_text)
                for j, u in zip(measures, units, strict=False):
                    texts[j] = f"{texts[j]} {u}"
            elif row_text.strip():
                fitted = _fit(_cells(row_text, pos), len(texts), hole_first)
                if fitted is None:
                    misses += 1
                    if misses > 1 or rows:
                        break
                else:
                    rows.append(fitted)
                    end = nl
            pos = nl + 1
        if rows:
            out.append((texts, rows, a, end))
            done = end
    return out
