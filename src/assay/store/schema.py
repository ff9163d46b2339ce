"""The tables of the release database (SQLAlchemy 2 declarative models).

One schema serves SQLite and PostgreSQL. Every row that holds extracted
values keeps their spans in an ``evidence`` JSON column (``{field: {start,
end, text}}``, paths relative to the row's record), and ``idx``, the
record's position in its release (``facts[idx]``), so that a row leads back
to the characters of the release it came from. Rows of a release are
deleted with it (``ON DELETE CASCADE``).

Full-text search is not modelled here: the migrations add an FTS5 table
(SQLite) or a generated ``tsvector`` column (PostgreSQL) beside ``releases``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Json = dict[str, Any]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _release_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)


def _issuer_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("issuers.id", ondelete="SET NULL"), index=True)


class Issuer(Base):
    """One company across all its releases."""

    __tablename__ = "issuers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))


class IssuerName(Base):
    """A name an issuer goes by: as written in a release, or a former name."""

    __tablename__ = "issuer_names"
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)
    former: Mapped[bool] = mapped_column(Boolean, default=False)


class IssuerTicker(Base):
    """A listing (exchange and symbol) seen for an issuer."""

    __tablename__ = "issuer_tickers"
    __table_args__ = (UniqueConstraint("issuer_id", "exchange", "symbol"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuers.id", ondelete="CASCADE"), index=True)
    exchange: Mapped[str] = mapped_column(String(40))
    symbol: Mapped[str] = mapped_column(String(40), index=True)


class Release(Base):
    """One stored release, keyed by the hash of its content."""

    __tablename__ = "releases"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    issuer_id: Mapped[int | None] = _issuer_fk()
    issuer_name: Mapped[str | None] = mapped_column(String(300))
    release_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    headline: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(40))
    chars: Mapped[int] = mapped_column(Integer)
    categories: Mapped[list[str]] = mapped_column(JSON)
    record: Mapped[Json] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    assay_version: Mapped[str] = mapped_column(String(40))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    category: Mapped[str] = mapped_column(String(60), index=True)
    evidence: Mapped[Json] = mapped_column(JSON)


class Listing(Base):
    __tablename__ = "listings"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    issuer_id: Mapped[int | None] = _issuer_fk()
    idx: Mapped[int] = mapped_column(Integer)
    exchange: Mapped[str] = mapped_column(String(40), index=True)
    symbol: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[Json] = mapped_column(JSON)


class Person(Base):
    """A person resolved within an issuer (same normalised name)."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int | None] = _issuer_fk()
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)
    role: Mapped[str | None] = mapped_column(Text)


class PersonMention(Base):
    """A person as one release names them, with the role written there."""

    __tablename__ = "person_mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(Text)
    designations: Mapped[list[str]] = mapped_column(JSON)
    evidence: Mapped[Json] = mapped_column(JSON)


class Property(Base):
    """A mineral property of an issuer, named by its facts or intercepts."""

    __tablename__ = "properties"
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int | None] = _issuer_fk()
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)


class Financing(Base):
    __tablename__ = "financings"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    issuer_id: Mapped[int | None] = _issuer_fk()
    idx: Mapped[int] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(40))
    tranche: Mapped[str | None] = mapped_column(String(40))
    brokered: Mapped[bool | None] = mapped_column(Boolean)
    security: Mapped[str | None] = mapped_column(String(60))
    count: Mapped[float | None] = mapped_column(Float)
    price: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(10))
    gross_proceeds: Mapped[float | None] = mapped_column(Float, index=True)
    warrants_per_unit: Mapped[float | None] = mapped_column(Float)
    warrant_exercise_price: Mapped[float | None] = mapped_column(Float)
    warrant_term_months: Mapped[float | None] = mapped_column(Float)
    finder_fee_cash: Mapped[float | None] = mapped_column(Float)
    finder_warrants: Mapped[float | None] = mapped_column(Float)
    hold_period_months: Mapped[float | None] = mapped_column(Float)
    extras: Mapped[Json] = mapped_column(JSON)
    evidence: Mapped[Json] = mapped_column(JSON)


