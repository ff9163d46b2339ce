"""Migrations build exactly the models' schema, on both back ends, and run once."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from assay.store import Store
from assay.store.engine import MIGRATIONS, current_revision, head_revision, migrate
from assay.store.schema import TABLES, Base, include_name, include_object


def test_schema_matches_models(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_name": include_name, "include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(ctx, Base.metadata) == []
        names = set(inspect(conn).get_table_names())
    assert {t.name for t in TABLES} <= names
    assert current_revision(store.engine) == head_revision()


def test_search_objects_exist(store: Store) -> None:
    with store.engine.connect() as conn:
        insp = inspect(conn)
        if store.dialect == "sqlite":
            assert "release_search" in insp.get_table_names()
        else:
            assert "search" in {c["name"] for c in insp.get_columns("releases")}


def test_reopen_does_not_migrate_again(store: Store) -> None:
    migrate(store.engine)
    Store(store.url.render_as_string(hide_password=False)).close()
    assert current_revision(store.engine) == head_revision()


def test_downgrade_to_nothing_and_back(store: Store) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with store.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    migrate(store.engine)
    with store.engine.connect() as conn:
        assert "releases" in inspect(conn).get_table_names()
