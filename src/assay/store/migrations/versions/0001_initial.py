"""Initial schema: releases, issuers and every record table, with full-text search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_failures")),
        sa.UniqueConstraint("path", name=op.f("uq_failures_path")),
    )
    op.create_table(
        "issuers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuers")),
    )
    op.create_table(
        "issuer_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("former", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_issuer_names_issuer_id_issuers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_names")),
        sa.UniqueConstraint("key", name=op.f("uq_issuer_names_key")),
    )
    op.create_index(op.f("ix_issuer_names_issuer_id"), "issuer_names", ["issuer_id"], unique=False)
    op.create_table(
        "issuer_tickers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("exchange", sa.String(length=40), nullable=False),
        sa.Column("symbol", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_issuer_tickers_issuer_id_issuers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_tickers")),
        sa.UniqueConstraint(
            "issuer_id", "exchange", "symbol", name=op.f("uq_issuer_tickers_issuer_id_exchange_symbol")
        ),
    )
    op.create_index(op.f("ix_issuer_tickers_issuer_id"), "issuer_tickers", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_issuer_tickers_symbol"), "issuer_tickers", ["symbol"], unique=False)
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_people_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index(op.f("ix_people_issuer_id"), "people", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_people_key"), "people", ["key"], unique=False)
    op.create_table(
        "properties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_properties_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_properties")),
    )
    op.create_index(op.f("ix_properties_issuer_id"), "properties", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_properties_key"), "properties", ["key"], unique=False)
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("issuer_name", sa.String(length=300), nullable=True),
        sa.Column("release_date", sa.Date(), nullable=True),
        sa.Column("headline", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("chars", sa.Integer(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assay_version", sa.String(length=40), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_releases_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
        sa.UniqueConstraint("sha256", name=op.f("uq_releases_sha256")),
    )
    op.create_index(op.f("ix_releases_issuer_id"), "releases", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_releases_release_date"), "releases", ["release_date"], unique=False)
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_categories_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
    )
    op.create_index(op.f("ix_categories_category"), "categories", ["category"], unique=False)
    op.create_index(op.f("ix_categories_release_id"), "categories", ["release_id"], unique=False)
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("property_id", sa.Integer(), nullable=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("concept", sa.String(length=60), nullable=False),
        sa.Column("item", sa.String(length=300), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=10), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("period_months", sa.Integer(), nullable=True),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("parent_idx", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_facts_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["property_id"], ["properties.id"], name=op.f("fk_facts_property_id_properties"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_facts_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
    )
    op.create_index(op.f("ix_facts_issuer_id"), "facts", ["issuer_id"], unique=False)
    op.create_index(
        op.f("ix_facts_issuer_id_concept_period_end"), "facts", ["issuer_id", "concept", "period_end"], unique=False
    )
    op.create_index(op.f("ix_facts_release_id"), "facts", ["release_id"], unique=False)
    op.create_table(
        "financings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("tranche", sa.String(length=40), nullable=True),
        sa.Column("brokered", sa.Boolean(), nullable=True),
        sa.Column("security", sa.String(length=60), nullable=True),
        sa.Column("count", sa.Float(), nullable=True),
        sa.Column("price", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=10), nullable=True),
        sa.Column("gross_proceeds", sa.Float(), nullable=True),
        sa.Column("warrants_per_unit", sa.Float(), nullable=True),
        sa.Column("warrant_exercise_price", sa.Float(), nullable=True),
        sa.Column("warrant_term_months", sa.Float(), nullable=True),
        sa.Column("finder_fee_cash", sa.Float(), nullable=True),
        sa.Column("finder_warrants", sa.Float(), nullable=True),
        sa.Column("hold_period_months", sa.Float(), nullable=True),
        sa.Column("extras", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_financings_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_financings_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financings")),
    )
    op.create_index(op.f("ix_financings_gross_proceeds"), "financings", ["gross_proceeds"], unique=False)
    op.create_index(op.f("ix_financings_issuer_id"), "financings", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_financings_release_id"), "financings", ["release_id"], unique=False)
    op.create_table(
        "intercepts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("property_id", sa.Integer(), nullable=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("hole", sa.String(length=120), nullable=True),
        sa.Column("from_m", sa.Float(), nullable=True),
        sa.Column("to_m", sa.Float(), nullable=True),
        sa.Column("length_m", sa.Float(), nullable=True),
        sa.Column("parent_idx", sa.Integer(), nullable=True),
        sa.Column("extras", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_intercepts_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["property_id"], ["properties.id"], name=op.f("fk_intercepts_property_id_properties"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_intercepts_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intercepts")),
    )
    op.create_index(op.f("ix_intercepts_issuer_id"), "intercepts", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_intercepts_release_id"), "intercepts", ["release_id"], unique=False)
    op.create_table(
        "listings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("exchange", sa.String(length=40), nullable=False),
        sa.Column("symbol", sa.String(length=40), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_listings_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_listings_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listings")),
    )
    op.create_index(op.f("ix_listings_exchange"), "listings", ["exchange"], unique=False)
    op.create_index(op.f("ix_listings_issuer_id"), "listings", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_listings_release_id"), "listings", ["release_id"], unique=False)
    op.create_table(
        "person_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("designations", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_person_mentions_person_id_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_person_mentions_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_mentions")),
    )
    op.create_index(op.f("ix_person_mentions_person_id"), "person_mentions", ["person_id"], unique=False)
    op.create_index(op.f("ix_person_mentions_release_id"), "person_mentions", ["release_id"], unique=False)
    op.create_table(
        "resources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("commodity", sa.String(length=40), nullable=True),
        sa.Column("tonnes", sa.Float(), nullable=True),
        sa.Column("grade", sa.Float(), nullable=True),
        sa.Column("grade_unit", sa.String(length=20), nullable=True),
        sa.Column("contained", sa.Float(), nullable=True),
        sa.Column("contained_unit", sa.String(length=20), nullable=True),
        sa.Column("cutoff", sa.String(length=120), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuers.id"], name=op.f("fk_resources_issuer_id_issuers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_resources_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resources")),
    )
    op.create_index(op.f("ix_resources_issuer_id"), "resources", ["issuer_id"], unique=False)
    op.create_index(op.f("ix_resources_release_id"), "resources", ["release_id"], unique=False)
    op.create_table(
        "checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("about", sa.String(length=200), nullable=False),
        sa.Column("expected", sa.Float(), nullable=True),
        sa.Column("found", sa.Float(), nullable=True),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=True),
        sa.Column("other_fact_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_checks_fact_id_facts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["other_fact_id"], ["facts.id"], name=op.f("fk_checks_other_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_checks_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checks")),
    )
    op.create_index(op.f("ix_checks_fact_id"), "checks", ["fact_id"], unique=False)
    op.create_index(op.f("ix_checks_name"), "checks", ["name"], unique=False)
    op.create_index(op.f("ix_checks_other_fact_id"), "checks", ["other_fact_id"], unique=False)
    op.create_index(op.f("ix_checks_release_id"), "checks", ["release_id"], unique=False)
    op.create_table(
        "grades",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intercept_id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("commodity", sa.String(length=40), nullable=False),
        sa.Column("grade_gpt", sa.Float(), nullable=True),
        sa.Column("gram_metres", sa.Float(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["intercept_id"], ["intercepts.id"], name=op.f("fk_grades_intercept_id_intercepts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_grades_release_id_releases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grades")),
    )
    op.create_index(op.f("ix_grades_commodity"), "grades", ["commodity"], unique=False)
    op.create_index(op.f("ix_grades_intercept_id"), "grades", ["intercept_id"], unique=False)
    op.create_index(op.f("ix_grades_release_id"), "grades", ["release_id"], unique=False)

    _create_search()


def downgrade() -> None:
    _drop_search()
    op.drop_index(op.f("ix_grades_release_id"), table_name="grades")
    op.drop_index(op.f("ix_grades_intercept_id"), table_name="grades")
    op.drop_index(op.f("ix_grades_commodity"), table_name="grades")
    op.drop_table("grades")
    op.drop_index(op.f("ix_checks_release_id"), table_name="checks")
    op.drop_index(op.f("ix_checks_other_fact_id"), table_name="checks")
    op.drop_index(op.f("ix_checks_name"), table_name="checks")
    op.drop_index(op.f("ix_checks_fact_id"), table_name="checks")
    op.drop_table("checks")
    op.drop_index(op.f("ix_resources_release_id"), table_name="resources")
    op.drop_index(op.f("ix_resources_issuer_id"), table_name="resources")
    op.drop_table("resources")
    op.drop_index(op.f("ix_person_mentions_release_id"), table_name="person_mentions")
    op.drop_index(op.f("ix_person_mentions_person_id"), table_name="person_mentions")
    op.drop_table("person_mentions")
    op.drop_index(op.f("ix_listings_release_id"), table_name="listings")
    op.drop_index(op.f("ix_listings_issuer_id"), table_name="listings")
    op.drop_index(op.f("ix_listings_exchange"), table_name="listings")
    op.drop_table("listings")
    op.drop_index(op.f("ix_intercepts_release_id"), table_name="intercepts")
    op.drop_index(op.f("ix_intercepts_issuer_id"), table_name="intercepts")
    op.drop_table("intercepts")
    op.drop_index(op.f("ix_financings_release_id"), table_name="financings")
    op.drop_index(op.f("ix_financings_issuer_id"), table_name="financings")
    op.drop_index(op.f("ix_financings_gross_proceeds"), table_name="financings")
    op.drop_table("financings")
    op.drop_index(op.f("ix_facts_release_id"), table_name="facts")
    op.drop_index(op.f("ix_facts_issuer_id_concept_period_end"), table_name="facts")
    op.drop_index(op.f("ix_facts_issuer_id"), table_name="facts")
    op.drop_table("facts")
    op.drop_index(op.f("ix_categories_release_id"), table_name="categories")
    op.drop_index(op.f("ix_categories_category"), table_name="categories")
    op.drop_table("categories")
    op.drop_index(op.f("ix_releases_release_date"), table_name="releases")
    op.drop_index(op.f("ix_releases_issuer_id"), table_name="releases")
    op.drop_table("releases")
    op.drop_index(op.f("ix_properties_key"), table_name="properties")
    op.drop_index(op.f("ix_properties_issuer_id"), table_name="properties")
    op.drop_table("properties")
    op.drop_index(op.f("ix_people_key"), table_name="people")
    op.drop_index(op.f("ix_people_issuer_id"), table_name="people")
    op.drop_table("people")
    op.drop_index(op.f("ix_issuer_tickers_symbol"), table_name="issuer_tickers")
    op.drop_index(op.f("ix_issuer_tickers_issuer_id"), table_name="issuer_tickers")
    op.drop_table("issuer_tickers")
    op.drop_index(op.f("ix_issuer_names_issuer_id"), table_name="issuer_names")
    op.drop_table("issuer_names")
    op.drop_table("issuers")
    op.drop_table("failures")


# Full-text search. SQLite: an FTS5 table over releases' headline and text
# (external content, kept in step by triggers). PostgreSQL: a generated
# tsvector column with a GIN index (the text is capped at 500,000 characters,
# under PostgreSQL's limit for one tsvector).
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE release_search USING fts5("
    "headline, text, content='releases', content_rowid='id', tokenize='porter unicode61')",
    "CREATE TRIGGER release_search_insert AFTER INSERT ON releases BEGIN "
    "INSERT INTO release_search(rowid, headline, text) VALUES (new.id, new.headline, new.text); END",
    "CREATE TRIGGER release_search_delete AFTER DELETE ON releases BEGIN "
    "INSERT INTO release_search(release_search, rowid, headline, text) "
    "VALUES ('delete', old.id, old.headline, old.text); END",
    "CREATE TRIGGER release_search_update AFTER UPDATE ON releases BEGIN "
    "INSERT INTO release_search(release_search, rowid, headline, text) "
    "VALUES ('delete', old.id, old.headline, old.text); "
    "INSERT INTO release_search(rowid, headline, text) VALUES (new.id, new.headline, new.text); END",
)
POSTGRESQL_SEARCH = (
    "ALTER TABLE releases ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(headline, '') || ' ' || left(coalesce(text, ''), 500000))) STORED",
    "CREATE INDEX ix_releases_search ON releases USING gin (search)",
)


def _create_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRESQL_SEARCH if dialect == "postgresql" else ():
        op.execute(statement)


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("release_search_insert", "release_search_delete", "release_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS release_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_releases_search")
        op.execute("ALTER TABLE releases DROP COLUMN IF EXISTS search")
