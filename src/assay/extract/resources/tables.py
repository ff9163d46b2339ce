"""Estimate tables: a category column, a tonnage column, grade and contained-metal columns.

| Category | Tonnes (Mt) | Au (g/t) | Ag (g/t) | Au (koz) | Ag (Moz) |
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.intercepts.grades import default_unit, header_grade
from assay.extract.resources.terms import CATEGORY_RE, category_of
from assay.extract.tables import Cell, Table, find_tables
from assay.model import Resource, Value
from assay.normalise import Doc
from assay.parse.numbers import parse_decimal

_TONNES_HDR = re.compile(r"\btonn(?:es|age)|\btons\b|\(t\)|\bmt\b|\bkt\b|\(000 ?t\)|'000 ?t", re.IGNORECASE)
_CONTAINED_HDR = re.compile(r"contained|ounces|\boz\b|koz|moz|\blbs?\b|mlbs?|pounds|metal", re.IGNORECASE)
_NUMBER = re.compile(r"^(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*[*†]*$")


@dataclass(slots=True)
class Row:
    start: int
    end: int
    resource: Resource


def _num(cell: Cell | None) -> float | None:
    if cell is None:
        return None
    m = _NUMBER.match(cell.text.strip())
    return parse_decimal(m.group("n")) if m else None


def _tonnes_factor(h: str) -> float:
    low = h.lower()
    if re.search(r"\bmt\b|million|\(m\)|mtonnes|\bm ?t", low):
        return 1e6
    if re.search(r"\bkt\b|000|thousand|\(k\)", low):
        return 1e3
    return 1.0


def _contained_unit(h: str) -> tuple[float, str]:
    low = h.lower()
    factor = (
        1e6 if re.search(r"moz|mlb|million|\(m\)", low) else 1e3 if re.search(r"koz|klb|000|thousand", low) else 1.0
    )
    if re.search(r"lb|pound", low):
        return factor, "lb"
    if re.search(r"oz|ounce", low):
        return factor, "oz"
    return factor, "t"


def _rows(doc: Doc, table: Table) -> list[Row]:
    header: list[str] | None = None
    out: list[Row] = []
    tcol = None
    grades: dict[int, tuple[str, str]] = {}
    contained: dict[int, tuple[str | None, float, str]] = {}
    for row in table.rows:
        texts = [c.text for c in row]
        if header is None:
            if any(_TONNES_HDR.search(t) for t in texts) and any(header_grade(t) for t in texts):
                header = texts
                for j, t in enumerate(texts):
                    if tcol is None and _TONNES_HDR.search(t) and not header_grade(t):
                        tcol = j
                    elif _CONTAINED_HDR.search(t):
                        g = header_grade(t)
                        contained[j] = (g[0] if g else None, *_contained_unit(t))
                    else:
                        g = header_grade(t)
                        if g is not None:
                            grades[j] = (g[0], g[1] or default_unit(g[0]))
            continue
        if tcol is None or not row:
            break
        cat = next((CATEGORY_RE.search(c.text) for c in row[:2] if CATEGORY_RE.search(c.text)), None)
        tonnes = _num(row[tcol]) if tcol < len(row) else None
        if cat is None or tonnes is None:
            continue
        cat_cell = next(c for c in row[:2] if CATEGORY_RE.search(c.text))
        factor = _tonnes_factor(header[tcol])
        for j, (com, unit) in grades.items():
            v = _num(row[j]) if j < len(row) else None
            if v is None:
                continue
            tc = row[tcol]
            res = Resource(
                category=doc.value(category_of(cat.group("cat")), cat_cell.start, cat_cell.end),
                commodity=Value(com, None, "from the column header"),
                tonnes=doc.value(round(tonnes * factor, 3), tc.start, tc.end),
                grade=doc.value(v, row[j].start, row[j].end),
                grade_unit=Value(unit, None, "from the column header"),
            )
            for k, (ccom, cf, cu) in contained.items():
                if (ccom == com or (ccom is None and len(grades) == 1)) and k < len(row):
                    amount = _num(row[k])
                    if amount is not None:
                        res.contained = doc.value(round(amount * cf, 3), row[k].start, row[k].end)
                        res.contained_unit = Value(cu)
            out.append(Row(row[0].start, row[-1].end, res))
    return out


def find_rows(doc: Doc) -> list[Row]:
    """Every resource line of every estimate table in the document."""
    out: list[Row] = []
    text = doc.text
    aligned = ("Tonnes" in text or "Tonnage" in text or "TONNES" in text) and ("  " in text or "\t" in text)
    for table in find_tables(text, aligned=aligned):
        out.extend(_rows(doc, table))
    return out
