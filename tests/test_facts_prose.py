"""Figures in sentences: concept, value, period, item and currency, current and comparative."""

from __future__ import annotations

import pytest

from assay.pipeline import extract

Row = tuple[str, float, str | None, int | None, str | None, str | None]


def facts(text: str) -> set[Row]:
    out = set()
    for f in extract(text).to_dict()["facts"]:
        out.add((f["concept"], f["value"], f["period_end"], f["period_months"], f["item"], f["currency"]))
    return out


INTRO_2019 = 'Results for the year ended December 31, 2019 ("fiscal 2019") are reported today.\n\n'
INTRO_Q1 = "Results for the three months ended March 31, 2016 are reported today.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INTRO_2019 + "The loss for fiscal 2019 was $2,410,300 or $0.04 per share compared to a loss of "
            "$1,985,000 or $0.05 per share in the year ended December 31, 2018.",
            {
                ("net_loss", 2410300, "2019-12-31", 12, None, None),
                ("loss_per_share", 0.04, "2019-12-31", 12, None, None),
                ("net_loss", 1985000, "2018-12-31", 12, None, None),
                ("loss_per_share", 0.05, "2018-12-31", 12, None, None),
            },
        ),
        (
            INTRO_Q1 + "The Company reported a net loss of US$612,000, or a loss per share of $0.02, compared "
            "to a net loss of US$388,500 in the three months ended March 31, 2015.",
            {
                ("net_loss", 612000, "2016-03-31", 3, None, "USD"),
                ("loss_per_share", 0.02, "2016-03-31", 3, None, None),
                ("net_loss", 388500, "2015-03-31", 3, None, "USD"),
            },
        ),
        (
            INTRO_2019 + "Interest income in 2019 was $95,210 compared to $41,800 in 2018.",
            {
                ("other", 95210, "2019-12-31", 12, "Interest income", None),
                ("other", 41800, "2018-12-31", 12, "Interest income", None),
            },
        ),
        (
            INTRO_2019 + "During fiscal 2019, cash used in operations was $1,120,450 compared to $990,300 in 2018.",
            {
                ("cash_used_in_operations", 1120450, "2019-12-31", 12, None, None),
                ("cash_used_in_operations", 990300, "2018-12-31", 12, None, None),
            },
        ),
        (
            INTRO_Q1 + "At March 31, 2016, the Company had working capital of C$3,204,100 and cash of C$3.5 million.",
            {
                ("working_capital", 3204100, "2016-03-31", None, None, "CAD"),
                ("cash", 3500000, "2016-03-31", None, None, "CAD"),
            },
        ),
        (
            INTRO_Q1 + "Working capital at March 31, 2016 was negative $0.9 million compared with working "
            "capital of $1.2 million on December 31, 2015.",
            {
                ("working_capital_deficit", 900000, "2016-03-31", None, None, None),
                ("working_capital", 1200000, "2015-12-31", None, None, None),
            },
        ),
        (
            INTRO_2019 + "During 2019 the Company spent $1.4 million on exploration at the Silver Lake property.",
            {("exploration_expenditure", 1400000, "2019-12-31", 12, "Silver Lake", None)},
        ),
        (
            INTRO_Q1 + "In the quarter, 400,000 stock options were exercised at prices from $0.12 to $0.25 per "
            "share to provide $71,500 to the treasury.",
            {("exercise_proceeds", 71500, "2016-03-31", 3, None, None)},
        ),
        (
            "Results for the six months ended June 30, 2014 are reported today. The Company recorded a net loss "
            "for the three months ended June 30, 2014 of $1.7 million ($0.03 per share) on revenues of $6.4 million.",
            {
                ("net_loss", 1700000, "2014-06-30", 3, None, None),
                ("loss_per_share", 0.03, "2014-06-30", 3, None, None),
                ("revenue", 6400000, "2014-06-30", 3, None, None),
            },
        ),
        (
            "All amounts are in Canadian dollars unless otherwise stated. Results for the year ended "
            "December 31, 2012 are reported today. Administrative expenses for 2012 were $804,220 "
            "(2011: $650,010).",
            {
                ("administrative_expense", 804220, "2012-12-31", 12, None, "CAD"),
                ("administrative_expense", 650010, "2011-12-31", 12, None, "CAD"),
            },
        ),
        (
            INTRO_2019 + "Included in administrative expenses is a foreign exchange loss of $31,460.",
            {("foreign_exchange_loss", 31460, "2019-12-31", 12, None, None)},
        ),
        (
            "Results for the three and nine months ended September 30, 2022 are reported today.\n\n"
            "- Net income of $3.2 million, or $0.02 per basic share, compared with a net loss of $1.1 million "
            "for the same period in 2021.\n"
            "- Adjusted EBITDA of $8.4 million.\n"
            "- All-in sustaining costs of US$18.50 per ounce.\n"
            "- Cash and cash equivalents of $15.2 million at September 30, 2022 (December 31, 2021 - $11.8 million).",
            {
                ("net_income", 3200000, "2022-09-30", 3, None, None),
                ("earnings_per_share", 0.02, "2022-09-30", 3, None, None),
                ("net_loss", 1100000, "2021-09-30", 3, None, None),
                ("other", 8400000, "2022-09-30", 3, "Adjusted EBITDA", None),
                ("cash", 15200000, "2022-09-30", None, None, None),
                ("cash", 11800000, "2021-12-31", None, None, None),
            },
        ),
        (
            "Results for the quarter ended September 30, 2021 are reported today. The net loss for the nine "
            "months ended September 30, 2021 was $1,234,500 compared with a net loss of $987,600 for the same "
            "period in 2020.",
            {
                ("net_loss", 1234500, "2021-09-30", 9, None, None),
                ("net_loss", 987600, "2020-09-30", 9, None, None),
            },
        ),
        (
            'Harbour Ridge reports results for the second quarter ended June 30, 2023 ("Q2 2023").\n\n'
            "- Revenue of $78.4 million (Q2 2022: $61.0 million).\n"
            "- Cash costs of $845 per ounce.\n"
            "- Operating cash flow of $30.2 million.\n"
            "- Cash of $95.7 million as at June 30, 2023, an increase of $14.9 million over the quarter.\n"
            "- Capital expenditures of $18.3 million, including $6.1 million of growth capital.",
            {
                ("revenue", 78400000, "2023-06-30", 3, None, None),
                ("revenue", 61000000, "2022-06-30", 3, None, None),
                ("cash_from_operations", 30200000, "2023-06-30", 3, None, None),
                ("cash", 95700000, "2023-06-30", None, None, None),
                ("capitalized_expenditure", 18300000, "2023-06-30", 3, None, None),
                ("capitalized_expenditure", 6100000, "2023-06-30", 3, "growth capital", None),
            },
        ),
        (
            "Results for the nine months ended September 30, 2006 are reported today.\n\n"
            "General and administrative costs were $654,321 for the period (2005 - $543,210). Interest income "
            "decreased to $45,678 from $67,890 in the prior year. The net loss was $1,876,543 compared with a net "
            "loss of $1,234,567 for the comparable period of the prior year.",
            {
                ("administrative_expense", 654321, "2006-09-30", 9, None, None),
                ("administrative_expense", 543210, "2005-09-30", 9, None, None),
                ("other", 45678, "2006-09-30", 9, "Interest income", None),
                ("other", 67890, "2005-09-30", 9, "Interest income", None),
                ("net_loss", 1876543, "2006-09-30", 9, None, None),
                ("net_loss", 1234567, "2005-09-30", 9, None, None),
            },
        ),
        (
            "Copperfield Resources Reports Q3 2021 Results\n\nNet loss for the quarter was $845,000. Cash at the "
            "end of the quarter was $2.2 million.",
            {
                ("net_loss", 845000, "2021-09-30", 3, None, None),
                ("cash", 2200000, "2021-09-30", None, None, None),
            },
        ),
        (
            # amounts in pounds sterling, comparatives dated day before month
            "Annual results for the year ended 31 March 2015.\n\nThe loss for the year was \u00a31.84 million "
            "(2014: \u00a32.07 million). At 31 March 2015 the Group held cash of \u00a33.12 million "
            "(31 March 2014: \u00a34.40 million).",
            {
                ("net_loss", 1840000, "2015-03-31", 12, None, "GBP"),
                ("net_loss", 2070000, "2014-03-31", 12, None, "GBP"),
                ("cash", 3120000, "2015-03-31", None, None, "GBP"),
                ("cash", 4400000, "2014-03-31", None, None, "GBP"),
            },
        ),
        (
            # a part of a total that names only the project it went to
            INTRO_2019 + "Exploration costs capitalised in 2019 came to $2.40 million, of which $1.95 million "
            "related to the Red Fox project.",
            {
                ("capitalized_expenditure", 2400000, "2019-12-31", 12, None, None),
                ("capitalized_expenditure", 1950000, "2019-12-31", 12, "Red Fox", None),
            },
        ),
        (
            # parts of a total whose property follows the amount
            INTRO_2019 + "Of the total exploration expenditures, $712,400 (2018 - $530,000) was incurred on "
            "Bear Creek and $96,300 (2018 - $112,800) on Tamarack.",
            {
                ("exploration_expenditure", 712400, "2019-12-31", 12, "Bear Creek", None),
                ("exploration_expenditure", 530000, "2018-12-31", 12, "Bear Creek", None),
                ("exploration_expenditure", 96300, "2019-12-31", 12, "Tamarack", None),
                ("exploration_expenditure", 112800, "2018-12-31", 12, "Tamarack", None),
            },
        ),
        (
            INTRO_Q1 + "During the quarter the Company invested $3.1 million in sustaining capital at the mill. "
            "Administration and corporate costs for the quarter were $0.42 million. Payments to related parties "
            "during the quarter totalled $96,000.",
            {
                ("capitalized_expenditure", 3100000, "2016-03-31", 3, None, None),
                ("administrative_expense", 420000, "2016-03-31", 3, None, None),
                ("other", 96000, "2016-03-31", 3, "Payments to related parties", None),
            },
        ),
    ],
)
def test_prose_facts(text: str, expected: set[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # changes between periods, forecasts, unit metrics, offering terms and property prices are no facts
        "The net loss decreased by $0.4 million, reflecting a decrease of $0.2 million in administrative costs.",
        "The Company plans to spend $2.5 million on exploration in 2020.",
        "Cash cost per ounce was $1,045 in the quarter.",
        "The Company closed a private placement of 4,000,000 units at $0.25 per unit for gross proceeds of $1,000,000.",
        "The purchase price of the property is $450,000 payable over three years.",
        "Exploration expenditures of $600,000 are budgeted for 2020.",
    ],
)
def test_not_facts(sentence: str) -> None:
    assert facts(INTRO_2019 + sentence) == set()


