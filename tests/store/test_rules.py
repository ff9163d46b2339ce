"""Table tests of the store's rules: name keys, former names, rounding, search queries, URLs."""

from __future__ import annotations

import pytest

from assay.store.issuers import former_names
from assay.store.names import company_key, person_key, property_key
from assay.store.restate import rounding, same_figure
from assay.store.search import fts5_query
from assay.store.url import resolve_url


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Emgold Mining Corporation", "EMGOLD MINING"),
        ("EMGOLD MINING CORP.", "EMGOLD MINING"),
        ("Emgold Mining Corp", "EMGOLD MINING"),
        ("The Bluewater Copper Company Ltd.", "BLUEWATER COPPER"),
        ("Kettle River Resources Ltd.", "KETTLE RIVER RESOURCES"),
        ("Kettle River Resources Limited", "KETTLE RIVER RESOURCES"),
        ("Ressources Minières Québec Ltée", "RESSOURCES MINIERES QUEBEC"),
        ("Black & White Metals Inc.", "BLACK AND WHITE METALS"),
        ("Black and White Metals, Inc.", "BLACK AND WHITE METALS"),
        ("Southern Cross Gold Pty Ltd", "SOUTHERN CROSS GOLD"),
        ("Corporation", "CORPORATION"),
    ],
)
def test_company_key(name: str, key: str) -> None:
    assert company_key(name) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [("David G. Watkinson", "DAVID G. WATKINSON"), ("Jean-Luc Tremblay", "Jean Luc Tremblay")],
)
def test_person_key_ignores_case_and_punctuation(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("the Idaho-Maryland Property", "Idaho-Maryland"), ("Stewart Project", "STEWART property")],
)
def test_property_key(a: str, b: str) -> None:
    assert property_key(a) == property_key(b)


@pytest.mark.parametrize(
    ("text", "name", "former"),
    [
        (
            "Northern Vale Gold Inc. (formerly Northern Vale Mining Corp.) announces",
            "Northern Vale Gold Inc.",
            ("Northern Vale Mining Corp",),
        ),
        (
            "Copperline Metals Ltd. (formerly known as Redcap Ventures Inc.) (TSXV: CUL)",
            "Copperline Metals Ltd.",
            ("Redcap Ventures Inc",),
        ),
        (
            "Arcadia Lithium Corp., formerly Arcadia Gold Corp., reports",
            "Arcadia Lithium Corp.",
            ("Arcadia Gold Corp",),
        ),
        (
            "Copperline Metals Ltd. reports. The Bishop claims (formerly the Jasper claims) lie " + "x " * 150,
            "Copperline Metals Ltd.",
            (),
        ),
        (
            "Far from the name. " + "filler " * 60 + "The mill (formerly Westside Milling Inc.) was sold.",
            "Copperline Metals Ltd.",
            (),
        ),
        ("Copperline Metals Ltd. (formerly Copperline Metals Limited)", "Copperline Metals Ltd.", ()),
        ("Copperline Metals Ltd. was formerly", "Copperline Metals Ltd.", ()),
        ("Copperline Metals Ltd. (formerly Redcap Ventures Inc.)", None, ()),
    ],
)
def test_former_names(text: str, name: str | None, former: tuple[str, ...]) -> None:
    assert former_names(text, name) == former


def test_former_names_safe_on_long_lines() -> None:
    text = "Copperline Metals Ltd. " + "formerly A" * 50_000
    assert isinstance(former_names(text, "Copperline Metals Ltd."), tuple)


@pytest.mark.parametrize(
    ("value", "half_unit"),
    [(5_400_000, 50_000), (5_446_629, 0.5), (1_162_000, 500), (0.15, 0.005), (0, 0.005)],
)
def test_rounding(value: float, half_unit: float) -> None:
    assert rounding(value) == half_unit


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (5_400_000, 5_446_629, True),  # "$5.4 million" then the exact figure
        (5_000_000, 5_446_629, True),  # "$5 million"
        (1_416_040, 1_516_040, False),
        (1_416_040, 1_416_040, True),
        (341_040, 341_000, True),
        (341_040, 339_000, False),
        (0.03, 0.03, True),
        (0.03, 0.04, False),
    ],
)
def test_same_figure(a: float, b: float, same: bool) -> None:
    assert same_figure(a, b) is same
    assert same_figure(b, a) is same


@pytest.mark.parametrize(
    ("query", "fts5"),
    [
        ("flow-through", '("flow through")'),
        ("private placement", '("private") AND ("placement")'),
        ('"private placement" tranche', '("private placement") AND ("tranche")'),
        ("gold OR silver", '("gold" OR "silver")'),
        ("placement -brokered", '(("placement")) NOT "brokered"'),
        ('AND NOT ) ( * "', '("AND") AND ("NOT")'),
        ("-only", ""),
        ("", ""),
    ],
)
def test_fts5_query(query: str, fts5: str) -> None:
    assert fts5_query(query) == fts5


@pytest.mark.parametrize(
    ("given", "env", "url"),
    [
        (None, None, "sqlite:///assay.db"),
        (None, "/data/releases.db", "sqlite:////data/releases.db"),
        ("news.db", "/data/releases.db", "sqlite:///news.db"),
        ("postgresql://assay@localhost/releases", None, "postgresql+psycopg://assay@localhost/releases"),
        ("postgres://assay@db:5433/releases", None, "postgresql+psycopg://assay@db:5433/releases"),
        ("sqlite:///x.db", None, "sqlite:///x.db"),
    ],
)
def test_resolve_url(given: str | None, env: str | None, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if env is None:
        monkeypatch.delenv("ASSAY_DB", raising=False)
    else:
        monkeypatch.setenv("ASSAY_DB", env)
    assert resolve_url(given).render_as_string(hide_password=False) == url
