"""Extract the release's facts: every reported figure with its concept, period and breakdown.

Tables are read first (:mod:`.tables`: grids and one-value-per-line
statements), then the sentences outside them (:mod:`.prose`, with
:mod:`.breakdowns`). Periods come from the release itself (:mod:`.periods`),
concepts from its wording (:mod:`.concepts`); the currency is the amount's
own prefix, or the release's statement of its currency ("All amounts are in
Canadian dollars"), or null.
"""

from __future__ import annotations

import re

from assay.extract.facts import prose, tables
from assay.extract.facts.concepts import has_concept_words, lower
from assay.extract.facts.draft import Draft
from assay.extract.facts.periods import Periods
from assay.model import Fact, Release, v
from assay.normalise import Doc
from assay.parse.money import stated_currency
from assay.parse.numbers import parse_decimal


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.facts`` from ``doc``."""
    text = doc.text
    low = lower(text)
    worded = prose.may_hold_money(text, low, 0, len(text)) and has_concept_words(low)
    if not worded and not tables.may_hold_figures(low):
        return  # no words a figure is reported with
    release_date = release.release_date.value if release.release_date is not None else None
    periods = Periods(text, release_date, low)
    drafts: list[Draft] = []
    read = tables.read(text, low, periods, None, drafts)
    prose.read(text, low, periods, None, read, drafts)
    if not drafts:
        return
    # a figure without its own currency takes the one the release states for all its amounts
    stated = stated_currency(text)
    if stated is not None:
        for d in drafts:
            d.currency = d.currency or stated[0]
    release.facts.extend(_fact(doc, d) for d in _unique(text, drafts))


_NUMBER = re.compile(r"\d[\d,]*(?:\.(?P<dec>\d+))?")


def _half_unit(text: str, d: Draft) -> float:
    """Half the last written digit's worth: 50,000 for "$36.6 million", 500 for a cell "36,640" in thousands."""
    m = _NUMBER.search(text, d.start, d.end)
    if m is None:
        return 0.0
    number = parse_decimal(m.group())
    if number == 0:
        return 0.0
    decimals = len(m.group("dec") or "")
    return d.value / number * 10.0**-decimals / 2


def _unique(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts less repeats of one figure (a table's cell restated in a sentence, "$36.6 million" for
    "36,640" thousand), the more precise kept, parents re-indexed."""
    seen: dict[tuple[object, ...], list[int]] = {}
    index: dict[int, int] = {}
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        key = (d.concept, d.item, d.period)
        same = seen.setdefault(key, [])
        half = _half_unit(text, d)
        j = next((j for j in same if abs(out[j].value - d.value) <= max(half, _half_unit(text, out[j]), 0.005)), None)
        if j is not None:
            index[i] = j
            if half < _half_unit(text, out[j]):
                d.parent = d.parent if d.parent is not None else out[j].parent
                out[j] = d
            continue
        same.append(len(out))
        index[i] = len(out)
        out.append(d)
    for d in out:
        if d.parent is not None:
            d.parent = index.get(d.parent)
    return out


def _fact(doc: Doc, d: Draft) -> Fact:
    span = doc.span(d.start, d.end)
    return Fact(
        concept=v(d.concept, span, _note(d)),
        value=v(d.value, span),
        item=v(d.item) if d.item else None,
        currency=v(d.currency) if d.currency else None,
        period_end=v(d.period.end) if d.period else None,
        period_months=v(d.period.months) if d.period and d.period.months is not None else None,
        label=v(d.label) if d.label else None,
        parent=d.parent,
    )


def _note(d: Draft) -> str | None:
    """How the figure counts against its total: a recovery, or a negative table cell."""
    if d.recovery:
        return "recovery"
    if d.negative:
        return "negative"
    return None
