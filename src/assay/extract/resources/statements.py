"""Resource and reserve figures written in prose.

"an Indicated Mineral Resource of 12.1 million tonnes at 1.15 g/t Au for
447,000 ounces of gold", "Proven and Probable Reserves of 10.2 Mt grading
2.1 g/t Au (689 koz)". A figure is a tonnage followed closely by a grade;
its category is the last one named before it in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.intercepts.grades import GRADE_RE, GradeHit, grade_from_match
from assay.extract.resources.terms import CATEGORY_RE, CONTAINED, TONNAGE, category_of, contained_of, tonnes_of
from assay.parse.numbers import parse_decimal

_FIGURE = re.compile(
    rf"{TONNAGE}\s*(?:\([^()\n]{{0,30}}\)\s*)?,?\s*(?:at|grading|averaging|@|of|with|containing)\s+"
    r"(?:an?\s+)?(?:average\s+(?:grade\s+)?(?:of\s+)?)?",
    re.IGNORECASE,
)
_CONTAINED = re.compile(
    rf"(?:[^.;\n]|\.\d){{0,100}}?(?:for|containing|totall?ing|hosting|or|with|\(|,)\s+(?:an?\s+)?(?:estimated\s+|total\s+)?"
    rf"(?:of\s+)?{CONTAINED}",
    re.IGNORECASE,
)
_HISTORIC = re.compile(r"\bhistoric(?:al)?\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.;!?]\s|\n\s*\n|\n\s*[-*•]")
_RESOURCE_WORD = re.compile(r"resource|reserve|estimate|MRE\b", re.IGNORECASE)
# a tonnage that is a rate or a mill figure, not an estimate
_RATE = re.compile(r"^\s*(?:per|/|a)\s*(?:day|year|annum|hour)|^\s*(?:tpd|tpa)", re.IGNORECASE)


@dataclass(slots=True)
class Figure:
    """One statement: category (None if none named), tonnage, grade, contained metal, offsets."""

    start: int
    end: int
    category: tuple[str, int, int] | None
    tonnes: tuple[float, int, int, str | None]
    grade: GradeHit
    contained: tuple[float, str, int, int, str | None] | None
    historic: tuple[int, int] | None = None


def _category(text: str, a: int) -> tuple[str, int, int] | None:
    lo = max(0, a - 250)
    start = lo
    for m in _SENTENCE_START.finditer(text, lo, a):
        start = m.end()
    best = None
    for m in CATEGORY_RE.finditer(text, start, a):
        best = (category_of(m.group("cat")), m.start(), m.end())
    return best


# where a tonnage may be written: literal searches, cheap on long texts
_TONNAGE_SPOTS = tuple(re.compile(p) for p in ("tonne", "Tonne", "TONNE", "tons", "Tons", "Mt", "kt", r"\dt "))


def _windows(text: str) -> list[tuple[int, int]]:
    spots = sorted(m.start() for rx in _TONNAGE_SPOTS for m in rx.finditer(text))
    out: list[tuple[int, int]] = []
    for p in spots:
        a, b = max(0, p - 40), min(len(text), p + 90)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    matches = [m for a, b in _windows(text) for m in _FIGURE.finditer(text, a, b)]
    for m in matches:
        if _RATE.match(text, m.end("tunit"), m.end("tunit") + 12):
            continue
        g = GRADE_RE.match(text, m.end())
        hit = grade_from_match(g) if g else None
        if hit is None or (hit.commodity is None and hit.unit not in ("g/t", "oz/t")):
            continue
        cat = _category(text, m.start())
        lo = max(0, m.start() - 250)
        if cat is None and not _RESOURCE_WORD.search(text, lo, m.start()):
            continue
        scale = m.group("tscale")
        tonnes = tonnes_of(parse_decimal(m.group("t")), scale, m.group("tunit"))
        contained = None
        c = _CONTAINED.match(text, hit.end, hit.end + 140)
        if c is not None:
            amount, unit = contained_of(parse_decimal(c.group("c")), c.group("cscale"), c.group("cunit"))
            contained = (amount, unit, c.start("c"), c.end("cunit"), c.group("ccom"))
        h = _HISTORIC.search(text, max(0, m.start() - 250), m.start())
        out.append(
            Figure(
                m.start(),
                hit.end,
                cat,
                (tonnes, m.start("t"), m.end("tunit"), scale),
                hit,
                contained,
                h.span() if h else None,
            )
        )
    return out
