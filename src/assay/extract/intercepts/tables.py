"""Results tables: a header row (Hole ID | From (m) | To (m) | Length (m) | Au (g/t) | ...) and rows.

Tables come from the shared finder (:func:`assay.extract.tables.find_tables`):
markdown pipe tables (HTML tables arrive as these) and aligned columns.
The header may be broken over two rows ("Au" above "(g/t)"), a units row
may be shorter than the header, an empty hole cell means the hole above,
"and"/"including" rows are sub-intervals, and a table continued after a
break without its header is read with the header before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assay.extract.intercepts.found import Found, Num
from assay.extract.intercepts.grades import GradeHit, default_unit, header_grade
from assay.extract.intercepts.holes import KEYED_RE, is_hole_id, kind_of
from assay.extract.intercepts.spaced import spaced_tables
from assay.extract.intercepts.units import FOOT
from assay.extract.tables import Cell, aligned_cells, find_tables
from assay.extract.text import Piece, lines
from assay.parse.numbers import parse_decimal

_HOLE_HDR = re.compile(
    r"\bhole|\bddh\b|drill\s*hole|\bbhid\b|\btrench|\bchannel|\bsample\s*(?:id|no|#|number)|^id$|^sample$|^dh\b",
    re.IGNORECASE,
)
_FROM_HDR = re.compile(r"^\s*(?:depth\s+)?from\b", re.IGNORECASE)
_TO_HDR = re.compile(r"^\s*(?:depth\s+)?to\b", re.IGNORECASE)
_LENGTH_HDR = re.compile(
    r"length|interval|width|thickness|intercept|core\s*\(?m|^\s*\(?m\)?\s*$|^\s*metres|^\s*meters", re.IGNORECASE
)
_TRUE_HDR = re.compile(r"\btrue\b|\betw\b|\btw\b", re.IGNORECASE)
_FEET_HDR = re.compile(r"\bft\b|feet", re.IGNORECASE)
_UNIT_CELL = re.compile(r"^\s*\(?\s*(?:m|ft|feet|metres?|meters?|g/t|%|ppm|ppb|oz/t|opt|gpt)\s*\)?\s*$", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"^[~≈]?\s*(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*[*†‡^]*(?:\(\d\))?$")
_INCLUDING = re.compile(r"^\s*(?:incl\.?|including|inc\.|includes|within\s+which)\b", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:and|&|plus)\s*$", re.IGNORECASE)
_NOT_HOLE = re.compile(r"^\s*(?:total|average|weighted|notes?\b|\d+\.\s|\*|source|table)", re.IGNORECASE)
_HOLE_TEXT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_./ #]{0,24}$")
_CONTINUED = re.compile(r"\bcont(?:inued|'d|\.)?\b", re.IGNORECASE)
_HOLE_WORD = re.compile(r"^(?:drill\s*)?hole\s+(?:#\s*)?", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\s*(?:[*†‡^]+|\(\d\)|\(cont(?:inued|'d)?\.?\))$", re.IGNORECASE)
_ALIGNED_HEAD = re.compile(r"(?:From|FROM|Length|LENGTH|Interval|INTERVAL|Width|WIDTH)\b")
_MAX_ROWS = 5000  # rows read from one aligned table
_MAX_HEADS = 200  # a release has a handful of tables; a flood of header-like lines is not read
# tables are read only when a header of the genre is there
_ANY_HDR = re.compile(r"from|length|interval|width|hole|g/t|%|ppm", re.IGNORECASE)


@dataclass(slots=True)
class Layout:
    """What each column of a results table holds."""

    width: int
    hole: int | None = None
    from_: int | None = None
    to: int | None = None
    length: int | None = None
    true_width: int | None = None
    feet: set[int] = field(default_factory=set)
    grades: dict[int, tuple[str, str]] = field(default_factory=dict)  # column -> (commodity, unit)
    kind: str | None = None
    # the header cell of each column (its last non-empty one), for evidence
    heads: dict[int, tuple[int, int]] = field(default_factory=dict)


def _number(cell: Cell | None) -> float | None:
    if cell is None:
        return None
    m = _NUMBER_CELL.match(cell.text.strip())
    return parse_decimal(m.group("n")) if m else None


def _is_data(row: list[Cell]) -> bool:
    return sum(1 for c in row if _number(c) is not None) >= 2


def _header_texts(rows: list[list[Cell]], width: int) -> list[str]:
    """Column header texts, joining the rows of a broken header and placing a short units row."""
    texts = [""] * width
    for row in rows:
        cells = [c.text for c in row]
        units_only = [t for t in cells if t.strip()]
        if len(row) < width and units_only and all(_UNIT_CELL.match(t) for t in units_only):
            targets = [j for j, t in enumerate(texts) if _measure(t) and not _has_unit(t)]
            for j, t in zip(targets, units_only, strict=False):
                texts[j] = f"{texts[j]}\n{t}".strip()
            continue
        for j, t in enumerate(cells[:width]):
            if t.strip():
                texts[j] = f"{texts[j]}\n{t}".strip()
    return texts


def _measure(t: str) -> bool:
    return bool(
        _FROM_HDR.search(t) or _TO_HDR.search(t) or _LENGTH_HDR.search(t) or header_grade(t) is not None
    ) and not _HOLE_HDR.search(t)


def _has_unit(t: str) -> bool:
    return "(" in t or "%" in t or "/" in t or "ppm" in t.lower()


def _role_text(t: str) -> str:
    """The header text that names a column's role: the lowest header row's when it names one
    ("From" under a spanning "Interval (m)"), with any units; else all rows' together."""
    pieces = t.split("\n")
    names = [p for p in pieces if not _UNIT_CELL.match(p)]
    if len(names) > 1:
        last = names[-1]
        if _HOLE_HDR.search(last) or _FROM_HDR.search(last) or _TO_HDR.search(last) or _LENGTH_HDR.search(last):
            return " ".join([last, *(p for p in pieces if _UNIT_CELL.match(p))])
    return " ".join(pieces)


