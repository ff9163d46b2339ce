"""Financing checks: each passes on consistent figures and fails when one is altered."""

from __future__ import annotations

import datetime as dt

import pytest

from assay.check.financings import check
from assay.extract import financings
from assay.model import Check, Financing, Release, Source, Value
from assay.normalise import normalise

TEXT = (
    "Cedar Point Gold Corp. has closed its non-brokered private placement of {count} units at a price of "
    "$0.10 per unit for gross proceeds of {gross}. Each unit consists of one common share and one warrant "
    "exercisable at $0.15 for a period of {term} months. The Company paid finder's fees of $8,000 and issued "
    "{finder} finder's warrants. The securities are subject to a hold period of {hold} months."
)
GOOD = {"count": "1,000,000", "gross": "$100,000", "term": "24", "finder": "80,000", "hold": "four"}


def checks_of(**changes: str) -> dict[str, Check]:
    text = TEXT.format(**(GOOD | changes))
    release = Release(source=Source(None, "", "txt", len(text)), release_date=Value(dt.date(2022, 1, 10)))
    financings.extract(normalise(text), release)
    assert len(release.financings) == 1
    return {c.name: c for c in check(release)}


def test_consistent_figures_pass() -> None:
    got = checks_of()
    assert {name: c.ok for name, c in got.items()} == {
        "count_x_price": True,
        "finder_warrants_within_sold": True,
        "warrant_term_sane": True,
        "hold_period_sane": True,
    }


@pytest.mark.parametrize(
    ("change", "failing"),
    [
        ({"gross": "$110,000"}, "count_x_price"),
        ({"count": "1,200,000"}, "count_x_price"),
        ({"finder": "1,500,000"}, "finder_warrants_within_sold"),
        ({"term": "240"}, "warrant_term_sane"),
        ({"hold": "thirty-six"}, "hold_period_sane"),
    ],
)
def test_an_altered_figure_fails_its_check(change: dict[str, str], failing: str) -> None:
    got = checks_of(**change)
    assert got[failing].ok is False
    assert all(c.ok for name, c in got.items() if name != failing)


def test_count_x_price_reports_expected_and_found() -> None:
    c = checks_of(gross="$110,000")["count_x_price"]
    assert (c.expected, c.found, c.parts) == (100_000, 110_000, [1_000_000, 0.10])


def _class(count: float, price: float, gross: float, total: float) -> Financing:
    return Financing(
        count=Value(count),
        price=Value(price),
        gross_proceeds=Value(gross, None, "count x price"),
        extras={"offering_gross_proceeds": Value(total)},
    )


@pytest.mark.parametrize(("total", "ok"), [(1_900_000, True), (2_100_000, False)])
def test_classes_sum_to_the_stated_total(total: float, ok: bool) -> None:
    release = Release(source=Source(None, "", "txt", 0))
    release.financings = [_class(4e6, 0.25, 1e6, total), _class(3e6, 0.30, 9e5, total)]
    got = [c for c in check(release) if c.name == "classes_sum_to_total"]
    assert len(got) == 1
    assert got[0].ok is ok
    assert got[0].found == 1_900_000


def test_computed_proceeds_are_not_checked_against_themselves() -> None:
    release = Release(source=Source(None, "", "txt", 0))
    release.financings = [_class(4e6, 0.25, 1e6, 1e6)]
    assert [c.name for c in check(release)] == []
