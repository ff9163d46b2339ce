"""Tables read from a page, written as markdown pipe tables."""

from __future__ import annotations

_SPACE_CHARS = " \t\r\n\xa0"


def clean_cell(text: str | None) -> str:
    """A cell's text on one line, with ``|`` (the column mark) replaced."""
    if not text:
        return ""
    return " ".join(text.split()).replace("|", "/")


def drop_empty(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` without rows or columns that are empty throughout, padded square."""
    rows = [r for r in rows if any(c.strip(_SPACE_CHARS) for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [i for i in range(width) if any(r[i] for r in rows)]
    return [[r[i] for i in keep] for r in rows]


def pipe_table(rows: list[list[str]]) -> str:
    """Rows as a markdown pipe table, the first row as its header."""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines.extend("| " + " | ".join(r) + " |" for r in rows[1:])
    return "\n".join(lines)
