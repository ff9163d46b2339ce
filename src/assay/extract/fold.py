"""Case-insensitive search without the cost of ``re.IGNORECASE``.

An ignore-case alternation is tried at every position of the text; the
same pattern in lower case, run over the lower-cased text, lets the regex
engine skip ahead on its first characters. :class:`Folded` does that, and
falls back to ``re.IGNORECASE`` for the rare text whose lower-casing
changes its length (offsets would no longer agree).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``text`` in lower case, or ``None`` when that changes its length."""
    low = text.lower()
    return low if len(low) == len(text) else None


def lower_pattern(rx: str) -> str:
    """``rx`` with its literal letters in lower case (escapes such as ``\\W`` kept)."""
    out: list[str] = []
    escaped = False
    for c in rx:
        out.append(c if escaped else c.lower())
        escaped = c == "\\" and not escaped
    return "".join(out)


class Folded:
    """A case-insensitive pattern searched over the lower-cased text."""

    __slots__ = ("ci", "low")

    def __init__(self, rx: str, flags: int = 0) -> None:
        self.low = re.compile(lower_pattern(rx), flags & ~re.IGNORECASE)
        self.ci = re.compile(rx, flags | re.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        return self.low.finditer(low, pos, end) if low is not None else self.ci.finditer(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        return self.low.search(low, pos, end) if low is not None else self.ci.search(text, pos, end)
