"""The database commands: ``assay ingest`` and the queries over what it stored.

Each command mirrors a method of :class:`assay.store.Store`. The database is
``./assay.db`` unless ``--db URL`` or the ``ASSAY_DB`` environment variable
names another (an SQLite path, or ``postgresql://user@host/dbname``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy.exc import SQLAlchemyError

from assay.cli import main
from assay.cli.common import EXIT_OK, EXIT_SOME_FAILED, err_console, report_error
from assay.output.table import records_table
from assay.read import DEFAULT_MAX_BYTES, expand_paths
from assay.store import Row, Store, UnknownIssuer
from assay.store.export import write_rows
from assay.store.url import display_url, resolve_url

FORMATS = ("table", "csv", "json", "parquet")

db_option = click.option(
    "--db",
    "db_url",
    metavar="URL",
    default=None,
    help="Database: an SQLite file path or URL, or postgresql://... [default: $ASSAY_DB, else ./assay.db]",
)
format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="A readable table, or CSV, JSON or Parquet rows.",
)
out_option = click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the rows to FILE instead of stdout (needed for Parquet on a terminal).",
)
issuer_option = click.option(
    "--issuer", default=None, help="An issuer: ticker (EMR), name, or id from `assay issuers`."
)
since_option = click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="From this date (YYYY-MM-DD)."
)
until_option = click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Up to this date.")


def _date(x: dt.datetime | None) -> dt.date | None:
    return x.date() if x is not None else None


@contextmanager
def opened(db_url: str | None) -> Iterator[Store]:
    """The store at ``db_url``; any database error ends the command with one line."""
    try:
        store = Store(db_url)
    except SQLAlchemyError as e:
        raise click.ClickException(f"cannot open {display_url(resolve_url(db_url))}: {_reason(e)}") from None
    try:
        yield store
    except UnknownIssuer as e:
        raise click.ClickException(str(e)) from None
    except SQLAlchemyError as e:
        raise click.ClickException(f"database error: {_reason(e)}") from None
    finally:
        store.close()


def _reason(e: SQLAlchemyError) -> str:
    orig = getattr(e, "orig", None)
    return " ".join(str(orig or e).split())[:300]


def _json_default(x: Any) -> Any:
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    raise TypeError(f"not JSON: {type(x).__name__}")


TABLE_COLUMNS = {
    "issuers": ["id", "name", "listings", "releases", "first", "last", "people", "properties"],
    "releases": ["release", "release_date", "issuer", "headline", "financings", "facts", "intercepts", "failed_checks"],
    "financings": [
        "release_date",
        "issuer",
        "status",
        "tranche",
        "security",
        "count",
        "price",
        "currency",
        "gross_proceeds",
        "warrant_exercise_price",
        "warrant_term_months",
    ],
    "matching releases": ["release", "release_date", "issuer", "snippet"],
}
WIDTH_OFF_TERMINAL = 200


def emit(rows: list[Row], fmt: str, out: Path | None, title: str) -> None:
    """Rows as a table, CSV, JSON or Parquet, on stdout or into ``out``.

    A table shows the main columns (all of them for facts and intercepts);
    CSV, JSON and Parquet give every column.
    """
    if fmt == "table":
        file = out.open("w", encoding="utf-8") if out else None
        tty = file is None and sys.stdout.isatty()
        console = Console(highlight=False, file=file, width=None if tty else WIDTH_OFF_TERMINAL)
        if rows:
            shown = [{k: escape(x) if isinstance(x, str) else x for k, x in r.items()} for r in rows]
            console.print(records_table(f"{title} ({len(rows)})", shown, TABLE_COLUMNS.get(title)))
        else:
            console.print(f"no {title}")
        if file is not None:
            file.close()
        return
    if fmt == "json":
        text = json.dumps(rows, indent=1, ensure_ascii=False, default=_json_default) + "\n"
        if out:
            out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return
    if fmt == "csv":
        if out:
            with out.open("w", newline="", encoding="utf-8") as f:
                write_rows(rows, f, "csv")
        else:
            write_rows(rows, sys.stdout, "csv")
        return
    if out is None and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give --out FILE or redirect stdout")
    if out is not None:
        write_rows(rows, str(out), "parquet")
    else:
        write_rows(rows, sys.stdout.buffer, "parquet")
        sys.stdout.buffer.flush()


def _query_command(name: str, help_title: str) -> Callable[[Callable[..., list[Row]]], click.Command]:
    """A query command: --db, --format and --out added to the query's own options."""

    def wrap(fn: Callable[..., list[Row]]) -> click.Command:
        @click.pass_context
        def run(ctx: click.Context, db_url: str | None, fmt: str, out: Path | None, **kwargs: Any) -> None:
            with opened(db_url) as store:
                rows = fn(store, **kwargs)
            emit(rows, fmt, out, help_title)

        run.__doc__ = fn.__doc__
        run.__name__ = fn.__name__
        cmd = click.command(name)(out_option(format_option(db_option(run))))
        cmd.params[:0] = getattr(fn, "__click_params__", [])[::-1]
        return cmd

    return wrap