def _layout(texts: list[str]) -> Layout | None:
    lay = Layout(width=len(texts))
    for j, raw in enumerate(texts):
        if not raw:
            continue
        t = _role_text(raw)
        if lay.hole is None and _HOLE_HDR.search(t) and not _FROM_HDR.search(t):
            lay.hole = j
            lay.kind = kind_of(t)
        elif _FROM_HDR.search(t) and lay.from_ is None:
            lay.from_ = j
        elif _TO_HDR.search(t) and lay.to is None:
            lay.to = j
        elif _LENGTH_HDR.search(t) and not header_grade_like(t):
            if _TRUE_HDR.search(t):
                lay.true_width = j
            elif lay.length is None:
                lay.length = j
            else:
                continue
        else:
            g = header_grade(t)
            if g is None:
                continue
            lay.grades[j] = (g[0], g[1] or default_unit(g[0]))
            continue
        if _FEET_HDR.search(t):
            lay.feet.add(j)
    if not lay.grades or (lay.length is None and (lay.from_ is None or lay.to is None)):
        return None
    return lay


def header_grade_like(t: str) -> bool:
    """ "Au (g/t) x m" or "Grade x Width": a product column, not a length."""
    return bool(re.search(r"g/t|%|grade", t, re.IGNORECASE))


def _find_header(rows: list[list[Cell]]) -> tuple[Layout, int] | None:
    """The layout and the index of the first data row."""
    first = None
    for i, row in enumerate(rows[:8]):
        if _is_data(row):
            if first is None:
                return None
            width = max(len(r) for r in rows[first:i]) if i > first else len(row)
            width = max(width, len(row))
            lay = _layout(_header_texts(rows[first:i], width))
            if lay is None:
                return None
            for r in rows[first:i]:
                if len(r) == width:
                    lay.heads.update({j: (c.start, c.end) for j, c in enumerate(r) if c.text})
            return lay, i
        if first is None and any(_ANY_HDR.search(c.text) for c in row):
            first = i
    return None


def _place(xs: list[tuple[int, int]], a: int, b: int) -> int:
    """The column whose header range best covers ``a:b`` (x positions within a line)."""
    return max(range(len(xs)), key=lambda k: (min(b, xs[k][1]) - max(a, xs[k][0]), -abs(a + b - sum(xs[k]))))


def _line_cells(line: Piece, tabs: bool = False) -> list[Cell]:
    if not line.text.strip():
        return []
    if not tabs:
        return aligned_cells(line)
    # tab-separated: every tab is a column break, so an empty cell keeps its place
    cells: list[Cell] = []
    pos = 0
    for part in line.text.split("\t"):
        a = pos + len(part) - len(part.lstrip())
        cells.append(Cell(line.start + a, line.start + a + len(part.strip()), part.strip()))
        pos += len(part) + 1
    return cells


