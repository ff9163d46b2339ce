"""Periods resolved from the release itself."""

from __future__ import annotations

import datetime as dt

import pytest

from assay.extract.facts.periods import Period, Periods

D = dt.date


@pytest.mark.parametrize(
    ("text", "phrase", "end", "months"),
    [
        ("Results for the year ended December 31, 2019 are out.", "year ended December 31, 2019", D(2019, 12, 31), 12),
        ("For the three months ended March 31, 2018, the loss fell.", "three months ended", D(2018, 3, 31), 3),
        ("Results for the six months ended June 30, 2012.", "six months ended", D(2012, 6, 30), 6),
        ("Results for the quarter ended September 30, 2015.", "quarter ended", D(2015, 9, 30), 3),
        ("Results for the fiscal year ended May 31, 2021.", "fiscal year ended", D(2021, 5, 31), 12),
        ("Cash at March 31, 2010 was strong.", "at March 31, 2010", D(2010, 3, 31), None),
        ("As at 30 June 2022 the Company held cash.", "As at 30 June 2022", D(2022, 6, 30), None),
        # a quarter named by its number
        ("The loss for Q3 2021 was small.", "Q3 2021", D(2021, 9, 30), 3),
        ("Sales in the second quarter of 2016 rose.", "second quarter of 2016", D(2016, 6, 30), 3),
        ("Sales in H1 2019 rose.", "H1 2019", D(2019, 6, 30), 6),
        (
            "Results for the year ended March 31, 2020. Sales in the first half of fiscal 2020 rose.",
            "first half",
            D(2019, 9, 30),
            6,
        ),
        ("Results for the year ended June 30, 2023. Revenue in FY2022 fell.", "FY2022", D(2022, 6, 30), 12),
        # a fiscal year that does not end in December
        (
            "Results for the year ended June 30, 2023. Revenue in Q1 fiscal 2023 rose.",
            "Q1 fiscal 2023",
            D(2022, 9, 30),
            3,
        ),
        ("Results for the year ended June 30, 2023. Sales in fiscal 2022 fell.", "fiscal 2022", D(2022, 6, 30), 12),
        # a name the release gives a period
        (
            'Results for the three months ended March 31, 2011, the first quarter of fiscal 2011 ("fiscal 2011"). '
            "During fiscal 2011 the work went on.",
            "During fiscal 2011",
            D(2011, 3, 31),
            3,
        ),
        # a year alone takes the shape of the main period
        ("Results for the year ended September 30, 2014. Interest in 2013 was low.", "in 2013", D(2013, 9, 30), 12),
        (
            "Results for the nine months ended September 30, 2017. The period was quiet.",
            "The period",
            D(2017, 9, 30),
            9,
        ),
        (
            "Results for the nine months ended September 30, 2017. The quarter was quiet.",
            "The quarter",
            D(2017, 9, 30),
            3,
        ),
        # a date without a year takes the main period's year
        (
            "Results for the quarter ended March 31, 2009. For the nine months ended December 31 costs rose.",
            "nine months ended December 31",
            D(2009, 12, 31),
            9,
        ),
        (
            "Results for the quarter ended March 31, 2009. For the nine months costs rose.",
            "the nine months",
            D(2009, 3, 31),
            9,
        ),
    ],
)
def test_period_resolution(text: str, phrase: str, end: dt.date, months: int | None) -> None:
    periods = Periods(text)
    start = text.index(phrase)
    refs = [r for r in periods.refs if r.start <= start + len(phrase) and start <= r.end]
    assert refs, f"no period found in {phrase!r}"
    assert periods.resolve(refs[-1]) == Period(end, months)


def test_period_without_context_is_unresolved() -> None:
    periods = Periods("The loss for the nine months ended September 30 was small.")
    (ref,) = periods.refs
    assert ref.period is None


def test_year_of_undated_period_from_release_date() -> None:
    periods = Periods("The loss for the nine months ended September 30 was small.", D(2020, 11, 20))
    assert periods.refs[0].period == Period(D(2020, 9, 30), 9)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Three Months Ended March 31, 2004", Period(D(2004, 3, 31), 3)),
        ("As at May 31, 2023", Period(D(2023, 5, 31), None)),
        ("December 31, 2003", Period(D(2003, 12, 31), None)),
        ("2022", Period(D(2022, 12, 31), 12)),
        ("Balance", None),
    ],
)
def test_column_headers(header: str, expected: Period | None) -> None:
    assert Periods("Results for the year ended December 31, 2023.").column(header) == expected
