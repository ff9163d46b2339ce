"""Ingest: read, extract and store releases, one transaction per release.

A release whose content hash is already stored is skipped before it is
extracted, so a re-run after a crash or a kill does only what is left. A
file that cannot be read, extracted or stored is recorded in ``failures``
with its reason, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
import multiprocessing
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Transaction, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from assay.model import Release
from assay.pipeline import extract_document
from assay.read import DEFAULT_MAX_BYTES, Document, ReadError, expand_paths, read_path
from assay.store import writer
from assay.store.bulk import Raw, run
from assay.store.known import Known
from assay.store.schema import Failure, SourceFile, table_of
from assay.store.schema import Release as ReleaseRow

_releases = table_of(ReleaseRow)
_failures = table_of(Failure)
_files = table_of(SourceFile)


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


_BY_HASH = Raw(select(_releases.c.id).where(_releases.c.sha256 == bindparam("sha")))
_DELETE = delete(_releases).where(_releases.c.id == bindparam("release_id"))


GROUP = 64  # releases stored in one transaction (each in its own savepoint)
GROUP_SECONDS = 1.0  # a group waiting longer for releases is committed anyway


class Group:
    """Releases stored in one transaction, each in its own savepoint.

    A release that fails rolls back only its savepoint; the group is
    committed every ``size`` releases (or ``seconds``), so a crash or a kill
    loses at most the releases of the uncommitted group, each whole, and a
    re-run stores them. Failures and files ingested whole are written in the
    same transaction as the releases.
    """

    def __init__(self, engine: Engine, known: Known, size: int = GROUP, seconds: float = GROUP_SECONDS) -> None:
        self.engine = engine
        self.known = known
        self.size = size
        self.seconds = seconds
        self._conn: Connection | None = None
        self._tx: Transaction | None = None
        self._pending = 0
        self._since = 0.0
        self._files: list[tuple[str, FileState, int]] = []

    def __enter__(self) -> Group:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.commit()
        self.close()

    def _open(self) -> Connection:
        if self._conn is None:
            self._conn = self.engine.connect().execution_options(writer=True)
        if self._tx is None:
            self._tx = self._conn.begin()
            self._since = time.monotonic()
        return self._conn

    def store(self, prepared: writer.Prepared, replace: bool = False) -> Outcome:
        """Store one release in a savepoint (all its rows, or none).

        A conflict with another process storing the same issuer or release
        at the same time is retried once, with what is known read again.
        """
        conn = self._open()
        for attempt in (1, 2):
            try:
                with _savepoint(conn):
                    outcome = _store(conn, prepared, self.known, replace)
                self._tick()
                return outcome
            except IntegrityError:
                self.known.clear()
                if attempt == 2:
                    raise
            except BaseException:
                self.known.clear()  # it may hold rows just rolled back
                raise
        raise AssertionError("unreachable")

    def fail(self, path: str, reason: str) -> None:
        """Note (or update) why ``path`` failed."""
        conn = self._open()
        with _savepoint(conn):
            _record_failure(conn, path, reason)
        self._tick()

    def whole(self, items: list[tuple[str, FileState, int]]) -> None:
        """Note files ingested whole, with the group's releases."""
        self._files.extend(items)

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= self.size or time.monotonic() - self._since >= self.seconds:
            self.commit()

    def commit(self) -> None:
        if self._tx is None:
            return
        assert self._conn is not None
        try:
            _remember_files(self._conn, self._files)
            self._tx.commit()
        except BaseException:
            self.known.clear()
            raise
        finally:
            self._tx = None
        self._files.clear()
        self._pending = 0

    def close(self) -> None:
        """Roll back what is not committed, and give the connection back."""
        if self._tx is not None:
            self._tx.rollback()
            self._tx = None
            self.known.clear()
        if self._conn is not None:
            self._conn.close()
            self._conn = None


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    """A savepoint (one at a time) in the connection's transaction: released
    when the block ends, rolled back to when it raises."""
    run(conn, "SAVEPOINT release")
    try:
        yield
    except BaseException:
        run(conn, "ROLLBACK TO SAVEPOINT release")
        run(conn, "RELEASE SAVEPOINT release")
        raise
    run(conn, "RELEASE SAVEPOINT release")


def store_release(
    engine: Engine, release: Release, text: str, known: Known, replace: bool = False, key: str | None = None
) -> Outcome:
    """Store one release in one transaction (all its rows, or none), under
    ``key`` (by default the hash in its source)."""
    with Group(engine, known, size=1) as group:
        return group.store(writer.prepare(release, text, key), replace)


