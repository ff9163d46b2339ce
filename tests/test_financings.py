"""Financing rules on real-looking releases: one table row per phrasing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assay.extract import financings
from assay.model import Release, Source, Value
from assay.normalise import normalise


def run(text: str, date: dt.date | None = None) -> list[dict[str, Any]]:
    release = Release(source=Source(None, "", "txt", len(text)))
    if date is not None:
        release.release_date = Value(date)
    doc = normalise(text)
    financings.extract(doc, release)
    for f in release.financings:
        for x in (f.count, f.price, f.gross_proceeds, f.finder_fee_cash):
            if x is not None and x.span is not None:
                assert text[x.span.start : x.span.end] == x.span.text
    return [f.to_plain() for f in release.financings]


D = dt.date

# (id, release text, release date, expected records: only the keys given are compared)
CASES: list[tuple[str, str, dt.date | None, list[dict[str, Any]]]] = [
    (
        "closed-non-brokered-units-finder-cash-and-warrants",
        "Northcrest Gold Corp. is pleased to announce that it has closed its previously announced non-brokered "
        'private placement. The Company issued 8,450,000 units (the "Units") at a price of $0.08 per Unit for '
        "gross proceeds of $676,000. Each Unit consists of one common share and one common share purchase warrant. "
        "Each warrant entitles the holder to acquire one additional common share at a price of $0.12 for a period "
        "of 36 months. In connection with the placement, the Company paid finder's fees of $32,400 and issued "
        "405,000 finder's warrants. All securities are subject to a hold period of four months and one day.",
        D(2021, 3, 2),
        [
            {
                "status": "closed",
                "tranche": None,
                "brokered": False,
                "security": "units",
                "count": 8_450_000,
                "price": 0.08,
                "currency": None,
                "gross_proceeds": 676_000,
                "warrants_per_unit": 1,
                "warrant_exercise_price": 0.12,
                "warrant_term_months": 36,
                "finder_fee_cash": 32_400,
                "finder_warrants": 405_000,
                "hold_period_months": 4,
            }
        ],
    ),
    (
        "bought-deal-announced-half-warrant",
        "Redstone Metals Inc. announces that it has entered into an agreement with Beacon Securities Limited, "
        "on behalf of a syndicate of underwriters, under which the underwriters have agreed to purchase, on a "
        "bought deal basis, 12,500,000 units of the Company at a price of C$0.40 per unit for gross proceeds of "
        "C$5,000,000. Each unit will consist of one common share and one-half of one common share purchase "
        "warrant. Each whole warrant will entitle the holder to purchase one common share at a price of C$0.60 "
        "for a period of 24 months following the closing date.",
        D(2022, 5, 10),
        [
            {
                "status": "announced",
                "brokered": True,
                "security": "units",
                "count": 12_500_000,
                "price": 0.40,
                "currency": "CAD",
                "gross_proceeds": 5_000_000,
                "warrants_per_unit": 0.5,
                "warrant_exercise_price": 0.60,
                "warrant_term_months": 24,
                "offering_type": "bought_deal",
            }
        ],
    ),
    (
        "flow-through-shares-up-to",
        "Lakeview Minerals Ltd. is pleased to announce a non-brokered private placement of up to 5,000,000 "
        "flow-through common shares at a price of $0.12 per flow-through share for gross proceeds of up to "
        "$600,000. The proceeds will be used for exploration on the Birch Lake property.",
        D(2020, 11, 3),
        [
            {
                "status": "announced",
                "brokered": False,
                "security": "flow_through_shares",
                "count": 5_000_000,
                "price": 0.12,
                "gross_proceeds": 600_000,
                "warrants_per_unit": None,
                "up_to": True,
                "use_of_proceeds": "exploration on the Birch Lake property",
            }
        ],
    ),
    (
        "two-classes-combined-total",
        "Cobalt Ridge Resources Corp. has completed a non-brokered private placement of 4,000,000 hard dollar "
        "units at $0.25 per unit and 3,000,000 flow-through units at $0.30 per flow-through unit for aggregate "
        "gross proceeds of $1,900,000. Each hard dollar unit consists of one common share and one warrant, and "
        "each flow-through unit consists of one flow-through share and one-half of one warrant. Each whole warrant "
        "is exercisable at $0.40 for two years from the closing.",
        D(2018, 12, 14),
        [
            {
                "security": "units",
                "count": 4_000_000,
                "price": 0.25,
                "gross_proceeds": 1_000_000,
                "warrants_per_unit": 1,
                "warrant_exercise_price": 0.40,
                "warrant_term_months": 24,
                "offering_gross_proceeds": 1_900_000,
            },
            {
                "security": "flow_through_units",
                "count": 3_000_000,
                "price": 0.30,
                "gross_proceeds": 900_000,
                "warrants_per_unit": 0.5,
                "warrant_exercise_price": 0.40,
                "warrant_term_months": 24,
            },
        ],
    ),
    (
        "acceleration-trigger-is-not-the-exercise-price",
        "Arbor Lithium Corp. has closed a private placement of 6,000,000 units at a price of $0.20 per unit. "
        "Each unit consists of one common share and one warrant. Each warrant is exercisable at $0.30 for 24 "
        "months, provided that if the closing price of the shares on the CSE is $0.50 or greater for ten "
        "consecutive trading days, the Company may accelerate the expiry date to 30 days.",
        D(2023, 1, 20),
        [{"count": 6_000_000, "gross_proceeds": 1_200_000, "warrant_exercise_price": 0.30, "warrant_term_months": 24}],
    ),
    (
        "expiry-date-term-and-hold-date",
        "Westfield Copper Inc. closed its non-brokered private placement of 2,000,000 units at $0.50 per unit. "
        "Each unit comprises one common share and one share purchase warrant exercisable at $0.75 until "
        "September 5, 2022. The securities are subject to a hold period expiring January 6, 2021.",
        D(2020, 9, 4),
        [{"warrant_exercise_price": 0.75, "warrant_term_months": 24, "hold_period_months": 4}],
    ),
    (
        "convertible-debentures-principal-amount",
        "Silverpeak Mining Ltd. announces that it has closed a brokered private placement of C$2,500,000 aggregate "
        "principal amount of unsecured convertible debentures. The debentures bear interest at 10% per annum and "
        "are convertible into common shares at a conversion price of C$0.25 per share. No finder's fees were paid.",
        D(2019, 6, 1),
        [
            {
                "status": "closed",
                "brokered": True,
                "security": "convertible_debentures",
                "count": None,
                "price": None,
                "currency": "CAD",
                "gross_proceeds": 2_500_000,
                "warrant_exercise_price": None,
                "finder_fee_cash": None,
                "conversion_price": 0.25,
                "interest_rate_pct": 10,
            }
        ],
    ),
    (
        "finder-fee-percentage-computed-on-stated-proceeds",
        "Pinecone Resources Inc. has closed its non-brokered private placement, issuing 10,000,000 shares at $0.05 "
        "per share for gross proceeds of $500,000. The Company paid finders a cash fee equal to 8% of the gross "
        "proceeds of the placement.",
        D(2021, 7, 7),
        [{"security": "shares", "finder_fee_cash": 40_000, "finder_fee_pct": 8}],
    ),
    (
        "finder-fee-percentage-not-computed-when-announced",
        "Pinecone Resources Inc. announces a non-brokered private placement of up to 10,000,000 shares at $0.05 per "
        "share for gross proceeds of up to $500,000. The Company may pay finder's fees of 8% of the gross proceeds.",
        D(2021, 6, 7),
        [{"status": "announced", "finder_fee_cash": None, "finder_fee_pct": 8}],
    ),
    (
        "no-finder-fees",
        "Tamarack Silver Corp. has closed a non-brokered private placement of 3,000,000 units at $0.10 per unit "
        "for proceeds of $300,000. Each unit consists of one share and one warrant exercisable at $0.15 for 12 "
        "months. No finder's fees or commissions were paid in connection with the placement.",
        D(2017, 4, 4),
        [{"finder_fee_cash": None, "finder_warrants": None, "warrant_term_months": 12, "finder_fees_paid": False}],
    ),
    (
        "upsized-offering-takes-the-new-maximum",
        "Hollow Creek Gold Corp. announces that, due to strong demand, it has increased the size of its previously "
        "announced non-brokered private placement from up to 10,000,000 units to up to 15,000,000 units at a price "
        "of $0.10 per unit for gross proceeds of up to $1,500,000.",
        D(2024, 2, 2),
        [{"status": "announced", "count": 15_000_000, "price": 0.10, "gross_proceeds": 1_500_000}],
    ),
    (
        "second-tranche-with-running-total",
        "Bluebird Exploration Ltd. is pleased to announce that it has closed the second tranche of its non-brokered "
        "private placement, issuing 3,000,000 units at a price of $0.10 per unit for gross proceeds of $300,000. "
        "Together with the first tranche, the Company has issued a total of 8,000,000 units for aggregate gross "
        "proceeds of $800,000.",
        D(2016, 8, 30),
        [
            {
                "status": "closed",
                "tranche": "second",
                "count": 3_000_000,
                "gross_proceeds": 300_000,
                "running_total": 800_000,
            }
        ],
    ),
    (
        "australian-placement",
        "Kestrel Minerals Limited is pleased to announce it has received firm commitments for a placement of "
        "30,000,000 fully paid ordinary shares at A$0.10 per share to raise A$3.0 million before costs.",
        D(2022, 9, 9),
        [{"security": "shares", "count": 30_000_000, "price": 0.10, "currency": "AUD", "gross_proceeds": 3_000_000}],
    ),
    (
        "cents-price-third-warrant",
        "Granite Peak Resources Inc. has completed a private placement of 4,500,000 units at 45 cents per unit. "
        "Each unit consists of one common share and one-third of one share purchase warrant, each whole warrant "
        "exercisable at 60 cents for 18 months.",
        D(2012, 3, 3),
        [{"price": 0.45, "gross_proceeds": 2_025_000, "warrants_per_unit": pytest.approx(1 / 3)}],
    ),
    (
        "life-offering-units",
        "Ironwood Metals Corp. announces a non-brokered private placement of up to 20,000,000 units at a price of "
        "$0.05 per unit, to be offered under the listed issuer financing exemption (LIFE). The units will not be "
        "subject to a hold period.",
        D(2024, 4, 4),
        [{"count": 20_000_000, "offering_type": "life", "hold_period_months": None}],
    ),
    (
        "us-dollar-brokered-shares",
        "Sierra Norte Mining Corp. has closed its brokered private placement of 5,000,000 common shares at a price "
        "of US$1.20 per share for gross proceeds of US$6 million. Haywood Securities Inc. acted as lead agent and "
        "received a cash commission of US$360,000 and 300,000 broker warrants.",
        D(2021, 10, 10),
        [
            {
                "brokered": True,
                "security": "shares",
                "currency": "USD",
                "gross_proceeds": 6_000_000,
                "finder_fee_cash": 360_000,
                "finder_warrants": 300_000,
            }
        ],
    ),
    (
        "defined-term-makes-flow-through-units",
        'The placement consisted of 5,000,000 units (each, a "FT Unit") at a price of $0.06 per FT Unit, with '
        "each FT Unit comprising one flow-through share and one warrant. The private placement has closed.",
        D(2019, 1, 1),
        [{"security": "flow_through_units", "count": 5_000_000, "gross_proceeds": 300_000, "warrants_per_unit": 1}],
    ),
    (
        "finder-shares-are-not-cash",
        "Bay Harbour Gold Corp. closed a non-brokered private placement of 1,000,000 units at $0.50 per unit. "
        "The Company issued 40,000 common shares at a deemed price of $0.50 per share as a finder's fee.",
        D(2015, 5, 5),
        [{"count": 1_000_000, "finder_fee_cash": None, "finder_warrants": None, "finder_fee_shares": 40_000}],
    ),
    (
        "glued-words-from-a-wire-feed",
        "The Company is pleased to announce a non-brokeredprivate placement consisting of the sale of up to "
        '60,000,000 units ofthe Company (each, a "Unit"), at a price of $0.01 per Unit, forgross proceeds of up '
        "to $600,000. EachWarrant will be exercisable at a price of $0.05 per Warrant Share for a period "
        "ofthirty-six (36) months. The securities will be subject to a hold period expiring fourmonths and one day "
        "after the date of issuance.",
        D(2025, 2, 12),
        [{"count": 60_000_000, "gross_proceeds": 600_000, "warrant_term_months": 36, "hold_period_months": 4}],
    ),
    (
        "subscription-receipts-are-other",
        "Coastal Copper Corp. has closed a bought deal private placement of 10,000,000 subscription receipts at a "
        "price of $1.00 per subscription receipt for gross proceeds of $10,000,000.",
        D(2020, 2, 2),
        [{"security": "other", "brokered": True, "count": 10_000_000, "price": 1.0}],
    ),
    (
        "price-before-count-in-tranches",
        "Aurora Peak Resources Ltd. has completed the second and final tranche of its non-brokered offering of units "
        "at a price of C$1.50 per Unit. The Company issued 1,000,000 Units in the first tranche for gross proceeds "
        "of C$1,500,000 and an additional 400,000 Units were issued in the second tranche for gross proceeds of "
        "C$600,000.",
        D(2019, 9, 9),
        [{"tranche": "final", "count": 400_000, "price": 1.5, "gross_proceeds": 600_000, "currency": "CAD"}],
    ),
    (
        "two-classes-each-with-its-own-proceeds",
        "Tundra Gold Corp. has closed its non-brokered private placement. The Offering consisted of 2,500,000 units "
        'of the Company (the "Units") at a price of $0.20 per Unit for gross proceeds of $500,000 and 1,250,000 '
        'flow-through shares of the Company (the "FT Shares") at a price of $0.24 per FT Share for gross proceeds '
        "of $300,000. Each Unit is comprised of one common share and one transferable common share purchase "
        "warrant. The Warrants are exercisable at $0.30 per share for a period of two years.",
        D(2020, 11, 15),
        [
            {"security": "units", "gross_proceeds": 500_000, "warrant_exercise_price": 0.30, "warrant_term_months": 24},
            {"security": "flow_through_shares", "gross_proceeds": 300_000, "warrant_exercise_price": None},
        ],
    ),
    (
        "agent-commission-and-compensation-options-as-percentages",
        "Maple Ridge Metals Inc. has closed its brokered private placement of 20,000,000 units at a price of $0.25 "
        "per unit for gross proceeds of $5,000,000. Red Cloud Securities Inc. acted as sole agent. The Agent received "
        "a cash commission equal to 6% of the gross proceeds of the Offering and compensation options equal to 6% of "
        "the number of Units sold. Each Unit consists of one share and a half warrant. The securities issued are "
        "subject to a statutory four month hold period.",
        D(2020, 11, 15),
        [
            {
                "brokered": True,
                "warrants_per_unit": 0.5,
                "finder_fee_cash": 300_000,
                "finder_warrants": 1_200_000,
                "hold_period_months": 4,
                "agents": "Red Cloud Securities Inc.",
            }
        ],
    ),
    (
        "count-in-millions-price-in-cents-currency-statement",
        "Glacier Bay Resources Ltd. has arranged a non-brokered private placement of up to 10 million units at 5 "
        "cents per unit. Each unit will consist of one share and one warrant, with each warrant exercisable into one "
        "common share at 10 cents for five years. All dollar amounts are in Canadian dollars.",
        D(2020, 11, 15),
        [
            {
                "status": "announced",
                "count": 10_000_000,
                "price": 0.05,
                "currency": "CAD",
                "warrant_exercise_price": 0.10,
                "warrant_term_months": 60,
            }
        ],
    ),
    (
        "first-tranche-finders-named-hold-expiry",
        "North Arm Mining Corp. closed the first tranche of its private placement, issuing 3,150,000 units at $0.10 "
        "per unit. Finder's fees of $12,600 cash and 126,000 non-transferable finder's warrants were paid to "
        "Canaccord Genuity Corp. and PI Financial Corp. The hold period on the securities expires on March 15, 2021.",
        D(2020, 11, 15),
        [
            {
                "status": "closed",
                "tranche": "first",
                "brokered": None,
                "finder_fee_cash": 12_600,
                "finder_warrants": 126_000,
                "hold_period_months": 4,
            }
        ],
    ),
    (
        "prospectus-offering-with-underwriter",
        "Bright Star Mining Inc. announces that it has filed a final short form prospectus in connection with its "
        "marketed public offering of 40,000,000 common shares at a price of $0.75 per common share for gross "
        "proceeds of $30 million. The offering is led by BMO Capital Markets as lead underwriter.",
        D(2020, 11, 15),
        [
            {
                "status": "announced",
                "brokered": True,
                "security": "shares",
                "gross_proceeds": 30_000_000,
                "offering_type": "prospectus",
                "agents": "BMO Capital Markets",
            }
        ],
    ),
    (
        "status-from-the-headline",
        "Emberly Resources Closes $1.2 Million Private Placement\n\nVANCOUVER, May 4, 2021 - Emberly Resources Inc. "
        "is pleased to report on its private placement of 12,000,000 units at $0.10 per unit. Each unit consists of "
        "one common share and one warrant exercisable at $0.15 for 24 months from the date of issuance.",
        D(2021, 5, 4),
        [{"status": "closed", "count": 12_000_000, "gross_proceeds": 1_200_000, "warrant_term_months": 24}],
    ),
    (
        "charity-flow-through-bought-deal",
        "Kingfisher Metals Corp. has closed a bought deal private placement of 3,500,000 charity flow-through shares "
        "at a price of C$0.85 per Charity Flow-Through Share for aggregate gross proceeds of C$2,975,000. The "
        "underwriters received a cash commission of C$178,500.",
        D(2020, 11, 15),
        [
            {
                "brokered": True,
                "security": "flow_through_shares",
                "currency": "CAD",
                "gross_proceeds": 2_975_000,
                "finder_fee_cash": 178_500,
                "offering_type": "bought_deal",
            }
        ],
    ),
    (
        "warrant-term-before-price-commissions-totalling",
        "Rockport Gold Inc. has completed a non-brokered private placement of 5,000,000 units at a price of $0.08 "
        "per unit. Each unit consists of one common share and one common share purchase warrant. Each warrant will "
        "be exercisable for a period of 24 months at an exercise price of $0.12 per share. The Company paid cash "
        "commissions totalling $24,000 and issued 300,000 broker warrants to eligible finders.",
        D(2020, 11, 15),
        [
            {
                "warrant_exercise_price": 0.12,
                "warrant_term_months": 24,
                "finder_fee_cash": 24_000,
                "finder_warrants": 300_000,
            }
        ],
    ),
    (
        "price-in-the-next-sentence-closing-subject-to-approval",
        "Copperline Ventures Inc. announces a non-brokered private placement of up to 8,000,000 units. Each unit "
        "will be priced at $0.125 and will consist of one common share and one-half of one warrant. Closing of the "
        "offering is subject to the approval of the TSX Venture Exchange.",
        D(2022, 1, 15),
        [
            {
                "status": "announced",
                "count": 8_000_000,
                "price": 0.125,
                "gross_proceeds": 1_000_000,
                "warrants_per_unit": 0.5,
            }
        ],
    ),
    (
        "proceeds-before-the-count-expiry-in-the-unit-sentence",
        "Oroplata Gold Corp. proposes to raise gross proceeds of up to $1,000,000 through the issuance of up to "
        "10,000,000 units at a price of $0.10 per unit. Each unit consists of one share and one warrant to purchase "
        "an additional share at $0.15 until June 30, 2023.",
        D(2022, 1, 15),
        [
            {
                "status": "announced",
                "count": 10_000_000,
                "gross_proceeds": 1_000_000,
                "warrant_exercise_price": 0.15,
                "warrant_term_months": 17,
            }
        ],
    ),
    (
        "hold-period-is-not-the-warrant-term",
        "Vireo Metals Ltd. has closed its private placement of 2,000,000 units at $0.25 per unit. The warrants are "
        "exercisable for 24 months and all securities are subject to a four month hold period.",
        D(2022, 1, 15),
        [{"warrant_term_months": 24, "hold_period_months": 4}],
    ),
    (
        "numerals-in-brackets",
        "Quartz Hill Resources Corp. completed a non-brokered placement of 1,500,000 units at a price of $0.20 per "
        "unit. Each Unit is comprised of one (1) common share and one-half (1/2) of one (1) common share purchase "
        "warrant.",
        D(2022, 1, 15),
        [{"count": 1_500_000, "warrants_per_unit": 0.5}],
    ),
    (
        "concurrent-offerings-in-one-sentence",
        "Highland Copper Corp. has closed its brokered LIFE offering of 10,000,000 units at $0.50 per unit for gross "
        "proceeds of $5,000,000 and a concurrent non-brokered private placement of 2,000,000 flow-through shares at "
        "$0.60 per flow-through share for gross proceeds of $1,200,000.",
        D(2022, 1, 15),
        [
            {"brokered": True, "security": "units", "gross_proceeds": 5_000_000, "offering_type": "life"},
            {
                "brokered": False,
                "security": "flow_through_shares",
                "gross_proceeds": 1_200_000,
                "offering_type": "private_placement",
            },
        ],
    ),
    (
        "us-dollars-approximately",
        "Nevada Canyon Gold Corp. announced today that it has closed a private placement of 2,222,222 units at a "
        "price of US$0.45 per unit for gross proceeds of approximately US$1.0 million.",
        D(2022, 1, 15),
        [{"currency": "USD", "count": 2_222_222, "price": 0.45, "gross_proceeds": 1_000_000}],
    ),
    (
        "convertible-debenture-units-priced-per-thousand",
        "Terra Nova Energy Ltd. closed a non-brokered private placement of 2,500 convertible debenture units at a "
        "price of $1,000 per debenture unit for gross proceeds of $2,500,000.",
        D(2022, 1, 15),
        [{"security": "convertible_debentures", "count": 2_500, "price": 1_000, "gross_proceeds": 2_500_000}],
    ),
    (
        "flow-through-and-hard-dollar-units-up-to",
        "Golden Arrow Resources Corp. announces a non-brokered private placement. The Company will issue up to "
        '6,666,667 flow-through units ("FT Units") at $0.15 per FT Unit and up to 5,000,000 non-flow-through units '
        '("NFT Units") at $0.12 per NFT Unit for total gross proceeds of up to $1,600,000. Each FT Unit consists '
        "of one flow-through common share and one-half of one non-flow-through share purchase warrant, and each NFT "
        "Unit consists of one common share and one share purchase warrant.",
        D(2022, 1, 15),
        [
            {
                "security": "flow_through_units",
                "count": 6_666_667,
                "gross_proceeds": 1_000_000.05,
                "warrants_per_unit": 0.5,
                "up_to": True,
            },
            {"security": "units", "count": 5_000_000, "gross_proceeds": 600_000, "warrants_per_unit": 1},
        ],
    ),
    (
        "first-tranche-of-an-up-to-offering",
        "Ridgeline Minerals Corp. has closed the first tranche of its non-brokered private placement of up to "
        "20,000,000 units at $0.05 per unit. In the first tranche, the Company issued 8,000,000 units for gross "
        "proceeds of $400,000.",
        D(2022, 1, 15),
        [
            {
                "status": "closed",
                "tranche": "first",
                "count": 8_000_000,
                "gross_proceeds": 400_000,
                "offering_max_count": 20_000_000,
            }
        ],
    ),
    (
        "vulgar-fraction-and-announces-closing",
        "Pacific Rim Cobalt Announces Closing of Private Placement. The Company issued 2,400,000 units at $0.25 per "
        "unit, each unit consisting of one common share and ½ warrant. The Warrants will have an exercise price of "
        "$0.40 and a term of three years.",
        D(2022, 1, 15),
        [{"status": "closed", "warrants_per_unit": 0.5, "warrant_exercise_price": 0.40, "warrant_term_months": 36}],
    ),
    (
        "amended-terms-replace-the-original-ones",
        "Silverton Metals Corp. announces that it has amended the terms of its non-brokered private placement "
        "originally announced on March 1, 2023 as 10,000,000 units at a price of $0.10 per unit. The Offering will "
        "now consist of up to 12,500,000 units at a price of $0.08 per unit for gross proceeds of up to $1,000,000.",
        D(2023, 3, 15),
        [{"status": "announced", "count": 12_500_000, "price": 0.08, "gross_proceeds": 1_000_000}],
    ),
    (
        "previous-terms-stated-after-the-new-ones",
        "Redcliff Gold Corp. has amended its previously announced non-brokered private placement. The Company will "
        "now issue up to 9,000,000 units at $0.05 per unit for gross proceeds of up to $450,000. Under the previous "
        "terms, the Company was to issue up to 6,000,000 units at $0.075 per unit.",
        D(2023, 3, 15),
        [{"status": "announced", "count": 9_000_000, "price": 0.05, "gross_proceeds": 450_000}],
    ),
    (
        "price-changed-from-one-to-another-before-the-count",
        "Granite Flats Resources Inc. has reduced the offering price of its non-brokered private placement from "
        "$0.12 per unit to $0.10 per unit. The Company will now issue up to 15,000,000 units for gross proceeds of "
        "up to $1,500,000.",
        D(2023, 3, 15),
        [{"status": "announced", "count": 15_000_000, "price": 0.10, "gross_proceeds": 1_500_000}],
    ),
    (
        "upsized-from-one-count-to-another",
        "Delta Lithium Inc. is pleased to announce that, due to strong investor demand, it has upsized its previously "
        "announced brokered private placement from 5,000,000 common shares to 7,500,000 common shares at a price of "
        "$0.40 per share for gross proceeds of $3,000,000.",
        D(2023, 3, 15),
        [{"status": "announced", "brokered": True, "count": 7_500_000, "gross_proceeds": 3_000_000}],
    ),
    (
        "prospectus-exemptions-do-not-make-a-prospectus-offering",
        "Larch Lake Gold Inc. has closed a non-brokered private placement of 3,000,000 units at $0.10 per unit, "
        "issued pursuant to available prospectus exemptions.",
        D(2022, 1, 15),
        [{"offering_type": "private_placement", "count": 3_000_000}],
    ),
    (
        "asx-placement-firm-commitments",
        "Kestrel Resources Limited is pleased to announce that it has received firm commitments for a placement of "
        "25,000,000 new fully paid ordinary shares at an issue price of A$0.20 per share to raise A$5.0 million "
        "(before costs). The Placement was managed by Canaccord Genuity (Australia) Limited as Lead Manager.",
        D(2023, 3, 15),
        [{"status": "announced", "brokered": True, "count": 25_000_000, "currency": "AUD", "gross_proceeds": 5e6}],
    ),
    (
        "registered-direct-offering-of-common-stock",
        "Silver Bull Corp. announced that it has entered into a securities purchase agreement with institutional "
        "investors for the purchase and sale of 5,000,000 shares of common stock at a purchase price of $2.00 per "
        "share in a registered direct offering, for gross proceeds of $10 million.",
        D(2023, 3, 15),
        [{"status": "announced", "security": "shares", "count": 5_000_000, "gross_proceeds": 1e7}],
    ),
    (
        "fees-stated-class-by-class-in-their-own-sentences",
        'Harrow Creek Metals Ltd. has closed its non-brokered private placement of 3,000,000 units (the "Units") '
        'at $0.20 per Unit and 1,500,000 flow-through shares (the "FT Shares") at $0.25 per FT Share. In respect '
        "of the Units, the Company paid cash finder's fees of $36,000 and issued 180,000 finder's warrants to "
        "Pemberton Capital Corp. In respect of the FT Shares, the Company paid cash finder's fees of $22,500 and "
        "issued 90,000 finder's warrants to Pemberton Capital Corp.",
        D(2021, 4, 12),
        [
            {"security": "units", "finder_fee_cash": 36_000, "finder_warrants": 180_000},
            {"security": "flow_through_shares", "finder_fee_cash": 22_500, "finder_warrants": 90_000},
        ],
    ),
    (
        "fees-class-by-class-in-clauses-of-one-sentence",
        "Harrow Creek Metals Ltd. has closed its private placement of 3,000,000 units at $0.20 per unit and "
        "1,500,000 flow-through shares at $0.25 per flow-through share. In respect of the units, the Company paid "
        "finder's fees of $30,000; in respect of the flow-through shares, it paid finder's fees of $18,750.",
        D(2021, 4, 12),
        [
            {"security": "units", "finder_fee_cash": 30_000},
            {"security": "flow_through_shares", "finder_fee_cash": 18_750},
        ],
    ),
    (
        "fee-total-broken-down-by-class",
        'Ossian Lake Gold Corp. has closed a brokered private placement of 2,000,000 flow-through units (the "FT '
        'Units") at $0.30 per FT Unit and 4,000,000 units (the "HD Units") at $0.25 per HD Unit. The Agent '
        "received cash commissions totalling $88,000, being $48,000 for the FT Units and $40,000 for the HD Units, "
        "and 420,000 broker warrants (140,000 for the FT Units and 280,000 for the HD Units).",
        D(2019, 10, 2),
        [
            {"security": "flow_through_units", "finder_fee_cash": 48_000, "finder_warrants": 140_000},
            {"security": "units", "finder_fee_cash": 40_000, "finder_warrants": 280_000},
        ],
    ),
    (
        "fee-total-for-two-classes-stays-on-the-first",
        "Tern Island Resources Inc. has closed its private placement of 1,000,000 units at $0.10 per unit and "
        "500,000 flow-through shares at $0.12 per flow-through share. The Company paid finder's fees of $9,800 "
        "in cash.",
        D(2019, 10, 2),
        [{"finder_fee_cash": 9_800}, {"finder_fee_cash": None}],
    ),
    (
        "fees-for-several-classes-together-stay-together",
        "Ossian Lake Gold Corp. has closed a private placement of 2,000,000 flow-through units at $0.30 per FT unit "
        "and 4,000,000 units at $0.25 per unit. In respect of the units and the flow-through units, the Company "
        "paid cash finder's fees of $64,000.",
        D(2019, 10, 2),
        [{"finder_fee_cash": 64_000}, {"finder_fee_cash": None}],
    ),
    (
        "fees-for-the-flow-through-and-hard-dollar-portions",
        "Ossian Lake Gold Corp. has closed a private placement of 2,000,000 flow-through shares at $0.30 per share "
        "and 4,000,000 units at $0.25 per unit. For the flow-through portion, the Company paid finder's fees of "
        "$42,000. For the hard dollar portion, the Company paid finder's fees of $70,000.",
        D(2019, 10, 2),
        [
            {"security": "flow_through_shares", "finder_fee_cash": 42_000},
            {"security": "units", "finder_fee_cash": 70_000},
        ],
    ),
    (
        "original-terms-restated-after-the-amended-ones",
        "Lodestar Ridge Corp. has amended its non-brokered private placement. The Company will now offer up to "
        "8,000,000 units at a price of $0.05 per unit for gross proceeds of up to $400,000. The placement was "
        "initially announced as up to 5,000,000 units at a price of $0.08 per unit.",
        D(2022, 8, 1),
        [{"status": "announced", "count": 8_000_000, "price": 0.05, "gross_proceeds": 400_000}],
    ),
    (
        "units-each-consisting-of-after-the-count",
        "Marten Hill Resources Inc. has closed a non-brokered private placement of 7,000,000 units at $0.06 per "
        "unit, each consisting of one common share and one-half of one share purchase warrant exercisable at $0.10 "
        "for three years.",
        D(2020, 6, 1),
        [{"brokered": False, "warrants_per_unit": 0.5, "warrant_exercise_price": 0.10, "warrant_term_months": 36}],
    ),
    (
        "non-brokered-is-no-broker-warrant",
        'Pike River Metals Corp. announces a non-brokered private placement of up to 4,000,000 units (the "Units"), '
        "each Unit being comprised of one common share and one warrant exercisable at $0.30 for 24 months, at a "
        "price of $0.20 per Unit.",
        D(2020, 6, 1),
        [{"count": 4_000_000, "warrants_per_unit": 1, "warrant_exercise_price": 0.30, "warrant_term_months": 24}],
    ),
    (
        "life-units-free-trading-concurrent-flow-through-held",
        "Caribou Flats Lithium Corp. announces a non-brokered offering of up to 6,000,000 units at $0.25 per unit "
        'under the listed issuer financing exemption (the "LIFE Offering") and a concurrent private placement of '
        "up to 1,000,000 flow-through shares at $0.30 per flow-through share. The units issued under the LIFE "
        "Offering will be freely tradeable. The flow-through shares will be subject to a four month hold period.",
        D(2024, 9, 9),
        [
            {"security": "units", "offering_type": "life", "hold_period_months": None},
            {"security": "flow_through_shares", "offering_type": "private_placement", "hold_period_months": 4},
        ],
    ),
    (
        "cash-commission-as-a-bare-percentage",
        "Whitefish Bay Gold Ltd. has closed its brokered private placement of 8,000,000 units at $0.15 per unit for "
        "gross proceeds of $1,200,000. The agent received a cash commission of 6% and 480,000 broker warrants.",
        D(2021, 2, 2),
        [{"finder_fee_cash": 72_000, "finder_fee_pct": 6, "finder_warrants": 480_000}],
    ),
    (
        "percentages-in-cash-and-in-finder-warrants",
        "Whitefish Bay Gold Ltd. has completed a non-brokered private placement of 2,500,000 shares at $0.40 per "
        "share for gross proceeds of $1,000,000. Finder's fees of 7% in cash and 7% in finder's warrants were paid.",
        D(2021, 2, 2),
        [{"finder_fee_cash": 70_000, "finder_warrants": 175_000, "finder_warrants_pct": 7}],
    ),
    (
        "a-percent-cash-fee-with-warrants-of-the-units-sold",
        "Whitefish Bay Gold Ltd. has closed a private placement of 5,000,000 units at $0.10 per unit for proceeds of "
        "$500,000. The Company paid a 5% cash fee and issued finder's warrants equal to 5% of the units sold.",
        D(2021, 2, 2),
        [{"finder_fee_cash": 25_000, "finder_warrants": 250_000}],
    ),
    (
        "percentage-of-proceeds-from-introduced-subscribers-is-not-computed",
        "Whitefish Bay Gold Ltd. has closed a private placement of 5,000,000 units at $0.10 per unit. Eligible "
        "finders received a cash commission of 8% on proceeds from subscribers introduced by them.",
        D(2021, 2, 2),
        [{"finder_fee_cash": None, "finder_fee_pct": 8}],
    ),
    (
        "count-derived-from-proceeds-and-price-when-exact",
        "Blue Heron Minerals Corp. announces a non-brokered private placement of units at a price of $0.08 per unit "
        "for gross proceeds of up to $640,000. Each unit consists of one share and one warrant.",
        D(2022, 3, 3),
        [{"count": 8_000_000, "price": 0.08, "gross_proceeds": 640_000, "up_to": True}],
    ),
    (
        "count-not-derived-when-the-division-is-not-exact",
        "Blue Heron Minerals Corp. announces a non-brokered private placement of units at a price of $0.15 per unit "
        "for gross proceeds of $1,000,000.",
        D(2022, 3, 3),
        [{"count": None, "price": 0.15, "gross_proceeds": 1_000_000}],
    ),
    (
        "count-not-derived-from-approximate-proceeds",
        "Blue Heron Minerals Corp. has closed a private placement of shares at a price of $0.25 per share for gross "
        "proceeds of approximately $500,000.",
        D(2022, 3, 3),
        [{"count": None, "price": 0.25, "gross_proceeds": 500_000}],
    ),
    (
        "asx-free-attaching-option-for-every-two-shares",
        "Quokka Gold Limited (ASX: QKG) has received firm commitments for a placement of 60,000,000 fully paid "
        "ordinary shares at A$0.025 per share to raise A$1.5 million. Subscribers will receive one free attaching "
        "option for every two shares subscribed for, each option exercisable at A$0.04 and expiring three years "
        "after the date of issue.",
        D(2024, 7, 1),
        [
            {
                "security": "shares",
                "count": 60_000_000,
                "currency": "AUD",
                "warrants_per_unit": 0.5,
                "warrant_exercise_price": 0.04,
                "warrant_term_months": 36,
            }
        ],
    ),
    (
        "asx-ratio-written-as-numbers-terms-in-the-next-sentence",
        "Numbat Metals Limited will issue 20,000,000 new shares at an issue price of A$0.10 per share to raise "
        "A$2,000,000 (before costs), together with 1:3 free attaching options. The Options will have an exercise "
        "price of A$0.15 and an expiry date of 30 September 2027.",
        D(2025, 9, 30),
        [
            {
                "count": 20_000_000,
                "warrants_per_unit": pytest.approx(1 / 3),
                "warrant_exercise_price": 0.15,
                "warrant_term_months": 24,
            }
        ],
    ),
    (
        "registered-direct-shares-with-warrants-for-fewer-shares",
        "Red Butte Copper Inc. has closed its registered direct offering of 6,000,000 shares of common stock and "
        "accompanying warrants to purchase up to 3,000,000 shares of common stock at a combined purchase price of "
        "$0.50 per share and accompanying warrant, for gross proceeds of $3.0 million. The warrants have an exercise "
        "price of $0.65 per share and will expire five years from the date of issuance.",
        D(2023, 6, 6),
        [
            {
                "status": "closed",
                "security": "shares",
                "count": 6_000_000,
                "price": 0.50,
                "warrants_per_unit": 0.5,
                "warrant_exercise_price": 0.65,
                "warrant_term_months": 60,
            }
        ],
    ),
    (
        "shares-sold-together-with-a-warrant-for-one-share",
        "Red Butte Copper Inc. has priced a registered direct offering of 1,000,000 shares of common stock at $3.00 "
        "per share. Each share is sold together with a warrant to purchase one share of common stock at an "
        "exercise price of $3.60 per share, exercisable immediately and expiring 30 months from issuance.",
        D(2023, 6, 6),
        [{"count": 1_000_000, "warrants_per_unit": 1, "warrant_exercise_price": 3.60, "warrant_term_months": 30}],
    ),
    (
        "placement-agent-warrants-are-not-investor-warrants",
        "Red Butte Copper Inc. has closed a registered direct offering of 2,000,000 shares of common stock at $1.00 "
        "per share. The Company issued to the placement agent warrants to purchase 100,000 shares of common stock "
        "at an exercise price of $1.25 per share.",
        D(2023, 6, 6),
        [{"count": 2_000_000, "warrants_per_unit": None, "warrant_exercise_price": None}],
    ),
    (
        "bought-deal-closed-count-includes-the-over-allotment-shares",
        "Osprey Bay Mining Ltd. has closed its bought deal offering of 11,500,000 common shares, including "
        "1,500,000 common shares issued on the exercise in full of the over-allotment option, at a price of $2.00 "
        "per share for gross proceeds of $23,000,000.",
        D(2022, 5, 5),
        [{"status": "closed", "brokered": True, "count": 11_500_000, "price": 2.0, "gross_proceeds": 23_000_000}],
    ),
    (
        "bought-deal-announced-base-offering-is-the-count",
        "Osprey Bay Mining Ltd. has agreed with a syndicate of underwriters to a bought deal of 6,000,000 units at "
        "$0.75 per unit for gross proceeds of $4,500,000. The underwriters may purchase up to an additional "
        "900,000 units at $0.75 per unit under an over-allotment option, for further gross proceeds of up to "
        "$675,000.",
        D(2022, 5, 5),
        [{"status": "announced", "count": 6_000_000, "gross_proceeds": 4_500_000, "offering_type": "bought_deal"}],
    ),
    (
        "units-priced-at-cents-each-to-raise-millions",
        "Thornbury Gold Inc. plans to raise $1.2 million through a private placement of 8 million units priced at "
        "15 cents each, each unit consisting of one share and one warrant exercisable at 25 cents for two years.",
        D(2013, 2, 2),
        [{"count": 8_000_000, "price": 0.15, "gross_proceeds": 1_200_000, "warrant_exercise_price": 0.25}],
    ),
    (
        "placement-stated-by-proceeds-and-price-per-share",
        "Bilby Copper Limited has received firm commitments to raise A$2.4 million (before costs) through a "
        "placement to sophisticated investors at A$0.08 per share.",
        D(2024, 2, 2),
        [{"security": "shares", "count": 30_000_000, "price": 0.08, "currency": "AUD", "gross_proceeds": 2_400_000}],
    ),
    (
        "increased-offering-from-the-previously-announced-count",
        "Juniper Ridge Resources Corp. has increased its non-brokered private placement to up to 9,000,000 shares "
        "at $0.10 per share for gross proceeds of up to $900,000, from the previously announced 6,000,000 shares "
        "for gross proceeds of $600,000.",
        D(2024, 2, 2),
        [{"status": "announced", "count": 9_000_000, "gross_proceeds": 900_000, "up_to": True}],
    ),
    (
        "debentures-convertible-at-a-price",
        "Juniper Ridge Resources Corp. has closed a private placement of convertible debentures in the aggregate "
        "principal amount of $800,000. The debentures bear interest at 10% per annum and are convertible at $0.12 "
        "per share.",
        D(2024, 2, 2),
        [{"security": "convertible_debentures", "gross_proceeds": 800_000, "conversion_price": 0.12}],
    ),
    (
        "percent-cash-and-percent-warrants-in-short",
        "Kootenay Pass Gold Corp. has closed its private placement of 4,000,000 units at $0.05 per unit for gross "
        "proceeds of $200,000. Finder's fees of 6% cash and 6% warrants were paid to eligible finders.",
        D(2024, 5, 1),
        [{"finder_fee_cash": 12_000, "finder_warrants": 240_000}],
    ),
    (
        "percentages-on-a-portion-are-not-computed",
        "Kootenay Pass Gold Corp. has closed its private placement of 4,000,000 units at $0.05 per unit for gross "
        "proceeds of $200,000. The Company paid finder's fees of 8% cash and 8% finder's warrants on a portion of "
        "the placement.",
        D(2024, 5, 1),
        [{"finder_fee_cash": None, "finder_warrants": None, "finder_fee_pct": 8, "finder_warrants_pct": 8}],
    ),
    (
        "numbers-in-words-with-figures-in-brackets",
        "Cobble Hill Metals Inc. announces a non-brokered private placement of eight million (8,000,000) units at a "
        "price of ten cents ($0.10) per unit for gross proceeds of eight hundred thousand dollars ($800,000).",
        D(2015, 3, 3),
        [{"count": 8_000_000, "price": 0.10, "gross_proceeds": 800_000}],
    ),
    (
        "shares-sold-is-a-closing",
        "Cobble Hill Metals Inc. sold 1,250,000 shares of its common stock in a private placement at $0.80 per share "
        "for gross proceeds of $1,000,000.",
        D(2015, 3, 3),
        [{"status": "closed", "security": "shares", "count": 1_250_000, "price": 0.80}],
    ),
    (
        "minimum-and-maximum-offering-takes-the-maximum",
        "Quill Lake Resources Ltd. announces a non-brokered private placement of a minimum of 4,000,000 units and a "
        "maximum of 8,000,000 units at a price of $0.05 per unit, for gross proceeds of a minimum of $200,000 and a "
        "maximum of $400,000.",
        D(2019, 1, 1),
        [{"count": 8_000_000, "gross_proceeds": 400_000, "up_to": True}],
    ),
    (
        "one-composition-said-of-every-class-of-units",
        "Quill Lake Resources Ltd. has closed a bought deal private placement of 1,000,000 flow-through units at "
        "$0.50 per unit and 2,000,000 hard dollar units at $0.40 per unit. Each unit consists of one share and "
        "one-half of one warrant, each whole warrant exercisable at $0.60 for 24 months.",
        D(2019, 1, 1),
        [
            {"security": "flow_through_units", "warrants_per_unit": 0.5, "warrant_exercise_price": 0.60},
            {"security": "units", "warrants_per_unit": 0.5, "warrant_exercise_price": 0.60},
        ],
    ),
    (
        "numbered-tranche",
        "Quill Lake Resources Ltd. has closed Tranche 2 of its placement, issuing 7,000,000 shares at $0.04 per share "
        "to raise $280,000.",
        D(2019, 1, 1),
        [{"status": "closed", "tranche": "second", "count": 7_000_000}],
    ),
    (
        "finder-warrants-named-after-the-count-are-not-investor-warrants",
        "Red Butte Copper Inc. has closed a private placement of 2,000,000 shares at $0.50 per share. The Company "
        "issued warrants to purchase 120,000 shares at $0.60 per share to Haywood Securities Inc. as a finder's fee.",
        D(2023, 6, 6),
        [{"count": 2_000_000, "warrants_per_unit": None, "finder_warrants": 120_000}],
    ),
    (
        "fee-total-of-which-parts-relate-to-each-class",
        "Harlow Peak Metals Corp. has closed its private placement of 3,000,000 units at $0.10 per unit and "
        "2,000,000 flow-through shares at $0.15 per flow-through share. The Company paid finder's fees of $39,000, "
        "of which $21,000 relates to the units and $18,000 relates to the flow-through shares.",
        D(2024, 5, 1),
        [
            {"security": "units", "finder_fee_cash": 21_000},
            {"security": "flow_through_shares", "finder_fee_cash": 18_000},
        ],
    ),
    (
        "warrant-term-to-an-anniversary-restricted-period",
        "Larkspur Gold Corp. has closed its private placement of 2,000,000 units at $0.10 per unit. Each unit "
        "consists of one share and one warrant. The warrants are exercisable at $0.15 until the third anniversary "
        "of the closing date. The securities are subject to a restricted period that expires four months and one "
        "day after closing.",
        D(2024, 5, 1),
        [{"warrant_exercise_price": 0.15, "warrant_term_months": 36, "hold_period_months": 4}],
    ),
    (
        "an-offering-recalled-from-months-before-is-not-this-releases",
        "Ptarmigan Resources Ltd. announces a non-brokered private placement of up to 6,000,000 units at $0.10 per "
        "unit for gross proceeds of up to $600,000. In February 2023, the Company completed a private placement of "
        "2,000,000 flow-through shares at $0.15 per share.",
        D(2023, 9, 12),
        [{"security": "units", "count": 6_000_000}],
    ),
    (
        "a-tranche-closed-days-before-is-still-this-releases",
        "Ptarmigan Resources Ltd. reports that on September 8, 2023 it closed a private placement of 2,000,000 "
        "flow-through shares at $0.15 per share, and announces a private placement of up to 6,000,000 units at "
        "$0.10 per unit.",
        D(2023, 9, 12),
        [{"security": "flow_through_shares"}, {"security": "units"}],
    ),
    (
        "one-warrant-for-every-two-shares-purchased",
        "Saddleback Silver Corp. has closed a private placement of 4,000,000 common shares at $0.25 per share. "
        "Subscribers received one share purchase warrant for every two shares purchased, each warrant exercisable "
        "at $0.35 for 24 months.",
        D(2023, 9, 12),
        [{"security": "shares", "warrants_per_unit": 0.5, "warrant_exercise_price": 0.35, "warrant_term_months": 24}],
    ),
    (
        "proceeds-first-price-in-the-next-sentence",
        "Osprey Narrows Gold Inc. intends to raise up to $300,000 through a non-brokered private placement of units. "
        "The units will be priced at $0.06 each and each unit will consist of one share and one warrant.",
        D(2024, 5, 1),
        [{"security": "units", "count": 5_000_000, "price": 0.06, "gross_proceeds": 300_000, "up_to": True}],
    ),
    (
        "sale-of-flow-through-shares-without-a-count",
        "Osprey Narrows Gold Inc. has closed a flow-through financing, raising $240,000 through the sale of "
        "flow-through shares at $0.12 per share.",
        D(2024, 5, 1),
        [{"status": "closed", "security": "flow_through_shares", "count": 2_000_000, "price": 0.12}],
    ),
    (
        "the-date-of-an-earlier-announcement-is-no-background",
        "Further to its news release on January 10, 2023, Ptarmigan Resources Ltd. has closed a private placement "
        "of 2,000,000 flow-through shares at $0.15 per share. The Company also announces a private placement of up "
        "to 3,000,000 units at $0.10 per unit.",
        D(2023, 9, 12),
        [{"security": "flow_through_shares"}, {"security": "units"}],
    ),
    (
        "a-part-of-another-security-is-still-its-own-class",
        "Osprey Bay Mining Ltd. has closed its private placement of 5,000,000 units at $0.10 per unit, including "
        "2,000,000 flow-through shares at $0.12 per flow-through share.",
        D(2022, 5, 5),
        [{"security": "units", "count": 5_000_000}, {"security": "flow_through_shares", "count": 2_000_000}],
    ),
    (
        "units-for-debt-are-no-class",
        "Nordic Nickel Corp. has closed a non-brokered private placement of 5,000,000 units at $0.10 per unit. The "
        "Company also issued 500,000 units to a creditor in settlement of debt of $50,000.",
        D(2022, 1, 15),
        [{"count": 5_000_000, "gross_proceeds": 500_000}],
    ),
]

NOT_FINANCINGS = [
    (
        "stock-option-grant",
        "The Company has granted 500,000 incentive stock options at an exercise price of $0.25 per share for five "
        "years. Future financing will be required.",
    ),
    (
        "warrants-exercised",
        "During the quarter, 2,000,000 share purchase warrants were exercised at $0.55 per share, providing "
        "$1,100,000 of financing.",
    ),
    (
        "shares-for-a-property",
        "Under the option agreement the Company will issue 2,000,000 common shares at a deemed price of $0.10 per "
        "share to the vendor, and the Company intends to complete a financing later this year.",
    ),
    (
        "loss-per-share",
        "The net loss for the year was $1,234,567 or $0.02 per share, and cash used in financing activities was "
        "$50,000.",
    ),
    (
        "shares-upon-exercise-of-warrants",
        "Subsequent to the private placement, the Company issued 1,500,000 common shares upon the exercise of "
        "warrants at $0.10 per share for proceeds of $150,000.",
    ),
    (
        "warrant-shares-are-not-the-offering",
        "In connection with the loan, Mesa Verde Gold Inc. will issue to the lender warrants to purchase 1,200,000 "
        "shares of common stock at $0.40 per share, and it expects to complete an equity offering next year.",
    ),
    (
        "a-recent-placement-recalled-by-its-proceeds-and-price",
        "The Company is fully funded for the program following its recent A$3 million placement at A$0.20 per share.",
    ),
    (
        "shares-for-debt",
        "The Company will issue 2,000,000 common shares at a price of $0.05 per share to settle $100,000 of debt "
        "owed to a director, and is also considering a financing.",
    ),
    (
        "issued-and-outstanding",
        "Following the closing of the offering, the Company has 85,000,000 common shares issued and outstanding.",
    ),
    (
        "another-company-financing",
        "One of the conditions precedent was for the purchaser to close a financing for minimum gross proceeds of "
        "$1,500,000, which is now complete.",
    ),
]


def _compare(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        for k, v in w.items():
            if isinstance(v, float) and not isinstance(v, bool):
                assert g.get(k) == pytest.approx(v), (k, g)
            else:
                assert g.get(k) == v, (k, g)


@pytest.mark.parametrize(("name", "text", "date", "want"), CASES, ids=[c[0] for c in CASES])
def test_financing_rules(name: str, text: str, date: dt.date | None, want: list[dict[str, Any]]) -> None:
    _compare(run(text, date), want)


@pytest.mark.parametrize(("name", "text"), NOT_FINANCINGS, ids=[c[0] for c in NOT_FINANCINGS])
def test_not_a_financing(name: str, text: str) -> None:
    assert run(text, D(2020, 1, 1)) == []
