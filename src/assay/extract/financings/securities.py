"""Classes of security in an offering: counts, prices and what is sold.

A class mention is a count of securities with its price ("11,620,000 units
(the "Units") were issued at the price of CDN$0.10 per Unit"); a count
without a price ("621,013 Units were issued in the Second Tranche") or a
price without a count ("an offering of units at a price of C$2.70 per Unit")
are kept apart, to be joined by security type.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from assay.parse.money import Money, find_money
from assay.parse.numbers import SCALES, parse_decimal

# _ADJ and _NOUN are searched in the lower-cased text.
_ADJ = (
    r"(?:common|ordinary|non[- ]?flow[- ]?through|flow[- ]?through|ft|nft|hard[- ]dollar|hd|charity|premium|"
    r"quebec|national|traditional|class\s+[ab]|non[- ]transferable|unsecured|secured|convertible|senior|"
    r"subordinated|debenture|additional|new|life|non[- ]life|hold|fully[- ]paid|cdi|critical\s+mineral|"
    r"canadian\s+exploration\s+expense|cee|units?\s+of)"
)
_NOUN = (
    r"(?:flow[- ]?through\s+)?(?:units?|shares?|debentures?|subscription\s+receipts?|special\s+warrants?|"
    r"notes|ft\s+units?|ft\s+shares?)"
)
COUNT_NOUN_RE = re.compile(
    r"(?<![\w.,$])(?P<count>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?million)?)\)?"
    rf"\s+(?P<adj>(?:{_ADJ}\s*){{0,4}})(?P<noun>{_NOUN})\b"
    r"(?!\s*(?:purchase|capital|holders?|consolidation|options?|price(?!d)|based|issued\s+and\s+outstanding|"
    r"outstanding))",
)
_TERM_RE = re.compile(r"\s*\((?:[^()\"]{0,40})\"(?P<term>[^\"]{1,40})\"", re.IGNORECASE)
_UP_TO_BEFORE = re.compile(
    r"(?:up\s+to|maximum\s+of|not\s+(?:to\s+)?exceed\w*|a\s+maximum)\s+(?:an?\s+)?(?:aggregate\s+|total\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
_EXCLUDE_BEFORE = re.compile(
    r"(?:exercis\w*|options?|settle\w*|debt|consideration|acquisition|acquire|vendors?|finder\w*|commission|"
    r"bonus|in\s+lieu|escrow|royalty|subscribed\s+for|purchased|holds?|owns?|outstanding|conversion|"
    r"convertible\s+into|exchange\s+for|reserved|grant\w*|warrants?\s+to\s+(?:purchase|acquire|buy))\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
_EXCLUDE_AFTER = re.compile(
    r"^(?:[^.;]|\.(?=\d)){0,80}?\b(?:in\s+(?:finder|payment|satisfaction|settlement|lieu)|for\s+services|as\s+(?:a\s+)?(?:finder|consideration|"
    r"payment|bonus)|to\s+settle|upon\s+(?:the\s+)?(?:exercise|conversion)|were\s+exercised|outstanding|"
    r"deemed\s+(?:price|value))",
    re.IGNORECASE,
)
_PRICE_LEAD = re.compile(
    r"(?:(?:issue|offering|subscription|purchase|unit|share)\s+)?price\s+of\s*(?:up\s+to\s+)?$|\bat\s+(?:a\s+)?$|"
    r"\bpriced\s+at\s+$|"
    r"\bat\s+(?:a\s+)?(?:price\s+)?(?:of\s+)?$|\beach\s+at\s+$",
    re.IGNORECASE,
)
_NOT_PRICE_LEAD = re.compile(
    r"(?:exercis\w*|conversion|convertible\s+into|convert(?:ed)?\s+into|deemed|closing|market|trading|trades?|loss|earnings|income|strike|trigger|"
    r"acceleration|greater\s+than|exceeds?|above|equal\s+to\s+or)\b[^$.;]{0,40}$",
    re.IGNORECASE,
)
_GROSS_LEAD = re.compile(
    r"(?:proceeds|rais(?:e|ed|ing)|principal\s+amount|total(?:l?ing)?|aggregat\w*|amount)\b(?:\s+[\w()'\"-]+){0,5}?"
    r"\s*(?:of\s*|to\s*)?(?:approximately\s*|up\s+to\s*|about\s*)?$",
    re.IGNORECASE,
)


# a count that is part of the count before it (searched in the lower-cased text)
_PART_OF = re.compile(
    r"(?:including|includes|inclusive\s+of|of\s+which|which\s+include[sd]?)\s+(?:an?\s+)?[^.;,]{0,12}$"
)

MAX_PER_SENTENCE = 8
# what every amount find_money reads has: a currency sign or word, or "cents"
MONEY_HINT = re.compile("[$£€\u00a2]|cent|dollars|CAD|CDN|USD|AUD|GBP|EUR")


@dataclass(slots=True)
class Mention:
    """One class of security as a sentence writes it."""

    security: str
    label: str
    start: int
    end: int  # end of the class's words (through its price when there is one)
    sentence: int  # index of the sentence it is in
    count: float | None = None
    count_span: tuple[int, int] | None = None
    up_to: bool = False
    price: Money | None = None
    gross: Money | None = None
    combined: Money | None = None  # a total stated for this class and others together
    offered: tuple[float, int, int] | None = None  # the offering's maximum, when a part of it closed


def security_type(phrase: str) -> str:
    """The contract's security for a phrase ("non-flow-through units" is units)."""
    p = " ".join(phrase.lower().split())
    ft = bool(re.search(r"(?<!non-)(?<!non )(?<!non)flow[- ]?through|\bft\b|\bcft\b", p))
    if "debenture" in p:
        return "convertible_debentures"
    if re.search(r"receipt|special warrant|\bnotes?\b", p):
        return "other"
    if re.search(r"\bunits?\b", p):
        return "flow_through_units" if ft else "units"
    return "flow_through_shares" if ft else "shares"


