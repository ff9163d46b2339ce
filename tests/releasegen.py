"""Generated releases in the genre, with their records, for store tests and benchmarks.

``generate(i)`` gives the text of release ``i`` and its :class:`Release`,
every value spanning the text it was "extracted" from. Releases cycle over a
set of issuers, each with its own ticker and a net loss per quarter that
every release reporting that quarter repeats (so cross-release checks have
figures to compare).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from assay.model import (
    Check,
    Fact,
    Financing,
    Grade,
    Intercept,
    Listing,
    Person,
    Release,
    Source,
    Span,
    Value,
)

NAMES = (
    "Aurora Ridge",
    "Black Spruce",
    "Cold Creek",
    "Desert Hawk",
    "Eagle Bay",
    "Falcon Peak",
    "Granite Lake",
    "Hollow Pine",
    "Iron Mask",
    "Juniper Hill",
    "Kettle River",
    "Lone Cabin",
)
SUFFIXES = ("Mining Corp.", "Resources Ltd.", "Gold Inc.", "Metals Corporation")
PEOPLE = ("Margaret L. Ostrowski", "Daniel R. Kovacs", "Priya N. Raman", "Thomas J. Beaulieu")
FILLER = (
    "The Company's exploration programs are designed and supervised by its technical team, and samples "
    "are shipped in sealed bags to an accredited laboratory for preparation and fire assay with an "
    "atomic absorption finish. Certified reference materials, blanks and duplicates are inserted into "
    "the sample stream at regular intervals as part of the quality assurance program. "
)


def issuer_of(i: int) -> tuple[str, str]:
    """The name and TSX Venture symbol of release ``i``'s issuer."""
    k = i % len(NAMES)
    name = f"{NAMES[k]} {SUFFIXES[k % len(SUFFIXES)]}"
    symbol = "".join(w[0] for w in NAMES[k].split()) + "X"[: k % 2] + "M"
    return name, symbol


def quarter_end(year: int, q: int) -> dt.date:
    month = 3 * q
    return dt.date(year, month, 30 if month in (6, 9) else 31)


def net_loss(i_issuer: int, end: dt.date) -> int:
    """An issuer's net loss for the quarter ending ``end`` (the same in every release)."""
    h = hashlib.sha256(f"{i_issuer}:{end}".encode()).digest()
    return 150_000 + int.from_bytes(h[:3], "big") % 900_000


