"""Extract the release's resource and reserve estimates: tonnage, grade and contained metal by category.

Prose statements (:mod:`.statements`) and estimate tables (:mod:`.tables`);
the cut-off grade is the one stated nearest the figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from assay.extract.intercepts.grades import commodity_of
from assay.extract.resources import statements
from assay.extract.resources import tables as estimate_tables
from assay.extract.resources.terms import CUTOFF_RE
from assay.model import Release, Resource, Value
from assay.normalise import Doc

_TONNAGE = ("tonne", "Tonne", "Mt", "tons", "Tons", "TONNE", "kt")
_WORDS = ("esource", "eserve", "ESOURCE", "ESERVE", "nferred", "ndicated", "robable")


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.resources`` from ``doc``."""
    text = doc.text
    if not any(w in text for w in _TONNAGE) or not any(w in text for w in _WORDS):
        return
    cutoffs = _cutoffs(text)
    rows = estimate_tables.find_rows(doc)
    taken = sorted((r.start, r.end) for r in rows)
    starts = [a for a, _ in taken]
    for f in statements.find_figures(text):
        k = bisect_right(starts, f.start) - 1
        if k >= 0 and f.start < taken[k][1]:
            continue
        g = f.grade
        cat = (
            doc.value(f.category[0], f.category[1], f.category[2])
            if f.category
            else Value("unspecified", None, "no category named")
        )
        com = g.commodity
        res = Resource(
            category=cat,
            commodity=doc.value(com, *g.com_span) if com and g.com_span else None,
            tonnes=doc.value(f.tonnes[0], f.tonnes[1], f.tonnes[2]),
            grade=doc.value(g.value, *g.num),
            grade_unit=doc.value(g.unit, *g.unit_span),
        )
        if f.contained is not None:
            amount, unit, a, b, ccom = f.contained
            res.contained = doc.value(amount, a, b)
            res.contained_unit = Value(unit)
            if res.commodity is None and ccom and commodity_of(ccom):
                res.commodity = Value(commodity_of(ccom) or "", None, "named with the contained metal")
        res.cutoff = _nearest(doc, cutoffs, f.start)
        if f.historic is not None:
            res.historic = doc.value(True, *f.historic)
        release.resources.append(res)
    for r in rows:
        r.resource.cutoff = r.resource.cutoff or _nearest(doc, cutoffs, r.start)
        release.resources.append(r.resource)


_CUTOFF_SPOTS = tuple(re.compile(w) for w in ("cut-off", "cutoff", "cut off", "Cut-off", "Cutoff", "CUT-OFF"))


def _cutoffs(text: str) -> list[tuple[int, str, tuple[int, int]]]:
    """Every stated cut-off grade: (offset, as written, span), read around each "cut-off"."""
    out: list[tuple[int, str, tuple[int, int]]] = []
    seen: set[int] = set()
    for spot in sorted((m for rx in _CUTOFF_SPOTS for m in rx.finditer(text)), key=lambda m: m.start()):
        for m in CUTOFF_RE.finditer(text, max(0, spot.start() - 40), min(len(text), spot.end() + 80)):
            if m.start() in seen:
                continue
            seen.add(m.start())
            group = "a" if m.group("a") else "b"
            out.append((m.start(), m.group(group), m.span(group)))
    out.sort()
    return out


def _nearest(doc: Doc, cutoffs: list[tuple[int, str, tuple[int, int]]], at: int) -> Value[str] | None:
    """The cut-off stated nearest ``at`` within 1,500 characters, or the only one stated."""
    if not cutoffs:
        return None
    k = _bisect(cutoffs, at)
    near = cutoffs[max(0, k - 1) : k + 1]
    pos, written, span = min(near, key=lambda c: abs(c[0] - at))
    if abs(pos - at) > 1500 and len({c[1] for c in cutoffs[:64]}) > 1:
        return None
    return doc.value(" ".join(written.split()), *span)


def _bisect(cutoffs: list[tuple[int, str, tuple[int, int]]], at: int) -> int:
    lo, hi = 0, len(cutoffs)
    while lo < hi:
        mid = (lo + hi) // 2
        if cutoffs[mid][0] <= at:
            lo = mid + 1
        else:
            hi = mid
    return lo
