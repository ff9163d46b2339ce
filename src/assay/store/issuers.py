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

from sqlalchemy import Connection, func, insert, select, update

from assay.store.names import company_key, has_legal_suffix, is_upper
from assay.store.schema import Issuer, IssuerName, IssuerTicker, Release

_issuers = Issuer.__table__
_names = IssuerName.__table__
_tickers = IssuerTicker.__table__
_releases = Release.__table__

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


def _by_key(conn: Connection, key: str) -> int | None:
    return conn.execute(select(_names.c.issuer_id).where(_names.c.key == key)).scalar()


def _by_listing(conn: Connection, listings: tuple[tuple[str, str], ...]) -> int | None:
    for exchange, symbol in listings:
        ids = (
            conn.execute(
                select(_tickers.c.issuer_id).where(_tickers.c.exchange == exchange, _tickers.c.symbol == symbol)
            )
            .scalars()
            .all()
        )
        if len(ids) == 1:
            return ids[0]
    return None


def _add_name(conn: Connection, issuer_id: int, name: str, former: bool) -> None:
    key = company_key(name)
    if key and _by_key(conn, key) is None:
        conn.execute(insert(_names).values(issuer_id=issuer_id, name=name, key=key, former=former))


def _latest_date(conn: Connection, issuer_id: int) -> dt.date | None:
    return conn.execute(select(func.max(_releases.c.release_date)).where(_releases.c.issuer_id == issuer_id)).scalar()


def _display_name(conn: Connection, issuer_id: int, facts: IssuerFacts) -> None:
    """Show the issuer under the name of its latest release, as written in
    mixed case when a release gives it so (a letterhead is often capitals)."""
    if not facts.name:
        return
    current = conn.execute(select(_issuers.c.name).where(_issuers.c.id == issuer_id)).scalar_one()
    latest = _latest_date(conn, issuer_id)
    newer = latest is None or (facts.release_date is not None and facts.release_date >= latest)
    same = company_key(current) == company_key(facts.name)
    if same:
        better = is_upper(current) and not is_upper(facts.name)
    else:
        better = newer or _by_key(conn, company_key(current)) is None
    if better:
        conn.execute(update(_issuers).where(_issuers.c.id == issuer_id).values(name=facts.name))


def resolve(conn: Connection, facts: IssuerFacts) -> int | None:
    """The id of the release's issuer, created or extended as needed."""
    key = company_key(facts.name) if facts.name else ""
    issuer_id = _by_key(conn, key) if key else None
    if issuer_id is None:
        for former in facts.former_names:
            issuer_id = _by_key(conn, company_key(former))
            if issuer_id is not None:
                break
    if issuer_id is None and facts.listings:
        issuer_id = _by_listing(conn, facts.listings)
    if issuer_id is None:
        if not key and not facts.listings:
            return None
        placeholder = facts.name or ":".join(facts.listings[0])
        issuer_id = conn.execute(insert(_issuers).values(name=placeholder).returning(_issuers.c.id)).scalar_one()
    else:
        _display_name(conn, issuer_id, facts)
    if facts.name:
        _add_name(conn, issuer_id, facts.name, former=False)
    for former in facts.former_names:
        _add_name(conn, issuer_id, former, former=True)
    known = set(
        conn.execute(select(_tickers.c.exchange, _tickers.c.symbol).where(_tickers.c.issuer_id == issuer_id)).all()
    )
    new = [
        {"issuer_id": issuer_id, "exchange": e, "symbol": s}
        for e, s in dict.fromkeys(facts.listings)
        if (e, s) not in known
    ]
    if new:
        conn.execute(insert(_tickers), new)
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
