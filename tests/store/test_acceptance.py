"""The bundled samples, ingested through the command line into SQLite and PostgreSQL.

Three releases of one issuer (2004, 2006, 2011): one issuer, three
releases, the 2011 financing, and the net losses of the quarters ended
2003-03-31 and 2004-03-31 and of the years 2004 and 2005 — the same on both
databases.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from assay.cli import main
from assay.store import Store


def assay(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout) if "--format" in args else result.stderr


@pytest.fixture
def answers(stores: dict[str, Store], samples: Any) -> dict[str, dict[str, Any]]:
    out = {}
    for backend, store in stores.items():
        db = store.url.render_as_string(hide_password=False)
        assay("ingest", str(samples), "--db", db)
        again = assay("ingest", str(samples), "--db", db)
        assert "0 release(s) stored, 3 already present" in again
        out[backend] = {
            "issuers": assay("issuers", "--format", "json", "--db", db),
            "releases": assay("releases", "--issuer", "EMR", "--format", "json", "--db", db),
            "financings": assay("financings", "--format", "json", "--db", db),
            "net_loss": assay("facts", "--issuer", "EMR", "--concept", "net_loss", "--format", "json", "--db", db),
        }
    return out


def test_seeds(answers: dict[str, dict[str, Any]]) -> None:
    a = answers["sqlite"]
    assert [(i["name"], i["releases"]) for i in a["issuers"]] == [("Emgold Mining Corporation", 3)]
    assert [r["release_date"] for r in a["releases"]] == ["2004-05-31", "2006-05-01", "2011-11-21"]
    assert [(f["release_date"], f["gross_proceeds"]) for f in a["financings"]] == [("2011-11-21", 1162000.0)]
    periods = {(f["period_end"], f["period_months"]) for f in a["net_loss"]}
    assert {("2003-03-31", 3), ("2004-03-31", 3), ("2004-12-31", 12), ("2005-12-31", 12)} <= periods


def test_same_on_sqlite_and_postgresql(answers: dict[str, dict[str, Any]]) -> None:
    assert answers["sqlite"] == answers["postgresql"]
