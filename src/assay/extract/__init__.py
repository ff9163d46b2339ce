"""Extract: run every extractor over a normalised release, in order.

Each extractor is a function ``extract(doc, release) -> None`` that fills
its part of the :class:`~assay.model.Release`. Later extractors may read
what earlier ones found (financings read the release date; categories read
everything).
"""

from __future__ import annotations

from collections.abc import Callable

from assay.extract import (
    categories,
    facts,
    financings,
    header,
    intercepts,
    listings,
    people,
    resources,
)
from assay.model import Release
from assay.normalise import Doc

Extractor = Callable[[Doc, Release], None]

EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("header", header.extract),
    ("listings", listings.extract),
    ("people", people.extract),
    ("financings", financings.extract),
    ("facts", facts.extract),
    ("intercepts", intercepts.extract),
    ("resources", resources.extract),
    ("categories", categories.extract),
)


def run_extractors(doc: Doc, release: Release) -> None:
    """Fill ``release`` from ``doc`` with every extractor."""
    for _name, fn in EXTRACTORS:
        fn(doc, release)
