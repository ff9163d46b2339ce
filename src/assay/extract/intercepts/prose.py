"""Intervals written in prose and bullets.

"intersected 12.5 metres grading 3.2 g/t gold from 45.0 metres",
"14.0m @ 2.40g/t Au, incl 6m @ 4.10g/t Au from 52m in KRD041",
"12.80 g/t Au over 2 metres in hole 61-214".

Grades are found first (one pass over the text); each run of grades is an
interval when a length stands just before it ("12 m @", "70.1 meters
grading") or just after it ("over 3 metres"). Depths, true widths and hole
ids are read from the words around it.
"""

from __future__ import annotations

import re

from assay.extract.intercepts.found import Found, Num
from assay.extract.intercepts.grades import NUM, GradeHit, find_grades
from assay.extract.intercepts.holes import KEYED_RE, LEADING_RE, PREFIXED_RE, TRAILING_RE, is_hole_id, kind_of
from assay.extract.intercepts.units import LENGTH, LENGTH_UNIT, is_feet, to_metres
from assay.parse.numbers import parse_decimal

# what may stand between two grades of one interval: "0.46% Cu and 0.12g/t Au", "(1,423 g/t Ag"
_GRADE_JOIN = re.compile(
    r"[\s,()&+/]*(?:\(\s*\"?[A-Za-z]{2,6}\"?\s*\)[\s,()&+/]*)?(?:(?:and|with|plus|or)\b[\s,()&+/]*)?"
)
_CONNECTOR = (
    r"@|at|of|grading|graded|grades?|averaging|averaged|assaying|assayed|returning|returned|running|"
    r"yielding|containing|with|(?:that|which)\s+(?:average[sd]?|grade[sd]?|assay(?:s|ed)|return(?:s|ed)|runs|ran)|"
    r":|=|-"
)
# a length just before the grades: "29.0m @ ", "70.1 meters grading ", "12.5 m (41 ft) of "
_PRE = re.compile(
    rf"{LENGTH}(?P<paren>\s*\([^()\n]{{1,60}}\))?\s*,?\s*"
    rf"(?:from\s+(?P<pf>{NUM})\s*(?:{LENGTH_UNIT})?(?:\s+(?:down-?\s?hole|depth))?\s*,?\s*)?"
    r"(?:(?:wide|thick|long|down-?hole|core|interval|zone|section|intercept|intersection|of\s+core|"
    r"estimated|true|apparent|width|thickness|length|chip|channel|sample|panel)\s+){0,3}"
    rf"(?:{_CONNECTOR})\s*"
    r"(?:(?:an?\s+)?(?:weighted\s+)?(?:average|grade)(?:\s+grade)?\s+of\s+)?(?:approximately\s+|about\s+)?"
    r"(?:an?\s+(?![\d.])[a-z][a-z-]{1,14}\s+)?\(?\s*$",
    re.IGNORECASE,
)
# a length just after: "over 3 metres", "across a core length of 12.5 m", "over 0.6** metres"
_POST = re.compile(
    r"\)?(?:\s*\([a-z ]{1,20}\))?\s*(?:over|across|along|for|in)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:core|drilled|down-?hole|estimated|true|sample|sampled|channel|trench|apparent|composite|continuous|"
    r"interval|intercept|length|width|thickness|drill)\s+){0,3}(?:of\s+)?(?:approximately\s+|about\s+)?"
    + LENGTH
    + r"(?!\s*(?:of\s+|in\s+)?(?:strike|long\b|along|by\b|x\b|radius|area|trend|section|elevation|depth\b))",
    re.IGNORECASE,
)
_DEPTH_BEFORE = re.compile(r"(?:from|depth\s+of|below|at|between)\s*$", re.IGNORECASE)
_FROM_TO_BEFORE = re.compile(
    rf"(?:from|between)[ \t]+(?P<f>{NUM})[ \t]*(?:{LENGTH_UNIT})?[ \t]*(?:to|and|-)[ \t]*$",
    re.IGNORECASE,
)
_DEPTHS = (
    rf"(?P<from>{NUM})[ \t]*(?P<fu>{LENGTH_UNIT})?"
    rf"(?:[ \t]*(?:to|-|and)[ \t]*(?P<to>{NUM})[ \t]*(?P<tu>{LENGTH_UNIT})?)?"
)
_SURFACE = re.compile(r"\)?[\s,]{0,4}\(?\s*from\s+(?:the\s+)?(?:surface|collar)\b\)?", re.IGNORECASE)
_FROM = re.compile(
    r"\)?[\s,]{0,4}\(?\s*(?:(?:at|from)\s+(?:a\s+)?(?:down-?hole\s+|vertical\s+)?depth\s+of|from|between|"
    r"(?:starting|beginning)\s+(?:at|from)(?:\s+a\s+(?:down-?hole\s+)?depth\s+of)?)\s+(?:about\s+|approximately\s+)?"
    rf"{_DEPTHS}(?!\w|\.\d)\)?",
    re.IGNORECASE,
)
_FROM_ONLY = re.compile(
    r"^\s*(?:from|(?:starting|beginning)\s+(?:at|from)(?:\s+a\s+(?:down-?hole\s+)?depth\s+of)?)\s+"
    rf"(?:about\s+|approximately\s+)?(?:(?P<surface>surface|the\s+collar|collar)|(?P<from>{NUM})\s*(?P<fu>{LENGTH_UNIT})?)"
    r"(?:\s+(?:below\s+(?:the\s+)?surface|down-?\s?hole|depth|vertical\s+depth))?\s*$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(rf"\)?\s?\(\s*{_DEPTHS}\s*\)", re.IGNORECASE)
