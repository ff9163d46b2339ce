from __future__ import annotations

import datetime as dt

import pytest

from assay.parse.dates import find_dates, months_between, parse_date
from assay.parse.numbers import parse_number, word_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 31, 2004", dt.date(2004, 5, 31)),
        ("VANCOUVER, Dec. 18, 2019 /CNW/ -", dt.date(2019, 12, 18)),
        ("December 06, 2007 16:24 ET", dt.date(2007, 12, 6)),
        ("2019-12-18 / @newswire", dt.date(2019, 12, 18)),
        ("29.09.2023  |  ACCESS Newswire", dt.date(2023, 9, 29)),
        ("BURLINGTON, March 8, 2021 -", dt.date(2021, 3, 8)),
        ("18 December 2019", dt.date(2019, 12, 18)),
        ("Sept 5 2022", dt.date(2022, 9, 5)),
        ("the 3rd day of June, 2021", dt.date(2021, 6, 3)),
        ("February 30, 2021", None),
        ("Marks 5, 2004", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_date_without_year_takes_a_default() -> None:
    (found,) = list(find_dates("TORONTO, Aug. 16 /CNW/ - Mandalay"))
    assert found.year is None
    assert found.date() is None
    assert found.date(2010) == dt.date(2010, 8, 16)


@pytest.mark.parametrize(
    ("a", "b", "months"),
    [
        (dt.date(2007, 12, 6), dt.date(2009, 12, 6), 24),
        (dt.date(2019, 12, 18), dt.date(2020, 4, 19), 4),
        (dt.date(2021, 1, 1), dt.date(2021, 1, 10), 0),
    ],
)
def test_months_between(a: dt.date, b: dt.date, months: int) -> None:
    assert months_between(a, b) == months


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,391,214", 1391214),
        ("4.2 million", 4.2e6),
        ("0.45", 0.45),
        ("twenty-four", 24),
        ("eighteen", 18),
        ("one-half", 0.5),
        ("Four", 4),
        ("thirty six", 36),
        ("abc", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_word_number_rejects_nonsense() -> None:
    assert word_number("twenty-ten") is None
