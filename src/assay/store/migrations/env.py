"""Alembic environment: migrations run on the connection the store opened."""

from __future__ import annotations

from alembic import context

from assay.store.schema import Base, include_name, include_object


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
