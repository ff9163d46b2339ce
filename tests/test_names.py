"""The name pattern: what it takes as a candidate name, and that its quick test turns nothing away."""

from __future__ import annotations

import re

import pytest

from assay.extract import names

NAMES = [
    ("said Pascal Gagnon, P.Geo.", ["Pascal Gagnon"]),
    ("Mr. Hugo de Vries and Anna Van der Berg", ["Hugo de Vries", "Anna Van der Berg"]),
    ("Olivier Vadnais-Leblanc reviewed it", ["Olivier Vadnais-Leblanc"]),
    ("Michael O'Connor and D'Arcy MacDonald", ["Michael O'Connor", "D'Arcy MacDonald"]),
    ("J. R. Smith; Ana M. Soto; Ana M. Soto-Ruiz", ["Ana M. Soto", "Ana M. Soto-Ruiz"]),
    (
        "François Lévesque, Siobhán Ní Bhriain, Ólafur Arnalds",
        ["François Lévesque", "Siobhán Ní Bhriain", "Ólafur Arnalds"],
    ),
    ("The company said\tJohn Smith\nJane Doe", ["John Smith", "Jane Doe"]),
    ("Emgold Mining Corporation reports", ["Emgold Mining Corporation"]),
    ("In addition, the Company has", []),
    ("Jean  Tremblay (two spaces) and Jean\tTremblay", []),
    (
        "Luc van Dyke; Luc ter Horst; Luc la Salle; Luc le Roy; Luc dos Santos",
        [
            "Luc van Dyke",
            "Luc ter Horst",
            "Luc la Salle",
            "Luc le Roy",
            "Luc dos Santos",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_name_candidates(text: str, expected: list[str]) -> None:
    assert [m.group() for m in re.finditer(names.NAME, text)] == expected


# the pattern without its quick test after the first letter
_PLAIN = names.NAME.replace(names._THEN_NAME, "", 1)


@pytest.mark.parametrize(
    "text", [t for t, _ in NAMES] + ["Al Bo Cy Di", "A B", "Ab c", "Ab de", "Ab de Cd", "Xy-Zw Ab"]
)
def test_quick_test_changes_no_match(text: str) -> None:
    assert names._THEN_NAME in names.NAME
    assert [m.span() for m in re.finditer(names.NAME, text)] == [m.span() for m in re.finditer(_PLAIN, text)]
