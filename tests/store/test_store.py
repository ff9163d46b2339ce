"""The store on SQLite and PostgreSQL: issuers, idempotence, transactions, queries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from assay.model import Fact, Value
from assay.store import Outcome, Store, UnknownIssuer
from assay.store.schema import Check
from assay.store.schema import Fact as FactRow
from assay.store.schema import Release as ReleaseRow
from store import scenario


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_one_issuer_across_name_variants_former_name_and_ticker(store: Store) -> None:
    scenario.load(store)
    issuers = store.issuers()
    assert [i["name"] for i in issuers] == ["Bluewater Copper Ltd.", "Northern Vale Gold Inc."]
    northern = issuers[1]
    assert northern["releases"] == 4
    assert northern["listings"] == "TSXV:NVM, TSXV:NVG, OTC:NVGLF"
    assert "Northern Vale Mining Corporation" in northern["other_names"]
    assert northern["first"] == dt.date(2004, 5, 28)
    assert northern["last"] == dt.date(2012, 3, 5)
    assert northern["people"] == 2  # "Harold P. Lindqvist" and "Harold Lindqvist" are spelled differently
    assert northern["properties"] == 1  # "Red Fern Property" and "Red Fern"


def test_people_resolved_by_name_within_issuer(store: Store) -> None:
    scenario.load(store)
    with store.engine.connect() as conn:
        people = conn.execute(text("SELECT name, role FROM people ORDER BY name")).all()
        mentions = conn.execute(text("SELECT count(*) FROM person_mentions")).scalar_one()
    assert mentions == 4
    assert [p.name for p in people] == ["Alana M. Whitford", "Harold Lindqvist", "Harold P. Lindqvist"]
    assert dict((p.name, p.role) for p in people)["Harold P. Lindqvist"] == "President"


@pytest.mark.parametrize("query", ["NVM", "nvg", "TSXV:NVG", "Northern Vale Gold", "NORTHERN VALE MINING CORP", "vale"])
def test_an_issuer_is_found_by_any_ticker_or_name(store: Store, query: str) -> None:
    scenario.load(store)
    rows = store.releases(issuer=query)
    assert [r["release_date"].year for r in rows] == [2004, 2005, 2011, 2012]
    assert {r["issuer"] for r in rows} == {"Northern Vale Gold Inc."}


def test_unknown_issuer_is_an_error(store: Store) -> None:
    scenario.load(store)
    with pytest.raises(UnknownIssuer):
        store.facts(issuer="ZZZ")


def test_reingest_is_idempotent(store: Store) -> None:
    scenario.load(store)
    before = {t: count(store, t) for t in ("releases", "facts", "financings", "grades", "checks", "issuers")}
    for make in scenario.ALL:
        assert store.add(*make()) is Outcome.PRESENT
    assert {t: count(store, t) for t in before} == before


def test_replace_stores_the_release_again_once(store: Store) -> None:
    scenario.load(store)
    before = {t: count(store, t) for t in ("releases", "facts", "intercepts", "grades", "checks")}
    assert store.add(*scenario.bluewater_2012(), replace=True) is Outcome.REPLACED
    assert store.add(*scenario.northern_2005(), replace=True) is Outcome.REPLACED
    assert {t: count(store, t) for t in before} == before
    assert len(store.facts(issuer="NVM", restated=True)) == 2


def test_a_release_that_fails_midway_leaves_nothing(store: Store) -> None:
    scenario.load(store)
    before = {t: count(store, t) for t in ("releases", "financings", "facts", "listings", "categories", "people")}
    release, body = scenario.bluewater_2012()
    release.source.sha256 = "f" * 64
    release.facts.append(Fact(concept=Value(None), value=Value(1.0)))  # type: ignore[arg-type]
    with pytest.raises(Exception, match=r"(?i)null"):
        store.add(release, body)
    assert {t: count(store, t) for t in before} == before
    with store.engine.connect() as conn:
        assert conn.execute(select(ReleaseRow.sha256).where(ReleaseRow.sha256 == "f" * 64)).first() is None


def test_a_failing_release_in_a_group_rolls_back_alone(store: Store) -> None:
    good = scenario.ALL[0]()
    bad, body = scenario.bluewater_2012()
    bad.source.sha256 = "e" * 64
    bad.facts.append(Fact(concept=Value(None), value=Value(1.0)))  # type: ignore[arg-type]
    with pytest.raises(Exception, match=r"(?i)null"):
        store.add_many([good, (bad, body), scenario.ALL[1]()])
    with store.engine.connect() as conn:
        stored = set(conn.execute(select(ReleaseRow.sha256)).scalars())
        bad_facts = conn.execute(
            select(func.count()).select_from(FactRow).join(ReleaseRow).where(ReleaseRow.sha256 == "e" * 64)
        )
        assert bad_facts.scalar_one() == 0
    assert stored == {good[0].source.sha256}
    assert store.add_many(make() for make in scenario.ALL) == [Outcome.PRESENT] + [Outcome.STORED] * (
        len(scenario.ALL) - 1
    )


def test_restatement_flagged_across_releases(store: Store) -> None:
    scenario.load(store)
    flagged = store.facts(issuer="NVM", restated=True)
    assert [(f["period_end"], f["value"], f["restated"]) for f in flagged] == [
        (dt.date(2004, 3, 31), 1416040.0, "1,516,040"),
        (dt.date(2004, 3, 31), 1516040.0, "1,416,040"),
    ]
    with store.engine.connect() as conn:
        checks = conn.execute(
            select(Check.ok, Check.expected, Check.found).where(Check.name == "restatement").order_by(Check.id)
        ).all()
    # 2004-03-31 differs; the 2004 year's "$5.4 million" agrees with $5,446,629 as rounded
    assert [tuple(c) for c in checks] == [(False, 1416040.0, 1516040.0), (True, 5400000.0, 5446629.0)]


def test_restatement_found_whatever_order_releases_arrive(store: Store) -> None:
    for make in reversed(scenario.ALL):
        store.add(*make())
    assert len(store.facts(issuer="NVM", restated=True)) == 2


def test_facts_query(store: Store) -> None:
    scenario.load(store)
    rows = store.facts(issuer="NVM", concept="net_loss")
    assert [(r["period_end"].isoformat(), r["period_months"], r["value"]) for r in rows] == [
        ("2003-03-31", 3, 341040.0),
        ("2004-03-31", 3, 1416040.0),
        ("2004-03-31", 3, 1516040.0),
        ("2004-12-31", 12, 5400000.0),
        ("2004-12-31", 12, 5446629.0),
        ("2005-03-31", 3, 1250000.0),
    ]
    assert [r["value"] for r in store.facts(concept="net_loss", period_end="2004-12-31")] == [5400000.0, 5446629.0]
    assert len(store.facts(issuer="NVM", since="2004-06-30", until="2005-03-31")) == 4
    assert [r["value"] for r in store.facts(item="red fern")] == [98250.0]


def test_financings_filters(store: Store) -> None:
    scenario.load(store)
    all_rows = store.financings()
    assert [(r["issuer"], r["gross_proceeds"], r["security"]) for r in all_rows] == [
        ("Northern Vale Gold Inc.", 1162000.0, "units"),
        ("Bluewater Copper Ltd.", 1500000.0, "flow_through_shares"),
    ]
    assert all_rows[0]["brokered"] is False
    assert all_rows[0]["warrant_term_months"] == 24.0
    assert [r["gross_proceeds"] for r in store.financings(exchange="TSXV")] == [1162000.0]
    assert [r["gross_proceeds"] for r in store.financings(exchange="tsx-v")] == [1162000.0]
    assert [r["gross_proceeds"] for r in store.financings(exchange="CSE")] == [1500000.0]
    assert [r["gross_proceeds"] for r in store.financings(min_proceeds=1_200_000)] == [1500000.0]
    assert store.financings(since="2012-01-01", exchange="TSXV") == []
    assert [r["gross_proceeds"] for r in store.financings(since=dt.date(2011, 11, 21))] == [1162000.0, 1500000.0]


def test_intercepts_gram_metres(store: Store) -> None:
    scenario.load(store)
    rows = store.intercepts(commodity="au")
    assert [(r["hole"], r["length_m"], r["grade"], r["unit"], round(r["gram_metres"], 2)) for r in rows] == [
        ("BW-12-07", 42.0, 0.62, "g/t", 26.04),
        ("BW-12-07", 6.5, 2.3, "g/t", 14.95),
        ("BW-12-09", 12.0, 0.45, "oz/t", 185.14),
    ]
    assert [r["including"] for r in rows] == [False, True, False]
    assert [r["hole"] for r in store.intercepts(commodity="Au", min_gram_metres=20)] == ["BW-12-07", "BW-12-09"]
    copper = store.intercepts(commodity="Cu", min_grade=2)
    assert [(r["grade"], r["gram_metres"]) for r in copper] == [(4.1, None)]
    assert len(store.intercepts()) == 5


@pytest.mark.parametrize(
    ("query", "years"),
    [
        ("flow-through", [2012]),
        ('"private placement"', [2011, 2012]),
        ("placements", [2011, 2012]),
        ("restructuring OR meeting", [2012]),
        ("placement -flow", [2011]),
        ("quarter loss", [2004, 2005]),
        ("zzyzx", []),
        ("", []),
    ],
)
def test_search(store: Store, query: str, years: list[int]) -> None:
    scenario.load(store)
    rows = store.search(query)
    assert sorted(r["release_date"].year for r in rows) == years
    for r in rows:
        assert "[" in r["snippet"] or "[" in r["headline"] or query.endswith("meeting")


def test_search_index_follows_deletes(store: Store) -> None:
    scenario.load(store)
    store.add(*scenario.bluewater_2012(), replace=True)
    assert [r["issuer"] for r in store.search("flow-through")] == ["Bluewater Copper Ltd."]


def test_record_and_evidence_are_stored(store: Store) -> None:
    release, body = scenario.northern_2011()
    store.add(release, body)
    with store.engine.connect() as conn:
        record = conn.execute(select(ReleaseRow.record, ReleaseRow.text)).one()
        evidence = conn.execute(select(FactRow.evidence)).scalar_one()
    assert record.record == release.to_dict()
    assert record.text == body
    span = evidence["value"]
    assert body[span["start"] : span["end"]] == span["text"] == "5,446,629"


def test_releases_query_counts_what_each_holds(store: Store) -> None:
    scenario.load(store)
    rows = store.releases(category="financing")
    assert [(r["issuer"], r["financings"], r["facts"], r["intercepts"]) for r in rows] == [
        ("Northern Vale Gold Inc.", 1, 1, 0),
        ("Bluewater Copper Ltd.", 1, 0, 3),
    ]
    assert rows[1]["categories"] == ["exploration_results", "financing"]
    assert [r["release_date"].year for r in store.releases(since="2005-01-01", until="2011-12-31")] == [2005, 2011]


def test_counts(store: Store) -> None:
    scenario.load(store)
    assert store.counts() == {
        "issuers": 2,
        "releases": 5,
        "financings": 2,
        "facts": 8,
        "intercepts": 3,
        "restatements": 1,
    }
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(FactRow.__table__)).scalar_one() == 8


def test_two_writers_resolve_to_one_issuer(store: Store) -> None:
    other = Store(store.url.render_as_string(hide_password=False))
    try:
        store.add(*scenario.bluewater_2012())
        other.add(*scenario.bluewater_2012())  # loads what it knows: Bluewater only
        store.add(*scenario.northern_2004())  # the other writer does not know Northern Vale yet
        assert other.add(*scenario.northern_2005()) is Outcome.STORED
    finally:
        other.close()
    assert [(i["name"], i["releases"]) for i in store.issuers()] == [
        ("Bluewater Copper Ltd.", 1),
        ("Northern Vale Mining Corporation", 2),  # the same name: the first spelling stays
    ]
