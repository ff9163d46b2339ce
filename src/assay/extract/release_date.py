"""The release date: from the dateline or a date line at the head of the text.

A *header date* is a date whose line holds, before it, only capitalised
words and punctuation (a place, a wire's name: ``VANCOUVER, BRITISH
COLUMBIA--(Marketwire - Dec. 6, 2007) -``, ``TORONTO, Aug. 16 /CNW/ -``,
``ASX/Media Announcement 2 April 2020``) or nothing (``May 31, 2004``,
``June 18, 2003, Vancouver, BC -``). The dateline (a header date followed
by the body) wins; failing one, the first header date; failing that, the
front matter's ``date:``. A date written without its year (``Aug. 16``)
takes the year that puts it nearest to the closest full date in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assay.parse.dates import FoundDate, find_dates

HEAD_CHARS = 4000  # header dates are looked for this far into the body
_MAX_PREFIX = 100
_NEAR_REACH = (1_500, 20_000)  # how far either side of a year-less date its year is looked for, step by step
_YEAR = re.compile(r"(?:19|20)\d\d")
_EDGE = 200  # a date this far inside a scanned window is one the wider scan finds too
_PREFIX_WORD = re.compile(r"[A-Za-z][A-Za-z.'&]*")
_PREFIX_LOWER_OK = frozenset({"and", "de", "du", "of", "la", "le"})
_PREFIX_END_OK = re.compile(r"(?:[,:|]|\b(?:Announcement|Release|Date|Dated|Update|Report|Wire|Newswire))\s*$", re.I)
_TIME_TAIL = re.compile(r"\s*(?:\d{1,2}:\d\d|\||/|\()")
_DATELINE_DASH = re.compile(r"(?:^|[\s)/])-")


@dataclass(frozen=True, slots=True)
class HeaderDate:
    found: FoundDate
    line_start: int
    dateline: bool


def header_dates(text: str, start: int, end: int) -> list[HeaderDate]:
    """Every header date in ``text[start:end]``, in order."""
    out: list[HeaderDate] = []
    for f in find_dates(text, start, end):
        line_start = text.rfind("\n", start, f.start) + 1
        # a date split over lines ("June\n18, 2003") starts its own line
        prefix = text[max(line_start, start) : f.start]
        if not _prefix_ok(prefix):
            continue
        tail = text[f.end : f.end + 120].split("\n", 1)[0]
        dateline = _is_dateline(tail)
        if not dateline and prefix.strip() and not _PREFIX_END_OK.search(prefix) and not _TIME_TAIL.match(tail):
            continue
        out.append(HeaderDate(f, max(line_start, start), dateline))
    return out


def _prefix_ok(prefix: str) -> bool:
    if len(prefix) > _MAX_PREFIX or any(c.isdigit() for c in prefix):
        return False
    return all(w[0].isupper() or w in _PREFIX_LOWER_OK for w in _PREFIX_WORD.findall(prefix))


def _is_dateline(tail: str) -> bool:
    """Whether the rest of a date's line reads as a dateline's end and a body."""
    m = _DATELINE_DASH.search(tail)
    if m is None:
        return False
    between, after = tail[: m.start()], tail[m.end() :]
    if ":" in between or any(c.isdigit() for c in between) or len(between) > 60:
        return False
    for w in _PREFIX_WORD.findall(between):
        if not w[0].isupper():
            return False
    return len(after.strip()) >= 3 or not after.strip()


def complete_year(text: str, f: FoundDate) -> dt.date | None:
    """The date of ``f``, its year (if left out) taken from the nearest full date."""
    if f.year is not None:
        return f.date()
    best = _nearest_full_date(text, f)
    if best is None:
        return None
    ref = best.date()
    if ref is None:
        return None
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := f.date(y)) is not None]
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def _nearest_full_date(text: str, f: FoundDate) -> FoundDate | None:
    """The date with a year nearest to ``f``, within ``_NEAR_REACH[-1]`` characters.

    The text is scanned in a narrow window first: a date found well inside
    it (``_EDGE`` from its ends) is found the same by a wider scan, and
    nothing outside can be nearer.
    """
    lo, hi = max(0, f.start - _NEAR_REACH[-1]), min(len(text), f.end + _NEAR_REACH[-1])
    if _YEAR.search(text, lo, hi) is None:
        return None  # every full date holds a year
    for reach in _NEAR_REACH:
        lo, hi = max(0, f.start - reach), min(len(text), f.end + reach)
        best: FoundDate | None = None
        for g in find_dates(text, lo, hi):
            if g.year is not None and (best is None or abs(g.start - f.start) < abs(best.start - f.start)):
                best = g
        whole = reach == _NEAR_REACH[-1] or (lo == 0 and hi == len(text))
        if whole or (best is not None and abs(best.start - f.start) <= reach - _EDGE):
            return best
    return None