@_query_command("issuers", "issuers")
@click.option("--name", default=None, help="Only issuers matching this name or ticker.")
def issuers_command(store: Store, name: str | None) -> list[Row]:
    """Issuers resolved across their releases: names, listings, counts.

    \b
    Examples:
      assay issuers
      assay issuers --name emgold --format json
    """
    return store.issuers(name)


@_query_command("releases", "releases")
@issuer_option
@since_option
@until_option
@click.option("--category", default=None, help="Only releases of this category (financing, financial_results, ...).")
def releases_command(
    store: Store, issuer: str | None, since: dt.datetime | None, until: dt.datetime | None, category: str | None
) -> list[Row]:
    """Stored releases, oldest first, with what each holds.

    \b
    Examples:
      assay releases --issuer EMR
      assay releases --since 2011-01-01 --category financing --format csv
    """
    return store.releases(issuer, _date(since), _date(until), category)


@_query_command("financings", "financings")
@issuer_option
@since_option
@until_option
@click.option("--exchange", default=None, help="Only issuers listed on this exchange (TSXV, TSX, CSE, ASX, ...).")
@click.option("--min-proceeds", type=float, default=None, help="Only financings raising at least this much.")
@click.option("--status", type=click.Choice(["announced", "closed"]), default=None)
def financings_command(
    store: Store,
    issuer: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    exchange: str | None,
    min_proceeds: float | None,
    status: str | None,
) -> list[Row]:
    """Financings with their terms, by release date.

    \b
    Examples:
      assay financings --since 2011-01-01 --exchange TSXV
      assay financings --min-proceeds 1000000 --format json
    """
    return store.financings(issuer, _date(since), _date(until), exchange, min_proceeds, status)


