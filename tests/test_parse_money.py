"""The money parser on real strings from releases."""

from __future__ import annotations

import pytest

from assay.parse.money import find_money, parse_money, stated_currency

# (text, amount, currency, per, up_to)
CASES = [
    ("CDN$0.10 per Unit", 0.10, "CAD", "unit", False),
    ("CDN$1,162,000", 1_162_000, "CAD", None, False),
    ("C$1.48 million", 1_480_000, "CAD", None, False),
    ("C$27,756.27", 27_756.27, "CAD", None, False),
    ("CA$2.70 per Unit", 2.70, "CAD", "unit", False),
    ("Cdn$0.25 per share", 0.25, "CAD", "share", False),
    ("CAD$500,000", 500_000, "CAD", None, False),
    ("CAD 5,000,000", 5_000_000, "CAD", None, False),
    ("$4.2 million", 4_200_000, None, None, False),
    ("$3.34M", 3_340_000, None, None, False),
    ("$0.70 per NFT Unit", 0.70, None, "unit", False),
    ("$1.00 per FT Share", 1.00, None, "share", False),
    ("$0.45 a share", 0.45, None, "share", False),
    ("US$542,500", 542_500, "USD", None, False),
    ("U.S.$1.2 billion", 1_200_000_000, "USD", None, False),
    ("USD 5.2 million", 5_200_000, "USD", None, False),
    ("A$0.02 per share", 0.02, "AUD", "share", False),
    ("AUD$1.5m", 1_500_000, "AUD", None, False),
    ("45 cents", 0.45, None, None, False),
    ("11 cents per unit", 0.11, None, "unit", False),
    ("1,000,000 Canadian dollars", 1_000_000, "CAD", None, False),
    ("2.5 million U.S. dollars", 2_500_000, "USD", None, False),
    ("$5 million Canadian dollars", 5_000_000, "CAD", None, False),
    ("£250,000", 250_000, "GBP", None, False),
    ("$2.5-million", 2_500_000, None, None, False),
    ("C$1.2-million", 1_200_000, "CAD", None, False),
    ("$0.45/share", 0.45, None, "share", False),
]


@pytest.mark.parametrize(("text", "amount", "currency", "per", "up_to"), CASES)
def test_parse_money(text: str, amount: float, currency: str | None, per: str | None, up_to: bool) -> None:
    m = parse_money(text)
    assert m is not None
    assert m.amount == pytest.approx(amount)
    assert m.currency == currency
    assert m.per == per
    assert m.up_to is up_to


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        (
            "raise up to $5,000,000 through the sale of up to 10,000,000 units at $0.50 per unit",
            [(5_000_000, True), (0.5, False)],
        ),
        (
            "for aggregate gross proceeds of $3,346,784.76, consisting of 30,425,316 units at 11 cents per unit",
            [(3_346_784.76, False), (0.11, False)],
        ),
        ("incurred a loss of US$1,416,040 compared to US$341,040", [(1_416_040, False), (341_040, False)]),
        ("drilled 12.5 m grading 3.2 g/t Au", []),
        ("in 2005, 355,000 stock options", []),
        # a sign or a code before the number, or the currency's words after it, each found
        (
            "revenue of U.S.$2.4 million, costs of CAD 310,000 and 1,250,000.50 Canadian dollars, "
            "fees of 7,500 AUD, 45 cents a share, \u00a31.2 million and \u20ac800,000",
            [
                (2_400_000, False),
                (310_000, False),
                (1_250_000.5, False),
                (7_500, False),
                (0.45, False),
                (1_200_000, False),
                (800_000, False),
            ],
        ),
        (
            "The USD strengthened; 300 dollars; CAD$ 50; C$12 and US $ 9",
            [(300, False), (50, False), (12, False), (9, False)],
        ),
    ],
)
def test_find_money_in_sentences(sentence: str, amounts: list[tuple[float, bool]]) -> None:
    found = [(m.amount, m.up_to) for m in find_money(sentence)]
    assert found == [(pytest.approx(a), u) for a, u in amounts]


def test_spans_index_the_text() -> None:
    s = "issued at the price of CDN$0.10 per Unit to raise CDN$1,162,000."
    spans = [s[m.start : m.end] for m in find_money(s)]
    assert spans == ["CDN$0.10 per Unit", "CDN$1,162,000"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("All dollar figures are stated in thousands of US$ unless otherwise noted.", "USD"),
        ("All amounts are in Canadian dollars unless otherwise stated.", "CAD"),
        ("All dollar amounts are expressed in U.S. dollars.", "USD"),
        ("Amounts are expressed in Australian dollars", "AUD"),
        ("(Expressed in thousands of Canadian dollars)", "CAD"),
        ("(in thousands of US dollars, except per share amounts)", "USD"),
        ("The Company keeps part of its cash in Canadian dollars.", None),
        ("The Company spent $5 on dollars.", None),
        ("The (non-brokered) offering closed, all of it. All amounts are in Canadian dollars.", "CAD"),
        ("Totals (see the table): figures are stated in US$.", "USD"),
    ],
)
def test_stated_currency(text: str, code: str | None) -> None:
    found = stated_currency(text)
    assert (found[0] if found else None) == code


# Offering terms as releases write them: (text, amount, currency, per, scale)
OFFERING_CASES = [
    ("$1,000 per Debenture", 1_000, None, "debenture", 1.0),
    ("C$0.85 per Charity Flow-Through Share", 0.85, "CAD", "share", 1.0),
    ("$1.00 per Subscription Receipt", 1.00, None, "receipt", 1.0),
    ("$0.05/unit", 0.05, None, "unit", 1.0),
    ("CAD$0.10 per FT Unit", 0.10, "CAD", "unit", 1.0),
    ("$0.10 per hard dollar unit", 0.10, None, "unit", 1.0),
    ("US $1.20 per share", 1.20, "USD", "share", 1.0),
    ("C $0.10 per unit", 0.10, "CAD", "unit", 1.0),
    ("A$3.0 million", 3_000_000, "AUD", None, 1e6),
    ("$2.5M", 2_500_000, None, None, 1e6),
    ("$.05 per share", 0.05, None, "share", 1.0),
    ("$0.085 per Unit", 0.085, None, "unit", 1.0),
    ("Cdn$2,975,000", 2_975_000, "CAD", None, 1.0),
    ("AUD 0.02 per share", 0.02, "AUD", "share", 1.0),
    ("$4.2 million Canadian dollars", 4_200_000, "CAD", None, 1e6),
    ("5 cents per flow-through share", 0.05, None, "share", 1.0),
]


@pytest.mark.parametrize(("text", "amount", "currency", "per", "scale"), OFFERING_CASES)
def test_offering_money(text: str, amount: float, currency: str | None, per: str | None, scale: float) -> None:
    m = parse_money(text)
    assert m is not None
    assert (m.amount, m.currency, m.per, m.scale) == (pytest.approx(amount), currency, per, scale)


@pytest.mark.parametrize(
    ("sentence", "up_to"),
    [
        ("for aggregate gross proceeds of up to an aggregate of $5,000,000", [True]),
        ("a maximum of C$1.2 million, with units priced at $0.10 per unit", [True, False]),
        ("up to 10,000,000 units at $0.50 per unit", [False]),
        ("gross proceeds not to exceed $750,000", [True]),
    ],
)
def test_up_to_maxima(sentence: str, up_to: list[bool]) -> None:
    assert [m.up_to for m in find_money(sentence)] == up_to
