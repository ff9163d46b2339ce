"""Resource and reserve estimates: composed statements and tables of the genre."""

from __future__ import annotations

from typing import Any

import pytest

from assay.extract import resources
from assay.model import Release, Source
from assay.normalise import normalise


def run(text: str) -> list[dict[str, Any]]:
    doc = normalise(text)
    release = Release(source=Source(path=None, sha256="", format="txt", chars=len(text)))
    resources.extract(doc, release)
    for r in release.resources:
        for v in (r.tonnes, r.grade, r.contained):
            if v is not None and v.span is not None:
                assert doc.original[v.span.start : v.span.end] == v.span.text
    return [r.to_plain() for r in release.resources]


def brief(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (r["category"], r["commodity"], r["tonnes"], r["grade"], r["grade_unit"], r["contained"], r["contained_unit"])
        for r in rows
    ]


CASES = [
    (
        "The estimate comprises a Measured and Indicated Mineral Resource of 30.5 million tonnes at 0.97 g/t AuEq for "
        "956 thousand ounces AuEq and an Inferred Mineral Resource of 8.7 million tonnes at 0.98 g/t AuEq for 277 "
        "thousand ounces AuEq.",
        [
            ("measured+indicated", "AuEq", 30.5e6, 0.97, "g/t", 956e3, "oz"),
            ("inferred", "AuEq", 8.7e6, 0.98, "g/t", 277e3, "oz"),
        ],
    ),
    (
        "The Dome zone hosts an Indicated Mineral Resource of 12.1 Mt at 1.15 g/t Au for 447,000 oz Au.",
        [("indicated", "Au", 12.1e6, 1.15, "g/t", 447000, "oz")],
    ),
    (
        "Proven and Probable Mineral Reserves total 10.2 million tonnes grading 2.1 g/t gold containing 689,000 "
        "ounces of gold.",
        [("proven+probable", "Au", 10.2e6, 2.1, "g/t", 689000, "oz")],
    ),
    (
        "Inferred Resources at the North zone stand at 850,000 tonnes averaging 1.8% Li2O.",
        [("inferred", "Li2O", 850000, 1.8, "%", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements(text: str, expected: list[tuple[Any, ...]]) -> None:
    got = brief(run(text))
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g[:2] == e[:2] and g[4] == e[4] and g[6] == e[6]
        for a, b in ((g[2], e[2]), (g[3], e[3]), (g[5], e[5])):
            assert a == pytest.approx(b) if b is not None else a is None


def test_cutoff_is_the_stated_one() -> None:
    (r,) = run(
        "The Dome zone hosts an Indicated Mineral Resource of 12.1 Mt at 1.15 g/t Au for 447,000 oz Au, reported "
        "at a 0.35 g/t Au cut-off grade."
    )
    assert r["cutoff"] == "0.35 g/t Au"


TABLE = """Table 1: Mineral Resource Estimate (cut-off 0.2% Cu)

| Category | Tonnes (Mt) | Cu (%) | Au (g/t) | Cu (Mlbs) | Au (koz) |
| --- | --- | --- | --- | --- | --- |
| Measured | 12.4 | 0.45 | 0.21 | 123.0 | 84 |
| Indicated | 40.1 | 0.38 | 0.15 | 336.0 | 193 |
| Inferred | 22.0 | 0.31 | 0.12 | 150.4 | 85 |
"""


def test_estimate_table() -> None:
    rows = run(TABLE)
    assert [(r["category"], r["commodity"]) for r in rows] == [
        ("measured", "Cu"),
        ("measured", "Au"),
        ("indicated", "Cu"),
        ("indicated", "Au"),
        ("inferred", "Cu"),
        ("inferred", "Au"),
    ]
    first = rows[0]
    assert (first["tonnes"], first["grade"], first["contained"], first["contained_unit"]) == (
        pytest.approx(12.4e6),
        0.45,
        pytest.approx(123e6),
        "lb",
    )
    assert rows[1]["contained"] == pytest.approx(84e3) and rows[1]["contained_unit"] == "oz"
    assert {r["cutoff"] for r in rows} == {"0.2% Cu"}


@pytest.mark.parametrize(
    "text",
    [
        "The mill processed 3,200 tonnes per day at 4.1 g/t Au during the quarter, and resources were updated.",
        "Hole MB-21-04 intersected 12.5 metres grading 3.2 g/t gold; an inferred resource is planned.",
        "The Company closed a private placement of 5,000,000 units at $0.10 per unit.",
    ],
)
def test_not_resources(text: str) -> None:
    assert run(text) == []


def test_historic_estimate_is_marked() -> None:
    (r,) = run("The property hosts a historical inferred resource of 1.2 million tons grading 0.15 oz/ton gold.")
    assert (r["category"], r["tonnes"], r["grade_unit"], r["historic"]) == ("inferred", 1.2e6, "oz/t", True)
