"""Extract the release's listings."""

from __future__ import annotations

from assay.model import Release
from assay.normalise import Doc


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.listings`` from ``doc``."""
