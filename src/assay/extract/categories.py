"""Extract the release's categories (multi-label).

A category is given by the release's own wording — a cue in the headline,
in the lead paragraph, a strong cue in the body (outside "About" sections
and forward-looking boilerplate), or a weak cue met twice there — and by
what the other extractors found: financings with terms, several period
figures, several drill intercepts. A release with no other category is
``other_corporate``. Each category's value points at its first cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

from assay.extract.category_rules import (
    BODY_GATE,
    BOILERPLATE_HEAD,
    BOILERPLATE_LINE,
    FORWARD,
    GATE_AFTER_SPACE,
    GATE_WORDS,
    HEADING_MAX_WORDS,
    HEADLINE,
    LEAD,
    LEAD_ONLY_ALONE,
    NOT_OFFICE,
    OFFICE,
    STRONG,
    WEAK,
)
from assay.extract.fold import Folded, lowered
from assay.extract.header import head_range
from assay.model import Release, Value
from assay.normalise import Doc

ORDER = (
    "financial_results",
    "financing",
    "exploration_results",
    "resource_estimate",
    "production",
    "property_transaction",
    "management_change",
    "other_corporate",
)
_LEAD_CHARS = 700
_MIN_FACTS = 3
_MIN_INTERCEPTS = 3
_TEXT = re.compile(r"\S")
_EIGHT_WORDS = re.compile(r"\s*+(?:\S++\s*+){8}")  # a line of at least eight words
# every start word of a body cue -> the cues that may begin there: (category, pattern, strong)
_GATE_CUES: dict[str, list[tuple[str, Folded, bool]]] = {
    word: [(cat, (STRONG if kind == "strong" else WEAK)[cat], kind == "strong") for kind, cat in cues]
    for word, cues in GATE_WORDS.items()
}


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.categories`` from ``doc`` and what was extracted before."""
    text = doc.text
    body, head_end = head_range(text)
    found: dict[str, Value[str]] = {}

    def give(cat: str, m: re.Match[str] | None = None, note: str | None = None) -> None:
        if cat in found:
            return
        if m is not None:
            found[cat] = doc.value(cat, m.start(), m.end())
        else:
            found[cat] = Value(cat, None, note)

    if release.headline is not None and release.headline.span is not None:
        a, b = _headline_range(doc, release)
        for cat, hrx in HEADLINE.items():
            for m in hrx.finditer(text, a, b):
                if _cue_ok(cat, text, m):
                    give(cat, m)
                    break
    from_headline = bool(found)
    lead = _lead(text, head_end)
    if lead is not None:
        for cat, frx in LEAD.items():
            if cat in found or (from_headline and cat in LEAD_ONLY_ALONE):
                continue
            for m in frx.finditer(text, lead[0], lead[1]):
                if _cue_ok(cat, text, m):
                    give(cat, m)
                    break
    allowed = _body_ranges(text, max(body, head_end)) if any(c not in found for c in STRONG) else []
    low = lowered(text)
    if allowed and low is not None:
        # one scan for the first words of every body cue, each cue tried where its words stand
        hi = allowed[-1][1]
        weak: dict[str, list[re.Match[str]]] = {}
        for p, word in _gate_hits(low, allowed):
            for cat, rx, strong in _GATE_CUES[word]:
                if cat in found:
                    continue
                cue = rx.match_at(low, p, hi)
                if cue is None or not _cue_ok(cat, text, cue):
                    continue
                if strong:
                    give(cat, cue)
                else:
                    hits = weak.setdefault(cat, [])
                    if not hits or cue.start() >= hits[-1].end():
                        hits.append(cue)
                    if len(hits) >= 2:
                        give(cat, hits[0])
    elif allowed:
        lo, hi = allowed[0][0], allowed[-1][1]
        for cat, frx in STRONG.items():
            for m in frx.finditer(text, lo, hi):
                if cat not in found and _inside(allowed, m.start()) and _cue_ok(cat, text, m):
                    give(cat, m)
        for cat, frx in WEAK.items():
            ms = [m for m in frx.finditer(text, lo, hi) if _inside(allowed, m.start()) and _cue_ok(cat, text, m)]
            if len(ms) >= 2:
                give(cat, ms[0])

    if any(f.count is not None or f.gross_proceeds is not None for f in release.financings):
        give("financing", note="from the financings found")
    if sum(1 for f in release.facts if f.period_end is not None) >= _MIN_FACTS:
        give("financial_results", note="from the period figures found")
    if len(release.intercepts) >= _MIN_INTERCEPTS:
        give("exploration_results", note="from the drill intercepts found")
    if not found:
        give("other_corporate", note="no other category")
    release.categories.extend(found[c] for c in ORDER if c in found)


def _headline_range(doc: Doc, release: Release) -> tuple[int, int]:
    """The headline's range in the normalised text."""
    assert release.headline is not None and release.headline.span is not None
    span = release.headline.span
    # find the normalised range whose original range is the headline's span
    text = doc.text
    guess = text.find(release.headline.value[:40])
    if guess >= 0:
        return guess, min(len(text), guess + len(release.headline.value) + 8)
    return span.start, min(len(text), span.end)


def _lead(text: str, head_end: int) -> tuple[int, int] | None:
    """The first line of prose after the head (at most ``_LEAD_CHARS``)."""
    stop = min(len(text), head_end + 4 * _LEAD_CHARS)
    pos = head_end
    while pos <= stop:
        end = text.find("\n", pos, stop)
        if _EIGHT_WORDS.match(text, pos, stop if end < 0 else end):
            return pos, min(stop if end < 0 else end, pos + _LEAD_CHARS)
        if end < 0:
            break
        pos = end + 1
    return None


