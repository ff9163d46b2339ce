"""Five hand-written releases of two issuers, with their records.

Northern Vale reports a quarter's loss in 2004, the same quarter again as a
comparative in 2005 (with a different figure: a possible restatement),
changes its name in 2011 ("formerly ...") with a new ticker, and a later
release names it only by that ticker. Bluewater Copper reports drill results
and a flow-through financing.
"""

from __future__ import annotations

from assay.model import Release, Value
from store.build import fact, financing, intercept, person, release

Q1_2004 = """NORTHERN VALE MINING CORPORATION
Suite 800 - 1055 West Hastings Street, Vancouver, B.C.

May 28, 2004  TSX Venture Exchange: NVM

NORTHERN VALE - FIRST QUARTER RESULTS

Northern Vale Mining Corporation (TSX-V: NVM) announces its results for the three months ended
March 31, 2004. The Company incurred a net loss of $1,416,040 compared to a net loss of $341,040 in the
three months ended March 31, 2003. Exploration expenditures on the Red Fern Property totalled $212,500.

Harold P. Lindqvist, President and Chief Executive Officer
"""

Q1_2005 = """Northern Vale Mining Corp.
TSX Venture Exchange: NVM

May 30, 2005

Northern Vale Reports First Quarter 2005 Results

Northern Vale Mining Corp. (TSXV: NVM) reports a net loss of $1,250,000 for the three months ended
March 31, 2005, compared to a net loss of $1,516,040 for the three months ended March 31, 2004, and a
loss for the year ended December 31, 2004 of $5.4 million. Exploration expenditures on the Red Fern
property were $98,250 in the quarter.

Harold P. Lindqvist, President
"""

CLOSING_2011 = """Northern Vale Gold Inc.
(formerly Northern Vale Mining Corp.)

November 21, 2011

TSX Venture Exchange: NVG    OTCQB: NVGLF

Northern Vale Gold Closes Non-Brokered Private Placement

Northern Vale Gold Inc. (formerly Northern Vale Mining Corp.) (the "Company") has closed its
non-brokered private placement of 11,620,000 units at a price of $0.10 per unit for gross proceeds of
$1,162,000. Each unit consists of one common share and one warrant exercisable at $0.15 for 24 months.
For the year ended December 31, 2004 the Company reported a loss of $5,446,629.

Harold Lindqvist, Chief Executive Officer
"""

BY_TICKER_2012 = """NEWS RELEASE  TSX Venture Exchange: NVG

March 5, 2012

Annual General Meeting Results

All resolutions put to shareholders at the annual general meeting were passed. The Company granted
incentive stock options to directors and officers.
"""

BLUEWATER_2012 = """BLUEWATER COPPER LTD.
CSE: BWC

June 14, 2012

Bluewater Copper Intersects 42.0 Metres of 1.85% Copper and Closes Flow-Through Financing

Bluewater Copper Ltd. (CSE: BWC) reports assays from hole BW-12-07, which intersected 42.0 metres
grading 1.85% Cu and 0.62 g/t Au, including 6.5 metres grading 4.10% Cu and 2.30 g/t Au. Hole BW-12-09
returned 12.0 metres of 0.45 oz/t Au. The Company also closed a flow-through private placement of
3,000,000 flow-through shares at $0.50 per share for gross proceeds of $1,500,000.

Alana M. Whitford, P.Geo., Vice President Exploration
"""


def northern_2004() -> tuple[Release, str]:
    r, s = release(Q1_2004, "Northern Vale Mining Corporation", "May 28, 2004", (("TSX-V", "TSXV", "NVM"),))
    r.headline = s("NORTHERN VALE - FIRST QUARTER RESULTS")
    r.categories = [Value("financial_results")]
    r.facts = [
        fact(s, "net_loss", "1,416,040", "2004-03-31", 3),
        fact(s, "net_loss", "341,040", "2003-03-31", 3),
        fact(s, "exploration_expenditure", "212,500", "2004-03-31", 3, item="Red Fern Property"),
    ]
    r.people = [person(s, "Harold P. Lindqvist", "President and Chief Executive Officer")]
    return r, Q1_2004


def northern_2005() -> tuple[Release, str]:
    r, s = release(Q1_2005, "Northern Vale Mining Corp.", "May 30, 2005", (("TSXV", "TSXV", "NVM"),))
    r.headline = s("Northern Vale Reports First Quarter 2005 Results")
    r.categories = [Value("financial_results")]
    r.facts = [
        fact(s, "net_loss", "1,250,000", "2005-03-31", 3),
        fact(s, "net_loss", "1,516,040", "2004-03-31", 3),
        fact(s, "exploration_expenditure", "98,250", "2005-03-31", 3, item="Red Fern"),
    ]
    loss_2004 = fact(s, "net_loss", "5", "2004-12-31", 12)
    loss_2004.value = s("5.4 million", 5_400_000.0)
    r.facts.append(loss_2004)
    r.people = [person(s, "Harold P. Lindqvist", "President")]
    return r, Q1_2005


def northern_2011() -> tuple[Release, str]:
    r, s = release(
        CLOSING_2011,
        "Northern Vale Gold Inc.",
        "November 21, 2011",
        (("TSX Venture Exchange: NVG", "TSXV", "NVG"), ("NVGLF", "OTC", "NVGLF")),
    )
    r.listings[0].symbol = s("NVG")
    r.headline = s("Northern Vale Gold Closes Non-Brokered Private Placement")
    r.categories = [Value("financing")]
    f = financing(s, "11,620,000", "0.10", "1,162,000")
    f.brokered = s("non-brokered", False)
    f.warrant_exercise_price = s("0.15", 0.15)
    f.warrant_term_months = s("24 months", 24.0)
    r.financings = [f]
    r.facts = [fact(s, "net_loss", "5,446,629", "2004-12-31", 12)]
    r.people = [person(s, "Harold Lindqvist", "Chief Executive Officer")]
    return r, CLOSING_2011


def northern_2012() -> tuple[Release, str]:
    r, s = release(BY_TICKER_2012, None, "March 5, 2012", (("TSX Venture Exchange", "TSXV", "NVG"),))
    r.headline = s("Annual General Meeting Results")
    r.categories = [Value("other_corporate")]
    return r, BY_TICKER_2012


def bluewater_2012() -> tuple[Release, str]:
    r, s = release(BLUEWATER_2012, "Bluewater Copper Ltd.", "June 14, 2012", (("CSE", "CSE", "BWC"),))
    r.headline = s("Bluewater Copper Intersects 42.0 Metres of 1.85% Copper and Closes Flow-Through Financing")
    r.categories = [Value("exploration_results"), Value("financing")]
    r.intercepts = [
        intercept(s, "BW-12-07", "42.0", [("1.85", "%", "Cu"), ("0.62", "g/t", "Au")]),
        intercept(s, "BW-12-07", "6.5", [("4.10", "%", "Cu"), ("2.30", "g/t", "Au")], parent=0),
        intercept(s, "BW-12-09", "12.0", [("0.45", "oz/t", "Au")]),
    ]
    f = financing(s, "3,000,000", "0.50", "1,500,000")
    f.security = Value("flow_through_shares")
    r.financings = [f]
    r.people = [person(s, "Alana M. Whitford", "Vice President Exploration")]
    return r, BLUEWATER_2012


ALL = (northern_2004, northern_2005, northern_2011, northern_2012, bluewater_2012)


def load(store) -> None:  # type: ignore[no-untyped-def]
    for make in ALL:
        store.add(*make())
