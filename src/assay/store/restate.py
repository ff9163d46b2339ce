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

from sqlalchemy import Connection, bindparam, select

from assay.check.tolerance import agrees
from assay.store.schema import Fact, Release, table_of

_facts = table_of(Fact)
_releases = table_of(Release)


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


_cols = (
    _facts.c.id,
    _facts.c.concept,
    _facts.c.item,
    _facts.c.value,
    _facts.c.currency,
    _facts.c.period_end,
    _facts.c.period_months,
)
_SAME_PERIODS = (
    select(*_cols, _releases.c.sha256, _releases.c.release_date)
    .join(_releases, _releases.c.id == _facts.c.release_id)
    .where(
        _facts.c.issuer_id == bindparam("issuer_id"),
        _facts.c.release_id != bindparam("release_id"),
        _facts.c.concept.in_(bindparam("concepts", expanding=True)),
        _facts.c.period_end.in_(bindparam("ends", expanding=True)),
    )
    .order_by(_facts.c.id)
)


def compare(
    conn: Connection, release_id: int, issuer_id: int | None, facts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Check rows comparing the release's facts (rows just written, with
    their ids) with the same facts of other releases of the issuer."""
    new = [f for f in facts if f["period_end"] is not None]
    if issuer_id is None or not new:
        return []
    params = {
        "issuer_id": issuer_id,
        "release_id": release_id,
        "concepts": sorted({f["concept"] for f in new}),
        "ends": sorted({f["period_end"] for f in new}),
    }
    by_key: dict[tuple[Any, ...], list[Any]] = {}
    for o in conn.execute(_SAME_PERIODS, params):
        by_key.setdefault((o.concept, _norm(o.item), o.period_end), []).append(o)
    checks = []
    for f in new:
        for o in by_key.get((f["concept"], _norm(f["item"]), f["period_end"]), []):
            if f["period_months"] is not None and o.period_months is not None and f["period_months"] != o.period_months:
                continue
            if f["currency"] and o.currency and f["currency"] != o.currency:
                continue
            ok = same_figure(o.value, f["value"])
            where = f"release {o.sha256[:12]}" + (f" of {o.release_date.isoformat()}" if o.release_date else "")
            item = f" ({f['item']})" if f["item"] else ""
            checks.append(
                {
                    "release_id": release_id,
                    "name": "restatement",
                    "ok": ok,
                    "about": f"facts[{f['idx']}]",
                    "expected": o.value,
                    "found": f["value"],
                    "parts": [],
                    "detail": (
                        f"{f['concept']}{item} for the period ended {f['period_end'].isoformat()}: "
                        f"{where} reported {o.value:,.2f}"
                        + ("" if ok else f", this release {f['value']:,.2f}: a possible restatement")
                    ),
                    "fact_id": f["id"],
                    "other_fact_id": o.id,
                }
            )
    return checks
