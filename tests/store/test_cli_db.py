"""The database commands end to end: ingest, queries in every format, export."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from assay.cli import main
from assay.store import Store
from release_files import edgar_submission, release_body_html
from store import scenario


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def url_of(store: Store) -> str:
    return store.url.render_as_string(hide_password=False)


@pytest.fixture
def news(tmp_path: Path, samples: Path) -> Path:
    d = tmp_path / "news"
    shutil.copytree(samples, d)
    return d


def test_ingest_is_idempotent_and_reports_failures(tmp_path: Path, news: Path) -> None:
    db = str(tmp_path / "releases.db")
    code, _, err = run("ingest", str(news), "--db", db)
    assert code == 0, err
    assert "3 release(s) stored, 0 already present" in err
    (news / "empty.txt").write_text("  \n")
    (news / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    code, _, err = run("ingest", str(news), "--db", db)
    assert code == 1
    assert "0 release(s) stored, 3 already present, 2 failed" in err
    assert "empty.txt: empty" in err and "binary.txt: binary data" in err
    with Store(db) as s:
        assert s.counts()["releases"] == 3
        assert [Path(f["path"]).name for f in s.failures()] == ["binary.txt", "empty.txt"]
    (news / "binary.txt").write_text(scenario.BLUEWATER_2012)
    (news / "empty.txt").unlink()
    code, _, err = run("ingest", str(news / "binary.txt"), "--db", db)
    assert code == 0, err
    with Store(db) as s:
        assert s.counts()["releases"] == 4
        assert [Path(f["path"]).name for f in s.failures()] == ["empty.txt"]


def test_database_from_environment(tmp_path: Path, news: Path) -> None:
    db = tmp_path / "env.db"
    code, _, err = run("ingest", str(news / "000_6b54678625a90f47.txt"), env={"ASSAY_DB": str(db)})
    assert code == 0, err
    assert db.exists()
    code, out, _ = run("releases", "--format", "json", env={"ASSAY_DB": str(db)})
    assert code == 0
    assert [Path(r["path"]).name for r in json.loads(out)] == ["000_6b54678625a90f47.txt"]


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["issuers", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot open postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_query_formats(store: Store, tmp_path: Path) -> None:
    scenario.load(store)
    db = url_of(store)
    code, out, _ = run("facts", "--issuer", "NVM", "--concept", "net_loss", "--format", "json", "--db", db)
    assert code == 0
    rows = json.loads(out)
    assert [(r["period_end"], r["value"]) for r in rows][:2] == [("2003-03-31", 341040.0), ("2004-03-31", 1416040.0)]
    assert rows[1]["restated"] == "1,516,040"
    code, out, _ = run("financings", "--exchange", "TSXV", "--format", "csv", "--db", db)
    table = list(csv.DictReader(io.StringIO(out)))
    assert [(r["issuer"], r["gross_proceeds"], r["brokered"]) for r in table] == [
        ("Northern Vale Gold Inc.", "1162000.0", "false")
    ]
    target = tmp_path / "au.parquet"
    code, _, _ = run(
        "intercepts",
        "--commodity",
        "Au",
        "--min-gram-metres",
        "20",
        "--format",
        "parquet",
        "--out",
        str(target),
        "--db",
        db,
    )
    assert code == 0
    assert pq.read_table(target).column("hole").to_pylist() == ["BW-12-07", "BW-12-09"]
    code, out, _ = run("issuers", "--db", db)
    assert "Northern Vale Gold Inc." in out and "TSXV:NVM" in out
    code, out, _ = run("search", "flow-through", "--db", db)
    assert code == 0 and "Bluewater Copper" in out
    code, _, err = run("facts", "--issuer", "nothing-like-it", "--db", db)
    assert code == 1 and "no issuer matches 'nothing-like-it'" in err


def test_export_every_table(store: Store, tmp_path: Path) -> None:
    scenario.load(store)
    out = tmp_path / "export"
    code, _, err = run("export", str(out), "--db", url_of(store))
    assert code == 0, err
    counts = store.counts()
    for table in ("issuers", "releases", "financings", "facts", "intercepts", "grades", "checks", "people"):
        assert (out / f"{table}.csv").exists()
        parquet = pq.read_table(out / f"{table}.parquet")
        with (out / f"{table}.csv").open(newline="") as f:
            assert sum(1 for _ in csv.DictReader(f)) == parquet.num_rows
        if table in counts:
            assert parquet.num_rows == counts[table]
    facts = pq.read_table(out / "facts.parquet").to_pylist()
    releases = {r["id"]: r["text"] for r in pq.read_table(out / "releases.parquet").to_pylist()}
    for f in facts:
        span = json.loads(f["evidence"])["value"]
        assert releases[f["release_id"]][span["start"] : span["end"]] == span["text"]
    assert str(pq.read_table(out / "facts.parquet").schema.field("period_end").type) == "date32[day]"


def test_export_empty_store_writes_typed_empty_tables(tmp_path: Path) -> None:
    code, _, _ = run("export", str(tmp_path / "x"), "--format", "parquet", "--db", str(tmp_path / "empty.db"))
    assert code == 0
    t = pq.read_table(tmp_path / "x" / "financings.parquet")
    assert t.num_rows == 0 and str(t.schema.field("gross_proceeds").type) == "double"
    assert not (tmp_path / "x" / "financings.csv").exists()


def test_parquet_on_stdout_when_redirected(store: Store) -> None:
    scenario.load(store)
    result = CliRunner().invoke(main, ["facts", "--restated", "--format", "parquet", "--db", url_of(store)])
    assert result.exit_code == 0
    table = pq.read_table(io.BytesIO(result.stdout_bytes))
    assert table.column("value").to_pylist() == [1416040.0, 1516040.0]
    assert str(table.schema.field("period_end").type) == "date32[day]"


def test_each_release_of_a_filing_is_stored(tmp_path: Path) -> None:
    second = "<html><body><h1>Northbrook Gold Announces Annual Meeting Results</h1><p>All nominees elected.</p>"
    filing = tmp_path / "0001104659-24-031234.txt"
    exhibits = [
        ("EX-99.1", "Press release", f"<html><body>{release_body_html()}</body></html>"),
        ("EX-99.2", "Press release", second + "</body></html>"),
    ]
    filing.write_text(edgar_submission(exhibits, form="8-K"), encoding="utf-8")
    db = str(tmp_path / "filings.db")
    code, _, err = run("ingest", str(filing), "--db", db)
    assert code == 0, err
    assert "2 release(s) stored" in err
    code, _, err = run("ingest", str(filing), "--db", db)
    assert "0 release(s) stored, 2 already present" in err
    with Store(db) as s:
        assert sorted(r["headline"] or "" for r in s.releases())[0].startswith("Northbrook Gold Announces Annual")


def test_unchanged_files_are_not_read_again(tmp_path: Path, news: Path) -> None:
    db = str(tmp_path / "releases.db")
    target = news / "002_fcad98c9ea8e1307.txt"
    assert run("ingest", str(news), "--db", db)[0] == 0
    before = os.stat(target)
    text = target.read_text(encoding="utf-8")
    changed = text.replace("November 21, 2011", "November 22, 2011")
    assert len(changed) == len(text)
    target.write_text(changed, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size and time: taken as unchanged
    code, _, err = run("ingest", str(news), "--db", db)
    assert "0 release(s) stored, 3 already present" in err
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    code, _, err = run("ingest", str(news), "--db", db)
    assert code == 0 and "1 release(s) stored, 2 already present" in err
    code, _, err = run("ingest", str(news), "--db", db, "--replace")
    assert code == 0 and "0 release(s) stored, 0 already present, 3 replaced" in err  # the earlier text stays