_RANGE = re.compile(rf"^\s*(?:from\s+)?{_DEPTHS}\s*$", re.IGNORECASE)
_TRUE_WIDTH = re.compile(
    r"[\s,]{0,4}\(?\s*(?:(?:(?:estimated|approximate|approx\.?|calculated)\s+)?true\s+(?:width|thickness)"
    r"(?:\s*\(?\"?(?:E?TW|ETT)\"?\)?)?|E?TW|ETT)\s*"
    rf"(?:of|:|=|is|\s)\s*(?:approximately\s+|about\s+|~\s*)?{LENGTH}\)?",
    re.IGNORECASE,
)
_TRUE_WIDTH_AFTER = re.compile(
    rf"[\s,]{{0,4}}\(\s*(?:approximately\s+|about\s+|~\s*)?{LENGTH}\s+(?:estimated\s+)?true\s+(?:width|thickness)\s*\)",
    re.IGNORECASE,
)
_LEN_IN = re.compile(LENGTH, re.IGNORECASE)
_INCLUDING = re.compile(r"\bincl|\binc\.|\bwithin\s+which", re.IGNORECASE)
_WITHIN = re.compile(r"\bwithin\s+(?:a|an|the)\s+(?:broader|wider|larger|longer|thicker)\b", re.IGNORECASE)
_AND = re.compile(r"^[\s,;)]*(?:and|&|plus|as\s+well\s+as)\b", re.IGNORECASE)
_RESTATE_GAP = re.compile(r"^[\s,]*(?:\(|or\s|equivalent\s+to\s)[\s(]*$", re.IGNORECASE)
_CLOSE = re.compile(r"\s*\)")
_AND_ONLY = re.compile(r"^[\s,]*(?:and|&)\s*$", re.IGNORECASE)
_LABEL = re.compile(
    r"\s*\(\s*\"?[A-Za-z]{2,6}\"?\s*\)|\s*\([A-Za-z][A-Za-z .,-]{0,30}\)"
    r"|[ \t]*\(?(?:core|down-?hole|drilled|apparent)\s+(?:length|width|interval)\)?|[ \t]+down-?hole\b"
)
_PAREN = re.compile(r"\s*\(([^()\n]{1,60})\)")
# a new paragraph, bullet or line after a sentence: the hole named before no longer holds
_HARD = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[-*•+▪●◦]|\d{1,2}[.)])[ \t\n]|[.!?][\"')]*[ \t]*\n")
# a new sentence or clause: a hole named after an interval no longer reaches back over it
_SOFT = re.compile(r"(?<=[a-z)\]%])\.\s+(?=[A-Z(•*-])|;\s+(?!and\b|incl)")
_INTRO = re.compile(r":[ \t]*\n")
_LONGEST = 1500.0  # metres: a longer "interval" is a program's metres drilled, not an intercept
_PREFIX_KIND = {"TR": "trench", "CH": "channel"}
_MAX_RUNS = 5000  # a release reports tens of intervals; a flood of grades is read only so far
_TRENCH = re.compile(r"\b(?:trench|channel)", re.IGNORECASE)


