"""A normalised text that remembers where each of its characters came from.

The map is kept as chunks, not per character: the normalised text is a run
of *copied* chunks (character for character from the original) and
*replaced* chunks (a rewrite of some original range). Mapping an offset
back is a binary search over the chunk starts, so building and keeping the
map costs in proportion to the number of rewrites, not the text's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from assay.model import Span, Value

T = TypeVar("T")

Replacement = Callable[[re.Match[str]], str]


@dataclass(slots=True)
class Doc:
    """The normalised text of a release, and the way back to the original.

    Extractors search :attr:`text`; :meth:`span` turns a range of it into a
    :class:`~assay.model.Span` of :attr:`original`.
    """

    original: str
    text: str
    # chunk k covers text[norm[k]:norm[k+1]] and original[orig[k]:orig_end[k]]
    norm: list[int] = field(default_factory=list, repr=False)
    orig: list[int] = field(default_factory=list, repr=False)
    orig_end: list[int] = field(default_factory=list, repr=False)
    copied: list[bool] = field(default_factory=list, repr=False)

    @classmethod
    def plain(cls, text: str) -> Doc:
        """A document whose text is the original, unchanged."""
        return cls(text, text, [0], [0], [len(text)], [True])

    @classmethod
    def rewritten(cls, original: str, matches: Iterable[re.Match[str]], repl: Replacement) -> Doc:
        """Rewrite each of ``matches`` (in order, not overlapping) of the
        original text in one pass, keeping the map."""
        pieces: list[str] = []
        norm: list[int] = []
        orig: list[int] = []
        orig_end: list[int] = []
        copied: list[bool] = []
        pos = 0  # in original
        n = 0  # length of normalised text so far
        for m in matches:
            a, b = m.span()
            r = repl(m)
            if r == original[a:b]:
                continue
            if a > pos:
                pieces.append(original[pos:a])
                norm.append(n)
                orig.append(pos)
                orig_end.append(a)
                copied.append(True)
                n += a - pos
            if r:
                pieces.append(r)
                norm.append(n)
                orig.append(a)
                orig_end.append(b)
                copied.append(len(r) == b - a)
                n += len(r)
            pos = b
        if pos < len(original) or not norm:
            pieces.append(original[pos:])
            norm.append(n)
            orig.append(pos)
            orig_end.append(len(original))
            copied.append(True)
        return cls(original, "".join(pieces), norm, orig, orig_end, copied)

    def _chunk(self, i: int) -> int:
        return max(bisect_right(self.norm, i) - 1, 0)

    def orig_offset(self, i: int) -> int:
        """Original offset of the normalised character at ``i``."""
        k = self._chunk(i)
        if self.copied[k]:
            return min(self.orig[k] + (i - self.norm[k]), self.orig_end[k])
        return self.orig[k]

    def orig_range(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` range behind normalised ``[start, end)``."""
        n = len(self.text)
        if 0 <= start < end <= n:
            # the common case: a range inside one copied chunk
            norm = self.norm
            k = max(bisect_right(norm, start) - 1, 0)
            if self.copied[k] and (k + 1 == len(norm) or end <= norm[k + 1]):
                a = min(self.orig[k] + (start - norm[k]), self.orig_end[k])
                return a, max(a, self.orig[k] + (end - norm[k]))
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            o = self.orig_offset(start) if start < n else len(self.original)
            return o, o
        a = self.orig_offset(start)
        k = self._chunk(end - 1)
        b = self.orig[k] + (end - 1 - self.norm[k]) + 1 if self.copied[k] else self.orig_end[k]
        return a, max(a, b)

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` of the original text behind ``text[start:end]``."""
        a, b = self.orig_range(start, end)
        return Span(a, b, self.original[a:b])

    def value(self, value: T, start: int, end: int, note: str | None = None) -> Value[T]:
        """``value`` with the span of normalised characters ``start:end``."""
        return Value(value, self.span(start, end), note)

    def match_value(self, value: T, m: re.Match[str], group: int | str = 0) -> Value[T]:
        """``value`` with the span of a match (or one of its groups) on :attr:`text`."""
        a, b = m.span(group)
        return self.value(value, a, b)
