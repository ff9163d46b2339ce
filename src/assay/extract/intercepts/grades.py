"""Grade expressions: "3.2 g/t gold", "0.18 % Cu", "31.4g/t Ag", "0.092 oz/ton Au".

Units are written the contract's way (``g/t``, ``%``, ``ppm``, ``ppb``,
``oz/t``); commodities as element symbols or compounds as written (``Au``,
``Li2O``, ``U3O8``), equivalents as ``AuEq``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.parse.numbers import parse_decimal

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

# unit as written -> contract unit (matched case-insensitively, longest first)
_UNIT_PATTERNS: tuple[tuple[str, str], ...] = (
    # "grams gold per tonne", "grams of silver per tonne", "grams gold" (the commodity inside the unit)
    (
        r"g(?:ram)?s?\s+(?:of\s+)?(?:gold|silver|platinum|palladium)(?:[\s-]+equivalent)?"
        r"(?:\s+per\s+(?:metric\s+)?ton(?:ne)?s?)?",
        "g/t",
    ),
    (r"g\s?(?-i:Au|Ag|Pt|Pd)\s?/\s?t", "g/t"),  # "3.2 g Au/t"
    (r"grams?\s+per\s+(?:metric\s+)?ton(?:ne)?s?", "g/t"),
    (r"g(?:ra)?m?s?\s*/\s*(?:metric\s+)?t(?:onnes?|ons?)?", "g/t"),
    (r"g/mt|gpt", "g/t"),
    (r"(?:troy\s+)?ounces?\s+per\s+(?:short\s+)?ton(?:ne)?s?", "oz/t"),
    (r"oz\.?\s*/\s*(?:short\s+)?(?:t(?:onnes?|ons?)?|st)|opt", "oz/t"),
    (r"%|percent|per\s+cent", "%"),
    (r"ppm", "ppm"),
    (r"ppb", "ppb"),
)
UNIT = "|".join(f"(?:{p})" for p, _ in _UNIT_PATTERNS)
_UNIT_RES = tuple((re.compile(rf"^(?:{p})$", re.IGNORECASE), u) for p, u in _UNIT_PATTERNS)

# element symbols and compounds (case-sensitive), and names (any case)
SYMBOLS = (
    *("eU3O8", "U3O8", "Li2O", "V2O5", "WO3", "MoS2", "Nb2O5", "Ta2O5", "TiO2", "Fe2O3", "P2O5", "Cr2O3", "CaF2"),
    *("K2O", "Mn3O4", "SnO2", "BaSO4", "TREO", "TRE2O3", "REO", "Au", "Ag", "Cu", "Zn", "Pb", "Ni", "Co", "Mo"),
    *("Li", "Sn", "Pt", "Pd", "Rh", "Fe", "Mn", "Ti", "Sb", "Bi", "Te", "Ga", "Ge", "Nb", "Ta", "Sc", "Cs", "Rb"),
    *("Be", "Zr", "Hf", "Cr", "Cd", "Se", "Hg", "As", "In", "Cg", "TGC", "C", "W", "U", "V"),
)
_SUBSCRIPTED = ("eU₃O₈", "U₃O₈", "Li₂O", "V₂O₅", "WO₃", "Nb₂O₅", "Ta₂O₅")
NAMES: dict[str, str] = {
    "gold": "Au",
    "silver": "Ag",
    "copper": "Cu",
    "zinc": "Zn",
    "lead": "Pb",
    "nickel": "Ni",
    "cobalt": "Co",
    "molybdenum": "Mo",
    "platinum": "Pt",
    "palladium": "Pd",
    "lithium oxide": "Li2O",
    "lithia": "Li2O",
    "lithium": "Li",
    "uranium oxide": "U3O8",
    "uranium": "U",
    "tungsten": "W",
    "tin": "Sn",
    "vanadium": "V",
    "antimony": "Sb",
    "manganese": "Mn",
    "iron": "Fe",
    "graphitic carbon": "Cg",
}
_SYMBOL_ALT = "|".join(sorted((*SYMBOLS, *_SUBSCRIPTED), key=len, reverse=True))
_NAME_ALT = "|".join(sorted(NAMES, key=len, reverse=True))
# a symbol may be glued to the next word by a lost space ("Agover"); allow the common ones
_GLUE = r"(?:over|from|and|with|in|at|across|along|for)\b"
_EQ = r"(?:\s?-?\s?(?:Eq|eq|EQ|equiv(?:alent)?)\b\.?)"
COMMODITY = (
    rf"(?-i:(?:{_SYMBOL_ALT}))(?:{_EQ})?(?=[^a-z]|{_GLUE}|$)"
    rf"|(?:{_NAME_ALT})(?:[\s-]+equivalent\b)?(?![a-z])"
)

GRADE_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{NUM})\s?(?P<unit>{UNIT})(?![a-z/])"
    rf"(?:[ \t]?(?:\((?:g/t|gpt|%|ppm)\)[ \t]?)?(?:of[ \t]+)?(?P<com>{COMMODITY}))?",
    re.IGNORECASE,
)
_EQ_TAIL = re.compile(rf"{_EQ}$|[\s-]+equivalent$", re.IGNORECASE)
_SYMBOL_SET = frozenset(SYMBOLS)


def unit_of(text: str) -> str | None:
    """The contract unit of a written unit ("g/tonne" -> "g/t"), or ``None``."""
    t = text.strip()
    for rx, unit in _UNIT_RES:
        if rx.match(t):
            return unit
    return None


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def commodity_of(text: str) -> str | None:
    """The symbol of a written commodity ("gold" -> "Au", "Au Eq" -> "AuEq", "Li₂O" -> "Li2O"), or ``None``."""
    t = " ".join(text.strip().translate(_SUBSCRIPTS).split())
    eq = bool(_EQ_TAIL.search(t))
    if eq:
        t = _EQ_TAIL.sub("", t).strip()
    sym = t if t in _SYMBOL_SET else NAMES.get(t.lower())
    if sym is None:
        return None
    return sym + "Eq" if eq else sym


@dataclass(slots=True)
class GradeHit:
    """One grade written in the text, with the offsets of its parts."""

    value: float
    unit: str
    commodity: str | None
    start: int
    end: int
    num: tuple[int, int]
    unit_span: tuple[int, int]
    com_span: tuple[int, int] | None
    inferred: bool = False  # commodity not written, taken from the release's other grades
    from_header: bool = False  # unit and commodity read from a table's column header


_INNER = re.compile(r"(gold|silver|platinum|palladium|(?-i:Au|Ag|Pt|Pd))((?:[\s-]+equivalent)?)", re.IGNORECASE)


def grade_from_match(m: re.Match[str]) -> GradeHit | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    com = m.group("com")
    commodity = commodity_of(com) if com else None
    inner = _INNER.search(m.group("unit")) if commodity is None else None
    if inner is not None:
        a, b = m.start("unit") + inner.start(), m.start("unit") + inner.end()
        return GradeHit(
            value=parse_decimal(m.group("num")),
            unit=unit,
            commodity=commodity_of(inner.group()),
            start=m.start(),
            end=m.end("unit"),
            num=m.span("num"),
            unit_span=m.span("unit"),
            com_span=(a, b),
        )
    if commodity is None and unit in ("%", "ppm", "ppb"):
        return None  # "8% of the proceeds": a percentage, not a grade
    end = m.end("com") if com and commodity else m.end("unit")
    return GradeHit(
        value=parse_decimal(m.group("num")),
        unit=unit,
        commodity=commodity,
        start=m.start(),
        end=end,
        num=m.span("num"),
        unit_span=m.span("unit"),
        com_span=m.span("com") if com and commodity else None,
    )


# where a grade unit may be: each pattern has a literal prefix, so searching is cheap
_ANCHORS = tuple(
    re.compile(p)
    for p in (
        *("%", r"/ ?[tT]", "pp[mb]", "PP[MB]", "pt(?![a-z])", r"per(?: ?cent| (?:metric |short )?ton)"),
        r"grams? (?:of )?(?:gold|silver)",
    )
)
_PT_BEFORE = frozenset("goGO")  # "gpt", "opt"
_BACK = 24  # widest number and space before a unit: "1,423,456.78 grams"
_AHEAD = 64  # widest unit and commodity after its anchor: "grams per tonne silver equivalent"


def anchors(text: str) -> list[int]:
    """Offsets where a grade unit may be written, in order (empty: no grade in the text)."""
    found: list[int] = []
    for rx in _ANCHORS:
        found.extend(m.start() for m in rx.finditer(text))
    if found and "pt" in text:
        found = [i for i in found if text[i] != "p" or text[i + 1] != "t" or (i and text[i - 1] in _PT_BEFORE)]
    found.sort()
    return found


def find_grades(text: str, start: int = 0, end: int | None = None, near: list[int] | None = None) -> list[GradeHit]:
    """Every grade in ``text[start:end]``, in order; only around ``near`` offsets when given."""
    stop = len(text) if end is None else end
    spots = anchors(text) if near is None else near
    out: list[GradeHit] = []
    last = -1
    i = 0
    while i < len(spots):
        a = max(start, spots[i] - _BACK, last)
        b = min(stop, spots[i] + _AHEAD)
        # merge the windows of anchors close together
        while i + 1 < len(spots) and spots[i + 1] - _BACK <= b:
            i += 1
            b = min(stop, spots[i] + _AHEAD)
        i += 1
        if b <= a:
            continue
        for m in GRADE_RE.finditer(text, a, b):
            hit = grade_from_match(m)
            if hit is not None:
                out.append(hit)
                last = hit.end
    return out


# a table header for a grade column: "Au (g/t)", "Cu %", "Gold g/t", "AuEq* (g/t)", "g/t Au"
_HEADER_COM = re.compile(
    rf"(?P<com>(?-i:(?:{_SYMBOL_ALT}))(?:{_EQ})?|(?:{_NAME_ALT})(?:[\s-]+equivalent)?)(?![a-z])",
    re.IGNORECASE,
)
_HEADER_UNIT = re.compile(rf"(?<![a-z])(?P<unit>{UNIT})(?![a-z])", re.IGNORECASE)
_NOT_GRADE_HEADER = re.compile(
    r"metre|meter|\bx\b|\*\s*m\b|[\u00b7\u00d7]|gram-m|%-m|\bm\s*\)|price|recover", re.IGNORECASE
)
_PRECIOUS = frozenset({"Au", "Ag", "Pt", "Pd", "Rh", "AuEq", "AgEq"})


def header_grade(text: str) -> tuple[str, str | None] | None:
    """(commodity, unit or None) of a grade column header, or ``None``."""
    if _NOT_GRADE_HEADER.search(text):
        return None
    m = _HEADER_COM.search(text)
    if m is None:
        return None
    com = commodity_of(m.group("com"))
    if com is None:
        return None
    u = _HEADER_UNIT.search(text)
    return com, unit_of(u.group("unit")) if u else None


def default_unit(commodity: str) -> str:
    """The unit a grade column without one is read in: g/t for precious metals, % otherwise."""
    return "g/t" if commodity in _PRECIOUS else "%"
