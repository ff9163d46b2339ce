"""Results tables: each cell a figure with its row's concept and its column's period."""

from __future__ import annotations

from assay.pipeline import extract

PIPE = """Results for the year ended December 31, 2022 are reported today. All amounts are in Canadian dollars.

| (in thousands) | Year ended December 31, 2022 | Year ended December 31, 2021 |
| --- | --- | --- |
| Revenue | 12,480 | 9,975 |
| Net income (loss) | (1,310) | 2,045 |
| Cash used in operating activities | (850) | (420) |
"""

ALIGNED = """Results for the year ended June 30, 2021 are reported today.

Selected annual information ($)
                                    2021            2020
Net loss                       1,204,500         933,100
Exploration expenditures         865,000         410,250
Total assets                   6,300,400       5,120,900

The results are unaudited.
"""

# one value per line, column headers interleaved line by line
LINES_INTERLEAVED = """Results for the three months ended June 30, 2008 are reported today.
All figures are in United States dollars.
Summary of results:
|Three Months
|Three Months
|Ended June
|Ended June
|30, 2008
|30, 2007
|
Net loss
|$
|(1,402,118
|)
|$
|(977,340
|)
|
Loss per share
|(0.03
|)
|(0.02
|)
|
Cash flows used in operating activities
|(1,150,660
|)
|(805,500
|)
|June 30,
|December 31,
|2008
|2007
|
Cash
|$
|8,204,700
|$
|11,080,250
|
Total assets
|24,606,100
|26,998,000
"""

# one value per line, each column's header given in full before the next
LINES_SEQUENTIAL = """Statement of Financial Position
(Expressed in thousands of Canadian dollars)

As at
September 30, 2019

As at
September 30, 2018

Cash

2,105

3,870

Receivables

144

96

Total assets

15,220

14,980

Deficit
"""


def rows(text: str) -> set[tuple[str, float, str | None, int | None, str | None, str | None]]:
    return {
        (f["concept"], f["value"], f["period_end"], f["period_months"], f["item"], f["currency"])
        for f in extract(text).to_dict()["facts"]
    }


def test_pipe_table() -> None:
    assert rows(PIPE) == {
        ("revenue", 12480000, "2022-12-31", 12, None, "CAD"),
        ("revenue", 9975000, "2021-12-31", 12, None, "CAD"),
        ("net_loss", 1310000, "2022-12-31", 12, None, "CAD"),
        ("net_income", 2045000, "2021-12-31", 12, None, "CAD"),
        ("cash_used_in_operations", 850000, "2022-12-31", 12, None, "CAD"),
        ("cash_used_in_operations", 420000, "2021-12-31", 12, None, "CAD"),
    }


def test_aligned_table_with_year_header() -> None:
    assert rows(ALIGNED) == {
        ("net_loss", 1204500, "2021-06-30", 12, None, None),
        ("net_loss", 933100, "2020-06-30", 12, None, None),
        ("exploration_expenditure", 865000, "2021-06-30", 12, None, None),
        ("exploration_expenditure", 410250, "2020-06-30", 12, None, None),
        ("total_assets", 6300400, "2021-06-30", None, None, None),
        ("total_assets", 5120900, "2020-06-30", None, None, None),
    }


def test_one_value_per_line_interleaved_headers() -> None:
    assert rows(LINES_INTERLEAVED) == {
        ("net_loss", 1402118, "2008-06-30", 3, None, "USD"),
        ("net_loss", 977340, "2007-06-30", 3, None, "USD"),
        ("loss_per_share", 0.03, "2008-06-30", 3, None, "USD"),
        ("loss_per_share", 0.02, "2007-06-30", 3, None, "USD"),
        ("cash_used_in_operations", 1150660, "2008-06-30", 3, None, "USD"),
        ("cash_used_in_operations", 805500, "2007-06-30", 3, None, "USD"),
        ("cash", 8204700, "2008-06-30", None, None, "USD"),
        ("cash", 11080250, "2007-12-31", None, None, "USD"),
        ("total_assets", 24606100, "2008-06-30", None, None, "USD"),
        ("total_assets", 26998000, "2007-12-31", None, None, "USD"),
    }


def test_one_value_per_line_sequential_headers_in_thousands() -> None:
    assert rows(LINES_SEQUENTIAL) == {
        ("cash", 2105000, "2019-09-30", None, None, "CAD"),
        ("cash", 3870000, "2018-09-30", None, None, "CAD"),
        ("other", 144000, "2019-09-30", None, "receivables", "CAD"),
        ("other", 96000, "2018-09-30", None, "receivables", "CAD"),
        ("total_assets", 15220000, "2019-09-30", None, None, "CAD"),
        ("total_assets", 14980000, "2018-09-30", None, None, "CAD"),
    }


