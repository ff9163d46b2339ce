"""Grade expressions and grade column headers, as releases write them."""

from __future__ import annotations

import pytest

from assay.extract.intercepts.grades import find_grades, header_grade
from assay.extract.intercepts.holes import is_hole_id
from assay.extract.intercepts.units import to_metres


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.2 g/t gold", (3.2, "g/t", "Au")),
        ("0.18 % Cu", (0.18, "%", "Cu")),
        ("31.4g/t Ag", (31.4, "g/t", "Ag")),
        ("0.092 oz/ton Au", (0.092, "oz/t", "Au")),
        ("3.17g/tonne Au", (3.17, "g/t", "Au")),
        ("1.2% Li2O", (1.2, "%", "Li2O")),
        ("1.52% Li₂O", (1.52, "%", "Li2O")),
        ("0.31% U₃O₈", (0.31, "%", "U3O8")),
        ("0.22% eU3O8", (0.22, "%", "eU3O8")),
        ("450 ppm Cu", (450, "ppm", "Cu")),
        ("25 ppb Au", (25, "ppb", "Au")),
        ("4.71 g/t AuEq", (4.71, "g/t", "AuEq")),
        ("0.62% CuEq", (0.62, "%", "CuEq")),
        ("3.2 g/t Au Eq.", (3.2, "g/t", "AuEq")),
        ("1,440 grams per tonne silver equivalent", (1440, "g/t", "AgEq")),
        ("0.23 gram per tonne gold", (0.23, "g/t", "Au")),
        ("92.11 grams gold per tonne", (92.11, "g/t", "Au")),
        ("332 grams per tonne (g/t) gold", (332, "g/t", "Au")),
        ("0.05 opt Au", (0.05, "oz/t", "Au")),
        ("7.51 gpt gold", (7.51, "g/t", "Au")),
        ("3.2 g Au/t", (3.2, "g/t", "Au")),
        ("0.41% copper equivalent", (0.41, "%", "CuEq")),
        ("2.1 percent zinc", (2.1, "%", "Zn")),
        ("41.6 g/t", (41.6, "g/t", None)),
    ],
)
def test_grade_expressions(text: str, expected: tuple[float, str, str | None]) -> None:
    (g,) = find_grades(text)
    assert (g.value, g.unit, g.commodity) == expected


@pytest.mark.parametrize(
    "text",
    ["8% of the gross proceeds", "a 2.0% net smelter returns royalty", "up to 25% of the shares", "12 ppm"],
)
def test_percentages_that_are_not_grades(text: str) -> None:
    assert find_grades(text) == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Au (g/t)", ("Au", "g/t")),
        ("Cu %", ("Cu", "%")),
        ("Gold (g/t)", ("Au", "g/t")),
        ("AuEq* (g/t)", ("AuEq", "g/t")),
        ("Grade (g/t Au)", ("Au", "g/t")),
        ("Li2O (%)", ("Li2O", "%")),
        ("Ag ppm", ("Ag", "ppm")),
        ("Au (opt)", ("Au", "oz/t")),
        ("Au", ("Au", None)),
        ("Au g/t x m", None),
        ("Length (m)", None),
        ("Hole ID", None),
    ],
)
def test_grade_headers(header: str, expected: tuple[str, str | None] | None) -> None:
    assert header_grade(header) == expected


@pytest.mark.parametrize(
    ("text", "keyed", "expected"),
    [
        ("MB-21-04", False, True),
        ("GDD073", False, True),
        ("78-885", False, True),
        ("B-1404C", False, True),
        ("2023", False, False),
        ("37m", False, False),
        ("43-101", False, False),
        ("5", True, True),
        ("54A", True, True),
        ("5", False, False),
        ("Zone", False, False),
    ],
)
def test_hole_ids(text: str, keyed: bool, expected: bool) -> None:
    assert is_hole_id(text, keyed=keyed) is expected


@pytest.mark.parametrize(
    ("value", "unit", "metres"), [(230, "feet", 70.104), (100, "ft", 30.48), (12.5, "m", 12.5), (1, "foot", 0.305)]
)
def test_lengths_in_metres(value: float, unit: str, metres: float) -> None:
    assert to_metres(value, unit) == metres
