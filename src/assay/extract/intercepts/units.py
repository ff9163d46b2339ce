"""Lengths and depths: metres and feet (1 ft = 0.3048 m, the original kept)."""

from __future__ import annotations

import re

from assay.extract.intercepts.grades import NUM

FOOT = 0.3048

LENGTH_UNIT = r"metres?|meters?|m|feet|foot|ft"
# a length: "12.5 metres", "16.0m", "230 feet" (not "5 million", "3 mm", "2 m2")
LENGTH = rf"(?<![\w.,])(?P<len>{NUM})(?:\s|-)?(?P<lunit>{LENGTH_UNIT})(?![A-Za-z0-9²³])"
LENGTH_RE = re.compile(LENGTH, re.IGNORECASE)

_FEET = frozenset({"feet", "foot", "ft"})


def is_feet(unit: str | None) -> bool:
    return unit is not None and unit.strip().lower().rstrip(".") in _FEET


def to_metres(value: float, unit: str | None) -> float:
    """``value`` in metres, converting feet; rounded to the millimetre."""
    return round(value * FOOT, 3) if is_feet(unit) else value
