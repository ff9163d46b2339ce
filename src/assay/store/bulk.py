"""Fast inserts: statements compiled once, rows bound with the column types' own processors.

Each release is a dozen small inserts; through SQLAlchemy's statement
execution each costs more than the database's work. Here the INSERT for a
table is compiled once per dialect, each value is converted by the same
bind processor SQLAlchemy would use for its column (JSON, dates, booleans),
and the rows go to the DBAPI cursor of the connection, inside its
transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Column, Connection, Dialect, Executable, Table, insert

Processor = Callable[[Any], Any] | None


class Encoded(str):
    """A JSON column's value already serialised (``json.dumps``), e.g. by the
    process that extracted it: stored as it is where the database keeps JSON
    as that text (SQLite), decoded and bound as usual elsewhere."""

    __slots__ = ()


def encoded(value: Any) -> Encoded:
    return Encoded(json.dumps(value))


def _processor(column: Column[Any], dialect: Dialect) -> Processor:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if not isinstance(column.type, JSON):
        return process
    as_is = dialect.name == "sqlite" and getattr(dialect, "_json_serializer", None) is None

    def json_value(v: Any) -> Any:
        if isinstance(v, Encoded):
            if as_is:
                return str(v)
            v = json.loads(v)
        return v if process is None else process(v)

    return json_value


class _Plan:
    def __init__(self, table: Table, dialect: Dialect, returning: bool) -> None:
        cols = [c for c in table.columns if not c.primary_key]
        stmt = insert(table).returning(table.c.id) if returning else insert(table)
        compiled = stmt.compile(dialect=dialect, column_keys=[c.key for c in cols])
        self.sql = str(compiled)
        self.processors: dict[str, Processor] = {c.key: _processor(c, dialect) for c in cols}
        self.positional = bool(compiled.positional)
        order = tuple(compiled.positiontup or ()) if self.positional else tuple(self.processors)
        self.pairs = [(k, self.processors[k]) for k in order]

    def params(self, row: dict[str, Any]) -> Any:
        values = []
        for k, p in self.pairs:
            v = row.get(k)
            values.append(v if p is None or v is None else p(v))
        if self.positional:
            return values
        return dict(zip((k for k, _ in self.pairs), values, strict=True))


class Inserter:
    """Insert rows into tables of one database, on a connection in a transaction."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self._plans: dict[tuple[str, bool], _Plan] = {}

    def _plan(self, table: Table, returning: bool) -> _Plan:
        key = (table.name, returning)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _Plan(table, self.dialect, returning)
        return plan

    def insert(self, conn: Connection, table: Table, rows: list[dict[str, Any]], ids: bool = False) -> list[int]:
        """Insert ``rows``; their new ids, in order, when ``ids``."""
        if not rows:
            return []
        plan = self._plan(table, ids)
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if not ids:
                cursor.executemany(plan.sql, [plan.params(r) for r in rows])
                return []
            out = []
            for r in rows:
                cursor.execute(plan.sql, plan.params(r))
                row = cursor.fetchone()
                assert row is not None, "INSERT ... RETURNING gave no row"
                out.append(int(row[0]))
            return out
        finally:
            cursor.close()


class Raw:
    """A statement compiled once per dialect and run on the DBAPI cursor of
    a connection, inside its transaction (parameters of plain values only)."""

    def __init__(self, stmt: Executable) -> None:
        self.stmt = stmt
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None]] = {}

    def rows(self, conn: Connection, params: dict[str, Any] | None = None) -> list[Any]:
        dialect = conn.dialect
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.stmt.compile(dialect=dialect)  # type: ignore[attr-defined]
            order = tuple(compiled.positiontup or ()) if compiled.positional else None
            found = self._compiled[dialect.name] = (str(compiled), order)
        sql, order = found
        values = params or {}
        return run(conn, sql, [values[k] for k in order] if order is not None else values)


def run(conn: Connection, sql: str, params: Any = ()) -> list[Any]:
    """Run ``sql`` on the DBAPI cursor of ``conn``; its rows, if it gives any."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description else []
    finally:
        cursor.close()
