"""A release record as tables a person can read in a terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from assay.model import Release


def _fmt(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, float):
        return f"{x:,.4f}".rstrip("0").rstrip(".") if abs(x) < 10 else f"{x:,.2f}".removesuffix(".00")
    if isinstance(x, int):
        return f"{x:,}"
    if isinstance(x, list):
        return ", ".join(_fmt(i) for i in x)
    if isinstance(x, dict):
        return ", ".join(f"{k}={_fmt(i)}" for k, i in x.items())
    return str(x)


def records_table(title: str, rows: list[dict[str, Any]], columns: list[str] | None = None) -> Table:
    """A table of ``rows`` (dicts); only columns that hold a value are shown."""
    cols = columns or list(dict.fromkeys(k for r in rows for k in r))
    cols = [c for c in cols if any(r.get(c) not in (None, [], {}, "") for r in rows)]
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for c in cols:
        numeric = all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in rows)
        table.add_column(c, justify="right" if numeric else "left", overflow="fold")
    for r in rows:
        table.add_row(*(_fmt(r.get(c)) for c in cols))
    return table


def release_view(release: Release) -> Panel:
    """Everything found in one release, as a panel of tables."""
    d = release.to_dict()
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("issuer", _fmt(d["issuer"]["name"]))
    head.add_row("date", _fmt(d["release_date"]))
    head.add_row("headline", _fmt(d["headline"]))
    head.add_row("listings", ", ".join(f"{x['exchange']}:{x['symbol']}" for x in d["listings"]))
    head.add_row("categories", ", ".join(d["categories"]))
    parts: list[Any] = [head]
    for key in ("people", "financings", "facts", "intercepts", "resources"):
        rows = d.get(key) or []
        if rows:
            flat = [{k: (_fmt(x) if isinstance(x, list) else x) for k, x in r.items()} for r in rows]
            parts.append(records_table(f"{key} ({len(rows)})", flat))
    if d["checks"]:
        rows = [
            {
                "check": c["name"],
                "ok": c["ok"],
                "about": c["about"],
                "expected": c["expected"],
                "found": c["found"],
                "detail": c["detail"],
            }
            for c in d["checks"]
        ]
        parts.append(records_table(f"checks ({sum(c['ok'] for c in d['checks'])}/{len(rows)} pass)", rows))
    return Panel(Group(*parts), title=release.source.path or "release", title_align="left")


def print_release(release: Release, console: Console) -> None:
    console.print(release_view(release))
