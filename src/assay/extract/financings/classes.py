"""The classes of security a release offers: found, joined and made one per class.

Counts with prices are the classes; a count without a price joins the class
of its security, or the part of an "up to" offering that closed; a class
restated, given per tranche or superseded by amended terms is one class; a
total stated for several classes together stays a combined total.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from assay.check.tolerance import agrees
from assay.extract.financings.securities import (
    Mention,
    attach_prices,
    count_mentions,
    is_gross,
    is_price,
    price_only_mentions,
    security_type,
)
from assay.extract.text import Piece
from assay.parse.dates import MONTH, month_number
from assay.parse.money import Money, find_money

_MAX_CLASSES = 16  # no release offers more; bounds the work on inputs that are no release

# Searched in the lower-cased text.
OFFER_CONTEXT = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|subscri|rais(?:e|ed|ing)\b|prospectus|underwrit|"
    r"\blife\b|flow[- ]?through|gross\s+proceeds|debenture",
)
_SECURITY_WORD = re.compile(
    r"(?:convertible\s+)?debentures?|flow[- ]?through\s+(?:units?|shares?)|\bunits\b|common\s+shares|"
    r"subscription\s+receipts?",
    re.IGNORECASE,
)
_NOT_AN_OFFERING = re.compile(r"exercis|settle|\bdebt\b|consideration|acquisition|in\s+exchange\s+for")
_AMENDED = re.compile(r"amend|upsiz|increas|revis|reduc|chang")
_PAST_WHEN = re.compile(
    rf"\b(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?(?P<m>{MONTH})\s*(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "further to its news release on March 3, 2024": the date of an earlier announcement of this offering
_ANNOUNCED_ON = re.compile(r"(?:announced|release[sd]?|dated|disclosed)\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_RECALLED = re.compile(r"following|recent|previous|prior\b|earlier|last\s+(?:year|month|quarter)|funded")
_SUPERSEDED = re.compile(
    r"(?:originally|initially|formerly|instead\s+of|previously(?!\s+announced)|(?:original|prior|previous)\s+terms)"
    r"\b[^.;]{0,70}$|"
    r"\bfrom\s+(?:the\s+|its\s+)?(?:previously\s+announced\s+|original\s+|initial\s+)?(?:up\s+to\s+)?$"
)


def has_context(low: str, sents: list[Piece], i: int) -> bool:
    if OFFER_CONTEXT.search(low, sents[i].start, sents[i].end):
        return True
    return i > 0 and bool(OFFER_CONTEXT.search(low, sents[i - 1].start, sents[i - 1].end))


def find_classes(
    text: str, low: str, sents: list[Piece], fin: list[int]
) -> tuple[list[Mention], list[Mention], dict[int, Money]]:
    """Priced classes, counts without a price, and each sentence's stated proceeds."""
    priced: list[Mention] = []
    unpriced: list[Mention] = []
    totals: dict[int, Money] = {}
    price_only: list[Mention] = []
    for i in fin:
        s = sents[i]
        ms = count_mentions(text, low, s.start, s.end, i)
        if ms and not has_context(low, sents, i):
            ms = []
        free = attach_prices(text, ms, s.start, s.end)
        gross_free = [m for m in free if is_gross(text, m, s.start)]
        here = [m for m in ms if m.price is not None]
        priced.extend(here)
        unpriced.extend(m for m in ms if m.price is None)
        if gross_free:
            totals[i] = gross_free[0]
        if not here and OFFER_CONTEXT.search(low, s.start, s.end):
            for p in price_only_mentions(text, low, s.start, s.end, i, free):
                p.gross = gross_free[0] if gross_free else None
                price_only.append(p)
    return priced + price_only, unpriced, totals


def mentions_tranche(text: str, m: Mention, words: set[str]) -> bool:
    window = text[max(0, m.start - 80) : m.end + 120].lower()
    return any(re.search(rf"\b{w}\b[^.;]{{0,30}}?(?:tranche|closing)", window) for w in words)


def dedupe(classes: list[Mention], text: str, tranche_words: set[str]) -> list[Mention]:
    """One mention per class: a class restated, or given once per tranche, is one class."""
    out: list[Mention] = []
    for c in classes:
        same = next(
            (
                o
                for o in out
                if o.security == c.security
                and o.price is not None
                and c.price is not None
                and abs(o.price.amount - c.price.amount) < 1e-9
            ),
            None,
        )
        if same is None:
            out.append(c)
            continue
        k = out.index(same)
        if c.count is None or same.count == c.count:
            if same.gross is None:
                same.gross = c.gross
        elif same.count is None:
            out[k] = c
        elif tranche_words:
            if mentions_tranche(text, c, tranche_words) and not mentions_tranche(text, same, tranche_words):
                out[k] = c
        elif re.search(r"upsiz|increas|amend", text, re.IGNORECASE):
            out[k] = c  # a resized offering: the later terms stand
    return out