def _runs(text: str, hits: list[GradeHit]) -> list[list[GradeHit]]:
    """Grades that belong together: only joining words between them."""
    runs: list[list[GradeHit]] = []
    for h in hits:
        if runs:
            prev = runs[-1][-1]
            gap_end = h.start
            if gap_end - prev.end <= 24 and _GRADE_JOIN.fullmatch(text, prev.end, gap_end):
                runs[-1].append(h)
                continue
        runs.append([h])
    return runs


def _paren(f: Found, inner: str, base: int, main_unit: str) -> None:
    """Read "(41 ft)", "(8.3 m true width)", "(45.0-57.5 m)", "(from 165 metres)" after a length."""
    low = inner.lower()
    m = _LEN_IN.search(inner)
    d = _FROM_ONLY.match(inner)
    if d is not None:
        if d.group("surface"):
            f.from_m = Num(0.0, None, "from surface")
        else:
            unit = d.group("fu") or main_unit
            f.from_m = Num(
                to_metres(parse_decimal(d.group("from")), unit), (base + d.start("from"), base + d.end("from"))
            )
        return
    if ("true" in low or "etw" in low) and m:
        f.true_width = Num(
            to_metres(parse_decimal(m.group("len")), m.group("lunit")), (base + m.start(), base + m.end())
        )
        return
    r = _RANGE.match(inner)
    if r and r.group("to"):
        unit = r.group("tu") or r.group("fu") or main_unit
        f.from_m = Num(to_metres(parse_decimal(r.group("from")), unit), (base + r.start("from"), base + r.end("from")))
        f.to_m = Num(to_metres(parse_decimal(r.group("to")), unit), (base + r.start("to"), base + r.end("to")))
        return
    if m and f.length is not None and is_feet(m.group("lunit")) != is_feet(main_unit):
        alt = parse_decimal(m.group("len"))
        at = (base + m.start("len"), base + m.end())
        if is_feet(main_unit):  # "230 feet (70.1 m)": the metres as written are the length
            f.length = Num(to_metres(alt, m.group("lunit")), at)
        else:
            f.length_ft = Num(alt, at)


def _length_before(text: str, run: list[GradeHit], lo: int) -> Found | None:
    start = run[0].start
    window_start = max(lo, start - 110)
    m = _PRE.search(text, window_start, start)
    if m is None:
        return None
    a = m.start()
    before = text[max(lo, a - 40) : a]
    unit = m.group("lunit")
    value = parse_decimal(m.group("len"))
    f = Found(start=a, end=run[-1].end, grades=list(run))
    ft = _FROM_TO_BEFORE.search(before)
    if ft:
        frm = to_metres(parse_decimal(ft.group("f")), unit)
        to = to_metres(value, unit)
        if to <= frm:
            return None
        fa = max(lo, a - 40) + ft.start("f")
        f.start = fa
        f.from_m = Num(frm, (fa, fa + len(ft.group("f"))))
        f.to_m = Num(to, (m.start("len"), m.end("len")))
        f.length = Num(round(to - frm, 3), None, "to_m - from_m")
        return f
    if _DEPTH_BEFORE.search(before) or to_metres(value, unit) > _LONGEST:
        return None
    f.length = Num(to_metres(value, unit), (m.start("len"), m.end("lunit")))
    if is_feet(unit):
        f.length_ft = Num(value, (m.start("len"), m.end("lunit")))
    if m.group("paren"):
        _paren(f, m.group("paren").strip()[1:-1], m.start("paren") + m.group("paren").index("(") + 1, unit)
    if m.group("pf"):
        f.from_m = Num(to_metres(parse_decimal(m.group("pf")), unit), m.span("pf"))
    return f


def _length_after(text: str, run: list[GradeHit]) -> Found | None:
    m = _POST.match(text, run[-1].end, run[-1].end + 90)
    if m is None:
        return None
    unit = m.group("lunit")
    value = parse_decimal(m.group("len"))
    if to_metres(value, unit) > _LONGEST:
        return None
    f = Found(start=run[0].start, end=m.end(), grades=list(run))
    f.length = Num(to_metres(value, unit), (m.start("len"), m.end("lunit")))
    if is_feet(unit):
        f.length_ft = Num(value, (m.start("len"), m.end("lunit")))
    p = _PAREN.match(text, m.end())
    if p is not None:
        _paren(f, p.group(1), p.start(1), unit)
        if f.true_width is not None or f.length_ft is not None or f.from_m is not None:
            f.end = p.end()
    return f