def _aligned_table(text: str, head: Piece) -> tuple[Layout, list[list[Cell | None]], int] | None:
    """An aligned results table whose header is ``head``: rows placed under the header's columns."""
    tabs = "\t" in head.text
    cells = _line_cells(head, tabs)
    if len(cells) < 3:
        return None
    xs = [(c.start - head.start, c.end - head.start) for c in cells]
    texts = [c.text for c in cells]
    body = lines(text[head.end + 1 :]) if head.end < len(text) else iter(())
    base = head.end + 1
    out: list[list[Cell | None]] = []
    lay: Layout | None = None
    end = head.end
    blank = 0
    header_lines = 1

    def place(c: Cell, k: int, line: Piece) -> int:
        return k if tabs else _place(xs, c.start - line.start, c.end - line.start)

    for raw in body:
        line = Piece(raw.start + base, raw.end + base, raw.text)
        cells = [c for c in _line_cells(line, tabs) if c.text]
        all_cells = _line_cells(line, tabs)
        if not cells:
            blank += 1
            if blank > 1 or (out and blank):
                break
            continue
        blank = 0
        if lay is None and not _is_data(cells):
            # a second header line: "ID   (m)   (m)   (g/t)"
            header_lines += 1
            if header_lines > 2:
                return None
            for k, c in enumerate(all_cells):
                j = place(c, k, line)
                if c.text and j < len(texts):
                    texts[j] = f"{texts[j]}\n{c.text}".strip()
            continue
        if lay is None:
            lay = _layout(texts)
            if lay is None:
                return None
            lay.heads = {j: (c.start, c.end) for j, c in enumerate(_line_cells(head, tabs)) if c.text}
        if len(cells) < 2 and not _INCLUDING.match(cells[0].text):
            break
        row: list[Cell | None] = [None] * len(xs)
        for k, c in enumerate(all_cells):
            j = place(c, k, line)
            if c.text and j < len(row) and row[j] is None:
                row[j] = c
        out.append(row)
        end = line.end
        if len(out) >= _MAX_ROWS:
            break
    if lay is None or not out:
        return None
    return lay, out, end


@dataclass(slots=True)
class _State:
    hole: str | None = None
    hole_at: tuple[int, int] | None = None
    top: int | None = None  # index of the last top-level interval of the hole


def _row(row: list[Cell | None], lay: Layout, st: _State, found: list[Found]) -> None:
    def cell(j: int | None) -> Cell | None:
        return row[j] if j is not None and j < len(row) else None

    relation = None
    for c in row:
        if c is None or not c.text:
            continue
        if _INCLUDING.match(c.text):
            relation = "including"
        elif _AND.match(c.text):
            relation = relation or "and"
    hc = cell(lay.hole)
    if hc is not None and hc.text and not _INCLUDING.match(hc.text) and not _AND.match(hc.text):
        name = _FOOTNOTE.sub("", hc.text).strip()
        lead = _HOLE_WORD.match(name)
        if lead and lead.end() < len(name):
            name = name[lead.end() :]
        if _NOT_HOLE.match(name) or not _HOLE_TEXT.match(name) or not any(ch.isdigit() for ch in name):
            if _number(hc) is None:
                return
        elif name != st.hole:
            at = hc.start + hc.text.index(name)
            st.hole, st.hole_at, st.top = name, (at, at + len(name)), None

    def num(j: int | None) -> Num | None:
        c = cell(j)
        v = _number(c)
        if v is None or c is None:
            return None
        return Num(round(v * FOOT, 3) if j in lay.feet else v, (c.start, c.end))

    frm, to, length = num(lay.from_), num(lay.to), num(lay.length)
    if length is None and frm is not None and to is not None and to.value > frm.value:
        length = Num(round(to.value - frm.value, 3), None, "to_m - from_m")
    if not _plausible(frm, to, length):
        return
    grades: list[GradeHit] = []
    for j, (com, unit) in lay.grades.items():
        c = cell(j)
        v = _number(c)
        if v is not None and c is not None:
            head_at = lay.heads.get(j)
            grades.append(
                GradeHit(
                    v, unit, com, c.start, c.end, (c.start, c.end), head_at or (c.start, c.end), head_at, False, True
                )
            )
    if length is None or not grades:
        return
    cells = [c for c in row if c is not None and c.text]
    f = Found(start=cells[0].start, end=cells[-1].end, length=length, grades=grades, from_m=frm, to_m=to)
    f.hole, f.hole_at, f.kind = st.hole, st.hole_at, lay.kind
    if lay.length in lay.feet and lay.length is not None:
        c = cell(lay.length)
        f.length_ft = Num(_number(c) or 0.0, (c.start, c.end) if c else None)
    tw = num(lay.true_width)
    if tw is not None:
        f.true_width = tw
    parent = found[st.top] if st.top is not None else None
    inside = (
        parent is not None
        and frm is not None
        and to is not None
        and parent.from_m is not None
        and parent.to_m is not None
        and parent.from_m.value <= frm.value
        and to.value <= parent.to_m.value
        and length.value < (parent.length.value if parent.length else 0)
    )
    if st.top is not None and (inside or (relation == "including" and frm is None)):
        f.relation, f.parent = "including", st.top
    else:
        f.relation = relation if relation == "and" else None
        st.top = len(found)
    found.append(f)