def test_no_period_no_fact() -> None:
    # a release that pins no period down reports no figures from loose wording
    assert facts("Partners have funded over $36 million in exploration expenditures on the claims.") == set()


def test_meeting_and_option_terms_give_no_facts() -> None:
    text = (
        "Shareholders approved the audited financial statements for the year ended December 31, 2022.\n\n"
        "Under the option agreement the Company will make cash payments totalling $250,000 and incur "
        "exploration expenditures of $1,000,000 on the property. The Company has spent over $2 million on "
        "exploration at the property since 2015. Exploration expenditures to date total $4.1 million. "
        "The Company granted 500,000 stock options exercisable at $0.10 per share."
    )
    assert facts(text) == set()


def test_rounded_restatement_of_a_table_figure_is_one_fact() -> None:
    text = (
        "Results for the three months ended June 30, 2018.\n\n- Revenue of $21.4 million.\n\n"
        "(in thousands of dollars)\n\n| | Three months ended June 30, 2018 | Three months ended June 30, 2017 |\n"
        "|---|---|---|\n| Revenue | 21,372 | 18,904 |\n| Net income | 2,118 | 1,530 |\n"
    )
    assert facts(text) == {
        ("revenue", 21372000, "2018-06-30", 3, None, None),
        ("revenue", 18904000, "2017-06-30", 3, None, None),
        ("net_income", 2118000, "2018-06-30", 3, None, None),
        ("net_income", 1530000, "2017-06-30", 3, None, None),
    }