def _merge_restatements(text: str, found: list[Found]) -> list[Found]:
    """ "70.1 meters grading 3.17 g/t Au (230 feet grading 0.092 oz/ton Au)": one interval."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and f.length is not None and prev.length is not None:
            gap = text[prev.end : f.start]
            a, b = prev.length.value, f.length.value
            other = {g.commodity for g in prev.grades}.isdisjoint(g.commodity for g in f.grades)
            if (len(gap) <= 12 and _RESTATE_GAP.match(gap) and abs(a - b) <= 0.02 * max(a, b)) or (
                other and a == b and len(gap) <= 8 and _AND_ONLY.match(gap)
            ):
                prev.grades.extend(f.grades)
                if f.length_ft is not None and prev.length_ft is None:
                    prev.length_ft = f.length_ft
                close = _CLOSE.match(text, f.end)
                prev.end = close.end() if close else f.end
                continue
        out.append(f)
    return out


def _tail(text: str, f: Found, limit: int) -> None:
    """Depths, true width and a hole id written just after the interval."""
    pos = f.end
    for _ in range(4):
        m = _FROM.match(text, pos, limit)
        if m and f.from_m is None:
            feet = f.length_ft is not None and f.length is not None and f.length_ft.at == f.length.at
            unit = m.group("fu") or m.group("tu") or ("ft" if feet else "m")
            f.from_m = Num(to_metres(parse_decimal(m.group("from")), unit), m.span("from"))
            if m.group("to"):
                to = to_metres(parse_decimal(m.group("to")), m.group("tu") or unit)
                if to > f.from_m.value:
                    f.to_m = Num(to, m.span("to"))
            pos = m.end()
            continue
        m = _LABEL.match(text, pos, limit)
        if m:
            pos = m.end()
            continue
        m = _SURFACE.match(text, pos, limit)
        if m and f.from_m is None:
            f.from_m = Num(0.0, None, "from surface")
            pos = m.end()
            continue
        m = _RANGE_AFTER.match(text, pos, limit)
        if m and f.from_m is None and f.length is not None:
            unit = m.group("tu") or m.group("fu") or "m"
            frm, to = to_metres(parse_decimal(m.group("from")), unit), to_metres(parse_decimal(m.group("to")), unit)
            if abs((to - frm) - f.length.value) <= 0.05 + 0.01 * f.length.value:
                f.from_m = Num(frm, m.span("from"))
                f.to_m = Num(to, m.span("to"))
                pos = m.end()
                continue
        m = _TRUE_WIDTH.match(text, pos, limit) or _TRUE_WIDTH_AFTER.match(text, pos, limit)
        if m and f.true_width is None:
            f.true_width = Num(to_metres(parse_decimal(m.group("len")), m.group("lunit")), m.span("len"))
            pos = m.end()
            continue
        m = TRAILING_RE.match(text, pos, limit)
        kw = m.group("kw") or m.group("kw2") if m else None
        if m and f.trailing_hole is None and is_hole_id(m.group("hole"), keyed=bool(kw)):
            f.trailing_hole = (m.group("hole"), m.span("hole"))
            if kw:
                f.kind = kind_of(kw)
            pos = m.end()
            close = _CLOSE.match(text, pos, limit)
            if close and m.group("paren"):
                pos = close.end()
            continue
        break
    f.end = max(f.end, pos)


def _leading_hole(text: str, a: int, b: int) -> tuple[str, tuple[int, int], str | None] | None:
    best: tuple[str, tuple[int, int], str | None] | None = None
    for m in KEYED_RE.finditer(text, a, b):
        if is_hole_id(m.group("hole"), keyed=True):
            best = (m.group("hole"), m.span("hole"), kind_of(m.group("kind")))
    if best is None:
        for m in LEADING_RE.finditer(text, a, b):
            if is_hole_id(m.group("hole")):
                best = (m.group("hole"), m.span("hole"), None)
    if best is None:
        for m in PREFIXED_RE.finditer(text, a, b):
            best = (m.group("hole"), m.span("hole"), _PREFIX_KIND.get(m.group("hole")[:2]))
    return best


def find_intervals(text: str, skip: list[tuple[int, int]] | None = None, near: list[int] | None = None) -> list[Found]:
    """Every interval written in prose or bullets in ``text``, outside the ``skip`` ranges.

    ``near``: the offsets where grade units may be (:func:`~.grades.anchors`), when known.
    """
    hits = find_grades(text, near=near)
    if skip:
        hits = [h for h in hits if not any(a <= h.start < b for a, b in skip)]
    if not hits:
        return []
    found: list[Found] = []
    lo = 0
    for run in _runs(text, hits)[:_MAX_RUNS]:
        f = _length_before(text, run, lo) or _length_after(text, run)
        if f is not None:
            found.append(f)
            lo = f.end
        else:
            lo = max(lo, run[-1].end)
    if not found:
        return []
    found = _merge_restatements(text, found)
    for i, f in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else min(len(text), f.end + 200)
        _tail(text, f, limit)
    _relations(text, found)
    _holes(text, found)
    return found


def _relations(text: str, found: list[Found]) -> None:
    for i in range(1, len(found)):
        f, prev = found[i], found[i - 1]
        gap = text[prev.end : f.start]
        if len(gap) > 160:
            continue
        top = prev.parent if prev.relation == "including" and prev.parent is not None else i - 1
        if _WITHIN.search(gap) and prev.relation is None:
            # "7.5 g/t over 1.5 m within a broader 5.5 m of 2.2 g/t": the first is part of the second
            prev.relation, prev.parent = "including", i
        elif _INCLUDING.search(gap):
            f.relation, f.parent = "including", top
        elif _AND.match(gap):
            f.relation = "and"
            if prev.relation == "including" and ";" not in gap and ")" not in gap:
                f.parent = prev.parent


def _intro_hole(text: str, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The one hole an introducing line names before a list: "Hole MB-21-04 highlights:",
    or a heading line of its own ("Drill Hole MB-21-04")."""
    last = None
    for m in _INTRO.finditer(text, a, b):
        last = m
    if last is not None:
        line_start, line_end = text.rfind("\n", a, last.start()) + 1, last.start()
    else:
        # the last non-blank line before the interval's own line, when short: a heading
        own = text.rfind("\n", a, b)
        if own < 0:
            return None
        line_end = own
        while line_end > a and text[line_end - 1] in " \t\n":
            line_end -= 1
        line_start = text.rfind("\n", a, line_end) + 1
        if line_end - line_start > 60 or line_start <= a:
            return None
    ids: dict[str, tuple[int, int]] = {}
    for m in KEYED_RE.finditer(text, max(a, line_start), line_end):
        if is_hole_id(m.group("hole"), keyed=True):
            ids.setdefault(m.group("hole"), m.span("hole"))
    return next(iter(ids.items())) if len(ids) == 1 else None


