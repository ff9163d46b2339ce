"""Intercepts written in prose and bullets: composed sentences of the genre."""

from __future__ import annotations

from typing import Any

import pytest

from assay.extract import intercepts
from assay.model import Release, Source
from assay.normalise import normalise


def run(text: str) -> list[dict[str, Any]]:
    doc = normalise(text)
    release = Release(source=Source(path=None, sha256="", format="txt", chars=len(text)))
    intercepts.extract(doc, release)
    out = []
    for i in release.intercepts:
        d = i.to_plain()
        for path_value in (i.hole, i.length_m, i.from_m):
            if path_value is not None and path_value.span is not None:
                assert doc.original[path_value.span.start : path_value.span.end] == path_value.span.text
        d["grades"] = sorted((g["value"], g["unit"], g["commodity"]) for g in d["grades"])
        out.append(d)
    return out


def brief(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["hole"], r["length_m"], r["grades"]) for r in rows]


CASES = [
    (
        "Hole MB-21-04 intersected 12.5 metres grading 3.2 g/t gold from 45.0 metres.",
        [("MB-21-04", 12.5, [(3.2, "g/t", "Au")])],
    ),
    (
        "Drill hole AB-22-07 returned 0.92% Cu and 0.21 g/t Au over 104.0 m from 12.0 m, including 1.45% Cu "
        "and 0.38 g/t Au over 36.0 m.",
        [
            ("AB-22-07", 104.0, [(0.21, "g/t", "Au"), (0.92, "%", "Cu")]),
            ("AB-22-07", 36.0, [(0.38, "g/t", "Au"), (1.45, "%", "Cu")]),
        ],
    ),
    (
        "Highlights include:\n- 16m @ 4.1g/t Au from 88m (KRC0231)\n- 9m @ 2.2g/t Au from 40m, incl 3m @ 5.0g/t Au "
        "(KRC0233)\n- Assays are pending for six holes.",
        [
            ("KRC0231", 16, [(4.1, "g/t", "Au")]),
            ("KRC0233", 9, [(2.2, "g/t", "Au")]),
            ("KRC0233", 3, [(5.0, "g/t", "Au")]),
        ],
    ),
    (
        "Trench TR-23-03 returned 2.61 g/t Au over 14.0 metres, the widest zone exposed to date.",
        [("TR-23-03", 14.0, [(2.61, "g/t", "Au")])],
    ),
    (
        "A channel sample across the vein returned 8.4 g/t Au and 112 g/t Ag over 1.2 m.",
        [(None, 1.2, [(8.4, "g/t", "Au"), (112, "g/t", "Ag")])],
    ),
    (
        "Spodumene pegmatite graded 1.52% Li2O over 22.3 m in hole LT-23-012, from 88.0 m.",
        [("LT-23-012", 22.3, [(1.52, "%", "Li2O")])],
    ),
    (
        "Hole WR-09 encountered 6.5 m of 0.44% U3O8, including 1.5 m of 1.62% U3O8.",
        [("WR-09", 6.5, [(0.44, "%", "U3O8")]), ("WR-09", 1.5, [(1.62, "%", "U3O8")])],
    ),
    (
        "The discovery hole cut 5.5 m at 3.1 g/t AuEq (2.4 g/t Au and 55 g/t Ag) in hole CN-24-002.",
        [("CN-24-002", 5.5, [(2.4, "g/t", "Au"), (3.1, "g/t", "AuEq"), (55, "g/t", "Ag")])],
    ),
    (
        "Hole PQ-17 returned 1,440 grams per tonne silver equivalent over 1.25 metres.",
        [("PQ-17", 1.25, [(1440, "g/t", "AgEq")])],
    ),
    (
        "Core hole SR-2201 intersects 61.0 meters grading 2.05 g/tonne Au (200 feet grading 0.060 oz/ton Au).",
        [("SR-2201", 61.0, [(0.06, "oz/t", "Au"), (2.05, "g/t", "Au")])],
    ),
    (
        "Hole 24-118 returned 12.26 g/t Au over 1.5 m; and hole 24-119 returned 0.41 g/t Au over 22.0 m.",
        [("24-118", 1.5, [(12.26, "g/t", "Au")]), ("24-119", 22.0, [(0.41, "g/t", "Au")])],
    ),
    (
        "Zinc-lead mineralisation in DDH KZ-31 ran 7.9% Zn and 2.1% Pb across 9.4 metres.",
        [("KZ-31", 9.4, [(2.1, "%", "Pb"), (7.9, "%", "Zn")])],
    ),
    (
        "Hole MB-21-04 highlights:\n- 12.0 m @ 2.10 g/t Au from 4.0 m\n- including 3.0 m @ 6.85 g/t Au from 7.0 m\n"
        "- 5.5 m @ 1.20 g/t Au from 88.0 m",
        [
            ("MB-21-04", 12.0, [(2.1, "g/t", "Au")]),
            ("MB-21-04", 3.0, [(6.85, "g/t", "Au")]),
            ("MB-21-04", 5.5, [(1.2, "g/t", "Au")]),
        ],
    ),
    (
        "MB-21-05    22.5 m grading 1.04 g/t Au, 14.6 g/t Ag and 0.62% Zn\nMB-21-06    8.0 m grading 0.51 g/t Au",
        [
            ("MB-21-05", 22.5, [(0.62, "%", "Zn"), (1.04, "g/t", "Au"), (14.6, "g/t", "Ag")]),
            ("MB-21-06", 8.0, [(0.51, "g/t", "Au")]),
        ],
    ),
    (
        "The first hole, LK-24-001, intersected 0.95 g/t gold over 81.0 metres (from 12.0 to 93.0 metres).",
        [("LK-24-001", 81.0, [(0.95, "g/t", "Au")])],
    ),
    (
        "Hole SD-12 returned 12.5 m @ 3.2 g/t Au from 45 m; 5.0 m @ 1.1 g/t Au from 80 m. A deeper zone "
        "returned 2.0 m @ 9.9 g/t Au from 140 m.",
        [
            ("SD-12", 12.5, [(3.2, "g/t", "Au")]),
            ("SD-12", 5.0, [(1.1, "g/t", "Au")]),
            ("SD-12", 2.0, [(9.9, "g/t", "Au")]),
        ],
    ),
    (
        'Drill hole CR-22-031 intersected 241.0 metres of 0.41% copper equivalent ("CuEq") (0.33% Cu, 0.11 g/t Au).',
        [("CR-22-031", 241.0, [(0.11, "g/t", "Au"), (0.33, "%", "Cu"), (0.41, "%", "CuEq")])],
    ),
    (
        "Hole PL-2 intersected a 32-metre wide zone of 1.1% Ni and 0.06% Co; the vein assayed 4.7 g/t Au over a "
        "1.0-metre interval.",
        [("PL-2", 32, [(0.06, "%", "Co"), (1.1, "%", "Ni")]), ("PL-2", 1.0, [(4.7, "g/t", "Au")])],
    ),
    (
        "Best intercept 2m @ 12.1 g/t Au in BDRC0155 from 66m. Other results were 4m @ 1.2 g/t Au from 12m in "
        "BDRC0156.",
        [("BDRC0155", 2, [(12.1, "g/t", "Au")]), ("BDRC0156", 4, [(1.2, "g/t", "Au")])],
    ),
    (
        'Drill hole AM-23-09 returned 35.0 metres at 0.61% copper-equivalent ("CuEq"), from 120.0 metres.',
        [("AM-23-09", 35.0, [(0.61, "%", "CuEq")])],
    ),
    (
        "- 42.7 m of 1.02 g/t Au from 3.1 m downhole in DDH GG-11 (including 6.1 m of 4.60 g/t Au)",
        [("GG-11", 42.7, [(1.02, "g/t", "Au")]), ("GG-11", 6.1, [(4.6, "g/t", "Au")])],
    ),
    (
        "Hole ST-04 returned 0.53% Cu over 120.5 metres and 0.08 g/t Au over 120.5 metres.",
        [("ST-04", 120.5, [(0.08, "g/t", "Au"), (0.53, "%", "Cu")])],
    ),
    (
        "Trenching exposed 14.0 m @ 1.31 g/t Au (Trench RT-04), including 3.0 m @ 4.45 g/t Au.",
        [("RT-04", 14.0, [(1.31, "g/t", "Au")]), ("RT-04", 3.0, [(4.45, "g/t", "Au")])],
    ),
    (
        "Hole 5 intersected 12.5 metres true width grading 3.2 g/t Au; a later hole cut 3.1 g/t Au over 4 m "
        "in hole 12.",
        [("5", 12.5, [(3.2, "g/t", "Au")]), ("12", 4, [(3.1, "g/t", "Au")])],
    ),
    (
        "At the Ridge showing a 3.0 m chip sample grading 12.4 g/t Au was taken across the vein.",
        [(None, 3.0, [(12.4, "g/t", "Au")])],
    ),
    (
        "Best result: 11.0 m @ 0.62% CuEq (0.48% Cu, 0.14 g/t Au) from 210 m in GRD-19.",
        [("GRD-19", 11.0, [(0.14, "g/t", "Au"), (0.48, "%", "Cu"), (0.62, "%", "CuEq")])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prose_intervals(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert brief(run(text)) == expected


NOT_INTERCEPTS = [
    "Surface sampling averaged 2.3 g/t Au over 1,200 m of strike along the shear.",
    "A 2 m wide vein with grab samples of 12 g/t Au was mapped over 400 m of strike.",
    "Grab samples returned up to 12.3 g/t Au over a 300 m strike length, and soils up to 450 ppb Au over an area "
    "of 500 m by 200 m.",
    "Testwork returned recoveries of 92% Au and the mill will process 2,000 tonnes per day at a head grade of 1.2 g/t.",
    "Hole BX-12 was drilled to a depth of 350 m and intersected 2.3 g/t Au at 200 m depth.",
    "The Dome zone hosts an Indicated Mineral Resource of 12.1 Mt at 1.15 g/t Au for 447,000 oz Au.",
    "The stope is estimated at 58,052t at 13.8 g/t Au in the preliminary economic assessment.",
    "The updated estimate totals 3.41 million tonnes at 187 g/t AgEq for 20.5 million ounces AgEq.",
    "Historic production was 120,000 ounces of gold at 0.43 ounce per ton from the Main shaft.",
    "Finders will receive 8% of the gross proceeds and warrants exercisable for 24 months.",
    "The resource is reported at a cut-off grade of 0.3 g/t Au within a 15 m buffer.",
    "Stopes use a minimum mining width of 1.7 m at a 4.25 g/t Au cut-off grade.",
    "The property lies 30 km west of the town, at 1,200 m elevation, and hosts 2.1% Cu showings.",
]


@pytest.mark.parametrize("text", NOT_INTERCEPTS)
def test_not_intercepts(text: str) -> None:
    assert run(text) == []


def test_depths_and_derived_to() -> None:
    (r,) = run("Hole MB-21-04 intersected 12.5 metres grading 3.2 g/t gold from 45.0 metres.")
    assert (r["from_m"], r["to_m"]) == (45.0, 57.5)


def test_from_to_written_before_the_grade() -> None:
    (r,) = run("Hole GT-5 returned from 45.0 to 57.5 metres grading 3.2 g/t Au.")
    assert (r["hole"], r["from_m"], r["to_m"], r["length_m"]) == ("GT-5", 45.0, 57.5, 12.5)


def test_feet_are_converted_and_kept() -> None:
    (r,) = run("Reverse circulation hole RC-88 intersected 100 feet grading 0.05 oz/t Au.")
    assert r["length_m"] == pytest.approx(30.48)
    assert r["length_ft"] == 100
    assert r["grades"] == [(0.05, "oz/t", "Au")]


def test_depths_without_a_unit_take_the_interval_unit() -> None:
    (r,) = run("Hole NV-31 cut 50 feet grading 0.045 oz/t Au from 120 to 170.")
    assert (r["from_m"], r["to_m"], r["length_m"]) == (36.576, 51.816, 15.24)


def test_feet_with_metres_in_parentheses() -> None:
    (r,) = run("Hole BR-14-01 cut 45.5 feet (13.87 m) of 0.265 oz/ton gold.")
    assert (r["length_m"], r["length_ft"]) == (13.87, 45.5)


def test_from_surface_and_feet_in_parentheses() -> None:
    (r,) = run("The hole returned 1.05 g/t Au over 45.7 m (150 ft) from surface in hole TP-03.")
    assert (r["hole"], r["from_m"], r["length_m"], r["length_ft"]) == ("TP-03", 0, 45.7, 150)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hole NW-3 returned a 44.9-metre intersection running 2.2 grams gold per tonne.",
            ("NW-3", None, 44.9, [(2.2, "g/t", "Au")]),
        ),
        (
            "Hole KD-77 returned 50.7 metres grading 92.11 grams gold per tonne from 94 metres downhole.",
            ("KD-77", 94, 50.7, [(92.11, "g/t", "Au")]),
        ),
        (
            "Drill hole CX0774 cut 1.1 metres from 178.5 metres down hole grading 1,521.5 grams gold per tonne.",
            ("CX0774", 178.5, 1.1, [(1521.5, "g/t", "Au")]),
        ),
        (
            "Hole CX0778 returned 0.9 metre grading 28 grams gold from a depth of 166.9 metres.",
            ("CX0778", 166.9, 0.9, [(28, "g/t", "Au")]),
        ),
        (
            "- 6 m @ 1.20 g/t Au and 0.73 % Cu from surface in hole C7_RC21",
            ("C7_RC21", 0, 6, [(0.73, "%", "Cu"), (1.2, "g/t", "Au")]),
        ),
    ],
)
def test_newspaper_wording(text: str, expected: tuple[Any, ...]) -> None:
    (r,) = run(text)
    assert (r["hole"], r["from_m"], r["length_m"], r["grades"]) == expected


def test_estimated_true_width_abbreviated() -> None:
    rows = run(
        "Drilling returned 121.5 g/t gold over 2.10 m (estimated true width 1.60 m) in KV101; 84.0 g/t gold "
        "over 0.80 m (ETW 0.55 m) in KV102."
    )
    assert [(r["hole"], r["length_m"], r["true_width_m"]) for r in rows] == [("KV101", 2.1, 1.6), ("KV102", 0.8, 0.55)]


def test_depths_in_parentheses_after_the_length() -> None:
    text = (
        "Highlights:\n- Hole 12 - 44.5 metres (from 20 metres) averaging 2.7 grams gold;\n"
        "- Hole 14 - 31 metres (from surface) running 1.9 grams gold;"
    )
    assert [(r["hole"], r["from_m"], r["length_m"]) for r in run(text)] == [("12", 20, 44.5), ("14", 0, 31)]


def test_interval_with_depths_and_an_including_sentence() -> None:
    rows = run(
        "Hole QR-22-310 intersected a 150.5-metre interval from 4.5 to 155.0 metres that averaged 0.31% copper and "
        "0.21 g/t gold. This interval includes 62.0 metres of 0.52% copper starting at 4.5 metres."
    )
    assert [(r["hole"], r["from_m"], r["length_m"], r["parent"]) for r in rows] == [
        ("QR-22-310", 4.5, 150.5, None),
        ("QR-22-310", 4.5, 62.0, 0),
    ]


def test_within_a_broader_interval() -> None:
    rows = run(
        "Hole PX-7 returned 9.10 grams per tonne gold over 1.2 metres within a broader interval of 6.0 m grading "
        "2.4 gpt gold between 41 m and 47 m depth."
    )
    assert [(r["hole"], r["length_m"], r["from_m"], r["parent"]) for r in rows] == [
        ("PX-7", 1.2, None, 1),
        ("PX-7", 6.0, 41, None),
    ]


def test_adjective_between_connector_and_grade() -> None:
    (r,) = run("The discovery hole, KC-12-03, returned 4 metres at a remarkable 332 grams per tonne (g/t) gold.")
    assert (r["hole"], r["length_m"], r["grades"]) == ("KC-12-03", 4, [(332, "g/t", "Au")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mineralized interval in hole LB-7 was extended to 140.5 meters (starting at a depth of 180 meters) "
            "containing 0.74 g/t gold.",
            ("LB-7", 180, 140.5, [(0.74, "g/t", "Au")]),
        ),
        (
            "Hole SV-9 returned a 40-ft intercept that averages 0.081 opt Au starting at about 60 ft below surface.",
            ("SV-9", 18.288, 12.192, [(0.081, "oz/t", "Au")]),
        ),
        (
            "The results were 31 meters containing 0.41 g/t gold in hole 2b.",
            ("2b", None, 31, [(0.41, "g/t", "Au")]),
        ),
    ],
)
def test_heap_leach_wording(text: str, expected: tuple[Any, ...]) -> None:
    (r,) = run(text)
    assert (r["hole"], r["from_m"], r["length_m"], r["grades"]) == expected


