"""A literal alternation written as a prefix tree, for the regex engine to try fast.

``a|b|c`` over many words makes the engine try every word at each position;
factored by common prefix (``p(?:roduc(?:ed|tion)|urchase)``) it tries one
branch per letter. Bounded: no repetition, only optional groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (literals), factored by common prefix.

    The engine then tries one branch per first letter at each position rather
    than every word; longer words are preferred, as in a longest-first alternation.
    """
    return _trie(_build(sorted(set(words))))


def _build(words: list[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return root


def _trie(node: dict[str, dict]) -> str:
    ends = "" in node
    alts = [re.escape(c) + _trie(sub) for c, sub in sorted(node.items()) if c]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body
