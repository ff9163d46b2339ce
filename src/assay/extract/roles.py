"""Roles as releases write them beside a name: ``President & CEO``,
``VP of Exploration``, ``Manager, Investor Relations``, ``lead independent
director``.

A role is a run of role words joined by ``and``, ``&``, ``of``, ``,`` or
``/``; it must hold a head word (an office, not only ``Senior`` or
``Corporate``). Words glued together by a lost space (``CEOTelephone``,
``ChiefExecutive``) are split at the change of case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assay.extract.lexicon import words
from assay.parse.trie import trie_alternation

_TOKEN = re.compile(
    r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+(?:-[A-Za-z][a-z]+)*|[A-Z](?![a-z])|&|,|/|'s\b|\S"
)

HEADS = frozenset(
    words(
        """
    president vice-president ceo cfo coo cto cgo cio evp svp vp chairman chairwoman chair
    chairperson co-chair vice-chair vice-chairman director directors secretary treasurer controller
    manager geologist engineer founder co-founder partner consultant superintendent head counsel
    analyst advisor adviser officer executive relations person persons geoscientist geophysicist
    metallurgist trustee member principal ir development
    """
    )
)
MODIFIERS = frozenset(
    words(
        """
    chief vice senior interim acting lead independent non-executive non-independent executive
    managing general corporate financial operating operations technical exploration development
    business investor communications geology mining legal qualified project country deputy assistant
    associate marketing strategy sustainability environmental new board evaluation resource
    engineering commercial information external affairs public government capital markets strategic
    special group regional site mine chief's company
    """
    )
)
_OF_THE_BOARD = ["of", "the", "board"]
_JOIN = frozenset({"and", "&", "of", ",", "/"})
_SKIP_BEFORE_ROLE = frozenset({"the", "a", "an", "its", "our", "as", "is", "who", "being", "was", "company's", "and"})


_ALL_WORDS = trie_alternation(HEADS | MODIFIERS)
# a cheap test before tokenising: is there a role word at the start?
_STARTS_ROLE = re.compile(
    rf"[ \t,]{{0,3}}(?:(?i:the|a|an|its|our|as|is|who|being|was|and)[ \t]+|[A-Z][\w'-]{{0,30}}'s[ \t]+|,[ \t]*){{0,4}}"
    rf"(?i:{_ALL_WORDS})"
)


def _last_word(text: str, pos: int) -> str:
    """The word just before ``pos`` (past spaces and a comma), a glued tail split off."""
    i = pos
    lo = max(0, pos - 40)
    while i > lo and text[i - 1] in " \t,":
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    word = text[j:i]
    m = _TOKEN.findall(word)
    return m[-1] if m else ""


class _Tokens:
    """The tokens of ``text[start:end]``, read from the text only as far as they are asked for."""

    __slots__ = ("_more", "items")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.items: list[tuple[int, int, str]] = []
        self._more: Iterator[re.Match[str]] | None = _TOKEN.finditer(text, start, end)

    @classmethod
    def all(cls, text: str, start: int, end: int) -> _Tokens:
        toks = cls(text, start, end)
        toks.has(end - start)
        return toks

    def has(self, i: int) -> bool:
        """Whether there is a token ``i`` (reading on to it)."""
        items = self.items
        while len(items) <= i and self._more is not None:
            m = next(self._more, None)
            if m is None:
                self._more = None
                break
            items.append((m.start(), m.end(), m.group()))
        return 0 <= i < len(items)

    def word(self, i: int) -> str:
        return self.items[i][2]


def is_role_word(w: str) -> bool:
    lw = w.lower()
    return lw in HEADS or lw in MODIFIERS


def role_after(text: str, pos: int, limit: int = 120) -> tuple[int, int] | None:
    """The role that starts at ``pos`` (after skipping ``, the Company's``, ``a``…)."""
    if _STARTS_ROLE.match(text, pos, min(len(text), pos + limit)) is None:
        return None
    toks = _Tokens(text, pos, min(len(text), pos + limit))
    i = 0
    skipped = 0
    while toks.has(i) and skipped < 4:
        w = toks.word(i)
        lw = w.lower()
        if w == "," or lw in _SKIP_BEFORE_ROLE:
            i += 1
            skipped += 1
            continue
        # a possessive company name: "Loyalist's President"
        if toks.has(i + 1) and toks.word(i + 1) == "'s" and w[:1].isupper() and not is_role_word(w):
            i += 2
            skipped += 1
            continue
        break
    return _run(toks, i, 1)


def role_before(text: str, pos: int, limit: int = 100) -> tuple[int, int] | None:
    """The role that ends just before ``pos`` (``Chairman and CEO, ``)."""
    if not is_role_word(_last_word(text, pos)):
        return None
    a = max(0, pos - limit)
    nl = text.rfind("\n", a, pos)
    if nl >= 0:
        a = nl + 1
    toks = _Tokens.all(text, a, pos)
    i = len(toks.items) - 1
    if i >= 0 and toks.word(i) == ",":
        i -= 1
    return _run(toks, i, -1)


def _run(toks: _Tokens, i: int, step: int) -> tuple[int, int] | None:
    """The longest run of role words from token ``i`` in direction ``step``."""
    if not toks.has(i) or not is_role_word(toks.word(i)):
        return None
    first = last = i
    head = toks.word(i).lower() in HEADS
    j = i + step
    while toks.has(j):
        w = toks.word(j)
        if is_role_word(w):
            last = j
            head = head or w.lower() in HEADS
            j += step
        elif w.lower() in _JOIN and toks.has(j + step) and is_role_word(toks.word(j + step)):
            j += step
        else:
            break
    if not head:
        return None
    if step > 0 and _words_at(toks, last + 1, 3) == _OF_THE_BOARD:
        last += 3  # "Chairman of the Board", "Chair of the Board of Directors"
        if _words_at(toks, last + 1, 2) == ["of", "directors"]:
            last += 2
    items = toks.items
    a, b = (items[first][0], items[last][1]) if step > 0 else (items[last][0], items[first][1])
    return a, b


def _words_at(toks: _Tokens, i: int, n: int) -> list[str]:
    """Tokens ``i`` to ``i + n`` (fewer at the end), in lower case."""
    return [toks.word(k).lower() for k in range(i, i + n) if toks.has(k)]
