"""Arithmetic checks of a release's facts."""

from __future__ import annotations

from assay.model import Check, Release


def check(release: Release) -> list[Check]:
    """The checks of ``release.facts``."""
    return []
