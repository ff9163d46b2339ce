"""An interval as found in the text, before it becomes an :class:`~assay.model.Intercept`."""

from __future__ import annotations

from dataclasses import dataclass, field

from assay.extract.intercepts.grades import GradeHit

Range = tuple[int, int]


@dataclass(slots=True)
class Num:
    """A number read from the text and where: ``value`` in metres for depths and lengths."""

    value: float
    at: Range | None
    note: str | None = None


@dataclass(slots=True)
class Found:
    """One interval: its length, depths, grades and hole, with text offsets."""

    start: int
    end: int
    length: Num | None = None
    grades: list[GradeHit] = field(default_factory=list)
    from_m: Num | None = None
    to_m: Num | None = None
    hole: str | None = None
    hole_at: Range | None = None
    trailing_hole: tuple[str, Range] | None = None
    length_ft: Num | None = None
    true_width: Num | None = None
    relation: str | None = None  # "including" or "and"
    parent: int | None = None  # index in the same list
    kind: str | None = None  # "trench" or "channel"
