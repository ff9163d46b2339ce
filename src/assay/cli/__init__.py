"""The ``assay`` command line. Each command mirrors a function of the Python API."""

from __future__ import annotations

import click

from assay import __version__
from assay.cli.extract import extract_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="assay")
def main() -> None:
    """Assay: turn news releases of resource companies into verified,
    source-linked records.

    \b
    Examples:
      assay extract samples/ --format table
      assay extract release.txt --out records/
    """


main.add_command(extract_command)
from assay.cli import db as _db  # noqa: E402, F401 - registers ingest, issuers, releases, financings, facts, ...