def _holes(text: str, found: list[Found]) -> None:
    cur: tuple[str, tuple[int, int]] | None = None
    intro: tuple[str, tuple[int, int]] | None = None
    pending: list[Found] = []
    prev_end = max(0, found[0].start - 400)
    for f in found:
        lo = max(prev_end, f.start - 400)
        # a paragraph, bullet or line break since the last interval (or a long way back)
        if lo > prev_end or _HARD.search(text, lo, f.start):
            got = _intro_hole(text, lo, f.start)
            if got is not None:
                intro = got
            elif lo > prev_end or "\n\n" in text[lo : f.start].replace(" ", "").replace("\t", ""):
                intro = None
            cur, pending = intro, []
        clause_start = lo
        for m in _HARD.finditer(text, lo, f.start):
            clause_start = m.start()
        for m in _SOFT.finditer(text, clause_start, f.start):
            clause_start = m.start()
        if clause_start > prev_end:
            pending = []
        lead = _leading_hole(text, clause_start, f.start)
        if lead is not None:
            cur, pending = (lead[0], lead[1]), []
            f.kind = f.kind or lead[2]
        if f.kind is None:
            t = _TRENCH.search(text, max(clause_start, f.start - 120), f.start)
            if t:
                f.kind = "trench" if t.group().lower().startswith("trench") else "channel"
        if f.trailing_hole is not None:
            for p in pending:
                p.hole, p.hole_at = f.trailing_hole
            f.hole, f.hole_at = f.trailing_hole
            cur, pending = f.trailing_hole, []
        elif cur is not None:
            f.hole, f.hole_at = cur
        else:
            pending.append(f)
        prev_end = f.end
    for f in found:
        if f.hole is None and f.relation == "including" and f.parent is not None:
            p = found[f.parent]
            f.hole, f.hole_at = p.hole, p.hole_at
