"""What the writer knows of issuers, people and properties already stored.

Resolving each release's issuer, people and properties against the tables
would take a dozen queries per release; the writer keeps these small tables
in memory instead, loaded on first use. A transaction that fails clears it
(it may hold rows that were rolled back), and so does a conflict with
another process writing the same database: it is then loaded again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from assay.store.schema import Issuer, IssuerName, IssuerTicker, Person, Property, Release, table_of


@dataclass(slots=True)
class Known:
    loaded: bool = False
    names: dict[str, int] = field(default_factory=dict)  # name key -> issuer
    display: dict[int, str] = field(default_factory=dict)  # issuer -> name shown
    latest: dict[int, dt.date] = field(default_factory=dict)  # issuer -> date of its latest release
    tickers: dict[tuple[str, str], set[int]] = field(default_factory=dict)  # (exchange, symbol) -> issuers
    people: dict[tuple[int | None, str], list[object]] = field(default_factory=dict)  # -> [person id, role]
    properties: dict[tuple[int | None, str], int] = field(default_factory=dict)

    def clear(self) -> None:
        self.loaded = False
        for d in (self.names, self.display, self.latest, self.tickers, self.people, self.properties):
            d.clear()

    def ensure(self, conn: Connection) -> None:
        if self.loaded:
            return
        self.clear()
        i, n, t = table_of(Issuer), table_of(IssuerName), table_of(IssuerTicker)
        p, pr, r = table_of(Person), table_of(Property), table_of(Release)
        self.display.update((row.id, row.name) for row in conn.execute(select(i.c.id, i.c.name)))
        self.names.update((row.key, row.issuer_id) for row in conn.execute(select(n.c.key, n.c.issuer_id)))
        for row in conn.execute(select(t.c.exchange, t.c.symbol, t.c.issuer_id)):
            self.tickers.setdefault((row.exchange, row.symbol), set()).add(row.issuer_id)
        latest = select(r.c.issuer_id, func.max(r.c.release_date)).where(r.c.issuer_id.is_not(None))
        for issuer_id, date in conn.execute(latest.group_by(r.c.issuer_id)):
            if date is not None:
                self.latest[issuer_id] = date
        people = select(p.c.id, p.c.issuer_id, p.c.key, p.c.role).where(p.c.issuer_id.is_not(None))
        for person_id, issuer_id, key, role in conn.execute(people):
            self.people[(issuer_id, key)] = [person_id, role]
        for property_id, issuer_id, key in conn.execute(select(pr.c.id, pr.c.issuer_id, pr.c.key)):
            self.properties[(issuer_id, key)] = property_id
        self.loaded = True
