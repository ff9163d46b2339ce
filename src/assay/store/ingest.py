"""Ingest: read, extract and store releases, one transaction per release.

A release whose content hash is already stored is skipped before it is
extracted, so a re-run after a crash or a kill does only what is left. A
file that cannot be read, extracted or stored is recorded in ``failures``
with its reason, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, update

from assay.model import Release
from assay.pipeline import extract_document
from assay.read import DEFAULT_MAX_BYTES, ReadError, expand_paths, read_path
from assay.store import writer
from assay.store.schema import Failure
from assay.store.schema import Release as ReleaseRow

_releases = ReleaseRow.__table__
_failures = Failure.__table__


class Outcome(enum.Enum):
    STORED = "stored"
    PRESENT = "present"  # the same content is already stored
    REPLACED = "replaced"
    FAILED = "failed"


@dataclass(slots=True)
class Result:
    """What became of one release (or of a file that gave none)."""

    path: str | None
    outcome: Outcome
    sha256: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class Report:
    """What one ingest did."""

    stored: int = 0
    present: int = 0
    replaced: int = 0
    failures: list[Result] = field(default_factory=list)

    def add(self, r: Result) -> None:
        if r.outcome is Outcome.FAILED:
            self.failures.append(r)
        elif r.outcome is Outcome.STORED:
            self.stored += 1
        elif r.outcome is Outcome.REPLACED:
            self.replaced += 1
        else:
            self.present += 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def store_release(engine: Engine, release: Release, text: str, replace: bool = False) -> Outcome:
    """Store one release in one transaction (all its rows, or none)."""
    with engine.connect().execution_options(writer=True) as conn, conn.begin():
        existing = conn.execute(select(_releases.c.id).where(_releases.c.sha256 == release.source.sha256)).scalar()
        if existing is not None:
            if not replace:
                return Outcome.PRESENT
            conn.execute(delete(_releases).where(_releases.c.id == existing))
        writer.write(conn, release, text, _now())
    return Outcome.REPLACED if existing is not None else Outcome.STORED


def is_stored(engine: Engine, sha256: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(_releases.c.id).where(_releases.c.sha256 == sha256)).first() is not None


def record_failure(engine: Engine, path: str, reason: str) -> None:
    """Note (or update) why ``path`` failed, in its own transaction."""
    with engine.connect().execution_options(writer=True) as conn, conn.begin():
        found = conn.execute(select(_failures.c.id).where(_failures.c.path == path)).scalar()
        if found is None:
            conn.execute(insert(_failures).values(path=path, reason=reason, failed_at=_now()))
        else:
            conn.execute(update(_failures).where(_failures.c.id == found).values(reason=reason, failed_at=_now()))


def ingest_file(
    engine: Engine, path: str | os.PathLike[str], replace: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Result]:
    """Read, extract and store the releases of one file."""
    name = str(path)
    try:
        documents = read_path(path, max_bytes=max_bytes)
    except ReadError as e:
        record_failure(engine, name, e.reason)
        return [Result(name, Outcome.FAILED, reason=e.reason)]
    results = []
    for doc in documents:
        if not replace and is_stored(engine, doc.sha256):
            results.append(Result(name, Outcome.PRESENT, doc.sha256))
            continue
        try:
            release = extract_document(doc)
        except Exception as e:  # noqa: BLE001 - one bad release must not stop the batch
            reason = f"extraction failed ({type(e).__name__}: {e})"
            record_failure(engine, name, reason)
            results.append(Result(name, Outcome.FAILED, doc.sha256, reason))
            continue
        try:
            outcome = store_release(engine, release, doc.text, replace=replace)
        except Exception as e:  # noqa: BLE001 - the release's transaction is rolled back; the batch goes on
            reason = f"could not be stored ({type(e).__name__}: {e})"
            record_failure(engine, name, reason)
            results.append(Result(name, Outcome.FAILED, doc.sha256, reason))
            continue
        results.append(Result(name, outcome, doc.sha256))
    return results


def ingest(
    engine: Engine,
    paths: Iterable[str | os.PathLike[str]],
    replace: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    each: Callable[[Path, list[Result]], None] | None = None,
) -> Report:
    """Ingest every release in ``paths`` (files, directories, globs)."""
    report = Report()
    for path in expand_paths(paths):
        results = ingest_file(engine, path, replace=replace, max_bytes=max_bytes)
        for r in results:
            report.add(r)
        if each is not None:
            each(path, results)
    return report