class _Text:
    """Builds a release's text while recording the spans of values in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def val(self, value: Any, written: str) -> Value[Any]:
        start = self.size
        self.add(written)
        return Value(value, Span(start, self.size, written))

    def text(self) -> str:
        return "".join(self.parts)


def generate(i: int, *, restated: bool = False, filler: int = 9) -> tuple[Release, str]:
    """Release ``i``: a quarter's results, a closed placement and a drill hole.

    ``restated`` reports the comparative quarter's loss 10 % higher than the
    other releases do.
    """
    k = i % len(NAMES)
    name, symbol = issuer_of(i)
    year = 2010 + (i // len(NAMES)) // 4 % 12
    q = (i // len(NAMES)) % 4 + 1
    date = quarter_end(year, q) + dt.timedelta(days=45)
    t = _Text()
    rel_name = t.val(name, name)
    t.add("\n\n")
    rel_date = t.val(date, f"{date:%B} {date.day}, {date.year}")
    t.add("\n\n")
    ex = t.val("TSXV", "TSX Venture Exchange")
    t.add(": ")
    sym = t.val(symbol, symbol)
    t.add("\n\n")
    headline = t.val(
        f"{name} Reports Results and Closes Placement (No. {i})",
        f"{name} Reports Results and Closes Placement (No. {i})",
    )
    t.add(
        f'\n\nVancouver, British Columbia - {NAMES[k]} (the "Company") reports its results for the three months ended '
    )
    end = quarter_end(year, q)
    prior = dt.date(end.year - 1, end.month, end.day)
    pe = t.val(end, f"{end:%B} {end.day}, {end.year}")
    t.add(". The Company recorded a net loss of $")
    loss = net_loss(k, end)
    v1 = t.val(float(loss), f"{loss:,}")
    t.add(" compared to a net loss of $")
    loss_prior = int(net_loss(k, prior) * (1.1 if restated else 1))
    v2 = t.val(float(loss_prior), f"{loss_prior:,}")
    t.add(f" for the three months ended {prior:%B} {prior.day}, {prior.year}. ")
    count = 2_000_000 + 10_000 * (i % 300)
    price = 0.05 * (1 + i % 6)
    t.add("The Company has closed a non-brokered private placement of ")
    c = t.val(float(count), f"{count:,}")
    t.add(" units at a price of $")
    p = t.val(price, f"{price:.2f}")
    t.add(" per unit for gross proceeds of $")
    gross = round(count * price, 2)
    g = t.val(gross, f"{gross:,.0f}")
    t.add(". Each unit consists of one common share and one share purchase warrant exercisable for ")
    wt = t.val(24.0, "24 months")
    t.add(". The securities are subject to a hold period of ")
    hp = t.val(4.0, "four months and one day")
    t.add(".\n\nDrilling at the ")
    prop = t.val(f"{NAMES[(k + 3) % len(NAMES)]} Property", f"{NAMES[(k + 3) % len(NAMES)]} Property")
    t.add(" continued. Hole ")
    hole = t.val(f"{symbol}-{year % 100:02d}-{i:04d}", f"{symbol}-{year % 100:02d}-{i:04d}")
    length = 2.0 + (i % 40) * 0.75
    grade = round(0.4 + (i % 17) * 0.85, 2)
    t.add(" intersected ")
    ln = t.val(length, f"{length:.2f} metres")
    t.add(" grading ")
    gv = t.val(grade, f"{grade:.2f}")
    t.add(" ")
    gu = t.val("g/t", "g/t")
    t.add(" ")
    gc = t.val("Au", "gold")
    t.add(f" from {100 + i % 50} metres.\n\n")
    person = PEOPLE[i % len(PEOPLE)]
    pn = t.val(person, person)
    t.add(", ")
    role = t.val("President and CEO", "President and CEO")
    t.add(", commented on the quarter.\n\n")
    for _ in range(filler):
        t.add(FILLER)
    t.add(f"\n\nRelease {i}.\n")
    text = t.text()
    release = Release(
        source=Source(
            path=f"generated/{i:05d}.txt",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            format="text",
            chars=len(text),
        ),
        issuer=rel_name,
        release_date=rel_date,
        headline=headline,
        listings=[Listing(exchange=ex, symbol=sym)],
        categories=[Value("financial_results"), Value("financing"), Value("exploration_results")],
        financings=[
            Financing(
                status=Value("closed"),
                brokered=Value(False),
                security=Value("units"),
                count=c,
                price=p,
                currency=Value("CAD", None, "bare $ in a Canadian release"),
                gross_proceeds=g,
                warrants_per_unit=Value(1.0),
                warrant_term_months=wt,
                hold_period_months=hp,
            )
        ],
        facts=[
            Fact(concept=Value("net_loss"), value=v1, currency=Value("CAD"), period_end=pe, period_months=Value(3)),
            Fact(
                concept=Value("net_loss"),
                value=v2,
                currency=Value("CAD"),
                period_end=Value(prior, None, "a year before the period"),
                period_months=Value(3),
            ),
        ],
        intercepts=[
            Intercept(
                hole=hole,
                length_m=ln,
                grades=[Grade(value=gv, unit=gu, commodity=Value("Au", gc.span))],
                extras={"property": prop},
            )
        ],
        people=[Person(name=pn, role=role)],
        checks=[
            Check(
                name="units_x_price", ok=True, about="financings[0]", expected=gross, found=gross, parts=[count, price]
            )
        ],
    )
    return release, text
