"""Folded search finds exactly what an ignore-case search of the same pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assay.extract import category_rules
from assay.extract.fold import Folded, branches, literal_prefix, lower_pattern, required_literal

SNIPPETS = [
    "The Company Closed its Private Placement and COMPLETED the acquisition of the Lynx property.",
    "Production of 12,500 ounces; the mill produced 3,000 tonnes and 1,200 oz of gold were poured.",
    "ABC appointed Jane Doe as CEO; John Roe resigned as CFO and will retire as Chairman. Welcome Dr. Smith.",
    "It entered into an Option Agreement and a letter of intent to acquire a 100% interest; assay results "
    "from drilling intersected 3 m grading 5.1 g/t.",
    "Steps down as director. The joint venture agreement and purchase agreement were signed.",
]


def _texts(samples: Path) -> list[str]:
    return SNIPPETS + [p.read_text() for p in sorted(samples.glob("*.txt"))]


def _all_folded() -> list[tuple[str, Folded]]:
    out: list[tuple[str, Folded]] = []
    out.append(("FORWARD", category_rules.FORWARD))
    for group in ("HEADLINE", "LEAD", "STRONG", "WEAK"):
        for cat, f in getattr(category_rules, group).items():
            out.append((f"{group}.{cat}", f))
    return out


@pytest.mark.parametrize(("name", "folded"), _all_folded(), ids=[n for n, _ in _all_folded()])
def test_folded_matches_ignorecase(name: str, folded: Folded, samples: Path) -> None:
    for text in _texts(samples):
        got = [m.span() for m in folded.finditer(text)]
        want = [m.span() for m in folded.ci.finditer(text)]
        assert got == want, name


@pytest.mark.parametrize(("name", "folded"), _all_folded(), ids=[n for n, _ in _all_folded()])
def test_folded_matches_ignorecase_in_short_windows(name: str, folded: Folded) -> None:
    for text in SNIPPETS:
        for a in range(0, len(text), 37):
            b = min(len(text), a + 150)
            got = [m.span() for m in folded.finditer(text, a, b)]
            want = [m.span() for m in folded.ci.finditer(text, a, b)]
            assert got == want, (name, a)


@pytest.mark.parametrize(
    ("branch", "literal"),
    [
        (r"private\s+placement", "private"),
        (r"raises?\s+\$", "raise"),
        (r"management'?s\s+discussion", "management"),
        (r"flow[- ]through", "flow"),
        (r"md&a\b", "md&a"),
        (r"g/t", "g/t"),
        (r"(?:three|six)\s+months", ""),
        (r"a{0,2}b", ""),
        (r"x\w+", ""),
    ],
)
def test_literal_prefix(branch: str, literal: str) -> None:
    assert literal_prefix(branch) == literal


@pytest.mark.parametrize(
    ("branch", "literal"),
    [
        (r"private\s+placement", "placement"),
        (r"(?:three|six|nine)\s+months\s+ended", "months"),
        (r"(?:quarterly|annual)\s+production", "production"),
        (r"raises?\s+\$", "raise"),
        (r"management'?s\s+discussion", "management"),
        (r"(?:[\w$,.-]+\s+){0,5}?(?:private\s+placement|offering)\b", ""),
        (r"(?:the\s+){0,2}offering\b", "offering"),
        (r"a{0,2}bc", "bc"),
        (r"x+yz", "yz"),
        (r"[a-z]+ing\s+[|]bar", "ing"),
        (r"ab\.cd", "ab"),
        (r"q[1-4]", ""),
        (r"abc|defgh", ""),
    ],
)
def test_required_literal(branch: str, literal: str) -> None:
    assert required_literal(branch) == literal
    for text in SNIPPETS:
        for m in re.finditer(branch, text.lower()):
            assert literal in m.group()


def test_branch_without_its_literal_in_range_finds_nothing() -> None:
    f = Folded(r"(?:three|six)\s+months\s+ended|\bclosed\s+the\s+deal")
    text = "Six months ended; we closed the deal. Three months."
    assert [text[m.start() : m.end()] for m in f.finditer(text)] == ["Six months ended", "closed the deal"]
    assert [text[m.start() : m.end()] for m in f.finditer(text, 17)] == ["closed the deal"]
    assert list(f.finditer(text, 0, 10)) == []


def test_branches_split_only_at_top_level() -> None:
    assert branches(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_lower_pattern_keeps_escapes() -> None:
    assert lower_pattern(r"\W\S\bMD&A[A-Z]") == r"\W\S\bmd&a[a-z]"


def test_text_whose_lower_case_changes_length_falls_back() -> None:
    f = Folded(r"closed\s+the\s+offering", starts="closed")
    text = "İ closed the offering"  # "İ".lower() is two characters
    assert [m.span() for m in f.finditer(text)] == [m.span() for m in re.finditer(r"closed\s+the\s+offering", text)]


@pytest.mark.parametrize(
    ("low", "p", "span"),
    [
        ("we closed the deal", 3, (3, 18)),  # the first branch that matches, though a later one matches too
        ("we closed it", 3, (3, 9)),
        ("_closed the deal", 1, (1, 16)),  # a leading \b is the caller's to check
        ("closing of the deal", 0, (0, 10)),
        ("we closed the deal", 4, None),
    ],
)
def test_match_at_tries_branches_in_order(low: str, p: int, span: tuple[int, int] | None) -> None:
    f = Folded(r"\bclosed\s+the\s+deal|closing\s+of|\bclosed")
    m = f.match_at(low, p, len(low))
    assert (m.span() if m else None) == span


@pytest.mark.parametrize(
    ("rx", "text", "pos"),
    [
        # the leading literal stands across the range's start: its match starts before the range
        (r"on\s+behalf|xx", "aon behalf", 2),
        (r"for\s+further\s+information|zzz\s+information", "xxfor further information", 3),
        (r"for\s+further\s+information|media\s+contacts?", "for further information; media contact", 1),
    ],
)
def test_folded_matches_start_inside_the_range(rx: str, text: str, pos: int) -> None:
    want = [m.span() for m in re.compile(rx, re.I).finditer(text, pos)]
    assert [m.span() for m in Folded(rx).finditer(text, pos)] == want
