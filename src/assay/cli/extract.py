"""``assay extract``: records of releases as JSON files, JSON Lines or tables."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from assay.cli.common import EXIT_OK, EXIT_SOME_FAILED, progress, report_error
from assay.output.jsonout import dumps, write_record
from assay.output.table import print_release
from assay.pipeline import extract_document
from assay.read import DEFAULT_MAX_BYTES, ReadError, expand_paths, read_path


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write DIR/<input stem>.json for each release instead of printing.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default=None,
    help="Output on stdout: JSON Lines (default), indented JSON, or tables.",
)
@click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse input files larger than this."
)
@click.option(
    "--progress/--no-progress",
    "show_progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal).",
)
def extract_command(
    paths: tuple[str, ...], out_dir: Path | None, fmt: str | None, max_bytes: int, show_progress: bool | None
) -> None:
    """Extract the record of each release in PATHS (files, directories, globs).

    Every value in a record carries the span of the original text it came
    from (under "evidence"), and the release's arithmetic checks (under
    "checks"). A file that cannot be read is reported on stderr and the
    others go on; the exit code is then 1.

    \b
    Examples:
      assay extract samples/ --format table
      assay extract news/*.txt --out records/
      assay extract release.txt | jq .financings
    """
    files = list(expand_paths(paths))
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    console = Console(highlight=False)
    failed = 0
    written = 0
    for path in progress(files, len(files), "extracting", show_progress):
        try:
            documents = read_path(path, max_bytes=max_bytes)
        except ReadError as e:
            report_error(str(e))
            failed += 1
            continue
        for document in documents:
            try:
                release = extract_document(document)
            except Exception as e:  # noqa: BLE001 - one bad release must not stop the batch
                report_error(f"{document.path}: extraction failed ({type(e).__name__}: {e})")
                failed += 1
                continue
            if out_dir is not None:
                write_record(release.to_dict(), out_dir / f"{document.stem}.json")
                written += 1
            elif fmt == "table":
                print_release(release, console)
            else:
                sys.stdout.write(dumps(release, indent=1 if fmt == "json" else None) + "\n")
    if out_dir is not None:
        click.echo(f"{written} record(s) written to {out_dir}" + (f", {failed} failed" if failed else ""), err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)