def parse_count(s: str) -> float:
    s = s.strip().lower()
    scale = 1.0
    if s.endswith("million"):
        scale = SCALES["million"]
        s = s[: -len("million")].strip()
    return parse_decimal(s) * scale


def is_price(text: str, m: Money, floor: int) -> bool:
    """Whether an amount is a price per security (not an exercise or trigger price)."""
    if _NOT_PRICE_LEAD.search(text, max(floor, m.start - 60), m.start):
        return False
    if m.per in ("unit", "share", "security", "debenture"):
        return True
    if _PAREN_PER.match(text, m.end):
        return True  # "five cents ($0.05) per unit"
    return bool(_PRICE_LEAD.search(text, max(floor, m.start - 30), m.start))


_GROSS_TRAIL = re.compile(
    r"\s*(?:in\s+)?(?:aggregate\s+|gross\s+|total\s+)*(?:principal\s+amount|(?:non[- ]?brokered\s+|brokered\s+|"
    r"bought[- ]deal\s+|equity\s+)?(?:private\s+placement|financing|offering|placement|bought\s+deal))\b",
    re.IGNORECASE,
)


_MINIMUM_LEAD = re.compile(r"minimum\s+(?:of\s+)?$", re.IGNORECASE)
_PAREN_PER = re.compile(
    r"\)\s*(?:per|each|a)\s+(?:[\w-]+\s+){0,2}?(?:unit|share|security|debenture)s?\b", re.IGNORECASE
)
_GROSS_WORDS_PAREN = re.compile(
    r"(?:proceeds|rais(?:e|ed|ing)|principal\s+amount|total(?:l?ing)?|aggregat\w*)\s+(?:of\s+)?(?:up\s+to\s+)?"
    r"[a-z ,-]{2,80}\($",
    re.IGNORECASE,
)


def is_gross(text: str, m: Money, floor: int) -> bool:
    """Whether an amount is stated as proceeds raised ("gross proceeds of $X", "$X private placement")."""
    if m.per is not None or _MINIMUM_LEAD.search(text, max(floor, m.start - 20), m.start):
        return False  # "a minimum of $500,000 and a maximum of $1,000,000": the maximum counts
    if _GROSS_LEAD.search(text, max(floor, m.start - 60), m.start):
        return True
    if m.start > 0 and text[m.start - 1] == "(" and _GROSS_WORDS_PAREN.search(text, max(floor, m.start - 100), m.start):
        return True  # "gross proceeds of five hundred thousand dollars ($500,000)"
    return _GROSS_TRAIL.match(text, m.end) is not None


