"""Figures in sentences, with their current and comparative values.

"loss for the year ended December 31, 2005 was $5,245,165 or $0.09 per share
compared to a loss of $5,446,629 or $0.12 per share in ...": each amount takes
the concept whose wording is nearest before it (or just after it: "spent
$1.7 million on research and development"), the period nearest to it in its
part of the sentence, and a comparative part ("compared to ...", "(2004:
$2,773,674)") the previous period's shape. Breakdowns ("Expenses incurred
include ...", "on the following properties: ...") are read in
:mod:`assay.extract.facts.breakdowns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.facts import breakdowns
from assay.extract.facts.concepts import (
    BALANCE,
    CONCEPT_RE,
    PER_SHARE,
    concept_of,
    find_concepts,
    flipped,
    label_start,
)
from assay.extract.facts.draft import Draft
from assay.extract.facts.periods import Period, PeriodRef, Periods, previous_year
from assay.extract.text import sentences
from assay.parse.dates import MONTH
from assay.parse.money import find_money

_COMPARE = re.compile(
    r"\b(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.|relative\s+to|(?:up|down)\s+from)\b"
    r"|\bfrom\s+(?=(?:[A-Z]{1,3})?\$[\d.,]+(?:\s*(?:million|thousand))?\s+(?:in|for|during)\b)",
    re.IGNORECASE,
)
# a sentence about plans, offerings or property deals holds no reported figures (looked for in lower case)
_SKIP_WORDS = (
    "budget",
    "forecast",
    "guidance",
    "plan to",
    "plans to",
    "anticipate",
    "expect",
    "projected",
    "will be",
    "will spend",
    "will fund",
    "will incur",
    "private placement",
    "offering",
    "tranche",
    "finder",
    "flow-through",
    "subscription",
    "per unit",
    "purchase price",
    "option agreement",
    "earn-in",
    "earn in",
    "commitment",
    " will ",
    "to date",
    "since ",
    "cumulative",
    "historical",
    "npv",
    "irr",
    "after-tax",
    "pre-tax",
    "life of mine",
    "life-of-mine",
    "payback",
    "initial capital",
    "feasibility",
    "economic assessment",
)
_SKIP_BEFORE = re.compile(
    r"(?:prices?|priced)\b[^$]{0,14}$|"
    r"(?:proceeds|payments?|commissions?|valued|valuation|consideration|increased?|decreased?|reduction|change|"
    r"up\s+to|worth|more\s+than|over|budget(?:ed)?)\s*(?:of|by|at)?\s*(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_SKIP_AFTER = re.compile(
    r"\s*(?:increase|decrease|reduction|higher|lower|more|less|improvement|change)\b|\s*(?:per|/)\s*"
    r"(?:ounce|oz|tonne|ton|pound|lb|unit|warrant)",
    re.IGNORECASE,
)
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a)\s+(?:(?:basic|diluted|and|fully|common)\s+){0,4}share", re.IGNORECASE)
_NEGATIVE_BEFORE = re.compile(r"(?:negative|deficit\s+of|deficiency\s+of)\s*$", re.IGNORECASE)
_OF_WHICH = re.compile(r"(?:of\s+which|including)\s*+$", re.IGNORECASE)
_PAREN_YEAR = re.compile(
    rf"\(\s*(?:fiscal\s+)?(?:(?P<mon>{MONTH})\s*(?P<day>\d{{1,2}}),?\s*|(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH})\s+)?"
    r"(?P<y>(?:19|20)\d\d)\s*[:,\-]?\s*"
    r"(?P<lab>[A-Za-z ]{0,30}?)\s*(?:of\s+)?$",
    re.IGNORECASE,
)
_AFTER_INTRO = re.compile(r"[\s,]*(?:(?:in|during|for)\s+[^$;]{0,40}?\s)?(?:on|in|for|from|was|were|to|as)\b")
_PROPERTY = re.compile(
    r"\b(?:on|at|for|to)\s+(?:the|its|our)\s+(?P<name>[A-Z][\w'-]*(?:\s+(?!(?i:property|project|mine|deposit)\b)"
    r"[A-Z][\w'-]*){0,3})\s+(?i:property|project|mine|deposit)\b"
)
# the property a part of a total was spent on, named after its amount: "$2.3 million was incurred on Bear Lake"
_ITEM_AFTER = re.compile(
    r"\s*(?:(?:was|were)\s+)?(?:(?:incurred|spent|expended)\s+)?(?:on|at)\s+(?:the\s+)?"
    rf"(?!(?:{MONTH}|The|Company)\b)(?P<name>[A-Z][\w'-]*(?:\s+(?!(?i:property|project|mine|deposit)\b)"
    r"[A-Z][\w'-]*){0,3})(?=\s+(?i:property|project|mine|deposit)\b|\s*(?:[,;.]|\s+and\b|$))"
)
_PAREN_TAIL = re.compile(r"\s*+[:,\-]?\s*+(?:[A-Za-z ]{0,30}?)\s*(?:of\s+)?")
_PAREN_AFTER = re.compile(r"\s*\([^()]{0,60}\)")


def may_hold_money(text: str, low: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` may hold an amount of money (a currency sign, or dollars written out)."""
    return (
        text.find("$", a, b) >= 0
        or text.find("\u00a3", a, b) >= 0
        or text.find("\u20ac", a, b) >= 0
        or low.find("dollars", a, b) >= 0
    )