def test_value_at_the_end_of_a_cut_text_is_left_out() -> None:
    cut = LINES_SEQUENTIAL.replace("Deficit\n", "") + "Deficit\n\n(5,1"
    found = rows(cut)
    assert not any(r[4] == "deficit" for r in found)
    assert ("total_assets", 15220000, "2019-09-30", None, None, "CAD") in found


def test_drill_table_is_not_financial() -> None:
    text = """Results for the year ended December 31, 2020 are reported today.

| Hole | From (m) | To (m) | Length (m) | Au (g/t) |
| --- | --- | --- | --- | --- |
| AB-20-01 | 12.0 | 24.5 | 12.5 | 3.20 |
| AB-20-02 | 101.3 | 110.0 | 8.7 | 1.05 |
"""
    assert rows(text) == set()


GROUPED = """Results for the three and nine months ended September 30, 2022 are reported today.

(in thousands of US dollars, except per share amounts)

|                     | Three months ended September 30 | | Nine months ended September 30 | |
|                     | 2022 | 2021 | 2022 | 2021 |
| --- | --- | --- | --- | --- |
| Revenue             | 25,610 | 18,400 | 70,120 | 55,900 |
| Net income (loss) per share | 0.02 | (0.01) | 0.05 | (0.02) |
"""


def test_grid_with_a_row_of_groups_over_a_row_of_years() -> None:
    # per-share amounts are not in thousands
    assert rows(GROUPED) == {
        ("revenue", 25610000, "2022-09-30", 3, None, "USD"),
        ("revenue", 18400000, "2021-09-30", 3, None, "USD"),
        ("revenue", 70120000, "2022-09-30", 9, None, "USD"),
        ("revenue", 55900000, "2021-09-30", 9, None, "USD"),
        ("earnings_per_share", 0.02, "2022-09-30", 3, None, "USD"),
        ("loss_per_share", 0.01, "2021-09-30", 3, None, "USD"),
        ("earnings_per_share", 0.05, "2022-09-30", 9, None, "USD"),
        ("loss_per_share", 0.02, "2021-09-30", 9, None, "USD"),
    }


SINGLE_SPACED = """Results for the year ended December 31, 2011 are reported today.

SUMMARY OF FINANCIAL RESULTS
Year ended December 31 2011 2010
Revenue $ 4,512,300 $ 3,880,100
Net loss (1,204,500) (933,100)
Loss per share (0.02) (0.01)
Total assets 16,300,400 15,120,900

Tel: 604 687 4622
"""


def test_rows_written_with_single_spaces() -> None:
    assert rows(SINGLE_SPACED) == {
        ("revenue", 4512300, "2011-12-31", 12, None, None),
        ("revenue", 3880100, "2010-12-31", 12, None, None),
        ("net_loss", 1204500, "2011-12-31", 12, None, None),
        ("net_loss", 933100, "2010-12-31", 12, None, None),
        ("loss_per_share", 0.02, "2011-12-31", 12, None, None),
        ("loss_per_share", 0.01, "2010-12-31", 12, None, None),
        ("total_assets", 16300400, "2011-12-31", None, None, None),
        ("total_assets", 15120900, "2010-12-31", None, None, None),
    }


STATEMENT_OF_LOSS = """Results for the year ended December 31, 2023 are reported today.

Consolidated Statements of Loss and Comprehensive Loss
(Expressed in Canadian dollars)

Years ended December 31,

2023

2022

Expenses

Consulting fees

412,550

300,100

General and administrative

388,910

295,700

Share-based compensation

150,000

-

Net loss and comprehensive loss for the year

(3,069,860)

(1,997,800)
"""


def test_statement_of_loss_one_value_per_line_with_years_as_headers() -> None:
    assert rows(STATEMENT_OF_LOSS) == {
        ("other", 412550, "2023-12-31", 12, "consulting fees", "CAD"),
        ("other", 300100, "2022-12-31", 12, "consulting fees", "CAD"),
        ("administrative_expense", 388910, "2023-12-31", 12, None, "CAD"),
        ("administrative_expense", 295700, "2022-12-31", 12, None, "CAD"),
        ("other", 150000, "2023-12-31", 12, "share-based compensation", "CAD"),
        ("net_loss", 3069860, "2023-12-31", 12, None, "CAD"),
        ("net_loss", 1997800, "2022-12-31", 12, None, "CAD"),
    }