class Fact(Base):
    __tablename__ = "facts"
    __table_args__ = (Index(None, "issuer_id", "concept", "period_end"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    issuer_id: Mapped[int | None] = _issuer_fk()
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id", ondelete="SET NULL"))
    idx: Mapped[int] = mapped_column(Integer)
    concept: Mapped[str] = mapped_column(String(60))
    item: Mapped[str | None] = mapped_column(String(300))
    value: Mapped[float] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(10))
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    period_months: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(Text)
    parent_idx: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[Json] = mapped_column(JSON)


class Intercept(Base):
    __tablename__ = "intercepts"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    issuer_id: Mapped[int | None] = _issuer_fk()
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id", ondelete="SET NULL"))
    idx: Mapped[int] = mapped_column(Integer)
    hole: Mapped[str | None] = mapped_column(String(120))
    from_m: Mapped[float | None] = mapped_column(Float)
    to_m: Mapped[float | None] = mapped_column(Float)
    length_m: Mapped[float | None] = mapped_column(Float)
    parent_idx: Mapped[int | None] = mapped_column(Integer)
    extras: Mapped[Json] = mapped_column(JSON)
    evidence: Mapped[Json] = mapped_column(JSON)


class Grade(Base):
    """One grade of an intercept; ``gram_metres`` for grades in mass per tonne."""

    __tablename__ = "grades"
    id: Mapped[int] = mapped_column(primary_key=True)
    intercept_id: Mapped[int] = mapped_column(ForeignKey("intercepts.id", ondelete="CASCADE"), index=True)
    release_id: Mapped[int] = _release_fk()
    idx: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    commodity: Mapped[str] = mapped_column(String(40), index=True)
    grade_gpt: Mapped[float | None] = mapped_column(Float)
    gram_metres: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[Json] = mapped_column(JSON)


class Resource(Base):
    __tablename__ = "resources"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    issuer_id: Mapped[int | None] = _issuer_fk()
    idx: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(120))
    commodity: Mapped[str | None] = mapped_column(String(40))
    tonnes: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[float | None] = mapped_column(Float)
    grade_unit: Mapped[str | None] = mapped_column(String(20))
    contained: Mapped[float | None] = mapped_column(Float)
    contained_unit: Mapped[str | None] = mapped_column(String(20))
    cutoff: Mapped[str | None] = mapped_column(String(120))
    evidence: Mapped[Json] = mapped_column(JSON)


class Check(Base):
    """A check of a release: its own arithmetic, or a figure against another release's.

    A cross-release check (``name`` ``"restatement"``) names the fact
    compared (``fact_id``) and the earlier-stored fact it was compared with
    (``other_fact_id``); ``ok`` false flags a possible restatement.
    """

    __tablename__ = "checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = _release_fk()
    name: Mapped[str] = mapped_column(String(80), index=True)
    ok: Mapped[bool] = mapped_column(Boolean)
    about: Mapped[str] = mapped_column(String(200))
    expected: Mapped[float | None] = mapped_column(Float)
    found: Mapped[float | None] = mapped_column(Float)
    parts: Mapped[list[float]] = mapped_column(JSON)
    detail: Mapped[str] = mapped_column(Text)
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    other_fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)


class SourceFile(Base):
    """A file ingested whole: its size and modification time when it was, and
    how many releases it held. A later ingest takes a file with the same size
    and time as unchanged and does not read it again."""

    __tablename__ = "files"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    releases: Mapped[int] = mapped_column(Integer)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Failure(Base):
    """A file that could not be ingested, and why (until it is ingested)."""

    __tablename__ = "failures"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    failed_at: Mapped[dt.datetime] = mapped_column(DateTime)


TABLES = list(Base.metadata.sorted_tables)


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (typed as such)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


SEARCH_OBJECTS = ("release_search",)


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Whether a database object is described by these models (for Alembic's
    comparisons): the full-text objects the migrations add by hand are not."""
    if type_ == "table" and name is not None and name.startswith(SEARCH_OBJECTS):
        return False
    return not (type_ == "column" and name == "search" and parent_names.get("table_name") == "releases")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    return not (type_ == "index" and name == "ix_releases_search")
