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
from assay.parse.numbers import parse_decimal

FEE_SENTENCE = re.compile(
    r"finder'?s?'?\s*(?:fee|warrant|option|unit|share)|\bfinders?\b|(?<!securities\s)(?<!exchange\s)commission|"
    r"broker\s+warrant|"
    r"(?:compensation|agents?'?|broker'?s?|underwriters?'?)\s+(?:warrants?|options?|units?|fees?)|cash\s+fee|"
    r"fee\s+of\s+\d{1,2}(?:\.\d+)?\s*%",
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
_WARRANTS_FOR = re.compile(
    r"warrants?\s+to\s+(?:purchase|acquire)\s+(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:additional\s+)?(?:common\s+)?shares"
)
_SHARE_COUNT = re.compile(
    r"(?<![\w.,$])(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:common\s+|ordinary\s+)?shares\b",
    re.IGNORECASE,
)
_PCT = re.compile(
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*(?:of\s+(?:the\s+)?)?(?:aggregate\s+|total\s+)?(?:(?:gross\s+)?proceeds|(?:funds|amount)\s+raised)"
    r"(?P<of>\s+(?:of|from)\s+the\s+(?:offering|placement|private\s+placement|financing|tranche))?"
    r"(?P<qual>[^.;]{0,40}?(?:introduced|referred|portion|sold\s+(?:to|through|by)|placed\s+by|from\s+(?:the\s+)?"
    r"(?:sale|subscri|purchaser|investor)|received\s+from|attributable|raised\s+from))?",
    re.IGNORECASE,
)
_WARRANT_PCT = re.compile(
    r"(?:warrants?|options?)\s+(?:equal\s+to|representing|entitling[^.;]{0,60}?to|of)\s+(?:up\s+to\s+)?"
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s*of\s+(?:the\s+)?(?:aggregate\s+|total\s+)?(?:number\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:units|shares|securities)\s+(?:sold|issued|placed)"
    r"(?P<qual>[^.;]{0,40}?(?:introduced|referred|to\s+(?:purchasers|subscribers|investors)|placed\s+by|"
    r"through\s+(?:such|the)\s+(?:finder|dealer)))?",
    re.IGNORECASE,
)
# a cash fee stated as a percentage alone, of the proceeds raised: "a cash commission of 7%", "a 6% cash fee",
# "finder's fees of 8% in cash and 8% in finder's warrants"
_CASH_PCT = re.compile(
    r"(?:commissions?|fees?)\s+(?:of|equal\s+to|representing|totall?ing|amounting\s+to)\s+(?:up\s+to\s+)?"
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%(?!\s*of\b)(?!\s+(?:in\s+)?(?:[\w'-]+\s+){0,2}?(?:warrants|options))"
    r"|(?P<pct2>\d{1,2}(?:\.\d+)?)\s*%\s+(?:(?:payable\s+)?in\s+cash|cash\s+(?:commission|fee|finder)|"
    r"(?:finder'?s?'?\s+fee|commission)\s+(?:payable\s+)?in\s+cash)",
    re.IGNORECASE,
)
# warrants stated as a percentage of the securities sold: "8% in finder's warrants"
_WARRANT_PCT_IN = re.compile(
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s+(?:in\s+)?(?:non-transferable\s+)?(?:(?:finder'?s?'?|broker'?s?'?|agent'?s?'?|"
    r"compensation)\s+)?(?:warrants|options)",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(
    r"introduced|referred|sold\s+(?:to|through|by)|placed\s+by|president'?s\s+list|brought\s+in|arranged\s+by|"
    r"portion|part\s+of",
    re.IGNORECASE,
)
_NOT_CASH_LEAD = re.compile(
    r"(?:price|exercis\w*|deemed|\bat|value|proceeds\s+of|valued|worth)\s*(?:of\s*)?$", re.IGNORECASE
)
_CONDITIONAL = re.compile(r"\b(?:may|will|would|expects?|intends?|anticipated|proposed)\b")
# Which class a fee is for, when a release pays fees class by class ("In connection with the placement of
# the Units, ..."; "$29,600 in respect of the FT Units"). Searched in the lower-cased text.
_REF = r"(?:the\s+)?(?P<ref>(?:[a-z-]+\s+){0,3}?(?:units?|shares?|debentures?|receipts?|portion|component))\b"
_SCOPE_HEAD = re.compile(
    r"\s*(?:in\s+connection\s+with|in\s+respect\s+of|with\s+respect\s+to|for|as\s+to|on)\s+(?:the\s+)?"
    r"(?:(?:placement|sale|issuance|issue|offering|closing|distribution|subscriptions?)\s+(?:of|for)\s+)?" + _REF
)
# a second sentence the splitter left joined to the first ("... Capital Inc. In connection with ..."),
# or a clause after a semicolon ("...; in respect of the FT Shares, ...")
_JOINED_HEAD = re.compile(r"(?:(?<=\.\s)|(?<=\.\s\s)|(?<=;\s)|(?<=,\sand\s))" + _SCOPE_HEAD.pattern)
_SCOPE_AFTER = re.compile(
    r"\s*(?:in\s+cash\s*)?[(,]?\s*(?:being\s+)?(?:in\s+respect\s+of|in\s+connection\s+with|with\s+respect\s+to|"
    r"(?:(?:is|was|were|being)\s+)?(?:paid\s+|payable\s+)?(?:attributable\s+to|relat(?:es|ing|ed)\s+to|"
    r"in\s+respect\s+of|for|on|from))\s+(?:the\s+)?(?:(?:sale|placement|issuance)\s+of\s+)?" + _REF
)
# a breakdown of a warrant count by class: "(148,000 in respect of the FT Units and 208,000 in respect of ...)"
_BARE_COUNT = re.compile(r"(?<![\w.,$])(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d,]*\s*%)")
_AND_MORE = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:units?|shares?|debentures?|receipts?)\b")
_REF_STOP = re.compile(r"\b(?:of|tranche|closing|each|per|such|which|its|their)\b")


@dataclass(slots=True)
class Fees:
    """The fees of one offering, with the ranges they were read from."""

    cash: list[Money] = field(default_factory=list)
    warrants: list[tuple[float, int, int]] = field(default_factory=list)
    # the class (security phrase) each cash fee and warrant count is stated for, when stated
    cash_scope: list[str | None] = field(default_factory=list)
    warrant_scope: list[str | None] = field(default_factory=list)
    shares: list[tuple[float, int, int]] = field(default_factory=list)
    pct: tuple[float, int, int] | None = None
    pct_base_stated: bool = False
    warrant_pct: tuple[float, int, int] | None = None
    warrant_pct_base_stated: bool = False
    conditional: bool = False
    none_paid: tuple[int, int] | None = None
    sentences: list[Piece] = field(default_factory=list)


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
        heads = _heads(low, s)
        for money in itertools.islice(find_money(text, s.start, s.end), 16):
            if money.per is not None or _NOT_CASH_LEAD.search(text, max(s.start, money.start - 25), money.start):
                continue
            fees.cash.append(money)
            fees.cash_scope.append(_scope_after(low, money.end, s.end) or _head(heads, money.start))
        counted = len(fees.warrants)
        for m in itertools.islice(_WARRANT_COUNT.finditer(text, s.start, s.end), 16):
            fees.warrants.append((parse_decimal(m.group("n")), m.start("n"), m.end()))
            fees.warrant_scope.append(_scope_after(low, m.end(), s.end) or _head(heads, m.start()))
            _breakdown(low, m.end(), s.end, fees)
        if len(fees.warrants) == counted:
            # "warrants to purchase up to 120,000 shares": as many warrants as shares they buy
            for m in itertools.islice(_WARRANTS_FOR.finditer(low, s.start, s.end), 4):
                fees.warrants.append((parse_decimal(m.group("n")), m.start("n"), m.end("n")))
                fees.warrant_scope.append(_head(heads, m.start()))
        for m in _SHARE_COUNT.finditer(text, s.start, s.end):
            tail = text[m.end() : min(s.end, m.end() + 30)]
            if re.match(r"\s*(?:of\s+the\s+company\s*)?(?:at|upon|on\s+exercise)", tail, re.IGNORECASE) and re.search(
                r"warrant|option", text[max(s.start, m.start() - 60) : m.start()], re.IGNORECASE
            ):
                continue  # "... warrants to purchase 100,000 shares at $0.10"
            fees.shares.append((parse_decimal(m.group("n")), m.start("n"), m.end()))
        p = _PCT.search(text, s.start, s.end)
        if p and fees.pct is None:
            fees.pct = (float(p.group("pct")), p.start(), p.end())
            fees.pct_base_stated = p.group("qual") is None
        if p is None and fees.pct is None:
            c = _CASH_PCT.search(text, s.start, s.end)
            if c:
                g = "pct" if c.group("pct") else "pct2"
                fees.pct = (float(c.group(g)), c.start(g), c.end())
                fees.pct_base_stated = not _QUALIFIED.search(text, c.end(), min(s.end, c.end() + 120))
        w = _WARRANT_PCT.search(text, s.start, s.end)
        if w and fees.warrant_pct is None:
            fees.warrant_pct = (float(w.group("pct")), w.start("pct"), w.end())
            fees.warrant_pct_base_stated = w.group("qual") is None
        elif fees.warrant_pct is None:
            w = _WARRANT_PCT_IN.search(text, s.start, s.end)
            if w:
                fees.warrant_pct = (float(w.group("pct")), w.start("pct"), w.end())
                fees.warrant_pct_base_stated = not _QUALIFIED.search(text, w.end(), min(s.end, w.end() + 120))
    return fees


def _scope(m: re.Match[str] | None) -> str | None:
    if m is None or _REF_STOP.search(m.group("ref")) or _AND_MORE.match(m.string, m.end()):
        return None  # no class, or several ("in respect of the Units and the FT Shares")
    return m.group("ref")


def _heads(low: str, s: Piece) -> list[tuple[int, str | None]]:
    """Where the sentence (and any sentence joined to it) says which class its fees are for."""
    out = [(s.start, _scope(_SCOPE_HEAD.match(low, s.start, s.end)))]
    out.extend((m.start(), _scope(m)) for m in itertools.islice(_JOINED_HEAD.finditer(low, s.start, s.end), 8))
    return out


def _head(heads: list[tuple[int, str | None]], at: int) -> str | None:
    return next((ref for pos, ref in reversed(heads) if pos <= at), None)


def _scope_after(low: str, at: int, end: int) -> str | None:
    """The class a fee written just before ``at`` is stated for ("... in respect of the FT Units")."""
    return _scope(_SCOPE_AFTER.match(low, at, min(end, at + 80)))


def _breakdown(low: str, at: int, end: int, fees: Fees) -> None:
    """Warrant counts class by class right after their total: "(148,000 in respect of the FT Units and ...)"."""
    stop = min(end, at + 200)
    opened = re.match(r"\s*(?:\(|,\s*being\b|,\s*of\s+which\b)", low[at:stop])
    if not opened:
        return
    close = low.find(")", at, stop) if opened.group(0).endswith("(") else -1
    stop = close if close > 0 else stop
    for m in itertools.islice(_BARE_COUNT.finditer(low, at + opened.end(), stop), 4):
        ref = _scope_after(low, m.end(), stop)
        if ref is not None:
            fees.warrants.append((parse_decimal(m.group("n")), m.start("n"), m.end()))
            fees.warrant_scope.append(ref)
