"""Intercepts read from results tables: pipe, aligned, wide, broken headers, continued."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_intercepts_prose import run


def rows(text: str) -> list[tuple[Any, ...]]:
    return [(r["hole"], r["from_m"], r["to_m"], r["length_m"], r["grades"], r["parent"]) for r in run(text)]


PIPE = """Table 1: Significant intercepts

| Hole ID | From (m) | To (m) | Length (m) | Au (g/t) | Ag (g/t) |
| --- | --- | --- | --- | --- | --- |
| BK-24-001 | 12.0 | 24.5 | 12.5 | 3.20 | 14.1 |
| including | 15.0 | 17.0 | 2.0 | 11.40 | 40.2 |
| | 88.0 | 91.0 | 3.0 | 1.05 | 2.0 |
| BK-24-002 | 101.3 | 110.0 | 8.7 | 0.95 | <0.5 |

Intervals are core lengths."""

PIPE_ROWS = [
    ("BK-24-001", 12.0, 24.5, 12.5, [(3.2, "g/t", "Au"), (14.1, "g/t", "Ag")], None),
    ("BK-24-001", 15.0, 17.0, 2.0, [(11.4, "g/t", "Au"), (40.2, "g/t", "Ag")], 0),
    ("BK-24-001", 88.0, 91.0, 3.0, [(1.05, "g/t", "Au"), (2.0, "g/t", "Ag")], None),
    ("BK-24-002", 101.3, 110.0, 8.7, [(0.95, "g/t", "Au")], None),
]

ALIGNED = """Drill results from the Dome zone are listed below.

Hole ID        From (m)    To (m)    Length (m)    Au (g/t)
DZ-23-014        45.00      57.50         12.50        3.20
                 49.00      51.00          2.00       11.85
DZ-23-015       110.20     118.70          8.50        1.44
DZ-23-016          no significant results

The true widths are estimated at 70 to 85% of the core lengths."""

ALIGNED_ROWS = [
    ("DZ-23-014", 45.0, 57.5, 12.5, [(3.2, "g/t", "Au")], None),
    ("DZ-23-014", 49.0, 51.0, 2.0, [(11.85, "g/t", "Au")], 0),
    ("DZ-23-015", 110.2, 118.7, 8.5, [(1.44, "g/t", "Au")], None),
]

WIDE = """| Hole | From (m) | To (m) | Interval (m) | Au (g/t) | Ag (g/t) | Cu (%) | Pb (%) | Zn (%) | AuEq (g/t) |
|---|---|---|---|---|---|---|---|---|---|
| VMS-07 | 201.0 | 214.5 | 13.5 | 0.84 | 61.2 | 0.41 | 1.92 | 6.35 | 4.71 |
| incl. | 205.0 | 209.0 | 4.0 | 1.90 | 140.0 | 0.88 | 4.10 | 12.60 | 9.85 |"""

WIDE_ROWS = [
    (
        "VMS-07",
        201.0,
        214.5,
        13.5,
        [
            (0.41, "%", "Cu"),
            (0.84, "g/t", "Au"),
            (1.92, "%", "Pb"),
            (4.71, "g/t", "AuEq"),
            (6.35, "%", "Zn"),
            (61.2, "g/t", "Ag"),
        ],
        None,
    ),
    (
        "VMS-07",
        205.0,
        209.0,
        4.0,
        [
            (0.88, "%", "Cu"),
            (1.9, "g/t", "Au"),
            (4.1, "%", "Pb"),
            (9.85, "g/t", "AuEq"),
            (12.6, "%", "Zn"),
            (140, "g/t", "Ag"),
        ],
        0,
    ),
]

BROKEN_HEADER = """| DDH | | From | To | Interval | Au | Zone |
| (m) | (m) | (m) | (g/t) |
| 78-901 | | 272.50 | 273.80 | 1.30 | 6.70 | North |
| | and | 379.00 | 380.00 | 1.00 | 35.20 | |
| | Including | 379.40 | 379.90 | 0.50 | 61.0 | |
| 78-902 | | 303.10 | 303.80 | 0.70 | 41.62 | North |
| Notes: | | | | | | |"""

BROKEN_ROWS = [
    ("78-901", 272.5, 273.8, 1.3, [(6.7, "g/t", "Au")], None),
    ("78-901", 379.0, 380.0, 1.0, [(35.2, "g/t", "Au")], None),
    ("78-901", 379.4, 379.9, 0.5, [(61.0, "g/t", "Au")], 1),
    ("78-902", 303.1, 303.8, 0.7, [(41.62, "g/t", "Au")], None),
]

TWO_ROW_HEADER = """| Drill | From | To | Length | Li2O |
| Hole | (m) | (m) | (m) | (%) |
| LP-23-041 | 12.3 | 40.1 | 27.8 | 1.38 |
| LP-23-042 | 5.0 | 19.6 | 14.6 | 1.07 |"""

TWO_ROW_ROWS = [
    ("LP-23-041", 12.3, 40.1, 27.8, [(1.38, "%", "Li2O")], None),
    ("LP-23-042", 5.0, 19.6, 14.6, [(1.07, "%", "Li2O")], None),
]

CONTINUED = """| Hole | From (m) | To (m) | Width (m) | U3O8 (%) |
|---|---|---|---|---|
| WX-101 | 310.0 | 316.5 | 6.5 | 0.44 |
| WX-102 | 298.0 | 300.0 | 2.0 | 2.15 |

