"""Arithmetic checks of a release's facts.

A total whose parts the release states must sum to it: every fact that other
facts name as their ``parent`` is checked against the sum of those parts (a
recovery, a negative expenditure, counts against the total), to within the
rounding of the figures as written. Each check is
recorded with its parts, the total expected and the sum found; a failing
check is information in the record.
"""

from __future__ import annotations

import re

from assay.model import Check, Fact, Release

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def unit(fact: Fact) -> float:
    """The rounding unit of the figure as written: 1 for "$1,604,900", 100,000 for "$2.1 million"."""
    span = fact.value.span
    m = _NUMBER.search(span.text) if span is not None else None
    if m is None:
        return 1.0
    written = float(m.group().replace(",", ""))
    scale = fact.value.value / written if written else 1.0
    decimals = len(m.group(1) or "")
    return 10.0**-decimals * scale


def signed(fact: Fact) -> float:
    """The fact's value as it counts towards its total."""
    return -fact.value.value if fact.concept.note in ("recovery", "negative") else fact.value.value


def check(release: Release) -> list[Check]:
    """The checks of ``release.facts``: each stated total against the sum of its parts."""
    parts: dict[int, list[Fact]] = {}
    for f in release.facts:
        if f.parent is not None and 0 <= f.parent < len(release.facts):
            parts.setdefault(f.parent, []).append(f)
    checks: list[Check] = []
    for i, members in sorted(parts.items()):
        if len(members) < 2:
            continue
        total = release.facts[i]
        values = [signed(f) for f in members]
        found = round(sum(values), 6)
        expected = total.value.value
        items = ", ".join(f"{f.item.value if f.item else f.concept.value} {signed(f):,.0f}" for f in members)
        checks.append(
            Check(
                name="breakdown_sum",
                ok=abs(expected - found) <= 0.5 * (unit(total) + sum(unit(f) for f in members)) + 1e-6,
                about=f"facts[{i}]",
                expected=expected,
                found=found,
                parts=values,
                detail=f"{total.concept.value} {expected:,.0f} = {items}",
            )
        )
    return checks
