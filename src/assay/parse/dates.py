"""Dates as releases write them, found with their positions.

``May 31, 2004``, ``Dec. 18, 2019``, ``December 06, 2007``, ``Sept 5 2022``,
``18 December 2019``, ``2019-12-18``, ``29.09.2023``; and, where the year
is left out (``Aug. 16``), a date with ``year=None`` that the caller may
complete from context.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assay.parse.trie import trie_alternation

MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    MONTHS[calendar.month_name[_i].lower()] = _i
    MONTHS[calendar.month_abbr[_i].lower()] = _i
MONTHS["sept"] = 9

MONTH = (
    r"(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?"
)
_MONTH_RE = re.compile(MONTH, re.IGNORECASE)

_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
# case-sensitive (Title, UPPER) so the engine can skip ahead on first letters; the
# boundary before a month or a number is checked in _found, not by a leading look-behind
_MONTH_CS = "(?:" + trie_alternation({v for n in _NAMES for v in (n, n.upper())}) + r")(?![A-Za-z])\.?"
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)?"
# One pattern per form, each starting on one kind of character: a single alternation of
# month-first and digit-first forms would be tried at every position of the text.
_MONTH_FIRST = re.compile(
    rf"(?P<m1>{_MONTH_CS})\s*(?P<d1>\d{{1,2}}){_ORD}"
    r"(?:(?:\s*,\s*|\s+)(?P<y1>(?:19|20)\d\d)(?!\d)|(?![\d,.]{0,20}\d))"
)
_DAY_FIRST = re.compile(
    rf"(?P<d2>\d{{1,2}}){_ORD}(?:\s+day\s+of)?\s+(?P<m2>{_MONTH_CS}),?\s+(?P<y2>(?:19|20)\d\d)(?!\d)"
)
_ISO = re.compile(r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]?\d)-(?P<d3>[0-3]?\d)(?![\d])")
_DOTTED = re.compile(r"(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>(?:19|20)\d\d)(?![\d])")
_MONTH_NAME = re.compile(_MONTH_CS)
# Cheap scans for a part that every match of a digit-first form holds: a month name
# followed by a year, ".month.year" or "-month-day". They start on letters, a dot or a dash, so they skip
# the text's many figures, at which the digit-first forms would be tried.
_DAY_FIRST_PART = re.compile(rf"{_MONTH_CS},?\s+(?:19|20)\d\d(?!\d)")
_DOTTED_PART = re.compile(r"\.\d{1,2}\.(?:19|20)\d\d(?!\d)")
_ISO_PART = re.compile(r"-[01]?\d-[0-3]?\d(?![\d])")
_GATED = ((_ISO, _ISO_PART), (_DOTTED, _DOTTED_PART))


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text; ``year`` is ``None`` when the text leaves it out."""

    year: int | None
    month: int
    day: int
    start: int
    end: int

    def date(self, default_year: int | None = None) -> dt.date | None:
        year = self.year if self.year is not None else default_year
        if year is None:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


def month_number(name: str) -> int | None:
    """1 to 12 for a month's name or abbreviation (``"Sept."`` is 9)."""
    return MONTHS.get(name.lower().rstrip("."))


def _found(m: re.Match[str]) -> FoundDate | None:
    before = m.string[m.start() - 1] if m.start() > 0 else " "
    g = m.groupdict()
    numeric = g.get("y3") is not None or g.get("d4") is not None
    if before.isalpha() or (numeric and (before.isdigit() or before == ".")):
        return None
    year: int | None
    if g.get("m1"):
        month, day = month_number(g["m1"]), int(g["d1"])
        year = int(g["y1"]) if g["y1"] else None
    elif g.get("m2"):
        month, day, year = month_number(g["m2"]), int(g["d2"]), int(g["y2"])
    elif g.get("y3"):
        month, day, year = int(g["m3"]), int(g["d3"]), int(g["y3"])
    else:
        month, day, year = int(g["m4"]), int(g["d4"]), int(g["y4"])
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return FoundDate(year, month, day, m.start(), m.end())


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Every date in ``text[start:end]``, in order (overlapping writings give the first, longest)."""
    stop = len(text) if end is None else end
    # one scan for month names serves the month-first form and the day-first form's gate (no month
    # name starts inside another's match, so trying each form at every name finds what a scan would)
    months = [m.start() for m in _MONTH_NAME.finditer(text, start, stop)]
    matches = [m for p in months if (m := _MONTH_FIRST.match(text, p, stop)) is not None]
    if any(_DAY_FIRST_PART.match(text, p, stop) for p in months):
        matches.extend(_DAY_FIRST.finditer(text, start, stop))
    for rx, gate in _GATED:
        if gate.search(text, start, stop):
            matches.extend(rx.finditer(text, start, stop))
    found = [f for m in matches if (f := _found(m)) is not None]
    found.sort(key=lambda f: (f.start, -f.end))
    last = -1
    for f in found:
        if f.start >= last:
            last = f.end
            yield f


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The date that ``text`` is (or begins with), or ``None``."""
    for f in find_dates(text.strip()):
        return f.date(default_year)
    return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months_between(a: dt.date, b: dt.date) -> int:
    """Whole months from ``a`` to ``b``, rounded to the nearest month."""
    days = (b - a).days
    return round(days / (365.25 / 12))
