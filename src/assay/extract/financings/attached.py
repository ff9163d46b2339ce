"""Options or warrants that come with shares sold, where no unit is named.

ASX placements give "one free attaching option for every two shares subscribed
for" (0.5 per share) or "a 1 for 2 free attaching option"; US registered
direct offerings sell shares "together with a warrant to purchase one share"
or "accompanying warrants to purchase up to 1,500,000 shares" (the warrant
shares over the shares sold). Their exercise price and term are read after
the words that give them, in their sentence or the next ones about them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assay.extract.financings.periods import Period, term_months
from assay.extract.text import Piece
from assay.parse.money import Money, find_money
from assay.parse.numbers import parse_decimal, word_number

# All searched in the lower-cased text.
_ATTACHING = r"(?:free[- ]?attaching|attaching|accompanying|attached)"
_SMALL = r"(?:one|a|an|two|three|four|five|\d{1,2})"
_FOR_EVERY = re.compile(
    rf"(?P<a>{_SMALL})\s*(?:\(\d{{1,2}}\)\s*)?(?:new\s+)?(?:{_ATTACHING}\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:options?|warrants?)\s+(?:\([^()]{0,40}\)\s*)?for\s+(?:(?P<each>each)|every\s+"
    rf"(?P<b>{_SMALL})\s*(?:\(\d{{1,2}}\)\s*)?)(?:[\w-]+\s+){{0,3}}?shares?\b"
)
_RATIO_BEFORE = re.compile(
    rf"(?P<a>\d{{1,2}})\s*(?:for|:)\s*(?P<b>\d{{1,2}})\s+{_ATTACHING}\s+(?:[\w-]+\s+){{0,2}}?options?"
)
_RATIO_AFTER = re.compile(
    rf"{_ATTACHING}\s+(?:[\w-]+\s+){{0,2}}?options?\s+(?:on\s+an?\s+)?\(?\s*(?P<a>\d{{1,2}})\s*(?:for|:)\s*"
    r"(?P<b>\d{1,2})\b"
)
_TOGETHER = re.compile(
    r"(?:together\s+with|with|and)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?warrants?\s+to\s+(?:purchase|acquire)\s+"
    r"(?P<q>one-half\s+(?:of\s+)?(?:a|one)|one\s+half\s+(?:of\s+)?(?:a|one)|half\s+(?:of\s+)?a|one|0?\.\d+|\d)"
    r"\s+(?:additional\s+)?(?:common\s+)?shares?\b"
)
_WARRANT_SHARES = re.compile(
    r"warrants?\s+to\s+(?:purchase|acquire)\s+(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+)\s+(?:additional\s+)?(?:common\s+)?shares\b"
)
_NOT_INVESTORS = re.compile(r"finder|broker|agent|underwriter|advis|lender|consultant|pre-funded|prefunded")
_ABOUT_THEM = re.compile(r"(?:option|warrant)")
_ACCELERATION = re.compile(r"\bprovided\b|\bif\s+(?:at\s+any\s+time|the|,)|\bin\s+the\s+event\b|\baccelerat\w*")
_EXERCISE_LEAD = re.compile(
    r"(?:(?:exercise|strike)\s+price\s+(?:of\s+|is\s+)?|exercisable\s+(?:[\w-]+\s+){0,3}?at\s+(?:a\s+price\s+of\s+)?)$"
)


@dataclass(frozen=True, slots=True)
class Attached:
    """Options or warrants sold with shares: per share, or as a count of warrant shares."""

    per_share: float | None
    warrant_shares: float | None
    start: int
    end: int
    price: Money | None
    term: Period | None


def _small(s: str) -> float | None:
    s = s.strip()
    if s in ("a", "an"):
        return 1.0
    if s.isdigit():
        return float(s)
    return word_number(s)


def _quantity(q: str) -> float | None:
    q = " ".join(q.split())
    if "half" in q:
        return 0.5
    if q == "one":
        return 1.0
    try:
        return float(q)
    except ValueError:
        return None


def _find(low: str, s: Piece) -> tuple[float | None, float | None, int, int] | None:
    for rx in (_FOR_EVERY, _RATIO_BEFORE, _RATIO_AFTER):
        m = rx.search(low, s.start, s.end)
        if m and not _NOT_INVESTORS.search(low, max(s.start, m.start() - 40), m.end()):
            a = _small(m.group("a"))
            b = 1.0 if m.groupdict().get("each") else _small(m.group("b") or "")
            if a and b:
                return a / b, None, m.start(), m.end()
    m = _TOGETHER.search(low, s.start, s.end)
    if m and not _NOT_INVESTORS.search(low, max(s.start, m.start() - 40), m.end()):
        q = _quantity(m.group("q"))
        if q:
            return q, None, m.start(), m.end()
    for m in _WARRANT_SHARES.finditer(low, s.start, s.end):
        if not _NOT_INVESTORS.search(low, max(s.start, m.start() - 50), min(s.end, m.end() + 60)):
            return None, parse_decimal(m.group("n")), m.start(), m.end()
    return None


def _terms(
    text: str, low: str, start: int, end: int, release_date: dt.date | None
) -> tuple[Money | None, Period | None]:
    a = _ACCELERATION.search(low, start, end)
    end = a.start() if a else end
    price = None
    for money in find_money(text, start, end):
        if money.per in ("ounce", "oz", "tonne", "ton", "pound", "lb"):
            continue
        if _EXERCISE_LEAD.search(low, max(start, money.start - 40), money.start):
            price = money
            break
    return price, term_months(text, start, end, release_date)


def attached(
    text: str, low: str, pieces: list[Piece], sents: list[Piece], release_date: dt.date | None
) -> Attached | None:
    """The options or warrants the sentences ``pieces`` say come with the shares sold, with their terms
    (read on in the release's sentences ``sents``)."""
    first: Attached | None = None
    for s in pieces:
        found = _find(low, s)
        if found is None:
            continue
        per_share, warrant_shares, start, end = found
        price, term = _terms(text, low, end, s.end, release_date)
        # the next sentences about the options or warrants ("The Options are exercisable at $0.08 ...")
        k = next((i for i, x in enumerate(sents) if x.start == s.start), len(sents))
        for t in sents[k + 1 : k + 3]:
            if price is not None and term is not None:
                break
            head = low[t.start : min(t.end, t.start + 60)]
            if not _ABOUT_THEM.search(head) or _NOT_INVESTORS.search(head):
                continue
            p2, t2 = _terms(text, low, t.start, t.end, release_date)
            price, term = price or p2, term or t2
        a = Attached(per_share, warrant_shares, start, end, price, term)
        if price is not None or term is not None:
            return a
        first = first or a  # a summary line ("One free attaching option for every two shares"); read on
    return first
