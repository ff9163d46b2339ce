"""A killed ingest leaves every stored release whole, and a re-run completes it.

A subprocess stores 1,000 generated releases through the Python API (and
400 files through ``assay ingest``, which extracts them too); it is killed
with SIGKILL part way. Every release then in the database must have all its rows (as
many financings, facts, intercepts, grades, listings, people and checks as
its record holds), and a second run must store the rest with no duplicates.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select, text

from assay.store import Store
from assay.store.schema import Release as ReleaseRow
from releasegen import generate

N = 1000
KILL_AFTER = 150
N_FILES = 400  # the command line extracts each file too: fewer keep the test quick
TESTS = Path(__file__).resolve().parent.parent

SCRIPT = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
from assay.store import Store
from releasegen import generate
with Store(sys.argv[1]) as store:
    for i in range({N}):
        store.add(*generate(i, restated=i % 13 == 0))
"""


def _count(store: Store, sql: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _ingest(url: str, news: Path | None = None) -> subprocess.Popen[bytes]:
    if news is None:
        return subprocess.Popen([sys.executable, "-c", SCRIPT, url], stderr=subprocess.PIPE)
    cli = ["-c", "from assay.cli import main; main()", "ingest", str(news), "--db", url, "--no-progress"]
    return subprocess.Popen([sys.executable, *cli], stderr=subprocess.PIPE)


def _kill_midway(store: Store, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    try:
        while _count(store, "SELECT count(*) FROM releases") < KILL_AFTER:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _assert_whole(store: Store) -> int:
    """Every stored release has exactly the rows its record holds; the number of releases."""
    with store.engine.connect() as conn:
        records = conn.execute(select(ReleaseRow.id, ReleaseRow.record)).all()
        tables = ("financings", "facts", "intercepts", "listings", "person_mentions", "categories", "grades", "checks")
        rows = {
            t: dict(conn.execute(text(f"SELECT release_id, count(*) FROM {t} GROUP BY release_id")).all())
            for t in tables
        }
    for rid, record in records:
        want = {
            "financings": len(record["financings"]),
            "facts": len(record["facts"]),
            "intercepts": len(record["intercepts"]),
            "listings": len(record["listings"]),
            "person_mentions": len(record["people"]),
            "categories": len(record["categories"]),
            "grades": sum(len(x["grades"]) for x in record["intercepts"]),
        }
        got = {t: rows[t].get(rid, 0) for t in want}
        assert got == want, rid
        assert rows["checks"].get(rid, 0) >= len(record["checks"])
    return len(records)


def test_kill_during_ingest_then_resume(store: Store) -> None:
    url = store.url.render_as_string(hide_password=False)
    _kill_midway(store, _ingest(url))

    stored = _assert_whole(store)
    assert KILL_AFTER <= stored < N
    if store.dialect == "sqlite":
        assert _count(store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0
        assert _count(store, "SELECT count(*) FROM pragma_foreign_key_check") == 0

    again = _ingest(url)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()

    assert _assert_whole(store) == N
    assert _count(store, "SELECT count(DISTINCT sha256) FROM releases") == N
    assert _count(store, "SELECT count(*) FROM facts") == 2 * N
    assert _count(store, "SELECT count(*) FROM grades") == N
    assert _count(store, "SELECT count(*) FROM issuers") == 12
    duplicate_tickers = "SELECT exchange, symbol FROM issuer_tickers GROUP BY exchange, symbol HAVING count(*) > 1"
    assert _count(store, f"SELECT count(*) FROM ({duplicate_tickers}) d") == 0
    assert store.counts()["restatements"] > 0


def test_kill_command_line_ingest_then_resume(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for i in range(N_FILES):
        (news / f"{i:04d}.txt").write_text(generate(i)[1], encoding="utf-8")
    store = Store(str(tmp_path / "assay.db"))
    url = store.url.render_as_string(hide_password=False)
    _kill_midway(store, _ingest(url, news))
    stored = _assert_whole(store)
    assert KILL_AFTER <= stored < N_FILES
    assert _count(store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0

    again = _ingest(url, news)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"{N_FILES - stored} release(s) stored, {stored} already present" in err.decode()
    assert _assert_whole(store) == N_FILES
    assert _count(store, "SELECT count(DISTINCT sha256) FROM releases") == N_FILES
    assert _count(store, "SELECT count(*) FROM failures") == 0
    store.close()
