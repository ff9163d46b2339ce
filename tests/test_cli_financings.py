"""End to end: the seed release's financing through the ``assay extract`` command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assay.cli import main

SEED_FINANCING = {
    "status": "closed",
    "tranche": "first",
    "brokered": False,
    "security": "units",
    "count": 11_620_000,
    "price": 0.10,
    "currency": "CAD",
    "gross_proceeds": 1_162_000,
    "warrants_per_unit": 1,
    "warrant_exercise_price": 0.15,
    "warrant_term_months": 24,
    "finder_fee_cash": 53_600,
    "finder_warrants": 536_000,
    "hold_period_months": 4,
}


def test_seed_financing_through_the_cli(samples: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(samples / "002_fcad98c9ea8e1307.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "002_fcad98c9ea8e1307.json").read_text())
    assert len(record["financings"]) == 1
    got = record["financings"][0]
    assert {k: got[k] for k in SEED_FINANCING} == SEED_FINANCING
    # every value carries the span of the original text it came from
    original = (samples / "002_fcad98c9ea8e1307.txt").read_text()
    ev = record["evidence"]
    assert ev["financings[0].count"]["text"] == "11,620,000"
    assert ev["financings[0].price"]["text"] == "CDN\\$0.10 per Unit"
    assert ev["financings[0].finder_fee_cash"]["text"] == "CDN\\$53,600"
    for key in SEED_FINANCING:
        span = ev[f"financings[0].{key}"]
        assert original[span["start"] : span["end"]] == span["text"]
    checks = {c["name"]: c for c in record["checks"] if c["about"] == "financings[0]"}
    assert checks["count_x_price"]["ok"] is True
    assert checks["finder_warrants_within_sold"]["ok"] is True
    assert checks["warrant_term_sane"]["ok"] is True
