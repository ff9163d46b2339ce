"""A figure found in the text before it becomes a :class:`~assay.model.Fact`."""

from __future__ import annotations

from dataclasses import dataclass

from assay.extract.facts.periods import Period


@dataclass(slots=True)
class Draft:
    """One figure: concept, value and the range ``start:end`` of the normalised text it was read from."""

    concept: str
    value: float
    start: int
    end: int
    currency: str | None = None
    period: Period | None = None
    item: str | None = None
    label: str | None = None
    parent: int | None = None  # index of the total this figure is a part of
    recovery: bool = False  # a negative expenditure ("recovery of $9,706")
    comparative: bool = False
    negative: bool = False  # shown in parentheses in a table: it counts against its total
