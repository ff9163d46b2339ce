"""Queries over the store; each returns plain rows (dicts) in a stable order.

These are the functions behind ``assay issuers``, ``releases``,
``financings``, ``facts`` and ``intercepts``; the same arguments give the
same rows on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, exists, func, or_, select

from assay.store import issuers as issuer_names
from assay.store.schema import (
    Category,
    Check,
    Fact,
    Failure,
    Financing,
    Grade,
    Intercept,
    Issuer,
    IssuerName,
    IssuerTicker,
    Listing,
    Person,
    Property,
    Release,
    table_of,
)

Row = dict[str, Any]
DateArg = dt.date | str | None

_r = table_of(Release)
_i = table_of(Issuer)
_names = table_of(IssuerName)
_tick = table_of(IssuerTicker)
_fin = table_of(Financing)
_fact = table_of(Fact)
_int = table_of(Intercept)
_grade = table_of(Grade)
_list = table_of(Listing)
_cat = table_of(Category)
_check = table_of(Check)
_people = table_of(Person)
_props = table_of(Property)

EXCHANGE_ALIASES = {
    "TSX-V": "TSXV",
    "TSX VENTURE": "TSXV",
    "TSX-VENTURE": "TSXV",
    "AMEX": "NYSE-AMERICAN",
    "NYSE AMERICAN": "NYSE-AMERICAN",
    "NYSE MKT": "NYSE-AMERICAN",
    "CBOE": "NEO",
    "FRANKFURT": "FSE",
}
SHORT = 12  # characters of a release's content hash shown to identify it


class UnknownIssuer(LookupError):
    """No issuer matches what the user asked for."""


def exchange_code(name: str) -> str:
    """``"tsx-v"`` → ``"TSXV"``: the record's code for an exchange a user names."""
    up = " ".join(name.upper().split())
    return EXCHANGE_ALIASES.get(up, up)


def as_date(x: DateArg) -> dt.date | None:
    if x is None or isinstance(x, dt.date):
        return x
    return dt.date.fromisoformat(x)


def _issuer_ids(conn: Connection, issuer: str | None) -> list[int] | None:
    if issuer is None:
        return None
    ids = issuer_names.matching(conn, issuer)
    if not ids:
        raise UnknownIssuer(f"no issuer matches {issuer!r} (try `assay issuers`)")
    return ids


def _release_filters(q: Any, conn: Connection, issuer: str | None, since: DateArg, until: DateArg) -> Any:
    ids = _issuer_ids(conn, issuer)
    if ids is not None:
        q = q.where(_r.c.issuer_id.in_(ids))
    if since is not None:
        q = q.where(_r.c.release_date >= as_date(since))
    if until is not None:
        q = q.where(_r.c.release_date <= as_date(until))
    return q


def _head() -> tuple[Any, ...]:
    return (
        func.coalesce(_i.c.name, _r.c.issuer_name).label("issuer"),
        _r.c.release_date.label("release_date"),
        func.substr(_r.c.sha256, 1, SHORT).label("release"),
    )


def _rows(conn: Connection, q: Any) -> list[Row]:
    return [dict(m) for m in conn.execute(q).mappings()]


def issuers(conn: Connection, name: str | None = None) -> list[Row]:
    """Every issuer with its listings, other names and how many releases it has."""
    q: Any = select(_i.c.id, _i.c.name).order_by(_i.c.name, _i.c.id)
    if name is not None:
        q = q.where(_i.c.id.in_(_issuer_ids(conn, name) or []))
    rows = _rows(conn, q)
    ids = [r["id"] for r in rows]
    if not ids:
        return []
    tickers: dict[int, list[str]] = {}
    for t in conn.execute(
        select(_tick.c.issuer_id, _tick.c.exchange, _tick.c.symbol)
        .where(_tick.c.issuer_id.in_(ids))
        .order_by(_tick.c.id)
    ):
        tickers.setdefault(t.issuer_id, []).append(f"{t.exchange}:{t.symbol}")
    other: dict[int, list[str]] = {}
    for n in conn.execute(
        select(_names.c.issuer_id, _names.c.name, _names.c.former)
        .where(_names.c.issuer_id.in_(ids))
        .order_by(_names.c.id)
    ):
        other.setdefault(n.issuer_id, []).append(f"formerly {n.name}" if n.former else n.name)
    stats = {
        s.issuer_id: s
        for s in conn.execute(
            select(
                _r.c.issuer_id,
                func.count().label("n"),
                func.min(_r.c.release_date).label("first"),
                func.max(_r.c.release_date).label("last"),
            )
            .where(_r.c.issuer_id.in_(ids))
            .group_by(_r.c.issuer_id)
        )
    }
    people = _count_by(conn, _people, ids)
    props = _count_by(conn, _props, ids)
    out = []
    for r in rows:
        s = stats.get(r["id"])
        out.append(
            {
                "id": r["id"],
                "name": r["name"],
                "listings": ", ".join(tickers.get(r["id"], [])),
                "other_names": "; ".join(n for n in other.get(r["id"], []) if n != r["name"]),
                "releases": s.n if s else 0,
                "first": s.first if s else None,
                "last": s.last if s else None,
                "people": people.get(r["id"], 0),
                "properties": props.get(r["id"], 0),
            }
        )
    return out