_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n)+")
_BULLET = re.compile(r"\n[ \t]*(?:[-\u2022*\u00b7]|\(?[a-z0-9]\)|\d+\.)\s")
_LONGEST = 3000


@dataclass(slots=True)
class _Seg:
    start: int
    end: int
    comparative: bool


def _segments(text: str, a: int, b: int) -> list[_Seg]:
    segs: list[_Seg] = []
    pos = a
    comp = False
    for m in _COMPARE.finditer(text, a, b):
        segs.append(_Seg(pos, m.start(), comp))
        pos, comp = m.start(), True
    segs.append(_Seg(pos, b, comp))
    return segs


def _last_concept(found: list[re.Match[str]], a: int, b: int) -> re.Match[str] | None:
    """The last of the sentence's concept wordings that lies within ``a:b``."""
    last = None
    for m in found:
        if m.start() >= a and m.end() <= b:
            last = m
        elif m.start() >= b:
            break
    return last


def _label_item(text: str, m: re.Match[str]) -> str:
    words = text[label_start(text, m) : m.end()].split()
    while words and words[0].lower() in ("the", "a", "an", "its", "our", "and", "total", "consolidated"):
        words = words[1:]
    return " ".join(words)


def _paren_period(
    text: str,
    paren: int,
    pos: int,
    periods: Periods,
    sentence: tuple[int, int],
    drafts: list[Draft],
    last_current: int | None,
    running: Period | None,
) -> Period | None:
    """The period of a comparative in parentheses before ``pos``: "(2004: $X)", "(2004 recovery of $X)",
    "(December 31, 2021 - $X)", "(Q2 2022: $X)"; ``None`` when the amount is not one."""
    if paren < 0:
        return None
    base = drafts[last_current].period if last_current is not None else running
    py = _PAREN_YEAR.match(text, paren, pos)
    if py is not None:
        return periods.paren(py, base)
    for r in periods.between(*sentence):
        if paren < r.start <= paren + 3 and r.end <= pos and not r.in_alias and _PAREN_TAIL.fullmatch(text, r.end, pos):
            return r.period if r.kind in ("duration", "balance") else periods.resolve(r, base)
    return None


def _in_money_paren(text: str, r: PeriodRef) -> bool:
    """Whether ``r`` opens a parenthesis that holds a comparative amount: "(Q2 2022: $61.0 million)"."""
    before = text[max(0, r.start - 2) : r.start]
    if "(" not in before:
        return False
    close = text.find(")", r.end, r.end + 60)
    return close >= 0 and "$" in text[r.end : close]


def _nearest_ref(text: str, refs: list[PeriodRef], pos: int) -> PeriodRef | None:
    best, dist = None, 1 << 30
    for r in refs:
        if r.kind == "paren" or r.in_alias or _in_money_paren(text, r):
            continue
        d = r.start - pos if r.start >= pos else pos - r.end
        if d < dist:
            best, dist = r, d
    return best


def _fit(period: Period | None, concept: str, main: Period | None) -> Period | None:
    """A balance concept takes the date; a result read against a date takes the main period's length there."""
    if period is None:
        return None
    if concept in BALANCE:
        return Period(period.end, None)
    if period.months is None and main is not None and main.end == period.end:
        return main
    return period


