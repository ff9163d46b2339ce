"""Patterns found from their first words, for the regex engine's fast literal search.

A pattern that may begin with any of several characters (``Mr|Ms|Dr``, a
character class) is scanned by the engine one character at a time with a
test against the set, many times slower than its search for one literal. When
every match begins with one of a few literals, :class:`Anchored` finds each
literal on its own and tries the whole pattern only there, in order and never
inside the previous match: the matches that ``finditer`` would give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class Anchored:
    """``rx`` (compiled with ``flags``), every match of which starts with one of ``literals``."""

    __slots__ = ("lits", "rx")

    def __init__(self, rx: str, literals: Iterable[str], flags: int = 0) -> None:
        self.rx = re.compile(rx, flags)
        lits = sorted(set(literals))
        for lit in lits:
            if not lit or any(lit.startswith(lit[i:]) for i in range(1, len(lit))):
                raise ValueError(f"a literal must not overlap itself: {lit!r}")
        # a literal that starts with another is found by the other's search
        firsts = [lit for lit in lits if not any(lit != o and lit.startswith(o) for o in lits)]
        self.lits = [re.compile(re.escape(lit)) for lit in firsts]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        starts = sorted(m.start() for lit in self.lits for m in lit.finditer(text, pos, end))
        last = pos
        for p in starts:
            if p < last:
                continue
            m = self.rx.match(text, p, end)
            if m is not None:
                last = max(m.end(), p + 1)
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
