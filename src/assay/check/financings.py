"""Arithmetic checks of a release's financings.

- ``count_x_price``: a class's count times its price agrees with the gross
  proceeds the release states for it;
- ``classes_sum_to_total``: the classes of one offering add up to the total
  the release states for them together;
- ``finder_warrants_within_sold``: finder's warrants do not outnumber the
  securities sold;
- ``warrant_term_sane`` / ``hold_period_sane``: a warrant term of 1 to 120
  months, a hold period of 1 to 24 months.

A failing check is information in the record, not an error.
"""

from __future__ import annotations

from assay.check.tolerance import agrees
from assay.model import Check, Financing, Release, val

WARRANT_TERM_MONTHS = (1.0, 120.0)
HOLD_PERIOD_MONTHS = (1.0, 24.0)


def _stated(x: object) -> bool:
    """Whether a value was read from the text (not computed from others)."""
    return x is not None and getattr(x, "span", None) is not None


def _count_x_price(f: Financing, about: str) -> Check | None:
    count, price, gross = val(f.count), val(f.price), val(f.gross_proceeds)
    if count is None or price is None or gross is None or not _stated(f.gross_proceeds) or not _stated(f.count):
        return None
    expected = count * price
    # a price rounded to the cent leaves the product off by up to half a cent a security
    ok = agrees(expected, gross) or abs(expected - gross) <= count * 0.005
    return Check(
        "count_x_price",
        ok,
        about,
        expected=round(expected, 2),
        found=gross,
        parts=[count, price],
        detail="count x price = gross proceeds",
    )


def _classes_sum(release: Release) -> list[Check]:
    out: list[Check] = []
    groups: dict[float, list[int]] = {}
    for i, f in enumerate(release.financings):
        stated = f.extras.get("offering_gross_proceeds")
        if stated is not None:
            groups.setdefault(float(stated.value), []).append(i)
    for total, idx in groups.items():
        parts = [val(release.financings[i].gross_proceeds) for i in idx]
        if len(idx) < 2 or any(p is None for p in parts):
            continue
        found = float(sum(p for p in parts if p is not None))
        out.append(
            Check(
                "classes_sum_to_total",
                agrees(total, found, rel_tol=0.01),
                f"financings[{idx[0]}]",
                expected=total,
                found=round(found, 2),
                parts=[float(p) for p in parts if p is not None],
                detail="the classes add up to the offering's stated total",
            )
        )
    return out


def _bounds(name: str, value: float | None, about: str, lo: float, hi: float, what: str) -> Check | None:
    if value is None:
        return None
    return Check(name, lo <= value <= hi, about, found=value, detail=f"{what} within {lo:g} to {hi:g} months")


def check(release: Release) -> list[Check]:
    """The checks of ``release.financings``."""
    out: list[Check] = []
    sold = sum(val(f.count) or 0 for f in release.financings)
    for i, f in enumerate(release.financings):
        about = f"financings[{i}]"
        c = _count_x_price(f, about)
        if c is not None:
            out.append(c)
        warrants = val(f.finder_warrants)
        if warrants is not None and sold:
            out.append(
                Check(
                    "finder_warrants_within_sold",
                    warrants <= sold,
                    about,
                    expected=float(sold),
                    found=float(warrants),
                    detail="finder's warrants do not exceed the securities sold",
                )
            )
        for name, value, (lo, hi), what in (
            ("warrant_term_sane", val(f.warrant_term_months), WARRANT_TERM_MONTHS, "warrant term"),
            ("hold_period_sane", val(f.hold_period_months), HOLD_PERIOD_MONTHS, "hold period"),
        ):
            b = _bounds(name, value, about, lo, hi, what)
            if b is not None:
                out.append(b)
    out.extend(_classes_sum(release))
    return out
