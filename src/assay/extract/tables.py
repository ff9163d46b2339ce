"""Tables in a release's text: markdown pipe tables and aligned columns.

:func:`find_tables` returns each table as rows of :class:`Cell`\\ s whose
offsets index the normalised text, so a value read from a cell keeps its
span. What the rows and columns mean (periods, holes, grades) is for the
extractor that reads the table.

- Pipe tables: runs of lines that start (after indentation) with ``|`` or
  hold at least two ``|``; separator rows (``| --- | :-: |``) are dropped.
- Aligned columns: runs of at least three lines that split into the same
  number (at least three) of fields at tabs or runs of two or more spaces,
  with at least one number in most rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assay.extract.text import Piece, lines

_SEPARATOR_ROW = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")
_FIELD_GAP = re.compile(r"\t+|[ ]{2,}")
_HAS_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text stripped, and its range of the normalised text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Table:
    """A table found in the text: ``rows`` of cells, ``kind`` "pipe" or "aligned"."""

    start: int
    end: int
    kind: str
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def column(self, i: int) -> list[Cell | None]:
        return [r[i] if i < len(r) else None for r in self.rows]


def _cell(line: Piece, a: int, b: int) -> Cell:
    """The cell of ``line.text[a:b]``, stripped, with text offsets."""
    s = line.text
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return Cell(line.start + a, line.start + b, s[a:b])


def _pipe_cells(line: Piece) -> list[Cell]:
    s = line.text
    bounds = [i for i, ch in enumerate(s) if ch == "|"]
    edges = [-1, *bounds, len(s)]
    cells = [_cell(line, edges[k] + 1, edges[k + 1]) for k in range(len(edges) - 1)]
    # a leading or trailing pipe leaves an empty edge cell that is not a column
    if bounds and not s[: bounds[0]].strip():
        cells = cells[1:]
    if bounds and not s[bounds[-1] + 1 :].strip():
        cells = cells[:-1]
    return cells


def _aligned_cells(line: Piece) -> list[Cell]:
    s = line.text
    cells: list[Cell] = []
    pos = len(s) - len(s.lstrip())
    for m in _FIELD_GAP.finditer(s, pos):
        if m.start() > pos:
            cells.append(_cell(line, pos, m.start()))
        pos = m.end()
    if pos < len(s.rstrip()):
        cells.append(_cell(line, pos, len(s)))
    return cells


def _is_pipe_line(text: str) -> bool:
    stripped = text.lstrip()
    return stripped.startswith("|") or text.count("|") >= 2


def find_tables(text: str) -> list[Table]:
    """Every pipe table and aligned-column table in ``text``, in order."""
    tables: list[Table] = []
    current: Table | None = None
    aligned: list[tuple[Piece, list[Cell]]] = []

    def flush_aligned() -> None:
        if len(aligned) >= 3 and sum(1 for _, c in aligned if any(_HAS_NUMBER.search(x.text) for x in c)) * 2 >= len(
            aligned
        ):
            tables.append(Table(aligned[0][0].start, aligned[-1][0].end, "aligned", [c for _, c in aligned]))
        aligned.clear()

    for line in lines(text):
        if "|" in line.text and _is_pipe_line(line.text):
            flush_aligned()
            if current is None:
                current = Table(line.start, line.end, "pipe")
                tables.append(current)
            current.end = line.end
            if not _SEPARATOR_ROW.match(line.text):
                current.rows.append(_pipe_cells(line))
            continue
        current = None
        if not line.text.strip():
            # a blank line ends an aligned table unless the next rows continue it
            flush_aligned()
            continue
        # a line without a tab or a double space is one cell: no aligned row
        cells = _aligned_cells(line) if "  " in line.text or "\t" in line.text else []
        if len(cells) >= 3 and (not aligned or len(cells) == len(aligned[-1][1])):
            aligned.append((line, cells))
        else:
            flush_aligned()
            if len(cells) >= 3:
                aligned.append((line, cells))
    flush_aligned()
    tables.sort(key=lambda t: t.start)
    return [t for t in tables if t.rows]