def read(
    text: str,
    low: str,
    periods: Periods,
    currency: str | None,
    skip: list[tuple[int, int]],
    drafts: list[Draft],
) -> None:
    """Append the figures of every sentence of ``text`` (outside the ``skip`` ranges) to ``drafts``
    (``low``: ``text`` in lower case, letter for letter)."""
    for p0, p1 in _money_paragraphs(text, low):
        running = periods.main
        previous_first: int | None = None
        for sent in _pieces(text, p0, p1):
            a, b = sent
            for s0, s1 in skip:
                if s0 < b and a < s1:
                    b = min(b, s0) if s0 > a else a
            if b - a < 8 or not may_hold_money(text, low, a, b):
                continue
            words = " ".join(low[a:b].split())
            if any(w in words for w in _SKIP_WORDS):
                continue
            before = len(drafts)
            running = _sentence(text, low, a, b, periods, currency, running, previous_first, drafts)
            if len(drafts) > before:
                previous_first = before


def _money_paragraphs(text: str, low: str) -> list[tuple[int, int]]:
    """The ranges of the paragraphs (runs of non-blank lines) that may hold an amount of money."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if may_hold_money(text, low, pos, m.start()):
            out.append((pos, m.start()))
        pos = m.end()
    if may_hold_money(text, low, pos, len(text)):
        out.append((pos, len(text)))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, each bullet line its own."""
    out: list[tuple[int, int]] = []
    for sent in sentences(text, start, end):
        a = sent.start
        for m in _BULLET.finditer(text, sent.start, sent.end):
            if m.start() > a:
                out.append((a, m.start()))
            a = m.start()
        out.append((a, sent.end))
    # a run-on "sentence" far longer than any written one is read line by line, and an
    # endless line not at all
    short: list[tuple[int, int]] = []
    for a, b in out:
        if b - a <= _LONGEST:
            short.append((a, b))
            continue
        pos = a
        while pos < b:
            nl = text.find("\n", pos, b)
            stop = b if nl < 0 else nl
            if 0 < stop - pos <= _LONGEST:
                short.append((pos, stop))
            pos = stop + 1
    return short


