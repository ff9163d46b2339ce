"""Resolve the issuer of a release to one row across all its releases.

A release names its issuer (``"Emgold Mining Corporation"``), lists its
tickers (``TSXV:EMR``), and sometimes states a former name (``"... (formerly
Golden Ore Inc.)"``). The issuer is the one already known by the name
(legal suffix, case and punctuation aside), else by a former name the
release states, else by a listing (exchange and symbol) only one issuer
holds; otherwise a new issuer. Every name and listing seen is kept for the
issuer, so later releases resolve through any of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, insert, select, update

from assay.store.known import Known
from assay.store.names import company_key, has_legal_suffix, is_upper
from assay.store.schema import Issuer, IssuerName, IssuerTicker, Release, table_of

_issuers = table_of(Issuer)
_names = table_of(IssuerName)
_tickers = table_of(IssuerTicker)
_releases = table_of(Release)

# "(formerly Golden Ore Inc.)", "formerly known as Golden Ore Inc.", "formerly, Golden Ore Ltd."
_FORMERLY = re.compile(
    r"\bformerly(?:\s+(?:known\s+as|called|named))?[ \t,:]{1,3}"
    r"(?:\"|the\s+)?([A-Z][A-Za-z0-9&.,'\- ]{1,100}?)\"?\s*(?:\)|;|\n|[.,]\s|$)"
)
_NEAR = 200  # a former name counts only this close after the issuer's name


@dataclass(frozen=True, slots=True)
class IssuerFacts:
    """What one release says about its issuer."""

    name: str | None
    listings: tuple[tuple[str, str], ...]
    former_names: tuple[str, ...]
    release_date: dt.date | None


def former_names(text: str, name: str | None) -> tuple[str, ...]:
    """Former names the release gives for ``name`` ("X Corp. (formerly Y Inc.)").

    A former name counts when it follows the issuer's name directly, or
    when it is a company's name (with a legal suffix) stated shortly after
    the issuer's name; "the Bishop claims (formerly the Jasper claims)" is
    no name of the issuer.
    """
    if not name:
        return ()
    key = company_key(name)
    head = key.split(" ")[0].lower()
    if not head:
        return ()
    lowered = text.lower()
    written = name.lower().rstrip(".")
    found: list[str] = []
    for m in _FORMERLY.finditer(text):
        before = lowered[max(0, m.start() - _NEAR) : m.start()]
        candidate = m.group(1).strip(" ,.'\"")
        ckey = company_key(candidate)
        if not ckey or ckey == key or candidate in found or head not in before:
            continue
        adjacent = before.rstrip(" (,").rstrip(".").endswith(written)
        if adjacent or has_legal_suffix(candidate):
            found.append(candidate)
    return tuple(found)


_NEW_ISSUER = insert(_issuers).returning(_issuers.c.id)
_RENAME = update(_issuers).where(_issuers.c.id == bindparam("issuer_id")).values(name=bindparam("new_name"))
_NEW_NAME = insert(_names)
_NEW_TICKER = insert(_tickers)


def _by_listing(known: Known, listings: tuple[tuple[str, str], ...]) -> int | None:
    for listing in listings:
        ids = known.tickers.get(listing, set())
        if len(ids) == 1:
            return next(iter(ids))
    return None


def _display_name(conn: Connection, known: Known, issuer_id: int, facts: IssuerFacts) -> None:
    """Show the issuer under the name of its latest release, as written in
    mixed case when a release gives it so (a letterhead is often capitals)."""
    if not facts.name:
        return
    current = known.display[issuer_id]
    latest = known.latest.get(issuer_id)
    newer = latest is None or (facts.release_date is not None and facts.release_date >= latest)
    if company_key(current) == company_key(facts.name):
        better = is_upper(current) and not is_upper(facts.name)
    else:
        better = newer or company_key(current) not in known.names
    if better:
        conn.execute(_RENAME, {"issuer_id": issuer_id, "new_name": facts.name})
        known.display[issuer_id] = facts.name


def resolve(conn: Connection, facts: IssuerFacts, known: Known) -> int | None:
    """The id of the release's issuer, created or extended as needed."""
    key = company_key(facts.name) if facts.name else ""
    issuer_id = known.names.get(key) if key else None
    if issuer_id is None:
        issuer_id = next((known.names[k] for k in map(company_key, facts.former_names) if k in known.names), None)
    if issuer_id is None and facts.listings:
        issuer_id = _by_listing(known, facts.listings)
    if issuer_id is None:
        if not key and not facts.listings:
            return None
        placeholder = facts.name or ":".join(facts.listings[0])
        issuer_id = conn.execute(_NEW_ISSUER, {"name": placeholder}).scalar_one()
        known.display[issuer_id] = placeholder
    else:
        _display_name(conn, known, issuer_id, facts)
    names = [(facts.name, False)] if facts.name else []
    names += [(f, True) for f in facts.former_names]
    for name, former in names:
        k = company_key(name)
        if k and k not in known.names:
            conn.execute(_NEW_NAME, {"issuer_id": issuer_id, "name": name, "key": k, "former": former})
            known.names[k] = issuer_id
    for listing in dict.fromkeys(facts.listings):
        holders = known.tickers.setdefault(listing, set())
        if issuer_id not in holders:
            conn.execute(_NEW_TICKER, {"issuer_id": issuer_id, "exchange": listing[0], "symbol": listing[1]})
            holders.add(issuer_id)
    if facts.release_date is not None and facts.release_date > known.latest.get(issuer_id, dt.date.min):
        known.latest[issuer_id] = facts.release_date
    return issuer_id


def matching(conn: Connection, query: str) -> list[int]:
    """Issuers a user means by ``query``: an id, a ticker, a name (any spelling), or part of a name."""
    q = query.strip()
    if q.isdigit():
        found = conn.execute(select(_issuers.c.id).where(_issuers.c.id == int(q))).scalars().all()
        if found:
            return list(found)
    symbol = q.upper().split(":")[-1]
    exchange = q.upper().split(":")[0] if ":" in q else None
    by_ticker = select(_tickers.c.issuer_id).where(_tickers.c.symbol == symbol)
    if exchange:
        by_ticker = by_ticker.where(_tickers.c.exchange == exchange)
    ids = set(conn.execute(by_ticker).scalars().all())
    key = company_key(q)
    if key:
        ids.update(conn.execute(select(_names.c.issuer_id).where(_names.c.key == key)).scalars().all())
    if not ids and key:
        pattern = f"%{key}%"
        ids.update(conn.execute(select(_names.c.issuer_id).where(_names.c.key.like(pattern))).scalars().all())
    return sorted(ids)
