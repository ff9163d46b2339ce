"""End to end: ``assay extract`` on the bundled samples writes facts and their checks."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assay.cli import main
from assay.parse.money import parse_money


def test_extract_samples_facts(samples: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(samples), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    annual = json.loads((tmp_path / "000_6b54678625a90f47.json").read_text())
    facts = annual["facts"]
    assert len(facts) == 39
    loss = next(f for f in facts if f["value"] == 5245165)
    assert (loss["concept"], loss["period_end"], loss["period_months"]) == ("net_loss", "2005-12-31", 12)
    jazz = next(f for f in facts if f["value"] == 9706)
    assert (jazz["concept"], jazz["item"]) == ("other", "Jazz")
    # every fact's value carries the span of the original text it came from
    text = (samples / "000_6b54678625a90f47.txt").read_text()
    for i, f in enumerate(facts):
        ev = annual["evidence"][f"facts[{i}].value"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        money = parse_money(ev["text"].replace("\\", ""))
        assert money is not None and money.amount == f["value"]
    sums = [c for c in annual["checks"] if c["name"] == "breakdown_sum"]
    assert {c["expected"] for c in sums} == {1729799, 3533515, 1769659, 998631}
    assert all(c["ok"] for c in sums)

    quarter = json.loads((tmp_path / "001_d6c5076e6c68279f.json").read_text())
    wc = next(f for f in quarter["facts"] if f["concept"] == "working_capital")
    assert (wc["value"], wc["currency"], wc["period_end"], wc["period_months"]) == (5708008, "USD", "2004-03-31", None)
    assert len(quarter["facts"]) == 10

    financing = json.loads((tmp_path / "002_fcad98c9ea8e1307.json").read_text())
    assert financing["facts"] == []
