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


def aligned_cells(line: Piece) -> list[Cell]:
    """The fields of one line split at tabs or runs of two or more spaces."""
    return _aligned_cells(line)


def _is_pipe_line(text: str) -> bool:
    stripped = text.lstrip()
    return stripped.startswith("|") or text.count("|") >= 2


def _pipe_tables(text: str) -> list[Table]:
    """The pipe tables alone: only lines holding a ``|`` are looked at."""
    tables: list[Table] = []
    current: Table | None = None
    pos = text.find("|")
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        line = Piece(a, b, text[a:b])
        if _is_pipe_line(line.text):
            if current is None or text[current.end : a].strip("\r") != "\n":
                current = Table(a, b, "pipe")
                tables.append(current)
            current.end = b
            if not _SEPARATOR_ROW.match(line.text):
                current.rows.append(_pipe_cells(line))
        else:
            current = None
        pos = text.find("|", b)
    return [t for t in tables if t.rows]


def find_tables(text: str, aligned: bool = True) -> list[Table]:
    """Every pipe table and aligned-column table in ``text``, in order.

    With ``aligned=False`` only pipe tables are looked for, which costs time
    in proportion to the lines holding a ``|`` only. The tables of the last
    text searched are kept and given again for the same text object, so
    callers share them: read them, do not change them.
    """
    global _last
    if _last is not None and _last[0] is text and _last[1] == aligned:
        return list(_last[2])
    found = _find_tables(text, aligned)
    _last = (text, aligned, found)
    return list(found)


# the tables of the last text searched: several extractors read the same release's tables
_last: tuple[str, bool, list[Table]] | None = None


def _find_tables(text: str, aligned: bool) -> list[Table]:
    if not aligned:
        return _pipe_tables(text) if "|" in text else []
    tables: list[Table] = []
    current: Table | None = None
    run: list[tuple[Piece, list[Cell]]] = []

    def flush_aligned() -> None:
        if len(run) >= 3 and sum(1 for _, c in run if any(_HAS_NUMBER.search(x.text) for x in c)) * 2 >= len(run):
            tables.append(Table(run[0][0].start, run[-1][0].end, "aligned", [c for _, c in run]))
        run.clear()

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
            # a blank line ends an run table unless the next rows continue it
            flush_aligned()
            continue
        # a line without a tab or a double space is one cell: no run row
        cells = _aligned_cells(line) if "  " in line.text or "\t" in line.text else []
        if len(cells) >= 3 and (not run or len(cells) == len(run[-1][1])):
            run.append((line, cells))
        else:
            flush_aligned()
            if len(cells) >= 3:
                run.append((line, cells))
    flush_aligned()
    tables.sort(key=lambda t: t.start)
    return [t for t in tables if t.rows]
