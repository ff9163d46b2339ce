"""Categories: from the release's wording and from what other extractors found."""

from __future__ import annotations

import datetime as dt

import pytest

from assay.extract import categories
from assay.model import Fact, Financing, Intercept, Release, Source, Value
from assay.normalise import normalise
from partial import run

CASES = [
    (
        "RIDGEBACK'S ANNUAL FINANCIAL STATEMENTS FILED\n\nRidgeback Minerals Ltd. (RBM: TSX-V) announces its results "
        "for the year ended December 31, 2005.",
        ["financial_results"],
    ),
    (
        "Ridgeback Closes $3.75 Million Non-Brokered Private Placement\n\nVANCOUVER, Dec. 6, 2007 /CNW/ - Ridgeback "
        "Minerals Ltd. (TSXV: RBM) is pleased to announce the closing of a non-brokered private placement.",
        ["financing"],
    ),
    (
        "Pinnacle Drilling Hits 70.1 Meters Of 3.17 G/Tonne Gold\n\nMay 30, 2014\nReno, NV - Pinnacle Gold Corp. "
        "(PNGL:OTC) today provided results from its core drilling program at the Bruin project in Nevada.",
        ["exploration_results"],
    ),
    (
        "Two NI 43-101 Resource Estimates Completed at the Heron Project\nWINNIPEG, MANITOBA--(Marketwire - Jan. 15, "
        "2009) - Heron Resources Limited (TSX VENTURE:HRN) has been advised by its joint venture partner that initial "
        "resource estimates have been completed for two zones.",
        ["resource_estimate"],
    ),
    (
        "Halcyon Announces Financial Results for the Quarter\nTORONTO, Aug. 16 /CNW/ - Halcyon Mining Corporation "
        "(TSX: HMC) announced today its financial results for the six months ended June 30, 2010.\n"
        "The mine achieved design mine production and revenue came from the sale of 2,001 ounces of gold.\n"
        "Just after the quarter we completed our planned acquisition of the Cerro Alto mine in Chile.",
        ["financial_results", "production", "property_transaction"],
    ),
    (
        "Loyal Announces Letter of Intent for Gold Property Acquisition and $600,000 Concurrent Financing\n\n"
        'Toronto, Ontario - February 12, 2025 - Loyal Exploration Limited. ("Loyal") has entered into a letter of '
        "intent to option a 100% interest in the Gold Lake property.",
        ["financing", "property_transaction"],
    ),
    (
        "HERON APPOINTS NEW DIRECTOR OF MINING\nJune 18, 2003, Vancouver, BC - Jane Doe, President of Heron Mines "
        "Limited (TSX Venture:HML) announces the appointment of Tom Hale as Director of Mining.",
        ["management_change"],
    ),
    (
        "Board Change\nValley Gold Plc announces that its chairman will retire as Chairman at the annual general "
        "meeting to be held in September.",
        ["management_change"],
    ),
    (
        "Ardent Grants Stock Options; Appoints Investor Relations Consultant\n\nVANCOUVER, Feb. 12, 2025 (GLOBE "
        "NEWSWIRE) - Ardent Copper Corp. announces that the board has authorized the grant of 6,400,000 options.",
        ["other_corporate"],
    ),
    (
        "Halcyon Announces the Results of its Annual and Special Meeting\n\nTORONTO, May 11, 2017 (GLOBE NEWSWIRE) - "
        "Halcyon Mining Corporation is pleased to announce the results of its meeting held today.\n\n"
        "Ernst & Young LLP was appointed as the auditor of the Company until their successor is otherwise appointed "
        "and the directors were authorized to fix the auditor's remuneration.",
        ["other_corporate"],
    ),
    (
        "Ardent to Change Name to Quantum Copper\n\nVANCOUVER, BC - March 13, 2025 - Ardent Copper Inc. announces "
        "that it will change its name.",
        ["other_corporate"],
    ),
    (
        "Ridgeback Closes Private Placement\n\nVANCOUVER, Dec. 6, 2007 /CNW/ - Ridgeback Minerals Ltd. closed it.\n\n"
        "About Ridgeback\n\nRidgeback has signed an option agreement on the Lynx property and completed the "
        "acquisition of the Owl claims.\n\nForward-looking statements: the Company may complete an acquisition.",
        ["financing"],
    ),
    ("A note with nothing to say about any of the usual subjects at all today.", ["other_corporate"]),
    # a tonnage's grade belongs to a resource statement, not to drill results
    (
        "Osprey Updates Mineral Resource at Falcon Lake\n\nOsprey Copper Corp. reports an updated estimate.\n\n"
        "Highlights\n\n- Indicated Mineral Resources of 84.2 million tonnes grading 0.41% Cu and 0.15 g/t Au.\n"
        "- Inferred Mineral Resources of 12.5 Mt at 0.35% Cu.",
        ["resource_estimate"],
    ),
    (
        "Osprey Drills Wide Copper Zone\n\nOsprey Copper Corp. reports new holes.\n\n"
        "Hole FL-22-04 intersected 120 metres grading 0.62% Cu from 40 metres downhole.",
        ["exploration_results"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_categories_from_wording(text: str, expected: list[str]) -> None:
    r = run(text, "categories")
    assert [c.value for c in r.categories] == expected


def _bare(text: str) -> tuple[Release, object]:
    doc = normalise(text)
    return Release(source=Source(path=None, sha256="", format="text", chars=len(text))), doc


def test_categories_from_other_extractors() -> None:
    text = "Quarterly note\n\nThe company reports the figures below and some holes, as follows in the tables."
    release, doc = _bare(text)
    release.financings.append(Financing(count=Value(1_000_000.0), price=Value(0.1)))
    end = Value(dt.date(2024, 3, 31))
    release.facts.extend(Fact(concept=Value("cash"), value=Value(float(i)), period_end=end) for i in range(3))
    release.intercepts.extend(Intercept(hole=Value(f"H-{i}"), length_m=Value(2.0)) for i in range(3))
    categories.extract(doc, release)  # type: ignore[arg-type]
    assert [c.value for c in release.categories] == ["financial_results", "financing", "exploration_results"]
    assert all(c.note for c in release.categories)


def test_too_few_findings_give_no_category_by_themselves() -> None:
    release, doc = _bare("A note with nothing to say about any of the usual subjects at all today.")
    release.intercepts.append(Intercept(hole=Value("H-1"), length_m=Value(2.0)))
    release.financings.append(Financing(status=Value("announced")))
    categories.extract(doc, release)  # type: ignore[arg-type]
    assert [c.value for c in release.categories] == ["other_corporate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One line of prose.\n\nAnother line.", ["One line of prose.\n\nAnother line."]),
        ("\n\n  Indented prose.  \n\n", ["  Indented prose.  "]),
        (
            "Drill results came in.\n\nAbout Ridge\nRidge is a company.\n\nContact\nMore prose here.",
            ["Drill results came in.", "More prose here."],
        ),
        ("About Us\nIt explores for gold in Nevada.\nNext Heading\nProse.", ["Prose."]),
        ("Prose.\nForward-Looking Statements\nThe end of the release.", ["Prose."]),
        ("Prose.\n  ** Qualified Person\nA geologist reviewed this.\nAbout Ridge\nShort line", ["Prose."]),
        ("First line.\nThese are forward-looking words.\nThird line.", ["First line.", "Third line."]),
        ("Assays.\nNo regulatory authority has approved it.\nThe TSXV accepts no responsibility.", ["Assays."]),
        ("A note on unforward-looking wording.", ["A note on unforward-looking wording."]),
        ("Prose.\nThe exchange accepts\nno responsibility.\nMore.", ["Prose.", "no responsibility.\nMore."]),
        ("Caution\nThe weather is fine.", ["Caution\nThe weather is fine."]),
        ("About\nthe drill program.", ["About\nthe drill program."]),
        ("About Ridge\nA line that ends with a colon:\nDisclaimer\nBack to prose", []),
    ],
)
def test_body_ranges_leave_out_boilerplate(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in categories._body_ranges(text, 0)] == expected


def test_body_ranges_start_within_a_line() -> None:
    text = "Head. About the deal\nProse of the body."
    assert [text[a:b] for a, b in categories._body_ranges(text, 6)] == []
    assert [text[a:b] for a, b in categories._body_ranges(text, 7)] == ["bout the deal\nProse of the body."]


@pytest.mark.parametrize(
    ("low", "ranges", "expected"),
    [
        ("we closed the deal", [(0, 18)], [(3, "closed")]),
        ("closed it; (announced) x-drill", [(0, 30)], [(0, "closed"), (12, "announce"), (25, "drill")]),
        ("unclosed reclosing, oz\nozone", [(0, 28)], [(20, "oz"), (23, "oz")]),
        ("é-closed éclosed 5drill _drill", [(0, 30)], [(2, "closed"), (25, "drill")]),
        ("signed here\nnot there\nresigned", [(0, 11), (22, 30)], [(0, "signed"), (22, "resign")]),
        ("the assay", [(4, 9)], [(4, "assay")]),
        ("theassay", [(3, 8)], []),
    ],
)
def test_gate_hits_at_word_starts_inside_ranges(
    low: str, ranges: list[tuple[int, int]], expected: list[tuple[int, str]]
) -> None:
    assert categories._gate_hits(low, ranges) == expected


@pytest.mark.parametrize(
    ("low", "spaced"),
    [
        ("closed, the deal", b"closed  the deal"),
        ("é5_x(y)", b" 5 x y "),
        ("\u2022 drill\nhole", b"  drill hole"),
        ("", b""),
    ],
)
def test_spaced_keeps_ascii_letters_and_digits_in_place(low: str, spaced: bytes) -> None:
    assert categories._spaced(low) == spaced


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Short line\n\nThe firm is glad to report its results.", "The firm is glad to report its results."),
        ("1 2 3 4 5 6 7\nA\tline\u00a0of just eight words,  set out", "A\tline\u00a0of just eight words,  set out"),
        ("Seven words only in this one line", None),
        ("", None),
    ],
)
def test_lead_is_the_first_line_of_eight_words(text: str, lead: str | None) -> None:
    found = categories._lead(text, 0)
    assert (text[found[0] : found[1]] if found else None) == lead
