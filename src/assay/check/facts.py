"""Arithmetic checks of a release's facts.

A total whose parts the release states must sum to it: every fact that other
facts name as their ``parent`` is checked against the sum of those parts (a
recovery, a negative expenditure, counts against the total). Each check is
recorded with its parts, the total expected and the sum found; a failing
check is information in the record.
"""

from __future__ import annotations

from assay.check.tolerance import agrees
from assay.model import Check, Fact, Release


def signed(fact: Fact) -> float:
    """The fact's value as it counts towards its total."""
    return -fact.value.value if fact.concept.note == "recovery" else fact.value.value


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
                ok=agrees(expected, found),
                about=f"facts[{i}]",
                expected=expected,
                found=found,
                parts=values,
                detail=f"{total.concept.value} {expected:,.0f} = {items}",
            )
        )
    return checks
