"""Wording → the contract's concept vocabulary."""

from __future__ import annotations

import pytest

from assay.extract.facts.concepts import CONCEPT_RE, concept_of, row_concept, signed_label


@pytest.mark.parametrize(
    ("wording", "concept"),
    [
        ("net loss", "net_loss"),
        ("loss", "net_loss"),
        ("loss per share", "loss_per_share"),
        ("net income", "net_income"),
        ("earnings per share", "earnings_per_share"),
        ("revenues", "revenue"),
        ("cash used in operating activities", "cash_used_in_operations"),
        ("cash flow from operations", "cash_from_operations"),
        ("cash and cash equivalents", "cash"),
        ("cash position", "cash"),
        ("working capital", "working_capital"),
        ("working capital deficit", "working_capital_deficit"),
        ("negative working capital", "working_capital_deficit"),
        ("total assets", "total_assets"),
        ("exploration expenditures", "exploration_expenditure"),
        ("exploration and evaluation costs", "exploration_expenditure"),
        ("research and development", "research_development_expense"),
        ("general and administrative expenses", "administrative_expense"),
        ("foreign exchange loss", "foreign_exchange_loss"),
        ("foreign exchange gain", "foreign_exchange_gain"),
        ("exercise of stock options", "exercise_proceeds"),
        ("warrants were exercised", "exercise_proceeds"),
        ("was capitalized", "capitalized_expenditure"),
        ("interest income", "other"),
        ("impairment loss", "other"),
        ("unrealized gain", "other"),
        ("operating profit", "other"),
        ("recovery", "recovery"),
        ("spent on sustaining capital at the mill", "capitalized_expenditure"),
        ("growth and expansion capital", "capitalized_expenditure"),
        ("capital expenditures for the period", "capitalized_expenditure"),
        ("administration and corporate costs", "administrative_expense"),
        ("corporate and administration expenses", "administrative_expense"),
        ("payments to related parties and their associates", "other"),
    ],
)
def test_concept_wording(wording: str, concept: str) -> None:
    m = CONCEPT_RE.search(wording)
    assert m is not None
    assert concept_of(m) == concept


@pytest.mark.parametrize(
    "wording", ["a mineral claim", "drill hole", "the share price", "the warrants", "before changes in working capital"]
)
def test_no_concept(wording: str) -> None:
    assert CONCEPT_RE.search(wording) is None


@pytest.mark.parametrize(
    ("label", "negative", "reads"),
    [
        ("Foreign exchange gain (loss) on cash held", True, "Foreign exchange loss on cash held"),
        ("Foreign exchange gain (loss) on cash held", False, "Foreign exchange gain on cash held"),
        ("Cash flows (used in) from investing activities", True, "Cash flows used in investing activities"),
        ("Cash flows (used in) from investing activities", False, "Cash flows from investing activities"),
        ("Increase (decrease) in cash", True, "decrease in cash"),
        ("Net income", True, "Net income"),
        ("Foreign exchange loss (gain)", True, "Foreign exchange gain"),
        ("Foreign exchange loss (gain)", False, "Foreign exchange loss"),
    ],
)
def test_signed_label(label: str, negative: bool, reads: str) -> None:
    assert signed_label(label, negative) == reads


@pytest.mark.parametrize(
    ("label", "negative", "concept", "item"),
    [
        ("Net loss", True, "net_loss", None),
        ("Net income (loss)", True, "net_loss", None),
        ("Net income (loss)", False, "net_income", None),
        ("Basic and diluted loss per share", True, "loss_per_share", None),
        ("Cash", False, "cash", None),
        ("Cash and cash equivalents", False, "cash", None),
        ("Total assets", False, "total_assets", None),
        ("Total current assets", False, "other", "total current assets"),
        ("Restricted cash", False, "other", "restricted cash"),
        ("Cash flows used in operating activities", True, "cash_used_in_operations", None),
        ("Cash flows (used in) from financing activities", False, "other", "cash flows from financing activities"),
        ("Foreign exchange gain (loss) on foreign cash", True, "foreign_exchange_loss", "foreign cash"),
        ("Working capital", True, "working_capital_deficit", None),
        ("Share capital", False, "other", "share capital"),
        ("Foreign exchange loss (gain)", True, "foreign_exchange_gain", None),
        ("Foreign exchange loss (gain)", False, "foreign_exchange_loss", None),
        ("Net loss (income)", True, "net_income", None),
    ],
)
def test_row_concept(label: str, negative: bool, concept: str, item: str | None) -> None:
    assert row_concept(label, negative) == (concept, item)
