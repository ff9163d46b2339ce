"""Periods of offering terms in months: warrant terms and hold periods.

``for a period of 24 months``, ``two years from the closing``,
``thirty-six (36) months``, ``four months and one day``, ``four-month hold
period``; or an expiry date (``expiring September 5, 2022``) counted in whole
months from the release date, rounded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assay.parse.dates import find_dates, months_between
from assay.parse.numbers import WORD_NUMBER, word_number

_PERIOD_RE = re.compile(
    rf"(?:(?<=of)|(?<=[\s(\-]))(?:(?P<num>\d{{1,3}}(?:\.\d+)?)|(?P<word>{WORD_NUMBER})(?:\s*\(\s*(?P<paren>\d{{1,3}})\s*\))?)"
    r"\s*[- ]?\s*\(?(?P<unit>months?|years?)\b\)?",
    re.IGNORECASE,
)
# "four months and one day", "four months plus a day": the day does not count.
_AND_A_DAY = re.compile(r"\s*(?:and|plus)\s+(?:a|one|1)\s+day", re.IGNORECASE)
_DATE_LEAD = re.compile(
    r"(?:expir\w*|expire|on\s+or\s+before|until|up\s+to\s+and\s+including|ending|ends?|lapses?|"
    r"(?:expiry|expiration|maturity)\s+date\s+(?:of|is|being))\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
_ANNIVERSARY = re.compile(
    r"(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+anniversary\s+of\s+(?:the\s+)?"
    r"(?:date\s+of\s+)?(?:the\s+)?(?:closing|issu|offering|completion)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Period:
    """A period found in a text: months, and the range it was read from."""

    months: float
    start: int
    end: int
    from_date: bool = False


def find_period(text: str, start: int, end: int) -> Period | None:
    """The first period written in months or years in ``text[start:end]``."""
    for m in _PERIOD_RE.finditer(text, start, end):
        if m.group("num") is not None:
            n = float(m.group("num"))
        elif m.group("paren") is not None:
            n = float(m.group("paren"))
        else:
            w = word_number(m.group("word"))
            if w is None:
                continue
            n = w
        months = n * 12 if m.group("unit").lower().startswith("year") else n
        if 0 < months <= 240:
            return Period(months, m.start(), m.end())
    return None


def find_expiry(text: str, start: int, end: int, release_date: dt.date | None) -> Period | None:
    """An expiry date in ``text[start:end]`` as whole months from ``release_date``."""
    if release_date is None:
        return None
    for f in find_dates(text, start, end):
        if not _DATE_LEAD.search(text, max(start, f.start - 40), f.start):
            continue
        d = f.date(release_date.year)
        if d is None or d <= release_date:
            continue
        return Period(float(months_between(release_date, d)), f.start, f.end, from_date=True)
    return None


def find_anniversary(text: str, start: int, end: int) -> Period | None:
    """A term ending on an anniversary of the closing ("until the second anniversary of the closing date")."""
    m = _ANNIVERSARY.search(text, start, end)
    if m is None:
        return None
    return Period(12.0 * _ORDINALS[m.group("n").lower()], m.start(), m.end())


def term_months(text: str, start: int, end: int, release_date: dt.date | None) -> Period | None:
    """A term stated as a period, or else as an anniversary or an expiry date."""
    return (
        find_period(text, start, end)
        or find_anniversary(text, start, end)
        or find_expiry(text, start, end, release_date)
    )


def has_extra_day(text: str, end: int) -> bool:
    """Whether the period ending at ``end`` goes on "and one day"."""
    return _AND_A_DAY.match(text, end) is not None
