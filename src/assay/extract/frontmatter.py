"""Front matter: the ``---``-fenced block of keys that some releases begin with.

Web copies of releases often carry a YAML-like block (``title:``,
``date:``, ``summary:``) before the text. Only the two keys the header needs
are read, line by line, so a malformed block costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"\A[ \t\n]{0,200}---[ \t]*\n")
_CLOSE = re.compile(r"^---[ \t]*$", re.M)
_KEY = re.compile(r"^(title|date)[ \t]*:[ \t]*(\S[^\n]{0,2000})$", re.M)
_MAX = 30_000


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Where the block ends, and the ranges of its title and date values."""

    end: int
    title: tuple[int, int] | None = None
    date: tuple[int, int] | None = None


def front_matter(text: str) -> FrontMatter:
    """The front matter of ``text`` (``end == 0`` when there is none)."""
    m = _FENCE.match(text)
    if m is None:
        return FrontMatter(0)
    close = _CLOSE.search(text, m.end(), min(len(text), m.end() + _MAX))
    if close is None:
        return FrontMatter(0)
    found: dict[str, tuple[int, int]] = {}
    for k in _KEY.finditer(text, m.end(), close.start()):
        if k.group(1) not in found:
            found[k.group(1)] = _unquote(text, k.start(2), k.end(2))
    return FrontMatter(close.end(), found.get("title"), found.get("date"))


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b - a >= 2 and text[a] in "\"'" and text[b - 1] == text[a]:
        return a + 1, b - 1
    return a, b
