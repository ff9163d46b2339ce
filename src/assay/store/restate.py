"""Cross-release checks: the same figure reported again in another release.

A release's comparative figures repeat what earlier releases reported (last
year's net loss beside this year's). When a stored fact has the same issuer,
concept, item and period as a new one, the two values are compared; a
difference larger than the rounding either figure is written with flags a
possible restatement (a check with ``ok`` false).
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import Connection, select

from assay.check.tolerance import agrees
from assay.store.schema import Fact, Release

_facts = Fact.__table__
_releases = Release.__table__


def rounding(value: float) -> float:
    """Half the unit a figure is written to: 5,200,000 → 50,000; 5,245,165 → 0.5."""
    v = abs(value)
    if v == 0 or not math.isfinite(v) or v != int(v):
        return 0.005
    step = 1
    while v % (step * 10) == 0 and step < 1e12:
        step *= 10
    return step / 2


def same_figure(a: float, b: float) -> bool:
    """Whether two reports of one figure agree, allowing for how each was rounded."""
    return agrees(a, b) or abs(a - b) <= max(rounding(a), rounding(b))


def _norm(s: Any) -> str | None:
    return s.strip().lower() if isinstance(s, str) else s


def compare(conn: Connection, release_id: int, issuer_id: int | None, fact_ids: list[int]) -> list[dict[str, Any]]:
    """Check rows comparing the release's facts with the same facts of other releases."""
    if issuer_id is None or not fact_ids:
        return []
    cols = (_facts.c.id, _facts.c.idx, _facts.c.concept, _facts.c.item, _facts.c.value, _facts.c.currency)
    cols += (_facts.c.period_end, _facts.c.period_months, _facts.c.release_id)
    new = conn.execute(select(*cols).where(_facts.c.id.in_(fact_ids), _facts.c.period_end.is_not(None))).all()
    if not new:
        return []
    concepts = sorted({f.concept for f in new})
    ends = sorted({f.period_end for f in new})
    old = conn.execute(
        select(*cols, _releases.c.sha256, _releases.c.release_date)
        .join(_releases, _releases.c.id == _facts.c.release_id)
        .where(
            _facts.c.issuer_id == issuer_id,
            _facts.c.release_id != release_id,
            _facts.c.concept.in_(concepts),
            _facts.c.period_end.in_(ends),
        )
        .order_by(_facts.c.id)
    ).all()
    by_key: dict[tuple[Any, ...], list[Any]] = {}
    for f in old:
        by_key.setdefault((f.concept, _norm(f.item), f.period_end), []).append(f)
    checks = []
    for f in new:
        for o in by_key.get((f.concept, _norm(f.item), f.period_end), []):
            if f.period_months is not None and o.period_months is not None and f.period_months != o.period_months:
                continue
            if f.currency and o.currency and f.currency != o.currency:
                continue
            ok = same_figure(o.value, f.value)
            where = f"release {o.sha256[:12]}" + (f" of {o.release_date.isoformat()}" if o.release_date else "")
            checks.append(
                {
                    "release_id": release_id,
                    "name": "restatement",
                    "ok": ok,
                    "about": f"facts[{f.idx}]",
                    "expected": o.value,
                    "found": f.value,
                    "parts": [],
                    "detail": (
                        f"{f.concept}{' (' + f.item + ')' if f.item else ''} for the period ended "
                        f"{f.period_end.isoformat()}: {where} reported {o.value:,.2f}"
                        + ("" if ok else f", this release {f.value:,.2f}: a possible restatement")
                    ),
                    "fact_id": f.id,
                    "other_fact_id": o.id,
                }
            )
    return checks