GROUPED_LINES = """Results for the three and nine months ended September 30, 2019 are reported today.
Selected results:
|Three months ended September 30,
|Nine months ended September 30,
|2019
|2018
|2019
|2018
Revenue
|$
|1,250,000
|$
|900,400
|$
|3,410,200
|$
|2,505,000
Net loss
|(410,300
|)
|(388,000
|)
|(1,120,700
|)
|(990,100
|)
Cash used in operating activities
|(350,000
|)
|(298,000
|)
|(980,000
|)
|(845,500
|)
"""


def test_one_value_per_line_groups_over_years() -> None:
    found = rows(GROUPED_LINES)
    assert ("revenue", 1250000, "2019-09-30", 3, None, None) in found
    assert ("revenue", 900400, "2018-09-30", 3, None, None) in found
    assert ("revenue", 3410200, "2019-09-30", 9, None, None) in found
    assert ("net_loss", 990100, "2018-09-30", 9, None, None) in found
    assert ("cash_used_in_operations", 980000, "2019-09-30", 9, None, None) in found
    assert len(found) == 12


NOTES_AND_CHANGES = """Results for the year ended December 31, 2022 are reported today. All amounts are in US dollars.

                           Note        2022         2021     % Change
Revenue                       4     125,400      101,200          24%
Net loss                            (12,300)     (15,800)        (22%)
Total assets                        410,000      388,500           6%
"""


def test_rows_with_a_note_column_and_a_change_column() -> None:
    assert rows(NOTES_AND_CHANGES) == {
        ("revenue", 125400, "2022-12-31", 12, None, "USD"),
        ("revenue", 101200, "2021-12-31", 12, None, "USD"),
        ("net_loss", 12300, "2022-12-31", 12, None, "USD"),
        ("net_loss", 15800, "2021-12-31", 12, None, "USD"),
        ("total_assets", 410000, "2022-12-31", None, None, "USD"),
        ("total_assets", 388500, "2021-12-31", None, None, "USD"),
    }


def test_grid_without_a_currency_sign_and_its_totals() -> None:
    text = """Results for the year ended December 31, 2020 are reported today.

| | December 31, 2020 | December 31, 2019 |
| --- | --- | --- |
| Current assets | | |
| Cash | 1,200 | 900 |
| Receivables | 300 | 250 |
| Total current assets | 1,500 | 1,150 |
| Equipment | 500 | 400 |
| Total assets | 2,000 | 1,550 |
"""
    release = extract(text)
    assert ("total_assets", 2000, "2020-12-31", None, None, None) in rows(text)
    assert {(c.expected, c.found, c.ok) for c in release.checks} == {
        (1500, 1500, True),
        (1150, 1150, True),
        (2000, 2000, True),
        (1550, 1550, True),
    }


def test_rows_of_ounces_and_unit_costs_are_no_facts() -> None:
    text = (
        "Results for the three months ended March 31, 2019 (in thousands of US dollars).\n\n"
        "| | Three months ended March 31, 2019 | Three months ended March 31, 2018 |\n|---|---|---|\n"
        "| Gold sold (oz) | 14,210 | 12,980 |\n| Revenue | 18,470 | 16,650 |\n"
        "| All-in sustaining cost ($/oz) | 1,012 | 1,075 |\n| Net income | 1,904 | 1,221 |\n"
    )
    assert rows(text) == {
        ("revenue", 18470000, "2019-03-31", 3, None, "USD"),
        ("revenue", 16650000, "2018-03-31", 3, None, "USD"),
        ("net_income", 1904000, "2019-03-31", 3, None, "USD"),
        ("net_income", 1221000, "2018-03-31", 3, None, "USD"),
    }


def test_foreign_exchange_loss_gain_row_reads_its_sign() -> None:
    text = (
        "Summary of results\n\n"
        "                              Year ended            Year ended\n"
        "                          June 30, 2017         June 30, 2016\n"
        "Net loss for the year            1,422,310             1,877,050\n"
        "Foreign exchange loss (gain)        21,400               (8,315)\n"
    )
    assert rows(text) == {
        ("net_loss", 1422310, "2017-06-30", 12, None, None),
        ("net_loss", 1877050, "2016-06-30", 12, None, None),
        ("foreign_exchange_loss", 21400, "2017-06-30", 12, None, None),
        ("foreign_exchange_gain", 8315, "2016-06-30", 12, None, None),
    }
