"""The words of resource and reserve statements: categories, tonnages, contained metal, cut-offs."""

from __future__ import annotations

import re

from assay.extract.intercepts.grades import COMMODITY, NUM

# a category as written -> the record's category
CATEGORY_RE = re.compile(
    r"(?P<cat>measured\s*(?:and|&|\+|,)\s*indicated|M\s*&\s*I|M\+I|proven\s*(?:and|&|\+)\s*probable|"
    r"proved\s*(?:and|&|\+)\s*probable|P\s*&\s*P|P\+P|measured|indicated|inferred|proven|proved|probable)"
    r"(?![a-z])",
    re.IGNORECASE,
)


def category_of(text: str) -> str:
    t = " ".join(text.lower().split())
    if "indicated" in t and ("measured" in t or t.startswith("m")):
        return "measured+indicated"
    if ("m" in t and "i" in t and "&" in t) or t == "m+i":
        return "measured+indicated"
    if "probable" in t and ("prove" in t or t.startswith("p")) and t != "probable":
        return "proven+probable"
    if t in ("p&p", "p & p", "p+p"):
        return "proven+probable"
    return "proven" if t == "proved" else t


SCALE = r"million|mil\.?|thousand|billion|M|k|K|B"
_SCALES = {"million": 1e6, "mil": 1e6, "mil.": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "billion": 1e9, "b": 1e9}

# "30.5 million tonnes", "12.1 Mt", "58,052t", "1,234,000 tons", "850 kt"
TONNAGE = (
    rf"(?<![\w.,])(?P<t>{NUM})\s?(?:(?P<tscale>{SCALE})\s?)?"
    r"(?P<tunit>(?:metric\s+)?tonnes|(?:short\s+)?tons|Mt|kt|t)(?![A-Za-z0-9/])"
)
# "for 956 thousand ounces AuEq", "containing 447,000 oz Au", "for 1.2 Moz", "for 310 Mlbs copper"
CONTAINED = (
    rf"(?P<c>{NUM})\s?(?:(?P<cscale>{SCALE})\s?)?"
    r"(?P<cunit>(?:troy\s+)?ounces|ounce|oz|Moz|koz|pounds|lbs?|Mlbs?|Blbs?|tonnes|t)(?![A-Za-z0-9/])"
    rf"(?:\s?(?:of\s+)?(?P<ccom>{COMMODITY}))?"
)

CUTOFF_RE = re.compile(
    rf"cut-?\s?off(?:\s+grade)?(?:\s+(?:of|at))?\s+(?:approximately\s+)?(?P<a>(?:{NUM})\s?(?:g/t|%|ppm|oz/t|gpt)"
    rf"(?:\s?(?:{COMMODITY}))?)"
    rf"|(?P<b>(?<![\d.,])(?:{NUM})\s?(?:g/t|%|ppm|oz/t|gpt)(?:\s?(?:{COMMODITY}))?)\s+(?:\w+\s+)?cut-?\s?off",
    re.IGNORECASE,
)


def scale_of(word: str | None) -> float:
    if not word:
        return 1.0
    return _SCALES.get(word.lower(), 1.0)


def tonnes_of(value: float, scale: str | None, unit: str) -> float:
    u = unit.lower()
    factor = scale_of(scale)
    if u == "mt":
        factor = 1e6
    elif u == "kt":
        factor = 1e3
    if "short" in u:
        factor *= 0.90718474
    return round(value * factor, 3)


def contained_of(value: float, scale: str | None, unit: str) -> tuple[float, str]:
    """(amount, unit) with unit "oz", "lb" or "t"."""
    u = unit.lower()
    factor = scale_of(scale)
    if u.startswith("moz") or u.startswith("mlb"):
        factor = 1e6
    elif u.startswith("koz"):
        factor = 1e3
    elif u.startswith("blb"):
        factor = 1e9
    amount = round(value * factor, 3)
    if "oz" in u or "ounce" in u:
        return amount, "oz"
    if "lb" in u or "pound" in u:
        return amount, "lb"
    return amount, "t"
