"""Pieces shared by the commands: progress bars, error lines, exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

err_console = Console(stderr=True, highlight=False)


def progress(items: Iterable[T], total: int, label: str, enabled: bool | None = None) -> Iterator[T]:
    """Iterate ``items`` with a progress bar on stderr (when it is a terminal)."""
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show or total < 2:
        yield from items
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def report_error(message: str) -> None:
    """One line on stderr for a file that failed."""
    err_console.print(f"[red]error[/red]: {message}", soft_wrap=True)
