"""From found intervals to the record's intercepts: one per interval, with spans.

A release often gives an interval twice (highlights, then the table): the
first is kept, completed with what the repeat adds (depths, a hole id,
more grades). Every intercept gets its grade times length as an extra.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from assay.extract.intercepts.found import Found, Num
from assay.extract.intercepts.grades import GradeHit
from assay.model import Grade, Intercept, Value
from assay.normalise import Doc

_METRE_UNIT = {"g/t": "g/t*m", "%": "%*m", "ppm": "ppm*m", "ppb": "ppb*m", "oz/t": "oz/t*m"}


def _decimals(x: float) -> int:
    s = repr(x)
    return len(s) - s.index(".") - 1 if "." in s and not s.endswith(".0") else 0


def same_number(a: float, b: float) -> bool:
    """Equal as written, allowing one to be the other rounded ("41.6" and "41.62")."""
    if abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0):
        return True
    d = min(_decimals(a), _decimals(b))
    return round(a, d) == round(b, d) or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _hole_key(h: str | None) -> str:
    return "".join(c for c in (h or "") if c.isalnum()).upper()


def _same_interval(a: Found, b: Found) -> bool:
    if a.length is None or b.length is None:
        return False
    x, y = a.length.value, b.length.value
    if abs(x - y) > 0.05 + 0.005 * max(x, y) or not same_number(x, y):
        return False
    if a.hole and b.hole and _hole_key(a.hole) != _hole_key(b.hole):
        return False
    for p, q in ((a.from_m, b.from_m), (a.to_m, b.to_m)):
        if p is not None and q is not None and not same_number(p.value, q.value):
            return False
    ga = {(g.commodity, g.unit): g.value for g in a.grades}
    gb = {(g.commodity, g.unit): g.value for g in b.grades}
    common = ga.keys() & gb.keys()
    return bool(common) and all(same_number(ga[k], gb[k]) for k in common)


_NEAR = 200  # repeats are looked for among this many earlier intervals of about the same length


def dedupe(found: list[Found]) -> list[Found]:
    """Drop repeats of an interval, completing the first from them; parents re-indexed."""
    keep: list[Found] = []
    index: dict[int, int] = {}
    buckets: dict[int, list[int]] = {}
    for i, f in enumerate(found):
        key = round(f.length.value) if f.length is not None else -1
        near = [k for b in (key - 1, key, key + 1) for k in buckets.get(b, ())[-_NEAR:]]
        j = next((k for k in sorted(near) if _same_interval(keep[k], f)), None)
        if j is None:
            index[i] = len(keep)
            buckets.setdefault(key, []).append(len(keep))
            keep.append(f)
            continue
        index[i] = j
        _complete(keep[j], f)
    for i, f in enumerate(found):
        if f.parent is not None and keep[index[i]] is f:
            f.parent = index.get(f.parent)
            if f.parent == index[i]:
                f.parent = None
    return keep


def _complete(g: Found, f: Found) -> None:
    """Fill what ``g`` lacks from its repeat ``f``."""
    if g.hole is None and f.hole is not None:
        g.hole, g.hole_at = f.hole, f.hole_at
    g.from_m = g.from_m or f.from_m
    g.to_m = g.to_m or f.to_m
    g.true_width = g.true_width or f.true_width
    g.length_ft = g.length_ft or f.length_ft
    g.kind = g.kind or f.kind
    have = {(x.commodity, x.unit) for x in g.grades}
    g.grades.extend(x for x in f.grades if (x.commodity, x.unit) not in have)


def fill_commodities(text: str, found: list[Found]) -> None:
    """Commodities not written ("41.6 g/t over 0.7m"): the release's usual one for the unit."""
    seen: Counter[tuple[str, str]] = Counter()
    for f in found:
        for g in f.grades:
            if g.commodity:
                seen[(g.unit, g.commodity)] += 1
    low = ""
    for f in found:
        for g in f.grades:
            if g.commodity:
                continue
            options = [(n, c) for (u, c), n in seen.items() if u == g.unit]
            if options:
                g.commodity = max(options)[1]
            elif g.unit in ("g/t", "oz/t"):
                low = low or text.lower()
                g.commodity = "Ag" if low.count("silver") > low.count("gold") else "Au"
            g.inferred = g.commodity is not None


def _num(doc: Doc, n: Num | None) -> Value[float] | None:
    if n is None:
        return None
    if n.at is None:
        return Value(n.value, None, n.note)
    return doc.value(n.value, n.at[0], n.at[1], n.note)


def _grade(doc: Doc, g: GradeHit) -> Grade | None:
    if not g.commodity:
        return None
    if g.from_header:
        if g.com_span is not None:  # the header cell: "Au (g/t)"
            return Grade(
                doc.value(g.value, *g.num), doc.value(g.unit, *g.unit_span), doc.value(g.commodity, *g.com_span)
            )
        note = "from the table's column header"
        return Grade(doc.value(g.value, *g.num), Value(g.unit, None, note), Value(g.commodity, None, note))
    if g.com_span is not None:
        commodity: Value[str] = doc.value(g.commodity, *g.com_span)
    else:
        commodity = Value(g.commodity, None, "not written; the release's commodity for this unit")
    return Grade(doc.value(g.value, *g.num), doc.value(g.unit, *g.unit_span), commodity)


def to_intercepts(doc: Doc, found: list[Found], offset: int) -> list[Intercept]:
    """The record's intercepts; ``offset`` is the index of the first in the release."""
    out: list[Intercept] = []
    for f in found:
        grades = [g for g in (_grade(doc, x) for x in f.grades) if g is not None]
        hole = doc.value(f.hole, *f.hole_at) if f.hole and f.hole_at else None
        length = _num(doc, f.length)
        to_m = _num(doc, f.to_m)
        if to_m is None and f.from_m is not None and f.length is not None:
            to_m = Value(round(f.from_m.value + f.length.value, 3), None, "from_m + length_m")
        extras: dict[str, Value[Any]] = {}
        if f.length_ft is not None:
            extras["length_ft"] = _num(doc, f.length_ft)  # type: ignore[assignment]
        if f.true_width is not None:
            extras["true_width_m"] = _num(doc, f.true_width)  # type: ignore[assignment]
        if f.relation:
            extras["relation"] = Value(f.relation)
        if f.kind:
            extras["sample_type"] = Value(f.kind)
        if f.length is not None and grades:
            metres = [
                {
                    "commodity": g.commodity.value,
                    "value": round(g.value.value * f.length.value, 3),
                    "unit": _METRE_UNIT[g.unit.value],
                }
                for g in grades
            ]
            extras["grade_metres"] = Value(metres, None, "grade x length_m")
        out.append(
            Intercept(
                hole=hole,
                from_m=_num(doc, f.from_m),
                to_m=to_m,
                length_m=length,
                grades=grades,
                extras=extras,
                parent=None if f.parent is None else offset + f.parent,
            )
        )
    return out
