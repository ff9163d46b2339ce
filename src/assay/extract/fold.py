"""Case-insensitive search without the cost of ``re.IGNORECASE``.

An ignore-case alternation is tried at every position of the text. The
same pattern in lower case, run over the lower-cased text, is cheaper; and
split into its top-level branches, each starting with a literal word, the
regex engine can skip ahead to where a branch may begin. :class:`Folded`
does both. A branch is tried only when a literal that all its matches hold
occurs in the range, and only from the first place of its leading literal.
A leading ``\\b`` is checked in code rather than by the engine (it, too,
would be tried everywhere). For the rare text whose lower-casing changes its
length (offsets would no longer agree) the whole pattern runs with
``re.IGNORECASE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_SHORT = 200
_FEW = 3


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


def branches(rx: str) -> list[str]:
    """The top-level alternatives of ``rx``."""
    out: list[str] = []
    depth = 0
    in_class = False
    escaped = False
    start = 0
    for i, c in enumerate(rx):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
    out.append(rx[start:])
    return out


class Folded:
    """A case-insensitive pattern searched over the lower-cased text, branch by branch.

    With ``starts`` (the words every match begins with, as a plain alternation) the
    text is scanned once for those words and the branches are tried only there.
    """

    __slots__ = ("bare", "ci", "gate", "heads", "lits", "open", "parts", "whole")

    def __init__(self, rx: str, flags: int = 0, starts: str | None = None) -> None:
        flags &= ~re.IGNORECASE
        self.ci = re.compile(rx, flags | re.IGNORECASE)
        self.whole = re.compile(lower_pattern(rx), flags)
        self.parts: list[tuple[re.Pattern[str], bool]] = []
        for b in branches(lower_pattern(rx)):
            word = b.startswith(r"\b")
            self.parts.append((re.compile(b[2:] if word else b, flags), word))
        bare = [b[2:] if b.startswith(r"\b") else b for b in branches(lower_pattern(rx))]
        # every branch without its leading ``\b``, for a place known to start a word
        self.bare = re.compile("|".join(bare), flags)
        verbose = bool(flags & re.VERBOSE)  # spaces are no literals there
        # each branch's leading literal: its matches start no earlier than the literal's first place
        self.heads = ["" if verbose else literal_prefix(b) for b in bare]
        # a literal every match of the branch holds: a branch whose literal is absent from the range is not tried
        self.lits = ["" if verbose else required_literal(b) for b in bare]
        self.open = any(not lit for lit in self.lits)
        self.gate = re.compile(starts, flags) if starts else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        if low is None:
            return self.ci.finditer(text, pos, end)
        if self.gate is not None and end - pos > _SHORT:
            return self._gated(low, pos, end)
        seg = low[pos:end]  # one copy; ``in`` on it costs less than a bounded ``find`` per branch
        live = [i for i, lit in enumerate(self.lits) if lit in seg]  # "" (no literal) is in every range
        if not live:
            return iter(())
        if end - pos <= _SHORT and len(live) > _FEW:
            # a headline where many branches may match: one pass of the whole pattern costs less
            return _hits(self.whole, False, low, pos, end)
        # each branch from the first place of its leading literal: where that is absent, no match starts in range
        starts = [(i, pos + h) for i in live if (h := seg.find(self.heads[i])) >= 0]
        if len(starts) == 1:
            i, a = starts[0]
            return _hits(*self.parts[i], low, a, end)
        # every branch's matches in order of their starts (on a tie the earlier branch's first), none overlapping
        found = [m for i, a in starts for m in _hits(*self.parts[i], low, a, end)]
        found.sort(key=_start)
        out: list[re.Match[str]] = []
        last = -1
        for m in found:
            if m.start() >= last:
                last = m.end()
                out.append(m)
        return iter(out)

    def match_at(self, low: str, p: int, end: int) -> re.Match[str] | None:
        """The first branch that matches the lower-cased text at ``p`` (a leading ``\\b`` not checked)."""
        return self.bare.match(low, p, end)

    def _gated(self, low: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        last = -1
        for g in self.gate.finditer(low, pos, end):  # type: ignore[union-attr]
            p = g.start()
            if p < last or _in_word(low, p):
                continue
            for rx, _word in self.parts:
                m = rx.match(low, p, end)
                if m is not None:
                    last = m.end()
                    yield m
                    break

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


_LITERAL = re.compile(r"[a-z0-9 '/&,-]*")


def literal_prefix(branch: str) -> str:
    """The literal text every match of ``branch`` (lower case, no leading ``\\b``) starts with."""
    lit = _LITERAL.match(branch).group()  # type: ignore[union-attr]
    if branch[len(lit) : len(lit) + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    return lit if len(lit) >= 2 else ""


_META = frozenset(".^$*+?{}[]|()")


def required_literal(branch: str) -> str:
    """The longest literal text every match of ``branch`` (lower case, no leading ``\\b``) holds.

    Only the branch's top level is read: a run of plain characters outside any
    group or class, ended by an escape; a character made optional by ``?``, ``*``
    or ``{`` is left out of the run. Runs shorter than two characters give ``""``.
    """
    best = run = ""
    depth = 0
    in_class = False
    i = 0
    while i < len(branch):
        c = branch[i]
        nxt = branch[i + 1 : i + 2]
        i += 1
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
            continue
        elif c == "[":
            in_class = True
        elif c == "{":
            i = branch.find("}", i) + 1 or len(branch)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return ""  # an alternative: no literal is certain
        elif depth == 0 and c not in _META and nxt not in ("?", "*", "{"):
            run += c
            if nxt != "+":
                continue
        # anything else ends the run
        if len(run) > len(best):
            best = run
        run = ""
    if len(run) > len(best):
        best = run
    return best if len(best) >= 2 else ""


def _hits(rx: re.Pattern[str], word: bool, low: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``rx``; with ``word``, only those that start a word."""
    if not word:
        return rx.finditer(low, pos, end)
    return (m for m in rx.finditer(low, pos, end) if not _in_word(low, m.start()))


def _in_word(low: str, p: int) -> bool:
    return p > 0 and (low[p - 1].isalnum() or low[p - 1] == "_")


def _start(m: re.Match[str]) -> int:
    return m.start()
