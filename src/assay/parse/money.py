"""Money as releases write it, parsed once for every extractor.

``C$1.48 million``, ``CDN$0.10``, ``US$542,500``, ``$4.2 million``,
``45 cents``, ``A$0.02``, ``1,000,000 Canadian dollars``: :func:`find_money`
finds each amount in a text with its currency (ISO code, or ``None`` for a
bare ``$``), scale, what it is per (``per share``) and whether it is a
maximum (``up to``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assay.parse.numbers import NUMBER, SCALES

# Currency written before the number. Longest forms first.
_PREFIX_CODES: dict[str, str | None] = {
    "c$": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "cdn$": "CAD",
    "can$": "CAD",
    "cad": "CAD",
    "cdn": "CAD",
    "us$": "USD",
    "u.s.$": "USD",
    "usd$": "USD",
    "usd": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "£": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "$": None,
}
_PREFIX = (
    r"(?:C|CA|CAD|CDN|Cdn|Can|US|U\.S\.|USD|A|AU|AUD|NZ|HK) ?\$|\$|£|€|"
    r"(?:CAD|CDN|USD|AUD|GBP|EUR)(?=\s?\d)"
)
_SUFFIX_CODES: dict[str, str | None] = {
    "cad": "CAD",
    "usd": "USD",
    "aud": "AUD",
    "gbp": "GBP",
    "eur": "EUR",
    "canadian dollars": "CAD",
    "canadian": "CAD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "united states dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "dollars": None,
}
_SUFFIX = (
    r"CAD|USD|AUD|GBP|EUR|(?:Canadian|U\.S\.|US|United States|American|Australian)\s+dollars|"
    r"dollars"
)
_MONEY_SCALE = r"(?:[\s-]?(?:thousand|million|billion|mln|bn)|(?:MM|M|m|B|K|k))(?![A-Za-z])"


def _per(group: str) -> str:
    return (
        r"(?i:\s*(?:per|a|each|/)\s*(?:(?:common|flow[- ]through|FT|NFT|whole|non[- ]flow[- ]through|"
        r"charity|premium|hard[- ]dollar|HD|subscription|convertible|ordinary|LIFE)\s+){0,2}"
        rf"(?P<{group}>share|unit|warrant|ounce|oz|tonne|ton|pound|lb|security|debenture|receipt|note)s?\b)"
    )


_MONEY_RE = re.compile(
    rf"(?P<pre>{_PREFIX})\s?(?P<num>{NUMBER})(?P<scale>{_MONEY_SCALE})?"
    rf"(?:\s(?P<post>{_SUFFIX})\b)?(?:{_per('per')})?"
    rf"|(?<![\w.$])(?P<num2>{NUMBER})(?P<scale2>\s?(?:thousand|million|billion))?\s"
    rf"(?P<post2>{_SUFFIX})\b(?:{_per('per2')})?"
    rf"|(?<![\w.$])(?P<cents>{NUMBER})\s?(?:cents?|\u00a2)(?![A-Za-z])(?:{_per('per3')})?"
)
_UP_TO = re.compile(
    r"(?:up\s+to|maximum\s+of|not\s+(?:to\s+)?exceed(?:ing)?|a\s+maximum)(?:\s+\(?[A-Za-z]+\)?){0,3}\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money found in a text (``start``/``end`` index that text)."""

    amount: float
    currency: str | None
    start: int
    end: int
    scale: float = 1.0
    per: str | None = None
    up_to: bool = False
    symbol: str = ""

    @property
    def is_per_unit(self) -> bool:
        return self.per is not None


def _scale(s: str | None) -> float:
    if not s:
        return 1.0
    return SCALES[s.strip(" -\t\n").lower()]


def _money(m: re.Match[str], text: str) -> Money:
    per = m.group("per") or m.group("per2") or m.group("per3")
    per = per.lower() if per else None
    before = text[max(0, m.start() - 40) : m.start()].lower()
    up_to = ("up" in before or "maxim" in before or "exceed" in before) and bool(
        _UP_TO.search(text, max(0, m.start() - 40), m.start())
    )
    if m.group("cents") is not None:
        amount = float(m.group("cents").replace(",", "")) / 100
        return Money(round(amount, 10), None, m.start(), m.end(), 1.0, per, up_to, "cents")
    if m.group("num") is not None:
        pre = m.group("pre")
        currency = _PREFIX_CODES.get(pre.lower().replace(" ", ""))
        post = m.group("post")
        if post and currency is None:
            currency = _SUFFIX_CODES.get(" ".join(post.lower().split()))
        scale = _scale(m.group("scale"))
        amount = float(m.group("num").replace(",", "")) * scale
        return Money(amount, currency, m.start(), m.end(), scale, per, up_to, pre)
    post = m.group("post2")
    currency = _SUFFIX_CODES.get(" ".join(post.lower().split()))
    scale = _scale(m.group("scale2"))
    amount = float(m.group("num2").replace(",", "")) * scale
    return Money(amount, currency, m.start(), m.end(), scale, per, up_to, post)