def test_id_that_starts_with_its_kind() -> None:
    rows = run("Infill drilling continued. DDH-22-01 returned 8.0 m @ 1.9 g/t Au. TR-07 exposed 5.0 m @ 3.3 g/t Au.")
    assert [(r["hole"], r["length_m"], r.get("sample_type")) for r in rows] == [
        ("DDH-22-01", 8.0, None),
        ("TR-07", 5.0, "trench"),
    ]


def test_heading_names_the_hole_of_the_list_below() -> None:
    text = (
        "Results by hole\n\nDrill Hole MB-21-07\n\n- 12.0 m @ 2.10 g/t Au from 4.0 m\n- 5.5 m @ 1.20 g/t Au from 88.0 m"
        "\n\nDrill Hole MB-21-08\n\n- 3.0 m @ 9.10 g/t Au from 41.0 m\n"
    )
    assert [(r["hole"], r["length_m"]) for r in run(text)] == [("MB-21-07", 12.0), ("MB-21-07", 5.5), ("MB-21-08", 3.0)]


def test_hole_id_wrapped_to_the_next_line() -> None:
    (r,) = run("- 16.0m @ 2.16g/t Au from 37m\n(GX073); assays pending for the rest")
    assert (r["hole"], r["from_m"]) == ("GX073", 37)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hole MC-06 returned 3.12 g/t Au over 7.0 m core length (approximately 5.0 m true width).",
            ("MC-06", None, 7.0, 5.0),
        ),
        ("Hole SQ-12 returned 4.5 m of 0.22% eU3O8 (radiometric probe) from 312.5 m.", ("SQ-12", 312.5, 4.5, None)),
        ("Hole MC-09: 3.12 g/t Au over 7.0 m (102.0 - 109.0 m)", ("MC-09", 102.0, 7.0, None)),
    ],
)
def test_words_after_the_interval(text: str, expected: tuple[Any, ...]) -> None:
    (r,) = run(text)
    assert (r["hole"], r["from_m"], r["length_m"], r.get("true_width_m")) == expected