def _store(conn: Connection, prepared: writer.Prepared, known: Known, replace: bool) -> Outcome:
    found = _BY_HASH.rows(conn, {"sha": prepared.key})
    existing = found[0][0] if found else None
    if existing is not None:
        if not replace:
            return Outcome.PRESENT
        conn.execute(_DELETE, {"release_id": existing})
        known.clear()  # the people and properties of the release may be gone
    writer.write_prepared(conn, prepared, known, _now())
    return Outcome.REPLACED if existing is not None else Outcome.STORED


def is_stored(engine: Engine, sha256: str) -> bool:
    with engine.connect() as conn:
        return bool(_BY_HASH.rows(conn, {"sha": sha256}))


def record_failure(engine: Engine, path: str, reason: str) -> None:
    """Note (or update) why ``path`` failed, in its own transaction."""
    with engine.connect().execution_options(writer=True) as conn, conn.begin():
        _record_failure(conn, path, reason)


def _record_failure(conn: Connection, path: str, reason: str) -> None:
    found = conn.execute(select(_failures.c.id).where(_failures.c.path == path)).scalar()
    if found is None:
        conn.execute(insert(_failures).values(path=path, reason=reason, failed_at=_now()))
    else:
        conn.execute(update(_failures).where(_failures.c.id == found).values(reason=reason, failed_at=_now()))


# What reading and extracting one file gave: per release, the release and its
# text, or the hash of one already stored, or why it failed.
Extracted = list[tuple[str, Any]]

_skip: frozenset[str] = frozenset()


def _never(_sha256: str) -> bool:
    return False


def release_key(doc: Document, documents: int) -> str:
    """The key a release is stored under: the hash of its file's content, or
    for one of several releases in a file (exhibits of a filing), of its text."""
    if documents == 1:
        return doc.sha256
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


def read_and_extract(path: str, max_bytes: int, skip: Callable[[str], bool] = _never) -> Extracted:
    """The releases of the file at ``path``, extracted (those whose key ``skip`` accepts are not)."""
    try:
        documents = read_path(path, max_bytes=max_bytes)
    except ReadError as e:
        return [("failed", (None, e.reason))]
    out: Extracted = []
    for doc in documents:
        key = release_key(doc, len(documents))
        if skip(key):
            out.append(("present", key))
            continue
        try:
            out.append(("release", writer.prepare(extract_document(doc), doc.text, key)))
        except Exception as e:  # noqa: BLE001 - one bad release must not stop the batch
            out.append(("failed", (key, f"extraction failed ({type(e).__name__}: {e})")))
    return out


def _init_worker(skip: frozenset[str]) -> None:
    global _skip
    _skip = skip


def _worker(args: tuple[str, int]) -> tuple[str, Extracted]:
    return args[0], read_and_extract(args[0], args[1], _skip.__contains__)


def store_extracted(group: Group, path: str, extracted: Extracted, replace: bool) -> list[Result]:
    """Store what :func:`read_and_extract` gave, each release in its own savepoint of ``group``."""
    results = []
    for kind, payload in extracted:
        if kind == "present":
            results.append(Result(path, Outcome.PRESENT, payload))
            continue
        if kind == "failed":
            sha, reason = payload
            group.fail(path, reason)
            results.append(Result(path, Outcome.FAILED, sha, reason))
            continue
        try:
            outcome = group.store(payload, replace)
        except Exception as e:  # noqa: BLE001 - the release's savepoint is rolled back; the batch goes on
            reason = f"could not be stored ({type(e).__name__}: {e})"
            group.fail(path, reason)
            results.append(Result(path, Outcome.FAILED, payload.key, reason))
            continue
        results.append(Result(path, outcome, payload.key))
    return results


