"""Periods as a release writes them, resolved from the release itself.

"the year ended December 31, 2005", "three months ended March 31, 2004",
"quarter ended June 30, 2010", "Q3 2021", "the second quarter", "fiscal 2005"
(or whatever a release names with ``("fiscal 2005")`` after a period),
"in 2003", "(2004: ...)", and balance dates "at March 31, 2004". Each is a
:class:`PeriodRef` with its range of the text and, where the release pins it
down, a :class:`Period` (end date and length in months; ``None`` months for
a balance at a date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from assay.parse.dates import MONTH, month_end, month_number

_YEAR = r"(?:19|20)\d\d(?!\d)"
_N_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _date(p: str) -> str:
    """A date with an optional year, its groups prefixed with ``p``."""
    return (
        rf"(?:(?P<{p}m>{MONTH})\s*(?P<{p}d>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s*,\s*|\s+)(?P<{p}y>{_YEAR}))?"
        rf"|(?P<{p}d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<{p}m2>{MONTH}),?\s+(?P<{p}y2>{_YEAR}))"
    )


_ENDED = r"\s+(?:periods?\s+)?end(?:ed|ing)\s+"
_PERIOD_RE = re.compile(
    # the leading lookahead skips positions where no period can start
    r"(?=[tsnfyqaoidhpcTSNFYQAOIDHPC(0-9])(?<![A-Za-z0-9])"
    rf"(?:\b(?P<n>three|six|nine|twelve|3|6|9|12)(?:\s+and\s+(?:three|six|nine|twelve|3|6|9|12))?[-\s]+months?"
    rf"{_ENDED}{_date('a')}"
    rf"|\b(?:(?:fiscal|financial)\s+)?year{_ENDED}{_date('b')}"
    rf"|\bquarter{_ENDED}{_date('c')}"
    rf"|\b(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?!{_ENDED})"
    rf"(?:\s+(?:of\s+|in\s+)?(?:fiscal\s+)?(?P<qy>{_YEAR}))?"
    rf"|\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?:fiscal\s+|F)?(?P<qy2>{_YEAR}))?\b"
    rf"|\b(?P<qy3>{_YEAR})\s+Q(?P<qn3>[1-4])\b"
    rf"|\b(?:as\s+at|as\s+of|at|on)\s+{_date('e')}"
    rf"|\b(?:fiscal|financial)\s+(?:year\s+)?(?P<fy>{_YEAR})|\bFY\s?(?P<fy2>{_YEAR})"
    rf"|\b(?:H(?P<h>[12])|(?P<hw>first|second)\s+half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<hy>{_YEAR}))?\b"
    rf"|(?P<paren>\()(?:fiscal\s+)?(?P<py>{_YEAR})(?=[\s:,;)]|$)(?!\s*(?:and|-|to)\s*\d)"
    rf"|\b(?:in|for|during|of)\s+(?P<y>{_YEAR})(?![\d,]|\s*(?:and|-|to)\s*\d)"
    r"|\b(?P<prior>(?:prior|previous|preceding|comparable|same)\s+(?:fiscal\s+)?(?:year|period|quarter))\b(?!\s+end)"
    r"|\b(?:the|this)\s+(?P<nm>three|six|nine|twelve)[-\s]+months?\b(?!\s+(?:periods?\s+)?end)"
    r"|\b(?P<cur>(?:the|this)\s+(?:current\s+)?(?:quarter|period|fiscal\s+year))\b(?!\s+end))",
    re.IGNORECASE,
)
_LEAD = 600  # characters of headline and lead that may name the period a release reports
_LEAD_WORDS = ("quarter", "q1", "q2", "q3", "q4", "fiscal", "fy", "half", "h1", "h2")
_MOST = 40  # periods "... ended" and names given to periods read from one release
# scanned for in lower case: a pattern that opens with a literal is found fast
_ENDED_RE = re.compile(r"end(?:ed|ing)\s")
_ALIAS_RE = re.compile(r"\(\s*\"(?P<a>[^\"\n()]{2,40})\"\s*\)")


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period: its last day, and its length (``None`` for a balance at a date)."""

    end: dt.date
    months: int | None