def _body_ranges(text: str, start: int) -> list[tuple[int, int]]:
    """The body's runs of lines outside boilerplate, as sorted ranges.

    Boilerplate is a section from a heading such as "About ..." or "Forward-looking
    statements" to the next short heading line, and any line holding a boilerplate
    phrase. The headings are found with one scan of the text, and only the lines of
    a section are read one by one. A range may hold blank lines (no cue starts
    there) but starts and ends with a line of text.
    """
    out: list[tuple[int, int]] = []
    pos = start
    # the body's first line, then every line that may be a heading
    for head in chain((start,), (m.start() + 1 for m in BOILERPLATE_LINE.finditer(text, start))):
        if head < pos or not _is_heading(text, head):
            continue
        _add_prose(text, pos, head, out)
        pos = _section_end(text, head)
    _add_prose(text, pos, len(text), out)
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_heading(text: str, pos: int) -> bool:
    """Whether the line starting at ``pos`` opens a boilerplate section."""
    return BOILERPLATE_HEAD.match(text[pos : _line_end(text, pos)].strip()) is not None


def _section_end(text: str, head: int) -> int:
    """Where the boilerplate section whose heading line starts at ``head`` ends.

    That is after its next short line that is no heading itself and does not end
    like a sentence; past the end of ``text`` when there is none.
    """
    end = _line_end(text, head)
    while end < len(text):
        pos = end + 1
        end = _line_end(text, pos)
        t = text[pos:end].strip()
        if t and not BOILERPLATE_HEAD.match(t) and t.count(" ") < HEADING_MAX_WORDS and not t.endswith((".", ":")):
            return end + 1
    return len(text) + 1


def _add_prose(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """Add to ``out`` the text of lines ``text[a:b]`` without the lines holding a boilerplate phrase.

    (A phrase cannot run on into the heading line at ``b``, so the search stops there.)
    """
    for m in FORWARD.finditer(text, a, b):
        if m.start() < a:  # on the line just left out
            continue
        line = max(a, text.rfind("\n", a, m.start()) + 1)
        _add_run(text, a, line, out)
        a = _line_end(text, m.start()) + 1
    _add_run(text, a, b, out)


def _add_run(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """Add ``text[a:b]`` to ``out`` without its leading and trailing blank lines, if any text is left."""
    first = _TEXT.search(text, a, b)
    if first is None:
        return
    start = max(a, text.rfind("\n", a, first.start()) + 1)
    last = a + len(text[a:b].rstrip())
    end = text.find("\n", last, b)
    out.append((start, b if end < 0 else end))


def _gate_hits(low: str, ranges: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Where a word of ``BODY_GATE`` starts a word of ``low`` inside ``ranges``, and the word, in order.

    The scan runs over ``_spaced(low)``, where every word starts after a space: the
    engine then stops only at spaces, not at almost every letter.
    """
    spaced = _spaced(low)
    out: list[tuple[int, str]] = []
    for a, b in ranges:
        if a == 0 and (first := BODY_GATE.match(low, 0, b)) is not None:
            out.append((0, first.group()))
        for g in GATE_AFTER_SPACE.finditer(spaced, max(0, a - 1), b):
            p = g.start(1)
            if not low[p - 1].isalnum():  # a letter or digit beyond ASCII reads as a space in ``spaced``
                out.append((p, low[p : g.end(1)]))
    return out


_SPACES = bytes(c if chr(c).isascii() and chr(c).isalnum() else ord(" ") for c in range(256))


def _spaced(low: str) -> bytes:
    """``low`` as bytes, one byte per character, with a space for each character but an ASCII letter or digit."""
    return low.encode("latin-1", "replace").translate(_SPACES)


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(ranges, (pos, len_max())) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def len_max() -> int:
    return 1 << 62


_TONNAGE_GRADE = re.compile(r"(?:\btonnes|\btons|\bMt)[ \t]+(?:grading|at)\b", re.I)
_PAST = re.compile(r"(?:have|has|had|to\s+have)\s+$", re.I)


def _cue_ok(cat: str, text: str, m: re.Match[str]) -> bool:
    if cat == "production":
        # "has produced 2.4 million ounces" is history, not this release's output
        return _PAST.search(text, max(0, m.start() - 12), m.start()) is None
    if cat == "exploration_results":
        # "160 million tonnes grading 0.4% Cu and 0.2 g/t Au", "12 Mt at 1.1 g/t": grades of a tonnage
        # are a resource statement's, not drill results
        a, b = _sentence(text, m.start(), m.end())
        return _TONNAGE_GRADE.search(text, a, b) is None
    if cat != "management_change":
        return True
    window = text[m.start() : min(len(text), m.end() + 80)]
    a, b = _sentence(text, m.start(), m.end())
    return bool(OFFICE.search(window)) and not NOT_OFFICE.search(text, a, b)


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) around ``text[a:b]``, at most 400 characters each way."""
    lo = max(0, a - 400)
    start = max(text.rfind(". ", lo, a) + 1, text.rfind("\n", lo, a) + 1, lo)
    hi = min(len(text), b + 400)
    ends = [e for e in (text.find(". ", b, hi), text.find("\n", b, hi)) if e >= 0]
    return start, min(ends) if ends else hi