def stored_hashes(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(conn.execute(select(_releases.c.sha256)).scalars())


FileState = tuple[int, int]  # size, modification time (ns)


def file_state(path: str) -> FileState | None:
    """A regular file's size and modification time; ``None`` for anything else."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


def _file_key(path: str) -> str:
    return os.path.abspath(path)


def ingested_files(engine: Engine) -> dict[str, tuple[int, int, int]]:
    """Files ingested whole: path -> (size, modification time, releases)."""
    with engine.connect() as conn:
        rows = conn.execute(select(_files.c.path, _files.c.size, _files.c.mtime_ns, _files.c.releases))
        return {path: (size, mtime, n) for path, size, mtime, n in rows}


def remember_files(engine: Engine, items: list[tuple[str, FileState, int]]) -> None:
    """Note that each file, as it is in its state, is ingested whole (one transaction)."""
    if not items:
        return
    with engine.connect().execution_options(writer=True) as conn, conn.begin():
        _remember_files(conn, items)


def _remember_files(conn: Connection, items: list[tuple[str, FileState, int]]) -> None:
    if not items:
        return
    latest = {_file_key(path): (state, n) for path, state, n in items}
    now = _now()
    found = dict(conn.execute(select(_files.c.path, _files.c.id).where(_files.c.path.in_(list(latest)))).all())
    rows = [
        {"path": key, "size": size, "mtime_ns": mtime, "releases": n, "ingested_at": now}
        for key, ((size, mtime), n) in latest.items()
    ]
    new = [r for r in rows if r["path"] not in found]
    if new:
        conn.execute(insert(_files), new)
    seen = [{"file_id": found[r["path"]], **{f"new_{k}": v for k, v in r.items()}} for r in rows if r["path"] in found]
    if seen:
        conn.execute(_UPDATE_FILE, seen)


_UPDATE_FILE = (
    update(_files)
    .where(_files.c.id == bindparam("file_id"))
    .values(
        size=bindparam("new_size"),
        mtime_ns=bindparam("new_mtime_ns"),
        releases=bindparam("new_releases"),
        ingested_at=bindparam("new_ingested_at"),
    )
)


def _unchanged(path: str, state: FileState | None, files: dict[str, tuple[int, int, int]]) -> list[Result] | None:
    """Results for a file ingested whole before and unchanged since, or ``None``."""
    seen = files.get(_file_key(path))
    if state is None or seen is None or seen[:2] != state:
        return None
    return [Result(path, Outcome.PRESENT) for _ in range(seen[2])]


def _whole(path: str, state: FileState | None, results: list[Result]) -> list[tuple[str, FileState, int]]:
    """The file to remember as ingested whole, if it was."""
    if state is not None and results and all(r.outcome is not Outcome.FAILED for r in results):
        return [(path, state, len(results))]
    return []


def ingest_file(
    engine: Engine,
    path: str | os.PathLike[str],
    known: Known,
    replace: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Result]:
    """Read, extract and store the releases of one file (not read again if
    it was ingested whole before and is unchanged, unless ``replace``)."""
    name = str(path)
    state = file_state(name)
    if not replace:
        seen = _unchanged(name, state, ingested_files_of(engine, name))
        if seen is not None:
            return seen
    skip = _never if replace else (lambda sha: is_stored(engine, sha))
    extracted = read_and_extract(name, max_bytes, skip)
    with Group(engine, known, size=len(extracted) + 1) as group:
        results = store_extracted(group, name, extracted, replace)
        group.whole(_whole(name, state, results))
    return results


def ingested_files_of(engine: Engine, path: str) -> dict[str, tuple[int, int, int]]:
    key = _file_key(path)
    with engine.connect() as conn:
        row = conn.execute(
            select(_files.c.size, _files.c.mtime_ns, _files.c.releases).where(_files.c.path == key)
        ).first()
    return {key: (row[0], row[1], row[2])} if row else {}


PARALLEL_FROM = 32  # files; fewer are read and extracted in this process
CHUNK = 8  # files sent to a worker at a time


def ingest(
    engine: Engine,
    known: Known,
    paths: Iterable[str | os.PathLike[str]],
    replace: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    each: Callable[[str, list[Result]], None] | None = None,
    jobs: int | None = None,
) -> Report:
    """Ingest every release in ``paths`` (files, directories, globs).

    With ``jobs`` > 1 (default: one per CPU) and enough files, worker
    processes read and extract while this process stores, in input order.
    Releases already stored are not extracted again, and files ingested
    whole before and unchanged since (same size and modification time) are
    not read again (unless ``replace``).
    """
    workers = min(jobs or os.cpu_count() or 1, 8)
    report = Report()
    seen = {} if replace else ingested_files(engine)
    states: dict[str, FileState | None] = {}

    def done(path: str, results: list[Result]) -> None:
        for r in results:
            report.add(r)
        if each is not None:
            each(path, results)

    todo = []
    for f in (str(p) for p in expand_paths(paths)):
        state = states[f] = file_state(f)
        unchanged = _unchanged(f, state, seen)
        if unchanged is None:
            todo.append(f)
        else:
            done(f, unchanged)
    skip = frozenset() if replace or not todo else stored_hashes(engine)

    group = Group(engine, known)

    def stored(path: str, extracted: Extracted) -> None:
        results = store_extracted(group, path, extracted, replace)
        group.whole(_whole(path, states[path], results))
        done(path, results)

    with group:
        if workers < 2 or len(todo) < PARALLEL_FROM:
            for f in todo:
                stored(f, read_and_extract(f, max_bytes, skip.__contains__))
            return report
        engine.dispose()  # no open connection is copied into the workers
        with multiprocessing.get_context().Pool(workers, initializer=_init_worker, initargs=(skip,)) as pool:
            for path, extracted in pool.imap(_worker, [(f, max_bytes) for f in todo], chunksize=CHUNK):
                stored(path, extracted)
        return report
