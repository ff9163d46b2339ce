"""Finder's fees and commissions: cash, warrants, shares and percentages.

``Finder's Fees of CDN$53,600 and 536,000 Finder's Warrants``; ``a cash
commission equal to 7% of the gross proceeds``; ``196,759 common shares at
a deemed price of $0.73 per share in finder's fees``. A release that says no
fee was paid gives no fee.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from assay.extract.text import Piece
from assay.parse.money import Money, find_money

FEE_SENTENCE = re.compile(
    r"finder'?s?'?\s*(?:fee|warrant|option|unit|share)|\bfinders?\b|(?<!securities\s)(?<!exchange\s)commission|"
    r"broker\s+warrant|"
    r"(?:compensation|agents?'?|broker'?s?|underwriters?'?)\s+(?:warrants?|options?|units?|fees?)|cash\s+fee",
)
NO_FEE = re.compile(
    r"\bno\s+(?:finder'?s?'?\s*)?(?:fees?|commissions?|finders?|brokers?)\b|"
    r"\bnot\s+(?:be\s+)?pa(?:y|id|yable)\s+(?:any\s+)?(?:finder|commission|fee)|"
    r"\bwithout\s+(?:the\s+)?(?:payment\s+of\s+)?(?:any\s+)?(?:finder|commission)",
)
_WARRANT_COUNT = re.compile(
    r"(?<![\w.,$])(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?P<what>(?:[\w'\"-]+\s+){0,4}?)"
    r"(?P<noun>warrant'?s?|options?|compensation\s+units?)\b",
    re.IGNORECASE,
)
_SHARE_COUNT = re.compile(
    r"(?<![\w.,$])(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:common\s+|ordinary\s+)?shares\b",
    re.IGNORECASE,
)
_PCT = re.compile(
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*(?:of\s+the\s+)?(?:aggregate\s+|total\s+)?gross\s+proceeds"
    r"(?P<of>\s+(?:of|from)\s+the\s+(?:offering|placement|private\s+placement|financing|tranche))?"
    r"(?P<qual>[^.;]{0,40}?(?:introduced|referred|sold\s+(?:to|through|by)|placed\s+by|from\s+(?:the\s+)?"
    r"(?:sale|subscri|purchaser|investor)|received\s+from|attributable|raised\s+from))?",
    re.IGNORECASE,
)
_WARRANT_PCT = re.compile(
    r"(?:warrants?|options?)\s+(?:equal\s+to|representing|entitling[^.;]{0,60}?to|of)\s+(?:up\s+to\s+)?"
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*of\s+the\s+(?:aggregate\s+|total\s+)?number\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:units|shares|securities)\s+(?:sold|issued)"
    r"(?P<qual>[^.;]{0,40}?(?:introduced|referred|to\s+(?:purchasers|subscribers|investors)|placed\s+by|"
    r"through\s+(?:such|the)\s+(?:finder|dealer)))?",
    re.IGNORECASE,
)
_NOT_CASH_LEAD = re.compile(
    r"(?:price|exercis\w*|deemed|\bat|value|proceeds\s+of|valued|worth)\s*(?:of\s*)?$", re.IGNORECASE
)
_CONDITIONAL = re.compile(r"\b(?:may|will|would|expects?|intends?|anticipated|proposed)\b")


@dataclass(slots=True)
class Fees:
    """The fees of one offering, with the ranges they were read from."""

    cash: list[Money] = field(default_factory=list)
    warrants: list[tuple[float, int, int]] = field(default_factory=list)
    shares: list[tuple[float, int, int]] = field(default_factory=list)
    pct: tuple[float, int, int] | None = None
    pct_base_stated: bool = False
    warrant_pct: tuple[float, int, int] | None = None
    warrant_pct_base_stated: bool = False
    conditional: bool = False
    none_paid: tuple[int, int] | None = None
    sentences: list[Piece] = field(default_factory=list)

    @property
    def cash_total(self) -> float | None:
        amounts = [m.amount for m in self.cash]
        if not amounts:
            return None
        top = max(amounts)
        rest = sum(amounts) - top
        # "an aggregate of $15,000, being $10,000 to A and $5,000 to B"
        if len(amounts) > 1 and abs(rest - top) <= 0.005 * top:
            return top
        return sum(amounts)

    @property
    def warrant_total(self) -> float | None:
        if not self.warrants:
            return None
        counts = [n for n, _, _ in self.warrants]
        top = max(counts)
        if len(counts) > 1 and abs(sum(counts) - 2 * top) <= 0.005 * top:
            return top
        return float(sum(counts))


def find_fees(text: str, low: str, pieces: list[Piece]) -> Fees:
    """The finder's fees and commissions the sentences state."""
    fees = Fees()
    for s in pieces:
        neg = NO_FEE.search(low, s.start, s.end)
        if neg:
            fees.none_paid = neg.span()
            continue
        if not FEE_SENTENCE.search(low, s.start, s.end):
            continue
        if re.match(r"\s*each", text[s.start : s.start + 12], re.IGNORECASE):
            continue  # "Each Finder's Warrant entitles ..." gives terms, not fees
        fees.sentences.append(s)
        if _CONDITIONAL.search(low, s.start, s.end):
            fees.conditional = True
        for money in itertools.islice(find_money(text, s.start, s.end), 16):
            if money.per is not None or _NOT_CASH_LEAD.search(text, max(s.start, money.start - 25), money.start):
                continue
            fees.cash.append(money)
        for m in _WARRANT_COUNT.finditer(text, s.start, s.end):
            fees.warrants.append((float(m.group("n").replace(",", "")), m.start("n"), m.end()))
        for m in _SHARE_COUNT.finditer(text, s.start, s.end):
            tail = text[m.end() : min(s.end, m.end() + 30)]
            if re.match(r"\s*(?:of\s+the\s+company\s*)?(?:at|upon|on\s+exercise)", tail, re.IGNORECASE) and re.search(
                r"warrant|option", text[max(s.start, m.start() - 60) : m.start()], re.IGNORECASE
            ):
                continue  # "... warrants to purchase 100,000 shares at $0.10"
            fees.shares.append((float(m.group("n").replace(",", "")), m.start("n"), m.end()))
        p = _PCT.search(text, s.start, s.end)
        if p and fees.pct is None:
            fees.pct = (float(p.group("pct")), p.start(), p.end())
            fees.pct_base_stated = p.group("qual") is None
        w = _WARRANT_PCT.search(text, s.start, s.end)
        if w and fees.warrant_pct is None:
            fees.warrant_pct = (float(w.group("pct")), w.start("pct"), w.end())
            fees.warrant_pct_base_stated = w.group("qual") is None
    return fees
