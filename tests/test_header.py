"""Header: issuer name, release date and headline, on snippets in the genre."""

from __future__ import annotations

import datetime as dt

import pytest

from partial import run, spans_ok

D = dt.date

DATES = [
    (
        "Northfield Closes Financing\n\nVANCOUVER, BRITISH COLUMBIA--(Marketwire - Dec. 6, 2007) - Northfield "
        "Metals Inc. (TSX VENTURE:NFM) is pleased to announce the closing.",
        D(2007, 12, 6),
    ),
    (
        "Toronto, Ontario--(Newsfile Corp. - September 20, 2019) - Lakeview Gold Ltd. (TSXV: LKG) announces a "
        "private placement.",
        D(2019, 9, 20),
    ),
    ("VANCOUVER, Dec. 18, 2019 /CNW/ - Ridgeback Minerals Ltd. (TSXV: RBM) has closed its offering.", D(2019, 12, 18)),
    (
        "BURLINGTON, March 8, 2021 - Kestrel Resources Corp. (CSE: KES) reports results from its spring program.",
        D(2021, 3, 8),
    ),
    (
        "WESTERN GOLD CORPORATION\n\nMay 31, 2004 Ticker Symbol: WGC-TSX Venture Exchange\n\nFIRST QUARTER",
        D(2004, 5, 31),
    ),
    (
        'February 26, 2026 - Vancouver, British Columbia - Ardent Copper Corp. ("Ardent") announces a purchase.',
        D(2026, 2, 26),
    ),
    (
        "ASX/Media Announcement 2 April 2020\nStrong results from Kora drilling\nKoru Metals Limited (ASX: KRM)",
        D(2020, 4, 2),
    ),
    (
        "Halcyon Reports Results for the Quarter\nEnded June 30, 2010\nTORONTO, Aug. 16 /CNW/ - Halcyon Mining "
        "Corporation (TSX: HMC) announced today its results for the six months ended June 30, 2010.",
        D(2010, 8, 16),
    ),
    (
        "TORONTO, Jan. 12 /CNW/ - Halcyon Mining Corporation (TSX: HMC) reports its results for the year ended "
        "December 31, 2009.",
        D(2010, 1, 12),
    ),
    (
        '---\ntitle: "Ardent Copper Grants Options"\ndate: "2025-02-13 08:44:26"\n---\n\nVANCOUVER, British Columbia, '
        "Feb. 12, 2025 (GLOBE NEWSWIRE) - Ardent Copper Corp. announces a grant of options.",
        D(2025, 2, 12),
    ),
    (
        "---\ntitle: Ardent Copper Lists Its Shares\ndate: 2026-06-05\n---\n"
        "Vancouver - Ardent Copper Corp. is pleased.",
        D(2026, 6, 5),
    ),
    (
        "VANCOUVER, BC / ACCESSWIRE / March 5, 2024 / Silver Peak Mining Corp. (TSXV:SPK) is pleased to report.",
        D(2024, 3, 5),
    ),
    ("Perth, Western Australia, 5 March 2024: Red Dune Minerals Limited (ASX: RDM) reports.", D(2024, 3, 5)),
    ("Note from the editor\n\nThe company said on June 30, 2010 that it had cash.", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_release_date(text: str, expected: dt.date | None) -> None:
    r = run(text, "header")
    assert (r.release_date.value if r.release_date else None) == expected
    assert spans_ok(text, r)


HEADLINES = [
    (
        "Ridgeback Closes $2.5 Million Private Placement\nVANCOUVER, July 26, 2013 /CNW/ - "
        "Ridgeback Ltd. (TSX: RB) is pleased.",
        "Ridgeback Closes $2.5 Million Private Placement",
    ),
    ("VANCOUVER, July 26, 2013 /CNW/ - Ridgeback Ltd. (TSX: RB) is pleased to announce it has closed.", None),
    (
        "Marketwire\nVANCOUVER, BRITISH COLUMBIA--(Marketwired - Nov. 14, 2013) - Ridgeback Ltd. (TSX:RB) announces.",
        None,
    ),
    (
        "RIDGEBACK MINERALS LTD.\n\n1400 - 570 Granville Street Vancouver, B.C. Canada V6C 3P1 www.ridgeback.com\n\n"
        "May 1, 2006 Ticker Symbol: RBM - TSX Venture Exchange\n\nRIDGEBACK'S ANNUAL FINANCIAL STATEMENTS FILED\n\n"
        "Ridgeback Minerals Ltd. (RBM: TSX-V) announces its results for the year ended December 31, 2005.",
        "RIDGEBACK'S ANNUAL FINANCIAL STATEMENTS FILED",
    ),
    (
        "Halcyon Reports Results for the Quarter\nEnded June 30, 2010\nTORONTO, Aug. 16 /CNW/ - Halcyon Mining "
        "Corporation (TSX: HMC) announced today its results.",
        "Halcyon Reports Results for the Quarter Ended June 30, 2010",
    ),
    (
        "Kestrel closes $1.2M first tranche\n\n2023-06-26 14:14 ET - News Release\n\nMr. Jan Moller reports\n\n"
        "KESTREL RESOURCES CLOSES FIRST TRANCHE OF PRIVATE PLACEMENT\n\nKestrel Resources Corp. has closed the first "
        "tranche of a private placement announced on May 9, 2023.",
        "KESTREL RESOURCES CLOSES FIRST TRANCHE OF PRIVATE PLACEMENT",
    ),
    (
        "==> picture [596 x 108] intentionally omitted <==\nASX/Media Announcement 2 April 2020\n"
        "Strong results from Kora "
        "drilling\nResource update for the Kora project expected in June Quarter\n-\nFurther significant results from "
        "recent drilling at the Kora deposit, with highlights including:",
        "Strong results from Kora drilling",
    ),
    (
        '---\ntitle: "Ardent Copper Grants Stock Options"\ndate: "2025-02-13"\n---\nVANCOUVER, Feb. 12, 2025 - Ardent.',
        "Ardent Copper Grants Stock Options",
    ),
    (
        "# Ardent to Change Name to Quantum Copper\n\nVANCOUVER, BC - March 13, 2025 (NEWMEDIAWIRE) - "
        "Ardent Copper Inc.",
        "Ardent to Change Name to Quantum Copper",
    ),
    (
        "ASX ANNOUNCEMENT\n5 March 2024\n\nMaiden Mineral Resource Estimate at Koolan\n\nHIGHLIGHTS\n"
        "- 12.4Mt at 1.1% Li2O\n\nPerth, Western Australia - Red Dune Minerals Limited (ASX: RDM) is pleased "
        "to announce a maiden estimate.",
        "Maiden Mineral Resource Estimate at Koolan",
    ),
    (
        "Fox Lake Gold\n\nFox Lake Gold Expands the Bear Creek Zone\n\nVANCOUVER, BC, April 2, 2024 /CNW/ - Fox Lake "
        "Gold Corp. (TSXV: FOX) reports.",
        "Fox Lake Gold Expands the Bear Creek Zone",
    ),
    (
        "PRESS RELEASE\nMarch 30, 2005\nFOR IMMEDIATE RELEASE\n·\nNorthern Zinc Reports 2004 Financial Results\n"
        'Northern Zinc Corporation ("TSX-NZC") announced today that it has filed its audited financial statements.',
        "Northern Zinc Reports 2004 Financial Results",
    ),
    (
        "Valley Gold Plc / Ticker: VGP / Market: AIM / Sub-sector: Gold Mining\n17 August 2009\nValley Gold Plc "
        '("VGP" or the "Company")\nBoard Change\nValley Gold Plc, the AIM quoted gold mining company, announces that '
        "its chairman will retire at the annual general meeting.",
        "Board Change",
    ),
    # listing lines naming the over-the-counter board in its several writings
    (
        "OSPREY COPPER CORP.\n\nMarch 3, 2005\n\nTSX Venture Exchange: OSP\nOTC BB: OSPCF\n\nNEWS RELEASE\n\n"
        "OSPREY DRILLS 30 METRES OF 1.2% COPPER AT FALCON LAKE\n\nOsprey Copper Corp. reports results.",
        "OSPREY DRILLS 30 METRES OF 1.2% COPPER AT FALCON LAKE",
    ),
    (
        "OSPREY COPPER CORP.\n\nMarch 3, 2005\n\nOTC Pink: OSPCF\n\n"
        "Osprey Begins Drilling at Falcon Lake\n\nOsprey Copper Corp. reports results.",
        "Osprey Begins Drilling at Falcon Lake",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline(text: str, expected: str | None) -> None:
    r = run(text, "header")
    assert (r.headline.value if r.headline else None) == expected
    assert spans_ok(text, r)


ISSUERS = [
    ('NORTHFIELD METALS INC.\n\nNorthfield Metals Inc. (TSXV: NFM) ("Northfield") reports.', "Northfield Metals Inc."),
    (
        "VANCOUVER, July 26, 2013 /CNW/ - Golden Ridge Mining Co. Ltd. (TSX: GRM) is pleased.",
        "Golden Ridge Mining Co. Ltd.",
    ),
    (
        'TORONTO, Feb. 07, 2025 (GLOBE NEWSWIRE) - **Sunrise Copper Inc.,**  ("**Sunrise**" or the '
        '"**Company**") is pleased.',
        "Sunrise Copper Inc.",
    ),
    (
        'VANCOUVER, Feb. 12, 2025 (GLOBE NEWSWIRE) - *Ardent Copper Corp*. , "Ardent" or the "Company") '
        'announces that it has entered into an agreement with Daniel G. Brooks Consulting Inc. (the "Consultant").',
        "Ardent Copper Corp.",
    ),
    ('Toronto - Loyal Exploration Limited. ("Loyal" or the "Company") is pleased.', "Loyal Exploration Limited"),
    (
        "Kestrel closes first tranche\n\nKestrel Resources Corp. has closed a private placement led by Canaccord "
        "Genuity Corp.",
        "Kestrel Resources Corp.",
    ),
    (
        'June 18, 2003, Vancouver, BC - Jane Doe, President of Highland Mines Limited ("Highland") (TSX Venture:HML) '
        "is pleased to announce.",
        "Highland Mines Limited",
    ),
    ('Valley Gold Plc ("VGP" or the "Company")\nBoard Change', "Valley Gold Plc"),
    (
        "TORONTO--(BUSINESS WIRE)--Northern Arc Gold Inc. (TSX: NAG) today announced the closing of its offering.",
        "Northern Arc Gold Inc.",
    ),
    ("A short note with no company in it.", None),
]


@pytest.mark.parametrize(("text", "expected"), ISSUERS)
def test_issuer(text: str, expected: str | None) -> None:
    r = run(text, "header")
    assert (r.issuer.value if r.issuer else None) == expected
    assert spans_ok(text, r)


_FILLER = "The crews logged core and shipped samples to the laboratory for analysis. "


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # the nearest full date gives the year, however far it stands (within the reach)
        ("", " It follows the program announced on December 2, 2018.", D(2019, 1, 16)),
        ("", _FILLER * 30 + "It follows the program announced on December 2, 2018.", D(2019, 1, 16)),
        ("", _FILLER * 60 + "It follows the program announced on June 2, 2021.", D(2021, 1, 16)),
        # a nearer date wins over a farther one, before or after
        ("", "Results of March 3, 2020 follow. " + _FILLER * 40 + "Compare June 2, 2015.", D(2020, 1, 16)),
        (
            "",
            _FILLER * 40 + "On March 3, 2020 drilling resumed. " + _FILLER * 30 + "Since June 2, 2015.",
            D(2020, 1, 16),
        ),
        # no full date in the text: no year, no date
        ("", _FILLER * 10 + "The fiscal 2019 budget is unchanged.", None),
    ],
)
def test_year_less_dateline_takes_the_nearest_full_dates_year(
    before: str, after: str, expected: dt.date | None
) -> None:
    text = f"Kestrel Extends Drilling\n\n{before}TORONTO, Jan. 16 /CNW/ - Kestrel Resources Corp. reports. {after}"
    got = run(text, "header").release_date
    assert (got.value if got else None) == expected