def _count_by(conn: Connection, table: Any, ids: list[int]) -> dict[int, int]:
    q = select(table.c.issuer_id, func.count()).where(table.c.issuer_id.in_(ids)).group_by(table.c.issuer_id)
    return {k: n for k, n in conn.execute(q)}


def _counts(conn: Connection, table: Any, release_ids: list[int]) -> dict[int, int]:
    if not release_ids:
        return {}
    q = select(table.c.release_id, func.count()).where(table.c.release_id.in_(release_ids)).group_by(table.c.release_id)
    return {k: n for k, n in conn.execute(q)}


def releases(
    conn: Connection,
    issuer: str | None = None,
    since: DateArg = None,
    until: DateArg = None,
    category: str | None = None,
) -> list[Row]:
    """Stored releases, oldest first, with how much each holds."""
    q: Any = (
        select(_r.c.id, *_head(), _r.c.headline, _r.c.categories, _r.c.path)
        .select_from(_r.outerjoin(_i, _i.c.id == _r.c.issuer_id))
        .order_by(_r.c.release_date, _r.c.sha256)
    )
    q = _release_filters(q, conn, issuer, since, until)
    if category is not None:
        q = q.where(exists().where(_cat.c.release_id == _r.c.id, _cat.c.category == category))
    rows = _rows(conn, q)
    ids = [r["id"] for r in rows]
    counts = {name: _counts(conn, t, ids) for name, t in (("financings", _fin), ("facts", _fact), ("intercepts", _int))}
    failed = _counts_where(conn, ids, _check.c.ok.is_(False))
    for r in rows:
        rid = r.pop("id")
        for name, c in counts.items():
            r[name] = c.get(rid, 0)
        r["failed_checks"] = failed.get(rid, 0)
        r["categories"] = list(r["categories"] or [])
    return rows


def _counts_where(conn: Connection, release_ids: list[int], cond: Any) -> dict[int, int]:
    if not release_ids:
        return {}
    q: Any = (
        select(_check.c.release_id, func.count())
        .where(_check.c.release_id.in_(release_ids), cond)
        .group_by(_check.c.release_id)
    )
    return {k: n for k, n in conn.execute(q)}


FINANCING_COLUMNS = (
    "status",
    "tranche",
    "brokered",
    "security",
    "count",
    "price",
    "currency",
    "gross_proceeds",
    "warrants_per_unit",
    "warrant_exercise_price",
    "warrant_term_months",
    "finder_fee_cash",
    "finder_warrants",
    "hold_period_months",
)


def financings(
    conn: Connection,
    issuer: str | None = None,
    since: DateArg = None,
    until: DateArg = None,
    exchange: str | None = None,
    min_proceeds: float | None = None,
    status: str | None = None,
    security: str | None = None,
) -> list[Row]:
    """Financings, by release date; ``exchange`` keeps issuers listed there."""
    q: Any = (
        select(*_head(), *(_fin.c[c] for c in FINANCING_COLUMNS), _fin.c.extras)
        .select_from(_fin.join(_r, _r.c.id == _fin.c.release_id).outerjoin(_i, _i.c.id == _r.c.issuer_id))
        .order_by(_r.c.release_date, _r.c.sha256, _fin.c.idx)
    )
    q = _release_filters(q, conn, issuer, since, until)
    if exchange is not None:
        code = exchange_code(exchange)
        q = q.where(
            or_(
                exists().where(_list.c.release_id == _r.c.id, _list.c.exchange == code),
                exists().where(_tick.c.issuer_id == _r.c.issuer_id, _tick.c.exchange == code),
            )
        )
    if min_proceeds is not None:
        q = q.where(_fin.c.gross_proceeds >= min_proceeds)
    if status is not None:
        q = q.where(_fin.c.status == status)
    if security is not None:
        q = q.where(_fin.c.security == security)
    return _rows(conn, q)