def test_depth_range_in_parentheses() -> None:
    (r,) = run("Hole RZ-7 returned 12.5 m at 3.2 g/t Au (45.0-57.5 m).")
    assert (r["hole"], r["from_m"], r["to_m"]) == ("RZ-7", 45.0, 57.5)


def test_true_width_is_an_extra() -> None:
    (r,) = run("Hole KV-3 returned 12.0 m (estimated true width 8.5 m) grading 5.1 g/t Au from 230.0 m.")
    assert (r["length_m"], r["true_width_m"], r["from_m"]) == (12.0, 8.5, 230.0)


def test_including_links_to_its_parent() -> None:
    rows = run(
        "- 29.0m @ 0.18% Cu from 248m, including 4.0m @\n0.46% Cu and 0.12g/t Au and 31.4g/t Ag from 249m (DX-001)."
        "\n- 34.0m @ 0.12% Cu from 212m (DX-002)."
    )
    assert [(r["hole"], r["length_m"], r["parent"], r.get("relation")) for r in rows] == [
        ("DX-001", 29.0, None, None),
        ("DX-001", 4.0, 0, "including"),
        ("DX-002", 34.0, None, None),
    ]


def test_grade_metres_extra() -> None:
    (r,) = run("Hole MB-21-04 intersected 12.5 metres grading 3.2 g/t gold and 0.5% Cu.")
    assert r["grade_metres"] == [
        {"commodity": "Au", "value": 40.0, "unit": "g/t*m"},
        {"commodity": "Cu", "value": 6.25, "unit": "%*m"},
    ]


def test_repeated_interval_is_given_once() -> None:
    text = (
        "Highlights:\n- 16.0m @ 2.16g/t Au, incl 7m @ 3.83g/t Au from 37m in HX073\n\n"
        "Results include:\n- 16.0m @ 2.16g/t Au, including 7m @ 3.83g/t Au in HX073;\n"
        "- 16.0m @ 2.16g/t Au from 12m\n"
    )
    assert brief(run(text)) == [("HX073", 16.0, [(2.16, "g/t", "Au")]), ("HX073", 7, [(3.83, "g/t", "Au")])]


def test_grade_without_commodity_takes_the_release_commodity() -> None:
    rows = run("Hole 78-4 cut 41.6 g/t over 0.7m. Hole 78-5 returned 15.44 g/t Au over 3 metres.")
    assert brief(rows) == [("78-4", 0.7, [(41.6, "g/t", "Au")]), ("78-5", 3, [(15.44, "g/t", "Au")])]


def test_text_without_results_is_left_alone() -> None:
    assert run("The Company closed a private placement of 5,000,000 units at $0.10 per unit.") == []
