"""The prefix-tree alternation matches what the plain longest-first alternation matches."""

from __future__ import annotations

import re

import pytest

from assay.parse.trie import trie_alternation

WORDS = ["step", "steps", "oz", "ounces", "produced", "production", "Mar", "March", "Sep", "Sept"]


@pytest.mark.parametrize(
    "text",
    [
        "The company produced 4,000 oz in the quarter.",
        "Production steps up in March and Sept. after the mill restart.",
        "Steps: ounces, oz, Sep, Sept, Marching, stepson",
        "",
        "no words here at all",
    ],
)
def test_trie_finds_what_the_plain_alternation_finds(text: str) -> None:
    plain = re.compile("|".join(sorted(WORDS, key=len, reverse=True)))
    trie = re.compile(trie_alternation(WORDS))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["a.b", "a+"], "xa.b a+ axb", ["a.b", "a+"]),
        (["drill", "drilled"], "drilled drill", ["drilled", "drill"]),
    ],
)
def test_trie_escapes_and_prefers_the_longer_word(words: list[str], text: str, found: list[str]) -> None:
    assert re.findall(trie_alternation(words), text) == found