# every amount holds one of these: a sign, a currency code, "dollars" or "cents"; the amount is looked for
# only next to each (a sign or a code opens it, or the words follow its number)
_SIGNS = ("$", "\u00a3", "\u20ac", "\u00a2")
_WORD_MARKS = ("CAD", "CDN", "USD", "AUD", "GBP", "EUR", "dollars", "cent")
_WORD_MARK = re.compile(r"CAD|CDN|USD|AUD|GBP|EUR|dollars|cent")
_NUMBER_START = re.compile(r"(?<![\w.$])\.?\d")
_PREFIX_FIRST = frozenset("CAUNH")  # the letters a prefix before a sign opens with ("C$", "US$", "NZ$")
_PREFIX_BEFORE_SIGN = 5  # "U.S.$": where an amount may start before its sign
_NUMBER_BEFORE_WORD = 48  # "1,250,000.50 thousand Canadian dollars": where its number may start before the words


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Where each currency sign, code or word of ``text[start:end]`` is, in order (signs found with plain
    finds; the codes and words looked for only when one occurs at all)."""
    out: list[tuple[int, str]] = []
    for sign in _SIGNS:
        i = text.find(sign, start, end)
        while i >= 0:
            out.append((i, sign))
            i = text.find(sign, i + 1, end)
    if any(text.find(w, start, end) >= 0 for w in _WORD_MARKS):
        out.extend((m.start(), m.group()) for m in _WORD_MARK.finditer(text, start, end))
    out.sort()
    return out


def _money_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    last = start
    match = _MONEY_RE.match
    for h, mark in _marks(text, start, end):
        if h < last:
            continue
        if mark in ("$", "\u00a3", "\u20ac"):
            lo = max(last, h - _PREFIX_BEFORE_SIGN)
            starts: Iterator[int] = iter([p for p in range(lo, h) if text[p] in _PREFIX_FIRST] + [h])
        else:
            lo = max(last, h - _NUMBER_BEFORE_WORD)
            found = [n.start() for n in _NUMBER_START.finditer(text, lo, h)]
            starts = iter([*found, h] if mark.isupper() else found)
        for pos in starts:
            m = match(text, pos, end)
            if m is not None:
                last = m.end()
                yield m
                break


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[Money]:
    """Every amount of money in ``text[start:end]``, in order."""
    for m in _money_matches(text, start, len(text) if end is None else end):
        yield _money(m, text)


def parse_money(text: str) -> Money | None:
    """The amount of money that ``text`` is, or ``None``."""
    m = _MONEY_RE.fullmatch(text.strip())
    return _money(m, text.strip()) if m else None


_CURRENCY_STATEMENT = re.compile(
    r"(?:(?:all|dollar)\s+(?:amounts|figures|dollar\s+(?:amounts|figures)|references)"
    r"|(?:amounts|figures)\s+(?:are\s+)?(?:expressed|stated|presented|reported)|\(\s*(?:expressed\s+)?in\b)"
    r"[^.\n]{0,60}?\b(?:in\s+)?(?:thousands\s+of\s+)?"
    r"(?P<cur>Canadian|CDN|CAD|C\$|U\.?S\.?|United\s+States|USD|US\$|Australian|AUD|A\$)"
    r"\s*(?:dollars|\$)?",
    re.IGNORECASE,
)
# Where such a statement can start ("all", "dollar", "amount", "figure", "("), found in
# the lower-cased text by a plain alternation that scans fast; the statement is then
# matched there. (Dotless i matches "i" in the statement's case-blind pattern.)
_STATEMENT_START = re.compile("all|dollar|amount|f[i\u0131]gure|\\(")
_STATEMENT_CODES = {
    "canadian": "CAD",
    "cdn": "CAD",
    "cad": "CAD",
    "c$": "CAD",
    "u.s.": "USD",
    "us": "USD",
    "u.s": "USD",
    "united states": "USD",
    "usd": "USD",
    "us$": "USD",
    "australian": "AUD",
    "aud": "AUD",
    "a$": "AUD",
}


def stated_currency(text: str) -> tuple[str, int, int] | None:
    """The currency a release says all its amounts are in ("All amounts are
    in Canadian dollars unless otherwise stated"), with the statement's span."""
    low = text.lower()
    if not any(w in low for w in ("amounts", "figures", "references", "(")):
        return None  # none of the words such a statement opens with
    if len(low) == len(text):  # each character lower-cased to one: positions agree
        starts = (c.start() for c in _STATEMENT_START.finditer(low))
        m = next((m for p in starts if (m := _CURRENCY_STATEMENT.match(text, p)) is not None), None)
    else:
        m = _CURRENCY_STATEMENT.search(text)
    if not m:
        return None
    code = _STATEMENT_CODES.get(" ".join(m.group("cur").lower().split()))
    return (code, m.start(), m.end()) if code else None
