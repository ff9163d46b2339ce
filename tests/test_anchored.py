"""Anchored search finds exactly what ``finditer`` of the same pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assay.extract.anchored import Anchored

CASES = [
    # (pattern, literals every match starts with, text)
    (
        r"(?:Mr|Mrs|Ms|Dr)\.?[ ]+(?P<name>[A-Z][a-z]+)(?![A-Za-z])",
        ("Mr", "Mrs", "Ms", "Dr"),
        "Mr. Aldo met Mrs Brook and Dr. Osei; Ms. Lund chaired. Drill core from Mr. Mr. Vance. MrX Dr.",
    ),
    # a match may hold another literal: the scan goes on after the match, as finditer does
    (r"Dr\.?[ ]+[A-Z][a-z]+|Mr[ ]+Dr", ("Dr", "Mr"), "Mr Dr. Drew and Dr. Drake, Mr Dr Dr Lee"),
    (r"(?:TSX|ASX)(?:[ ]?V)?:[ ]?[A-Z]{2,4}", ("TSX", "ASX"), "(TSX: ABC, ASX:XYZ) TSXV: QQ and TSX V:RRR TSX:"),
    (r"on\s+behalf|for\s+further", ("on", "for"), "Ontario on  behalf of the board; for\nfurther information"),
    (r"x*", ("x",), "axxbx"),
]


@pytest.mark.parametrize(("rx", "literals", "text"), CASES)
def test_anchored_matches_finditer(rx: str, literals: tuple[str, ...], text: str) -> None:
    a = Anchored(rx, literals)
    want = [m.span() for m in re.finditer(rx, text) if m.group()]
    assert [m.span() for m in a.finditer(text)] == want
    for lo, hi in ((3, len(text)), (0, len(text) - 4), (5, 20)):
        want = [m.span() for m in re.compile(rx).finditer(text, lo, hi) if m.group()]
        assert [m.span() for m in a.finditer(text, lo, hi)] == want


def test_anchored_on_the_samples(samples: Path) -> None:
    rx = r"(?:Mr|Mrs|Ms|Dr)\.?[ ]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z]|[ ][A-Z])"
    a = Anchored(rx, ("Mr", "Ms", "Dr"))
    for path in sorted(samples.glob("*.txt")):
        text = path.read_text()
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in re.finditer(rx, text)]


def test_a_literal_that_overlaps_itself_is_refused() -> None:
    with pytest.raises(ValueError, match="overlap"):
        Anchored(r"aa+b", ("aa",))