@dataclass(slots=True)
class PeriodRef:
    """A period named in the text at ``start:end``.

    ``kind``: ``duration`` (a length and an end date), ``balance`` (a date),
    ``quarter``, ``fiscal``, ``year`` (a year alone), ``paren`` (a year opening
    a parenthesis: "(2004: $1,234)"), ``current`` ("the quarter").
    """

    start: int
    end: int
    kind: str
    period: Period | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    in_alias: bool = False
    text: str = ""


def _clamp(year: int, month: int, day: int) -> dt.date:
    last = month_end(year, month).day
    return dt.date(year, month, min(day, last))


def _date_parts(m: re.Match[str], p: str) -> tuple[int | None, int, int] | None:
    g = m.group
    if g(f"{p}m"):
        month, day, year = month_number(g(f"{p}m")), int(g(f"{p}d")), g(f"{p}y")
    elif g(f"{p}m2"):
        month, day, year = month_number(g(f"{p}m2")), int(g(f"{p}d2")), g(f"{p}y2")
    else:
        return None
    if month is None or not 1 <= day <= 31:
        return None
    return (int(year) if year else None, month, day)


# every period phrase holds one of these words, at most a few words after its start: the phrase is looked
# for only just before each (scanned for in lower case, where the first letters alone rule most positions
# out); each group names how many characters before its word the phrase may start
_ANCHOR = re.compile(
    r"\b(?:(?P<w0>prior|previous|preceding|comparable|same|q[1-4]|fy|h[12]|as\s+(?:at|of)|years?)"
    r"|(?P<w8>current|fiscal|financial|half|periods?|quarters?|(?:19|20)\d\d|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
    r"|(?P<w20>months?))(?![a-z])"
)
_BEFORE_ANCHOR = {"w0": 0, "w8": 8, "w20": 20}
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9(]")


def _period_matches(text: str, start: int, end: int, low: str | None = None) -> list[re.Match[str]]:
    """The matches of :data:`_PERIOD_RE` in ``text[start:end]``, found from the anchor words (``low``:
    the whole text in lower case, letter for letter, when the caller has it)."""
    out: list[re.Match[str]] = []
    start, end = max(0, start), min(len(text), end)
    if low is None:
        offset, anchors = start, _ANCHOR.finditer(text[start:end].lower())
    else:
        offset, anchors = 0, _ANCHOR.finditer(low, start, end)
    last = start
    match = _PERIOD_RE.match
    for a in anchors:
        h = a.start() + offset
        if h < last:
            continue
        back = _BEFORE_ANCHOR[a.lastgroup or "w20"]
        if back == 0:  # the phrase opens with its anchor word
            m = match(text, h, end)
            if m is not None:
                out.append(m)
                last = m.end()
            continue
        for w in _WORD_START.finditer(text, max(last, h - back), h + 1):
            if w.start() < last:
                continue
            m = match(text, w.start(), end)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def _raw_refs(text: str, start: int = 0, end: int | None = None, low: str | None = None) -> list[PeriodRef]:
    refs: list[PeriodRef] = []
    for m in _period_matches(text, start, len(text) if end is None else end, low):
        g = m.group
        ref = PeriodRef(m.start(), m.end(), "", text=m.group())
        parts = None
        if g("n"):
            ref.kind, parts, months = "duration", _date_parts(m, "a"), _N_MONTHS[g("n").lower()]
        elif g("bm") or g("bm2"):
            ref.kind, parts, months = "duration", _date_parts(m, "b"), 12
        elif g("cm") or g("cm2"):
            ref.kind, parts, months = "duration", _date_parts(m, "c"), 3
        elif g("em") or g("em2"):
            ref.kind, parts, months = "balance", _date_parts(m, "e"), 0
        elif g("qw") or g("qn") or g("qn3"):
            ref.kind = "quarter"
            ref.quarter = _QUARTERS[g("qw").lower()] if g("qw") else int(g("qn") or g("qn3"))
            y = g("qy") or g("qy2") or g("qy3")
            ref.year = int(y) if y else None
        elif g("fy") or g("fy2"):
            ref.kind, ref.year = "fiscal", int(g("fy") or g("fy2"))
        elif g("h") or g("hw"):
            ref.kind = "half"
            ref.quarter = int(g("h")) if g("h") else (1 if g("hw").lower() == "first" else 2)
            ref.year = int(g("hy")) if g("hy") else None
        elif g("paren"):
            ref.kind, ref.year = "paren", int(g("py"))
        elif g("y"):
            ref.kind, ref.year = "year", int(g("y"))
        elif g("prior"):
            ref.kind = "prior"
        elif g("nm"):
            ref.kind, ref.quarter = "current", _N_MONTHS[g("nm").lower()]
        else:
            ref.kind = "current"
        if ref.kind in ("duration", "balance"):
            if parts is None:
                continue
            ref.year, ref.month, ref.day = parts
            ref.quarter = months or None  # length in months for durations
        refs.append(ref)
    return refs


