"""End to end: ``assay extract`` on the bundled samples writes the header, listings and people."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assay.cli import main

EXPECTED = {
    "000_6b54678625a90f47": {
        "issuer": "Emgold Mining Corporation",
        "release_date": "2006-05-01",
        "headline": "EMGOLD'S ANNUAL FINANCIAL STATEMENTS FILED",
        "listings": [("TSXV", "EMR")],
        "people": ["Shannon Ross", "Michael O'Connor"],
        "categories": ["financial_results"],
    },
    "001_d6c5076e6c68279f": {
        "issuer": "Emgold Mining Corporation",
        "release_date": "2004-05-31",
        "headline": "EMGOLD - FIRST QUARTER RESULTS",
        "listings": [("TSXV", "EMR")],
        "people": ["William J. Witte"],
        "categories": ["financial_results", "property_transaction"],
    },
    "002_fcad98c9ea8e1307": {
        "issuer": "Emgold Mining Corporation",
        "release_date": "2011-11-21",
        "headline": "Emgold Closes First Tranche of Private Placement Financing",
        "listings": [("TSXV", "EMR"), ("OTC", "EGMCF"), ("FSE", "EML")],
        "people": ["Robert Pease", "David G. Watkinson"],
        "categories": ["financing"],
    },
}


def test_extract_samples_to_directory(samples: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(samples), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for stem, want in EXPECTED.items():
        record = json.loads((tmp_path / f"{stem}.json").read_text())
        assert record["issuer"]["name"] == want["issuer"]
        assert record["release_date"] == want["release_date"]
        assert record["headline"] == want["headline"]
        assert [(x["exchange"], x["symbol"]) for x in record["listings"]] == want["listings"]
        assert [p["name"] for p in record["people"]] == want["people"]
        assert record["categories"] == want["categories"]
        original = (samples / f"{stem}.txt").read_text()
        for path, ev in record["evidence"].items():
            if "start" in ev:
                assert original[ev["start"] : ev["end"]] == ev["text"], path
        assert "issuer.name" in record["evidence"]
        assert "release_date" in record["evidence"]


def test_extract_jsonl_on_stdout(samples: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(samples / "002_fcad98c9ea8e1307.txt")])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip().splitlines()[0])
    people = {p["name"]: p for p in record["people"]}
    assert people["David G. Watkinson"]["role"] == "President & CEO"
    assert people["David G. Watkinson"]["designations"] == ["P.Eng."]
    assert people["Robert Pease"]["role"] == "Chief Geologist; Qualified Person"
    assert [r for r in people["Robert Pease"]["roles"]] == ["Chief Geologist", "Qualified Person"]
