"""Export every table as CSV and Parquet, for pandas, DuckDB and spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Float, Integer, Table, select

from assay.store.schema import TABLES

FORMATS = ("csv", "parquet")
BATCH = 5000


def arrow_type(column: Any) -> pa.DataType:
    """The Arrow type of a table column (JSON as its text)."""
    t = column.type
    if isinstance(t, Boolean):
        return pa.bool_()
    if isinstance(t, Integer):
        return pa.int64()
    if isinstance(t, Float):
        return pa.float64()
    if isinstance(t, DateTime):
        return pa.timestamp("us")
    if isinstance(t, Date):
        return pa.date32()
    return pa.string()


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, arrow_type(c), nullable=c.nullable or False) for c in table.columns])


def _cell(column: Any, x: Any) -> Any:
    if x is not None and isinstance(column.type, JSON):
        return json.dumps(x, ensure_ascii=False, sort_keys=True)
    return x


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = conn.execution_options(stream_results=True).execute(select(table).order_by(table.c.id))
    while chunk := result.fetchmany(BATCH):
        yield [{c.name: _cell(c, r[i]) for i, c in enumerate(table.columns)} for r in chunk]


def _csv_text(x: Any) -> Any:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    return x


def export_table(conn: Connection, table: Table, out: Path, formats: tuple[str, ...] = FORMATS) -> int:
    """Write ``table`` as ``out/<name>.csv`` and/or ``.parquet``; the number of rows."""
    schema = arrow_schema(table)
    names = [c.name for c in table.columns]
    n = 0
    csv_tmp = out / f".{table.name}.csv.tmp"
    pq_tmp = out / f".{table.name}.parquet.tmp"
    csv_file = csv_tmp.open("w", newline="", encoding="utf-8") if "csv" in formats else None
    writer = pq.ParquetWriter(pq_tmp, schema) if "parquet" in formats else None
    try:
        w = csv.writer(csv_file) if csv_file else None
        if w:
            w.writerow(names)
        for rows in _batches(conn, table):
            n += len(rows)
            if w:
                w.writerows([_csv_text(r[k]) for k in names] for r in rows)
            if writer:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        if writer and n == 0:
            writer.write_table(schema.empty_table())
    finally:
        if csv_file:
            csv_file.close()
        if writer:
            writer.close()
    if csv_file:
        csv_tmp.replace(out / f"{table.name}.csv")
    if writer:
        pq_tmp.replace(out / f"{table.name}.parquet")
    return n


def export_all(conn: Connection, out: Path, formats: tuple[str, ...] = FORMATS) -> dict[str, int]:
    """Every table of the store into ``out``; rows written per table."""
    out.mkdir(parents=True, exist_ok=True)
    return {t.name: export_table(conn, t, out, formats) for t in TABLES}


def write_rows(rows: list[dict[str, Any]], path_or_file: Any, fmt: str) -> None:
    """Query rows as CSV or Parquet (columns as the first row has them)."""
    if fmt == "csv":
        names = list(rows[0]) if rows else []
        w = csv.writer(path_or_file)
        w.writerow(names)
        for r in rows:
            w.writerow([_csv_text(_jsonish(r[k])) for k in names])
    elif fmt == "parquet":
        plain = [{k: _jsonish(x) for k, x in r.items()} for r in rows]
        pq.write_table(pa.Table.from_pylist(plain), path_or_file)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def _jsonish(x: Any) -> Any:
    return json.dumps(x, ensure_ascii=False) if isinstance(x, (list, dict)) else x