@_query_command("facts", "facts")
@issuer_option
@click.option("--concept", default=None, help="net_loss, revenue, cash, exploration_expenditure, ...")
@click.option("--item", default=None, help="The breakdown member (a property, a cost component).")
@click.option("--period-end", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only this period's figures.")
@since_option
@until_option
@click.option("--restated", is_flag=True, help="Only figures another release reports differently.")
def facts_command(
    store: Store,
    issuer: str | None,
    concept: str | None,
    item: str | None,
    period_end: dt.datetime | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    restated: bool,
) -> list[Row]:
    """Reported financial figures by period.

    A figure that another release reports for the same period with a
    different value is flagged in the "restated" column with the other value.

    \b
    Examples:
      assay facts --issuer EMR --concept net_loss
      assay facts --restated --format csv --out restated.csv
    """
    return store.facts(issuer, concept, item, _date(period_end), _date(since), _date(until), restated)


@_query_command("intercepts", "intercepts")
@issuer_option
@click.option("--commodity", default=None, help="Au, Cu, Ag, Li2O, AuEq, ...")
@click.option("--min-gram-metres", type=float, default=None, help="Only intervals of at least this length x g/t.")
@click.option("--min-grade", type=float, default=None, help="Only grades of at least this value.")
@since_option
@until_option
def intercepts_command(
    store: Store,
    issuer: str | None,
    commodity: str | None,
    min_gram_metres: float | None,
    min_grade: float | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> list[Row]:
    """Drill intervals with their grades (one row per grade).

    \b
    Examples:
      assay intercepts --commodity Au --min-gram-metres 50
      assay intercepts --issuer EMR --format csv
    """
    return store.intercepts(issuer, commodity, min_gram_metres, min_grade, _date(since), _date(until))


@_query_command("search", "matching releases")
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
def search_command(store: Store, query: str, limit: int) -> list[Row]:
    """Full-text search over releases: words, "phrases", OR, -word.

    \b
    Examples:
      assay search "flow-through"
      assay search '"private placement" tranche -brokered' --format json
    """
    return store.search(query, limit)


@click.command("export")
@click.argument("out_dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "formats",
    type=click.Choice(["csv", "parquet"]),
    multiple=True,
    help="Only this format (repeatable) [default: both]",
)
@db_option
def export_command(out_dir: Path, formats: tuple[str, ...], db_url: str | None) -> None:
    """Write every table as DIR/<table>.csv and DIR/<table>.parquet.

    JSON columns (evidence, extras, the whole record) are written as JSON
    text. Read them with pandas (pd.read_parquet), DuckDB
    (SELECT * FROM 'DIR/facts.parquet') or a spreadsheet.

    \b
    Examples:
      assay export out/
      assay export out/ --format parquet --db postgresql://localhost/assay
    """
    with opened(db_url) as store:
        written = store.export(out_dir, formats or ("csv", "parquet"))
    for table, n in written.items():
        click.echo(f"{table:<16} {n:>8,} rows", err=True)
    click.echo(f"{len(written)} tables written to {out_dir}", err=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option("--replace", is_flag=True, help="Extract and store again releases already stored.")
@click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse input files larger than this."
)
@click.option("--jobs", type=int, default=None, help="Processes extracting releases [default: one per CPU].")
@click.option(
    "--progress/--no-progress",
    "show_progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal).",
)
def ingest_command(
    paths: tuple[str, ...],
    db_url: str | None,
    replace: bool,
    max_bytes: int,
    jobs: int | None,
    show_progress: bool | None,
) -> None:
    """Read, extract and store the releases in PATHS (files, directories, globs).

    A release is keyed by the hash of its content: ingesting it again stores
    nothing twice, and a run stopped part way resumes where it stopped.
    Each release is stored whole or not at all. Files that fail are
    recorded with their reason, listed at the end, and the exit code is 1.

    \b
    Examples:
      assay ingest samples/
      assay ingest news/ --db postgresql://localhost/assay
    """
    files = [str(p) for p in expand_paths(paths)]
    show = sys.stderr.isatty() if show_progress is None else show_progress
    with opened(db_url) as store, _bar(show and len(files) > 1, len(files)) as advance:
        report = store.ingest(files, replace=replace, max_bytes=max_bytes, each=lambda _p, _r: advance(), jobs=jobs)
        counts = store.counts()
        where = display_url(store.url)
    parts = [f"{report.stored} release(s) stored", f"{report.present} already present"]
    if report.replaced:
        parts.append(f"{report.replaced} replaced")
    if report.failures:
        parts.append(f"{len(report.failures)} failed")
    click.echo(", ".join(parts) + f" in {where}", err=True)
    click.echo(
        f"the database holds {counts['issuers']} issuer(s), {counts['releases']} release(s), "
        f"{counts['financings']} financing(s), {counts['facts']} fact(s), {counts['intercepts']} intercept(s)"
        + (f"; {counts['restatements']} possible restatement(s)" if counts["restatements"] else ""),
        err=True,
    )
    for r in report.failures:
        report_error(f"{r.path}: {r.reason}")
    sys.exit(EXIT_SOME_FAILED if report.failures else EXIT_OK)


@contextmanager
def _bar(show: bool, total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr; yields the function that advances it by one file."""
    if not show:
        yield lambda: None
        return
    columns = (
        TextColumn("[bold]ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as bar:
        row = bar.add_task("ingesting", total=total)
        yield lambda: bar.advance(row)


for _command in (
    ingest_command,
    issuers_command,
    releases_command,
    financings_command,
    facts_command,
    intercepts_command,
    search_command,
    export_command,
):
    main.add_command(_command)