def drop_superseded(low: str, sents: list[Piece], classes: list[Mention]) -> list[Mention]:
    """In an amended offering, the terms it was "originally announced" with give way to the new ones."""
    if len(classes) < 2 or not _AMENDED.search(low):
        return classes
    old = [superseded(low, sents, c) for c in classes]
    # the old terms may be restated before or after the new ones
    return [
        c
        for c, was in zip(classes, old, strict=True)
        if not was or not any(o.security == c.security and not o_was for o, o_was in zip(classes, old, strict=True))
    ]


def pick_count(text: str, c: Mention, counts: list[Mention], tranche_words: set[str]) -> Mention | None:
    cands = [u for u in counts if u.security == c.security and u.count is not None]
    if not cands:
        return None
    if tranche_words:
        for u in cands:
            if mentions_tranche(text, u, tranche_words):
                return u
    if c.price is not None:
        for u in cands:
            if u.gross is not None and u.count is not None and agrees(u.count * c.price.amount, u.gross.amount):
                return u
    return cands[0]


def priced_later(text: str, low: str, sents: list[Piece], unpriced: list[Mention]) -> list[Mention]:
    """A count whose price the next sentence gives ("Each Unit will be priced at $0.125")."""
    for u in unpriced:
        if not has_context(low, sents, u.sentence):
            continue
        for j in (u.sentence, u.sentence + 1):
            if j >= len(sents):
                break
            s = sents[j]
            for m in find_money(text, max(s.start, u.end), s.end):
                if is_price(text, m, s.start) and (m.per is None or m.per in u.label.lower()):
                    u.price = m
                    u.end = max(u.end, m.end) if j == u.sentence else u.end
                    return [u]
    return []


def _price_before(text: str, low: str, sents: list[Piece], u: Mention) -> Money | None:
    """The price per security a sentence gives before a count without one, the new one where
    the price was changed ("reduced the price from $0.12 per unit to $0.10 per unit")."""
    found = None
    for j in (u.sentence - 1, u.sentence):
        if j < 0:
            continue
        s = sents[j]
        end = u.start if j == u.sentence else s.end
        for m in itertools.islice(find_money(text, s.start, end), 8):
            if m.per is None or m.per not in u.label.lower() or not is_price(text, m, s.start):
                continue
            if _SUPERSEDED.search(low, max(s.start, m.start - 80), m.start):
                continue
            found = m
    return found


def superseded(low: str, sents: list[Piece], m: Mention) -> bool:
    """Whether a mention gives terms an amendment replaced ("... from the previously announced 8,000,000 units")."""
    return bool(_SUPERSEDED.search(low, max(sents[m.sentence].start, m.start - 80), m.start))


def closed_part(
    text: str, low: str, sents: list[Piece], c: Mention, counts: list[Mention], tranche_words: set[str]
) -> None:
    """An offering of "up to" N of which a part closed: the part closed is the class's count."""
    for u in counts:
        if u.security != c.security or u.up_to or u.count is None or c.count is None or u.count >= c.count:
            continue
        if superseded(low, sents, u):
            continue
        fits = u.gross is not None and c.price is not None and agrees(u.count * c.price.amount, u.gross.amount)
        if fits or (tranche_words and mentions_tranche(text, u, tranche_words)):
            if c.count_span is not None:
                c.offered = (c.count, *c.count_span)
            c.count, c.count_span, c.up_to = u.count, u.count_span, False
            c.gross = u.gross
            return


def gross_only(text: str, low: str, sents: list[Piece], fin: list[int]) -> list[Mention]:
    """An offering stated by its proceeds alone ("convertible debentures for aggregate proceeds of C$10,000,000")."""
    for i in fin:
        s = sents[i]
        if not OFFER_CONTEXT.search(low, s.start, s.end) or _NOT_AN_OFFERING.search(low, s.start, s.end):
            continue
        w = _SECURITY_WORD.search(text, s.start, s.end)
        if not w:
            continue
        for m in find_money(text, s.start, s.end):
            if is_gross(text, m, s.start):
                label = w.group(0)
                c = Mention(security_type(label), label, w.start(), w.end(), i, gross=m, up_to=m.up_to)
                c.price = _price_after(text, sents, i, m.end)
                return [c]
    return []


