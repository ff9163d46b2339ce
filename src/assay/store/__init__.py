"""The database of releases: ingest once, query for years.

>>> from assay.store import Store
>>> with Store() as db:                       # ./assay.db, or ASSAY_DB, or Store("postgresql://...")
...     db.ingest(["samples/"])               # doctest: +SKIP
...     db.facts(issuer="EMR", concept="net_loss")  # doctest: +SKIP

One schema on SQLite and PostgreSQL (SQLAlchemy 2), migrated to the newest
revision when opened (Alembic). Releases are keyed by content hash, so
ingesting twice stores nothing twice; each release is stored in one
transaction. Every query method returns plain rows (dicts) and mirrors an
``assay`` command.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from assay.model import Release
from assay.read import DEFAULT_MAX_BYTES
from assay.store import engine as _engine
from assay.store import export as _export
from assay.store import ingest as _ingest
from assay.store import queries, search
from assay.store.ingest import Outcome, Report, Result
from assay.store.known import Known
from assay.store.queries import DateArg, Row, UnknownIssuer
from assay.store.url import display_url, resolve_url
from assay.store.writer import prepare

__all__ = ["Outcome", "Report", "Result", "Row", "Store", "UnknownIssuer", "resolve_url"]


class Store:
    """An open release database."""

    def __init__(self, url: str | None = None, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine: Engine = _engine.create(url)
        if migrate:
            _engine.migrate(self.engine)
        self._known = Known()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({display_url(self.url)!r})"

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ingest
    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]],
        replace: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        each: Callable[[str, list[Result]], None] | None = None,
        jobs: int | None = None,
    ) -> Report:
        """Read, extract and store every release in ``paths`` (files, directories, globs).

        ``each(path, results)`` is called after each file; ``jobs`` worker
        processes extract while this one stores (default: one per CPU).
        """
        return _ingest.ingest(
            self.engine, self._known, paths, replace=replace, max_bytes=max_bytes, each=each, jobs=jobs
        )

    def ingest_file(self, path: str | os.PathLike[str], replace: bool = False) -> list[Result]:
        return _ingest.ingest_file(self.engine, path, self._known, replace=replace)

    def add(self, release: Release, text: str, replace: bool = False, key: str | None = None) -> Outcome:
        """Store an extracted release (``text`` is what it was read from) under
        ``key`` (by default the content hash in its source)."""
        return _ingest.store_release(self.engine, release, text, self._known, replace=replace, key=key)

    def add_many(self, items: Iterable[tuple[Release, str]], replace: bool = False) -> list[Outcome]:
        """Store extracted releases (each with the text it was read from), several
        to a transaction and each in its own savepoint: a release that fails
        rolls back alone (and raises, with the releases before it committed)."""
        out = []
        with _ingest.Group(self.engine, self._known) as group:
            for release, text in items:
                try:
                    out.append(group.store(prepare(release, text), replace))
                except Exception:
                    group.commit()
                    raise
        return out

    # queries
    def _q(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.engine.connect() as conn:
            return fn(conn, *args, **kwargs)

    def issuers(self, name: str | None = None) -> list[Row]:
        return self._q(queries.issuers, name)  # type: ignore[no-any-return]

    def releases(
        self, issuer: str | None = None, since: DateArg = None, until: DateArg = None, category: str | None = None
    ) -> list[Row]:
        return self._q(queries.releases, issuer, since, until, category)  # type: ignore[no-any-return]

    def financings(
        self,
        issuer: str | None = None,
        since: DateArg = None,
        until: DateArg = None,
        exchange: str | None = None,
        min_proceeds: float | None = None,
        status: str | None = None,
        security: str | None = None,
    ) -> list[Row]:
        return self._q(  # type: ignore[no-any-return]
            queries.financings, issuer, since, until, exchange, min_proceeds, status, security
        )

    def facts(
        self,
        issuer: str | None = None,
        concept: str | None = None,
        item: str | None = None,
        period_end: DateArg = None,
        since: DateArg = None,
        until: DateArg = None,
        restated: bool = False,
    ) -> list[Row]:
        return self._q(  # type: ignore[no-any-return]
            queries.facts, issuer, concept, item, period_end, since, until, restated
        )

    def intercepts(
        self,
        issuer: str | None = None,
        commodity: str | None = None,
        min_gram_metres: float | None = None,
        min_grade: float | None = None,
        since: DateArg = None,
        until: DateArg = None,
    ) -> list[Row]:
        return self._q(  # type: ignore[no-any-return]
            queries.intercepts, issuer, commodity, min_gram_metres, min_grade, since, until
        )

    def search(self, query: str, limit: int = 20) -> list[Row]:
        return self._q(search.search, query, limit)  # type: ignore[no-any-return]

    def counts(self) -> Row:
        return self._q(queries.counts)  # type: ignore[no-any-return]

    def failures(self) -> list[Row]:
        """Files that could not be ingested (until they are), with the reason."""
        return self._q(queries.failures)  # type: ignore[no-any-return]

    def export(self, out: str | os.PathLike[str], formats: tuple[str, ...] = _export.FORMATS) -> dict[str, int]:
        """Every table as ``out/<table>.csv`` and ``out/<table>.parquet``."""
        with self.engine.connect() as conn:
            return _export.export_all(conn, Path(out), formats)
