"""End to end: ``assay extract`` writes intercepts and resources with their evidence."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assay.cli import main

RELEASE = """Example Gold Corp. Intersects 12.5 Metres of 3.20 g/t Gold at the Dome Zone

VANCOUVER, British Columbia, March 3, 2025 - Example Gold Corp. (TSXV: EXG) reports assays from its drill program.

Highlights:
- Hole DZ-25-014 intersected 12.5 metres grading 3.20 g/t gold from 45.0 metres, including 2.0 m at 11.85 g/t Au.
- Reverse circulation hole DZ-25-016 cut 100 feet grading 0.05 oz/t Au.

| Hole ID | From (m) | To (m) | Length (m) | Au (g/t) |
| --- | --- | --- | --- | --- |
| DZ-25-014 | 45.0 | 57.5 | 12.5 | 3.20 |
| including | 49.0 | 51.0 | 2.0 | 11.85 |
| DZ-25-015 | 110.2 | 118.7 | 8.5 | 1.44 |

The Dome zone hosts an Indicated Mineral Resource of 12.1 million tonnes at 1.15 g/t Au for 447,000 ounces of gold,
at a 0.35 g/t Au cut-off grade.
"""


def test_extract_writes_intercepts_and_resources(tmp_path: Path) -> None:
    src = tmp_path / "dome.txt"
    src.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads((out / "dome.json").read_text(encoding="utf-8"))
    got = [
        (i["hole"], i["length_m"], [(g["value"], g["unit"], g["commodity"]) for g in i["grades"]])
        for i in record["intercepts"]
    ]
    assert got == [
        ("DZ-25-014", 12.5, [(3.2, "g/t", "Au")]),
        ("DZ-25-014", 2.0, [(11.85, "g/t", "Au")]),
        ("DZ-25-016", 30.48, [(0.05, "oz/t", "Au")]),
        ("DZ-25-015", 8.5, [(1.44, "g/t", "Au")]),
    ]
    first = record["intercepts"][0]
    assert (first["from_m"], first["to_m"]) == (45, 57.5)
    assert first["grade_metres"] == [{"commodity": "Au", "value": 40.0, "unit": "g/t*m"}]
    assert record["intercepts"][1]["parent"] == 0
    assert record["intercepts"][2]["length_ft"] == 100
    ev = record["evidence"]["intercepts[0].hole"]
    assert RELEASE[ev["start"] : ev["end"]] == "DZ-25-014"
    (res,) = record["resources"]
    assert (res["category"], res["commodity"], res["tonnes"], res["cutoff"]) == (
        "indicated",
        "Au",
        12100000,
        "0.35 g/t Au",
    )
