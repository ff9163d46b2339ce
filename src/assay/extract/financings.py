"""Extract the release's financings."""

from __future__ import annotations

from assay.model import Release
from assay.normalise import Doc


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.financings`` from ``doc``."""
