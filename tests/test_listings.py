"""Listings: every common way a release gives its exchanges and tickers."""

from __future__ import annotations

import pytest

from partial import run, spans_ok

CASES = [
    ("Finch Minerals Ltd. (TSXV: FYN) is pleased", [("TSXV", "FYN")]),
    ('Paramount Minerals Corporation (TSX VENTURE:PRM) (the "Company")', [("TSXV", "PRM")]),
    ('Halcyon Mining Corporation ("Halcyon") (TSX: HMC, HMC.WT) announced', [("TSX", "HMC")]),
    ("Ridge Resources Inc. (TSX: RR, AMEX: RRB) is pleased", [("TSX", "RR"), ("NYSE-AMERICAN", "RRB")]),
    (
        "Oriole Mining Corp. (TSX:OMX)(OTCQX:OMXCF)(FRANKFURT:OMZ) announces",
        [("TSX", "OMX"), ("OTC", "OMXCF"), ("FSE", "OMZ")],
    ),
    ("Aurum Resources Ltd. (TSXV: AUR) (OTCQB: AURUF) (FSE: 20Q)", [("TSXV", "AUR"), ("OTC", "AURUF"), ("FSE", "20Q")]),
    ('Westgold Mining Corporation (WGM: TSX-V)("Westgold")', [("TSXV", "WGM")]),
    ("Westgold Mining Corporation (WGM:TSX Venture Exchange) announces", [("TSXV", "WGM")]),
    ("May 31, 2004 Ticker Symbol: WGM-TSX Venture Exchange", [("TSXV", "WGM")]),
    ("May 1, 2006 Ticker Symbol: WGM - TSX Venture Exchange", [("TSXV", "WGM")]),
    (
        "TSX Venture Exchange: WGM\nOTC Bulletin Board: WGMCF\nU.S. 20-F Registration: 000-51411\n"
        "Frankfurt Stock Exchange: WGL",
        [("TSXV", "WGM"), ("OTC", "WGMCF"), ("FSE", "WGL")],
    ),
    ('Northern Zinc Corporation ("TSX-NZC") announced', [("TSX", "NZC")]),
    ('Pinnacle Gold Corp. (PNGL:OTC) or ("Pinnacle")', [("OTC", "PNGL")]),
    ('Koru Metals Limited (ASX: KRM ) ("Koru")', [("ASX", "KRM")]),
    ("March 3, 2009\nTSX Venture Exchange Symbol: **QRT**\n\nQuartz Ridge Begins Drilling", [("TSXV", "QRT")]),
    ("ASX ANNOUNCEMENT\nASX Code: TLM\n12 May 2021", [("ASX", "TLM")]),
    ("NYSE American Ticker: BRQ | TSX Ticker Symbol: BRQ", [("NYSE-AMERICAN", "BRQ"), ("TSX", "BRQ")]),
    ('Orion Mining Inc. ("Orion") (TSX-V:ORM)(AIM:ORM) announces', [("TSXV", "ORM"), ("AIM", "ORM")]),
    (
        "Gossamer Resources Limited (TSX VENTURE:GSR)(FRANKFURT/FREIVERKEHR XETRA:GRR) has",
        [("TSXV", "GSR"), ("FSE", "GRR")],
    ),
    ('Highland Mines Limited ("Highland") (TSX Venture:HML; OTCBB:HMLCF)', [("TSXV", "HML"), ("OTC", "HMLCF")]),
    (
        'Tierra Silver Corp. ("Tierra" or the "Company," TSR: TSX Venture; TSRSF: OTC Markets; 7TS: Frankfurt)',
        [("TSXV", "TSR"), ("OTC", "TSRSF"), ("FSE", "7TS")],
    ),
    ("Valley Gold Plc / Ticker: VGP / Market: AIM / Sub-sector: Gold Mining", [("AIM", "VGP")]),
    (
        'conditional approval to list its common shares on the TSX Venture Exchange ("TSXV") under the symbol "ARDC".',
        [("TSXV", "ARDC")],
    ),
    (
        "Ardent is traded on the TSX-V under the symbol ARD and in Frankfurt/Berlin with symbol M2X.",
        [("TSXV", "ARD"), ("FSE", "M2X"), ("OTHER", "M2X")],
    ),
    # symbol before the exchange, with spaces before the exchange's name
    ("Its shares trade under the symbol KRX on the   TSX Venture Exchange.", [("TSXV", "KRX")]),
    ("(KRX:  TSX-V; KRXF :  OTC)", [("TSXV", "KRX"), ("OTC", "KRXF")]),
    ("Ticker Symbol: KRX -  TSX Venture Exchange", [("TSXV", "KRX")]),
    ("Ticker: KRX / Market:\tAIM", [("AIM", "KRX")]),
    ("Cobalt Ridge Corp. (CSE: CRC) (OTC Pink: CRCRF)", [("CSE", "CRC"), ("OTC", "CRCRF")]),
    ("Basin Lithium Inc. (NYSE American: BLI) (TSX: BLI)", [("NYSE-AMERICAN", "BLI"), ("TSX", "BLI")]),
    ("Vista Copper Ltd. (Cboe Canada: VCU) and (NEO: VCX)", [("NEO", "VCU"), ("NEO", "VCX")]),
    ("Koru Metals Limited (ASX:KRM) (AIM: KRU) (NASDAQ: KRMX)", [("ASX", "KRM"), ("AIM", "KRU"), ("NASDAQ", "KRMX")]),
    # an exchange without a ticker is no listing
    ('final approval from the TSX Venture Exchange ("TSX-V"), and the TSX-V. The Company', []),
    ("Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility.", []),
    ("NEITHER THE TSX VENTURE EXCHANGE NOR ITS REGULATION SERVICES PROVIDER ACCEPTS RESPONSIBILITY", []),
    ('The trading symbol will change from "DGO" to "LEAP" on the new name.', []),
    ("the partner, a TSX-V listed company, and CSE-listed Basin Corp.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_listings(text: str, expected: list[tuple[str, str]]) -> None:
    r = run(text, "listings")
    got = [(x.exchange.value, x.symbol.value) for x in r.listings]
    assert got == expected
    assert spans_ok(text, r)


def test_listing_spans_point_at_ticker_and_exchange() -> None:
    text = "Finch Minerals Ltd. (TSXV: FYN) is pleased"
    r = run(text, "listings")
    ev = r.to_dict()["evidence"]
    assert ev["listings[0].symbol"]["text"] == "FYN"
    assert ev["listings[0].exchange"]["text"] == "TSXV"
