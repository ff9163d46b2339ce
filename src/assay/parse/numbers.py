"""Numbers as releases write them: digits with separators, scales, words."""

from __future__ import annotations

import re

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mm": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
}

# A number with optional thousands separators and decimals: 1,234,567.89 / 0.45 / .45
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# A scale word after a number: "4.2 million", "$3.34M", "C$1.48 billion"
SCALE = r"(?:thousand|millions?|billions?|mln|mm|bn|MM|M|B|k|K)(?![A-Za-z])"

_NUMBER_RE = re.compile(rf"^\s*(?P<num>{NUMBER})\s*(?P<scale>{SCALE})?\s*$", re.IGNORECASE)

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_FRACTIONS = {
    "half": 0.5,
    "one-half": 0.5,
    "one half": 0.5,
    "a half": 0.5,
    "third": 1 / 3,
    "one-third": 1 / 3,
    "one third": 1 / 3,
    "quarter": 0.25,
    "one-quarter": 0.25,
    "one quarter": 0.25,
    "two-thirds": 2 / 3,
    "three-quarters": 0.75,
}

WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)


def parse_number(text: str) -> float | None:
    """The value of a written number: ``"1,234.5"``, ``"4.2 million"``,
    ``"twenty-four"``, ``"one-half"``; ``None`` if it is not one."""
    m = _NUMBER_RE.match(text)
    if m:
        value = float(m.group("num").replace(",", ""))
        scale = m.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
        return value
    return word_number(text)


def word_number(text: str) -> float | None:
    """The value of a number written in words (up to ninety-nine, and simple fractions)."""
    w = " ".join(text.strip().lower().split())
    if w in _FRACTIONS:
        return _FRACTIONS[w]
    if w in _UNITS:
        return float(_UNITS[w])
    if w in _TENS:
        return float(_TENS[w])
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
        return float(_TENS[parts[0]] + _UNITS[parts[1]])
    return None


def parse_decimal(text: str) -> float:
    """A plain digit string with separators as a float (``"1,391,214"`` is 1391214.0)."""
    return float(text.replace(",", ""))
