"""The issuer: the company's legal name as the release writes it in full.

Every legal suffix (``Corp.``, ``Ltd.``, ``Inc.``, ``Limited``, ``Plc``)
is walked back over the capitalised words before it on its line. The first
name that the release *defines* — followed by a listing or a defined term,
``Emgold Mining Corporation (EMR: TSX-V)``, ``Tessera Resources Ltd.
("Tessera" or the "Company")`` — is the issuer; failing one, the first
company named in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assay.extract.lexicon import legal_suffixes, words

_NAME_WORD = re.compile(r"[*_]{0,2}(?:[A-Z0-9][A-Za-z0-9'&.\-]*|&)[*_]{0,2}")
_CONNECTOR = frozenset({"&", "and", "de", "du", "des", "la", "le", "del", "y"})
_GLUED_START = re.compile(r".*(?:--|\)|\(|/|\")")
_STAR_DOT = re.compile(r"[*_]{1,2}\.")
_NOT_FIRST = frozenset(
    words(
        """
    The About Further Today Neither For From With By To On In At As Of And SOURCE Source Contact
    Contacts Also Both Between Behalf Our Its This That Please Visit Issued Subsidiary Shares Units
    """
    )
)
_AFTER = re.compile(r"[\s*_.,]{0,8}(\()?")
_QUOTED = re.compile(r"\"([^\"\n]{1,60})\"")
_LISTING_HINT = re.compile(r"\b(?:TSX|TSXV|TSX-V|OTC[A-Z]*|ASX|CSE|NYSE|AIM|NASDAQ|NEO|FSE|Frankfurt|AMEX|LSE|JSE)\b|:")
_DEFINED_AS = frozenset({"company", "corporation", "issuer", "corp", "partnership"})
_MAX_WORDS = 7
_MAX_SUFFIXES = 400  # the issuer is named near the top; a longer search finds only others


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    start: int
    end: int
    defined: bool


def companies(text: str, start: int = 0, end: int | None = None) -> list[Company]:
    """Every company name (capitalised words and a legal suffix) in ``text[start:end]``."""
    stop = len(text) if end is None else end
    out: list[Company] = []
    for m in legal_suffixes(text, start, stop):
        c = _company_at(text, m.start(), m.end(), start)
        if c is not None:
            out.append(c)
    return out


def _company_at(text: str, s: int, e: int, floor: int) -> Company | None:
    lo = max(floor, s - 160)
    line_start = max(text.rfind("\n", lo, s) + 1, lo)
    first: int | None = None
    kept: list[str] = []
    for pos, w in _words_back(text, line_start, s):
        if len(kept) >= _MAX_WORDS:
            break
        if not (_NAME_WORD.fullmatch(w) or w in _CONNECTOR):
            # "WIRE)--Northern": the name starts after the wire's punctuation
            tail = _GLUED_START.search(w)
            if tail is not None and _NAME_WORD.fullmatch(w[tail.end() :]):
                first = pos + tail.end()
                kept.append(w[tail.end() :])
            break
        first = pos
        kept.append(w)
    if first is None:
        return None
    kept.reverse()
    # drop leading connectors and sentence starters
    while kept and (kept[0] in _CONNECTOR or kept[0].strip("*_") in _NOT_FIRST):
        first = text.find(kept[1], first + len(kept[0])) if len(kept) > 1 else None
        kept.pop(0)
        if first is None:
            return None
    if not kept or not any(c.isalpha() for c in "".join(kept)):
        return None
    if not text[s:e].endswith(".") and (dot := _STAR_DOT.match(text, e, e + 3)) is not None:
        e = dot.end()  # "*Ardent Copper Corp*."
    raw = text[first:e]
    name = " ".join(raw.replace("*", "").replace("_", " ").split())
    name = name.rstrip(",")
    return Company(name, first, e, _defines(text, e, kept))


def _words_back(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The words of ``text[start:end]`` with their positions, last first."""
    segment = text[start:end]
    stop = len(segment)
    for w in reversed(segment.split()):  # split's whitespace is the regex engine's \s
        stop = segment.rfind(w, 0, stop)
        yield start + stop, w


def _defines(text: str, e: int, words: list[str]) -> bool:
    """Whether the name is followed by its listing or the term it is defined as."""
    m = _AFTER.match(text, e, min(len(text), e + 12))
    if m is None:
        return False
    rest_start = m.end()
    window = text[rest_start : rest_start + 200]
    if m.group(1):  # "(…)": up to the closing parenthesis
        window = window.split(")", 1)[0]
    elif not window.lstrip().startswith('"'):
        return False
    if m.group(1) and _LISTING_HINT.search(window):
        return True
    own = {w.strip("*_.,").lower() for w in words}
    initials = "".join(w.strip("*_")[0] for w in words if w.strip("*_")[:1].isupper())
    for q in _QUOTED.finditer(window):
        term = q.group(1).strip().lower()
        first_word = term.split()[0] if term.split() else ""
        if term in _DEFINED_AS or first_word in own or term.upper() == initials.upper():
            return True
    return False


def find_issuer(text: str, start: int) -> Company | None:
    """The issuer named in ``text[start:]`` (among its first companies)."""
    first: Company | None = None
    for n, m in enumerate(legal_suffixes(text, start)):
        if n >= _MAX_SUFFIXES:
            break
        c = _company_at(text, m.start(), m.end(), start)
        if c is None:
            continue
        if c.defined:
            return c
        first = first or c
    return first
