"""Databases for the store tests: an SQLite file, and a real PostgreSQL server.

The PostgreSQL server is started once for the whole test run on a temporary
directory and a free port (``initdb``, ``pg_ctl start``) and stopped at the
end; the database is migrated once and emptied before each test.
``scripts/test`` installs the server (Debian's ``postgresql``); without it
the PostgreSQL tests fail, they are not skipped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assay.store import Store
from assay.store.schema import TABLES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BACKENDS = ("sqlite", "postgresql")
DATABASE = "assay_test"


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed: run scripts/test (it installs Debian's postgresql package)"
        )
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A throw-away PostgreSQL cluster."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="db-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user: str | None = None
        if os.geteuid() == 0:  # initdb refuses to run as root
            self.user = "postgres"
            pw = pwd.getpwnam(self.user)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)

    def _run(self, *args: str) -> None:
        cmd = ["runuser", "-u", self.user, "--", *args] if self.user else list(args)
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {proc.stdout}{proc.stderr}")

    def start(self) -> None:
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        opts = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "-t", "30", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def empty_database(self) -> str:
        """The test database, migrated, with every table emptied."""
        import psycopg

        tables = ", ".join(t.name for t in TABLES)
        with psycopg.connect(self.url(DATABASE), autocommit=True) as conn:
            conn.execute("SET lock_timeout = '20s'")
            conn.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]
        return self.url(DATABASE)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    server.start()
    try:
        server.admin(f"CREATE DATABASE {DATABASE}")
        Store(server.url(DATABASE)).close()  # migrated once; emptied before each test
        yield server
    finally:
        server.stop()


def open_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Store:
    if backend == "sqlite":
        return Store(str(tmp_path / "assay.db"))
    server: PgServer = request.getfixturevalue("pg_server")
    return Store(server.empty_database())


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated store on each back end."""
    s = open_store(request.param, tmp_path, request)
    yield s
    s.close()


@pytest.fixture
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, Store]]:
    """One empty store per back end, side by side."""
    opened = {b: open_store(b, tmp_path, request) for b in BACKENDS}
    yield opened
    for s in opened.values():
        s.close()
