"""The same releases and the same queries give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from assay.store import Store
from releasegen import generate
from store import scenario

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("issuers", {}),
    ("issuers", {"name": "vale"}),
    ("releases", {}),
    ("releases", {"issuer": "NVM"}),
    ("releases", {"since": "2011-01-01", "category": "financing"}),
    ("financings", {}),
    ("financings", {"exchange": "TSXV", "min_proceeds": 500_000}),
    ("financings", {"since": "2012-01-01"}),
    ("facts", {}),
    ("facts", {"issuer": "NVM", "concept": "net_loss"}),
    ("facts", {"restated": True}),
    ("facts", {"period_end": "2011-03-31"}),
    ("intercepts", {}),
    ("intercepts", {"commodity": "Au", "min_gram_metres": 50}),
    ("counts", {}),
]
SEARCHES = ["flow-through", "placement", '"private placement" -flow', "quarter OR meeting", "drilling gold", "zzyzx"]


def fill(store: Store) -> None:
    scenario.load(store)
    for i in range(60):
        store.add(*generate(i, restated=i % 13 == 0))


def test_same_answers(stores: dict[str, Store]) -> None:
    for s in stores.values():
        fill(s)
    lite, pg = stores["sqlite"], stores["postgresql"]
    for method, kwargs in QUERIES:
        a = getattr(lite, method)(**kwargs)
        b = getattr(pg, method)(**kwargs)
        assert a == b, (method, kwargs)
    assert len(lite.facts(restated=True)) > 2
    assert len(lite.intercepts(commodity="Au", min_gram_metres=50)) > 5
    for q in SEARCHES:
        a = lite.search(q, limit=100)
        b = pg.search(q, limit=100)
        assert sorted(r["release"] for r in a) == sorted(r["release"] for r in b), q
        assert [r["headline"] for r in a if r["issuer"] == "Bluewater Copper Ltd."] == [
            r["headline"] for r in b if r["issuer"] == "Bluewater Copper Ltd."
        ]
    assert len(lite.search("drilling gold", limit=100)) == 60
