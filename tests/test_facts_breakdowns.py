"""Totals and their parts, and the check that the parts sum to the total."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.extract.facts.breakdowns import clean_item
from assay.pipeline import extract

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_6b54678625a90f47.txt"

BREAKDOWN = (
    'Results for the year ended December 31, 2015 ("fiscal 2015") are reported today.\n\n'
    "During fiscal 2015, the Company spent $1,000,000 (2014 $640,000) on research and development. "
    "Costs incurred include laboratory testing $420,000 (2014 $300,000); consulting fees $330,000 "
    "(2014 $250,000); pilot plant operations which includes staff and power $180,000 (2014 Nil) and "
    "travel $70,000 (2014 $90,000).\n\n"
    "Exploration expenditures totalled $905,000 in fiscal 2015, of which $55,000 was capitalized. "
    "Exploration expenditures were incurred on the following properties in fiscal 2015: Blue Lake "
    "$812,000 (2014: $402,000), Red Creek $50,000 (2014 recovery of $4,100) and Stony Point recovery of "
    "$12,000 (2014 expenditures of $31,000)."
)


def by_value(release_dict: dict) -> dict[float, dict]:
    return {f["value"]: f for f in release_dict["facts"]}


@pytest.mark.parametrize(
    ("value", "concept", "item", "period_end", "parent_value"),
    [
        (420000, "research_development_expense", "laboratory testing", "2015-12-31", 1000000),
        (300000, "research_development_expense", "laboratory testing", "2014-12-31", 640000),
        (330000, "research_development_expense", "consulting fees", "2015-12-31", 1000000),
        (180000, "research_development_expense", "pilot plant operations", "2015-12-31", 1000000),
        (70000, "research_development_expense", "travel", "2015-12-31", 1000000),
        (90000, "research_development_expense", "travel", "2014-12-31", 640000),
        (55000, "capitalized_expenditure", None, "2015-12-31", 905000),
        (812000, "exploration_expenditure", "Blue Lake", "2015-12-31", 905000),
        (402000, "exploration_expenditure", "Blue Lake", "2014-12-31", None),
        (50000, "exploration_expenditure", "Red Creek", "2015-12-31", 905000),
        (4100, "other", "Red Creek", "2014-12-31", None),
        (12000, "other", "Stony Point", "2015-12-31", 905000),
        (31000, "exploration_expenditure", "Stony Point", "2014-12-31", None),
    ],
)
def test_breakdown_parts(
    value: float, concept: str, item: str | None, period_end: str, parent_value: float | None
) -> None:
    release = extract(BREAKDOWN)
    d = release.to_dict()
    facts = by_value(d)
    f = facts[value]
    assert (f["concept"], f["item"], f["period_end"]) == (concept, item, period_end)
    parent = release.facts[[x.value.value for x in release.facts].index(value)].parent
    assert (release.facts[parent].value.value if parent is not None else None) == parent_value


def test_nil_comparative_is_no_fact() -> None:
    assert not any(
        f["period_end"] == "2014-12-31" and f["item"] == "pilot plant operations"
        for f in extract(BREAKDOWN).to_dict()["facts"]
    )


def test_breakdown_checks_pass() -> None:
    checks = extract(BREAKDOWN).checks
    assert {(c.expected, c.found, c.ok) for c in checks} == {
        (1000000, 1000000, True),
        (905000, 905000, True),
        (640000, 640000, True),
    }
    exploration = next(c for c in checks if c.expected == 905000)
    assert exploration.parts == [55000, 812000, 50000, -12000]


@pytest.mark.parametrize(
    ("words", "item"),
    [
        ("); consulting fees ", "consulting fees"),
        ("), and Stony Point recovery of ", "Stony Point"),
        (" prototype parts for testing ", "prototype parts"),
        ("); field costs which includes wages ", "field costs"),
        ("); share-based compensation of ", "share-based compensation"),
        (") and ", None),
    ],
)
def test_clean_item(words: str, item: str | None) -> None:
    assert clean_item(words) == item


def test_seed_checks_pass() -> None:
    release = extract(SEED)
    found = {(c.expected, c.ok) for c in release.checks}
    assert (1769659, True) in found
    assert (1729799, True) in found
    assert all(c.ok for c in release.checks)
    rd = next(c for c in release.checks if c.expected == 1769659)
    assert len(rd.parts) == 10
    assert sum(rd.parts) == rd.found == 1769659


def test_seed_check_fails_when_a_component_is_altered() -> None:
    text = SEED.read_text().replace("consulting fees \\$24,784", "consulting fees \\$24,874")
    assert text != SEED.read_text()
    release = extract(text)
    rd = next(c for c in release.checks if c.expected == 1769659)
    assert not rd.ok
    assert rd.found == 1769659 + 90
    exploration = next(c for c in release.checks if c.expected == 1729799)
    assert exploration.ok


BALANCE_SHEET = """Results for the year ended December 31, 2018 are reported today.
Balance sheet
|December 31,
|December 31,
|2018
|2017
Current assets:
Cash
|$
|1,500,000
|$
|2,000,000
Receivables
|250,000
|{receivables}
Total current assets
|1,750,000
|2,300,000
Mineral properties
|4,000,000
|3,000,000
Total assets
|5,750,000
|5,300,000
Shareholders' equity:
Share capital
|9,000,000
|8,000,000
Deficit
|(3,600,000
|)
|(2,900,000
|)
Total shareholders' equity
|5,400,000
|5,100,000
"""


@pytest.mark.parametrize(("receivables", "all_ok"), [("300,000", True), ("310,000", False)])
def test_statement_totals_are_checked(receivables: str, all_ok: bool) -> None:
    checks = extract(BALANCE_SHEET.format(receivables=receivables)).checks
    assert {c.expected for c in checks} == {1750000, 2300000, 5750000, 5300000, 5400000, 5100000}
    failing = {c.expected for c in checks if not c.ok}
    assert failing == (set() if all_ok else {2300000})
    equity = next(c for c in checks if c.expected == 5400000)
    assert equity.parts == [9000000, -3600000]
