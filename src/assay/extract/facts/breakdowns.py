"""Totals and their parts: "Expenses incurred include prototype materials $104,374
(2004 $173,246); consulting fees $24,784 ...", "incurred on the following
properties in fiscal 2005: Idaho-Maryland $1,604,900 (2004: $2,773,674), ...".

Each part keeps the total's concept (a recovery is ``other``), takes its
``item`` from the words before its amount, and is linked to its total: the
figure of the same concept and period stated just before (the previous
sentence's total, or the total whose wording opens the list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.facts.concepts import CONCEPT_RE, concept_of
from assay.extract.facts.draft import Draft
from assay.extract.facts.periods import Period, Periods
from assay.parse.money import Money

_INTRO = re.compile(
    r"\b(?:includes?|included|consist(?:s|ed|ing)?\s+of|(?:is|are|was|were)\s+comprised\s+of|comprising|"
    r"as\s+follows\s*:?|the\s+following\b[^:;.$]{0,80}:)",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^[\s),;:.\-]*+(?:(?:and|or)\s+)?", re.IGNORECASE)
_TRAIL = re.compile(
    r"\s*+(?:(?:recovery|recoveries|expenditures?)\s*+)?(?:of|was|were|totall?ing|totall?ed|at|:|-)?\s*+$",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s(?:for|of|which|that|including|in\s+respect\s+of)\s", re.IGNORECASE)
_RECOVERY = re.compile(r"\brecover(?:y|ies)\b", re.IGNORECASE)


def find(text: str, a: int, b: int) -> re.Match[str] | None:
    """The words that open a list of parts in ``text[a:b]``, if any."""
    return _INTRO.search(text, a, b)


def clean_item(s: str) -> str | None:
    """The breakdown member a list's words name ("); consulting fees " → "consulting fees")."""
    close = s.rfind(")")
    if close >= 0:
        s = s[close + 1 :]  # a comparative "(2014 Nil)" before the words
    s = _LEAD.sub("", s)
    s = _TRAIL.sub("", s)
    cut = _CUT.search(s)
    if cut:
        s = s[: cut.start()]
    s = s.strip(" ,;:()-")
    if not s or len(s) > 80 or not re.search(r"[A-Za-z]", s):
        return None
    return s


@dataclass(slots=True)
class Breakdown:
    """A list of parts opened at ``start``, under the total ``parent``."""

    start: int
    concept: str
    parent: int | None
    period: Period | None
    periods: Periods

    def part(
        self,
        text: str,
        m: Money,
        gap_start: int,
        paren_period: Period | None,
        currency: str | None,
        drafts: list[Draft],
    ) -> Draft | None:
        gap = text[max(gap_start, self.start) : m.start]
        recovery = bool(_RECOVERY.search(gap))
        if paren_period is not None:
            prior = next((d for d in reversed(drafts) if not d.comparative), None)
            if prior is None or prior.start < self.start:
                return None
            period = paren_period
            parent = _total(drafts, self.concept, period, self.parent)
            return Draft(
                "other" if recovery else self.concept,
                m.amount,
                m.start,
                m.end,
                m.currency or currency,
                period,
                prior.item,
                prior.item,
                parent,
                recovery,
                True,
            )
        item = clean_item(gap)
        if item is None:
            return None
        return Draft(
            "other" if recovery else self.concept,
            m.amount,
            m.start,
            m.end,
            m.currency or currency,
            self.period,
            item,
            item,
            self.parent,
            recovery,
            False,
        )


def _total(drafts: list[Draft], concept: str, period: Period | None, current: int | None) -> int | None:
    """The total of ``concept`` for ``period`` (the comparative of the current total)."""
    for i in range(len(drafts) - 1, -1, -1):
        d = drafts[i]
        if d.concept == concept and d.item is None and d.period == period and d.parent is None:
            return i
    return None


def start(
    text: str,
    a: int,
    intro: re.Match[str],
    moneys: list[Money],
    drafts: list[Draft],
    previous_first: int | None,
    running: Period | None,
    periods: Periods,
) -> Breakdown | None:
    """The breakdown opened by ``intro`` in the sentence starting at ``a``, or ``None`` when it is none."""
    if sum(1 for m in moneys if m.start > intro.end()) < 2:
        return None
    named = None
    for c in CONCEPT_RE.finditer(text, a, intro.start()):
        named = c
    period = running
    refs = [r for r in periods.between(a, moneys[0].start) if r.kind not in ("paren",) and not r.in_alias]
    if refs:
        period = periods.resolve(refs[-1], running) or running
    if named is not None and concept_of(named) not in ("other", "recovery"):
        concept = concept_of(named)
        parent = _total(drafts, concept, period, None)
    elif previous_first is not None:
        parent = previous_first
        concept = drafts[parent].concept
        period = drafts[parent].period
    else:
        return None
    return Breakdown(intro.end(), concept, parent, period, periods)
