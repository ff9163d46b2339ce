"""Legal suffixes found as the look-behind pattern finds them."""

from __future__ import annotations

import pytest

from assay.extract.lexicon import LEGAL_SUFFIX_RE, legal_suffixes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northern Copper Corp. (TSX-V: NCC) announces a financing.", ["Corp."]),
        ("Shenzhen Minerals Co., Ltd. and Aurum Pty Ltd signed.", ["Co., Ltd.", "Pty Ltd"]),
        ("The USE of proceeds is set out by Ardent Inc.", ["Inc."]),
        ("MiningCo. Ltd. holds the claims.", ["Ltd."]),
        ("Corporations and Incorporated bodies, and Limited.", ["Incorporated", "Limited"]),
        ("NORTH ARROW MINERALS INC. and Southern Gold Plc", ["INC.", "Plc"]),
        ("No company is named here at all.", []),
    ],
)
def test_legal_suffixes(text: str, expected: list[str]) -> None:
    found = [m.group() for m in legal_suffixes(text)]
    assert found == expected
    assert [(m.start(), m.end()) for m in legal_suffixes(text)] == [
        (m.start(), m.end()) for m in LEGAL_SUFFIX_RE.finditer(text)
    ]


def test_legal_suffixes_in_a_range() -> None:
    text = "Alpha Corp. then Beta Ltd. then Gamma Inc."
    start = text.index("Beta")
    assert [m.group() for m in legal_suffixes(text, start, text.index(" then Gamma"))] == ["Ltd."]