def count_mentions(text: str, low: str, start: int, end: int, sentence: int) -> list[Mention]:
    """Counts of securities offered or issued in ``text[start:end]`` (one sentence)."""
    out: list[Mention] = []
    for m in COUNT_NOUN_RE.finditer(low, start, end):
        if len(out) >= MAX_PER_SENTENCE:
            break
        if _EXCLUDE_BEFORE.search(text, max(start, m.start() - 60), m.start()):
            continue
        if _EXCLUDE_AFTER.search(text[m.end() : min(end, m.end() + 90)]):
            continue
        label = m.group(0)[len(m.group("count")) :].strip()
        t = _TERM_RE.match(text, m.end(), min(end, m.end() + 80))
        after = m.end()
        if t:
            label = f"{label} {t.group('term')}"
            after = t.end()
        part = bool(out) and out[-1].security == security_type(label)
        if part and _PART_OF.search(low, max(out[-1].end, m.start() - 40), m.start()):
            continue  # "23,000,000 shares, including 3,000,000 shares issued on the over-allotment option"
        up_to = bool(_UP_TO_BEFORE.search(text, max(start, m.start() - 40), m.start()))
        out.append(
            Mention(
                security=security_type(label),
                label=label,
                start=m.start(),
                end=after,
                sentence=sentence,
                count=parse_count(m.group("count")),
                count_span=m.span("count"),
                up_to=up_to,
            )
        )
    return out


def attach_prices(text: str, mentions: list[Mention], start: int, end: int) -> list[Money]:
    """Give each count in one sentence the price and proceeds written after it.

    Returns the amounts of the sentence not taken as a price."""
    if not MONEY_HINT.search(text, start, end):
        return []  # no amount of money in the sentence
    moneys = list(itertools.islice(find_money(text, start, end), 4 * MAX_PER_SENTENCE))
    taken: set[int] = set()
    for i, mention in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else end
        for k, money in enumerate(moneys):
            if k in taken or money.start < mention.end or money.start >= min(limit, mention.end + 240):
                continue
            if mention.price is None and is_price(text, money, start):
                mention.price = money
                mention.end = max(mention.end, money.end)
                taken.add(k)
            elif mention.gross is None and is_gross(text, money, start):
                mention.gross = money
                taken.add(k)
        if mention.price is None:
            # "at a price of $0.05 per Unit, the Company issued 10,000,000 Units"
            floor = mentions[i - 1].end if i else start
            for k, money in enumerate(moneys):
                if k not in taken and floor <= money.start < mention.start and is_price(text, money, start):
                    if money.per and money.per not in mention.label.lower():
                        continue
                    mention.price = money
                    taken.add(k)
    return [money for k, money in enumerate(moneys) if k not in taken]


_PRICE_ONLY_RE = re.compile(
    rf"\b(?:offering|placement|sale|issuance|issue|financing|distribution)\s+of\s+(?:up\s+to\s+)?"
    rf"(?P<what>(?:{_ADJ}\s*){{0,3}}(?P<noun>{_NOUN}))\b",
)


def price_only_mentions(text: str, low: str, start: int, end: int, sentence: int, free: list[Money]) -> list[Mention]:
    """Classes offered at a price without a count ("an offering of units at C$2.70 per Unit")."""
    out: list[Mention] = []
    for m in _PRICE_ONLY_RE.finditer(low, start, end):
        for money in free:
            if m.end() <= money.start <= m.end() + 160 and is_price(text, money, start):
                label = m.group("what")
                t = _TERM_RE.match(text, m.end(), min(end, m.end() + 80))
                if t:
                    label = f"{label} {t.group('term')}"
                out.append(Mention(security_type(label), label, m.start("noun"), money.end, sentence, price=money))
                break
    return out