Table 2 (continued)

| WX-103 | 305.5 | 311.0 | 5.5 | 0.81 |
| WX-104 | 290.0 | 291.0 | 1.0 | 0.12 |"""

CONTINUED_ROWS = [
    ("WX-101", 310.0, 316.5, 6.5, [(0.44, "%", "U3O8")], None),
    ("WX-102", 298.0, 300.0, 2.0, [(2.15, "%", "U3O8")], None),
    ("WX-103", 305.5, 311.0, 5.5, [(0.81, "%", "U3O8")], None),
    ("WX-104", 290.0, 291.0, 1.0, [(0.12, "%", "U3O8")], None),
]

FEET = """| Hole | From (ft) | To (ft) | Length (ft) | Au (opt) |
|---|---|---|---|---|
| NV-12 | 100 | 150 | 50 | 0.052 |"""

FEET_ROWS = [("NV-12", 30.48, 45.72, 15.24, [(0.052, "oz/t", "Au")], None)]

TRENCH = """Trench   From (m)   To (m)   Length (m)   Au (g/t)
TR-01       0.0       8.0        8.0        2.31
TR-02       4.0       6.0        2.0        7.90
TR-03       0.0      12.0       12.0        0.86"""

TRENCH_ROWS = [
    ("TR-01", 0.0, 8.0, 8.0, [(2.31, "g/t", "Au")], None),
    ("TR-02", 4.0, 6.0, 2.0, [(7.9, "g/t", "Au")], None),
    ("TR-03", 0.0, 12.0, 12.0, [(0.86, "g/t", "Au")], None),
]


TABS = (
    "Hole ID\tFrom (m)\tTo (m)\tLength (m)\tAu (g/t)\n"
    "KL-24-01\t10.0\t22.0\t12.0\t1.85\n"
    "\t15.0\t17.0\t2.0\t6.10\n"
    "KL-24-02\t40.5\t44.0\t3.5\t0.92\n"
)

TABS_ROWS = [
    ("KL-24-01", 10.0, 22.0, 12.0, [(1.85, "g/t", "Au")], None),
    ("KL-24-01", 15.0, 17.0, 2.0, [(6.1, "g/t", "Au")], 0),
    ("KL-24-02", 40.5, 44.0, 3.5, [(0.92, "g/t", "Au")], None),
]

TRUE_WIDTH = """| Drillhole | Target | From (m) | To (m) | Core Length (m) | True Width (m) | Au (g/t) | Ag (g/t) |
|---|---|---|---|---|---|---|---|
| SN-25-101 | Vein 2 | 88.10 | 90.30 | 2.20 | 1.80 | 9.41 | 22.0 |"""

TRUE_WIDTH_ROWS = [("SN-25-101", 88.1, 90.3, 2.2, [(9.41, "g/t", "Au"), (22, "g/t", "Ag")], None)]


SPANNING = """| Hole | Interval (m) | | | Grade |
| --- | --- | --- | --- | --- |
| | From | To | Length | Au (g/t) |
| CM-31 | 5.00 | 9.50 | 4.50 | 2.75 |"""

SPANNING_ROWS = [("CM-31", 5.0, 9.5, 4.5, [(2.75, "g/t", "Au")], None)]


SPACED = """Table 1: Significant intersections
Hole ID From (m) To (m) Interval (m) Au (g/t)
KX-101 12.0 20.0 8.0 2.45
incl. 15.0 17.0 2.0 6.10
KX-102 40.0 44.0 4.0 1.15
44.0 46.0 2.0 0.85
RS 014B 16.0 17.0 1.0 9.52
Intervals are down-hole lengths."""

SPACED_ROWS = [
    ("KX-101", 12.0, 20.0, 8.0, [(2.45, "g/t", "Au")], None),
    ("KX-101", 15.0, 17.0, 2.0, [(6.1, "g/t", "Au")], 0),
    ("KX-102", 40.0, 44.0, 4.0, [(1.15, "g/t", "Au")], None),
    ("KX-102", 44.0, 46.0, 2.0, [(0.85, "g/t", "Au")], None),
    ("RS 014B", 16.0, 17.0, 1.0, [(9.52, "g/t", "Au")], None),
]

SPACED_UNITS_BELOW = """Hole ID Easting Northing Dip From To Interval Cu Au
(m) (m) (m) (%) (g/t)
KX-201 412000 6712000 -60 5 9 4 0.52 1.2
KX-202 412040 6712000 -60 20 22 2 0.31 3.4"""

SPACED_UNITS_ROWS = [
    ("KX-201", 5, 9, 4, [(0.52, "%", "Cu"), (1.2, "g/t", "Au")], None),
    ("KX-202", 20, 22, 2, [(0.31, "%", "Cu"), (3.4, "g/t", "Au")], None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SPACED, SPACED_ROWS),
        (SPACED_UNITS_BELOW, SPACED_UNITS_ROWS),
        (SPANNING, SPANNING_ROWS),
        (TABS, TABS_ROWS),
        (TRUE_WIDTH, TRUE_WIDTH_ROWS),
        (PIPE, PIPE_ROWS),
        (ALIGNED, ALIGNED_ROWS),
        (WIDE, WIDE_ROWS),
        (BROKEN_HEADER, BROKEN_ROWS),
        (TWO_ROW_HEADER, TWO_ROW_ROWS),
        (CONTINUED, CONTINUED_ROWS),
        (FEET, FEET_ROWS),
        (TRENCH, TRENCH_ROWS),
    ],
    ids=[
        "spaced",
        "spaced-units-below",
        "spanning",
        "tabs",
        "true-width",
        "pipe",
        "aligned",
        "wide",
        "broken-header",
        "two-row-header",
        "continued",
        "feet",
        "trench",
    ],
)
def test_tables(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(text) == expected


def test_highlight_then_table_gives_each_interval_once() -> None:
    text = "Highlights include 3.2 g/t Au over 12.5 m in hole BK-24-001.\n\n" + PIPE
    got = rows(text)
    assert len(got) == 4
    assert got[0][:4] == ("BK-24-001", 12.0, 24.5, 12.5)


def test_feet_table_keeps_the_written_length() -> None:
    (r,) = run(FEET)
    assert r["length_ft"] == 50


def test_trench_table_marks_the_sample_type() -> None:
    assert {r["sample_type"] for r in run(TRENCH)} == {"trench"}


def test_financial_table_is_not_read_as_results() -> None:
    text = "| | 2024 | 2023 |\n|---|---|---|\n| Revenue | 12,345 | 10,001 |\n| Net loss (%) | 1.2 | 3.4 |"
    assert run(text) == []


def test_true_width_column_is_an_extra() -> None:
    (r,) = run(TRUE_WIDTH)
    assert (r["length_m"], r["true_width_m"]) == (2.2, 1.8)


def test_prose_with_header_words_is_not_a_table() -> None:
    text = "From 2019 to 2021 the Company drilled 12 holes; the Length of the program grew to 2,400 m at 1.2 g/t Au."
    assert run(text) == []


def test_caption_names_the_hole_of_a_table_without_a_hole_column() -> None:
    text = (
        "Table 2: Assays from drill hole QT-24-009\n\n| From (m) | To (m) | Length (m) | Cu (%) |\n|---|---|---|---|\n"
        "| 100.0 | 130.0 | 30.0 | 0.61 |\n| 112.0 | 118.0 | 6.0 | 1.40 |\n"
    )
    assert [(r["hole"], r["length_m"], r["parent"]) for r in run(text)] == [
        ("QT-24-009", 30.0, None),
        ("QT-24-009", 6.0, 0),
    ]


def test_first_column_without_a_header_holds_the_holes() -> None:
    text = (
        "| | From (m) | To (m) | Length (m) | Au (g/t) |\n|---|---|---|---|---|\n| HN-12 | 3.0 | 9.0 | 6.0 | 1.75 |\n"
    )
    assert [(r["hole"], r["length_m"]) for r in run(text)] == [("HN-12", 6.0)]


def test_hole_cells_written_with_the_word_hole() -> None:
    text = (
        "| Hole | From (m) | To (m) | Length (m) | Au (g/t) |\n|---|---|---|---|---|\n"
        "| Hole HN-14 | 3.0 | 9.0 | 6.0 | 1.75 |\n"
    )
    assert [(r["hole"], r["length_m"]) for r in run(text)] == [("HN-14", 6.0)]


def test_a_table_after_prose_is_not_a_continuation() -> None:
    text = (
        CONTINUED.split("Table 2")[0]
        + "The Company also reports its quarterly figures, which are set out in the table below for reference.\n\n"
        + "| | 2022 | 2021 | 2022 | 2021 |\n|---|---|---|---|---|\n| Revenue | 25,610 | 18,400 | 70,120 | 55,900 |\n"
    )
    assert [r["hole"] for r in run(text)] == ["WX-101", "WX-102"]
