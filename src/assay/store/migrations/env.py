"""Alembic environment: migrations run on the connection the store opened."""

from __future__ import annotations

from typing import Any

from alembic import context

from assay.store.schema import Base

FTS_OBJECTS = ("release_search",)


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave out the full-text objects the migrations add by hand."""
    if type_ == "table" and name is not None and name.startswith(FTS_OBJECTS):
        return False
    return not (type_ == "column" and name == "search" and parent_names.get("table_name") == "releases")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    return not (type_ == "index" and name == "ix_releases_search")


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the store runs its migrations on an open connection")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_name=include_name,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite" and not context.config.attributes.get("plain_ops"),
    )
    with context.begin_transaction():
        context.run_migrations()


run()