def _flagged_facts(conn: Connection, fact_ids: Iterable[int]) -> dict[int, list[float]]:
    """Facts that a failed restatement check names, with the other values reported."""
    ids = list(fact_ids)
    out: dict[int, list[float]] = {}
    if not ids:
        return out
    q = select(_check.c.fact_id, _check.c.other_fact_id, _check.c.expected, _check.c.found).where(
        _check.c.name == "restatement",
        _check.c.ok.is_(False),
        or_(_check.c.fact_id.in_(ids), _check.c.other_fact_id.in_(ids)),
    )
    for c in conn.execute(q):
        out.setdefault(c.fact_id, []).append(c.expected)
        out.setdefault(c.other_fact_id, []).append(c.found)
    return out


def facts(
    conn: Connection,
    issuer: str | None = None,
    concept: str | None = None,
    item: str | None = None,
    period_end: DateArg = None,
    since: DateArg = None,
    until: DateArg = None,
    restated: bool = False,
) -> list[Row]:
    """Reported figures by period; ``restated`` keeps those another release reports differently.

    ``since``/``until`` bound the period's end (or the release date when a
    figure has no period).
    """
    q: Any = (
        select(
            _fact.c.id,
            *_head(),
            _fact.c.concept,
            _fact.c.item,
            _fact.c.value,
            _fact.c.currency,
            _fact.c.period_end,
            _fact.c.period_months,
            _fact.c.label,
        )
        .select_from(_fact.join(_r, _r.c.id == _fact.c.release_id).outerjoin(_i, _i.c.id == _r.c.issuer_id))
        .order_by(_fact.c.period_end, _fact.c.concept, _r.c.release_date, _r.c.sha256, _fact.c.idx)
    )
    q = _release_filters(q, conn, issuer, None, None)
    if concept is not None:
        q = q.where(_fact.c.concept == concept)
    if item is not None:
        q = q.where(func.lower(_fact.c.item) == item.lower())
    if period_end is not None:
        q = q.where(_fact.c.period_end == as_date(period_end))
    when = func.coalesce(_fact.c.period_end, _r.c.release_date)
    if since is not None:
        q = q.where(when >= as_date(since))
    if until is not None:
        q = q.where(when <= as_date(until))
    rows = _rows(conn, q)
    flagged = _flagged_facts(conn, (r["id"] for r in rows))
    out = []
    for r in rows:
        others = flagged.get(r.pop("id"))
        if restated and not others:
            continue
        r["restated"] = ", ".join(f"{x:,.2f}".removesuffix(".00") for x in others) if others else None
        out.append(r)
    return out


def intercepts(
    conn: Connection,
    issuer: str | None = None,
    commodity: str | None = None,
    min_gram_metres: float | None = None,
    min_grade: float | None = None,
    since: DateArg = None,
    until: DateArg = None,
) -> list[Row]:
    """Intervals with their grades (one row per grade).

    ``gram_metres`` is the interval's length times its grade in g/t (ppm, ppb
    and oz/t converted), for grades given in mass per tonne.
    """
    filtered = commodity is not None or min_gram_metres is not None or min_grade is not None
    grade_join = and_(_grade.c.intercept_id == _int.c.id)
    joined = _int.join(_r, _r.c.id == _int.c.release_id).outerjoin(_i, _i.c.id == _r.c.issuer_id)
    joined = joined.join(_grade, grade_join) if filtered else joined.outerjoin(_grade, grade_join)
    q: Any = (
        select(
            *_head(),
            _int.c.hole,
            _int.c.from_m,
            _int.c.to_m,
            _int.c.length_m,
            _grade.c.value.label("grade"),
            _grade.c.unit,
            _grade.c.commodity,
            _grade.c.gram_metres,
            _int.c.parent_idx.is_not(None).label("including"),
        )
        .select_from(joined)
        .order_by(_r.c.release_date, _r.c.sha256, _int.c.idx, _grade.c.idx)
    )
    q = _release_filters(q, conn, issuer, since, until)
    if commodity is not None:
        q = q.where(func.lower(_grade.c.commodity) == commodity.lower())
    if min_gram_metres is not None:
        q = q.where(_grade.c.gram_metres >= min_gram_metres)
    if min_grade is not None:
        q = q.where(_grade.c.value >= min_grade)
    rows = _rows(conn, q)
    for r in rows:
        r["including"] = bool(r["including"])
    return rows


def counts(conn: Connection) -> Row:
    """How many rows each main table holds."""
    out: Row = {}
    for name, t in (("issuers", _i), ("releases", _r), ("financings", _fin), ("facts", _fact), ("intercepts", _int)):
        out[name] = conn.execute(select(func.count()).select_from(t)).scalar_one()
    out["restatements"] = conn.execute(
        select(func.count()).select_from(_check).where(_check.c.name == "restatement", _check.c.ok.is_(False))
    ).scalar_one()
    return out


def failures(conn: Connection) -> list[Row]:
    """Files that could not be ingested, and why."""
    t = table_of(Failure)
    return _rows(conn, select(t.c.path, t.c.reason, t.c.failed_at).order_by(t.c.path))
