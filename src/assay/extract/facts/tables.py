"""Results tables (placeholder)."""

from __future__ import annotations

from assay.extract.facts.draft import Draft
from assay.extract.facts.periods import Periods


def read(text: str, periods: Periods, currency: str | None, drafts: list[Draft]) -> list[tuple[int, int]]:
    return []
