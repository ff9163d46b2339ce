"""Warrants: how many come with a unit, and their exercise price and term.

``Each Unit consists of one common share and one-half of one common share
purchase warrant``; ``Each whole Warrant entitles the holder to purchase one
common share at a price of $0.15 for a period of 24 months``. Acceleration
clauses ("if the closing price ... is $0.30 or higher") are cut off before
prices are read, so a trigger price is never taken for the exercise price.
Finder's, broker and compensation warrants are left to :mod:`.fees`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assay.extract.financings.periods import Period, term_months
from assay.extract.financings.securities import security_type
from assay.extract.text import Piece
from assay.parse.money import Money, find_money

_COMPOSITION_RE = re.compile(
    r"\beach,?\s*(?P<term>(?:[\w-]+\s+){0,3}?units?)\b(?P<gap>(?:[^.;]|\.(?=\d)){0,120}?)"
    r"\b(?:consist|compris|is\s+made\s+up|is\s+composed|will\s+be\s+composed)",
)
_WARRANT_WORD = re.compile(r"warrants?\b", re.IGNORECASE)
_QUANTITY_RE = re.compile(
    r"(?:^|\band\s+|\bplus\s+|,\s*)(?P<q>(?:one|a)[- ]half|½|⅓|¼|one[- ]third|one[- ]quarter|one[- ]fourth|"
    r"three[- ]quarters|two[- ]thirds|half|one|two|three|a|an|\d+/\d+|\d+(?:\.\d+)?)\b(?:\s*\(\s*[\d/.]+\s*\))?"
    r"(?P<rest>[^,]{0,80})$",
    re.IGNORECASE,
)
_QUANTITIES = {
    "one-half": 0.5,
    "½": 0.5,
    "⅓": 1 / 3,
    "¼": 0.25,
    "one half": 0.5,
    "a half": 0.5,
    "a-half": 0.5,
    "half": 0.5,
    "one-third": 1 / 3,
    "one third": 1 / 3,
    "one-quarter": 0.25,
    "one quarter": 0.25,
    "one-fourth": 0.25,
    "one fourth": 0.25,
    "three-quarters": 0.75,
    "three quarters": 0.75,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "one": 1.0,
    "a": 1.0,
    "an": 1.0,
    "two": 2.0,
    "three": 3.0,
}
_WARRANT_SUBJECT_RE = re.compile(
    r"\b(?:each|the|such)\s*(?P<label>(?:[\w'-]+\s+){0,3}?)warrants?\b",
)
_FINDER_WORDS = re.compile(r"finder|broker(?!ed)|agent|compensation|underwriter|advisory|corporate\s+finance|option", 0)
# "5,000,000 units, each consisting of one share and one warrant": the class named before "each"
_EACH_CONSISTING = re.compile(
    r"\beach(?:\s+of\s+which)?\s+(?:consist|compris|being\s+compris|is\s+comprised|is\s+made\s+up|is\s+composed)"
)
_UNITS_BEFORE = re.compile(r"(?P<term>(?:[\w-]+\s+){0,2}units?)\b(?:\s*\([^()]{0,60}\))?\s*,?\s*(?:with\s+)?$")
_ACCELERATION = re.compile(
    r"\bprovided\b|\bif\s+(?:at\s+any\s+time|the|,)|\bin\s+the\s+event\b|\bshould\s+the\b|\baccelerat\w*|"
    r"\bsubject\s+to\s+(?:an\s+)?accelerat",
)
_EXERCISE_LEAD = re.compile(
    r"(?:exercise\s+price\s+of|price\s+of|exercisable\s+at|at|for)\s*(?:a\s+price\s+of\s*)?$", re.IGNORECASE
)
_FRACTION_RE = re.compile(r"^(\d+)/(\d+)$")


@dataclass(slots=True)
class Composition:
    """What one unit is made of: its term ("FT Unit") and warrants per unit."""

    security: str
    label: str
    per_unit: float
    start: int
    end: int


@dataclass(slots=True)
class WarrantTerms:
    """The exercise price and term of one kind of warrant."""

    label: str
    security: str | None  # the class the warrant belongs to, when its label says
    price: Money | None
    term: Period | None


def _quantity(q: str) -> float | None:
    q = " ".join(q.lower().split())
    if q in _QUANTITIES:
        return _QUANTITIES[q]
    f = _FRACTION_RE.match(q)
    if f:
        return int(f.group(1)) / int(f.group(2)) if int(f.group(2)) else None
    try:
        return float(q)
    except ValueError:
        return None


def compositions(text: str, low: str, pieces: list[Piece]) -> list[Composition]:
    """Every "each unit consists of ... warrant" statement in the sentences."""
    out: list[Composition] = []
    for s in pieces:
        found = [(m.start(), m.end(), m.group("term")) for m in _COMPOSITION_RE.finditer(low, s.start, s.end)]
        for m in _EACH_CONSISTING.finditer(low, s.start, s.end):
            u = _UNITS_BEFORE.search(low, max(s.start, m.start() - 100), m.start())
            if u:
                found.append((u.start(), m.end(), u.group("term")))
        for start, end, label in found:
            window_end = min(s.end, end + 320)
            w = _WARRANT_WORD.search(text, end, window_end)
            if not w:
                continue
            before = text[max(end, w.start() - 110) : w.start()]
            q = _QUANTITY_RE.search(before)
            if not q or _FINDER_WORDS.search(q.group("rest")):
                continue
            per_unit = _quantity(q.group("q"))
            if per_unit is None or not 0 < per_unit <= 5:
                continue
            out.append(Composition(security_type(label), label, per_unit, start, w.end()))
    return out


def _cut(low: str, start: int, end: int) -> int:
    a = _ACCELERATION.search(low, start, end)
    return a.start() if a else end


def warrant_terms(text: str, low: str, pieces: list[Piece], release_date: dt.date | None) -> list[WarrantTerms]:
    """The exercise price and term of each kind of unit warrant the sentences describe."""
    out: list[WarrantTerms] = []
    for s in pieces:
        subject = _WARRANT_SUBJECT_RE.search(low, s.start, min(s.end, s.start + 400))
        comp = _COMPOSITION_RE.search(low, s.start, s.end) or _EACH_CONSISTING.search(low, s.start, s.end)
        if comp:
            w = _WARRANT_WORD.search(text, comp.end(), s.end)
            if not w or _FINDER_WORDS.search(low, max(s.start, w.start() - 30), w.start()):
                continue
            start, label = w.end(), comp.groupdict().get("term") or "units"
            security: str | None = security_type(label)
        elif subject and re.search(r"entitl|exercis|purchase|acquire|expir", text[subject.end() : s.end], re.I):
            label = subject.group(0)
            start = subject.end()
            if _FINDER_WORDS.search(label) or _FINDER_WORDS.search(low, s.start, start):
                continue
            security = security_type(label) if re.search(r"unit|flow|\bft\b", label, re.I) else None
        else:
            continue
        end = _cut(low, start, s.end)
        price = None
        for money in find_money(text, start, end):
            if money.per in ("unit", "ounce", "oz", "tonne", "ton", "pound", "lb"):
                continue
            if _EXERCISE_LEAD.search(text, max(start, money.start - 30), money.start):
                price = money
                break
        term = term_months(text, start, end, release_date)
        if price is None and term is None:
            continue
        out.append(WarrantTerms(label, security if security != "shares" else None, price, term))
    return out
