"""Where the database is: a URL from the command line, ``ASSAY_DB`` or the default file."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url

DEFAULT_URL = "sqlite:///assay.db"
ENV_VAR = "ASSAY_DB"


def resolve_url(url: str | None = None) -> URL:
    """The SQLAlchemy URL of the database to open.

    ``url`` wins, then the ``ASSAY_DB`` environment variable, then
    ``./assay.db``. A plain path (no ``scheme://``) names an SQLite file;
    ``postgresql://`` and ``postgres://`` use the psycopg 3 driver.
    """
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in raw:
        return URL.create("sqlite", database=raw)
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw.removeprefix("postgres://")
    parsed = make_url(raw)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: URL) -> str:
    """The URL with any password hidden, for messages."""
    return url.render_as_string(hide_password=True)