def _sentence(
    text: str,
    low: str,
    a: int,
    b: int,
    periods: Periods,
    currency: str | None,
    running: Period | None,
    previous_first: int | None,
    drafts: list[Draft],
) -> Period | None:
    if running is None and not periods.between(a, b):
        return running  # no period for any figure here
    found = find_concepts(text, a, b, low)
    if not found:
        return running
    moneys = [m for m in find_money(text, a, b) if m.amount > 0 and not m.up_to]
    if not moneys:
        return running
    segs = _segments(text, a, b)
    blist = breakdowns.find(text, a, moneys[0].start)
    bd = breakdowns.start(text, a, blist, moneys, drafts, previous_first, running, periods) if blist else None
    current: list[int] = []  # drafts of the current part, in order
    comp_index = 0
    prev_end = a
    last_current: int | None = None
    new_running = running
    led = False  # whether the sentence's own period has been set
    for k, m in enumerate(moneys):
        seg = next(s for s in segs if s.start <= m.start < s.end + 1)
        gap_start = max(prev_end, seg.start if seg.comparative else a)
        semi = text.rfind(";", gap_start, m.start)
        if semi >= 0:
            gap_start = semi + 1
        prev_end = m.end
        after_start = m.end
        pa = _PAREN_AFTER.match(text, m.end, b)
        if pa:
            after_start = pa.end()
        after_end = min(b, after_start + 100)
        nxt = next((x.start for x in moneys[k + 1 : k + 4] if x.start >= after_start), b)
        after_end = min(after_end, nxt)
        cm = _COMPARE.search(text, m.end, after_end)
        if cm:
            after_end = cm.start()
        semi_after = text.find(";", m.end, after_end)
        if semi_after >= 0:
            after_end = semi_after
        if _SKIP_BEFORE.search(text, max(gap_start, m.start - 40), m.start):
            continue
        if _SKIP_AFTER.match(text, m.end, after_end):
            continue
        paren = text.rfind("(", gap_start, m.start)
        paren_period = _paren_period(text, paren, m.start, periods, (a, b), drafts, last_current, running)
        paren_year = paren_period is not None
        per_share = m.per == "share" or bool(_PER_SHARE_AFTER.match(text, m.end, after_end))
        if m.per is not None and m.per != "share":
            continue
        if bd is not None and m.start >= bd.start and not per_share:
            d = bd.part(text, m, gap_start, paren_period, currency, drafts)
            if d is not None:
                drafts.append(d)
            continue
        own = _last_concept(found, gap_start, m.start)
        concept: str | None = concept_of(own) if own else None
        item: str | None = None
        label_match = own
        parent: int | None = None
        if concept is None and _OF_WHICH.search(text, gap_start, m.start) and last_current is not None:
            parent = last_current
        if concept is None and not per_share and (parent is not None or not seg.comparative or paren_year):
            am = _AFTER_INTRO.match(text, after_start, after_end)
            if am or parent is not None:
                after = CONCEPT_RE.search(text, after_start, after_end)
                if after:
                    concept, label_match = concept_of(after), after
                    if parent is not None and concept == drafts[parent].concept:
                        item = _label_item(text, after)  # a member of the total: "including $X of growth capital"
        if concept is None and parent is not None:
            # a part of the total ("of which $X related to the Y project") takes its concept
            pm = _PROPERTY.search(text, after_start, after_end)
            if pm is None:
                continue  # a part of a total that its words do not name
            concept, item = drafts[parent].concept, pm.group("name")
        inherit: Draft | None = None
        if concept is None:
            if paren_year and last_current is not None:
                inherit = drafts[last_current]
            elif seg.comparative and not per_share and comp_index < len(current):
                inherit = drafts[current[comp_index]]
            elif not per_share and not seg.comparative:
                wide = _last_concept(found, seg.start if seg.comparative else a, gap_start)
                if wide:
                    concept, label_match = concept_of(wide), wide
        if per_share and concept not in PER_SHARE:
            prior = drafts[-1] if drafts and m.start - drafts[-1].end < 40 else None
            if prior is not None and prior.concept in ("net_loss", "net_income"):
                concept = "loss_per_share" if prior.concept == "net_loss" else "earnings_per_share"
            else:
                continue
        if inherit is not None:
            concept, item = inherit.concept, inherit.item
        if concept is None:
            continue
        recovery = False
        if concept == "recovery":
            concept, recovery = "other", True
        if concept == "other" and label_match is not None and item is None:
            item = _label_item(text, label_match)
        if _NEGATIVE_BEFORE.search(text, max(gap_start, m.start - 20), m.start):
            concept = flipped(concept)
        if concept == "exploration_expenditure" and item is None:
            pm = _PROPERTY.search(text, max(a, m.start - 150), min(b, m.end + 150))
            if pm:
                item = pm.group("name")
            else:
                im = _ITEM_AFTER.match(text, after_start, b)
                item = im.group("name") if im else None
        # the period
        comparative = seg.comparative or paren_year
        period: Period | None
        if paren_year:
            period = paren_period
        else:
            seg_refs = [r for r in periods.between(a, b) if seg.start <= r.start < seg.end]
            ref = _nearest_ref(text, seg_refs, m.start)
            if ref is not None:
                shape = drafts[current[0]].period if seg.comparative and current else running
                period = periods.resolve(ref, shape)
                if not seg.comparative and period is not None and period.months is not None and not led:
                    new_running, led = period, True
            elif seg.comparative:
                base = inherit.period if inherit is not None else (drafts[current[0]].period if current else running)
                period = previous_year(base) if base is not None else None
            elif per_share and drafts and drafts[-1].end > a:
                period = drafts[-1].period
            else:
                period = running
        period = _fit(period, concept, periods.main)
        if period is None:
            continue
        d = Draft(
            concept,
            round(m.amount, 6),
            m.start,
            m.end,
            m.currency or currency,
            period,
            item,
            label_match.group() if label_match else None,
            parent,
            recovery,
            comparative,
        )
        drafts.append(d)
        if not comparative:
            current.append(len(drafts) - 1)
            if parent is None:
                last_current = len(drafts) - 1
        elif not paren_year:
            comp_index += 1
            if parent is not None:
                d.parent = _comparative_total(drafts, drafts[parent], d.period)
    return new_running


def _comparative_total(drafts: list[Draft], total: Draft, period: Period | None) -> int | None:
    for i in range(len(drafts) - 1, -1, -1):
        x = drafts[i]
        if x.concept == total.concept and x.item == total.item and x.period == period:
            return i
    return None