def _price_after(text: str, sents: list[Piece], i: int, at: int) -> Money | None:
    """A price per security given after an offering's proceeds, in its sentence or the next
    ("... up to $500,000 through a placement of units. The units will be priced at $0.05 each")."""
    for j in (i, i + 1):
        if j >= len(sents):
            break
        s = sents[j]
        for m in itertools.islice(find_money(text, max(s.start, at), s.end), 8):
            if m.per in (None, "unit", "share", "security", "debenture") and is_price(text, m, s.start):
                return m
    return None


def per_security_price(text: str, low: str, sents: list[Piece], fin: list[int]) -> list[Mention]:
    """An offering stated by its proceeds and a price per share or unit alone ("to raise A$4.5 million
    through a placement at A$0.15 per share")."""
    for i in fin:
        s = sents[i]
        if not OFFER_CONTEXT.search(low, s.start, s.end) or _NOT_AN_OFFERING.search(low, s.start, s.end):
            continue
        if _RECALLED.search(low, s.start, s.end):
            continue  # "fully funded following its recent $3 million placement at $0.20 per share"
        moneys = list(itertools.islice(find_money(text, s.start, s.end), 8))
        price = next((m for m in moneys if m.per in ("share", "unit") and is_price(text, m, s.start)), None)
        gross = next((m for m in moneys if is_gross(text, m, s.start)), None)
        if price is not None and gross is not None:
            label = f"{price.per}s"
            return [Mention(security_type(label), label, price.start, price.end, i, price=price, gross=gross)]
    return []


def drop_background(
    text: str, sents: list[Piece], classes: list[Mention], release_date: dt.date | None
) -> list[Mention]:
    """Offerings the release recalls from months before it ("In January 2024, the Company completed a private
    placement of ...") are no offering of this release, when it has one of its own."""
    if release_date is None or len(classes) < 2:
        return classes
    old = []
    for c in classes:
        floor = sents[c.sentence].start
        when = _PAST_WHEN.search(text, floor, c.start)
        past = False
        if when and not _ANNOUNCED_ON.search(text, max(floor, when.start() - 40), when.start()):
            month = month_number(when.group("m")) or 1
            d = dt.date(int(when.group("y")), month, min(28, int(when.group("d") or 28)))
            past = (release_date - d).days > 45
        old.append(past)
    if all(old):
        return classes
    return [c for c, past in zip(classes, old, strict=True) if not past]


def assign_gross(classes: list[Mention], totals: dict[int, Money]) -> None:
    """Each class's own proceeds; a total for several classes stays a combined total."""
    by_sentence: dict[int, list[Mention]] = {}
    for c in classes:
        by_sentence.setdefault(c.sentence, []).append(c)
    for i, group in by_sentence.items():
        total = totals.get(i)
        if len(group) == 1:
            if group[0].gross is None and total is not None:
                group[0].gross = total
            continue
        stated = [c.gross for c in group if c.gross is not None]
        if len(stated) == 1 and all(c.count is not None and c.price is not None for c in group):
            parts = sum((c.count or 0) * (c.price.amount if c.price else 0) for c in group)
            holder = next(c for c in group if c.gross is not None)
            own = (holder.count or 0) * (holder.price.amount if holder.price else 0)
            if not agrees(own, stated[0].amount) and agrees(parts, stated[0].amount, rel_tol=0.01):
                for c in group:
                    c.gross = None
                    c.combined = stated[0]
        elif not stated and total is not None:
            for c in group:
                c.combined = total


def resolve(text: str, low: str, sents: list[Piece], fin: list[int], tranche_words: set[str]) -> list[Mention]:
    """The classes the sentences ``fin`` offer, one mention each, with counts, prices and proceeds."""
    found, unpriced, totals = find_classes(text, low, sents, fin)
    found, unpriced = found[:_MAX_CLASSES], unpriced[:_MAX_CLASSES]
    found = dedupe(found, text, tranche_words)
    found = drop_superseded(low, sents, found)
    for c in found:
        if c.count is None:
            u = pick_count(text, c, unpriced, tranche_words)
            if u is not None:
                c.count, c.count_span, c.up_to = u.count, u.count_span, u.up_to
                if u.gross is not None:
                    c.gross = u.gross
        elif c.up_to and c.price is not None:
            closed_part(text, low, sents, c, unpriced, tranche_words)
    if not found:
        found = priced_later(text, low, sents, unpriced)
    if not found:
        found = [u for u in unpriced if u.gross is not None and has_context(low, sents, u.sentence)][:1]
        for u in found:
            u.price = _price_before(text, low, sents, u)
    if not found:
        found = per_security_price(text, low, sents, fin)
    if not found:
        found = gross_only(text, low, sents, fin)
    assign_gross(found, totals)
    return found