def _aligned_heads(text: str, pipes: list[tuple[int, int]]) -> list[Piece]:
    """Lines that may head an aligned results table: a header word, no pipes, fields apart."""
    heads: list[Piece] = []
    last = -1
    for m in _ALIGNED_HEAD.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        a = text.rfind("\n", 0, m.start()) + 1
        if a <= last:
            continue
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        last = a
        if "|" in text[a:b] or ("  " not in text[a:b] and "\t" not in text[a:b]):
            continue
        if any(x <= a < y for x, y in pipes):
            continue
        heads.append(Piece(a, b, text[a:b]))
        if len(heads) >= _MAX_HEADS:
            break
    return heads


def _caption_hole(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The one hole a table's caption names ("Table 2: Assays from hole MB-21-04")."""
    a = max(0, start - 200)
    e = start
    while e > a and text[e - 1] in " \t\n":
        e -= 1
    k = text.rfind("\n\n", a, e)
    ids = {
        m.group("hole"): m.span("hole")
        for m in KEYED_RE.finditer(text, a if k < 0 else k, e)
        if is_hole_id(m.group("hole"), keyed=True)
    }
    return next(iter(ids.items())) if len(ids) == 1 else None


def _continues(gap: str) -> bool:
    """Whether a table after ``gap`` continues the one before: only a short break between them
    ("Table 1 (continued)", a page footer), not prose."""
    if len(gap) > 400:
        return False
    return bool(_CONTINUED.search(gap)) or len(gap.split()) <= 8


def _plausible(frm: Num | None, to: Num | None, length: Num | None) -> bool:
    """Depths and length that can be an interval (not years or totals read as one)."""
    if length is None or length.value <= 0 or length.value > 1500:
        return False
    if frm is not None and to is not None:
        if to.value <= frm.value:
            return False
        if abs((to.value - frm.value) - length.value) > max(0.11, 0.05 * length.value):
            # a true-width or rounded length can differ a little, not by far
            return length.value < (to.value - frm.value)
    return True


def _hole_column(lay: Layout, rows: list[list[Cell | None]]) -> Layout:
    """A first column without a header that holds ids ("| | From | To |" over "| MB-21-04 | 12.0 |"): the holes."""
    used = {lay.from_, lay.to, lay.length, lay.true_width, *lay.grades}
    if lay.hole is not None or 0 in used:
        return lay
    firsts = [r[0].text for r in rows if r and r[0] is not None and r[0].text]
    ids = [t for t in firsts if is_hole_id(_FOOTNOTE.sub("", t).strip())]
    if ids and len(ids) * 2 >= len(firsts):
        lay = replace(lay, hole=0)
    return lay


def _read(rows: list[list[Cell | None]], lay: Layout, found: list[Found], text: str = "", start: int = 0) -> int:
    lay = _hole_column(lay, rows)
    st = _State()
    if lay.hole is None and text:
        cap = _caption_hole(text, start)
        if cap is not None:
            st.hole, st.hole_at = cap
    before = len(found)
    for r in rows:
        _row(r, lay, st, found)
    return len(found) - before


def find_intervals(text: str, aligned: bool = True) -> tuple[list[Found], list[tuple[int, int]]]:
    """Intervals from every results table in ``text``, and the tables' ranges.

    ``aligned=False`` skips the search for aligned-column tables.
    """
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    last: Layout | None = None
    last_end = -1
    pipes = find_tables(text, aligned=False)
    for table in pipes:
        head = _find_header(table.rows)
        if head is None:
            if last is None or table.width != last.width or not _continues(text[last_end : table.start]):
                continue
            lay, first = last, 0
        else:
            lay, first = head
        if _read([list(r) for r in table.rows[first:]], lay, found, text, table.start):
            spans.append((table.start, table.end))
            last, last_end = lay, table.end
    for texts, rows, start, end in spaced_tables(text, spans):
        spaced = _layout(texts)
        if spaced is not None and _read(rows, spaced, found, text, start):
            spans.append((start, end))
    if not aligned or ("  " not in text and "\t" not in text):
        return found, spans
    read_to = -1
    for head_line in _aligned_heads(text, [(t.start, t.end) for t in pipes]):
        if head_line.start <= read_to:
            continue
        got = _aligned_table(text, head_line)
        if got is not None:
            read_to = got[2]
        if got is not None and _read(got[1], got[0], found, text, head_line.start):
            spans.append((head_line.start, got[2]))
    return found, spans
