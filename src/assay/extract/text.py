"""The shape of a release's text: lines, paragraphs and sentences with offsets.

Extractors use these to bound their searches; every piece is a ``(start,
end)`` range of the normalised text, so spans stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n)+")
# A sentence ends at . ! ? followed by space and an upper-case letter, a digit, a quote
# or a bullet, or at a blank line. A full stop after an abbreviation common in
# releases, or after a single capital (an initial), does not end one.
_SENTENCE_END = re.compile(r"[.!?](?=[\"')\]]*\s+[\"'(\[]?[A-Z0-9\-\u2022*])|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"[\w.]{1,12}$")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr inc ltd corp co no st jr sr vs u.s jan feb mar apr jun jul aug sep sept oct nov dec "
    "approx e.g i.e eng geo p.eng p.geo pty plc s.a n.v".split()
)


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group().lstrip(".")
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


class Piece(NamedTuple):
    """A range of the normalised text and the text itself."""

    start: int
    end: int
    text: str


def lines(text: str) -> Iterator[Piece]:
    """Every line (without its line end)."""
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        yield Piece(pos, end, raw)
        pos = end + 1


def paragraphs(text: str) -> Iterator[Piece]:
    """Every run of non-blank lines."""
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        piece = _strip(text, pos, m.start())
        if piece is not None:
            yield piece
        pos = m.end()
    piece = _strip(text, pos, len(text))
    if piece is not None:
        yield piece


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Piece]:
    """Every sentence of ``text[start:end]``, stripped of surrounding space."""
    stop = len(text) if end is None else end
    pos = start
    for m in _SENTENCE_END.finditer(text, start, stop):
        if m.group() == "." and _is_abbreviation(text, m.start()):
            continue
        cut = m.end() if m.group() in ".!?" else m.start()
        piece = _strip(text, pos, cut)
        if piece is not None:
            yield piece
        pos = m.end()
    piece = _strip(text, pos, stop)
    if piece is not None:
        yield piece


def _strip(text: str, a: int, b: int) -> Piece | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Piece(a, b, text[a:b]) if b > a else None