class Periods:
    """The periods a release names, resolved against the release itself.

    The release's main period (the first period "... ended <date>" it names),
    its fiscal year end and the names it gives periods (``("fiscal 2005")``)
    are read when it is built; the periods of any range of the text are read
    on demand with :meth:`between`.
    """

    def __init__(self, text: str, release_date: dt.date | None = None, low: str | None = None) -> None:
        self.text = text
        if low is None or len(low) != len(text):
            low = text.lower()
            low = low if len(low) == len(text) else "".join(c.lower()[:1] for c in text)
        self.low = low
        self.release_date = release_date
        self.aliases: dict[str, Period] = {}
        self.fye: tuple[int, int] = (12, 31)
        self.main: Period | None = None
        self._cache: dict[tuple[int, int], list[PeriodRef]] = {}
        durations: list[PeriodRef] = []
        last = -1
        ended = _ENDED_RE.finditer(low)
        for k, e in enumerate(ended):
            if k >= _MOST:
                break
            for r in _raw_refs(text, max(last, e.start() - 40), min(len(text), e.end() + 40), low):
                if r.kind == "duration" and r.start <= e.start() < r.end:
                    durations.append(r)
                    last = r.end
        # the fiscal year end: from any twelve-month period the release names
        for r in durations:
            if r.quarter == 12 and r.month is not None and r.day is not None:
                self.fye = (r.month, r.day)
                break
        for r in durations:
            r.period = self._dated(r)
            if r.period is not None and self.main is None:
                self.main = r.period
        lead = low[:_LEAD]
        if self.main is None and any(w in lead for w in _LEAD_WORDS):
            # a release of results for "the first quarter of 2021" or "Q3 2021" names no "... ended"
            for r in _raw_refs(text, 0, min(len(text), _LEAD), low):
                if r.kind in ("quarter", "half", "fiscal") and r.year is not None:
                    self.main = self.resolve(r)
                    break
        self._alias_spans: list[tuple[int, int]] = []
        for k, m in enumerate(_ALIAS_RE.finditer(text)):
            if k >= _MOST:
                break
            self._alias_spans.append((m.start(), m.end()))
            if _PERIOD_RE.fullmatch(m.group("a").strip()) is None:
                continue  # a name for the company or a party, not for a period
            before = [
                r
                for r in self._resolved(_raw_refs(text, max(0, m.start() - 160), m.start(), low))
                if m.start() - r.end <= 80 and r.period is not None and r.kind in ("duration", "balance")
            ]
            if before:
                self.aliases[_key(m.group("a"))] = before[-1].period  # type: ignore[assignment]

    def _resolved(self, refs: list[PeriodRef]) -> list[PeriodRef]:
        for r in refs:
            if r.kind == "duration":
                r.period = self._dated(r)
            elif r.kind == "balance":
                p = self._dated(r)
                r.period = Period(p.end, None) if p is not None else None
        return refs

    @property
    def refs(self) -> list[PeriodRef]:
        """Every period the whole text names."""
        return self.between(0, len(self.text))

    def _dated(self, r: PeriodRef) -> Period | None:
        assert r.month is not None and r.day is not None
        year = r.year
        if year is None:
            year = self._year_for(r.month, r.day)
        if year is None:
            return None
        try:
            end = _clamp(year, r.month, r.day)
        except ValueError:
            return None
        return Period(end, r.quarter if r.kind == "duration" else None)

    def _year_for(self, month: int, day: int) -> int | None:
        """The year of a date written without one: the latest such date on or before the release."""
        if self.main is not None:
            return self.main.end.year
        if self.release_date is not None:
            y = self.release_date.year
            return y if (month, day) <= (self.release_date.month, self.release_date.day) else y - 1
        return None

    def fiscal_year(self, year: int) -> Period:
        """The twelve months of fiscal ``year``."""
        return Period(_clamp(year, *self.fye), 12)

    def like(self, year: int, shape: Period | None = None) -> Period:
        """The period of ``year`` with the shape (end day, months) of ``shape`` or of the main period."""
        shape = shape or self.main
        if shape is None:
            return self.fiscal_year(year)
        return Period(_clamp(year, shape.end.month, shape.end.day), shape.months)

    def paren(self, m: re.Match[str], shape: Period | None) -> Period | None:
        """The period of a comparative in parentheses: "(2004: ...)" is the year of ``shape``,
        "(December 31, 2021 - ...)" that date with the length of ``shape``."""
        year = int(m.group("y"))
        mon = m.group("mon") or m.group("mon2")
        if mon:
            month = month_number(mon)
            if month is None:
                return None
            try:
                end = _clamp(year, month, int(m.group("day") or m.group("day2")))
            except ValueError:
                return None
            return Period(end, shape.months if shape is not None else None)
        return self.like(year, shape)

    def resolve(self, r: PeriodRef, shape: Period | None = None) -> Period | None:
        """The period ``r`` names, with ``shape`` for a year written alone."""
        alias = self.aliases.get(_key(r.text))
        if alias is not None:
            return alias
        if r.kind in ("duration", "balance"):
            return r.period
        if r.kind == "prior":
            base = shape or self.main
            return previous_year(base) if base is not None else None
        if r.kind == "current":
            if self.main is None:
                return None
            if r.quarter is not None:
                return Period(self.main.end, r.quarter)
            if "quarter" in r.text.lower():
                return Period(self.main.end, 3)
            if "year" in r.text.lower():
                return Period(self.main.end, 12)
            return self.main
        if r.kind == "fiscal" and r.year is not None:
            return self.aliases.get(f"fiscal {r.year}") or self.fiscal_year(r.year)
        if r.kind in ("year", "paren") and r.year is not None:
            return self.like(r.year, shape)
        if r.kind in ("quarter", "half") and r.quarter is not None:
            year = r.year
            if year is None:
                year = self.main.end.year if self.main else (self.release_date.year if self.release_date else None)
            if year is None:
                return None
            # the Nth quarter (half) of a fiscal year ends 3 (6) months per later part before the year end
            length = 3 if r.kind == "quarter" else 6
            parts = 12 // length
            fm, _fd = self.fye
            month = fm - length * (parts - r.quarter)
            y = year
            if month <= 0:
                month += 12
                y -= 1
            return Period(month_end(y, month), length)
        return None

    def read(self, text: str) -> list[Period | None]:
        """The periods a piece of text names in order ("Three Months Ended March 31, 2004",
        "As at May 31, 2023", "Fiscal 2023"), resolved against this release."""
        return [self.resolve(r) if r.period is None else r.period for r in self._own(text) if not r.in_alias]

    def _own(self, text: str) -> list[PeriodRef]:
        return self._resolved(_raw_refs(text))

    def column(self, text: str) -> Period | None:
        """The period one column header names: a period, a bare date (a balance date) or a bare
        year (the main period's shape), or ``None``."""
        found = self.read(text)
        if found and found[0] is not None:
            return found[0]
        m = _BARE_DATE.search(text)
        if m:
            parts = _date_parts(m, "h")
            if parts and parts[0] is not None:
                try:
                    return Period(_clamp(parts[0], parts[1], parts[2]), None)
                except ValueError:
                    return None
        y = _BARE_YEAR.search(text)
        if y:
            return self.like(int(y.group()))
        return None

    def between(self, start: int, end: int) -> list[PeriodRef]:
        """The periods named within ``text[start:end]``, resolved."""
        key = (start, end)
        if key not in self._cache:
            refs = self._resolved(_raw_refs(self.text, start, end, self.low))
            for r in refs:
                r.in_alias = any(a < r.start < b for a, b in self._alias_spans)
                if r.period is None:
                    r.period = self.resolve(r)
            self._cache[key] = refs
        return self._cache[key]


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def previous_year(p: Period) -> Period:
    """The same period a year before."""
    return replace(p, end=_clamp(p.end.year - 1, p.end.month, p.end.day))


_BARE_DATE = re.compile(_date("h"), re.IGNORECASE)
_BARE_YEAR = re.compile(rf"(?<![\d,.]){_YEAR}")
