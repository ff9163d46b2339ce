"""End to end: the seed release's financing through the ``assay extract`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


# A whole release in the genre: boilerplate, headline, dateline, terms and fees in separate paragraphs.
RELEASE = (
    "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED "
    "STATES\n"
    "\n"
    "Blackwater Ridge Closes Oversubscribed $2.1 Million Private Placement\n"
    "\n"
    "VANCOUVER, British Columbia, March 14, 2022 (GLOBE NEWSWIRE) -- Blackwater Ridge Minerals Corp."
    ' (TSXV: BWR) (OTCQB: BWRMF) ("Blackwater" or the "Company") is pleased to announce that it has '
    'closed its previously announced non-brokered private placement (the "Offering"), which was '
    "upsized due to strong demand.\n"
    "\n"
    'Under the Offering, the Company issued 14,000,000 units of the Company (the "Units") at a price'
    " of C$0.15 per Unit for aggregate gross proceeds of C$2,100,000. Each Unit consists of one "
    'common share of the Company (a "Share") and one-half of one Share purchase warrant (each whole '
    'warrant, a "Warrant"). Each Warrant entitles the holder to acquire one additional Share at an '
    "exercise price of C$0.25 until March 14, 2025. If, at any time after the expiry of the "
    "statutory hold period, the volume weighted average trading price of the Shares on the TSX "
    "Venture Exchange is equal to or greater than C$0.50 for a period of 10 consecutive trading "
    "days, the Company may accelerate the expiry date of the Warrants.\n"
    "\n"
    '"We are delighted with the support shown by both existing and new shareholders," said Jane Doe,'
    ' CEO of Blackwater. "With this financing we are fully funded for our 2022 drill program."\n'
    "\n"
    "The Company intends to use the net proceeds of the Offering for exploration of the Copper Queen"
    " project and for general working capital.\n"
    "\n"
    "Certain directors and officers of the Company purchased an aggregate of 1,000,000 Units under "
    'the Offering. Their participation constitutes a "related party transaction" under Multilateral '
    "Instrument 61-101.\n"
    "\n"
    "In connection with the Offering, the Company paid cash finder's fees of C$84,000 to Haywood "
    "Securities Inc. and Red Cloud Securities Inc. and issued an aggregate of 560,000 "
    'non-transferable finder warrants (the "Finder Warrants"). Each Finder Warrant is exercisable '
    "into one Share at a price of C$0.15 for a period of 24 months.\n"
    "\n"
    "All securities issued in connection with the Offering are subject to a statutory hold period "
    "expiring July 15, 2022.\n"
    "\n"
    "About Blackwater Ridge Minerals Corp.\n"
    "\n"
    "Blackwater is a copper exploration company. Forward-looking statements: This release contains "
    "forward-looking statements regarding the use of proceeds of the Offering.\n"
)


def test_whole_release_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "blackwater.txt"
    src.write_text(RELEASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out" / "blackwater.json").read_text())
    assert record["release_date"] == "2022-03-14"
    (f,) = record["financings"]
    assert {k: f[k] for k in SEED_FINANCING} == {
        "status": "closed",
        "tranche": None,
        "brokered": False,
        "security": "units",
        "count": 14_000_000,
        "price": 0.15,
        "currency": "CAD",
        "gross_proceeds": 2_100_000,
        "warrants_per_unit": 0.5,
        "warrant_exercise_price": 0.25,  # not the C$0.50 acceleration trigger
        "warrant_term_months": 36,  # March 14, 2025 from the release date
        "finder_fee_cash": 84_000,
        "finder_warrants": 560_000,
        "hold_period_months": 4,  # July 15, 2022 from the release date
    }
    assert f["finders"] == "Haywood Securities Inc. and Red Cloud Securities Inc."
    assert f["use_of_proceeds"].startswith("exploration of the Copper Queen project")
    assert f["insider_participation"] is True
    assert record["evidence"]["financings[0].warrant_term_months"]["note"] == "months to the expiry date"


# An ASX placement: options attach to the shares, their terms come in a later paragraph.
ASX_RELEASE = (
    "ASX ANNOUNCEMENT\n"
    "9 October 2023\n"
    "\n"
    "Bandicoot Minerals Limited (ASX: BDM)\n"
    "\n"
    "A$1.8 MILLION PLACEMENT TO FUND MARDA DRILLING\n"
    "\n"
    "Highlights\n"
    "- Firm commitments for a A$1.8 million Placement at A$0.03 per share\n"
    "- One free attaching option for every three Placement Shares\n"
    "\n"
    'Bandicoot Minerals Limited ("Bandicoot" or "the Company") has received firm commitments from '
    "sophisticated investors for a placement of 60,000,000 fully paid ordinary shares at an issue price "
    'of A$0.03 per share to raise A$1.8 million before costs (the "Placement").\n'
    "\n"
    "Investors will receive one free attaching unlisted option for every three shares subscribed for. "
    "The options will be exercisable at A$0.05 and will expire on 9 October 2026.\n"
    "\n"
    "Kookaburra Capital Pty Ltd is lead manager to the Placement and will receive a fee of 6% of the "
    "funds raised.\n"
)


def test_asx_placement_with_attaching_options(tmp_path: Path) -> None:
    src = tmp_path / "bandicoot.txt"
    src.write_text(ASX_RELEASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out" / "bandicoot.json").read_text())
    (f,) = record["financings"]
    assert {k: f[k] for k in ("status", "security", "count", "price", "currency", "gross_proceeds")} == {
        "status": "announced",
        "security": "shares",
        "count": 60_000_000,
        "price": 0.03,
        "currency": "AUD",
        "gross_proceeds": 1_800_000,
    }
    assert f["warrants_per_unit"] == pytest.approx(1 / 3)
    assert f["warrant_exercise_price"] == 0.05
    assert f["warrant_term_months"] == 36
    assert f["finder_fee_pct"] == 6
    assert f["finder_fee_cash"] is None  # announced: the fee is not computed
